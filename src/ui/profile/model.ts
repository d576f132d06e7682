import type { Capability } from '../../narrative/capabilities.ts';
import { ROLES, type Role } from '../../narrative/roles.ts';
import { ACCOUNT_STAGES, type AccountStage } from '../../narrative/vocabulary.ts';
import {
  buildProfile,
  type CostlyDecision,
  type GroupFigure,
  type GroupFigures,
  groupFigures,
  latestPerScenario,
  type ProfileCapability,
  type ProfileRole,
} from '../../results/profile.ts';
import type { ClassAverageFile, LearnerResult, ResultOption, SelfRating } from '../../results/result.ts';
import { compareSelf, type SelfComparison } from '../../results/self-rating.ts';
import type { Locale } from '../../state/schema.ts';
import { stringsFor } from '../../words/catalogue.ts';
import { percent, scoreChips, whole } from '../../words/format.ts';
import { CAPABILITY_NAMES } from '../../words/roles.ts';
import { STAGE_WORDS } from '../../words/stages.ts';
import type { Group } from '../debrief-results/model.ts';
import type { Strings } from '../i18n.ts';
import type { ResultStrings } from '../i18n-results.ts';

/**
 * What the learner's profile shows, computed from their saved results: no DOM here. The view
 * (view.ts) draws it; the maths of the profile itself lives in results/profile.ts.
 */

export interface RadarModel {
  size: number;
  center: number;
  /** the four rings at 25, 50, 75 and 100%, as polygon points */
  rings: { points: string; outer: boolean }[];
  axes: { x: string; y: string }[];
  shape: string;
  dots: { role: Role; x: string; y: string }[];
  labels: { role: Role; x: string; y: string; valueY: string; value: string }[];
  ariaLabel: string;
}

/** A group's marker on a profile bar: where its share sits (0..1), and the share itself. */
export interface BarMarker {
  group: Group;
  at: number;
  share: number;
}

/** The class's and the reference group's markers on one bar, and the line that words them. */
export interface BarComparison {
  markers: BarMarker[];
  /** "class average 52% · Incumbent KAMs 61% (you 40% in the same scenario)" */
  text: string;
}

export interface ProfileRoleRow {
  role: Role;
  /** the class and reference markers (the bars across every scenario only) */
  compare: BarComparison | null;
  name: string;
  earned: number;
  possible: number;
  share: number;
  /** the meter's value for a screen reader: a whole percentage */
  meterNow: number;
  /** "45%", or "–" for a role with nothing possible */
  shareText: string;
  /** "5 / 12 · 42%" */
  value: string;
}

export interface CostlyOption {
  label: string;
  text: string;
  chips: { role: Role; negative: boolean; text: string }[];
}

export interface CostlyItem {
  point: string;
  heading: string;
  prompt: string | null;
  cost: string;
  chosen: CostlyOption;
  best: CostlyOption;
  feedback: string | null;
}

export interface ScenarioCard {
  scenarioId: string;
  title: string;
  ending: 'strong' | 'mixed' | 'poor' | 'none';
  endingText: string;
  played: string;
  costly: CostlyItem[];
}

/** The learner's roles in the scenarios of one stage of the account's year, and the course's question for it. */
export interface StageGroup {
  stage: AccountStage;
  /** "Growth", "成长期" */
  name: string;
  /** titles of the scenarios of this stage the learner has played */
  scenarios: string[];
  roles: ProfileRoleRow[];
  question: string;
}

export interface CapabilityBar {
  cap: Capability;
  name: string;
  earned: number;
  possible: number;
  share: number;
  /** "5 / 12 · 42%", or "not exercised…" */
  value: string;
  /** no scenario played has an option that earns it */
  unexercised: boolean;
  compare: BarComparison | null;
}

export interface ProfileCapabilities {
  /** empty when no result carries capabilities */
  rows: CapabilityBar[];
  /** why some results (or all) are left out of the bars, or null */
  note: string | null;
}

