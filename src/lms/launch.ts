import * as v from 'valibot';
import { ENDINGS, type Ending } from '../narrative/roles.ts';
import { LOCALES, type Locale } from '../state/schema.ts';
import { describeIssue, listOf, number, oneOf, shape, text } from '../state/schema-kit.ts';

/**
 * How an LMS package was built: written by `npm run package` into each package's index.html as
 * `<meta name="wudi-lms" content="{...}">`. The plain static site has no such tag, and plays
 * as it always has.
 */
export const LMS_STANDARDS = ['scorm12', 'scorm2004', 'cmi5'] as const;
export type LmsStandard = (typeof LMS_STANDARDS)[number];

export interface PassRule {
  /** endings that pass the scenario (default: strong and mixed) */
  passWith: Ending[];
  /** a scaled score (0–1) that passes whatever the ending; null: the ending alone decides */
  minScore: number | null;
}

export interface LmsLaunch {
  standard: LmsStandard;
  /** the package's language: the learner is not asked for one */
  locale: Locale;
  /** the scenarios the package holds, in play order: one, or all five in a course package */
  scenarios: string[];
  rule: PassRule;
  /** the package's name, for messages */
  title: string;
  /**
   * cmi5: where the package's xAPI ids start (package.config.json's activityIdBase), so the
   * decision activities and the extension IRIs are the same in every package and language
   */
  xapiBase?: string;
}

export const DEFAULT_PASS_RULE: PassRule = { passWith: ['strong', 'mixed'], minScore: null };

const scaled = v.pipe(number, v.minValue(0, 'between 0 and 1'), v.maxValue(1, 'between 0 and 1'));

export const launchSchema = shape({
  standard: oneOf(LMS_STANDARDS),
  locale: oneOf(LOCALES),
  scenarios: v.pipe(listOf(text), v.minLength(1, 'at least one scenario')),
  rule: v.optional(
    shape({
      passWith: v.pipe(listOf(oneOf(ENDINGS)), v.minLength(1, 'at least one ending')),
      minScore: v.nullish(scaled, null),
    }),
    DEFAULT_PASS_RULE,
  ),
  title: v.optional(text, "Wu Di's Turn"),
  xapiBase: v.optional(text),
});

export type LaunchRead = { launch: LmsLaunch } | { launch: null; problem: string | null };

/**
 * The launch the page was packaged for, from its meta tag's content. A page without the tag is
 * the static site (no problem); a tag that does not read is reported, and the game then plays
 * as the static site rather than half as a package.
 */
export function readLaunch(content: string | null | undefined): LaunchRead {
  if (content === null || content === undefined || content.trim() === '')
    return { launch: null, problem: null };
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return { launch: null, problem: 'the package settings (meta wudi-lms) are not JSON' };
  }
  const read = v.safeParse(launchSchema, raw);
  if (!read.success) return { launch: null, problem: describeIssue(read.issues, 'wudi-lms') };
  return { launch: read.output };
}

export const LMS_META_NAME = 'wudi-lms';
