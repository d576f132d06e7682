/**
 * Paints the art the first frame needs (the opening backdrop and figure) before the stage
 * scene starts, so the stage never opens on an empty frame.
 */
import * as Phaser from 'phaser';
import { ArtLibrary } from './art/library.ts';
import { resolveLook } from './look.ts';
import type { StageSource } from './types.ts';

export const BOOT_SCENE_KEY = 'stage-boot';

export class BootScene extends Phaser.Scene {
  constructor(
    private readonly source: StageSource,
    private readonly nextScene: string,
  ) {
    super({ key: BOOT_SCENE_KEY });
  }

  create(): void {
    const library = ArtLibrary.for(this.textures);
    const look = resolveLook(this.source.get(), null);
    const none = new Set<string>();
    library.backdrop(look.backdrop, none);
    if (look.figure !== null) library.figure(look.figure.id, look.figure.mood, none);
    this.scene.start(this.nextScene);
  }
}
