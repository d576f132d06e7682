import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MirrorState } from '../../src/classroom/mirror-protocol.ts';
import type { StoryModule } from '../../src/content/story-module.ts';
import { PRESENTER_STRINGS, presenterStrings } from '../../src/presenter/i18n.ts';
import {
  type ChannelLike,
  connectPresenter,
  HELLO_WHILE_CONNECTED_MS,
  HELLO_WHILE_WAITING_MS,
  type LinkStatus,
} from '../../src/presenter/link.ts';
import {
  chaptersOf,
  commandForKey,
  comparisonRows,
  decisionOf,
  formatClock,
  formatScore,
  headerOf,
  type KeyPress,
  onWhatIf,
  phaseOf,
  scoreChips,
  timerView,
} from '../../src/presenter/model.ts';
import { readMirrorState } from '../../src/presenter/read-state.ts';
import { mirrorSnapshot } from '../../src/state/mirror.ts';
import { memoryStore } from '../../src/state/persist.ts';
import { createGame, type Game } from '../../src/state/store.ts';
import { compileSource, FIXTURES } from '../helpers/compile.ts';
import { fakeLibrary, moduleFrom } from '../helpers/library.ts';

// These tests name options by their authored place: option order is not shuffled here.
const authoredOrder = () => null;

let mini: StoryModule;

beforeAll(async () => {
  const source = fs.readFileSync(path.join(FIXTURES, 'mini.ink'), 'utf8');
  mini = moduleFrom(await compileSource(source), 'mini', 'en');
});

const T0 = Date.UTC(2026, 10, 23, 9);

async function classGame(mode: 'class' | 'solo' = 'class') {
  const clock = { t: T0 };
  const game = createGame({
    library: fakeLibrary([mini]),
    optionSeed: authoredOrder,
    storage: memoryStore(),
    now: () => clock.t,
  });
  await game.ready;
  await game.actions.chooseLocale('en');
  if (mode === 'class') game.classroom.enter();
  await game.actions.openScenario('mini');
  return { game, clock };
}

function toDecision(game: Game) {
  for (let i = 0; i < 50 && game.store.getState().step?.kind === 'line'; i++) game.actions.advance();
  expect(game.store.getState().step?.kind).toBe('choices');
}

/** What the presenter receives: the game window's snapshot after a trip through the channel. */
function received(game: Game, now = T0): MirrorState {
  const read = readMirrorState(structuredClone(mirrorSnapshot(game.store.getState(), now)));
  if (!read?.ok) throw new Error(`not read: ${read ? read.problem : 'null'}`);
  return read.state;
}

const press = (key: string, code: string, shiftKey = false): KeyPress => ({
  key,
  code,
  shiftKey,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
});

describe('scores as chips', () => {
  it('lists the roles an option moves in S-T-R-O-BE order, with signs, leaving zeros out', () => {
    expect(formatScore({ BE: 1, S: 2 })).toBe('S+2 BE+1');
    expect(formatScore({ O: -2, BE: -1, T: 0 })).toBe('O−2 BE−1');
    expect(formatScore({})).toBe('');
    expect(scoreChips({ R: 1 })).toEqual([{ role: 'R', value: 1, text: 'R+1' }]);
  });
});

describe('debate timer', () => {
  it('counts down from the game window stamps, pauses, and says when time is up', () => {
    const timer = { durationMs: 120_000, elapsedMs: 0, runningSince: null };
    expect(timerView(timer, T0)).toMatchObject({ text: '2:00', status: 'ready', used: 0 });
    const running = { ...timer, runningSince: T0 };
    expect(timerView(running, T0 + 30_500)).toMatchObject({
      text: '1:30',
      status: 'running',
      used: 30_500 / 120_000,
    });
    const paused = { ...timer, elapsedMs: 61_000 };
    expect(timerView(paused, T0 + 999_999)).toMatchObject({ text: '0:59', status: 'paused' });
    expect(timerView(running, T0 + 200_000)).toMatchObject({ text: '0:00', status: 'done', used: 1 });
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(999)).toBe('0:01');
  });
});

describe('reading the game window state', () => {
  it('accepts what the game window sends and refuses what does not fit, naming the field', async () => {
    const { game } = await classGame();
    toDecision(game);
    const sent = mirrorSnapshot(game.store.getState(), T0);
    const read = readMirrorState(structuredClone(sent));
    expect(read?.ok && read.state.classroom?.tally).toEqual([0, 0]);
    // Another presenter's hello or command on the channel is not a state at all.
    expect(readMirrorState({ type: 'hello' })).toBeNull();
    expect(readMirrorState('state')).toBeNull();
    const broken = structuredClone(sent) as unknown as { step: { options: { text: unknown }[] } };
    const first = broken.step.options[0];
    if (first) first.text = 42;
    expect(readMirrorState(broken)).toEqual({
      ok: false,
      problem: 'state.step.options[0].text should be text',
    });
    expect(readMirrorState({ ...sent, mode: 'projector' })).toMatchObject({ ok: false });
  });
});

