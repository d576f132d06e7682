# title: 令人头痛的运营局面
# role: O
# order: 4
# stage: maturity
# summary: 子午系统部的订单超额完成，孙梅的报表却是另一番景象：毛利单薄、现金流为负、两个子网的应收超期九个月。吴迪得学会把客户群当成一门生意来经营。
# goal: 看客户群要看损益和现金流（毛利、DSO、存货、人均效率），而不只看订单。
# goal: 对客户分级（一般、核心、战略），把精力花在回报高的地方。
# goal: 不过度承诺，重新谈判苛刻条款，严守商业行为合规。
# goal: 用“四算”（概算、预算、核算、决算）支撑决策，建议权和决策权分开。
# carry: discount_promised = 第一个月就让出了集团统一降价12%
# carry: priya_stayed = 普丽娅留在了团队
# carry: priya_signed = 普丽娅自己提的方案签了：集团层面的亚洲席位、定价权、市场水平的薪酬
# carry: bench = 有一份公开的接班人梯队，名单里有本地人
# carry: peers_on_board = 德国一役之后，陈宇和马可站在吴迪这边
# carry: pledge = 四国框架里白送了常驻专家
# carry: bribe = 埃及代理的“疏通费”付了
# carry: owned = 埃及那笔付款是吴迪自己报告的
# carry: terms_renegotiated = 南非合同重新谈过：罚款封顶，按里程碑付款
# carry: account_pnl = 年底子午客户群的损益（0 亏损，1 单薄，2 健康）

// fit 决定结局：最强的一步 +2，好的备选 +1，偏弱 0，造成损害 -1 或 -2。
VAR fit = 0
// 印尼：0 回绝，1 先做概算再还价，2 按对方条款签了一期，3 按对方条款全部签下
VAR indo = 0
// 南非：0 没有变化，1 与客户成立许可联合工作组，2 逐站建立事实记录、重谈条款
VAR sa = 0
// 埃及：0 未上报，1 已上报合规，2 已上报并直接告知子午
VAR reported = 0
VAR bribe = false
VAR owned = false
VAR hidden = false
VAR numbers_read = false
VAR system = 0
// From earlier in the account's year (# carry:); the defaults are the scenario played alone.
VAR discount_promised = false
VAR priya_stayed = true
VAR priya_signed = false
VAR bench = false
VAR peers_on_board = false
VAR pledge = false
// For the year's last scenario: set at the finale and by the endings.
VAR terms_renegotiated = false
VAR account_pnl = 1

-> opening

=== opening ===
九月的最后一周。系统部办公区飘着蛋糕的香味。 # scene: tianyu_office # music: office
还剩一个季度，子午的订单已经完成全年目标的118%。
赵林发来一条消息：一排大拇指。 # sfx: notify
张浩在切蛋糕，林晓在拍照。
孙梅夹着电脑站在门口，没去拿蛋糕。
庆功之前，给我十分钟。拜托了。 # speaker: sunmei # mood: concerned
-> d1_numbers

