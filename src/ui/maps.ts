import type { StoryMeta } from '../content/story-module.ts';
import { branchMapSvg, layoutBranchMap, type SvgNode } from '../narrative/branch-map.ts';
import type { GameState } from '../state/store.ts';
import { mapLabels } from '../words/story-words.ts';
import { localeOf, type Screen, t, type UiContext } from './context.ts';
import { el, replaceChildren } from './dom.ts';
import { guideHref } from './guide/view.ts';

/** Builds DOM from the shared SVG tree: text goes in as text nodes, never as markup. */
function toDom(node: SvgNode): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', node.tag);
  for (const [k, v] of Object.entries(node.attrs)) if (k !== 'xmlns') element.setAttribute(k, String(v));
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.append(toDom(child));
  return element;
}

export function mapsScreen(ctx: UiContext, state: GameState): Screen {
  const s = t(state);
  const locale = localeOf(state);
  const stories = ctx.library().list(locale);
  const view = el('div', { className: 'map-view', attrs: { 'data-testid': 'branch-map', tabindex: 0 } });
  const notes = el('div', { className: 'map-notes' });
  let chosen: StoryMeta | null = null;
  // One click from the map to the same scenario's printable guide, in the game's language.
  const guide = el('a', {
    className: 'btn small',
    text: `${s.map.guide} ↗`,
    attrs: {
      href: guideHref(stories[0]?.id ?? '', locale),
      target: '_blank',
      rel: 'noopener',
      title: s.map.guideHint,
      'data-testid': 'maps-guide',
    },
  });

  const show = async (meta: StoryMeta) => {
    chosen = meta;
    guide.href = guideHref(meta.id, locale);
    for (const b of picker.querySelectorAll('button'))
      b.setAttribute('aria-pressed', String(b.dataset.id === meta.id));
    replaceChildren(view, el('p', { className: 'muted', text: s.loading }));
    const module = await ctx.library().load(locale, meta.id);
    if (chosen !== meta) return;
    const map = layoutBranchMap(module.map ?? [], module.unreachable ?? []);
    replaceChildren(view, toDom(branchMapSvg(map, mapLabels(locale, meta.header?.title ?? meta.id))));
    replaceChildren(
      notes,
      el('p', { className: 'muted', text: s.map.legend }),
      map.unreachable.length > 0
        ? el('div', { className: 'unreachable', attrs: { 'data-testid': 'unreachable' } }, [
            el('p', { text: s.map.unreachable }),
            el(
              'ul',
              {},
              map.unreachable.map((u) => el('li', { text: u })),
            ),
          ])
        : el('p', { className: 'muted', text: s.map.noneUnreachable }),
    );
  };

  const picker = el(
    'div',
    { className: 'segmented map-picker', attrs: { role: 'group', 'aria-label': s.map.choose } },
    stories.map((meta) =>
      el('button', {
        className: 'btn small',
        text: `${meta.header?.order ?? ''} ${meta.header?.title ?? meta.id}`.trim(),
        attrs: { 'data-id': meta.id, 'aria-pressed': 'false', 'data-testid': `map-${meta.id}` },
        on: { click: () => void show(meta) },
      }),
    ),
  );
  const back = el('button', {
    className: 'btn',
    text: `◂ ${s.backToMenu}`,
    attrs: { 'data-testid': 'maps-back' },
    on: { click: () => ctx.game.actions.goBack() },
  });
  const root = el(
    'main',
    { className: 'screen reference-screen', attrs: { 'aria-labelledby': 'maps-heading' } },
    [
      el('header', { className: 'reference-header' }, [
        el('h1', { text: s.map.heading, attrs: { id: 'maps-heading' } }),
        guide,
        back,
      ]),
      el('p', { className: 'muted', text: s.map.intro }),
      picker,
      notes,
      view,
    ],
  );
  const first = stories.find((m) => m.id === state.scenario?.id) ?? stories[0];
  if (first) void show(first);
  return { root, update() {}, focus: () => picker.querySelector('button')?.focus() };
}
