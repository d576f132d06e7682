import type { StoreApi } from 'zustand/vanilla';
import { totalsOf } from './scoring.ts';
import type { GameState } from './store.ts';

export const MIRROR_CHANNEL = 'wudi-turn-state';

/** The part of the state another window (a presenter view) may mirror: plain data only. */
export function mirrorSnapshot(state: GameState) {
  return {
    screen: state.screen,
    locale: state.settings.locale,
    scenario: state.scenario
      ? { id: state.scenario.id, title: state.scenario.meta.header?.title ?? null }
      : null,
    step: state.step,
    decisions: state.snapshot?.decisions.map(({ stateBefore: _s, ...rest }) => rest) ?? [],
    totals: totalsOf(state.snapshot?.decisions ?? []),
    possible: state.scenario?.meta.possible ?? null,
    stage: state.stage,
  };
}

/** Publishes every change on a BroadcastChannel, so a second window can follow the game. */
export function mirrorStore(store: StoreApi<GameState>): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(MIRROR_CHANNEL);
  let queued = false;
  const unsubscribe = store.subscribe(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      channel.postMessage(mirrorSnapshot(store.getState()));
    });
  });
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'hello') channel.postMessage(mirrorSnapshot(store.getState()));
  };
  return () => {
    unsubscribe();
    channel.close();
  };
}
