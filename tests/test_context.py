"""Context cues that clear a match: each case pairs a compliant sentence with the claim it
resembles, so a cue that clears too much fails as surely as one that clears too little."""

from __future__ import annotations

import pytest

import claimlint
from claimlint import context
from claimlint.config import Config

RULES_ALONE = Config(paraphrase=False)


def flagged(text: str) -> bool:
    return bool([f for f in claimlint.lint_text(text, config=RULES_ALONE) if f.category != "disclosure"])


@pytest.mark.parametrize("compliant, claim", [
    # a question answered no, by a named speaker or with the question as A-not-A
    ("有网友问能不能在高速上脱手，售后回复：不能，系统会报警。", "上了高速就能脱手，系统全搞定。"),
    ("有人问这套系统算不算准L3，我的回答很明确：不算，它是L2。", "这套系统算得上准L3。"),
    # the maker's claim brushed off, not the driver's duty
    ("所谓零接管？不存在的，驾驶员要全程监控路况。", "接管？不存在的，全程交给它。"),
    # a penalty for the behaviour
    ("Fitting a wheel weight that fools the hands-on sensor voids your insurance policy.",
     "Fit our wheel weight and drive hands-free for hours."),
    ("因私自加装方向盘配重导致的事故，保险公司不予赔付。", "加装方向盘配重，长途再也不用握方向盘。"),
    # driver monitoring described
    ("Let go of the wheel and it beeps the moment it notices.", "Let go of the wheel and enjoy the ride."),
    # other domains
    ("出售二手飞控，支持自动驾驶航线和定点悬停。", "这车支持自动驾驶，上高速就能睡。"),
    ("Hangared 1978 Cessna with a two-axis autopilot and fresh paint.", "Our sedan comes with Autopilot."),
    # a term talked about: what it refers to, what a law reserves it for
    ("On our site, 'hands-free' refers to the phone kit, not to driving.", "Hands-free driving on every motorway."),
    ("The new law reserves 'self-driving' for authorised vehicles.", "The new Orla is self-driving."),
    # a report refuted by the next sentence, or an indirect question answered in the next clause
    ("My brother-in-law swears his Tarn drives itself. It doesn't.", "My brother-in-law swears his Tarn drives itself. It's brilliant."),
    ("If a customer asks whether the Tarn drives itself, the honest answer is no.", "Ask whether the Tarn drives itself and we'll show you: it does."),
    # Cantonese negation and answers
    ("唔好當佢係自動駕駛，手要揸住軚盤。", "呢架車係自動駕駛，上高速瞓覺都得。"),
    ("問：開咗輔助可唔可以放手？答：唔得。", "開咗輔助就可以放手，好舒服。"),
    # a negative quantifier as the subject, however far the verb
    ("No car on sale today, ours included, is self-driving.", "Our car on sale today, the Tarn, is self-driving."),
    ("没有任何一套L2系统能让你在高速上睡觉。", "这套L2系统能让你在高速上睡觉。"),
    # damage from misuse excluded from cover
    ("Damage caused by hands-off use is not covered by the warranty.", "Enjoy hands-off use on every motorway."),
    # a driver who drives hands-free is still the driver, not the car (a certified system with its conditions)
    ("Tarn HighwayFree lets you drive hands-free on approved divided highways, provided your eyes stay on the road.",
     "Tarn HighwayFree lets the car drive while you relax."),
    # a belief named as mistaken; a correction after it is the writer's own claim again
    ("不少车主把领航当成了自动驾驶，这是误用。", "很多人以为它只会跟车，其实它能自己开完全程。"),
    # another domain, or another domain carried over to the car
    ("Our catamaran's autopilot holds a heading while the skipper keeps watch.",
     "Like a jet on autopilot, the Tarn cruises the motorway while you relax."),
    # "why can't" negates; "why not" proposes
    ("为什么不能脱手？因为系统需要你随时接管。", "开车累？为什么不把方向盘交给系统？"),
    # a temptation the next sentence refuses
    ("On long straight roads you may be tempted to let go of the wheel. Don't.",
     "On long straight roads you can let go of the wheel. Enjoy."),
    # a driverless service within its zone; a style guide's banned words
    ("Tarn's driverless rides run only inside the licensed downtown service zone.", "The Tarn sedan is driverless on every road."),
    ("House style: never write 'self-driving' or 'hands-free' for our Level 2 cars.", "Our Level 2 car is self-driving and hands-free."),
    # a rhetorical "who says": denies a claim, affirms a negated one
    ("谁说开辅助能回微信的？我就瞄了一眼手机，几秒就报警了。", "开着领航，谁规定驾驶座上的人不能回微信？"),
    ("Who says it drives itself? Not us.", "Who says you can't take your hands off the wheel?"),
    # the activity belongs to a car that is parked or charging (not one that parks itself)
    ("Plugged in at the services? Stream a film on the big screen while you charge.", "On the motorway? Stream a film on the big screen while it steers."),
    ("把车停进车位，在车上把早饭吃完再上楼。", "开上高架，在车上把早饭吃完再到公司。"),
    # keyless entry, a factory's safety record, public transport
    ("The smart key lets you unlock the car hands-free.", "The smart cruise lets you drive hands-free."),
    ("Zero accidents in our Tianjin factory for 1,000 days in a row.", "Zero accidents with our driver assistance, guaranteed."),
    # a reviewer reads what a line implies; a term and its translation
    ("Legal review: the line 'sit back and let it handle the school run' implies autonomy.", "Experience full autonomy on the school run."),
    # a level said not to exist
    ("有人把“L2.9”贴在车尾，其实国标里根本没有这个等级。", "我们的系统已达到L2.9级别。"),
    # the monitoring described, or the behaviour permitted with the warning as a safety net
    ("If your eyes leave the road for more than 3 seconds, the car beeps so you can take control.",
     "In stop-and-go traffic you can take your eyes off the road; the car will beep if it needs you."),
    # misuse named as a risk; someone's words dismissed right after them
    ("Risk factors: if drivers misuse our Level 2 features or treat them as autonomous, we could face penalties.",
     "Our Level 2 features are autonomous on the highway."),
    ("好多人说这车能自己开，那是误解，您就当它是个辅助。", "好多人说这车能自己开，确实如此。"),
    # an interview's speaker answers no
    ("主持人：你开车会看手机吗？嘉宾：绝对不会，开着辅助驾驶也一样。", "主持人：你开车会看手机吗？嘉宾：会啊，开着辅助驾驶就放心看。"),
    # a term renamed, captioned, taken down or formerly used
    ("Release 6.1 renames 'Highway Pilot' to 'Highway Assist' across the app.", "Release 6.1 brings 'Highway Pilot' to the app."),
    ("Formerly Autopilot, now Assisted Driving: a Level 2 system you supervise.", "Autopilot, now even smarter: it drives you home."),
    # an apology for a past stunt, not one followed by a claim
    ("We apologise for the livestream in which a presenter took both hands off the wheel.",
     "We apologise for nothing: take both hands off the wheel on the motorway."),
    # analysis of someone's copy; legal advice to change it
    ("有分析指出，部分车企宣传片里仍频繁出现驾驶员双手离开方向盘的镜头。", "我们的宣传片里，驾驶员双手离开方向盘也能稳稳过弯。"),
    # driverless valet parking approved for named car parks only
    ("Driverless valet parking is approved only in the 14 equipped garages listed in the app.",
     "Driverless valet parking works in any garage you like."),
    # history before the assistance era, not a promise kept today
    ("A radio-controlled 'driverless' car toured Manhattan in 1925.", "Back in 2013 we promised a driverless car; today it is driverless."),
    # a hired driver takes you home
    ("喝酒不开车！叫个代驾，让司机把你和车一起送回家，安心睡一觉。", "散场后不必找代驾，上车就睡，它自己开回家。"),
    # someone's words echoed as a question, unless answered yes
    ("“闭眼都能到”？这种视频就是在拿命带货。", "“闭眼都能到”？能！"),
    # a question answered no after a lead-in; a rival's claim dismissed
    ("很多人看到标题就问：这车能自己开吗？今天我们就说清楚——不能。", "很多人看到标题就问：这车能自己开吗？今天我们就说清楚——能。"),
    ("隔壁店说他们的车能零接管，您别信。", "我们的车能零接管，您放心。"),
    # approved hands-free with the eyes-on duty in the next sentence
    ("Hands-free on mapped divided highways. Eyes on the road at all times, checked by a camera.",
     "Hands-free on mapped divided highways. Sit back and enjoy the view."),
    # a short line takes its domain from the lines around it; a sentence of its own does not
    ("Tractor guidance kit\n• RTK auto-steer, ±2 cm\n• Hands-free headland turns",
     "Highway pack\n• Adaptive cruise\n• Hands-free motorway driving"),
    ("双手拎满年货？\n脚一扫，尾门自己开。\n真正解放双手。", "双手拎满年货？\n领航辅助一开。\n真正解放双手。"),
    # a spec cell that says no; a list answer of none
    ("Hands-free: No", "Hands-free: no more nagging on the motorway."),
    ("Which cars can drive themselves in 2026? None that you can buy.", "Which cars can drive themselves in 2026? Ours, on every motorway."),
    # a belief corrected by what happened
    ("I thought it was self-driving until it drifted toward a barrier.", "I thought it was self-driving, and it is."),
    # 别 glued by jieba to the word before it (时别, 但别), not 告别
    ("拥堵时别图省事看手机，辅助系统只管跟车。", "拥堵时就图省事看手机，辅助系统全管了。"),
    ("辅助驾驶够用，但别指望它替你开车。", "辅助驾驶够用，告别自己开车，它替你开车。"),
    # a bare 别 answering the question before it
    ("等红灯时刷手机？别，绿灯一亮就要走。", "等红灯时刷手机？随便刷，它自己会走。"),
    # a name renamed, copy sent back, a line that misled: the words are talked about
    ("NOP在国内已正式更名为“领航辅助”。", "NOP在国内就是自动驾驶。"),
    ("三条短视频写了“L2.9”，已要求下线。", "这台车是L2.9，短视频已上线。"),
    ("The old tagline made customers think the car drove itself, so we retired it.",
     "The new tagline says what it is: the car drives itself."),
    # a person hired to drive, not a driver-assist system that comes with the car
    ("Book the airport run with a driver and nap on the way.", "The Nova comes with a driver-assist system that has never made a mistake."),
    # racers in a game are players; racers who built a car are engineers
    ("Apex Rush 2 adds an autopilot mode for casual racers.", "Designed by racers, so you don't have to pay attention on the motorway."),
    # a traffic officer's hand signals are a scene, not a news report
    ("交警手势识别功能仅供参考，驾驶员须自行判断。", "交警手势也能识别，真正的全天候全路况。"),
    # toys, models and fiction are other domains; a toy tie-in that brings it to the real car is not
    ("Self-driving RC car for ages 8+: it parks itself under the sofa.", "Self-driving SUV for families: it parks itself in the garage."),
    ("儿童电动车「自动驾驶模式」：小车沿着地垫上的磁条自己绕圈。", "家用车「自动驾驶模式」：上了高速自己绕开慢车。"),
    ("The sci-fi taxi in the film drives itself and argues with passengers.", "The Orla taxi-style cabin drives itself and chats with passengers."),
    # a refutation after a closing quote
    ("A fan wrote 'it literally drives itself!' and the brand replied: 'It doesn't, please keep supervising.'",
     "A fan wrote 'it literally drives itself!' and the brand replied: 'It really does.'"),
    # "dont" typed without its apostrophe
    ("Our cars dont drive themselves, the assist only helps on the highway.", "Our cars drive themselves, the assist does the highway."),
    # figurative 自动驾驶 for an office, a definition in a policy, a court's ruling
    ("收费站财务系统实现全流程“自动驾驶”，对账效率提升3倍。", "收费站前后全流程“自动驾驶”，人不用管方向盘。"),
    ("本条款所称'自动驾驶'，指经主管部门批准的L3及以上系统。", "本车型支持'自动驾驶'，上高速即可开启。"),
    ("某车主开启辅助驾驶后低头玩手机追尾，法院判其承担主要责任。", "开启辅助驾驶后低头玩手机也没事，系统会处理。"),
    # staff and relatives at the wheel
    ("Ep 12: she naps in the back while her bodyguard drives the Kasimir home.", "Ep 12: she naps in the back while the Kasimir drives her home."),
    ("节假日可选城际客车，专业驾驶员驾驶，车上可以安心睡一觉。", "节假日开上领航辅助，车上可以安心睡一觉。"),
    # dictionary entries and lessons, edit notes, a region's autonomy, a game's own mode
    ("self-driving (adj.): able to operate without a human driver, used of Level 4 and 5 vehicles.", "Self-driving at last: the Arvo operates without a human driver on every motorway."),
    ("Signage fix: replace 全自动驾驶 with 组合驾驶辅助 by Monday.", "Showroom sign: 全自动驾驶 now standard on every trim."),
    ("PSA: we removed #handsfreedriving from our page.", "PSA: #handsfreedriving is live on every trim from today."),
    ("The course builds learner autonomy: students set their own goals.", "The Arvo builds real autonomy: it drives itself to your goals."),
    ("Game mode: in DriftLegends the AI car drives itself while you upgrade parts.", "Road mode: on the motorway the Arvo drives itself while you upgrade parts."),
    ("Our tutor drives you to the exam hall in her own car, so you can revise.", "The Arvo drives you to the exam hall, so you can revise."),
    ("周会总结：线索跟进基本靠CRM“自动驾驶”，下个月要人工回访。", "周会总结：上下班基本靠车的“自动驾驶”，方向盘都不用碰。"),
    ("投资备忘录：主要风险是用户可能把它误当作自动驾驶来用。", "投资备忘录：用户完全可以把它当作自动驾驶来用。"),
    ("我的记录仪自动驾驶……哦不，是自动录像，口误口误", "我的车自动驾驶，是真的，上高速就不用管"),
    ("再说一遍：这不是自动驾驶，手离开方向盘就会报警。", "再说一遍：手离开方向盘也不会报警，放心开。"),
    # a joke taken back, a question asked and answered no or yes, a belief named or endorsed
    ("April Fools' post: 'the Veyra now drives to the shops by itself'. It doesn't: it's Level 2 and you drive.",
     "Launch post: 'the Veyra now drives to the shops by itself'. It really does: try it this weekend."),
    ("If a customer asks whether the car can drive itself, reply 'No, it's Level 2 and you supervise it.'",
     "If a customer asks whether the car can drive itself, reply 'pretty much, on highways!'"),
    ("My worry is folks treating lane assist like it drives itself. It doesn't.",
     "Our customers already treat it like it drives itself, and they're right to."),
    ("In this policy, 'self-driving' covers only authorised automated vehicles.", "In this brochure, 'self-driving' covers every trim we sell."),
    ("广告账户基本处于自动驾驶状态，ROI很稳。", "上班路上基本处于自动驾驶状态，方向盘都不用碰。"),
    ("修订前：它比你更会开车。修订后：它能在高速上辅助你保持车道。", "新文案：它比你更会开车，高速上交给它就行。"),
    # news and appointments never missed; a hazard never missed
    ("Never miss a service again: the app reminds you when one is due.", "Its corner radar never misses a cyclist."),
    # the wedding party at the wheel, a car parked with its engine off, a game's controllers
    ("Write your vows in the back seat while your maid of honor drives you to the venue.",
     "Write your vows in the back seat while the Solenne drives you to the venue."),
    ("He proposed at a rest stop: parked, engine off, both hands free for the ring box.",
     "He proposed at 70 mph with lane assist on, both hands free for the ring box."),
    ("VR tip: rest your hands off the controllers between demos.", "Road tip: rest your hands off the wheel between junctions."),
    # a name explained as a brand's name; a joke taken back
    ("Navigate on Autopilot was Tesla's name for a motorway feature that still required a supervising driver.",
     "Navigate on Autopilot takes the whole motorway for you."),
    ("Brevia Nova running errands without you? Kidding, it can't, it's Level 2.", "Brevia Nova running errands without you? Yes, every Saturday."),
    # a kitchen machine, a book's title, an examiner's deduction, a warning after hands-off
    ("自动炒菜机解放双手，纪念日晚餐交给它。", "领航辅助解放双手，纪念日去餐厅的路交给它。"),
    ("情人节限定礼盒：《零事故恋爱指南》+车载香薰", "情人节限定：零事故的辅助驾驶，再送车载香薰"),
    ("考官笔记：考生直线行驶中双手离开方向盘超过2秒，扣分。", "科目四口诀：开了辅助别紧张，手离方向盘也无妨。"),
    ("新国标要求组合驾驶辅助在驾驶员脱手后发出提醒。", "夜班模式：双手离开方向盘后系统不再频繁提醒，让你专心休息。"),
    # a film as a scene of its own, or as the picture of the real drive
    ("科幻大片里，主角的车可以脱手驾驶。", "高速路段可脱手驾驶，体验科幻大片般的从容。"),
    # a household machine in its own clause; the car's assistance named in the claim's clause
    ("扫地机器人会自己回充，真正解放双手。", "岚途辅助驾驶开启后不用握方向盘，腾出手来用App遥控家里的扫地机。"),
    ("Level 4 autonomy for vacuums: the Tidybot maps every room.",
     "Level 4 autonomy isn't just for vacuums anymore: the Kestrel GT brings it to your driveway."),
    # a script's answer, a manual that refutes the salesman, a committee on autopilot, a level defined
    ("培训材料：有客户问能不能睡觉，就说“不能，必须全程监管”", "培训材料：有客户问能不能睡觉，就说“能，放心睡”"),
    ("Guy at the store said the Orvik can drive itself to the charger at night. Checked the manual: it can't, it's Level 2.",
     "Guy at the store said the Orvik can drive itself to the charger at night. Checked the manual: it really can."),
    ("The planning committee has been on autopilot for years, waving through drive-thrus on every ring road.",
     "The Orvik has been on autopilot on every ring road for years, and I just ride along."),
    ("科普：L2是组合驾驶辅助，L4是高度自动驾驶，并不存在“L2.9”这一级", "这车是L4，高度自动驾驶。"),
])
def test_context_clears_the_compliant_sentence_not_the_claim(compliant, claim):
    assert not flagged(compliant)
    assert flagged(claim)


