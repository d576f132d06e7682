import type { RoleScores } from '../narrative/roles.ts';
import { scoreChips as chipsOf } from '../words/format.ts';
import { el } from './dom.ts';

export interface ScoreChipWords {
  /** "Score", read before the chips by a screen reader */
  scoreLabel: string;
  /** shown in place of chips for an option that scores nothing */
  noScore: string;
}

/** An option's scores as coloured chips ("S+2 BE−1"), read aloud once as "Score: S+2, BE−1". */
export function scoreChipList(
  score: Partial<RoleScores>,
  words: ScoreChipWords,
  emptyClass = '',
): HTMLElement {
  const chips = chipsOf(score);
  if (chips.length === 0)
    return el('span', { className: `score-chips ${emptyClass}`.trim(), text: words.noScore });
  // A label on a plain span is not read: the reading is text, hidden from sight instead.
  return el('span', { className: 'score-chips' }, [
    el('span', {
      className: 'visually-hidden',
      text: `${words.scoreLabel}: ${chips.map((c) => c.text).join(', ')}`,
    }),
    ...chips.map((c) =>
      el('span', {
        className: `score-chip role-${c.role} ${c.value < 0 ? 'neg' : 'pos'}`,
        text: c.text,
        attrs: { 'aria-hidden': 'true' },
      }),
    ),
  ]);
}
