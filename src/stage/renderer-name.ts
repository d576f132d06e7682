/** Names WebGL gives for renderers that run on the CPU: ANGLE's SwiftShader, Mesa's llvmpipe, Windows' WARP. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function isSoftwareRenderer(unmaskedName: string): boolean {
  return SOFTWARE.test(unmaskedName);
}
