import type { Catalogue } from './catalogue.ts';

/**
 * The menu's invitation to the self-assessment before the first scenario, apart from the
 * statements (self-assessment.ts) so the menu's first download does not carry them.
 */
export interface SelfInviteWords {
  invite: string;
  inviteAction: string;
  inviteLater: string;
}

export const SELF_INVITE_WORDS: Catalogue<SelfInviteWords> = {
  en: {
    invite:
      'Before your first scenario: rate how you work today (fifteen statements, two minutes). Your debrief will set it beside what you do in the game.',
    inviteAction: 'Rate myself',
    inviteLater: 'Not now',
  },
  'zh-CN': {
    invite:
      '开始第一个情境之前：评估一下你现在的工作方式（十五项，约两分钟）。复盘时会把它和你在游戏中的做法放在一起对照。',
    inviteAction: '开始自评',
    inviteLater: '以后再说',
  },
};
