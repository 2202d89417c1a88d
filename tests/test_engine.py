"""The engine end to end on plain text, with the small test ruleset: locations and context."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimlint
from claimlint.config import Config
from pathlib import Path

MINI = str(Path(__file__).parent / "data" / "mini-ruleset.yaml")

CONFIG = Config(rulesets=(MINI,))


def lint(text):
    return claimlint.lint_text(text, config=CONFIG)


def rules(text):
    return sorted(f.rule_id for f in lint(text))


def test_location_points_at_the_original_text():
    [finding] = lint("第一行\n我们的车可以自 動 駕 駛。")
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (2, 7, 2, 14)
    assert finding.text == "自 動 駕 駛"


def test_fullwidth_and_traditional_columns_count_characters():
    [finding] = lint("Ｔｈｅ ｃａｒ ｄｒｉｖｅｓ ｉｔｓｅｌｆ")
    assert finding.text == "ｄｒｉｖｅｓ ｉｔｓｅｌｆ"
    assert finding.column == 9


def test_lemma_patterns_match_inflections():
    assert rules("It drove itself home.") == ["mini-autonomy"]
    assert rules("The cars are driving themselves.") == ["mini-autonomy"]


def test_negation_before_the_match_clears_it():
    assert rules("This is not a self-driving car.") == []
    assert rules("本系统不是自动驾驶系统。") == []
    assert rules("请勿将辅助驾驶当作自动驾驶。") == []


def test_negation_in_another_clause_does_not_clear():
    assert rules("It is not cheap, but it drives itself.") == ["mini-autonomy"]
    assert rules("价格不贵，还能自动驾驶。") == ["mini-autonomy"]


def test_negation_inside_the_pattern_is_the_claim():
    assert rules("城市道路全程无需接管。") == ["mini-takeover"]


def test_mention_other_domain_and_unless():
    assert rules('Regulators banned the term "self-driving" in ads.') == []
    assert rules("工信部要求不得使用“自动驾驶”等宣传用语。") == []
    assert rules("The plane's autopilot and a drone that drives itself.") == []
    assert rules("飞机上的自动驾驶仪很可靠。") == []
    assert rules("智能驾驶辅助让通勤更轻松。") == []


def test_certified_level3_with_conditions_passes():
    assert rules("该车型获批在指定高速路段以60km/h以下开展L3级有条件自动驾驶试点。") == []


def test_same_words_from_two_rulesets_are_one_finding(tmp_path):
    copy = tmp_path / "copy.yaml"
    copy.write_text(open(MINI, encoding="utf-8").read().replace("id: mini\n", "id: mini-copy\n")
                    .replace("basis: test basis", "basis: second basis"), encoding="utf-8")
    findings = claimlint.lint_text("本车支持自动驾驶。", config=Config(rulesets=(MINI, str(copy))))
    [finding] = findings
    assert finding.rulesets == ("mini", "mini-copy")
    assert finding.basis == ("test basis", "second basis")


SAFE = st.text(alphabet="abc 的了是车很好。\n", max_size=30)
OBFUSCATED = st.sampled_from(["自动驾驶", "自 动 驾 驶", "自-动-驾-驶", "自動駕駛", "自\u200b动驾驶", "self-driving",
                              "S.E.L.F-driving", "ＳＥＬＦ－ＤＲＩＶＩＮＧ", "Self Driving", "self\u200b-driving"])


@settings(max_examples=150, deadline=None)
@given(SAFE, OBFUSCATED, SAFE)
def test_findings_map_back_to_the_exact_original_span(prefix, term, suffix):
    text = f"{prefix}\n{term}\n{suffix}"
    findings = [f for f in lint(text) if f.rule_id == "mini-autonomy"]
    assert len(findings) == 1
    [finding] = findings
    assert finding.text == term
    start = text.index(term, len(prefix))
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    assert (finding.line, finding.column) == (line, column)
    assert finding.end_column == column + len(term)


MARKUP = st.sampled_from(["", "**", "_", "`", "<b>", "</b>", "<span class='x'>", "\\", " "])
PIECES = st.sampled_from(["self", "-", "driving", "auto", "nomous", "自", "动", "驾", "驶", "drives", " itself", "L2", ".5", "准", "L3",
                          "无需", "接管", "The car ", "。", "\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(PIECES, MARKUP), max_size=12))
def test_could_match_never_rejects_text_with_findings(pieces):
    """The whole-file quick reject is a superset test: whatever gives a finding passes it."""
    from claimlint.api import build_engine

    text = "".join(piece + markup for piece, markup in pieces)
    engine = build_engine(CONFIG)
    if lint(text):
        assert engine.could_match(text), text


def test_chinese_rules_run_on_chinese_words_inside_english_copy(tmp_path):
    ruleset = tmp_path / "zh-only.yaml"
    ruleset.write_text(
        "id: zh-only\nrules:\n  - id: zh-term\n    category: autonomy\n    severity: error\n"
        "    languages: [zh]\n    message: m\n    patterns:\n      - phrase: 自动驾驶\n", encoding="utf-8")
    found = claimlint.lint_text("The Halden Pro brings 自动驾驶 to the UK.", config=Config(rulesets=(str(ruleset),)))
    assert [(f.rule_id, f.text) for f in found] == [("zh-term", "自动驾驶")]


def test_a_negation_in_a_joined_fragment_does_not_reach_the_next_one():
    assert rules("It isn't magic. It just drives itself.") == ["mini-autonomy"]


def test_a_phrase_split_by_a_wrapped_line_or_a_run_of_spaces_still_matches():
    """Trigger phrases hold single spaces; copy holds line breaks, tabs and double spaces."""
    wrapped = "With the new update our sedan lets every driver go completely hands\noff on the motorway."
    spaced = "With the new update you can go hands \t off on the motorway."
    for text in (wrapped, spaced):
        found = [f for f in claimlint.lint_text(text) if f.rule_id == "gb47955-hands-off"]
        assert [f.text for f in found] == [text[text.index("hands"): text.index("off") + 3]], text


def claims(text):
    """Rule ids of a sentence's findings, without the document-level disclosure."""
    return [f.rule_id for f in claimlint.lint_text(text) if f.category != "disclosure"]


