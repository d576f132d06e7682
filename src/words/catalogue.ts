import type { Locale } from '../state/schema.ts';

/**
 * The one shape every catalogue of words takes: the same strings in each locale. Typing each
 * locale as `T` makes the compiler refuse a zh-CN catalogue that lacks (or adds) a key.
 */
export type Catalogue<T> = { readonly [L in Locale]: T };

/** A catalogue's strings for a locale; no locale chosen yet reads as English. */
export function stringsFor<T>(catalogue: Catalogue<T>, locale: Locale | null | undefined): T {
  return catalogue[locale ?? 'en'];
}
