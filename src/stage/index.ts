/**
 * The Phaser stage: a full-window canvas behind the DOM UI that shows the setting and the
 * speaking character. It reads a StageSource and never changes game state; the DOM owns all
 * input and howler owns all audio.
 */
import * as Phaser from 'phaser';
import { type ArtPainter, createPainter } from './art/painter.ts';
import { renderSizeFor, worthResizing } from './layout.ts';
import { css, PALETTE } from './palette.ts';
import { StageScene } from './StageScene.ts';
import { clearStatus, publishStatus, type StageStatus } from './status.ts';
import type { StageHandle, StageSource } from './types.ts';
import { isSoftwareRenderer, type RendererChoice } from './webgl-probe.ts';

export type { StageHandle, StageSource, StageView } from './types.ts';

function rendererName(type: number): string {
  return type === Phaser.WEBGL ? 'WebGL' : type === Phaser.CANVAS ? 'Canvas' : 'Headless';
}

/**
 * WebGL only where the browser says it runs well. A software WebGL (no GPU, or a blocked driver:
 * SwiftShader on the test machines and on some locked-down classroom laptops) makes the
 * compositor read every frame back, 50 to 200 ms each on two cores, where Canvas 2D draws this
 * stage's few textured quads in a few milliseconds. Asked of the painter, which does it off the
 * page's thread where it can: creating a WebGL context to ask is itself slow in software.
 */
export async function pickRenderer(choice: RendererChoice, painter: ArtPainter): Promise<number> {
  if (choice === 'webgl') return Phaser.WEBGL;
  if (choice === 'canvas') return Phaser.CANVAS;
  const webgl = await painter.probeWebGL().catch(() => null);
  return webgl === null || isSoftwareRenderer(webgl) ? Phaser.CANVAS : Phaser.WEBGL;
}

export interface StageOptions {
  renderer?: RendererChoice;
}

export async function startStage(
  parent: HTMLElement,
  source: StageSource,
  options: StageOptions = {},
): Promise<StageHandle> {
  const status: StageStatus = {
    renderer: 'pending',
    setting: null,
    speaker: null,
    mood: source.get().mood,
    drawn: false,
  };
  publishStatus(status);
  const painter = createPainter();

  // ENVELOP covers the whole window: the DOM panel is laid out against the window, so the stage
  // must fill it. At 16:9 nothing is cropped; on a 4:3 projector the sides are trimmed, which
  // the layout allows for (faces sit well inside the 4:3 band). The parent must clip the
  // overflow or the page would scroll.
  if (getComputedStyle(parent).overflow === 'visible') parent.style.overflow = 'hidden';

  const parentSize = (): { width: number; height: number } => {
    const rect = parent.getBoundingClientRect();
    // an unsized parent still gets a sensible canvas: fall back to the window
    const width = rect.width > 0 ? rect.width : window.innerWidth;
    const height = rect.height > 0 ? rect.height : window.innerHeight;
    return renderSizeFor(width, height, window.devicePixelRatio);
  };
  const initial = parentSize();

  let onReady: (scene: StageScene) => void = () => undefined;
  const ready = new Promise<StageScene>((resolve) => {
    onReady = resolve;
  });
  const g = new Phaser.Game({
    type: await pickRenderer(options.renderer ?? 'auto', painter),
    parent,
    width: initial.width,
    height: initial.height,
    backgroundColor: css(PALETTE.navyDeep),
    transparent: false,
    banner: false,
    // the game must never take focus from the DOM, whose buttons carry all the input
    autoFocus: false,
    disableContextMenu: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    render: {
      // Everything on screen is a few large textured quads. Multisampling buys nothing for them,
      // and one texture unit per draw keeps the batch shader from sampling every bound unit per
      // pixel, which a software renderer (the test machines' SwiftShader) pays for in full.
      antialias: true,
      antialiasGL: false,
      roundPixels: false,
      powerPreference: 'low-power',
      maxTextures: 1,
    },
    scale: {
      mode: Phaser.Scale.ENVELOP,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: initial.width,
      height: initial.height,
    },
    scene: [new StageScene(source, status, painter, (s) => onReady(s))],
  });
  // a renderer that never comes up must not leave the caller waiting: the DOM game plays on
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error('The stage did not start within 30 s')), 30_000);
  });
  let scene: StageScene | null;
  try {
    scene = await Promise.race([ready, timeout]);
  } catch (error) {
    g.destroy(true);
    if (!g.loop.running) g.loop.wake();
    painter.dispose();
    clearStatus(status);
    throw error;
  }

  g.canvas.style.pointerEvents = 'none';
  g.canvas.setAttribute('aria-hidden', 'true');
  g.canvas.tabIndex = -1;
  status.renderer = rendererName(g.renderer.type);

  // the loop sleeps when nothing changes, so wake it for anything that needs a fresh frame;
  // a real change of size also re-sizes the canvas, so it never renders more pixels than shown
  const wake = (): void => {
    if (scene === null) return;
    const next = parentSize();
    if (worthResizing(g.scale.width, next.width)) g.scale.setGameSize(next.width, next.height);
    scene.wake(200);
  };
  const onVisibility = (): void => {
    if (document.visibilityState === 'visible') wake();
  };
  window.addEventListener('resize', wake);
  document.addEventListener('visibilitychange', onVisibility);
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(wake) : null;
  observer?.observe(parent);
  g.canvas.addEventListener('webglcontextrestored', wake);

  let destroyed = false;
  return {
    renderer: status.renderer,
    painter: painter.where,
    memory: () => scene?.memory() ?? { textures: 0, bytes: 0 },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      window.removeEventListener('resize', wake);
      document.removeEventListener('visibilitychange', onVisibility);
      observer?.disconnect();
      g.canvas.removeEventListener('webglcontextrestored', wake);
      scene = null;
      g.destroy(true);
      // Phaser tears down on its next step; a sleeping loop has no next step, so give it one
      if (!g.loop.running) g.loop.wake();
      clearStatus(status);
    },
  };
}
