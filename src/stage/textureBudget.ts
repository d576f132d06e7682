/**
 * Decides which generated textures to drop. Every backdrop is 1920x1080 (about 8 MB on the GPU
 * and again in its source canvas), so only a few are kept; the rest are regenerated on demand.
 * Pure bookkeeping: the Phaser side does the actual removal.
 */
export class TextureBudget {
  private readonly order: string[] = [];

  constructor(private readonly capacity: number) {
    if (capacity < 1) throw new Error('TextureBudget needs room for at least one texture');
  }

  /** Record a use; returns keys to evict, never one in `pinned` (textures on screen). */
  touch(key: string, pinned: ReadonlySet<string> = new Set()): string[] {
    const at = this.order.indexOf(key);
    if (at >= 0) this.order.splice(at, 1);
    this.order.push(key);
    const evicted: string[] = [];
    let i = 0;
    while (this.order.length - evicted.length > this.capacity && i < this.order.length) {
      const candidate = this.order[i];
      if (candidate !== undefined && candidate !== key && !pinned.has(candidate)) evicted.push(candidate);
      i++;
    }
    for (const k of evicted) {
      const idx = this.order.indexOf(k);
      if (idx >= 0) this.order.splice(idx, 1);
    }
    return evicted;
  }

  has(key: string): boolean {
    return this.order.includes(key);
  }

  forget(key: string): void {
    const at = this.order.indexOf(key);
    if (at >= 0) this.order.splice(at, 1);
  }

  get size(): number {
    return this.order.length;
  }
}
