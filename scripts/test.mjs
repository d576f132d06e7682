#!/usr/bin/env node
// `npm test`: the unit project, then the browser project (which builds first), and one closing
// line with the counts and the time taken. Both projects run even when the first fails, so one
// run shows every failure; the exit code is non-zero if either failed.
// The JSON reports in test-results/ (unit.json, browser.json) are what .ci/run sums up.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  const t = Date.now();
  const { status } = spawnSync(npm, ['run', '-s', script], { cwd: root, stdio: 'inherit' });
  return { status: status ?? 1, seconds: (Date.now() - t) / 1000 };
}

/** Counts from a project's JSON report; a missing report counts as one failure (the run stopped early). */
function counts(name, since) {
  const file = path.join(root, 'test-results', `${name}.json`);
  if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < since)
    return { passed: 0, failed: 1, missing: true };
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0, missing: false };
}

const minSec = (s) => `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;

// What the tests need from the system (Chromium, the CJK font, redis-server for the room's
// scale-out test in the unit project): installed, or the exact command printed, before anything runs.
const deps = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-browser-deps.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (deps.status !== 0) process.exit(deps.status ?? 1);

let passed = 0;
let failed = 0;
let status = 0;
const lines = [];
for (const name of ['unit', 'browser']) {
  const since = Date.now();
  const result = run(`test:${name}`);
  const c = counts(name, since);
  passed += c.passed;
  failed += c.failed;
  if (result.status !== 0) status = 1;
  lines.push(
    `  ${name}: ${c.missing ? 'no report (the run stopped before the tests)' : `${c.passed} passed, ${c.failed} failed`} in ${minSec(result.seconds)}`,
  );
}
console.log(`\n${lines.join('\n')}`);
console.log(`npm test: ${passed} passed, ${failed} failed in ${minSec((Date.now() - started) / 1000)}`);
process.exit(status);
