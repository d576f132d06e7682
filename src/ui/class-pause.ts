import { parseSessionFile, sessionFileName } from '../classroom/session-schema.ts';
import { MAX_FILE_BYTES } from '../state/safe-json.ts';
import type { Game } from '../state/store.ts';
import { button, el } from './dom.ts';
import { downloadText } from './download.ts';
import { classStrings } from './i18n-class.ts';
import { openPresenterWindow } from './presenter-link.ts';

const DEBATE_MINUTES = [1, 2, 3, 5, 8];

/** The session on screen, handed to the browser as a file. */
export function saveSession(game: Game): void {
  const s = game.store.getState();
  const session = s.scenario ? s.sessions[s.scenario.id] : undefined;
  const text = game.classroom.exportSession();
  if (session && text) downloadText(sessionFileName(session), text);
}

/** The classroom part of the pause menu: the way in, the trainer's tools, and the way out. */
export function classPauseSection(
  game: Game,
  options: { inScenario: boolean; close(): void; rerender(): void },
): HTMLElement {
  const state = game.store.getState();
  const cs = classStrings(state.settings.locale);
  if (state.settings.mode !== 'class') {
    return el('section', { className: 'class-pause' }, [
      el('button', {
        className: 'btn',
        text: cs.enter,
        attrs: { 'data-testid': 'enter-classroom' },
        on: {
          click: () => {
            options.close();
            game.classroom.enter();
            // The scenario on screen continues as the room's: its saved session if it has one.
            const id = game.store.getState().scenario?.id;
            if (options.inScenario && id) void game.actions.openScenario(id);
          },
        },
      }),
      el('p', { className: 'hint', text: cs.enterHint }),
    ]);
  }
  const status = el('p', {
    className: 'hint',
    attrs: { role: 'status', 'data-testid': 'class-pause-status' },
  });
  const fileInput = el('input', {
    attrs: { type: 'file', accept: '.json,application/json', hidden: true, 'data-testid': 'session-file' },
    on: {
      change: async (e) => {
        const file = (e.target as HTMLInputElement).files?.[0];
        if (!file) return;
        // An oversized file is not read: parseSessionFile refuses it by its size.
        const text = file.size > MAX_FILE_BYTES ? '' : await file.text().catch(() => '');
        const parsed = parseSessionFile(text, file.size);
        if ('error' in parsed) {
          status.textContent = `${cs.importFailed} ${file.name}: ${parsed.error}`;
          return;
        }
        const open = async () => {
          options.close();
          await game.actions.importSession(parsed.session);
        };
        // The same scenario's session in this browser would be replaced: ask, and offer to keep it.
        const sessions = game.store.getState().sessions;
        // The scenario id is the file's: only the sessions' own keys count ("constructor").
        const existing = Object.hasOwn(sessions, parsed.session.scenarioId)
          ? sessions[parsed.session.scenarioId]
          : undefined;
        const worthKeeping =
          existing !== undefined &&
          (existing.branches.some((b) => b.snapshot.decisions.length > 0) ||
            Object.keys(existing.votes).length > 0);
        if (!existing || existing.id === parsed.session.id || !worthKeeping) {
          await open();
          return;
        }
        status.replaceChildren(
          el('span', { text: cs.importReplaces }),
          el('button', {
            className: 'btn danger small',
            text: cs.importReplaceYes,
            attrs: { 'data-testid': 'import-replace' },
            on: { click: () => void open() },
          }),
        );
        (e.target as HTMLInputElement).value = '';
      },
    },
  }) as HTMLInputElement;
  const minutes = Math.round(state.settings.debateSeconds / 60);
  const length = el(
    'select',
    {
      attrs: { id: 'debate-length', 'data-testid': 'debate-length' },
      on: {
        change: (e) => {
          game.actions.updateSettings({ debateSeconds: Number((e.target as HTMLSelectElement).value) * 60 });
          game.classroom.resetTimer();
        },
      },
    },
    DEBATE_MINUTES.map((m) =>
      el('option', { text: cs.minutes(m), attrs: { value: m, selected: m === minutes } }),
    ),
  );
  const room = state.room;
  const phones =
    room.status === 'off' || room.status === 'unavailable'
      ? [
          el('button', {
            className: 'btn',
            text: cs.roomStart,
            attrs: { 'data-testid': 'room-start' },
            on: {
              click: () => {
                game.classroom.closeRoom();
                game.classroom.openRoom();
                options.close();
              },
            },
          }),
          el('p', {
            className: 'hint',
            text: room.status === 'unavailable' ? cs.roomUnavailable : cs.roomStartHint,
          }),
        ]
      : [
          el('button', {
            className: 'btn',
            text: cs.roomShowCard,
            attrs: { 'data-testid': 'room-show-card' },
            on: {
              click: () => {
                if (!game.store.getState().room.card) game.classroom.toggleRoomCard();
                options.close();
              },
            },
          }),
          el('button', {
            className: 'btn ghost',
            text: cs.roomStop,
            attrs: { 'data-testid': 'room-stop' },
            on: {
              click: () => {
                game.classroom.closeRoom();
                options.rerender();
              },
            },
          }),
        ];
  return el('section', { className: 'class-pause', attrs: { 'aria-label': cs.badge } }, [
    el('h3', { text: cs.badge }),
    el('div', { className: 'stack' }, [
      ...phones,
      button(
        cs.presenter,
        () => {
          if (!openPresenterWindow()) status.textContent = cs.presenterBlocked;
        },
        { testId: 'open-presenter' },
      ),
      options.inScenario
        ? el('button', {
            className: 'btn',
            text: cs.exportSession,
            attrs: { 'data-testid': 'export-session' },
            on: { click: () => saveSession(game) },
          })
        : null,
      el('button', {
        className: 'btn',
        text: cs.importSession,
        attrs: { 'data-testid': 'import-session' },
        on: { click: () => fileInput.click() },
      }),
      fileInput,
      el('div', { className: 'field' }, [
        el('label', { text: cs.debateLength, attrs: { for: 'debate-length' } }),
        length,
      ]),
      el('button', {
        className: 'btn ghost',
        text: cs.leave,
        attrs: { 'data-testid': 'leave-classroom' },
        on: {
          click: () => {
            options.close();
            game.classroom.leave();
            if (options.inScenario) game.actions.backToMenu();
          },
        },
      }),
    ]),
    status,
  ]);
}
