/**
 * npm run package: LMS packages of the built site, written to dist-packages/ next to dist/.
 *
 *   SCORM 1.2, SCORM 2004 (4th edition) and cmi5, in English and in Chinese, one package per
 *   scenario and one course package holding all five: 36 zip files an LMS imports unchanged.
 *
 * Each package is the static site as built, with its settings in a meta tag of index.html
 * (src/lms/launch.ts reads it) and its manifest at the root. The pass rule and the cmi5
 * activity ids come from package.config.json when there is one (docs/LMS.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import * as v from 'valibot';
import {
  DEFAULT_PASS_RULE,
  LMS_META_NAME,
  type LmsLaunch,
  type LmsStandard,
  launchSchema,
} from '../src/lms/launch.ts';
import { LOCALES, type Locale } from '../src/state/schema.ts';
import { describeIssue, listOf, shape, text } from '../src/state/schema-kit.ts';
import { cspOrigin } from './csp.ts';
import { withCspMeta } from './vite-plugin-csp.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const STANDARDS: readonly LmsStandard[] = ['scorm12', 'scorm2004', 'cmi5'];

// Strict: a misspelt key ("passwith") would otherwise be dropped and the default silently used.
const configSchema = v.strictObject(
  {
    rule: v.optional(launchSchema.entries.rule),
    /** where cmi5 activity ids start: the organisation's own IRI, so ids are unique in its LRS */
    activityIdBase: v.optional(text, 'https://wudi-turn.example.org/xapi/'),
    /** origins the cmi5 package may send statements to (its CSP's connect-src); default any https origin */
    lrsOrigins: v.optional(listOf(text), ['https:']),
    title: v.optional(shape({ en: text, 'zh-CN': text }), { en: "Wu Di's Turn", 'zh-CN': '吴迪的转身' }),
  },
  (issue) =>
    issue.kind === 'schema' && issue.expected === 'never'
      ? 'one of the settings rule, activityIdBase, lrsOrigins, title'
      : issue.message,
);
export type PackageConfig = v.InferOutput<typeof configSchema>;

export function readConfig(file = path.join(ROOT, 'package.config.json')): PackageConfig {
  const raw: unknown = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const read = v.safeParse(configSchema, raw);
  if (!read.success) throw new Error(`package.config.json: ${describeIssue(read.issues, 'config')}`);
  // Checked before any zip is written, not when the cmi5 packages come to be made.
  for (const origin of read.output.lrsOrigins) {
    try {
      cspOrigin(origin);
    } catch {
      throw new Error(
        `package.config.json: lrsOrigins: "${origin}" is not an origin such as "https://lrs.example.com" (or "https:")`,
      );
    }
  }
  return read.output;
}

interface Scenario {
  id: string;
  titles: Record<Locale, string>;
  summaries: Record<Locale, string>;
}

/** The scenarios as the story files' headers name them, in their order. */
export function scenarios(storiesDir = path.join(ROOT, 'stories')): Scenario[] {
  const header = (file: string, tag: string) =>
    new RegExp(`^#\\s*${tag}:\\s*(.+)$`, 'm').exec(fs.readFileSync(file, 'utf8'))?.[1]?.trim() ?? '';
  const ids = fs
    .readdirSync(path.join(storiesDir, 'en'))
    .filter((f) => f.endsWith('.ink'))
    .map((f) => f.replace(/\.ink$/, ''))
    .filter((id) => header(path.join(storiesDir, 'en', `${id}.ink`), 'role') !== '')
    .sort(
      (a, b) =>
        Number(header(path.join(storiesDir, 'en', `${a}.ink`), 'order')) -
        Number(header(path.join(storiesDir, 'en', `${b}.ink`), 'order')),
    );
  return ids.map((id) => {
    const read = (tag: string) =>
      Object.fromEntries(
        LOCALES.map((l) => [l, header(path.join(storiesDir, l, `${id}.ink`), tag)]),
      ) as Record<Locale, string>;
    return { id, titles: read('title'), summaries: read('summary') };
  });
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory()
      ? listFiles(full, base)
      : [path.relative(base, full).split(path.sep).join('/')];
  });
}

function scorm12Manifest(id: string, title: string, files: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xml(title)}</title>
      <item identifier="item" identifierref="res" isvisible="true">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

