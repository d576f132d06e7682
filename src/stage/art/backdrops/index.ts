/**
 * Backdrop painters by id. Every painter draws a full 1920x1080 frame exactly once into a
 * canvas; the stage uploads it as a texture and never redraws it.
 */
import { STAGE_HEIGHT, STAGE_WIDTH } from '../../layout';
import type { BackdropId } from '../../settings';
import { type Ctx, makeSurface } from '../paint';
import { paintBoardroom } from './boardroom';
import { paintNeutral } from './neutral';
import { paintTianyuOffice } from './tianyuOffice';

type Painter = (ctx: Ctx, w: number, h: number) => void;

const PAINTERS: Record<BackdropId, Painter> = {
  tianyu_office: paintTianyuOffice,
  meridian_boardroom: paintBoardroom,
  video_call: paintNeutral,
  opco_office: paintNeutral,
  network_ops: paintNeutral,
  finance_room: paintNeutral,
  corridor: paintNeutral,
  cafe: paintNeutral,
  airport: paintNeutral,
  joint_lab: paintNeutral,
  _title: paintNeutral,
  _neutral: paintNeutral,
};

export function paintBackdrop(id: BackdropId): HTMLCanvasElement {
  const surface = makeSurface(STAGE_WIDTH, STAGE_HEIGHT);
  const painter = PAINTERS[id];
  try {
    painter(surface.ctx, STAGE_WIDTH, STAGE_HEIGHT);
  } catch (error) {
    // a bug in one painting must not take the classroom session down with it
    console.warn(`[stage] backdrop ${id} failed to paint; using the neutral one`, error);
    const fallback = makeSurface(STAGE_WIDTH, STAGE_HEIGHT);
    paintNeutral(fallback.ctx, STAGE_WIDTH, STAGE_HEIGHT);
    return fallback.canvas;
  }
  return surface.canvas;
}
