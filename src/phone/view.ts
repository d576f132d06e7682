import { LIMITS, type RoomLocale, type RoomState } from '../room/protocol.ts';
import { type Link, type Notice, shownVote, voteStatus } from './model.ts';
import { PHONE_STRINGS, type PhoneStrings } from './strings.ts';

/**
 * The phone page's DOM. Built once; each render changes text, attributes and visibility, and the
 * option buttons are made again only when the decision itself changes, so a tap is never lost to
 * a button replaced under the finger. Every word goes in as text (textContent), never as HTML.
 */
export interface PhoneModel {
  screen: 'form' | 'room';
  /** the locale before the room says which */
  guess: RoomLocale;
  code: string | null;
  link: Link;
  state: RoomState | null;
  /** the option just tapped, until the server answers */
  pending: string | null;
  notice: Notice;
  formError: 'invalid' | null;
  nickname: string | null;
  nicknameSaved: boolean;
}

export interface PhoneActions {
  join: (code: string, nickname: string) => void;
  vote: (key: string) => void;
  rename: (nickname: string) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  parent?: HTMLElement,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  parent?.append(node);
  return node;
}

export function createPhoneView(
  root: HTMLElement,
  actions: PhoneActions,
): { render: (m: PhoneModel) => void } {
  root.replaceChildren();
  const main = el('main', 'phone', root);

  const bar = el('header', 'phone-bar', main);
  const roomLabel = el('p', 'phone-code', bar);
  const linkLabel = el('p', 'phone-link', bar);
  linkLabel.setAttribute('role', 'status');
  linkLabel.dataset.testid = 'phone-link';

  // ---- the code form ----
  const form = el('form', 'phone-form', main);
  form.noValidate = true;
  const formHeading = el('h1', 'phone-heading', form);
  const formHint = el('p', 'phone-hint', form);
  const codeLabel = el('label', 'phone-label', form);
  codeLabel.htmlFor = 'phone-code-input';
  const codeInput = el('input', 'phone-code-input', form);
  codeInput.id = 'phone-code-input';
  codeInput.name = 'code';
  codeInput.autocomplete = 'off';
  codeInput.setAttribute('autocapitalize', 'characters');
  codeInput.spellcheck = false;
  codeInput.maxLength = 8;
  codeInput.inputMode = 'text';
  codeInput.setAttribute('aria-describedby', 'phone-form-error');
  const nickLabel = el('label', 'phone-label', form);
  nickLabel.htmlFor = 'phone-nick-input';
  const nickInput = el('input', 'phone-nick-input', form);
  nickInput.id = 'phone-nick-input';
  nickInput.name = 'nickname';
  nickInput.setAttribute('autocomplete', 'nickname');
  nickInput.maxLength = LIMITS.nickname;
  nickInput.setAttribute('aria-describedby', 'phone-nick-hint');
  const nickHint = el('p', 'phone-hint', form);
  nickHint.id = 'phone-nick-hint';
  const formError = el('p', 'phone-error', form);
  formError.id = 'phone-form-error';
  formError.setAttribute('role', 'alert');
  const joinButton = el('button', 'phone-primary', form);
  joinButton.type = 'submit';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    actions.join(codeInput.value, nickInput.value);
  });

  // ---- the room ----
  const room = el('section', 'phone-room', main);
  const title = el('h1', 'phone-title', room);
  const whatif = el('p', 'phone-whatif', room);
  whatif.dataset.testid = 'phone-whatif';
  const decision = el('div', 'phone-decision', room);
  const prompt = el('p', 'phone-prompt', decision);
  prompt.id = 'phone-prompt';
  prompt.dataset.testid = 'phone-prompt';
  const optionList = el('div', 'phone-options', decision);
  optionList.setAttribute('role', 'group');
  optionList.setAttribute('aria-labelledby', 'phone-prompt');
  const status = el('p', 'phone-status', room);
  status.setAttribute('role', 'status');
  status.dataset.testid = 'phone-status';
  const notice = el('p', 'phone-notice', room);
  notice.setAttribute('role', 'alert');
  const blankNote = el('p', 'phone-blank-note visually-hidden', main);

  const nick = el('details', 'phone-nick', room);
  const nickSummary = el('summary', '', nick);
  const nickForm = el('form', 'phone-nick-form', nick);
  const renameLabel = el('label', 'phone-label visually-hidden', nickForm);
  renameLabel.htmlFor = 'phone-rename-input';
  const renameInput = el('input', 'phone-nick-input', nickForm);
  renameInput.id = 'phone-rename-input';
  renameInput.maxLength = LIMITS.nickname;
  renameInput.setAttribute('autocomplete', 'nickname');
  const renameButton = el('button', 'phone-secondary', nickForm);
  renameButton.type = 'submit';
  const renameDone = el('span', 'phone-hint', nickForm);
  renameDone.setAttribute('role', 'status');
  nickForm.addEventListener('submit', (e) => {
    e.preventDefault();
    actions.rename(renameInput.value);
  });

  let buttons: HTMLButtonElement[] = [];
  let optionsSignature = '';
  let lastLocale: RoomLocale | null = null;
  let shownScreen: PhoneModel['screen'] | null = null;

  function setText(node: HTMLElement, text: string): void {
    if (node.textContent !== text) node.textContent = text;
  }

  function drawOptions(state: RoomState, t: PhoneStrings, pending: string | null, live: boolean): void {
    const d = state.decision;
    const signature = d ? JSON.stringify([d.decisionId, d.options]) : '';
    if (signature !== optionsSignature) {
      optionsSignature = signature;
      buttons = (d?.options ?? []).map((option, i) => {
        const button = el('button', 'phone-option');
        button.type = 'button';
        button.dataset.key = option.key;
        const number = el('span', 'phone-option-number', button);
        number.textContent = String(i + 1);
        number.setAttribute('aria-hidden', 'true');
        const text = el('span', 'phone-option-text', button);
        text.textContent = option.text;
        const mark = el('span', 'phone-option-mark', button);
        mark.dataset.role = 'mark';
        button.addEventListener('click', () => {
          if (button.getAttribute('aria-disabled') === 'true' || button.disabled) return;
          actions.vote(option.key);
        });
        return button;
      });
      optionList.replaceChildren(...buttons);
    }
    const mine = shownVote(state, pending);
    // Not connected: a tap would go nowhere, so the options wait for the connection to come back.
    const open = (d?.open ?? false) && live;
    for (const button of buttons) {
      const chosen = button.dataset.key === mine;
      button.setAttribute('aria-pressed', String(chosen));
      button.disabled = !open;
      const mark = button.querySelector<HTMLElement>('[data-role="mark"]');
      if (mark) setText(mark, chosen ? t.yourVote : '');
    }
  }

  function linkText(link: Link, t: PhoneStrings): string {
    switch (link) {
      case 'connecting':
        return t.connecting;
      case 'joining':
        return t.joining;
      case 'waiting-host':
        return t.waitingHost;
      case 'live':
        return t.live;
      case 'reconnecting':
        return t.reconnecting;
      default:
        return '';
    }
  }

  function render(m: PhoneModel): void {
    const locale = m.state?.locale ?? m.guess;
    const t = PHONE_STRINGS[locale];
    if (locale !== lastLocale) {
      lastLocale = locale;
      document.documentElement.lang = locale;
      document.title = t.pageTitle;
      // labels that never change within a language
      setText(formHeading, t.joinHeading);
      setText(formHint, t.joinHint);
      setText(codeLabel, t.codeLabel);
      setText(nickLabel, t.nicknameLabel);
      setText(nickHint, t.nicknameHint);
      setText(joinButton, t.join);
      setText(nickSummary, t.nicknameLabel);
      setText(renameLabel, t.nicknameLabel);
      setText(renameButton, t.nicknameSave);
      setText(blankNote, t.blank);
      setText(whatif, t.whatif);
    }
    const formShown = m.screen === 'form' || m.link === 'not-found' || m.link === 'full';
    if (shownScreen !== m.screen) {
      shownScreen = m.screen;
      if (m.screen === 'form') {
        codeInput.value = m.code ?? codeInput.value;
        nickInput.value = m.nickname ?? '';
      } else renameInput.value = m.nickname ?? '';
    }
    form.hidden = !formShown;
    room.hidden = formShown || m.link === 'ended';
    main.dataset.link = m.link;

    setText(roomLabel, m.code && !formShown ? t.room(m.code) : '');
    setText(linkLabel, formShown ? '' : linkText(m.link, t));
    linkLabel.hidden = m.link === 'live' || formShown || m.link === 'ended';

    const error =
      m.link === 'not-found' ? t.notFound : m.link === 'full' ? t.full : m.formError ? t.codeInvalid : '';
    setText(formError, error);
    codeInput.setAttribute('aria-invalid', String(error !== ''));

    const blank = !formShown && (m.state?.blank ?? false) && m.link !== 'ended';
    main.classList.toggle('is-blank', blank);
    blankNote.hidden = !blank;

    if (m.link === 'ended') {
      setText(status, '');
      setText(title, '');
      let ended = main.querySelector<HTMLElement>('.phone-ended');
      if (!ended) {
        ended = el('p', 'phone-ended', main);
        ended.setAttribute('role', 'status');
      }
      setText(ended, t.ended);
      return;
    }

    const state = m.state;
    setText(title, state?.title ?? '');
    whatif.hidden = !(state?.whatif ?? false);
    decision.hidden = !state?.decision;
    setText(prompt, state?.decision?.prompt ?? '');
    if (state) drawOptions(state, t, m.pending, m.link === 'live');
    const s = state ? voteStatus(state, m.pending) : 'waiting';
    main.dataset.vote = s;
    const statusText = !state
      ? ''
      : {
          waiting: t.waitingDecision,
          open: t.voteOpen,
          voted: t.voted,
          closed: t.closed,
          'closed-no-vote': t.closedNoVote,
        }[s];
    setText(status, statusText);
    const noticeText =
      m.notice === 'too-late' ? t.tooLate : m.notice === 'too-fast' ? t.tooFast : m.notice ? t.notSent : '';
    setText(notice, noticeText);
    notice.hidden = noticeText === '';
    setText(renameDone, m.nicknameSaved ? t.nicknameSaved : '');
  }

  return { render };
}
