/**
 * Backdrops by id. Every backdrop paints a full 1920x1080 frame exactly once into a canvas; the
 * stage uploads it as a texture and never redraws it.
 */
import { STAGE_HEIGHT, STAGE_WIDTH } from '../../layout.ts';
import type { BackdropId } from '../../settings.ts';
import { type ArtCanvas, makeSurface } from '../paint.ts';
import { airport } from './airport.ts';
import { type Backdrop, paintScene } from './backdrop.ts';
import { boardroom } from './boardroom.ts';
import { cafe } from './cafe.ts';
import { corridor } from './corridor.ts';
import { financeRoom } from './financeRoom.ts';
import { jointLab } from './jointLab.ts';
import { networkOps } from './networkOps.ts';
import { neutral } from './neutral.ts';
import { opcoOffice } from './opcoOffice.ts';
import { tianyuOffice } from './tianyuOffice.ts';
import { title } from './title.ts';
import { videoCall } from './videoCall.ts';

const BACKDROPS: Record<BackdropId, Backdrop> = {
  tianyu_office: tianyuOffice,
  meridian_boardroom: boardroom,
  video_call: videoCall,
  opco_office: opcoOffice,
  network_ops: networkOps,
  finance_room: financeRoom,
  corridor,
  cafe,
  airport,
  joint_lab: jointLab,
  _title: title,
  _neutral: neutral,
};

export function paintBackdrop(id: BackdropId): ArtCanvas {
  const surface = makeSurface(STAGE_WIDTH, STAGE_HEIGHT);
  try {
    paintScene(surface.ctx, STAGE_WIDTH, STAGE_HEIGHT, BACKDROPS[id]);
  } catch (error) {
    // a bug in one painting must not take the classroom session down with it
    console.warn(`[stage] backdrop ${id} failed to paint; using the neutral one`, error);
    const fallback = makeSurface(STAGE_WIDTH, STAGE_HEIGHT);
    paintScene(fallback.ctx, STAGE_WIDTH, STAGE_HEIGHT, neutral);
    return fallback.canvas;
  }
  return surface.canvas;
}
