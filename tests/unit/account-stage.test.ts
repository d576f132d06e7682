import { describe, expect, it } from 'vitest';
import { ACCOUNT_STAGES } from '../../src/narrative/vocabulary.ts';
import type { GameState } from '../../src/state/store.ts';
import { closingQuestions } from '../../src/ui/class-debrief.ts';
import { classStrings } from '../../src/ui/i18n-class.ts';
import { STAGE_WORDS } from '../../src/words/stages.ts';

const stateAt = (locale: 'en' | 'zh-CN', stage: string | null) =>
  ({
    settings: { locale },
    scenario: { meta: { header: { stage } } },
  }) as unknown as GameState;

describe("the room's debrief closes on the account's stage", () => {
  it.each(ACCOUNT_STAGES)('asks the course question for %s, in both languages', (stage) => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const questions = closingQuestions(classStrings(locale), stateAt(locale, stage));
      expect(questions).toHaveLength(3);
      expect(questions[1]).toBe(STAGE_WORDS[locale][stage].question);
      expect(questions[0]).toBe(classStrings(locale).closing[0]);
    }
  });

  it('keeps the general question when a story names no stage', () => {
    expect(closingQuestions(classStrings('en'), stateAt('en', null))).toEqual(classStrings('en').closing);
  });

  it('names each stage differently, and asks each its own question', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const words = ACCOUNT_STAGES.map((s) => STAGE_WORDS[locale][s]);
      expect(new Set(words.map((w) => w.name)).size).toBe(3);
      expect(new Set(words.map((w) => w.question)).size).toBe(3);
    }
    expect(STAGE_WORDS['zh-CN'].expansion.name).toBe('拓展期');
  });
});
