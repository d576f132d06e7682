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

/**
 * Phaser's device check creates a whole WebGL context as it loads, only to learn whether WebGL
 * exists (20-55 ms of the page's thread on a software renderer). The stage always names the
 * renderer it wants (stage/index.ts, which asks the art worker), so the check only needs to know
 * that the browser has WebGL at all; every browser that runs this game has typed image data.
 */
const WEBGL_PROBE = 'Features.webGL = testWebGL();';
const WEBGL_PRESENT = "Features.webGL = !!window['WebGLRenderingContext']; isUint8 = true;";

export function liteDeviceCheck(code: string): string {
  return code.replace(WEBGL_PROBE, WEBGL_PRESENT);
}

/**
 * On iOS, Phaser measures the viewport with a ruler element whose style it sets as an attribute,
 * which the page's Content Security Policy refuses (docs/SECURITY.md): the ruler would measure
 * 0 px and the stage would be sized to nothing on an iPad. The CSSOM sets the same style and is allowed.
 */
const RULER_ATTRIBUTE = "ruler.setAttribute('style', 'position: fixed; height: 100vh; width: 0; top: 0');";
const RULER_CSSOM = "ruler.style.cssText = 'position: fixed; height: 100vh; width: 0; top: 0';";

export function cspSafeRuler(code: string): string {
  return code.replace(RULER_ATTRIBUTE, RULER_CSSOM);
}

export function phaserFlagsPlugin(): Plugin {
  return {
    name: 'wudi-phaser-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]phaser[\\/]src[\\/]/.test(id)) return null;
      let replaced = code.includes('typeof ') ? replacePhaserFlags(code) : code;
      if (/[\\/]device[\\/]Features\.js$/.test(id)) {
        replaced = liteDeviceCheck(replaced);
        if (!replaced.includes(WEBGL_PRESENT))
          this.error("Phaser's WebGL check changed: update liteDeviceCheck");
      }
      if (/[\\/]dom[\\/]GetInnerHeight\.js$/.test(id)) {
        replaced = cspSafeRuler(replaced);
        if (!replaced.includes(RULER_CSSOM)) this.error("Phaser's iOS ruler changed: update cspSafeRuler");
      }
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}
