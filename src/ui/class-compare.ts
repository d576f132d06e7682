import type { BranchComparison } from '../classroom/session.ts';
import { ROLES } from '../narrative/roles.ts';
import { signed } from '../words/format.ts';
import { el } from './dom.ts';
import type { Strings } from './i18n.ts';
import type { ClassStrings } from './i18n-class.ts';

/** The what-if beside the main line, role by role, from the decision where they part. */
export function comparisonTable(comparison: BranchComparison, s: Strings, cs: ClassStrings): HTMLElement {
  const status = (side: BranchComparison['main']) =>
    side.finished
      ? `${cs.ended}: ${side.ending ? s.endings[side.ending] : cs.unknownEnding}`
      : cs.stillPlaying;
  return el('div', { className: 'compare-block', attrs: { 'data-testid': 'class-compare' } }, [
    el('h2', { text: cs.compareHeading(comparison.forkAt) }),
    el('table', { className: 'compare-table' }, [
      el('thead', {}, [
        el('tr', {}, [
          el('th', { text: '' }),
          el('th', { text: cs.compareMain, attrs: { scope: 'col' } }),
          el('th', { text: cs.compareWhatIf, attrs: { scope: 'col' } }),
          el('th', { text: cs.compareDiff, attrs: { scope: 'col' } }),
        ]),
      ]),
      el(
        'tbody',
        {},
        ROLES.map((role) => {
          const d = comparison.difference[role];
          return el('tr', {}, [
            el('th', { className: 'compare-role', attrs: { scope: 'row' } }, [
              el('span', { className: `role-chip role-${role}`, text: role }),
              ` ${s.roleNames[role]}`,
            ]),
            el('td', { text: signed(comparison.main.fromFork[role]) }),
            el('td', { text: signed(comparison.whatIf.fromFork[role]) }),
            el('td', { className: d > 0 ? 'up' : d < 0 ? 'down' : '', text: d === 0 ? '=' : signed(d) }),
          ]);
        }),
      ),
    ]),
    el('p', { className: 'compare-status' }, [
      el('span', { text: `${cs.compareMain}: ${status(comparison.main)}` }),
      el('span', { text: `${cs.compareWhatIf}: ${status(comparison.whatIf)}` }),
    ]),
    el('p', { className: 'hint', text: cs.compareNote }),
  ]);
}
