/**
 * Plays the account's year as the campaign will: for each scenario that reads facts carried from
 * earlier ones (`# carry:`), sets those facts to each value an earlier scenario can hand over and
 * checks the scenario still plays cleanly (every path explored, no dead end, 8-12 decisions, no role
 * above the points possible the debrief shows), then plays seeded walks with the values set through
 * `story.variablesState` before the first line, as the game does, and lists the lines that only
 * appear because of the carried values.
 *
 *   npx tsx scripts/year-play.ts            both languages
 *   npx tsx scripts/year-play.ts en         one language
 *   npx tsx scripts/year-play.ts zh-CN --walks   walks only (fast): the explorations of a
 *                                                Chinese file match its English twin's
 */
import fs from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { compileInk } from '../src/narrative/compile.ts';
import { type ExploreResult, exploreStory } from '../src/narrative/explore.ts';
import { seededRandom } from '../src/narrative/random.ts';
import { ROLES } from '../src/narrative/roles.ts';
import { PROJECT_ROOT } from './story-build.ts';

type Value = boolean | number | string;
interface Carry {
  name: string;
  label: string;
}
interface StoryFile {
  file: string;
  order: number;
  source: string;
  carries: Carry[];
  vars: Map<string, Value>;
}

const ASCII_PUNCTUATION_IN_CHINESE = /[\u4e00-\u9fff][,.;:!?](?!\d)/;
/** the values an earlier scenario can hand over (s1 hands Eleanor's trust over as 0 or 1, s3 as -1..2) */
const INT_VALUES: Record<string, number[]> = {
  eleanor_trust: [-1, 0, 1, 2],
  expert_pool: [0, 1, 2],
  account_pnl: [0, 1, 2],
};
const INT_VALUES_BY_ORDER: Record<string, Record<number, number[]>> = { eleanor_trust: { 3: [0, 1] } };
let currentOrder = 0;
const intValues = (name: string): number[] | undefined =>
  INT_VALUES_BY_ORDER[name]?.[currentOrder] ?? INT_VALUES[name];

function parseValue(raw: string): Value {
  const v = raw.trim();
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^-?\d+$/.test(v)) return Number(v);
  return v.replace(/^"|"$/g, '');
}

function readStory(file: string): StoryFile {
  const source = fs.readFileSync(file, 'utf8');
  const order = Number(/^#\s*order:\s*(\d+)/m.exec(source)?.[1] ?? 0);
  const carries = [...source.matchAll(/^#\s*carry\s*[:：]\s*([A-Za-z_]\w*)\s*=\s*(.+)$/gm)].map((m) => ({
    name: m[1] ?? '',
    label: (m[2] ?? '').trim(),
  }));
  const vars = new Map<string, Value>();
  for (const m of source.matchAll(/^VAR\s+(\w+)\s*=\s*(.+)$/gm)) vars.set(m[1] ?? '', parseValue(m[2] ?? ''));
  return { file, order, source, carries, vars };
}

function withValues(source: string, values: Record<string, Value>): string {
  let out = source;
  for (const [name, value] of Object.entries(values))
    out = out.replace(new RegExp(`^VAR ${name}\\s*=.*$`, 'm'), `VAR ${name} = ${String(value)}`);
  return out;
}

async function compile(file: string, source: string): Promise<string> {
  const result = await compileInk({ filename: path.relative(PROJECT_ROOT, file), source });
  if (!result.json) throw new Error(`${file}: ${result.messages.map((m) => m.message).join('; ')}`);
  return result.json;
}

