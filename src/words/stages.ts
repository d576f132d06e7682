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
        'In the expansion stage you are still breaking in: reading the customer, proving value, opening doors. By S-T-R-O-BE, where should your turn focus at this stage, and which role would you let wait?',
    },
    growth: {
      name: 'Growth',
      question:
        'In the growth stage the value must scale: a team that mirrors the customer, resources that come when called, mechanisms instead of heroics. By S-T-R-O-BE, where should your turn focus at this stage?',
    },
    maturity: {
      name: 'Maturity',
      question:
        'In the maturity stage the business must pay and last: margin, cash and compliance, and a partnership the customer would choose again. By S-T-R-O-BE, where should your turn focus at this stage?',
    },
  },
  'zh-CN': {
    expansion: {
      name: '拓展期',
      question:
        '拓展期：还在打开局面，读懂客户、证明价值、敲开大门。按 S-T-R-O-BE，这一阶段你转身的重点是什么？哪个角色可以先放一放？',
    },
    growth: {
      name: '成长期',
      question:
        '成长期：价值要做大，团队要对准客户，资源要调得动，靠机制而不是靠救火。按 S-T-R-O-BE，这一阶段你转身的重点是什么？',
    },
    maturity: {
      name: '成熟期',
      question:
        '成熟期：生意要赚钱、要长久，讲毛利、现金流和合规，也要让客户愿意再次选择这段伙伴关系。按 S-T-R-O-BE，这一阶段你转身的重点是什么？',
    },
  },
};
