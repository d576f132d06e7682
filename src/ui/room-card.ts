import type { Game, GameState } from '../state/store.ts';
import { watch } from '../state/watch.ts';
import { el, replaceChildren } from './dom.ts';
import { classStrings } from './i18n-class.ts';
import { roomStrings } from './i18n-room.ts';
import { qrCode } from './qr-code.ts';

/** "ABC234" as the room reads it aloud and types it: two groups of three. */
export function spacedCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/** The address to type, without the room in it (the code is shown large on its own); it wraps only before its path. */
export function addressParts(joinUrl: string): (string | HTMLElement)[] {
  const url = new URL(joinUrl);
  return [url.host, el('wbr', {}), url.pathname];
}

/**
 * The join card on the projector: the QR code phones scan, the address and the room code for
 * those who type, and how many phones are in. It lies over every screen of the room until the
 * trainer hides it (J); it never takes the keyboard's focus from the room.
 */
export function roomCard(game: Game): HTMLElement {
  const card = el('section', {
    className: 'room-card',
    attrs: { hidden: true, 'data-testid': 'room-card', 'aria-labelledby': 'room-card-heading' },
  });
  let drawnFor: string | null = null;
  const qrBox = el('div', { className: 'room-qr' });

  const render = (state: GameState) => {
    const room = state.room;
    const cs = classStrings(state.settings.locale);
    const rs = roomStrings(state.settings.locale);
    card.hidden = state.settings.mode !== 'class' || room.status === 'off' || !room.card;
    if (card.hidden) return;
    const hide = el('button', {
      className: 'btn ghost small',
      text: rs.joinHide,
      attrs: { 'data-testid': 'room-card-hide' },
      on: {
        click: () =>
          room.status === 'unavailable' ? game.classroom.closeRoom() : game.classroom.toggleRoomCard(),
      },
    });
    const heading = el('h2', { text: rs.joinHeading, attrs: { id: 'room-card-heading' } });
    if (room.status === 'unavailable' || !room.code || !room.joinUrl) {
      const line = room.status === 'unavailable' ? cs.roomUnavailable : rs.roomConnecting;
      replaceChildren(
        card,
        heading,
        el('p', { className: 'room-card-status', text: line, attrs: { role: 'status' } }),
        hide,
      );
      drawnFor = null;
      return;
    }
    if (drawnFor !== room.joinUrl) {
      drawnFor = room.joinUrl;
      const url = room.joinUrl;
      qrBox.replaceChildren();
      void qrCode(url, `${rs.joinScan}: ${url}`).then((qr) => {
        if (drawnFor === url) qrBox.replaceChildren(qr);
      });
    }
    replaceChildren(
      card,
      heading,
      el('div', { className: 'room-card-body' }, [
        qrBox,
        el('div', { className: 'room-card-text' }, [
          el('p', { text: rs.joinScan }),
          el('p', { text: rs.joinOpen }),
          el(
            'p',
            { className: 'room-url', attrs: { 'data-testid': 'room-url' } },
            addressParts(room.joinUrl),
          ),
          el('p', { className: 'room-code-label', text: rs.joinCode }),
          el('p', {
            className: 'room-code',
            text: spacedCode(room.code),
            attrs: { 'data-testid': 'room-code', 'aria-label': room.code.split('').join(' ') },
          }),
          el('p', {
            className: 'room-phones',
            text: room.status === 'reconnecting' ? rs.roomReconnecting : rs.phones(room.phones),
            attrs: { 'data-testid': 'room-phones', role: 'status' },
          }),
        ]),
      ]),
      hide,
    );
  };
  watch(
    game.store,
    (state) => [state.room, state.settings.locale, state.settings.mode],
    () => render(game.store.getState()),
  );
  render(game.store.getState());
  return card;
}