/** The class and reference files as the profile sets them beside the learner. */
export interface ProfileGroups {
  /** the legend's labels, with the names the files give; null when that file is not loaded */
  classLabel: string | null;
  referenceLabel: string | null;
  /** per loaded file, how much of the learner's play it covers */
  status: string[];
  /** some bar carries a marker */
  shown: boolean;
}

export interface ProfileModel {
  empty: boolean;
  /** the name the learner gave, or the one their latest result carries */
  learner: string;
  radar: RadarModel;
  /** highest and lowest share, or null when the roles are even */
  summary: { strongest: Role; strongestText: string; weakest: Role; weakestText: string } | null;
  roles: ProfileRoleRow[];
  count: string;
  scenarios: ScenarioCard[];
  /** expansion, growth, maturity: those with a played scenario, in the order of the account's year */
  stages: StageGroup[];
  capabilities: ProfileCapabilities;
  /** per role, points earned over points possible across scenarios (null: nothing possible) */
  played: Record<Role, number | null>;
  /** the self-rating beside `played`, or null before the learner rates themselves */
  self: SelfComparison | null;
  groups: ProfileGroups;
}

/** The class's and the reference group's files, and the learner's self-rating, if any. */
export interface ProfileExtras {
  average?: ClassAverageFile | null;
  reference?: ClassAverageFile | null;
  selfRating?: SelfRating | null;
}

export interface ScenarioMeta {
  id: string;
  title: string | null;
  /** the account stage the scenario's header names, if any */
  stage?: AccountStage | null;
}

const SIZE = 420;
const CENTER = SIZE / 2;
const RADIUS = 140;
/** a role with no points still shows as a small dot, not a point lost in the centre */
const MIN_SHARE = 0.02;

function point(index: number, share: number): [number, number] {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / ROLES.length;
  return [CENTER + Math.cos(angle) * RADIUS * share, CENTER + Math.sin(angle) * RADIUS * share];
}

const fixed = (n: number) => n.toFixed(1);

function polygon(shares: readonly number[]): string {
  return shares.map((share, i) => point(i, share).map(fixed).join(',')).join(' ');
}

/** A role that lost points shows −50%, not a clamped 0%; a role with nothing possible "–". */
function shareText(role: ProfileRole): string {
  return role.possible > 0 ? percent(role.ratio) : '–';
}

/** Five axes, one per role; the shape is the share of points earned on each. */
export function radarModel(roles: readonly ProfileRole[], r: ResultStrings): RadarModel {
  return {
    size: SIZE,
    center: CENTER,
    rings: [0.25, 0.5, 0.75, 1].map((level) => ({
      points: polygon(ROLES.map(() => level)),
      outer: level === 1,
    })),
    axes: ROLES.map((_, i) => {
      const [x, y] = point(i, 1);
      return { x: fixed(x), y: fixed(y) };
    }),
    shape: polygon(roles.map((role) => Math.max(role.share, MIN_SHARE))),
    dots: roles.map((role, i) => {
      const [x, y] = point(i, Math.max(role.share, MIN_SHARE));
      return { role: role.role, x: fixed(x), y: fixed(y) };
    }),
    labels: roles.map((role, i) => {
      const [x, y] = point(i, 1.22);
      return { role: role.role, x: fixed(x), y: fixed(y - 4), valueY: fixed(y + 22), value: shareText(role) };
    }),
    ariaLabel: `${r.profile.radarLabel}: ${roles.map((role) => `${role.role} ${shareText(role)}`).join(', ')}`,
  };
}

function costlyOption(label: string, option: ResultOption): CostlyOption {
  return {
    label,
    text: option.text,
    chips: scoreChips(option.score).map((c) => ({ role: c.role, negative: c.value < 0, text: c.text })),
  };
}

function costlyItem(d: CostlyDecision, s: Strings, r: ResultStrings): CostlyItem {
  return {
    point: d.point,
    heading: s.decisionOf(d.number),
    prompt: d.prompt,
    cost: r.profile.cost(d.cost),
    chosen: costlyOption(s.youChose, d.chosen),
    best: costlyOption(s.bestWas, d.best),
    feedback: d.feedback,
  };
}

