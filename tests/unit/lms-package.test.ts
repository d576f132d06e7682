import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPackages, readConfig } from '../../scripts/package.ts';
import { cspMetaTag } from '../../scripts/vite-plugin-csp.ts';
import { readLaunch } from '../../src/lms/launch.ts';

// A stand-in for the build: the packager's work is the manifests and the page, not the game.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wudi-package-'));
const dist = path.join(dir, 'dist');
fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
const page = (name: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    ${cspMetaTag()}
    <title>${name}</title>
    <script type="module" crossorigin src="./assets/main.js"></script>
  <link rel="manifest" href="./manifest.webmanifest"></head>
  <body></body>
</html>`;
fs.writeFileSync(path.join(dist, 'index.html'), page('game'));
fs.writeFileSync(path.join(dist, 'presenter.html'), page('presenter'));
fs.writeFileSync(path.join(dist, 'assets/main.js'), 'export {};');
fs.writeFileSync(path.join(dist, 'assets/main.js.map'), '{}');
fs.writeFileSync(path.join(dist, 'sw.js'), '');
fs.writeFileSync(path.join(dist, 'workbox-1a2b.js'), '');
fs.writeFileSync(path.join(dist, 'manifest.webmanifest'), '{}');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const out = path.join(dir, 'out');
const built = buildPackages({
  dist,
  out,
  config: { ...readConfig(path.join(dir, 'none.json')), lrsOrigins: ['https://lrs.example.com'] },
  locales: ['zh-CN'],
  only: ['s1_strategy', 'course'],
});
const open = (standard: string, set: string) => {
  const file = built.find((b) => b.file.endsWith(`wudi-turn_${set}_zh-CN_${standard}.zip`))?.file;
  if (!file) throw new Error(`no ${standard} package of ${set}`);
  const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
  return (name: string) => {
    const entry = entries[name];
    return entry ? strFromU8(entry) : undefined;
  };
};
const launchIn = (html: string | undefined) =>
  readLaunch(/<meta name="wudi-lms" content="([^"]*)">/.exec(html ?? '')?.[1]?.replace(/&quot;/g, '"'))
    .launch;

describe('npm run package', () => {
  it('writes a SCORM 1.2, a SCORM 2004 and a cmi5 package of each set chosen', () => {
    expect(built.map((b) => path.basename(b.file)).sort()).toEqual([
      'wudi-turn_course_zh-CN_cmi5.zip',
      'wudi-turn_course_zh-CN_scorm12.zip',
      'wudi-turn_course_zh-CN_scorm2004.zip',
      'wudi-turn_s1_strategy_zh-CN_cmi5.zip',
      'wudi-turn_s1_strategy_zh-CN_scorm12.zip',
      'wudi-turn_s1_strategy_zh-CN_scorm2004.zip',
    ]);
  });

  it('lists every file of the package in its manifest, and leaves out source maps and the offline app', () => {
    for (const standard of ['scorm12', 'scorm2004']) {
      const read = open(standard, 's1_strategy');
      const manifest = read('imsmanifest.xml') ?? '';
      expect(manifest).toContain(standard === 'scorm12' ? '<schemaversion>1.2' : '2004 4th Edition');
      const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
      expect(listed).toEqual(expect.arrayContaining(['index.html', 'presenter.html', 'assets/main.js']));
      for (const file of listed) expect(read(file ?? ''), file).toBeDefined();
      for (const gone of ['assets/main.js.map', 'sw.js', 'workbox-1a2b.js', 'manifest.webmanifest']) {
        expect(read(gone), gone).toBeUndefined();
        expect(listed).not.toContain(gone);
      }
      expect(read('presenter.html')).not.toContain('rel="manifest"');
    }
  });

  it('tells the page its standard, language and scenarios; a course package holds all five', () => {
    expect(launchIn(open('scorm12', 's1_strategy')('index.html'))).toMatchObject({
      standard: 'scorm12',
      locale: 'zh-CN',
      scenarios: ['s1_strategy'],
      rule: { passWith: ['strong', 'mixed'], minScore: null },
    });
    const course = launchIn(open('scorm2004', 'course')('index.html'));
    expect(course?.scenarios).toEqual([
      's1_strategy',
      's2_team',
      's3_resources',
      's4_operations',
      's5_partnership',
    ]);
    expect(course?.title).toBe('吴迪的转身');
  });

  it('lets only the cmi5 package reach its LRS, in a policy that is otherwise the game’s', () => {
    const scorm = open('scorm12', 's1_strategy')('index.html') ?? '';
    expect(scorm).toContain("connect-src 'self';");
    const cmi5 = open('cmi5', 's1_strategy');
    const html = cmi5('index.html') ?? '';
    expect(html).toContain("connect-src 'self' https://lrs.example.com;");
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(html).toContain("object-src 'none'");
    const structure = cmi5('cmi5.xml') ?? '';
    expect(structure).toContain('<url>index.html</url>');
    expect(structure).toContain('moveOn="CompletedAndPassed"');
    expect(structure).toContain('lang="zh-CN"');
  });
});

describe('package.config.json', () => {
  const config = (json: string) => {
    const file = path.join(dir, 'package.config.json');
    fs.writeFileSync(file, json);
    return () => readConfig(file);
  };

  it('reads a trainer’s pass rule and keeps the defaults for the rest', () => {
    const read = config('{"rule": {"passWith": ["strong"], "minScore": 0.6}}')();
    expect(read.rule).toEqual({ passWith: ['strong'], minScore: 0.6 });
    expect(read.lrsOrigins).toEqual(['https:']);
    expect(read.title['zh-CN']).toBe('吴迪的转身');
  });

  it('refuses a misspelt key rather than quietly using the default rule', () => {
    expect(config('{"rules": {"passWith": ["strong"]}}')).toThrow(
      /config\.rules should be one of the settings rule/,
    );
  });

  it('refuses an LRS origin that a policy cannot name, before any package is written', () => {
    expect(config('{"lrsOrigins": ["lrs.example.com"]}')).toThrow(/lrsOrigins: "lrs\.example\.com"/);
    expect(config('{"lrsOrigins": ["https://lrs.example.com/xapi/"]}')().lrsOrigins).toEqual([
      'https://lrs.example.com/xapi/',
    ]);
  });

  it('refuses a score outside 0 to 1 and an empty list of passing endings', () => {
    expect(config('{"rule": {"passWith": ["strong"], "minScore": 60}}')).toThrow(/between 0 and 1/);
    expect(config('{"rule": {"passWith": []}}')).toThrow(/at least one ending/);
  });
});
