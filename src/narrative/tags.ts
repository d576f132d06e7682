import { type Ending, isEnding, isRole, type Role, type RoleScores } from './roles.ts';
import {
  ACCOUNT_STAGES,
  type AccountStage,
  CHOICE_TAGS,
  HEADER_TAGS,
  includes,
  LINE_TAGS,
} from './vocabulary.ts';

/** One raw Ink tag split into name and value. */
export interface Tag {
  name: string;
  value: string;
  raw: string;
}

export interface TagProblem {
  tag: string;
  message: string;
}

// Chinese keyboards type the full-width colon, so both are accepted after a tag name.
const TAG_PATTERN = /^\s*([A-Za-z_][\w-]*)\s*[:：]\s*([\s\S]*?)\s*$/;

export function splitTag(raw: string): Tag {
  const match = TAG_PATTERN.exec(raw);
  if (!match) return { name: '', value: raw.trim(), raw };
  return { name: (match[1] ?? '').toLowerCase(), value: match[2] ?? '', raw };
}

export interface StoryHeader {
  title: string | null;
  role: Role | null;
  order: number | null;
  summary: string | null;
  /** the account's stage the scenario sits in (`# stage:`), null when the header names none */
  stage: AccountStage | null;
  /** the learning goals (`# goal:`, one tag per goal, in the order written) */
  goals: string[];
  /** true when the story declares a focus role: it is then a scored scenario */
  scored: boolean;
  /** the facts the story shares with Wu Di's year (`# carry:`, one tag per fact), in file order */
  carry: CarryFact[];
}

/** A fact carried through the year: an Ink variable the story declares, and its label. */
export interface CarryFact {
  name: string;
  label: string;
  /** the tag's line in the source, where it is known (the linter); compiled stories keep none */
  line?: number;
}

const CARRY_PATTERN = /^([A-Za-z_]\w*)\s*=\s*(\S[\s\S]*?)\s*$/;

/** Reads `priya_stayed = Priya stayed with the team`; null when it is not that shape. */
export function parseCarry(value: string): { name: string; label: string } | null {
  const match = CARRY_PATTERN.exec(value.trim());
  if (!match?.[1] || !match[2]) return null;
  return { name: match[1], label: match[2] };
}

export function carryMessage(value: string): string {
  return `cannot read carry tag "${value}" (write "# carry: variable_name = label")`;
}

export function parseHeader(globalTags: readonly string[]): { header: StoryHeader; problems: TagProblem[] } {
  const header: StoryHeader = {
    title: null,
    role: null,
    order: null,
    summary: null,
    stage: null,
    goals: [],
    scored: false,
    carry: [],
  };
  const problems: TagProblem[] = [];
  for (const raw of globalTags) {
    const tag = splitTag(raw);
    switch (tag.name) {
      case 'title':
        header.title = tag.value;
        break;
      case 'summary':
        header.summary = tag.value;
        break;
      case 'goal':
        if (tag.value !== '') header.goals.push(tag.value);
        break;
      case 'order': {
        const n = Number(tag.value);
        if (Number.isInteger(n)) header.order = n;
        else problems.push({ tag: raw, message: `order must be a whole number, got "${tag.value}"` });
        break;
      }
      case 'stage':
        if (includes(ACCOUNT_STAGES, tag.value.toLowerCase()))
          header.stage = tag.value.toLowerCase() as AccountStage;
        else problems.push({ tag: raw, message: stageMessage(tag.value) });
        break;
      case 'carry': {
        const fact = parseCarry(tag.value);
        if (!fact) problems.push({ tag: raw, message: carryMessage(tag.value) });
        else if (header.carry.some((c) => c.name === fact.name))
          problems.push({ tag: raw, message: `"${fact.name}" is carried twice` });
        else header.carry.push(fact);
        break;
      }
      case 'role':
        if (isRole(tag.value)) header.role = tag.value;
        else problems.push({ tag: raw, message: `unknown role "${tag.value}" (use S, T, R, O or BE)` });
        break;
      default:
        // Line tags above the first line (an opening scene or music) are not header problems.
        if (!includes(LINE_TAGS, tag.name))
          problems.push({ tag: raw, message: unknownTagMessage(tag, HEADER_TAGS) });
    }
  }
  header.scored = header.role !== null;
  return { header, problems };
}