export function profileModel(
  results: readonly LearnerResult[],
  options: {
    metas: readonly ScenarioMeta[];
    learnerName: string;
    locale: Locale;
    s: Strings;
    r: ResultStrings;
  } & ProfileExtras,
): ProfileModel {
  const { metas, s, r } = options;
  const profile = buildProfile([...results]);
  const files = groupFiles(results, options);
  const played = Object.fromEntries(
    profile.roles.map((role) => [role.role, role.possible > 0 ? role.ratio : null]),
  ) as Record<Role, number | null>;
  const rolesCounted = profile.scenarios.filter(({ result }) => result.possible !== null).length;
  const roles = roleRows(profile.roles, s, r).map((row) => ({
    ...row,
    compare: barComparison(files, (f) => f.roles[row.role], rolesCounted, r),
  }));
  const capabilities = capabilityBars(profile, files, options.locale, r);
  const order = (id: string) => {
    const i = metas.findIndex((m) => m.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const dates = new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeStyle: 'short' });
  const { strongest, weakest } = profile;
  return {
    empty: profile.scenarios.length === 0,
    learner: options.learnerName || results[results.length - 1]?.learner || '',
    radar: radarModel(profile.roles, r),
    summary:
      strongest && weakest
        ? {
            strongest,
            strongestText: r.profile.strongest(s.roleNames[strongest]),
            weakest,
            weakestText: r.profile.weakest(s.roleNames[weakest]),
          }
        : null,
    roles,
    count: r.profile.count(profile.scenarios.length, Math.max(metas.length, profile.scenarios.length)),
    scenarios: [...profile.scenarios]
      .sort((a, b) => order(a.result.scenarioId) - order(b.result.scenarioId))
      .map(({ result, costly }) => {
        const ending = result.ending ?? 'none';
        return {
          scenarioId: result.scenarioId,
          title: metas.find((m) => m.id === result.scenarioId)?.title ?? result.title ?? result.scenarioId,
          ending,
          endingText: s.endings[ending],
          played: r.profile.played(
            dates.format(new Date(result.finishedAt)),
            Math.max(1, Math.round(result.durationMs / 60000)),
          ),
          costly: costly.map((d) => costlyItem(d, s, r)),
        };
      }),
    stages: stageGroups(results, metas, options.locale, s, r),
    capabilities,
    played,
    self: options.selfRating ? compareSelf(options.selfRating, played) : null,
    groups: {
      classLabel: options.average ? r.legendClassNamed(options.average.className) : null,
      referenceLabel: options.reference ? r.legendReference(options.reference.className) : null,
      status: files.map(({ label, figures }) =>
        figures.covered.length > 0
          ? r.profile.groupCovers(label, figures.covered.length, profile.scenarios.length)
          : r.profile.groupNone(label),
      ),
      shown: [...roles, ...capabilities.rows].some((row) => row.compare !== null),
    },
  };
}

interface LoadedGroup {
  group: Group;
  name: string;
  label: string;
  figures: GroupFigures;
}

function groupFiles(
  results: readonly LearnerResult[],
  extras: ProfileExtras & { r: ResultStrings },
): LoadedGroup[] {
  const { r } = extras;
  const loaded: LoadedGroup[] = [];
  if (extras.average)
    loaded.push({
      group: 'class',
      name: extras.average.className,
      label: r.legendClassNamed(extras.average.className),
      figures: groupFigures(extras.average, results),
    });
  if (extras.reference)
    loaded.push({
      group: 'reference',
      name: extras.reference.className,
      label: r.legendReference(extras.reference.className),
      figures: groupFigures(extras.reference, results),
    });
  return loaded;
}

/**
 * A bar's markers, one per loaded file covering it with points possible; where a file covers
 * fewer of the scenarios than the bar sums, the learner's share over those alone is given too.
 */
