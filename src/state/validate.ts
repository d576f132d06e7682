/**
 * Small structural validators for saved data. Saved state comes from outside (an old version,
 * another app on the same origin, a hand edit), so nothing is trusted until it passes here.
 */
export type Check<T> = (value: unknown, path: string) => T;

import { InvalidData } from './schema-kit.ts';

export { InvalidData };

export function fail(path: string, expected: string): never {
  throw new InvalidData(`${path} should be ${expected}`);
}

export const str: Check<string> = (v, p) => (typeof v === 'string' ? v : fail(p, 'text'));
export const num: Check<number> = (v, p) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'a number');
export const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false'));

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, p) => (v === null || v === undefined ? null : check(v, p));
}

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v, p) =>
    (values as readonly unknown[]).includes(v) ? (v as T) : fail(p, `one of ${values.join(', ')}`);
}

export function arrayOf<T>(check: Check<T>): Check<T[]> {
  return (v, p) => (Array.isArray(v) ? v.map((item, i) => check(item, `${p}[${i}]`)) : fail(p, 'a list'));
}

export function recordOf<T>(check: Check<T>): Check<Record<string, T>> {
  return (v, p) => {
    if (!isObject(v)) fail(p, 'an object');
    const out: Record<string, T> = {};
    for (const [k, item] of Object.entries(v)) out[k] = check(item, `${p}.${k}`);
    return out;
  };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown, p: string): Record<string, unknown> {
  return isObject(v) ? v : fail(p, 'an object');
}
