# title: 错位的感觉
# role: BE
# order: 5
# summary: 子午电信新任CEO只要三家战略合作伙伴，不要四十家供应商；满意度调查却说天宇只是个质优价廉的设备商。吴迪要把供应商做成伙伴。

VAR trust = 0
VAR hq = 0
VAR survey = 0
VAR network = false
VAR gifts = false
VAR criteria = false
VAR match = false
VAR overpromise = false
VAR lab_joint = false
VAR yes12 = false
VAR trapped = false
VAR fit = 0

-> opening

=== opening ===
伦敦，子午电信年度供应商大会。讲台上是一张新面孔。 # scene: meridian_boardroom # music: boardroom
拉斐尔·莫雷诺，出任集团CEO的第六周。
我在子午巴西干了六年。这个月，我见了四十家供应商。 # speaker: rafael # mood: neutral
我不需要四十家供应商。我要三个合作伙伴。 # speaker: rafael # mood: neutral
三家愿意像我们一样，押注子午未来的公司。 # speaker: rafael # mood: thinking
第一排，拉尔斯·诺丁频频点头，仿佛这话是他写的。
拉斐尔从侧门离场，拉尔斯跟着他一起走了。
第九排。差不多就是我们在他心里的位置。 # speaker: zhanghao # mood: concerned
-> d1_survey

