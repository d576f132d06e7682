/**
 * npm run stories:check [--json] [--no-year] [--year-max N] [files...]
 *
 * Compiles every story, checks the tag contract with line numbers, explores every path, and
 * compares each zh-CN story with its English twin. Exits 1 on any error, 0 if only warnings.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { branchMapSvg, formatScore, layoutBranchMap, svgToString } from '../src/narrative/branch-map.ts';
import { CAPABILITIES } from '../src/narrative/capabilities.ts';
import { formatMessage } from '../src/narrative/compile.ts';
import {
  DEBATE_TARGETS,
  type DebateFigures,
  debateFigures,
  debateSummary,
  debateWarnings,
  pct,
} from '../src/narrative/debate.ts';
import type { ExploreResult } from '../src/narrative/explore.ts';
import {
  carryTags,
  DEFAULT_VOCABULARY,
  declaredVariables,
  type LintVocabulary,
  lintSource,
  sectionNames,
  unreachableSections,
} from '../src/narrative/lint.ts';
import { ROLES } from '../src/narrative/roles.ts';
import type { CarryFact, StoryHeader } from '../src/narrative/tags.ts';
import { mapLabels } from '../src/words/story-words.ts';
import { writeGuides } from './guides.ts';
import { type BuiltStory, buildStory, listStoryFiles } from './story-build.ts';
import {
  checkYearLocale,
  declarationFindings,
  type YearReport,
  type YearStory,
  yearLines,
} from './year-check.ts';

export interface Finding {
  file: string;
  line: number | null;
  severity: 'error' | 'warning';
  message: string;
}

export interface StoryReport {
  file: string;
  id: string;
  locale: string;
  title: string | null;
  role: string | null;
  /** the account stage of the header's `# stage:`, null when it names none */
  stage: string | null;
  /** the whole header (summary and learning goals too), for the facilitator guide */
  header: StoryHeader | null;
  scored: boolean;
  explore: BuiltStory['explore'];
  /** is it worth debating: dilemmas, one-right-answer decisions, strong-ending rates, length tells */
  debate: DebateFigures | null;
  findings: Finding[];
  unreachable: string[];
  /** knot and knot.stitch names, to compare the two languages */
  sections: string[];
  /** the header's `# order:` */
  order: number | null;
  /** the facts it shares with Wu Di's year (`# carry:`), each with its tag's line */
  carry: CarryFact[];
}

const DECISIONS_MIN = 8;
const DECISIONS_MAX = 12;

/**
 * Cast and settings come from the locale's _shared/world.json when there is one, so a
 * facilitator who adds a character there can use it at once.
 */
export function vocabularyFor(absFile: string): LintVocabulary {
  const world = path.join(path.dirname(absFile), '_shared', 'world.json');
  if (!fs.existsSync(world)) return DEFAULT_VOCABULARY;
  try {
    const data = JSON.parse(fs.readFileSync(world, 'utf8')) as {
      cast?: Record<string, unknown>;
      settings?: Record<string, unknown>;
    };
    return {
      ...DEFAULT_VOCABULARY,
      cast: data.cast ? Object.keys(data.cast) : DEFAULT_VOCABULARY.cast,
      settings: data.settings ? Object.keys(data.settings) : DEFAULT_VOCABULARY.settings,
    };
  } catch {
    return DEFAULT_VOCABULARY;
  }
}

