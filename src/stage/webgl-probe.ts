/**
 * Which WebGL the browser would give the stage: null when there is none, or none the browser
 * would run well; else the renderer's name (its unmasked name where the browser tells it).
 * Works on a page canvas and, in a worker, on an OffscreenCanvas.
 */
export function probeWebGL(canvas: HTMLCanvasElement | OffscreenCanvas): string | null {
  const gl = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (gl === null || !('getExtension' in gl)) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

/** Names WebGL gives for renderers that run on the CPU: ANGLE's SwiftShader, Mesa's llvmpipe, Windows' WARP. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

/** Which renderer the stage uses: its own pick, or one asked for with ?renderer=webgl|canvas. */
export type RendererChoice = 'auto' | 'webgl' | 'canvas';

export function rendererChoice(flag: string | null): RendererChoice {
  return flag === 'webgl' || flag === 'canvas' ? flag : 'auto';
}
