import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function check(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/stories-check.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

describe('npm run stories:check', () => {
  it('exits non-zero and names file and line for a story that does not compile', () => {
    const { code, out } = check('tests/fixtures/checker/en/broken.ink');
    expect(code).toBe(1);
    expect(out).toMatch(/tests\/fixtures\/checker\/en\/broken\.ink:6: error: Expected closing '\]'/);
  });

  it('passes a good story, with its figures, and reports as JSON on request', () => {
    const { code, out } = check('--json', 'tests/fixtures/stories/mini.ink');
    expect(code).toBe(0);
    const report = JSON.parse(out) as {
      errors: number;
      stories: { explore: { paths: number; possible: Record<string, number> } }[];
    };
    expect(report.errors).toBe(0);
    expect(report.stories[0]?.explore.paths).toBe(10);
    expect(report.stories[0]?.explore.possible.S).toBe(5);
  });
});