/** Lines met on `walks` seeded random walks, with the carried values set before the first line. */
function walkLines(
  json: string,
  values: Record<string, Value>,
  walks: number,
  problems: string[] = [],
): Set<string> {
  const lines = new Set<string>();
  const random = seededRandom(20261202);
  const story = new Story(json);
  for (let w = 0; w < walks; w++) {
    story.ResetState();
    for (const [name, value] of Object.entries(values)) story.variablesState[name] = value;
    let decisions = 0;
    for (let guard = 0; guard < 2000; guard++) {
      let ended = false;
      while (story.canContinue) {
        const text = (story.Continue() ?? '').trim();
        if (text) lines.add(text);
        ended = story.currentTags?.some((t) => /^\s*ending\s*:/.test(t)) ?? false;
      }
      if (story.currentChoices.length === 0) {
        if (!ended) problems.push(`walk ${w} stops without an ending tag after "${[...lines].at(-1)}"`);
        if (decisions < 8 || decisions > 12) problems.push(`walk ${w}: ${decisions} decisions`);
        break;
      }
      decisions++;
      for (const c of story.currentChoices) lines.add(`[option] ${c.text}`);
      story.ChooseChoiceIndex(Math.floor(random() * story.currentChoices.length));
    }
  }
  return lines;
}

function problemsOf(result: ExploreResult, base: ExploreResult): string[] {
  const out: string[] = [];
  if (!result.exact) out.push('not explored exactly');
  out.push(...result.deadEnds.map((d) => `dead end: ${d}`));
  out.push(...result.runtimeErrors.map((e) => `runtime error: ${e}`));
  if (result.endings.untagged > 0) out.push(`${result.endings.untagged} paths end untagged`);
  if (result.decisionsMin < 8 || result.decisionsMax > 12)
    out.push(`decisions per path ${result.decisionsMin}-${result.decisionsMax}`);
  for (const r of ROLES)
    if (result.possible[r] > base.possible[r])
      out.push(`${r} reaches ${result.possible[r]} > possible ${base.possible[r]}`);
  return out;
}

function variants(reads: { name: string; value: Value }[]): Record<string, Value>[] {
  const out: Record<string, Value>[] = [];
  for (const { name, value } of reads) {
    if (typeof value === 'boolean') out.push({ [name]: !value });
    else if (typeof value === 'number')
      for (const v of intValues(name) ?? [value + 1]) if (v !== value) out.push({ [name]: v });
  }
  const pick = (best: boolean): Record<string, Value> => {
    const v: Record<string, Value> = {};
    for (const { name, value } of reads) {
      const ints = intValues(name);
      if (ints) v[name] = best ? Math.max(...ints) : Math.min(...ints);
      else if (typeof value === 'boolean') v[name] = value;
    }
    return v;
  };
  // Whole years: everything carried at its best, at its worst, and the two ways Priya can be gone.
  const best = pick(true);
  const worst = pick(false);
  for (const { name } of reads) {
    if (['discount_promised', 'india_side_deal', 'pledge', 'bribe'].includes(name)) {
      best[name] = false;
      worst[name] = true;
    }
    if (['rhythm', 'priya_signed', 'bench', 'peers_on_board', 'terms_renegotiated'].includes(name)) {
      best[name] = true;
      worst[name] = false;
    }
    if (name === 'priya_stayed') {
      best[name] = true;
      worst[name] = false;
    }
  }
  if (reads.length > 1) out.push(best, worst);
  if (reads.some((r) => r.name === 'priya_stayed') && reads.some((r) => r.name === 'bench'))
    out.push({ priya_stayed: false, bench: true });
  return out;
}