export async function checkStory(absFile: string, prebuilt?: BuiltStory): Promise<StoryReport> {
  const built = prebuilt?.explore ? prebuilt : await buildStory(absFile);
  const findings: Finding[] = built.messages.map((m) => ({
    file: m.file,
    line: m.line,
    severity: m.severity,
    message: m.message,
  }));
  const source = built.source;
  for (const p of lintSource(built.file, source, vocabularyFor(absFile))) findings.push(p);
  const unreachable = unreachableSections(built.file, source);
  for (const p of unreachable) findings.push(p);
  const explore = built.explore;
  const scored = built.header?.scored ?? false;
  if (explore) {
    for (const message of explore.runtimeErrors)
      findings.push({
        file: built.file,
        line: null,
        severity: 'error',
        message: `runtime error: ${message}`,
      });
    if (scored) {
      for (const message of explore.deadEnds)
        findings.push({ file: built.file, line: null, severity: 'error', message: `dead end: ${message}` });
      for (const point of explore.decisionPoints) {
        if (point.missingFacilitator) {
          findings.push({
            file: built.file,
            line: null,
            severity: 'warning',
            message: `no "# facilitator:" note before the decision whose first option is "${point.options[0] ?? '?'}"`,
          });
        }
      }
      if (explore.decisionsMin < DECISIONS_MIN || explore.decisionsMax > DECISIONS_MAX) {
        findings.push({
          file: built.file,
          line: null,
          severity: 'warning',
          message: `paths have ${explore.decisionsMin} to ${explore.decisionsMax} decisions; scenarios aim for ${DECISIONS_MIN} to ${DECISIONS_MAX}`,
        });
      }
      const reached = (['strong', 'mixed', 'poor'] as const).filter((e) => explore.endings[e] > 0);
      if (reached.length < 3) {
        findings.push({
          file: built.file,
          line: null,
          severity: 'warning',
          message: `endings reached: ${reached.join(', ') || 'none'}; a scenario needs strong, mixed and poor`,
        });
      }
    }
    if (!explore.exact && explore.note)
      findings.push({ file: built.file, line: null, severity: 'warning', message: explore.note });
  }
  const debate = explore && scored ? debateFigures(explore) : null;
  for (const message of debate ? debateWarnings(debate) : [])
    findings.push({ file: built.file, line: null, severity: 'warning', message });
  return {
    file: built.file,
    id: built.id,
    locale: built.locale,
    title: built.header?.title ?? null,
    role: built.header?.role ?? null,
    stage: built.header?.stage ?? null,
    header: built.header,
    scored,
    explore,
    debate,
    findings,
    unreachable: unreachable.map((p) => `${p.message} (line ${p.line})`),
    sections: sectionNames(source),
    order: built.header?.order ?? null,
    carry: carryTags(source),
  };
}

