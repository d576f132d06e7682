import { castMember } from '../content/world.ts';
import type { StoryLine } from '../narrative/engine.ts';
import { PLAYER_ID } from '../state/stage-state.ts';
import type { GameState } from '../state/store.ts';
import { localeOf, t, type UiContext } from './context.ts';
import { el } from './dom.ts';

export interface LineView {
  panel: HTMLElement;
  speaker: HTMLElement;
  speakerTitle: HTMLElement;
  text: HTMLElement;
}

/** Puts a story line in a dialogue panel: who speaks (by name and title), or narration. */
export function showLine(view: LineView, line: StoryLine, ctx: UiContext, state: GameState): void {
  const who = line.speaker;
  view.panel.classList.toggle('narration', !who);
  view.panel.classList.toggle('player', who === PLAYER_ID);
  const member = who ? castMember(ctx.worlds(), localeOf(state), who) : null;
  // Narration has no name on screen; a screen reader still hears that it is narration.
  view.speaker.replaceChildren(
    member ? member.name : el('span', { className: 'visually-hidden', text: t(state).narration }),
  );
  view.speakerTitle.textContent = member?.title ?? '';
  view.text.textContent = line.text;
}
