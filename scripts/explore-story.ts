/**
 * Explores one story and stores the result in the build cache. The dev server runs this in a
 * child process so a facilitator's save is shown at once, and the points possible follow.
 *   node --import tsx scripts/explore-story.ts stories/en/s1_strategy.ink
 */
import path from 'node:path';
import { buildStory } from './story-build.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: explore-story <file.ink>');
  process.exit(2);
}
const built = await buildStory(path.resolve(file));
process.exit(built.explore ? 0 : 1);
