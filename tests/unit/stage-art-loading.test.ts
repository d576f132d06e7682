import fs from 'node:fs';
import path from 'node:path';
import type * as Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { liteDeviceCheck, PHASER_FLAGS, replacePhaserFlags } from '../../scripts/vite-plugin-phaser.ts';
import { ArtLibrary } from '../../src/stage/art/library.ts';
import type { ArtImage, ArtPainter } from '../../src/stage/art/painter.ts';
import { type ArtRequest, artKey } from '../../src/stage/art/requests.ts';
import { CAST_IDS } from '../../src/stage/cast.ts';
import { MOOD_IDS } from '../../src/stage/look.ts';
import { ALL_BACKDROPS } from '../../src/stage/settings.ts';
import { isSoftwareRenderer } from '../../src/stage/webgl-probe.ts';

describe('which WebGL counts as software', () => {
  it.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'Google SwiftShader',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Microsoft Basic Render Driver',
  ])('%s runs on the CPU: the stage uses Canvas', (name) => {
    expect(isSoftwareRenderer(name)).toBe(true);
  });

  it.each([
    'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
    'ANGLE (NVIDIA, NVIDIA GeForce GTX 1050 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'Apple M1',
    'WebKit WebGL',
  ])('%s is a GPU: the stage uses WebGL', (name) => {
    expect(isSoftwareRenderer(name)).toBe(false);
  });
});

