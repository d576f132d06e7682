/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';
import { phaserFlagsPlugin } from './scripts/vite-plugin-phaser.ts';

const PHASER_LITE = fileURLToPath(new URL('./src/stage/phaser/phaser-lite.js', import.meta.url));
const PHASER_SRC = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));

export default defineConfig(({ command }) => ({
  // Relative base: the build is static files that any web server can host, under any path.
  base: './',
  // cspPlugin: every built page carries the Content Security Policy (docs/SECURITY.md).
  plugins: [inkPlugin(), phaserFlagsPlugin(), cspPlugin(), offlinePlugin(), phoneNotAnApp()],
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
      // The phone page (docs/ROOM.md) is the smallest: the room's client and nothing of the game.
      input: { main: 'index.html', presenter: 'presenter.html', guide: 'guide.html', phone: 'phone.html' },
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
          // The room tests start real server processes in their hooks: on two busy cores a start
          // through tsx can take longer than Vitest's 10 s default.
          hookTimeout: 60_000,
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

/**
 * The offline app (docs/OFFLINE.md): a manifest, and a service worker that precaches every file
 * of the build, audio included. It never takes over by itself (registerType 'prompt', no
 * skipWaiting): src/offline/ registers it from our own module (no inline script, for the
 * Content-Security-Policy) and offers the new version only when no scenario is in play.
 */
/**
 * The phone page is a learner's ballot for one class, not the game: without the manifest's link a
 * phone does not offer to install "Wu Di's Turn" from it (the PWA plugin links every page).
 */
function phoneNotAnApp(): Plugin {
  return {
    name: 'wudi-phone-not-an-app',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.filename.endsWith('phone.html') ? html.replace(/<link rel="manifest"[^>]*>\s*/g, '') : html,
    },
  };
}

function offlinePlugin() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    // the manifest link goes in by hand in each page (a relative href that works under any path)
    manifest: {
      name: "Wu Di's Turn · 吴迪的转身",
      short_name: "Wu Di's Turn",
      description: 'A key-account leadership simulation in five scenarios. 大客户领导力情景模拟。',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#0c1828',
      theme_color: '#0c1828',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // the icons are in the precache already, as files of public/
    includeManifestIcons: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,webmanifest,png,svg,ico,woff,woff2,mp3,ogg}'],
      // Audio loops are the largest files (about 0.5 MB each); nothing may be left out.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Every URL parameter is the page's own (?mode=class, ?stage=off): the files are the same.
      ignoreURLParametersMatching: [/./],
      // Only the game's own page is the fallback; presenter.html, guide.html and phone.html are
      // precached as themselves.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/(presenter|guide|phone)\.html$/],
      // The first visit's own page is served from the cache as soon as it is filled (the network
      // may go the moment after); a later version waits until the player says so.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
    },
  });
}
