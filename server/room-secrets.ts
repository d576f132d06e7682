import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../src/room/protocol.ts';

/**
 * The room code is derived from the host secret (the first 30 bits of its SHA-256), not drawn on
 * its own. That is what lets a server that restarted, and so remembers nothing, still tell the
 * real host from a stranger who read the code off the projector: only a secret that hashes to the
 * code can resume the room. See docs/ROOM.md for what 30 bits do and do not protect.
 */
export function newHostSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function codeForSecret(secret: string): string {
  const digest = sha256(`room-code:${secret}`);
  let code = '';
  // 32 letters = 5 bits each: six letters from the first 30 bits, no bias.
  let bits = 0;
  let acc = 0;
  let i = 0;
  while (code.length < CODE_LENGTH) {
    if (bits < 5) {
      acc = (acc << 8) | (digest[i++] ?? 0);
      bits += 8;
    }
    bits -= 5;
    code += CODE_ALPHABET[(acc >> bits) & 31];
  }
  return code;
}

/** What the room keeps instead of the secret: a memory dump or a Redis key shows nothing usable. */
export function secretHash(secret: string): string {
  return sha256(`room-secret:${secret}`).toString('base64url');
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(secretHash(secret));
  const b = Buffer.from(hash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A phone's name for the host: the phone id itself is a credential (whoever has it votes as that
 * phone), so the host and the session record see only this digest, different in every room.
 */
export function voterTagFor(code: string, phoneId: string): string {
  return sha256(`voter:${code}:${phoneId}`).toString('base64url').slice(0, 22);
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