/** A standalone HTML page with the story's branch map, for a reviewer with no Node. */
export function branchMapHtml(r: StoryReport): string {
  const locale = r.locale === 'zh-CN' ? 'zh-CN' : 'en';
  const map = layoutBranchMap(r.explore?.decisionPoints ?? [], r.unreachable);
  const svg = svgToString(branchMapSvg(map, mapLabels(locale, r.title ?? r.id)));
  const esc = (t: string) => t.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
  const title = esc(mapLabels(locale, r.title ?? r.id).title);
  const list =
    r.unreachable.length > 0 ? `<ul>${r.unreachable.map((u) => `<li>${esc(u)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title>
<style>body{margin:0;background:#0a1422;color:#f4f1ea;font-family:system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif}header{padding:16px 24px}main{overflow:auto;padding:0 24px 24px}p{max-width:70ch;color:#c5ccd6}</style>
</head><body><header><h1>${title}</h1><p>${esc(r.file)} · ${r.explore?.paths ?? 0} paths · ${r.explore?.decisionsMin ?? 0}–${r.explore?.decisionsMax ?? 0} decisions per path</p>${list}</header><main>${svg}</main></body></html>
`;
}

/** The tables in docs/STORIES.md: every story's figures at a glance, and whether it is worth debating. */
export function storiesMarkdown(reports: StoryReport[]): string {
  const rows = reports.map((r) => {
    const e = r.explore;
    if (!e) return `| ${r.file} | ${r.title ?? r.id} | ${r.role ?? '-'} | does not compile | | | | |`;
    const range = ROLES.map((role) => `${role} ${e.min[role]}..${e.max[role]}`).join(', ');
    const possible = ROLES.map((role) => `${role} ${e.possible[role]}`).join(', ');
    return `| \`${r.file}\` | ${r.title ?? r.id} | ${r.role ?? '-'} | ${e.paths.toLocaleString('en')}${e.exact ? '' : ' (sampled)'} | ${e.decisionsMin}–${e.decisionsMax} | ${e.endings.strong} / ${e.endings.mixed} / ${e.endings.poor} | ${possible} | ${range} |`;
  });
  const debateRows = reports
    .filter((r) => r.debate)
    .map((r) => {
      const d = r.debate as DebateFigures;
      return `| \`${r.file}\` | ${d.decisions} | ${d.dilemmas} (${pct(d.dilemmaShare)}) | ${d.oneRightAnswer} (${pct(d.oneRightShare)}) | ${pct(d.strong.best)} | ${pct(d.strong.learner)} | ${pct(d.strong.random)} | ${pct(d.bestLongestShare)} / ${pct(d.bestShortestShare)} / ${pct(d.bestMiddleShare)} | ${pct(d.goodLongestShare)} | ${d.closesStrong.length} |`;
    });
  const totals = debateTotals(reports).map(
    (t) =>
      `| all ${t.locale} | ${t.decisions} | ${pct(t.dilemmaShare)} | ${pct(t.oneRightShare)} | | | | ${pct(t.bestLongestShare)} / ${pct(t.bestShortestShare)} / ${pct(t.bestMiddleShare)} | | |`,
  );
  const T = DEBATE_TARGETS;
  return `# Stories at a glance

Generated by \`npm run stories:docs\` from the story files; do not edit by hand.
Paths are counted exhaustively. Endings are counted over all paths (strong / mixed / poor).
Points possible per role are the most that role can earn on any one path: the debrief uses
the same figures. Branch maps: \`docs/maps/<locale>/<story>.html\`.

| file | title | focus | paths | decisions per path | endings | points possible | score range per role |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

## Worth debating

Counted over every distinct decision met in play (branches included). What each figure means
and how to move it: [AUTHORING.md](AUTHORING.md#writing-a-decision-worth-debating).

- **dilemmas**: a runner-up with a positive total, at most one point behind the best, leading
  with another role (target: at least ${T.minDilemmas} per scenario, ${pct(T.minDilemmaShare)} overall).
- **one right answer**: every alternative to the best scores 0 or below (target: at most ${pct(T.maxOneRightShare)}).
- **strong ending** for always-best play (target 100%), a learner who takes the best option 70% of
  the time (target ${pct(T.learnerStrong[0])}–${pct(T.learnerStrong[1])}) and random play (target at most ${pct(T.maxRandomStrong)}):
  exact probabilities over every state of the story.
- **best longest / shortest / in between**: how often the best option is strictly the longest,
  strictly the shortest, or neither (targets: at most ${pct(T.maxLengthTell)}, ${pct(T.maxLengthTell)} and ${pct(T.maxMiddleTell)}).
- **good options longest**: of the decisions with two or more good options (positive total) and a
  weaker one, how often the good ones are all longer than the rest (target: at most ${pct(T.maxGoodLongestTell)}).
- **single slips**: options that, taken once on the always-best line, rule out the strong ending.

| file | decisions | dilemmas | one right answer | strong: always-best | strong: 70% learner | strong: random | best longest / shortest / in between | good options longest | single slips |
|---|---|---|---|---|---|---|---|---|---|
${[...debateRows, ...totals].join('\n')}
`;
}

