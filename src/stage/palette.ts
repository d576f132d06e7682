/**
 * Colours for the stage. Pure data and colour maths only (no Phaser, no DOM), so the same values
 * feed Canvas 2D painting, Phaser tints and unit tests.
 *
 * The cool Meridian family carries most of every frame; the warm Tianyu family is kept for
 * accents so it still reads as "ours" when it appears.
 */
export const PALETTE = {
  // Meridian: the cool base
  night: 0x070d19,
  navyDeep: 0x0b1322,
  navy: 0x16213a,
  navyMid: 0x22304d,
  slateDeep: 0x2c3849,
  slate: 0x3d4a5c,
  slateLight: 0x66768a,
  mist: 0x9aa7b6,
  fog: 0xc4ccd5,
  tealDeep: 0x1d4f50,
  teal: 0x2f8582,
  tealLight: 0x69aea6,
  // Tianyu: the warm accent
  amberDeep: 0x9c6a2c,
  amber: 0xd0943f,
  amberLight: 0xecc27f,
  brickDeep: 0x6f3024,
  brick: 0xa24b36,
  brickLight: 0xc9765c,
  // neutrals
  paper: 0xe6e1d7,
  paperShade: 0xc9c2b5,
  warmGrey: 0x8f877c,
  ink: 0x1a1f2b,
  // status colours for screens, kept dull so nothing reads as a flashing alarm
  alarmRed: 0xb9483d,
  alarmAmber: 0xd39a3c,
  okGreen: 0x4f8f6a,
} as const;

export type PaletteName = keyof typeof PALETTE;

function clampByte(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v)));
}

export function channels(color: number): [number, number, number] {
  return [(color >> 16) & 0xff, (color >> 8) & 0xff, color & 0xff];
}

export function fromChannels(r: number, g: number, b: number): number {
  return (clampByte(r) << 16) | (clampByte(g) << 8) | clampByte(b);
}

/** Linear blend of two colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const k = Math.max(0, Math.min(1, t));
  const [ar, ag, ab] = channels(a);
  const [br, bg, bb] = channels(b);
  return fromChannels(ar + (br - ar) * k, ag + (bg - ag) * k, ab + (bb - ab) * k);
}

/**
 * Darken (amount < 0) towards a deep navy rather than black, and lighten (amount > 0) towards a
 * warm paper white: shadows that lean cool and lights that lean warm keep flat shapes from
 * looking grey and dead.
 */
export function shade(color: number, amount: number): number {
  if (amount < 0) return mix(color, PALETTE.night, -amount);
  return mix(color, 0xfff8ec, amount);
}

/** Reduce saturation by pulling towards the colour's own luminance. */
export function mute(color: number, amount: number): number {
  const [r, g, b] = channels(color);
  const l = 0.299 * r + 0.587 * g + 0.114 * b;
  return mix(color, fromChannels(l, l, l), amount);
}

export function luminance(color: number): number {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

export function rgba(color: number, alpha: number): string {
  const [r, g, b] = channels(color);
  return `rgba(${r},${g},${b},${Math.max(0, Math.min(1, alpha))})`;
}
