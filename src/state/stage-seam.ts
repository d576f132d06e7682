/**
 * The one seam between the game state and the Phaser stage. The stage only reads this view
 * and never changes game state; the state side owns its shape so rules never import the stage.
 */
import type { MOOD_IDS } from '../narrative/vocabulary.ts';

export type MoodId = (typeof MOOD_IDS)[number];

export interface StageView {
  /** setting id from the story's `# scene:` tag, or null for the title/menu backdrop */
  setting: string | null;
  /** cast id of the character on stage (never 'wudi', who is the player), or null */
  speaker: string | null;
  mood: MoodId;
  /** what kind of screen the DOM shows over the stage: the stage may dim or blur behind menus */
  screen: 'title' | 'menu' | 'play' | 'debrief';
  /** ending reached, for a mood-lit backdrop on the debrief */
  ending: 'strong' | 'mixed' | 'poor' | null;
  reducedMotion: boolean;
}

export interface StageSource {
  get(): StageView;
  subscribe(listener: (view: StageView, previous: StageView) => void): () => void;
}
