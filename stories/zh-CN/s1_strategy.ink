# title: 其实你不懂我的心
# role: S
# order: 1
# stage: expansion
# summary: 吴迪出任子午电信系统部部长的第一个月，集团CTO打断了他的产品宣讲。他得先读懂客户的战略，再谈销售。
# goal: 先读懂客户的战略（年报、投资者日、CxO 的关注点和痛点），再谈销售。
# goal: 把客户、竞争对手和天宇自己的战略放在一起对照，找准真正的机会。
# goal: 子网的单子和集团战略冲突时，推动子网向集团战略对齐，别让一单生意带偏方向。
# goal: 和客户建立定期的战略回顾机制，而不是一次次孤立的宣讲。
# carry: eleanor_trust = 埃莉诺·休斯信任吴迪
# carry: discount_promised = 第一个月就让出了集团统一降价12%
# carry: rhythm = 客户计划按子午电信的规划日历、与埃莉诺办公室一起回顾
# carry: india_side_deal = 印度九千万的单子绕开了集团框架

VAR eleanor_trust = 0
VAR opco_alignment = 0
VAR homework = false
VAR opco_lists = false
VAR orgchart = false
VAR nordvik_read = false
VAR long_view = false
VAR discount_promised = false
VAR discount_taken_back = false
VAR india_side_deal = false
VAR rhythm = false
VAR fit = 0

-> opening

=== opening ===
伦敦，子午电信集团总部。你出任系统部部长的第四周。 # scene: meridian_boardroom # music: boardroom
胶片翻到第14页（共38页）：天宇新一代无线产品，按站点报价。
集团首席技术官埃莉诺·休斯面前的咖啡，一口没动。
新设备的单站功耗降低三分之一，也就是说…… # speaker: wudi # mood: pleased
吴迪，先到这儿吧。 # speaker: eleanor # mood: annoyed
你们的产品不错。说实话，谁家的产品都不错。 # speaker: eleanor # mood: annoyed
可你其实不懂，我们到底想做成什么。 # speaker: eleanor # mood: neutral
她合上笔记本。林晓的手还停在电脑上，一动不动。
-> d1_corridor

