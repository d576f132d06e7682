import type { Locale } from '../state/schema.ts';
import type { GameState } from '../state/store.ts';
import type { Screen, UiContext } from './context.ts';
import { t } from './context.ts';
import { el } from './dom.ts';
import { classStrings } from './i18n-class.ts';

const LANGUAGES: { locale: Locale; label: string }[] = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en', label: 'English' },
];

export function titleScreen(ctx: UiContext, state: GameState): Screen {
  const s = t(state);
  const chosen = state.settings.locale;
  const start = el('button', {
    className: 'btn primary big',
    text: s.start,
    attrs: { 'data-testid': 'start', disabled: chosen === null },
    on: { click: () => ctx.game.actions.begin() },
  });
  const cs = classStrings(chosen);
  const inClass = state.settings.mode === 'class';
  const classroom = el('button', {
    className: `btn ${inClass ? 'primary' : 'ghost'}`,
    text: cs.enter,
    attrs: {
      'data-testid': 'start-classroom',
      disabled: chosen === null,
      'aria-pressed': String(inClass),
      title: cs.enterHint,
    },
    on: {
      click: () => {
        if (inClass) ctx.game.classroom.leave();
        else ctx.game.classroom.enter();
      },
    },
  });
  const languageButtons = LANGUAGES.map(({ locale, label }) =>
    el('button', {
      className: 'btn lang',
      text: label,
      attrs: { lang: locale, 'aria-pressed': String(chosen === locale), 'data-testid': `lang-${locale}` },
      on: {
        click: () => {
          void ctx.game.actions.chooseLocale(locale).then(() => {
            document.querySelector<HTMLButtonElement>('[data-testid="start"]')?.focus();
          });
        },
      },
    }),
  );
  const root = el('main', { className: 'screen title-screen', attrs: { 'aria-labelledby': 'game-title' } }, [
    el('div', { className: 'title-card' }, [
      el('p', { className: 'title-kicker', text: 'S · T · R · O · BE' }),
      el('h1', { className: 'game-title', text: s.gameTitle, attrs: { id: 'game-title' } }),
      el('p', { className: 'game-subtitle', text: s.gameSubtitle }),
      el('div', { className: 'lang-switch', attrs: { role: 'group', 'aria-label': s.chooseLanguage } }, [
        el('span', { className: 'lang-label', text: '选择语言 · Choose your language' }),
        ...languageButtons,
      ]),
      el('div', { className: 'title-actions' }, [start, classroom]),
      el('p', { className: 'title-class-hint', text: cs.enterHint }),
    ]),
  ]);
  return {
    root,
    update() {},
    focus() {
      (chosen ? start : languageButtons[0])?.focus();
    },
  };
}
