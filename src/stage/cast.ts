/**
 * How each cast member looks, and how each mood reads in face and posture. Pure data: the
 * painter in art/figure.ts turns a spec plus a pose into pixels. Keeping this separate lets
 * tests check that every cast id has a distinct silhouette recipe.
 */
import type { MoodId } from './types.ts';

export type HairStyle =
  | 'side_part'
  | 'bald_fringe'
  | 'slick_back'
  | 'wavy'
  | 'bun'
  | 'long'
  | 'textured'
  | 'crop'
  | 'curly'
  | 'bob'
  | 'bob_fringe'
  | 'quiff'
  | 'generic';

export type Outfit =
  | 'suit_tie'
  | 'suit_open'
  | 'blazer_blouse'
  | 'sweater_zip'
  | 'field_jacket'
  | 'turtleneck_jacket'
  | 'cardigan_blouse';

export type Glasses = 'none' | 'rect' | 'bold' | 'round';
export type FacialHair = 'none' | 'stubble' | 'beard';
export type Jaw = 'narrow' | 'medium' | 'broad';
export type Org = 'tianyu' | 'meridian' | 'nordvik' | 'unknown';

export interface CharacterSpec {
  id: string;
  org: Org;
  skin: number;
  hair: number;
  /** greying at the temples or a silver streak; same as hair when there is none */
  hairAccent: number;
  hairStyle: HairStyle;
  glasses: Glasses;
  glassesColor: number;
  facialHair: FacialHair;
  outfit: Outfit;
  jacket: number;
  shirt: number;
  tie: number | null;
  earrings: number | null;
  /** px; negative = taller, so the head sits higher on the stage */
  heightOffset: number;
  /** 1 = average shoulders */
  build: number;
  jaw: Jaw;
  lips: number;
  /** the generic figure is drawn with less facial detail on purpose */
  generic: boolean;
}

type SpecInput = Omit<
  CharacterSpec,
  'hairAccent' | 'glassesColor' | 'tie' | 'earrings' | 'lips' | 'generic'
> &
  Partial<Pick<CharacterSpec, 'hairAccent' | 'glassesColor' | 'tie' | 'earrings' | 'lips'>>;

function spec(input: SpecInput): CharacterSpec {
  return {
    hairAccent: input.hair,
    glassesColor: 0x23262d,
    tie: null,
    earrings: null,
    lips: 0xa8635a,
    generic: false,
    ...input,
  };
}

