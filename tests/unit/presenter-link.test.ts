import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPresenterWindow, PRESENTER_WINDOW } from '../../src/ui/presenter-link.ts';

describe('opening the presenter window', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens presenter.html next to the game page, under any path, as one named popup', () => {
    const open = vi.fn(() => null);
    vi.stubGlobal('window', {
      location: { href: 'https://example.org/courses/wudi/index.html?mode=class' },
      open,
    });
    expect(openPresenterWindow()).toBeNull(); // a popup blocker said no
    expect(open).toHaveBeenCalledWith(
      'https://example.org/courses/wudi/presenter.html',
      PRESENTER_WINDOW,
      'popup,width=1200,height=800',
    );
  });
});