=== d1_numbers ===
她把屏幕转向你。 # scene: finance_room # music: tension
订单是涨了。可除了订单，几乎样样都在跌。 # speaker: sunmei # mood: concerned
毛利率13%，预算是22%。 # speaker: sunmei # mood: concerned
{ discount_promised:
    这九个点里，有两个点是集团那12%，算的是目前已开票的框架订单。现在每个子网报价都从它起步。 # speaker: sunmei # mood: annoyed
}
{ pledge:
    还有框架里白送的常驻专家：今年一百四十万，没有一个客户为此付钱。 # speaker: sunmei # mood: concerned
}
经营性现金流，年初至今净流出一千四百万。 # speaker: sunmei # mood: concerned
南非欠我们一千一百万，埃及欠八百万。 # speaker: sunmei # mood: neutral
两笔都超期九个月了。 # speaker: sunmei # mood: annoyed
约翰内斯堡的仓库里，还压着六百万的设备。 # speaker: sunmei # mood: neutral
人比年初多了30%，人均收入却在往下走。 # speaker: sunmei # mood: thinking
玻璃墙外，大家正举着纸杯干杯，等着你过去。 # facilitator: 从“贡献收入”转向“担当盈亏”。请学员说说：谁主张今晚留下来陪孙梅把账看完？谁主张周一把数字摆到全体骨干面前？各自的代价是什么？这些数字里，哪些在你自己的考核表上？注意：把现金当成财务自己的事。
+ [先不吃蛋糕，现在就和她坐下来，按子网把毛利、现金和DSO一个个过一遍 # score: O+3 T+1 # feedback: 和财务经理一起亲自读损益表和现金流，才看得出钱在哪里赚、又在哪里亏。代价是：团队庆功时部长缺席，坏消息日后也只能由你一个人去讲。 # cap: business_acumen]
    ~ numbers_read = true
    ~ fit += 2
    按子网拆给我看。毛利都去哪儿了？ # speaker: wudi # mood: thinking
    三个地方。印尼，几乎是按成本价卖的。 # speaker: sunmei # mood: thinking
    南非计提的罚款。 # speaker: sunmei # mood: thinking
    还有装不上去的设备，运费和仓储费一直在付。 # speaker: sunmei # mood: thinking
    DSO是210天，预算是120天。 # speaker: sunmei # mood: neutral
    等于我们借钱给子午，利息还得自己出。 # speaker: wudi # mood: concerned
    你是第一个找我要现金流量表的系统部部长。 # speaker: sunmei # mood: pleased
    等你出来，蛋糕已经分完了。
+ [请她周一前做一页仪表盘，风险项标红放最上面 # score: O+1 # feedback: 仪表盘能让数字常在眼前，但它只说出了什么事，不说为什么。毛利、DSO和存货，部长得自己读懂，而不只是看红绿灯。 # cap: business_acumen]
    周一前给我一页纸？紧急的标红，放最上面。 # speaker: wudi # mood: neutral
    那整页都会是红的。不过，好的。 # speaker: sunmei # mood: neutral
    周一，那页纸从上到下一片红。它只说了出了什么事，没说为什么。
+ [先去谢谢大家，周一再请孙梅给全体骨干把这些数字讲一遍 # score: T+2 O+1 # feedback: 全队都明白了毛利和现金也是自己的经营结果，庆功也没被打断。代价是：部长自己还没吃透这些数字，团队就先听到了；大家的追问，只能由孙梅而不是你来回答。 # cap: org_development]
    ~ numbers_read = true
    ~ fit += 1
    周一早上九点，所有人都来。孙梅主讲。 # speaker: wudi # mood: neutral
    你和大家碰了碰纸杯。孙梅也举起了一杯。
    周一，她按子网把毛利、DSO和存货讲了一遍。
    印尼，几乎按成本价卖。南非的罚款。装不上去的设备。 # speaker: sunmei # mood: thinking
    讲到DSO的时候，张浩脸上的笑没了。
+ [今晚先庆功，等季度结束再约她全面复盘 # score: O-2 T-1 # feedback: 等订单落袋再看数字，就是把现金当成财务的事，多等一周就多借给子午一周的钱。你的财务经理也会明白：说了也白说。 # cap: business_acumen]
    ~ fit -= 1
    辛苦了，孙梅。等到十月，我们好好拆一遍。 # speaker: wudi # mood: pleased
    已经超期九个月了，吴迪。到十月就是十个月。 # speaker: sunmei # mood: annoyed
    她合上电脑，也去拿了一块蛋糕。
- -> d2_quarter_end

=== d2_quarter_end ===
周一下午。张浩拿着手机快步走进来。 # scene: tianyu_office # music: tension
印尼愿意签三千万。条件是周五前签。 # speaker: zhanghao # mood: pleased
他们的投资预算这个季度不落地，就要被集团收回。 # speaker: zhanghao # mood: neutral
毛利6%左右，终验后180天付款。 # speaker: zhanghao # mood: neutral
外加免费三年延保，八周内交货。 # speaker: zhanghao # mood: neutral
卡斯特兰也报了价。签下来，全年就冲到130%了。 # speaker: zhanghao # mood: pleased
{ numbers_read:
    你想起孙梅的话：印尼，几乎是按成本价卖的。
}
周五，就是本季度的最后一天。 # facilitator: 财务四算的第一步，是承诺之前先做概算。请学员说说：谁会在周五前先签一个小一期？谁宁可错过这个季度，也要换更好的条款？各自在毛利、现金和客户关系上付出什么代价？注意：不计毛利的季末冲单，以及一口回绝。
+ [趁对方预算还没收回，周五前全部签掉，条款留到二期再改 # score: O-2 S-1 # feedback: 仓促签下的条款，就是你要交付的条款：6%的毛利、180天账期加免费延保，恰恰放大了孙梅给你看的那几个缺口。这个数字只能好看一个季度。 # cap: business_acumen]
    ~ indo = 3
    ~ fit -= 2
    签。条款二期再改。 # speaker: wudi # mood: pleased
    周五晚上十一点，合同签了。
    周一，孙梅一言不发，计提了延保准备金。
+ [请孙梅和供应链今天就把这单算一遍，再从范围、付款和交期上还价 # score: O+2 R+1 # feedback: 承诺之前让财务和供应链先做概算，季末冲刺就变成了一个真正的决策；还价则守住了毛利和现金。代价是：这个季度的数字没了，卡斯特兰也多了一个月去接触印尼。 # cap: business_value]
    ~ indo = 1
    ~ fit += 2
    孙梅用一个下午做出了概算。四点钟，供应链也加入进来。
    算上延保和180天的资金成本，我们要亏两百万。 # speaker: sunmei # mood: concerned
    供应链说，最快十二周发货，不是八周。 # speaker: sunmei # mood: concerned
    一期一千八百万，十二周交货。预付30%，其余按里程碑付款。 # speaker: wudi # mood: neutral
    延保单独报价，不白送。 # speaker: wudi # mood: neutral
    他们得上董事会。十月签，赶不上这个季度了。 # speaker: zhanghao # mood: thinking
    集团同意子午印尼的预算顺延，下不为例，但二期要公开招标。
    卡斯特兰也收到了邀标。
+ [回绝：低于毛利底线 # score: O+1 BE-1 # feedback: 守住底线没错，但一句“不做”让客户什么也没得到，预算也拱手让给了卡斯特兰。数字可以用来重塑交易，不只是用来拒绝。 # cap: business_acumen]
    低于底线。回绝他们。 # speaker: wudi # mood: neutral
    就这么回绝？午饭前他们就会打给卡斯特兰。 # speaker: zhanghao # mood: surprised
    果然。子午印尼的CTO从此不接张浩的电话。
+ [周五前按对方条款先签一千万一期，其余按正常价格谈 # score: BE+2 S+1 O-1 # feedback: 客户保住了预算，卡斯特兰也没能挤进一个正在成长的子网。代价是：一千万按6%的毛利、180天的账期，仍然是借钱给子午，而且对方的条款成了二期的锚。 # cap: customer_partnering]
    ~ indo = 2
    ~ fit += 1
    周五前签一千万。按他们的条款，仅此一次。剩下的按正常价格来。 # speaker: wudi # mood: thinking
    这个他们会接。他们CTO欠我们一个人情。 # speaker: zhanghao # mood: pleased
    周五，合同签了。孙梅计提了延保准备金。
- -> d3_penalty

=== d3_penalty ===
周二，和约翰内斯堡开视频会。 # scene: video_call # music: tension
夸梅·门萨看上去好几天没睡了。
十个月建1800个站。这是你来之前签的。 # speaker: kwame # mood: concerned
延期罚款不封顶，每周0.5%。 # speaker: kwame # mood: concerned
整期完工才验收，验收前一分钱不付。 # speaker: kwame # mood: annoyed
一期一月份就完工了，那笔钱他们到现在还扣着。 # speaker: kwame # mood: annoyed
还有六百个站，在等子午自己去办的站址许可。 # speaker: kwame # mood: annoyed
现在他们发来了罚款通知：四百万。 # speaker: kwame # mood: concerned
我的人周末都在干。可进不去的站，装不了。 # speaker: kwame # mood: concerned # facilitator: 过度承诺到期了：霸王条款签下时，交付根本不在场。请学员说说：谁主张重开合同？谁主张先和客户一起把许可的事解决、条款先不动？各自的代价是什么？注意：不惜成本去追工期，以及为了息事宁人默默认罚。
+ [为了息事宁人，认下罚款，把活干完 # score: O-2 BE+1 # feedback: 沉默把过度承诺锁死了：罚款、被扣的回款和整期验收的条款全都还在。子午南非能安静一个月。 # cap: customer_partnering]
    ~ fit -= 1
    别跟他们争了。罚款认了，把活干完。 # speaker: wudi # mood: neutral
    那就是我的团队替他们的许可买单。行吧。 # speaker: kwame # mood: annoyed
    孙梅又计提了四百万。
+ [和子午南非的运维负责人成立每周一次的许可工作组 # score: BE+2 O+1 # feedback: 和客户一起推许可，站点解了锁，也表现了诚意，关系上毫发无损。代价是：不封顶的罚款和整期验收仍留在合同里，等着下一次纠纷。 # cap: customer_partnering]
    ~ sa = 1
    ~ fit += 1
    第二天上午，对方的运维负责人加入了会议。她手里也有一张许可清单。
    每周一，你的清单对我的清单。站点、许可、队伍。 # speaker: kwame # mood: thinking
    三周后，九十个站放开了。那份罚款通知，原封不动。
+ [请夸梅逐站记下时间，再重谈合同 # score: O+3 BE+1 # feedback: 一份逐站记录客户自身许可延误的清单，让调整工期、罚款封顶和分段验收成为合理诉求，而不是求情。代价是：夸梅的团队要花一周，罚款照样在涨。 # cap: strategic_risk]
    ~ sa = 2
    ~ fit += 2
    夸梅，每个站我都要：何时申请许可、何时获批、队伍何时就位。 # speaker: wudi # mood: thinking
    这得花一周。罚款可一天都没停。 # speaker: kwame # mood: thinking
    这一周的工夫，可能让四百万罚款一笔勾销。 # speaker: wudi # mood: neutral
    这是通话以来，夸梅第一次坐直了身子。
+ [照样赶工期：向马可借施工队，再加夜班 # score: O-1 R-1 T-1 # feedback: 加派队伍，能进场的站是快了，可整期完工才验收，六百个站还在等许可：成本加了，罚款一分没少。还白白耗掉了同级的人情和自己团队的周末。 # cap: strategic_risk]
    ~ fit -= 2
    工期必须保。我找马可再要三个队。 # speaker: wudi # mood: concerned
    能进的站是会快一点。可这一期，还是得等那六百个站。 # speaker: kwame # mood: annoyed
    { peers_on_board:
        马可按成本借来两个队，一句价也没讲。德国那一仗，他还记着。
    - else:
        马可借来两个队，两个队的费用都记在了系统部账上。
    }
- -> d4_agent

=== d4_agent ===
周四傍晚。张浩在楼下咖啡馆找到你。 # scene: cafe # music: night
他把手机放在桌上。一条来自开罗的消息。 # sfx: notify
是我们在埃及的代理。当初就是他帮我们打开了子午埃及。 # speaker: zhanghao # mood: concerned
他说，我们的款卡在对方财务总监那里。 # speaker: zhanghao # mood: neutral
付2%的“疏通费”，月底前就能放款。 # speaker: zhanghao # mood: neutral
他可以开成市场调研费，代理合同里允许。 # speaker: zhanghao # mood: thinking
十六万，换回八百万。 # speaker: zhanghao # mood: thinking
他说那边都这么做。我该怎么回他？ # speaker: zhanghao # mood: concerned # facilitator: 商业行为合规与内控。请学员说说：拒绝并上报之后，客户自己的财务总监被点了名，该由谁、在什么时候告诉子午？每条路的代价是什么？注意：“金额小”“当地惯例”，以及没有任何记录的私下拒绝。
+ [书面拒绝，今晚报合规，走子午集团财务回款 # score: O+3 BE+1 # feedback: 拒绝、留痕、上报，再走正当渠道回款，保护了天宇、子午，也保护了张浩。代价是：八百万回得慢，子午什么时候知道自家财务总监的事，要由合规来定。 # cap: strategic_risk]
    ~ reported = 1
    ~ fit += 2
    不付。书面回复他，抄送我。今晚我就找合规。 # speaker: wudi # mood: neutral
    然后带上合同和交付记录，去找子午集团财务。 # speaker: wudi # mood: neutral
    那八百万呢？ # speaker: zhanghao # mood: concerned
    按规矩慢慢收。 # speaker: wudi # mood: neutral
    我就盼着你这么说。 # speaker: zhanghao # mood: pleased
+ [让张浩打个电话客气地回掉，没必要搞成一个案子 # score: O-1 T-1 # feedback: 拒绝是对的，但没有留痕的拒绝算不上内控：代理还在你们的名册上，照样可以自己去付。张浩也只能一个人守着这个秘密。 # cap: strategic_risk]
    ~ fit -= 1
    跟他说不行。客气点，埃及是他帮我们打开的。 # speaker: wudi # mood: neutral
    张浩点点头，走到街上去打了这个电话。
    -> d4b_invoice
+ [拒绝并上报，然后亲自给子午埃及的CEO打电话，说明代理的说法 # score: BE+2 O+1 # feedback: 客户第一时间从你这里知道，有人可能在拿它的付款做交易，这是伙伴该做的事。代价是：你转述的是代理一面之词，点的是对方高管的名，还可能惊动调查要找的人。 # cap: customer_partnering]
    ~ reported = 2
    ~ fit += 1
    不付，书面回复。今晚就报合规。 # speaker: wudi # mood: neutral
    明天我给他们CEO打电话。这事应该由我们告诉他们。 # speaker: wudi # mood: neutral
    对方CEO听完，道了谢，没要任何书面材料。
    合规那边，其实希望你先等一等。 # speaker: zhanghao # mood: concerned
+ [他的合同里本来就有市场调研，拿了钱怎么用，那是他自己的事 # score: O-2 BE-2 S-1 # feedback: 明知这笔钱是给客户财务总监的，不管发票上写什么都是行贿，代理替公司付出去的钱，公司同样要担责。这会让天宇和子午都暴露在风险里，也让今后每一笔回款都变得可以“谈”。 # cap: strategic_risk]
    ~ bribe = true
    ~ fit -= 2
    他的合同里有市场调研。让他开票吧。 # speaker: wudi # mood: neutral
    张浩看了你好一会儿，然后开始打字。
- -> d5_boss

=== d4b_invoice ===
十天后，张浩在走廊里拦住你。 # scene: corridor # music: tension
我跟他说了不行，发票还是寄来了。 # speaker: zhanghao # mood: concerned
埃及市场调研，十六万。埃及那边也开始付款了。 # speaker: zhanghao # mood: concerned
财务今晚之前要你签字。 # speaker: zhanghao # mood: neutral # facilitator: 半截子的做法追上来了。请学员想想：这张发票说明代理可能已经做了什么？现在你欠合规一个什么样的交代，包括你自己的那部分？注意：“钱已经在路上了”，以及拦下付款、其余却捂着不报。
+ [不签，今晚就把来龙去脉全部报给合规，包括自己的那部分 # score: O+2 T+1 # feedback: 晚了，但做对了：拦下付款、如实上报全过程，内控才补得回来。主动认下自己的责任，张浩也就明白规则是在保护他。 # cap: strategic_risk]
    ~ reported = 1
    ~ fit += 1
    我不签。经过全部告诉合规，我的那部分也一样。 # speaker: wudi # mood: concerned
    你没做错什么，是我让你一个人扛着。 # speaker: wudi # mood: concerned
    张浩的肩膀松了下来。
+ [签吧，款已经在走了 # score: O-2 BE-2 T-1 # feedback: 因为“人情已经办了”就付钱，仍然是行贿，而且现在上面有你的签字。商业行为合规，没有“来不及叫停”这回事。 # cap: strategic_risk]
    ~ bribe = true
    ~ fit -= 2
    你签了字。张浩接过文件夹，一句话也没说。
+ [按开票错误悄悄退回，他的合同三月到期就不再续签 # score: O-1 BE-1 # feedback: 钱是没付出去，可代理以你们的名义许诺过什么、有没有自掏腰包先付了，没人去查。没上报的索贿请求，就是一个敞着口的风险。 # cap: strategic_risk]
    ~ fit -= 1
    退回去。没有采购订单，不付款。 # speaker: wudi # mood: neutral
    他的合同三月到期，不再续签。 # speaker: wudi # mood: neutral
    张浩点点头。他没问，万一代理说出去怎么办。
- -> d5_boss

=== d5_boss ===
十月初的一个深夜，赵林从深圳打来视频电话。 # scene: video_call # music: office
{ indo == 3:
    订单130%，加上印尼那单。干得好。 # speaker: zhaolin # mood: pleased
- else:
    订单大幅超额。子午是地区部今年最亮眼的。 # speaker: zhaolin # mood: pleased
}
{ bribe:
    财务说埃及回款了，八百万。怎么办到的？ # speaker: zhaolin # mood: surprised
}
{ reported:
    合规跟我通报了埃及的事，代理已经暂停合作。 # speaker: zhaolin # mood: neutral
    麻烦，但做得对。 # speaker: zhaolin # mood: neutral
}
周一我要向总部汇报地区部的情况。 # speaker: zhaolin # mood: neutral
子午那边，有什么我该知道的？ # speaker: zhaolin # mood: thinking # facilitator: 对损益负责，也包括如实汇报。请学员说说：该由吴迪自己讲，还是请孙梅上线讲数字、吴迪讲计划？各自让他、也让孙梅付出什么代价？注意：拿“带着方案来，别光带问题”当拖延的理由。
+ {numbers_read and not bribe} [先讲坏数字，连同原因和接下来怎么办一起讲 # score: O+3 S+1 # feedback: 尽早把坏数字连同原因和计划一起摆出来，才能换来接下来需要的支持和计提。代价是：孙梅的功夫，是以你的名义报到总部的。 # cap: business_acumen]
    ~ fit += 2
    订单很好，生意不好。原因是这样的。 # speaker: wudi # mood: concerned
    你带他逐个子网过了一遍毛利、DSO和库存，再讲计划。
    你对数字心里有数。总部问起来，我也有答案。 # speaker: zhaolin # mood: thinking
    现在听你说，总比十二月听总部财务说强。 # speaker: zhaolin # mood: neutral
+ {numbers_read and not bribe} [把孙梅拉进通话：数字由她讲，你来讲接下来怎么办 # score: T+2 O+1 # feedback: 财务经理在她的数字真正起作用的层级露了面，赵林听到的也是原汁原味的数字。代价是：他深夜问的是你，听到的却是两个人在讲客户群的经营结果。 # cap: org_development]
    ~ fit += 1
    你把孙梅拉进了通话。她还在工位上。
    孙梅，你给赵总讲一遍。讲完我说我们怎么办。 # speaker: wudi # mood: neutral
    她讲了毛利、DSO和库存，你补上了接下来的打算。
    你们俩都辛苦了。下次，吴迪，先给我一分钟的版本。 # speaker: zhaolin # mood: thinking
+ {not numbers_read and not bribe} [今晚先报几个关键数字，周三前补上原因 # score: O+2 # feedback: 坏消息早早到了他手里，这是他最需要的。代价是：你只能讲出了什么事，讲不出为什么，因为数字你自己还没读过。 # cap: business_acumen]
    ~ fit += 2
    订单很好，毛利和现金不好。 # speaker: wudi # mood: concerned
    你只讲了大标题，原因还躺在孙梅的文件里。
    周三前把原因给我，总部一定会问。 # speaker: zhaolin # mood: concerned
+ {not numbers_read and not bribe} [请孙梅上线，把她的数字给赵林讲一遍 # score: T+1 # feedback: 赵林从最懂数字的人那里拿到了真实情况，财务也有了发声的机会。代价是：他看到自己的部长第一次在听自己客户群的经营结果。 # cap: org_development]
    ~ fit += 1
    孙梅上线，讲了十分钟。你在记笔记。
    谢谢孙梅。吴迪，你读完了再给我打电话。 # speaker: zhaolin # mood: concerned
+ {bribe} [先告诉他那笔埃及“市场调研费”到底买的是什么，再讲数字 # score: O+2 T+1 # feedback: 主动说出来，内控还能补回能补的部分：公司可以主动报告、停掉代理、保护张浩。你会为此付出代价，也理应付出。 # cap: strategic_risk]
    ~ owned = true
    ~ fit += 1
    讲数字之前，先说一件事：埃及回款，是因为代理开了一张市场调研的发票。 # speaker: wudi # mood: concerned
    是我同意的。张浩告诉过我这笔钱是干什么用的。 # speaker: wudi # mood: concerned
    赵林很久没有说话。
    我现在就打给合规。今晚他们会找你。 # speaker: zhaolin # mood: annoyed
+ {bribe} [如实讲数字，坏消息先讲，埃及的回款就让它自己说明问题吧 # score: O-1 T-1 # feedback: 数字讲得再实，漏掉一笔贿赂就不是如实汇报：老板要在总部讲一笔他自己并不明白的回款。张浩也还是一个人扛着。 # cap: strategic_risk]
    ~ hidden = true
    ~ fit -= 1
    毛利和现金都弱。埃及总算回款了。 # speaker: wudi # mood: neutral
    好。我跟总部说回款在见效。 # speaker: zhaolin # mood: pleased
+ {not bribe} [今晚把孙梅的完整报告原样发给他 # score: O+0 T-1 # feedback: 透明，但没有担当：四十页报告不带一句判断，老板拿到的是一道谜题，财务经理也被推到了前面。经营结果要由部长来回答。 # cap: business_acumen]
    细节都在孙梅那里。我今晚把她的报告发给您。 # speaker: wudi # mood: neutral
    这个点，四十页？ # speaker: zhaolin # mood: annoyed
    周一他读完了。他问的是孙梅，不是你：这说明什么？
+ [先报季度业绩，现金的问题等有了方案再说 # score: O-2 S-1 # feedback: 对老板捂住数字，会把经营问题变成信任问题：他需要真实的全貌，才能支持、决策和计提。坏消息只会越放越坏。 # cap: business_acumen]
    ~ hidden = true
    ~ fit -= 2
    季度很好。有几笔回款的问题，我们在处理。 # speaker: wudi # mood: pleased
    好，我就这么跟总部讲。 # speaker: zhaolin # mood: pleased
    孙梅什么也没被抄送。她坐在工位上，看着通话结束。
- { bribe:
    ~ fit = 0
}
{ fit < -7:
    ~ fit = -7
}
-> d6_segments

=== d6_segments ===
十月中旬。林晓在墙上贴满了二十个子网的名字。 # scene: tianyu_office # music: office
四十一个人，二十个子网，个个都要自己的铁三角。 # speaker: linxiao # mood: concerned
而且每个子网都觉得自己是我们最重要的客户。 # speaker: linxiao # mood: thinking
{ numbers_read:
    名字旁边，贴着孙梅按子网拆出的毛利和DSO。
    五个子网贡献了大部分利润，四个在亏钱。
}
今年人均收入下降了12%。 # speaker: sunmei # mood: neutral
那么，现有的人往哪里放？ # speaker: linxiao # mood: thinking # facilitator: 客户分级：一般客户、中坚客户、战略客户。请学员说说：分级该看每个子网对天宇值多少，还是看它在子午集团战略里的分量？谁主张哪一种？各自的代价是什么？注意：平均覆盖，以及只按订单排名。
+ [按今年订单排名，前五名配完整铁三角 # score: O-1 S-1 # feedback: 大单不一定赚钱，也不一定有战略价值：这样排，加强的恰恰是最亏钱的印尼和南非。规模不等于价值。 # cap: business_acumen]
    ~ fit -= 1
    订单前五的子网，配完整的铁三角。 # speaker: wudi # mood: neutral
    印尼在前五，南非也在。 # speaker: sunmei # mood: concerned
    那我们加强的，正好是最亏钱的两个。 # speaker: linxiao # mood: thinking
+ [问埃莉诺办公室，子午集团的规划靠哪几个子网，人先往那里放 # score: S+2 BE+1 # feedback: 按客户自己的战略来分级，天宇就站在子午要去的方向上。代价是：它不管有四个子网在亏钱，而集团看重的子网里就有亏钱的。 # cap: strategic_thinking]
    ~ fit += 1
    埃莉诺的办公室第二天就发来了名单：英国、德国、印度、印尼。
    又是印尼。 # speaker: sunmei # mood: concerned
    林晓给这四个子网都配了完整的铁三角，埃及和巴西合用一个。
+ [按毛利、现金和战略分量分三级 # score: O+3 S+1 # feedback: 把有限的人放到价值和战略交汇的地方，人均效益随之上升，每一级也清楚自己能得到什么服务。代价是：嗓门大的子网会发现自己不是战略级，还会去集团那里说。 # cap: business_acumen]
    ~ system += 1
    ~ fit += 2
    分三级，看战略分量、毛利和现金，不看谁嗓门大。 # speaker: wudi # mood: thinking
    战略客户配完整铁三角，中坚客户按区域共享团队。 # speaker: wudi # mood: neutral
    一般客户走框架下单，加一个服务台。 # speaker: wudi # mood: neutral
    { numbers_read:
        孙梅那张毛利地图，已经替你分好了一半。
    }
    英国、德国、印度是战略客户，埃及、巴西和印尼是中坚客户。 # speaker: linxiao # mood: pleased
    当天下午，印尼的CTO就打来电话，问凭什么把他们放在中坚。 # speaker: linxiao # mood: concerned
+ [每个子网都留一支队伍，谁少了人，大家都看得见 # score: O-1 BE+1 # feedback: 出发点是公平，但平均覆盖把团队摊得太薄，也掩盖了哪些子网赚钱、哪些亏钱。一般客户不配完整铁三角，同样可以有相应的服务模式。 # cap: org_development]
    每个子网都保留团队。厚此薄彼，子午会看出来的。 # speaker: wudi # mood: neutral
    那每个子网都只能分到一点点。 # speaker: linxiao # mood: concerned
- ~ numbers_read = false
{ fit < -5:
    ~ fit = -5
}
-> d7_rights

=== d7_rights ===
十月下旬，孟买，子午印度的办公室。 # scene: opco_office # music: office
孙梅通过免提电话参会。
{ priya_stayed:
    印度的续约标书十天后截止。价格谁来批？ # speaker: priya # mood: thinking
    { priya_signed:
        赵林春天给我签的授权区间是三个点。这一单要五个点。 # speaker: priya # mood: thinking
        超出区间，上次花了三周：你、赵林、总部，再回到你。 # speaker: priya # mood: annoyed
    - else:
        上次花了三周：你、赵林、总部，再回到你。 # speaker: priya # mood: annoyed
    }
- else:
    { bench:
        这是普丽娅原来的办公桌。现在管印度的是她的副手维克拉姆，接班人梯队上的第一个本地名字。张浩专程飞来，帮他一起做这份标书。
    - else:
        这是普丽娅原来的办公桌。她去了北维之后，印度一直由张浩在伦敦兼管。
    }
    印度的续约标书十天后截止。价格谁来批？ # speaker: zhanghao # mood: thinking
    上次花了三周：你、赵林、总部，再回到你。 # speaker: zhanghao # mood: annoyed
}
而南非那份合同，是半夜一个人签出去的。 # speaker: sunmei # mood: concerned
工期做不做得到，没人问过交付。 # speaker: sunmei # mood: concerned
{ indo == 1:
    印尼那单已经示范过了：先算账，再决策。 # speaker: sunmei # mood: pleased
}
{ priya_stayed:
    那到底谁说了算？ # speaker: priya # mood: thinking # facilitator: 建议权与决策权分离，签字之前让财务和交付先把关。请学员说说：在系统部层面设一个每周两次的交易评审会够不够？还是必须按级别把决策权放到子网？各自在速度上、在培养印度负责人上付出什么代价？注意：老板成了瓶颈，以及没有把关的授权。
- else:
    那到底谁说了算？ # speaker: zhanghao # mood: thinking # facilitator: 建议权与决策权分离，签字之前让财务和交付先把关。请学员说说：在系统部层面设一个每周两次的交易评审会够不够？还是必须按级别把决策权放到子网？各自在速度上、在培养印度负责人上付出什么代价？注意：老板成了瓶颈，以及没有把关的授权。
}
+ [让子网铁三角自己定价、自己签约：他们最懂客户，赢得更快 # score: O-1 T+1 # feedback: 授权能激励人，但没有边界、没有财务把关的授权，正是南非那份条款签出去的方式。印度很高兴，孙梅没了声音。 # cap: org_development]
    ~ fit -= 1
    印度你最熟。你定价，你来签。 # speaker: wudi # mood: pleased
    {priya_stayed:普丽娅|{bench:维克拉姆|张浩}}很高兴。免提那头，孙梅没了声音。
+ [设一个系统部交易评审会：你、孙梅和夸梅每周两次过一遍所有报价 # score: R+2 O+1 # feedback: 每一份报价发出前，财务和交付都看过，也不用再等三周。代价是：每个决定仍然要爬到你这里，印度的负责人学会的是准备上会，而不是做决定。 # cap: collaborative_influence]
    ~ fit += 1
    周二、周五。带上价格、条款和交期。 # speaker: wudi # mood: neutral
    { priya_stayed:
        交期要夸梅先点头，再轮到你？ # speaker: priya # mood: thinking
    - else:
        交期要夸梅先点头，再轮到你？ # speaker: zhanghao # mood: thinking
    }
    对，他先点头，别人才能签。 # speaker: wudi # mood: neutral
    四天后，印度的标书过了评审会。
+ [铁三角提方案，财务和交付把关，各级在自己的区间内拍板 # score: O+3 T+1 # feedback: 把提建议的人和做决定的人分开，签字前先把关，在边界内保证了速度；当初正是缺了这道控制，南非的条款才签了出去。代价是：区间要自己写、还要说服赵林，头一两单只能靠信任。 # cap: org_development]
    ~ system += 1
    ~ fit += 2
    你们铁三角提建议：价格、条款，加上概算。 # speaker: wudi # mood: thinking
    交付确认工期，孙梅审核数字。 # speaker: wudi # mood: neutral
    毛利区间内，印度自己定；区间外，我来定；再往上找赵林。 # speaker: wudi # mood: neutral
    罚则和付款条件也一样。 # speaker: wudi # mood: neutral
    { priya_stayed:
        那十天就够了。 # speaker: priya # mood: pleased
    - else:
        那十天就够了。 # speaker: zhanghao # mood: pleased
    }
+ [局面稳定之前，所有价格和条款都由你亲自审批 # score: O-1 T-2 # feedback: 集权看上去稳妥，却让你成了瓶颈：印度的标书又要走三周。控制来自清晰的分级，而不是一个人的签字。 # cap: org_development]
    ~ fit -= 2
    先都发给我。每个价格，每个条款。 # speaker: wudi # mood: neutral
    {priya_stayed:普丽娅|{bench:维克拉姆|张浩}}记了下来，没有说话。又是三周。
- { system < 2:
    ~ system = 0
}
{ indo != 3:
    ~ indo = 0
}
{ fit < -3:
    ~ fit = -3
}
-> d8_daniel

=== d8_daniel ===
十一月。伦敦，丹尼尔·费舍尔的办公室。 # scene: meridian_boardroom # music: boardroom
{ sa == 2:
    这次会面是你约的。夸梅的逐站记录就在你包里。
- else:
    这次会面是丹尼尔约的。南非的事已经升级到集团。
}
{ reported == 1:
    先说一句：你们合规部门的信，到了我们的道德委员会。 # speaker: daniel # mood: neutral
    埃及的财务总监已被停职。你们的款正在支付。 # speaker: daniel # mood: neutral
}
{ reported == 2:
    先说一句：我们埃及的CEO跟我讲了你那通电话。 # speaker: daniel # mood: neutral
    道德委员会更希望先收到书面材料。不过，谢谢你。 # speaker: daniel # mood: thinking
}
{ owned:
    先说埃及。你们公司的信在我们调查人员手里，等他们查完，我们再谈。 # speaker: daniel # mood: annoyed
}
{ sa == 1:
    许可工作组有用。南非那边也这么说。 # speaker: daniel # mood: neutral
}
南非说你们延期，你们说他们延误。 # speaker: daniel # mood: annoyed
而我手里这份合同，这边没人愿意替它辩护。 # speaker: daniel # mood: thinking
你想要我做什么？ # speaker: daniel # mood: neutral # facilitator: 把重谈霸王条款做成一次公平的交换。请学员说说：吴迪是现在就争取新条款，还是先建一个双方指导小组、条款留到一月？两种做法各给了丹尼尔什么，又在天宇的账上留下了什么？注意：用折扣买断罚款，以及威胁放慢交付。
+ [告诉他南非不付款，交付就放慢，天宇没法一直垫资 # score: O-2 BE-2 # feedback: 罚款不封顶，放慢一周就多罚0.5%，本身还可能违约。这也让子午的采购负责人看到：天宇一出手就是硬的。 # cap: customer_partnering]
    ~ fit -= 2
    ~ sa = 0
    南非不付款，我们就放慢。我们没法替他们垫资。 # speaker: wudi # mood: annoyed
    先读读你们自己的合同，吴迪。再读一遍罚则。 # speaker: daniel # mood: annoyed
    到周五，南非又发来了一周的罚款通知。
+ {sa == 2} [摆出夸梅的逐站记录，用新工期、罚款封顶和里程碑付款，换一张共享跟踪表 # score: O+3 BE+1 # feedback: 以事实为基础、以更高的透明度作交换，把一场纠纷变成一份对双方都更好的合同。代价是：跟踪表每周也把你们自己的延误摊在了子午面前。 # cap: business_value]
    ~ fit += 2
    六百个站，平均等了十一周许可。 # speaker: wudi # mood: neutral
    调整工期，罚款封顶5%，按里程碑付款。 # speaker: wudi # mood: neutral
    作为交换，每周一份联合跟踪表。我们看到的，您都看得到。 # speaker: wudi # mood: neutral
    他把记录读了两遍。
    封顶5%，一月起按里程碑付款。那四百万罚款，取消。 # speaker: daniel # mood: neutral
    一期的钱，我让南非这个月就付。 # speaker: daniel # mood: neutral
+ [现在就和南非成立双方指导小组，条款的事等到一月再谈 # score: BE+2 O+1 # feedback: 丹尼尔不用替合同辩护，也有办法安抚自己的子网，双方关系从互相指责转向一起干活。代价是：罚款和被扣的回款，要在账上挂到一月。 # cap: customer_partnering]
    { sa == 2:
        ~ fit += 1
    - else:
        ~ fit += 2
    }
    ~ sa = 0
    一个小组，两家公司，两周一次。条款一月再谈。 # speaker: wudi # mood: neutral
    这个我能说服南非。 # speaker: daniel # mood: pleased
    在那之前，罚款照样挂在账上。 # speaker: daniel # mood: neutral
+ {sa < 2} [承认那份合同双方都承诺过头了，请他一起复盘 # score: O+2 # feedback: 坦率承认过度承诺，为新条款打开了门。代价是：没有事实基础，复盘会很慢，罚款也仍有争议。 # cap: business_acumen]
    ~ fit += 1
    那份合同，双方都承诺过头了。能一起复盘吗？ # speaker: wudi # mood: concerned
    你拿事实来，我把南非叫来。那就一月吧。 # speaker: daniel # mood: neutral
+ [提出下一单降价8%，换他免掉罚款 # score: O-2 BE+1 # feedback: 用下一单的毛利去赎上一次的过度承诺，是在重复同一个错误。霸王条款原封不动，价格锚点却降了下来。 # cap: business_acumen]
    ~ fit -= 1
    ~ sa = 0
    免了罚款，下一单我们降8%。 # speaker: wudi # mood: neutral
    成交。你还没走，他已经在下一个标的文件上写下了8%。
    合同条款，一字未改。
- { sa < 2:
    ~ sa = 0
}
{ reported:
    ~ reported = 1
}
{ fit < -1:
    ~ fit = -1
}
-> d9_cash

=== d9_cash ===
十一月下旬。孙梅拿来了年终预测。 # scene: finance_room # music: office
{ hidden:
    上周地区部财务给赵林打电话，问我们的现金。 # speaker: sunmei # mood: concerned
    他问，为什么是从他们那儿，而不是从你那儿听说的。 # speaker: sunmei # mood: concerned
}
{ indo == 3:
    印尼现在就要延保备件，又要流出去两百万。 # speaker: sunmei # mood: annoyed
}
{ reported:
    埃及八百万已经回了五百万，剩下的排好了期。 # speaker: sunmei # mood: pleased
}
{ bribe:
    埃及全额付清了。内审在问一笔市场调研费。 # speaker: sunmei # mood: concerned
}
{ sa == 2:
    一期的钱到账了。新条款的第一个里程碑，要四十个已完工的站签下验收。 # speaker: sunmei # mood: neutral
- else:
    南非还扣着一期的钱。一期有四十个站，验收证书一张都没签。 # speaker: sunmei # mood: annoyed
}
离年底还有六周，现金流还是负的。 # speaker: sunmei # mood: thinking
缺口怎么补上，又怎么让它不再出现？ # speaker: sunmei # mood: thinking # facilitator: 现金是团队的结果，贯穿从线索到回款。请学员说说：谁主张现在借一支队伍把四十个站的验收拿下？谁主张在每个铁三角里建起每周的现金例会？各自的代价是什么？明年还在起作用的是哪一个？注意：把回款丢给财务，以及用折扣换现金。
+ [给所有子网3%的折扣，换他们年底前付款 # score: BE+1 O+0 # feedback: 客户喜欢折扣，一部分现金也提前回来了，但这些钱的毛利全都薄了3%。超期应收的根源在验收条款，折扣碰不到它。 # cap: business_acumen]
    三个子网接受了折扣。年底的现金好看了一些。
    可这些钱的毛利，全都薄了3%。 # speaker: sunmei # mood: neutral
+ [找马可借一支验收队伍，圣诞节前把南非那四十个站的验收全部拿下 # score: R+2 O+1 # feedback: 借来的队伍几周内就把四十个完工站点变成了发票。代价是：这是一次性的救火，还欠下一个人情，下一批四十个站怎么验收，什么也没变。 # cap: collaborative_influence]
    ~ fit += 1
    马可派来四个工程师，干了三周。圣诞节前，四十个站全部签了验收。
    { peers_on_board:
        孙梅当天就开了票。马可什么也没要。德国那次之后，你们两不相欠。
    - else:
        孙梅当天就开了票。马可说，二月要借你两个工程师。
    }
+ [每个铁三角管自己的现金，每周十五分钟 # score: O+3 T+1 # feedback: 每个铁三角对自己的DSO、验收节点和库存负责，交付和财务同在一个会上，回款就成了交付的一部分。代价是：年底的缺口，补得比救火要慢。 # cap: business_acumen]
    ~ fit += 2
    每个铁三角对自己的现金负责。每周十五分钟。 # speaker: wudi # mood: neutral
    DSO、待签的验收证书、现场库存。 # speaker: wudi # mood: neutral
    夸梅在线上，先从南非那四十个站说起。 # sfx: notify
    仓库里的设备，先发给拿到许可的站点。 # speaker: kwame # mood: pleased
    验收证书一签，我当天就开票。 # speaker: sunmei # mood: pleased
+ [孙梅的团队懂回款，交给她们，铁三角专心做销售 # score: O-2 T-1 # feedback: 交付没闭环的钱，财务收不回来：验收、开票和回款要由整个铁三角嵌进交付里。那四十个站，依然没人签字。 # cap: business_acumen]
    ~ fit -= 2
    回款你们最在行。让铁三角专心卖吧。 # speaker: wudi # mood: neutral
    我的团队能发催款函，可签不了验收证书。 # speaker: sunmei # mood: annoyed
- { fit < 1:
    ~ fit = 1
}
-> d10_plan

=== d10_plan ===
十二月。深夜的系统部办公区。 # scene: tianyu_office # music: night
赵总要我们周五前报明年子午的KPI。 # speaker: linxiao # mood: thinking
总部的模板上只有一行：订单。 # speaker: zhanghao # mood: neutral
北维在争英国的扩容项目，埃莉诺在听。 # speaker: zhanghao # mood: concerned
这个客户群，我们到底考核什么？ # speaker: linxiao # mood: thinking # facilitator: 考核什么，就得到什么。请学员说说：谁主张把现金和人均收入写进去？谁主张把有限的几行留给对北维的份额？各自留下了什么没人盯？注意：只填模板上那一行，或者一下子摆到只看毛利。
+ [订单、毛利，再加上我们在英国、德国、印度拿到的子午采购份额 # score: S+2 O+1 # feedback: 战略子网里的份额，能看出毛利还好看的时候北维是不是在抢地盘。代价是：现金、DSO和人均收入不在表上，而它们正是今年出的问题。 # cap: strategic_thinking]
    ~ fit += 1
    订单、毛利，再加上子午在关键子网的采购里，我们占多少。 # speaker: wudi # mood: thinking
    这样北维来了我们看得见。那现金呢？ # speaker: linxiao # mood: thinking
    孙梅会盯着。 # speaker: wudi # mood: neutral
+ [按模板报订单和收入 # score: O-2 S-1 # feedback: 只考核订单，正是今年局面的来由。KPI里没有毛利和现金，明年九月还会是今年这个样子。 # cap: business_acumen]
    ~ fit -= 2
    简单点，订单和收入。 # speaker: wudi # mood: neutral
    孙梅路过，停下看了看模板，又走开了。
+ {system >= 2} [每一级客户各定目标，每一单从投标到决算都要过关 # score: O+3 S+2 T+1 # feedback: 按分级定目标、按级别做决策，再用从概算到决算的财务四算，让每一单从投标到关闭都算得清清楚楚。代价是：每一单都做四算，每个铁三角和孙梅的小团队都要多下实打实的功夫，而且现金是按单盯，不在KPI表上。 # cap: business_value]
    ~ fit += 3
    战略、中坚、一般客户，各有各的目标。 # speaker: wudi # mood: thinking
    每一单都带着账走：投标时做概算，签约时做预算。 # speaker: wudi # mood: neutral
    交付中做核算，关闭时做决算。 # speaker: wudi # mood: neutral
    这样三月就能看出问题，不用等到九月。 # speaker: linxiao # mood: pleased
+ {discount_promised} [订单、毛利，再加上集团折扣之后，各子网实际价格比目录价低多少 # score: O+2 S+1 # feedback: 上任第一个月让出去的折扣，要管上好几年：按子网考核价格实现率，才看得出价格锚在哪里蔓延、在哪里还能赢回来。代价是：现金、DSO和人均收入都没进清单，而且每个子网都会知道，你在盯着这个折扣。 # cap: business_acumen]
    ~ fit += 1
    订单、毛利，再加上价格实现率：目录价对比每个子网的实付价。 # speaker: wudi # mood: thinking
    这样那12%还没蔓延到续约，我们就能看见。 # speaker: linxiao # mood: thinking
+ [先抓毛利，量大反而亏了钱：恢复健康之前，低于底线的单一律不接 # score: O+1 S-1 # feedback: 抓毛利值得肯定，但一个不再增长的客户群，会把位置让给北维。增长、利润和现金要平衡，而不是从一头摆到另一头。 # cap: business_acumen]
    先抓毛利。客户群恢复健康之前，不再追订单。 # speaker: wudi # mood: neutral
    北维会很喜欢这个决定。 # speaker: zhanghao # mood: concerned
+ [订单保留，再加上毛利、现金、DSO、超期应收和人均收入 # score: O+3 S+1 # feedback: 与损益表和现金流对应的KPI，把整个团队引向健康增长。代价是：总部只要一行，你报了六行，而且没有一行能看出北维在抢地盘。 # cap: business_acumen]
    ~ fit += 2
    订单保留。旁边加上毛利、现金、DSO、超期应收、人均。 # speaker: wudi # mood: thinking
    一行变六行。赵总会问为什么。 # speaker: linxiao # mood: thinking
    因为只看一行，才有了今年。 # speaker: wudi # mood: neutral
- -> finale

=== finale ===
{ sa == 2:
    ~ terms_renegotiated = true
}
{
- bribe and owned:
    -> ending_disclosed
- bribe:
    -> ending_compliance
- fit >= 14:
    -> ending_strong
- fit >= 5:
    -> ending_mixed
- else:
    -> ending_poor
}

=== ending_strong ===
~ account_pnl = 2
一月。伦敦，子午的供应商年度评审。 # scene: meridian_boardroom # music: boardroom
{ indo == 3:
    全年订单超额完成，毛利率回升到16%，印尼的免费延保还压在上面。
- else:
    全年订单超额完成，毛利率回升到18%。
}
{ discount_promised:
    本来还能再高两个点。你上任第一个月让出的集团12%，至今还压在每一个报价里。
}
经营性现金流在十二月转正，DSO降到了150天。
{ sa == 2:
    南非按新条款执行，第一笔里程碑款已经到账。
- else:
    南非的合同暂时一字未改，但站点一直在往前推。
}
{ reported:
    埃及的欠款已经结清。子午的道德委员会知道其中缘由。
}
你们报的数字，我信。这比低价更难得。 # speaker: daniel # mood: pleased
{ priya_stayed:
    普丽娅的铁三角拿下了印度续约，毛利经孙梅签字认可。
- else:
    { bench:
        维克拉姆的铁三角拿下了印度续约，毛利经孙梅签字认可。输给他的，是在北维的普丽娅。
    - else:
        印度续约是在伦敦远程拿下的，毛利经孙梅签字认可。阿尔琼每次都要问起普丽娅。
    }
}
孙梅如今坐进了系统部的经营会，而不是在门外等候。
{ hidden:
    赵林引用你的数字之前，仍会先跟孙梅核一遍。
}
总部问我该复制哪个系统部，我说：子午。 # speaker: zhaolin # mood: pleased
三月，地区部定价委员会多了一位新成员：你。
订单只是标题，经营才是正文。 # ending: strong
-> END

=== ending_mixed ===
十二月三十一日，夜里十一点半。财务室。 # scene: finance_room # music: night
孙梅最后刷新了一次银行页面。这一年要关账了。
{ indo == 3:
    订单完成目标的130%，毛利率收在14%。
- else:
    订单超额完成，毛利率收在16%。
}
{ discount_promised:
    少掉的点里，有两个还是集团那12%。每一次续约都从它谈起。 # speaker: sunmei # mood: concerned
}
现金流年底还是差一点没转正。 # speaker: sunmei # mood: thinking
{ sa == 2:
    南非的新条款守住了。这是唯一一份你愿意再签一次的合同。
- else:
    南非还在按去年的条款执行，不封顶的罚则原样都在。
}
{ hidden:
    赵林现在直接找孙梅要数字。
}
{ reported:
    埃及最后还是付了款，慢，但干净。
}
丹尼尔的年终邮件很客气：一家不错的供应商，只是看不太透。
张浩和夸梅都申请，明年换一个轻松点的客户。
零点，赵林的消息到了：订单不错；明年，把利润一起带来。 # sfx: notify
孙梅关掉屏幕。你管着一个大客户，但还没把它当成一门生意来经营。 # ending: mixed
-> END

=== ending_poor ===
~ account_pnl = 0
一月。约翰内斯堡，子午南非的网络运营中心。 # scene: network_ops # music: tension
整面大屏上，是天宇建起来的站点。夸梅站在你身边。
子午南非的运维负责人递给你一封信。
三期给了卡斯特兰。 # speaker: kwame # mood: concerned
{ sa == 2:
    新条款也没能保住它。条款之外，样样都出了问题。
- else:
    旧条款、许可、罚款，什么都没变。
}
年终一算，这个客户群订单创了纪录，全年却是亏损。
总部财务把子午列入了观察名单。从此，你签的每一单都要总部派来的财务经理会签。
{ hidden:
    赵林是当着他老板的面，从总部财务那里听到真实数字的。
}
{ reported:
    埃及回款干干净净。这是唯一没人质疑的数字。
}
孙梅申请调去别的系统部。
我最好的工程师上周辞职了。他说，不想再为罚款干活。 # speaker: kwame # mood: annoyed
大屏上，卡斯特兰的施工队已经排到了下周一。 # ending: poor
-> END

=== ending_compliance ===
二月。天宇合规部门外的走廊。 # scene: corridor # music: tension
一次例行的代理付款审计，查到了那笔埃及市场调研费。
根本没有什么调研。只有一笔转账，就在埃及付款前两天。
天宇向监管机构主动报告，终止了代理合同。
同一周，子午埃及解雇了财务总监。
子午暂停天宇参加一切新标，等待审查。 # sfx: alarm
我们不能从收买我们员工的供应商那里采购。 # speaker: daniel # mood: annoyed
英国扩容项目，北维受邀报价，天宇没有。
调查期间，张浩停职。你也一样。
法务结束之前，你先离开这个客户。这件事，我保不了你。 # speaker: zhaolin # mood: concerned
八百万早回来了几周，代价可能是整个客户。 # ending: poor
-> END

=== ending_disclosed ===
三月。开罗，子午埃及办公楼里借来的一间会议室。 # scene: opco_office # music: tension
两位调查人员，两家公司各一位，面前摆着你的陈述。
天宇十月就主动报告，终止了代理合同，交出了全部记录。
子午埃及的财务总监已经离职。子午把天宇留在了供应商名单上。
我们查到之前，你们先说了。所以你们还是我们的供应商。 # speaker: daniel # mood: neutral
张浩没有责任。他的陈述和你的，一字一句都对得上。
客户群的数字变好了，可没人谈这些。
调查结案之前，子午由别人代你签字。原因你清楚。 # speaker: zhaolin # mood: concerned
{ bench:
    { priya_stayed:
        接手代管的是普丽娅，你当初公开的接班人梯队上的第一个名字。阿尔琼给她送了花。
    - else:
        接手代管的是林晓，来自你当初公开的接班人梯队。客户群一周也没耽误。
    }
}
这里没人会记得毛利。有人会记得，你说了实话，只是晚了。 # ending: poor
-> END
