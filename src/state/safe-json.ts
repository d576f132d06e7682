/**
 * Reading a file someone hands the game (results, class averages, sessions, stories) within
 * limits checked before parsing: a 30 MB file is refused as too large without being parsed, and
 * a file nested deeper than any the game writes is refused before JSON.parse, so nothing later
 * (schema checks, sealing, hashing) can run out of stack on it. Pure: no DOM, never throws.
 */

/** The most any file the game reads may hold: a result file is a few kilobytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The game's own files nest fewer than 12 levels; 64 leaves room for fields a newer version adds. */
export const MAX_JSON_DEPTH = 64;
/** Results one file may hold: a learner's file holds one per scenario played. */
export const MAX_RESULTS_PER_FILE = 1000;

export interface JsonLimits {
  maxBytes: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: JsonLimits = { maxBytes: MAX_FILE_BYTES, maxDepth: MAX_JSON_DEPTH };

export type JsonRefusal =
  /** `size` and `limit` in bytes */
  | { ok: false; reason: 'too-large'; size: number; limit: number; detail: string }
  | { ok: false; reason: 'too-deep'; limit: number; detail: string }
  | { ok: false; reason: 'not-json'; detail: string };

export type JsonRead = { ok: true; value: unknown } | JsonRefusal;

/** "10 MB": a size as a person reads it. */
export function sizeWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/** A refusal for a file whose size alone rules it out (checked before its text is read). */
export function tooLarge(size: number, limit = MAX_FILE_BYTES): JsonRefusal | null {
  if (size <= limit) return null;
  return {
    ok: false,
    reason: 'too-large',
    size,
    limit,
    detail: `too large (${sizeWords(size)}; the limit is ${sizeWords(limit)})`,
  };
}

/** The UTF-8 size of a text, counted without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * How deep the brackets of a JSON text nest, stopping as soon as `limit` is passed. Brackets
 * inside strings do not count. A linear scan, so it is cheap next to JSON.parse.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Parses a file's text within the limits; a refusal always carries a reason a person can read. */
export function readJson(text: string, limits: JsonLimits = DEFAULT_LIMITS): JsonRead {
  // Characters first: a text with more characters than the limit has bytes than the limit too.
  const large =
    text.length > limits.maxBytes
      ? tooLarge(text.length, limits.maxBytes)
      : tooLarge(utf8Bytes(text), limits.maxBytes);
  if (large) return large;
  const body = text.replace(/^\uFEFF/, '');
  if (jsonDepthExceeds(body, limits.maxDepth))
    return {
      ok: false,
      reason: 'too-deep',
      limit: limits.maxDepth,
      detail: `nested too deeply (more than ${limits.maxDepth} levels)`,
    };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'not-json', detail: `not JSON (${message.slice(0, 200) || 'unreadable'})` };
  }
}

/** The message of anything thrown, never empty. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() === '' ? 'could not be read' : message;
}