async function main(): Promise<void> {
  const locales = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const walksOnly = process.argv.includes('--walks');
  const problems: string[] = [];
  for (const locale of locales.length ? locales : ['en', 'zh-CN']) {
    const dir = path.join(PROJECT_ROOT, 'stories', locale);
    const stories = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ink') && !f.startsWith('_'))
      .map((f) => readStory(path.join(dir, f)))
      .sort((a, b) => a.order - b.order);
    // Where each fact comes from, and the format's rules on names and defaults.
    const origin = new Map<string, StoryFile>();
    for (const s of stories)
      for (const c of s.carries) {
        if (!s.vars.has(c.name)) problems.push(`${s.file}: carries ${c.name} but has no VAR ${c.name}`);
        const first = origin.get(c.name);
        if (!first) origin.set(c.name, s);
        else if (first.vars.get(c.name) !== s.vars.get(c.name))
          problems.push(
            `${s.file}: ${c.name} defaults to ${s.vars.get(c.name)}, ${first.file} to ${first.vars.get(c.name)}`,
          );
      }
    for (const s of stories)
      for (const name of s.vars.keys()) {
        const from = origin.get(name);
        if (from && from.order < s.order && !s.carries.some((c) => c.name === name))
          problems.push(
            `${s.file}: declares ${name}, carried from ${path.basename(from.file)}, without # carry:`,
          );
      }
    for (const [name, from] of origin) {
      const readers = stories.filter((s) => s.order > from.order && s.carries.some((c) => c.name === name));
      console.log(
        `${locale}  ${name.padEnd(20)} from ${path.basename(from.file).padEnd(22)} read in ${readers.map((r) => path.basename(r.file)).join(', ') || '-'}`,
      );
      if (readers.length === 0 && from.order < stories.length)
        problems.push(`${locale}: ${name} is never read later`);
    }
    for (const s of stories) {
      const reads = s.carries
        .filter((c) => (origin.get(c.name)?.order ?? s.order) < s.order)
        .map((c) => ({ name: c.name, value: s.vars.get(c.name) as Value }));
      if (reads.length === 0) continue;
      const name = path.basename(s.file);
      currentOrder = s.order;
      const changed = new Set<string>();
      const baseJson = await compile(s.file, s.source);
      const base = walksOnly ? null : exploreStory(baseJson);
      const baseLines = walkLines(baseJson, {}, 300);
      console.log(
        base
          ? `\n${locale}/${name}: alone  strong ${base.endings.strong} mixed ${base.endings.mixed} poor ${base.endings.poor}, 70% learner ${(100 * base.strongRates.learner).toFixed(0)}%`
          : `\n${locale}/${name}: walks only`,
      );
      for (const values of variants(reads)) {
        const label = Object.entries(values)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ');
        const found: string[] = [];
        // The game's way: the values set through variablesState before the first line.
        const lines = walkLines(baseJson, values, 300, found);
        const fresh = [...lines].filter((l) => !baseLines.has(l));
        if (locale === 'zh-CN')
          for (const l of lines)
            if (ASCII_PUNCTUATION_IN_CHINESE.test(l)) found.push(`ASCII punctuation: ${l}`);
        let figures = 'walks only';
        if (base) {
          // Exactly, over every path: the same values written as the VAR defaults.
          const result = exploreStory(await compile(s.file, withValues(s.source, values)));
          found.push(...problemsOf(result, base));
          figures = `states ${result.states}, decisions ${result.decisionsMin}-${result.decisionsMax}, strong ${result.endings.strong} mixed ${result.endings.mixed} poor ${result.endings.poor}, 70% learner ${(100 * result.strongRates.learner).toFixed(0)}%, always-best ${(100 * result.strongRates.best).toFixed(0)}%`;
        }
        console.log(
          `  ${label}\n    ${figures}; ${fresh.length} new lines${fresh.length ? `, e.g. "${fresh[0]}"` : ''}`,
        );
        for (const p of found) problems.push(`${locale}/${name} ${label}: ${p}`);
        if (fresh.length > 0 && Object.keys(values).length === 1) changed.add(Object.keys(values)[0] ?? '');
      }
      for (const r of reads)
        if (!changed.has(r.name))
          problems.push(`${locale}/${name}: no value of ${r.name} changed a line on 300 walks`);
    }
  }
  console.log(problems.length ? `\n${problems.length} problems:\n${problems.join('\n')}` : '\nno problems');
  process.exitCode = problems.length ? 1 : 0;
}

await main();
