/// <reference lib="webworker" />
/**
 * Paints backdrops and figures off the page's thread. A full-HD backdrop takes a software
 * renderer a hundred milliseconds or more; here that time is spent on another core while the
 * page keeps answering clicks. Each picture goes back as an ImageBitmap, moved, not copied.
 * It also answers which WebGL the browser has, since creating a context to ask costs the
 * thread that does it tens of milliseconds on a software renderer.
 */
import { probeWebGL } from '../webgl-probe.ts';
import { type ArtRequest, paintArt } from './requests.ts';

export type ArtJob = { id: number; request: ArtRequest } | { id: number; probe: true };

export type ArtReply =
  | { id: number; bitmap: ImageBitmap }
  | { id: number; webgl: string | null }
  | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ArtJob>) => {
  const job = event.data;
  try {
    if ('probe' in job) {
      scope.postMessage({ id: job.id, webgl: probeWebGL(new OffscreenCanvas(1, 1)) } satisfies ArtReply);
      return;
    }
    const canvas = paintArt(job.request);
    if (!(canvas instanceof OffscreenCanvas)) throw new Error('the worker painted on a page canvas');
    const bitmap = canvas.transferToImageBitmap();
    scope.postMessage({ id: job.id, bitmap } satisfies ArtReply, [bitmap]);
  } catch (error) {
    scope.postMessage({
      id: job.id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies ArtReply);
  }
};