/** The two language versions must be the same story: same shape, same scores. */
export function compareTwins(a: StoryReport, b: StoryReport): Finding[] {
  const out: Finding[] = [];
  if (!a.explore || !b.explore) return out;
  const diff = (what: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y)) {
      out.push({
        file: b.file,
        line: null,
        severity: 'error',
        message: `differs from ${a.file} in ${what}: ${JSON.stringify(y)} vs ${JSON.stringify(x)}`,
      });
    }
  };
  diff('role', a.role, b.role);
  diff('account stage', a.stage, b.stage);
  diff('number of paths', a.explore.paths, b.explore.paths);
  diff(
    'decisions per path',
    [a.explore.decisionsMin, a.explore.decisionsMax],
    [b.explore.decisionsMin, b.explore.decisionsMax],
  );
  diff('endings reached', a.explore.endings, b.explore.endings);
  diff('points possible', a.explore.possible, b.explore.possible);
  diff('capability points possible', a.explore.capabilityPossible, b.explore.capabilityPossible);
  diff('lowest scores', a.explore.min, b.explore.min);
  diff('strong-ending rates', a.explore.strongRates, b.explore.strongRates);
  diff(
    'options per decision',
    a.explore.decisionPoints.map((p) => `${p.id}:${p.options.length}`).sort(),
    b.explore.decisionPoints.map((p) => `${p.id}:${p.options.length}`).sort(),
  );
  const scores = (r: StoryReport) =>
    (r.explore?.decisionPoints ?? [])
      .map((p) => `${p.id}: ${p.branches.map((x) => formatScore(x.score)).join(' | ')}`)
      .sort();
  const sa = scores(a);
  const sb = scores(b);
  const differing = sb.filter((line, i) => line !== sa[i]);
  if (differing.length > 0) {
    out.push({
      file: b.file,
      line: null,
      severity: 'error',
      message: `scores differ from ${a.file} at ${differing.length} decision(s), first: ${differing[0]} vs ${sa[sb.indexOf(differing[0] ?? '')] ?? '?'}`,
    });
  }
  return out;
}

/**
 * Exploring is the slow part and the two cores can share it: stories missing from the cache
 * are explored in parallel child processes first, then read back from the cache.
 */
async function warmCache(files: string[]): Promise<void> {
  const queue = [...files];
  const explorer = path.resolve(import.meta.dirname, 'explore-story.ts');
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', explorer, file], { stdio: 'ignore' });
        child.on('exit', () => resolve());
        child.on('error', () => resolve());
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(os.cpus().length, files.length)) }, worker));
}

export interface CheckOptions {
  /** check Wu Di's year (declarations alike, exploration under arriving values); default true */
  year?: boolean;
  /** receives each language's year report */
  onYear?: (report: YearReport) => void;
  /** arriving combinations explored per scenario at most */
  yearMax?: number;
}

export async function checkAll(files: string[], options: CheckOptions = {}): Promise<StoryReport[]> {
  const first: BuiltStory[] = [];
  for (const file of files) first.push(await buildStory(file, { explore: 'cached-only' }));
  const misses = files.filter((_, i) => first[i]?.json && !first[i]?.explore);
  if (misses.length > 1) await warmCache(misses);
  const reports: StoryReport[] = [];
  for (const [i, file] of files.entries()) reports.push(await checkStory(file, first[i]));
  const byId = new Map<string, StoryReport[]>();
  for (const r of reports) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  for (const [, twins] of byId) {
    const en = twins.find((r) => r.locale === 'en');
    const zh = twins.find((r) => r.locale === 'zh-CN');
    if (en && zh) {
      zh.findings.push(...compareTwins(en, zh));
      const a = en.sections;
      const b = zh.sections;
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        const missing = a.filter((k) => !b.includes(k));
        const extra = b.filter((k) => !a.includes(k));
        zh.findings.push({
          file: zh.file,
          line: null,
          severity: 'error',
          message: `knots and stitches differ from ${en.file}: missing ${missing.join(', ') || 'none'}; extra ${extra.join(', ') || 'none'}`,
        });
      }
    }
  }
  if (options.year !== false) await checkYear(reports, first, options);
  return reports;
}

/**
 * Wu Di's year over the scored stories with an `# order:` (see year-check.ts); its findings go
 * to the story they are about. Nothing to do when no story carries a fact.
 */
