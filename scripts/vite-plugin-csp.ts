/**
 * Writes the Content Security Policy (scripts/csp.ts) into every built HTML page as a
 * <meta http-equiv> tag, first thing after the charset, so it governs every script and stylesheet
 * the page names. Build only: the dev server's client injects inline scripts and styles (hot
 * reload, the error overlay) that the policy rightly refuses.
 */
import type { Plugin } from 'vite';
import { type CspOptions, contentSecurityPolicy } from './csp.ts';

const CHARSET = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;

export function cspMetaTag(options: CspOptions = {}): string {
  // The policy holds no '"', '<' or '&' (csp.ts accepts origins only), so it needs no escaping.
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options)}" />`;
}

const EXISTING = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/;

/**
 * Puts the tag after `<meta charset>` (which must stay in the first 1024 bytes), else first in
 * <head>. A page that has one already (a built page an LMS package copies, adding its LRS to
 * connect-src) gets it replaced where it is: two policies would both apply, the stricter winning.
 */
export function withCspMeta(html: string, options: CspOptions = {}): string {
  const tag = cspMetaTag(options);
  if (EXISTING.test(html)) return html.replace(EXISTING, tag);
  if (/http-equiv=["']?Content-Security-Policy/i.test(html))
    throw new Error('a Content Security Policy this module did not write: not replaced');
  if (CHARSET.test(html)) return html.replace(CHARSET, (charset) => `${charset}\n    ${tag}`);
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tag}`);
  throw new Error('a page without <head>: nowhere to put the Content Security Policy');
}

export function cspPlugin(options: CspOptions = {}): Plugin {
  return {
    name: 'wudi-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withCspMeta(html, options),
    },
  };
}