describe("the lite Phaser's build flags", () => {
  const phaserSource = (file: string) =>
    fs.readFileSync(path.resolve(import.meta.dirname, '../../node_modules/phaser/src', file), 'utf8');

  it('turns every flag Phaser tests into a constant, in every source file that tests one', () => {
    const root = path.resolve(import.meta.dirname, '../../node_modules/phaser/src');
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'));
    let flagged = 0;
    for (const file of files) {
      const code = fs.readFileSync(path.join(root, file), 'utf8');
      const out = replacePhaserFlags(code);
      if (out !== code) flagged++;
      for (const flag of Object.keys(PHASER_FLAGS)) expect(out).not.toContain(`typeof ${flag}`);
    }
    // the renderers, game objects and plugins: a handful would mean the flags were renamed
    expect(flagged).toBeGreaterThan(40);
  });

  it('keeps both renderers and drops the debugger and the Facebook plugin', () => {
    const create = replacePhaserFlags(phaserSource('core/CreateRenderer.js'));
    expect(create).toContain('if (true && true)');
    const webgl = replacePhaserFlags(phaserSource('renderer/webgl/WebGLRenderer.js'));
    expect(webgl).toMatch(/if \(false\)\s*\{\s*var SPECTOR = require\('phaser3spectorjs'\)/);
    expect(replacePhaserFlags(phaserSource('plugins/DefaultPlugins.js'))).toMatch(
      /if \(false\)\s*\{\s*DefaultPlugins\.Global\.push\('facebook'\)/,
    );
  });

  it("replaces Phaser's load-time WebGL context with a presence check", () => {
    const original = phaserSource('device/Features.js');
    expect(original).toContain('Features.webGL = testWebGL();');
    const lite = liteDeviceCheck(original);
    expect(lite).not.toContain('Features.webGL = testWebGL();');
    expect(lite).toContain("Features.webGL = !!window['WebGLRenderingContext']");
  });
});

/** A texture manager that records what the library adds and removes. */
function fakeTextures() {
  const keys = new Set<string>();
  const removed: string[] = [];
  const manager = {
    exists: (key: string) => keys.has(key),
    addImage: (key: string) => {
      keys.add(key);
      return null;
    },
    remove: (key: string) => {
      keys.delete(key);
      removed.push(key);
      return manager;
    },
  };
  return { keys, removed, manager: manager as unknown as Phaser.Textures.TextureManager };
}

/** A painter whose pictures arrive when the test says so. */
function fakePainter() {
  const jobs: { request: ArtRequest; resolve: (image: ArtImage) => void }[] = [];
  let disposed = false;
  const painter: ArtPainter = {
    where: 'page',
    paint: (request) => new Promise<ArtImage>((resolve) => jobs.push({ request, resolve })),
    probeWebGL: async () => null,
    dispose: () => {
      disposed = true;
    },
  };
  const picture = (width: number, height: number) => ({ width, height }) as unknown as ArtImage;
  const finish = (index = 0) => {
    const job = jobs.splice(index, 1)[0];
    const size = job?.request.kind === 'backdrop' ? picture(1920, 1080) : picture(640, 900);
    job?.resolve(size);
  };
  return { painter, jobs, finish, isDisposed: () => disposed };
}

const backdrop = (
  id: 'cafe' | 'airport' | 'corridor' | 'joint_lab' | 'video_call' | 'finance_room',
): ArtRequest => ({
  kind: 'backdrop',
  id,
});

describe('ArtLibrary', () => {
  it('paints a picture once however often it is asked for while being painted', async () => {
    const textures = fakeTextures();
    const paint = fakePainter();
    const library = new ArtLibrary(textures.manager, paint.painter, () => new Set());
    const first = library.ready([backdrop('cafe')]);
    const second = library.ready([backdrop('cafe'), { kind: 'figure', castId: 'eleanor', mood: 'pleased' }]);
    expect(paint.jobs.map((j) => artKey(j.request))).toEqual(['stage-bg:cafe', 'stage-fig:eleanor:pleased']);
    expect(library.has(backdrop('cafe'))).toBe(false);
    paint.finish();
    expect(await first).toEqual(['stage-bg:cafe']);
    expect(library.has(backdrop('cafe'))).toBe(true);
    paint.finish();
    expect(await second).toEqual(['stage-bg:cafe', 'stage-fig:eleanor:pleased']);
    expect(library.memory()).toEqual({ textures: 2, bytes: 1920 * 1080 * 4 + 640 * 900 * 4 });
  });

  it('keeps backdrops within budget, never dropping one on screen', async () => {
    const textures = fakeTextures();
    const paint = fakePainter();
    const library = new ArtLibrary(textures.manager, paint.painter, () => new Set(['stage-bg:cafe']));
    for (const id of ['cafe', 'airport', 'corridor', 'joint_lab', 'video_call', 'finance_room'] as const) {
      const ready = library.ready([backdrop(id)]);
      paint.finish();
      await ready;
    }
    expect(textures.removed).toEqual(['stage-bg:airport', 'stage-bg:corridor']);
    expect(textures.keys.has('stage-bg:cafe')).toBe(true);
    expect(library.memory().textures).toBe(4);
  });

  it('adds nothing that arrives after the stage has closed', async () => {
    const textures = fakeTextures();
    const paint = fakePainter();
    const library = new ArtLibrary(textures.manager, paint.painter, () => new Set());
    const ready = library.ready([backdrop('airport')]);
    library.dispose();
    expect(paint.isDisposed()).toBe(true);
    paint.finish();
    await ready;
    expect(textures.keys.size).toBe(0);
    expect(library.memory()).toEqual({ textures: 0, bytes: 0 });
  });

  it('holds every setting and every face of the cast within the 70 MB texture budget', async () => {
    const textures = fakeTextures();
    const paint = fakePainter();
    const library = new ArtLibrary(textures.manager, paint.painter, () => new Set());
    const requests: ArtRequest[] = [
      ...ALL_BACKDROPS.map((id): ArtRequest => ({ kind: 'backdrop', id })),
      ...CAST_IDS.flatMap((castId) => MOOD_IDS.map((mood): ArtRequest => ({ kind: 'figure', castId, mood }))),
    ];
    let most = 0;
    for (const request of requests) {
      const ready = library.ready([request]);
      paint.finish();
      await ready;
      most = Math.max(most, library.memory().bytes);
    }
    expect(requests.length).toBeGreaterThan(60);
    // 4 backdrops of 1920x1080 and 14 figures of 640x900, 4 bytes a pixel: 65.4 MB at most
    expect(most).toBeLessThanOrEqual(70 * 1024 * 1024);
    expect(library.memory().textures).toBe(18);
  });
});
