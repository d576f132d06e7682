/**
 * Keeps the painted art as textures in Phaser's texture manager, within a budget. Pictures are
 * painted on request by an ArtPainter (in a worker where the browser can), so asking for art
 * is asynchronous: `ready` resolves once every requested texture exists. Each backdrop is
 * painted once per id and each figure once per (cast id, mood), and reused until evicted.
 */
import type * as Phaser from 'phaser';
import { TextureBudget } from '../textureBudget.ts';
import type { ArtImage, ArtPainter } from './painter.ts';
import { type ArtRequest, artKey } from './requests.ts';

/** Two backdrops on screen during a crossfade, plus the title and one spare. */
const BACKDROP_BUDGET = 4;
/** A speaker swap with a mood change can show four figure textures at once. */
const FIGURE_BUDGET = 14;

export interface ArtMemory {
  /** textures the library holds */
  textures: number;
  /** their pixels, 4 bytes each: what they take in memory (and again on the GPU under WebGL) */
  bytes: number;
}

export class ArtLibrary {
  private readonly backdrops = new TextureBudget(BACKDROP_BUDGET);
  private readonly figures = new TextureBudget(FIGURE_BUDGET);
  /** pictures being painted, by key: a second request for the same one waits on the first */
  private readonly painting = new Map<string, Promise<void>>();
  private readonly sizes = new Map<string, number>();
  private disposed = false;

  constructor(
    private readonly textures: Phaser.Textures.TextureManager,
    private readonly painter: ArtPainter,
    /** keys of the textures on screen now, which are never evicted */
    private readonly onScreen: () => ReadonlySet<string>,
  ) {}

  has(request: ArtRequest): boolean {
    return this.textures.exists(artKey(request));
  }

  /** Resolves when every request has a texture; the key of each, in order. */
  async ready(requests: readonly ArtRequest[]): Promise<string[]> {
    await Promise.all(requests.map((request) => this.load(request)));
    return requests.map((request) => this.use(request));
  }

  /** Marks a texture as just used, so the budget evicts others first. Returns its key. */
  use(request: ArtRequest): string {
    const key = artKey(request);
    const budget = request.kind === 'backdrop' ? this.backdrops : this.figures;
    this.evict(budget.touch(key, this.onScreen()));
    return key;
  }

  memory(): ArtMemory {
    let bytes = 0;
    for (const size of this.sizes.values()) bytes += size;
    return { textures: this.sizes.size, bytes };
  }

  dispose(): void {
    this.disposed = true;
    this.painter.dispose();
    this.sizes.clear();
  }

  private load(request: ArtRequest): Promise<void> {
    const key = artKey(request);
    if (this.textures.exists(key)) return Promise.resolve();
    let job = this.painting.get(key);
    if (job === undefined) {
      job = this.painter
        .paint(request)
        .then((image) => this.add(request, image))
        .finally(() => this.painting.delete(key));
      this.painting.set(key, job);
    }
    return job;
  }

  private add(request: ArtRequest, image: ArtImage): void {
    const key = artKey(request);
    if (this.disposed || this.textures.exists(key)) return;
    // Phaser's addCanvas reads every pixel back into an array it never needs here (a full-HD
    // backdrop costs over 100 ms in a software renderer); as an image source the canvas is
    // drawn or uploaded as it is. The typings ask for an image element; any canvas source works.
    this.textures.addImage(key, image as unknown as HTMLImageElement);
    this.sizes.set(key, image.width * image.height * 4);
    // counted at once, so a picture asked for and then not needed still falls within the budget
    this.use(request);
  }

  private evict(keys: readonly string[]): void {
    for (const key of keys) {
      if (this.textures.exists(key)) this.textures.remove(key);
      this.sizes.delete(key);
    }
  }
}
