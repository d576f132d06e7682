# title: 搬不动的救兵
# role: R
# order: 3
# summary: 子午集团招标决策前十天，德国的旗舰试点网络接连故障。吴迪需要的专家和工程师，没有一个归他管。

VAR eleanor_trust = 0
VAR chen_goodwill = 0
VAR marco_goodwill = 0
VAR credibility = 0
VAR resource_map = false
VAR customer_voice = false
VAR overcommit = false
VAR ltc = false
VAR hoarded = false
VAR bench = false
VAR mechanism = 0
VAR peers_on_board = false
VAR fit = 0

// stories:check merges paths whose state is the same, so the state is kept small:
// trust, goodwill and credibility stay within -1..2; a flag is cleared as soon as no later
// line reads it (customer_voice in d4_marco, resource_map in d5_ltc, peers_on_board in
// d10_tender); and d9_mechanism folds goodwill and credibility into fit.
// overcommit is cleared only by owning the missed date in d5b_deadline.

-> opening

=== opening ===
法兰克福，周一早上六点四十。子午德国网络运营中心。 # scene: network_ops # music: tension # sfx: alarm
大屏的一角一片红：试点的300个站点里，40个在告警。
这是网络共享试点，子午集团的招标把它列为参考局点。夸梅从南非借调过来，负责交付。
共享站点一到忙时就复位。昨晚升级之后开始的。 # speaker: kwame # mood: concerned
两家运营商的话务跑在同一台射频上。问题出在共享软件里。 # speaker: linxiao # mood: thinking
子午德国的运维负责人站在你身后，双臂抱在胸前。
他要在中午前拿到一个责任人和一个修复日期。 # speaker: kwame # mood: concerned
而集团的共享招标，下周四就要拍板。 # speaker: linxiao # mood: concerned
我们需要总部的共享专家，还有马可的现场工程师。 # speaker: kwame # mood: thinking
可这些人，没有一个归我们管。 # speaker: kwame # mood: thinking
-> d1_first_hour

