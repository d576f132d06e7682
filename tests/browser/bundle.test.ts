import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** Deterministic budgets on the production build (timing lives in `npm run bench`). */
const DIST = path.resolve(import.meta.dirname, '../../dist');

function entryChunks(): { entry: string; preloaded: string[] } {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in dist/index.html');
  const preloaded = [...html.matchAll(/rel="modulepreload"[^>]*href="\.?\/?([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  return { entry, preloaded };
}

const gz = (file: string) => gzipSync(fs.readFileSync(path.join(DIST, file))).length;

describe('production bundle', () => {
  it('keeps the first download small: Phaser and the stories load later', () => {
    const { entry, preloaded } = entryChunks();
    const first = [entry, ...preloaded];
    const total = first.reduce((sum, f) => sum + gz(f), 0);
    console.log(`first download: ${(total / 1024).toFixed(1)} KB gzipped (${first.join(', ')})`);
    // 110 KB until issue 15: phone votes joined the classroom session, which is saved state and so
    // loads with the store (the room link, its client, QR encoder and join card load on use).
    expect(total).toBeLessThan(112 * 1024);
    for (const f of first) expect(fs.readFileSync(path.join(DIST, f), 'utf8')).not.toContain('Phaser.Game');
  });

  it('keeps the Ink compiler out of the game: only the worker that opens a file has it', () => {
    const assets = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    const withCompiler = assets.filter((f) =>
      /InkParser|CompilerOptions/.test(fs.readFileSync(path.join(DIST, 'assets', f), 'utf8')),
    );
    expect(withCompiler).toHaveLength(1);
    expect(withCompiler[0]).toMatch(/^story-worker-/);
  });

  it('ships every story as precompiled JSON with its points possible', () => {
    const stories = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => /^s\d_.*\.js$/.test(f));
    expect(stories.length).toBeGreaterThanOrEqual(1);
    for (const f of stories) {
      const code = fs.readFileSync(path.join(DIST, 'assets', f), 'utf8');
      expect(code).toContain('inkVersion');
      expect(code).toMatch(/possible:\{S:\d+/);
    }
  });

  it('ships only the Phaser the stage uses, in a chunk of its own', () => {
    const phaser = fs.readdirSync(path.join(DIST, 'assets')).find((f) => f.startsWith('phaser-'));
    expect(phaser).toBeDefined();
    if (!phaser) return;
    // the whole of Phaser is 357 KB gzipped; the lite build (src/stage/phaser/) about half that
    const size = gz(`assets/${phaser}`);
    console.log(`Phaser chunk: ${(size / 1024).toFixed(1)} KB gzipped`);
    expect(size).toBeLessThan(200 * 1024);
    const code = fs.readFileSync(path.join(DIST, 'assets', phaser), 'utf8');
    for (const absent of [
      'ArcadePhysics',
      'MatterPhysics',
      'WebAudioSoundManager',
      'LoaderPlugin',
      'phaser3spectorjs',
    ])
      expect(code, absent).not.toContain(absent);
  });

  it('paints the art in a worker of its own', () => {
    const assets = fs.readdirSync(path.join(DIST, 'assets'));
    const worker = assets.find((f) => f.startsWith('art-worker-') && f.endsWith('.js'));
    expect(worker).toBeDefined();
    if (worker)
      expect(fs.readFileSync(path.join(DIST, 'assets', worker), 'utf8')).toContain('transferToImageBitmap');
  });
});