function barComparison(
  files: readonly LoadedGroup[],
  pick: (figures: GroupFigures) => GroupFigure | null,
  counted: number,
  r: ResultStrings,
): BarComparison | null {
  const markers: BarMarker[] = [];
  const parts: string[] = [];
  for (const file of files) {
    const figure = pick(file.figures);
    if (!figure || figure.possible <= 0) continue;
    markers.push({ group: file.group, at: Math.min(1, Math.max(0, figure.share)), share: figure.share });
    const share = percent(figure.share);
    const own =
      figure.scenarios.length < counted
        ? r.profile.sameScenarios(percent(figure.ownShare), figure.scenarios.length)
        : '';
    parts.push(
      `${file.group === 'class' ? r.profile.classShare(share) : r.profile.referenceShare(file.name, share)}${own}`,
    );
  }
  return markers.length > 0 ? { markers, text: parts.join(' · ') } : null;
}

function capabilityBars(
  profile: ReturnType<typeof buildProfile>,
  files: readonly LoadedGroup[],
  locale: Locale,
  r: ResultStrings,
): ProfileCapabilities {
  const names = stringsFor(CAPABILITY_NAMES, locale);
  const note =
    profile.capabilityResults === 0
      ? profile.capabilityLeftOut > 0
        ? r.profile.capsMissing
        : null
      : profile.capabilityLeftOut > 0
        ? r.profile.capsLeftOut(profile.capabilityLeftOut)
        : null;
  if (profile.capabilityResults === 0) return { rows: [], note };
  return {
    rows: profile.capabilities.map((c: ProfileCapability): CapabilityBar => {
      const unexercised = c.possible === 0 && c.earned === 0;
      return {
        cap: c.cap,
        name: names[c.cap],
        earned: c.earned,
        possible: c.possible,
        share: c.share,
        value: unexercised
          ? r.profile.capNone
          : c.possible > 0
            ? r.profile.shareOf(whole(c.earned), c.possible, percent(c.ratio))
            : whole(c.earned),
        unexercised,
        compare: barComparison(files, (f) => f.capabilities[c.cap], profile.capabilityResults, r),
      };
    }),
    note,
  };
}

function roleRows(roles: readonly ProfileRole[], s: Strings, r: ResultStrings): ProfileRoleRow[] {
  return roles.map((role) => ({
    role: role.role,
    compare: null,
    name: s.roleNames[role.role],
    earned: role.earned,
    possible: role.possible,
    share: role.share,
    meterNow: Math.round(role.share * 100),
    shareText: shareText(role),
    value:
      role.possible > 0 ? r.profile.shareOf(whole(role.earned), role.possible, percent(role.ratio)) : '–',
  }));
}

/**
 * The course closes by asking each group which stage its account is in and what the turn
 * should focus on there: the learner's roles, stage by stage, with that question.
 */
function stageGroups(
  results: readonly LearnerResult[],
  metas: readonly ScenarioMeta[],
  locale: Locale,
  s: Strings,
  r: ResultStrings,
): StageGroup[] {
  const stageOf = (id: string) => metas.find((m) => m.id === id)?.stage ?? null;
  return ACCOUNT_STAGES.flatMap((stage): StageGroup[] => {
    const mine = results.filter((result) => stageOf(result.scenarioId) === stage);
    if (mine.length === 0) return [];
    const profile = buildProfile(mine);
    const words = STAGE_WORDS[locale][stage];
    return [
      {
        stage,
        name: words.name,
        scenarios: metas
          .filter((m) => m.stage === stage && mine.some((result) => result.scenarioId === m.id))
          .map((m) => m.title ?? m.id),
        roles: roleRows(profile.roles, s, r),
        question: words.question,
      },
    ];
  });
}

/**
 * The file the trainer's class view takes: the latest result of each scenario, as the profile
 * counts them (a replay would otherwise be refused as the same learner twice), each carrying
 * the learner's name. Null when there is no name to put on it.
 */
export function classExport(
  results: readonly LearnerResult[],
  name: string,
): { name: string; results: LearnerResult[]; unnamed: string[] } | null {
  const learner = name.trim();
  if (!learner) return null;
  const latest = latestPerScenario(results);
  return {
    name: learner,
    results: latest,
    unnamed: latest.filter((result) => !result.learner.trim()).map((result) => result.id),
  };
}
