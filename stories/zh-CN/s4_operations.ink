# title: 令人头痛的运营局面
# role: O
# order: 4
# summary: 子午系统部的订单超额完成，孙梅的报表却是另一番景象：毛利单薄、现金流为负、两个子网的应收超期九个月。吴迪得学会把客户群当成一门生意来经营。

VAR health = 0
VAR cust = 0
VAR numbers_read = false
VAR cheap_deal = false
VAR four_calcs = false
VAR renegotiate = false
VAR stalled = false
VAR bribe = false
VAR reported = false
VAR hidden = false
VAR system = 0

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
经营性现金流，年初至今净流出一千四百万。 # speaker: sunmei # mood: concerned
南非欠我们一千一百万，埃及欠八百万。 # speaker: sunmei # mood: neutral
两笔都超期九个月了。 # speaker: sunmei # mood: annoyed
约翰内斯堡的仓库里，还压着六百万的设备。 # speaker: sunmei # mood: neutral
人比年初多了30%，人均收入却在往下走。 # speaker: sunmei # mood: thinking
玻璃墙外，大家正举着纸杯干杯。 # facilitator: 从“贡献收入”转向“担当盈亏”。请学员说说：这些数字里，哪些在你自己的考核表上？团队里各由谁负责？注意：把订单当成经营结果、把现金当成财务的事，以及把“读数”交给别人。
+ [今晚先庆功，季度结束后再约她全面复盘 # score: O-2 T-1 # feedback: 订单不等于经营结果。等订单落袋再看数字，等于把现金当成财务的事；系统部部长要对利润、现金和应收负责，多等一周，就多借给子午一周的钱。你的财务经理也会明白：说了也白说。 # cap: business_acumen]
    ~ health -= 1
    辛苦了，孙梅。等到十月，我们好好拆一遍。 # speaker: wudi # mood: pleased
    先把这个季度拿下。 # speaker: wudi # mood: neutral
    已经超期九个月了，吴迪。到十月就是十个月。 # speaker: sunmei # mood: annoyed
    她合上电脑，也去拿了一块蛋糕。
+ [和她坐下来，逐个子网过损益表和现金流 # score: O+3 T+1 # feedback: 读懂损益表和现金流量表，而不只看订单：分子网的毛利、回款周期（DSO）、存货和人均效益，才看得出钱在哪里赚、又在哪里亏。和财务经理一起读，财务也就成了团队的一部分。 # cap: business_acumen]
    ~ numbers_read = true
    ~ health += 1
    按子网拆给我看。毛利都去哪儿了？ # speaker: wudi # mood: thinking
    三个地方。印尼，几乎是按成本价卖的。 # speaker: sunmei # mood: thinking
    南非计提的罚款。 # speaker: sunmei # mood: thinking
    还有装不上去的设备，运费和仓储费一直在付。 # speaker: sunmei # mood: thinking
    DSO是210天，预算是120天。 # speaker: sunmei # mood: neutral
    等于我们借钱给子午，利息还得自己出。 # speaker: wudi # mood: concerned
    你是第一个找我要现金流量表的系统部部长。 # speaker: sunmei # mood: pleased
+ [请她周一前做一页仪表盘，风险项标红放最上面 # score: O+1 # feedback: 仪表盘有用，但把“读数”交给别人，你离原因就始终隔着一层。毛利、DSO和存货，系统部部长得自己读懂，而不只是看红绿灯。 # cap: business_acumen]
    周一前给我一页纸？紧急的标红，放最上面。 # speaker: wudi # mood: neutral
    那整页都会是红的。不过，好的。 # speaker: sunmei # mood: neutral
    周一，那页纸从上到下一片红。它说了出什么事，没说为什么。
- -> d2_quarter_end

=== d2_quarter_end ===
周一。张浩拿着手机快步走进来。 # scene: tianyu_office # music: tension
印尼愿意签三千万。条件是周五前签。 # speaker: zhanghao # mood: pleased
毛利6%左右，终验后180天付款。 # speaker: zhanghao # mood: neutral
外加免费三年延保，八周内交货。 # speaker: zhanghao # mood: neutral
这样全年就冲到130%了。赵总肯定高兴。 # speaker: zhanghao # mood: pleased
{ numbers_read:
    你想起孙梅的话：印尼，几乎是按成本价卖的。
}
周五，就是本季度的最后一天。 # facilitator: 财务四算：投标时做概算，签约时做预算，交付中做核算，关闭时做决算。请学员算一算：这一单对毛利、现金和存货意味着什么？周五之前该让谁看一眼？注意：不计毛利的季末冲单，以及一口回绝、让客户什么也没得到。
+ [周五前签掉，条款留到二期再改 # score: O-2 S-1 # feedback: 不计毛利的季末冲单，买来一个数字，卖掉的是未来。仓促签下的条款，就是你要交付的条款：6%的毛利、180天账期加免费延保，恰恰放大了孙梅给你看的那几个缺口。 # cap: business_acumen]
    ~ cheap_deal = true
    ~ health -= 1
    签。条款二期再改。 # speaker: wudi # mood: pleased
    周五晚上十一点，合同签了。
    周一，孙梅一言不发，计提了延保准备金。
+ [回绝：低于毛利底线 # score: O+1 BE-1 # feedback: 守住毛利没错，但一句“不做”让客户没了下文，也把价值留在了桌上。数字是用来重塑交易的，不只是用来拒绝的。 # cap: business_acumen]
    ~ cust -= 1
    低于底线。回绝他们。 # speaker: wudi # mood: neutral
    就这么回绝？午饭前他们就会打给卡斯特兰。 # speaker: zhanghao # mood: surprised
    果然。子午印尼的CTO从此不接张浩的电话。
+ [先请孙梅做概算，再给客户一个反报价 # score: O+3 R+1 BE+1 # feedback: 概算是财务四算的第一步。在承诺之前让财务和供应链介入，季末冲刺就变成了一个真正的决策；从范围、条款和交期上还价，既保住毛利和现金，也照顾了客户。 # cap: business_value]
    ~ four_calcs = true
    ~ health += 1
    孙梅用一个下午做出了概算。四点钟，供应链也加入进来。
    算上延保和180天的资金成本，我们要亏两百万。 # speaker: sunmei # mood: concerned
    供应链说，最快十二周发货，不是八周。 # speaker: sunmei # mood: concerned
    那就改交易结构，不只是改价格。 # speaker: wudi # mood: thinking
    一期一千八百万，十二周交货。 # speaker: wudi # mood: neutral
    预付30%，其余按里程碑付款。延保单独报价。 # speaker: wudi # mood: neutral
    这个他们会签。十月签，赶不上这个季度了。 # speaker: zhanghao # mood: thinking
    一期预算按19%的毛利入账。
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
我的人周末都在干。可进不去的站，装不了。 # speaker: kwame # mood: concerned # facilitator: 过度承诺到期了：霸王条款签下时，交付根本不在场。请学员判断：问题出在现场，还是出在合同？怎样才能让重谈条款成为合理的要求？注意：不惜成本去追工期，以及为了息事宁人默默认罚。
+ [和夸梅逐站建立事实记录，再重谈条款 # score: O+3 BE+1 # feedback: 用事实重谈霸王条款。一份逐站记录客户自身许可延误的清单，让调整工期、罚款封顶和里程碑验收成为合理诉求，而不是求情。 # cap: strategic_risk]
    ~ renegotiate = true
    ~ health += 1
    夸梅，每个站我都要：何时申请许可、何时获批、队伍何时就位。 # speaker: wudi # mood: thinking
    这得花一周。 # speaker: kwame # mood: thinking
    这一周能省下四百万，也能把周末还给你们。 # speaker: wudi # mood: neutral
    这是通话以来，夸梅第一次坐直了身子。
+ [照样赶工期：向马可借施工队，再加夜班 # score: O-1 R-1 T-1 # feedback: 花钱去追一份本就不该承诺的工期，是在亏损上再加成本。过度承诺要在条款上解决，不只在现场；借来的队伍在没有许可的站点干等，耗掉的是同级的信任和自己团队的周末。 # cap: strategic_risk]
    ~ health -= 1
    工期必须保。我找马可再要三个队。 # speaker: wudi # mood: concerned
    去没有许可的站点？ # speaker: kwame # mood: annoyed
    马可借来两个队，两个队的费用都记在了系统部账上。
+ [为了维护合作关系，认下罚款，把活干完 # score: O-2 BE+1 # feedback: 沉默看似是合作，实则把过度承诺锁死了：罚款、被扣的回款和一边倒的验收条款全都还在。真正的合作关系，经得起一次公平的重谈。 # cap: customer_partnering]
    ~ health -= 1
    别跟他们争了。罚款认了，把活干完。 # speaker: wudi # mood: neutral
    那就是我的团队替他们的许可买单。行吧。 # speaker: kwame # mood: annoyed
    孙梅又计提了四百万。
- -> d4_agent

=== d4_agent ===
周四傍晚。张浩在楼下咖啡馆找到你。 # scene: cafe # music: night
他把手机放在桌上。一条来自开罗的消息。 # sfx: notify
是我们在埃及的代理。当初就是他帮我们打开了子午埃及。 # speaker: zhanghao # mood: concerned
他说，我们的款卡在对方财务总监那里。 # speaker: zhanghao # mood: neutral
付2%的“疏通费”，月底前就能放款。 # speaker: zhanghao # mood: neutral
他可以开成市场调研费，代理合同里允许。 # speaker: zhanghao # mood: thinking
十六万，换回八百万。 # speaker: zhanghao # mood: thinking
他说那边都这么做。我该怎么回他？ # speaker: zhanghao # mood: concerned # facilitator: 商业行为合规与内控。请学员说说：通过代理支付的“疏通费”到底是什么？风险由谁承担？收到这样的请求，必须做什么？注意：“金额小”“当地惯例”“合同上合法”这几种说法，以及没有任何记录的私下拒绝。
+ [让张浩打个电话婉拒，这事就你们俩知道 # score: O-1 T-1 # feedback: 拒绝是对的，但没有留痕的拒绝算不上内控。通过自己的代理传来的索贿请求，必须上报。不上报，代理还在你们的名册上，照样可以自己去付；张浩也只能一个人守着这个秘密。 # cap: strategic_risk]
    跟他说不行。客气点，埃及是他帮我们打开的。 # speaker: wudi # mood: neutral
    没必要搞成一个案子。 # speaker: wudi # mood: neutral
    张浩点点头，走到街上去打了这个电话。
    -> d4b_invoice
+ [书面拒绝，上报合规，按正当渠道回款 # score: O+3 BE+1 # feedback: 严守商业行为准则和内控：拒绝、留痕、上报，再通过正当渠道回款。干净利落的拒绝，保护了公司、客户，也保护了张浩。 # cap: strategic_risk]
    ~ reported = true
    ~ health += 1
    不付。书面回复他，抄送我。今晚我就找合规。 # speaker: wudi # mood: neutral
    然后带上合同和交付记录，去找他们的CFO。 # speaker: wudi # mood: neutral
    那八百万呢？ # speaker: zhanghao # mood: concerned
    按规矩慢慢收。没有第二条路。 # speaker: wudi # mood: neutral
    我就盼着你这么说。 # speaker: zhanghao # mood: pleased
+ [让张浩先稳住代理，等季度结束再说 # score: O-1 T-1 BE-1 # feedback: 拖着不等于拒绝。让行贿的提议悬而未决，等于告诉代理门还开着，也把你的客户经理晾在风险里。合规问题需要明确说不，并且上报。 # cap: strategic_risk]
    ~ stalled = true
    先稳住他。季度结束后再说。 # speaker: wudi # mood: thinking
    张浩慢慢点了点头，神情并没有轻松。
    -> d4b_invoice
+ [让代理按市场调研开票，他怎么办事是他的事 # score: O-2 BE-2 S-1 # feedback: 明知这笔钱是给客户财务总监的，不管发票上写什么，都是行贿；代理替公司付出去的钱，公司同样要担责。这会让天宇和子午都面临法律追究，也让今后每一笔回款都变得可以“谈”。 # cap: strategic_risk]
    ~ bribe = true
    他的合同里有市场调研。让他开票吧。 # speaker: wudi # mood: neutral
    他拿了钱怎么用，是他的事，不是我们的。 # speaker: wudi # mood: neutral
    张浩看了你好一会儿，然后开始打字。
- -> d5_boss

=== d4b_invoice ===
十天后，张浩在走廊里拦住你。 # scene: corridor # music: tension
{ stalled:
    代理的发票到了。埃及市场调研，十六万。 # speaker: zhanghao # mood: concerned
    他说款已经在走流程了。他一天给我打两次电话。 # speaker: zhanghao # mood: concerned
- else:
    我跟他说了不行，发票还是寄来了。 # speaker: zhanghao # mood: concerned
    埃及市场调研，十六万。埃及那边也开始付款了。 # speaker: zhanghao # mood: concerned
}
~ stalled = false
财务今晚之前要你签字。 # speaker: zhanghao # mood: neutral # facilitator: 半截子的做法，迟早会找上门。请学员想想：这张发票说明代理可能已经做了什么？现在说不，代价是什么？签字呢？注意：“钱已经在路上了”，以及拦下付款、其余却捂着不报。
+ [签吧。款已经在走了，现在叫停只会更糟 # score: O-2 BE-2 T-1 # feedback: 沉没成本陷阱。因为“人情已经办了”就付钱，仍然是行贿，而且现在上面有你的签字。商业行为合规，没有“来不及叫停”这回事。 # cap: strategic_risk]
    ~ bribe = true
    你签了字。张浩接过文件夹，一句话也没说。
+ [拦下发票，把经过全部报给合规，包括自己的那部分 # score: O+2 T+1 # feedback: 晚了，但做对了。拦下付款、如实上报全过程，包括自己的责任，才能把内控补回来。力挺客户经理，也让他明白规则是在保护他。 # cap: strategic_risk]
    ~ reported = true
    我不签。经过全部告诉合规，我的那部分也一样。 # speaker: wudi # mood: concerned
    你没做错什么，是我把你晾在了这里。 # speaker: wudi # mood: concerned
    张浩的肩膀松了下来。
- -> d5_boss

=== d5_boss ===
十月初的一个深夜，赵林从深圳打来视频电话。 # scene: video_call # music: office
{ cheap_deal:
    订单130%，加上印尼那单。干得好。 # speaker: zhaolin # mood: pleased
- else:
    订单118%。子午是地区部今年最亮眼的。 # speaker: zhaolin # mood: pleased
}
{ bribe:
    财务说埃及回款了，八百万。怎么办到的？ # speaker: zhaolin # mood: surprised
}
{ reported:
    合规跟我通报了埃及的事，代理已经暂停合作。 # speaker: zhaolin # mood: neutral
    麻烦，但做得对。 # speaker: zhaolin # mood: neutral
}
周一我要向总部汇报地区部的情况。 # speaker: zhaolin # mood: neutral
子午那边，有什么我该知道的？ # speaker: zhaolin # mood: thinking # facilitator: 对损益负责，也包括如实汇报。请学员想想：周一之前，赵林需要听到什么？如果他先从总部财务那里听到，会怎样？注意：拿“带着方案来，别光带问题”当拖延的理由，以及把原始报告往上一转、自己不表态。
+ [把全貌讲给他听，坏消息先讲 # score: O+3 S+1 # feedback: 对客户群的损益负责，也包括如实汇报。尽早把坏数字连同原因和计划一起摆出来，才能换来你接下来需要的支持和计提。 # cap: business_acumen]
    ~ health += 1
    订单很好，生意不好。原因是这样的。 # speaker: wudi # mood: concerned
    { numbers_read:
        你带他逐个子网过了一遍毛利、DSO和库存。
        你对数字心里有数。总部问起来，我也有答案。 # speaker: zhaolin # mood: thinking
    - else:
        你只讲了大标题，原因还躺在孙梅的文件里。
        周三前把原因给我，总部一定会问。 # speaker: zhaolin # mood: concerned
    }
    { bribe:
        你没有提那笔市场调研费。
    }
    现在听你说，总比十二月听总部财务说强。 # speaker: zhaolin # mood: neutral
+ [把孙梅的完整报告原样发给他 # score: O+0 T-1 # feedback: 透明，但没有担当。把财务报告原样往上转，不讲原因、不给计划，老板拿到的是一道谜题，你的财务经理也被推到了前面。经营结果要由系统部部长来回答。 # cap: business_acumen]
    细节都在孙梅那里。我今晚把她的报告发给您。 # speaker: wudi # mood: neutral
    这个点，四十页？ # speaker: zhaolin # mood: annoyed
    周一他读完了。他问的是孙梅，不是你：这说明什么？
+ [先报季度业绩，现金的问题等有了方案再汇报 # score: O-2 S-1 # feedback: “带着方案来，别光带问题”，不适用于经营数字。对老板捂住数字，会把经营问题变成信任问题：他需要真实的全貌，才能支持、决策和计提；坏消息只会越放越坏。 # cap: business_acumen]
    ~ hidden = true
    季度很好。有几笔回款的问题，我们在处理。 # speaker: wudi # mood: pleased
    好，我就这么跟总部讲。 # speaker: zhaolin # mood: pleased
    孙梅什么也没被抄送。她坐在工位上，看着通话结束。
- -> d6_segments

=== d6_segments ===
十月中旬。林晓在墙上贴满了二十个子网的名字。 # scene: tianyu_office # music: office
四十一个人，二十个子网，个个都要自己的铁三角。 # speaker: linxiao # mood: concerned
而且每个子网都觉得自己是我们最重要的客户。 # speaker: linxiao # mood: thinking
{ numbers_read:
    名字旁边，贴着孙梅按子网拆出的毛利和DSO。
    五个子网贡献了大部分利润，四个在亏钱。
}
今年人均收入下降了12%。 # speaker: sunmei # mood: neutral
那么，现有的人往哪里放？ # speaker: linxiao # mood: thinking # facilitator: 客户分级：一般客户、中坚客户、战略客户。请学员说说：你根据什么数据决定人员投向？一般客户仍然能得到什么？注意：平均覆盖，以及只按订单来“分级”。
+ [按今年订单分级：前五名配完整铁三角 # score: O+0 S-1 # feedback: 只按订单分级会重蹈覆辙：大单不一定赚钱，也不一定有战略价值。分级要看价值、毛利、现金和战略匹配，而不是规模。 # cap: business_acumen]
    订单前五的子网，配完整的铁三角。 # speaker: wudi # mood: neutral
    印尼在前五，南非也在。 # speaker: sunmei # mood: concerned
    那我们加强的，正好是最亏钱的两个。 # speaker: linxiao # mood: thinking
+ [保持平均覆盖：谁少了人，每个子网都看得见 # score: O-1 BE+1 # feedback: 出发点是公平，但平均覆盖把团队摊得太薄，也掩盖了哪些子网在赚钱、哪些在亏钱。分级不是冷落：一般客户同样有相应的服务模式。 # cap: org_development]
    每个子网都保留团队。厚此薄彼，子午会看出来的。 # speaker: wudi # mood: neutral
    那每个子网都只能分到一点点。 # speaker: linxiao # mood: concerned
+ [按价值而非规模，分成战略、中坚、一般三级 # score: O+3 T+1 S+1 # feedback: 客户分级把有限的人投到价值和战略所在的地方。战略、中坚、一般客户需要不同的覆盖模式，人均效益随之提升。 # cap: org_development]
    ~ system += 1
    ~ health += 1
    分三级，看战略价值、毛利和现金，不看谁嗓门大。 # speaker: wudi # mood: thinking
    战略客户配完整铁三角，中坚客户按区域共享团队。 # speaker: wudi # mood: neutral
    一般客户走框架下单，加一个服务台。 # speaker: wudi # mood: neutral
    { numbers_read:
        孙梅那张毛利地图，已经替你分好了一半。
    }
    英国、德国、印度是战略客户，埃及和巴西是中坚客户。 # speaker: linxiao # mood: pleased
    谁也没被放弃，每个子网都知道能期待什么。 # speaker: linxiao # mood: pleased
- ~ numbers_read = false
-> d7_rights

=== d7_rights ===
十月下旬，孟买，子午印度的办公室。 # scene: opco_office # music: office
孙梅通过免提电话参会。
印度的续约标书十天后截止。价格谁来批？ # speaker: priya # mood: thinking
上次花了三周：你、赵林、总部，再回到你。 # speaker: priya # mood: annoyed
而南非那份合同，是半夜一个人签出去的。 # speaker: sunmei # mood: concerned
工期做不做得到，没人问过交付。 # speaker: sunmei # mood: concerned
{ four_calcs:
    印尼那单已经示范过了：先算账，再决策。 # speaker: sunmei # mood: pleased
}
那到底谁说了算？ # speaker: priya # mood: thinking # facilitator: 建议权与决策权分离，签字之前让财务和交付先把关。请学员说说：在你的组织里，谁提报价建议、谁审核、谁拍板、谁确认交期？注意：老板成了瓶颈，以及授权失控。
+ [让子网铁三角自己定价、自己签，赢得更快 # score: O-1 T+1 # feedback: 授权能激励人，但没有边界、没有财务把关的授权，正是过度承诺被签出去的方式。授权要有控制：分级、区间，再加一双复核的眼睛。 # cap: org_development]
    ~ health -= 1
    印度你最熟。你定价，你来签。 # speaker: wudi # mood: pleased
    普丽娅很高兴。免提那头，孙梅没了声音。
+ [把建议权和决策权分开，按级别授权 # score: O+3 T+1 R+1 # feedback: 建议权与决策权分离，签字前由财务和交付把关，既在边界内保证速度，又让每一项承诺都有人核查。当初正是缺了这道控制，南非的条款才签了出去。 # cap: org_development]
    ~ system += 1
    ~ health += 1
    你们铁三角提建议：价格、条款，加上概算。 # speaker: wudi # mood: thinking
    交付确认工期，孙梅审核数字。 # speaker: wudi # mood: neutral
    审核不等于决策。决策按级别走。 # speaker: wudi # mood: neutral
    毛利区间内，印度自己定；区间外，我来定。 # speaker: wudi # mood: neutral
    再往上找赵林。罚则和付款条件也一样。 # speaker: wudi # mood: neutral
    那十天就够了。 # speaker: priya # mood: pleased
+ [局面稳定之前，所有价格和条款都由你亲自审批 # score: O+0 T-2 # feedback: 集权看上去稳妥，却让你成了瓶颈和单点风险。控制来自清晰的授权分级，而不是一个人的签字。 # cap: org_development]
    先都发给我。每个价格，每个条款。 # speaker: wudi # mood: neutral
    普丽娅记了下来，没有说话。又是三周。
- ~ four_calcs = false
-> d8_daniel

=== d8_daniel ===
十一月。伦敦，丹尼尔·费舍尔的办公室。 # scene: meridian_boardroom # music: boardroom
{ renegotiate:
    这次会面是你约的。夸梅的逐站记录就在你包里。
- else:
    这次会面是丹尼尔约的。南非的事已经升级到集团。
}
{ reported:
    ~ cust += 1
    先说一句：你们合规部门的信，到了我们的道德委员会。 # speaker: daniel # mood: neutral
    埃及的财务总监已被停职。你们的款正在支付。 # speaker: daniel # mood: neutral
    不是每家供应商都会告诉我们。 # speaker: daniel # mood: thinking
}
南非说你们延期，你们说他们延误。 # speaker: daniel # mood: annoyed
而我手里这份合同，这边没人愿意替它辩护。 # speaker: daniel # mood: thinking
你想要我做什么？ # speaker: daniel # mood: neutral # facilitator: 把重谈霸王条款做成一次公平的交换。请学员想想：丹尼尔需要什么才能点头？天宇又能拿什么来交换？注意：用折扣买断罚款，以及威胁放慢交付。
+ [提出下一单降价8%，换他免掉罚款 # score: O-2 BE+1 # feedback: 用下一单的毛利去赎上一次的过度承诺，是在重复同一个错误。霸王条款原封不动，价格锚点却降了下来。 # cap: business_acumen]
    ~ cust += 1
    ~ health -= 1
    免了罚款，下一单我们降8%。 # speaker: wudi # mood: neutral
    成交。你还没走，他已经在下一个标的文件上写下了8%。
    合同条款，一字未改。
+ {renegotiate} [摆出夸梅的记录，提出工期与条款的交换方案 # score: O+3 BE+2 # feedback: 以事实为基础、以更高的透明度作交换，公平地重谈霸王条款，把一场纠纷变成一份对双方都更好的合同。 # cap: customer_partnering]
    ~ cust += 2
    ~ health += 1
    六百个站，平均等了十一周许可。 # speaker: wudi # mood: neutral
    我们建议：调整工期，罚款封顶5%，按里程碑付款。 # speaker: wudi # mood: neutral
    作为交换，每周一份联合跟踪表。我们看到的，您都看得到。 # speaker: wudi # mood: neutral
    他把记录读了两遍。
    你带来的是事实，不是抱怨。 # speaker: daniel # mood: pleased
    封顶5%，一月起按里程碑付款。那四百万罚款，取消。 # speaker: daniel # mood: neutral
    一期的钱，我让南非这个月就付。 # speaker: daniel # mood: neutral
+ {not renegotiate} [承认合同双方都承诺过头，请求一起复盘 # score: O+2 BE+1 # feedback: 坦率承认过度承诺，为重谈霸王条款打开了门。但没有事实基础，复盘会很慢，罚款也仍有争议。 # cap: customer_partnering]
    ~ cust += 1
    那份合同，双方都承诺过头了。 # speaker: wudi # mood: concerned
    我们能一起复盘工期和条款吗？ # speaker: wudi # mood: thinking
    你拿事实来，我把南非叫来。那就一月吧。 # speaker: daniel # mood: neutral
    在那之前，罚款照样挂在账上。
+ [警告他：南非不付款，交付就放慢 # score: O+0 BE-2 # feedback: 施压也许能逼出现金，但威胁放慢交付会伤害信任，本身还可能违约。先用事实重谈，再考虑硬手段。 # cap: customer_partnering]
    ~ cust -= 1
    南非不付款，我们就放慢。我们没法替他们垫资。 # speaker: wudi # mood: annoyed
    先读读你们自己的合同，吴迪。再读一遍罚则。 # speaker: daniel # mood: annoyed
-
{ cust >= 1:
    ~ cust = 1
- else:
    ~ cust = 0
}
-> d9_cash

=== d9_cash ===
十一月下旬。孙梅拿来了年终预测。 # scene: finance_room # music: office
{ hidden:
    上周地区部财务给赵林打电话，问我们的现金。 # speaker: sunmei # mood: concerned
    他问，为什么是从他们那儿，而不是从你那儿听说的。 # speaker: sunmei # mood: concerned
}
{ cheap_deal:
    印尼现在就要延保备件，又要流出去两百万。 # speaker: sunmei # mood: annoyed
}
{ reported:
    埃及八百万已经回了五百万，剩下的排好了期。 # speaker: sunmei # mood: pleased
    没了代理，张浩现在每月飞两趟开罗。
}
{ bribe:
    埃及全额付清了。内审在问一笔市场调研费。 # speaker: sunmei # mood: concerned
}
离年底还有六周，现金流还是负的。 # speaker: sunmei # mood: thinking
缺口怎么补上，又怎么让它不再出现？ # speaker: sunmei # mood: thinking # facilitator: 现金是团队的结果，贯穿从线索到回款。请学员说说：在你的客户群里，DSO、验收里程碑和现场库存由谁负责？销售、交付、供应链和财务什么时候坐在一起看？注意：把回款丢给财务，以及用折扣换现金。
+ [给所有子网3%的折扣，换他们年底前付款 # score: O+1 BE+1 # feedback: 提前付款折扣能把现金往前拉，但要花毛利，也只治标。超期应收的根源在验收条款和缺失的里程碑。 # cap: business_acumen]
    三个子网接受了折扣。年底的现金好看了一些。
    可这些钱的毛利，全都薄了3%。 # speaker: sunmei # mood: neutral
+ [让每个铁三角都对现金负责，每周简短复盘 # score: O+3 T+1 R+1 # feedback: 现金是团队的结果。每个铁三角牵头，交付、供应链和财务同在一个会上，每周复盘DSO、验收里程碑和库存，回款就成了交付的一部分，而不是事后补救。 # cap: business_acumen]
    ~ health += 1
    每个铁三角对自己的现金负责。每周十五分钟。 # speaker: wudi # mood: neutral
    DSO、待签的验收证书、现场库存。 # speaker: wudi # mood: neutral
    夸梅在线上，已经列出了四十个可以验收的站点。 # sfx: notify
    仓库里的设备，先发给拿到许可的站点。 # speaker: kwame # mood: pleased
    验收证书一签，我当天就开票。 # speaker: sunmei # mood: pleased
+ [回款交给孙梅的团队，铁三角专心做销售 # score: O-2 T-1 # feedback: 等发票超期才开始催，就已经晚了。验收、开票和回款要由整个铁三角嵌进交付里；交付没闭环的钱，财务收不回来。 # cap: business_acumen]
    ~ health -= 1
    回款你们最在行。让铁三角专心卖吧。 # speaker: wudi # mood: neutral
    我的团队能发催款函，可签不了验收证书。 # speaker: sunmei # mood: annoyed
- -> d10_plan

=== d10_plan ===
十二月。深夜的系统部办公区。 # scene: tianyu_office # music: night
赵总要我们周五前报明年子午的KPI。 # speaker: linxiao # mood: thinking
总部的模板上只有一行：订单。 # speaker: zhanghao # mood: neutral
这个客户群，我们到底考核什么？ # speaker: linxiao # mood: thinking # facilitator: 考核什么，就得到什么：KPI要与损益表和现金流对应。请学员想想：哪些KPI能在三月就暴露今年的问题？注意：只填模板上那一行，或者一下子摆到只看毛利。
+ [按模板报订单和收入，人人都看得懂 # score: O-2 S-1 # feedback: 只考核订单，正是今年局面的来由。KPI里没有毛利和现金，明年九月还会是今年这个样子。 # cap: business_acumen]
    ~ health -= 1
    简单点，订单和收入。 # speaker: wudi # mood: neutral
    孙梅路过，停下看了看模板，又走开了。
+ [订单之外，再加毛利、现金、DSO和人均收入 # score: O+3 S+1 # feedback: 客户群的经营结果，既是订单，也是利润、现金和效率。与损益表、现金流对应的KPI，才能把整个团队引向健康增长。 # cap: business_acumen]
    ~ health += 1
    订单保留。旁边加上毛利、现金、DSO、超期应收、人均。 # speaker: wudi # mood: thinking
    一行变六行。赵总会问为什么。 # speaker: linxiao # mood: thinking
    因为只看一行，才有了今年。 # speaker: wudi # mood: neutral
+ [先抓毛利：恢复健康之前，低于底线的单一律不接 # score: O+1 S-1 # feedback: 抓毛利值得肯定，但一个停止增长的客户群会丢掉战略位置。要在增长、利润和现金之间求平衡，而不是从一个极端摆到另一个极端。 # cap: business_acumen]
    先抓毛利。客户群恢复健康之前，不再追订单。 # speaker: wudi # mood: neutral
    北维会很喜欢这个决定。 # speaker: zhanghao # mood: concerned
+ {system >= 2} [按客户分级定KPI，每一单都设四算检查点 # score: O+3 S+2 T+1 # feedback: 把客户群当作一个体系来经营：按分级定目标，按级别做决策，用从概算到决算的财务四算，让每一单从投标到关闭都算得清清楚楚。 # cap: business_value]
    ~ health += 2
    战略、中坚、一般客户，各有各的目标。 # speaker: wudi # mood: thinking
    每一单都带着账走：投标时做概算，签约时做预算。 # speaker: wudi # mood: neutral
    交付中做核算，关闭时做决算。 # speaker: wudi # mood: neutral
    这样三月就能看出问题，不用等到九月。 # speaker: linxiao # mood: pleased
- -> finale

=== finale ===
{
- bribe:
    -> ending_compliance
- health >= 7 and cust >= 1 and not hidden and not cheap_deal:
    -> ending_strong
- health <= -2 or (health <= 0 and (hidden or cheap_deal)):
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
一月。伦敦，子午的供应商年度评审。 # scene: meridian_boardroom # music: boardroom
全年订单超额完成，毛利率回升到18%。
经营性现金流在十二月转正，DSO降到了150天。
{ renegotiate:
    南非按新条款执行，第一笔里程碑款已经到账。
- else:
    南非的合同复盘拖进了新年，但一直在推进。
}
{ reported:
    埃及的欠款已经结清。子午的道德委员会知道其中缘由。
}
你们报的数字，我信。这比低价更难得。 # speaker: daniel # mood: pleased
普丽娅的铁三角拿下了印度续约，毛利经孙梅签字认可。
{ renegotiate:
    夸梅的队伍按守得住的工期干活，周末也还给了他们。
}
孙梅如今坐进了系统部的经营会，而不是在门外等候。
总部问我该复制哪个系统部，我说：子午。 # speaker: zhaolin # mood: pleased
三月起，地区部定价委员会多了一位新成员：你。
订单是标题，经营才是故事。 # ending: strong
-> END

=== ending_mixed ===
一月。系统部办公区。 # scene: tianyu_office # music: office
{ cheap_deal:
    全年订单完成130%，毛利率14%。
- else:
    全年订单完成118%，毛利率16%。
}
全年现金流仍略低于零。
{ cheap_deal:
    印尼的延保索赔这个月开始了，要持续三年。
}
{ hidden:
    赵林如今直接找孙梅要数字。
}
{ reported:
    埃及的钱最终回来了，慢，但干干净净。
}
{ renegotiate:
    南非的新条款守住了。客户群的其他部分，一切照旧。
- else:
    南非还在执行去年的条款，罚则原封不动。
}
不错的供应商，就是有点看不透。 # speaker: daniel # mood: neutral
团队很疲惫。孙梅的预测现在有人看了，只是晚了。
订单不错。明年，把利润一起带来。 # speaker: zhaolin # mood: thinking
你管着一个大客户，却还没有把它当生意来经营。 # ending: mixed
-> END

=== ending_poor ===
一月。深夜的候机厅。 # scene: airport # music: night
订单创了纪录，客户群全年却是亏损。
总部财务把子午列入了重点关注名单。
{ hidden:
    赵林是从总部财务那里听到真实数字的，当着他老板的面。
}
{ renegotiate:
    南非的条款改好了，别的地方却一样没改。
- else:
    南非仍按老条款执行，许可照样延误。
}
{ reported:
    埃及的钱回来了，干干净净。这是唯一没人质疑的数字。
}
丹尼尔请卡斯特兰为南非下一期报价。
孙梅申请调去别的系统部。
夸梅手下最好的工程师辞职了。
周一，深圳。带损益表来，别带订单表。 # speaker: zhaolin # mood: annoyed # sfx: notify
飞机上，你打开孙梅九月的那份文件。先看现金流。 # ending: poor
-> END

=== ending_compliance ===
二月。天宇合规部门外的走廊。 # scene: corridor # music: tension
一次例行的代理付款审计，查出了那笔埃及市场调研费。
根本没有什么调研。只有一笔转账，就在埃及付款前两天。
天宇向监管机构主动报告，并终止了代理合同。
同一周，子午埃及解雇了那位财务总监。
子午暂停天宇参与所有新的招标，等待审查结果。 # sfx: alarm
我们不能从一家收买我们员工的供应商那里采购。 # speaker: daniel # mood: annoyed
英国续约，北维收到了询价，天宇没有。
调查期间，张浩被停职。你也一样。
调查结束前，你不再负责子午。 # speaker: zhaolin # mood: concerned
这件事，我保不了你。 # speaker: zhaolin # mood: concerned
八百万早到了几周。代价可能是整个子午。 # ending: poor
-> END