async function checkYear(reports: StoryReport[], built: BuiltStory[], options: CheckOptions): Promise<void> {
  if (!reports.some((r) => r.carry.length > 0)) return;
  const stories: YearStory[] = [];
  reports.forEach((r, i) => {
    const b = built[i];
    if (!b?.json || !r.scored || r.order === null) return;
    stories.push({
      file: r.file,
      id: r.id,
      locale: r.locale,
      order: r.order,
      carry: r.carry,
      variables: declaredVariables(b.source),
      built: b,
      explore: r.explore,
    });
  });
  const byFile = new Map(reports.map((r) => [r.file, r]));
  const add = (f: Finding) => byFile.get(f.file)?.findings.push(f);
  for (const f of declarationFindings(stories)) add(f);
  // The languages' years run side by side: their explorations are child processes.
  const locales = [...new Set(stories.map((s) => s.locale))].sort();
  const years = await Promise.all(
    locales.map((locale) => checkYearLocale(locale, stories, undefined, options.yearMax)),
  );
  for (const report of years) {
    for (const f of report.findings) add(f);
    options.onYear?.(report);
  }
}

function formatFinding(f: Finding): string {
  return formatMessage({ file: f.file, line: f.line, severity: f.severity, message: f.message });
}

function summaryLine(r: StoryReport): string {
  const e = r.explore;
  if (!e) return `${r.file}: does not compile`;
  const roles = ROLES.map(
    (role) =>
      `${role} ${e.min[role]}..${e.max[role]} (mean ${e.mean[role].toFixed(1)}, possible ${e.possible[role]})`,
  ).join('; ');
  return [
    `${r.file}  "${r.title ?? r.id}"  role ${r.role ?? '-'}${r.scored ? '' : ' (unscored)'}, stage ${r.stage ?? '-'}`,
    `  paths ${e.paths.toLocaleString('en')}${e.exact ? '' : ' (sampled)'}, states ${e.states}, decisions per path ${e.decisionsMin}-${e.decisionsMax}, explored in ${e.elapsedMs} ms`,
    `  endings: strong ${e.endings.strong}, mixed ${e.endings.mixed}, poor ${e.endings.poor}${e.endings.untagged ? `, untagged ${e.endings.untagged}` : ''}`,
    `  scores: ${roles}`,
    ...(r.scored ? [capabilitySummary(e)] : []),
    ...(r.debate ? [debateSummary(r.debate)] : []),
  ].join('\n');
}

/**
 * Capabilities: points possible and how many options exercise each, then those the scenario
 * never exercises, so an author sees which of the eight bars a learner can never move here.
 */
export function capabilitySummary(e: ExploreResult): string {
  const used = CAPABILITIES.filter((c) => e.capabilityOptions[c] > 0);
  const unused = CAPABILITIES.filter((c) => e.capabilityOptions[c] === 0);
  const listed = used
    .map((c) => `${c} ${e.capabilityPossible[c]} (${e.capabilityOptions[c]} options)`)
    .join(', ');
  return `  capabilities: ${listed || 'none tagged'}${unused.length > 0 ? `; never exercised: ${unused.join(', ')}` : ''}`;
}

/** Each decision's kind, for an author tuning one story. */
function decisionLines(d: DebateFigures): string {
  const kind = { dilemma: 'dilemma', 'one-right-answer': 'ONE RIGHT ANSWER', 'clear-best': 'clear best' };
  return d.perDecision
    .map(
      (x) =>
        `    ${x.id}: ${kind[x.kind]}; best ${x.bestTotal > 0 ? '+' : ''}${x.bestTotal} "${x.best}"${x.runnerUp === null ? '' : `, runner-up ${x.runnerUpTotal ?? 0} "${x.runnerUp}"`}${x.bestIsLongest ? ' [best is longest]' : ''}${x.bestIsShortest ? ' [best is shortest]' : ''}${x.bestIsMiddle ? ' [best in between]' : ''}${x.goodAreLongest ? ' [good options longest]' : ''}`,
    )
    .join('\n');
}

export interface DebateTotals {
  locale: string;
  stories: number;
  decisions: number;
  dilemmaShare: number;
  oneRightShare: number;
  bestLongestShare: number;
  bestShortestShare: number;
  bestMiddleShare: number;
}

