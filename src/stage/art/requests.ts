/**
 * What the stage asks the painters for, and the one function that paints it. Pure of Phaser and
 * of the page, so the same code paints in the art worker and, where there is none, on the page.
 */
import { figureTextureKey, poseFor, specFor } from '../cast.ts';
import { type BackdropId, backdropTextureKey } from '../settings.ts';
import type { MoodId } from '../types.ts';
import { paintBackdrop } from './backdrops/index.ts';
import { paintFigure } from './figure.ts';
import type { ArtCanvas } from './paint.ts';

export type ArtRequest =
  | { kind: 'backdrop'; id: BackdropId }
  | { kind: 'figure'; castId: string; mood: MoodId };

/** The texture key a request ends up under: one texture per backdrop, one per (cast id, mood). */
export function artKey(request: ArtRequest): string {
  return request.kind === 'backdrop'
    ? backdropTextureKey(request.id)
    : figureTextureKey(request.castId, request.mood);
}

export function paintArt(request: ArtRequest): ArtCanvas {
  return request.kind === 'backdrop'
    ? paintBackdrop(request.id)
    : paintFigure(specFor(request.castId), poseFor(request.mood));
}
