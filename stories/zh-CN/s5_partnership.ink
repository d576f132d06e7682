# title: 错位的感觉
# role: BE
# order: 5
# stage: maturity
# summary: 子午电信新任CEO只要三家战略合作伙伴，不要四十家供应商；满意度调查却说天宇只是个质优价廉的设备商。吴迪要把供应商做成伙伴。
# goal: 关系要由点到线、再到面：高层对高层的对话，设立高管赞助人。
# goal: 管理期望和感知，用闭环去弥合满意度调查暴露的差距，而不是和调查结果争辩。
# goal: 把客户对战略供应商的期望和天宇对价值客户的需要对上，选择对双方都有用的合作路径。
# goal: 把品牌、满意度和伙伴关系看作商业成功的三要素。
# carry: eleanor_trust = 埃莉诺·休斯信任吴迪
# carry: rhythm = 客户计划按子午电信的规划日历、与埃莉诺办公室一起回顾
# carry: priya_stayed = 普丽娅留在了团队
# carry: priya_signed = 普丽娅自己提的方案签了：集团层面的亚洲席位、定价权、市场水平的薪酬
# carry: bench = 有一份公开的接班人梯队，名单里有本地人
# carry: expert_pool = 建起了跨客户共享的常设专家名单（1 已提出，2 陈宇和马可联名支持）
# carry: peers_on_board = 德国一役之后，陈宇和马可站在吴迪这边
# carry: bribe = 埃及代理的“疏通费”付了
# carry: owned = 埃及那笔付款是吴迪自己报告的
# carry: terms_renegotiated = 南非合同重新谈过：罚款封顶，按里程碑付款
# carry: account_pnl = 年底子午客户群的损益（0 亏损，1 单薄，2 健康）

VAR fit = 0
VAR hq = 0
VAR survey = 0
VAR network = false
VAR team = false
VAR gifts = false
VAR criteria = false
VAR match = false
VAR overpromise = false
VAR lab_joint = false
VAR yes12 = false
VAR trapped = false
// From earlier in the account's year (# carry:); the defaults are the scenario played alone.
VAR eleanor_trust = 0
VAR rhythm = false
VAR priya_stayed = true
VAR priya_signed = false
VAR bench = false
VAR expert_pool = 0
VAR peers_on_board = false
VAR bribe = false
VAR owned = false
VAR terms_renegotiated = false
VAR account_pnl = 1

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
{ bribe:
    埃及的案子春天结了。张浩没有责任；你受了最后警告，保住了工作，重新负责子午，仍在观察期，每次会议都抄送合规官。拉斐尔的办公室看过那份卷宗。
}
-> d1_survey

