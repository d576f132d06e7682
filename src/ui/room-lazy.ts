import type { Game } from '../state/store.ts';
import { watch } from '../state/watch.ts';
import { HELD_ROOM_KEY } from './room-held.ts';

function holdsRoom(): boolean {
  try {
    return sessionStorage.getItem(HELD_ROOM_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Loads the room link (Socket.IO client, protocol, join card) only when a trainer opens a room,
 * or when this tab held one before a reload: solo play and most classes never download it.
 */
export function linkRoomWhenNeeded(game: Game, mount: (card: HTMLElement) => void): void {
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    stop();
    void Promise.all([import('./room-host.ts'), import('./room-card.ts')]).then(([host, card]) => {
      mount(card.roomCard(game));
      host.linkRoomServer(game);
    });
  };
  const stop = watch(
    game.store,
    (state) => state.room.status,
    (status) => {
      if (status !== 'off') load();
    },
    Object.is,
  );
  if (holdsRoom() && game.store.getState().settings.mode === 'class') load();
}
