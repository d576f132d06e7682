# title: 搬不动的救兵
# role: R
# order: 3
# stage: growth
# summary: 子午集团招标决策前十天，德国的旗舰试点网络接连故障。吴迪需要的专家和工程师，没有一个归他管。
# goal: 弄清有哪些资源、归谁管、资源的主人考核什么。
# goal: 没有职权也能影响别人：互惠、共享功劳和 KPI、借客户的声音和数据说话。
# goal: 尽早拉上交付、供应链和财务，把一次救急变成长期的资源共享机制。
# goal: 会升级：先和同级协商，带着方案和事实升级，而不是一上来就找领导。
# carry: eleanor_trust = 埃莉诺·休斯信任吴迪
# carry: expert_pool = 建起了跨客户共享的常设专家名单（1 已提出，2 陈宇和马可联名支持）
# carry: peers_on_board = 德国一役之后，陈宇和马可站在吴迪这边
# carry: pledge = 四国框架里白送了常驻专家

VAR eleanor_trust = 0
VAR chen_goodwill = 0
VAR marco_goodwill = 0
VAR credibility = 0
VAR resource_map = false
VAR customer_voice = false
VAR overcommit = false
VAR pledge = false
VAR ltc = 0
VAR hoarded = false
VAR own_experts = false
VAR team_strain = false
VAR expert_pool = 0
VAR peers_on_board = false
VAR fit = 0

// stories:check merges paths whose state is the same, so the state is kept small:
// trust and credibility stay within -1..2, goodwill within 0..2; a flag is cleared as soon as no later
// line reads it (customer_voice in d4_marco, resource_map in d5_ltc, team_strain in
// d6_fix); and d9_mechanism folds goodwill and credibility into fit.
// overcommit (a date promised before anyone agreed) is cleared in d5b_deadline unless the untested
// patch goes live; pledge marks the free resident experts promised in d10_tender.
// Carried into the account's year (# carry:): eleanor_trust arrives from s1 (0, or 1 if she
// trusted Wu Di) and leaves for s5; expert_pool, peers_on_board and pledge leave for s4 and s5.

-> opening

=== opening ===
法兰克福，周一早上六点四十。子午德国网络运营中心。 # scene: network_ops # music: tension # sfx: alarm
大屏的一角一片红：试点的300个站点里，40个在告警。
这是网络共享试点，子午集团的招标把它列为参考局点。夸梅从南非借调过来，带着六名工程师负责交付。
共享站点一到忙时就复位。昨晚升级之后开始的。 # speaker: kwame # mood: concerned
两家运营商的话务跑在同一台射频上。问题出在共享软件里。 # speaker: linxiao # mood: thinking
子午德国的运维负责人站在你身后，双臂抱在胸前。
{ eleanor_trust > 0:
    埃莉诺早上六点发来一条消息：知道什么就告诉我什么。中午之前，丹尼尔那边我先顶着。 # sfx: notify
    这几个月用心读懂她的战略，换来了一个上午。
}
他要在中午前拿到一个责任人和一个修复日期。 # speaker: kwame # mood: concerned
而集团的共享招标，下周四就要拍板。 # speaker: linxiao # mood: concerned
我们需要总部的共享专家，还有马可的现场工程师。 # speaker: kwame # mood: thinking
可这些人，没有一个归我们管。 # speaker: kwame # mood: thinking
-> d1_first_hour

