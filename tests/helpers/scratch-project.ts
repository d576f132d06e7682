import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * A throwaway copy of the project's shell (index.html, src and public linked, the English cast
 * data copied) with the given stories, so a dev server can be pointed at stories a test or the
 * bench edits without touching the real ones.
 */
export function scratchProject(stories: Record<string, string>): {
  dir: string;
  file(name: string): string;
  remove(): void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wudi-scratch-'));
  fs.copyFileSync(path.join(ROOT, 'index.html'), path.join(dir, 'index.html'));
  fs.symlinkSync(path.join(ROOT, 'src'), path.join(dir, 'src'));
  fs.symlinkSync(path.join(ROOT, 'public'), path.join(dir, 'public'));
  fs.mkdirSync(path.join(dir, 'stories/en/_shared'), { recursive: true });
  fs.copyFileSync(
    path.join(ROOT, 'stories/en/_shared/world.json'),
    path.join(dir, 'stories/en/_shared/world.json'),
  );
  const file = (name: string) => path.join(dir, 'stories/en', name);
  for (const [name, source] of Object.entries(stories)) fs.writeFileSync(file(name), source);
  return { dir, file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Dev-server options that let a scratch project serve the real src/ and node_modules. */
export function scratchServerOptions(dir: string) {
  return {
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: dir,
    logLevel: 'silent' as const,
    server: { port: 0, host: '127.0.0.1', fs: { allow: [dir, ROOT] } },
  };
}
