/**
 * The game's Content Security Policy: one function, so the build (vite-plugin-csp.ts) and the LMS
 * packages, which add their LRS to connect-src, ship the same policy. docs/SECURITY.md says why
 * each source is there and which HTTP headers a server should add.
 */

export interface CspOptions {
  /** origins the page may also fetch from (a cmi5 package's LRS), e.g. 'https://lrs.example.com' */
  connectSrc?: string[];
}

/** Origins only: a path, a quote or a ';' in a source would change or break the policy. */
const ORIGIN = /^(https?|wss?):\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/** An origin, or the scheme source 'https:' (any https origin: an LMS package whose LRS is unknown). */
export function cspOrigin(url: string): string {
  if (url === 'https:') return url;
  const origin = new URL(url).origin;
  if (!ORIGIN.test(origin)) throw new Error(`not an http(s) origin for connect-src: ${url}`);
  return origin;
}

export function cspDirectives(options: CspOptions = {}): Record<string, string[]> {
  const extra = [...new Set((options.connectSrc ?? []).map(cspOrigin))];
  return {
    'default-src': ["'self'"],
    // The game's modules and nothing else: no inline script, no eval.
    'script-src': ["'self'"],
    // Stylesheets from the build only; the code sets styles through the CSSOM (el.style.x),
    // which a policy does not restrict, never through style attributes or <style> elements.
    'style-src': ["'self'"],
    // Phaser makes its built-in textures (__DEFAULT, __MISSING, __WHITE) from data: URIs: without
    // data: the stage never starts. The art is painted on canvases, so no blob: image is needed.
    'img-src': ["'self'", 'data:'],
    // Where the browser offers no media-device list (plain http), the sound player starts the
    // audio output with a silent data: WAV (audio/sound.ts, warmAudioOutput).
    'media-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    // howler fetches the sounds for Web Audio; a cmi5 package adds its LRS.
    'connect-src': ["'self'", ...extra],
    // The art painter and the Ink compiler (module workers), and the offline service worker.
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    // The game frames nothing and submits no form (the presenter is a window of its own).
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  return Object.entries(cspDirectives(options))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The headers a server should send with the pages (docs/SECURITY.md): frame-ancestors cannot be
 * set from a meta tag. `frameAncestors` lists who may frame the game (an LMS's origin); the
 * default allows only the game's own origin.
 */
export function recommendedHeaders(
  options: CspOptions & { frameAncestors?: string[] } = {},
): Record<string, string> {
  const ancestors = options.frameAncestors?.length
    ? ["'self'", ...options.frameAncestors.map(cspOrigin)]
    : ["'self'"];
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(options)}; frame-ancestors ${ancestors.join(' ')}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
