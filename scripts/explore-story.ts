/**
 * Explores one story and stores the result in the build cache. The dev server runs this in a
 * child process so a facilitator's save is shown at once, and the points possible follow.
 *   node --import tsx scripts/explore-story.ts stories/en/s1_strategy.ink
 * With `--preset '{"name":true}' --carried a,b` it explores under carried values (Wu Di's year,
 * see stories-check.ts), so the checker can run several in parallel.
 */
import path from 'node:path';
import type { CarryValue } from '../src/narrative/engine.ts';
import { buildStory, explorePreset } from './story-build.ts';

const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error('usage: explore-story <file.ink> [--preset JSON --carried a,b]');
  process.exit(2);
}
const at = args.indexOf('--preset');
const built = await buildStory(path.resolve(file));
if (at >= 0) {
  const preset = JSON.parse(args[at + 1] ?? '{}') as Record<string, CarryValue>;
  const carried = (args[args.indexOf('--carried') + 1] ?? '').split(',').filter(Boolean);
  process.exit(explorePreset(built, preset, carried) ? 0 : 1);
}
process.exit(built.explore ? 0 : 1);