/** The figures over all scored stories of a language, as the issue's targets are set. */
export function debateTotals(reports: StoryReport[]): DebateTotals[] {
  const locales = [...new Set(reports.filter((r) => r.debate).map((r) => r.locale))];
  return locales.map((locale) => {
    const all = reports.filter((r) => r.locale === locale && r.debate).map((r) => r.debate as DebateFigures);
    const decisions = all.reduce((n, d) => n + d.decisions, 0);
    const sum = (f: (d: DebateFigures) => number) => all.reduce((n, d) => n + f(d), 0);
    const share = (k: number) => (decisions > 0 ? k / decisions : 0);
    return {
      locale,
      stories: all.length,
      decisions,
      dilemmaShare: share(sum((d) => d.dilemmas)),
      oneRightShare: share(sum((d) => d.oneRightAnswer)),
      bestLongestShare: share(sum((d) => d.bestLongestShare * d.decisions)),
      bestShortestShare: share(sum((d) => d.bestShortestShare * d.decisions)),
      bestMiddleShare: share(sum((d) => d.bestMiddleShare * d.decisions)),
    };
  });
}

function totalsLine(t: DebateTotals): string {
  const ok =
    t.dilemmaShare >= DEBATE_TARGETS.minDilemmaShare && t.oneRightShare <= DEBATE_TARGETS.maxOneRightShare;
  return `${t.locale}, ${t.stories} scored stories, ${t.decisions} decisions: dilemmas ${pct(t.dilemmaShare)} (aim >= ${pct(DEBATE_TARGETS.minDilemmaShare)}), one right answer ${pct(t.oneRightShare)} (aim <= ${pct(DEBATE_TARGETS.maxOneRightShare)}), best longest ${pct(t.bestLongestShare)}, shortest ${pct(t.bestShortestShare)}, in between ${pct(t.bestMiddleShare)}${ok ? '' : '  <- outside the targets'}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const showDecisions = args.includes('--decisions');
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const markdown = option('--markdown');
  const maps = option('--maps');
  const guides = option('--guides');
  const named = args
    .filter(
      (a, i) =>
        !a.startsWith('--') &&
        !['--markdown', '--maps', '--guides', '--year-max'].includes(args[i - 1] ?? ''),
    )
    .map((a) => path.resolve(a));
  const files = named.length > 0 ? named : listStoryFiles();
  const years: YearReport[] = [];
  const yearMax = Number(option('--year-max'));
  const reports = await checkAll(files, {
    year: !args.includes('--no-year'),
    onYear: (y) => years.push(y),
    ...(Number.isInteger(yearMax) && yearMax > 0 && { yearMax }),
  });
  if (markdown) fs.writeFileSync(markdown, storiesMarkdown(reports));
  if (maps) {
    for (const r of reports) {
      const dir = path.join(maps, r.locale);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${r.id}.html`), branchMapHtml(r));
    }
  }
  if (guides)
    await writeGuides(reports, guides, (line) => (json ? process.stderr : process.stdout).write(`${line}\n`));
  const errors = reports.flatMap((r) => r.findings.filter((f) => f.severity === 'error'));
  const warnings = reports.flatMap((r) => r.findings.filter((f) => f.severity === 'warning'));
  const totals = debateTotals(reports);
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ errors: errors.length, warnings: warnings.length, debate: totals, stories: reports, year: years }, null, 2)}\n`,
    );
  } else {
    for (const r of reports) {
      console.log(summaryLine(r));
      if (r.debate && (showDecisions || (named.length > 0 && named.length <= 2)))
        console.log(decisionLines(r.debate));
      for (const f of r.findings) console.log(`  ${formatFinding(f)}`);
      console.log('');
    }
    for (const t of totals) console.log(totalsLine(t));
    for (const y of years) console.log(yearLines(y).join('\n'));
    console.log(`${reports.length} stories checked: ${errors.length} errors, ${warnings.length} warnings`);
  }
  process.exitCode = errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
