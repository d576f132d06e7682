/** The name of the presenter window: opening it again brings the same window forward. */
export const PRESENTER_WINDOW = 'wudi-presenter';

/**
 * Opens the trainer's presenter window (presenter.html next to the game's page; the build uses
 * a relative base, so it works under any path). Returns null when a popup blocker refuses.
 */
export function openPresenterWindow(): Window | null {
  const url = new URL('presenter.html', window.location.href).href;
  const opened = window.open(url, PRESENTER_WINDOW, 'popup,width=1200,height=800');
  opened?.focus();
  return opened;
}