def test_a_person_driving_clears_the_passengers_rest_in_both_languages():
    assert claims("Book a limousine and nap all the way to the airport.") == []
    assert claims("班车由专职司机驾驶，员工上车就能睡一觉。") == []
    assert claims("Your car is your chauffeur: nap all the way to the airport.") != []
    assert claims("它就像你的专职司机，上车就能睡一觉。") != []


def test_the_makers_own_quoted_claim_is_a_claim_but_a_reported_one_is_not():
    assert claims("'It truly drives itself on the highway,' said the Arvo CEO at the launch.") != []
    assert claims("Regulators said the CEO's claim that the car 'drives itself' was misleading.") == []
    # "stop by" is a visit, not a negation; a traveller's own flight is not aviation copy
    assert claims("Stop by and see Smart Summon: the car leaves its spot and picks you up at the door.") != []
    assert claims("Unwind after your flight with hands-free highway driving.") != []
    assert claims("The autopilot held the aircraft level for the whole flight.") == []


@pytest.mark.parametrize("talked_about, made", [
    # someone else's claim held up, or a salesperson's pitch refused
    ("The \"my car drives itself\" crowd should try a roundabout in the rain.", "My car drives itself."),
    ("Influencers claiming \"zero takeovers\" never show the full drive.", "Zero takeovers on the full drive."),
    ("The salesman tried to tell me I could text on the motorway.", "You can text on the motorway."),
    # the words refused, restricted by law, or set apart from other words
    ("We will never say 'the car drives itself'.", "The car drives itself."),
    ("The bill would restrict 'self-driving' to vehicles with a permit.", "Self-driving, with a permit for fun."),
    ("Does the public know the difference between 'hands-free' and 'hands-off'?", "Hands-off on every road."),
    ("Autopilot-style wording has no place in a brochure.", "Autopilot has a place in every garage."),
    ("公众开始讨论“辅助驾驶”和“自动驾驶”有什么区别。", "这台车支持自动驾驶。"),
    ("某品牌已把“全自动驾驶”改称“智能辅助驾驶”。", "全自动驾驶，一步到位。"),
    ("车友群里有人吹他的车能自己开回家，千万别信。", "这台车能自己开回家。"),
    ("把L2说成L2.9，就是拿用户的命做营销。", "我们的系统是L2.9级。"),
    # another domain: airport shuttles, port trucks, car washes
    ("The driverless airport shuttle runs between terminals every five minutes.", "The driverless car runs every day."),
    ("码头的无人驾驶集卡只在封闭港区作业。", "我们的无人驾驶只在城区作业。"),
    ("进洗车机前请挂N挡并松开方向盘。", "高速上可以松开方向盘。"),
    # the seventh round's classes: a question refuted, a level's definition, games, trains, taxis,
    # names criticised, terms compared
    ("Zero interventions? That's not something any honest brand would promise.", "Zero interventions, every trip."),
    ("有人问开着领航能不能打盹，我的回答是：想都别想。", "开着领航就能打盹。"),
    ("Level 4 means high driving automation inside a limited area.", "Our car is Level 4."),
    ("In the video-game version your car drives itself to the finish.", "Your car drives itself to the finish."),
    ("这款手游新增了自动驾驶模式。", "这款车新增了自动驾驶模式。"),
    ("城际动车组已实现自动驾驶运行，司机全程值守。", "这款车已实现自动驾驶运行。"),
    ("打车回家时，司机师傅会把您送到楼下，您可以闭眼休息。", "开着领航回家，您可以闭眼休息。"),
    ("Calling it self-driving would be plainly misleading.", "Call it self-driving."),
    ("组合驾驶辅助与无人驾驶的区别在于谁对驾驶负责。", "组合驾驶辅助就是无人驾驶。"),
    # the near misses' classes: word lists and editing instructions, scorned boasts, laws barring
    # descriptions, recalls by number, space probes and trading systems, figures of speech,
    # questions answered no, criticism
    ("Banned words for the autumn brochure: self-driving, driverless.", "Self-driving, driverless, effortless."),
    ("请把“L2+”统一改写为“L2”。", "我们的系统是L2+。"),
    ("Their 'it never misses a cyclist' boast fell apart on the first test.", "It never misses a cyclist."),
    ("The statute bars sellers from describing assisted driving as autonomous.", "Our assisted driving is autonomous."),
    ("Space probes steer autonomously between planets.", "Our SUV steers autonomously between cities."),
    ("他写作的时候像开了自动驾驶，一口气写完。", "这台车开了自动驾驶，一口气开完。"),
    ("顾客问能不能边开边看视频，我直接说不行。", "开车时可以边开边看视频。"),
    ("很多车主被“全程无需接管”几个字骗了。", "全程无需接管。"),
])
def test_claims_talked_about_are_cleared_and_the_same_claims_made_are_not(talked_about, made):
    assert claims(talked_about) == []
    assert claims(made) != []


