import * as v from 'valibot';
import { flag, oneOf, shape } from '../state/schema-kit.ts';

/**
 * What the game window (host), the phones and the room server say to each other over Socket.IO
 * (docs/ROOM.md). Pure data and schemas: the server, the game window and the phone page all read
 * it, and the phone page must stay small, so nothing here imports the story engine, the DOM or
 * Node.
 *
 * Everything the server receives is untrusted: each payload is parsed with the schema of its event
 * and every string and list has a ceiling, so one message can never make the server hold much.
 */

/** The game's locales. Repeated, not imported from state/schema.ts, so the phone page does not bundle the story engine; a unit test keeps the two equal. */
export const ROOM_LOCALES = ['en', 'zh-CN'] as const;
export type RoomLocale = (typeof ROOM_LOCALES)[number];

/** No 0/O or 1/I: the code is read off a projector from the back of a room. 32 letters, so a random byte maps onto them without bias. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export { LIMITS } from './limits.ts';

import { LIMITS } from './limits.ts';

export const EVENTS = {
  open: 'room:open',
  resume: 'room:resume',
  decisionOpen: 'decision:open',
  decisionClose: 'decision:close',
  whatif: 'room:whatif',
  blank: 'room:blank',
  close: 'room:close',
  join: 'phone:join',
  vote: 'vote',
  state: 'room:state',
  tally: 'tally',
  closed: 'room:closed',
  /** server → host: how many phones are in the room, when there is no decision to tally */
  phones: 'room:phones',
} as const;

// ---- building blocks ----

// Control characters are refused: they are never needed on a projector and make log lines lie.
function hasNoControl(text: string, allowNewline: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && !(allowNewline && c === 0x0a)) || c === 0x7f) return false;
  }
  return true;
}

function line(max: number) {
  return v.pipe(
    v.string('text'),
    v.minLength(1, 'not empty'),
    v.maxLength(max, `at most ${max} characters`),
    v.check((s) => hasNoControl(s, false), 'one line of text'),
  );
}

function paragraph(max: number) {
  return v.pipe(
    v.string('text'),
    v.minLength(1, 'not empty'),
    v.maxLength(max, `at most ${max} characters`),
    v.check((s) => hasNoControl(s, true), 'text'),
  );
}

function token(pattern: RegExp, what: string) {
  return v.pipe(v.string(what), v.regex(pattern, what));
}

