import type { MirrorState, PresenterCommand } from '../classroom/mirror-protocol.ts';
import { el, replaceChildren } from '../ui/dom.ts';
import { guideHref } from '../ui/guide/view.ts';
import { qrCode } from '../ui/qr-code.ts';
import { addressParts, spacedCode } from '../ui/room-card.ts';
import { percent } from '../words/format.ts';
import { type PresenterStrings, presenterStrings } from './i18n.ts';
import type { LinkStatus } from './link.ts';
import {
  type BranchLabel,
  type Chapter,
  chaptersOf,
  comparisonRows,
  type DecisionView,
  decisionOf,
  headerOf,
  type OptionView,
  onWhatIf,
  phaseOf,
  type ScoreChip,
  signed,
  timerView,
} from './model.ts';

export interface PresenterView {
  render(status: LinkStatus): void;
  /** no game window opened this one: nothing can pair it */
  unpaired(): void;
  /** redraws the debate timer only (every ~250 ms) */
  tick(now: number): void;
}

function chips(list: ScoreChip[], t: PresenterStrings): HTMLElement {
  if (list.length === 0) return el('span', { className: 'p-chips p-noscore', text: t.noScore });
  return el(
    'span',
    { className: 'p-chips', attrs: { 'data-testid': 'score' } },
    list.map((c) =>
      el('span', {
        className: `role-chip role-${c.role} p-chip${c.value < 0 ? ' minus' : ''}`,
        text: c.text,
        attrs: { title: t.roleNames[c.role] },
      }),
    ),
  );
}

function branchName(label: BranchLabel, t: PresenterStrings): string {
  if (label.kind === 'main') return t.mainLine;
  return label.lookBackAt !== null ? t.lookBackAt(label.lookBackAt) : t.whatIfFrom(label.forkAt);
}

/**
 * Draws the presenter window. The whole view is rebuilt from each state (it is small); the
 * focused control is found again by its key, so the keyboard keeps its place.
 */
