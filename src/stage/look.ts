/**
 * Turns a StageView (what the game says) into a StageLook (what the stage should show), and
 * diffs two looks into the transitions to play. Pure module with no Phaser import, so the
 * rules for title, menu, debrief and unknown ids are unit-tested in isolation.
 */
import { MOOD_IDS } from '../narrative/vocabulary.ts';
import { PALETTE } from './palette.ts';
import { type BackdropId, backdropFor, TITLE_BACKDROP } from './settings.ts';
import type { MoodId, StageView } from './types.ts';

export { MOOD_IDS };

export function isMoodId(value: string): value is MoodId {
  return (MOOD_IDS as readonly string[]).includes(value);
}

/** The player is never drawn on stage: Wu Di lives in the DOM panel. */
export const PLAYER_ID = 'wudi';

export type Wash = 'none' | 'warm' | 'neutral' | 'cool';

export interface FigureLook {
  id: string;
  mood: MoodId;
}

export interface StageLook {
  backdrop: BackdropId;
  figure: FigureLook | null;
  /** 0..1: how much the whole stage is darkened behind DOM screens */
  dim: number;
  wash: Wash;
}

export function normaliseSpeaker(speaker: string | null): string | null {
  if (speaker === null) return null;
  const id = speaker.trim().toLowerCase();
  if (id === '' || id === PLAYER_ID) return null;
  return id;
}

/** Remember the last real setting so the debrief can show where the story ended. */
export function rememberSetting(view: StageView, last: string | null): string | null {
  return view.setting ?? last;
}

export function resolveLook(view: StageView, lastSetting: string | null): StageLook {
  // a mood from a hand-edited story may be anything; a calm face is the safe reading
  const mood: MoodId = isMoodId(view.mood) ? view.mood : 'neutral';
  switch (view.screen) {
    case 'title':
      return { backdrop: TITLE_BACKDROP, figure: null, dim: 0.22, wash: 'none' };
    case 'menu':
      return { backdrop: TITLE_BACKDROP, figure: null, dim: 0.4, wash: 'none' };
    case 'debrief': {
      const setting = view.setting ?? lastSetting;
      const wash: Wash = view.ending === 'strong' ? 'warm' : view.ending === 'poor' ? 'cool' : 'neutral';
      return { backdrop: backdropFor(setting), figure: null, dim: DEBRIEF_DIM[wash], wash };
    }
    default: {
      const speaker = normaliseSpeaker(view.speaker);
      return {
        backdrop: backdropFor(view.setting),
        figure: speaker === null ? null : { id: speaker, mood },
        dim: 0,
        wash: 'none',
      };
    }
  }
}

/** A strong ending is allowed a little more light; a poor one sinks into the dark. */
const DEBRIEF_DIM: Record<Wash, number> = { none: 0.4, warm: 0.34, neutral: 0.42, cool: 0.55 };

export interface WashStyle {
  color: number;
  alpha: number;
  /** a warm ending is lit from within (an additive glow), the others are a flat veil of colour */
  glow: boolean;
}

/** Colour washes for the debrief: subtle enough that the DOM summary stays the focus. */
export function washStyle(wash: Wash): WashStyle {
  switch (wash) {
    case 'warm':
      return { color: PALETTE.amber, alpha: 0.17, glow: true };
    case 'cool':
      return { color: PALETTE.navyMid, alpha: 0.32, glow: false };
    case 'neutral':
      return { color: PALETTE.slate, alpha: 0.1, glow: false };
    default:
      return { color: PALETTE.navy, alpha: 0, glow: false };
  }
}

export type FigureChange = 'none' | 'enter' | 'exit' | 'swap' | 'mood';

export interface LookChange {
  backdrop: boolean;
  figure: FigureChange;
  overlay: boolean;
}

export function diffLook(previous: StageLook | null, next: StageLook): LookChange {
  const prevFigure = previous?.figure ?? null;
  const nextFigure = next.figure;
  let figure: FigureChange = 'none';
  if (prevFigure === null && nextFigure !== null) figure = 'enter';
  else if (prevFigure !== null && nextFigure === null) figure = 'exit';
  else if (prevFigure !== null && nextFigure !== null) {
    if (prevFigure.id !== nextFigure.id) figure = 'swap';
    else if (prevFigure.mood !== nextFigure.mood) figure = 'mood';
  }
  return {
    backdrop: previous === null || previous.backdrop !== next.backdrop,
    figure,
    overlay: previous === null || previous.dim !== next.dim || previous.wash !== next.wash,
  };
}

export function isQuiet(change: LookChange): boolean {
  return !change.backdrop && change.figure === 'none' && !change.overlay;
}

/** Timings in ms. Short and quiet, per the art direction. */
export const MOTION = {
  crossfade: 400,
  figureIn: 340,
  figureOut: 240,
  moodEase: 200,
  overlay: 400,
} as const;