describe('what the presenter shows', () => {
  it('waits for the game, says when it is in solo mode, and when no scenario is open', async () => {
    expect(phaseOf(null)).toBe('waiting');
    const { game } = await classGame('solo');
    expect(phaseOf(received(game))).toBe('solo');
    const menu = { ...received(game), mode: 'class' as const, screen: 'menu', scenario: null, step: null };
    expect(phaseOf(menu)).toBe('no-scenario');
    const { game: classGameOn } = await classGame();
    expect(phaseOf({ ...received(classGameOn), screen: 'glossary' })).toBe('live');
  });

  it('at a decision: the facilitator note, every option with score and coach note, votes and the selection', async () => {
    const { game } = await classGame();
    expect(headerOf(received(game))).toEqual({
      title: 'Mini',
      branch: { kind: 'main', forkAt: 0, lookBackAt: null },
      decision: null,
      made: 0,
    });
    expect(decisionOf(received(game))).toBeNull();
    toDecision(game);
    game.classroom.vote(1, 1);
    game.classroom.vote(1, 1);
    game.classroom.vote(0, 1);
    const state = received(game);
    expect(phaseOf(state)).toBe('live');
    expect(headerOf(state).decision).toBe(1);
    const d = decisionOf(state);
    expect(d?.facilitator).toBe('Ask the room.');
    expect(
      d?.options.map((o) => [o.number, o.text, o.chips.map((c) => c.text).join(' '), o.feedback]),
    ).toEqual([
      [1, 'Ask about the board', 'S+2 BE+1', 'Strategy first.'],
      [2, 'Pitch the catalogue', 'S−1', 'Product before strategy.'],
    ]);
    expect(d?.options.map((o) => [o.votes, o.share, o.leading, o.selected])).toEqual([
      [1, 1 / 3, false, false],
      [2, 2 / 3, true, true],
    ]);
    expect(d?.totalVotes).toBe(3);
    // The trainer moves the selection away from the room's favourite.
    game.actions.select(0);
    expect(decisionOf(received(game))?.options.map((o) => o.selected)).toEqual([true, false]);
  });

  it('lists every branch with its decisions and choices, main first, and compares a what-if with the main line', async () => {
    const { game } = await classGame();
    toDecision(game);
    game.actions.select(0);
    game.actions.choose();
    toDecision(game);
    game.actions.select(2);
    game.actions.choose();
    toDecision(game);

    let chapters = chaptersOf(received(game));
    expect(chapters).toHaveLength(1);
    expect(chapters[0]?.entries.map((e) => [e.number, e.prompt, e.chosen, e.chosenText])).toEqual([
      [1, 'Where do you start?', 1, 'Ask about the board'],
      [2, 'What next?', 3, 'Propose a strategy workshop'],
    ]);
    expect(chapters[0]?.entries[1]?.command).toEqual({ type: 'go-to', branch: 'main', number: 2 });
    expect(chapters[0]?.resume).toMatchObject({ number: 3, waiting: true, current: true });
    expect(onWhatIf(received(game))).toBe(false);
    expect(comparisonRows(received(game))).toEqual([]);

    // A chapter entry already taken opens a what-if from it.
    game.classroom.goTo('main', 1);
    game.actions.select(1);
    game.actions.choose();
    toDecision(game);
    const state = received(game);
    expect(onWhatIf(state)).toBe(true);
    expect(headerOf(state).branch).toEqual({ kind: 'what-if', forkAt: 1, lookBackAt: null });
    chapters = chaptersOf(state);
    expect(chapters.map((c) => [c.id, c.label.kind, c.current])).toEqual([
      ['main', 'main', false],
      ['w1', 'what-if', true],
    ]);
    expect(chapters[0]?.resume).toMatchObject({ number: 3, current: false });
    expect(chapters[1]?.resume).toMatchObject({ number: 2, current: true });
    expect(comparisonRows(state)).toEqual([
      { role: 'S', main: 5, whatIf: -1, difference: -6 },
      { role: 'T', main: 0, whatIf: 0, difference: 0 },
      { role: 'R', main: 0, whatIf: 0, difference: 0 },
      { role: 'O', main: 0, whatIf: 0, difference: 0 },
      { role: 'BE', main: 3, whatIf: 0, difference: -3 },
    ]);
  });
});

