import { describe, expect, it } from 'vitest';
import {
  diffLook,
  isQuiet,
  MOOD_IDS,
  normaliseSpeaker,
  rememberSetting,
  resolveLook,
  type StageLook,
  washStyle,
} from '../../src/stage/look.ts';
import { NEUTRAL_BACKDROP, TITLE_BACKDROP } from '../../src/stage/settings.ts';
import type { StageView } from '../../src/stage/types.ts';

const base: StageView = {
  setting: 'tianyu_office',
  speaker: 'zhaolin',
  mood: 'neutral',
  screen: 'play',
  ending: null,
  reducedMotion: false,
};

function view(patch: Partial<StageView>): StageView {
  return { ...base, ...patch };
}

describe('resolveLook', () => {
  it('shows the setting and the speaker during play', () => {
    expect(resolveLook(base, null)).toEqual({
      backdrop: 'tianyu_office',
      figure: { id: 'zhaolin', mood: 'neutral' },
      dim: 0,
      wash: 'none',
    });
  });

  it('never puts the player on stage', () => {
    expect(resolveLook(view({ speaker: 'wudi' }), null).figure).toBeNull();
    expect(resolveLook(view({ speaker: ' WuDi ' }), null).figure).toBeNull();
  });

  it('shows no figure for narration', () => {
    expect(resolveLook(view({ speaker: null }), null).figure).toBeNull();
    expect(resolveLook(view({ speaker: '' }), null).figure).toBeNull();
  });

  it('falls back to the neutral backdrop for an unknown setting', () => {
    expect(resolveLook(view({ setting: 'moon_base' }), null).backdrop).toBe(NEUTRAL_BACKDROP);
  });

  it('keeps an unknown speaker on stage (drawn as the generic figure)', () => {
    expect(resolveLook(view({ speaker: 'visitor' }), null).figure).toEqual({
      id: 'visitor',
      mood: 'neutral',
    });
  });

  it('treats an unexpected mood as neutral', () => {
    const odd = { ...base, mood: 'furious' } as unknown as StageView;
    expect(resolveLook(odd, null).figure?.mood).toBe('neutral');
  });

  it('uses the dimmed title backdrop and no figure on title and menu', () => {
    const title = resolveLook(view({ screen: 'title' }), null);
    const menu = resolveLook(view({ screen: 'menu' }), 'cafe');
    for (const look of [title, menu]) {
      expect(look.backdrop).toBe(TITLE_BACKDROP);
      expect(look.figure).toBeNull();
      expect(look.dim).toBeGreaterThan(0);
    }
    expect(menu.dim).toBeGreaterThan(title.dim);
  });

  it('uses the title backdrop when play has no setting yet', () => {
    expect(resolveLook(view({ setting: null, speaker: null }), null).backdrop).toBe(TITLE_BACKDROP);
  });

  it('shows the last setting on the debrief, dimmed and washed by the ending', () => {
    const strong = resolveLook(view({ screen: 'debrief', setting: null, ending: 'strong' }), 'airport');
    const mixed = resolveLook(view({ screen: 'debrief', setting: null, ending: 'mixed' }), 'airport');
    const poor = resolveLook(view({ screen: 'debrief', setting: null, ending: 'poor' }), 'airport');
    expect(strong.backdrop).toBe('airport');
    expect(strong.figure).toBeNull();
    expect([strong.wash, mixed.wash, poor.wash]).toEqual(['warm', 'neutral', 'cool']);
    expect(poor.dim).toBeGreaterThan(mixed.dim);
    expect(mixed.dim).toBeGreaterThan(strong.dim);
    expect(strong.dim).toBeGreaterThan(0);
  });

  it('prefers the setting in the debrief view over the remembered one', () => {
    expect(resolveLook(view({ screen: 'debrief', setting: 'cafe', ending: null }), 'airport').backdrop).toBe(
      'cafe',
    );
  });

  it('shows the title backdrop on a debrief with no setting ever seen', () => {
    expect(resolveLook(view({ screen: 'debrief', setting: null }), null).backdrop).toBe(TITLE_BACKDROP);
  });
});

describe('rememberSetting', () => {
  it('keeps the last non-null setting', () => {
    let last: string | null = null;
    last = rememberSetting(view({ setting: 'cafe' }), last);
    last = rememberSetting(view({ setting: null }), last);
    expect(last).toBe('cafe');
    expect(rememberSetting(view({ setting: 'airport' }), last)).toBe('airport');
  });
});

describe('normaliseSpeaker', () => {
  it('trims and lowercases ids', () => {
    expect(normaliseSpeaker('  Eleanor ')).toBe('eleanor');
    expect(normaliseSpeaker(null)).toBeNull();
  });
});

describe('diffLook', () => {
  const look = (patch: Partial<StageLook>): StageLook => ({
    backdrop: 'cafe',
    figure: { id: 'priya', mood: 'neutral' },
    dim: 0,
    wash: 'none',
    ...patch,
  });

  it('reports everything as changed on the first look', () => {
    expect(diffLook(null, look({}))).toEqual({ backdrop: true, figure: 'enter', overlay: true });
  });

  it('tells enter, exit, swap and mood apart', () => {
    expect(diffLook(look({ figure: null }), look({})).figure).toBe('enter');
    expect(diffLook(look({}), look({ figure: null })).figure).toBe('exit');
    expect(diffLook(look({}), look({ figure: { id: 'kwame', mood: 'neutral' } })).figure).toBe('swap');
    expect(diffLook(look({}), look({ figure: { id: 'priya', mood: 'pleased' } })).figure).toBe('mood');
    expect(diffLook(look({}), look({ figure: { id: 'kwame', mood: 'pleased' } })).figure).toBe('swap');
  });

  it('is quiet when nothing visible changed', () => {
    expect(isQuiet(diffLook(look({}), look({})))).toBe(true);
    expect(isQuiet(diffLook(look({}), look({ backdrop: 'airport' })))).toBe(false);
    expect(diffLook(look({}), look({ dim: 0.4 })).overlay).toBe(true);
  });
});

describe('washStyle', () => {
  it('is invisible outside the debrief and subtle inside it', () => {
    expect(washStyle('none').alpha).toBe(0);
    for (const wash of ['warm', 'neutral', 'cool'] as const) {
      expect(washStyle(wash).alpha).toBeGreaterThan(0);
      expect(washStyle(wash).alpha).toBeLessThanOrEqual(0.35);
    }
  });
});

describe('MOOD_IDS', () => {
  it('lists the six moods of the seam', () => {
    expect([...MOOD_IDS].sort()).toEqual([
      'annoyed',
      'concerned',
      'neutral',
      'pleased',
      'surprised',
      'thinking',
    ]);
  });
});
