import type { StoreApi } from 'zustand/vanilla';
import type { SaveProblem } from './persisted-slice.ts';

export type NoticeKind =
  | 'run-damaged'
  | 'settings-damaged'
  | 'progress-damaged'
  | 'sessions-damaged'
  | 'data-damaged'
  | 'year-damaged'
  | 'saved-by-newer'
  | 'changed-in-another-tab'
  | 'session-imported'
  | 'session-import-failed'
  | 'storage-unavailable'
  | 'story-changed-replayed'
  | 'story-changed-restarted'
  | 'story-load-failed'
  | 'story-updated'
  | 'story-error'
  | 'lms-resume-failed'
  | 'lms-resumed';

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
  /** a problem with saved data, told once; one notice per kind names every part it touched */
  tell(problem: SaveProblem): void;
  dismiss(id: number): void;
}

const GAME_PARTS: Record<string, NoticeKind> = {
  settings: 'settings-damaged',
  progress: 'progress-damaged',
  runs: 'run-damaged',
  sessions: 'sessions-damaged',
  year: 'year-damaged',
};

/** What the player is told about a problem with saved data (see docs/SAVING.md). */
export function noticeFor(p: SaveProblem): { kind: NoticeKind; detail: string | null } {
  switch (p.kind) {
    case 'unavailable':
      return { kind: 'storage-unavailable', detail: p.detail };
    case 'write-failed':
      return { kind: 'storage-unavailable', detail: `${p.name}: ${p.detail}` };
    case 'newer':
      return { kind: 'saved-by-newer', detail: p.key };
    case 'taken-up':
      return { kind: 'changed-in-another-tab', detail: p.name };
    case 'damaged': {
      const kept = p.keptAs ? `; kept as ${p.keptAs}` : '; left as it is';
      return { kind: GAME_PARTS[p.name] ?? 'data-damaged', detail: `${p.detail}${kept}` };
    }
  }
}

export function createNotices(store: StoreApi<NoticesSlice>): Notices {
  let lastId = 0;
  const told = new Set<string>();
  const notify = (kind: NoticeKind, detail: string | null = null) => {
    store.setState((s) => ({ notices: [...s.notices, { id: ++lastId, kind, detail }] }));
  };
  return {
    notify,
    tell(problem) {
      const notice = noticeFor(problem);
      const once = notice.kind === 'storage-unavailable' ? notice.kind : `${notice.kind}|${notice.detail}`;
      if (told.has(once)) return;
      told.add(once);
      // One notice per kind, naming every part: a newer version's data is often in every key.
      const same = store.getState().notices.find((n) => n.kind === notice.kind);
      if (same && notice.kind !== 'storage-unavailable') {
        const detail = [same.detail, notice.detail].filter(Boolean).join('; ');
        store.setState((s) => ({ notices: s.notices.map((n) => (n === same ? { ...n, detail } : n)) }));
      } else notify(notice.kind, notice.detail);
    },
    dismiss(id) {
      store.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
  };
}
