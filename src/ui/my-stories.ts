import { MAX_STORY_BYTES } from '../content/my-stories.ts';
import type { StoryMeta } from '../content/story-module.ts';
import { sizeWords } from '../state/safe-json.ts';
import type { GameState } from '../state/store.ts';
import { t, type UiContext } from './context.ts';
import { el, replaceChildren } from './dom.ts';

/**
 * "My stories": a facilitator opens a `.ink` file (or drops it on the window) and plays it,
 * with no Node installed. The compiler loads only now, in a worker.
 */
type Outcome = { ok: boolean; kept?: boolean; file: string; messages: string[] };

export function myStoriesSection(
  ctx: UiContext,
  state: GameState,
): { element: HTMLElement; destroy(): void } {
  const s = t(state);
  const status = el('div', {
    className: 'my-status',
    attrs: { 'aria-live': 'polite', 'data-testid': 'my-status' },
  });
  const input = el('input', {
    attrs: { type: 'file', accept: '.ink,text/plain', hidden: true, 'data-testid': 'my-file' },
  });
  const showOutcome = (outcome: Outcome) => {
    const list =
      outcome.messages.length > 0
        ? el(
            'ul',
            { className: 'my-messages' },
            outcome.messages.map((m) => el('li', { text: m })),
          )
        : null;
    replaceChildren(
      status,
      outcome.ok
        ? el('div', { attrs: { 'data-testid': 'my-ok' } }, [
            el('p', {
              text: outcome.kept === false ? s.my.addedUnsaved(outcome.file) : s.my.added(outcome.file),
            }),
            list,
          ])
        : el('div', { className: 'my-error', attrs: { role: 'alert', 'data-testid': 'my-errors' } }, [
            el('p', { text: s.my.failed(outcome.file) }),
            list,
          ]),
    );
  };
  const open = async (file: File) => {
    // An oversized file is not read at all: its size is enough to refuse it.
    if (file.size > MAX_STORY_BYTES) {
      replaceChildren(
        status,
        el('p', {
          className: 'my-error',
          attrs: { role: 'alert', 'data-testid': 'my-errors' },
          text: s.my.tooLarge(file.name, sizeWords(file.size), sizeWords(MAX_STORY_BYTES)),
        }),
      );
      return;
    }
    replaceChildren(status, el('p', { className: 'muted', text: s.my.compiling(file.name) }));
    try {
      const result = await ctx.myStories.add(file.name, await file.text());
      showOutcome({
        ok: result.module !== null,
        kept: result.kept,
        file: file.name,
        messages: result.messages,
      });
    } catch (error) {
      showOutcome({ ok: false, file: file.name, messages: [String(error)] });
    }
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void open(file);
    input.value = '';
  });
  const onDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void open(file);
  };
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('drop', onDrop);

  const card = (meta: StoryMeta) =>
    el('li', { className: 'scenario-card my-card', attrs: { 'data-scenario': meta.id } }, [
      el('div', { className: 'scenario-head' }, [el('h3', { text: meta.header?.title ?? meta.file })]),
      el('p', { className: 'scenario-facts' }, [
        el('span', { text: meta.file }),
        meta.header?.scored ? null : el('span', { text: s.my.unscored }),
      ]),
      el('div', { className: 'row' }, [
        el('button', {
          className: 'btn primary',
          text: s.play,
          attrs: { 'data-testid': `play-${meta.id}` },
          on: { click: () => void ctx.game.actions.openScenario(meta.id, { fresh: true }) },
        }),
        el('button', {
          className: 'btn ghost small',
          text: s.my.remove,
          attrs: { 'data-testid': `remove-${meta.id}` },
          on: { click: () => ctx.myStories.remove(meta.id) },
        }),
      ]),
    ]);
  // The section keeps its own list current, so the status of the file just opened stays put.
  const list = el('ul', { className: 'scenario-list' });
  const renderList = () => {
    const metas = ctx.myStories.metas();
    list.hidden = metas.length === 0;
    replaceChildren(list, ...metas.map(card));
  };
  renderList();
  const unsubscribe = ctx.myStories.subscribe(renderList);
  const element = el('section', { className: 'my-stories', attrs: { 'aria-labelledby': 'my-heading' } }, [
    el('div', { className: 'row' }, [
      el('h2', { text: s.my.heading, attrs: { id: 'my-heading' } }),
      el('span', { className: 'spacer' }),
      el('button', {
        className: 'btn',
        text: s.my.open,
        attrs: { 'data-testid': 'open-file' },
        on: { click: () => input.click() },
      }),
      input,
    ]),
    el('p', { className: 'muted', text: s.my.intro }),
    status,
    list,
  ]);
  return {
    element,
    destroy() {
      unsubscribe();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    },
  };
}
