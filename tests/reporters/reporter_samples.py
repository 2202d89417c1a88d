"""A hand-built report shared by the reporter tests: English and Chinese copy, overlapping spans,
a multi-line span, copy containing `<script>`, a clean file and a path that needs escaping.

A plain module rather than conftest.py, so `from reporter_samples import ...` cannot pick up
another directory's conftest."""

from __future__ import annotations

from claimlint.findings import Finding
from claimlint.reporters.base import Report, RuleInfo

EN_PATH = "site/autopilot.md"
EN = (
    "# Autopilot\n"
    "Our Autopilot lets you sit back and relax while the car drives\n"
    "itself. Full Self-Driving on any road, any weather.\n"
    '<script>alert("hands-off")</script>\n'
)
ZH_PATH = "copy/新品发布.txt"
ZH = "本车实现自动驾驶功能，全场景零接管。\r\n驾驶员可以脱手，尽情享受😀旅程。\r\n"
ODD_PATH = "docs/a,b:c 100%.md"
ODD = "It is 100% safe.\n"
CLEAN_PATH = "copy/clean.md"


def find(path: str, source: str, needle: str, *, nth: int = 0, **fields) -> Finding:
    """A finding on the nth occurrence of `needle`, with its 1-based line/column computed."""
    start = -1
    for _ in range(nth + 1):
        start = source.index(needle, start + 1)
    end = start + len(needle)

    def line_col(offset: int) -> tuple[int, int]:
        line = source.count("\n", 0, offset) + 1
        return line, offset - (source.rfind("\n", 0, offset) + 1) + 1

    (line, column), (end_line, end_column) = line_col(start), line_col(end)
    fields.setdefault("context", source[max(0, source.rfind("\n", 0, start) + 1):].split("\n")[0])
    fields.setdefault("ruleset", "demo")
    fields.setdefault("rulesets", (fields["ruleset"],))
    return Finding(
        path, line, column, end_line, end_column, text=needle, start_offset=start, end_offset=end, **fields
    )


def make_findings() -> list[Finding]:
    return [
        find(EN_PATH, EN, "Autopilot", nth=1, rule_id="en-autopilot", category="autonomy", severity="error",
             message="Calls a Level-2 system Autopilot", suggestions=("driver assistance",),
             basis=("Cal. Veh. Code §24011.5(b)",), ruleset="us-ca-sb1398", fixable=True),
        find(EN_PATH, EN, "sit back and relax while the car drives\nitself", rule_id="en-sit-back",
             category="disengagement", severity="error", message="Implies the driver need not supervise",
             suggestions=("stay attentive; the system assists you",), context="sit back and relax"),
        find(EN_PATH, EN, "Full Self-Driving", rule_id="en-fsd", category="autonomy", severity="error",
             message="Names a Level-2 feature Full Self-Driving", ruleset="us-ca-sb1398",
             rulesets=("us-ca-sb1398", "uk-ava-2024"),
             basis=("Cal. Veh. Code §24011.5(b)", "Automated Vehicles Act 2024 s.78")),
        find(EN_PATH, EN, "Full Self-Driving on any road, any weather", rule_id="en-any-road",
             category="overclaim", severity="warning", message="Absolute capability claim",
             suggestions=("on supported roads in suitable conditions",)),
        find(EN_PATH, EN, '<script>alert("hands-off")</script>', rule_id="en-hands-off",
             category="disengagement", severity="info", message="Mentions hands-off <driving>"),
        find(ZH_PATH, ZH, "自动驾驶", rule_id="zh-autonomy", category="autonomy", severity="error",
             message="将组合驾驶辅助称为自动驾驶", suggestions=("组合驾驶辅助",), ruleset="cn-miit-publicity",
             basis=("工信部、市场监管总局关于加强智能网联汽车产品准入、召回及软件在线升级管理的通知（2025年2月）",),
             fixable=True),
        find(ZH_PATH, ZH, "全场景", rule_id="zh-all-scenarios", category="overclaim", severity="warning",
             message="绝对化能力宣称", ruleset="cn-ad-law", basis=("《广告法》第九条",)),
        find(ZH_PATH, ZH, "零接管", rule_id="zh-zero-takeover", category="disengagement", severity="error",
             message="暗示驾驶员无需接管", ruleset="cn-miit-publicity"),
        find(ZH_PATH, ZH, "脱手", rule_id="zh-hands-off", category="disengagement", severity="info",
             message="脱手驾驶宣传", location="page 3", ruleset="cn-miit-publicity"),
        find(ZH_PATH, ZH, "旅程", rule_id="zh-after-emoji", category="overclaim", severity="info",
             message="after an astral character", ruleset="cn-ad-law"),
        find(ODD_PATH, ODD, "100% safe", rule_id="en-100-safe", category="overclaim", severity="warning",
             message="Claims 100% safety\r\nwithout substantiation", suggestions=("designed to help, 50%",)),
    ]


RULES = {
    "en-autopilot": RuleInfo("en-autopilot", "us-ca-sb1398", "autonomy", "error", "Calls a Level-2 system Autopilot",
                             rationale="California forbids names implying autonomy.",
                             basis="Cal. Veh. Code §24011.5(b)", suggestions=("driver assistance",)),
    "en-fsd": RuleInfo("en-fsd", "us-ca-sb1398", "autonomy", "error", "Names a Level-2 feature Full Self-Driving",
                       rationale="The DMV found the name misleading <b>for</b> a Level-2 system."),
    "zh-autonomy": RuleInfo("zh-autonomy", "cn-miit-publicity", "autonomy", "error", "将组合驾驶辅助称为自动驾驶",
                            rationale="不得以自动驾驶名义宣传组合驾驶辅助。", basis="工信部通知",
                            suggestions=("组合驾驶辅助",)),
    "unused-rule": RuleInfo("unused-rule", "demo", "overclaim", "info", "Never matched"),
}


def make_report() -> Report:
    return Report(
        findings=make_findings(),
        files_checked=4,
        files=[CLEAN_PATH, EN_PATH, ZH_PATH, ODD_PATH],
        rules=dict(RULES),
        sources={EN_PATH: EN, ZH_PATH: ZH, ODD_PATH: ODD},
        notes={ZH_PATH: ["decoded as GB18030"]},
        tool_version="0.1.0",
    )

