import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspDirectives, recommendedHeaders } from '../../scripts/csp.ts';
import { withCspMeta } from '../../scripts/vite-plugin-csp.ts';
import { cspSafeRuler } from '../../scripts/vite-plugin-phaser.ts';

describe('content security policy', () => {
  it('is strict: own scripts only, no plugins, no <base>', () => {
    const policy = contentSecurityPolicy({});
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe');
    expect(policy).not.toContain('frame-ancestors');
    expect(cspDirectives()['connect-src']).toEqual(["'self'"]);
  });

  it('adds an LRS to connect-src as an origin, once, and refuses anything else', () => {
    const directives = cspDirectives({
      connectSrc: ['https://lrs.example.com/xapi/', 'https://lrs.example.com', 'http://10.0.0.5:8080/data'],
    });
    expect(directives['connect-src']).toEqual(["'self'", 'https://lrs.example.com', 'http://10.0.0.5:8080']);
    expect(() => contentSecurityPolicy({ connectSrc: ['javascript:alert(1)'] })).toThrow();
    expect(() =>
      contentSecurityPolicy({ connectSrc: ["https://x.example.com; script-src 'unsafe-eval'"] }),
    ).toThrow();
    expect(() => contentSecurityPolicy({ connectSrc: ['*'] })).toThrow();
  });

  it('is written right after the charset, before anything the page loads', () => {
    const html = withCspMeta(
      '<!doctype html><html><head>\n<meta charset="UTF-8" />\n<script type="module" src="./a.js"></script></head></html>',
    );
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(withCspMeta('<html><head><title>t</title></head></html>')).toMatch(
      /<head>\s*<meta http-equiv="Content-Security-Policy"/,
    );
    // A copied page (an LMS package) gets its policy replaced, not a second one.
    const lms = withCspMeta(html, { connectSrc: ['https://lrs.example.com/xapi/'] });
    expect(lms.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(lms).toContain("connect-src 'self' https://lrs.example.com;");
    expect(lms.indexOf('http-equiv')).toBe(html.indexOf('http-equiv'));
    expect(() => withCspMeta('<head><meta http-equiv=Content-Security-Policy content=x></head>')).toThrow();
  });

  it('recommends frame-ancestors for servers, which a meta tag cannot carry', () => {
    const headers = recommendedHeaders({ frameAncestors: ['https://lms.example.edu/course/1'] });
    expect(headers['Content-Security-Policy']).toMatch(
      /; frame-ancestors 'self' https:\/\/lms\.example\.edu$/,
    );
    expect(recommendedHeaders()['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
  });

  it("sets Phaser's iOS ruler style through the CSSOM, not as a refused style attribute", () => {
    const file = path.resolve(import.meta.dirname, '../../node_modules/phaser/src/dom/GetInnerHeight.js');
    const code = cspSafeRuler(fs.readFileSync(file, 'utf8'));
    expect(code).not.toContain("setAttribute('style'");
    expect(code).toContain("ruler.style.cssText = 'position: fixed; height: 100vh; width: 0; top: 0';");
  });
});
