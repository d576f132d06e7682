#!/usr/bin/env node
// Browser tests need Chromium and a CJK font (zh-CN screenshots must show real glyphs); the room
// server's scale-out test needs redis-server (docs/ROOM.md).
// On a fresh Debian machine this installs them; elsewhere it stops with the exact command.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const INSTALL = 'apt-get install -y chromium fonts-noto-cjk redis-server';
const REDIS = '/usr/bin/redis-server';
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

function hasCjkFont() {
  try {
    return /Noto (Sans|Serif) CJK/i.test(
      execSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
  } catch {
    return false;
  }
}

const missing = [];
if (!fs.existsSync(chrome)) missing.push(`Chromium (looked for ${chrome}; set CHROME_PATH to use another)`);
if (!hasCjkFont()) missing.push('the Noto CJK font (fonts-noto-cjk)');
if (!fs.existsSync(REDIS)) missing.push('redis-server');
if (missing.length === 0) process.exit(0);

console.log(`Browser tests need ${missing.join(' and ')}.`);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt && !process.env.CHROME_PATH) {
  console.log(`Installing: apt-get update && ${INSTALL}`);
  const run = spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${INSTALL}`], {
    stdio: 'inherit',
  });
  if (run.status === 0 && fs.existsSync(chrome) && hasCjkFont() && fs.existsSync(REDIS)) process.exit(0);
}
console.error(
  `\nCannot run the browser tests yet. Install what they need with:\n\n  sudo ${INSTALL}\n\nthen run npm test again.`,
);
process.exit(1);
