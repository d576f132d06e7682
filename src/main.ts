import './ui/styles.css';
import './ui/classroom.css';
import './ui/class-view.css';
import './ui/results.css';
import { shallow } from 'zustand/vanilla/shallow';
import { createSoundPlayer, warmAudioOutput } from './audio/sound.ts';
import { newPairingSecret } from './classroom/mirror-protocol.ts';
import { library as initialLibrary, worlds as initialWorlds, onLibraryUpdate } from './content/library.ts';
import { createMyStories, withMyStories } from './content/my-stories.ts';
import type { PreparedStory } from './content/prepare-story.ts';
import type { World } from './content/world.ts';
import { LMS_META_NAME, readLaunch } from './lms/launch.ts';
import { createClassResults } from './results/class-results.ts';
import { recordResults } from './results/recorder.ts';
import { knownScenarios } from './results/result-files.ts';
import { createResultsStore } from './results/results-store.ts';
import { afterNextPaint } from './schedule.ts';
import type { StageHandle, StageSource, StageView } from './stage/types.ts';
import { rendererChoice } from './stage/webgl-probe.ts';
import { mirrorGame } from './state/mirror.ts';
import { browserStorage, memoryStore } from './state/persist.ts';
import type { Locale } from './state/schema.ts';
import { musicFor, toStageView } from './state/stage-view.ts';
import { createGame, type GameState, type StoryLibrary } from './state/store.ts';
import { watch } from './state/watch.ts';
import { mountUi } from './ui/app.ts';
import { answerPresenterPairing } from './ui/presenter-link.ts';

let library: StoryLibrary = initialLibrary;
let worlds: Record<string, World> = initialWorlds;

// The page's URL flags (?mode=class, ?stage=off, ?renderer=...), read once.
const flags = new URLSearchParams(window.location.search);

// An LMS package (npm run package) carries its settings in a meta tag; the static site has none.
const lmsRead = readLaunch(document.querySelector<HTMLMetaElement>(`meta[name="${LMS_META_NAME}"]`)?.content);
if (!lmsRead.launch && lmsRead.problem) console.warn('Playing as the static site:', lmsRead.problem);
const lmsLaunch = lmsRead.launch;
const lms = lmsLaunch
  ? await (await import('./lms/connect.ts')).connectLms(lmsLaunch, window.location.href)
  : null;
if (lms && lmsLaunch) {
  // The package plays its own scenarios; the other stories stay in the files, unlisted.
  const full = initialLibrary;
  library = {
    list: (locale) => full.list(locale).filter((meta) => lmsLaunch.scenarios.includes(meta.id)),
    load: (locale, id) => full.load(locale, id),
  };
}

// Inside an LMS the LMS keeps the learner's progress (suspend_data, the LRS): the storage of its
// origin, which every package it serves shares, is left alone.
const storage = lms ? memoryStore() : browserStorage();

// The Ink compiler is large: it loads in a worker, and only when a facilitator opens a file.
let worker: Worker | null = null;
const prepareInWorker = (fileName: string, source: string, id: string) =>
  new Promise<PreparedStory>((resolve) => {
    worker ??= new Worker(new URL('./content/story-worker.ts', import.meta.url), { type: 'module' });
    const w = worker;
    const onMessage = (event: MessageEvent<PreparedStory>) => {
      w.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ fileName, source, id });
  });
const myStories = createMyStories(storage, prepareInWorker);

// A learner's finished scenarios, kept in this browser for the debrief, the profile and export.
const results = createResultsStore(storage);
// The class a trainer loads into the class view; its files are checked against the stories here.
const classResults = createClassResults(storage, () =>
  knownScenarios([library.list('en'), library.list('zh-CN')]),
);

const game = createGame({
  // The dev server can swap the library; the store always asks through this indirection.
  library: withMyStories(() => library, myStories),
  storage,
  onReset: () => {
    results.clear();
    // The class a trainer loaded holds other people's names and scores: it goes too, name and all.
    classResults.forget();
  },
  // A trainer's bookmark or link can open the game straight in classroom mode.
  classroom: flags.get('mode') === 'class',
});

recordResults(game, results, {
  // The plan's wording is loaded at the first ending, not with the title screen.
  suggestPlan: async (result) => {
    const [{ suggestPlan }, { resultStrings }] = await Promise.all([
      import('./results/plan.ts'),
      import('./ui/i18n-results.ts'),
    ]);
    return suggestPlan(result, resultStrings(result.locale).plan);
  },
});

const uiRoot = document.getElementById('ui');
const stageRoot = document.getElementById('stage');
if (!uiRoot || !stageRoot) throw new Error('index.html must contain #ui and #stage');

// The screens are built in a task of their own: built here, the browser's layout at the end of
// parsing would join this script's run into one long task before the first paint.
let ui: ReturnType<typeof mountUi> | null = null;
setTimeout(() => {
  ui = mountUi(uiRoot, game, {
    library: () => library,
    worlds: () => worlds,
    myStories,
    results,
    classResults,
  });
}, 0);
// The presenter window drives the room: it talks on a channel named after this secret, held
// in memory only and handed to the presenter this window opens (ui/presenter-link.ts).
const presenterSecret = newPairingSecret();
mirrorGame(game, presenterSecret);
answerPresenterPairing(presenterSecret);

