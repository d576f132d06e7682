import { includes, MOOD_IDS } from '../narrative/vocabulary.ts';
import type { MoodId, StageView } from './stage-seam.ts';
import type { GameState } from './store.ts';

/** What the Phaser stage should show for a game state. Pure: the stage holds no rules. */
export function toStageView(state: GameState, reducedMotion: boolean): StageView {
  const screen =
    state.screen === 'prologue'
      ? 'title'
      : state.screen === 'play' || state.screen === 'debrief' || state.screen === 'title'
        ? state.screen
        : 'menu';
  const inStory = screen === 'play' || screen === 'debrief';
  const mood: MoodId = includes(MOOD_IDS, state.stage.mood) ? state.stage.mood : 'neutral';
  return {
    setting: inStory ? state.stage.scene : null,
    speaker: screen === 'play' ? state.stage.onStage : null,
    mood,
    screen,
    ending: screen === 'debrief' ? (state.snapshot?.ending ?? null) : null,
    reducedMotion,
  };
}

const MUSIC_BY_SETTING: Record<string, string> = {
  tianyu_office: 'office',
  opco_office: 'office',
  finance_room: 'office',
  corridor: 'office',
  cafe: 'office',
  video_call: 'office',
  meridian_boardroom: 'boardroom',
  joint_lab: 'boardroom',
  network_ops: 'tension',
  airport: 'night',
};

/** The music a state calls for: the story's `# music:` tag wins, else the setting's family. */
export function musicFor(state: GameState): string {
  if (state.screen === 'debrief') return 'off';
  if (state.screen !== 'play') return 'boardroom';
  const tagged = state.stage.music;
  if (tagged) return tagged;
  return MUSIC_BY_SETTING[state.stage.scene ?? ''] ?? 'office';
}
