# title: 姗姗来迟的提拔
# role: T
# order: 2
# stage: growth
# summary: 团队里最出色的本地骨干普丽娅·奈尔，晚了两年才等来晋升，手里还握着北维的工作邀约。吴迪只有四周时间，向她、也向整个团队证明：事情真的会变。
# goal: 按客户的结构建团队：集团层面的团队加各子网的铁三角，共同管理，简单高效。
# goal: 培养本地人才，让接班梯队看得见；人事和定价授权分级、清楚地下放。
# goal: 用认可、成长、公平和时机来激励人，而不只是靠钱。
# goal: 绩效沟通要具体：表扬说到具体的事，批评对事不对人。
# carry: india_side_deal = 印度九千万的单子绕开了集团框架
# carry: priya_stayed = 普丽娅留在了团队
# carry: bench = 有一份公开的接班人梯队，名单里有本地人
# carry: priya_signed = 普丽娅自己提的方案签了：集团层面的亚洲席位、定价权、市场水平的薪酬

VAR priya_trust = 0
VAR team = 0
VAR hq_backing = 0
VAR account = 0
VAR money_only = false
VAR promised = false
VAR bench = false
VAR priya_signed = false
VAR fit = 0
// From earlier in the account's year (# carry:); the defaults are the scenario played alone.
VAR india_side_deal = false
// For later scenarios: set by the endings (priya_signed and bench are set in play).
VAR priya_stayed = true

-> opening

=== opening ===
伦敦，系统部办公区。周一，早上六点四十。 # scene: tianyu_office # music: office
总部人力资源部发来一封邮件，标题：已批准。 # sfx: notify
普丽娅·奈尔，子午印度，晋升为高级客户经理。
这已经是第三次提名。第一次是两年前，那时你还没来。
赵林在邮件里只加了一句：你亲自告诉她，当面说。
第二条消息，来自普丽娅本人。 # sfx: notify
这周能见一面吗？最好当面谈。 # speaker: priya # mood: neutral
你订了去孟买的机票。出发之前，先开每周的团队例会。
-> d1_call

