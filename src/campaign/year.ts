import type { CarryValue, DecisionRecord, VariableChange } from '../narrative/engine.ts';
import type { Ending, RoleScores } from '../narrative/roles.ts';
import type { CarryFact } from '../narrative/tags.ts';
import type { RunState } from '../state/schema.ts';

/**
 * Wu Di's year: the five scenarios played in order as one account's year, where facts a
 * scenario ends with (its `# carry:` variables) are set in the later scenarios that list them.
 * Pure data and rules: the store plays the scenarios, this says what the year holds.
 */

/** A fact the year holds: its value at the last ending that read it, and where it came from. */
export interface HeldFact {
  value: CarryValue;
  /** the fact's label as the story that last read it words it */
  label: string;
  /** the scenario that first carried it */
  from: string;
  /** the scenario whose ending last set it */
  setBy: string;
}

/** A decision after which a carried fact changed value. */
export interface TurningPoint {
  scenarioId: string;
  /** 1-based, in that scenario's run */
  decision: number;
  prompt: string | null;
  option: string;
  fact: string;
  label: string;
  before: CarryValue | null;
  after: CarryValue | null;
}

/** One scenario of the year as it was played. */
export interface YearScenario {
  scenarioId: string;
  title: string | null;
  ending: Ending | null;
  scores: RoleScores;
  /** per role, the most any path could earn; null when unknown */
  possible: RoleScores | null;
  turningPoints: TurningPoint[];
}

/**
 * 'playing': the scenario at `current` is being played (its run is `run`);
 * 'between': it has ended, the next step of the year is to be shown;
 * 'done': every scenario was played, the year's debrief is shown.
 */
export type YearPhase = 'playing' | 'between' | 'done';

export interface YearState {
  startedAt: number;
  finishedAt: number | null;
  /** scenario ids in `# order:` */
  order: string[];
  /** index into `order` of the scenario being played, or just played */
  current: number;
  phase: YearPhase;
  facts: Record<string, HeldFact>;
  /** the scenarios played, in order */
  played: YearScenario[];
  /** the current scenario's run: kept apart from the solo runs, which stay as they are */
  run: RunState | null;
  /**
   * What was set before the current scenario's first line. Kept with its run: a resumed run is
   * replayed on the same values even after its ending has changed the facts.
   */
  preset: Record<string, CarryValue>;
}

export function startYear(order: readonly string[], now: number): YearState {
  if (order.length === 0) throw new Error('The year has no scenarios.');
  return {
    startedAt: now,
    finishedAt: null,
    order: [...order],
    current: 0,
    phase: 'playing',
    facts: {},
    played: [],
    run: null,
    preset: {},
  };
}

/** The scenario the year is at (being played, or just played). */
export function currentScenario(year: YearState): string | null {
  return year.order[year.current] ?? null;
}

/** The scenario after the current one, or null at the last. */
export function nextScenario(year: YearState): string | null {
  return year.order[year.current + 1] ?? null;
}

/** What the year sets before the first line of a scenario: each fact it lists that the year holds. */
export function presetFor(year: YearState, carry: readonly CarryFact[]): Record<string, CarryValue> {
  const out: Record<string, CarryValue> = {};
  for (const { name } of carry) {
    const fact = year.facts[name];
    if (fact) out[name] = fact.value;
  }
  return out;
}

/**
 * The values the current scenario opens with: those kept with its run when it has one, else
 * what the year holds now for the facts it lists (a new start).
 */
export function openingValues(year: YearState, carry: readonly CarryFact[]): Record<string, CarryValue> {
  return year.run ? year.preset : presetFor(year, carry);
}

/** The decisions of a run after which a carried fact changed value. */
export function turningPoints(
  scenarioId: string,
  decisions: readonly DecisionRecord[],
  changes: readonly VariableChange[],
  carry: readonly CarryFact[],
): TurningPoint[] {
  return changes.flatMap((change): TurningPoint[] => {
    const decision = decisions[change.decision - 1];
    const fact = carry.find((c) => c.name === change.name);
    if (!decision || !fact) return [];
    return [
      {
        scenarioId,
        decision: change.decision,
        prompt: decision.prompt,
        option: decision.options[decision.chosen]?.text ?? '',
        fact: change.name,
        label: fact.label,
        before: change.before,
        after: change.after,
      },
    ];
  });
}

export interface ScenarioEnd {
  scenario: Omit<YearScenario, 'turningPoints'>;
  turningPoints: TurningPoint[];
  /** the scenario's carried variables as its ending left them */
  values: Record<string, CarryValue>;
  carry: readonly CarryFact[];
}

/**
 * The current scenario ended: its summary is kept (replacing an earlier play of it), the
 * facts it lists take the values its ending left them at, and the year moves between scenarios.
 * Ignored unless the year is playing that very scenario (a reload of the debrief reads nothing twice).
 */
export function finishScenario(year: YearState, end: ScenarioEnd): YearState {
  if (year.phase !== 'playing' || currentScenario(year) !== end.scenario.scenarioId) return year;
  const id = end.scenario.scenarioId;
  const facts = { ...year.facts };
  for (const { name, label } of end.carry) {
    const value = end.values[name];
    if (value === undefined) continue;
    const held = facts[name];
    facts[name] = { value, label, from: held?.from ?? id, setBy: id };
  }
  return {
    ...year,
    phase: 'between',
    facts,
    played: [
      ...year.played.filter((p) => p.scenarioId !== id),
      { ...end.scenario, turningPoints: end.turningPoints },
    ],
  };
}

/** On from the step between scenarios: the next scenario, or the year's end. */
export function advanceYear(year: YearState, now: number): YearState {
  if (year.phase !== 'between') return year;
  const next = year.current + 1;
  if (next >= year.order.length) return { ...year, phase: 'done', finishedAt: now, run: null, preset: {} };
  return { ...year, current: next, phase: 'playing', run: null, preset: {} };
}

/** The facts held, in the order the year's scenarios first carried them. */
export function heldFacts(year: YearState): ({ name: string } & HeldFact)[] {
  const rank = (id: string) => {
    const i = year.order.indexOf(id);
    return i < 0 ? year.order.length : i;
  };
  return Object.entries(year.facts)
    .map(([name, fact]) => ({ name, ...fact }))
    .sort((a, b) => rank(a.from) - rank(b.from));
}

/** Every turning point of the year, scenario by scenario. */
export function allTurningPoints(year: YearState): TurningPoint[] {
  return year.played.flatMap((p) => p.turningPoints);
}
