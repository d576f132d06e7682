// The facilitator guide (guide.html): one scenario on printable A4 pages, opened from the branch
// maps and the presenter window. It reads the same precompiled stories as the game (never the
// Ink compiler) and draws them with the same module as `npm run stories:docs`.
import { guideModel } from './content/guide/model.ts';
import { GUIDE_CSS, guideTree } from './content/guide/render.ts';
import { library } from './content/library.ts';
import { LOCALES, type Locale } from './state/schema.ts';
import { guideHref, treeToDom } from './ui/guide/view.ts';
import { GUIDE_WORDS } from './words/guide-words.ts';

const root = document.getElementById('guide');
if (!root) throw new Error('guide.html must contain #guide');

const style = document.createElement('style');
style.textContent = `${GUIDE_CSS}
body.guide-page { margin: 0; background: #e9e9e9; color: #000; }
.guide-page .guide { background: #fff; padding: 10mm 10mm 12mm; margin: 0 auto 8mm; box-shadow: 0 1px 6px rgba(0,0,0,0.25); }
.guide-toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; justify-content: center; padding: 10px 16px; font: 15px/1.3 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.guide-toolbar a { color: #0b4a8f; }
.guide-toolbar a[aria-current="page"] { font-weight: 700; color: #000; text-decoration: none; }
.guide-toolbar button { font: inherit; font-weight: 700; padding: 6px 18px; border-radius: 6px; border: 1px solid #333; background: #111; color: #fff; cursor: pointer; }
.guide-toolbar button:focus-visible, .guide-toolbar a:focus-visible { outline: 3px solid #f0a83a; outline-offset: 2px; }
.guide-toolbar nav { display: flex; flex-wrap: wrap; gap: 4px 12px; }
@media print {
  body.guide-page { background: #fff; }
  .guide-page .guide { box-shadow: none; padding: 0; margin: 0; }
}
`;
document.head.append(style);

const params = new URLSearchParams(location.search);
const asked = params.get('lang') ?? '';
const locale: Locale = (LOCALES as readonly string[]).includes(asked)
  ? (asked as Locale)
  : navigator.language.startsWith('zh')
    ? 'zh-CN'
    : 'en';
const words = GUIDE_WORDS[locale];
const stories = library.list(locale);
const id = params.get('story') ?? stories[0]?.id ?? '';
document.documentElement.lang = locale;

const link = (text: string, href: string, current = false) => {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (current) a.setAttribute('aria-current', 'page');
  return a;
};

const toolbar = document.createElement('div');
toolbar.className = 'guide-toolbar';
const print = document.createElement('button');
print.type = 'button';
print.textContent = words.print;
print.dataset.testid = 'guide-print';
print.addEventListener('click', () => window.print());
const nav = document.createElement('nav');
nav.setAttribute('aria-label', words.scenarios);
for (const meta of stories)
  nav.append(
    link(
      `${meta.header?.order ?? ''} ${meta.header?.title ?? meta.id}`.trim(),
      guideHref(meta.id, locale),
      meta.id === id,
    ),
  );
const other = locale === 'en' ? 'zh-CN' : 'en';
const otherLink = link(words.otherLanguage, guideHref(id, other));
otherLink.lang = other;
otherLink.dataset.testid = 'guide-language';
toolbar.append(print, otherLink, nav);
const status = document.createElement('p');
status.textContent = words.loading;
status.setAttribute('role', 'status');
root.replaceChildren(toolbar, status);

const meta = stories.find((m) => m.id === id);
if (!meta) status.textContent = words.noStory(id);
else
  void library.load(locale, meta.id).then((module) => {
    const model = guideModel({
      id: module.id,
      locale,
      file: module.file,
      header: module.header,
      points: module.map ?? [],
      unreachable: module.unreachable ?? [],
      decisionsMin: module.decisionsMin,
      decisionsMax: module.decisionsMax,
    });
    document.title = model.words.docTitle(model.title);
    status.replaceWith(treeToDom(guideTree(model)));
    document.documentElement.dataset.guideReady = 'true';
  });
