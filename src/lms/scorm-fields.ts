import { ROLES, type RoleScores } from '../narrative/roles.ts';
import type { DecisionReport } from './observe.ts';
import type { CourseStatus } from './rules.ts';

/**
 * What each SCORM version's data model is given, as name/value pairs: pure, so the values are
 * tested without an LMS. The two versions name things differently and allow different lengths.
 */
export type ScormVersion = '1.2' | '2004';
export type Field = readonly [name: string, value: string];

const pad = (n: number, width = 2) => String(Math.floor(n)).padStart(width, '0');

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS */
export function timespan12(ms: number): string {
  const centi = Math.max(0, Math.round(ms / 10));
  const seconds = (centi % 6000) / 100;
  const minutes = Math.floor(centi / 6000) % 60;
  const hours = Math.min(9999, Math.floor(centi / 360000));
  const [whole, frac = '00'] = seconds.toFixed(2).split('.');
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(Number(whole))}.${frac}`;
}

/** SCORM 2004's timeinterval: an ISO 8601 duration, PT1H2M3.45S */
export function duration2004(ms: number): string {
  const centi = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centi / 360000);
  const minutes = Math.floor(centi / 6000) % 60;
  const seconds = (centi % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

const HAN = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}·]+$/u;

/**
 * "Dai, Jun" (how LMSs give a learner's name) as "Jun Dai"; a Chinese name, family name first
 * and unspaced ("戴, 军" as 戴军); a name without a comma as it is.
 */
export function displayName(lmsName: string): string | null {
  const name = lmsName.trim();
  if (!name) return null;
  const [last, first, ...more] = name.split(/[,，]/).map((p) => p.trim());
  if (more.length || !first || !last) return name;
  return HAN.test(last) && HAN.test(first) ? `${last}${first}` : `${first} ${last}`;
}

/** The option's per-role scores as the LMS's report shows them: "S+2 T0 R-1 O0 BE+1". */
export function scoreLine(score: Partial<RoleScores>): string {
  return ROLES.map((role) => {
    const n = score[role] ?? 0;
    return `${role}${n > 0 ? '+' : ''}${n}`;
  }).join(' ');
}

const total = (score: Partial<RoleScores>) => ROLES.reduce((sum, role) => sum + (score[role] ?? 0), 0);

/**
 * SCORM 1.2's result is a word or an unsigned decimal in the runtimes LMSs embed (scorm-again
 * refuses "-2"): a net loss is reported as "neutral" (these decisions have no wrong answer),
 * and the response beside it still carries every role's points.
 */
const result12 = (points: number) => (points >= 0 ? String(points) : 'neutral');

/** Identifier characters both versions accept: letters, digits and - _ . */
const ident = (text: string) => text.replace(/[^A-Za-z0-9_.-]/g, '_');

/** The decision as interaction `n`: its id, the option as authored with its scores, the time taken. */
export function interactionFields(
  version: ScormVersion,
  n: number,
  report: DecisionReport,
  lang: string,
): Field[] {
  const id = `${ident(report.scenarioId)}.d${pad(report.number)}.${ident(report.point)}`;
  const response = `${report.option} [${scoreLine(report.score)}]`;
  const prefix = `cmi.interactions.${n}`;
  if (version === '1.2') {
    const time = report.at;
    return [
      [`${prefix}.id`, id.slice(0, 255)],
      [`${prefix}.type`, 'fill-in'],
      [`${prefix}.student_response`, clip(response, 255)],
      [`${prefix}.result`, result12(total(report.score))],
      [`${prefix}.latency`, timespan12(report.latencyMs)],
      [`${prefix}.time`, `${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`],
    ];
  }
  return [
    [`${prefix}.id`, `urn:wudi-turn:${id}`.slice(0, 4000)],
    [`${prefix}.type`, 'long-fill-in'],
    // SCORM 2004 allows a time zone only after a fraction of a second: hundredths, then Z.
    [`${prefix}.timestamp`, report.at.toISOString().replace(/(\.\d{2})\d*Z$/, '$1Z')],
    ...(report.prompt
      ? [[`${prefix}.description`, `{lang=${lang}}${clip(noBrace(report.prompt), 250)}`] as const]
      : []),
    [`${prefix}.learner_response`, `{lang=${lang}}${clip(noBrace(response), 4000)}`],
    [`${prefix}.result`, String(total(report.score))],
    [`${prefix}.latency`, duration2004(report.latencyMs)],
  ];
}

/** A `{` starts a language tag in SCORM 2004's strings: the text's own braces become brackets. */
const noBrace = (text: string) => text.replace(/[{}]/g, (c) => (c === '{' ? '(' : ')'));

/** At most `max` characters, counting a character outside the BMP as one. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The package's status: completion, success and score, as the version names them. */
export function statusFields(version: ScormVersion, status: CourseStatus): Field[] {
  const raw = String(Math.round(status.score * 100));
  if (version === '1.2') {
    const lesson = !status.completed ? 'incomplete' : status.passed ? 'passed' : 'failed';
    return [
      ['cmi.core.lesson_status', lesson],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', raw],
    ];
  }
  return [
    ['cmi.completion_status', status.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', status.passed === null ? 'unknown' : status.passed ? 'passed' : 'failed'],
    ['cmi.score.scaled', String(status.score)],
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', raw],
    ['cmi.progress_measure', String(status.progress)],
  ];
}

/** The names each version gives the fields the game reads and writes on its own. */
export const NAMES = {
  '1.2': {
    learnerName: 'cmi.core.student_name',
    entry: 'cmi.core.entry',
    suspend: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    interactionCount: 'cmi.interactions._count',
    status: 'cmi.core.lesson_status',
  },
  '2004': {
    learnerName: 'cmi.learner_name',
    entry: 'cmi.entry',
    suspend: 'cmi.suspend_data',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    interactionCount: 'cmi.interactions._count',
    status: 'cmi.completion_status',
  },
} as const;
