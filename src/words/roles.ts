import type { Role } from '../narrative/roles.ts';
import type { CAPABILITY_IDS } from '../narrative/vocabulary.ts';
import type { Locale } from '../state/schema.ts';
import { type Catalogue, stringsFor } from './catalogue.ts';

/**
 * The one source of the S-T-R-O-BE role names and the eight capability names, in both
 * locales. The game, the presenter window, the glossary and the results all read them here,
 * so a role is called the same thing everywhere.
 */
export interface RoleWords {
  /** what the game calls the role: "Strategy leader" */
  name: string;
  /** where a column is narrow (the presenter's tables): "Strategy" */
  short: string;
  /** the course's full title, as the glossary gives it */
  title: string;
}

export type CapabilityId = (typeof CAPABILITY_IDS)[number];

export const ROLE_WORDS: Catalogue<Record<Role, RoleWords>> = {
  en: {
    S: { name: 'Strategy leader', short: 'Strategy', title: 'Strategy leader' },
    T: { name: 'Team builder', short: 'Team', title: 'Team builder' },
    R: { name: 'Resource integrator', short: 'Resources', title: 'Resource integrator' },
    O: { name: 'Operations owner', short: 'Operations', title: 'Operations owner' },
    BE: { name: 'Partnership builder', short: 'Partnership', title: 'Partnership builder' },
  },
  'zh-CN': {
    S: { name: '战略领导者', short: '战略', title: '大客户战略的领导者' },
    T: { name: '团队开发者', short: '团队', title: '跨区域高绩效团队的开发者' },
    R: { name: '资源整合者', short: '资源', title: '跨区域、跨体系资源的整合者' },
    O: { name: '运营责任者', short: '运营', title: '客户群整体运营结果的责任者' },
    BE: { name: '伙伴关系经营者', short: '伙伴关系', title: '组织间战略合作伙伴关系的经营者' },
  },
};

export const CAPABILITY_NAMES: Catalogue<Record<CapabilityId, string>> = {
  en: {
    strategic_thinking: 'Strategic thinking',
    org_development: 'Organisational development',
    collaborative_influence: 'Collaborative influence',
    cross_cultural: 'Cross-cultural integration',
    customer_partnering: 'Partnering with customers',
    business_value: 'Creating business value',
    strategic_risk: 'Strategic risk-taking',
    business_acumen: 'Business acumen',
  },
  'zh-CN': {
    strategic_thinking: '战略思维',
    org_development: '组织发展',
    collaborative_influence: '协作影响力',
    cross_cultural: '跨文化融合',
    customer_partnering: '与客户成为伙伴',
    business_value: '创造业务价值',
    strategic_risk: '战略风险承担',
    business_acumen: '商业敏感',
  },
};

type RoleForm = keyof RoleWords;

/** Every role's name in one form: `roleNames('zh-CN').S` is "战略领导者". */
export function roleNames(locale: Locale | null, form: RoleForm = 'name'): Record<Role, string> {
  const words = stringsFor(ROLE_WORDS, locale);
  return {
    S: words.S[form],
    T: words.T[form],
    R: words.R[form],
    O: words.O[form],
    BE: words.BE[form],
  };
}
