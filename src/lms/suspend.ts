import { ENDINGS, type Ending } from '../narrative/roles.ts';
import type { ScenarioOutcome } from './rules.ts';

/**
 * What an LMS keeps between a learner's sessions (SCORM's suspend_data): the outcomes of the
 * package's scenarios and the decision log of the one in play, never the ink state. The log
 * is replayed on the story to resume, so a whole scenario is a few dozen characters.
 *
 *   w1|s1,s,75;s2,m,50|s3,3f9a1c,1k2z,2,0,4mf,0120310
 *      outcomes: id, ending (s/m/p/-), score in hundredths
 *      run: id, story hash (first 6), option seed (base 36, '-' for authored order),
 *           lines read after the last decision, at a decision (1/0), active time (base 36 ms),
 *           each choice's authored index as one base-36 digit
 */
export const SUSPEND_VERSION = 'w1';

/** SCORM 1.2 keeps 4,096 characters of suspend_data; SCORM 2004 (4th edition) 64,000. */
export const SUSPEND_LIMITS = { scorm12: 4096, scorm2004: 64000 } as const;

export interface SuspendedRun {
  scenarioId: string;
  /** the compiled story's hash, its first 6 characters: a resume on another story starts afresh */
  hash: string;
  optionSeed: number | null;
  choices: number[];
  linesAfter: number;
  atDecision: boolean;
  activeMs: number;
}

export interface Suspended {
  outcomes: ScenarioOutcome[];
  run: SuspendedRun | null;
}

export interface Encoded {
  data: string;
  /** decisions at the end of the log left out to fit the limit (0 when it all fits) */
  dropped: number;
}

const ENDING_CODE: Record<Ending, string> = { strong: 's', mixed: 'm', poor: 'p' };
const MAX_INDEX = 35;

const safeId = (id: string) =>
  encodeURIComponent(id).replace(/[.,;|~]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);

function encodeOutcome(o: ScenarioOutcome): string {
  const ending = o.ending ? ENDING_CODE[o.ending] : '-';
  return [safeId(o.scenarioId), ending, Math.round(o.score * 100), o.passed ? 1 : 0].join(',');
}

function encodeRun(
  run: SuspendedRun,
  choices: readonly number[],
  linesAfter: number,
  atDecision: boolean,
): string {
  return [
    safeId(run.scenarioId),
    run.hash.slice(0, 6),
    run.optionSeed === null ? '-' : run.optionSeed.toString(36),
    linesAfter,
    atDecision ? 1 : 0,
    Math.max(0, Math.round(run.activeMs)).toString(36),
    choices.map((c) => c.toString(36)).join(''),
  ].join(',');
}

/**
 * The data to keep, within `limit` characters. A log too long to fit (a story that loops, a
 * limit of 4,096) keeps its first decisions, as many as fit: the learner resumes at the first
 * decision left out, with everything before it as played, and `dropped` says how many went.
 */
export function encodeSuspend(state: Suspended, limit: number): Encoded {
  const head = `${SUSPEND_VERSION}|${state.outcomes.map(encodeOutcome).join(';')}|`;
  const run = state.run;
  if (!run) return { data: head, dropped: 0 };
  if (run.choices.some((c) => c < 0 || c > MAX_INDEX || !Number.isInteger(c)))
    throw new Error('a decision offered more than 36 options: the log cannot be kept');
  const whole = head + encodeRun(run, run.choices, run.linesAfter, run.atDecision);
  if (whole.length <= limit) return { data: whole, dropped: 0 };
  // Each choice is one character: the run without any shows how many fit.
  const bare = head + encodeRun(run, [], 0, true);
  const room = limit - bare.length;
  if (room < 0) return { data: head.slice(0, limit), dropped: run.choices.length };
  const kept = run.choices.slice(0, room);
  return { data: head + encodeRun(run, kept, 0, true), dropped: run.choices.length - kept.length };
}

export type Decoded = { ok: true; value: Suspended } | { ok: false; problem: string };

const fail = (problem: string): Decoded => ({ ok: false, problem });

function whole(text: string | undefined, radix = 10): number | null {
  if (text === undefined || !/^[0-9a-z]+$/.test(text)) return null;
  const n = Number.parseInt(text, radix);
  return Number.isSafeInteger(n) ? n : null;
}

/** The kept data read back; empty data is a first launch. Anything else that does not read is a problem. */
export function decodeSuspend(data: string): Decoded {
  if (data.trim() === '') return { ok: true, value: { outcomes: [], run: null } };
  const [version, outcomesPart, runPart, ...rest] = data.split('|');
  if (version !== SUSPEND_VERSION || outcomesPart === undefined || runPart === undefined || rest.length)
    return fail(`saved progress is not in a format this version reads (${data.slice(0, 12)}…)`);
  const outcomes: ScenarioOutcome[] = [];
  for (const item of outcomesPart ? outcomesPart.split(';') : []) {
    const [id, ending, score, pass] = item.split(',');
    const hundredths = whole(score);
    const endingRead = ENDINGS.find((e) => ENDING_CODE[e] === ending) ?? null;
    if (
      !id ||
      (ending !== '-' && !endingRead) ||
      hundredths === null ||
      hundredths > 100 ||
      (pass !== '0' && pass !== '1')
    )
      return fail(`a saved outcome does not read: ${item}`);
    outcomes.push({
      scenarioId: decodeURIComponent(id),
      ending: endingRead,
      score: hundredths / 100,
      passed: pass === '1',
    });
  }
  if (runPart === '') return { ok: true, value: { outcomes, run: null } };
  const [id, hash, seed, lines, at, ms, choices, ...extra] = runPart.split(',');
  const linesAfter = whole(lines);
  const activeMs = whole(ms, 36);
  const optionSeed = seed === '-' ? null : whole(seed, 36);
  if (
    !id ||
    !hash ||
    extra.length ||
    linesAfter === null ||
    activeMs === null ||
    (seed !== '-' && optionSeed === null) ||
    (at !== '0' && at !== '1') ||
    choices === undefined ||
    !/^[0-9a-z]*$/.test(choices)
  )
    return fail(`the saved decisions do not read: ${runPart.slice(0, 40)}`);
  return {
    ok: true,
    value: {
      outcomes,
      run: {
        scenarioId: decodeURIComponent(id),
        hash,
        optionSeed,
        choices: [...choices].map((c) => Number.parseInt(c, 36)),
        linesAfter,
        atDecision: at === '1',
        activeMs,
      },
    },
  };
}
