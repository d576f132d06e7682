import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAST_IDS, SETTING_IDS } from '../../src/narrative/vocabulary.ts';

const read = (locale: string) =>
  JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, `../../stories/${locale}/_shared/world.json`), 'utf8'),
  ) as {
    cast: Record<string, { name: string; title: string }>;
    settings: Record<string, string>;
  };

describe('cast and settings data', () => {
  it('names the same cast and settings in both languages, all of them drawn by the stage', () => {
    const en = read('en');
    const zh = read('zh-CN');
    expect(Object.keys(zh.cast).sort()).toEqual(Object.keys(en.cast).sort());
    expect(Object.keys(zh.settings).sort()).toEqual(Object.keys(en.settings).sort());
    expect(Object.keys(en.cast).sort()).toEqual([...CAST_IDS].sort());
    expect(Object.keys(en.settings).sort()).toEqual([...SETTING_IDS].sort());
    for (const member of [...Object.values(en.cast), ...Object.values(zh.cast)]) {
      expect(member.name.length).toBeGreaterThan(0);
      expect(member.title.length).toBeGreaterThan(0);
    }
  });
});
