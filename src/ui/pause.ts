import { LOCALES, TEXT_SIZES, type TextSize } from '../state/schema.ts';
import type { Game } from '../state/store.ts';
import { classPauseSection, saveSession } from './class-pause.ts';
import { t } from './context.ts';
import { button, el, replaceChildren } from './dom.ts';
import { classStrings } from './i18n-class.ts';

const LANGUAGE_NAMES = { en: 'English', 'zh-CN': '中文' } as const;

/**
 * The pause menu and settings, as a native modal <dialog>: it traps focus, closes on Esc and
 * returns focus to where it was, without any of that being re-implemented here.
 */
export function createPauseDialog(game: Game): {
  open(options: { inScenario: boolean }): void;
  element: HTMLDialogElement;
} {
  const dialog = el('dialog', {
    className: 'pause-dialog',
    attrs: { 'data-testid': 'pause-dialog', 'aria-labelledby': 'pause-heading' },
  });
  let inScenario = false;
  let confirming = false;
  let confirmingRestart = false;

  const close = () => dialog.close();

  const render = () => {
    const state = game.store.getState();
    const s = t(state);
    const settings = state.settings;
    const heading = el('h2', {
      text: inScenario ? s.pauseHeading : s.settings,
      attrs: { id: 'pause-heading' },
    });
    if (confirmingRestart) {
      // A new session replaces the room's branches, votes and timings: offer to keep them first.
      const cs = classStrings(state.settings.locale);
      replaceChildren(
        dialog,
        el('h2', { text: cs.restartHeading, attrs: { id: 'pause-heading' } }),
        el('p', { text: cs.restartWarning }),
        el('div', { className: 'row' }, [
          button(
            s.cancel,
            () => {
              confirmingRestart = false;
              render();
            },
            { testId: 'restart-cancel' },
          ),
          button(cs.exportSession, () => saveSession(game), { testId: 'restart-save' }),
          button(
            cs.restartYes,
            () => {
              confirmingRestart = false;
              close();
              void game.actions.restartScenario();
            },
            { className: 'btn danger', testId: 'restart-confirm' },
          ),
        ]),
      );
      dialog.querySelector<HTMLButtonElement>('[data-testid="restart-cancel"]')?.focus();
      return;
    }
    if (confirming) {
      replaceChildren(
        dialog,
        el('h2', { text: s.resetData, attrs: { id: 'pause-heading' } }),
        el('p', { text: s.resetConfirm }),
        el('div', { className: 'row' }, [
          el('button', {
            className: 'btn',
            text: s.cancel,
            attrs: { 'data-testid': 'reset-cancel', autofocus: true },
            on: {
              click: () => {
                confirming = false;
                render();
              },
            },
          }),
          el('button', {
            className: 'btn danger',
            text: s.resetYes,
            attrs: { 'data-testid': 'reset-confirm' },
            on: {
              click: () => {
                confirming = false;
                close();
                game.actions.resetData();
              },
            },
          }),
        ]),
      );
      dialog.querySelector<HTMLButtonElement>('[data-testid="reset-cancel"]')?.focus();
      return;
    }
    const actions = inScenario
      ? el('div', { className: 'stack' }, [
          el('button', {
            className: 'btn primary',
            text: s.resumeGame,
            attrs: { 'data-testid': 'resume', autofocus: true },
            on: { click: close },
          }),
          el('button', {
            className: 'btn',
            text: s.restart,
            attrs: { 'data-testid': 'restart' },
            on: {
              click: () => {
                if (settings.mode === 'class') {
                  confirmingRestart = true;
                  render();
                  return;
                }
                close();
                void game.actions.restartScenario();
              },
            },
          }),
          el('button', {
            className: 'btn',
            text: s.backToMenu,
            attrs: { 'data-testid': 'menu' },
            on: {
              click: () => {
                close();
                game.actions.backToMenu();
              },
            },
          }),
          el('button', {
            className: 'btn ghost',
            text: s.glossary.open,
            attrs: { 'data-testid': 'pause-glossary' },
            on: {
              click: () => {
                close();
                game.actions.showGlossary();
              },
            },
          }),
        ])
      : null;
    const volume = el('input', {
      attrs: {
        type: 'range',
        min: 0,
        max: 100,
        step: 5,
        value: Math.round(settings.volume * 100),
        id: 'volume',
        'data-testid': 'volume',
      },
      on: {
        input: (e) =>
          game.actions.updateSettings({ volume: Number((e.target as HTMLInputElement).value) / 100 }),
      },
    });
    const mute = el('input', {
      attrs: { type: 'checkbox', id: 'mute', checked: settings.muted, 'data-testid': 'mute' },
      on: { change: (e) => game.actions.updateSettings({ muted: (e.target as HTMLInputElement).checked }) },
    });
    const sizes = el(
      'div',
      { className: 'segmented', attrs: { role: 'radiogroup', 'aria-label': s.textSize } },
      TEXT_SIZES.map((size: TextSize) =>
        el('button', {
          className: 'btn small',
          text: s.textSizes[size],
          attrs: {
            role: 'radio',
            'aria-checked': String(settings.textSize === size),
            'data-testid': `text-${size}`,
          },
          on: {
            click: () => {
              game.actions.updateSettings({ textSize: size });
              render();
            },
          },
        }),
      ),
    );
    const languages = el(
      'div',
      { className: 'segmented', attrs: { role: 'radiogroup', 'aria-label': s.language } },
      LOCALES.map((locale) =>
        el('button', {
          className: 'btn small',
          text: LANGUAGE_NAMES[locale],
          attrs: {
            role: 'radio',
            lang: locale,
            'aria-checked': String(settings.locale === locale),
            'data-testid': `settings-lang-${locale}`,
          },
          on: { click: () => void game.actions.chooseLocale(locale).then(render) },
        }),
      ),
    );
    replaceChildren(
      dialog,
      heading,
      actions,
      classPauseSection(game, { inScenario, close, rerender: render }),
      el('section', { className: 'settings', attrs: { 'aria-label': s.settings } }, [
        inScenario ? el('h3', { text: s.settings }) : null,
        el('div', { className: 'field' }, [
          el('span', { className: 'field-label', text: s.language }),
          languages,
        ]),
        el('div', { className: 'field' }, [
          el('label', { text: s.volume, attrs: { for: 'volume' } }),
          volume,
        ]),
        el('div', { className: 'field' }, [mute, el('label', { text: s.mute, attrs: { for: 'mute' } })]),
        el('div', { className: 'field' }, [
          el('span', { className: 'field-label', text: s.textSize }),
          sizes,
        ]),
      ]),
      el('div', { className: 'row' }, [
        el('button', {
          className: 'btn danger ghost',
          text: s.resetData,
          attrs: { 'data-testid': 'reset-data' },
          on: {
            click: () => {
              confirming = true;
              render();
            },
          },
        }),
        el('span', { className: 'spacer' }),
        inScenario
          ? null
          : el('button', {
              className: 'btn',
              text: s.close,
              attrs: { autofocus: true },
              on: { click: close },
            }),
      ]),
    );
  };

  return {
    element: dialog,
    open(options) {
      inScenario = options.inScenario;
      confirming = false;
      confirmingRestart = false;
      render();
      dialog.showModal();
    },
  };
}
