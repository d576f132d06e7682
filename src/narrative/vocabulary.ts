/**
 * Ids a story may use in its tags. The stage, the sound player and the checker all read
 * these lists, so a new setting or mood is added here once.
 */
export const CAST_IDS = [
  'wudi',
  'zhaolin',
  'eleanor',
  'daniel',
  'rafael',
  'arjun',
  'linxiao',
  'priya',
  'zhanghao',
  'kwame',
  'chenyu',
  'marco',
  'sunmei',
  'lars',
] as const;

export const MOOD_IDS = ['neutral', 'pleased', 'concerned', 'annoyed', 'thinking', 'surprised'] as const;

export const SETTING_IDS = [
  'tianyu_office',
  'meridian_boardroom',
  'video_call',
  'opco_office',
  'network_ops',
  'finance_room',
  'corridor',
  'cafe',
  'airport',
  'joint_lab',
] as const;

export const MUSIC_IDS = ['office', 'boardroom', 'tension', 'night', 'off'] as const;
export const SFX_IDS = ['click', 'page', 'notify', 'alarm', 'strong', 'poor'] as const;

export const CAPABILITY_IDS = [
  'strategic_thinking',
  'org_development',
  'collaborative_influence',
  'cross_cultural',
  'customer_partnering',
  'business_value',
  'strategic_risk',
  'business_acumen',
] as const;

/** `carry` is the one header tag that repeats: one per fact the story shares with Wu Di's year. */
export const HEADER_TAGS = ['title', 'role', 'order', 'summary', 'stage', 'carry'] as const;

/**
 * The account's stage a scenario sits in, as the course's closing discussion names them:
 * expansion 拓展期 (breaking in), growth 成长期 (scaling the value), maturity 成熟期 (running
 * and keeping a mature business). Story headers name one with `# stage:`.
 */
export const ACCOUNT_STAGES = ['expansion', 'growth', 'maturity'] as const;
export type AccountStage = (typeof ACCOUNT_STAGES)[number];
export const LINE_TAGS = ['speaker', 'mood', 'scene', 'music', 'sfx', 'facilitator', 'ending'] as const;
export const CHOICE_TAGS = ['score', 'feedback', 'cap'] as const;

export function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
