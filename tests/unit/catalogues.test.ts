import { describe, expect, it } from 'vitest';
import { PRESENTER_STRINGS } from '../../src/presenter/i18n.ts';
import { STRINGS, strings } from '../../src/ui/i18n.ts';
import { CLASS_STRINGS } from '../../src/ui/i18n-class.ts';
import { CLASS_VIEW_STRINGS } from '../../src/ui/i18n-classview.ts';
import { OFFLINE_STRINGS } from '../../src/ui/i18n-offline.ts';
import { RESULT_STRINGS, resultStrings } from '../../src/ui/i18n-results.ts';
import { ROOM_STRINGS } from '../../src/ui/i18n-room.ts';
import { type Catalogue, stringsFor } from '../../src/words/catalogue.ts';
import { CAPABILITY_NAMES, ROLE_WORDS } from '../../src/words/roles.ts';
import { ENDING_NAMES, MAP_WORDS } from '../../src/words/story-words.ts';

/** Every key path of a catalogue, lists by their length: "map.title", "parr[4]". */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value))
    return [`${path}[${value.length}]`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  if (value && typeof value === 'object')
    return Object.entries(value)
      .flatMap(([k, v]) => [`${path}.${k}`, ...shape(v, `${path}.${k}`)])
      .sort();
  if (typeof value === 'function') return [`${path}()${value.length}`];
  return [];
}

const CATALOGUES: Record<string, Catalogue<unknown>> = {
  'ui/i18n': STRINGS,
  'ui/i18n-class': CLASS_STRINGS,
  'ui/i18n-classview': CLASS_VIEW_STRINGS,
  'ui/i18n-results': RESULT_STRINGS,
  'ui/i18n-offline': OFFLINE_STRINGS,
  'ui/i18n-room': ROOM_STRINGS,
  'presenter/i18n': PRESENTER_STRINGS,
  'words/roles': ROLE_WORDS,
  'words/capabilities': CAPABILITY_NAMES,
  'words/endings': ENDING_NAMES,
  'words/map': MAP_WORDS,
};

describe('string catalogues', () => {
  it.each(Object.entries(CATALOGUES))('%s has the same keys, lists and functions in both locales', (_, c) => {
    expect(shape(c['zh-CN'])).toEqual(shape(c.en));
    for (const text of JSON.stringify(c['zh-CN']).match(/"[^"]*"/g) ?? []) expect(text).not.toBe('""');
  });

  it('reads an unknown or missing locale as English, through one accessor', () => {
    expect(stringsFor(STRINGS, 'fr')).toBe(STRINGS.en);
    expect(strings(null)).toBe(STRINGS.en);
    expect(resultStrings('zh-CN')).toBe(RESULT_STRINGS['zh-CN']);
  });

  it('calls a role the same in the game, the glossary and the plan wording', () => {
    expect(STRINGS.en.roleNames.S).toBe(ROLE_WORDS.en.S.name);
    expect(STRINGS['zh-CN'].roleNames.BE).toBe(ROLE_WORDS['zh-CN'].BE.name);
    expect(PRESENTER_STRINGS['zh-CN'].roleNames.S).toBe(ROLE_WORDS['zh-CN'].S.short);
  });
});
