/**
 * Paints art on first use and keeps a bounded set of textures in Phaser's texture manager.
 * Backdrops and figures are each painted once per (id) or (cast id, mood) and reused until
 * evicted, so the renderer only ever draws a few textured quads per frame.
 */
import type * as Phaser from 'phaser';
import { figureTextureKey, poseFor, specFor } from '../cast.ts';
import { type BackdropId, backdropTextureKey } from '../settings.ts';
import { TextureBudget } from '../textureBudget.ts';
import type { MoodId } from '../types.ts';
import { paintBackdrop } from './backdrops/index.ts';
import { paintFigure } from './figure.ts';

/** Two backdrops on screen during a crossfade, plus the title and one spare. */
const BACKDROP_BUDGET = 4;
/** A speaker swap with a mood change can show four figure textures at once. */
const FIGURE_BUDGET = 14;

const libraries = new WeakMap<Phaser.Textures.TextureManager, ArtLibrary>();

export class ArtLibrary {
  private readonly backdrops = new TextureBudget(BACKDROP_BUDGET);
  private readonly figures = new TextureBudget(FIGURE_BUDGET);

  private constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  /** One library per game: both scenes share the texture manager, so they share this too. */
  static for(textures: Phaser.Textures.TextureManager): ArtLibrary {
    let library = libraries.get(textures);
    if (library === undefined) {
      library = new ArtLibrary(textures);
      libraries.set(textures, library);
    }
    return library;
  }

  /** Returns the texture key, painting the backdrop if it is not cached. */
  backdrop(id: BackdropId, onScreen: ReadonlySet<string>): string {
    const key = backdropTextureKey(id);
    if (!this.textures.exists(key)) this.textures.addCanvas(key, paintBackdrop(id));
    this.evict(this.backdrops.touch(key, onScreen));
    return key;
  }

  figure(castId: string, mood: MoodId, onScreen: ReadonlySet<string>): string {
    const key = figureTextureKey(castId, mood);
    if (!this.textures.exists(key)) this.textures.addCanvas(key, paintFigure(specFor(castId), poseFor(mood)));
    this.evict(this.figures.touch(key, onScreen));
    return key;
  }

  private evict(keys: readonly string[]): void {
    for (const key of keys) {
      if (this.textures.exists(key)) this.textures.remove(key);
    }
  }
}
