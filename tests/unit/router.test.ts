import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createRouter, type RouterSlice, type Screen } from '../../src/state/router.ts';
import type { Settings } from '../../src/state/schema.ts';

function router(screen: Screen) {
  const store = createStore<RouterSlice & { settings: Settings; scenario: unknown }>(() => ({
    screen,
    returnTo: 'menu',
    returnVia: null,
    settings: {} as Settings,
    scenario: null,
  }));
  return { store, actions: createRouter(store) };
}

describe('the router and the self-assessment', () => {
  it('returns from the self-assessment to the profile it was opened from, then to where the profile was opened', () => {
    const { store, actions } = router('menu');
    actions.show('profile');
    actions.show('self-assessment');
    expect(store.getState().screen).toBe('self-assessment');
    actions.goBack();
    expect(store.getState()).toMatchObject({ screen: 'profile', returnTo: 'menu', returnVia: null });
    actions.goBack();
    expect(store.getState().screen).toBe('menu');
  });

  it('returns from the self-assessment to the menu or debrief it was opened from', () => {
    const { store, actions } = router('menu');
    actions.show('self-assessment');
    actions.goBack();
    expect(store.getState().screen).toBe('menu');
    store.setState({ screen: 'debrief', scenario: {} });
    actions.show('self-assessment');
    actions.goBack();
    expect(store.getState().screen).toBe('debrief');
  });
});
