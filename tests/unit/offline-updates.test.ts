import { describe, expect, it } from 'vitest';
import { mayApply, scenarioInPlay, type UpdateInput, updateView } from '../../src/offline/updates.ts';
import type { Screen } from '../../src/state/router.ts';

const at = (screen: Screen, more: Partial<UpdateInput> = {}): UpdateInput => ({
  waiting: true,
  screen,
  returnTo: 'menu',
  dismissed: null,
  ...more,
});

describe('a new version never swaps code under a running scenario', () => {
  it('shows nothing while no new version waits', () => {
    for (const screen of ['title', 'menu', 'play', 'debrief'] as const)
      expect(updateView(at(screen, { waiting: false }))).toBe('hidden');
    expect(mayApply(at('menu', { waiting: false }))).toBe(false);
  });

  it('offers the reload between scenarios: title, prologue, menu, debrief, the year, the profile', () => {
    for (const screen of ['title', 'prologue', 'menu', 'debrief', 'year', 'profile', 'class-view'] as const) {
      expect(updateView(at(screen)), screen).toBe('offer');
      expect(mayApply(at(screen)), screen).toBe(true);
    }
  });

  it('in a scenario (solo or in the room, the same play screen) only says the menu will offer it', () => {
    expect(updateView(at('play', { returnTo: 'menu' }))).toBe('deferred');
    expect(mayApply(at('play'))).toBe(false);
  });

  it('counts a reference screen opened from a scenario as in play, and one opened from the menu as not', () => {
    expect(scenarioInPlay('glossary', 'play')).toBe(true);
    expect(updateView(at('glossary', { returnTo: 'play' }))).toBe('deferred');
    expect(mayApply(at('maps', { returnTo: 'play' }))).toBe(false);
    expect(scenarioInPlay('glossary', 'menu')).toBe(false);
    expect(updateView(at('glossary', { returnTo: 'debrief' }))).toBe('offer');
    // a stale returnTo on a screen that is not a reference screen means nothing
    expect(scenarioInPlay('menu', 'play')).toBe(false);
  });

  it('brings a note closed in play back at the menu, and keeps "later" at the menu closed', () => {
    expect(updateView(at('play', { dismissed: 'deferred' }))).toBe('hidden');
    expect(updateView(at('menu', { dismissed: 'deferred' }))).toBe('offer');
    expect(updateView(at('menu', { dismissed: 'offer' }))).toBe('hidden');
    expect(updateView(at('play', { dismissed: 'offer' }))).toBe('hidden');
    // closing the notice never forbids the update itself
    expect(mayApply(at('menu'))).toBe(true);
  });
});
