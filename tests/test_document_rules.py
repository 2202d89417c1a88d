"""Document-level disclosure: promotional copy must state the driver's duty and the limits;
news reports about assistance features owe no disclosure."""

from __future__ import annotations

import claimlint
from claimlint.config import Config

CONFIG = Config(rulesets=("cn-gb-47955", "us-ca-sb1398"), select=("disclosure",))


def disclosure(text: str) -> list[str]:
    return [f.rule_id for f in claimlint.lint_text(text, config=CONFIG)]


def test_promotion_without_duty_or_limits_is_flagged():
    assert disclosure("全新高速领航辅助，长途更轻松。系统可辅助跟车和变道。") == ["gb47955-disclosure"]
    assert disclosure("Meet Highway Assist. It steers, brakes and accelerates for you on long trips.") != []


def test_promotion_with_duty_and_limits_passes():
    text = ("全新高速领航辅助，长途更轻松。驾驶员须全程手握方向盘、注视前方并对驾驶安全负责。"
            "系统仅在高速公路等设计运行条件内可用，雨雪天气不可用。")
    assert disclosure(text) == []


def test_news_reports_owe_no_disclosure():
    text = ("警方通报：一名驾驶员开启辅助驾驶后在驾驶座上看手机，车辆追尾前车。"
            "交警认定驾驶员负全部责任，并依法处罚。")
    assert disclosure(text) == []


DOCUMENT_RULESET = """\
id: house
rules:
  - id: house-disclosure
    category: disclosure
    severity: warning
    languages: [en]
    message: promotes lane centring without the driver's duty
    patterns:
      - document:
          promotes:
            - lane centring
            - regex: '(?<![a-z])steers?\\s*(?:,|and)\\s*brakes?(?![a-z])'
          requires:
            duty:
              - you are responsible
              - regex: 'keep\\s+(?:a|one|both|your)\\s+hands?\\s+on\\s+the\\s+(?:steering\\s+)?wheel'
"""


def house_findings(tmp_path, text: str, ruleset: str = DOCUMENT_RULESET) -> list[str]:
    path = tmp_path / "house.yaml"
    path.write_text(ruleset, encoding="utf-8")
    config = Config(rulesets=(str(path),))
    return [f.rule_id for f in claimlint.lint_text(text, lang="en", config=config)]


def test_a_regex_term_satisfies_its_group(tmp_path):
    promoted = "Lane centring keeps you in the middle of the lane."
    assert house_findings(tmp_path, promoted) == ["house-disclosure"]
    assert house_findings(tmp_path, promoted + " Keep one hand on the wheel at all times.") == []
    assert house_findings(tmp_path, promoted + " KEEP BOTH HANDS ON THE STEERING WHEEL.") == []
    assert house_findings(tmp_path, promoted + " You are responsible for driving.") == []
    assert house_findings(tmp_path, promoted + " Keep your eyes on the wheel of fortune.") == ["house-disclosure"]


def test_a_regex_term_survives_the_ruleset_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path / "cache"))
    from claimlint.rules.loader import load_path

    text = "Lane centring keeps you in the middle of the lane. Keep a hand on the wheel."
    for _ in range(2):  # the second run reads the compiled ruleset back from the cache
        load_path.cache_clear()
        claimlint.api._cached_engine.cache_clear()
        assert house_findings(tmp_path, text) == []
    assert list((tmp_path / "cache").glob("*.json"))


def test_a_broken_regex_term_is_located(tmp_path):
    import pytest

    from claimlint.rules.loader import RulesetError, load_path

    path = tmp_path / "house.yaml"
    path.write_text(DOCUMENT_RULESET.replace("regex: 'keep", "regex: '(keep"), encoding="utf-8")
    load_path.cache_clear()
    with pytest.raises(RulesetError) as info:
        load_path(str(path))
    assert (info.value.line, info.value.column) == (16, 24) and "regex" in info.value.message


def test_a_regex_promoting_term_is_found_and_not_skipped_by_the_quick_reject(tmp_path):
    unnamed = "It steers and brakes for you in queues."
    assert house_findings(tmp_path, unnamed) == ["house-disclosure"]
    assert house_findings(tmp_path, unnamed + " You are responsible for driving.") == []
    assert house_findings(tmp_path, "Our steering wheel is heated and the brakes are ceramic.") == []

    path = tmp_path / "page.md"
    path.write_text("# Queue help\n\nIt *steers* and brakes for you in queues.\n", encoding="utf-8")
    config = Config(rulesets=(str(tmp_path / "house.yaml"),))
    assert [f.rule_id for f in claimlint.lint_file(str(path), config=config)] == ["house-disclosure"]
