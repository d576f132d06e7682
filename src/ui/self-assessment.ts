import { ROLES } from '../narrative/roles.ts';
import { rateSelf } from '../results/self-rating.ts';
import type { GameState } from '../state/store.ts';
import { stringsFor } from '../words/catalogue.ts';
import { SELF_ASSESSMENT_WORDS, SELF_STATEMENTS } from '../words/self-assessment.ts';
import { localeOf, type Screen, type UiContext } from './context.ts';
import { button, el } from './dom.ts';
import { resultStrings } from './i18n-results.ts';

/**
 * The self-assessment: each statement rated 1-5 with native radio buttons (arrow keys move
 * within a statement, Tab between statements). Opened from the menu before the first scenario,
 * from the profile and from the debrief; "back" returns there.
 */
export function selfAssessmentScreen(ctx: UiContext, state: GameState): Screen {
  const locale = localeOf(state);
  const w = stringsFor(SELF_ASSESSMENT_WORDS, locale);
  const r = resultStrings(locale);
  const before = ctx.results.selfRating()?.answers ?? {};
  const answers: Record<string, number> = {};
  for (const s of SELF_STATEMENTS) if (Object.hasOwn(before, s.id)) answers[s.id] = before[s.id] ?? 0;

  const missing = el('p', {
    className: 'name-missing',
    attrs: { role: 'alert', hidden: true, 'data-testid': 'self-missing' },
  });
  const statement = (id: string, index: number) => {
    const name = `self-${id}`;
    return el('fieldset', { className: 'self-statement', attrs: { 'data-statement': id } }, [
      el('legend', { text: `${index}. ${w.statements[id] ?? id}` }),
      el(
        'div',
        { className: 'self-scale' },
        w.scale.map((label, i) => {
          const value = i + 1;
          const input = el('input', {
            attrs: {
              type: 'radio',
              name,
              value,
              id: `${name}-${value}`,
              checked: answers[id] === value,
              'data-testid': `${name}-${value}`,
            },
            on: {
              change: () => {
                answers[id] = value;
                missing.hidden = true;
              },
            },
          });
          return el('label', { className: 'self-option', attrs: { for: `${name}-${value}` } }, [
            input,
            el('span', { className: 'self-number', text: String(value) }),
            el('span', { className: 'self-label', text: label }),
          ]);
        }),
      ),
    ]);
  };
  let n = 0;
  const groups = ROLES.map((role) =>
    el('section', { className: `card self-group role-${role}`, attrs: { 'data-role': role } }, [
      el('h2', {}, [el('span', { className: 'role-chip', text: role }), ` ${w.roleHeading[role]}`]),
      ...SELF_STATEMENTS.filter((s) => s.role === role).map((s) => statement(s.id, ++n)),
    ]),
  );

  const save = () => {
    const unanswered = SELF_STATEMENTS.filter((s) => !answers[s.id]);
    if (unanswered.length > 0) {
      missing.textContent = w.unanswered(unanswered.length);
      missing.hidden = false;
      document.querySelector<HTMLInputElement>(`input[name="self-${unanswered[0]?.id}"]`)?.focus();
      return;
    }
    const rating = rateSelf(SELF_STATEMENTS, answers, new Date());
    if (!rating) return;
    ctx.results.setSelfRating(rating);
    ctx.game.actions.goBack();
  };
  const heading = el('h1', { text: w.title, attrs: { id: 'self-heading', tabindex: -1 } });
  const root = el(
    'main',
    {
      className: 'screen reference-screen self-screen',
      attrs: { 'aria-labelledby': 'self-heading', 'data-testid': 'self-assessment' },
    },
    [
      el('header', { className: 'reference-header' }, [
        heading,
        button(`◂ ${w.skip}`, () => ctx.game.actions.goBack(), { testId: 'self-skip' }),
      ]),
      el('p', { className: 'muted self-intro', text: w.intro }),
      ...groups,
      el('div', { className: 'row self-actions' }, [
        missing,
        el('span', { className: 'spacer' }),
        button(w.skip, () => ctx.game.actions.goBack(), {
          className: 'btn ghost',
          testId: 'self-skip-bottom',
        }),
        button(w.save, save, { className: 'btn primary', testId: 'self-save' }),
      ]),
      el('p', { className: 'muted', text: r.self.intro }),
    ],
  );
  return { root, update() {}, focus: () => heading.focus() };
}
