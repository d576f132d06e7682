import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type BuiltStory, buildStory, listStoryFiles } from '../../scripts/story-build.ts';

/**
 * Every shipped story compiled once for the whole unit run and handed to the test files, which
 * would otherwise each compile it again. A story missing from the exploration cache (a fresh
 * clone, an edited story) is explored here, once, one child process per core; before this,
 * several test files explored the same story at the same time.
 */
export default async function setup(project: TestProject) {
  const files = listStoryFiles();
  const built: BuiltStory[] = [];
  for (const file of files) built.push(await buildStory(file, { explore: 'cached-only' }));
  const misses = files.filter((_, i) => built[i]?.json && !built[i]?.explore);
  if (misses.length > 0) {
    const started = Date.now();
    await exploreInChildren(misses);
    for (const [i, file] of files.entries()) if (misses.includes(file)) built[i] = await buildStory(file);
    console.log(`explored ${misses.length} stories missing from the cache in ${Date.now() - started} ms`);
  }
  project.provide('stories', built);
}

async function exploreInChildren(files: string[]): Promise<void> {
  const queue = [...files];
  const explorer = path.resolve(import.meta.dirname, '../../scripts/explore-story.ts');
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', explorer, file], { stdio: 'ignore' });
        child.on('exit', () => resolve());
        child.on('error', () => resolve());
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(os.cpus().length, files.length)) }, worker));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** the shipped stories, compiled and explored once per unit run (see global-setup.ts) */
    stories: BuiltStory[];
  }
}
