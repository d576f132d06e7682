/**
 * Phaser's sources test build flags with `typeof FLAG` (its own builds replace them); this
 * plugin does the same for the stage's lite Phaser (src/stage/phaser/phaser-lite.js): both
 * renderers, no sound, no debug hooks, no 3D camera, no Facebook Instant Games.
 */
import type { Plugin } from 'vite';

export const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const FLAG = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

export function replacePhaserFlags(code: string): string {
  return code.replace(FLAG, (_, name: string) => String(PHASER_FLAGS[name]));
}

export function phaserFlagsPlugin(): Plugin {
  return {
    name: 'wudi-phaser-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]phaser[\\/]src[\\/]/.test(id) || !code.includes('typeof ')) return null;
      const replaced = replacePhaserFlags(code);
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}