export const CAST: Readonly<Record<string, CharacterSpec>> = {
  // Regional president: tallish, greying temples, charcoal suit, Tianyu brick tie
  zhaolin: spec({
    id: 'zhaolin',
    org: 'tianyu',
    skin: 0xd9ad88,
    hair: 0x25252a,
    hairAccent: 0x8e9096,
    hairStyle: 'side_part',
    glasses: 'none',
    facialHair: 'none',
    outfit: 'suit_tie',
    jacket: 0x2e323b,
    shirt: 0xe9e6df,
    tie: 0x9a4030,
    heightOffset: -26,
    build: 1.06,
    jaw: 'broad',
    lips: 0x9c5f50,
  }),
  // Group CTO: silver bob, teal blazer
  eleanor: spec({
    id: 'eleanor',
    org: 'meridian',
    skin: 0xefd0bb,
    hair: 0xc9c6bf,
    hairAccent: 0xe4e1da,
    hairStyle: 'bob',
    glasses: 'none',
    facialHair: 'none',
    outfit: 'blazer_blouse',
    jacket: 0x2b6b6e,
    shirt: 0xe7e1d4,
    earrings: 0xe8e4da,
    heightOffset: 6,
    build: 0.9,
    jaw: 'narrow',
    lips: 0xb0645e,
  }),
  // Group CPO: very tall, bald crown, thin silver glasses, grey suit, navy tie
  daniel: spec({
    id: 'daniel',
    org: 'meridian',
    skin: 0xe8c2a6,
    hair: 0x8b7c6c,
    hairAccent: 0xa39a90,
    hairStyle: 'bald_fringe',
    glasses: 'rect',
    glassesColor: 0x8d949c,
    facialHair: 'none',
    outfit: 'suit_tie',
    jacket: 0x5b6371,
    shirt: 0xdbe4ee,
    tie: 0x22304d,
    heightOffset: -40,
    build: 1.02,
    jaw: 'broad',
  }),
  // Group CEO: slicked-back dark hair with silver, salt-and-pepper beard, navy suit, no tie
  rafael: spec({
    id: 'rafael',
    org: 'meridian',
    skin: 0xcc9c75,
    hair: 0x39322f,
    hairAccent: 0x9b9793,
    hairStyle: 'slick_back',
    glasses: 'none',
    facialHair: 'beard',
    outfit: 'suit_open',
    jacket: 0x1f2a45,
    shirt: 0xefece5,
    heightOffset: -22,
    build: 1.06,
    jaw: 'medium',
  }),
  // CTO Meridian India: wavy black hair, dark glasses, stone jacket, blue shirt
  arjun: spec({
    id: 'arjun',
    org: 'meridian',
    skin: 0xa66f4b,
    hair: 0x1b1919,
    hairStyle: 'wavy',
    glasses: 'rect',
    glassesColor: 0x1d1e22,
    facialHair: 'none',
    outfit: 'suit_open',
    jacket: 0xa39985,
    shirt: 0xa8c2da,
    heightOffset: -4,
    build: 1,
    jaw: 'medium',
    lips: 0x7e4a3c,
  }),
  // Solution lead: small, hair up in a bun, amber blazer (Tianyu warm)
  linxiao: spec({
    id: 'linxiao',
    org: 'tianyu',
    skin: 0xf0cfb0,
    hair: 0x1e1b1d,
    hairStyle: 'bun',
    glasses: 'none',
    facialHair: 'none',
    outfit: 'blazer_blouse',
    jacket: 0xc2873b,
    shirt: 0x2d313b,
    earrings: 0xd8b56a,
    heightOffset: 30,
    build: 0.86,
    jaw: 'narrow',
    lips: 0xb45f58,
  }),
  // Account manager India: long dark hair past the shoulders, plum blazer, gold earrings
  priya: spec({
    id: 'priya',
    org: 'tianyu',
    skin: 0xb07853,
    hair: 0x1d1617,
    hairStyle: 'long',
    glasses: 'none',
    facialHair: 'none',
    outfit: 'blazer_blouse',
    jacket: 0x6b3352,
    shirt: 0xe8dccb,
    earrings: 0xd9b160,
    heightOffset: 22,
    build: 0.88,
    jaw: 'narrow',
    lips: 0x8a4a44,
  }),
  // Expatriate account manager: younger, textured short hair, navy quarter-zip over a shirt
  zhanghao: spec({
    id: 'zhanghao',
    org: 'tianyu',
    skin: 0xe5bd96,
    hair: 0x1d1c1f,
    hairStyle: 'textured',
    glasses: 'none',
    facialHair: 'none',
    outfit: 'sweater_zip',
    jacket: 0x2b3b5e,
    shirt: 0xd2deeb,
    heightOffset: 8,
    build: 0.96,
    jaw: 'medium',
  }),
  // Delivery lead South Africa: tall and broad, close crop and beard, olive field jacket
  kwame: spec({
    id: 'kwame',
    org: 'tianyu',
    skin: 0x6a4431,
    hair: 0x171210,
    hairStyle: 'crop',
    glasses: 'none',
    facialHair: 'beard',
    outfit: 'field_jacket',
    jacket: 0x5c6944,
    shirt: 0xd7cdb9,
    heightOffset: -36,
    build: 1.14,
    jaw: 'broad',
    lips: 0x5a3428,
  }),
  // HQ product-line director: heavy black glasses, black turtleneck under a grey jacket
  chenyu: spec({
    id: 'chenyu',
    org: 'tianyu',
    skin: 0xe1b791,
    hair: 0x19191c,
    hairStyle: 'side_part',
    glasses: 'bold',
    glassesColor: 0x16171a,
    facialHair: 'none',
    outfit: 'turtleneck_jacket',
    jacket: 0x575c66,
    shirt: 0x1f2229,
    heightOffset: -8,
    build: 0.98,
    jaw: 'medium',
  }),
  // Regional delivery VP: grey-dark curls, stubble, camel blazer
  marco: spec({
    id: 'marco',
    org: 'tianyu',
    skin: 0xd0a07b,
    hair: 0x4a4039,
    hairAccent: 0x827a72,
    hairStyle: 'curly',
    glasses: 'none',
    facialHair: 'stubble',
    outfit: 'suit_open',
    jacket: 0xa47a4f,
    shirt: 0xdce4ea,
    heightOffset: -12,
    build: 1.04,
    jaw: 'broad',
  }),
  // Finance controller: short bob with a fringe, thin round gold glasses, brick-rose cardigan
  sunmei: spec({
    id: 'sunmei',
    org: 'tianyu',
    skin: 0xebc9a7,
    hair: 0x1c1a1c,
    hairStyle: 'bob_fringe',
    glasses: 'round',
    glassesColor: 0xb08a4a,
    facialHair: 'none',
    outfit: 'cardigan_blouse',
    jacket: 0x9c5549,
    shirt: 0xeee8dc,
    heightOffset: 34,
    build: 0.86,
    jaw: 'narrow',
    lips: 0xa85a55,
  }),
  // Nordvik's global account director: tallest, blond swept quiff, black suit, open white shirt
  lars: spec({
    id: 'lars',
    org: 'nordvik',
    skin: 0xefcbb2,
    hair: 0xd2b57c,
    hairAccent: 0xe6cf9c,
    hairStyle: 'quiff',
    glasses: 'none',
    facialHair: 'none',
    outfit: 'suit_open',
    jacket: 0x1b1e24,
    shirt: 0xe8ecef,
    heightOffset: -44,
    build: 1.05,
    jaw: 'broad',
  }),
};

