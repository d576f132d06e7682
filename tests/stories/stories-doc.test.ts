import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAll, storiesMarkdown } from '../../scripts/stories-check.ts';
import { listStoryFiles } from '../../scripts/story-build.ts';

describe('docs/STORIES.md', () => {
  it('matches the stories as they are now (regenerate with npm run stories:docs)', async () => {
    const reports = await checkAll(listStoryFiles());
    const current = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/STORIES.md'), 'utf8');
    expect(current).toBe(storiesMarkdown(reports));
  });
});
