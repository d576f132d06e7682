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
  unreachable: string[];
}

const NODE_W = 270;
const NODE_H = 88;
const COL_GAP = 150;
const ROW_GAP = 34;
const MARGIN = 24;
const ENDING_ORDER = ['end:strong', 'end:mixed', 'end:poor', 'end:untagged', 'end:error'];

export function formatScore(score: Partial<RoleScores>): string {
  return ROLES.filter((r) => score[r] !== undefined)
    .map((r) => `${r}${(score[r] ?? 0) >= 0 ? '+' : ''}${score[r]}`)
    .join(' ');
}

function excerpt(text: string | null, max: number): string {
  if (!text) return '';
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function layoutBranchMap(
  points: readonly (Pick<DecisionPoint, 'id' | 'prompt' | 'branches'> & { note?: string | null })[],
  unreachable: readonly string[] = [],
): BranchMap {
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

  const tallest = Math.max(1, ...[...columns.values()].map((c) => c.length));
  const height = MARGIN * 2 + tallest * NODE_H + (tallest - 1) * ROW_GAP;
  const nodes: MapNode[] = [];
  let number = 0;
  for (let col = 0; col <= maxDepth + 1; col++) {
    const ids = columns.get(col) ?? [];
    const columnHeight = ids.length * NODE_H + Math.max(0, ids.length - 1) * ROW_GAP;
    const top = (height - columnHeight) / 2;
    ids.forEach((id, row) => {
      const point = byId.get(id);
      const isEnding = !point;
      nodes.push({
        id,
        kind: isEnding ? 'ending' : 'decision',
        number: isEnding ? 0 : ++number,
        label: isEnding ? id.slice(4) : excerpt(point?.prompt ?? null, 48),
        prompt: point?.prompt ?? '',
        note: point?.note ?? null,
        ending: isEnding ? id.slice(4) : null,
        x: MARGIN + col * (NODE_W + COL_GAP),
        y: top + row * (NODE_H + ROW_GAP),
        w: NODE_W,
        h: NODE_H,
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

const ENDING_COLOURS: Record<string, string> = {
  strong: '#4fc1b3',
  mixed: '#f0a83a',
  poor: '#ff8a7a',
  untagged: '#c5ccd6',
  error: '#ff8a7a',
};

export function branchMapSvg(map: BranchMap, labels: MapLabels): SvgNode {
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
          children: [{ tag: 'path', attrs: { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#8fa3bf' } }],
        },
      ],
    },
    { tag: 'rect', attrs: { x: 0, y: 0, width: map.width, height: map.height, fill: '#0c1828' } },
  ];
  const labelled = new Set<string>();
  for (const edge of map.edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (!from || !to) continue;
    // One start point and one label per option, however many places it can lead.
    const key = `${edge.from}#${edge.option}`;
    const firstOfOption = !labelled.has(key);
    labelled.add(key);
    const x1 = from.x + from.w;
    const y1 = from.y + 16 + (((edge.option - 1) * 17) % (from.h - 20));
    const x2 = to.x;
    const y2 = to.y + to.h / 2;
    const mx = (x1 + x2) / 2;
    const colour = edge.conditional ? '#8fa3bf' : '#b9c7da';
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
        ...(firstOfOption
          ? [
              {
                tag: 'text',
                attrs: { x: x1 + 6, y: y1 - 3, fill: '#e6e2d8', 'font-size': 13 },
                text: `${edge.option} ${edge.score}`,
              },
            ]
          : []),
      ],
    });
  }
  for (const node of map.nodes) {
    const colour = node.ending ? (ENDING_COLOURS[node.ending] ?? '#c5ccd6') : '#8fb0d9';
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
            fill: node.ending ? '#14263d' : '#152a45',
            stroke: colour,
            'stroke-width': node.ending ? 3 : 1.5,
          },
        },
        {
          tag: 'text',
          attrs: { x: node.x + 10, y: node.y + 20, fill: colour, 'font-size': 15, 'font-weight': 700 },
          text: node.ending ? (labels.endings[node.ending] ?? node.ending) : labels.decision(node.number),
        },
        ...(node.ending
          ? []
          : wrap(node.label, 24).map((line, i) => ({
              tag: 'text',
              attrs: { x: node.x + 10, y: node.y + 44 + i * 18, fill: '#f4f1ea', 'font-size': 14 },
              text: line,
            }))),
      ],
    });
  }
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
