/**
 * Where the art gets painted: in a worker when the browser can paint offscreen (every current
 * browser), else on the page, one picture per task so input still gets through between them.
 * Either way a picture arrives as something the page can draw and Phaser can take as a texture.
 */
import { probeWebGL } from '../webgl-probe.ts';
import type { ArtJob, ArtReply } from './art-worker.ts';
import { type ArtRequest, paintArt } from './requests.ts';

/** A picture ready for the texture manager: a page canvas holding the painted pixels. */
export type ArtImage = HTMLCanvasElement;

export interface ArtPainter {
  paint(request: ArtRequest): Promise<ArtImage>;
  /** the WebGL the stage would get (see webgl-probe.ts), asked where the painting happens */
  probeWebGL(): Promise<string | null>;
  /** 'worker' or 'page': where the pixels are painted (the bench and tests report it) */
  readonly where: 'worker' | 'page';
  dispose(): void;
}

/** Hands a bitmap to a canvas without copying it: the canvas becomes the texture's source. */
function canvasFor(bitmap: ImageBitmap): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('bitmaprenderer');
  if (context === null) throw new Error('bitmaprenderer is not available');
  context.transferFromImageBitmap(bitmap);
  return canvas;
}

function workerPainter(): ArtPainter {
  const worker = new Worker(new URL('./art-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (reply: ArtReply) => void; reject: (error: Error) => void }>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<ArtReply>) => {
    const reply = event.data;
    const job = waiting.get(reply.id);
    if (job === undefined) return;
    waiting.delete(reply.id);
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve(reply);
  };
  const ask = (job: ArtJob): Promise<ArtReply> =>
    new Promise<ArtReply>((resolve, reject) => {
      waiting.set(job.id, { resolve, reject });
      worker.postMessage(job);
    });
  worker.onerror = (event) => {
    for (const job of waiting.values()) job.reject(new Error(`art worker failed: ${event.message}`));
    waiting.clear();
  };
  return {
    where: 'worker',
    async paint(request) {
      const reply = await ask({ id: next++, request });
      if (!('bitmap' in reply)) throw new Error('the art worker sent no picture');
      return canvasFor(reply.bitmap);
    },
    async probeWebGL() {
      const reply = await ask({ id: next++, probe: true });
      return 'webgl' in reply ? reply.webgl : null;
    },
    dispose() {
      worker.terminate();
      for (const job of waiting.values()) job.reject(new Error('the stage was closed'));
      waiting.clear();
    },
  };
}

function pagePainter(): ArtPainter {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    where: 'page',
    paint(request) {
      // one picture per task, in order: a click between two paintings is answered in between
      const job = queue.then(
        () =>
          new Promise<ArtImage>((resolve, reject) =>
            setTimeout(() => {
              try {
                const canvas = paintArt(request);
                if (!(canvas instanceof HTMLCanvasElement)) throw new Error('painted offscreen on the page');
                resolve(canvas);
              } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
              }
            }, 0),
          ),
      );
      queue = job.catch(() => undefined);
      return job;
    },
    async probeWebGL() {
      return probeWebGL(document.createElement('canvas'));
    },
    dispose() {},
  };
}

export function createPainter(): ArtPainter {
  const offscreen =
    typeof Worker === 'function' &&
    typeof OffscreenCanvas === 'function' &&
    typeof ImageBitmapRenderingContext === 'function';
  return offscreen ? workerPainter() : pagePainter();
}