=== d1_first_hour ===
你走进玻璃会议室。门外的告警灯还在闪。
隔着玻璃，运维负责人正在给伦敦打电话。
德国团队的晨会一小时后开始。林晓和夸梅在等你拿主意。 # facilitator: 资源整合从摸清家底开始：有哪些资源、归谁所有、资源主人考核什么。请学员分成两派：一派主张这一小时和团队一起弄清资源归属，另一派主张陪着着急的客户、让团队去排查。各自落下了什么？注意两个陷阱：第一时间找老板，或者带着自己的团队硬扛。两者都显得果断，也都跳过了弄清资源归属这一步。
+ [和林晓、夸梅一起理清：这个故障要的本事在谁手里，资源主人各自考核什么 # score: R+2 T+1 # feedback: 知道有哪些资源、归谁所有、资源主人考核什么，才知道该要什么，也知道对方点头要付出什么。代价是这一小时里，客户没听到你一句话。 # cap: collaborative_influence]
    ~ resource_map = true
    林晓站到白板前，夸梅翻着日志。
    共享调度模块：陈宇的产品线有两位专家。 # speaker: linxiao # mood: thinking
    两人周三都要去海湾支持上市。那是别的地区部的单子。 # speaker: linxiao # mood: concerned
    现场工程师：马可的法兰克福团队，十二个人。 # speaker: kwame # mood: thinking
    全在给另一个客户做收费交付，有罚款节点。 # speaker: kwame # mood: concerned
    陈宇考核的是上市节点和现网质量，马可考核的是可计费工时和按时验收。 # speaker: linxiao # mood: thinking
    你出来时，运维负责人已经一声不响地上楼去了。
+ [排查交给林晓和夸梅，这一小时你去陪运维负责人 # score: BE+2 # feedback: 危机的第一个小时守在客户身边，能稳住他；把排查交给团队，也是合理的授权。可没有人去弄清这个故障要的本事在谁手里，下午向人求援时，只能两眼一抹黑。 # cap: customer_partnering]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    你把已知的情况一条一条讲给他听。他放下了抱着的双臂。
    他告诉伦敦：供应商在全力处理。听得出来，他是真这么想的。
    回到会议室，白板上写满了日志摘录，却没有一个名字。
+ [马上让夸梅的六名工程师查日志，今晚还搞不定再向外求援 # score: R-1 T-1 # feedback: 自己硬扛看起来果断，可这个故障需要的产品线能力，团队并不具备。资源主人还来得及调整计划的那几个小时就这样错过了，自己的人也被拖垮。 # cap: collaborative_influence]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    夸梅的六名工程师埋头查了一上午日志。
    到中午，他们排除了硬件问题。仅此而已。
    运维负责人已经告诉伦敦：供应商还在猜。
+ [请赵林让总部今天就派最强的人来 # score: R-2 T-1 # feedback: 还没弄清需要什么、资源归谁，就先找老板，等于白白花掉他的权威。同事们听到的是上面的命令，而不是请求；团队学会的是等老板。 # cap: collaborative_influence]
    ~ credibility = MAX(credibility - 1, -1)
    ~ chen_goodwill = MAX(chen_goodwill - 1, 0)
    ~ marco_goodwill = MAX(marco_goodwill - 1, 0)
    试点出事了。我要总部的专家和马可的团队，今天就要。 # speaker: wudi # mood: concerned
    哪些专家？要几个？要多久？ # speaker: zhaolin # mood: thinking
    你还不知道。电话那头沉默了一下。
    我来发邮件。下次先把事实带来。 # speaker: zhaolin # mood: annoyed
    九点前，陈宇和马可都收到了地区部总裁的邮件。
- -> d2_customer

=== d2_customer ===
中午。楼上，子午德国的办公室。 # scene: opco_office # music: tension
埃莉诺·休斯从伦敦接入，出现在大屏上。
丹尼尔问我，要不要把德国从招标的参考局点里拿掉。 # speaker: eleanor # mood: concerned
德国要一个日期。我也要。 # speaker: eleanor # mood: annoyed
什么时候能修好，吴迪？ # speaker: eleanor # mood: thinking # facilitator: 日期靠不靠得住，取决于背后有没有人。请学员想想：是现在就把事实交给埃莉诺，还是先花一个下午把人落实？谁支持哪一边？各自让她在丹尼尔面前付出什么？注意两个陷阱：信心十足地报日期，以及把天宇内部的排队问题推给客户去解决。
+ [把事实讲清楚：一天内给根因，专家落实后再给日期 # score: BE+2 R+1 # feedback: 讲清已知、未知和下次什么时候同步，客户的期望就落在事实上。代价是：她要空着手去见丹尼尔，德国能不能留在名单上，全凭她一句话。 # cap: customer_partnering]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    40个站点，一个软件特性，没有硬件故障。 # speaker: wudi # mood: neutral
    24小时内给出根因，每天五点同步一次进展。 # speaker: wudi # mood: neutral
    对的专家一落实，我马上给您修复日期。 # speaker: wudi # mood: neutral
    也就是说，今天没有日期。我去跟丹尼尔解释，他不会高兴的。 # speaker: eleanor # mood: thinking
+ [请她给你六个小时：晚上六点回电话，给出日期，也报出背后是哪几个人 # score: R+2 # feedback: 先落实人，再报日期，承诺才靠得住；下午的时间也都花在了能解决问题的资源主人身上。可埃莉诺只能两手空空去见丹尼尔，而“六点”本身也是一个承诺。 # cap: collaborative_influence]
    六点。丹尼尔四点要见董事会的顾问。 # speaker: eleanor # mood: annoyed
    屏幕黑了。林晓已经在拨深圳的电话。
+ [给她72小时：天宇今晚就调最好的人上 # score: R-2 BE+1 # feedback: 今天能稳住场面，但这个日期依赖的专家和工程师，还没有一个人答应放。这就是过度承诺：先落实资源，再向客户承诺。 # cap: customer_partnering]
    ~ overcommit = true
    七十二小时。天宇会调最好的人上。 # speaker: wudi # mood: pleased
    那就周四中午。我去告诉丹尼尔。 # speaker: eleanor # mood: neutral
    林晓看了你一眼。到现在，还没有一个人点过头。
+ {resource_map} [说明专家已经排给了别的地区部，请她亲自给我们的产品线总监打个电话 # score: R+1 BE-1 # feedback: 集团CTO一个电话，确实能让产品线动起来；可这是拿客户的权威去解决你们公司内部的排队问题，也让她看到一个理不顺自家资源的供应商。专家会来，产品线被客户施压的怨气也会跟着来。 # cap: collaborative_influence]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    ~ chen_goodwill = MAX(chen_goodwill - 1, 0)
    ~ customer_voice = true
    你要我去游说你们自己的总部。 # speaker: eleanor # mood: surprised
    好，我打。不过我会记住，这个电话是我不得不打的。 # speaker: eleanor # mood: annoyed
+ [请她把招标决策往后放一放，等修复验证完再定 # score: BE-1 S-1 # feedback: 请客户为你的问题挪动集团决策，等于告诉董事会：这个试点从来就没准备好，还把话柄递给了北维。期望管理要在客户的时间表里完成。 # cap: customer_partnering]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    集团能不能把决策推迟两周，等验证完再定？ # speaker: wudi # mood: concerned
    董事会的日子已经定了。北维现在就准备好了，吴迪。 # speaker: eleanor # mood: annoyed
- -> d3_chenyu

=== d3_chenyu ===
下午两点，深圳已是晚上八点。 # scene: video_call # music: office
陈宇在办公室接起视频，手边放着一碗面。
{ credibility < 0:
    地区部总裁的邮件我看了。我老板也看了。 # speaker: chenyu # mood: annoyed
}
{ customer_voice:
    一小时前，你们客户的CTO给我们总裁打了电话。总裁又打给了我。 # speaker: chenyu # mood: annoyed
    自家的系统部部长搬客户来压我，这还是头一回。 # speaker: chenyu # mood: annoyed
    总裁说德国要支持。支持到什么程度，还是我说了算。 # speaker: chenyu # mood: neutral
}
我那两位共享专家周三飞海湾。 # speaker: chenyu # mood: neutral
那边下周一全网商用，日期是我们总裁亲口承诺的。 # speaker: chenyu # mood: concerned
我考核的是上市和质量。德国是个不收钱的试点。 # speaker: chenyu # mood: neutral
所以，你到底要我做什么？ # speaker: chenyu # mood: thinking # facilitator: 无授权下的影响力，从资源主人的目标出发。请学员辩一辩：是开口要大、修得快，还是开口要小、让自己的团队学到本事？谁替“要小”说话？德国又要为此付出什么？注意两个陷阱：拿职级压人，以及“我的单子更大”的说辞。它在吴迪的考核表上成立，在陈宇的考核表上不成立。
+ {resource_map} [给他看日志：故障就在海湾下月要上的版本里 # score: R+2 S+1 # feedback: 用数据说话，并对准对方自己的目标：修好德国，就保住了他的海湾上市；联合署名的根因报告，让功劳共享。代价是一个硬节点：不管修没修好，周日前专家都得到海湾。 # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 2, 2)
    林晓共享了日志。故障就在新的共享版本里。
    海湾下个月要上的，就是这个版本。 # speaker: wudi # mood: neutral
    根因报告由您和我联合署名发出。 # speaker: wudi # mood: thinking
    他盯着屏幕往下翻了好一会儿。
    那德国也是我的问题了。他们今晚就飞过去。 # speaker: chenyu # mood: surprised
    周日晚上之前必须到海湾。两个都是。 # speaker: chenyu # mood: neutral
+ [只请专家远程支持，让林晓在屏幕这头跟着他们一起干 # score: T+2 # feedback: 开口小，他不用动海湾的安排就能答应；林晓也能亲手学会调度模块。代价是速度：隔着六个时区远程支持，德国客户在一天天地数日子。 # cap: org_development]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    远程可以。从明天起，每人每天两小时。 # speaker: chenyu # mood: pleased
    林晓把椅子拉到屏幕前。她得早上五点起床了。
+ {not resource_map} [问他：要满足什么条件，才能把两位专家借出三天 # score: R+2 # feedback: 先问清资源主人的约束，再开口要人，才有腾挪的空间：先看他的目标，再提你的请求。代价是还要再通一次电话，人才会动身。 # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    海湾的日期不能动。还有，这事要由我去告诉我们总裁。 # speaker: chenyu # mood: thinking
    周三起一位专家到现场，另一位留在深圳。 # speaker: chenyu # mood: neutral
+ [告诉他集团招标抵得上十个海湾项目，而且赵林本人在亲自盯着 # score: R-2 S+1 # feedback: 战略上的道理没错，但这是让他在自己的考核上吃亏，还借了职级的势。无授权下的影响力，要从对方需要什么出发。 # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 1, 0)
    集团招标抵得上十个海湾项目。赵林也在盯着。 # speaker: wudi # mood: neutral
    那就让赵林给我们总裁打电话。在那之前，人照样去海湾。 # speaker: chenyu # mood: annoyed
    他给了一名初级工程师，周三起视频远程支持。
- -> d4_marco

=== d4_marco ===
~ customer_voice = false
周二。马可·罗西来法兰克福参加自己项目的交付评审。 # scene: corridor # music: office
你在两场会之间截住了他。
{ credibility < 0:
    总裁的邮件。吴迪，找我帮忙可不是这么找的。 # speaker: marco # mood: annoyed
}
我的法兰克福团队在做收费交付，三周后就是罚款节点。 # speaker: marco # mood: neutral
他们花在你试点上的每一小时，我都没法计费。 # speaker: marco # mood: concerned
而且你的试点连项目编码都没有。 # speaker: marco # mood: thinking
40个站点的补丁，需要人手去加载、去测试。 # facilitator: 互惠与共同目标，碰上了天宇自己的罚款节点。请学员想想：马可的收费交付，是不是也是吴迪的事？谁主张多要人，谁主张少要人？各自付出什么？注意用正在抢修这次故障的人去做交换。
+ {resource_map} [告诉马可：赢了标，明年的德国交付就算进他的考核；试点工时由系统部来付 # score: R+2 O+1 # feedback: 把试点和马可的考核挂上钩，帮忙就变成了他自己的项目储备：眼下有可计费的工时，赢了还有交付项目。代价是：系统部要为一个客户不付钱的试点买单，他的善意也押在了一个可能输掉的标上。 # cap: collaborative_influence]
    ~ marco_goodwill = MIN(marco_goodwill + 2, 2)
    赢了的话，德国就是地区部明年最大的交付项目。算你的。 # speaker: wudi # mood: thinking
    试点工时记在系统部账上，不占你的。 # speaker: wudi # mood: neutral
    这么说，我不是在借人，是在投资我自己的项目储备。 # speaker: marco # mood: thinking
    明天起给你四名工程师。评审会我也来。 # speaker: marco # mood: pleased
+ {not resource_map} [请他借四名工程师一周，并告诉他工时由系统部来付 # score: R+2 # feedback: 请求清楚，钱由系统部出，人能要到。可买到的只是一周的人手，不是利益捆绑：马可的目标和这一单没有关系，下次开口还得从头来。 # cap: collaborative_influence]
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    四个人，一周。周五前把编码发给我。 # speaker: marco # mood: neutral
+ [只借两名工程师上他的夜班，保证他的交付不碰罚款节点 # score: O+2 # feedback: 开口小而准，保住了一个收费项目的罚款节点，而那些罚款也是天宇的钱。代价是速度：两个人对40个站点，修复要多拖好几天。 # cap: business_acumen]
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    只上夜班，我的罚款节点就安全了。这个我可以签。 # speaker: marco # mood: pleased
    两名工程师，今晚开始，晚十点到早六点。
+ [拿夸梅的两名工程师去支援马可下周的英国验收，换他现在借给你四个人 # score: R+1 T-2 # feedback: 这笔交换换来了马可的人，付出的却是正在抢修这次故障的工程师。最要紧的一周，夸梅的夜班少了人；团队也明白了：自己是可以拿去交换的筹码。 # cap: collaborative_influence]
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    ~ team_strain = true
    英国验收可是我这个月最头疼的事。成交。 # speaker: marco # mood: surprised
    一小时后，夸梅在停车场从你这里听到了消息。
    我的人调两个去英国？晚上谁来加载补丁，吴迪？ # speaker: kwame # mood: annoyed
+ [直接找他的法兰克福团队主管：她以前帮过你 # score: R-2 T-1 # feedback: 绕过同事，今天能多两名工程师，却会失去这位同事一整年。这也是在告诉团队：指挥链可有可无。 # cap: collaborative_influence]
    ~ marco_goodwill = MAX(marco_goodwill - 2, 0)
    午饭前，他的团队主管卖你个面子，派来两名工程师。
    晚上马可就知道了。他给你打了个电话，很短。
    下次要用我的人，先来问我。 # speaker: marco # mood: annoyed
- -> d5_ltc

=== d5_ltc ===
~ resource_map = false
法兰克福办公室的财务角。 # scene: finance_room # music: office
孙梅从伦敦飞了过来，表格已经打开了。
这次救火没有预算，没有项目编码，也没有责任人。 # speaker: sunmei # mood: concerned
{ marco_goodwill > 0:
    马可的工程师也在你的试点上。他们的工时，算谁的预算？ # speaker: sunmei # mood: annoyed
}
要是赢了，四个市场从七月开始交付。 # speaker: kwame # mood: thinking
供应链说，新的射频单板要十周才能生产出来。 # speaker: kwame # mood: concerned
供应链和交付到现在还没人见过这份标书。 # speaker: kwame # mood: concerned
所以，钱怎么办？计划怎么办？ # speaker: sunmei # mood: thinking # facilitator: 从线索到回款：交付、供应链和财经要在赢单之前就进入项目。请学员辩一辩：一个可能输掉的标，该不该先预留单板？谁主张再等等？两边各自冒什么险，是库存，还是交付延期？注意把成本挂到没人看的地方。
+ [今天就开试点编码，明天让供应链和交付进入投标团队 # score: R+2 O+1 # feedback: 交付、供应链和财经在签约前就参与塑造标书，赢单时单板、人力和现金流都已有规划。代价是：要为一个可能输掉的标预留单板，夸梅在抢修这一周还得分身做投标。 # cap: business_value]
    ~ ltc = 2
    今天就开试点编码，挂在系统部名下。成本真实、透明。 # speaker: wudi # mood: neutral
    从明天起，供应链和交付进入投标团队。 # speaker: wudi # mood: neutral
    那我来做交付的现金流模型。四个市场，十二周。 # speaker: sunmei # mood: pleased
    供应链可以按预测预留单板。抢修之外，再加一摊。 # speaker: kwame # mood: concerned
+ [今天就开试点编码，修复验证之前先不找供应链 # score: O+2 # feedback: 成本编码清清楚楚，又不背库存风险：不为一个可能输掉的标提前备货。代价是十周的生产周期没人启动，真赢了，交付也会晚。 # cap: business_acumen]
    ~ ltc = 1
    试点编码要开。单板等德国转绿了再说。 # speaker: wudi # mood: neutral
    干净。这个我能接受。 # speaker: sunmei # mood: neutral
    夸梅在便利贴上写下“十周”，又在下面画了一道线。
+ [先把成本挂在英国项目上，等试点编码批下来再说 # score: O-2 R-1 # feedback: 把成本挂在不该挂的地方，扭曲了两本损益账，也破坏了内控；系统部永远不会知道这次试点真正花了多少。 # cap: business_acumen]
    英国项目利润有富余，先挂在那边，等编码批下来。 # speaker: wudi # mood: neutral
    成本不是在那里发生的。审计会问的。 # speaker: sunmei # mood: annoyed
    她照办了，同时写了一份备忘存档。
+ [先修好再说：钱和交付计划，等下周四招标结果出来以后再谈也不迟 # score: R-1 O-1 # feedback: 按紧急程度排序，就把交付、供应链和财经挡在了签约之外。从线索到回款需要它们早期介入，否则赢来的是一个谁也兑现不了的计划。 # cap: business_acumen]
    先修好。赢了再做交付计划。 # speaker: wudi # mood: neutral
    孙梅合上了电脑。夸梅在便利贴上写下：十周。
- { overcommit:
    -> d5b_deadline
- else:
    -> d6_fix
}

=== d5b_deadline ===
周四中午。你承诺的七十二小时到了。 # scene: network_ops # music: tension # sfx: alarm
{ chen_goodwill >= 1:
    陈宇的人找到了原因：共享调度里的一个定时器。
- else:
    视频那头的工程师有一个候选补丁，还没人测过。
}
还要两天，才有东西可以放心加载。 # speaker: linxiao # mood: concerned
你的手机亮了。 # sfx: notify
你说的是周四，吴迪。丹尼尔在问我。 # speaker: eleanor # mood: annoyed # facilitator: 承诺到期了。请学员想想：埃莉诺此刻需要的是日期，还是真相？有没有人替“保住日期”说话？那又是谁在买单？注意两个陷阱：加载未经测试的补丁，以及让同事为吴迪的承诺买单。
+ [打给埃莉诺：承认没落实人手就报了日期，改报陈宇确认过的周六 # score: BE+2 R+1 # feedback: 赶在客户追问之前认下过度承诺，换成有人手保障的日期，才能止损。代价是今天丢面子；再错过一次，丢的就是这个客户。 # cap: customer_partnering]
    ~ overcommit = false
    人还没落实，我就给了您日期。这是我的错。 # speaker: wudi # mood: concerned
    测试过的修复，周六前上线。陈宇已经确认。 # speaker: wudi # mood: neutral
    那就周六。这次我可要你说到做到。 # speaker: eleanor # mood: neutral
+ [今晚就加载补丁，对埃莉诺说到做到 # score: R-1 BE-2 # feedback: 说到做到听起来没错，但不惜代价去守一个过度承诺，只会错上加错。未经测试的补丁在现网出问题，客户的信任就丢了两次。 # cap: strategic_risk]
    ~ eleanor_trust = MAX(eleanor_trust - 2, -1)
    补丁在午夜上线。
    早上八点，又有六个站点复位。运维负责人直接打给了伦敦。
+ [请陈宇让他的专家连夜把补丁测完，周四的日期就还能保住 # score: R-2 BE+1 # feedback: 日期也许保住了，代价却是让同事为你的承诺买单，产品线的善意下次需要时就没有了。承诺是守住了，却没有认下。 # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 1, 0)
    ~ overcommit = false
    陈宇答应了，语气冷淡。他的人通宵测试。
    补丁稳住了。他们错过了海湾的项目启动会。
    这是本季度最后一次帮忙。 # speaker: chenyu # mood: annoyed
- -> d6_fix

=== d6_fix ===
凌晨三点，运营中心。 # scene: network_ops # music: night
{
- chen_goodwill >= 2:
    陈宇的两位专家已经和夸梅的团队并肩干了好几天。
- chen_goodwill == 1:
    陈宇的专家在海湾的安排之外，能挤出来的时间都给了德国。
- else:
    陈宇能腾出来的人在深圳视频支持，到点就下线。
}
{
- marco_goodwill >= 2:
    马可的四名现场工程师，把补丁加载到了40个站点上。
- marco_goodwill == 1:
    马可的工程师在借来的工时里，一个站点一个站点地加载补丁。
- else:
    借来的两名工程师，在借用的几天里能做多少做多少。
}
{ team_strain:
    夸梅有两名工程师去了英国。从周三起，他的夜班一直缺人。
    剩下四个人里，有一个昨天提出想提前回家。夸梅把原因告诉了赵林。
    ~ credibility = MAX(credibility - 1, -1)
}
打过补丁的站点扛住了模拟忙时。大屏转绿了。
{ chen_goodwill + marco_goodwill < 3 or team_strain:
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    比本该用的时间多熬了两个晚上。德国的运维负责人把这话告诉了伦敦。
}
~ team_strain = false
丹尼尔今天下午要飞过来，亲眼看看。谁来讲这次修复？ # speaker: eleanor # mood: thinking
胶片做了一半。上面写谁的名字？ # speaker: linxiao # mood: thinking # facilitator: 功劳也是资源。请学员辩一辩：聚光灯该给借来的专家，因为吴迪下次还要求他们的老板；还是给林晓，因为她需要被客户看见？一边的选择，让另一边付出什么？注意系统部独揽功劳、最后一页写句感谢的做法。
+ [请陈宇的专家和马可的主管上台，再写信给他们老板 # score: R+2 BE+1 # feedback: 把功劳送到决定他们前途的地方，积累的善意会让下一次求助更容易，丹尼尔也看到了系统部背后的实力。代价是：天天盯着修复的林晓，只能坐在后排。 # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    陈宇的工程师讲清了定时器，马可的现场主管讲了加载方案。
    丹尼尔问他们的问题，比问过你的还多。
    林晓坐在后排记笔记。
+ [让林晓来讲：修复是她带的，第一页列出每一位借来的工程师 # score: T+2 # feedback: 培养自己的人很重要，把每个人都列出来，也比大多数人做得好。可产品线和交付的功劳只是间接地写在一页胶片上，而站到客户面前的是你自己的人。 # cap: org_development]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    林晓讲得很好。丹尼尔要了她的名片。
    胶片传到了深圳。陈宇看完第一页，什么也没说。
+ [自己上台，讲“天宇一个团队”，最后一页感谢总部和交付 # score: R-1 T-1 # feedback: “一个团队”听起来大度，可真正干活的人只出现在最后一页。把借来的功劳揽在自己身上，花掉的是下次还要用的善意，自己的团队也看在眼里。 # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 1, 0)
    ~ marco_goodwill = MAX(marco_goodwill - 1, 0)
    汇报很顺利。丹尼尔感谢了系统部。
    马可把胶片转给了他的工程师，一个字也没说。
- -> d7_release

=== d7_release ===
周日上午，法兰克福机场。你要飞伦敦，准备投标周。 # scene: airport # music: tension
走到登机口时，陈宇打来电话。 # sfx: notify
海湾系统部部长把这事升级了。从今晚起，我的人只管海湾。 # speaker: chenyu # mood: concerned
林晓开车送你过来。她压低了声音。
周四就评标了。万一故障复发，我们身边一个人都没有。 # speaker: linxiao # mood: concerned
能不能再留他们一周？ # speaker: linxiao # mood: thinking # facilitator: 这些专家现在是谁的资源？请学员辩一辩：本事总得留下一点，是留在一份手册和两名工程师身上，还是让林晓在投标周跟去海湾现场学？各自的代价是什么？注意“再多留几天”的想法：听起来稳妥，买单的是另一个地区部。
+ [请陈宇再宽限一周，把周四评标之前的风险兜住 # score: R-2 T-1 # feedback: 稀缺专家到期不放，听起来再稳妥，也是囤积资源。另一个地区部错过上市日期，产品线不再信任系统部，你的团队能力也没有任何长进。 # cap: collaborative_influence]
    ~ hoarded = true
    ~ chen_goodwill = MAX(chen_goodwill - 2, 0)
    陈宇，再给我一周。就到周四。 # speaker: wudi # mood: concerned
    海湾上市推迟了四天。那边的系统部部长写信给了赵林。
    陈宇没有争辩，只是回消息不再那么快了。
+ [今晚放人；白天请他们教林晓和夸梅的两个人 # score: R+2 T+1 # feedback: 按时放人，保住了善意和海湾的日期；一天的交接，留下了一份手册和会用它的人。代价是：专家们带着疲惫出发，夸梅周日还得抽出两个人进课堂。 # cap: org_development]
    ~ own_experts = true
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    他们今晚走。走之前，先把本事教出来。 # speaker: wudi # mood: neutral
    到傍晚：一份操作手册，两个会用它的工程师，外加海湾那边每天一小时的远程值守。
+ [今晚放人，再让林晓跟他们一起去海湾，在上市现场学一周 # score: T+2 # feedback: 在真实的上市现场跟专家干一周，比任何手册都更能让解决方案经理成长，海湾也多了一双手。代价是：投标周的伦敦，少了她。 # cap: org_development]
    ~ own_experts = true
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    林晓订了同一班飞机。一小时内，海湾的系统部部长就发来了感谢。
    在伦敦，标书的技术附件是在没有她的情况下写完的。埃莉诺的团队发回了十二个问题。
+ [立刻放人，一小时内给陈宇写信致谢：海湾在等 # score: R+1 T-1 # feedback: 按时放人，尊重了另一个地区部；但没有交接，本事就跟着人走了。下一次，你的团队照样得依赖别人。 # cap: org_development]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    你当面谢过专家，一小时内又给陈宇写了感谢信。
    林晓叹了口气。他们会的东西，有一半也跟着走了。
- -> d8_escalate

=== d8_escalate ===
周一，伦敦系统部办公室。和赵林视频通话。 # scene: video_call # music: tension
丹尼尔要求周三前在标书里附上签字的交付承诺。
四个市场、十二周，要写明专家和交付能力。
陈宇和马可各能给一部分，其余的人已经许给了别处。
{ ltc >= 2:
    孙梅的模型算出了缺口：六位专家，四十名工程师。
- else:
    你手里只有粗略的估计，没有数字。
}
{ hoarded:
    海湾系统部部长的投诉，已经摆在赵林的屏幕上了。
}
{ credibility < 0:
    上次你打电话来，连自己需要什么都不知道。 # speaker: zhaolin # mood: thinking
}
是你约的这个电话。说吧。 # speaker: zhaolin # mood: neutral # facilitator: 有效升级：先找过同事，带着事实和方案，只请老板做他才能做的那个决定。请学员辩一辩：眼下是不是这样的决定？还是只把同事已经答应的写进标书就好？两边各由谁来说，各自留下了什么没解决？注意只提要求、不带方案的升级。
+ [向他摆出同事已答应的部分、剩下的缺口，以及谁先谁后的三个算过账的方案 # score: R+2 S+1 # feedback: 先找过同事，再带着事实和方案升级，请老板只做他才能做的决定：地区之间谁优先。代价是赵林要在总部花掉权威，海湾也可能在裁决中吃亏。 # cap: strategic_risk]
    ~ credibility = MIN(credibility + 1, 2)
    陈宇和马可能给的都给了。剩下的缺口在这里。 # speaker: wudi # mood: neutral
    只需要一个决定：下个季度，子午和海湾谁优先。三个方案，都算过账。 # speaker: wudi # mood: neutral
    { ltc >= 2:
        清楚。我明天带着孙梅的数字去总部。 # speaker: zhaolin # mood: pleased
    - else:
        思路不错。先让孙梅算清楚账，我再往上报。 # speaker: zhaolin # mood: thinking
    }
+ {chen_goodwill >= 2 and marco_goodwill >= 2} [请陈宇和马可一起上线，三方给他一个方案 # score: R+2 T+1 S+1 # feedback: 同事们已经达成一致，这样的升级最有分量：老板看到的是三个部门、一个方案，而不是一个部门的愿望清单。代价是陈宇和马可要在自己最忙的一周为你的客户抽出一小时。 # cap: collaborative_influence]
    ~ credibility = MIN(credibility + 2, 2)
    一小时内，两人都上了线。
    四个市场用的是同一个版本。我的质量指标也需要这个。 # speaker: chenyu # mood: neutral
    只要海湾的交付顺延一个月，交付这边就能接。 # speaker: marco # mood: thinking
    三个部门，一个方案。我今天就签。 # speaker: zhaolin # mood: pleased
+ [标书里只写陈宇和马可已经答应给的人，不向赵林提任何要求 # score: O+2 # feedback: 只承诺落实了的资源，标书就是诚实的，同事的信任也不受损。可它只覆盖四个市场中的两个，而谁先谁后的问题，留给了下一次危机。 # cap: business_acumen]
    两个市场的人已经落实到名字，另外两个写“待确认”。 # speaker: wudi # mood: neutral
    你自己定。别两周后又拿着同一个缺口来找我。 # speaker: zhaolin # mood: thinking
+ [请他让总部把子午排在第一：它是地区部最大的客户 # score: R-1 O-1 # feedback: 不带方案的升级，是把问题往上推：老板得自己重新收集事实，而“排第一”是一张开给别的地区部的空白支票。 # cap: collaborative_influence]
    ~ credibility = MAX(credibility - 1, -1)
    子午是地区部最大的客户，请把我们排第一。 # speaker: wudi # mood: concerned
    排第一做什么？海湾又要让出什么？ # speaker: zhaolin # mood: annoyed
    他说会考虑。标书带着一条保留意见交了上去。
- -> d9_mechanism

=== d9_mechanism ===
// From here on only the total counts: fold goodwill and credibility into fit.
~ peers_on_board = chen_goodwill >= 1 and marco_goodwill >= 1
~ fit = chen_goodwill + marco_goodwill + credibility
~ chen_goodwill = 0
~ marco_goodwill = 0
~ credibility = 0
周三晚上，标书交了。夸梅和林晓都在电话会上。 # scene: tianyu_office # music: office
巴西五月要上同样的试点，用的是同一个版本。 # speaker: kwame # mood: thinking
下一次，海湾会排在我们前面。 # speaker: linxiao # mood: concerned
{ hoarded:
    经过周日那件事，总部还肯不肯借人给我们，我很怀疑。 # speaker: linxiao # mood: concerned
}
我们不能每次救火都靠人情。 # speaker: kwame # mood: thinking # facilitator: 一次救火，可以沉淀成一套常设的安排，也可以沉淀成团队自己的本事。请学员辩一辩：吴迪接下来几个月，是去谈一套全公司的安排，还是培养自己的调度工程师？各自让谁受益？谁还得继续四处求人？注意专门给自己配两位专家的想法：那是带预算的囤积。
+ [提议由产品线和交付每季度为所有全球客户指定专家，客户结果计入专家考核 # score: R+2 S+1 # feedback: 跨客户的常设共享安排，把一次救火变成了公司的能力；专家的考核里计入客户结果，资源主人才有动力。代价是几个月的谈判，而且子午有时也得排队。 # cap: org_development]
    ~ expert_pool = 1
    专家指定到人，每季度和产品线、交付一起排。 # speaker: wudi # mood: neutral
    他们的考核计入客户结果。有冲突，每月一个电话会裁决。 # speaker: wudi # mood: neutral
    { peers_on_board:
        ~ expert_pool = 2
        午夜前，陈宇和马可都签字成了发起人。
    - else:
        陈宇和马可客气地回复：会研究一下。
    }
+ [出钱让夸梅和林晓手下的三名工程师学调度模块，系统部有自己的专家 # score: T+2 # feedback: 培养自己的专家，建起了真正的后备梯队，也给本地工程师开了一条成长通道。可它只服务一个客户：公司的稀缺专家照样靠打电话来借，下一次地区之间的冲突，还是从零开始。 # cap: org_development]
    ~ own_experts = true
    你话还没说完，夸梅已经报出了三个名字。
    孙梅批了预算。产品线没有人被问到。
+ [写一份经验总结，感谢所有人：下次就照着做 # score: R+1 # feedback: 总结经验、感谢大家，是好习惯；但照着手册做，靠的仍是人情。下一次救火，还是从同样的几通电话开始。 # cap: org_development]
    十一页的经验总结，外加一封给所有人的感谢信。
    夸梅把它归了档。巴西出事之前，不会有人去读。
+ [向总部申请两位子午专属的专家，让系统部以后再也不用排队等人 # score: R-1 O-1 # feedback: 专属的两个人看起来是长久之计，其实是系统部身上闲置的成本，也把专家锁住、不让别的地区用。共享的安排胜过私有的配置。 # cap: business_acumen]
    你给总部写信，申请两位专属专家。
    总部回绝了。产品线也听说你提过这个要求。
- -> d10_tender

=== d10_tender ===
周四。伦敦，子午集团总部。 # scene: meridian_boardroom # music: boardroom
{
- eleanor_trust >= 2:
    德国稳定了。你们团队处理得像个合作伙伴。 # speaker: eleanor # mood: pleased
- eleanor_trust <= 0:
    德国稳定了。只是花的时间比应该的长。 # speaker: eleanor # mood: concerned
- else:
    德国稳定了。谢谢。 # speaker: eleanor # mood: neutral
}
德国只是一个市场。框架协议先是四个，然后是十个。 # speaker: daniel # mood: neutral
三个市场同时出故障的时候，谁会来？ # speaker: daniel # mood: thinking # facilitator: 采购方能写进合同的，是他能追究供应商的东西。请学员辩一辩：哪个回答丹尼尔能写进四个市场的框架协议？哪个回答最诚实？两者不一致的时候，谁替哪一边说话？注意两个陷阱：讲救火故事，以及承诺吴迪并不掌握的人。
+ [讲讲德国是怎么修好的：那些通宵、那些人、那些航班 # score: R-1 BE-1 # feedback: 救火故事只能让人安心一天，接着就告诉采购方：天宇靠的是人情。要签四个、再到十个市场的采购方，要的是能写进合同的东西。 # cap: customer_partnering]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    两个大洲，几夜没合眼，一次修复。 # speaker: wudi # mood: pleased
    了不起。可故事写不进合同。 # speaker: daniel # mood: neutral
    埃莉诺看了丹尼尔一眼，什么也没说。
+ {expert_pool >= 1} [给他看季度专家名单：专家到人、四小时响应、一条冲突规则 # score: R+2 BE+1 S+1 # feedback: 全公司运转的安排，是采购方能写进合同的答案，而且是集团层面的：先四个市场，再十个。前提是总部持续投入，丹尼尔也会来审。 # cap: customer_partnering]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    子午有指定到人的专家。重大故障，四小时响应。 # speaker: wudi # mood: neutral
    别的地区同时要人时，按一条规则来定。 # speaker: wudi # mood: neutral
    { expert_pool >= 2:
        这是第一个不靠你个人的回答。 # speaker: daniel # mood: surprised
    - else:
        你们产品线还没签字。把他们的签字带来。 # speaker: daniel # mood: thinking
    }
+ [只承诺已经落实的人，并说明还有哪些在协调 # score: BE+2 R+1 # feedback: 只写落实了的人，采购方才信得过；说清还有什么没定，也是在管理他的期望。可这是一个团队的承诺，不是一套安排，剩下的丹尼尔还得等。 # cap: customer_partnering]
    德国的团队已经落实到名字。其余的正在协调。 # speaker: wudi # mood: neutral
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    够坦诚。谈妥了告诉我。在签约之前。 # speaker: daniel # mood: thinking
    埃莉诺点了点头。
+ {ltc >= 2} [带他过一遍交付计划：单板已预留，工程师已排期，现金流已算清 # score: O+2 BE+1 # feedback: 交付、供应链和财经从一开始就进入投标，给采购方的是计划，不是空头承诺。它回答了七月的交付，却不太能回答三个市场同时出事的那一天。 # cap: business_value]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    单板按预测预留了，工程师从七月起排好了。 # speaker: wudi # mood: neutral
    还没赢，交付就先规划好了。少见。 # speaker: daniel # mood: pleased
+ [承诺四个市场每个都派一位常驻专家，两年，不另外收费 # score: BE+1 O-2 R-1 # feedback: 听起来像合作伙伴，可免费承诺你并不掌握的人，赢了一屋子的好感，却制造出一笔没人同意过的成本和一场冲突。这是写进合同的过度承诺。 # cap: business_acumen]
    ~ pledge = true
    每个市场一位常驻专家。两年。不额外收费。 # speaker: wudi # mood: pleased
    真大方。写进合同吧。 # speaker: daniel # mood: neutral
    坐在你旁边的孙梅，停下了笔。
- -> finale

=== finale ===
// fit already holds Chen Yu's and Marco's goodwill and Zhao Lin's view of your credibility.
~ fit = fit + eleanor_trust + expert_pool + ltc
{ own_experts:
    ~ fit += 1
}
// Strong is out of reach after the traps the story shows costing the account:
// experts kept from another region, an untested patch loaded to save a promised date,
// and free resident experts nobody owns.
{
- fit >= 10 and not hoarded and not overcommit and not pledge:
    -> ending_strong
- fit <= 2 or (hoarded and (overcommit or pledge)):
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
三个月后。伦敦，子午集团总部。 # scene: meridian_boardroom # music: boardroom
子午电信宣布，天宇成为它在四个市场的网络共享合作伙伴。
德国成了参考局点。那面大屏，一直是绿的。
我们选的是一家公司，吴迪。不是一个通讯录很厚的人。 # speaker: eleanor # mood: pleased
{
- expert_pool >= 2:
    季度专家名单已经覆盖三个全球客户，由陈宇和马可共同主持。
- expert_pool == 1:
    季度专家名单运转起来了。只是每个季度，陈宇都还得再被说服一次。
- else:
    公司层面的专家名单还没有。每次救急，还得一个电话一个电话地去谈。
}
{ own_experts:
    林晓带起了共享团队。巴西的试点，不用再救火了。
- else:
    五月，巴西出了点状况。花了两天、打了四通电话，才找到一位专家。
}
海湾按时上市了。那边的系统部部长，现在会请你参加他们的评审。
赵林请你给其他全球客户的系统部讲一讲：德国的人手是怎么调来的。
救兵来了。下一次，要打的电话会少一些。 # ending: strong
-> END

=== ending_mixed ===
季度末。伦敦，孙梅的办公室，晚上七点。 # scene: finance_room # music: office
孙梅把屏幕转向你。子午把框架协议拆开了：两个市场给天宇，两个给北维。
{
- ltc == 0:
    中标之前没人下单备货。交付要晚六周才能开工，还得付罚款。
- ltc == 1:
    单板是中标之后才下的单。交付要晚三周开工。
- else:
    单板已经备好。两个市场七月都能按时开工。
}
{ pledge:
    免费常驻专家写进了合同，可没有人为它出钱。 # speaker: sunmei # mood: concerned
}
{ overcommit:
    子午德国至今还常提起：你承诺的那天，加载的补丁让站点又复位了。
}
{ hoarded:
    海湾上市推迟了。如今总部借人之前，都要先问海湾。
}
{
- expert_pool >= 1:
    季度专家名单有了。对这次投标来说，晚了几周。
- else:
    五月巴西的试点出了问题，又是从零开始四处找专家。
}
{ own_experts:
    林晓和夸梅的两名工程师已经吃透了调度模块。人都累坏了，但都留了下来。
- else:
    夸梅和林晓都累坏了。系统部里，还是没有人懂调度模块。
}
赵林让你继续负责子午，同时请马可参加你的资源评审会。
孙梅合上文件。两个市场赢了，两个输了，这次救火的花费也比应该的多。 # ending: mixed
-> END

=== ending_poor ===
五月。凌晨两点，圣保罗，子午巴西的网络运营中心。 # scene: network_ops # music: night # sfx: alarm
巴西的试点用的是同一个版本。忙时一到，60个站点接连复位。
四月，北维拿下了子午的框架协议。巴西是天宇手里仅剩的试点。
{ hoarded:
    你打给陈宇。接电话的是他的副手：年底之前，海湾优先。
- else:
    你打到陈宇的办公室。请求进了排队系统，和别人的没什么两样。
}
{ pledge:
    子午的法务还在追问你承诺过的那些常驻专家。
}
{ overcommit:
    德国的运维负责人还在提那个补丁：为了赶你承诺的日期，没测完就加载了。
}
马可的工程师都在做收费项目，不会再借出来了。
夸梅回了南非，一直没有人接替他。
赵林让马可负责子午的交付。这部分工作，你要向他汇报。
你的通讯录很长。可上面的每一个名字，都归别人管。 # ending: poor
-> END