function scorm2004Manifest(id: string, title: string, files: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${xml(title)}</title>
      <item identifier="item" identifierref="res" isvisible="true">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res" type="webcontent" adlcp:scormType="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

function cmi5Manifest(courseId: string, title: string, description: string, locale: Locale): string {
  const lang = locale === 'zh-CN' ? 'zh-CN' : 'en-US';
  const ls = (s: string) => `<langstring lang="${lang}">${xml(s)}</langstring>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(courseId)}">
    <title>${ls(title)}</title>
    <description>${ls(description)}</description>
  </course>
  <au id="${xml(`${courseId}/au`)}" moveOn="CompletedAndPassed" launchMethod="AnyWindow">
    <title>${ls(title)}</title>
    <description>${ls(description)}</description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}

/**
 * index.html with the package's settings, and for cmi5 the LRS allowed in the page's policy.
 * The manifest link goes: an LMS plays the package in its own frame, never as an installed app.
 */
export function packagedIndex(html: string, launch: LmsLaunch, lrsOrigins: readonly string[]): string {
  const meta = `<meta name="${LMS_META_NAME}" content="${xml(JSON.stringify(launch))}">`;
  const out = withoutAppManifest(html).replace(/<\/head>/i, `  ${meta}\n  </head>`);
  return launch.standard === 'cmi5' ? withCspMeta(out, { connectSrc: [...lrsOrigins] }) : out;
}

export function withoutAppManifest(html: string): string {
  return html.replace(/\s*<link rel="manifest"[^>]*>/gi, '');
}

/**
 * The offline app's files stay out of the packages: an LMS serves every launch, tracks it, and
 * may change the package under one URL; a service worker caching it there would outlive both.
 */
export function isOfflineAppFile(file: string): boolean {
  return file === 'sw.js' || /^workbox-[\w-]+\.js$/.test(file) || file === 'manifest.webmanifest';
}

export interface BuiltPackage {
  file: string;
  standard: LmsStandard;
  locale: Locale;
  scenarios: string[];
  bytes: number;
}

export interface PackageOptions {
  dist?: string;
  out?: string;
  config?: PackageConfig;
  standards?: readonly LmsStandard[];
  locales?: readonly Locale[];
  /** scenario ids to package on their own; 'course' for the course package (default: all and course) */
  only?: readonly string[];
}

export function buildPackages(options: PackageOptions = {}): BuiltPackage[] {
  const dist = options.dist ?? path.join(ROOT, 'dist');
  const out = options.out ?? path.join(ROOT, 'dist-packages');
  const config = options.config ?? readConfig();
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error(`No build in ${dist}: run "npm run build" first.`);
  fs.mkdirSync(out, { recursive: true });
  const all = scenarios();
  const files = listFiles(dist).filter((f) => !f.endsWith('.map') && !isOfflineAppFile(f));
  const contents = new Map(
    files.map((f) => {
      const data = fs.readFileSync(path.join(dist, f));
      const kept = f.endsWith('.html') ? Buffer.from(withoutAppManifest(data.toString('utf8'))) : data;
      return [f, new Uint8Array(kept)];
    }),
  );
  const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const readme = fs.existsSync(path.join(ROOT, 'docs/LMS-ADMIN.md'))
    ? fs.readFileSync(path.join(ROOT, 'docs/LMS-ADMIN.md'))
    : null;
  const sets = [
    ...all.map((s) => ({ key: s.id, ids: [s.id], titles: s.titles, summaries: s.summaries })),
    {
      key: 'course',
      ids: all.map((s) => s.id),
      titles: config.title,
      summaries: {
        en: 'All five scenarios of Wu Di’s first year as a key account manager.',
        'zh-CN': '吴迪担任大客户经理第一年的全部五个情景。',
      },
    },
  ].filter((set) => !options.only || options.only.includes(set.key));
  const built: BuiltPackage[] = [];
  for (const standard of options.standards ?? STANDARDS) {
    for (const locale of options.locales ?? LOCALES) {
      for (const set of sets) {
        const name = `wudi-turn_${set.key}_${locale}_${standard}`;
        const title =
          set.key === 'course' ? set.titles[locale] : `${config.title[locale]}: ${set.titles[locale]}`;
        const launch: LmsLaunch = {
          standard,
          locale,
          scenarios: set.ids,
          rule: config.rule ?? DEFAULT_PASS_RULE,
          title,
          ...(standard === 'cmi5' ? { xapiBase: config.activityIdBase } : {}),
        };
        const zip: Record<string, Uint8Array> = {};
        for (const [f, data] of contents) zip[f] = data;
        zip['index.html'] = new TextEncoder().encode(packagedIndex(index, launch, config.lrsOrigins));
        if (readme) zip['README-LMS.md'] = new Uint8Array(readme);
        const listed = Object.keys(zip).sort();
        const manifest =
          standard === 'scorm12'
            ? ['imsmanifest.xml', scorm12Manifest(name, title, listed)]
            : standard === 'scorm2004'
              ? ['imsmanifest.xml', scorm2004Manifest(name, title, listed)]
              : [
                  'cmi5.xml',
                  cmi5Manifest(
                    `${config.activityIdBase}${set.key}/${locale}`,
                    title,
                    set.summaries[locale],
                    locale,
                  ),
                ];
        zip[manifest[0] as string] = new TextEncoder().encode(manifest[1]);
        const bytes = zipSync(zip, { level: 6 });
        const file = path.join(out, `${name}.zip`);
        fs.writeFileSync(file, bytes);
        built.push({ file, standard, locale, scenarios: set.ids, bytes: bytes.length });
      }
    }
  }
  return built;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = Date.now();
  const built = buildPackages();
  const mb = built.reduce((sum, p) => sum + p.bytes, 0) / 1e6;
  console.log(
    `${built.length} packages in ${path.relative(process.cwd(), path.dirname(built[0]?.file ?? 'dist-packages/x'))}/ (${mb.toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
