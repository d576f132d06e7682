import type { StoreApi } from 'zustand/vanilla';

export type NoticeKind =
  | 'run-damaged'
  | 'settings-damaged'
  | 'progress-damaged'
  | 'sessions-damaged'
  | 'session-imported'
  | 'session-import-failed'
  | 'storage-unavailable'
  | 'story-changed-replayed'
  | 'story-changed-restarted'
  | 'story-load-failed'
  | 'story-updated'
  | 'story-error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  detail: string | null;
}

/** The notices slice: what the game has to tell the player, until they dismiss it. */
export interface NoticesSlice {
  notices: Notice[];
}

export interface Notices {
  notify(kind: NoticeKind, detail?: string | null): void;
  dismiss(id: number): void;
}

export function createNotices(store: StoreApi<NoticesSlice>): Notices {
  let lastId = 0;
  return {
    notify(kind, detail = null) {
      store.setState((s) => ({ notices: [...s.notices, { id: ++lastId, kind, detail }] }));
    },
    dismiss(id) {
      store.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
  };
}
