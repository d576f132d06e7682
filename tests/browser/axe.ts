import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is now: "rule x nodes: where". */
export async function seriousFindings(page: Page): Promise<string[]> {
  // Evaluated by the test driver, not added as an inline <script>, which the page's Content
  // Security Policy refuses (docs/SECURITY.md).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    }
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} x${v.nodes.length}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
}
