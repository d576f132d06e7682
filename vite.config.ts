/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';

export default defineConfig({
  // Relative base: the build is static files that any web server can host, under any path.
  base: './',
  plugins: [inkPlugin()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    // Phaser alone is ~1.2 MB minified; it loads in its own chunk after the title is painted.
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      // The presenter window is its own small page: it draws no stage and owns no state.
      input: { main: 'index.html', presenter: 'presenter.html' },
      output: {
        manualChunks(id: string) {
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
});
