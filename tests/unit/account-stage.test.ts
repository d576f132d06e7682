import { describe, expect, it } from 'vitest';
import { ACCOUNT_STAGES } from '../../src/narrative/vocabulary.ts';
import type { GameState } from '../../src/state/store.ts';
import { closingQuestions } from '../../src/ui/class-debrief.ts';
import { strings } from '../../src/ui/i18n.ts';
import { classStrings } from '../../src/ui/i18n-class.ts';
import { resultStrings } from '../../src/ui/i18n-results.ts';
import { profileModel } from '../../src/ui/profile/model.ts';
import { STAGE_WORDS } from '../../src/words/stages.ts';
import { ANN } from '../helpers/class-fixture.ts';

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

describe("the profile, stage by stage of the account's year", () => {
  const metas = [
    { id: 's1_strategy', title: 'The strategy', stage: 'expansion' as const },
    { id: 's2_team', title: 'The team', stage: 'growth' as const },
    { id: 's4_operations', title: 'The numbers', stage: 'maturity' as const },
  ];
  const teamPlay = { ...ANN, id: 'ann-s2', scenarioId: 's2_team' };

  it("groups the learner's roles by the stage of each scenario played, and asks that stage's question", () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const m = profileModel([ANN, teamPlay], {
        metas,
        learnerName: '',
        locale,
        s: strings(locale),
        r: resultStrings(locale),
      });
      // maturity has no played scenario: no group for it
      expect(m.stages.map((g) => g.stage)).toEqual(['expansion', 'growth']);
      expect(m.stages.map((g) => g.scenarios)).toEqual([['The strategy'], ['The team']]);
      expect(m.stages[1]?.name).toBe(STAGE_WORDS[locale].growth.name);
      expect(m.stages[1]?.question).toBe(STAGE_WORDS[locale].growth.question);
      // each group counts its own scenarios only: the same play, so the same figures as the whole
      const whole = profileModel([ANN], {
        metas,
        learnerName: '',
        locale,
        s: strings(locale),
        r: resultStrings(locale),
      });
      expect(m.stages[0]?.roles.map((x) => x.value)).toEqual(whole.roles.map((x) => x.value));
      expect(m.stages[1]?.roles.map((x) => x.value)).toEqual(whole.roles.map((x) => x.value));
    }
  });

  it('has no stage groups for scenarios whose stories name no stage', () => {
    const m = profileModel([ANN], {
      metas: [{ id: 's1_strategy', title: 'The strategy' }],
      learnerName: '',
      locale: 'en',
      s: strings('en'),
      r: resultStrings('en'),
    });
    expect(m.stages).toEqual([]);
  });
});
