import * as v from 'valibot';
import type { CarryValue } from '../narrative/engine.ts';
import { ENDINGS } from '../narrative/roles.ts';
import type { SliceSpec } from '../state/persisted-slice.ts';
import { roleScoresSchema, runSchema } from '../state/schema.ts';
import { count, listOf, maybe, number, oneOf, recordOf, shape, text } from '../state/schema-kit.ts';
import type { HeldFact, TurningPoint, YearScenario, YearState } from './year.ts';

/**
 * Wu Di's year as it is saved, under its own key: a damaged year costs nothing else, and a
 * damaged save is kept aside and reported like every other part (docs/SAVING.md).
 */
export const YEAR_KEY = 'wudi-turn:year';
export const YEAR_VERSION = 1;

const carryValue: v.GenericSchema<unknown, CarryValue> = v.union(
  [v.boolean(), v.pipe(v.number(), v.finite()), v.string()],
  'true, false, a number or text',
);

const factSchema: v.GenericSchema<unknown, HeldFact> = shape({
  value: carryValue,
  label: text,
  from: text,
  setBy: text,
});

const turningPointSchema: v.GenericSchema<unknown, TurningPoint> = shape({
  scenarioId: text,
  decision: count,
  prompt: maybe(text),
  option: text,
  fact: text,
  label: text,
  before: maybe(carryValue),
  after: maybe(carryValue),
});

const scenarioSchema: v.GenericSchema<unknown, YearScenario> = shape({
  scenarioId: text,
  title: maybe(text),
  ending: maybe(oneOf(ENDINGS)),
  scores: roleScoresSchema,
  possible: maybe(roleScoresSchema),
  turningPoints: listOf(turningPointSchema),
});

export const yearSchema: v.GenericSchema<unknown, YearState> = v.pipe(
  shape({
    startedAt: number,
    finishedAt: maybe(number),
    order: v.pipe(listOf(text), v.minLength(1, 'a list of at least one scenario')),
    current: count,
    phase: oneOf(['playing', 'between', 'done']),
    facts: recordOf(factSchema),
    played: listOf(scenarioSchema),
    run: maybe(runSchema),
    preset: v.optional(recordOf(carryValue), {}),
  }),
  v.forward(
    v.check((y) => y.current < y.order.length, "the place of one of the year's scenarios"),
    ['current'],
  ),
);

/** The saved year: none (null) until a learner starts one. */
export const yearSliceSpec: SliceSpec<YearState | null> = {
  key: YEAR_KEY,
  name: 'year',
  version: YEAR_VERSION,
  schema: v.nullable(yearSchema),
  // A run that could not be saved must not come back older after a reload (as for runs).
  onWriteFail: 'remove',
};
