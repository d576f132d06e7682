/**
 * The stage alone, driven by hand: `show({ setting, speaker, mood })` puts any setting and
 * character on screen. The bench and the before/after screenshots of every setting use it;
 * it is served by the dev server only and never shipped.
 */
import { startStage } from '../../src/stage/index.ts';
import type { StageSource, StageView } from '../../src/stage/types.ts';

let view: StageView = {
  setting: null,
  speaker: null,
  mood: 'neutral',
  screen: 'play',
  ending: null,
  reducedMotion: true,
};
const listeners = new Set<(next: StageView, previous: StageView) => void>();
const source: StageSource = {
  get: () => view,
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function show(next: Partial<StageView>): void {
  const previous = view;
  view = { ...view, ...next };
  for (const listener of listeners) listener(view, previous);
}

const root = document.getElementById('stage');
if (root === null) throw new Error('gallery: no #stage');
const flag = new URLSearchParams(window.location.search).get('renderer');
const handle = await startStage(root, source, {
  renderer: flag === 'webgl' || flag === 'canvas' ? flag : 'auto',
});
document.documentElement.dataset.renderer = handle.renderer;
Object.assign(window, { show });