export const roomCode = token(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`), 'a room code');
/** 32 random bytes in base64url, no padding. */
export const hostSecret = token(/^[A-Za-z0-9_-]{43}$/, 'a host secret');
/** Made by the phone and kept in its storage; long enough that it cannot be guessed. */
export const phoneId = token(/^[A-Za-z0-9_-]{16,64}$/, 'a phone id');
/**
 * What the host sees of a phone: a digest of the phone id and the room code (made by the server).
 * The host keeps ballots by tag, so the session record never holds anything a stranger could vote with.
 */
export const voterTag = token(/^[A-Za-z0-9_-]{22}$/, 'a voter tag');
export const optionKey = token(new RegExp(`^[A-Za-z0-9_.:-]{1,${LIMITS.optionKey}}$`), 'an option key');
export const decisionId = line(LIMITS.decisionId);
export const locale = oneOf(ROOM_LOCALES);

export const option = shape({ key: optionKey, text: paragraph(LIMITS.optionText) });

export const options = v.pipe(
  v.array(option, 'a list'),
  v.minLength(1, 'at least one option'),
  v.maxLength(LIMITS.options, `at most ${LIMITS.options} options`),
  v.check((list) => new Set(list.map((o) => o.key)).size === list.length, 'options with distinct keys'),
);

/** The decision as phones may see it: the prompt and the options in the room's order, never scores or notes. */
const decisionEntries = {
  decisionId,
  prompt: paragraph(LIMITS.prompt),
  options,
};
export const decisionView = shape(decisionEntries);

export const ballots = v.pipe(
  v.record(voterTag, optionKey, 'an object'),
  v.check((b) => Object.keys(b).length <= LIMITS.phones, `at most ${LIMITS.phones} ballots`),
);

// ---- host → server ----

const auth = { code: roomCode, hostSecret };

export const roomOpen = shape({ locale, title: line(LIMITS.title) });

/** The whole room as the game window knows it: sent again after a server restart or a reconnection. */
export const roomSnapshot = shape({
  locale,
  title: line(LIMITS.title),
  whatif: flag,
  blank: flag,
  decision: v.nullable(
    v.pipe(
      shape({ ...decisionEntries, open: flag, ballots }),
      v.check(
        (d) => Object.values(d.ballots).every((key) => d.options.some((o) => o.key === key)),
        'ballots for the decision’s own options',
      ),
    ),
  ),
});

export const roomResume = shape({ ...auth, state: roomSnapshot });
export const decisionOpen = shape({ ...auth, ...decisionEntries });
export const decisionClose = shape({ ...auth, decisionId });
export const roomToggle = shape({ ...auth, on: flag });
export const roomClose = shape(auth);

// ---- phone → server ----

export const phoneJoin = shape({
  code: roomCode,
  phoneId,
  nickname: v.optional(v.nullable(line(LIMITS.nickname))),
});
export const vote = shape({ decisionId, key: optionKey });

export type RoomOpen = v.InferOutput<typeof roomOpen>;
export type RoomSnapshot = v.InferOutput<typeof roomSnapshot>;
export type RoomResume = v.InferOutput<typeof roomResume>;
export type DecisionView = v.InferOutput<typeof decisionView>;
export type DecisionOpen = v.InferOutput<typeof decisionOpen>;
export type DecisionClose = v.InferOutput<typeof decisionClose>;
export type RoomToggle = v.InferOutput<typeof roomToggle>;
export type RoomClose = v.InferOutput<typeof roomClose>;
export type PhoneJoin = v.InferOutput<typeof phoneJoin>;
export type Vote = v.InferOutput<typeof vote>;
export type RoomOption = v.InferOutput<typeof option>;

// ---- server → clients ----

/**
 * `room:state` as the phone page checks it: the server is trusted less than nothing on a learner's
 * phone (a proxy, a stale build), so what it shows is parsed first, with the same limits.
 */
export const roomState = shape({
  code: roomCode,
  title: line(LIMITS.title),
  locale,
  decision: v.nullable(shape({ ...decisionEntries, open: flag })),
  yourVote: v.nullable(optionKey),
  whatif: flag,
  blank: flag,
});

export const roomClosed = shape({ code: roomCode });

const headcount = v.pipe(
  v.number('a number'),
  v.integer('a whole number'),
  v.minValue(0),
  v.maxValue(100_000),
);

/** `tally` as the game window checks it before folding it into the session's record. */
export const tallySchema = v.pipe(
  shape({
    code: roomCode,
    decisionId,
    open: flag,
    counts: v.pipe(
      v.record(optionKey, headcount, 'an object'),
      v.check((c) => Object.keys(c).length <= LIMITS.options, `at most ${LIMITS.options} options`),
    ),
    phones: headcount,
    voters: headcount,
    ballots,
  }),
) satisfies v.GenericSchema<unknown, Tally>;

export const phoneCountSchema = shape({ code: roomCode, phones: headcount }) satisfies v.GenericSchema<
  unknown,
  PhoneCount
>;

/** What /room-server.json says: a room server answers here, and the origins phones can reach it at. */
export const serverInfoSchema = shape({
  service: v.literal('wudi-room', 'the room server'),
  protocol: v.number(),
  joinOrigins: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^https?:\/\/[A-Za-z0-9.:[\]-]+$/, 'an origin')), 'a list'),
    v.maxLength(16),
  ),
});

/** Sent to each phone on join and on every change; `yourVote` is that phone's own ballot. */
export interface RoomState {
  code: string;
  title: string;
  locale: RoomLocale;
  decision: (DecisionView & { open: boolean }) | null;
  yourVote: string | null;
  whatif: boolean;
  blank: boolean;
}

/** Sent to the host on every vote, join and leave, and frozen in the decision:close answer. */
export interface Tally {
  code: string;
  decisionId: string;
  open: boolean;
  /** Every option key, zero included, so the host never has to guess a missing one. */
  counts: Record<string, number>;
  /** Phones connected to the room now. */
  phones: number;
  /** Phones with a ballot in this decision. */
  voters: number;
  /** voter tag → option key: what the host re-sends in room:resume so no vote is lost or doubled. */
  ballots: Record<string, string>;
}

/** Sent to the host when phones come and go while no decision is on screen. */
export interface PhoneCount {
  code: string;
  phones: number;
}

export type RoomError =
  | 'invalid'
  | 'rate'
  | 'no-room'
  | 'forbidden'
  | 'not-joined'
  | 'no-decision'
  | 'closed'
  | 'no-option'
  | 'full';

export type Refusal = { ok: false; error: RoomError };
export type Answer<T extends object = object> = ({ ok: true } & T) | Refusal;

export type OpenAnswer = Answer<{ code: string; hostSecret: string }>;
export type CloseDecisionAnswer = Answer<{ tally: Tally }>;
export type ResumeAnswer = Answer<{ tally: Tally | null }>;
export type JoinAnswer = Answer<{ state: RoomState }>;