export function createPresenterView(
  root: HTMLElement,
  send: (command: PresenterCommand) => void,
): PresenterView {
  let latest: MirrorState | null = null;
  let lastDrawn = '';
  let clockText: HTMLElement | null = null;
  let clockStatus: HTMLElement | null = null;
  let clockBar: HTMLElement | null = null;
  let toggleButton: HTMLButtonElement | null = null;
  let strings = presenterStrings(null);

  const button = (
    key: string,
    label: string,
    command: PresenterCommand,
    options: { className?: string; aria?: string; pressed?: boolean; testid?: string } = {},
  ) =>
    el('button', {
      className: `btn ${options.className ?? ''}`.trim(),
      text: label,
      attrs: {
        type: 'button',
        'data-key': key,
        'data-testid': options.testid ?? key,
        'aria-label': options.aria,
        'aria-pressed': options.pressed === undefined ? undefined : String(options.pressed),
      },
      on: { click: () => send(command) },
    });

  const message = (title: string, body: string, testid: string) =>
    el('section', { className: 'p-message card', attrs: { 'data-testid': testid, role: 'status' } }, [
      el('h1', { text: title }),
      el('p', { text: body }),
      el('p', { className: 'muted', text: strings.privateNote }),
    ]);

  /** Before the game window answers, its language is unknown: both are shown. */
  const bilingual = (
    testid: string,
    title: (t: PresenterStrings) => string,
    body: (t: PresenterStrings) => string,
  ) => {
    const en = presenterStrings('en');
    const zh = presenterStrings('zh-CN');
    return el('section', { className: 'p-message card', attrs: { 'data-testid': testid, role: 'status' } }, [
      el('h1', { text: title(en) }),
      el('p', { text: body(en) }),
      el('div', { className: 'p-other-language', attrs: { lang: 'zh-CN' } }, [
        el('h2', { text: title(zh) }),
        el('p', { text: body(zh) }),
      ]),
      el('p', { className: 'muted' }, [
        en.privateNote,
        el('br'),
        el('span', { text: zh.privateNote, attrs: { lang: 'zh-CN' } }),
      ]),
    ]);
  };

  const header = (state: MirrorState, status: LinkStatus) => {
    const t = strings;
    const h = headerOf(state);
    const branch = h.branch;
    return el('header', { className: 'p-header' }, [
      el('div', { className: 'p-now' }, [
        el('p', { className: 'p-brand' }, [
          el('span', { className: 'p-kicker', text: t.heading }),
          el('span', { className: 'p-private', text: t.privateNote }),
        ]),
        el('div', { className: 'p-titleline' }, [
          el('h1', { className: 'p-title', text: h.title, attrs: { 'data-testid': 'p-title' } }),
          branch &&
            el('span', {
              className: `p-branch ${branch.kind}`,
              text: branchName(branch, t),
              attrs: { 'data-testid': 'p-branch' },
            }),
          el('span', {
            className: 'p-counter',
            text: h.decision !== null ? t.decisionOf(h.decision) : t.decisionsMade(h.made),
            attrs: { 'data-testid': 'p-counter' },
          }),
          state.scenario &&
            el('a', {
              className: 'btn small ghost p-guide',
              text: `${t.guide} ↗`,
              attrs: {
                href: guideHref(state.scenario.id, state.locale ?? 'en'),
                target: '_blank',
                rel: 'noopener',
                'data-testid': 'p-guide',
              },
            }),
        ]),
      ]),
      decisionOf(state) && timerCard(state),
      state.blank &&
        el('p', {
          className: 'p-silent',
          text: t.roomBlanked,
          attrs: { role: 'status', 'data-testid': 'p-blank' },
        }),
      status.silent && el('p', { className: 'p-silent', text: t.connectionLost, attrs: { role: 'alert' } }),
      status.problem &&
        el('p', { className: 'p-silent', text: t.unreadable(status.problem), attrs: { role: 'alert' } }),
    ]);
  };

  const facilitatorCard = (note: string | null) =>
    el('section', { className: 'p-facilitator', attrs: { 'aria-labelledby': 'p-fac-h' } }, [
      el('h2', { text: strings.facilitatorHeading, attrs: { id: 'p-fac-h' } }),
      el('p', {
        className: note ? 'p-note' : 'p-note muted',
        text: note ?? strings.noFacilitator,
        attrs: { 'data-testid': 'p-facilitator' },
      }),
    ]);

  const timerCard = (state: MirrorState) => {
    const t = strings;
    const timer = state.classroom?.timer;
    if (!timer) return null;
    clockText = el('span', { className: 'p-clock', attrs: { 'data-testid': 'p-clock' } });
    clockStatus = el('span', { className: 'p-clock-status' });
    clockBar = el('span', { className: 'p-clock-used' });
    toggleButton = button('timer-toggle', t.timerStart, { type: 'timer-toggle' }, { className: 'primary' });
    const card = el('section', { className: 'p-timer', attrs: { 'aria-labelledby': 'p-timer-h' } }, [
      el('div', { className: 'p-clock-text' }, [
        el('h2', { text: t.timerHeading, attrs: { id: 'p-timer-h' } }),
        clockStatus,
      ]),
      clockText,
      toggleButton,
      button('timer-reset', t.timerReset, { type: 'timer-reset' }),
      el('div', { className: 'p-clock-bar', attrs: { 'aria-hidden': 'true' } }, [clockBar]),
    ]);
    tick(Date.now());
    return card;
  };

  const optionRow = (o: OptionView, d: DecisionView) => {
    const t = strings;
    const bar = el('span', { className: 'p-share-fill' });
    bar.style.width = percent(o.share);
    const classes = ['p-option', o.selected ? 'selected' : '', o.leading ? 'leading' : ''].filter(Boolean);
    return el('li', { className: classes.join(' '), attrs: { 'data-testid': `p-option-${o.number}` } }, [
      el('div', { className: 'p-option-head' }, [
        el('span', { className: 'choice-key', text: String(o.number), attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'p-option-text', text: o.text }),
        chips(o.chips, t),
      ]),
      el('p', { className: 'p-coach', attrs: { 'data-testid': 'p-coach' } }, [
        el('span', { className: 'p-coach-label', text: t.coachNote }),
        el('span', { className: o.feedback ? '' : 'muted', text: o.feedback ?? t.noCoachNote }),
      ]),
      d.selected !== null &&
        el('div', { className: 'p-tally' }, [
          button(
            `vote-minus-${o.number}`,
            '−',
            { type: 'vote', option: o.index, delta: -1 },
            {
              className: 'small p-vote',
              aria: t.voteRemove(o.number),
            },
          ),
          el('span', {
            className: 'p-count',
            text: `${o.phoneVotes === null ? '' : `${t.hands}: `}${t.votes(o.votes)} · ${percent(o.share)}`,
            attrs: { 'data-testid': `p-votes-${o.number}` },
          }),
          button(
            `vote-plus-${o.number}`,
            '+',
            { type: 'vote', option: o.index, delta: 1 },
            {
              className: 'small p-vote',
              aria: t.voteAdd(o.number),
            },
          ),
          el('span', { className: 'p-share', attrs: { 'aria-hidden': 'true' } }, [bar]),
          o.phoneVotes !== null &&
            el('span', {
              className: 'p-count p-phone-count',
              text: `${t.phoneVotes(o.phoneVotes)} · ${percent(o.phoneShare)}`,
              attrs: { 'data-testid': `p-phone-votes-${o.number}` },
            }),
          button(
            `select-${o.number}`,
            o.selected ? t.selected : t.selectOption(o.number),
            { type: 'select', option: o.index },
            { className: 'small p-select', pressed: o.selected },
          ),
        ]),
    ]);
  };

  const decisionSection = (d: DecisionView) => {
    const t = strings;
    const inClass = d.selected !== null;
    const playing = d.options.find((o) => o.selected)?.number ?? 1;
    return el('section', { className: 'p-decision', attrs: { 'aria-labelledby': 'p-dec-h' } }, [
      el('div', { className: 'p-decision-head' }, [
        el('h2', { attrs: { id: 'p-dec-h' } }, [
          `${t.decisionOf(d.number)}`,
          d.prompt && el('span', { className: 'p-prompt', text: ` · ${d.prompt}` }),
        ]),
        inClass &&
          el('div', { className: 'p-actions' }, [
            d.phones?.open &&
              button(
                'close-phone-vote',
                t.closePhoneVote,
                { type: 'close-phone-vote' },
                { className: 'ghost' },
              ),
            button('clear-votes', t.clearVotes, { type: 'clear-votes' }, { className: 'ghost' }),
            button('play-selected', t.playSelected(playing), { type: 'choose' }, { className: 'primary' }),
          ]),
      ]),
      el('div', { className: 'p-subline' }, [
        el('h3', { className: 'p-sub', text: t.optionsHeading }),
        inClass &&
          el('span', {
            className: 'p-total',
            text: [
              t.totalVotes(d.totalVotes),
              d.phones &&
                `${d.phones.open ? t.phonesHeading : t.phonesClosed}: ${t.phoneVotes(d.phones.voters)}`,
              t.enterPlays(playing),
            ]
              .filter(Boolean)
              .join(' · '),
            attrs: { 'data-testid': 'p-total' },
          }),
      ]),
      el(
        'ol',
        { className: 'p-options', attrs: { 'data-testid': 'p-options' } },
        d.options.map((o) => optionRow(o, d)),
      ),
    ]);
  };

  const lineSection = (state: MirrorState) => {
    const t = strings;
    const step = state.step;
    if (step?.kind !== 'line') return null;
    return el('section', { className: 'p-line', attrs: { 'aria-labelledby': 'p-line-h' } }, [
      el('h2', { text: t.lineHeading, attrs: { id: 'p-line-h' } }),
      el('blockquote', {
        className: 'p-line-text',
        text: step.line.text,
        attrs: { 'data-testid': 'p-line' },
      }),
      state.classroom && button('advance', t.nextLine, { type: 'advance' }, { className: 'primary' }),
    ]);
  };

  const endSection = (state: MirrorState) => {
    const step = state.step;
    if (step?.kind !== 'end') return null;
    return el('section', { className: 'p-line' }, [
      el('h2', { text: strings.endHeading }),
      el('p', { text: strings.endings[step.ending ?? 'none'] }),
    ]);
  };

  const comparisonSection = (state: MirrorState) => {
    const t = strings;
    const rows = comparisonRows(state);
    const comparison = state.classroom?.comparison;
    if (!comparison || rows.length === 0) return null;
    const cell = (n: number, diff = false) =>
      el('td', { className: diff ? `p-diff ${n > 0 ? 'up' : n < 0 ? 'down' : ''}` : '', text: signed(n) });
    const ending = (e: typeof comparison.main) => (e.finished ? strings.endings[e.ending ?? 'none'] : '');
    return el('section', { className: 'p-compare', attrs: { 'data-testid': 'p-compare' } }, [
      el('h2', { text: t.compareHeading(comparison.forkAt) }),
      el('p', { className: 'muted', text: t.compareNote }),
      el('table', {}, [
        el('thead', {}, [
          el('tr', {}, [
            el('th', { text: t.role, attrs: { scope: 'col' } }),
            el('th', { text: t.mainColumn, attrs: { scope: 'col' } }),
            el('th', { text: t.whatIfColumn, attrs: { scope: 'col' } }),
            el('th', { text: t.difference, attrs: { scope: 'col' } }),
          ]),
        ]),
        el(
          'tbody',
          {},
          rows.map((r) =>
            el('tr', {}, [
              el('th', { attrs: { scope: 'row' } }, [
                el('span', { className: `role-chip role-${r.role}`, text: r.role }),
                ` ${t.roleNames[r.role]}`,
              ]),
              cell(r.main),
              cell(r.whatIf),
              cell(r.difference, true),
            ]),
          ),
        ),
        (comparison.main.finished || comparison.whatIf.finished) &&
          el('tfoot', {}, [
            el('tr', {}, [
              el('th', { attrs: { scope: 'row' }, text: '' }),
              el('td', { text: ending(comparison.main) }),
              el('td', { text: ending(comparison.whatIf) }),
              el('td'),
            ]),
          ]),
      ]),
    ]);
  };

  const chapterBlock = (chapter: Chapter) => {
    const t = strings;
    const name = branchName(chapter.label, t);
    const r = chapter.resume;
    return el(
      'section',
      {
        className: `p-chapter${chapter.current ? ' current' : ''} ${chapter.label.kind}`,
        attrs: { 'data-testid': `p-chapter-${chapter.id}`, 'aria-label': name },
      },
      [
        el('h3', { text: name }),
        el(
          'ol',
          { className: 'p-entries' },
          chapter.entries.map((e) =>
            el('li', {}, [
              el(
                'button',
                {
                  className: 'p-entry',
                  attrs: {
                    type: 'button',
                    'data-key': `goto-${chapter.id}-${e.number}`,
                    'data-testid': `goto-${chapter.id}-${e.number}`,
                  },
                  on: { click: () => send(e.command) },
                },
                [
                  el('span', { className: 'choice-key p-entry-n', text: String(e.number) }),
                  el('span', { className: 'p-entry-body' }, [
                    el('span', { className: 'p-entry-prompt', text: e.prompt ?? t.decisionOf(e.number) }),
                    el('span', { className: 'p-entry-chosen' }, [
                      `${t.chosen(e.chosen, e.chosenText)} `,
                      chips(e.chips, t),
                    ]),
                  ]),
                ],
              ),
            ]),
          ),
        ),
        el(
          'button',
          {
            className: `p-entry p-resume${r.current ? ' here' : ''}`,
            attrs: {
              type: 'button',
              'data-key': `resume-${chapter.id}`,
              'data-testid': `resume-${chapter.id}`,
              'aria-current': r.current || (chapter.current && !r.waiting) ? 'step' : undefined,
            },
            on: { click: () => send(r.command) },
          },
          [
            el('span', { className: 'choice-key p-entry-n', text: r.ended ? '■' : '▶' }),
            el('span', { className: 'p-entry-body' }, [
              el('span', { text: r.ended ? t.resumeEnded : t.resume(r.number) }),
              chapter.current && el('span', { className: 'p-here', text: t.onScreen }),
            ]),
          ],
        ),
      ],
    );
  };

  const chaptersAside = (state: MirrorState) => {
    const t = strings;
    const chapters = chaptersOf(state);
    if (chapters.length === 0) return null;
    return el(
      'nav',
      { className: 'p-chapters', attrs: { 'aria-labelledby': 'p-ch-h', 'data-testid': 'p-chapters' } },
      [
        el('div', { className: 'p-chapters-head' }, [
          el('h2', { text: t.chaptersHeading, attrs: { id: 'p-ch-h' } }),
          onWhatIf(state) &&
            button('return-main', t.returnToMain, { type: 'return-to-main' }, { className: 'primary small' }),
        ]),
        el('p', { className: 'hint', text: t.goToHint }),
        ...chapters.map(chapterBlock),
      ],
    );
  };

  const keysHelp = () =>
    el('section', { className: 'p-keys', attrs: { 'aria-labelledby': 'p-keys-h' } }, [
      el('h2', { text: strings.keysHeading, attrs: { id: 'p-keys-h' } }),
      el(
        'dl',
        {},
        strings.keys.flatMap(([k, v]) => [el('dt', {}, [el('kbd', { text: k })]), el('dd', { text: v })]),
      ),
    ]);

  /** QR codes drawn once per address: the view is redrawn on every message from the game. */
  const qrFor = new Map<string, SVGSVGElement>();
  const qrBox = (url: string) => {
    const box = el('div', { className: 'p-qr' });
    const drawn = qrFor.get(url);
    if (drawn) box.append(drawn);
    else
      void qrCode(url, url).then((qr) => {
        qrFor.set(url, qr);
        box.append(qr);
      });
    return box;
  };

  /** Where phones join, how many are in, and the QR code: the trainer reads it out if needed. */
  const roomSection = (state: MirrorState) => {
    const room = state.room;
    if (!room) return null;
    const t = strings;
    const live = room.status === 'live' && room.code && room.joinUrl;
    return el(
      'section',
      { className: 'p-room', attrs: { 'aria-labelledby': 'p-room-h', 'data-testid': 'p-room' } },
      [
        el('h2', { text: t.phonesHeading, attrs: { id: 'p-room-h' } }),
        live && room.joinUrl && room.code
          ? el('div', { className: 'p-room-body' }, [
              qrBox(room.joinUrl),
              el('div', {}, [
                el('p', { text: t.phonesJoin }),
                el('p', { className: 'p-room-url' }, addressParts(room.joinUrl)),
                el('p', { text: t.phonesCode }),
                el('p', {
                  className: 'p-room-code',
                  text: spacedCode(room.code),
                  attrs: { 'data-testid': 'p-room-code' },
                }),
                el('p', { text: t.phonesIn(room.phones), attrs: { 'data-testid': 'p-room-phones' } }),
                button(
                  'room-card',
                  room.card ? t.hideCard : t.showCard,
                  { type: 'room-card' },
                  { className: 'small ghost' },
                ),
              ]),
            ])
          : el('p', {
              className: 'p-note',
              attrs: { role: 'status', 'data-testid': 'p-room-status' },
              text:
                room.status === 'unavailable'
                  ? t.phonesUnavailable
                  : room.status === 'reconnecting'
                    ? t.phonesReconnecting
                    : t.phonesConnecting,
            }),
      ],
    );
  };

  const live = (state: MirrorState, status: LinkStatus) => {
    const decision = decisionOf(state);
    const current = el('div', { className: 'p-current', attrs: { 'data-scroll': 'current' } }, [
      facilitatorCard(decision ? decision.facilitator : state.facilitator),
      decision ? decisionSection(decision) : lineSection(state),
      endSection(state),
    ]);
    const side = el('div', { className: 'p-side', attrs: { 'data-scroll': 'side' } }, [
      roomSection(state),
      comparisonSection(state),
      chaptersAside(state),
      state.classroom && keysHelp(),
    ]);
    return el('div', { className: 'p-live' }, [
      header(state, status),
      el('div', { className: 'p-main' }, [current, side]),
    ]);
  };

  function tick(now: number) {
    const timer = latest?.classroom?.timer;
    if (!timer || !clockText || !clockStatus || !clockBar || !toggleButton) return;
    const v = timerView(timer, now);
    const t = strings;
    if (clockText.textContent !== v.text) clockText.textContent = v.text;
    const label =
      v.status === 'running'
        ? t.timerRunning
        : v.status === 'paused'
          ? t.timerPaused
          : v.status === 'done'
            ? t.timerDone
            : '';
    if (clockStatus.textContent !== label) clockStatus.textContent = label;
    clockText.dataset.status = v.status;
    clockBar.style.width = `${Math.round(v.used * 1000) / 10}%`;
    const action = v.status === 'running' ? t.timerPause : t.timerStart;
    if (toggleButton.textContent !== action) toggleButton.textContent = action;
  }

  return {
    render(status) {
      const state = status.state;
      // The game window answers every hello with its state: the same state is not redrawn, so
      // a click half-way (pressed on one button, released on its redrawn twin) is never lost.
      const drawn = JSON.stringify({ ...status, state: state && { ...state, sentAt: 0 } });
      if (drawn === lastDrawn) return;
      lastDrawn = drawn;
      latest = state;
      strings = presenterStrings(state?.locale);
      document.documentElement.lang = strings === presenterStrings('zh-CN') ? 'zh-CN' : 'en';
      document.title = strings.windowTitle;
      // Keep the keyboard's place and each column's scroll across the rebuild.
      const focused =
        document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
      const scrolls = new Map<string, number>();
      for (const node of root.querySelectorAll<HTMLElement>('[data-scroll]')) {
        scrolls.set(node.dataset.scroll ?? '', node.scrollTop);
      }
      clockText = clockStatus = clockBar = toggleButton = null;
      const phase = phaseOf(state);
      root.dataset.phase = phase;
      let content: HTMLElement;
      if (!state || phase === 'waiting')
        content = bilingual(
          'p-waiting',
          (t) => t.waitingTitle,
          (t) => t.waitingBody,
        );
      else if (phase === 'solo') content = message(strings.soloTitle, strings.soloBody, 'p-solo');
      else if (phase === 'no-scenario')
        content = message(strings.noScenarioTitle, strings.noScenarioBody, 'p-no-scenario');
      else content = live(state, status);
      replaceChildren(root, content);
      for (const node of root.querySelectorAll<HTMLElement>('[data-scroll]')) {
        node.scrollTop = scrolls.get(node.dataset.scroll ?? '') ?? 0;
      }
      if (focused) {
        const again = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`);
        again?.focus({ preventScroll: true });
      }
    },
    unpaired() {
      lastDrawn = '';
      latest = null;
      clockText = clockStatus = clockBar = toggleButton = null;
      root.dataset.phase = 'unpaired';
      replaceChildren(
        root,
        bilingual(
          'p-unpaired',
          (t) => t.unpairedTitle,
          (t) => t.unpairedBody,
        ),
      );
    },
    tick,
  };
}
