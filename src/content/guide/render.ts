import { branchMapSvg, PRINT_PALETTE, type SvgNode } from '../../narrative/branch-map.ts';
import { ENDING_NAMES, mapLabels } from '../../words/story-words.ts';
import { GUIDE_MAP_SIZES, type GuideDecision, type GuideModel, type GuideOption } from './model.ts';

/**
 * Draws a guide model as a small element tree (the branch map's SvgNode shape): the guide page
 * builds DOM from it with text nodes only, and `npm run stories:docs` serialises it with every
 * text escaped. Story text never becomes markup on either path.
 */
type Child = SvgNode | string | null | false | undefined;

function h(tag: string, attrs: Record<string, string | number> = {}, children: Child[] = []): SvgNode {
  const kids: SvgNode[] = [];
  for (const c of children) {
    if (c === null || c === false || c === undefined) continue;
    kids.push(typeof c === 'string' ? { tag: '#text', attrs: {}, text: c } : c);
  }
  return { tag, attrs, children: kids };
}

const text = (tag: string, value: string, attrs: Record<string, string | number> = {}) => ({
  tag,
  attrs,
  text: value,
});

/** Columns of the map per printed band: the page is portrait, the story runs left to right. */
export const MAP_COLUMNS_PER_BAND = 6;

/**
 * The map cut into bands of a few columns each, stacked down the page, all at one scale: a
 * twelve-column map scaled to one page width would print its labels too small to read.
 */
function mapBands(model: GuideModel): SvgNode[] {
  const { map } = model;
  const labels = mapLabels(model.locale, model.title);
  labels.decision = (n) => String(n);
  const full = branchMapSvg(map, labels, PRINT_PALETTE);
  const s = GUIDE_MAP_SIZES;
  const colW = s.nodeW + s.colGap;
  // As many bands as needed, with the columns shared out evenly among them.
  const per = Math.ceil(map.columns / Math.ceil(map.columns / MAP_COLUMNS_PER_BAND));
  const fullPer = MAP_COLUMNS_PER_BAND;
  const bands: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (let first = 0; first < map.columns; first += per) {
    const last = Math.min(map.columns, first + per) - 1;
    const x0 = first === 0 ? 0 : s.margin + (first - 1) * colW + s.nodeW + s.colGap * 0.5;
    const x1 = last === map.columns - 1 ? map.width : s.margin + last * colW + s.nodeW + s.colGap * 0.5;
    const inBand = map.nodes.filter((n) => n.x >= x0 && n.x < x1);
    const y0 = Math.max(0, Math.min(...inBand.map((n) => n.y)) - 14);
    const y1 = Math.min(map.height, Math.max(...inBand.map((n) => n.y + n.h)) + 14);
    bands.push({ x0, x1, y0, y1 });
  }
  // One scale for every band: a full band's width is the page's width.
  const widest = Math.max(s.margin * 2 + fullPer * colW, ...bands.map((b) => b.x1 - b.x0));
  return bands.map((b, i) => ({
    ...full,
    attrs: {
      ...full.attrs,
      viewBox: `${b.x0} ${b.y0} ${b.x1 - b.x0} ${b.y1 - b.y0}`,
      width: b.x1 - b.x0,
      height: b.y1 - b.y0,
      class: 'guide-map-band',
      style: `width: ${((100 * (b.x1 - b.x0)) / widest).toFixed(2)}%`,
      'aria-label': `${model.mapTitle} (${i + 1}/${bands.length})`,
    },
  }));
}

function optionNode(o: GuideOption): SvgNode {
  const flags = [o.strongest && '★', o.conditional && '◇', o.closesStrong && '✕'].filter(
    (f): f is string => typeof f === 'string',
  );
  return h('li', { class: o.strongest ? 'option strongest' : 'option', 'data-testid': 'guide-option' }, [
    text('span', String(o.number), { class: 'option-n' }),
    text('p', o.text, { class: 'option-text' }),
    h('p', { class: 'option-meta' }, [
      text('span', o.score || '0', { class: 'option-score', 'data-testid': 'guide-score' }),
      flags.length > 0 && text('span', ` ${flags.join('')}`, { class: 'option-flags' }),
      o.leadsToShort.length > 0 && text('span', ` → ${o.leadsToShort.join(', ')}`, { class: 'option-leads' }),
    ]),
    text('p', o.feedback ?? '', { class: 'option-coach', 'data-testid': 'guide-coach' }),
  ]);
}

