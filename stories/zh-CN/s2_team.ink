# title: 姗姗来迟的提拔
# role: T
# order: 2
# summary: 团队里最出色的本地骨干普丽娅·奈尔，晚了两年才等来晋升，手里还握着北维的工作邀约。吴迪只有四周时间，向她、也向整个团队证明：事情真的会变。

VAR priya_trust = 0
VAR team = 0
VAR hq_backing = 0
VAR money_only = false
VAR promised = false
VAR bench = false
VAR fit = 0

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
夸梅的南非进展又被挪到下周。又一次。
聊天框里跳出一行字，来自雅加达：每周都这样。
会后，夸梅单独给你打了电话。
我可以直说吗？ # speaker: kwame # mood: concerned
大家都说，这个会是开给外派员工的，我们只负责听。 # speaker: kwame # mood: concerned
开会时你们用中文私聊，也不太好。 # speaker: kwame # mood: thinking # facilitator: 跨文化团队的沟通机制。请学员想想，自己团队的例会是围着谁的声音转的？六个时区、两种语言、一个会。陷阱是压缩议程却还是那几个人在说话，或者只做一次倾听的姿态。
+ [压缩例会：只讲最大的五个项目，其余的走邮件 # score: T-1 S+1 # feedback: 聚焦最大的项目，本是正确的客户战略，可这五个项目全在外派员工手里。只听得见大声音的会议，会滑向“只管外派员工”。 # cap: org_development]
    ~ team -= 1
    三十分钟，五个项目，其余的发邮件。 # speaker: wudi # mood: neutral
    行吧。 # speaker: kwame # mood: neutral
    例会变短了。从那以后，夸梅的摄像头再没打开过。
+ [重建例会：时段轮换、各铁三角轮流主讲、统一工作语言 # score: T+3 # feedback: 跨文化团队的沟通机制：时差之苦大家轮流分担，每个铁三角都有发言机会，公共频道统一语言，每个声音才真正算数。 # cap: cross_cultural]
    ~ team += 2
    从下周起，例会时间轮换，最难熬的时段大家轮流来。 # speaker: wudi # mood: thinking
    各子网铁三角轮流开场，书面进展提前一天发出。 # speaker: wudi # mood: neutral
    公共频道一律用英文。要私聊，另开小窗。 # speaker: wudi # mood: neutral
    你会听到比想象中多得多的声音。 # speaker: kwame # mood: pleased
    张浩把新规则读了两遍，什么也没说。
+ [谢谢夸梅，再请他私下摸一摸本地员工的想法 # score: T+1 # feedback: 倾听是好的开始，但这让夸梅成了传话人，本身什么也没改变。平息抱怨靠的是沟通机制，而不是一次私下谈话。 # cap: cross_cultural]
    谢谢你。能帮我了解一下其他人的想法吗？ # speaker: wudi # mood: thinking
    可以。不过我想，你其实已经知道了。 # speaker: kwame # mood: neutral
    周五，他的总结发来了。和电话里说的一样，只是多了些例子。
- -> d2_cafe

=== d2_cafe ===
周三，孟买。子午印度公司对面的一家咖啡馆。 # scene: cafe # music: office
普丽娅已经到了。她总是早到。
你告诉她：晋升批下来了。她慢慢点了点头。
谢谢。我是真心的。 # speaker: priya # mood: neutral
要是在两年前，这意味着一切。 # speaker: priya # mood: thinking
上个月，拉尔斯·诺丁给我打了电话，亲自打的。 # speaker: priya # mood: neutral
北维请我去做他们的印度客户负责人。 # speaker: priya # mood: neutral
我请他给我四周时间，想看看这边会不会有变化。 # speaker: priya # mood: thinking
不是承诺，吴迪。是变化。 # speaker: priya # mood: concerned # facilitator: 激励从倾听开始。在这里暂停，请学员说说，这两年普丽娅失去了什么？好的第一句回应应该是什么样？注意三种本能反应：谈钱、甩锅、许诺。
+ [告诉她：北维给多少，我们就给多少 # score: T-2 O-1 # feedback: 只谈钱的挽留。它回答的是她没问的问题，等于告诉她：过去两年只是价钱没谈拢。上不封顶的“跟价”，也是一笔谁都没批过的成本。 # cap: org_development]
    ~ money_only = true
    ~ priya_trust -= 1
    不管北维给多少，我们都跟。 # speaker: wudi # mood: neutral
    很大方。可这不是我刚才说的。 # speaker: priya # mood: annoyed
+ [解释前两次是总部压着，这一次是你推下来的 # score: T-1 R-1 # feedback: 把责任推给总部。也许是事实，但现在在她眼里，你就代表公司：总部能压她两次，凭什么不会有第三次？这也会伤到你和总部人力资源部的关系，而这个月你正需要他们帮忙。 # cap: collaborative_influence]
    ~ hq_backing -= 1
    每份提名都要过深圳。前两次，是总部一直压着。 # speaker: wudi # mood: concerned
    这一次，是我亲自推下来的。 # speaker: wudi # mood: neutral
    所以，要看坐在你这个位子上的是谁。 # speaker: priya # mood: concerned
    那等你调走了呢？ # speaker: priya # mood: concerned
+ [代表公司承认拖得太久，再问她为什么愿意听拉尔斯的 # score: T+3 # feedback: 先担责，再倾听。激励要从对方的需要出发：成长、认可、公平，还有时机。没听懂一个人，就留不住这个人。 # cap: org_development]
    ~ priya_trust += 1
    两年，太久了。这是公司的责任，现在也是我的责任。 # speaker: wudi # mood: concerned
    是什么让你愿意听拉尔斯说下去？ # speaker: wudi # mood: thinking
    她讲了半个小时。你大部分时间都在听。
    伦敦的职位给了张浩，给我的答复是：再等等。 # speaker: priya # mood: neutral
    给阿尔琼让两个点，要等三周、发四封邮件。 # speaker: priya # mood: annoyed
    埃莉诺的团队没听过我的名字，阿尔琼却总是先打给我。 # speaker: priya # mood: thinking
    拉尔斯给我的，是他们集团团队里的一个位子。这才最扎心。 # speaker: priya # mood: concerned
+ [承诺她：只要留下，张浩在伦敦的集团岗位就给她 # score: T-2 R-1 # feedback: 承诺了总部没批的东西。它换来一周时间，却透支了你最需要的信任，还背着张浩把他的岗位送了出去。 # cap: strategic_risk]
    ~ promised = true
    ~ priya_trust += 1
    留下来，伦敦的集团岗位就是你的。我来搞定。 # speaker: wudi # mood: pleased
    这个批了吗？ # speaker: priya # mood: surprised
    会批的。 # speaker: wudi # mood: neutral
    她在笔记本上记了下来，还写上了日期。
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
你需要我做什么？ # speaker: zhaolin # mood: thinking # facilitator: 挽留方案就是把激励落到实处：认可、成长、公平、时机。请学员讨论方案里该有什么，赵林实际能批什么。陷阱是只谈钱；觉得反正有外派员工能顶上，就放弃本地人才；以及让一个没批的承诺继续悬着。
+ [一笔比北维高15%的保留奖金，本周签批 # score: T-1 O-1 # feedback: 只谈钱的挽留很少奏效：为钱留下的人，也会为钱离开。它还会让其他本地员工觉得薪酬更不公平。 # cap: business_acumen]
    ~ money_only = true
    ~ hq_backing += 1
    钱，我能给你争取。 # speaker: zhaolin # mood: thinking
    可偏偏钱是北维最不缺的。 # speaker: zhaolin # mood: concerned
+ {priya_trust > 0 and not promised} [按她的诉求：亚洲集团席位、价格授权、被集团看见 # score: T+3 R+1 # feedback: 从她亲口说出的需要出发设计方案：成长、认可和授权，再补上薪酬公平。诉求越具体，老板越容易支持，而且哪一项都不需要空口许诺。 # cap: collaborative_influence]
    ~ hq_backing += 2
    集团席位，你在自己的团队架构里就能设。 # speaker: zhaolin # mood: neutral
    授权的事，给我分级和额度，不要空白支票。 # speaker: zhaolin # mood: neutral
    她的薪酬也低于市场水平，校准我今晚就签。 # speaker: zhaolin # mood: thinking
+ [晋升，加上按市场校准薪酬，再加一份发展计划 # score: T+2 R+1 # feedback: 稳妥的方案：认可、公平、成长都有了。但没先问她最看重什么，可能恰好漏掉能留住她的那一项。 # cap: org_development]
    ~ hq_backing += 1
    合理。薪酬那部分我今晚就签。 # speaker: zhaolin # mood: neutral
    这是她自己提的吗？ # speaker: zhaolin # mood: thinking
+ {promised} [今晚就收回伦敦岗位的承诺，改提站得住脚的方案 # score: T+2 R+1 # feedback: 尽快修补过度承诺。趁她还没当真，把总部没批的承诺收回来，丢的是面子，保住的是信任，老板也才有一个能支持的方案。 # cap: strategic_risk]
    ~ promised = false
    ~ priya_trust -= 1
    ~ hq_backing += 1
    您说得对。我今晚就打给她，把话收回来。 # speaker: wudi # mood: concerned
    然后给我一个能在总部站得住脚的方案。 # speaker: zhaolin # mood: thinking
    晚上十点，你拨通普丽娅的电话。那头沉默了很久。
    今晚听到，总比三月份才知道好。谢谢你告诉我。 # speaker: priya # mood: thinking
+ [暂时不用。她要是走了，先让张浩把印度顶起来 # score: T-2 S-1 BE-1 # feedback: 只管外派员工。把最好的本地人才看成外派员工随时能替代的人，等于告诉每位本地同事天花板在哪里。印度的客户计划和阿尔琼的信任都系在她身上，客户也会看在眼里。 # cap: cross_cultural]
    ~ team -= 1
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
目标、过程、反馈。填表是最容易的部分。
先说说这一年吧。我做得怎么样？ # speaker: priya # mood: neutral # facilitator: 绩效沟通的三个环节：目标、过程、反馈。请学员写下自己会对她说的第一句正面反馈，并且扣住她的某个目标。陷阱是笼统的表扬，以及觉得挽留更急而跳过面谈。
+ [告诉她：她是团队里最好的客户经理 # score: T+0 # feedback: 真诚，但太笼统。正面反馈要具体才有效：她做了什么、体现了什么、带来了什么变化。她没法拿去说服评审委员会的表扬，帮不了她。 # cap: org_development]
    你是团队里最棒的，大家都知道。 # speaker: wudi # mood: pleased
    除了晋升评审委员会。 # speaker: priya # mood: thinking
+ [对照目标复盘浦那：她做了什么，改变了什么 # score: T+3 BE+1 # feedback: 扣住目标的具体正面反馈：讲清她做了什么、体现了什么品质、给客户和团队带来了什么影响。这样的认可，她用得上，也说得出。 # cap: org_development]
    ~ priya_trust += 1
    你的目标是浦那续约，可你做到的不止续约。 # speaker: wudi # mood: thinking
    你把阿尔琼的规划团队和我们的交付团队拉进了一个房间。 # speaker: wudi # mood: thinking
    在签合同之前，而不是之后。这是判断力。 # speaker: wudi # mood: neutral
    省了六周。现在阿尔琼有事先找你，然后才找伦敦。 # speaker: wudi # mood: pleased
    她往椅背上一靠。从没有人这样跟她说过。
+ [简单过一下就好：这个月，挽留比走流程重要 # score: T-1 # feedback: 跳过面谈，一切就只剩下讨价还价。绩效沟通正是让成长、公平和认可被看见的地方，时机也很关键。 # cap: org_development]
    ~ priya_trust -= 1
    这次表格就先不填了，挽留的事更要紧。 # speaker: wudi # mood: neutral
    当然。表格可以等。它一直都在等。 # speaker: priya # mood: annoyed
- -> d5_gap

=== d5_gap ===
接着，她问出了你最想回避的问题。
评审委员会两次推迟我的晋升。他们到底说了什么？ # speaker: priya # mood: concerned
评语就在你的文件夹里，只有两行。
报喜不报忧。缺乏集团视角。
你知道这背后的事。去年五月，金奈的交付延误。
伦敦晚了三周才知道，而且是从阿尔琼那里听说的。 # facilitator: 负面反馈：描述行为而不评判人；讲清后果；商量下一步。请学员说说自己会怎么开口。陷阱是照搬评语里的标签，为了让她高兴而一笔带过，或者说委员会不公平。
+ [告诉她：五月的事都过去了，晋升也批了，别放在心上 # score: T-1 # feedback: 为了让人高兴而不给负面反馈。她仍然不知道是什么拖住了自己，也就无从改变，下一次评审委员会读到的还是同样的评语。 # cap: org_development]
    都过去了。晋升已经批了，别放在心上。 # speaker: wudi # mood: neutral
    那我还是不知道该改什么。 # speaker: priya # mood: concerned
+ [照评语原话念给她听 # score: T-1 # feedback: 这是给人贴标签，而不是描述行为。“缺乏集团视角”几个字，她不知道该改什么，听起来更像一纸判决。 # cap: org_development]
    ~ priya_trust -= 1
    他们说，你需要更多的集团视角。 # speaker: wudi # mood: neutral
    集团视角。印度我扛了三年。 # speaker: priya # mood: annoyed
+ [告诉她评语不公平：委员会根本不了解她的工作 # score: T-1 R-1 # feedback: 听着是安慰，其实是换个方式把责任推给总部。她失去了唯一能解释推迟原因的反馈，你也在削弱自己需要去改变的流程。 # cap: collaborative_influence]
    委员会不了解你的工作。评语别放在心上。 # speaker: wudi # mood: neutral
    那我下一次晋升谁来定？还是这个委员会？ # speaker: priya # mood: concerned
+ [讲清去年五月的事：金奈延误、它的影响、下一步 # score: T+3 BE+1 # feedback: 针对行为而不是针对人的负面反馈：发生了什么、对集团层面有什么影响，再和她一起把下一步定成目标。能让人得到晋升的，正是这样的反馈。 # cap: org_development]
    ~ priya_trust += 1
    去年五月，金奈的延误晚了三周才报到伦敦。 # speaker: wudi # mood: neutral
    埃莉诺的团队先从阿尔琼那里听说，到现在还会提起。 # speaker: wudi # mood: concerned
    下次当天就告诉伦敦，同时带上你的补救计划。 # speaker: wudi # mood: thinking
    我当时想先把问题解决了再说。 # speaker: priya # mood: thinking
    我明白从伦敦看是什么样子了。当天报，带着计划。 # speaker: priya # mood: pleased
    那就把它写进明年的目标吧。用你自己的话写。 # speaker: wudi # mood: neutral
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
阿尔琼问普丽娅：到底哪个日期算数？ # facilitator: 第二场反馈谈话，这次对象是外派员工。请学员讨论：公平只关乎本地员工吗？注意对事不对人，也要给他指一条路。
+ [这次先算了：他压力很大，英国续约也离不开他 # score: T-1 BE-1 # feedback: 对能干的外派员工网开一面，其实也是“只管外派员工”，只不过是以不作为的方式。本地团队看得清清楚楚谁可以不守规矩，阿尔琼手里也还是两个日期。 # cap: cross_cultural]
    ~ team -= 1
    先这样吧，专心做英国续约。 # speaker: wudi # mood: neutral
    他点点头，松了口气。孟买那边，阿尔琼手里还是两个日期。
+ [讲清他那通电话、它的影响，以及他的下一步 # score: T+3 BE+1 # feedback: 行为、后果、下一步，也给他成长的空间。公平意味着本地和外派员工都有清晰的角色，而不是换一批人得宠。 # cap: cross_cultural]
    ~ team += 1
    上周你没叫普丽娅和交付，就给了阿尔琼一个日期。 # speaker: wudi # mood: neutral
    他手里有两个日期，现在哪个都不信。 # speaker: wudi # mood: concerned
    印度归普丽娅。你的下一步，我们俩得好好谈谈。 # speaker: wudi # mood: thinking
    他沉默了一会儿。
    我去找阿尔琼，把日期改回普丽娅那个。 # speaker: zhanghao # mood: neutral
    然后，我们谈谈我下一步去哪儿。 # speaker: zhanghao # mood: neutral
+ [告诉他：他太护地盘了，该把印度放手了 # score: T-1 # feedback: 针对人的负面反馈。“护地盘”是一个评判，他只会为自己辩护，而不会改变做法。 # cap: org_development]
    你太护地盘了。把印度放手吧。 # speaker: wudi # mood: annoyed
    护地盘。好吧。 # speaker: zhanghao # mood: annoyed
    他放手了印度，也不再及时回普丽娅的邮件了。
- -> d7_structure

=== d7_structure ===
周二，系统部办公区。林晓在墙上钉了两张图。 # scene: tianyu_office # music: office
左边是一月以来的子午：集团职能在伦敦，
各子网CTO虚线汇报给埃莉诺。
右边是你的团队：四十一个名字。
大多数线条都连到张浩或林晓。
纸面上，本地员工归各国代表处管。
谁签什么，没人说得清。
子午一月份就调整了架构，我们还没动。 # speaker: linxiao # mood: thinking # facilitator: 客户群组织结构三原则：与客户的组织结构和决策模式匹配、与各国代表处共同管理、简单高效。请学员指出每个选项违反了哪一条，以及普丽娅最先会注意到哪一条。
+ [减少汇报线：所有子网都归到张浩或林晓名下 # score: T-1 O+1 # feedback: 纸面上简单，却没有与客户匹配，还把每位本地负责人都放在外派员工之下：普丽娅碰到的天花板，被画进了组织图。 # cap: org_development]
    ~ team -= 1
    两条线，好管。 # speaker: wudi # mood: neutral
    普丽娅的名字又落在张浩下面一格。又一次。 # speaker: linxiao # mood: concerned
+ [覆盖每个接口：每条产品线、每个区域各设一个委员会 # score: T-1 O-1 # feedback: 周全但笨重。委员会只会增加会议、模糊责任；客户群组织应当简单高效。 # cap: org_development]
    七个委员会。现在每个接口都有一个会。
    以前是一条说不清的线，现在是七个说得清的会。 # speaker: linxiao # mood: concerned
+ [对标子午：集团团队加各子网铁三角，与代表处共管 # score: T+3 S+1 R+1 # feedback: 与客户组织和决策模式匹配、与负责招聘和支持本地员工的各国代表处共同管理、简单高效的客户群组织。本地负责人管好自己的子网，在集团层面也有一席之地。 # cap: org_development]
    ~ team += 1
    一个集团团队，对接埃莉诺和丹尼尔。每个子网一个铁三角。 # speaker: wudi # mood: thinking
    每个铁三角和所在国代表处共同管理。别的都不要。 # speaker: wudi # mood: neutral
    { hq_backing >= 2:
        普丽娅带印度铁三角，同时进集团团队，负责亚洲。
    - else:
        普丽娅带印度铁三角。集团团队仍然全是伦敦的人。
    }
    一页纸就画得下。这是好兆头。 # speaker: linxiao # mood: pleased
+ [把本地负责人从各国代表处抽出来，直接向你汇报 # score: T-1 R-1 # feedback: 本地负责人是被看见了，却破坏了共同管理原则：负责招聘、发薪、提供支持的各国代表处从此置身事外，二十多条线汇到一个系统部部长身上，也谈不上简单高效。 # cap: org_development]
    各子网负责人直接向我汇报，代表处不再插手。 # speaker: wudi # mood: neutral
    林晓重画了组织图：二十二条线，全都连到你的方框里。
    到了周五，两位国家代表来问：他们的人请假，该由谁批？
- -> d8_authority

=== d8_authority ===
孙梅招手让你去财务角。 # scene: finance_room # music: office
普丽娅的申请：浦那扩容项目给阿尔琼让两个点。 # speaker: sunmei # mood: neutral
一个月前报到总部，现在还在排队。 # speaker: sunmei # mood: concerned
卡斯特兰昨天给阿尔琼报了价。 # speaker: sunmei # mood: concerned
她想给最好的工程师发个即时奖励，也得深圳批。 # speaker: sunmei # mood: thinking
{ hq_backing >= 2:
    赵林要你拿出分级和额度。理由就摆在眼前。
}
到底该谁来拍板？ # speaker: sunmei # mood: thinking # facilitator: 分级清晰的人力资源和价格授权：层级、额度、定期回顾。请学员说说自己的审批常卡在哪里，包括晋升。陷阱是空白支票，以及什么都收归中央。
+ [新架构稳定之前，审批权先继续集中在上面 # score: T-1 O+1 BE-1 # feedback: 只有控制、没有授权。今天的毛利是保住了，但漫长的等待还在，它正把你最好的人和客户一起推向竞争对手。 # cap: org_development]
    ~ priya_trust -= 1
    审批先照旧集中吧。 # speaker: wudi # mood: neutral
    那浦那就得等。卡斯特兰可不会等。 # speaker: sunmei # mood: concerned
+ [让普丽娅需要什么就自己定，你事后补签 # score: T+1 O-2 # feedback: 只有信任、没有控制，不叫授权。没有层级和回顾的空白支票，让毛利和合规都承担风险，出了问题她也首当其冲。 # cap: business_acumen]
    让普丽娅自己定，我事后补签。 # speaker: wudi # mood: pleased
    她当天就签下了浦那，让了四个点。 # speaker: sunmei # mood: concerned
    没人告诉她两个点为止。 # speaker: sunmei # mood: concerned
+ [写一页授权表：价格和人事，谁在哪一级拍板 # score: T+3 O+2 # feedback: 分级清晰的人力资源和价格授权：子网铁三角在自己的额度内决策，超出的由你来批，最高一级才上总部。晋升不再在深圳排队，每月回顾保证可控。 # cap: business_acumen]
    ~ priya_trust += 1
    子网铁三角：三个点以内，外加即时奖励。 # speaker: wudi # mood: thinking
    我：六个点以内，外加高级及以下的晋升。 # speaker: wudi # mood: neutral
    再往上是地区部和总部。每月回顾一次。 # speaker: wudi # mood: neutral
    一页纸。财务能接受一页纸。 # speaker: sunmei # mood: pleased
    周四，赵林签了字。总部只保留最高一级。
    周五，普丽娅签下浦那，让了两个点，在她的额度之内。
- -> d9_values

=== d9_values ===
季度团队会，视频连线，六个时区全员在线。 # scene: video_call # music: office
总部要求每个系统部本季度开一次核心价值观研讨。
二十二页胶片：客户第一、敬业奉献、持续改进。
去年我们照着念了一遍，一半人关着摄像头。 # speaker: linxiao # mood: concerned # facilitator: 核心价值观的本地化。请学员想想，客户第一在约翰内斯堡、孟买或圣保罗是什么样子。陷阱是把胶片翻译一遍，就当作文化建设。
+ [把胶片翻译成四种语言，认认真真讲一遍 # score: T-1 # feedback: 翻译出来的价值观，不等于践行出来的价值观。照着总部胶片念，只会坐实文化属于总部。 # cap: cross_cultural]
    胶片有了四种语言的版本。
    摄像头也用四种语言关上了。
+ [每个子网讲一个践行价值观的故事，表彰最好的 # score: T+3 BE+1 # feedback: 核心价值观本地化：同样的价值观，由本地员工用本地故事讲出来，再公开表彰。人们相信的，是自己亲身经历过的；“客户第一”也就成了客户看得见的东西。 # cap: cross_cultural]
    ~ team += 1
    约翰内斯堡先来。 # speaker: kwame # mood: pleased
    轮流停电十二个小时，我们靠柴油机保住了子午的核心网。 # speaker: kwame # mood: pleased
    没人要求我们这么做。那是客户的网络。 # speaker: kwame # mood: neutral
    雅加达、圣保罗、孟买接着讲。没有一个摄像头是关着的。
+ [把各团队负责人请到深圳总部，参加一周价值观研讨 # score: T+1 O-1 # feedback: 对负责人是很好的历练，但他们大多是外派员工，成本也不低。价值观留在了深圳，本地团队只能听二手转述。 # cap: cross_cultural]
    六位负责人飞到深圳，其中五位是中国人。
    他们满怀激情地回来。其他人只是听他们讲了讲。
- -> d10_offer

=== d10_offer ===
月底最后一天，又是孟买那家咖啡馆。 # scene: cafe # music: tension
{ team >= 4:
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
那么，什么变了？ # speaker: priya # mood: thinking # facilitator: 最后一次谈话：激励，以及激励的时机。请学员说说，今晚自己能诚实地摆上桌面的有什么。陷阱是承诺总部没批的东西，以及拿钱作为最后的筹码。
+ [承诺集团岗位和一月加薪：总部那边会同意的 # score: T-2 R-1 # feedback: 承诺了总部没批的东西。一旦落空，她会带着怨气离开，也会带走团队对你的信任。 # cap: strategic_risk]
    ~ promised = true
    ~ priya_trust += 1
    集团岗位，一月加薪。我说到做到。 # speaker: wudi # mood: pleased
    是你说到做到，还是总部？ # speaker: priya # mood: thinking
+ {hq_backing >= 2} [把已签批的摆出来：新职位、亚洲席位、薪酬校准 # score: T+3 BE+1 # feedback: 给出的都是已经批准的，而且出自她自己的诉求：成长、认可、授权和公平，白纸黑字，正当其时。留住她，也就留住了阿尔琼第一个打电话的人。 # cap: org_development]
    ~ priya_trust += 2
    全都签批了。哪一项都不取决于我的心情。 # speaker: wudi # mood: neutral
    她一页一页地看完了。
+ {money_only} [把保留奖金摆上桌，请她今天就签字 # score: T-1 O-1 # feedback: 用钱收尾。她也许会签，但你是在北维最擅长的地方和它竞价，限时签字也让一切更像一笔交易。 # cap: business_acumen]
    比北维高15%。今天签，就是你的。 # speaker: wudi # mood: neutral
    她盯着那个数字看了很久。
+ [坦白说清：哪些已批，哪些还在走，什么时候有结果 # score: T+2 # feedback: 坦承自己权限的边界。带日期的明确承诺，比大话更能建立信任，她也能自己判断这条路。 # cap: org_development]
    ~ priya_trust += 1
    这些已经签了。这些还没有。 # speaker: wudi # mood: neutral
    其余的三月前会有结果。如果不成，我第一个告诉你。 # speaker: wudi # mood: thinking
    她点点头。你没有夸大任何东西，她注意到了。
- -> d11_bench

=== d11_bench ===
当晚，孟买机场的候机厅。 # scene: airport # music: night
普丽娅说午夜前给答复。你的手机一直没亮。
然后它响了。是赵林，在两趟航班之间。
总部要子午系统部所有关键岗位的继任计划。 # speaker: zhaolin # mood: neutral
下周五之前交。包括你自己的岗位。 # speaker: zhaolin # mood: neutral
如果明天你不在了，谁来管这个客户？ # speaker: zhaolin # mood: thinking # facilitator: 看得见的后备梯队和本地人才培养。请学员数一数，自己的继任名单上有几个本地员工，他们本人知道吗？陷阱是只列稳妥的外派名单，或者把名单藏起来。
+ [每个岗位都写张浩和林晓：久经考验、值得信任、总部熟悉 # score: T-2 # feedback: 只管外派员工。只看熟面孔的后备名单，正是普丽娅被推迟两次的原因；本地团队会读这份名单，也会读出它的沉默。 # cap: cross_cultural]
    ~ team -= 1
    稳妥的名字，总部会批。 # speaker: zhaolin # mood: neutral
    可这个客户上的每个本地员工，都会看出谁不在名单上。 # speaker: zhaolin # mood: concerned
+ [一份只给人力资源部的保密名单，免得有人失望 # score: T-1 # feedback: 保密的后备梯队激励不了任何人。公开、带发展计划的继任安排，让本地人才看到路径，也让你在有人离开时不至于措手不及。 # cap: org_development]
    保密，行。 # speaker: zhaolin # mood: neutral
    那它也就激励不了任何人，对吧？ # speaker: zhaolin # mood: thinking
+ [每个岗位两个人选，至少一个本地员工，计划对团队公开 # score: T+3 S+1 # feedback: 看得见的后备梯队和本地人才培养。有名字、有计划的继任安排，把晋升从恩惠变成路径，也让客户计划在有人离开时不受影响。 # cap: org_development]
    ~ bench = true
    ~ team += 1
    每个岗位两个人选，至少一个本地员工，各有发展计划。 # speaker: wudi # mood: thinking
    印度：普丽娅的副手维克拉姆。我的岗位：普丽娅和林晓。 # speaker: wudi # mood: neutral
    你的继任者是个本地员工。总部会问为什么。 # speaker: zhaolin # mood: surprised
    很好。那他们就会记住她的名字。 # speaker: wudi # mood: neutral
- -> finale

=== finale ===
~ fit = priya_trust + team + hq_backing
{ money_only:
    ~ fit -= 1
}
{ promised:
    ~ fit -= 2
}
{
- fit >= 9 and priya_trust >= 4 and team >= 3 and not promised and not money_only:
    -> ending_strong
- fit <= 0 or priya_trust <= -2:
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
差两分钟到午夜，普丽娅发来一条消息。 # sfx: notify
我留下。这一次，我们好好把它建起来。 # speaker: priya # mood: pleased
半年后，伦敦，子午季度业务回顾。 # scene: meridian_boardroom # music: boardroom
普丽娅向埃莉诺汇报印度的业绩，阿尔琼从孟买连线。
印度扩容在集团框架内推进，进度和毛利都达标。
原来这就是普丽娅。阿尔琼提起她，比提自己团队还多。 # speaker: eleanor # mood: pleased
我想请她参加我们的亚洲网络共享研讨会。 # speaker: eleanor # mood: pleased
拉尔斯·诺丁给普丽娅发来一条短信：祝你好运，门永远开着。
{ team >= 5:
    团队例会照常轮换时段，这个季度由夸梅主持。
- else:
    团队例会好多了。还有几个摄像头关着。
}
张浩负责集团层面的项目，还带着雅加达新来的客户经理。
{ bench:
    赵林请你在地区部分享你的后备梯队建设。
- else:
    赵林要你交继任计划。这一次，要有本地员工的名字。
}
晋升来晚了。她会记住的，是你之后做了什么。 # ending: strong
-> END

=== ending_mixed ===
{ priya_trust >= 3:
    午夜前，普丽娅发来一条消息。 # sfx: notify
    我留下。走着看吧。 # speaker: priya # mood: thinking
- else:
    午夜前，普丽娅打来电话。 # sfx: notify
    我答应拉尔斯了。想让你先从我这里听到。 # speaker: priya # mood: concerned
}
半年后。 # scene: tianyu_office # music: office
{ priya_trust >= 3:
    普丽娅把印度管得很好，也在看你怎么做。
    阿尔琼的下一单由她经手，走的是集团框架。
    { promised:
        你许诺的集团岗位一直没来。总部从没见过任何方案。
        她不再提这件事了。这反而让你更不安。
    }
    { money_only:
        她的奖金成了团队里的话题。已经有三个人来要了。
    }
- else:
    普丽娅成了北维的印度负责人。她和阿尔琼还常一起吃午饭。
    阿尔琼的下一期扩容要公开招标，北维也在名单上。
    { bench:
        她的副手维克拉姆接手了印度。他的计划早就准备好了。
    - else:
        张浩每隔一周飞一次孟买。阿尔琼对他很客气。
    }
}
{
- team >= 5:
    团队例会轮换时段了，有几周夸梅的进展排在第一个。
- team >= 2:
    团队觉得自己的声音被听见了一些。还不是处处如此。
- else:
    抱怨声小了，但没消失。雅加达还在问：到底谁说了算？
}
{ priya_trust >= 3:
    好一些了。接下来，要让它在你不在场时也能运转。 # speaker: zhaolin # mood: thinking
- else:
    人走了，客户还在。下一次，要早两年开始。 # speaker: zhaolin # mood: concerned
}
火是扑灭了，可点火的那套机制还剩一半。 # ending: mixed
-> END

=== ending_poor ===
{ priya_trust >= 1:
    午夜前，普丽娅发来一条消息：我先留下。暂时。 # sfx: notify
- else:
    午夜过去了。凌晨一点，一条消息：我接受了北维的邀约。 # sfx: notify
}
半年后，同一个候机厅，深夜。 # scene: airport # music: night
{ priya_trust >= 1:
    三月，普丽娅还是去了北维。当初说过的，什么都没变。
- else:
    普丽娅去北维已经五个月了。
}
拉尔斯让她当了北维的印度负责人。阿尔琼现在先接他的电话。
卡斯特兰拿下了印度的下一期工程。她手下两名工程师也跟着走了。
{ hq_backing < 0:
    总部人力资源部处理你的晋升提名，慢得出奇。
}
{ team <= 0:
    团队例会上，说话的还是那几个人。大多数摄像头都关着。
}
{ bench:
    她的副手维克拉姆撑起了印度。他早上任了一年，自己也清楚。
- else:
    张浩在伦敦兼管印度。他很累，看得出来。
}
赵林要你下周回深圳，做一次团队复盘。 # sfx: notify
你又打开了那封邮件。已批准。只是太晚了。 # ending: poor
-> END
