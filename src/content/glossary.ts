import type { Role } from '../narrative/roles.ts';
import { CAPABILITY_NAMES, ROLE_WORDS } from '../words/roles.ts';

/**
 * The in-game glossary: the five S-T-R-O-BE roles, the eight capabilities (ids match the
 * story tag `cap`), the course's core terms and the concepts the coach's notes name.
 * Order: roles, capabilities, then terms and concepts alphabetically by English term.
 */
export type GlossaryCategory = 'role' | 'capability' | 'term' | 'concept';

export interface GlossaryText {
  term: string;
  definition: string;
}

export interface GlossaryEntry {
  /** kebab-case and unique; capabilities keep the story tag ids */
  id: string;
  category: GlossaryCategory;
  /** the S-T-R-O-BE roles the entry belongs to; empty for general terms */
  roles: Role[];
  en: GlossaryText;
  /** Simplified Chinese */
  zh: GlossaryText;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  // ── The five roles ────────────────────────────────────────────────────────────
  {
    id: 'role-S',
    category: 'role',
    roles: ['S'],
    en: {
      term: `S: ${ROLE_WORDS.en.S.title}`,
      definition:
        "The KAM as the leader who sets, aligns and executes the account strategy. He reads the customer's, the competitors' and his own company's strategy, builds an account strategy that fits his company's values and direction, carries it across regions and keeps it alive with a regular review rhythm.",
    },
    zh: {
      term: `S：${ROLE_WORDS['zh-CN'].S.title}`,
      definition:
        '系统部部长要负责客户群战略的制定、协同和执行。先读懂客户、友商和本公司的战略，再制定与公司价值观和方向一致的客户群战略，推动各区域落地，并靠固定的战略管理节奏让它始终管用。',
    },
  },
  {
    id: 'role-T',
    category: 'role',
    roles: ['T'],
    en: {
      term: `T: ${ROLE_WORDS.en.T.title}`,
      definition:
        'The KAM as the builder of a high-performing team that spans countries and cultures. He shapes the team to mirror the customer, grows local talent and a succession bench, delegates with control, and motivates people with honest, specific feedback.',
    },
    zh: {
      term: `T：${ROLE_WORDS['zh-CN'].T.title}`,
      definition:
        '系统部部长要带出一支跨国家、跨文化的高绩效团队：结构与客户对应，本地人才和后备梯队看得见，授权有边界，激励和反馈实在、具体。团队有多强，战略就能走多远。',
    },
  },
  {
    id: 'role-R',
    category: 'role',
    roles: ['R'],
    en: {
      term: `R: ${ROLE_WORDS.en.R.title}`,
      definition:
        'The KAM as the one who builds, coordinates and integrates resources across regions and departments he does not command. He knows which experts, budgets and capacities exist and who owns them, wins them through influence rather than rank, and turns one-off rescues into standing sharing mechanisms.',
    },
    zh: {
      term: `R：${ROLE_WORDS['zh-CN'].R.title}`,
      definition:
        '系统部部长要用的人和资源，大多不归他管。他得清楚公司有哪些资源、归谁管、对方考核什么，靠影响力而不是职位把资源调动起来，再把一次次临时救火沉淀为常设的共享机制。',
    },
  },
  {
    id: 'role-O',
    category: 'role',
    roles: ['O'],
    en: {
      term: `O: ${ROLE_WORDS.en.O.title}`,
      definition:
        "The KAM as the person accountable for the whole account group's results: profit, cash flow, receivables and per-capita efficiency, not just orders. He segments customers to place effort, avoids over-commitment and keeps internal control and compliance tight.",
    },
    zh: {
      term: `O：${ROLE_WORDS['zh-CN'].O.title}`,
      definition:
        '系统部部长要对整个客户群的经营结果负责：利润、现金流、应收账款和人均效益，而不只是订单。要用客户分级来分配精力，避免过度承诺，守住内控与合规的底线。',
    },
  },
  {
    id: 'role-BE',
    category: 'role',
    roles: ['BE'],
    en: {
      term: `BE: ${ROLE_WORDS.en.BE.title}`,
      definition:
        'The KAM as the one who runs the strategic partnership between the two organisations. He widens relationships from single contacts to the whole organisation, manages what the customer expects and perceives, and builds partnership through strategic dialogue, joint innovation, co-branding and exchange.',
    },
    zh: {
      term: `BE：${ROLE_WORDS['zh-CN'].BE.title}`,
      definition:
        '系统部部长经营的是两家公司之间的战略合作，而不只是几段私人关系。关系要从点到线再到面，客户的期望和感知都要管理，并通过战略对话、联合创新、联合品牌和交流把伙伴关系做实。',
    },
  },

