import { seededRandom } from './random.ts';

/**
 * The order options are shown in. Authored order gives things away (the best option first, or
 * never first), so each run or classroom session shows its own order, drawn from a seed it keeps.
 * The order depends only on the seed, the decision's place and how many options it offers, so a
 * reload, a language switch, a rewind and a replay all show the same order; saves, results and
 * maps keep recording options as authored.
 */

/** A fresh seed for a new run or session. */
export function newOptionSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 0x1_0000_0000) >>> 0;
}

function hash(text: string): number {
  // FNV-1a: small, stable across engines, good enough to spread seeds.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Authored indices in the order shown; no seed (a run saved before shuffling) keeps authored order. */
export function optionOrder(seed: number | null, point: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  if (seed === null) return order;
  const random = seededRandom(hash(`${seed}:${point}:${count}`));
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** The order a decision already taken was shown in, from the seed of the run or branch that took it. */
export function decisionOrder(
  seed: number | null | undefined,
  decision: { point: string; options: readonly unknown[] },
): number[] {
  return optionOrder(seed ?? null, decision.point, decision.options.length);
}

/** True if `order` lists each of 0..count-1 exactly once. */
export function isPermutation(order: readonly number[], count: number): boolean {
  if (order.length !== count) return false;
  const seen = new Set(order);
  return seen.size === count && order.every((i) => Number.isInteger(i) && i >= 0 && i < count);
}

/** The order a decision is shown in: its own if it has a valid one, else authored order. */
export function shownOrder(step: { options: readonly unknown[]; order?: readonly number[] }): number[] {
  const n = step.options.length;
  return step.order && isPermutation(step.order, n)
    ? [...step.order]
    : Array.from({ length: n }, (_, i) => i);
}

/** The options of a decision in the order shown, each keeping its authored index. */
export function shownOptions<T>(step: { options: readonly T[]; order?: readonly number[] }): T[] {
  return shownOrder(step).map((i) => step.options[i] as T);
}

/** The authored index of the option shown at `position` (0-based), or null if there is none. */
export function authoredAt(
  step: { options: readonly unknown[]; order?: readonly number[] },
  position: number,
): number | null {
  return shownOrder(step)[position] ?? null;
}

/** Where the option with authored index `index` is shown (0-based), or -1. */
export function positionOf(
  step: { options: readonly unknown[]; order?: readonly number[] },
  index: number,
): number {
  return shownOrder(step).indexOf(index);
}
