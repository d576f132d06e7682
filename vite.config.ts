/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';
import { phaserFlagsPlugin } from './scripts/vite-plugin-phaser.ts';

const PHASER_LITE = fileURLToPath(new URL('./src/stage/phaser/phaser-lite.js', import.meta.url));
const PHASER_SRC = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));

export default defineConfig(({ command }) => ({
  // Relative base: the build is static files that any web server can host, under any path.
  base: './',
  // cspPlugin: every built page carries the Content Security Policy (docs/SECURITY.md).
  plugins: [inkPlugin(), phaserFlagsPlugin(), cspPlugin()],
  // In the production build the stage's `import * as Phaser from 'phaser'` gets only the parts it
  // uses, from Phaser's sources (a third of the code to evaluate on a classroom laptop). The dev
  // server, for authors, keeps Phaser's prebuilt bundle.
  resolve:
    command === 'build'
      ? {
          alias: [
            { find: /^phaser$/, replacement: PHASER_LITE },
            { find: /^phaser-src\//, replacement: PHASER_SRC },
          ],
        }
      : {},
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    // Phaser alone is ~1.2 MB minified; it loads in its own chunk after the title is painted.
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      // The presenter window is its own small page: it draws no stage and owns no state.
      // The facilitator guide is a printable page of its own, opened in a new tab.
      input: { main: 'index.html', presenter: 'presenter.html', guide: 'guide.html' },
      output: {
        manualChunks(id: string) {
          // The game objects' factories are modules that only register themselves: bundled
          // into the Phaser chunk they would run the moment it loads, so they get a chunk of
          // their own, evaluated in the stage's second part (src/stage/load-stage.ts).
          if (/node_modules\/phaser\/src\/gameobjects\/.*Factory\.js$/.test(id)) return 'phaser-objects';
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/stories/**/*.test.ts'],
          // Compiles (and, on a cache miss, explores) every story once for all the test files.
          globalSetup: ['tests/stories/global-setup.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium at a time: the machines have two cores and WebGL runs in software.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