// Sound: nothing plays before the first gesture (browsers' autoplay rule).
const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
const sound = createSoundPlayer(`${import.meta.env.BASE_URL}audio/`);
const applySound = (state: GameState) => {
  sound.apply({ volume: state.settings.volume, muted: state.settings.muted });
  sound.playMusic(musicFor(state));
};
// The audio output starts while the title waits, not inside the first click (warmAudioOutput).
let audioWarm: Promise<void> = Promise.resolve();
afterNextPaint(() => {
  audioWarm = warmAudioOutput();
});
let unlocking = false;
const unlock = () => {
  if (sound.unlocked || unlocking) return;
  unlocking = true;
  // After the gesture's own frame, once the output is up: the click's answer paints first, and
  // creating howler's AudioContext never waits for the audio service inside a click. The page
  // has been interacted with, so browsers allow starting audio a moment later.
  void audioWarm.then(() =>
    afterNextPaint(() => {
      sound.unlock();
      applySound(game.store.getState());
    }),
  );
};
window.addEventListener('pointerdown', unlock, { capture: true });
window.addEventListener('keydown', unlock, { capture: true });
watch(
  game.store,
  (state) => ({ volume: state.settings.volume, muted: state.settings.muted, music: musicFor(state) }),
  () => applySound(game.store.getState()),
);
game.onCue((cue) => {
  if (cue.type === 'sfx') sound.playSfx(cue.id);
  if (cue.type === 'ending')
    sound.playSfx(cue.ending === 'poor' ? 'poor' : cue.ending === 'strong' ? 'strong' : 'page');
});

// The stage is drawn by Phaser, loaded after the first paint so the title and text come first.
const stageSource: StageSource = {
  get: () => toStageView(game.store.getState(), reducedMotionQuery.matches),
  subscribe(listener) {
    let previous: StageView = stageSource.get();
    const update = (view: StageView) => {
      if (shallow(view, previous)) return;
      const before = previous;
      previous = view;
      listener(view, before);
    };
    const unwatch = watch(game.store, (state) => toStageView(state, reducedMotionQuery.matches), update);
    const onMotion = () => update(stageSource.get());
    reducedMotionQuery.addEventListener('change', onMotion);
    return () => {
      unwatch();
      reducedMotionQuery.removeEventListener('change', onMotion);
    };
  },
};

let stage: StageHandle | null = null;
const startStageLater = () =>
  import('./stage/load-stage.ts')
    .then(({ loadStage }) => loadStage())
    // ?renderer=webgl or canvas overrides the stage's own choice (a projector laptop with a
    // driver the browser trusts too much or too little)
    .then(({ startStage }) =>
      startStage(stageRoot, stageSource, { renderer: rendererChoice(flags.get('renderer')) }),
    )
    .then((handle) => {
      stage = handle;
      document.documentElement.dataset.renderer = handle.renderer;
    })
    .catch((error: unknown) => {
      // The game is fully playable from the DOM; a stage that cannot start only loses the pictures.
      console.warn('The stage could not start:', error);
      document.documentElement.dataset.renderer = 'none';
    });
// ?stage=off: text only, no pictures drawn (a low-powered laptop, or a test that reads only the page).
if (flags.get('stage') === 'off') {
  document.documentElement.dataset.renderer = 'off';
} else {
  afterNextPaint(startStageLater);
}

// Offline play (docs/OFFLINE.md): the service worker is registered from a module loaded after
// the first paint (no inline script, nothing added to the first download). The dev server has none,
// nor does a package an LMS launches (scripts/package.ts leaves the service worker out).
if (import.meta.env.PROD && !lmsLaunch) {
  afterNextPaint(() => {
    void import('./ui/update-notice.ts').then(({ startOffline }) =>
      startOffline(game, `${import.meta.env.BASE_URL}sw.js`),
    );
  });
}

// While the title and the menu wait, the chosen language's scenarios load in idle time, one per
// task, so a click on a scenario opens it at once instead of fetching and evaluating it then.
const prefetched = new Set<string>();
const prefetchStories = (locale: Locale) => {
  const ids = library
    .list(locale)
    .map((meta) => meta.id)
    .filter((id) => !prefetched.has(`${locale}/${id}`));
  const next = () => {
    const id = ids.shift();
    if (id === undefined) return;
    prefetched.add(`${locale}/${id}`);
    void library.load(locale, id).then(
      () => whenIdle(next),
      () => whenIdle(next),
    );
  };
  whenIdle(next);
};
const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(task, { timeout: 2000 })
    : setTimeout(task, 50);
const chosenLocale = game.store.getState().settings.locale;
if (chosenLocale !== null) prefetchStories(chosenLocale);
watch(
  game.store,
  (state) => state.settings.locale,
  (locale) => {
    if (locale !== null) prefetchStories(locale);
  },
  Object.is,
);

onLibraryUpdate((next) => {
  library = next.library;
  worlds = next.worlds;
  const state = game.store.getState();
  if (state.scenario) {
    const { id, locale } = state.scenario;
    void library.load(locale, id).then((module) => game.actions.storyUpdated(module));
  }
  if (state.screen === 'menu') ui?.refresh();
});

if (lms && lmsLaunch) {
  const { startLms } = await import('./lms/start.ts');
  await startLms(game, library, lmsLaunch, lms);
  // pagehide, not unload: it also fires when the LMS closes the frame or the tab goes to the cache.
  window.addEventListener('pagehide', () => lms.exit());
}

// Read-only hooks for tests and for a facilitator's browser console.
Object.assign(window, {
  __wudi: { getState: () => game.store.getState(), stage: () => stage, stageView: () => stageSource.get() },
});
