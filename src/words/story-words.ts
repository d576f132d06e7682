import type { MapLabels } from '../narrative/branch-map.ts';
import type { Locale } from '../state/schema.ts';
import { type Catalogue, stringsFor } from './catalogue.ts';

/**
 * Words about a story itself (its endings, its branch map) that the game, the presenter and
 * the command-line checker all print: kept here so none of them loads another's catalogue.
 */
export interface EndingNames {
  strong: string;
  mixed: string;
  poor: string;
  none: string;
}

export interface MapWords {
  title: (story: string) => string;
  decision: (n: number) => string;
  conditional: string;
  untagged: string;
  note: string;
}

export const ENDING_NAMES: Catalogue<EndingNames> = {
  en: { strong: 'Strong ending', mixed: 'Mixed ending', poor: 'Poor ending', none: 'The story ended' },
  'zh-CN': { strong: '理想结局', mixed: '喜忧参半', poor: '不理想的结局', none: '故事结束' },
};

export const MAP_WORDS: Catalogue<MapWords> = {
  en: {
    title: (story) => `Branch map: ${story}`,
    decision: (n) => `Decision ${n}`,
    conditional: 'offered only on some paths',
    untagged: 'Untagged ending',
    note: 'Trainer: ',
  },
  'zh-CN': {
    title: (story) => `分支地图：${story}`,
    decision: (n) => `第 ${n} 个决定`,
    conditional: '只在部分路径上出现',
    untagged: '未标注的结局',
    note: '引导师：',
  },
};

/** The labels a branch map is drawn with, in the game and in docs/maps alike. */
export function mapLabels(locale: Locale, storyTitle: string): MapLabels {
  const map = stringsFor(MAP_WORDS, locale);
  return {
    title: map.title(storyTitle),
    endings: { ...stringsFor(ENDING_NAMES, locale), untagged: map.untagged, error: 'Error' },
    decision: map.decision,
    conditional: map.conditional,
    note: map.note,
  };
}
