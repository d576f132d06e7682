import type { AccountStage } from '../narrative/vocabulary.ts';
import type { Catalogue } from './catalogue.ts';

/**
 * The account's stages as the course's closing discussion names them, and the question it asks
 * a group about each (seed 000's closing section; the concerns of each stage after seed 004's
 * account lifecycle). A story header names its stage with `# stage:`.
 */
export interface StageWords {
  name: string;
  /** the course's question for a room whose account is at this stage */
  question: string;
}

export const STAGE_WORDS: Catalogue<Record<AccountStage, StageWords>> = {
  en: {
    expansion: {
      name: 'Expansion',
      question:
        'Expansion: you are new to the account and it is new to you; trust and wins are still few. By S-T-R-O-BE, what should your turning focus on now, and what do you risk by leaving the other roles for later?',
    },
    growth: {
      name: 'Growth',
      question:
        'Growth: you have a foothold, and the business is spreading to more countries and more products. By S-T-R-O-BE, what should your turning focus on now, and which role will hold you back if it lags?',
    },
    maturity: {
      name: 'Maturity',
      question:
        'Maturity: the account is large and established; the hard part is keeping it going for the long run. By S-T-R-O-BE, what should your turning focus on now, and what must the other roles do to support it?',
    },
  },
  'zh-CN': {
    expansion: {
      name: '拓展期',
      question:
        '拓展期：你和客户彼此还不熟，信任不多，成果也少。按 S-T-R-O-BE，这个阶段你转身的重点是什么？其他角色先放一放，风险在哪里？',
    },
    growth: {
      name: '成长期',
      question:
        '成长期：已经站稳脚跟，业务正往更多国家、更多产品铺开。按 S-T-R-O-BE，这个阶段你转身的重点是什么？哪个角色跟不上，会拖住你？',
    },
    maturity: {
      name: '成熟期',
      question:
        '成熟期：客户盘子大、合作稳，难的是把这份合作长期做下去。按 S-T-R-O-BE，这个阶段你转身的重点是什么？其他角色要怎么配合？',
    },
  },
};
