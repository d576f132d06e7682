import fs from 'node:fs';
import path from 'node:path';
import { guideModel } from '../src/content/guide/model.ts';
import { guideDocument } from '../src/content/guide/render.ts';
import { LOCALES, type Locale } from '../src/state/schema.ts';
import { CHROME_MISSING, chromiumAvailable, launchChromium, pdfPageCount } from './chromium.ts';
import type { StoryReport } from './stories-check.ts';

/** The guide's page budget: a trainer prints one scenario on at most four A4 sheets. */
export const GUIDE_MAX_PAGES = 4;

/** The guide's stylesheet, which guide.html links; a written guide inlines it (its opening comment left out). */
export const GUIDE_CSS = fs
  .readFileSync(path.resolve(import.meta.dirname, '../src/content/guide/guide.css'), 'utf8')
  .replace(/^\/\*[\s\S]*?\*\//, '');

export function guideOf(r: StoryReport): string | null {
  const locale = (LOCALES as readonly string[]).includes(r.locale) ? (r.locale as Locale) : null;
  if (!locale || !r.explore || !r.scored) return null;
  return guideDocument(
    guideModel({
      id: r.id,
      locale,
      file: r.file,
      header: r.header,
      points: r.explore.decisionPoints,
      unreachable: r.unreachable,
      decisionsMin: r.explore.decisionsMin,
      decisionsMax: r.explore.decisionsMax,
    }),
    GUIDE_CSS,
  );
}

/**
 * Writes docs/guides/<id>.<locale>.html for every scored story and, when Chromium is here, the
 * PDF beside it (A4, the page's own print CSS), saying how many pages each took.
 */
export async function writeGuides(
  reports: StoryReport[],
  dir: string,
  say: (line: string) => void,
): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const written: { html: string; pdf: string }[] = [];
  for (const r of reports) {
    const html = guideOf(r);
    if (!html) continue;
    const file = path.join(dir, `${r.id}.${r.locale}.html`);
    fs.writeFileSync(file, html);
    written.push({ html: file, pdf: file.replace(/\.html$/, '.pdf') });
  }
  say(`facilitator guides: ${written.length} pages written to ${dir}/`);
  if (!chromiumAvailable()) {
    say(`  no PDFs: ${CHROME_MISSING} Then run npm run stories:docs again, or open a guide and print it.`);
    return;
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const w of written) {
      await page.goto(`file://${path.resolve(w.html)}`);
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      fs.writeFileSync(w.pdf, pdf);
      const pages = pdfPageCount(pdf);
      say(
        `  ${w.pdf}: ${pages} page${pages === 1 ? '' : 's'}${pages > GUIDE_MAX_PAGES ? `  <- more than ${GUIDE_MAX_PAGES}` : ''}`,
      );
    }
  } finally {
    await browser.close();
  }
}
