"""`product.automation_level`: rules meant for Level-2 products are skipped for a certified Level 3+
product, and `explain` says so."""

from __future__ import annotations

import json

import claimlint
from claimlint.config import Config

L3_COPY = "During a traffic jam on approved motorways you may watch a film while the car drives itself."


def categories(config):
    return {f.category for f in claimlint.lint_text(L3_COPY, config=config) if f.category != "disclosure"}


def test_level2_rules_apply_by_default_and_are_skipped_for_level3():
    assert "autonomy" in categories(Config(rulesets=("cn-miit-publicity",)))
    assert categories(Config(rulesets=("cn-miit-publicity",), automation_level=3)) == set()


def test_rules_without_a_level_still_apply_to_level3(tmp_path):
    findings = claimlint.lint_text("本系统100%安全，零事故。", config=Config(rulesets=("cn-miit-publicity",), automation_level=3))
    assert {f.category for f in findings} == {"overclaim"}


def test_config_file_and_explain(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".claimlint.yaml").write_text("rulesets: [cn-miit-publicity]\nproduct:\n  automation_level: 3\n", encoding="utf-8")
    (tmp_path / "ad.txt").write_text(L3_COPY + "\n", encoding="utf-8")
    result = cli(["check", "--format", "json", "--ignore", "disclosure", "ad.txt"])
    assert json.loads(result.stdout)["findings"] == []
    explained = cli(["explain", "miit-autonomy-term-en"]).stdout
    assert "declares level 3, so this rule is SKIPPED" in explained
    (tmp_path / ".claimlint.yaml").write_text("product:\n  automation_level: 2\n", encoding="utf-8")
    assert "declares level 2, so this rule applies" in cli(["explain", "miit-autonomy-term-en"]).stdout


def test_invalid_level_is_a_located_config_error(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".claimlint.yaml").write_text("product:\n  automation_level: 7\n", encoding="utf-8")
    result = cli(["check", "."])
    assert result.exit_code == 2 and ".claimlint.yaml:1:1: product: automation_level" in result.stderr
