import path from 'node:path';
import { inject } from 'vitest';
import { type BuiltStory, buildStory, listStoryFiles } from '../../scripts/story-build.ts';

/**
 * Each story file compiled, and explored or read from the exploration cache, once: by the unit
 * project's global set-up for the whole run (tests/stories/global-setup.ts), or else once per
 * test process however many tests ask for it. Compiling a scenario takes about half a second,
 * exploring one from cold 10 to 40 seconds.
 */
const built = new Map<string, Promise<BuiltStory>>();

function provided(): BuiltStory[] {
  try {
    return inject('stories') ?? [];
  } catch {
    return [];
  }
}

export function builtStory(file: string): Promise<BuiltStory> {
  const abs = path.resolve(file);
  let story = built.get(abs);
  if (!story) {
    const ready = provided().find((s) => path.resolve(s.file) === abs);
    story = ready ? Promise.resolve(ready) : buildStory(abs);
    built.set(abs, story);
  }
  return story;
}

/** The shipped story files, stories/<locale>/<id>.ink, optionally of one language. */
export function storyFiles(locale?: string): string[] {
  const all = listStoryFiles();
  return locale ? all.filter((f) => f.includes(`/stories/${locale}/`)) : all;
}