def test_no_other_car_is_a_comparison_not_a_negative_subject():
    assert context.has_negative_subject("no car sold today, ours included, is self-driving.", 40)
    assert not context.has_negative_subject("no other car on sale today drives itself quite like ours.", 37)


def test_a_penalty_is_for_the_policy_not_for_the_reminder():
    assert context.is_penalised("Any defeat device voids this policy.")
    assert not context.is_penalised("This clip voids the hands-on reminder for good.")


def test_an_answer_sentence_is_a_no_only_when_it_opens_with_one():
    assert context.is_no_to_question_before("Will it drive itself to the bay? ", "No, you park it yourself.")
    assert context.is_no_to_question_before("能脱手吗？", "不能，双手要握住方向盘。")
    # a statement that denies something is not the answer "no"
    assert not context.is_no_to_question_before("Tired after work? ", "The car doesn't get tired.")
    # no answer to a question about harm, and no when there was no question
    assert not context.is_no_to_question_before("Any crashes so far? ", "No, not one.")
    assert not context.is_no_to_question_before("It handles the motorway. ", "No stress at all.")


def test_a_negation_carries_over_a_list_of_short_items_but_not_over_items_negated_on_their_own():
    """"We don't sell L2.5, L2+ or 'near L3' packages" negates every item; "never tires, never
    blinks and never makes a mistake" repeats its negation in each item, a list of claims."""
    assert not flagged("We don't sell L2.5, L2+ or 'near L3' packages.")
    assert flagged("We sell L2.5, L2+ or 'near L3' packages.")
    assert flagged("Our assistant never tires, never blinks and never makes a mistake.")
    assert flagged("No fees, hands-free driving on every motorway.")
