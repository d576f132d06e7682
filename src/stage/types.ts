/** What the stage shows is defined by the state side (state/stage-seam.ts); this is what it hands back. */
export type { MoodId, StageSource, StageView } from '../state/stage-seam.ts';

export interface StageHandle {
  /** 'WebGL' or 'Canvas': which Phaser renderer actually runs */
  readonly renderer: string;
  /** 'worker' or 'page': where the art is painted */
  readonly painter: string;
  /** the art's textures and the bytes their pixels take */
  memory(): { textures: number; bytes: number };
  destroy(): void;
}
