import * as v from 'valibot';
import {
  MIRROR_CHANNEL,
  type MirrorState,
  mirrorClassroom,
  mirrorDecision,
  pairedChannelName,
} from '../classroom/mirror-protocol.ts';
import { dispatch, type GameCommand } from './commands.ts';
import { totalsOf } from './scoring.ts';
import type { Game, GameState } from './store.ts';

export { MIRROR_CHANNEL };

/**
 * The part of the state another window (the presenter view) may mirror: plain data only.
 * In solo play it says no more than where the game is: a learner's screen is not the
 * trainer's to read, and the story's facilitator notes and option scores are not sent at all.
 */
export function mirrorSnapshot(state: GameState, now: number): MirrorState {
  const room = state.settings.mode === 'class';
  const session = room && state.scenario ? (state.sessions[state.scenario.id] ?? null) : null;
  const step = room ? state.step : null;
  const decisions = room ? (state.snapshot?.decisions ?? []) : [];
  return {
    type: 'state',
    sentAt: now,
    screen: state.screen,
    locale: state.settings.locale,
    mode: state.settings.mode,
    scenario: state.scenario
      ? {
          id: state.scenario.id,
          title: state.scenario.meta.header?.title ?? null,
          role: state.scenario.meta.header?.role ?? null,
        }
      : null,
    step,
    facilitator: !room
      ? null
      : step?.kind === 'choices'
        ? step.facilitator
        : (state.snapshot?.lastFacilitator ?? null),
    decisions: decisions.map((d) => mirrorDecision(d, state.snapshot?.optionSeed)),
    totals: totalsOf(decisions),
    possible: room ? (state.scenario?.meta.possible ?? null) : null,
    classroom: session ? mirrorClassroom(session) : null,
    blank: state.roomBlank,
    room: room && state.room.status !== 'off' ? { ...state.room, status: state.room.status } : null,
  };
}

const optionIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8));
const voteDelta = v.picklist([1, -1]);
/** a command that carries nothing but its type */
const bare = <T extends GameCommand['type']>(type: T) => v.object({ type: v.literal(type) });

/** The commands the presenter may send, checked field by field: the game's own Command type. */
const PresenterCommandSchema = v.variant('type', [
  bare('advance'),
  v.object({ type: v.literal('choose'), option: v.optional(optionIndex) }),
  v.object({ type: v.literal('select'), option: optionIndex }),
  v.object({ type: v.literal('move-selection'), delta: voteDelta }),
  v.object({ type: v.literal('vote'), option: optionIndex, delta: voteDelta }),
  bare('clear-votes'),
  bare('timer-toggle'),
  bare('timer-reset'),
  bare('previous-decision'),
  v.object({
    type: v.literal('go-to'),
    branch: v.string(),
    number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  }),
  bare('return-to-main'),
  v.object({ type: v.literal('blank'), on: v.boolean() }),
  bare('close-phone-vote'),
  bare('room-card'),
]) satisfies v.GenericSchema<unknown, GameCommand>;

const PresenterMessageSchema = v.variant('type', [
  v.object({ type: v.literal('hello') }),
  v.object({ type: v.literal('command'), command: PresenterCommandSchema }),
]);

export type PresenterInput = v.InferOutput<typeof PresenterMessageSchema>;

/**
 * A message from another window is input like any other: one that does not fit is ignored
 * with a warning and changes nothing. Another game tab's state (it shares the channel) is
 * not meant for this window and is passed over quietly.
 */
export function readPresenterMessage(data: unknown): PresenterInput | null {
  const read = v.safeParse(PresenterMessageSchema, data);
  if (read.success) return read.output;
  const isState = typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'state';
  if (!isState) console.warn('Ignored a presenter message that does not fit:', v.summarize(read.issues));
  return null;
}

/** Takes one message from the presenter window: hello is answered, a command dispatched in the room. */
export function takePresenterMessage(game: Game, data: unknown, publish: () => void): void {
  const message = readPresenterMessage(data);
  if (!message) return;
  if (message.type === 'hello') publish();
  // The presenter works the room; a learner's solo play is not its to change.
  else if (game.store.getState().settings.mode === 'class') dispatch(game, message.command);
}

/**
 * Publishes every change on the channel this window shares with its paired presenter (named
 * after `secret`, which only that presenter is given), and takes the presenter's commands from
 * it. Closing either window loses nothing: all state lives (and is saved) here, and a presenter
 * that opens says hello to get the current state.
 *
 * The shared channel everyone on the origin knows is only listened to for a warning: a page
 * posting there (an old presenter, or one not opened by this window) is ignored.
 */
export function mirrorGame(game: Game, secret: string, now: () => number = () => Date.now()): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(pairedChannelName(secret));
  const shared = new BroadcastChannel(MIRROR_CHANNEL);
  const publish = () => channel.postMessage(mirrorSnapshot(game.store.getState(), now()));
  let queued = false;
  const unsubscribe = game.store.subscribe(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      publish();
    });
  });
  channel.onmessage = (event: MessageEvent) => takePresenterMessage(game, event.data, publish);
  let warned = false;
  shared.onmessage = () => {
    if (warned) return;
    warned = true;
    console.warn(
      'Ignored a message from a window this game did not pair with: only the presenter opened from this window drives the room.',
    );
  };
  publish();
  return () => {
    unsubscribe();
    channel.close();
    shared.close();
  };
}