function decisionNode(model: GuideModel, d: GuideDecision): SvgNode {
  const w = model.words;
  return h('section', { class: 'decision', 'data-testid': 'guide-decision', 'data-id': d.id }, [
    h('h3', {}, [
      text('span', w.decision(d.number), { class: 'decision-n' }),
      h('span', { class: 'decision-prompt' }, [d.prompt ?? '']),
      h('span', { class: 'decision-time' }, [
        d.kind &&
          text('span', `${w.kindShort[d.kind]} · `, { class: `kind ${d.kind}`, title: d.kindLabel ?? '' }),
        text('span', w.minutes(d.time.total), {
          'data-testid': 'guide-time',
          title: w.timeParts(d.time.read, d.time.debate, d.time.vote),
        }),
      ]),
    ]),
    h('div', { class: 'trainer', 'data-testid': 'guide-trainer' }, [
      text('span', `${w.trainerNote}: `, { class: 'label' }),
      d.note ?? w.noTrainerNote,
    ]),
    h('ol', { class: 'options' }, d.options.map(optionNode)),
  ]);
}

/** The whole guide as one element tree. */
export function guideTree(model: GuideModel): SvgNode {
  const w = model.words;
  const t = model.timing;
  const endings = ENDING_NAMES[model.locale];
  return h(
    'article',
    { class: 'guide', lang: model.locale, 'data-testid': 'guide', 'data-story': model.id },
    [
      h('header', { class: 'guide-head' }, [
        text('p', `${w.heading} · ${model.file}`, { class: 'kicker' }),
        text('h1', model.title, { 'data-testid': 'guide-title' }),
        h('p', { class: 'facts' }, [
          model.role && h('span', {}, [text('span', `${w.focusRole}: `, { class: 'label' }), model.role]),
          model.stage &&
            h('span', { 'data-testid': 'guide-stage' }, [
              text('span', ` · ${w.stage}: `, { class: 'label' }),
              model.stage.name,
            ]),
          h('span', {}, [
            text('span', ` · ${w.timing}: `, { class: 'label' }),
            t.pathMin === t.pathMax ? w.minutes(t.pathMax) : w.minutes(`${t.pathMin}–${t.pathMax}`),
          ]),
        ]),
        text('p', w.private, { class: 'private' }),
      ]),
      h('div', { class: 'guide-intro' }, [
        h('section', { class: 'intro-block' }, [
          text('h2', w.summary),
          text('p', model.summary ?? '', { 'data-testid': 'guide-summary' }),
          model.stage && text('p', model.stage.question, { class: 'stage-question' }),
        ]),
        h('section', { class: 'intro-block' }, [
          text('h2', w.goals),
          model.goals.length > 0
            ? h(
                'ol',
                { class: 'goals', 'data-testid': 'guide-goals' },
                model.goals.map((g) => text('li', g)),
              )
            : text('p', w.noGoals),
        ]),
      ]),
      h('section', { class: 'timing', 'data-testid': 'guide-timing' }, [
        text('h2', w.timing),
        text('p', w.timeTotal(t.pathMin, t.pathMax, t.decisionsMin, t.decisionsMax), { class: 'time-total' }),
        text('p', w.timeAll(t.all, model.decisions.length)),
        text('p', w.timeRule, { class: 'rule' }),
      ]),
      h('section', { class: 'guide-map', 'data-testid': 'guide-map' }, [
        text('h2', w.map),
        text('p', `${w.mapNote} ${endings.strong} / ${endings.mixed} / ${endings.poor}.`, { class: 'rule' }),
        ...mapBands(model),
      ]),
      text('h2', w.decisions, { class: 'decisions-heading' }),
      text('p', w.legend, { class: 'rule legend' }),
      h(
        'div',
        { class: 'decisions' },
        model.decisions.map((d) => decisionNode(model, d)),
      ),
    ],
  );
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Serialises the tree; every text and attribute is escaped, so story text never becomes markup. */
export function treeToHtml(node: SvgNode): string {
  if (node.tag === '#text') return esc(node.text ?? '');
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
  const inner = `${node.text !== undefined ? esc(node.text) : ''}${(node.children ?? []).map(treeToHtml).join('')}`;
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

/**
 * A self-contained, printable page: `npm run stories:docs` writes one per story and language.
 * `css` is the guide's stylesheet (src/content/guide/guide.css, read by scripts/guides.ts).
 */
export function guideDocument(model: GuideModel, css: string): string {
  return `<!doctype html>
<html lang="${esc(model.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(model.words.docTitle(model.title))}</title>
<style>html,body{margin:0;background:#fff;color:#000}body{padding:8mm 0}@media print{body{padding:0}}${css}</style>
</head><body>${treeToHtml(guideTree(model))}</body></html>
`;
}
