import type { StoryLine } from '../narrative/engine.ts';

/** Who stands on stage: the last person other than Wu Di who spoke in this setting. */
export interface StageState {
  scene: string | null;
  music: string | null;
  onStage: string | null;
  mood: string;
}

export const PLAYER_ID = 'wudi';

export const EMPTY_STAGE: StageState = { scene: null, music: null, onStage: null, mood: 'neutral' };

export function nextStage(
  prev: StageState,
  line: StoryLine | null,
  context: { scene: string | null; music: string | null },
): StageState {
  const sceneChanged = context.scene !== prev.scene;
  let onStage = sceneChanged ? null : prev.onStage;
  let mood = sceneChanged ? 'neutral' : prev.mood;
  if (line?.speaker && line.speaker !== PLAYER_ID) {
    // Wu Di is the player's point of view; when he speaks the other person stays in view.
    if (line.speaker !== onStage) mood = 'neutral';
    onStage = line.speaker;
    if (line.mood) mood = line.mood;
  }
  return { scene: context.scene, music: context.music, onStage, mood };
}
