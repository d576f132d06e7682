#!/usr/bin/env python3
"""Turns ASCII punctuation next to Chinese characters into full-width punctuation in zh-CN stories.
Tag names and ids are ASCII and untouched. Usage: python3 scripts/zh-punctuation.py stories/zh-CN/*.ink"""
import re, sys
CJK = '\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e\u201c\u201d\u2018\u2019\u300a-\u300f'
FULL = {',': '，', ';': '；', ':': '：', '?': '？', '!': '！'}
for path in sys.argv[1:]:
    text = open(path, encoding='utf-8').read()
    text = re.sub(r'(?<=[%s])\.{3,6}' % CJK, '……', text)
    text = re.sub(r'(?<=[%s])([,;:?!])' % CJK, lambda m: FULL[m.group(1)], text)
    text = re.sub(r'([,;?!])(?=[%s])' % CJK, lambda m: FULL[m.group(1)], text)
    text = re.sub(r'(?<=[%s])\.(?=\s|$|[#\]])' % CJK, '。', text, flags=re.M)
    open(path, 'w', encoding='utf-8').write(text)