def test_hands_free_with_eyes_on_the_road_on_mapped_roads_is_the_approved_wording():
    assert claims("Hands-free on mapped motorways, only while the camera confirms your eyes are on the road.") == []
    assert claims("Hands-free on every motorway.") != []


def test_clause_numbers_are_shared_and_one_scan_finds_the_clauses_a_sentence_holds():
    from claimlint.engine import _numbered_clauses
    from claimlint.matching.prefilter import Prefilter

    needs, terms = _numbered_clauses({7: (("drives", "steers"), ("itself",)), 9: (("itself",),)})
    assert needs[9] < needs[7] and len(needs[7]) == 2  # the ("itself",) clause has one number
    scan = Prefilter(terms)
    held = scan.ids_in("it steers itself")
    assert needs[7] <= held and needs[9] <= held
    assert not needs[7] <= scan.ids_in("it parks itself") and needs[9] <= scan.ids_in("it parks itself")
    assert Prefilter({}).ids_in("anything") == set()


def test_occurs_in_answers_whether_any_term_is_there():
    from claimlint.matching.prefilter import Prefilter

    scan = Prefilter({"itself": {1}, "解放双手": {2}})
    assert scan.occurs_in("it drives itself") and scan.occurs_in("让你解放双手")
    assert not scan.occurs_in("it parks") and not scan.occurs_in("")
    assert not Prefilter({}).occurs_in("itself")


def test_a_file_without_any_trigger_term_is_rejected_before_it_is_parsed():
    from claimlint.api import build_engine

    engine = build_engine(CONFIG)
    assert engine.could_match("The car **drives itself** on the motorway.")
    assert not engine.could_match("# Range\n\nThe battery holds **82 kWh**; the boot holds 520 litres.\n")
