import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../src/room/protocol.ts';

/**
 * The room code is derived from the host secret, not drawn on its own: the first 30 bits of
 * HMAC-SHA256(server key, secret). That is what lets a server that restarted, and so remembers no
 * room, still tell the real host from a stranger who read the code off the projector: only a
 * secret that gives the code can resume the room. Under a key the server keeps (server/room-key.ts),
 * nobody without the key can search for such a secret offline, as they could with a plain hash.
 * See docs/ROOM.md for what 30 bits do and do not protect.
 */
export function newHostSecret(): string {
  return randomBytes(32).toString('base64url');
}

export interface RoomSecrets {
  codeForSecret(secret: string): string;
  /**
   * A phone's name for the host: the phone id itself is a credential (whoever has it votes as that
   * phone), so the host and the session record see only this HMAC, different in every room, which
   * nobody without the server key can link to a phone id.
   */
  voterTagFor(code: string, phoneId: string): string;
}

export function roomSecrets(key: Buffer): RoomSecrets {
  if (key.length < 32) throw new Error('the room server key should be at least 32 bytes');
  const mac = (text: string) => createHmac('sha256', key).update(text).digest();
  return {
    codeForSecret: (secret) => codeFromDigest(mac(`room-code:${secret}`)),
    voterTagFor: (code, phoneId) => mac(`voter:${code}:${phoneId}`).toString('base64url').slice(0, 22),
  };
}

/** Six letters of the 32-letter alphabet (5 bits each) from the digest's first 30 bits, no bias. */
export function codeFromDigest(digest: Buffer): string {
  let code = '';
  let bits = 0;
  let acc = 0;
  let i = 0;
  while (code.length < CODE_LENGTH) {
    if (bits < 5) {
      acc = ((acc << 8) | (digest[i++] ?? 0)) & 0xffff;
      bits += 8;
    }
    bits -= 5;
    code += CODE_ALPHABET[(acc >> bits) & 31];
  }
  return code;
}

/**
 * May this secret resume the room `code`? A room the server holds is checked against its stored
 * secret hash; a room it does not hold (after a restart) against the code the secret gives under
 * the server key. A restart with another key therefore refuses every host: they open new rooms.
 */
export function mayResume(
  secrets: RoomSecrets,
  code: string,
  secret: string,
  held: { secretHash: string } | undefined,
): boolean {
  return held ? secretMatches(secret, held.secretHash) : secrets.codeForSecret(secret) === code;
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

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
