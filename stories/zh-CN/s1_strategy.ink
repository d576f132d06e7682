# title: 其实你不懂我的心
# role: S
# order: 1
# summary: 吴迪出任子午电信系统部部长的第一个月，集团CTO打断了他的产品宣讲。他得先读懂客户的战略，再谈销售。

VAR eleanor_trust = 0
VAR daniel_trust = 0
VAR opco_alignment = 0
VAR credibility = 0
VAR homework = false
VAR nordvik_read = false
VAR telescope = false
VAR discount_promised = false
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
离电梯只有二十米。 # facilitator: 定格在这里。请学员说说：吴迪刚刚明白了什么？还有什么没弄懂？注意两个陷阱：为宣讲辩护，或承诺下次带更好的胶片。两者本质上都还是在推销。
+ [强调我们的设备正好解决她的成本问题，再争取十分钟 # score: S-1 BE-2 # feedback: 为宣讲辩护，恰恰坐实了她的判断：还没读懂客户战略就急着卖。CTO一旦觉得没被倾听，就不会再听你说。 # cap: customer_partnering]
    ~ eleanor_trust -= 1
    我们的设备能把单站成本降三分之一。 # speaker: wudi # mood: concerned
    这不正是您的成本难题吗？ # speaker: wudi # mood: concerned
    单站成本是你们的指标，吴迪，不是我的。 # speaker: eleanor # mood: annoyed
    电梯门在你们之间合上了。
+ [请教她：您希望我先弄懂什么？ # score: S+2 BE+2 # feedback: 先问清她的优先事项和考核指标，是解读客户战略的起点。先倾听，也开始修复关系。 # cap: customer_partnering]
    ~ eleanor_trust += 1
    您说得对。问题还没弄清，我就先带着答案来了。 # speaker: wudi # mood: thinking
    下次见面之前，您希望我先弄懂什么？ # speaker: wudi # mood: thinking
    她在电梯口停下，第一次认真地看了你一眼。
    去读我们三月份对投资者讲的东西。全部读完。 # speaker: eleanor # mood: thinking
    然后告诉我，这对四十家供应商、二十个子网意味着什么。 # speaker: eleanor # mood: neutral
+ [承诺下周带一套围绕子午网络定制的新胶片 # score: S-1 BE+1 # feedback: 反应快、礼数到，但定制得再好的产品目录也还是目录：它回应的是你的议程，不是她的战略。 # cap: customer_partnering]
    下周我带一套专门为子午设计的方案，再来向您汇报。 # speaker: wudi # mood: neutral
    随你。发到我办公室吧。 # speaker: eleanor # mood: neutral
    听她的语气，这份胶片不会有人看。
- -> d2_homework

=== d2_homework ===
回到系统部，白板上还是去年的销售指标。 # scene: tianyu_office # music: office
今天这场，不太理想啊。 # speaker: linxiao # mood: concerned
北维昨天请她的架构师团队吃了午饭，我亲眼看见的。 # speaker: zhanghao # mood: concerned
{ eleanor_trust > 0:
    她的办公室发来一封邮件：投资者日材料，92页。 # sfx: notify
}
离集团采购启动会还有两周。 # speaker: linxiao # mood: thinking
这两周怎么用？ # speaker: linxiao # mood: thinking # facilitator: 请学员说说，换作自己，这两周怎么用。把“收集需求”和“解读战略”并排写在白板上对比。注意那场更漂亮的产品演示：看起来很忙，其实什么都没改变。
+ [全队一起读：子午对投资者都说了些什么 # score: S+3 T+1 # feedback: 七步法第一步：从客户自己公开说的话里读懂战略。年报、投资者日和分析师电话会，能看出CxO关注什么、痛在哪里；全队一起读，也就有了共识。 # cap: strategic_thinking]
    ~ homework = true
    团队分头阅读：年报、投资者日材料、分析师电话会纪要。
    到了周五，白板上写着：“一个子午”。
    三年内，资本开支占收入比从18%降到14%。 # speaker: linxiao # mood: pleased
    在欧洲四个市场，和竞争对手共建共享网络。 # speaker: linxiao # mood: pleased
    政企数字化业务收入占比，从9%提到20%。 # speaker: zhanghao # mood: surprised
    前两项都挂着埃莉诺的名字，她就是按这个考核的。 # speaker: linxiao # mood: thinking
    分析师每次电话会都追问印度：亏损，还有价格战。 # speaker: zhanghao # mood: concerned
    还有，一月起各子网CTO虚线汇报给埃莉诺。 # speaker: zhanghao # mood: thinking
    组织架构也在说同一件事：集团在收权。 # speaker: linxiao # mood: thinking
+ [请陈宇的产品线做一份子午专属路标，再搭一场现场演示 # score: S-1 R+1 # feedback: 调动总部资源是真本事，但演示回答的是子午没问的问题。这是先推产品、后读战略。 # cap: collaborative_influence]
    你给总部的陈宇打电话。产品线最爱做演示，一口答应。
    演示我来搭。只是不知道她会不会来看。 # speaker: linxiao # mood: concerned
+ [让各子网团队分头找本地CTO收集需求 # score: S+1 T+1 # feedback: 一线信息有价值，也调动了子网团队；但二十份需求清单拼不出集团战略。需求不等于战略意图。 # cap: org_development]
    一周之内，十二个子网的需求清单陆续交回。
    印度要自建网络，越快越好；德国什么都想共享。 # speaker: zhanghao # mood: thinking
    不可能都对。要么，集团早有答案，只是我们没读到。 # speaker: linxiao # mood: thinking
- -> d3_procurement

=== d3_procurement ===
集团首席采购官丹尼尔·费舍尔给了你三十分钟。 # scene: meridian_boardroom # music: boardroom
现在的网络供应商有四十三家，明年只留十二家。 # speaker: daniel # mood: neutral
框架协议在集团层面签，子网按框架下单。 # speaker: daniel # mood: neutral
所以，天宇凭什么进这十二家？ # speaker: daniel # mood: thinking # facilitator: 七步法第四步：解读客户的采购与供应商策略。请学员想想：丹尼尔按什么考核？他的评分卡奖励什么？注意折扣这个陷阱：它回答的是一个他根本没问的问题。
+ [请教这十二家怎么评，子网又会有什么变化 # score: S+2 BE+1 # feedback: 先读懂客户的采购与供应商策略再推方案，才知道评分卡奖励什么、子网会在哪里反弹。 # cap: business_acumen]
    ~ daniel_trust += 1
    这十二家按什么标准评？子网那边会有什么变化？ # speaker: wudi # mood: thinking
    七年总拥有成本，以及对共享网络的支持能力。 # speaker: daniel # mood: neutral
    还有，供应商是在给我减负，还是添乱。 # speaker: daniel # mood: neutral
    顺便说一句，子网都很抵触，印度最厉害。 # speaker: daniel # mood: concerned
+ [主打全面：供应商要精简，就该选产品最全的天宇 # score: S-1 BE-1 # feedback: 听上去很契合，但供应商精简奖励的是成本更低、麻烦更少，而不是更长的产品目录。推产品组合，忽视了采购真正的评分方式。 # cap: customer_partnering]
    无线、核心网、传输、服务，我们一家全包。 # speaker: wudi # mood: pleased
    我不需要从一家买更多东西。 # speaker: daniel # mood: annoyed
    我需要十二家少给我添麻烦。 # speaker: daniel # mood: annoyed
+ {homework} [把共享站点、精简供应商和资本开支承诺挂上钩 # score: S+3 O+1 BE+1 # feedback: 股东价值视角：把方案与董事会向投资者承诺的资本开支目标挂钩，说的正是首席采购官被考核的语言。 # cap: business_value]
    ~ daniel_trust += 2
    ~ eleanor_trust += 1
    贵集团向投资者承诺，资本开支降到收入的14%。 # speaker: wudi # mood: neutral
    大头要靠站点共享。这是我们测算的单站节省。 # speaker: wudi # mood: neutral
    你读了投资者材料。大多数供应商只读我们的标书。 # speaker: daniel # mood: surprised
    我会跟埃莉诺提一下。 # speaker: daniel # mood: pleased
+ [主动提出集团范围统一降价12%，以示诚意 # score: S-2 O-2 BE+1 # feedback: 用折扣表诚意，是拿利润去换对方没要的东西，还给每个子网定下了价格锚点。价格不是战略。 # cap: business_acumen]
    ~ discount_promised = true
    为表诚意，我们在集团范围统一降价12%。 # speaker: wudi # mood: pleased
    记下了。第一次见面，谁都会给点什么。 # speaker: daniel # mood: neutral
    话虽这么说，他还是把数字记了下来。
    -> d3b_discount
- -> d4_competitor

=== d3b_discount ===
回到办公室，孙梅招手让你去财务角。 # scene: finance_room # music: tension
集团范围统一降12%？ # speaker: sunmei # mood: surprised
光英国续约这一单，毛利就从21%掉到9%。 # speaker: sunmei # mood: concerned
而且每个子网都会拿这个数字来压价。 # speaker: sunmei # mood: concerned
丹尼尔的团队要求周五前写进框架函。 # speaker: sunmei # mood: neutral
这么大的折扣得赵总审批，他还没批。 # speaker: sunmei # mood: concerned # facilitator: 请学员算一算兑现这个承诺的代价，再想想更好的承诺是什么样子。注意两个陷阱：把仓促的让步当成不可更改，或者推给上级签字了事。
+ [白纸黑字写进去，说到就要做到 # score: S-1 O-2 # feedback: 守信很重要，但未经价格审批就锁定集团统一折扣，是过度承诺：它给每个子网的谈判定了锚，却换不来任何战略位置。 # cap: business_acumen]
    ~ credibility -= 1
    框架函周五发了出去。
    孙梅一言不发，改了预测。
+ [回头找丹尼尔：把折扣换成总拥有成本承诺 # score: S+2 O+2 BE-1 # feedback: 把价格让步换成与他评分卡挂钩的价值承诺，纠正了过度承诺。收回折扣会损失一点好感，但这份坦诚花得值。 # cap: strategic_risk]
    ~ discount_promised = false
    统一折扣这个提法，是我欠考虑了。 # speaker: wudi # mood: thinking
    我换一个承诺：帮您达成七年总成本目标。 # speaker: wudi # mood: thinking
    你是第一个把折扣收回去的供应商。 # speaker: daniel # mood: surprised
    把测算发给我。数字站得住，我更喜欢这个。 # speaker: daniel # mood: neutral
+ [请赵林按战略投入特批 # score: S-1 R-1 O-1 # feedback: 把仓促的承诺推给上级，是在消耗老板的信用，去背书一个没人分析过的决定。过度承诺还在，你的信誉也打了折扣。 # cap: collaborative_influence]
    ~ credibility -= 1
    不到一小时，赵林批了。
    行。下次先问我，再承诺。 # speaker: zhaolin # mood: annoyed
- -> d4_competitor

=== d4_competitor ===
子午总部对面的咖啡馆里，一个高个子男人朝你举了举杯。 # scene: cafe # music: office
吴迪，久仰。我是北维的拉尔斯·诺丁。 # speaker: lars # mood: pleased
我们跟子午合作二十年了。我和埃莉诺是老交情。 # speaker: lars # mood: pleased
给你个建议：他们不喜欢意外。 # speaker: lars # mood: thinking
他端着一托盘咖啡走了，是给采购团队带的。
张浩在他刚离开的位子上坐下，打开电脑。
北维刚成立了子午集团客户部，六十个人。 # speaker: zhanghao # mood: concerned
完全对着子午的新架构搭，子网一一对应。 # speaker: zhanghao # mood: concerned
还挖走了子午原来的网络共享负责人。 # speaker: zhanghao # mood: thinking
不过他们政企业务很弱。印度也把他们换掉了。 # speaker: zhanghao # mood: thinking # facilitator: 七步法第七步：解读友商战略。请学员分析：北维的组织和人事动作，透露了子午要往哪里走？注意两个陷阱：照搬对手的人头，或者对对手视而不见。
+ [请赵林尽快批一个对标北维的集团团队 # score: S-1 T+1 O-1 # feedback: 团队结构与客户组织匹配是对的，但在想清楚自己的战略之前照搬对手的人数，买来的是成本，不是位置。 # cap: org_development]
    当晚你给赵林发了消息。
    六十个人？先把战略给我看，再谈人。 # speaker: zhaolin # mood: thinking
+ [像研究客户一样研究北维 # score: S+3 T+1 # feedback: 从友商的客户组织和人事动作解读其战略，就能看出它会从哪里进攻、哪里薄弱。带着团队一起分析，大家都更敏锐。 # cap: strategic_thinking]
    ~ nordvik_read = true
    像研究客户一样研究他们。这说明了什么？ # speaker: wudi # mood: thinking
    说明他们预计会有集团级的共享大单，还想拿下运营。 # speaker: zhanghao # mood: thinking
    也说明他们在子午最想增长的地方最弱：政企。 # speaker: zhanghao # mood: pleased
+ [让团队专注自身优势 # score: S-1 T-1 # feedback: 无视友商等于扔掉免费情报；对张浩的功课不置可否，也等于告诉他下次别费心。对手的组织布局，恰恰透露了客户的方向。 # cap: strategic_thinking]
    北维是北维的事。我们靠自己的优势赢。 # speaker: wudi # mood: neutral
    张浩合上电脑，动作轻得有点刻意。
- -> d5_sandbox

=== d5_sandbox ===
周一。林晓把白板擦得干干净净。 # scene: tianyu_office # music: office
下个月就进入规划季了，我们得有一张机会地图。 # speaker: linxiao # mood: thinking
{ homework:
    左边钉着投资者日的几项承诺。
}
{ nordvik_read:
    旁边挂着张浩画的北维组织图。
}
望远镜还是放大镜？从哪儿下手？ # speaker: linxiao # mood: thinking # facilitator: 在白板上画出两件工具：望远镜找客户、友商和自身三方战略的交汇点，也就是战略机会；放大镜是按子网、按产品展开的战略沙盘。请学员讨论先用哪个、为什么。注意：把今年的项目清单包装成沙盘。
+ [先用放大镜：把今年的招标按子网排进沙盘 # score: S+0 O+1 # feedback: 只有放大镜，没有望远镜：对今年的订单有用，却看不到集团战略三年内会把钱投向哪里。 # cap: business_acumen]
    十一个招标，按子网和金额排好。英国续约排第一。
    今年的清单不错。可三年后的事，它一个字也没说。 # speaker: linxiao # mood: concerned
+ [让各产品线报各自的子午目标，再汇总起来 # score: S-1 R+1 # feedback: 调动了总部，但画出来的只是自己公司的视角，沙盘里缺了客户和友商的战略。 # cap: collaborative_influence]
    五条产品线报来五份清单，贴满了一整面墙。
    每一份都在说我们卖什么，没有一份在说他们要什么。 # speaker: linxiao # mood: concerned
+ [先用望远镜：子午、北维和天宇的战略在哪里交汇？ # score: S+3 R+1 # feedback: 望远镜在客户、友商与自身战略的交汇处找战略机会，再用放大镜沙盘按子网、按产品拆解。 # cap: strategic_thinking]
    ~ telescope = true
    白板上画出三栏：子午、北维、天宇。
    四个共享市场的无线共建共享，还有政企专网。 # speaker: linxiao # mood: pleased
    再加上印度扩容，前提是能纳入共享规划。 # speaker: linxiao # mood: thinking
    { not homework or not nordvik_read:
        有几栏写得很单薄。本该知道的地方，你们只能猜。
    }
    然后换放大镜：每个机会按子网、按产品拆开。
- -> d6_india

=== d6_india ===
普丽娅·奈尔从孟买拉了一个视频会。 # scene: video_call # music: tension
这次是阿尔琼主动要开的会。很少见。 # speaker: priya # mood: surprised
伦敦要我跟最大的竞争对手共享铁塔。 # speaker: arjun # mood: annoyed
在印度，在价格战打得最凶的时候。 # speaker: arjun # mood: annoyed
节庆季之前，我要四千个站。我自己的站。 # speaker: arjun # mood: annoyed
九千万美元，吴迪。这周报价，单子就是你的。 # speaker: arjun # mood: thinking
这会是今年整个系统部最大的一单。 # speaker: priya # mood: concerned
{ daniel_trust > 0:
    你想起丹尼尔的话：子网都很抵触，印度最厉害。
}
{ homework:
    你也记得新的组织架构：阿尔琼现在虚线汇报给埃莉诺。
}
可它和集团规划正面冲突。 # facilitator: 这就是那个嗓门最大的子网。请学员讨论：印度错了吗？它真正的痛点是什么？按新的组织架构，现在谁说了算（七步法第五步）？注意两个陷阱：追单，或者一口回绝。
+ [本周先报价，等框架签了再把它纳进去 # score: S-2 O+1 BE-1 # feedback: 单子很大，但放任一个强势子网抢在集团战略前面，会让你站到集团CTO和首席采购官的对立面。短期有收入，长期被边缘化。 # cap: strategic_risk]
    ~ india_side_deal = true
    周五前，报价会放到您桌上。 # speaker: wudi # mood: pleased
    框架那边，我们回头再理顺。 # speaker: wudi # mood: pleased
    总算有个供应商肯听印度的了。 # speaker: arjun # mood: pleased
    普丽娅没有出声。她读过集团框架协议。
    -> d7_fallout
+ [先问清楚：价格战到底伤在哪里 # score: S+3 BE+1 # feedback: 让子网与集团战略对齐，要从它的痛点开始：认真对待，再在集团共享与集采的规则内设计方案。 # cap: customer_partnering]
    ~ opco_alignment += 1
    先不谈价格。价格战到底伤在哪里？ # speaker: wudi # mood: thinking
    阿尔琼讲了二十分钟。关键是八个城市，其余只是覆盖。
    竞争最激烈的城市自建，其他地方共享，您看如何？ # speaker: wudi # mood: thinking
    走集团框架采购，一期走快速通道。 # speaker: wudi # mood: neutral
    只要伦敦动作够快，我可以接受。 # speaker: arjun # mood: thinking
+ [明确告诉他：集团框架之外一律不做 # score: S+0 BE-2 # feedback: 对集团战略够忠诚，但一句“不行”忽视了子网真实的痛点。协同子网，是在战略框架内解决它的问题，而不是背诵战略。 # cap: customer_partnering]
    ~ opco_alignment -= 1
    阿尔琼，框架之外的单子我不能做。 # speaker: wudi # mood: neutral
    那我就去找一个跟得上印度节奏的供应商。 # speaker: arjun # mood: annoyed
    他退出了会议。普丽娅还在线上，没有说话。
+ {eleanor_trust >= 2} [建议阿尔琼和埃莉诺直接谈，一起把印度纳入“一个子午” # score: S+2 R+1 BE+2 # feedback: 借助你在集团CTO那里的信任，促成集团与子网直接对话，这就是组织型沟通：你来搭台，他们来决策。 # cap: collaborative_influence]
    ~ opco_alignment += 2
    ~ eleanor_trust += 1
    这件事需要您和埃莉诺直接谈，而不是我在中间传话。 # speaker: wudi # mood: thinking
    她会接我的电话？ # speaker: arjun # mood: surprised
    当天她就接了。印度作为试点，纳入了“一个子午”。
- -> d7_bridge

=== d7_fallout ===
两天后，你的手机亮了：丹尼尔·费舍尔。 # scene: corridor # sfx: notify
听说印度要绕开我的框架，买九千万的无线设备。 # speaker: daniel # mood: annoyed
桌上摆着天宇的报价。埃莉诺也在抄送里。 # speaker: daniel # mood: annoyed
我不喜欢意外，吴迪。 # speaker: daniel # mood: annoyed
你倒是说说，你到底在为谁的战略做事？ # speaker: daniel # mood: concerned # facilitator: 请学员讨论：吴迪怎样赢回集团的信任？之后又该怎么给阿尔琼一个交代？注意两个陷阱：为子网的自主权辩护，或者请老板出面摆平。
+ [解释：印度有自己的预算，容量也确实告急 # score: S-1 BE-2 # feedback: 事实没错，立场错了。为一个破坏集团采购战略的交易辩护，等于告诉集团你服务的是嗓门最大的子网，而不是子午。 # cap: customer_partnering]
    ~ eleanor_trust -= 1
    ~ daniel_trust -= 1
    印度有自己的预算，容量也确实告急。 # speaker: wudi # mood: concerned
    那就让印度去跟董事会解释吧。你也一样。 # speaker: daniel # mood: annoyed
+ [请赵林给子午的COO打个电话，把事情压下去 # score: S-1 R-1 BE-1 # feedback: 请老板出面掩盖战略冲突，耗掉了高层的信用，错位却原封不动。升级要带着方案，而不是代替解决问题。 # cap: collaborative_influence]
    ~ credibility -= 1
    ~ daniel_trust -= 1
    赵林给子午的COO打了电话。电话很客气，什么也没改变。
    你让我为一个我都不知道的单子欠了人情。 # speaker: zhaolin # mood: annoyed
+ [认下来：暂停报价，请他为印度开快速通道 # score: S+2 O-1 BE+1 # feedback: 认错，并把子网需求拉回集团框架，恢复了协同。你丢了一张快单，保住了客户群战略。 # cap: strategic_risk]
    ~ india_side_deal = false
    ~ opco_alignment += 1
    您说得对。我让一个子网和集团唱了反调。 # speaker: wudi # mood: concerned
    报价我们先暂停，让印度走框架下单。 # speaker: wudi # mood: thinking
    这样的话，一期能走快速通道吗？ # speaker: wudi # mood: thinking
    只要方案共享站点，可以。我会告诉埃莉诺。 # speaker: daniel # mood: neutral
    阿尔琼气了一个星期，然后签了快速通道。
- -> d8_offsite

=== d7_bridge ===
你飞到了孟买。 # scene: opco_office # music: office
{ opco_alignment > 0:
    阿尔琼的规划团队已经画出了一版混合方案。
- else:
    阿尔琼客气而冷淡。卡斯特兰的人昨天刚来过。
}
埃莉诺的架构师和阿尔琼的规划团队，从没坐到一起过。 # speaker: priya # mood: thinking
他们只在升级邮件里碰面。 # speaker: priya # mood: concerned # facilitator: 七步法第三步：组织型沟通。请学员想想：谁需要和谁对话？吴迪在这个房间里该扮演什么角色？注意两个陷阱：全丢给本地团队，或者请伦敦强行拍板。
+ [印度交给普丽娅的团队，你自己盯集团层面 # score: S-1 T+1 # feedback: 信任本地人才是好的团队领导；但冲突卡在集团与子网之间，协同两者正是系统部部长自己的职责。 # cap: org_development]
    普丽娅，印度交给你。我盯集团层面。 # speaker: wudi # mood: neutral
    普丽娅点点头。她知道，印度的难题恰恰在集团层面。
+ [请埃莉诺出面否决阿尔琼，保住集团规划 # score: S+0 BE-1 # feedback: 集团规划在纸面上赢了，但被否决的子网只会慢慢执行。仅靠行政命令得来的对齐，很难撑到落地。 # cap: customer_partnering]
    你请埃莉诺从伦敦拍板。
    我可以否决他。他会慢慢执行，而且会记住。 # speaker: eleanor # mood: concerned
    她否决了。他执行了，很慢。
+ [让双方规划团队和我们的铁三角坐进同一个房间 # score: S+2 R+1 BE+1 # feedback: 组织型沟通：让集团和子网的规划人员与你的铁三角坐在一起，对齐就成了他们自己的事。 # cap: collaborative_influence]
    ~ opco_alignment += 1
    ~ eleanor_trust += 1
    三场工作会：伦敦的架构师、孟买的规划团队、你的铁三角。
    到第三场，他们争的是天线，不再是彼此。
    这周你一样东西都没卖，所以才成了。 # speaker: priya # mood: pleased
- -> d8_offsite

=== d8_offsite ===
{ eleanor_trust >= 2:
    埃莉诺邀请你参加她的战略研讨会。到场的供应商只有三家。 # scene: meridian_boardroom # music: boardroom
- else:
    你在供应商日拿到二十分钟，排在北维和卡斯特兰之间。 # scene: meridian_boardroom # music: boardroom
}
我们正在制定2030规划：网络共享、集中采购、政企业务。 # speaker: eleanor # mood: neutral
你们天宇，想让我听到什么？ # speaker: eleanor # mood: thinking # facilitator: 七步法第二、三步：在客户制定战略的过程中施加影响，并通过组织型沟通提供协助。请学员讨论：天宇能拿出什么，是产品目录给不了的？注意那页产品路标：它会把第一次会议重演一遍。
+ [展示天宇下一代产品路标，问她想在哪里试点 # score: S-1 BE+1 # feedback: 询问试点很得体，但用自家路标开场，等于重演第一次会议。要影响客户战略，得从客户战略出发。 # cap: customer_partnering]
    你展示了路标，问她想在哪里试点。
    路标不错。不过这是你们的，不是我们的。 # speaker: eleanor # mood: neutral
+ {eleanor_trust >= 3} [提议共同编写共享路标，也请她参与天宇的规划 # score: S+3 BE+3 # feedback: 在客户制定战略时双向施加影响：共同编写路标，也在自己的规划里给她一个席位。这才是战略合作伙伴。 # cap: customer_partnering]
    ~ eleanor_trust += 2
    共享路标，我们和您的团队一起来写。 # speaker: wudi # mood: thinking
    也请您来深圳的实验室，参与我们的产品规划。 # speaker: wudi # mood: thinking
    双向的？二十年来没人这样提过。 # speaker: eleanor # mood: surprised
    写成正式提案。我会把丹尼尔也叫上。 # speaker: eleanor # mood: pleased
+ [提议成立常设联合工作组：她的架构师加我们的专家 # score: S+2 R+1 BE+2 # feedback: 通过组织型沟通协助客户做规划：常设工作组把你的专业能力放进了她的规划过程。 # cap: collaborative_influence]
    ~ eleanor_trust += 1
    成立联合工作组：您的架构师和我们的专家，每月一次。 # speaker: wudi # mood: neutral
    先做共享，再做政企业务。 # speaker: wudi # mood: neutral
    每月一次很好。每季度我向董事会汇报进展。 # speaker: eleanor # mood: pleased
+ {nordvik_read} [主打政企专网：那是她的增长点，也是北维的短板 # score: S+2 BE+1 # feedback: 把自身优势与客户战略、友商短板对上号，就是望远镜的用法：在客户要去的方向上做出差异化。 # cap: business_value]
    ~ eleanor_trust += 1
    政企收入占比20%的目标，正是我们最能帮上忙的地方。 # speaker: wudi # mood: thinking
    我们在别的市场给港口和工厂建过专网。 # speaker: wudi # mood: neutral
    你研究过我们缺什么。我猜，也研究过北维缺什么。 # speaker: eleanor # mood: pleased
- -> d9_boss

=== d9_boss ===
// No later line reads the trust scores one by one, only their total. Folding them into fit
// here lets stories:check merge paths that differ only in how they got there.
~ fit = eleanor_trust + daniel_trust
~ eleanor_trust = 0
~ daniel_trust = 0
深夜，和赵林开视频会。 # scene: video_call # music: office
总部要子午明年的数字，还要数字背后的逻辑。 # speaker: zhaolin # mood: concerned
{ india_side_deal:
    印度那九千万已经进了我的预测，别弄丢了。 # speaker: zhaolin # mood: thinking
}
{ discount_promised:
    孙梅说，你的集团折扣把英国的毛利吃掉了。 # speaker: zhaolin # mood: annoyed
}
北维盯上了集团大单。你打算怎么打？ # speaker: zhaolin # mood: thinking # facilitator: 引入公司自身的战略：天宇要在价值市场实现有利润的增长。请学员讨论：吴迪怎样把老板带上车？注意陷阱：用一个更大的数字去换空间。
+ [少而精的几个重点，对齐子午规划，数字实事求是 # score: S+2 O+1 # feedback: 与客户方向和公司价值观一致的客户群战略，加上实事求是的数字，才能赢得内部支持。 # cap: business_acumen]
    ~ credibility += 1
    少而精的几个重点，全部对齐子午的集团规划。 # speaker: wudi # mood: neutral
    比我期望的小，但比大多数计划可信。 # speaker: zhaolin # mood: thinking
+ [承诺今年多交20%，换做战略的空间 # score: S-1 O-2 # feedback: 过度承诺：用兑现不了的数字换内部支持，把客户群战略绑在今年的订单上，日后还会损耗信誉。 # cap: business_acumen]
    ~ credibility -= 1
    给我做战略的空间，今年我多交20%。 # speaker: wudi # mood: pleased
    成交。我会盯着你。 # speaker: zhaolin # mood: pleased
    旁听的林晓在便利贴上写下20%，画了个圈。
+ {telescope} [拿沙盘讲：机会在哪里，要总部给什么 # score: S+3 R+2 O+1 # feedback: 在一张沙盘上匹配客户、友商和自身战略，规划才拿得到资源：老板看得到机会、数字和对总部的诉求。 # cap: strategic_thinking]
    ~ credibility += 2
    子午要共享和政企；北维想拿下共享的运营。 # speaker: wudi # mood: neutral
    我们要在这两块做有利润的增长。 # speaker: wudi # mood: neutral
    这是机会点，这是要总部给的支持。 # speaker: wudi # mood: neutral
    这个我在总部讲得下去。也发给陈宇和马可。 # speaker: zhaolin # mood: pleased
+ [请他定优先支持哪些子网，总部他更熟 # score: S-2 R+1 # feedback: 借助上级没问题，但客户群战略得由你来定。把选择权交回给上级，正是这次转身要放下的国家经理习惯。 # cap: strategic_thinking]
    您会优先支持哪些子网？总部的情况您比我熟。 # speaker: wudi # mood: thinking
    总部我熟。子午应该是你熟。 # speaker: zhaolin # mood: annoyed
- -> d10_rhythm

=== d10_rhythm ===
// Same for credibility: only the total counts from here on.
~ fit += credibility
~ credibility = 0
周五晚上，系统部办公区。 # scene: tianyu_office # music: night
{ homework or telescope:
    白板上现在是子午的战略，不再是你的指标。
- else:
    白板上写满了：招标清单、产品线清单、子网需求。
}
规划不错。可半年后，它会和所有规划一样过时。 # speaker: linxiao # mood: thinking
二十个子网，六个时区。怎么让它一直活着？ # speaker: zhanghao # mood: concerned # facilitator: 引入BLM式的战略管理节奏，并与客户自己的规划日历挂钩。请学员说说：自己的客户规划多久回顾一次？和谁一起回顾？注意陷阱：把规划当成一份文档，而不是一种习惯。
+ [跟着子午的规划日历走，和他们一起回顾 # score: S+3 T+1 BE+1 # feedback: BLM式的常设战略管理节奏，让客户群战略保持鲜活，并与客户自己的规划周期同步。 # cap: org_development]
    ~ rhythm = true
    子午什么时候做规划，我们就什么时候做。 # speaker: wudi # mood: thinking
    每季度和各子网铁三角回顾一次，每月刷新沙盘。 # speaker: wudi # mood: neutral
    每半年，和埃莉诺的办公室联合审视一次。 # speaker: wudi # mood: neutral
    这样规划就成了习惯。这个我们做得到。 # speaker: linxiao # mood: pleased
+ [把规划写得详尽完整，广泛分发，年底再回顾 # score: S+1 T-1 # feedback: 有书面规划是起点，但一年只看一次的战略会走样；一个人写完的规划，团队只是读者而不是主人。战略需要回顾节奏。 # cap: strategic_thinking]
    你花了一个周末，写出一份四十页的客户规划。
    写得很周全。它下次被打开，是在十二月。
+ [各子网团队自己负责规划，你来汇总数字 # score: S-1 T+1 # feedback: 授权能激励子网团队，但汇总数字不等于协同战略。子网会重新各自为政。 # cap: org_development]
    ~ opco_alignment -= 1
    各子网的规划各自负责，我来汇总数字。 # speaker: wudi # mood: neutral
    张浩看着墙：印度和德国的规划已经互相打架了。
- -> finale

=== finale ===
// fit already holds Eleanor's and Daniel's trust and Zhao Lin's view of your credibility.
~ fit += opco_alignment
{ homework:
    ~ fit += 1
}
{ nordvik_read:
    ~ fit += 1
}
{ telescope:
    ~ fit += 1
}
{ rhythm:
    ~ fit += 1
}
{ discount_promised:
    ~ fit -= 2
}
{ india_side_deal:
    ~ fit -= 3
}
{
- fit >= 9 and not india_side_deal and not discount_promised:
    -> ending_strong
- fit <= 1:
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
{ d3b_discount:
    丹尼尔至今还会讲起那个把折扣收回去的供应商。
}
{ d7_fallout:
    丹尼尔记得印度那份报价，也记得你是怎么收场的。
}
你第一次来时还没读懂我们。 # speaker: eleanor # mood: pleased
后来，你帮我们写了下一章。 # speaker: eleanor # mood: pleased
{ rhythm:
    季度回顾如期召开，已经不需要谁去催。
- else:
    规划很扎实，但要保持鲜活，仍得靠你亲自去催。
}
林晓担任联合共享团队的联席负责人，普丽娅牵头印度。
张浩继续跟踪北维，每月给团队做一次通报。
赵林请你在地区部的系统部部长会上分享这套方法。
那天她说得没错：你确实不懂。现在，你学会了先问。 # ending: strong
-> END

=== ending_mixed ===
半年后。 # scene: meridian_boardroom # music: office
天宇进了子午的十二家供应商名单，身份是无线设备商。
北维拿下了欧洲网络共享的集团运营合同。
{ india_side_deal:
    印度的本地订单签了。丹尼尔随即冻结了印度其他的框架下单。
- else:
    { opco_alignment >= 1:
        印度一期进了框架，晚了些，但方向一致。
    - else:
        印度自行其是，选了卡斯特兰。
    }
}
{ discount_promised:
    集团折扣还在，每个子网都拿它来压价。
}
有进步。但离我需要的合作伙伴，还差一些。 # speaker: eleanor # mood: neutral
{ rhythm:
    季度回顾让各子网团队一直保持沟通。
    埃莉诺的办公室注意到的，也只有这一点。
- else:
    团队忙得疲惫不堪，在各个子网之间四处救火。
}
订单不错。现在让我看看背后的战略。 # speaker: zhaolin # mood: thinking
你上了桌，但还没有话语权。明年要争的，是这个。 # ending: mixed
-> END

=== ending_poor ===
半年后，深夜的候机厅。 # scene: airport # music: night
子午选定北维，作为网络共享和政企业务的战略伙伴。
天宇留在名单上，只是个战术供应商，用来比价。
{
- india_side_deal:
    丹尼尔叫停了印度的本地订单。阿尔琼把延误归咎于天宇。
- opco_alignment <= 0:
    印度绕开框架，从卡斯特兰采购。
}
{ discount_promised:
    集团折扣还在，每个子网都拿它来压价。
}
埃莉诺的办公室现在把你的邮件都转给丹尼尔。
林晓申请调回总部。张浩在悄悄面试。
普丽娅发印度的邮件，已经不再抄送你了。
赵林要你下周回深圳，做一次全面的客户复盘。 # sfx: notify
你重新打开那份投资者日材料。第一页。 # ending: poor
-> END
