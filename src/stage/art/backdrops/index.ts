/**
 * Backdrop painters by id. Every painter draws a full 1920x1080 frame exactly once into a
 * canvas; the stage uploads it as a texture and never redraws it.
 */
import { STAGE_HEIGHT, STAGE_WIDTH } from '../../layout.ts';
import type { BackdropId } from '../../settings.ts';
import { type Ctx, makeSurface } from '../paint.ts';
import { paintAirport } from './airport.ts';
import { paintBoardroom } from './boardroom.ts';
import { paintCafe } from './cafe.ts';
import { paintCorridor } from './corridor.ts';
import { paintFinanceRoom } from './financeRoom.ts';
import { paintJointLab } from './jointLab.ts';
import { paintNetworkOps } from './networkOps.ts';
import { paintNeutral } from './neutral.ts';
import { paintOpcoOffice } from './opcoOffice.ts';
import { paintTianyuOffice } from './tianyuOffice.ts';
import { paintTitle } from './title.ts';
import { paintVideoCall } from './videoCall.ts';

type Painter = (ctx: Ctx, w: number, h: number) => void;

const PAINTERS: Record<BackdropId, Painter> = {
  tianyu_office: paintTianyuOffice,
  meridian_boardroom: paintBoardroom,
  video_call: paintVideoCall,
  opco_office: paintOpcoOffice,
  network_ops: paintNetworkOps,
  finance_room: paintFinanceRoom,
  corridor: paintCorridor,
  cafe: paintCafe,
  airport: paintAirport,
  joint_lab: paintJointLab,
  _title: paintTitle,
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