export function stageMessage(value: string): string {
  return `unknown account stage "${value}" (use ${ACCOUNT_STAGES.join(', ')})`;
}

export interface LineTags {
  speaker: string | null;
  mood: string | null;
  scene: string | null;
  music: string | null;
  sfx: string | null;
  facilitator: string | null;
  ending: Ending | null;
  problems: TagProblem[];
}

export function parseLineTags(tags: readonly string[]): LineTags {
  const out: LineTags = {
    speaker: null,
    mood: null,
    scene: null,
    music: null,
    sfx: null,
    facilitator: null,
    ending: null,
    problems: [],
  };
  for (const raw of tags) {
    const tag = splitTag(raw);
    switch (tag.name) {
      case 'speaker':
      case 'mood':
      case 'scene':
      case 'music':
      case 'sfx':
      case 'facilitator':
        out[tag.name] = tag.value;
        break;
      case 'ending':
        if (isEnding(tag.value)) out.ending = tag.value;
        else
          out.problems.push({
            tag: raw,
            message: `unknown ending "${tag.value}" (use strong, mixed or poor)`,
          });
        break;
      default:
        out.problems.push({ tag: raw, message: unknownTagMessage(tag, LINE_TAGS) });
    }
  }
  return out;
}

export interface ChoiceTags {
  score: Partial<RoleScores>;
  hasScore: boolean;
  feedback: string | null;
  cap: string | null;
  problems: TagProblem[];
}

const SCORE_TERM = /^(BE|S|T|R|O|[A-Za-z]+)\s*([+\-−－＋])\s*(\d+)$/;

/** Parses "S+2 BE+1" into deltas; every malformed term is reported, never guessed at. */
export function parseScore(value: string): { score: Partial<RoleScores>; problems: string[] } {
  const score: Partial<RoleScores> = {};
  const problems: string[] = [];
  const terms = value
    .trim()
    .split(/[\s,，]+/)
    .filter(Boolean);
  if (terms.length === 0) problems.push('score is empty (write e.g. "S+2 BE+1")');
  if (terms.length > 3) problems.push(`score moves ${terms.length} roles; use one to three`);
  for (const term of terms) {
    const match = SCORE_TERM.exec(term);
    if (!match) {
      problems.push(`cannot read score term "${term}" (write a role and a signed number, e.g. S+2)`);
      continue;
    }
    const role = match[1] ?? '';
    const sign = match[2] === '+' || match[2] === '＋' ? 1 : -1;
    const amount = sign * Number(match[3]);
    if (!isRole(role)) {
      problems.push(`unknown role "${role}" in score (use S, T, R, O or BE)`);
      continue;
    }
    if (score[role] !== undefined) problems.push(`role ${role} appears twice in one score`);
    if (amount < -2 || amount > 3) problems.push(`score ${term} is outside -2..+3`);
    score[role] = (score[role] ?? 0) + amount;
  }
  return { score, problems };
}

export function parseChoiceTags(tags: readonly string[]): ChoiceTags {
  const out: ChoiceTags = { score: {}, hasScore: false, feedback: null, cap: null, problems: [] };
  for (const raw of tags) {
    const tag = splitTag(raw);
    switch (tag.name) {
      case 'score': {
        const parsed = parseScore(tag.value);
        out.score = parsed.score;
        out.hasScore = true;
        for (const message of parsed.problems) out.problems.push({ tag: raw, message });
        break;
      }
      case 'feedback':
        out.feedback = tag.value;
        break;
      case 'cap':
        out.cap = tag.value;
        break;
      default:
        out.problems.push({ tag: raw, message: unknownTagMessage(tag, CHOICE_TAGS) });
    }
  }
  return out;
}

function unknownTagMessage(tag: Tag, allowed: readonly string[]): string {
  if (tag.name === '') {
    return `cannot read tag "#${tag.raw}" (write "# name: value", one of: ${allowed.join(', ')})`;
  }
  const where = includes(LINE_TAGS, tag.name)
    ? 'a line tag'
    : includes(CHOICE_TAGS, tag.name)
      ? 'a choice tag (put it inside the choice brackets)'
      : includes(HEADER_TAGS, tag.name)
        ? 'a header tag (put it at the top of the file)'
        : null;
  return where
    ? `"${tag.name}" is ${where}, not allowed here`
    : `unknown tag "${tag.name}" (expected one of: ${allowed.join(', ')})`;
}
