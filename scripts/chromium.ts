import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Where Chromium is and how it starts headless on these machines: the browser tests and
 * `npm run stories:docs` (which prints the facilitator guides to PDF) launch it the same way.
 */
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROME);
}

export const CHROME_MISSING = `Chromium not found at ${CHROME}. Install it with: apt-get install -y chromium fonts-noto-cjk (or set CHROME_PATH).`;

export function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable()) throw new Error(CHROME_MISSING);
  return chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
}

/** Pages in a PDF as Chromium writes it: one `/Type /Page` object per page (`/Pages` is the tree). */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
