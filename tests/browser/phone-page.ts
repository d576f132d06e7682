import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The phone page as a learner opens it: a 360×740 touch phone in Chromium, every CSP violation and
 * error it reports kept for the test to check (phone.test.ts, room.test.ts).
 */
export interface PhonePage {
  context: BrowserContext;
  page: Page;
  violations: string[];
  errors: string[];
}

export async function openPhone(browser: Browser, url: string, locale = 'en-US'): Promise<PhonePage> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale,
    serviceWorkers: 'block',
  });
  const violations: string[] = [];
  const errors: string[] = [];
  await context.exposeBinding('__cspReport', (_source, report: string) => {
    violations.push(report);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __cspReport?: (report: string) => void };
    document.addEventListener(
      'securitypolicyviolation',
      (e) => void w.__cspReport?.(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'}`),
      true,
    );
  });
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
    else errors.push(msg.text());
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, violations, errors };
}

/** No CSP violation, and no error but (where a test stops the server) the browser's own refused connections. */
export function clean(phones: PhonePage[], serverStopped = false): void {
  for (const p of phones) {
    expect(p.violations).toEqual([]);
    const refused = /ERR_CONNECTION_REFUSED/;
    expect(p.errors.filter((e) => !(serverStopped && refused.test(e)))).toEqual([]);
  }
}
