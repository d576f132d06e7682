import { heldFacts, type YearState } from '../../campaign/year.ts';
import type { CarryValue } from '../../narrative/engine.ts';
import { ROLES, type Role } from '../../narrative/roles.ts';
import { whole } from '../../words/format.ts';
import type { YearStrings } from '../i18n-year.ts';

/** What the year's screens show, worked out without the DOM (tested in Node). */

export interface FactRow {
  name: string;
  label: string;
  /** the value in words: yes/no for a true/false fact */
  value: string;
  from: string;
}

export interface RoleCell {
  role: Role;
  earned: number;
  possible: number | null;
  /** 0..1 of points possible */
  share: number;
  text: string;
}

export interface ScenarioRow {
  id: string;
  number: number;
  title: string;
  ending: 'strong' | 'mixed' | 'poor' | 'none' | null;
  cells: RoleCell[] | null;
}

export interface TurningRow {
  scenario: string;
  decision: string;
  prompt: string | null;
  option: string;
  change: string;
}

export function valueWords(value: CarryValue | null, s: YearStrings): string {
  if (value === null) return '–';
  if (typeof value === 'boolean') return value ? s.yes : s.no;
  if (typeof value === 'number') return whole(value);
  return value;
}

/** Titles of the year's scenarios in the language on screen; an id where a title is missing. */
export type Titles = Readonly<Record<string, string | null | undefined>>;

const titleOf = (titles: Titles, id: string) => titles[id] ?? id;

export function factRows(year: YearState, titles: Titles, s: YearStrings): FactRow[] {
  return heldFacts(year).map((f) => ({
    name: f.name,
    label: f.label,
    value: valueWords(f.value, s),
    from: s.factFrom(titleOf(titles, f.from)),
  }));
}

/** The step between two scenarios: what is carried, and what comes next. */
export function yearStepModel(year: YearState, titles: Titles, s: YearStrings) {
  const nextId = year.order[year.current + 1] ?? null;
  return {
    facts: factRows(year, titles, s),
    next: nextId ? s.playNext(year.current + 2, titleOf(titles, nextId)) : s.toYearDebrief,
    last: nextId === null,
  };
}

/** The year's debrief: roles scenario by scenario, the facts carried, the turning points. */
export function yearDebriefModel(year: YearState, titles: Titles, s: YearStrings) {
  const rows: ScenarioRow[] = year.order.map((id, i) => {
    const played = year.played.find((p) => p.scenarioId === id);
    const title = titles[id] ?? played?.title ?? id;
    if (!played) return { id, number: i + 1, title, ending: null, cells: null };
    const cells = ROLES.map((role): RoleCell => {
      const earned = played.scores[role];
      const possible = played.possible ? Math.max(0, played.possible[role]) : null;
      const share = possible ? Math.max(0, Math.min(earned, possible)) / possible : 0;
      return {
        role,
        earned,
        possible,
        share,
        text: possible === null ? whole(earned) : `${whole(earned)} / ${whole(possible)}`,
      };
    });
    return { id, number: i + 1, title, ending: played.ending ?? 'none', cells };
  });
  const turning: TurningRow[] = year.played.flatMap((p) =>
    p.turningPoints.map((t) => ({
      scenario: titles[p.scenarioId] ?? p.title ?? p.scenarioId,
      decision: s.turningDecision(t.decision),
      prompt: t.prompt,
      option: t.option,
      change: s.turned(t.label, valueWords(t.before, s), valueWords(t.after, s)),
    })),
  );
  return { rows, facts: factRows(year, titles, s), turning };
}

/** The year's card on the menu: where it stands and what its buttons do. */
export function yearCardModel(year: YearState | null, titles: Titles, s: YearStrings) {
  if (!year) return { status: s.notStarted, primary: s.start, again: null };
  if (year.phase === 'done') return { status: s.finished, primary: s.seeYear, again: s.startAgain };
  const id = year.order[year.current] ?? '';
  return {
    status: s.progress(year.current + 1, year.order.length, titleOf(titles, id)),
    primary: s.resume,
    again: s.startAgain,
  };
}
