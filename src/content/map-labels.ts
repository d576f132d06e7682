import type { MapLabels } from '../narrative/branch-map.ts';
import type { Locale } from '../state/schema.ts';
import { strings } from '../ui/i18n.ts';

export function mapLabels(locale: Locale, storyTitle: string): MapLabels {
  const s = strings(locale);
  return {
    title: s.map.title(storyTitle),
    endings: { ...s.endings, untagged: s.map.untagged, error: 'Error' },
    decision: s.map.decision,
    conditional: s.map.conditional,
    note: s.map.note,
  };
}
