// The facilitator guide (guide.html): one scenario on printable A4 pages, opened from the branch
// maps and the presenter window. It reads the same precompiled stories as the game (never the
// Ink compiler) and draws them with the same module as `npm run stories:docs`.
import { guideModel } from './content/guide/model.ts';
import { guideTree } from './content/guide/render.ts';
import { library } from './content/library.ts';
import { LOCALES, type Locale } from './state/schema.ts';
import { guideHref, treeToDom } from './ui/guide/view.ts';
import { GUIDE_WORDS } from './words/guide-words.ts';
// Stylesheets, not an inline <style>: the page's Content Security Policy refuses inline styles.
import './content/guide/guide.css';
import './ui/guide/guide-page.css';

const root = document.getElementById('guide');
if (!root) throw new Error('guide.html must contain #guide');

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
