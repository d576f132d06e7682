import {
  MIRROR_CHANNEL,
  type MirrorState,
  mirrorClassroom,
  mirrorDecision,
  type PresenterCommand,
  readPresenterMessage,
} from '../classroom/mirror-protocol.ts';
import { totalsOf } from './scoring.ts';
import type { Game, GameState } from './store.ts';

export { MIRROR_CHANNEL };

/** The part of the state another window (the presenter view) may mirror: plain data only. */
export function mirrorSnapshot(state: GameState, now: number): MirrorState {
  const session =
    state.settings.mode === 'class' && state.scenario ? (state.sessions[state.scenario.id] ?? null) : null;
  const step = state.step;
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
    facilitator: step?.kind === 'choices' ? step.facilitator : (state.snapshot?.lastFacilitator ?? null),
    decisions: state.snapshot?.decisions.map((d) => mirrorDecision(d, state.snapshot?.optionSeed)) ?? [],
    totals: totalsOf(state.snapshot?.decisions ?? []),
    possible: state.scenario?.meta.possible ?? null,
    classroom: session ? mirrorClassroom(session) : null,
    blank: state.roomBlank,
  };
}

/** Carries out what the presenter window asked for; the game's own rules still apply. */
export function runPresenterCommand(game: Game, command: PresenterCommand): void {
  const c = game.classroom;
  switch (command.name) {
    case 'goTo':
      c.goTo(command.branch, command.number);
      break;
    case 'returnToMain':
      c.returnToMain();
      break;
    case 'vote':
      c.vote(command.index, command.delta);
      break;
    case 'clearVotes':
      c.clearVotes();
      break;
    case 'select':
      c.select(command.index);
      break;
    case 'playSelected':
      c.playSelected();
      break;
    case 'advance':
      if (game.store.getState().step?.kind === 'line') game.actions.advance();
      return;
    case 'previous':
      c.previousDecision();
      break;
    case 'blank':
      c.setBlank(command.on);
      break;
    case 'toggleTimer':
      c.toggleTimer();
      break;
    case 'resetTimer':
      c.resetTimer();
      break;
  }
}

/**
 * Publishes every change on a BroadcastChannel, so a presenter window can follow the game,
 * and takes the presenter's commands. Closing either window loses nothing: all state lives
 * (and is saved) here, and a presenter that opens says hello to get the current state.
 */
export function mirrorGame(game: Game, now: () => number = () => Date.now()): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(MIRROR_CHANNEL);
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
  channel.onmessage = (event: MessageEvent) => {
    const message = readPresenterMessage(event.data);
    if (!message) return;
    if (message.type === 'hello') publish();
    else if (game.store.getState().settings.mode === 'class') runPresenterCommand(game, message.command);
  };
  publish();
  return () => {
    unsubscribe();
    channel.close();
  };
}
