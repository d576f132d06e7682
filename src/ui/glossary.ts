import { GLOSSARY, type GlossaryCategory } from '../content/glossary.ts';
import type { GameState } from '../state/store.ts';
import { type Screen, t, type UiContext } from './context.ts';
import { el } from './dom.ts';

const ORDER: GlossaryCategory[] = ['role', 'capability', 'term', 'concept'];

export function glossaryScreen(ctx: UiContext, state: GameState): Screen {
  const s = t(state);
  const zh = state.settings.locale === 'zh-CN';
  const search = el('input', {
    attrs: {
      type: 'search',
      'aria-label': s.glossary.search,
      placeholder: s.glossary.search,
      'data-testid': 'glossary-search',
    },
  });
  const sections = ORDER.map((category) => {
    const entries = GLOSSARY.filter((e) => e.category === category);
    return el('section', { className: 'glossary-section', attrs: { 'aria-labelledby': `g-${category}` } }, [
      el('h2', { text: s.glossary.categories[category], attrs: { id: `g-${category}` } }),
      el(
        'dl',
        { className: 'glossary-list' },
        entries.flatMap((entry) => {
          const text = zh ? entry.zh : entry.en;
          const other = zh ? entry.en : entry.zh;
          return [
            el(
              'dt',
              {
                attrs: {
                  id: `term-${entry.id}`,
                  'data-terms': `${entry.en.term} ${entry.zh.term}`.toLowerCase(),
                },
              },
              [
                ...entry.roles.map((r) => el('span', { className: `role-chip role-${r}`, text: r })),
                el('span', { text: ` ${text.term}` }),
                el('span', {
                  className: 'other-term',
                  text: ` · ${other.term}`,
                  attrs: { lang: zh ? 'en' : 'zh-CN' },
                }),
              ],
            ),
            el('dd', { text: text.definition }),
          ];
        }),
      ),
    ]);
  });
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    for (const dt of document.querySelectorAll<HTMLElement>('.glossary-list dt')) {
      const dd = dt.nextElementSibling as HTMLElement | null;
      const hit =
        q === '' || (dt.dataset.terms ?? '').includes(q) || (dd?.textContent ?? '').toLowerCase().includes(q);
      dt.hidden = !hit;
      if (dd) dd.hidden = !hit;
    }
  });
  const back = el('button', {
    className: 'btn',
    text: `◂ ${s.glossary.back}`,
    attrs: { 'data-testid': 'glossary-back' },
    on: { click: () => ctx.game.actions.goBack() },
  });
  const root = el(
    'main',
    {
      className: 'screen reference-screen',
      attrs: { 'aria-labelledby': 'glossary-heading', 'data-testid': 'glossary' },
    },
    [
      el('header', { className: 'reference-header' }, [
        el('h1', { text: s.glossary.heading, attrs: { id: 'glossary-heading' } }),
        search,
        back,
      ]),
      el('div', { className: 'glossary-body' }, sections),
    ],
  );
  return { root, update() {}, focus: () => search.focus() };
}
