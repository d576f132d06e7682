import type { DecisionPoint } from './explore.ts';
import { ROLES, type RoleScores } from './roles.ts';

/**
 * Lays out a story's branch map: decisions as boxes in columns by how far into the story they
 * come, options as labelled arrows, endings in the last column. Pure data in, an abstract
 * picture out, which the checker writes as an SVG file and the game draws as DOM.
 */
export interface MapNode {
  id: string;
  kind: 'decision' | 'ending';
  /** 1-based number in reading order, for decisions */
  number: number;
  label: string;
  /** the full prompt and the trainer's note, shown on hover */
  prompt: string;
  note: string | null;
  ending: string | null;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapEdge {
  from: string;
  to: string;
  /** the option's number at its decision, 1-based */
  option: number;
  text: string;
  score: string;
  conditional: boolean;
}

export interface BranchMap {
  nodes: MapNode[];
  edges: MapEdge[];
  width: number;
  height: number;
  /** decision columns plus the endings' column */
  columns: number;
  unreachable: string[];
}

/** Box and gap sizes of a map, in SVG units. The printed guide draws a compact one. */
export interface MapSizes {
  nodeW: number;
  nodeH: number;
  colGap: number;
  rowGap: number;
  margin: number;
  /** characters of the prompt shown in a decision's box; 0 shows none */
  labelChars: number;
  /** when set, each decision's box is as tall as the option labels it lists (this many units each), and endings are `endingH` tall */
  optionRow?: number;
  endingH?: number;
}

/** Room above the option labels a box lists inside it (the decision's number). */
export const MAP_HEADING_H = 28;

export const SCREEN_MAP_SIZES: MapSizes = {
  nodeW: 270,
  nodeH: 88,
  colGap: 150,
  rowGap: 34,
  margin: 24,
  labelChars: 48,
};
const ENDING_ORDER = ['end:strong', 'end:mixed', 'end:poor', 'end:untagged', 'end:error'];

export function formatScore(score: Partial<RoleScores>): string {
  return ROLES.filter((r) => score[r] !== undefined)
    .map((r) => `${r}${(score[r] ?? 0) >= 0 ? '+' : ''}${score[r]}`)
    .join(' ');
}

function excerpt(text: string | null, max: number): string {
  if (!text || max <= 0) return '';
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function layoutBranchMap(
  points: readonly (Pick<DecisionPoint, 'id' | 'prompt' | 'branches'> & { note?: string | null })[],
  unreachable: readonly string[] = [],
  sizes: MapSizes = SCREEN_MAP_SIZES,
): BranchMap {
  const { nodeW: NODE_W, nodeH: NODE_H, colGap: COL_GAP, rowGap: ROW_GAP, margin: MARGIN } = sizes;
  const byId = new Map(points.map((p) => [p.id, p]));
  // Longest distance from the first decision gives each decision its column (cycles guarded).
  const depth = new Map<string, number>();
  const first = points[0];
  if (first) depth.set(first.id, 0);
  for (let pass = 0; pass < points.length; pass++) {
    let changed = false;
    for (const p of points) {
      const d = depth.get(p.id);
      if (d === undefined) continue;
      for (const b of p.branches) {
        for (const t of b.targets) {
          if (!byId.has(t)) continue;
          if ((depth.get(t) ?? -1) < d + 1 && d + 1 <= points.length) {
            depth.set(t, d + 1);
            changed = true;
          }
        }
      }
    }
    if (!changed) break;
  }
  const maxDepth = Math.max(0, ...depth.values());
  const endings = ENDING_ORDER.filter((e) =>
    points.some((p) => p.branches.some((b) => b.targets.includes(e))),
  );
  const columns = new Map<number, string[]>();
  for (const p of points) {
    const d = depth.get(p.id) ?? 0;
    columns.set(d, [...(columns.get(d) ?? []), p.id]);
  }
  columns.set(maxDepth + 1, endings);

  const heightOf = (id: string): number => {
    const point = byId.get(id);
    if (!sizes.optionRow) return NODE_H;
    if (!point) return sizes.endingH ?? NODE_H;
    return MAP_HEADING_H + point.branches.length * sizes.optionRow + 6;
  };
  const columnHeight = (ids: readonly string[]) =>
    ids.reduce((sum, id) => sum + heightOf(id), 0) + Math.max(0, ids.length - 1) * ROW_GAP;
  const height = MARGIN * 2 + Math.max(NODE_H, ...[...columns.values()].map(columnHeight));
  const nodes: MapNode[] = [];
  let number = 0;
  for (let col = 0; col <= maxDepth + 1; col++) {
    const ids = columns.get(col) ?? [];
    let y = (height - columnHeight(ids)) / 2;
    ids.forEach((id) => {
      const point = byId.get(id);
      const isEnding = !point;
      const h = heightOf(id);
      const top = y;
      y += h + ROW_GAP;
      nodes.push({
        id,
        kind: isEnding ? 'ending' : 'decision',
        number: isEnding ? 0 : ++number,
        label: isEnding ? id.slice(4) : excerpt(point?.prompt ?? null, sizes.labelChars),
        prompt: point?.prompt ?? '',
        note: point?.note ?? null,
        ending: isEnding ? id.slice(4) : null,
        x: MARGIN + col * (NODE_W + COL_GAP),
        y: top,
        w: NODE_W,
        h,
      });
    });
  }
  const edges: MapEdge[] = points.flatMap((p) =>
    p.branches.flatMap((b, i) =>
      b.targets.map((to) => ({
        from: p.id,
        to,
        option: i + 1,
        text: b.text,
        score: formatScore(b.score),
        conditional: b.conditional,
      })),
    ),
  );
  return {
    nodes,
    edges,
    width: MARGIN * 2 + (maxDepth + 2) * NODE_W + (maxDepth + 1) * COL_GAP,
    height,
    columns: maxDepth + 2,
    unreachable: [...unreachable],
  };
}

/** A small tree the two renderers share: the checker serialises it, the game builds DOM from it. */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children?: SvgNode[];
  text?: string;
}

export interface MapLabels {
  title: string;
  endings: Record<string, string>;
  decision: (n: number) => string;
  conditional: string;
  /** prefix of the trainer's note in a decision's hover text */
  note: string;
}

/** The map's colours: dark for the screen, black on white for paper. */
export interface MapPalette {
  background: string;
  arrow: string;
  edge: string;
  edgeConditional: string;
  edgeLabel: string;
  decision: string;
  decisionFill: string;
  endingFill: string;
  text: string;
  endings: Record<string, string>;
  /** font sizes: a node's heading, its prompt, an option's label */
  fontSizes: { heading: number; label: number; edge: number };
  /** where an option's label goes: beside its arrow (screen), or listed inside its decision's box (paper, where the gaps are narrow) */
  edgeLabels: 'beside' | 'inside';
}

export const SCREEN_PALETTE: MapPalette = {
  background: '#0c1828',
  arrow: '#8fa3bf',
  edge: '#b9c7da',
  edgeConditional: '#8fa3bf',
  edgeLabel: '#e6e2d8',
  decision: '#8fb0d9',
  decisionFill: '#152a45',
  endingFill: '#14263d',
  text: '#f4f1ea',
  endings: { strong: '#4fc1b3', mixed: '#f0a83a', poor: '#ff8a7a', untagged: '#c5ccd6', error: '#ff8a7a' },
  fontSizes: { heading: 15, label: 14, edge: 13 },
  edgeLabels: 'beside',
};

export const PRINT_PALETTE: MapPalette = {
  background: '#ffffff',
  arrow: '#333333',
  edge: '#555555',
  edgeConditional: '#777777',
  edgeLabel: '#000000',
  decision: '#000000',
  decisionFill: '#ffffff',
  endingFill: '#f2f2f2',
  text: '#000000',
  endings: { strong: '#000000', mixed: '#000000', poor: '#000000', untagged: '#000000', error: '#000000' },
  fontSizes: { heading: 16, label: 14, edge: 15 },
  edgeLabels: 'inside',
};

export function branchMapSvg(
  map: BranchMap,
  labels: MapLabels,
  palette: MapPalette = SCREEN_PALETTE,
): SvgNode {
  const P = palette;
  const at = new Map(map.nodes.map((n) => [n.id, n]));
  const children: SvgNode[] = [
    { tag: 'title', attrs: {}, text: labels.title },
    {
      tag: 'defs',
      attrs: {},
      children: [
        {
          tag: 'marker',
          attrs: {
            id: 'arrow',
            viewBox: '0 0 10 10',
            refX: 10,
            refY: 5,
            markerWidth: 7,
            markerHeight: 7,
            orient: 'auto-start-reverse',
          },
          children: [{ tag: 'path', attrs: { d: 'M 0 0 L 10 5 L 0 10 z', fill: P.arrow } }],
        },
      ],
    },
    { tag: 'rect', attrs: { x: 0, y: 0, width: map.width, height: map.height, fill: P.background } },
  ];
  const labelled = new Set<string>();
  // Labels listed inside a box go on top of it, so they are drawn after the boxes.
  const insideLabels: SvgNode[] = [];
  for (const edge of map.edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (!from || !to) continue;
    // One start point and one label per option, however many places it can lead.
    const key = `${edge.from}#${edge.option}`;
    const firstOfOption = !labelled.has(key);
    labelled.add(key);
    const x1 = from.x + from.w;
    const step = P.fontSizes.edge + 4;
    const inside = P.edgeLabels === 'inside';
    const y1 = inside
      ? from.y + MAP_HEADING_H + (edge.option - 1) * step + step / 2
      : from.y + 16 + (((edge.option - 1) * step) % (from.h - 20));
    const x2 = to.x;
    const y2 = to.y + to.h / 2;
    const mx = (x1 + x2) / 2;
    const colour = edge.conditional ? P.edgeConditional : P.edge;
    if (firstOfOption && inside)
      insideLabels.push({
        tag: 'text',
        attrs: {
          x: from.x + 8,
          y: y1 + P.fontSizes.edge * 0.35,
          fill: P.edgeLabel,
          'font-size': P.fontSizes.edge,
        },
        text: `${edge.option} ${edge.score}`,
      });
    children.push({
      tag: 'g',
      attrs: { class: 'edge' },
      children: [
        {
          tag: 'title',
          attrs: {},
          text: `${edge.option}. ${edge.text} (${edge.score})${edge.conditional ? ` · ${labels.conditional}` : ''}`,
        },
        {
          tag: 'path',
          attrs: {
            d: `M ${x1} ${y1} C ${mx} ${y1}, ${mx} ${y2}, ${x2 - 2} ${y2}`,
            fill: 'none',
            stroke: colour,
            'stroke-width': 1.5,
            'stroke-dasharray': edge.conditional ? '5 4' : 'none',
            'marker-end': 'url(#arrow)',
          },
        },
        ...(firstOfOption && !inside
          ? [
              {
                tag: 'text',
                attrs: { x: x1 + 6, y: y1 - 3, fill: P.edgeLabel, 'font-size': P.fontSizes.edge },
                text: `${edge.option} ${edge.score}`,
              },
            ]
          : []),
      ],
    });
  }
  for (const node of map.nodes) {
    const colour = node.ending ? (P.endings[node.ending] ?? P.decision) : P.decision;
    children.push({
      tag: 'g',
      attrs: { class: `node ${node.kind}`, 'data-id': node.id },
      children: [
        ...(node.kind === 'decision'
          ? [
              {
                tag: 'title',
                attrs: {},
                text: [node.prompt, node.note ? `${labels.note}${node.note}` : ''].filter(Boolean).join('\n'),
              },
            ]
          : []),
        {
          tag: 'rect',
          attrs: {
            x: node.x,
            y: node.y,
            width: node.w,
            height: node.h,
            rx: 8,
            fill: node.ending ? P.endingFill : P.decisionFill,
            stroke: colour,
            'stroke-width': node.ending ? 3 : 1.5,
          },
        },
        {
          tag: 'text',
          attrs: {
            x: node.x + 10,
            y: node.y + 20,
            fill: colour,
            'font-size': P.fontSizes.heading,
            'font-weight': 700,
          },
          text: node.ending ? (labels.endings[node.ending] ?? node.ending) : labels.decision(node.number),
        },
        ...(node.ending
          ? []
          : wrap(node.label, 24).map((line, i) => ({
              tag: 'text',
              attrs: {
                x: node.x + 10,
                y: node.y + 44 + i * 18,
                fill: P.text,
                'font-size': P.fontSizes.label,
              },
              text: line,
            }))),
      ],
    });
  }
  children.push(...insideLabels);
  return {
    tag: 'svg',
    attrs: {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${map.width} ${map.height}`,
      width: map.width,
      height: map.height,
      role: 'img',
      'aria-label': labels.title,
      'font-family': "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
    },
    children,
  };
}

function wrap(text: string, max: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length && out.length < 2; i += max) out.push(chars.slice(i, i + max).join(''));
  return out;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

export function svgToString(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const inner = `${node.text !== undefined ? escapeXml(node.text) : ''}${(node.children ?? []).map(svgToString).join('')}`;
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}