=== d1_survey ===
当天下午，子午的供应商满意度调查发到了你的邮箱。 # scene: tianyu_office # music: office # sfx: notify
产品质量8.4分，价格8.9分，全场最高。 # speaker: zhanghao # mood: pleased
“懂我们的业务”4.1分，“高层互动”3.6分。 # speaker: zhanghao # mood: concerned
还有一条CFO办公室的评语：东西不错、价格便宜的设备商。 # speaker: zhanghao # mood: concerned
便宜？我们有两百个工程师泡在他们的网络里！ # speaker: linxiao # mood: annoyed
我们说自己是伙伴，人家说我们是卖设备的。 # speaker: linxiao # mood: annoyed
大家都在等你开口。 # facilitator: 感知管理从这里开始。分数反映的是满意度，CFO那句评语就是天宇在子午眼里的品牌。请学员讨论：这份调查测的是产品，还是关系？这是谁眼里的事实？注意两个陷阱：反驳调查，或者给分数定指标。两者都把客户的感知当成一个要修正的数字。
+ [给每个子网定目标：明年满意度调查提高两分 # score: T-1 BE-1 # feedback: 给分数定指标，管的是数字，不是数字背后的感知。团队会学着去要分，而不是弥合子午的期望与实际体验之间的差距。 # cap: org_development]
    ~ trust -= 1
    每个子网，明年都要提高两分。 # speaker: wudi # mood: neutral
    一周后，子午的一位规划经理把一封天宇的邮件转给了普丽娅。
    邮件措辞很客气：希望明年能给一个“更公平的分数”。
    他们说我们本职工作做得很好。我们到底要改什么？ # speaker: priya # mood: concerned
+ [回访答卷人：他们期望什么，实际得到了什么 # score: S+1 BE+3 # feedback: 感知管理的第一步，是先接受客户的看法，再问清背后的原因。弄清答卷人期望什么、体验到什么，差距闭环才真正启动。 # cap: customer_partnering]
    ~ survey = 1
    ~ trust += 1
    两周，十二场访谈：规划、采购、财务、战略。
    口音各不相同，说的却是同一件事。
    林晓和张浩念出了听到最多的两句话。
    “我们问什么，你们答什么。可你们从不带来下一个问题。” # speaker: linxiao # mood: thinking
    “你们的高层，只在签合同的时候才飞过来。” # speaker: zhanghao # mood: concerned
    他们不觉得我们差。他们觉得我们小。 # speaker: linxiao # mood: surprised
+ [把我们的交付业绩发给调查团队，纠正他们的印象 # score: S-1 BE-2 # feedback: 和调查争辩，就是和客户的感知争辩。感知正是你要经营的事实，一份反驳只会拉大差距，而且当着CFO的面。 # cap: customer_partnering]
    ~ survey = -1
    ~ trapped = true
    ~ trust -= 1
    林晓整理了一份材料：网络可用率、交付进度、驻场工程师人数。
    调查负责人礼貌地回了信：分数不变。
    而你的邮件，抄送了CFO办公室。
- -> d2_map

=== d2_map ===
林晓把子午的组织图画满了白板，一个名字一个名字地标。 # scene: tianyu_office # music: office
一百四十个名字：工程师、规划、采购。 # speaker: linxiao # mood: neutral
全是绿色。我们认识他们，他们也认识我们。 # speaker: linxiao # mood: pleased
执行委员会：埃莉诺是黄色，丹尼尔是黄色。 # speaker: linxiao # mood: thinking
拉斐尔、CFO、战略总监：空白。 # speaker: linxiao # mood: concerned
北维在每个格子旁边都有对口的人。 # speaker: zhanghao # mood: concerned
市场部今年还剩点招待预算，要是用得上的话。 # speaker: sunmei # mood: neutral # facilitator: 客户关系要从点到线、再到面地发展。请学员讨论：天宇由谁来认领每一个空白格？我们这边，谁还从没见过子午的人？注意那笔招待预算：它换来的是个人交情，不是组织关系。
+ [请埃莉诺尽快把你引荐给拉斐尔 # score: BE+1 # feedback: 借助熟悉的关系人是明智的，但一次引荐仍然只是一个点。身后没有对口的一条线，CEO见到的是一个销售，而不是一家公司。 # cap: customer_partnering]
    当晚你就给埃莉诺起草了邮件。
    邮件一直躺在发件箱里：你还没想好见了他要说什么。
+ [把预算用在高层身上：几场晚宴，再给拉斐尔备份见面礼 # score: O-1 BE-2 # feedback: 请客送礼攒下的是个人人情，不是组织关系；新任CEO还可能把它看成合规风险。招待不等于伙伴关系。 # cap: customer_partnering]
    ~ gifts = true
    ~ trapped = true
    ~ trust -= 2
    一周之内，订好了四场晚宴，还给拉斐尔备了一箱红酒。
    孙梅签了预算，笔尖在最后一行停了停。
+ [为子午每位高管配一位天宇对口人，包括我们的高层 # score: R+1 BE+3 # feedback: 从点到线，再到面。双方高层赞助人按角色一一对口，把个人联系变成公司与公司之间的关系，也让天宇的高层真正动起来。 # cap: collaborative_influence]
    ~ network = true
    ~ trust += 1
    林晓在空白格旁边画出了第二列。
    他们的CFO对我们的CFO，埃莉诺对陈宇所在产品线的总裁。 # speaker: wudi # mood: thinking
    拉斐尔对董事长办公室。赵林做整个系统部的赞助人。 # speaker: wudi # mood: thinking
    这得赵林点头才行。 # speaker: zhanghao # mood: surprised
- -> d3_eleanor

=== d3_eleanor ===
埃莉诺把见面地点定在马路对面的咖啡馆，离她的楼层远一点。 # scene: cafe # music: office
{ survey > 0:
    ~ trust += 1
    我的规划团队很喜欢你们的访谈。以前从没人问过他们。 # speaker: eleanor # mood: pleased
}
{ survey < 0:
    你们那份反驳材料传到了CFO那里。效果不太好。 # speaker: eleanor # mood: concerned
}
拉斐尔问我，哪些供应商真正懂我们的业务。 # speaker: eleanor # mood: thinking
我说天宇的工程师懂。至于其他方面，我不知道该怎么说。 # speaker: eleanor # mood: neutral
他只有三个席位，吴迪。北维认为其中一个早就是他们的了。 # speaker: eleanor # mood: concerned # facilitator: 期望管理：没听清的期望，无从管理。请学员想想：和一位友好的客户高管喝咖啡，该问她什么？又不该向她要什么？注意两个陷阱：把她的好感透支成人情，或者告诉她这段关系“应该”是什么感觉。
+ [请教她：拉斐尔对伙伴有什么期望，我们差在哪里 # score: S+1 BE+3 # feedback: 期望管理：先用客户自己的语言弄清他们对战略供应商的期望，再去立论。主动问自己差在哪里，能把赞助人变成教练。 # cap: customer_partnering]
    ~ criteria = true
    ~ trust += 2
    她掰着手指数。
    钱：资本开支要降，尝试新业务时要有人共担风险。 # speaker: eleanor # mood: thinking
    增长：政企收入。到现在还没人帮我们做起来。 # speaker: eleanor # mood: thinking
    省心：一个伙伴就能跨二十个子网解决问题。 # speaker: eleanor # mood: neutral
    还有，要跟他对话，而不是对着他宣讲。 # speaker: eleanor # mood: pleased
    那我们差在哪里？ # speaker: wudi # mood: thinking
    四条都差，除了工程能力。至少现在是这样。 # speaker: eleanor # mood: neutral
+ [向她表态：不管调查怎么说，我们一直把子午当伙伴 # score: BE-1 # feedback: 告诉客户你怎么看这段关系，改变不了他们的体验。感知管理作用于客户看到、感受到的东西，而不是你说了什么。 # cap: customer_partnering]
    ~ trust -= 1
    不管调查怎么说，我们一直把子午当作伙伴。 # speaker: wudi # mood: concerned
    我相信你。问题恰恰就在这里。 # speaker: eleanor # mood: neutral
    你们是这么看的。我们还没有这种感觉。 # speaker: eleanor # mood: concerned
+ [请她向拉斐尔推荐天宇，争取三个席位之一 # score: S-1 BE-1 # feedback: 还没弄清席位的要求，就请赞助人替你透支信誉，是把关系变成了人情。你还没读懂拉斐尔要什么，她眼下也没有什么可推荐的。 # cap: customer_partnering]
    ~ trust -= 1
    您能向拉斐尔推荐一下天宇吗？ # speaker: wudi # mood: thinking
    我可以告诉他你们的工程师很好。他知道，调查里写着呢。 # speaker: eleanor # mood: annoyed
    你还没来得及掏钱，她已经把两杯咖啡都付了。
- -> d4_nordvik

=== d4_nordvik ===
希思罗机场贵宾室。拉尔斯·诺丁在你旁边坐了下来。 # scene: airport # music: tension
今晚飞斯德哥尔摩。下个月，拉斐尔来给我们的创新中心揭牌。 # speaker: lars # mood: pleased
北维和子午，二十二年了。他喜欢长久的故事。 # speaker: lars # mood: pleased
别介意，吴迪。你们是非常好的供应商。 # speaker: lars # mood: neutral
他先登机了。你的手机一震：张浩。 # sfx: notify
丹尼尔团队那边透了口风，北维给拉斐尔开了两个条件。 # speaker: zhanghao # mood: concerned
一个联合品牌的创新中心，外加五年价格封顶。 # speaker: zhanghao # mood: concerned
我们怎么接招？ # speaker: zhanghao # mood: concerned # facilitator: 在客户对战略供应商的期望上做差异化。请学员讨论：天宇能给什么老牌友商给不了的？对一个已经嫌你“便宜”的客户，降价传递的是什么信号？注意两个陷阱：降价，它坐实了调查的结论；以及和对手抢CEO的日程。
+ [请总部在框架协议上再降价，压过北维的价格封顶 # score: S-1 O-1 BE-2 # feedback: 降价恰好坐实了调查的结论：质优价廉的供应商。战略伙伴靠的是价值和共同下注，而不是价格，让掉的利润也撑不起任何投入。 # cap: business_value]
    ~ trust -= 2
    登机前，你给陈宇发了消息。
    再降六个点？连续第三年了？ # speaker: chenyu # mood: annoyed
    他还是同意了。丹尼尔的团队把它归进了“价格”一栏。
+ [拿价值回应：子午要什么，北维哪里薄弱 # score: S+2 BE+2 # feedback: 在客户对战略供应商的期望上做差异化，而不是拼关系、拼价格。把子午的需求和自己真正的优势对上，这样的方案是任何饭局都换不来的。 # cap: strategic_thinking]
    ~ match = true
    ~ trust += 1
    { criteria:
        你把埃莉诺的清单发给张浩：钱、增长、省心、对话。
        政企增长。北维在这块很薄弱，我们有底子。 # speaker: zhanghao # mood: pleased
    - else:
        没有埃莉诺的清单，团队只能猜：成本，肯定的。创新？
        又在猜客户要什么了。 # speaker: zhanghao # mood: thinking
    }
+ [抢在斯德哥尔摩之前，邀请拉斐尔来深圳做高层互访 # score: R-1 BE+0 # feedback: 高层对话需要一个CEO在乎的议题。没有议题就和对手抢他的日程，不过是换了名目的招待，还白白动用了总部的接待资源。 # cap: customer_partnering]
    总部礼宾办准备了一份中英双语的邀请函。
    一天之内，拉斐尔的办公室就回复了。
    莫雷诺先生本季度的行程已全部排满。
- -> d5_sponsor

=== d5_sponsor ===
{ trust < -4:
    ~ trust = -4
}
深夜视频会。赵林还在深圳总部。 # scene: video_call # music: night
三个伙伴，子午说的。好。 # speaker: zhaolin # mood: thinking
总部有十五个客户，都想当“战略客户”。 # speaker: zhaolin # mood: concerned
每个都要实验室、要赞助人、要董事长的时间。 # speaker: zhaolin # mood: concerned
{ network:
    你的对口关系图就在他屏幕上，他的名字在最上面。
}
{ gifts:
    孙梅还说，招待预算已经花光了。 # speaker: zhaolin # mood: annoyed
}
孙梅从系统部办公室接入会议，表格已经打开。
子午是我们的第三大客户。 # speaker: sunmei # mood: neutral
利润率低于平均水平，有两个子网回款很慢。 # speaker: sunmei # mood: concerned
所以，为什么是子午？你到底要我给什么？ # speaker: zhaolin # mood: thinking # facilitator: 全场最关键的一步：总部没有真金白银的投入，就谈不上席位。把客户对战略供应商的诉求，与天宇对价值客户的诉求对上。请学员说说：你会向自己的老板要什么？又拿什么来交换？注意两个陷阱：替总部挡掉麻烦，以及一个只会握手的赞助人。
+ [留在系统部层面：拉斐尔我来搞定，不给总部添麻烦 # score: R-1 BE-1 # feedback: 替总部挡掉麻烦，关系就只剩一个点：你自己。挑选三家伙伴的CEO，想看到整个公司坐在桌边；高层对话需要你们的高层出面。 # cap: collaborative_influence]
    ~ hq = 0
    拉斐尔交给我。总部的事已经够多了。 # speaker: wudi # mood: neutral
    好。少一个来要董事长时间的客户。 # speaker: zhaolin # mood: pleased
+ [请他一起去见拉斐尔，预算以后再说 # score: R+1 BE+1 # feedback: 高层赞助人亲自到场有帮助，但没有资源的赞助人只能握握手。合作伙伴关系需要公司真正投入，而不只是到场。 # cap: collaborative_influence]
    ~ hq = 1
    跟我一起去见拉斐尔。其他的可以等。 # speaker: wudi # mood: neutral
    握手我可以给你。要钱，得有理由。 # speaker: zhaolin # mood: neutral
+ [把双方诉求对上，请他做赞助人，分期投入实验室 # score: R+2 O+1 BE+3 # feedback: 把客户对战略供应商的诉求与天宇对价值客户的诉求相匹配，投入才有理由获批。分期投入守住了损益，拿出真金白银的赞助人，才是真正的承诺。 # cap: business_value]
    他们要降成本、要政企增长、要一个伙伴打通二十个子网。 # speaker: wudi # mood: neutral
    我们要能支撑投入的利润、按时回款，还有一个标杆市场。 # speaker: wudi # mood: neutral
    { match or criteria:
        ~ hq = 2
        一期是实验室。回款改善了，才有二期。 # speaker: wudi # mood: thinking
        这是交换，不是许愿。赞助人我来当，预算一起给。 # speaker: zhaolin # mood: pleased
    - else:
        ~ hq = 1
        他们到底想从实验室里得到什么？ # speaker: zhaolin # mood: thinking
        你还不知道。赞助人我当，钱先等等。 # speaker: zhaolin # mood: neutral
    }
- -> d6_rafael

=== d6_rafael ===
// 已用完的标记：criteria 和 match 已经影响了赞助人的答复。
~ criteria = false
~ match = false
{ hq > 0:
    赵林飞到伦敦。拉斐尔的办公室给了你们四十分钟。 # scene: meridian_boardroom # music: boardroom
- else:
    埃莉诺帮你在拉斐尔一天日程的末尾挤出二十分钟。 # scene: meridian_boardroom # music: boardroom
}
{ gifts:
    ~ trust -= 1
    边桌上放着你们送的那箱红酒，原封未动，附着合规部的便条。
    我上任第一周定的规矩：不收礼。请拿回去。 # speaker: rafael # mood: annoyed
}
我看了供应商调查。你们的产品得分是全场最高。 # speaker: rafael # mood: neutral
而你们最低的一项，是“懂我们的业务”。 # speaker: rafael # mood: thinking
那你说说，为什么要把一个质优价廉的供应商选成伙伴？ # speaker: rafael # mood: thinking # facilitator: 错位，就在这一句话里。战略对话要从客户的感知出发，而不是从你的自我认知出发。请学员讨论：CEO拿调查结果当面发问，该怎么回答？今天能把什么摆上桌？注意两个陷阱：为业绩辩护，以及一个天宇没人出钱的实验室。
+ [认同调查结果，讲清它教会了我们什么、已经改了什么 # score: S+1 BE+2 # feedback: 先接受客户的感知，再拿出已经做出的改变，这就是感知管理，差距由此开始闭合。有具体内容，才让人信服。 # cap: customer_partnering]
    您的调查是对的。我们卖的是设备，却自称伙伴。 # speaker: wudi # mood: thinking
    { survey > 0:
        ~ trust += 2
        我们访谈了贵司十二位同事。这是我们正在改的事。 # speaker: wudi # mood: neutral
        你们去问了我的人。北维请我去吃饭。 # speaker: rafael # mood: pleased
    - else:
        ~ trust += 1
        很坦诚。要是背后有个计划，会更有说服力。 # speaker: rafael # mood: neutral
    }
+ [用业绩回应：网络可用率、驻场工程师、按期交付 # score: S-1 BE-2 # feedback: 反驳调查，就是在和客户的感知争辩，而这恰恰是他点出的差距。交付数据回答的是一个他没有问的问题。 # cap: customer_partnering]
    ~ trapped = true
    ~ trust -= 3
    我们在贵网的可用率最高，交付也从不延期。 # speaker: wudi # mood: concerned
    我知道。所以你们在十二家里。我问的是那三家。 # speaker: rafael # mood: annoyed
+ {hq >= 2} [提出预算已到位的联合实验室，外加每年两次高层对话 # score: S+1 BE+3 # feedback: 高层之间的战略对话，加上己方高层赞助、预算到位的联合创新，是客户看得见的伙伴关系。承诺胜过表态。 # cap: customer_partnering]
    ~ trust += 2
    一个服务于政企增长的联合实验室，深圳已经批了预算。 # speaker: wudi # mood: neutral
    每年两次，由您和我们的管理层一起定方向。 # speaker: zhaolin # mood: neutral
    已经批了？大多数供应商只会说“回去申请”。 # speaker: rafael # mood: surprised
+ {hq < 2} [承诺一个联合实验室和专属团队，资金等拿下再说 # score: O-2 BE-2 # feedback: 承诺一个公司并没有出资的伙伴关系，就是过度承诺。今天的好感会变成明天的失信，客户会由此知道你的话值多少。 # cap: strategic_risk]
    ~ overpromise = true
    ~ trust += 1
    为贵司政企业务建一个联合实验室，配专属团队。 # speaker: wudi # mood: pleased
    { hq > 0:
        赵林的笔停了下来。
    }
    这是今天第一个听起来像伙伴的提议。 # speaker: rafael # mood: pleased
- { overpromise: -> d7b_funding }
-> d7_lab

=== d7b_funding ===
两周后，孙梅走进来，随手关上了门。 # scene: finance_room # music: tension
陈宇的产品线说，实验室不在他们的规划里。 # speaker: sunmei # mood: concerned
两百万美元，没有人认领。 # speaker: sunmei # mood: concerned
可子午已经在全员大会上宣布了。 # speaker: sunmei # mood: annoyed
免提电话里传来赵林的声音。
{ hq > 0:
    我说过，我没签字的东西，别承诺。 # speaker: zhaolin # mood: annoyed
- else:
    你给客户CEO许了个实验室，我还得从财务那里听说？ # speaker: zhaolin # mood: annoyed
}
现在怎么办？ # speaker: zhaolin # mood: thinking # facilitator: 过度承诺的陷阱已经合上。补救就是尽早、当面地向客户重设期望。请学员讨论：坏消息先告诉谁？拿什么来替代？注意两个陷阱：把成本藏进其他合同的利润里，或者把既成事实甩给老板。
+ [马上告诉埃莉诺，按总部愿意出资的规模重做实验室 # score: O+1 BE+1 # feedback: 越早承认过度承诺，损失越小。坦诚地重设期望就是期望管理，哪怕要丢点面子。 # cap: strategic_risk]
    ~ overpromise = false
    ~ trust -= 1
    你在孙梅的工位上给埃莉诺打了电话。
    我承诺的超出了我们的投入。这是我们现在能做到的。 # speaker: wudi # mood: concerned
    比拉斐尔听到的小。但总比以后才发现好。 # speaker: eleanor # mood: neutral
+ [悄悄从接下来两单子午合同的利润里挪出这笔钱 # score: O-2 BE-1 # feedback: 把没有资金来源的承诺藏进其他合同的利润里，既是损益问题，也是内控问题。这段伙伴关系，如今建在没人批准过的数字上。 # cap: business_acumen]
    ~ trust -= 3
    孙梅重做了两份报价，脸色很难看。
    实验室开张了，花的是本属于其他合同的钱。
+ [请赵林想办法出钱：客户那边已经宣布了 # score: R-2 O-1 BE+1 # feedback: 客户拿到了实验室，但把既成事实甩给老板，耗掉的是他的信任和另一个客户的预算。升级要带着方案，在承诺之前，而不是之后。 # cap: collaborative_influence]
    ~ overpromise = false
    ~ hq = 1
    ~ trust -= 1
    赵林砍掉另一个客户的实验室，凑出了一半的钱。
    这种事我只做一次。就一次。 # speaker: zhaolin # mood: annoyed
- -> d7_lab

=== d7_lab ===
// 只带走仍然有用的：早期标记已用完，信任度设下限。
~ survey = 0
~ gifts = false
{ trust < -4:
    ~ trust = -4
}
三个月后。子午曼彻斯特技术中心，一层空荡荡的楼面。 # scene: joint_lab # music: office
{ hq >= 2:
    陈宇的第一批设备周一到了，走的是总部预算。
- else:
    埃莉诺借出这层楼做试点。她说：做给我们看。
    总部的钱还没完全落实，有些设备是借来的。
}
埃莉诺的架构师想知道，这个实验室到底做什么。 # speaker: linxiao # mood: thinking
总部想要一个展厅：最新设备、我们的标志、客户参观。 # speaker: chenyu # mood: neutral
北维的斯德哥尔摩中心下周开张，还要开新闻发布会。 # speaker: zhanghao # mood: concerned # facilitator: 联合创新，以及联合品牌的先后顺序。请学员讨论：什么让创新成为“联合”的——谁的问题、谁的团队、谁的知识产权、谁的目标？注意两个陷阱：挂两个标志的展厅，以及还没有任何联合成果就先打品牌。
+ [做成联合品牌展厅：最新设备、双方标志、客户参观 # score: R+1 BE+0 # feedback: 展厅让总部满意，也能打动访客，但它展示的是天宇的产品，而不是子午的问题。没有联合实质的联合品牌，很快就会褪色。 # cap: collaborative_influence]
    展厅很漂亮，第一个月就接待了四十位访客。
    设备不错。它在解决谁的问题？ # speaker: eleanor # mood: neutral
+ [一起解决子午的难题：港口专网，混编团队，知识产权共享 # score: S+1 BE+3 # feedback: 联合创新意味着客户的问题、混编的团队、共同的目标和共享的知识产权。联合品牌随实质而来，天宇也由此成为子午增长的一部分，而不是成本表上的一行。 # cap: business_value]
    ~ lab_joint = true
    ~ trust += 2
    埃莉诺的架构师和林晓的团队围坐在一张大桌旁。
    他们的政企销售负责人带来了三家港口运营商的难题。
    做成了，就用子午的品牌卖，注明“天宇联合打造”。 # speaker: linxiao # mood: pleased
    { hq < 2:
        起步很小：两个工程师、一个港口、一台借来的基站。
    }
+ [本周就向媒体宣布实验室，抢在北维发布之前 # score: S-1 BE-2 # feedback: 联合品牌是建立伙伴关系的途径之一，但还没有任何联合成果就宣布，等于拿子午的品牌去打你和北维的仗。品牌要跟着实质走，何况它有一半属于客户。 # cap: customer_partnering]
    ~ trust -= 2
    周二，天宇的新闻稿发了出去，上面印着子午的标志。
    我们的公关团队是在新闻里看到的。下次，先问我们。 # speaker: eleanor # mood: annoyed
- -> d8_exchange

=== d8_exchange ===
实验室评审会后，普丽娅在走廊里叫住了你。 # scene: corridor # music: office
阿尔琼问我，他的CFO该找天宇的谁。 # speaker: priya # mood: thinking
我说：找吴迪。什么事都要经过你。 # speaker: priya # mood: concerned
你一上飞机，子午就只能等着。 # speaker: zhanghao # mood: concerned
子午的人力资源总监问，我们愿不愿意互派年轻工程师。 # speaker: priya # mood: neutral
{ network:
    对口关系图上，一半的空白格已经有了名字。
}
拉斐尔希望“一个子午”是一种文化，而不是一句口号。 # speaker: priya # mood: thinking # facilitator: 从线到面：管理、文化与人才交流。请学员讨论：系统部部长休个假、甚至调岗之后，这段关系还在吗？注意两个陷阱：系统部部长成了唯一的那根线，以及只有单向的授权、没有双向的交流。
+ [启动双向交流：互派轮岗，联合培训 # score: T+1 BE+3 # feedback: 管理、文化与人才交流，让两个组织成为同事。各层级都有人对口往来，伙伴关系就不再系于一人之身。 # cap: cross_cultural]
    ~ network = true
    ~ trust += 2
    六位子午工程师去深圳，我们六个人进他们的运维团队。 # speaker: wudi # mood: thinking
    双方一起办领导力培训。每个层级，都有对口的人。 # speaker: wudi # mood: neutral
    阿尔琼要亲自派两名规划工程师过来。 # speaker: priya # mood: pleased
+ [让普丽娅和张浩各认领两位子午高管，由你来辅导 # score: T+2 BE+2 # feedback: 把高层关系授权出去，培养了自己的人，也拓宽了这条线。但两个组织之间没有交流，仍然只是天宇的人给子午的人打电话。 # cap: org_development]
    ~ trust += 1
    你们俩负责CFO和战略总监，我来辅导。 # speaker: wudi # mood: neutral
    普丽娅笑了，随即打开日历。这是她第一次约见对方高层。
+ [拉斐尔和埃莉诺由你亲自维护，其余的交给团队 # score: T-1 BE-1 # feedback: 把高层关系攥在自己手里，看似可控，却让你成了单点故障，也等于告诉团队天花板在哪里。只靠系统部部长一个人串起来的伙伴关系，仍然只是一条线。 # cap: org_development]
    ~ network = false
    ~ trust -= 1
    拉斐尔和埃莉诺我来跟，其他人归你们。 # speaker: wudi # mood: neutral
    普丽娅点点头。张浩看着那张关系图，没说话。
- -> d9_expect

=== d9_expect ===
拉斐尔的执行委员会出了伙伴考题。 # scene: video_call # music: tension
政企专网，六个月内在十二个子网上线。 # speaker: eleanor # mood: neutral
北维当场就答应了。你们能做到吗？ # speaker: eleanor # mood: thinking
{ lab_joint:
    港口试点给了你真实的数据：每个子网四周。
}
六个月十二个？站点就绪的话，四个，最多五个。 # speaker: marco # mood: concerned # facilitator: 期望管理的实战：只承诺做得到的，再让交付看得见。请学员算一算：今天答应下来，六个月后、在下一次满意度调查里要付出什么代价？注意两个陷阱：跟着对手一起许诺，以及不置可否。两者都把期望拱手交给了别人。
+ [答应下来：北维能六个月做十二个，我们也能 # score: R-1 O-1 BE-2 # feedback: 跟着对手许诺，设下了一个你达不到的期望，差距会出现在明年的满意度调查里。期望管理，就是只承诺你能交付的。 # cap: strategic_risk]
    ~ yes12 = true
    ~ trapped = true
    ~ trust -= 3
    六个月，十二个子网。没问题。 # speaker: wudi # mood: pleased
    马可一言不发地退出了会议。
+ [请对方给一个月研究站点情况，之后再做任何承诺 # score: O+1 BE-1 # feedback: 谨慎避免了过度承诺，但对期望不作回应，等于把它拱手让给北维。沉默也是一种信号：客户听到的是“供应商”，不是“伙伴”。 # cap: strategic_risk]
    ~ trust -= 1
    一个月？委员会三周后就要做决定。 # speaker: eleanor # mood: concerned
+ [六个月四个，十八个月十二个，按月跟踪 # score: O+1 BE+3 # feedback: 设定你做得到的期望，再用联合计分卡让交付看得见，并向调查的答卷人反馈进展。期望、感知、差距，这就是闭环。 # cap: customer_partnering]
    ~ trust += 2
    六个月四个，十八个月十二个。每个月您都看得到进展。 # speaker: wudi # mood: neutral
    所有参加过贵司满意度调查的人，也会收到这张计分卡。 # speaker: wudi # mood: neutral
    和北维说的不一样。不过更可信。 # speaker: eleanor # mood: thinking
- -> d10_ask

=== d10_ask ===
{ hq > 0:
    伙伴遴选会。赵林坐在你身边。 # scene: meridian_boardroom # music: boardroom
- else:
    伙伴遴选会。你独自面对执行委员会。 # scene: meridian_boardroom # music: boardroom
}
拉斐尔、埃莉诺、丹尼尔，还有CFO。拉尔斯刚从这间屋子出去。
这是我问每家候选公司的最后一个问题。 # speaker: rafael # mood: neutral
伙伴关系是双向的。天宇需要子午给什么？ # speaker: rafael # mood: thinking # facilitator: 客户亲口问出的匹配问题：天宇需要从价值客户那里得到什么？请学员说说：你会提什么要求？又拿什么来交换？注意两个陷阱：谦卑供应商的“什么都不需要”，以及一张采购清单。复盘时用商业成功三要素收尾：品牌形象、客户满意度、战略合作伙伴。
+ [参与你们规划的席位、共同的路标和公平的条款 # score: S+1 O+1 BE+3 # feedback: 双向匹配：参与规划、联合创新、品牌背书和可持续的商务条款，正是天宇对价值客户的诉求。坦率说出诉求，才是平等的伙伴关系。 # cap: business_value]
    你们做规划时，给我们一个席位。路标，我们一起写。 # speaker: wudi # mood: thinking
    允许我们说“子午选择了天宇”。还有，撑得起这些投入的条款。 # speaker: wudi # mood: thinking
    { hq >= 2:
        ~ trust += 2
        那我们能得到什么？ # speaker: rafael # mood: thinking
        资本开支下降、政企增长、一个伙伴打通二十个子网。 # speaker: wudi # mood: neutral
        这是一笔我能拿到董事会上讲的交换。 # speaker: rafael # mood: pleased
    - else:
        ~ trust += 1
        合理。那我们能得到什么北维给不了的？ # speaker: rafael # mood: thinking
        你的回答很笼统。他在本子上写了一个词。
    }
+ [暂时什么都不需要：我们的本分是服务子午，不是提要求 # score: O-1 BE-1 # feedback: 谦虚，但错了。什么都不需要的伙伴，就是供应商。伙伴关系意味着坦率说出你对价值客户的诉求。 # cap: customer_partnering]
    ~ trust -= 1
    什么都不需要。我们的本分是服务好子午。 # speaker: wudi # mood: neutral
    供应商都这么说。我今天听了一整天。 # speaker: rafael # mood: neutral
+ [二十个子网的采购量承诺，外加相应的价格底线 # score: O+1 BE-1 # feedback: 诉求合理，却被包装成了一笔采购交易。采购量和价格是供应商的要求；伙伴要的是联合规划和共同下注，采购量会随之而来。 # cap: business_acumen]
    ~ trust -= 1
    二十个子网的采购量承诺，还有一个价格底线。 # speaker: wudi # mood: neutral
    这个去跟丹尼尔谈。我问的是伙伴关系。 # speaker: rafael # mood: neutral
- -> finale

=== finale ===
// 强结局需要总部真金白银的投入、没有踩中任何陷阱，最多只有小的失误：
// 每一步都选最佳答案得18分；任何一个错误答案至少扣3分。
~ fit = trust + hq
{
- fit >= 16 and hq >= 2 and not trapped:
    -> ending_strong
- fit <= -1:
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
九个月后。 # scene: joint_lab # music: boardroom
子午公布了三家战略合作伙伴，天宇是其中之一。
天宇牵头政企网络和联合实验室，北维拿到了另一个席位。
第一个港口专网上线，用的是子午的品牌：天宇联合打造。
新一轮调查里，“懂我们的业务”从4.1分升到了7.3分。
你们不再说自己是伙伴，而是做得像个伙伴。 # speaker: rafael # mood: pleased
每年两次，拉斐尔和天宇的管理层一起为实验室定方向。
{ network:
    子午的每位高管，在天宇都有一个常打电话的对口人。
- else:
    关系仍然系在你一个人身上。一趟航班，一根线。
}
林晓和埃莉诺的架构师一起管实验室。普丽娅升职了。
赵林请你把那张匹配表做成模板，推广到总部。
品牌、满意度、伙伴关系。这一次，三者终于指向同一个方向。 # ending: strong
-> END

=== ending_mixed ===
九个月后。 # scene: corridor # music: office
子午公布了三家战略合作伙伴，天宇不在其中。
天宇保住了十二家之一的位置，成了无线的首选供应商。
{ hq < 2:
    拉斐尔选中的伙伴，背后的公司都把钱摆上了桌。
}
{ lab_joint:
    港口试点还在继续，但被放进了供应商考察计划，处于观察期。
- else:
    实验室还在接待参观。埃莉诺已经不再派架构师过来了。
}
{ yes12:
    承诺十二个子网，上线了五个。满意度调查都看在眼里。
}
{ overpromise:
    实验室仍然花着其他合同的钱。孙梅一笔一笔记着。
}
人都很好。可我还是不了解你们这家公司。 # speaker: rafael # mood: neutral
满意度略有回升。在CFO办公室眼里，天宇还是“便宜”。
林晓和普丽娅为自己的工作骄傲，也受够了那个标签。
CTO愿意听我们的，CEO还没有。明年再来。 # speaker: zhaolin # mood: thinking
子午尊重这个供应商。伙伴，还只是一个承诺。 # ending: mixed
-> END

=== ending_poor ===
九个月后，深夜的系统部办公区。 # scene: tianyu_office # music: night
子午选定北维和另外两家作为战略合作伙伴。
天宇留在名单上，是个战术供应商，只用来比价。
{ overpromise:
    实验室仍然花着其他合同的钱。审计已经查到了。
}
{ yes12:
    承诺十二个子网，交付了四个。满意度调查都看在眼里。
}
新一轮调查：“懂我们的业务”3.8分，又降了。
林晓申请调去别的客户。普丽娅接了拉尔斯的电话。
赵林要你下周回深圳，做一次全面的客户复盘。 # sfx: notify
{ network:
    对口关系图还挂在墙上。电话，春天就断了。
- else:
    白板上，那些空白格依然是空白。
}
你翻开去年的调查。CFO的那句评语，今天依然贴切。 # ending: poor
-> END