describe('presenter keys', () => {
  it('vote, take back, clear, move the selection and run the timer; Enter never plays', async () => {
    const { game } = await classGame();
    const onLine = received(game);
    expect(commandForKey(press('1', 'Digit1'), onLine)).toBeNull();
    expect(commandForKey(press('n', 'KeyN'), onLine)).toEqual({ type: 'advance' });
    toDecision(game);
    const state = received(game);
    expect(commandForKey(press('2', 'Digit2'), state)).toEqual({ type: 'vote', option: 1, delta: 1 });
    expect(commandForKey(press('@', 'Digit2', true), state)).toEqual({ type: 'vote', option: 1, delta: -1 });
    expect(commandForKey(press('3', 'Digit3'), state)).toBeNull(); // only two options
    expect(commandForKey(press('0', 'Digit0'), state)).toEqual({ type: 'clear-votes' });
    // the game moves the selection from the option Enter would play, as its own Up/Down do
    expect(commandForKey(press('ArrowDown', 'ArrowDown'), state)).toEqual({
      type: 'move-selection',
      delta: 1,
    });
    expect(commandForKey(press('ArrowUp', 'ArrowUp'), state)).toEqual({ type: 'move-selection', delta: -1 });
    expect(commandForKey(press('t', 'KeyT'), state)).toEqual({ type: 'timer-toggle' });
    expect(commandForKey(press('R', 'KeyR'), state)).toEqual({ type: 'timer-reset' });
    expect(commandForKey(press('Enter', 'Enter'), state)).toBeNull();
    expect(commandForKey({ ...press('r', 'KeyR'), ctrlKey: true }, state)).toBeNull();
    // Solo mode: the game window would refuse anyway, so the keys send nothing.
    expect(commandForKey(press('1', 'Digit1'), { ...state, mode: 'solo' })).toBeNull();
  });
});

describe('the link to the game window', () => {
  function fakes() {
    const sent: unknown[] = [];
    const timers: { ms: number; run: () => void; stopped: boolean }[] = [];
    const clock = { t: T0 };
    const channel: ChannelLike = {
      postMessage: (m) => void sent.push(m),
      onmessage: null,
      close: () => {},
    };
    const statuses: LinkStatus[] = [];
    const link = connectPresenter(
      channel,
      {
        now: () => clock.t,
        every(ms, run) {
          const timer = { ms, run, stopped: false };
          timers.push(timer);
          return () => {
            timer.stopped = true;
          };
        },
      },
      (s) => statuses.push(s),
    );
    const runTimers = () => {
      for (const t of timers) if (!t.stopped) t.run();
    };
    const deliver = (data: unknown) => channel.onmessage?.({ data } as MessageEvent);
    return { sent, timers, clock, link, statuses, runTimers, deliver };
  }

  it('says hello on load and every 2 s until a state arrives, then notices a game window gone quiet', async () => {
    const f = fakes();
    expect(f.sent).toEqual([{ type: 'hello' }]);
    expect(f.timers.map((t) => t.ms)).toEqual([HELLO_WHILE_WAITING_MS]);
    f.runTimers();
    expect(f.sent).toHaveLength(2);

    const { game } = await classGame();
    f.deliver({ type: 'hello' }); // another presenter: ignored
    expect(f.statuses).toEqual([]);
    f.deliver(mirrorSnapshot(game.store.getState(), T0));
    expect(f.statuses.at(-1)?.state?.scenario?.id).toBe('mini');
    expect(f.timers.filter((t) => !t.stopped).map((t) => t.ms)).toEqual([HELLO_WHILE_CONNECTED_MS]);

    f.clock.t += 20_000;
    f.runTimers();
    expect(f.statuses.at(-1)).toMatchObject({ silent: true });
    expect(f.statuses.at(-1)?.state).not.toBeNull(); // the last state stays on screen
    f.deliver(mirrorSnapshot(game.store.getState(), f.clock.t));
    expect(f.statuses.at(-1)).toMatchObject({ silent: false });

    f.deliver({ type: 'state', mode: 'nonsense' });
    expect(f.statuses.at(-1)?.problem).toMatch(/^state\./);
    expect(f.statuses.at(-1)?.state?.scenario?.id).toBe('mini');

    f.link.send({ type: 'vote', option: 0, delta: 1 });
    expect(f.sent.at(-1)).toEqual({ type: 'command', command: { type: 'vote', option: 0, delta: 1 } });
  });
});

describe('presenter strings', () => {
  it('has every string in both languages and follows the game language', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(PRESENTER_STRINGS['zh-CN'])).toEqual(keys(PRESENTER_STRINGS.en));
    expect(PRESENTER_STRINGS['zh-CN'].keys).toHaveLength(PRESENTER_STRINGS.en.keys.length);
    expect(presenterStrings('zh-CN').waitingTitle).toBe('正在等待游戏窗口……');
    expect(presenterStrings(null)).toBe(PRESENTER_STRINGS.en);
    expect(presenterStrings('fr')).toBe(PRESENTER_STRINGS.en);
  });
});
