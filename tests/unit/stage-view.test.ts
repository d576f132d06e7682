import { describe, expect, it } from 'vitest';
import type { StoryLine } from '../../src/narrative/engine.ts';
import { ROOM_OFF } from '../../src/state/game-types.ts';
import { DEFAULT_SETTINGS } from '../../src/state/schema.ts';
import { EMPTY_STAGE, nextStage } from '../../src/state/stage-state.ts';
import { musicFor, toStageView } from '../../src/state/stage-view.ts';
import type { GameState } from '../../src/state/store.ts';

const line = (speaker: string | null, mood: string | null = null): StoryLine => ({
  text: 'x',
  speaker,
  mood,
  sfx: null,
  facilitator: null,
  ending: null,
  problems: [],
});
const ctx = (scene: string | null, music: string | null = null) => ({ scene, music });

describe('who is on stage', () => {
  it('shows the last speaker other than Wu Di, who is the point of view', () => {
    let stage = nextStage(EMPTY_STAGE, line('eleanor', 'annoyed'), ctx('meridian_boardroom'));
    expect(stage).toMatchObject({ onStage: 'eleanor', mood: 'annoyed' });
    stage = nextStage(stage, line('wudi'), ctx('meridian_boardroom'));
    expect(stage).toMatchObject({ onStage: 'eleanor', mood: 'annoyed' });
    stage = nextStage(stage, line(null), ctx('meridian_boardroom'));
    expect(stage.onStage).toBe('eleanor');
  });

  it('clears the stage on a change of setting and resets the mood for a new speaker', () => {
    let stage = nextStage(EMPTY_STAGE, line('eleanor', 'annoyed'), ctx('meridian_boardroom'));
    stage = nextStage(stage, line(null), ctx('corridor'));
    expect(stage).toMatchObject({ scene: 'corridor', onStage: null, mood: 'neutral' });
    stage = nextStage(stage, line('daniel'), ctx('corridor'));
    expect(stage).toMatchObject({ onStage: 'daniel', mood: 'neutral' });
  });
});

function state(patch: Partial<GameState>): GameState {
  return {
    settings: {
      ...DEFAULT_SETTINGS,
      locale: 'en',
      volume: 1,
      prologueSeen: true,
    },
    progress: {},
    runs: {},
    sessions: {},
    year: null,
    screen: 'play',
    scenario: null,
    step: null,
    snapshot: null,
    stage: { scene: 'network_ops', music: null, onStage: 'chenyu', mood: 'concerned' },
    notices: [],
    loading: false,
    returnTo: 'menu',
    returnVia: null,
    roomBlank: false,
    room: ROOM_OFF,
    selection: null,
    ...patch,
  };
}

describe('stage view and music', () => {
  it('maps the game state to what the stage draws', () => {
    expect(toStageView(state({}), true)).toEqual({
      setting: 'network_ops',
      speaker: 'chenyu',
      mood: 'concerned',
      screen: 'play',
      ending: null,
      reducedMotion: true,
    });
    expect(toStageView(state({ screen: 'menu' }), false)).toMatchObject({
      setting: null,
      speaker: null,
      screen: 'menu',
    });
    expect(toStageView(state({ stage: { ...EMPTY_STAGE, mood: 'furious' } }), false).mood).toBe('neutral');
  });

  it('plays the tagged music, else the setting family, and silence on the debrief', () => {
    expect(musicFor(state({}))).toBe('tension');
    expect(
      musicFor(state({ stage: { scene: 'network_ops', music: 'night', onStage: null, mood: 'neutral' } })),
    ).toBe('night');
    expect(musicFor(state({ screen: 'debrief' }))).toBe('off');
    expect(musicFor(state({ screen: 'title' }))).toBe('boardroom');
  });
});
