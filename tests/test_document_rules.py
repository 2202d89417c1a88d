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