=== d1_call ===
早上七点，子午系统部团队例会。 # scene: video_call # music: office
圣保罗是凌晨四点，孟买是中午十二点半。
张浩讲英国续约，林晓讲德国试点。
四十分钟后，普丽娅分到四分钟讲印度。
夸梅的南非进展，又一次被挪到了下周。
聊天框里跳出一行字，来自雅加达：每周都这样。
会后，夸梅单独给你打了电话。
我可以直说吗？ # speaker: kwame # mood: concerned
大家都说，这个会是开给外派员工的，我们只负责听。 # speaker: kwame # mood: concerned
开会时你们用中文私聊，也不太好。 # speaker: kwame # mood: thinking
英国续约这个月就要签，埃莉诺的团队要的是快速答复。 # facilitator: 跨文化团队的沟通机制。有两个选项都说得通：围绕各子网重建周例会；或者周例会专注集团项目，另给子网一个自己的平台。请问：在续约月，谁支持哪一个？各自的代价是什么？留意：把一次倾听的姿态当成了机制。
+ [周例会只讲集团项目，每月另设一次由各子网轮流主持的例会 # score: S+2 # feedback: 它护住了续约，也给了子网自己的平台，却把两个层级写进了日程：集团这张桌子仍然只有外派员工。客户聚焦没有错，但“谁的声音被听见”的抱怨还在。 # cap: strategic_thinking]
    ~ account = MIN(account + 1, 2)
    周例会：只讲集团项目，三十分钟。 # speaker: wudi # mood: neutral
    每月另开一次子网例会，各国轮流主持。 # speaker: wudi # mood: neutral
    所以我们有了自己的会。 # speaker: kwame # mood: neutral
    他没说出后半句：你们也留着你们的会。他也不必说。
+ [谢谢夸梅，再请他私下摸一摸本地员工的想法 # score: T+1 # feedback: 倾听是个开始，但这让夸梅成了传话人，本身什么也没改变。平息抱怨靠的是改变团队沟通的方式，而不是一次私下谈话。 # cap: cross_cultural]
    ~ team = MIN(team + 1, 4)
    谢谢你。能帮我了解一下其他人的想法吗？ # speaker: wudi # mood: thinking
    可以。不过我想，你其实已经知道了。 # speaker: kwame # mood: neutral
    周五，他的总结发来了。和电话里说的一样，只是多了些例子。
+ [例会时段轮换，由各子网铁三角轮流开场，公共频道一律用英文 # score: T+3 # feedback: 跨文化团队的沟通机制：时差之苦轮流分担，每个铁三角都有发言机会，没有人因为语言被挡在门外。代价也是真的：续约月的讨论时间变少，总部说中文的同事得用英文跟上。 # cap: cross_cultural]
    ~ team = MIN(team + 2, 4)
    从下周起，例会时间轮换，最难熬的时段大家轮流来。 # speaker: wudi # mood: thinking
    各子网铁三角轮流开场，书面进展提前一天发出。 # speaker: wudi # mood: neutral
    公共频道一律用英文。要私聊，另开小窗。 # speaker: wudi # mood: neutral
    你会听到比想象中多得多的声音。 # speaker: kwame # mood: pleased
    张浩把新规则读了两遍。下周，续约只分到十二分钟。
+ [例会只讲最大的五个项目，其余的走邮件 # score: S+1 T-1 # feedback: 聚焦最大的项目本是合理的客户战略，可这五个项目全在外派员工手里。只听得见大数字的会议，会慢慢变成只为外派员工开的会。 # cap: org_development]
    ~ team = MAX(team - 1, 0)
    三十分钟，五个项目，其余的发邮件。 # speaker: wudi # mood: neutral
    五个项目，全在张浩和林晓手里。印度排第六。
    行吧。 # speaker: kwame # mood: neutral
    例会变短了。从那以后，夸梅的摄像头再没打开过。
- -> d2_cafe

=== d2_cafe ===
周三，孟买。子午印度办公楼对面的一家咖啡馆。 # scene: cafe # music: office
普丽娅已经到了。她总是早到。
你告诉她：晋升批下来了。她慢慢点了点头。
谢谢。我是真心的。 # speaker: priya # mood: neutral
要是两年前听到，我会觉得什么都值了。 # speaker: priya # mood: thinking
上个月，拉尔斯·诺丁给我打了电话，亲自打的。 # speaker: priya # mood: neutral
北维请我去做他们的印度客户负责人。 # speaker: priya # mood: neutral
我请他给我四周时间，想看看这边会不会有变化。 # speaker: priya # mood: thinking
不是承诺，吴迪。是变化。 # speaker: priya # mood: concerned # facilitator: 激励从倾听开始。请学员说说，这两年普丽娅失去了什么？好的第一句回应应该是什么样？再问：今天就给一个看得见的姿态，和花一个小时听她说，哪个更值？谁会选前者？留意三种本能反应：甩锅、许诺、还没听完就先给答案。
+ [解释前两次都是总部压着没批，这一次是你亲自推下来的 # score: T-1 R-1 # feedback: 把责任推给总部：也许是事实，但现在在她眼里你就代表公司，总部能压她两次，凭什么不会有第三次？这也会伤到你和总部人力资源部的关系，而这个月你正需要他们。 # cap: collaborative_influence]
    ~ hq_backing = MAX(hq_backing - 1, -1)
    ~ priya_trust = MAX(priya_trust - 1, -1)
    每份提名都要过深圳。前两次，是总部一直压着。 # speaker: wudi # mood: concerned
    这一次，是我亲自推下来的。 # speaker: wudi # mood: neutral
    所以，要看坐在你这个位子上的是谁。 # speaker: priya # mood: concerned
    那等你调走了呢？ # speaker: priya # mood: concerned
+ [说这两年是公司欠她的，再问她为什么愿意听拉尔斯说 # score: T+3 # feedback: 先担责，再倾听：激励要从对方的需要出发，成长、认可、公平、时机。今晚她带不走任何东西，但只有这样，你才知道什么能留住她。 # cap: org_development]
    ~ priya_trust = MIN(priya_trust + 2, 5)
    两年，太久了。这是公司的责任，现在也是我的责任。 # speaker: wudi # mood: concerned
    是什么让你愿意听拉尔斯说下去？ # speaker: wudi # mood: thinking
    她讲了半个小时。你大部分时间都在听。
    伦敦的职位给了张浩，给我的答复是：再等等。 # speaker: priya # mood: neutral
    给阿尔琼让两个点，要等三周、发四封邮件。 # speaker: priya # mood: annoyed
    埃莉诺的团队没听过我的名字，阿尔琼却总是先打给我。 # speaker: priya # mood: thinking
    拉尔斯给我的，是他们集团团队里的一个位子。这才最扎心。 # speaker: priya # mood: concerned
+ [告诉她：张浩明年轮岗，他在伦敦的集团岗位就给她，总部那边你去搞定 # score: T-2 R-1 # feedback: 许下总部没批的承诺：换来一周时间，却透支了你最需要的信任；张浩还不知道自己要轮岗，他的岗位就先许了出去。 # cap: strategic_risk]
    ~ promised = true
    ~ priya_trust = MIN(priya_trust + 1, 5)
    张浩明年轮岗。你留下来，他在伦敦的位子就是你的。我来搞定。 # speaker: wudi # mood: pleased
    这个批了吗？ # speaker: priya # mood: surprised
    会批的。 # speaker: wudi # mood: neutral
    她在笔记本上记了下来，还写上了日期。
+ [邀请她下个月到伦敦的集团季度会上，当面向埃莉诺汇报印度业绩 # score: T+1 BE+1 # feedback: 立刻给出看得见的认可，而且是在客户的最高层面前。但它抢在倾听之前，可能治的正是她最不在意的那个症状。 # cap: customer_partnering]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    下个月伦敦的集团季度会，我想请你来讲印度。 # speaker: wudi # mood: pleased
    向埃莉诺讲？ # speaker: priya # mood: surprised
    这是个开始。不过这不是我今天想跟你说的。 # speaker: priya # mood: thinking
- -> d3_boss

=== d3_boss ===
当晚，和赵林视频。 # scene: video_call # music: tension
{ promised:
    总部人力资源部刚给我打电话。你答应把伦敦的岗位给普丽娅？ # speaker: zhaolin # mood: annoyed
    那是张浩的位子。什么都还没批。 # speaker: zhaolin # mood: annoyed
}
{ hq_backing < 0:
    普丽娅去问总部人力资源部，为什么压着她的材料。还引了你的原话。 # speaker: zhaolin # mood: annoyed
    这个月我要靠他们，你也一样。 # speaker: zhaolin # mood: concerned
}
晋升是批了，可她还是可能会走。 # speaker: zhaolin # mood: concerned
而且不只是她。本地员工的提名，在总部平均要走九个月。 # speaker: zhaolin # mood: thinking
这个月，我只能使劲推一件事。你要哪一件？ # speaker: zhaolin # mood: thinking # facilitator: 把激励落到实处，以及老板只能推一件事。请问：这份力气花在普丽娅一个人身上，还是花在那条拖住她、也会拖住下一个本地员工的队伍上？谁会替“修制度”说话？两种选择各要付出什么？留意：只拿钱来回答，以及把本地人才当成可以替换的人。
+ [一笔比北维高15%的保留奖金，本周签批 # score: T-1 O-1 # feedback: 只谈钱的挽留很少奏效：为钱留下的人，也会为钱离开。它还会让其他本地员工觉得薪酬更不公平。 # cap: business_acumen]
    ~ money_only = true
    ~ hq_backing = MIN(hq_backing + 1, 2)
    钱，我能给你争取。 # speaker: zhaolin # mood: thinking
    可偏偏钱是北维最不缺的。 # speaker: zhaolin # mood: concerned
+ {priya_trust >= 2 and not promised} [她亲口说缺的那几样：亚洲的集团席位、价格授权、按市场校准的薪酬 # score: T+3 R+1 # feedback: 从她亲口说出的需要出发设计方案：成长、认可、授权、公平。诉求越具体，老板越好支持；可这份力气全用在一个人身上，拖住她的那条队伍还在。 # cap: collaborative_influence]
    ~ hq_backing = MIN(hq_backing + 2, 2)
    ~ priya_trust = MIN(priya_trust + 1, 5)
    ~ priya_signed = true
    集团席位，你在自己的团队架构里就能设。 # speaker: zhaolin # mood: neutral
    授权的事，给我分级和额度，不要空白支票。 # speaker: zhaolin # mood: neutral
    她的薪酬也低于市场水平，校准我今晚就签。 # speaker: zhaolin # mood: thinking
+ {priya_trust < 2 and not promised} [常规方案：晋升，加上薪酬校准，再加一份发展计划 # score: T+2 # feedback: 认可、公平、成长都有了，是个稳妥的方案；但没先问她最看重什么，可能恰好漏掉能留住她的那一项。 # cap: org_development]
    ~ hq_backing = MIN(hq_backing + 1, 2)
    合理。薪酬那部分我今晚就签。 # speaker: zhaolin # mood: neutral
    这是她自己提的吗？ # speaker: zhaolin # mood: thinking
+ {promised} [今晚就给普丽娅打电话，收回伦敦岗位的承诺，再提站得住脚的方案 # score: T+3 R+1 # feedback: 尽快修补过度承诺：趁她还没当真，把总部没批的承诺收回来，丢的是面子，保住的是信任。老板也才有一个能支持的方案。 # cap: strategic_risk]
    ~ promised = false
    ~ priya_trust = MAX(priya_trust - 1, -1)
    ~ hq_backing = MIN(hq_backing + 1, 2)
    您说得对。我今晚就打给她，把话收回来。 # speaker: wudi # mood: concerned
    然后给我一个能在总部站得住脚的方案。 # speaker: zhaolin # mood: thinking
    晚上十点，你拨通普丽娅的电话。那头沉默了很久。
    今晚听到，总比三月份才知道好。谢谢你告诉我。 # speaker: priya # mood: thinking
+ [请总部开一条快速通道：子午项目上的本地员工晋升，一个月内必须给结论 # score: R+2 T+1 # feedback: 修的是拖住普丽娅、也会拖住下一个本地员工的那条队伍，老板的影响力用在了刀刃上。代价是：这个月没有一样是给她的，而她要的是变化，不是流程。 # cap: collaborative_influence]
    ~ hq_backing = MIN(hq_backing + 2, 2)
    ~ team = MIN(team + 1, 4)
    一个月，不是九个月。我亲自去找总部人力资源部。 # speaker: zhaolin # mood: thinking
    不过这改变不了她手里的那份邀约，你心里清楚。 # speaker: zhaolin # mood: concerned
+ [暂时不给她加什么，先安排张浩，万一她走了就顶上印度 # score: T-2 O+1 BE-1 # feedback: 做好应急预案是稳妥的，可她还没做决定，你就把外派员工排进了她的位子，等于告诉每位本地同事天花板在哪里。印度的计划和阿尔琼的信任都系在她身上。 # cap: cross_cultural]
    ~ team = MAX(team - 1, 0)
    他顶得住？阿尔琼连他的电话都不回。 # speaker: zhaolin # mood: annoyed
    她做决定之前，你再好好想想。 # speaker: zhaolin # mood: concerned
- -> d4_review

=== d4_review ===
周四，子午印度。她的年度绩效面谈，几周前就约好了。 # scene: opco_office # music: office
表上写着她今年的目标：印度收入、浦那、金奈。
{ priya_trust > 0:
    她带来了自己的笔记：完成的目标、没完成的目标、她的诉求。
- else:
    她只带了一支笔，别的什么也没带。
}
进门时，阿尔琼的助理把你拦下：卡斯特兰昨天给浦那报了价。
阿尔琼希望周一前拿到天宇的答复。
先说说这一年吧。我做得怎么样？ # speaker: priya # mood: neutral # facilitator: 绩效沟通：目标、过程、反馈，而旁边压着一个正在进行的项目。请问：卡斯特兰的报价就摆在阿尔琼桌上，这一个小时该花在她的这一年上，还是花在浦那上？谁支持哪一边？各自让她和客户付出什么？留意：笼统的表扬，以及一场始终没有发生的面谈。
+ [告诉她：她是团队里最好的客户经理，这一点大家都知道 # score: T+0 # feedback: 真诚，但太笼统：她没法拿去说服评审委员会的表扬，帮不了她。正面反馈要讲清她做了什么、带来了什么变化，才有用。 # cap: org_development]
    你是团队里最棒的，大家都知道。 # speaker: wudi # mood: pleased
    除了晋升评审委员会。 # speaker: priya # mood: thinking
+ [就讲浦那：目标是什么，她做了什么，改变了什么 # score: T+3 # feedback: 扣住目标的具体正面反馈：她做了什么、体现了什么判断力、给客户带来了什么。代价是：卡斯特兰的报价少了这一个小时。 # cap: org_development]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    你的目标是浦那续约，可你做到的不止续约。 # speaker: wudi # mood: thinking
    你把阿尔琼的规划团队和我们的交付团队拉进了一个房间。 # speaker: wudi # mood: thinking
    在签合同之前，而不是之后。这是判断力。 # speaker: wudi # mood: neutral
    省了六周。现在阿尔琼有事先找你，然后才找伦敦。 # speaker: wudi # mood: pleased
    她往椅背上一靠。从没有人这样跟她说过。
    给卡斯特兰的答复，拖到了周五晚上。
+ [把表格放一边，这一个小时和她一起拿出回应卡斯特兰的方案 # score: BE+2 O+1 T-1 # feedback: 先顾眼前这一单：有她的经验，一个下午就能给阿尔琼一个像样的答复。代价是她等了两年的面谈，又一次往后推。 # cap: business_value]
    ~ account = MIN(account + 2, 2)
    ~ priya_trust = MAX(priya_trust - 1, -1)
    表格下周再填。卡斯特兰可不会等。 # speaker: wudi # mood: neutral
    当然。表格可以等。它一直都在等。 # speaker: priya # mood: annoyed
    六点前，你们拿出了一份阿尔琼可以带去董事会的答复。大部分是她写的。
+ [按表格逐项过一遍目标、逐项打分，最后请她补充意见 # score: T+1 # feedback: 公平、完整，也合乎流程。但把反馈留到清单的最后，听起来像是宣读结论，而不是一次关于成长的谈话。 # cap: org_development]
    收入，完成。浦那，超额完成。金奈，部分完成。 # speaker: wudi # mood: neutral
    有什么要补充的吗？ # speaker: wudi # mood: neutral
    只是金奈背后有一段故事。没人问过。 # speaker: priya # mood: thinking
- -> d5_gap

=== d5_gap ===
接着，她问出了你最想回避的问题。
评审委员会两次推迟我的晋升。他们到底说了什么？ # speaker: priya # mood: concerned
评语就在你的文件夹里，只有两行。
报喜不报忧。缺乏集团视角。
{ india_side_deal:
    自从那九千万绕开了集团框架，丹尼尔的办公室就把印度的每个申请都当成下一笔私单。
    那次通话普丽娅一言不发，可电话是她约的，报价上写的是她的名字。
}
你知道这背后的事。去年五月，金奈的交付延误。
伦敦晚了三周才知道，而且是从阿尔琼那里听说的。
离她做决定，只剩三周。 # facilitator: 负面反馈：说事不说人，讲清后果，商量下一步。请问：离她做决定只剩三周，现在是谈五月的时候，还是先让伦敦看见她的工作？谁支持哪一边？各自的代价是什么？留意：照搬委员会的标签，或者把错推给委员会。
+ [把委员会的评语原话念给她听，再问她怎么看 # score: T-1 # feedback: 这是给人贴标签，而不是描述她做了什么：“缺乏集团视角”几个字，她不知道该改什么，听起来更像一纸判决。 # cap: org_development]
    ~ priya_trust = MAX(priya_trust - 1, -1)
    他们说，你需要更多的集团视角。 # speaker: wudi # mood: neutral
    集团视角。印度我扛了三年。 # speaker: priya # mood: annoyed
+ [安排她每月参加伦敦的运营例会，让集团亲眼看到她的工作，五月的事以后再说 # score: BE+2 T+1 # feedback: 让集团看见她，是用行动回答“集团视角”，伦敦也会记住她的名字。但她始终没听到五月的事，同样的沉默可能在集团例会上再来一次。 # cap: customer_partnering]
    ~ account = MIN(account + 1, 2)
    从下个月起，你参加伦敦的运营例会，每个月都去。 # speaker: wudi # mood: neutral
    埃莉诺的人会从你这里看到印度的数字，而不是从阿尔琼那里。 # speaker: wudi # mood: neutral
    好。那五月呢？ # speaker: priya # mood: thinking
    你没有接这个话。
+ [告诉她评语不公平：委员会根本不了解她的工作 # score: T-1 R-1 # feedback: 听着是安慰，其实是换个方式把责任推给总部。她失去了唯一能解释推迟原因的反馈，你也在削弱自己需要去改变的流程。 # cap: collaborative_influence]
    ~ hq_backing = MAX(hq_backing - 1, -1)
    委员会不了解你的工作。评语别放在心上。 # speaker: wudi # mood: neutral
    那我下一次晋升谁来定？还是这个委员会？ # speaker: priya # mood: concerned
+ [和她一起回顾去年五月：金奈的延误、伦敦看到了什么、下次她怎么做 # score: T+3 BE+1 # feedback: 说的是发生了什么，而不是她是什么样的人：讲清对集团的影响，再由她自己定下一步。在这个脆弱的月份，这场谈话可能留住她，也可能把她推出门。 # cap: org_development]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    ~ account = MIN(account + 1, 2)
    去年五月，金奈的延误晚了三周才报到伦敦。 # speaker: wudi # mood: neutral
    埃莉诺的团队先从阿尔琼那里听说，到现在还会提起。 # speaker: wudi # mood: concerned
    下次当天就告诉伦敦，同时带上你的补救计划。 # speaker: wudi # mood: thinking
    我当时想先把问题解决了再说。 # speaker: priya # mood: thinking
    她沉默了很久，然后在笔记本上写了一行字。
    当天报，带着计划。写进明年的目标，用我自己的话。 # speaker: priya # mood: neutral
- -> d6_zhanghao

=== d6_zhanghao ===
伦敦，周一。张浩在电梯口拦住了你。 # scene: corridor # music: tension
{ promised:
    阿尔琼的办公室说，普丽娅要接我在伦敦的岗位。 # speaker: zhanghao # mood: annoyed
    你打算什么时候告诉我？ # speaker: zhanghao # mood: annoyed
- else:
    听说印度要更独立了。 # speaker: zhanghao # mood: annoyed
}
普丽娅还没入职，我就和阿尔琼建立关系了。 # speaker: zhanghao # mood: concerned
你也知道他上周做了什么。
他直接打电话给阿尔琼，承诺了一个交付日期。
没叫普丽娅，也没叫交付团队。
阿尔琼问普丽娅：到底哪个日期算数？
而英国续约，张浩的项目，周四就要交给丹尼尔·费舍尔定夺。 # facilitator: 第二场反馈谈话，对象是外派员工，离他的续约只有三天。请问：现在谈，还是周四之后？谁在保续约，谁在守规矩？各自的代价是什么？留意：针对人的负面反馈，以及只对本地员工讲的公平。
+ [直接告诉他：他在印度的事上太护地盘了，也该学会放手，让普丽娅去管 # score: T-1 # feedback: 针对人的负面反馈：“护地盘”是一个评判，他只会为自己辩护，而不会改变做法。 # cap: org_development]
    ~ team = MAX(team - 1, 0)
    你太护地盘了。把印度放手吧。 # speaker: wudi # mood: annoyed
    护地盘。好吧。 # speaker: zhanghao # mood: annoyed
    他不再过问印度，也不再及时回普丽娅的邮件了。
+ [今天就让普丽娅给阿尔琼一个准日期，和张浩的谈话等周四续约签完再说 # score: O+2 BE+1 # feedback: 这一周先顾续约和客户，阿尔琼手里也只剩一个日期。代价是：周四之后，这场谈话一拖再拖，团队看着一位外派员工破了规矩，却没人说一句话。 # cap: business_value]
    ~ account = MIN(account + 1, 2)
    一小时内，普丽娅打给了阿尔琼。一个日期，写明由交付团队负责。
    周四，张浩签下了英国续约。孟买的事，他一句也没听到。
    雅加达有人在团队群里问：规矩对伦敦也算数吗？
+ [告诉他那通电话造成了什么、印度需要他怎么配合、他下一步往哪里走 # score: T+3 BE+1 # feedback: 他做了什么、带来了什么后果、下一步怎么走，也给他成长的空间：公平意味着本地和外派员工守同一套规矩。只是这番话落在续约前三天，他可能会把情绪带进谈判室。 # cap: cross_cultural]
    ~ team = MIN(team + 1, 4)
    ~ account = MIN(account + 1, 2)
    上周你没叫普丽娅和交付，就给了阿尔琼一个日期。 # speaker: wudi # mood: neutral
    他手里有两个日期，现在哪个都不信。 # speaker: wudi # mood: concerned
    印度归普丽娅。你的下一步，我们俩得好好谈谈。 # speaker: wudi # mood: thinking
    他沉默了一会儿。
    我去找阿尔琼，把日期改回普丽娅那个。 # speaker: zhanghao # mood: neutral
    然后，我们谈谈我下一步去哪儿。等周四之后。 # speaker: zhanghao # mood: neutral
    周四，他面对丹尼尔的采购团队，头一个小时都绷着脸。续约还是签下来了。
- -> d7_structure

=== d7_structure ===
周二，系统部办公区。林晓在墙上钉了两张图。 # scene: tianyu_office # music: office
左边是一月以来的子午：集团职能在伦敦，
各子网CTO虚线汇报给埃莉诺。
右边是你的团队：四十一个名字。
大多数线条都连到张浩或林晓。
纸面上，本地员工归各国代表处管。
谁签什么，没人说得清。
子午一月份就调整了架构，我们还没动。 # speaker: linxiao # mood: thinking
可德国试点六周后才结束。现在重画，试点做到一半我就要少一半人。 # speaker: linxiao # mood: concerned # facilitator: 客户群的组织设计：跟上客户的组织和决策方式、与各国代表处共同管理、简单高效。请问：普丽娅三周后就要做决定，是现在重画，还是等试点和续约结束？谁支持哪一边？各自的代价是什么？留意：为了简单，把每位本地负责人都放到外派员工之下。
+ [减少汇报线：所有子网都归到张浩或林晓名下 # score: T-1 O+1 # feedback: 纸面上简单，却没有跟上客户的结构，还把每位本地负责人都放在外派员工之下：普丽娅碰到的天花板，被画进了组织图。 # cap: org_development]
    ~ team = MAX(team - 1, 0)
    两条线，好管。 # speaker: wudi # mood: neutral
    普丽娅的名字，又一次落在张浩下面一格。 # speaker: linxiao # mood: concerned
+ [马上按子午的架构重画：伦敦一个集团团队，子网各一个铁三角，和代表处一起管 # score: T+3 S+1 # feedback: 团队结构跟上客户的组织和决策方式，与各国代表处共同管理，而且简单。代价是：试点和续约进行到一半，就要调整组织。 # cap: org_development]
    ~ team = MIN(team + 1, 4)
    一个集团团队，对接埃莉诺和丹尼尔。每个子网一个铁三角。 # speaker: wudi # mood: thinking
    每个铁三角和所在国代表处共管。就这么简单。 # speaker: wudi # mood: neutral
    { priya_signed:
        普丽娅带印度铁三角，同时进集团团队，负责亚洲。
    - else:
        普丽娅带印度铁三角。集团团队仍然全是伦敦的人。
    }
    一页纸就画得下。试点的人手，我再想办法。 # speaker: linxiao # mood: thinking
+ [同样的设计，但等德国试点和英国续约都收尾，一月份再和各国代表处一起正式推行 # score: O+2 S+1 # feedback: 护住两个正在进行的项目，也能和各国代表处把调整做扎实。代价是：普丽娅做决定之前，什么都看不到变化，团队会以为又是老一套。 # cap: strategic_thinking]
    ~ account = MIN(account + 1, 2)
    一月份，和代表处一起，好好做。 # speaker: wudi # mood: neutral
    试点的人手保住了。林晓小心地把图取了下来。
    孟买那边，普丽娅听说新架构要来了。一月份。
+ [各子网负责人直接向你汇报，从各国代表处抽出来 # score: T-1 R-1 # feedback: 本地负责人是被看见了，可负责招聘、发薪、提供支持的各国代表处从此置身事外；二十多条线汇到一个系统部部长身上，也谈不上简单高效。 # cap: org_development]
    各子网负责人直接向我汇报，代表处不再插手。 # speaker: wudi # mood: neutral
    林晓重画了组织图：二十条线，全都连到你的方框里。
    到了周五，两位国家代表来问：他们的人请假，该由谁批？
- -> d8_authority

=== d8_authority ===
孙梅招手让你去财务角。 # scene: finance_room # music: office
普丽娅的申请：浦那扩容项目给阿尔琼让两个点。 # speaker: sunmei # mood: neutral
一个月前报到总部，现在还在排队。 # speaker: sunmei # mood: concerned
卡斯特兰的报价就在阿尔琼桌上，他要我们这周把价格报过去。 # speaker: sunmei # mood: concerned
她想给最好的工程师发个即时奖励，也得深圳批。 # speaker: sunmei # mood: thinking
{ priya_signed:
    赵林要你拿出分级和额度。理由就摆在眼前。
}
到底该谁来拍板？ # speaker: sunmei # mood: thinking # facilitator: 分级清晰的人力资源和价格授权：层级、额度、定期回顾。请问：一套要一周才能签下来的规则，和一个今天就能保住浦那的决定，选哪个？谁支持哪一边？各自的代价是什么？留意：空白支票，以及什么都收归中央。
+ [让普丽娅需要什么就自己定，你事后补签 # score: T+1 O-2 # feedback: 只有信任、没有控制，不叫授权。没有层级和回顾的空白支票，让毛利和合规都承担风险，出了问题她也首当其冲。 # cap: business_acumen]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    ~ account = MAX(account - 1, -1)
    让普丽娅自己定，我事后补签。 # speaker: wudi # mood: pleased
    她当天就签下了浦那，让了四个点。 # speaker: sunmei # mood: concerned
    没人告诉她两个点为止。 # speaker: sunmei # mood: concerned
+ [今天你亲自批下这两个点，授权规则等这个季度过完、和财务一起再定 # score: BE+2 O+1 # feedback: 浦那这周保住了，价格也是普丽娅要的那个。但队伍只是排到了你的桌上：她还是发不了即时奖励，下一个申请还得等你。 # cap: business_value]
    ~ account = MIN(account + 1, 2)
    两个点，我现在就签。 # speaker: wudi # mood: neutral
    午饭前，阿尔琼拿到了答复。卡斯特兰的报价被收回了抽屉。
    周五，普丽娅的下一个申请到了。还是交到你这里。
+ [新团队稳定之前，审批权先集中在上面，同时催总部加快排队 # score: T-1 O+1 BE-1 # feedback: 只有控制、没有授权：今天的毛利是保住了，但漫长的等待还在，它正把你最好的人和客户一起推向友商。 # cap: org_development]
    ~ priya_trust = MAX(priya_trust - 1, -1)
    ~ account = MAX(account - 1, -1)
    审批先照旧集中吧。 # speaker: wudi # mood: neutral
    那浦那就得等。卡斯特兰可不会等。 # speaker: sunmei # mood: concerned
+ [写一页纸：价格和人事奖励，谁在哪一级拍板，每月回顾一次 # score: T+3 O+1 # feedback: 分级清晰的授权：子网团队在自己的额度内决策，超出的由你批，最高一级才上总部，每月回顾保证可控。代价是签下来要一周，这一周阿尔琼手里一直攥着卡斯特兰的报价。 # cap: business_acumen]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    ~ hq_backing = MIN(hq_backing + 1, 2)
    子网铁三角：三个点以内，外加即时奖励。 # speaker: wudi # mood: thinking
    我：六个点以内，外加高级及以下的晋升。 # speaker: wudi # mood: neutral
    再往上是地区部和总部。每月回顾一次。 # speaker: wudi # mood: neutral
    一页纸。财务能接受一页纸。 # speaker: sunmei # mood: pleased
    一周后，赵林签了字。阿尔琼等了一周，也明说了。
    下周五，普丽娅签下浦那，让了两个点，在她的额度之内。
- -> d9_values

=== d9_values ===
季度团队会，视频连线，六个时区全员在线。 # scene: video_call # music: office
总部要求每个系统部本季度开一次核心价值观研讨。
二十二页胶片：客户第一、敬业奉献、持续改进。
去年我们照着念了一遍，一半人关着摄像头。 # speaker: linxiao # mood: concerned
对了，阿尔琼说想参加。他说有些话想跟我们讲。 # speaker: linxiao # mood: thinking # facilitator: 核心价值观的本地化。请问：价值观是在团队自己的故事里活起来，还是在客户的声音里？谁支持哪一边？各自的代价是什么？留意：把胶片翻译一遍，就当作文化建设。
+ [请每个子网讲一个今年践行价值观的真实故事，当着全员表彰讲得最好的那一个 # score: T+3 BE+1 # feedback: 同样的价值观，由本地员工用本地故事讲出来，再公开表彰：人们相信的，是自己亲身经历过的。代价是视角朝内，阿尔琼的好意没用上。 # cap: cross_cultural]
    ~ team = MIN(team + 1, 4)
    约翰内斯堡先来。 # speaker: kwame # mood: pleased
    轮流停电十二个小时，我们靠柴油机保住了子午的核心网。 # speaker: kwame # mood: pleased
    没人要求我们这么做。那是客户的网络。 # speaker: kwame # mood: neutral
    雅加达、圣保罗、孟买接着讲。没有一个摄像头是关着的。
    阿尔琼收到一封客气的感谢邮件。他的提议，只好等下个季度了。
+ [把胶片翻译成四种语言，认认真真讲一遍 # score: T-1 # feedback: 翻译出来的价值观，不等于践行出来的价值观：照着总部胶片念，只会坐实文化属于总部。 # cap: cross_cultural]
    ~ team = MAX(team - 1, 0)
    胶片有了四种语言的版本。
    摄像头也用四种语言关上了。
+ [把各团队负责人请到深圳，跟总部讲师一起参加一周价值观研讨 # score: T+1 O-1 # feedback: 对负责人是很好的历练，但他们大多是外派员工，成本也不低。价值观留在了深圳，本地团队只能听二手转述。 # cap: cross_cultural]
    六位负责人飞到深圳，其中五位是中国人。
    他们满怀激情地回来。其他人只是听他们讲了讲。
+ [前半个小时交给阿尔琼：在子午看来，“客户第一”做得好和不好的地方 # score: BE+2 T+1 # feedback: 客户亲口讲，“客户第一”就具体了，阿尔琼也会记得被请来说话。代价是：客户在场，大家忙着表现，而不是讲自己的故事。 # cap: customer_partnering]
    ~ account = MIN(account + 1, 2)
    阿尔琼讲了二十分钟，讲到了金奈，也讲到了浦那。
    凌晨两点打电话，你们的人接了。北维从来不接。 # speaker: arjun # mood: pleased
    团队听得很认真。之后，没什么人再补充。
- -> d10_offer

=== d10_offer ===
月底最后一天，又是孟买那家咖啡馆。 # scene: cafe # music: tension
{ team >= 3:
    进门前，你看了一眼团队群。
    雅加达和圣保罗在争论，为了一个客户。
- else:
    { team >= 1:
        团队群比以前热闹了些。但不是每个人都信。
    - else:
        团队群很安静。
        两位本地工程师把职业主页改成了“正在看机会”。
    }
}
拉尔斯今天早上来过电话，要我今晚答复。 # speaker: priya # mood: neutral
那么，什么变了？ # speaker: priya # mood: thinking # facilitator: 最后一次谈话：激励，以及激励的时机。请问：今晚你能诚实地摆上桌面的有什么？如果手里有为她签批的文件，是把文件摆出来，还是把金奈的方案交给她牵头，让她周一就和那个总是先找她的客户一起干起来？谁支持哪一边？各自的代价是什么？留意：总部没批的东西，以及拿钱作为最后的筹码。
+ {priya_signed} [把签批的文件摆出来：职位、授权、下一步 # score: T+3 BE+1 # feedback: 给出的都是已经批准的，白纸黑字，正当其时：成长、认可、授权和公平。代价是：今晚就是拿文件对文件，和北维的邀约逐条比；里面没有一件是她周一就能动手做的。 # cap: org_development]
    ~ priya_trust = MIN(priya_trust + 2, 5)
    全都签批了。哪一项都不取决于我的心情。 # speaker: wudi # mood: neutral
    她一页一页地看完了。
+ [从周一起，金奈的方案交给她牵头，递给埃莉诺团队时署她的名字 # score: BE+2 T+1 # feedback: 周一就能开始的成长，对接的正是总是先找她的那个客户；集团也会从她自己的方案里记住她的名字。代价是：今晚她听到的是客户需要她做什么，而不是她这里变了什么；多一份方案是多一份活儿，不是一个席位。 # cap: customer_partnering]
    ~ priya_trust = MIN(priya_trust + 2, 5)
    阿尔琼三月前要一份金奈的方案。我希望由你来做。 # speaker: wudi # mood: neutral
    你的方案，递给埃莉诺团队时署你的名字。 # speaker: wudi # mood: thinking
    那是活儿。拉尔斯给的是一个席位。 # speaker: priya # mood: thinking
    可她还是问了一句：金奈的数据什么时候能到？
+ [坦白说清：哪些已批，哪些还在走，什么时候有结果 # score: T+2 # feedback: 坦承自己权限的边界：带日期的明确承诺，比大话更能建立信任。代价是：今晚她要拿几个日期，去和北维白纸黑字的邀约比。 # cap: org_development]
    ~ priya_trust = MIN(priya_trust + 1, 5)
    这些已经签了。这些还没有。 # speaker: wudi # mood: neutral
    其余的三月前会有结果。如果不成，我第一个告诉你。 # speaker: wudi # mood: thinking
    她点点头。你没有夸大任何东西，她注意到了。
+ {money_only} [把保留奖金摆上桌，请她今天就签字，赶在拉尔斯再打电话之前 # score: T-1 O-1 # feedback: 用钱收尾：她也许会签，但你是在北维最擅长的地方和它竞价，限时签字也让一切更像一笔交易。 # cap: business_acumen]
    比北维高15%。今天签，就是你的。 # speaker: wudi # mood: neutral
    她盯着那个数字看了很久。
+ [向她保证集团岗位和一月加薪：总部那边会同意的 # score: T-2 R-1 # feedback: 许下总部没批的承诺：一旦落空，她会带着怨气离开，也会带走团队对你的信任。 # cap: strategic_risk]
    ~ promised = true
    ~ priya_trust = MIN(priya_trust + 1, 5)
    集团岗位，一月加薪。我说到做到。 # speaker: wudi # mood: pleased
    是你说到做到，还是总部？ # speaker: priya # mood: thinking
- -> d11_bench

=== d11_bench ===
当晚，孟买机场的候机厅。 # scene: airport # music: night
普丽娅说过，午夜前给你答复。你的手机一直没亮。
然后它响了。是赵林，在转机的间隙。
总部要求子午项目上每个关键岗位都有接班计划。 # speaker: zhaolin # mood: neutral
下周五之前交。包括你自己的岗位。 # speaker: zhaolin # mood: neutral
如果你明天就不在了，谁来管这个客户？ # speaker: zhaolin # mood: thinking # facilitator: 看得见的后备梯队与本地人才培养。请问：一份周五就能签下来的名单，和一份团队看得见、总部会质疑的名单，选哪个？谁支持哪一边？各自的代价是什么？留意：只写熟面孔的“安全”名单，以及秘密名单。
+ [每个岗位两个人选，至少一个本地员工，各配一份团队看得到的培养计划 # score: T+3 S+1 # feedback: 看得见的后备梯队：有名字、有计划，晋升就从恩赐变成了一条路。代价是：总部会质疑这些陌生的本地名字，周五之前签不下来。 # cap: org_development]
    ~ bench = true
    ~ team = MIN(team + 1, 4)
    每个岗位两个人选，至少一个本地员工，每人一份计划。 # speaker: wudi # mood: thinking
    印度：普丽娅的副手维克拉姆。我的岗位：普丽娅，还有林晓。 # speaker: wudi # mood: neutral
    你自己的接班人，是本地员工。总部会问为什么。 # speaker: zhaolin # mood: surprised
    很好。那他们就会记住她的名字。 # speaker: wudi # mood: neutral
+ [每个岗位都写张浩和林晓：经过考验、值得信任、总部都认识 # score: T-2 # feedback: 只写熟面孔的名单，正是普丽娅两次被推迟的原因；本地团队会读这份名单，也会读出它的沉默。 # cap: cross_cultural]
    ~ team = MAX(team - 1, 0)
    稳妥的名字，总部会签的。 # speaker: zhaolin # mood: neutral
    可这个客户上的每个本地员工，都会看出谁不在名单上。 # speaker: zhaolin # mood: concerned
+ [让普丽娅做你的接班人，其余岗位写总部熟悉的人选，这样周五就能签下来 # score: S+2 T+1 # feedback: 一份可信、按时签下的客户接班计划，最强的本地人才排在最前面。代价是：一群外派员工中间只有一个本地名字，看起来像个例外，而不是一条路。 # cap: strategic_thinking]
    ~ account = MIN(account + 1, 2)
    我的岗位写普丽娅。其余的，写总部认识的人。 # speaker: wudi # mood: neutral
    这份周五就能签。 # speaker: zhaolin # mood: pleased
    那维克拉姆呢？夸梅呢？ # speaker: zhaolin # mood: thinking
+ [只给人力资源部一份保密名单，免得有人失望，也免得有人四处活动 # score: T-1 # feedback: 秘密的梯队激励不了任何人：看得见的梯队才能告诉本地人才前面有路，有人离开时你也不至于措手不及。 # cap: org_development]
    保密，可以。 # speaker: zhaolin # mood: neutral
    那它就激励不了任何人，不是吗？ # speaker: zhaolin # mood: thinking
- -> finale

=== finale ===
~ fit = priya_trust + team + hq_backing + account
{ money_only:
    ~ fit -= 1
}
{
- promised and fit >= 8:
    -> ending_mixed_promise
- promised:
    -> ending_poor_promise
- fit >= 12 and priya_trust >= 4 and team >= 2:
    -> ending_strong
- priya_trust >= 3 and fit >= 8:
    -> ending_mixed_stayed
- fit >= 8:
    -> ending_mixed_left
- else:
    -> ending_poor
}

=== ending_strong ===
午夜前两分钟，普丽娅发来一条消息。 # sfx: notify
留下。这次，我们把它做扎实。 # speaker: priya # mood: pleased
六个月后。伦敦，子午的季度业务回顾会。 # scene: meridian_boardroom # music: boardroom
普丽娅向埃莉诺汇报印度的业绩，阿尔琼在孟买连线。
印度的扩容按集团框架推进，按期交付，毛利达标。
原来这就是普丽娅。阿尔琼提起她的次数，比提他自己团队还多。 # speaker: eleanor # mood: pleased
我想请她参加我们的亚洲经验分享会。 # speaker: eleanor # mood: pleased
拉尔斯·诺丁给普丽娅发了一条简短的消息：祝你好运，门一直开着。
{ team >= 4:
    团队例会轮换着开。这个季度由夸梅主持。
- else:
    团队例会比以前好多了。还有几个摄像头关着。
}
张浩负责集团层面的项目，还在带雅加达的新人。
{ bench:
    赵林请你在地区部介绍你的后备梯队。
- else:
    赵林又来要你的接班计划。这一次，要多写几个本地名字。
}
晋升来晚了。她会记住的，是你接下来做了什么。 # ending: strong
-> END

=== ending_mixed_stayed ===
午夜前，普丽娅发来一条消息。 # sfx: notify
我留下。先看看吧。 # speaker: priya # mood: thinking
四个月后。子午印度的网络运营中心，凌晨两点。 # scene: network_ops # music: night
浦那今晚割接上线。普丽娅指挥割接，阿尔琼的团队盯着同一块屏幕。
{ account >= 2:
    割接一次成功。阿尔琼在集团群里只发了两个字：完成。
- else:
    一条链路断了四十分钟。普丽娅当场就给伦敦打了电话，带着她的方案。
}
凌晨四点，端着难喝的咖啡，她说出了想说的话。
{ bench:
    人的事，还是伦敦说了算。维克拉姆有了培养计划，他老问我什么时候能变成职位。 # speaker: priya # mood: concerned
- else:
    人的事，还是伦敦说了算。维克拉姆问我，为什么哪份名单上都没有他。 # speaker: priya # mood: concerned
}
{ money_only:
    而且大家都知道我的奖金了。已经有三个人来要了。 # speaker: priya # mood: annoyed
}
{ team >= 2:
    团队觉得自己的声音被听见了一些。不是每个地方，也还不够。
- else:
    雅加达还在问到底谁说了算。没人告诉他们。
}
半年考评里，赵林只写了一句：人留住了，下一步是把能留住下一个人的机制建起来。
你留住了她，也留住了客户。可拖住她的那套机制，还剩一半没动。 # ending: mixed
-> END

=== ending_mixed_left ===
~ priya_stayed = false
午夜，普丽娅打来电话。 # sfx: notify
我答应拉尔斯了。我想让你从我这里听到。 # speaker: priya # mood: concerned
三个月后。子午印度，阿尔琼的办公室。 # scene: opco_office # music: office
阿尔琼的扩容计划摆在桌上。北维也受邀投标。
{ bench:
    普丽娅的副手维克拉姆代表天宇讲方案。他的计划早就备好了，看得出来。
    他不错。只是还不是普丽娅。还不是。 # speaker: arjun # mood: thinking
- else:
    张浩代表天宇讲方案。他昨晚才飞过来。
    这些答案，以前普丽娅一个电话就给我了。 # speaker: arjun # mood: concerned
}
{ team >= 3:
    团队其他人稳住了。印度没有第二个人再接北维的电话。
- else:
    她手下两位工程师打听北维的情况。其中一位走了。
}
我们丢了她，没丢客户。下一次，要早两年开始。 # speaker: zhaolin # mood: concerned
你做出的改变，够留住团队，却没赶上留住她。 # ending: mixed
-> END

=== ending_mixed_promise ===
午夜前，普丽娅发来一条消息：我留下。凭你这句话。 # sfx: notify
二月。伦敦，子午董事会会议室外的走廊，集团季度会刚散。 # scene: corridor # music: tension
普丽娅刚向埃莉诺汇报完印度。讲得很好，埃莉诺要了她的胶片。
{priya_signed:她讲的时候，赵林的消息到了：你在已签方案之外许诺的一月加薪，没批。|她讲的时候，赵林的消息到了：集团岗位没批，加薪减半。}
{ team >= 3:
    别的都还在：团队例会运转顺畅，各子网也敢在会上发声了。
}
就在走廊窗边，你赶在人力资源部之前告诉了她。
她一言不发地听完，说要考虑一天。
我留下。但从现在起，我要的是日期，写在纸上的。 # speaker: priya # mood: concerned
阿尔琼的下一笔订单，还是经她的手。只是你的一句话，从此不如你的一个签字管用。
你搭起来的其他东西都立住了。她记住的，是你没能兑现的那一句话。 # ending: mixed
-> END

=== ending_poor_promise ===
~ priya_stayed = false
午夜前，普丽娅发来一条消息：我留下。凭你这句话。 # sfx: notify
一月。和总部人力资源部、赵林、普丽娅的视频会。 # scene: video_call # music: tension
集团岗位没批。今年没有加薪。
普丽娅关掉摄像头，又打开。
北维印度负责人的位子还空着。拉尔斯特意告诉了我。 # speaker: priya # mood: annoyed
周五，她递了辞呈。阿尔琼比你先从她那里听说。
卡斯特兰拿下了浦那二期。她手下两位工程师跟着她去了北维。
{ hq_backing < 0:
    你之后报的晋升材料，总部人力资源部都看得很慢。
}
赵林把印度的人事决定收回地区部，为期一年。
你承诺了只有总部才能给的东西。先付出代价的是她，然后是这个客户。 # ending: poor
-> END

=== ending_poor ===
~ priya_stayed = false
午夜过了。凌晨一点，一条消息：我接受了北维的邀约。 # sfx: notify
两个月后。伦敦，财务角。 # scene: finance_room # music: tension
孙梅把印度的预测表投在屏幕上。
浦那二期：卡斯特兰。金奈：重新招标，北维在名单上。 # speaker: sunmei # mood: concerned
普丽娅手下两位工程师辞职了，都去了北维。 # speaker: sunmei # mood: concerned
{ money_only:
    为她预算的那笔保留奖金，还挂在账上。 # speaker: sunmei # mood: thinking
}
{ team <= 0:
    团队例会上，说话的还是那几个人。大多数摄像头都关着。
}
{ bench:
    维克拉姆撑着印度。他提前一年被推了上来，自己也清楚。
- else:
    张浩在伦敦兼管印度。阿尔琼现在先接拉尔斯的电话。
}
赵林要你在三月前重做印度的计划，亲自负责，每月回顾。
晋升来了，别的什么都没来。团队都看在眼里。 # ending: poor
-> END