=== d1_corridor ===
你在走廊里追上了她。 # scene: corridor # music: tension
两点我要见董事会。边走边说吧。 # speaker: eleanor # mood: neutral
离电梯只有二十米。 # facilitator: 定格在这里。请学员讨论：只剩二十米，是用在埃莉诺本人身上，还是用来打通她手下的人？各自要付出什么代价？注意两个陷阱：为宣讲辩护，或承诺下次带更好的胶片，两者本质上都还是在推销。
+ [强调新设备正好解决她的成本问题，再争取十分钟 # score: S-1 BE-2 # feedback: 为宣讲辩护，恰恰坐实了她的判断：还没读懂客户战略就急着卖。CTO一旦觉得没被倾听，就不会再听你说。 # cap: customer_partnering]
    ~ eleanor_trust -= 1
    ~ fit -= 1
    我们的设备能把单站功耗降三分之一。 # speaker: wudi # mood: concerned
    这不正是您的成本难题吗？ # speaker: wudi # mood: concerned
    单站成本是你们的指标，吴迪，不是我的。 # speaker: eleanor # mood: annoyed
    电梯门在你面前合上了。
+ [问她：您希望我先弄懂什么 # score: S+2 BE+1 # feedback: 直接问CxO想达成什么，是解读客户战略的起点。代价是你想要的会面没拿到：她给你的是作业，不是时间。 # cap: strategic_thinking]
    ~ eleanor_trust += 1
    ~ fit += 2
    您说得对。问题还没弄清，我就先带着答案来了。 # speaker: wudi # mood: thinking
    下次见面之前，您希望我先弄懂什么？ # speaker: wudi # mood: thinking
    她在电梯口停下，第一次认真地看了你一眼。
    去读我们三月份对投资者讲的东西。全部读完。 # speaker: eleanor # mood: thinking
    然后告诉我，这对四十家供应商、二十个子网意味着什么。 # speaker: eleanor # mood: neutral
+ [请她的架构师本周给团队讲一小时 # score: BE+2 # feedback: 打通工作层，见效快也实在，关系从高层往下延伸。但架构师讲的是网络，不是董事会考核她的东西，这一课你还得自己补。 # cap: customer_partnering]
    ~ fit += 1
    这周能否请您的架构师给我们团队讲一小时？ # speaker: wudi # mood: neutral
    可以。我让办公室安排。 # speaker: eleanor # mood: neutral
    电梯门合上时，她已经在看手机上的消息了。
+ [承诺下周带一套围绕子午自有网络定制的方案 # score: S-1 BE+1 # feedback: 反应快、礼数到，但定制得再好的产品目录也还是目录：它回应的是你的议程，不是她的战略。 # cap: customer_partnering]
    下周我带一套专门为子午设计的方案，再来向您汇报。 # speaker: wudi # mood: neutral
    随你。发到我办公室吧。 # speaker: eleanor # mood: neutral
    听她的语气，这份方案不会有人看。
- -> d2_homework

=== d2_homework ===
回到系统部，白板上还是去年的销售指标。 # scene: tianyu_office # music: office
今天这场，不太理想啊。 # speaker: linxiao # mood: concerned
北维昨天请她的架构师团队吃了午饭，我亲眼看见的。 # speaker: zhanghao # mood: concerned
{ eleanor_trust > 0:
    她的办公室发来一封邮件：投资者日材料，92页。 # sfx: notify
}
离集团采购启动会还有两周。 # speaker: linxiao # mood: thinking
二十个子网团队都在问该做什么。这两周怎么用？ # speaker: linxiao # mood: thinking # facilitator: 请学员选边：埋头读材料，还是下到一线？让一半人主张全队读子午对投资者讲的内容，另一半人主张派子网团队去找各自的CTO。各自的代价是什么？注意那场更漂亮的产品演示：看起来很忙，其实什么都没改变。
+ [全队分工，把子午对投资者讲过的话读一遍，分析师电话会也不落下 # score: S+3 T+1 # feedback: 七步法第一步：从客户自己公开说的话里读懂战略，CxO的关注点和痛点都写在里面。代价是全队埋头案头好几天、不见客户，子网团队只能等方向。 # cap: strategic_thinking]
    ~ homework = true
    ~ fit += 2
    团队分头阅读：年报、投资者日材料、分析师电话会纪要。
    到了周五，白板上写着：“一个子午”。
    三年内，资本开支占收入比从18%降到14%。 # speaker: linxiao # mood: pleased
    在欧洲四个市场，和竞争对手共建共享网络。 # speaker: linxiao # mood: pleased
    政企数字化业务收入占比，从9%提到20%。 # speaker: zhanghao # mood: surprised
    前两项都挂着埃莉诺的名字，她就是按这个考核的。 # speaker: linxiao # mood: thinking
    分析师每次电话会都追问印度：亏损，还有价格战。 # speaker: zhanghao # mood: concerned
+ [请陈宇的产品线做一份子午专属路标，再搭一场现场演示 # score: S-1 R+1 # feedback: 调动总部资源是真本事，但演示回答的是子午没问的问题。这是先推产品、后读战略。 # cap: collaborative_influence]
    ~ fit -= 1
    你给总部的陈宇打电话。产品线最爱做演示，一口答应。
    演示我来搭。只是不知道她会不会来看。 # speaker: linxiao # mood: concerned
+ [让各子网团队去问本地CTO今年要什么 # score: T+2 S+1 # feedback: 二十个子网团队都动了起来，带回一线的真实情况，也练了队伍。但需求不等于战略意图，二十份需求清单拼不出集团的规划。 # cap: org_development]
    ~ opco_lists = true
    ~ fit += 1
    一周之内，二十个子网的需求清单陆续交回。
    印度要自建网络，越快越好；德国什么都想共享。 # speaker: zhanghao # mood: thinking
    不可能都对。要么，集团早有答案，只是我们没读到。 # speaker: linxiao # mood: thinking
- -> d2b_orgchart

=== d2b_orgchart ===
张浩往墙上钉了一张打印纸：子午新的组织架构图。 # scene: tianyu_office
从一月起，各子网CTO都虚线汇报给埃莉诺。 # speaker: zhanghao # mood: thinking
她下面新设了一个集团网络共享办公室。 # speaker: zhanghao # mood: thinking
五百万以上的网络合同，现在要丹尼尔签字。 # speaker: zhanghao # mood: thinking
还有，政企业务从子网剥离出来，直接向CEO汇报。 # speaker: zhanghao # mood: surprised
我们的客户拜访计划上，还是二十个子网CTO，集团层面一个人都没有。 # speaker: linxiao # mood: concerned
离启动会还有十天。我们先去约谁？ # speaker: linxiao # mood: thinking # facilitator: 七步法第五步：从组织架构解读客户战略。请学员先说说这张图透露了子午在做什么；再讨论：是先改拜访对象，还是先调整自己团队的分工？各自的代价是什么？注意“预算还在子网”这句话：今年确实如此，可这张图说明了还能持续多久。
+ [子网团队继续盯各自的CTO：预算毕竟还在本地 # score: O+1 S-1 # feedback: 保住了今年的订单，预算眼下也确实在子网。但人、钱和签字权都往集团收，这张图就是写在纸上的战略，这样做等于视而不见。 # cap: business_acumen]
    伦敦还一分钱都没花。钱在哪儿，我们就在哪儿。 # speaker: wudi # mood: neutral
    张浩还是把那张图留在了墙上。
+ [弄清现在谁审批子网的网络规划，先去见他们 # score: S+2 BE+1 # feedback: 从组织架构解读客户战略：谁审批、谁签字，说明集团正把控制权收回到哪里。代价是子网CTO会注意到，天宇现在先去伦敦了。 # cap: strategic_thinking]
    ~ orgchart = true
    ~ fit += 2
    张浩给两位信得过的朋友打了电话。
    从三月起，各子网的无线规划都要共享办公室审批。 # speaker: zhanghao # mood: thinking
    丹尼尔签字。子网管的是客户，不再是网络。 # speaker: zhanghao # mood: thinking
    所以这张图就是战略。集团在把网络和钱一起收回去。 # speaker: linxiao # mood: thinking
    印度的阿尔琼不会高兴的。他也在那条虚线上。 # speaker: zhanghao # mood: concerned
+ [给集团每个新部门指定一位我方负责人，并通报各子网 # score: T+2 # feedback: 按客户的组织调整自己的团队，是好的团队设计，分工也清楚。但还没弄懂这次调整意味着什么就先改了架构，负责人上门时手里没有话可说。 # cap: org_development]
    ~ fit += 1
    林晓对接共享办公室，张浩对接采购。
    每个子网团队都收到一份通报：哪些变了，谁对接谁。
    好。可我见了共享办公室，该跟他们说什么？ # speaker: linxiao # mood: thinking
- -> d3_procurement

=== d3_procurement ===
集团首席采购官丹尼尔·费舍尔给了你三十分钟。 # scene: meridian_boardroom # music: boardroom
现在的网络供应商有四十三家，明年只留十二家。 # speaker: daniel # mood: neutral
框架协议在集团层面签，子网按框架下单。 # speaker: daniel # mood: neutral
所以，天宇凭什么进这十二家？ # speaker: daniel # mood: thinking # facilitator: 七步法第四步：解读客户的采购与供应商策略。请学员想想：丹尼尔按什么考核？他的评分卡奖励什么？谁会在第一次见面时选择先问、不提方案？这样做的代价是什么？注意降价这个陷阱：它回答的是一个他根本没问的问题。
+ [请教这十二家怎么评，子网又会有什么变化 # score: S+2 BE+1 # feedback: 先读懂客户的采购与供应商策略再推方案，才知道评分卡奖励什么、子网会在哪里反弹。稳妥，但丹尼尔记不住你。 # cap: business_acumen]
    ~ fit += 1
    这十二家按什么标准评？子网那边会有什么变化？ # speaker: wudi # mood: thinking
    七年总拥有成本，以及对共享网络的支持能力。 # speaker: daniel # mood: neutral
    还有，供应商是在给我减负，还是添乱。 # speaker: daniel # mood: neutral
    顺便说一句，子网都很抵触，印度最厉害。 # speaker: daniel # mood: concerned
+ [提出集团范围统一降价12%，先进名单再说 # score: S-2 O-2 BE+1 # feedback: 一上来就降价，是拿利润去换对方没要的东西，还给每个子网定下了价格锚点。价格不是战略。 # cap: business_acumen]
    ~ discount_promised = true
    ~ fit -= 1
    只要天宇进了这十二家，集团范围统一降价12%。 # speaker: wudi # mood: pleased
    记下了。第一次见面，谁都会给点什么。 # speaker: daniel # mood: neutral
    话虽这么说，他还是把数字记了下来。
    -> d3b_discount
+ {homework} [算给他看：共享站点怎样撑起子午的资本开支承诺 # score: S+3 O+1 BE+1 # feedback: 股东价值视角：把方案与董事会向投资者承诺的资本开支目标挂钩，说的正是首席采购官被考核的语言。代价是，你报出的单站节省从此成了他要你兑现的数字。 # cap: business_value]
    ~ eleanor_trust += 1
    ~ fit += 2
    贵集团向投资者承诺，资本开支降到收入的14%。 # speaker: wudi # mood: neutral
    大头要靠站点共享。这是我们测算的单站节省。 # speaker: wudi # mood: neutral
    你读了投资者材料。大多数供应商只读我们的标书。 # speaker: daniel # mood: surprised
    我会跟埃莉诺提一下。 # speaker: daniel # mood: pleased
+ [主打全面：供应商越少，越该选产品线最全的那一家 # score: S-1 BE-1 # feedback: 听上去很契合，但供应商精简奖励的是成本更低、麻烦更少，而不是更长的产品目录。推产品组合，忽视了采购真正的评分方式。 # cap: customer_partnering]
    无线、核心网、传输、服务，我们一家全包。 # speaker: wudi # mood: pleased
    我不需要从一家买更多东西。 # speaker: daniel # mood: annoyed
    我需要十二家少给我添麻烦。 # speaker: daniel # mood: annoyed
- -> d4_competitor

=== d3b_discount ===
回到办公室，孙梅招手让你去财务角。 # scene: finance_room # music: tension
集团范围统一降12%？ # speaker: sunmei # mood: surprised
光英国续约这一单，毛利就从21%掉到9%。 # speaker: sunmei # mood: concerned
而且每个子网都会拿这个数字来压价。 # speaker: sunmei # mood: concerned
丹尼尔的团队要求周五前写进框架函。 # speaker: sunmei # mood: neutral
这么大的折扣得赵总审批，他还没批。 # speaker: sunmei # mood: concerned # facilitator: 请学员讨论：是收回，还是给它加上边界？一个在丹尼尔面前丢面子，一个要连续几年让利润。在座哪位会守住承诺？代价多大？注意把仓促的让步当成不可更改。
+ [12%保留，但只限框架内的采购量，分三年兑现 # score: O+2 BE+1 S-1 # feedback: 给让步加上边界，守住了承诺，拿到了赵林的审批，也挽回了部分利润。但价格锚还在：每个子网都会从12%谈起，你仍是在拼价格。 # cap: business_acumen]
    ~ fit += 1
    赵林批了，但有一个条件：只限框架内的量，分三年逐步兑现。
    12%不变，按这个条件执行。 # speaker: wudi # mood: neutral
    孙梅重算了英国续约：毛利15%，不是9%。 # speaker: sunmei # mood: thinking
    好一些了。可这仍是每个子网开口要的第一个数字。 # speaker: sunmei # mood: concerned
+ [找丹尼尔，拿七年成本账换掉折扣 # score: S+3 O+1 BE-1 # feedback: 用他评分卡上的一笔成本账替换价格让步，纠正了过度承诺，也把话题拉回价值。收回报价会损失一点好感，但这份坦诚花得值。 # cap: strategic_risk]
    ~ discount_promised = false
    ~ discount_taken_back = true
    ~ fit += 2
    统一折扣这个提法，是我欠考虑了。 # speaker: wudi # mood: thinking
    我换个方式：用数字算给您看，我们怎么帮您达成七年总成本目标。 # speaker: wudi # mood: thinking
    你是第一个把折扣收回去的供应商。 # speaker: daniel # mood: surprised
    把测算发给我。数字站得住，我更喜欢这个。 # speaker: daniel # mood: neutral
    他的副手已经把12%写进了框架函草稿，脸上没有一丝笑意。
+ [照写进框架函：话已经当面说出去了 # score: S-1 O-2 # feedback: 守信很重要，但未经价格审批就锁定集团统一折扣，是过度承诺：它给每个子网的谈判定了锚，却换不来任何战略位置。 # cap: business_acumen]
    ~ fit -= 1
    框架函周五发了出去。
    孙梅一言不发，改了预测。
- -> d4_competitor

=== d4_competitor ===
子午总部对面的咖啡馆里，一个高个子男人朝你举了举杯。 # scene: cafe # music: office
吴迪，久仰。我是北维的拉尔斯·诺丁，欢迎来到子午。 # speaker: lars # mood: pleased
我们跟子午合作二十年了。我和埃莉诺是老交情。 # speaker: lars # mood: pleased
给你个建议：他们不喜欢意外。 # speaker: lars # mood: thinking
他端着一托盘咖啡走了，是给采购团队带的。
张浩在他刚离开的位子上坐下，打开电脑。
北维刚成立了子午集团客户部，六十个人。 # speaker: zhanghao # mood: concerned
完全照着子午的新架构搭，子网一一对应。 # speaker: zhanghao # mood: concerned
还挖走了子午原来的网络共享负责人。 # speaker: zhanghao # mood: thinking
不过他们政企业务很弱。印度也把他们换掉了。 # speaker: zhanghao # mood: thinking # facilitator: 七步法第七步：解读友商战略。请学员讨论：面对对手的六十个人，该拿出的是一份分析，还是自己的人手？各自的代价是什么：时间和确定性，还是在战略清楚之前先花钱？注意对对手视而不见。
+ [请赵林马上批一个小型集团团队，赶在北维站稳之前 # score: T+2 S+1 O-1 # feedback: 团队按客户结构搭建是好的设计，早开口也能赶在采购启动前把人配齐。但人先于战略，这笔钱地区部无论如何都要出。 # cap: org_development]
    ~ fit += 1
    当晚你给赵林发了消息。
    五个，不是六十个。一个月后告诉我他们是干什么的。 # speaker: zhaolin # mood: thinking
+ [让团队别盯着北维了，把我们自己的方案做强 # score: S-1 T-1 # feedback: 团队是专注了，却扔掉了免费情报；把张浩的功课晾在一边，也等于告诉他下次别费心。对手的组织布局，恰恰透露了客户的方向。 # cap: strategic_thinking]
    ~ fit -= 1
    北维是北维的事。我们靠自己的优势赢。 # speaker: wudi # mood: neutral
    张浩合上电脑，动作轻得有点刻意。
+ [和张浩琢磨：北维的人事动作说明了什么 # score: S+2 T+1 # feedback: 从友商的客户组织和人事动作解读其战略，就能看出它会从哪里进攻、哪里薄弱。代价是人手没有增加，而北维已有六十人在一线。 # cap: strategic_thinking]
    ~ nordvik_read = true
    ~ fit += 2
    像研究客户一样研究他们。这说明了什么？ # speaker: wudi # mood: thinking
    说明他们预计会有集团级的共享大单，还想拿下运营。 # speaker: zhanghao # mood: thinking
    也说明他们在子午最想增长的地方最弱：政企。 # speaker: zhanghao # mood: pleased
- -> d5_plan

=== d5_plan ===
周一。地区部的规划模板发下来了。 # scene: tianyu_office # music: office
每个机会一页胶片，写三年收入，十天后交。
子午今年有十一个招标在进行，最大的是英国续约。
{ homework:
    左边还钉着投资者日的几项承诺。
}
{ nordvik_read:
    旁边挂着张浩画的北维组织图。
}
这份东西，两天能填完，两周也能填完。我们交哪一版？ # speaker: linxiao # mood: thinking # facilitator: 战略机会识别（机会望远镜与放大镜）与战略沙盘；选项刻意没用课件里的说法。请学员讨论：哪一版拿给赵林最站得住？哪一版拿给埃莉诺？一版今年能落袋，一版三年后才对。各自的代价是什么？注意把今年的项目清单包装成战略。
+ [让各产品线报各自的子午目标，再汇总起来 # score: S-1 R+1 # feedback: 调动了总部，模板也一下填满了。但画出来的只是自己公司的愿望，客户和友商的战略都不在里面。 # cap: collaborative_influence]
    五条产品线报来五份清单，贴满了一整面墙。
    每一份都在说我们卖什么，没有一份在说他们要什么。 # speaker: linxiao # mood: concerned
+ [从子午三年目标和北维短板倒推 # score: S+3 # feedback: 机会在客户规划、友商短板和自身优先方向的交汇处，找到之后再按子网、按产品拆解。代价是第一年的数字偏薄，而赵林第一眼看的就是这一页。 # cap: strategic_thinking]
    ~ long_view = true
    ~ fit += 2
    白板上画出三栏：子午、北维、天宇。
    四个共享市场的无线共建共享，还有政企专网。 # speaker: linxiao # mood: pleased
    再加上印度扩容，前提是能纳入共享规划。 # speaker: linxiao # mood: thinking
    { not homework or not nordvik_read:
        有几栏写得很单薄。本该知道的地方，你们只能猜。
    }
    然后把每个机会按子网、按产品拆开。第一年的数字看上去不大。
+ [把十一个在途招标按金额和赢率排序，再往后推三年 # score: O+2 # feedback: 落袋有据，对今年实事求是，也正是模板要的东西。但它看不到集团战略三年内会把钱投向哪里。 # cap: business_acumen]
    ~ fit += 1
    十一个招标，按子网、金额和赢率排好。英国续约排第一。
    今年的清单很扎实。可三年后的事，它一个字也没说。 # speaker: linxiao # mood: concerned
- -> d6_india

=== d6_india ===
~ homework = false
普丽娅·奈尔从孟买拉了一个视频会。 # scene: video_call # music: tension
这次是阿尔琼主动要开的会。很少见。 # speaker: priya # mood: surprised
伦敦要我跟最大的竞争对手共享铁塔。 # speaker: arjun # mood: annoyed
在印度，在价格战打得最凶的时候。 # speaker: arjun # mood: annoyed
节庆季之前，我要四千个站。我自己的站。 # speaker: arjun # mood: annoyed
九千万美元，吴迪。这周报价，单子就是你的。 # speaker: arjun # mood: thinking
这会是今年整个系统部最大的一单。 # speaker: priya # mood: concerned
{ opco_lists:
    一个月前印度的需求清单就是这么写的，集团没人回应。
}
{ orgchart:
    你想起那张架构图：阿尔琼现在虚线汇报给埃莉诺。
}
可它和集团规划正面冲突。 # facilitator: 嗓门最大的子网。请学员讨论：印度错了吗？现在谁说了算？再问：是吴迪自己去解阿尔琼的痛点，还是让他和埃莉诺直接对话？各自让阿尔琼和吴迪付出什么？注意两个陷阱：追单，或者一口回绝。
+ [本周先报价，等集团框架签下来以后再把它纳进去 # score: S-2 O+1 BE-1 # feedback: 单子很大，但放任一个强势子网抢在集团战略前面，会让你站到集团CTO和首席采购官的对立面。短期有收入，长期被边缘化。 # cap: strategic_risk]
    ~ india_side_deal = true
    ~ fit -= 2
    周五前，报价会放到您桌上。 # speaker: wudi # mood: pleased
    框架那边，我们回头再理顺。 # speaker: wudi # mood: pleased
    总算有个供应商肯听印度的了。 # speaker: arjun # mood: pleased
    普丽娅没有出声。她读过集团框架协议。
    -> d7_fallout
+ {orgchart or eleanor_trust >= 2} [约埃莉诺一起通话，两种方案都由我们来准备 # score: BE+3 S+2 # feedback: 让集团和子网进同一场对话，就是组织型沟通：你来搭台，他们来决策。代价是阿尔琼可能觉得被告了状，而“解决问题的人”也不再是你。 # cap: collaborative_influence]
    ~ opco_alignment += 2
    ~ eleanor_trust += 1
    ~ fit += 2
    这件事需要您和埃莉诺直接谈，而不是我在中间传话。 # speaker: wudi # mood: thinking
    两种方案我们都备好：自建站点，和共享站点。 # speaker: wudi # mood: thinking
    她会接我的电话？ # speaker: arjun # mood: surprised
    当天她就接了。印度作为试点，纳入了“一个子午”。
    事后，阿尔琼给普丽娅发消息：下次，他宁愿自己去跟伦敦说。
+ [告诉他：天宇不会在集团框架之外单独报价 # score: S+1 BE-2 # feedback: 对集团战略够忠诚，但一句“不行”忽视了子网真实的痛点。协同子网，是在战略框架内解决它的问题，而不是背诵战略。 # cap: customer_partnering]
    ~ opco_alignment -= 1
    ~ fit -= 1
    阿尔琼，框架之外的单子我不能做。 # speaker: wudi # mood: neutral
    那我就去找一个跟得上印度节奏的供应商。 # speaker: arjun # mood: annoyed
    他退出了会议。普丽娅还在线上，没有说话。
+ [先不谈价格，问清价格战到底伤在哪里 # score: S+3 BE+1 # feedback: 让子网与集团对齐，要从它真实的痛点开始，再在集团规则内设计方案。代价是你自己扛起了传话人的角色，而伦敦什么也没答应。 # cap: customer_partnering]
    ~ opco_alignment += 1
    ~ fit += 2
    先不谈价格。价格战到底伤在哪里？ # speaker: wudi # mood: thinking
    阿尔琼讲了二十分钟。关键是八个城市，其余只是覆盖。
    竞争最激烈的城市自建，其他地方共享，您看如何？ # speaker: wudi # mood: thinking
    走集团框架采购，一期走快速通道。 # speaker: wudi # mood: neutral
    只要伦敦动作够快，我可以接受。 # speaker: arjun # mood: thinking
- -> d7_bridge

=== d7_fallout ===
// Bookkeeping, as at d8_offsite.
~ opco_lists = false
~ orgchart = false
~ fit = MAX(fit, 1)
两天后，你的手机亮了：丹尼尔·费舍尔。 # scene: corridor # sfx: notify
听说印度要绕开我的框架，买九千万的无线设备。 # speaker: daniel # mood: annoyed
桌上摆着天宇的报价。埃莉诺也在抄送里。 # speaker: daniel # mood: annoyed
我不喜欢意外，吴迪。 # speaker: daniel # mood: annoyed
你倒是说说，你到底在为谁的战略做事？ # speaker: daniel # mood: concerned # facilitator: 请学员讨论：撤回报价，还是把它拉回规则之内？一个丢掉今年最大的单子、得罪阿尔琼；一个保住单子，却让共享规划走了样。谁支持哪一边？注意两个陷阱：为子网的自主权辩护，或者请老板出面摆平。
+ [请赵林给子午的COO打个电话，把事情压下去 # score: S-1 R-1 BE-1 # feedback: 请老板出面掩盖战略冲突，耗掉了高层的信用，错位却原封不动。升级要带着方案，而不是代替解决问题。 # cap: collaborative_influence]
    ~ fit -= 1
    赵林给子午的COO打了电话。电话很客气，什么也没改变。
    你让我为一个我都不知道的单子欠了人情。 # speaker: zhaolin # mood: annoyed
+ [暂停报价，请丹尼尔给印度的下单开快速通道 # score: S+3 BE+1 O-1 # feedback: 认错，并把子网需求拉回集团框架，恢复了协同。你丢了一张快单，也要承受阿尔琼一阵子的不满。 # cap: strategic_risk]
    ~ india_side_deal = false
    ~ opco_alignment += 1
    ~ fit += 2
    您说得对。我让一个子网和集团唱了反调。 # speaker: wudi # mood: concerned
    报价我们先暂停，让印度走框架下单。 # speaker: wudi # mood: thinking
    这样的话，一期能走快速通道吗？ # speaker: wudi # mood: thinking
    只要方案共享站点，可以。我会告诉埃莉诺。 # speaker: daniel # mood: neutral
    阿尔琼气了一个星期，然后签了快速通道。
+ [单子保留，按框架条款重新定价，由丹尼尔签字 # score: O+2 BE+1 S-1 # feedback: 保住了九千万和阿尔琼的工期，价格也回到了规则之内，从经营上讲站得住。但印度仍在违背集团共享规划自建站点，埃莉诺会看到是谁帮了它。 # cap: business_acumen]
    ~ india_side_deal = false
    ~ fit += 1
    框架价格，您来签字，印度的工期也不耽误。 # speaker: wudi # mood: neutral
    行，我签。可方案还是没考虑共享，埃莉诺会看到的。 # speaker: daniel # mood: neutral
+ [解释：印度有自己的预算，容量也确实告急 # score: S-1 BE-2 # feedback: 事实没错，立场错了。为一个破坏集团采购战略的交易辩护，等于告诉集团你服务的是嗓门最大的子网，而不是子午。 # cap: customer_partnering]
    ~ eleanor_trust -= 1
    ~ fit -= 1
    印度有自己的预算，容量也确实告急。 # speaker: wudi # mood: concerned
    那就让印度去跟董事会解释吧。你也一样。 # speaker: daniel # mood: annoyed
- -> d8_offsite

=== d7_bridge ===
// Bookkeeping, as at d8_offsite.
~ opco_lists = false
~ orgchart = false
~ fit = MAX(fit, 1)
~ eleanor_trust = MIN(MAX(eleanor_trust, 0), 3)
第二天一早，普丽娅又打来视频。 # scene: video_call # music: office
{ opco_alignment > 1:
    阿尔琼的规划团队已经画出了一版混合方案。
- else:
    阿尔琼又客气起来了，只是有点冷淡。卡斯特兰的人昨天刚去过孟买。
}
埃莉诺的架构师和阿尔琼的规划团队，从没坐到一起过。 # speaker: priya # mood: thinking
他们只在升级邮件里碰面。总得有人把他们拉进一个房间。 # speaker: priya # mood: concerned # facilitator: 七步法第三步：组织型沟通。请学员讨论：这场会该由系统部部长亲自主持，还是交给最好的本地骨干？各自的代价是什么：部长的时间和普丽娅的成长，还是速度和在伦敦面前的分量？注意请伦敦强行拍板。
+ [飞去孟买，亲自主持双方规划团队的三场工作会 # score: S+2 R+1 BE+1 # feedback: 让集团和子网的规划人员与你的铁三角坐在一起，对齐就成了他们自己的事；部长亲自到场，也让双方知道这事要紧。代价是你一周的时间，普丽娅只能坐在第二排。 # cap: collaborative_influence]
    ~ opco_alignment += 1
    ~ eleanor_trust += 1
    ~ fit += 2
    孟买三场工作会：伦敦的架构师、阿尔琼的规划团队、你的铁三角。
    到第三场，他们争的是天线，不再是彼此。
    这周你一样东西都没卖，所以才成了。 # speaker: priya # mood: pleased
+ [请埃莉诺直接从伦敦拍板，保住集团的规划 # score: S+1 BE-2 # feedback: 集团规划在纸面上赢了，但被否决的子网只会慢慢执行。仅靠行政命令得来的对齐，很难撑到落地。 # cap: customer_partnering]
    ~ fit -= 1
    你请埃莉诺从伦敦拍板。
    我可以否决他。他会慢慢执行，而且会记住。 # speaker: eleanor # mood: concerned
    她否决了。他执行了，很慢。
+ [请普丽娅主持工作会，你在伦敦给她撑腰 # score: T+2 S+1 # feedback: 把会场交给最好的本地人才，是对她的培养，也让印度的声音排在前面。代价是伦敦的架构师未必把她当平级，没有你在场也会慢一些。 # cap: org_development]
    ~ opco_alignment += 1
    ~ fit += 1
    普丽娅主持了三场。最后一场，你通过视频参加。
    架构师们花了两场，才不再打断她。 # speaker: priya # mood: thinking
    不过方案现在是我们大家的了。阿尔琼也这么说。 # speaker: priya # mood: pleased
- -> d8_offsite

=== d8_offsite ===
// Bookkeeping that changes no outcome, so that stories:check can merge paths: later lines
// only ask whether India is aligned (1) or fully on board (2), and this knot only whether
// trust is 2 or 3; a fit this low can no longer escape the poor ending.
~ opco_alignment = MIN(MAX(opco_alignment, 0), 2)
~ eleanor_trust = MIN(MAX(eleanor_trust, 1), 3)
~ fit = MAX(fit, 3)
{ eleanor_trust >= 2:
    埃莉诺邀请你参加她的战略研讨会。到场的供应商只有三家。 # scene: meridian_boardroom # music: boardroom
- else:
    你在供应商日拿到二十分钟，排在北维和卡斯特兰之间。 # scene: meridian_boardroom # music: boardroom
}
我们正在制定2030规划：网络共享、集中采购、政企业务。 # speaker: eleanor # mood: neutral
你们天宇，想让我听到什么？ # speaker: eleanor # mood: thinking # facilitator: 七步法第二、三步：在客户制定战略的过程中施加影响。请学员讨论：是现在就争取参与执笔，还是先搭一条工作通道，日后再赢得这个位置？各自的代价是什么？注意那页产品路标：它会把第一次会议重演一遍。
+ [提议她的架构师和我们的专家组成月度工作组 # score: BE+2 R+1 S+1 # feedback: 常设工作组把你的专业能力放进了她的规划流程，也让关系往下扎根。但它影响规划本身更慢，而且每个月都要占用你的专家。 # cap: collaborative_influence]
    ~ fit += 2
    成立一个工作组：您的架构师和我们的专家，每月一次。 # speaker: wudi # mood: neutral
    先谈共享，再谈政企业务。 # speaker: wudi # mood: neutral
    每月一次很好。每个季度，我会向董事会汇报。 # speaker: eleanor # mood: pleased
+ [展示天宇下一代产品路标，问她想在哪里试点 # score: S-1 BE+1 # feedback: 询问试点很得体，但用自家路标开场，等于重演第一次会议。要影响客户战略，得从客户战略出发。 # cap: customer_partnering]
    你展示了路标，问她想在哪里试点。
    路标不错。可那是你们的，不是我们的。 # speaker: eleanor # mood: neutral
+ {eleanor_trust >= 3} [派工程师协助起草共享规划，并请她来深圳参与我们的路标规划 # score: S+3 BE+2 # feedback: 在客户制定战略时施加影响，也让她来影响你的战略，这才是战略合作伙伴的样子。代价是工程师好几个月的投入，总部得接受客户参与自己的规划，首席采购官也会盯着，不让你替自己写标书。 # cap: customer_partnering]
    ~ fit += 2
    让我们和您的团队一起起草共享规划。 # speaker: wudi # mood: thinking
    也请您来深圳，参与制定我们的产品路标。 # speaker: wudi # mood: thinking
    二十年了，还没有人这样提过。 # speaker: eleanor # mood: surprised
    写成书面的。我会带上丹尼尔。 # speaker: eleanor # mood: pleased
+ {nordvik_read} [主推政企专网：那是她的增长点，也是北维的短板 # score: S+2 O+1 # feedback: 把自身优势对准客户的增长方向和友商的短板，在客户要去的地方做出差异。但这仍是一份提案，共享规划还是没有你的笔墨。 # cap: business_value]
    ~ fit += 1
    贵集团政企收入占比的目标是20%，这正是我们能帮上忙的地方。 # speaker: wudi # mood: thinking
    我们在别的市场为港口和工厂建过专网。 # speaker: wudi # mood: neutral
    你研究过我们的短板。我猜，也研究过北维的。 # speaker: eleanor # mood: pleased
- -> d9_boss

=== d9_boss ===
~ fit = MAX(fit, 5)
// Nothing later in this story reads these: clearing them lets stories:check merge paths
// that differ only in how they got here. Eleanor's trust goes on into the year (# carry:),
// kept as two values: 1 if she trusts Wu Di (2 or more here), 0 otherwise.
{ eleanor_trust >= 2:
    ~ eleanor_trust = 1
- else:
    ~ eleanor_trust = 0
}
~ nordvik_read = false
深夜，和赵林开视频会。 # scene: video_call # music: office
总部要子午明年的数字，还要数字背后的逻辑。 # speaker: zhaolin # mood: concerned
{ india_side_deal:
    印度那九千万，已经在我的预测里了。别让它跑了。 # speaker: zhaolin # mood: thinking
}
{ discount_promised:
    现在每个子网开口就是你那12%。孙梅都跟我说了。 # speaker: zhaolin # mood: annoyed
}
北维盯着集团的大单。你的打算是什么？ # speaker: zhaolin # mood: thinking # facilitator: 引入自身公司的战略：天宇要在价值市场实现有利润的增长。请学员讨论：上任第一个月，是带着自己的判断去，还是先问清总部支持什么？各自的代价是什么？注意用更大的数字换取空间。
+ [报一个小一点、每个子网都经得起推敲的数字 # score: O+2 # feedback: 数字实在，老板信得过，客户群也避开了过度承诺。但只有数字、没有背后的机会，总部不知道该投什么。 # cap: business_acumen]
    ~ fit += 1
    比去年的计划小，但每一行背后都有招标。 # speaker: wudi # mood: neutral
    比我预想的小，但比大多数人的可信。 # speaker: zhaolin # mood: thinking
+ {long_view} [讲清三个机会、各自的数字，以及要总部给什么 # score: S+3 R+1 # feedback: 把客户、友商和自身公司的战略放在一起匹配，规划才拿得到支持：老板看到了机会、数字和需求。代价是，在不知道总部能给什么之前，你已经开了口。 # cap: strategic_thinking]
    ~ fit += 2
    子午要共享和政企。北维想拿下共享的运营。 # speaker: wudi # mood: neutral
    我们要的是这两块有利润的增长。这是几个机会，和需要总部支持的地方。 # speaker: wudi # mood: neutral
    这个我能在总部讲得通。也发给陈宇和马可一份。 # speaker: zhaolin # mood: pleased
+ [承诺今年多做20%，为长期规划换取回旋余地 # score: S-1 O-2 # feedback: 过度承诺。用一个撑不住的数字换取内部支持，会把客户群战略绑在今年的订单上，将来还要赔上信誉。 # cap: business_acumen]
    ~ fit -= 2
    战略上给我留点空间，今年我多做20%。 # speaker: wudi # mood: pleased
    成交。我会盯着你兑现。 # speaker: zhaolin # mood: pleased
    林晓在一旁听着，在便利贴上写下20%，画了个圈。
+ [先问他：子午这边，总部愿意投什么、不愿意投什么 # score: R+2 S+1 # feedback: 读懂自己公司的战略也是本职，新上任的部长先问一句，才知道有哪些资源可用。代价是你空着手去了，赵林下次会要你拿出自己的判断。 # cap: collaborative_influence]
    ~ fit += 1
    表态之前，我想先问一句：子午这边，总部愿意投什么，不投什么？ # speaker: wudi # mood: thinking
    无线共享，投。政企，得找伙伴一起做。 # speaker: zhaolin # mood: thinking
    上任第一个月，这个问题问得好。下个月，带着你的答案来。 # speaker: zhaolin # mood: neutral
- -> d10_rhythm

=== d10_rhythm ===
// As at d8_offsite: from here a fit of 7 or less always ends poor, and one of 18 or more
// ends as well as 18 does.
~ fit = MIN(MAX(fit, 7), 18)
周五晚上，系统部办公室。 # scene: tianyu_office # music: night
{ long_view:
    白板上写的，已经是子午的战略，而不是你们的指标。
- else:
    白板上写得满满的：招标、产品清单、各子网的需求。
}
规划是好规划。可半年后，它会和所有规划一样过时。 # speaker: linxiao # mood: thinking
二十个子网，六个时区。怎么让它一直活着？ # speaker: zhanghao # mood: concerned # facilitator: 引入战略管理节奏（BLM），让战略回顾常态化。请学员讨论：规划是和客户一起回顾，还是先在自己团队内部回顾？各自的代价是什么？你自己的客户规划多久回顾一次、和谁一起？注意把规划当成一份文件，而不是一种习惯。
+ [写一份详尽的规划，广泛分发，年底回顾 # score: S+1 T-1 # feedback: 写成文字是个开始，但一年只回顾一次的战略会跑偏；规划一个人写，团队就只是读者，不是主人。 # cap: strategic_thinking]
    你花了整个周末，写出一份四十页的客户规划。
    内容很详尽。下一次被打开，是在十二月。
+ [各子网铁三角每月向团队讲一次自己那部分规划 # score: T+2 S+1 # feedback: 每月内部回顾让各子网铁三角成了主人，彼此也保持沟通。但它跟着天宇的日历走，不是子午的，规划会慢慢和客户脱节。 # cap: org_development]
    ~ fit += 1
    每月一小时，各子网铁三角轮流汇报。 # speaker: wudi # mood: neutral
    印度和德国这才发现，双方在抢同一批工程师。 # speaker: zhanghao # mood: surprised
+ [跟着子午的规划日历回顾规划，每年请她的办公室来两次 # score: S+2 T+1 BE+1 # feedback: 与客户自身规划周期同步的常态化战略回顾，让客户群战略保持鲜活，也让她看得见。代价是规划的好坏都摊在子午面前。 # cap: org_development]
    ~ rhythm = true
    ~ fit += 2
    子午什么时候做规划，我们就什么时候做，而不是按我们自己的节奏。 # speaker: wudi # mood: thinking
    每个子网铁三角每季度回顾一次，机会清单每月更新。 # speaker: wudi # mood: neutral
    每年两次，和埃莉诺的办公室一起回顾。 # speaker: wudi # mood: neutral
    这样规划就成了习惯。这个我推得动。 # speaker: linxiao # mood: pleased
+ [各子网团队自己的规划自己负责，你来汇总数字 # score: T+1 S-1 # feedback: 授权能调动子网团队，但汇总数字不等于协同战略，各子网又会各拉各的方向。 # cap: org_development]
    ~ opco_alignment -= 1
    各子网的规划各自负责，数字我来汇总。 # speaker: wudi # mood: neutral
    张浩看着墙上。印度和德国的规划，已经撞车了。
- -> finale

=== finale ===
{ discount_promised:
    ~ fit -= 1
}
{
- fit >= 17 and not india_side_deal:
    -> ending_strong
- fit <= 9:
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
半年后。 # scene: meridian_boardroom # music: boardroom
子午董事会批准了“一个子午2030”规划。
天宇拿下了子午网络共享的牵头角色。
还与子午共同牵头德国的政企专网试点。
{ opco_alignment >= 2:
    印度一期在框架内推进。阿尔琼说，这是他的主意。
- else:
    印度进框架晚了些，但终究进来了。
}
{ discount_taken_back:
    丹尼尔至今还会讲起那个把折扣收回去的供应商。
}
你再来的时候，已经读懂了我们。 # speaker: eleanor # mood: pleased
后来，你帮我们写了下一章。 # speaker: eleanor # mood: pleased
{ rhythm:
    季度回顾如期召开，已经不需要谁去催。
- else:
    规划很扎实，但要保持鲜活，仍得靠你亲自去催。
}
林晓和埃莉诺的架构师一起，联合负责共享项目。普丽娅牵头印度。
张浩继续跟踪北维，每月给团队做一次通报。
赵林请你在地区部的系统部部长会上分享这套方法。
那天她说得没错：你确实不懂。现在，你学会了先问。 # ending: strong
-> END

=== ending_mixed ===
五个月后，凌晨两点。子午德国的网络运营中心。 # scene: network_ops # music: office
大屏上，第一批共享站点一个接一个上线。
无线设备是天宇的，管着这些站点的共享平台是北维的。
北维拿下了欧洲网络共享的集团运营合同。天宇进了十二家名单，身份是无线设备商。
{ india_side_deal:
    孟买那边，印度自建的站点建了一半。丹尼尔冻结了印度其他的框架下单。
- else:
    { opco_alignment >= 1:
        印度一期进了框架，晚了些，但方向一致。
    - else:
        印度自行其是，在共享规划之外自建站点。
    }
}
{ discount_promised:
    集团折扣还在，每个子网都拿它来压价。
}
埃莉诺也来看割接了。离开时，她在你身边停了一下。 # music: night
设备不错。明年，我希望先听到你们的想法，再听北维的。 # speaker: eleanor # mood: neutral
{ rhythm:
    回到办公室，季度回顾让各子网团队一直保持着沟通。
- else:
    回到办公室，团队在各个子网之间四处救火。
}
手机上有一条赵林的消息。 # sfx: notify
订单不错。现在让我看看背后的战略。 # speaker: zhaolin # mood: thinking
你看着又一个站点变绿。设备是你的，规划是别人的。 # ending: mixed
-> END

=== ending_poor ===
半年后，子午总部对面的那家咖啡馆。 # scene: cafe # music: night
邻桌，拉尔斯的团队正和子午采购部的人一起，为签下的框架协议举杯。
你的手机上是丹尼尔的邮件：北维成为子午网络共享和政企业务的合作伙伴。
天宇留在名单上，只是个战术供应商，用来比价。
{
- india_side_deal:
    丹尼尔冻结了印度的订单。阿尔琼逢人便说，是天宇让他错过了节庆季。
- opco_alignment <= 0:
    印度在共享规划之外自建站点。卡斯特兰的人每周都在孟买。
}
{ discount_promised:
    集团折扣还在，每个子网都拿它来压价。
}
林晓申请调回总部。张浩在悄悄面试。
普丽娅发印度的邮件，已经不再抄送你了。
赵林来信说，从今以后，子午的会他都要一起参加。 # sfx: notify
拉尔斯起身离开时，在你桌边停了一下。
他们不喜欢意外，吴迪。我早就提醒过你。 # speaker: lars # mood: pleased
咖啡已经凉了。子午，眼下也一样。 # ending: poor
-> END