  // ── The eight capabilities (ids match the story tag `cap`) ─────────────────────
  {
    id: 'strategic_thinking',
    category: 'capability',
    roles: ['S'],
    en: {
      term: CAPABILITY_NAMES.en.strategic_thinking,
      definition:
        "Seeing the account in terms of where the customer, the market and the competitors are heading over several years, not this quarter's orders. It tells you where to compete and which opportunities to decline.",
    },
    zh: {
      term: CAPABILITY_NAMES['zh-CN'].strategic_thinking,
      definition:
        '跳出本季度的订单，从客户、市场和友商未来几年的走向来看客户群。有了战略思维，才知道该在哪里发力，哪些机会应当放弃。',
    },
  },
  {
    id: 'org_development',
    category: 'capability',
    roles: ['T'],
    en: {
      term: CAPABILITY_NAMES.en.org_development,
      definition:
        'Designing the team, roles, authority levels and talent pipeline so the account runs well without depending on one person. It covers structure, delegation, succession and performance conversations.',
    },
    zh: {
      term: CAPABILITY_NAMES['zh-CN'].org_development,
      definition:
        '设计团队结构、角色分工、授权层级和人才梯队，让客户群的运作不系于某一个人。组织设计、授权、继任和绩效沟通，都属于这项能力。',
    },
  },
  {
    id: 'collaborative_influence',
    category: 'capability',
    roles: ['R'],
    en: {
      term: CAPABILITY_NAMES.en.collaborative_influence,
      definition:
        "Getting people who do not report to you, in other departments, other regions or the customer's organisation, to work toward a shared goal. It rests on trust, reciprocity, shared credit and aligned goals rather than rank, and it is the KAM's main lever for resources.",
    },
    zh: {
      term: CAPABILITY_NAMES['zh-CN'].collaborative_influence,
      definition:
        '让不向你汇报的人，不管是其他部门、其他区域还是客户那边的人，愿意朝同一个目标使劲。它靠信任、互惠、共享功劳和目标对齐，而不是职位；系统部部长调动资源，主要就靠这项能力。',
    },
  },
  {
    id: 'cross_cultural',
    category: 'capability',
    roles: ['T', 'BE'],
    en: {
      term: CAPABILITY_NAMES.en.cross_cultural,
      definition:
        "Leading people and serving customers across countries and cultures so that every voice counts, not only headquarters' or the expatriates'. It means living the core values in local ways and running communication routines that work across time zones and languages.",
    },
    zh: {
      term: CAPABILITY_NAMES['zh-CN'].cross_cultural,
      definition:
        '在多个国家、多种文化中带团队、做客户，让每个人的声音都算数，而不只是总部和外派员工的声音。核心价值观要用本地的方式去践行，沟通机制要能跨越时差和语言。',
    },
  },
  {
    id: 'customer_partnering',
    category: 'capability',
    roles: ['BE', 'S'],
    en: {
      term: CAPABILITY_NAMES.en.customer_partnering,
      definition:
        "Working from the customer's strategy, priorities and pain points rather than your own catalogue, so the customer sees you as a partner in its success. It means listening first, solving problems inside the customer's strategy and being honest when you fall short.",
    },
    zh: {
      term: CAPABILITY_NAMES['zh-CN'].customer_partnering,
      definition:
        '从客户的战略、优先事项和痛点出发，而不是从自家的产品目录出发，让客户把你看作帮它成功的伙伴。先倾听，在客户的战略框架里解决问题，做不到的时候坦诚相告。',
    },
  },
  {
    id: 'business_value',
    category: 'capability',
    roles: ['O', 'BE'],
    en: {
      term: CAPABILITY_NAMES.en.business_value,
      definition:
        'Linking what you offer to results that the customer and your own company can measure: revenue, cost and capex on their side, margin and cash on yours. Value, not price, is what earns a strategic position.',
    },
    zh: {
      term: CAPABILITY_NAMES['zh-CN'].business_value,
      definition:
        '把方案和双方都算得清的结果挂上钩：客户那边是收入、成本和资本开支，自己这边是毛利和现金。赢得战略位置靠的是价值，而不是价格。',
    },
  },
  {
    id: 'strategic_risk',
    category: 'capability',
    roles: ['S', 'O'],
    en: {
      term: CAPABILITY_NAMES.en.strategic_risk,
      definition:
        'Taking deliberate, well-judged risks for the long-term position, such as walking back a bad promise or turning down a quick order that breaks the strategy, while never gambling with compliance. It also means owning mistakes early, before they grow.',
    },
    zh: {
      term: CAPABILITY_NAMES['zh-CN'].strategic_risk,
      definition:
        '为长期位置主动承担经过权衡的风险，比如收回一个不该做的承诺，或放弃一张违背战略的快单，但绝不拿合规去赌。出了错要尽早担起来，别让小问题拖成大问题。',
    },
  },
  {
    id: 'business_acumen',
    category: 'capability',
    roles: ['O'],
    en: {
      term: CAPABILITY_NAMES.en.business_acumen,
      definition:
        'A feel for how money is made and lost on the account: margin, cash, receivables, contract terms and pricing. It is what tells you that a big order at a thin margin with long payment terms may be a loss.',
    },
    zh: {
      term: CAPABILITY_NAMES['zh-CN'].business_acumen,
      definition:
        '对客户群上的钱怎么赚、怎么亏有敏锐的判断：毛利、现金、应收、合同条款和定价。有了商业敏感，才看得出一张薄毛利、长账期的大单，可能其实是亏的。',
    },
  },