=== d1_survey ===
当天下午，子午的供应商满意度调查发到了你的邮箱。 # scene: tianyu_office # music: office # sfx: notify
产品质量8.4分，价格8.9分，全场最高。 # speaker: zhanghao # mood: pleased
“懂我们的业务”4.1分，“高层互动”3.6分。 # speaker: zhanghao # mood: concerned
还有一条CFO办公室的评语：东西不错、价格便宜的设备商。 # speaker: zhanghao # mood: concerned
便宜？我们有两百个工程师泡在他们的网络里！ # speaker: linxiao # mood: annoyed
我们说自己是伙伴，人家说我们是卖设备的。 # speaker: linxiao # mood: annoyed
{ priya_stayed:
    普丽娅已经把评语按子网分好类了。 # speaker: priya # mood: thinking
- else:
    评语我按子网分好了。以前不用谁开口，普丽娅就会做这件事。 # speaker: kwame # mood: thinking
}
大家都在等你开口。 # facilitator: 感知管理，以及由谁来管。这里有两个好做法在较劲：走出去听答卷人怎么说（慢，几周之内拉斐尔什么也看不到），或者让团队马上动手解决投诉（快，但只能依据书面评语）。请学员讨论：谁愿意为“交给团队”这条路辩护？两条路各自要付出什么？注意两个陷阱：反驳调查，或者给分数定指标，两者都把客户的看法当成一个要修正的数字。
+ [给每个子网定目标：明年满意度调查提高两分，落实到具体负责人 # score: T-1 BE-1 # feedback: 给分数定指标，管的是数字，而不是子午实际经历了什么。团队会学着去要分，答卷人也会察觉自己在被游说。 # cap: org_development]
    ~ fit -= 1
    每个子网，明年都要提高两分。 # speaker: wudi # mood: neutral
    一周后，子午的一位规划经理把一封天宇的邮件转给了{priya_stayed:普丽娅|夸梅}。
    邮件措辞很客气：希望明年能给一个“更公平的分数”。
    { priya_stayed:
        他们说我们本职工作做得很好。我们到底要改什么？ # speaker: priya # mood: concerned
    - else:
        他们说我们本职工作做得很好。我们到底要改什么？ # speaker: kwame # mood: concerned
    }
+ [当面回访十二位答卷人：他们期望什么，得到了什么 # score: S+1 BE+2 # feedback: 先接受子午的看法，再问清背后的原因，差距闭环由此开始。代价是团队两周的时间，而这两周里北维在动，拉斐尔什么也看不到。 # cap: customer_partnering]
    ~ survey = 1
    ~ fit += 2
    两周，十二场访谈：规划、采购、财务、战略。
    口音各不相同，说的却是同一件事。
    “我们问什么，你们答什么。可你们从不带来下一个问题。” # speaker: linxiao # mood: thinking
    “你们的高层，只在签合同的时候才飞过来。” # speaker: zhanghao # mood: concerned
    他们不觉得我们差。他们觉得我们小。 # speaker: linxiao # mood: surprised
+ [和团队逐条过一遍评语，每个子网的铁三角认领一条投诉，限期改掉 # score: T+2 # feedback: 团队跨六个时区把问题认领下来，本周就开始改能改的。但依据的只是书面评语，改的是对方写下的字，未必是对方真正的意思，而且子午那边什么也没听到。 # cap: org_development]
    ~ team = true
    ~ fit += 1
    {priya_stayed:普丽娅|{bench:维克拉姆|林晓}}认领印度的：政企报价要等三周。
    张浩认领英国的：季度评审会上从来没有高层到场。
    一个月后，三条投诉改掉了。子午没有人知道为什么。
+ [把我们的可用率和交付记录发给调查团队，纠正他们的印象 # score: S-1 BE-2 # feedback: 一份反驳材料，争的是客户的感知，而感知恰恰是你要经营的事实。何况这封邮件还到了CFO办公室。 # cap: customer_partnering]
    ~ survey = -1
    ~ fit -= 2
    林晓整理了一份材料：网络可用率、交付进度、驻场工程师人数。
    调查负责人礼貌地回了信：分数不变。
    而你的邮件，抄送了CFO办公室。
- -> d2_map

=== d2_map ===
林晓把子午的组织图画满了白板，一个名字一个名字地标。 # scene: tianyu_office # music: office
一百四十个名字：工程师、规划、采购。 # speaker: linxiao # mood: neutral
全是绿色。我们认识他们，他们也认识我们。 # speaker: linxiao # mood: pleased
{ rhythm:
    执行委员会：{eleanor_trust < 0:埃莉诺是黄色。她的办公室仍然每年两次和我们回顾规划，可德国那次之后，她只派副手来。|埃莉诺是绿色。从你上任第一个月起，她的办公室每年两次和我们一起回顾规划。} # speaker: linxiao # mood: thinking
    丹尼尔是黄色。 # speaker: linxiao # mood: thinking
- else:
    执行委员会：埃莉诺是黄色，丹尼尔是黄色。 # speaker: linxiao # mood: thinking
}
{ eleanor_trust < 0:
    德国那次之后，埃莉诺只回邮件，别的一概不谈。她不会再替你引荐任何人了。
}
拉斐尔、CFO、战略总监：空白。 # speaker: linxiao # mood: concerned
北维在每个格子旁边都有对口的人。 # speaker: zhanghao # mood: concerned
市场部今年还剩点招待预算，要是用得上的话。 # speaker: sunmei # mood: neutral # facilitator: 客户关系要从点到线、再到面地发展。这里的争论在于：让天宇的高管与子午高管一一对口（级别对等，但要赵林点头，要花几周），还是把空白格交给团队认领（快，能锻炼团队里的客户经理，但级别不对等）。请学员讨论：天宇这边由谁认领每个格子，又由谁来拍板？注意招待预算：它买到的是个人好感，不是公司与公司之间的关系。
+ [把空白格分给团队认领：{priya_stayed:普丽娅|夸梅}、张浩、林晓各管几位 # score: T+2 # feedback: 让自己的人认领高层联系人，团队得到锻炼，本周就能动起来。但CFO发现对口的是一位客户经理，自然会掂量级别：这还是供应商在打电话。 # cap: org_development]
    ~ team = true
    ~ fit += 1
    {priya_stayed:普丽娅|夸梅}认领战略总监，张浩认领CFO办公室。
    CFO的助理给了张浩十五分钟，排在一个月以后。
+ [把招待预算花在高层身上：安排几场晚宴，再给拉斐尔备一份见面礼 # score: O-1 BE-2 # feedback: 晚宴和礼物攒下的是个人好感，不是两家公司之间的关系，新任CEO还可能把它看成合规风险。钱花光了，还没人知道拉斐尔要什么。 # cap: customer_partnering]
    ~ gifts = true
    ~ fit -= 2
    一周之内，订好了四场晚宴，还给拉斐尔备了一箱红酒。
    孙梅签了预算，笔尖在最后一行停了停。
+ [为每个空白格拟一位天宇对口高管，从我们的CFO到董事长办公室，先拿给赵林审定 # score: R+1 BE+2 # feedback: 高管按角色一一对口，个人联系才变成公司之间的关系；先找赵林，是因为这些高管要由他来调动。代价是时间：几周之内，谁也见不到拉斐尔。 # cap: collaborative_influence]
    ~ network = true
    ~ fit += 2
    林晓在空白格旁边画出了第二列。
    他们的CFO对我们的CFO，埃莉诺对陈宇所在产品线的总裁。 # speaker: wudi # mood: thinking
    拉斐尔对董事长办公室，前提是赵林同意。 # speaker: wudi # mood: thinking
    你把关系图发给了赵林。他点头之前，谁也不去约。
+ {eleanor_trust >= 2} [请埃莉诺带你以她的客人身份参加拉斐尔下一次的战略会 # score: BE+2 # feedback: 一年攒下的信任，让你以她的客人、而不是推销员的身份走进CEO的会议室，引荐的话由她来说。但这仍然只是一条线：身后没有对口的人，拉斐尔见到的是吴迪，不是天宇。 # cap: customer_partnering]
    ~ fit += 1
    埃莉诺带你参加了拉斐尔周一的例会，把自己的时段匀了十分钟给你。
    埃莉诺说，你们是先读懂了我们，才来卖东西的。这很少见。 # speaker: rafael # mood: pleased
    天宇那边，我还应该认识谁？ # speaker: rafael # mood: thinking
    你报了两个名字。他让助理把两个人都约上。
+ {eleanor_trust == 0 or eleanor_trust == 1} [请埃莉诺尽快把你引荐给拉斐尔 # score: BE+1 # feedback: 熟人引荐来得快，但仍然只是一个点。身后没有对口的人，CEO见到的是一个销售，而不是一家公司。 # cap: customer_partnering]
    一次指导委员会开完，埃莉诺领你去见拉斐尔。走廊里，五分钟。
    幸会。天宇那边，我还应该认识谁？ # speaker: rafael # mood: neutral
    你递上自己的名片。第二个名字还没想出来，他已经被人叫走了。
- -> d3_eleanor

=== d3_eleanor ===
{eleanor_trust < 0:埃莉诺答应在马路对面的咖啡馆见一面。她外套都没脱。|埃莉诺把见面地点定在马路对面的咖啡馆，离她的楼层远一点。} # scene: cafe # music: office
{ survey > 0:
    ~ fit += 1
    我的规划团队很喜欢你们的访谈。以前从没人问过他们。 # speaker: eleanor # mood: pleased
}
{ survey < 0:
    你们那封关于调查的邮件传到了CFO那里。效果不太好。 # speaker: eleanor # mood: concerned
}
拉斐尔问我，哪些供应商真正懂我们的业务。 # speaker: eleanor # mood: thinking
我说天宇的工程师懂。至于其他方面，我不知道该怎么说。 # speaker: eleanor # mood: neutral
他只有三个席位，吴迪。北维认为其中一个早就是他们的了。 # speaker: eleanor # mood: concerned # facilitator: 期望管理：没听清的期望，无从管理。这里的争论在于：先问清拉斐尔看重什么（学到东西，但手里还没有可展示的），还是把天宇的架构师派去攻她最头疼的难题（做给她看，但不收费，而且仍不知道CEO怎么考）。请学员讨论：和一位友好的高管喝咖啡，你会问她什么，又会给她什么？注意别把她的好感花在求人情上。
+ [请教她：拉斐尔选伙伴看重什么，我们差在哪里 # score: S+1 BE+2 # feedback: 先用客户自己的话弄清期望，再去立论；主动问差在哪里，赞助人就成了教练。代价是放下身段，而且眼下你什么也给不了她。 # cap: customer_partnering]
    ~ criteria = true
    ~ fit += 2
    她掰着手指数。
    钱：资本开支要降，尝试新业务时要有人共担风险。 # speaker: eleanor # mood: thinking
    增长：政企收入。到现在还没人帮我们做起来。 # speaker: eleanor # mood: thinking
    省心：一个伙伴就能跨二十个子网解决问题。 # speaker: eleanor # mood: neutral
    还有，要跟他对话，而不是对着他宣讲。 # speaker: eleanor # mood: pleased
    那我们差在哪里？ # speaker: wudi # mood: thinking
    四条都差，除了工程能力。至少现在是这样。 # speaker: eleanor # mood: neutral
+ [把林晓的架构师借给她一个月，专攻她团队啃不下来的那个难题 # score: R+2 O-1 BE+1 # feedback: 在她自己的难题上出力，比任何胶片都更能改变看法，埃莉诺会记住这份情。代价是架构师一个月的工时无处结算，而你仍然不知道拉斐尔会怎么考。 # cap: collaborative_influence]
    ~ fit += 1
    港口的政企专网。三家运营商，无线信号怎么调都不稳定。 # speaker: eleanor # mood: thinking
    林晓的架构师周一进场。埃莉诺派了她最好的工程师跟他们坐在一起。
+ [请她出面向拉斐尔推荐天宇，为我们争取三个席位之一 # score: S-1 BE-1 # feedback: 还没弄清席位的要求，就请赞助人替你透支信誉，是把关系变成了人情。她眼下也没有什么可推荐的。 # cap: customer_partnering]
    ~ fit -= 1
    您能向拉斐尔推荐一下天宇吗？ # speaker: wudi # mood: thinking
    我可以告诉他你们的工程师很好。他知道，调查里写着呢。 # speaker: eleanor # mood: annoyed
    你还没来得及掏钱，她已经把两杯咖啡都付了。
- -> d4_nordvik

=== d4_nordvik ===
希思罗机场贵宾室。拉尔斯·诺丁在你旁边坐了下来。 # scene: airport # music: tension
今晚飞斯德哥尔摩。下个月，拉斐尔要来参观我们的创新中心。 # speaker: lars # mood: pleased
北维和子午，二十多年了。他喜欢长久的故事。 # speaker: lars # mood: pleased
别介意，吴迪。你们是非常好的供应商。 # speaker: lars # mood: neutral
他先登机了。你的手机一震：张浩。 # sfx: notify
丹尼尔团队那边透了口风，北维给拉斐尔开了两个条件。 # speaker: zhanghao # mood: concerned
一个联合品牌的创新中心，外加五年价格封顶。 # speaker: zhanghao # mood: concerned
我们怎么接招？ # speaker: zhanghao # mood: concerned # facilitator: 在客户对战略供应商的期望上做差异化。这里的争论在于：先分析北维的短板（立论扎实，但拉尔斯陪着拉斐尔的时候，你还在写材料），还是在拉斐尔的老东家做一次现场验证（对手买不来的事实，但没人付钱，也没人要求）。请学员讨论：哪一种拉斐尔会注意到？各自让这个客户付出什么代价？注意价格上的回应，它恰好坐实了调查的结论。
+ [请陈宇再让六个点，好抵消北维那份五年价格封顶带来的冲击 # score: S-1 O-1 BE-2 # feedback: 用价格接招，恰好坐实了CFO办公室那句评语：质优价廉的设备商。伙伴是凭带来的价值和共同下的注被选中的，利润越薄，这两样越拿不出来。 # cap: business_value]
    ~ fit -= 2
    登机前，你给陈宇发了消息。
    再降六个点？连续第三年了？ # speaker: chenyu # mood: annoyed
    他还是同意了。丹尼尔的团队把它归进了“价格”一栏。
+ [把子午想要的和北维给的摆在一起，逐项找出北维的短板 # score: S+2 BE+1 # feedback: 在客户看重的价值上做差异化，而不是拼价格、拼关系，这样的理由哪顿饭局也替代不了。代价是一周的分析，而这一周拉尔斯正陪着拉斐尔；没有埃莉诺的清单，就只能靠猜。 # cap: strategic_thinking]
    ~ match = true
    { criteria:
        ~ fit += 2
        你把埃莉诺的清单发给张浩：钱、增长、省心、对话。
        政企增长。北维在这块很薄弱，我们有底子。 # speaker: zhanghao # mood: pleased
    - else:
        ~ fit += 1
        没有埃莉诺的清单，团队只能猜：成本，肯定的。创新？
        又在猜客户要什么了。 # speaker: zhanghao # mood: thinking
    }
+ [找马可借人，去拉斐尔的老东家巴西做三十天政企验证 # score: R+2 O-1 BE+1 # feedback: 在CEO的老东家跑出一个现场验证，是北维买不来的事实，马可的队伍也会赢得巴西工程师的好感。代价是占用无处结算的交付力量，而集团层面还没有人提过这个问题。 # cap: collaborative_influence]
    ~ fit += 1
    { peers_on_board:
        你话还没说完，马可就从智利项目上拨了四个工程师给你。德国那次，他说。
    - else:
        马可嘟囔了几句，还是从智利项目上借给你四个工程师。
    }
    子午巴西的CTO发来第一个站点的照片，抄送了拉斐尔。
- -> d5_sponsor

=== d5_sponsor ===
// 信任度设下限：开局失误会丢掉强结局，但不会断送之后的每一次机会。
{ fit < -2:
    ~ fit = -2
}
深夜视频会。赵林还在深圳总部。 # scene: video_call # music: night
三个伙伴，子午说的。好。 # speaker: zhaolin # mood: thinking
总部有十五个客户，都想当“战略客户”。 # speaker: zhaolin # mood: concerned
每个都要实验室、要赞助人、要董事长的时间。 # speaker: zhaolin # mood: concerned
{ network:
    你的对口关系图就在他屏幕上，第二列他已经勾了大半。
}
{ gifts:
    孙梅还说，招待预算已经花光了。 # speaker: zhaolin # mood: annoyed
}
孙梅从系统部办公室接入会议，表格已经打开。
子午是我们的第三大客户。 # speaker: sunmei # mood: neutral
{
- account_pnl >= 2:
    从一月起，利润率回到了平均水平以上。全年现金流都是正的。 # speaker: sunmei # mood: pleased
- account_pnl <= 0:
    这个客户群去年亏了钱，总部财务把它列进了观察名单。我申请过调走，赵林让我留下来把它扭过来。 # speaker: sunmei # mood: concerned
- else:
    利润率低于平均水平，有两个子网回款很慢。 # speaker: sunmei # mood: concerned
}
{ terms_renegotiated:
    南非现在按里程碑付款。总部财务拿那份合同当样板。 # speaker: sunmei # mood: neutral
}
所以，为什么是子午？你到底要我给什么？ # speaker: zhaolin # mood: thinking # facilitator: 关键一问：总部没有投入，就谈不上席位。这里的争论在于：请他出钱分期建实验室（正是拉斐尔想看到的，但要占用别的客户想要的预算），还是把投入和子午按时回款挂钩（价值客户理应做到的，但北维带着创新中心来，你却带着条件去）。请学员讨论：你会向自己的老板要什么，又拿什么跟他交换？注意两种做法：替总部挡掉麻烦，以及只来握手的赞助人。
+ [留在系统部层面：拉斐尔我来搞定，不给总部添麻烦 # score: R-1 BE-1 # feedback: 替总部挡掉麻烦，关系就只剩一个点：你自己。挑选三家伙伴的CEO，想看到的是整个公司坐到桌前。 # cap: collaborative_influence]
    ~ hq = 0
    ~ fit -= 1
    拉斐尔交给我。总部的事已经够多了。 # speaker: wudi # mood: neutral
    好。少一个来要董事长时间的客户。 # speaker: zhaolin # mood: pleased
+ [请他一起去见拉斐尔，预算的事以后再说 # score: R+1 BE+1 # feedback: 赞助人亲自到场有帮助，但身后什么都没有的赞助人只能握握手。拉斐尔会问：天宇到底投入什么？ # cap: collaborative_influence]
    ~ hq = 1
    跟我一起去见拉斐尔。其他的可以等。 # speaker: wudi # mood: neutral
    握手我可以给你。要钱，得有理由。 # speaker: zhaolin # mood: neutral
+ {match or criteria} [讲清子午要什么、我们能换回什么，请他出钱分期建实验室 # score: R+2 O+1 BE+2 # feedback: 把子午对伙伴的诉求与天宇对价值客户的诉求对上，投入才批得下来；分期则守住了损益。代价是赵林要动用另一个客户也想要的预算，而且从此他的名字押在了上面。 # cap: business_value]
    他们要降成本、要政企增长、要一个伙伴打通二十个子网。 # speaker: wudi # mood: neutral
    我们要能支撑投入的利润、按时回款，还有一个标杆市场。 # speaker: wudi # mood: neutral
    一期是实验室。回款改善了，才有二期。 # speaker: wudi # mood: thinking
    { account_pnl > 0:
        ~ fit += 2
        ~ hq = 2
        这是交换，不是许愿。赞助人我来当，预算一起给。 # speaker: zhaolin # mood: pleased
    - else:
        ~ fit += 1
        ~ hq = 1
        交换是好交换，可这个客户群去年是亏钱的。 # speaker: zhaolin # mood: concerned
        赞助人我来当。预算等数字转过来再说。 # speaker: zhaolin # mood: concerned
    }
+ {not (match or criteria)} [讲清子午要什么、我们能换回什么，请他出钱分期建实验室 # score: R+1 BE+1 # feedback: 要的方向对，功课却没做：你说不清子午想从实验室得到什么，听起来就是天宇的愿望清单，而不是一笔交换。赵林愿意当赞助人，钱先按住不动。 # cap: business_value]
    ~ fit += 1
    ~ hq = 1
    建个实验室，让他们看到我们是认真的。一期先做，二期再说。 # speaker: wudi # mood: neutral
    他们到底想从实验室里得到什么？ # speaker: zhaolin # mood: thinking
    你还不知道。赞助人我当，钱先等等。 # speaker: zhaolin # mood: neutral
+ [请他做这个客户的赞助人，实验室的钱等子午把欠款还上再投 # score: S+1 O+2 BE+1 # feedback: 把投入和按时回款挂钩，守住了损益，也让子午明白价值客户对伙伴该尽什么义务。代价是速度：北维带着创新中心来，你却带着条件去。 # cap: business_acumen]
    ~ hq = 1
    ~ fit += 1
    请您当赞助人。实验室的钱，等他们的欠款回来再动。 # speaker: wudi # mood: neutral
    这个我在总部说得过去。孙梅，把那两个子网的账龄表发我。 # speaker: zhaolin # mood: pleased
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
    ~ fit -= 1
    边桌上放着你们送的那箱红酒，原封未动，附着合规部的便条。
    我上任第一周定的规矩：不收礼。请拿回去。 # speaker: rafael # mood: annoyed
}
我看了供应商调查。你们的产品得分是全场最高。 # speaker: rafael # mood: neutral
而你们最低的一项，是“懂我们的业务”。 # speaker: rafael # mood: thinking
那你说说，为什么要把一个质优价廉的供应商选成伙伴？ # speaker: rafael # mood: thinking # facilitator: 错位，就在这一句话里：对话要从客户的感知出发，而不是从你的自我感觉出发。请学员讨论：今天你能诚实地摆上桌的是什么？哪些话，不经老板同意绝不能说？如果实验室的钱已经批了，谁还会主张先谈调查，理由是什么？注意两种做法：拿业绩辩护，以及许下一个天宇没人出钱的实验室。
+ [认同调查结果，讲清它让我们看到了什么、我们从那以后改了什么 # score: S+1 BE+2 # feedback: 先接受客户的看法，再拿出已经做出的改变，差距由此开始闭合，具体的事实让它可信。但桌上没有真金白银，这终归只是一次不错的谈话。 # cap: customer_partnering]
    您的调查是对的。我们卖的是设备，却自称伙伴。 # speaker: wudi # mood: thinking
    { survey > 0:
        ~ fit += 2
        我们访谈了贵司十二位同事。这是我们正在改的事。 # speaker: wudi # mood: neutral
        你们去问了我的人。北维请我去吃饭。 # speaker: rafael # mood: pleased
    - else:
        ~ fit += 1
        很坦诚。要是背后有个计划，会更有说服力。 # speaker: rafael # mood: neutral
    }
+ [用业绩回应：网络可用率、驻场工程师、按期交付 # score: S-1 BE-2 # feedback: 交付数据回答的是一个他没有问的问题，而且是在跟他点出的差距较劲。他早知道你们交付得好：所以你们才进了候选名单。 # cap: customer_partnering]
    ~ fit -= 2
    我们在贵网的可用率最高，交付也从不延期。 # speaker: wudi # mood: concerned
    我知道。所以你们进了候选名单。我问的是那三家。 # speaker: rafael # mood: annoyed
+ {hq >= 2} [拿出深圳已经批了预算的实验室，由拉斐尔和赵林每年两次一起定方向 # score: S+1 BE+3 # feedback: 钱已到位的实验室，加上常设的高层对话，是客户看得见的投入，而不是口头保证。代价是赵林当着CEO的面，把自己的名字和预算押在了结果上。 # cap: customer_partnering]
    ~ fit += 2
    一个服务于贵司政企增长的实验室，深圳已经批了预算。 # speaker: wudi # mood: neutral
    每年两次，由您和我们的管理层一起定方向。 # speaker: zhaolin # mood: neutral
    已经批了？大多数供应商只会说“回去申请”。 # speaker: rafael # mood: surprised
+ {hq < 2} [当场承诺一个实验室和一支专属团队，钱等他点了头再回总部争取 # score: O-2 BE-2 # feedback: 公司没有出钱的实验室，就是过度承诺：今天的好感会变成明天的失信。客户会由此知道你的话值多少。 # cap: strategic_risk]
    ~ overpromise = true
    为贵司政企业务建一个实验室，配专属团队。 # speaker: wudi # mood: pleased
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
现在怎么办？ # speaker: zhaolin # mood: thinking # facilitator: 过度承诺的后果来了。这里的争论在于：马上告诉子午，把实验室缩小（坦诚，但拉斐尔刚在全员大会上讲过），还是先把一期的钱落实，再带着结果去说（保住面子，但客户会多信一阵那个大版本）。请学员讨论：坏消息先告诉谁？两种顺序各要付出什么？注意把成本藏进其他合同利润里的做法。
+ [今天就给埃莉诺打电话：讲清承诺了什么、真正拿得出多少 # score: O+1 BE+2 # feedback: 尽早、当面重设期望，能把信任的损失降到最低。代价是在拉斐尔面前丢面子，子午已经宣布的实验室要当众缩水。 # cap: strategic_risk]
    ~ overpromise = false
    你在孙梅的工位上给埃莉诺打了电话。
    我承诺的，超出了公司实际能投的。这是我们现在能做到的。 # speaker: wudi # mood: concerned
    比拉斐尔听到的小。但总比以后才发现好。 # speaker: eleanor # mood: neutral
+ [先给赵林一份算清成本的一期方案要钱，暂不惊动子午 # score: R+2 O+1 BE-1 # feedback: 带着算好账的方案而不是一个烂摊子去找老板，这是正确的升级方式。但子午会多相信那个大实验室一个月，等他们知道时，差距更大。 # cap: collaborative_influence]
    ~ overpromise = false
    { hq < 1:
        ~ hq = 1
    }
    ~ fit -= 1
    赵林砍掉另一个客户的试点，凑出了一期的钱。
    埃莉诺是在一次指导委员会上听说实验室缩小的。消息来自陈宇。
+ [悄悄从接下来两单子午合同的利润里挪出这笔钱，免得总部重开预算 # score: O-2 BE-1 # feedback: 把没有资金来源的承诺藏进其他合同的利润里，既是损益问题，也是内控问题。这段伙伴关系从此建在没人批准过的数字上。 # cap: business_acumen]
    ~ trapped = true
    ~ fit -= 2
    孙梅重做了两份报价，脸色很难看。
    实验室开张了，花的是本属于其他合同的钱。
- -> d7_lab

=== d7_lab ===
// 只带走仍然有用的：调查和送礼的标记已用完。
~ survey = 0
~ gifts = false
{ fit < 0:
    ~ fit = 0
}
三个月后。子午曼彻斯特技术中心，一层空荡荡的楼面。 # scene: joint_lab # music: office
{ hq >= 2:
    陈宇的第一批设备周一到了，走的是总部预算。
- else:
    埃莉诺借出这层楼做试点。她说：做给我们看。
    总部的钱还没完全落实，有些设备是借来的。
}
埃莉诺的架构师想知道，这层楼到底做什么用。 # speaker: linxiao # mood: thinking
总部想要一个展厅：最新设备、我们的标志、客户参观。 # speaker: chenyu # mood: neutral
子午的政企部门只想要人帮他们卖，就这个季度。 # speaker: zhanghao # mood: thinking
北维的斯德哥尔摩中心下周就开新闻发布会。 # speaker: zhanghao # mood: concerned # facilitator: 联合创新，以及联合品牌的先后顺序。这里的争论在于：混编团队攻子午的一个难题（真正的联合，但短期看不到收入），还是让天宇的人跟着子午政企团队跑客户（本季度就有收入和好感，但什么也没有共同做出来）。请学员讨论：什么才算“联合”创新？两种选择各自会给明年的满意度调查带来什么？注意挂着两个标志的展厅，以及还没有成果就先发布的品牌。
+ [按总部的意思做展厅：最新设备、双方标志、客户参观 # score: R+1 # feedback: 展厅让总部产品线满意，也能打动访客。但它展示的是天宇的产品，而不是子午的问题，客户的架构师会慢慢不再来。 # cap: collaborative_influence]
    展厅很漂亮，第一个月就接待了四十位访客。
    设备不错。它在解决谁的问题？ # speaker: eleanor # mood: neutral
+ [这层楼只攻子午的一个难题，他们和我们的架构师一起干 # score: S+1 BE+3 # feedback: 客户的问题、混编的团队、共同的目标、共享的权益，创新才算联合，品牌可以跟着成果走。代价是慢：这个季度没有收入，子午政企部门得等。 # cap: business_value]
    ~ lab_joint = true
    ~ fit += 2
    埃莉诺的架构师和林晓的团队围坐在一张大桌旁。
    他们的政企销售负责人带来了三家港口运营商的难题。
    做成了，就用子午的品牌卖，注明“天宇联合打造”。 # speaker: linxiao # mood: pleased
    { hq < 2:
        起步很小：两个工程师、一个港口、一台借来的基站。
    }
+ [接下来三个月，让林晓的团队跟着子午政企销售一起跑客户 # score: S+2 O+1 # feedback: 帮子午卖出去，回应了埃莉诺说的增长，这个季度就有收入。但什么也没有共同做出来：天宇成了对方的售前部门，而不是下一步的伙伴。 # cap: business_value]
    ~ fit += 1
    三个月，十一次客户拜访，子午的商机库里多了两单。
    他们的政企负责人很高兴。曼彻斯特那层楼一直空着。
+ [本周就向媒体宣布实验室，抢在北维发布之前，让拉斐尔先看到我们 # score: S-1 BE-2 # feedback: 还没有东西可展示就先宣布，是拿子午的名字去打你和北维的比赛。这个品牌有一半属于客户，可没人问过他们。 # cap: customer_partnering]
    ~ fit -= 2
    周二，天宇的新闻稿发了出去，上面印着子午的标志。
    我们的公关团队是在新闻里看到的。下次，先问我们。 # speaker: eleanor # mood: annoyed
- -> d8_exchange

=== d8_exchange ===
实验室评审会后，{priya_stayed:普丽娅|张浩}在走廊里叫住了你。 # scene: corridor # music: office
{ priya_stayed:
    阿尔琼问我，他的CFO该找天宇的谁。 # speaker: priya # mood: thinking
    我说：找吴迪。什么事都要经过你。 # speaker: priya # mood: concerned
    你一上飞机，子午就只能等着。 # speaker: zhanghao # mood: concerned
    子午的人力资源总监问，我们愿不愿意互派年轻工程师。 # speaker: priya # mood: neutral
- else:
    阿尔琼的CFO问我，他该找天宇的谁。以前他都是问普丽娅。 # speaker: zhanghao # mood: thinking
    我说：找吴迪。什么事都要经过你。 # speaker: zhanghao # mood: concerned
    你一上飞机，子午就只能等着。 # speaker: zhanghao # mood: concerned
    子午的人力资源总监问，我们愿不愿意互派年轻工程师。 # speaker: zhanghao # mood: neutral
}
{ bench:
    关系图旁边挂着你的接班人梯队：系统部每个岗位都有两个名字。对方的人力资源总监问你是怎么搭起来的。
}
{ network:
    对口关系图上，一半的空白格已经有了名字。
}
{ priya_stayed:
    拉斐尔希望“一个子午”是一种文化，而不是一句口号。 # speaker: priya # mood: thinking # facilitator: 从线到面：管理、文化与人才交流，或者把自己的人培养进高层关系里。请学员讨论：这段关系经得起你休一次假、换一份工作吗？哪个选项让团队付出更多，哪个让子午付出更多？注意系统部部长成为唯一纽带的情况。
- else:
    拉斐尔希望“一个子午”是一种文化，而不是一句口号。 # speaker: zhanghao # mood: thinking # facilitator: 从线到面：管理、文化与人才交流，或者把自己的人培养进高层关系里。请学员讨论：这段关系经得起你休一次假、换一份工作吗？哪个选项让团队付出更多，哪个让子午付出更多？注意系统部部长成为唯一纽带的情况。
}
+ [派六位工程师进子午运维，再请六位子午工程师来深圳 # score: T+1 BE+3 # feedback: 人员互派让两个组织成为同事，关系不再系于一人之身。代价是团队里六位最好的工程师要离开半年，双方人力部门还有一堆手续。 # cap: cross_cultural]
    ~ network = true
    ~ fit += 2
    六位子午工程师去深圳，我们六个人进他们的运维团队。 # speaker: wudi # mood: thinking
    再办一期领导力培训，两家公司的经理一起上。 # speaker: wudi # mood: neutral
    { priya_stayed:
        阿尔琼要亲自派两名规划工程师过来。 # speaker: priya # mood: pleased
        { priya_signed:
            普丽娅在集团层面的亚洲席位上主持这次互派。子午的人力资源总监早就知道她的名字。
        - else:
            普丽娅主动请缨牵头互派。名单上头两个，就是阿尔琼的两名规划工程师。
        }
    - else:
        {bench:阿尔琼派来两名规划工程师，点名请维克拉姆带他们。|阿尔琼客客气气地派来两名规划工程师，又问了一句：普丽娅走了，天宇这边谁来带他们？}
    }
+ [请{priya_stayed:普丽娅|夸梅}和张浩各认领两位子午高管，由你在背后辅导他们 # score: T+2 BE+1 # feedback: 把高层关系连同辅导一起授权出去，培养了自己的人，也拓宽了这条线。但终归还是天宇的人给子午的人打电话，两个组织本身并没有见面。 # cap: org_development]
    ~ team = true
    ~ fit += 1
    你们俩负责CFO和战略总监，我来辅导。 # speaker: wudi # mood: neutral
    { priya_stayed:
        普丽娅笑了，随即打开日历。这是她第一次约见对方高层。
    - else:
        夸梅笑了，随即打开日历。这是他第一次约见对方高层。
    }
+ [拉斐尔和埃莉诺认的是你，由你亲自维护，其余的交给团队 # score: T-1 BE-1 # feedback: 把高层关系攥在自己手里，看似可控，却让你成了单点故障，也等于告诉团队天花板在哪里。 # cap: org_development]
    ~ network = false
    ~ fit -= 1
    拉斐尔和埃莉诺我来跟，其他人归你们。 # speaker: wudi # mood: neutral
    {priya_stayed:普丽娅|夸梅}点点头。张浩看着那张关系图，没说话。
- -> d9_expect

=== d9_expect ===
拉斐尔的执行委员会出了伙伴考题。 # scene: video_call # music: tension
政企专网，六个月内在十二个子网上线。 # speaker: eleanor # mood: neutral
北维当场就答应了。你们能做到吗？ # speaker: eleanor # mood: thinking
{ lab_joint:
    港口试点给了你真实的数据：每个子网四周。
}
六个月十二个？站点就绪的话，四个，最多五个。 # speaker: marco # mood: concerned # facilitator: 期望管理的实战：只承诺做得到的，再让交付看得见。这里的争论在于：当场按马可的保守估计承诺，并每月公布进度（会上就有答复，但没有核实过），还是先去核查五个站点（马可敢担保的数字，但有九天时间，委员会手里只有北维那句“能”）。请学员算一算：今天答应下来，六个月后、明年的满意度调查里，要付出什么？注意跟着对手许诺的做法。
+ [答应六个月上线十二个：北维答应了，委员会要在这次会上就拿到答复 # score: R-1 O-1 BE-2 # feedback: 跟着对手许诺，设下的是马可已经说过做不到的期望。差距会出现在交付里、在明年的满意度调查里，也会出现在席位上。 # cap: strategic_risk]
    ~ yes12 = true
    ~ trapped = true
    ~ fit -= 2
    六个月，十二个子网。没问题。 # speaker: wudi # mood: pleased
    马可一言不发地退出了会议。
+ [本周就让马可的队伍去看五个站点，给委员会报一个核实过的数字 # score: O+2 BE+1 # feedback: 先核实再承诺，避免了过度承诺，马可也会为这个数字担保。代价是有九天时间，委员会手里只有北维那句“能”；而且一个数字，还不是子午看着你交付的办法。 # cap: strategic_risk]
    ~ fit += 1
    { expert_pool >= 1:
        ~ fit += 1
        { expert_pool >= 2:
            陈宇和马可牵头的专家名单上，这周正好有人有空。马可让自己的队伍一起出发，周二就到了站点。
        - else:
            常设专家名单上，这周正好有人有空。和马可的队伍一起，周二就到了站点。
        }
        第三天，马可的数字出来了：六个月五个子网，逐个站点核过。
        三天，而且核实过。我今天就拿到委员会上去。 # speaker: eleanor # mood: pleased
    - else:
        马可的队伍周四就到了站点。
        九天？北维可是当场就答复了。 # speaker: eleanor # mood: concerned
        第九天，马可的数字出来了：六个月五个子网，逐个站点核过。
        晚了点，但是核实过的。我会拿到委员会上去。 # speaker: eleanor # mood: thinking
    }
+ [承诺六个月上线四个、十八个月上线十二个，每月把进度发给每位答卷人 # score: O+1 BE+3 # feedback: 先设一个做得到的期望，再每月把交付进度亮给当初接受访谈的人，期望与感知之间的差距就此闭环。代价是在会上，它听起来不如北维那句“能”。 # cap: customer_partnering]
    ~ fit += 2
    六个月四个，十八个月十二个。每个月您都看得到进展。 # speaker: wudi # mood: neutral
    所有参加过贵司满意度调查的人，也会收到这张进度表。 # speaker: wudi # mood: neutral
    和北维说的不一样。不过更可信。 # speaker: eleanor # mood: thinking
- -> d10_plan

=== d10_plan ===
伙伴遴选会前一周。孙梅打开了总部的客户规划模板。 # scene: finance_room # music: office
明年每个战略客户都要定三项考核指标。 # speaker: sunmei # mood: neutral
总部只会问一个问题：子午值不值得我们这么投入？ # speaker: zhaolin # mood: thinking
{ team:
    {priya_stayed:普丽娅|夸梅}和张浩主动提出，想在规划里认领点什么。 # speaker: linxiao # mood: thinking
}
子午这一页写什么？谁来负责？ # speaker: sunmei # mood: thinking # facilitator: 品牌、满意度、伙伴关系：商业成功的三要素，在这里变成了“这个客户考核什么”的选择。这里的争论在于：三要素各有一位负责人（团队扛起来，但订单不再是头条），还是和其他客户一样考订单、利润、回款（总部只为算得清的东西出钱，但团队会去追订单）。请学员讨论：两种写法之下，团队明年真正会去追的是什么？注意只列里程碑的写法：它衡量的是做了什么，而不是做成了什么。
+ [订单、利润和回款，和其他大客户一样考；合作的事，靠这几项带动 # score: R+1 O+2 # feedback: 总部只为算得清的东西出钱，这一页能让投入源源不断，也让这个客户对自己的损益保持清醒。但这一页上没有任何东西奖励让子午选中伙伴的那些事，团队会去追订单。 # cap: business_acumen]
    ~ fit += 1
    总部一天就批了这一页。孙梅松了口气。
    林晓读了两遍。所以实验室是业余爱好？ # speaker: linxiao # mood: concerned
+ [各定负责人：子午签字的标杆、调查评语、路标 # score: S+1 T+1 BE+2 # feedback: 客户签字认可的标杆、逐条关闭的调查评语、说到做到的路标，就是品牌、满意度和伙伴关系，而且每一项在团队里都有人负责。代价是订单不再是头条，孙梅得在总部替你辩护。 # cap: strategic_thinking]
    ~ team = true
    ~ fit += 2
    林晓负责标杆：一个港口上线，用子午的名字。 # speaker: wudi # mood: neutral
    {priya_stayed:普丽娅|夸梅}负责调查评语，一个子网一个子网地关。张浩负责路标。 # speaker: wudi # mood: neutral
    订单写在脚注里。我去替你辩护。就这一次。 # speaker: sunmei # mood: concerned
+ [考核合作的里程碑：实验室、高层指导会、人员交流 # score: O-1 BE+1 # feedback: 里程碑衡量的是做了什么，而不是做成了什么。这一页上没有订单、没有利润，也没有客户的声音，总部会把子午看成一个成本中心。 # cap: business_acumen]
    三个里程碑，三个日期。全是天宇自己要做的事。
    那子午能从里面得到什么？这一页上看不出来。 # speaker: zhaolin # mood: thinking
- -> d11_ask

=== d11_ask ===
{ hq > 0:
    伙伴遴选会。赵林坐在你身边。 # scene: meridian_boardroom # music: boardroom
- else:
    伙伴遴选会。你独自面对执行委员会。 # scene: meridian_boardroom # music: boardroom
}
拉斐尔、埃莉诺、丹尼尔，还有CFO。拉尔斯刚从这间屋子出去。
这是我问每家候选公司的最后一个问题。 # speaker: rafael # mood: neutral
伙伴关系是双向的。天宇需要子午给什么？ # speaker: rafael # mood: thinking # facilitator: 客户亲口问出的匹配问题：天宇需要从价值客户那里得到什么？这里的争论在于：参与规划、允许引用子午的名字（是伙伴的要求，但对钱只字未提），还是按时回款加长期框架（让投入算得过账，但听起来像采购谈判）。请学员讨论：哪个回答你的CFO会签字，哪个拉斐尔的董事会会买账？注意“什么都不需要”的谦虚：那是供应商的说法。
+ [规划时给我们一席，路标和你们团队一起写，并允许我们说子午选了天宇 # score: S+1 BE+3 # feedback: 参与规划、共同的路标和一个标杆客户，是天宇作为伙伴投入所需要的；坦率说出来，是把子午当成对等的一方。但钱的事一句没提，孙梅不会为此感谢你。 # cap: customer_partnering]
    你们做规划时，给我们一个席位。路标，和你们的人一起写。 # speaker: wudi # mood: thinking
    还有，允许我们说“子午选择了天宇”。 # speaker: wudi # mood: thinking
    { hq >= 2:
        ~ fit += 3
        那我们能得到什么？ # speaker: rafael # mood: thinking
        资本开支下降、政企增长、一个伙伴打通二十个子网。 # speaker: wudi # mood: neutral
        这是一笔我能拿到董事会上讲的交换。 # speaker: rafael # mood: pleased
    - else:
        ~ fit += 2
        合理。那我们能得到什么北维给不了的？ # speaker: rafael # mood: thinking
        你的回答很笼统。他在本子上写了一个词。
    }
+ [暂时什么都不需要：我们的本分是服务好子午，先挣到席位再开口 # score: O-1 BE-1 # feedback: 谦虚，但错了：什么都不需要的伙伴，就是供应商。伙伴关系意味着坦率说出你对价值客户的要求。 # cap: customer_partnering]
    ~ fit -= 1
    什么都不需要。我们的本分是服务好子午。 # speaker: wudi # mood: neutral
    供应商都这么说。我今天听了一整天。 # speaker: rafael # mood: neutral
+ [按时回款，再签一份三年框架协议，让天宇算得过账、投得起 # score: O+2 BE+1 # feedback: 现金和长期的预期，是价值客户值得投入的前提，拉斐尔也欣赏直截了当的回答。但他先听到的是条款，接下来丹尼尔的团队会接手。 # cap: business_acumen]
    ~ fit += 1
    按时回款，再给我们三年的规划周期。这样我们才投得起。 # speaker: wudi # mood: neutral
    回答得很直接。丹尼尔，记一下。 # speaker: rafael # mood: neutral
    { terms_renegotiated:
        南非已经按里程碑给他们付款了。行得通。 # speaker: daniel # mood: neutral
    }
- -> finale

=== finale ===
// fit 累计出手的质量：每一步最佳选项 +2，另一个好选项 +1，
// 较弱的选项 0 或 -1，陷阱 -2。每步都选最佳可得 24 分，16 分为强结局。
// 强结局还需要总部站在这个客户身后（hq），且没有踩中让客户丢失的陷阱：
// 答应马可说做不到的十二个子网，或者用其他合同的利润填实验室。
// 放在一整年里看，埃及代理的“疏通费”付了（bribe，来自第四个场景），也与强结局无缘。
{
- fit >= 16 and hq >= 1 and not trapped and not bribe:
    -> ending_strong
- fit <= 6:
    -> ending_poor
- else:
    -> ending_mixed
}

=== ending_strong ===
九个月后。曼彻斯特那层楼，第一个港口专网上线的早晨。 # scene: joint_lab # music: boardroom
子午公布了三家战略合作伙伴，天宇是其中之一。
天宇牵头政企网络，北维保住了核心网。
{ lab_joint:
    港口专网用的是子午的品牌：天宇联合打造。
- else:
    实验室起步晚了，但第一个港口还是用子午的品牌上线了。
}
新一轮调查里，“懂我们的业务”从4.1分升到了7.3分。
你们不再跟我们说自己是伙伴了，而是像伙伴那样做事。 # speaker: rafael # mood: pleased
{ network:
    子午的每位高管，在天宇都有一位会主动打电话的对口人。
- else:
    关系还是系在你一个人身上。一趟航班，一根线。
}
{ team:
    { priya_stayed:
        普丽娅负责十二个子网的调查跟进，春天，她的下一次晋升批下来了。
    - else:
        夸梅负责十二个子网的调查跟进。阿尔琼还是会问起普丽娅。
    }
- else:
    林晓和埃莉诺的架构师一起管实验室。团队其他人还在各自的子网里旁观。
}
赵林请你把这个客户是怎么赢下来的写出来，给另外十四个客户参考。
实验室的墙上，子午的标志在天宇的上面。没人介意。 # ending: strong
-> END

=== ending_mixed ===
九个月后。埃莉诺约你喝咖啡，还是马路对面那家。 # scene: cafe # music: office
我想在公布之前，让你从我这里听到。 # speaker: eleanor # mood: concerned
三家伙伴：北维，还有另外两家。没有你们。 # speaker: eleanor # mood: neutral
无线和政企的优选供应商。这不算什么都没有。 # speaker: eleanor # mood: neutral
{ hq < 1:
    拉斐尔选的，是高层坐到他桌前的公司。你们的高层一直没来。
}
{ bribe:
    {owned:埃及的事也有人提了。拉斐尔知道是天宇自己报告的，但他仍然说：合作伙伴的代理商，就等于合作伙伴本人。|埃及的事也有人提了。拉斐尔的原话是：合作伙伴的代理商，就等于合作伙伴本人。} # speaker: eleanor # mood: concerned
}
{ yes12:
    承诺十二个子网，上线了五个。他一直在数。 # speaker: eleanor # mood: concerned
}
{ trapped and not yes12:
    财务那边还问过两次，实验室的钱是从哪儿来的。 # speaker: eleanor # mood: concerned
}
{ lab_joint:
    港口试点会保留。我的架构师点名要的。 # speaker: eleanor # mood: pleased
- else:
    实验室还在接待参观。我的架构师开春以后就不去了。 # speaker: eleanor # mood: neutral
}
这一次她把账单留给了你，还有一张清单：天宇差在哪四个地方。
{ team:
    回到办公室，{priya_stayed:普丽娅|夸梅}已经把清单分给了团队。
- else:
    回到办公室，团队在等你说这张清单怎么办。
}
赵林把子午在总部战略客户名单上再留一年，但附了条件。
你把清单钉在办公桌上方。六周后，新一轮调查开始。 # ending: mixed
-> END

=== ending_poor ===
九个月后，约翰内斯堡，子午网络运营中心的夜班。 # scene: network_ops # music: night
墙上的大屏在重播子午的全员大会：拉斐尔和他的三家伙伴。
拉尔斯在台上，天宇不在。
天宇留在供应商名单上，只是战术供应商，只在比价时被想起。
{ yes12:
    承诺十二个子网，交付了四个。大屏上没提，调查会提。
}
{ trapped and not yes12:
    内审在另外两单合同的利润里，查到了实验室的钱。
}
网络一片绿。一整年，都是你们的工程师守住的。 # speaker: kwame # mood: neutral
楼上没有人问过，他们是哪家公司的人。 # speaker: kwame # mood: concerned
{ network:
    办公室墙上的对口关系图还在。电话从春天起就停了。
- else:
    办公室白板上，那些空白格还是空白。
}
林晓申请调去别的客户。{priya_stayed:普丽娅接了拉尔斯的电话。|已在北维的普丽娅，挖走了印度的两名工程师。}
总部把子午从战略客户名单上拿掉了。赵林让你下周去做述职。
你陪夸梅值完这个夜班。去年CFO那句评语，今天依然贴切。 # ending: poor
-> END
