import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type CompileMessage, compileInk } from '../src/narrative/compile.ts';
import { type CarryValue, readHeader } from '../src/narrative/engine.ts';
import { type ExploreResult, exploreStory } from '../src/narrative/explore.ts';
import { hashText } from '../src/narrative/hash.ts';
import type { StoryHeader } from '../src/narrative/tags.ts';

/**
 * Compiles a story file from disk and explores it, caching the exploration by a hash of every
 * source file it reads, so an unchanged story is never explored twice. Shared by the Vite plugin
 * and the command-line checker.
 */
export interface BuiltStory {
  id: string;
  locale: string;
  /** path relative to the project root, as messages show it */
  file: string;
  /** the Ink source as read for this build */
  source: string;
  sourceHash: string;
  /** hash of the compiled JSON: saves carry it to recognise an edited story */
  hash: string;
  json: string | null;
  header: StoryHeader | null;
  explore: ExploreResult | null;
  messages: CompileMessage[];
  files: string[];
}

export const PROJECT_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'wudi-stories');
// v8: branches carry their coach's note (the facilitator guide) and capability, results the
// capability maxima and the values of a story's `# carry:` variables at its endings.
const CACHE_VERSION = 'explore-v8';

/** A story's id is its file name and its locale the folder it sits in: stories/<locale>/<id>.ink. */
export function storyIdentity(absFile: string): { id: string; locale: string; file: string } {
  const file = path.relative(process.cwd(), absFile).split(path.sep).join('/');
  return { id: path.basename(absFile, '.ink'), locale: path.basename(path.dirname(absFile)), file };
}

export interface BuildOptions {
  useCache?: boolean;
  /** 'cached-only' returns explore: null on a cache miss instead of exploring (the dev server explores in the background) */
  explore?: 'always' | 'cached-only';
}

export async function buildStory(absFile: string, options: BuildOptions = {}): Promise<BuiltStory> {
  const { id, locale, file } = storyIdentity(absFile);
  const source = fs.readFileSync(absFile, 'utf8');
  const includes: string[] = [];
  const result = await compileInk({
    filename: file,
    source,
    loadInclude: (resolved) => {
      const text = fs.readFileSync(path.resolve(process.cwd(), resolved), 'utf8');
      includes.push(text);
      return text;
    },
  });
  const sourceHash = createHash('sha256')
    .update(CACHE_VERSION)
    .update(source)
    .update(includes.join('\u0000'))
    .digest('hex')
    .slice(0, 20);
  const base: BuiltStory = {
    id,
    locale,
    file,
    source,
    sourceHash,
    hash: '',
    json: result.json,
    header: null,
    explore: null,
    messages: result.messages,
    files: result.files.map((f) => path.resolve(process.cwd(), f)),
  };
  if (!result.json) return base;
  base.hash = hashText(result.json);
  base.header = readHeader(result.json);
  const cacheFile = path.join(CACHE_DIR, `${sourceHash}.json`);
  if (options.useCache !== false && fs.existsSync(cacheFile)) {
    try {
      base.explore = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as ExploreResult;
      return base;
    } catch {
      // A damaged cache entry is simply recomputed.
    }
  }
  if (options.explore === 'cached-only') return base;
  base.explore = exploreStory(result.json, { carried: base.header.carry.map((c) => c.name) });
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(base.explore));
  } catch {
    // The cache is an optimisation; a read-only tree still builds.
  }
  return base;
}

/**
 * A built story explored again under carried values (Wu Di's year): the variables of `preset`
 * set before the first line, the values of `carried` collected at the endings. Cached like the
 * plain exploration, keyed by the story and the values; 'cached-only' returns null on a miss.
 */
export function explorePreset(
  built: Pick<BuiltStory, 'json' | 'sourceHash'>,
  preset: Readonly<Record<string, CarryValue>>,
  carried: readonly string[],
  mode: 'always' | 'cached-only' = 'always',
): ExploreResult | null {
  if (!built.json) return null;
  const key = createHash('sha256')
    .update(built.sourceHash)
    .update(JSON.stringify(Object.entries(preset).sort(([a], [b]) => a.localeCompare(b))))
    .update(JSON.stringify(carried))
    .digest('hex')
    .slice(0, 20);
  const cacheFile = path.join(CACHE_DIR, `preset-${key}.json`);
  if (fs.existsSync(cacheFile)) {
    try {
      return JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as ExploreResult;
    } catch {
      // recomputed below
    }
  }
  if (mode === 'cached-only') return null;
  const result = exploreStory(built.json, { preset, carried });
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(result));
  } catch {
    // The cache is an optimisation.
  }
  return result;
}

export function listStoryFiles(storiesDir = path.join(PROJECT_ROOT, 'stories')): string[] {
  const out: string[] = [];
  if (!fs.existsSync(storiesDir)) return out;
  for (const locale of fs.readdirSync(storiesDir).sort()) {
    const dir = path.join(storiesDir, locale);
    if (locale.startsWith('_') || !fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.ink') && !name.startsWith('_')) out.push(path.join(dir, name));
    }
  }
  return out;
}
