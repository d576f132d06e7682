import { LOCALES, type Locale } from '../state/schema.ts';

/**
 * The one shape every catalogue of words takes: the same strings in each locale. Typing each
 * locale as `T` makes the compiler refuse a zh-CN catalogue that lacks (or adds) a key.
 */
export type Catalogue<T> = { readonly [L in Locale]: T };

/**
 * The one accessor: a catalogue's strings for a locale. No locale chosen yet, or one this game
 * does not ship (a file or the presenter channel may carry any text), reads as English.
 */
export function stringsFor<T>(catalogue: Catalogue<T>, locale: string | null | undefined): T {
  return catalogue[
    (LOCALES as readonly (string | null | undefined)[]).includes(locale) ? (locale as Locale) : 'en'
  ];
}
