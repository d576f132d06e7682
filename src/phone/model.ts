import * as v from 'valibot';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  LIMITS,
  phoneId as phoneIdSchema,
  type RoomState,
} from '../room/protocol.ts';

/** What the phone page knows, pure: the view draws it, the connection changes it. */

export type Link =
  | 'connecting'
  | 'joining'
  /** the server answered no-room after this phone had been in the room: a restart, the host not back yet */
  | 'waiting-host'
  | 'live'
  | 'reconnecting'
  /** the first join found no room: a mistyped code */
  | 'not-found'
  | 'full'
  | 'ended';

export type Notice = 'too-late' | 'too-fast' | 'not-sent' | null;

/** Spaces, dashes and lower case are forgiven; anything else makes it not a code. */
export function normalizeCode(raw: string): string | null {
  const code = raw.replace(/[\s-]+/g, '').toUpperCase();
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
  return code;
}

/** 16 random bytes (22 characters of base64url): what this phone votes with, never shown to anyone. */
export function newPhoneId(random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(16));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function isPhoneId(value: unknown): value is string {
  return v.is(phoneIdSchema, value);
}

/** The nickname as sent: trimmed, one line, at most 24 characters; empty is none. */
export function cleanNickname(raw: string): string | null {
  let clean = '';
  for (const c of raw.trim()) {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) continue;
    // whole characters only: a pair of UTF-16 halves is never cut in two
    if (clean.length + c.length > LIMITS.nickname) break;
    clean += c;
  }
  clean = clean.trim();
  return clean === '' ? null : clean;
}

/** The key this phone shows as its vote: the one just tapped (until the server answers), else the server's. */
export function shownVote(state: RoomState, pending: string | null): string | null {
  if (!state.decision) return null;
  if (pending && state.decision.open && state.decision.options.some((o) => o.key === pending)) return pending;
  return state.yourVote;
}

export type VoteStatus = 'open' | 'voted' | 'closed' | 'closed-no-vote' | 'waiting';

export function voteStatus(state: RoomState, pending: string | null): VoteStatus {
  if (!state.decision) return 'waiting';
  const mine = shownVote(state, pending);
  if (!state.decision.open) return mine ? 'closed' : 'closed-no-vote';
  return mine ? 'voted' : 'open';
}
