/** Opens (or brings forward) the trainer's presenter window, next to the game's page. */
export function openPresenterWindow(): Window | null {
  const url = new URL('presenter.html', window.location.href);
  return window.open(url.href, 'wudi-presenter', 'popup,width=1200,height=800');
}
