/**
 * Backdrop painters by id. Every painter draws a full 1920x1080 frame exactly once into a
 * canvas; the stage uploads it as a texture and never redraws it.
 */
import { STAGE_HEIGHT, STAGE_WIDTH } from '../../layout';
import type { BackdropId } from '../../settings';
import { type Ctx, makeSurface } from '../paint';
import { paintAirport } from './airport';
import { paintBoardroom } from './boardroom';
import { paintCafe } from './cafe';
import { paintCorridor } from './corridor';
import { paintFinanceRoom } from './financeRoom';
import { paintJointLab } from './jointLab';
import { paintNetworkOps } from './networkOps';
import { paintNeutral } from './neutral';
import { paintOpcoOffice } from './opcoOffice';
import { paintTianyuOffice } from './tianyuOffice';
import { paintTitle } from './title';
import { paintVideoCall } from './videoCall';

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