=== d1_first_hour ===
你走进玻璃会议室。门外的告警灯还在闪。
德国团队的晨会一小时后开始。 # facilitator: 资源整合从摸底开始：有哪些资源、归谁所有、资源主人考核什么。请学员说说：吴迪向任何人求援之前，必须先弄清什么？注意两个陷阱：第一时间找老板，或者带着自己的团队逞英雄。两者都显得果断，也都跳过了摸底。
+ [先让夸梅的工程师顶上，今晚还搞不定再求援 # score: R-1 T-1 # feedback: 自己硬扛看起来果断，可这个故障需要的产品线能力，团队并不具备。资源主人还来得及调整计划的那几个小时就这样错过了，自己的人也被拖垮。先弄清有哪些资源，再动用自己的。 # cap: collaborative_influence]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    夸梅的六名工程师埋头查了一上午日志。
    到中午，他们排除了硬件问题。仅此而已。
    运维负责人已经告诉伦敦：供应商还在猜。
+ [先摸清：这个故障要的本事，在谁手里 # score: R+3 T+1 # feedback: 知道有哪些资源、归谁所有、资源主人考核什么，是资源整合的起点：它告诉你该要什么，也告诉你对方点头要付出什么。和团队一起画这张图，这张图也就成了团队自己的。 # cap: collaborative_influence]
    ~ resource_map = true
    林晓站到白板前，夸梅翻着日志。
    共享调度模块：陈宇的产品线有两位专家。 # speaker: linxiao # mood: thinking
    两人周三都要去海湾支持上市。那是别的地区部的单子。 # speaker: linxiao # mood: concerned
    现场工程师：马可的法兰克福团队，十二个人。 # speaker: kwame # mood: thinking
    全在给另一个客户做收费交付，有罚款节点。 # speaker: kwame # mood: concerned
    陈宇考核的是上市节点和现网质量。 # speaker: linxiao # mood: thinking
    马可考核的是可计费工时和按时验收。 # speaker: kwame # mood: thinking
    现在我们知道该要什么，也知道这会让他们付出什么。 # speaker: wudi # mood: thinking
+ [请赵林让总部和交付今天就派最好的人来 # score: R-2 T-1 # feedback: 第一时间升级，是在还没弄清需要什么、资源归谁之前，就先花掉了老板的权威。同事们听到的是上面的命令，而不是请求；团队学会的是等老板。 # cap: collaborative_influence]
    ~ credibility = MAX(credibility - 1, -1)
    ~ chen_goodwill = MAX(chen_goodwill - 1, -1)
    ~ marco_goodwill = MAX(marco_goodwill - 1, -1)
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
什么时候能修好，吴迪？ # speaker: eleanor # mood: thinking # facilitator: 期望管理：日期靠不靠得住，取决于背后的资源。请学员想想：中午这个时点，吴迪真正知道什么、能掌控什么？注意那个信心十足的日期：它能稳住场面，可它依赖的人，还没有一个被放出来。
+ [给她72小时：天宇今晚就调最好的人上 # score: R-2 BE+1 # feedback: 今天能稳住场面，但日期依赖的专家和工程师，还没有人答应放，这就是过度承诺。先落实资源，再向客户承诺。 # cap: customer_partnering]
    ~ overcommit = true
    七十二小时。天宇会调最好的人上。 # speaker: wudi # mood: pleased
    那就周四中午。我去告诉丹尼尔。 # speaker: eleanor # mood: neutral
    林晓看了你一眼。到现在，还没有一个人点过头。
+ {resource_map} [讲清事实，再请她亲自给我们的产品线打个电话 # score: BE+2 R+2 # feedback: 客户的声音，是无授权影响力的一个杠杆。集团CTO亲口讲清利害，对产品线的触动，是系统部部长的任何邮件都比不了的；实打实的事实，也同时管理了她的期望。 # cap: collaborative_influence]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    ~ customer_voice = true
    问题出在一个软件特性上。我们知道谁能修。 # speaker: wudi # mood: neutral
    只是他们的时间，已经许给了别的地区部。 # speaker: wudi # mood: neutral
    您能亲自跟我们的产品线总监说说，这个试点对您意味着什么吗？ # speaker: wudi # mood: thinking
    供应商请我去游说他们自己的总部。 # speaker: eleanor # mood: surprised
    好吧，十五分钟。然后你给我一个日期。 # speaker: eleanor # mood: neutral
+ [先讲事实，24小时内给根因，专家到位再给日期 # score: BE+2 R+1 # feedback: 用事实管理期望：知道什么、还不知道什么、下次什么时候同步。先落实资源，再定日期，而不是反过来。 # cap: customer_partnering]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    40个站点，一个软件特性，没有硬件故障。 # speaker: wudi # mood: neutral
    24小时内给出根因，每天五点同步一次进展。 # speaker: wudi # mood: neutral
    对的专家一落实，我马上给您修复日期。 # speaker: wudi # mood: neutral
    够坦诚。丹尼尔宁要实话，不要乐观。我也一样。 # speaker: eleanor # mood: thinking
+ [请她把招标决策往后放一放，等修复验证完再定 # score: BE-1 S-1 # feedback: 请客户为你的问题挪动集团决策，等于在它确定共享战略的关口告诉董事会：这个试点从来就没准备好，还把话柄递给了北维。期望管理要在客户的时间表里完成。 # cap: customer_partnering]
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
我那两位共享专家周三飞海湾。 # speaker: chenyu # mood: neutral
那边下周一全网商用，日期是我们总裁亲口承诺的。 # speaker: chenyu # mood: concerned
我考核的是上市和质量。德国是个不收钱的试点。 # speaker: chenyu # mood: neutral
所以，你到底要我做什么？ # speaker: chenyu # mood: thinking # facilitator: 无授权下的影响力，从资源主人的目标出发，而不是从自己的目标出发。请学员想想：陈宇考核什么？答应下来他会失去什么？注意两个陷阱：拿职级压人，以及“我的单子更大”的说辞。它在吴迪的考核表上成立，在陈宇的考核表上不成立。
+ [告诉他集团大单比海湾分量重，而且赵林在盯着 # score: R-2 S+1 # feedback: 战略上的道理没错，但这是让他在自己的考核上吃亏，还借了职级的势。无授权下的影响力，要从对方需要什么出发。 # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 1, -1)
    集团招标抵得上十个海湾项目。赵林也在盯着。 # speaker: wudi # mood: neutral
    那就让赵林给我们总裁打电话。在那之前，人照样去海湾。 # speaker: chenyu # mood: annoyed
    他给了一名初级工程师，周三起视频远程支持。
+ {resource_map} [给他看日志：故障就在海湾下一个要上的版本里 # score: R+3 S+1 # feedback: 用数据说话，并对准对方自己的目标：修好德国，就保住了他的海湾上市和质量指标；联合署名的根因报告，让功劳共享。把两个地区放在同一个版本下看，这是公司层面的视角。 # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 2, 2)
    林晓共享了日志。故障就在新的共享版本里。
    海湾下个月要上的，就是这个版本。 # speaker: wudi # mood: neutral
    在这里修好，它就永远到不了您的上市现场。 # speaker: wudi # mood: neutral
    根因报告由您和我联合署名发出。 # speaker: wudi # mood: thinking
    他盯着屏幕滚动了好一会儿。
    那德国也是我的问题了。他们今晚就飞过去。 # speaker: chenyu # mood: surprised
    周日晚上之前必须到海湾。两个都是。 # speaker: chenyu # mood: neutral
+ {customer_voice} [按约定，请埃莉诺加入通话 # score: R+2 BE+1 # feedback: 客户的声音有职级给不了的分量。直接听到集团CTO讲清利害，产品线就会把结果当成自己的事；埃莉诺也看到，她的话在天宇是管用的。 # cap: customer_partnering]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    两点一刻，埃莉诺如约接入。
    陈先生，我们把天宇列进短名单，就是因为你们的共享特性。 # speaker: eleanor # mood: neutral
    德国失败，四个市场就都失败。 # speaker: eleanor # mood: concerned
    她下线后，陈宇沉默了片刻。
    从来没有哪位集团CTO给我们产品线打过电话。 # speaker: chenyu # mood: surprised
    一位专家明天到现场，另一位在深圳远程支持。 # speaker: chenyu # mood: thinking
+ [问他：要满足什么条件，才能把专家借出三天 # score: R+2 # feedback: 先问清资源主人的约束，再开口要人，才有腾挪的空间。这是无授权下影响力的第一步：先看他的目标，再提你的请求。 # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    要满足什么条件，您才能把他们借给我三天？ # speaker: wudi # mood: thinking
    海湾的日期不能动。 # speaker: chenyu # mood: thinking
    还有，这个故障要由我去告诉我们总裁，而不是你。 # speaker: chenyu # mood: thinking
    先远程。非到现场不可，再去现场。 # speaker: chenyu # mood: neutral
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
你需要他的四名工程师，一周。 # facilitator: 互惠与共同KPI。马可考核的是可计费工时、利润和按时验收。请学员想想：吴迪能给他什么？真正需要几个人？注意两个陷阱：绕过马可，以及以防万一把人全要走。
+ {resource_map} [请他一起负责试点，交付算进他的考核 # score: R+3 O+1 # feedback: 共同的KPI和共享的功劳，把帮忙变成了共同目标。对准资源主人的考核指标，是最持久的无授权影响力；记在系统部的编码上，成本也清清楚楚。 # cap: collaborative_influence]
    ~ marco_goodwill = MIN(marco_goodwill + 2, 2)
    赢了的话，德国就是地区部明年最大的交付项目。 # speaker: wudi # mood: thinking
    和我一起负责这个试点。交付算在你的考核里。 # speaker: wudi # mood: neutral
    试点工时记在系统部的编码上，不占你的。 # speaker: wudi # mood: neutral
    这么说，我不是在借人，是在投资我自己的项目储备。 # speaker: marco # mood: thinking
    明天起给你四名工程师。评审会我也来。 # speaker: marco # mood: pleased
+ [要他把法兰克福团队借到招标结束：集团大单优先 # score: R-2 O-1 # feedback: 以防万一就把人全要走，是囤积资源；只讲自己的单子优先，无视了他的罚款节点，而那也是天宇的钱。同事们会记住谁要得比需要的多。 # cap: collaborative_influence]
    ~ marco_goodwill = MAX(marco_goodwill - 1, -1)
    集团大单优先。招标结束前，我需要整个团队。 # speaker: wudi # mood: neutral
    那我的罚款呢？集团大单替我付吗？ # speaker: marco # mood: annoyed
    他给了你两名工程师，三天，还抄送了他自己的老板。
+ [直接找他的法兰克福团队主管：她以前帮过你 # score: R-2 T-1 # feedback: 绕过同事，今天能多两名工程师，却会失去这位同事一整年。消耗同事的善意，也是在告诉团队：指挥链可有可无。 # cap: collaborative_influence]
    ~ marco_goodwill = MAX(marco_goodwill - 2, -1)
    午饭前，他的团队主管卖你个面子，派来两名工程师。
    晚上马可就知道了。他给你打了个电话，很短。
    下次要用我的人，先来问我。 # speaker: marco # mood: annoyed
+ [做个交换：夸梅帮他做英国验收，工时系统部来付 # score: R+2 T+1 # feedback: 互惠：用对方看重的东西，换你需要的东西；借出夸梅的人，也锻炼了自己的团队。无授权下的影响力，靠的是公平交换。 # cap: collaborative_influence]
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    下周英国的验收，夸梅可以借你两名工程师。 # speaker: wudi # mood: neutral
    你的人在这里的工时，由系统部来付。 # speaker: wudi # mood: neutral
    英国验收可是我这个月最头疼的事。 # speaker: marco # mood: surprised
    四名工程师，一周。把编码发给我。 # speaker: marco # mood: pleased
- -> d5_ltc

=== d5_ltc ===
~ resource_map = false
法兰克福办公室的财务角。 # scene: finance_room # music: office
孙梅从伦敦飞了过来，表格已经打开了。
这次救火没有预算，没有项目编码，也没有责任人。 # speaker: sunmei # mood: concerned
{ marco_goodwill > 0:
    你还答应马可，由我们付他的工时。钱从哪儿出？ # speaker: sunmei # mood: annoyed
}
要是赢了，四个市场从七月开始交付。 # speaker: kwame # mood: thinking
供应链说，新的射频单板要十周才能生产出来。 # speaker: kwame # mood: concerned
供应链和交付到现在还没人见过这份标书。 # speaker: kwame # mood: concerned
所以，钱怎么办？计划怎么办？ # speaker: sunmei # mood: thinking # facilitator: 从线索到回款：交付、供应链和财经要在赢单之前就进入项目。请学员说说：他们的财务和供应链同事，通常什么时候第一次看到标书？注意两个陷阱：“招标之后再说”，以及把成本挂到没人看的地方。两者都会让赢来的单子没有计划。
+ [先修好再说，钱和交付计划等招标之后再谈 # score: R-1 O-2 # feedback: 按紧急程度排序，就把交付、供应链和财经挡在了签约之外。从线索到回款需要它们早期介入，否则赢来的是一个谁也兑现不了的计划。 # cap: business_acumen]
    先修好。赢了再做交付计划。 # speaker: wudi # mood: neutral
    孙梅合上了电脑。夸梅在便利贴上写下：十周。
+ [先把成本挂在英国项目上，等试点编码批下来再说 # score: O-2 R-1 # feedback: 把成本挂在不该挂的地方，扭曲了两本损益账，也破坏了内控；系统部永远不会知道这次试点真正花了多少。从线索到回款，第一天起就要有真实的数字。 # cap: business_acumen]
    英国项目利润有富余，先挂在那边，等编码批下来。 # speaker: wudi # mood: neutral
    成本不是在那里发生的。审计会问的。 # speaker: sunmei # mood: annoyed
    她照办了，同时写了一份备忘存档。
+ [今天就开试点编码，让供应链和交付进入投标团队 # score: R+2 O+2 # feedback: 从线索到回款，一开始就拉通：救火有真实的成本编码，供应链和交付在签约前就参与塑造标书。赢单时，单板、人力和现金流都已规划好。 # cap: business_acumen]
    ~ ltc = true
    今天就开试点编码，挂在系统部名下。成本真实、透明。 # speaker: wudi # mood: neutral
    从明天起，供应链和交付进入投标团队。 # speaker: wudi # mood: neutral
    那我来做交付的现金流模型。四个市场，十二周。 # speaker: sunmei # mood: pleased
    供应链可以按预测预留单板。我去问。 # speaker: kwame # mood: thinking
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
你说的是周四，吴迪。丹尼尔在问我。 # speaker: eleanor # mood: annoyed # facilitator: 过度承诺到期了。请学员想想：埃莉诺此刻需要的是日期，还是真相？注意两个陷阱：加载未经测试的补丁，以及让同事为吴迪的承诺买单。两者都是在守日期，而不是认下承诺。
+ [打给埃莉诺：认下错过的日期，给出陈宇确认的新日期 # score: BE+1 R+1 # feedback: 尽早认下过度承诺，用有资源保障的日期替代它，才能止损，并开始重建信誉。期望管理，就是赶在客户发现之前纠偏。 # cap: customer_partnering]
    ~ overcommit = false
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    人还没落实，我就给了您日期。这是我的错。 # speaker: wudi # mood: concerned
    测试过的修复，周六前上线。陈宇已经确认。 # speaker: wudi # mood: neutral
    那就周六。这次我可要你说到做到。 # speaker: eleanor # mood: neutral
+ [今晚就加载补丁，对埃莉诺说到做到 # score: R-1 BE-2 # feedback: 说到做到听起来没错，但不惜代价去守一个过度承诺，只会错上加错。未经测试的补丁在现网出问题，客户的信任就丢了两次。 # cap: strategic_risk]
    ~ eleanor_trust = MAX(eleanor_trust - 2, -1)
    补丁在午夜上线。
    早上八点，又有六个站点复位。运维负责人直接打给了伦敦。
+ [请陈宇让他的人通宵测试，把日期保住 # score: R-2 BE+1 # feedback: 日期也许保住了，代价却是让同事为你的承诺买单。花在你过度承诺上的产品线善意，下次需要时就没有了；而那个承诺，你仍然没有认下。 # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 1, -1)
    陈宇答应了，语气冷淡。他的人通宵测试。
    补丁稳住了。他们错过了海湾的项目启动会。
    这是本季度最后一次帮忙。 # speaker: chenyu # mood: annoyed
- -> d6_fix

=== d6_fix ===
周六，凌晨三点。 # scene: network_ops # music: night
{
- chen_goodwill >= 2:
    陈宇的两位专家已经和夸梅的团队并肩干了好几天。
- chen_goodwill == 1:
    陈宇的一位专家在现场，另一位在深圳远程支持。
- else:
    一名初级工程师在深圳视频支持，熬着他那边的夜。
}
{ marco_goodwill >= 1:
    马可的四名现场工程师，把补丁加载到了40个站点上。
- else:
    马可借来的两名工程师，在借用的几天里能做多少做多少。
}
打过补丁的站点扛住了模拟忙时。大屏转绿了。
{ chen_goodwill < 1 and marco_goodwill < 1:
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    花了五天，而不是两天。德国的运维负责人把这话告诉了伦敦。
}
丹尼尔周一要听汇报。谁来讲这次修复？ # speaker: eleanor # mood: thinking
胶片做了一半。上面写谁的名字？ # speaker: linxiao # mood: thinking # facilitator: 功劳也是资源：共享功劳，是无授权影响力的通行货币。请学员想想：活是谁干的？下次吴迪还要请谁帮忙？注意系统部独揽功劳的陷阱，哪怕最后一页写了感谢。
+ [让林晓去讲：这是她在子午面前露脸的好机会 # score: T+1 R-1 # feedback: 培养自己的人很重要，但聚光灯只照自己的团队，产品线和交付就被隐身了。跨部门共享功劳，别人才会一次次回来帮你。 # cap: org_development]
    ~ chen_goodwill = MAX(chen_goodwill - 1, -1)
    林晓讲得很好。丹尼尔记住了她的名字。
    产品线只字未提。陈宇注意到了。
+ [让陈宇和马可的人站到丹尼尔面前 # score: R+2 T+1 BE+1 # feedback: 共享功劳积累的善意，会让下一次求助更容易，也让客户看到系统部背后的实力纵深。写给他们老板的致谢信，把功劳送到了决定他们前途的地方。 # cap: collaborative_influence]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    ~ marco_goodwill = MIN(marco_goodwill + 1, 2)
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    陈宇的工程师讲清了定时器，马可的现场主管讲了加载方案。
    丹尼尔问他们的问题，比问过你的还多。
    当晚，你的致谢信送到了他们老板手里，每位工程师都点了名。
+ [自己上台，讲“天宇一个团队”，最后一页感谢总部 # score: R-1 T-1 # feedback: “一个团队”听起来大度，可真正干活的人只出现在最后一页。把借来的功劳揽在自己身上，花掉的是下次还要用的善意，自己的团队也看在眼里。共享功劳，是无授权影响力的通行货币。 # cap: collaborative_influence]
    ~ chen_goodwill = MAX(chen_goodwill - 2, -1)
    ~ marco_goodwill = MAX(marco_goodwill - 2, -1)
    汇报很顺利。丹尼尔感谢了系统部。
    胶片传到了深圳。陈宇的人只出现在最后一页。
    马可把胶片转给了他的工程师，一个字也没说。
- -> d7_release

=== d7_release ===
周日上午，法兰克福机场。你要飞伦敦，准备投标周。 # scene: airport # music: tension
走到登机口时，陈宇打来电话。 # sfx: notify
海湾的系统部部长升级了。从今晚起，我的人只管海湾。 # speaker: chenyu # mood: concerned
林晓开车送你过来。她压低了声音。
周四就评标了。万一故障复发，我们身边一个人都没有。 # speaker: linxiao # mood: concerned
能不能再留他们一周？ # speaker: linxiao # mood: thinking # facilitator: 这些专家现在是谁的资源？按时归还，公司的资源才能流动；做好交接，才能培养自己的后备力量。请学员想想：专家走后，团队应该留下什么？注意两个陷阱：以防万一把人扣下，以及客客气气送走、却什么也没留下。
+ [请陈宇再宽限一周，招标之前先把风险兜住 # score: R-2 T-1 # feedback: 以防万一扣住稀缺专家，听起来再稳妥，也是囤积资源。它让另一个地区部错过上市日期，让产品线失去信任，你的团队能力也没有任何长进。 # cap: collaborative_influence]
    ~ hoarded = true
    ~ chen_goodwill = MAX(chen_goodwill - 2, -1)
    陈宇，再给我一周。就到周四。 # speaker: wudi # mood: concerned
    海湾上市推迟了四天。那边的系统部部长写信给了赵林。
    陈宇没有争辩，只是回消息不再那么快了。
+ [立刻放人，郑重致谢：海湾在等 # score: R+1 T-1 # feedback: 按时放人，尊重了另一个地区部，也留住了善意；但没有交接，本事就跟着人走了。下一次，你的团队照样得依赖别人。 # cap: org_development]
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    你当即致谢，一小时内又给陈宇写了感谢信。
    林晓叹了口气。他们会的东西，有一半也跟着走了。
+ [今晚放人。走之前，先教会我们 # score: R+3 T+2 # feedback: 按时归还共享专家，让公司的资源流动起来；有章法的交接，则在培养自己的后备力量。这是整合，不是囤积。 # cap: org_development]
    ~ bench = true
    ~ chen_goodwill = MIN(chen_goodwill + 1, 2)
    他们今晚走。走之前，先教会我们。 # speaker: wudi # mood: neutral
    林晓和夸梅的两名工程师跟了他们一整天。
    到傍晚，有了一份操作手册，还约好海湾每天一小时远程值守。
    下次，我们就不用先开口求人了。 # speaker: linxiao # mood: pleased
- -> d8_escalate

=== d8_escalate ===
周一，伦敦系统部办公室。和赵林开视频会。 # scene: video_call # music: tension
丹尼尔要求周三前在标书里附上签字的交付资源承诺。
四个市场、十二周，要有具名专家和交付能力。
陈宇和马可各能给一部分，其余的早已许给了别人。
{ ltc:
    孙梅的模型算清了缺口：六位专家，四十名工程师。
- else:
    你手上只有粗略的估计，没有数字。
}
{ hoarded:
    海湾那边的投诉，已经摆在赵林的屏幕上了。
}
{ credibility < 0:
    上次你打电话来，连自己需要什么都不知道。 # speaker: zhaolin # mood: thinking
}
是你约的会。说吧。 # speaker: zhaolin # mood: neutral # facilitator: 好的升级：先找过同级，带着事实和选项，只请老板做那个只有他能做的决定。请学员想想：赵林在第一分钟应该听到什么？注意两个陷阱：不带选项的请求，以及碍于面子、坚持不升级。
+ [带上事实、同级已答应的部分，和三个测算过的选项 # score: R+3 S+1 # feedback: 好的升级：先找过同级，带着事实和选项，只请老板做一个决定。地区之间的优先级是战略问题，老板的权威，只花在只有他能定的事情上。 # cap: strategic_risk]
    ~ credibility = MIN(credibility + 1, 2)
    陈宇、马可两边能给的，都已经答应了。缺口在这里。 # speaker: wudi # mood: neutral
    只需要您定一件事：下个季度，子午和海湾谁优先。 # speaker: wudi # mood: neutral
    三个选项，都算过成本。我建议第二个。 # speaker: wudi # mood: thinking
    { ltc:
        { credibility >= 1:
            ~ credibility = MIN(credibility + 1, 2)
        }
        很清楚。明天我带着孙梅的数字去总部。 # speaker: zhaolin # mood: pleased
    - else:
        思路对了。让孙梅先把成本算出来，我再往上报。 # speaker: zhaolin # mood: thinking
    }
+ [请他让总部把子午排在第一：这是地区部最大的客户 # score: R-1 O-1 # feedback: 没有选项的升级，只是把问题往上推。老板得自己去重建本该由你带来的事实；“把我们排第一”，是一张开在另一个地区部账上的空白支票。 # cap: collaborative_influence]
    ~ credibility = MAX(credibility - 1, -1)
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    子午是地区部最大的客户。请把我们排在第一。 # speaker: wudi # mood: concerned
    排第一，具体指什么？海湾又要牺牲什么？ # speaker: zhaolin # mood: annoyed
    他说会考虑。标书交上去时，附了一条保留意见。
+ {chen_goodwill >= 2 and marco_goodwill >= 2} [把陈宇和马可拉进会议，带一份联合方案 # score: R+3 T+1 S+1 # feedback: 已经达成一致的同级联合升级，是最有力的升级：老板看到的是一个联盟、一份方案，而不是某个部门的愿望清单。 # cap: collaborative_influence]
    ~ credibility = MIN(credibility + 2, 2)
    一小时内，两人都上了线。
    四个市场用的是同一个版本。我的质量指标也需要这一单。 # speaker: chenyu # mood: neutral
    只要海湾的交付推迟一个月，交付这边就能做。 # speaker: marco # mood: thinking
    三个部门，一份方案。我今天就签。 # speaker: zhaolin # mood: pleased
+ [继续跟同级一个个谈：这才是无授权下的影响力 # score: R-1 S-1 # feedback: 借用了课程的说法，可同级能做的都做完了还拒绝升级，本身就是错误：地区部之间的优先级不是同级能定的。好的升级是资源整合的一部分，不是失败。 # cap: strategic_risk]
    ~ eleanor_trust = MAX(eleanor_trust - 1, -1)
    你打了两天电话。人人都同情，没人能拍板。
    标书交上去时，资源计划上写着：待确认。
- -> d9_mechanism

=== d9_mechanism ===
// From here on only the total counts: fold goodwill and credibility into fit.
~ peers_on_board = chen_goodwill >= 1 and marco_goodwill >= 1
~ fit = chen_goodwill + marco_goodwill + credibility
~ chen_goodwill = 0
~ marco_goodwill = 0
~ credibility = 0
周三晚上。标书交了。 # scene: tianyu_office # music: office
巴西五月开始同样的试点，用的也是同一个版本。 # speaker: kwame # mood: thinking
下一次，海湾会排在队伍最前面。 # speaker: linxiao # mood: concerned
{ hoarded:
    经过上周的事，我怀疑总部再也不会借人给我们了。 # speaker: linxiao # mood: concerned
}
我们不能每次救火都靠人情。 # speaker: kwame # mood: thinking # facilitator: 把一次性的救火变成常设的共享机制，比如全球大客户资源池。请学员说说：他们公司现在是怎样在客户和地区之间共享稀缺专家的？注意私有资源池的陷阱：那是列进了预算的囤积。
+ [提议为所有全球大客户建一个共享专家池 # score: R+3 S+1 T+1 # feedback: 常设的共享机制，比如全球大客户资源池，能把一次救火变成整个公司可复制的能力，而不只是一个客户的。共享KPI让资源主人也愿意投入。 # cap: org_development]
    ~ mechanism = 1
    一个服务所有全球大客户的资源池，不只为子午。 # speaker: wudi # mood: thinking
    具名专家，每季度和产品线、交付一起规划。 # speaker: wudi # mood: neutral
    他们的KPI计入客户结果。冲突放到每月一次的会上解决。 # speaker: wudi # mood: neutral
    { peers_on_board:
        ~ mechanism = 2
        午夜之前，陈宇和马可都签字成为联合发起人。
    - else:
        陈宇和马可礼貌地回了信，说会研究一下。
    }
+ [写一份经验总结，感谢每个人：下次救火有章可循 # score: R+1 T+1 # feedback: 总结经验、感谢他人是好习惯，但一份手册靠的仍然是人情。只有常设机制，才能让下一次救火成为常规动作。 # cap: org_development]
    十一页的经验总结，外加一封给所有人的感谢信。
    夸梅把它归了档。巴西出事之前，不会有人去读。
+ [请总部给子午固定配两位专家：一项常设资源 # score: R-1 O-1 T-1 # feedback: 听起来像常设机制，其实是制度化的囤积：成本闲置在你的账上，专家被锁住、别的地区用不上，你的团队也永远学不会这门本事。共享的资源池胜过私有的。 # cap: business_acumen]
    你给总部写信，申请两位专职专家。
    总部拒绝了。产品线也听说了你的这个要求。
- -> d10_tender

=== d10_tender ===
~ peers_on_board = false
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
三个市场同时出故障的时候，谁会来？ # speaker: daniel # mood: thinking # facilitator: 采购方能写进合同的是机制，不是英雄事迹。请学员想想：丹尼尔能把什么写进四个市场的框架协议？注意两个陷阱：讲救火故事，以及承诺吴迪并不掌握的人。
+ [讲讲德国是怎么修好的：那些通宵、那些人、五天 # score: R-1 BE-1 # feedback: 英雄故事只能让人安心一天，接着就告诉采购方：天宇靠的是人情。签四个、再到十个市场框架协议的采购方，要的是能写进合同的机制。 # cap: customer_partnering]
    ~ eleanor_trust = MAX(eleanor_trust - 2, -1)
    五天，两个大洲，一次修复。 # speaker: wudi # mood: pleased
    很了不起。可我没法把故事写进合同。 # speaker: daniel # mood: neutral
    埃莉诺看了丹尼尔一眼，没有说话。
+ {mechanism == 0 or not ltc} [只承诺已经落实的，并说清哪些还在商定 # score: R+1 BE+1 # feedback: 坦诚的期望管理：只写已落实资源的承诺，采购方信得过。但它仍是一个团队的承诺，不是机制，撑不起四个市场，更撑不起十个。 # cap: customer_partnering]
    德国的团队已经具名落实。 # speaker: wudi # mood: neutral
    另外三个市场派谁，还在商定。 # speaker: wudi # mood: neutral
    很坦诚。商定了告诉我。要在签约之前。 # speaker: daniel # mood: thinking
+ {mechanism >= 1} [展示资源池：具名专家、响应时限、一条冲突规则 # score: R+2 BE+2 S+1 # feedback: 常设机制，才是采购方可以写进合同的答案，而且是集团层面的答案：先四个市场，再十个。它把德国的救火，变成整个公司都能兑现的承诺。 # cap: customer_partnering]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    子午有具名专家，重大故障四小时响应。 # speaker: wudi # mood: neutral
    别的地区同时要人时，按一条规则来定。 # speaker: wudi # mood: neutral
    这是第一个不依赖你个人的答案。 # speaker: daniel # mood: surprised
+ [承诺每个市场派驻一位专家，为期两年，不另收费 # score: BE+1 O-2 R-1 # feedback: 过度承诺。听起来像伙伴关系，可免费许出并不归你管的人，赢得了现场，却制造了一笔没人同意的成本和一场冲突。 # cap: business_acumen]
    ~ overcommit = true
    每个市场派驻一位专家。两年，不另收费。 # speaker: wudi # mood: pleased
    很大方。写进合同吧。 # speaker: daniel # mood: neutral
    林晓在你身边，停下了笔。
+ {ltc} [展示从线索到回款的计划：单板已预留，工程师已排期 # score: O+2 BE+1 R+1 # feedback: 交付、供应链和财经从一开始就参与投标，给采购方的是计划而不是空话。从线索到回款本身，就是价值主张的一部分。 # cap: business_value]
    ~ eleanor_trust = MIN(eleanor_trust + 1, 2)
    单板已按预测预留，工程师七月起排期。 # speaker: wudi # mood: neutral
    服务模式已经测算过。这是现金流。 # speaker: wudi # mood: neutral
    还没赢，就先把交付规划好了。少见。 # speaker: daniel # mood: pleased
- -> finale

=== finale ===
// fit already holds Chen Yu's and Marco's goodwill and Zhao Lin's view of your credibility.
~ fit = fit + eleanor_trust + mechanism
{ ltc:
    ~ fit += 1
}
{ bench:
    ~ fit += 1
}
{ overcommit:
    ~ fit -= 2
}
{ hoarded:
    ~ fit -= 2
}
// Strong needs the pool, lead to cash and none of the traps (hoarding, a promise left
// unowned). The best answer at every decision gives 12; strong allows one small slip.
{
- fit >= 11 and mechanism >= 1 and ltc and not hoarded and not overcommit:
    -> ending_strong
- fit <= 0:
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
三个月后。 # scene: meridian_boardroom # music: boardroom
子午选定天宇，作为四个市场的网络共享合作伙伴。
德国成了标杆局点，那面大屏一直是绿的。
吴迪，我们选的是一家公司，而不是一个通讯录很厚的人。 # speaker: eleanor # mood: pleased
{ d5b_deadline:
    她至今还会提起那通电话：你主动认下了错过的日期。
}
{ mechanism >= 2:
    资源池已服务三个全球大客户，陈宇和马可担任联合主席。
- else:
    资源池运转起来了，只是每个季度都还得重新说服陈宇。
}
{ bench:
    林晓带起了共享团队。巴西的试点没再需要救火。
- else:
    五月巴西的试点出了点状况，资源池一天之内就派到了专家。
}
海湾如期上市。那边的系统部部长现在会请你参加他们的评审。
赵林要把资源池推广到地区部所有全球大客户。
救兵来了。下一次，不用再去搬。 # ending: strong
-> END

=== ending_mixed ===
三个月后。 # scene: meridian_boardroom # music: office
子午把框架协议拆开了：天宇拿下两个市场，北维两个。
德国还在参考局点名单上，附了一条关于故障的备注。
{ not ltc:
    中标前没人下单备板，交付启动晚了。
}
{ overcommit:
    你的承诺总跑在资源前面，代价都由别人来付。
}
{ hoarded:
    海湾上市推迟了。如今总部借人给你之前，都要先问海湾。
}
{
- mechanism >= 2:
    资源池如今是真的在运转了，只是对这次投标来说晚了几周。
- mechanism == 1:
    资源池只停留在纸面上。每次要人，仍得打一轮电话。
- else:
    五月巴西试点出问题时，又得从零开始到处找人。
}
这一关你过了。我更希望看到你不用这样过关。 # speaker: zhaolin # mood: thinking
夸梅和林晓都累坏了。下一场救火已经排上了日程。
赢了一半。下一次，体系要在起火之前就建好。 # ending: mixed
-> END

=== ending_poor ===
三个月后，深夜的候机厅。 # scene: airport # music: night
北维拿下了子午的框架协议。天宇只保住了试点站点。
{ overcommit:
    人还没落实就许下的承诺，赔进去的比赢回来的多。
}
{ hoarded:
    海湾上市推迟了。直到年底，总部都优先保障海湾。
- else:
    陈宇的产品线现在按顺序处理你的需求，和别人没有两样。
}
马可的工程师回到了计费项目上，再也没人提借人的事。
夸梅申请调回南非。整个团队已经精疲力竭。
埃莉诺办公室的复盘信发给了丹尼尔，没有发给你。
赵林要你下周去深圳，复盘系统部的资源调配。 # sfx: notify
你的通讯录很长。可上面的每一个名字，都是别人的资源。 # ending: poor
-> END