/** For an id the stage does not know: a muted, undetailed stand-in. */
export const GENERIC_SPEC: CharacterSpec = {
  ...spec({
    id: '_generic',
    org: 'unknown',
    skin: 0xb8a596,
    hair: 0x3c4350,
    hairStyle: 'generic',
    glasses: 'none',
    facialHair: 'none',
    outfit: 'suit_open',
    jacket: 0x4a5668,
    shirt: 0xaab4c0,
    heightOffset: 0,
    build: 1,
    jaw: 'medium',
  }),
  generic: true,
};

export const CAST_IDS: readonly string[] = Object.keys(CAST);

export function specFor(castId: string): CharacterSpec {
  return CAST[castId] ?? GENERIC_SPEC;
}

export function figureTextureKey(castId: string, mood: MoodId): string {
  const known = CAST[castId] !== undefined;
  return `stage-fig:${known ? castId : GENERIC_SPEC.id}:${mood}`;
}

/**
 * Face and posture for a mood. Units are loose on purpose (roughly px at 1080p for offsets,
 * degrees for tilt, 0..1 factors elsewhere); the painter interprets them.
 */
export interface Pose {
  /** brows up (+) or down (-), px */
  browLift: number;
  /** inner ends of the brows: + raised (worry), - lowered (anger) */
  browKnit: number;
  /** extra lift of the brow on the far side, for a questioning look */
  browAsym: number;
  /** 1 = relaxed; below 1 narrows, above 1 widens */
  eyeOpen: number;
  /** lower lids pushed up by a smile */
  eyeSmile: boolean;
  /** where the eyes look, -1..1 in x (towards the facing side) and y (down) */
  gazeX: number;
  gazeY: number;
  /** -1 frown .. 1 smile */
  mouthCurve: number;
  /** 0 closed .. 1 open */
  mouthOpen: number;
  /** mouth pulled to one side (-1..1) */
  mouthSkew: number;
  /** open mouth shape: a smile shows teeth, surprise an 'o' */
  mouthShape: 'line' | 'smile' | 'o';
  /** degrees, + tilts the head towards the facing side */
  headTilt: number;
  /** px, + lowers the head */
  headDrop: number;
  /** px, + raises the shoulders */
  shoulderLift: number;
  hand: 'none' | 'chin';
  /** a small whole-figure settle the stage tweens to on a mood change */
  settleY: number;
  settleScale: number;
}

const BASE_POSE: Pose = {
  browLift: 0,
  browKnit: 0,
  browAsym: 0,
  eyeOpen: 1,
  eyeSmile: false,
  gazeX: 0.15,
  gazeY: 0,
  mouthCurve: 0.08,
  mouthOpen: 0,
  mouthSkew: 0,
  mouthShape: 'line',
  headTilt: 0,
  headDrop: 0,
  shoulderLift: 0,
  hand: 'none',
  settleY: 0,
  settleScale: 1,
};

export const POSES: Readonly<Record<MoodId, Pose>> = {
  neutral: BASE_POSE,
  pleased: {
    ...BASE_POSE,
    browLift: 3,
    eyeOpen: 0.82,
    eyeSmile: true,
    mouthCurve: 0.8,
    mouthOpen: 0.35,
    mouthShape: 'smile',
    headTilt: 3,
    headDrop: -2,
    shoulderLift: 2,
    settleY: -4,
    settleScale: 1.006,
  },
  concerned: {
    ...BASE_POSE,
    browLift: 2,
    browKnit: 1,
    eyeOpen: 0.95,
    gazeX: -0.1,
    gazeY: 0.35,
    mouthCurve: -0.45,
    headTilt: -3.5,
    headDrop: 6,
    shoulderLift: -2,
    settleY: 5,
  },
  annoyed: {
    ...BASE_POSE,
    browLift: -4,
    browKnit: -1,
    eyeOpen: 0.7,
    gazeX: -0.55,
    mouthCurve: -0.25,
    mouthSkew: 0.55,
    headTilt: -2,
    headDrop: -3,
    shoulderLift: 3,
    settleY: -2,
  },
  thinking: {
    ...BASE_POSE,
    browLift: 1,
    browKnit: 0.2,
    browAsym: 6,
    eyeOpen: 0.88,
    gazeX: 0.7,
    gazeY: -0.6,
    mouthCurve: -0.05,
    mouthSkew: -0.4,
    headTilt: 4,
    headDrop: 2,
    hand: 'chin',
    settleY: 2,
  },
  surprised: {
    ...BASE_POSE,
    browLift: 9,
    browKnit: 0.35,
    eyeOpen: 1.3,
    gazeX: 0,
    mouthCurve: 0,
    mouthOpen: 0.75,
    mouthShape: 'o',
    headTilt: -1.5,
    headDrop: -7,
    shoulderLift: 6,
    settleY: -8,
    settleScale: 1.01,
  },
};

export function poseFor(mood: MoodId): Pose {
  return POSES[mood];
}
