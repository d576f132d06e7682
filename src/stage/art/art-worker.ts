/// <reference lib="webworker" />
/**
 * Paints backdrops and figures off the page's thread. A full-HD backdrop takes a software
 * renderer a hundred milliseconds or more; here that time is spent on another core while the
 * page keeps answering clicks. Each picture goes back as an ImageBitmap, moved, not copied.
 */
import { type ArtRequest, paintArt } from './requests.ts';

export interface ArtJob {
  id: number;
  request: ArtRequest;
}

export type ArtReply = { id: number; bitmap: ImageBitmap } | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ArtJob>) => {
  const { id, request } = event.data;
  try {
    const canvas = paintArt(request);
    if (!(canvas instanceof OffscreenCanvas)) throw new Error('the worker painted on a page canvas');
    const bitmap = canvas.transferToImageBitmap();
    scope.postMessage({ id, bitmap } satisfies ArtReply, [bitmap]);
  } catch (error) {
    scope.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies ArtReply);
  }
};
