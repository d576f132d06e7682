/**
 * Draws the installed app's icons (public/icons/) from the favicon's shapes, at full size, in
 * headless Chromium: a 64 px PNG scaled up to 512 would be blurred. Run it again only when the
 * favicon's look changes: `npx tsx scripts/make-icons.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.ts';

const OUT = path.resolve(import.meta.dirname, '../public/icons');
const NAVY = '#0c1828';

/** The favicon's mountain and teal sun on a 64-unit square (the deleted public/favicon.svg). */
const SHAPES =
  '<path d="M14 44 L28 20 L36 34 L42 26 L52 44 Z" fill="#f0a83a"/><circle cx="46" cy="18" r="5" fill="#4fc1b3"/>';

/**
 * "any": the favicon as it is, rounded corners and all. "maskable": a full-bleed square whose
 * shapes sit inside the central 80 % circle that every platform's mask keeps.
 */
function svg(kind: 'any' | 'maskable'): string {
  if (kind === 'any')
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${NAVY}"/>${SHAPES}</svg>`;
  // The shapes span x 14..52, y 13..44 (centre 33, 28.5); scaled by 0.72 around the centre they fit a radius-25.6 circle.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${NAVY}"/><g transform="translate(32 32) scale(0.72) translate(-33 -28.5)">${SHAPES}</g></svg>`;
}

const ICONS: { file: string; size: number; kind: 'any' | 'maskable' }[] = [
  { file: 'icon-192.png', size: 192, kind: 'any' },
  { file: 'icon-512.png', size: 512, kind: 'any' },
  { file: 'maskable-192.png', size: 192, kind: 'maskable' },
  { file: 'maskable-512.png', size: 512, kind: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, kind: 'maskable' },
];

const browser = await launchChromium();
try {
  fs.mkdirSync(OUT, { recursive: true });
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:100vw;height:100vh}</style>${svg(icon.kind)}`,
    );
    await page.screenshot({ path: path.join(OUT, icon.file), omitBackground: true });
    await page.close();
    console.log(`public/icons/${icon.file} (${icon.size}x${icon.size}, ${icon.kind})`);
  }
} finally {
  await browser.close();
}