  // ── Terms and concepts, alphabetically by English term ─────────────────────────
  {
    id: 'account-department',
    category: 'term',
    roles: ['T'],
    en: {
      term: 'Account department',
      definition:
        "The vendor's dedicated organisation for one key customer group, led by the KAM. A strong one mirrors the customer's structure and decision making: a group-level team plus an iron triangle for each opco, co-managed with the country offices, simple and efficient.",
    },
    zh: {
      term: '系统部',
      definition:
        '供应商为一个重点客户群专门设立的组织，由系统部部长带领。好的系统部与客户的组织结构和决策方式相对应：集团层面一个团队，每个子网一个铁三角，与各国代表处共同管理，简单高效。',
    },
  },
  {
    id: 'aligning-opcos',
    category: 'concept',
    roles: ['S'],
    en: {
      term: 'Aligning opcos with group strategy',
      definition:
        "Bringing an opco's local needs into line with the group's strategy, such as central procurement or network sharing, instead of letting the loudest opco's deal contradict it. Start from the opco's real pain and solve it inside the group's rules, so the alignment survives execution.",
    },
    zh: {
      term: '子网与集团战略对齐',
      definition:
        '集团有统一的战略（比如集中采购、网络共享），子网各有各的诉求。对齐不是拿集团战略去压子网，也不是放任嗓门最大的子网另搞一套，而是认真对待子网的痛点，在集团规则之内给出解法，这样才落得了地。',
    },
  },
  {
    id: 'brand-satisfaction-partnership',
    category: 'concept',
    roles: ['BE'],
    en: {
      term: 'Brand, satisfaction and partnership',
      definition:
        'The three elements of lasting commercial success with a key customer: a brand image that serves the business strategy, customer satisfaction that is measured and managed, and a strategic partnership between the two organisations. Weakness in one drags down the other two.',
    },
    zh: {
      term: '商业成功三要素：品牌、满意度、伙伴关系',
      definition:
        '与大客户长期成功的三个支点：服务于业务战略的品牌形象，可衡量、可管理的客户满意度，以及组织之间的战略合作伙伴关系。三者互相支撑，缺了一个，另外两个也立不住。',
    },
  },
  {
    id: 'business-conduct-compliance',
    category: 'concept',
    roles: ['O', 'BE'],
    en: {
      term: 'Business-conduct compliance and internal control',
      definition:
        "Following the company's business-conduct rules and approval controls without exception: no bribes, no 'facilitation fees' through agents, no costs parked in the wrong account. Refuse, record and report; one shortcut can expose both companies to prosecution and end the relationship.",
    },
    zh: {
      term: '商业行为合规与内控',
      definition:
        '无条件遵守商业行为准则和内控流程：不行贿，不经代理付所谓“疏通费”，不把成本挪到不该记的账上。遇到这类提议，要拒绝、留痕、上报；走一次捷径，就可能让双方公司都面临法律追究，合作也就到头了。',
    },
  },
  {
    id: 'country-general-manager',
    category: 'term',
    roles: [],
    en: {
      term: 'Country general manager (CGM)',
      definition:
        "The head of the vendor's business in one country, with formal authority over its people and results. Many KAMs come from this kind of job, and the hard part of the turn is working across many countries without running any of them.",
    },
    zh: {
      term: '国家总经理（国家代表，CGM）',
      definition:
        '供应商在一个国家的最高负责人，对本国的人员和业绩有正式的管理权。不少系统部部长由这类岗位转任，转身的难点就在于：要跨很多国家做事，却不直接管其中任何一个。',
    },
  },
  {
    id: 'customer-satisfaction-loop',
    category: 'term',
    roles: ['BE'],
    en: {
      term: 'Customer satisfaction: expectation, perception, gap loop',
      definition:
        'Satisfaction is the distance between what the customer expected and what it perceives it received. Manage both sides: set expectations you can meet, make delivery visible, then measure the gap, act on it and check again. Arguing with a survey never closes the gap.',
    },
    zh: {
      term: '客户满意度：期望管理、感知管理、差距闭环',
      definition:
        '满意度取决于客户的期望与实际感知之间的差距。两头都要管：只设定能兑现的期望，让交付成果被客户看见，再测量差距、采取行动、回头复核，形成闭环。跟调查结果争辩，只会让差距更大。',
    },
  },
  {
    id: 'customer-segmentation',
    category: 'concept',
    roles: ['O'],
    en: {
      term: 'Customer segmentation: general, core, strategic',
      definition:
        'Sorting the opcos or customers in your group into general, core and strategic tiers by value, margin, cash and strategic fit, not by order size. Each tier gets its own coverage and service model, so scarce people go where they matter most.',
    },
    zh: {
      term: '客户分级：一般客户、中坚客户、战略客户',
      definition:
        '按价值、毛利、现金和战略匹配度，而不是按订单大小，把客户群里的子网分成一般、中坚、战略三级。每一级配不同的覆盖和服务模式，把有限的人手投到最值得的地方。',
    },
  },
  {
    id: 'delegation-with-control',
    category: 'concept',
    roles: ['T', 'O'],
    en: {
      term: 'Delegation with control',
      definition:
        'Giving local teams real authority, for example over HR and pricing decisions, within clear levels and bands and with a regular review. Trust without control is a blank cheque; control without delegation makes you the bottleneck.',
    },
    zh: {
      term: '授权与控制',
      definition:
        '给本地团队实实在在的权限（比如人事和价格），但要分级、设额度，并定期回顾。只有信任没有控制，等于开空白支票；只有控制没有授权，你自己就成了瓶颈。',
    },
  },
  {
    id: 'dso-and-cash-flow',
    category: 'concept',
    roles: ['O'],
    en: {
      term: 'DSO and cash flow',
      definition:
        'DSO (days sales outstanding) is the average number of days between invoicing and getting paid; cash flow shows whether the account brings in more cash than it spends. An account can beat its order target and still burn cash, so read the P&L and the cash-flow statement, not orders alone.',
    },
    zh: {
      term: '回款天数（DSO）与现金流',
      definition:
        'DSO即回款天数，指从开票到收款平均要多少天；现金流看的是客户群收进来的钱是否多于花出去的钱。订单超额完成的客户群照样可能在“失血”，所以要读损益表和现金流量表，而不是只盯订单。',
    },
  },
  {
    id: 'escalating-well',
    category: 'concept',
    roles: ['R'],
    en: {
      term: 'Escalating well',
      definition:
        "Taking a problem to your boss only after trying your peers, and bringing facts, options and one clear decision to make. Escalating first spends the boss's authority and teaches peers and your own team to wait for orders from above.",
    },
    zh: {
      term: '有效升级',
      definition:
        '先和同级把能谈的谈完，再带着事实、备选方案和一个明确的决策请求去找上级。一上来就升级，既透支了上级的权威，也让同事和团队养成等上面发话的习惯。',
    },
  },
  {
    id: 'executive-sponsor',
    category: 'concept',
    roles: ['BE'],
    en: {
      term: 'Executive sponsor',
      definition:
        "A senior executive on each side who owns the relationship with a named counterpart and meets them regularly. Sponsors turn the KAM's personal contacts into top-to-top dialogue, and they need real resources behind them, not only handshakes.",
    },
    zh: {
      term: '高层赞助人',
      definition:
        '双方各由一位高管对口负责这段合作，与对方指定的高层定期会面。高层赞助人把系统部部长的个人关系升级为高层对高层的对话；他手里得有实际资源，而不只是出面握个手。',
    },
  },
  {
    id: 'four-calculations',
    category: 'concept',
    roles: ['O'],
    en: {
      term: 'Four calculations: estimate, budget, accounting, final settlement',
      definition:
        "Four financial checkpoints across a deal's life: the estimate at bid, the budget at contract, accounting during delivery and the final settlement at close. With finance involved from the estimate on, each commitment is a decision backed by numbers, not a quarter-end rush.",
    },
    zh: {
      term: '财务四算：概算、预算、核算、决算',
      definition:
        '贯穿项目全周期的四道财务关口：投标时做概算，签约时做预算，交付中做核算，关闭时做决算。财务从概算起就参与进来，每一项承诺才是有数字支撑的决策，而不是季末的冲动。',
    },
  },
  {
    id: 'influence-without-authority',
    category: 'term',
    roles: ['R'],
    en: {
      term: 'Influence without authority',
      definition:
        "Moving people you cannot command: product lines, delivery units, other regions. The levers are the owner's own goals and constraints, reciprocity, shared KPIs and credit, data and the customer's voice. It is the heart of the KAM's turn from formal to informal authority.",
    },
    zh: {
      term: '无授权下的影响力',
      definition:
        '调动自己指挥不了的人：产品线、交付部门、其他区域。抓手是对方自己的目标和难处、互惠交换、共担KPI和共享功劳，再加上数据和客户的声音。从正式授权走向非正式授权，是系统部部长转身的核心。',
    },
  },
  {
    id: 'iron-triangle',
    category: 'term',
    roles: ['T', 'R'],
    en: {
      term: 'Iron triangle: AR, SR, FR',
      definition:
        'The front-line team for each customer: the account responsible (AR) owns the relationship and the deal, the solution responsible (SR) the solution, and the fulfilment responsible (FR) delivery and acceptance. They work each opportunity together from lead to cash, so sales never promises what delivery cannot keep.',
    },
    zh: {
      term: '铁三角：客户经理、解决方案经理、交付经理（AR/SR/FR）',
      definition:
        '面向每个客户的一线作战单元：客户经理（AR）管客户关系和商务，解决方案经理（SR）管方案，交付经理（FR）管交付和验收。三个人从线索到回款一起打，销售就不会答应交付做不到的事。',
    },
  },
  {
    id: 'joint-innovation',
    category: 'concept',
    roles: ['BE'],
    en: {
      term: 'Joint innovation',
      definition:
        "Working on a real customer problem with a mixed team, shared targets and shared intellectual property, often in a joint lab. It makes the vendor part of the customer's growth rather than a line in its costs.",
    },
    zh: {
      term: '联合创新',
      definition:
        '围绕客户的真实问题组建双方混编团队，目标共担、知识产权共享，常见的形式是联合创新实验室。它让供应商成为客户增长的一部分，而不是成本表上的一行。',
    },
  },
  {
    id: 'key-account-manager',
    category: 'term',
    roles: [],
    en: {
      term: 'Key account manager (KAM)',
      definition:
        "The head of the account department for one key customer group, across all its countries, products and services. Unlike a country sales director, the KAM owns the account's profit and loss but commands few of the people needed to deliver it, so the job is played through the five S-T-R-O-BE roles.",
    },
    zh: {
      term: '系统部部长（大客户经理，KAM）',
      definition:
        '一个重点客户群的系统部负责人，覆盖该客户群的所有国家、产品和服务。与国家销售负责人不同，他要对客户群的盈亏负责，却直接指挥不了完成任务所需的大多数人，所以要同时扮演好S-T-R-O-BE五个角色。',
    },
  },
  {
    id: 'lead-to-cash',
    category: 'term',
    roles: ['R', 'O'],
    en: {
      term: 'Lead to cash (LTC)',
      definition:
        'The end-to-end process from the first sales lead through opportunity, bid, contract and delivery to collecting the cash. Involving delivery, supply chain and finance early means a win arrives with a plan the company can keep and a payment it can collect.',
    },
    zh: {
      term: '从线索到回款（LTC）',
      definition:
        '从发现线索开始，经过机会点、投标、签约、交付，直到把钱收回来的端到端流程。交付、供应链和财务尽早介入，赢下的项目才交付得了，钱也收得回来。',
    },
  },
  {
    id: 'motivation-principles',
    category: 'concept',
    roles: ['T'],
    en: {
      term: 'Motivation principles',
      definition:
        'Motivation starts from what the person needs, which is rarely money alone: growth, recognition, fairness, authority and good timing. People who stay only for money leave for money, so build an offer from what you heard them say.',
    },
    zh: {
      term: '激励原则',
      definition:
        '激励要从对方真正的需要出发，而这很少只是钱：成长、认可、公平、授权，还有恰当的时机。为钱留下的人，也会为钱离开；挽留方案要从对方亲口说出的诉求里来。',
    },
  },
  {
    id: 'negative-feedback-behaviour',
    category: 'concept',
    roles: ['T'],
    en: {
      term: 'Negative feedback about behaviour',
      definition:
        "Describing what the person did, not judging who they are: the behaviour, its consequence, and an agreed next step. A label like 'territorial' makes people defend themselves; a described behaviour gives them something to change.",
    },
    zh: {
      term: '针对行为的负面反馈',
      definition:
        '对事不对人：描述具体行为，说明它造成的后果，再一起商定下一步。给人贴上“护地盘”之类的标签，对方只会为自己辩护；把行为讲清楚，他才知道该改什么。',
    },
  },
  {
    id: 'operating-company',
    category: 'term',
    roles: [],
    en: {
      term: 'Operating company (opco)',
      definition:
        "A country operator owned by the customer group, such as Meridian India or Meridian Germany. The group buys some things centrally while opcos buy others locally, so opcos often pull against the group's strategy and against each other.",
    },
    zh: {
      term: '子网（运营公司）',
      definition:
        '客户集团在各国的运营公司，比如子午印度、子午德国。有些东西由集团集中采购，有些由子网自行采购，所以子网和集团之间、子网和子网之间常常各有各的打算。',
    },
  },
  {
    id: 'opportunity-telescope',
    category: 'concept',
    roles: ['S'],
    en: {
      term: 'Opportunity telescope and magnifying glass',
      definition:
        "Two strategy-matching tools. The telescope finds opportunities where the customer's, the competitors' and your own company's strategies meet; the magnifying-glass sandbox breaks them down by opco, product and year. A telescope alone is vision without a plan; a magnifying glass alone sees only this year's orders.",
    },
    zh: {
      term: '机会望远镜与放大镜',
      definition:
        '两种战略匹配工具。望远镜用来识别战略机会，找客户、友商与自身战略的交汇点；放大镜是区域、系统部和产品的战略沙盘，把机会按子网、产品和年度拆开。光有望远镜是空谈，光有放大镜就只看得见今年的单子。',
    },
  },
  {
    id: 'org-to-org-communication',
    category: 'concept',
    roles: ['S', 'BE'],
    en: {
      term: 'Organisation-to-organisation communication',
      definition:
        'Helping the customer plan by bringing people from both organisations together, for example group and opco planners with your iron triangle, or a standing working group, instead of relying on one-to-one selling. You convene and contribute; the customer decides, so the result is its own.',
    },
    zh: {
      term: '组织型沟通',
      definition:
        '不靠一对一推销，而是把双方组织的人拉到一起帮客户做规划，比如让集团和子网的规划人员与你的铁三角同桌讨论，或者设立常设工作组。你来搭台、出力，由客户来决定，结论才是客户自己的。',
    },
  },
  {
    id: 'over-commitment',
    category: 'term',
    roles: ['O', 'BE'],
    en: {
      term: 'Over-commitment',
      definition:
        'Promising dates, prices, penalty terms, people or partnerships that the company has not approved or cannot deliver. It wins the room today and returns as penalties, lost margin and lost credibility; when it happens, own it early and renegotiate on facts.',
    },
    zh: {
      term: '过度承诺',
      definition:
        '答应了公司没批准或做不到的工期、价格、罚则、人力或合作。当场换来掌声，日后换来罚款、毛利损失和信誉受损；一旦发生，要尽早承认，拿事实去重谈。',
    },
  },
  {
    id: 'parr',
    category: 'term',
    roles: [],
    en: {
      term: 'PARR: prepare, act, reflect, review',
      definition:
        'The four-step action plan the course uses after the debrief: prepare what you will try, act on it at work, reflect on what happened, and review it with your manager or coach. It turns insight from the game into a working habit.',
    },
    zh: {
      term: 'PARR：准备、执行、反思、回顾',
      definition:
        '课程复盘之后使用的行动计划框架：准备好要尝试的做法，回到工作中去执行，反思发生了什么，再和上级或教练一起回顾。它把游戏里的领悟变成工作中的习惯。',
    },
  },
  {
    id: 'partnership-routes',
    category: 'concept',
    roles: ['BE'],
    en: {
      term: 'Partnership routes',
      definition:
        'The four ways two organisations grow into strategic partners: strategic dialogue at the top, joint innovation, co-branding, and exchange of management, culture and talent. Each needs real substance; co-branding with nothing joint behind it fades fast.',
    },
    zh: {
      term: '建立战略合作伙伴的途径',
      definition:
        '两家公司走向战略合作伙伴的四条路：高层战略对话、联合创新、联合品牌营销，以及管理、文化和人才的交流。每条路都要有实质内容撑着；还没有共同成果就先打联合品牌，热度很快就会散。',
    },
  },
  {
    id: 'point-line-whole',
    category: 'concept',
    roles: ['BE'],
    en: {
      term: 'Point-line-whole relationship building',
      definition:
        'Growing the relationship from single contacts (points) to matched counterparts across functions and levels (lines) to the whole organisation. A relationship threaded only through the KAM breaks the day he or his contact moves on.',
    },
    zh: {
      term: '点、线、面的客户关系建设',
      definition:
        '客户关系要从个别联系人（点），发展到各职能、各层级的对口关系（线），最终覆盖整个组织（面）。只系在系统部部长一个人身上的关系，他本人或对方一调岗就断了。',
    },
  },
  {
    id: 'procurement-supplier-strategy',
    category: 'concept',
    roles: ['S'],
    en: {
      term: 'Procurement and supplier strategy',
      definition:
        'How the customer buys and how it means to treat suppliers: central or local sourcing, supplier reduction, and the scorecard suppliers are judged on. Knowing it before you pitch tells you what the customer will reward and where the opcos will resist.',
    },
    zh: {
      term: '客户的采购与供应商策略',
      definition:
        '客户怎么买，打算怎么对待供应商：集中采购还是本地采购，要不要精简供应商，用什么评分卡考核供应商。推方案之前摸清这些，就能判断客户会为什么买单，子网又可能在哪里不配合。',
    },
  },
  {
    id: 'reciprocity',
    category: 'concept',
    roles: ['R'],
    en: {
      term: 'Reciprocity',
      definition:
        'Offering something the other side values in return for what you need, such as lending your engineers, sharing credit or backing their launch. Influence without authority runs on fair exchange, and peers remember who gives as well as who asks.',
    },
    zh: {
      term: '互惠',
      definition:
        '拿对方看重的东西换取你需要的支持，比如借出自己的工程师、分享功劳、帮对方的项目按期上线。无授权下的影响力靠公平交换来运转；同事记得谁只会开口要，也记得谁肯出手帮。',
    },
  },
  {
    id: 'recommendation-vs-decision-rights',
    category: 'concept',
    roles: ['O', 'T'],
    en: {
      term: 'Recommendation rights vs decision rights',
      definition:
        'Separating who proposes a commitment from who approves it: the team recommends within its band, and finance and the right management level decide. It keeps speed inside clear limits and puts a second pair of eyes on every contract term.',
    },
    zh: {
      term: '建议权与决策权分离',
      definition:
        '提出承诺的人和批准承诺的人分开：团队在授权范围内提建议，由财务和相应层级拍板。这样既能在边界之内保持速度，每一条合同条款也多了一道把关。',
    },
  },
  {
    id: 'resource-pool',
    category: 'concept',
    roles: ['R'],
    en: {
      term: 'Resource pool',
      definition:
        'A standing mechanism, such as a global account resource pool, that shares scarce experts across accounts and regions under clear rules and shared KPIs. It turns a one-off rescue built on favours into a repeatable capability and stops teams hoarding people.',
    },
    zh: {
      term: '资源池',
      definition:
        '在各客户群、各区域之间共享稀缺专家的常设机制，比如全球大客户资源池，规则清楚、KPI共担。它把靠人情的一次性救火变成可复制的能力，也让各团队不再囤积专家。',
    },
  },
  {
    id: 'seven-steps-customer-strategy',
    category: 'concept',
    roles: ['S'],
    en: {
      term: "Seven steps of reading a customer's strategy",
      definition:
        "Read the customer's strategy; influence it while it is being made; help through organisation-to-organisation communication; read its procurement and supplier strategy; read strategy from its org chart; take the shareholder-value view; read the competitors' strategy. Working through them before you sell shows the customer you understand what it is trying to do.",
    },
    zh: {
      term: '解读客户战略七步法',
      definition:
        '①解读客户战略；②影响并参与客户战略的制定；③借组织型沟通协助客户规划；④解读客户的采购与供应商策略；⑤从组织架构看客户战略；⑥做股东价值分析；⑦解读友商战略。先把这七步走扎实再谈销售，客户才会觉得你懂他。',
    },
  },
  {
    id: 'shareholder-value-view',
    category: 'concept',
    roles: ['S', 'O'],
    en: {
      term: 'Shareholder-value view',
      definition:
        "Looking at the customer the way its investors do: what the board has promised on growth, capex, margin and dividends. Linking your offer to those promises speaks the language the customer's executives are judged in.",
    },
    zh: {
      term: '股东价值视角',
      definition:
        '像投资者一样看客户：董事会在增长、资本开支、利润和分红上做过哪些承诺。把方案和这些承诺挂上钩，说的就是客户高管被考核的语言。',
    },
  },
  {
    id: 'specific-positive-feedback',
    category: 'concept',
    roles: ['T'],
    en: {
      term: 'Specific positive feedback',
      definition:
        'Praise that names what the person did, the quality it shows, and the effect it had on the customer or the team. Vague thanks feels kind but teaches nothing; specific recognition tells people what to keep doing.',
    },
    zh: {
      term: '具体的正面反馈',
      definition:
        '表扬要讲清三件事：对方具体做了什么，体现了什么品质，给客户或团队带来了什么结果。笼统的感谢听着暖心，却说不出好在哪里；具体的认可，才让人知道该坚持什么。',
    },
  },
  {
    id: 'strategy-review-rhythm',
    category: 'concept',
    roles: ['S'],
    en: {
      term: 'Strategy-review rhythm (BLM)',
      definition:
        "A standing cycle of planning and review, in the style of the Business Leadership Model (BLM), that keeps the account strategy in step with the customer's own planning calendar. A plan written once a year by one person drifts; a rhythm makes the team its owners.",
    },
    zh: {
      term: '战略管理节奏（BLM）',
      definition:
        '参照业务领导力模型（BLM）建立的常设规划与回顾机制，让客户群战略与客户自己的规划周期同步。一年看一次、一个人写完的规划迟早走样；有了固定节奏，团队才会把战略当成自己的事。',
    },
  },
  {
    id: 'succession-bench',
    category: 'concept',
    roles: ['T'],
    en: {
      term: 'Succession bench',
      definition:
        'A visible list of named successors for key roles, each with a development plan, and with local talent on it. It turns promotion from a favour into a path, keeps good people from looking elsewhere, and protects the account when someone leaves.',
    },
    zh: {
      term: '后备梯队',
      definition:
        '为关键岗位公开指定接班人，每人都有发展计划，本地人才也在名单上。它让晋升从恩惠变成看得见的路径，留得住好人才，有人离开时客户群也不至于受冲击。',
    },
  },
  {
    id: 'turning',
    category: 'term',
    roles: [],
    en: {
      term: 'Turning (the transformation)',
      definition:
        'The shift from star country sales director to account leader: from one business to many, one function to many, revenue to profit and loss, front line to mechanisms and people, new wins to running a mature business, and formal to informal authority. Most traps in the game are habits from before the turn.',
    },
    zh: {
      term: '转身',
      definition:
        '从明星国家销售负责人到系统部部长的角色转变：业务从单一到多元，管理从单职能到多职能，从贡献收入到担当盈亏，从前线到后方，从突破拓展到成熟运营，从正式授权到非正式授权。游戏里的大多数陷阱，都是转身之前留下的老习惯。',
    },
  },
  {
    id: 'value-customer-strategic-supplier',
    category: 'concept',
    roles: ['BE', 'S'],
    en: {
      term: 'Value customer and strategic supplier',
      definition:
        'Matching what the customer wants from a strategic supplier with what your company needs from a value customer, such as access to planning, shared bets, references and sustainable terms. Stating both sides plainly makes a partnership of equals that your company is willing to fund.',
    },
    zh: {
      term: '价值客户与战略供应商的匹配',
      definition:
        '把客户对战略供应商的期待，和本公司对价值客户的需要对上号：参与规划、共同下注、标杆案例、可持续的商务条款。双方的诉求都摆上桌面，才是对等的伙伴关系，公司也才愿意投入。',
    },
  },
];
