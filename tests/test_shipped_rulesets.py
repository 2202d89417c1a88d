"""What every shipped ruleset promises: complete rules, cited sources, generated docs in sync."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimlint import explain
from claimlint.api import load_rulesets
from claimlint.config import Config
from claimlint.rules import loader

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted(p.stem for p in (ROOT / "rulesets").glob("*.yaml"))
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def all_rules():
    return [(rs.id, rule) for rs in load_rulesets(Config()) for rule in rs.rules]


def test_bundled_rulesets_are_the_repository_rulesets():
    assert loader.bundled_ids() == SHIPPED
    assert len(SHIPPED) >= 7


@pytest.mark.parametrize("ruleset_id, rule", all_rules(), ids=lambda value: getattr(value, "id", value))
def test_every_shipped_rule_is_complete(ruleset_id, rule):
    assert rule.rationale and rule.basis and rule.suggestions, rule.id
    assert YEAR.search(rule.basis), f"{rule.id}: the basis should date its source"
    assert len(rule.examples_flag) >= 5 and len(rule.examples_pass) >= 5, rule.id


def test_ruleset_sources_state_their_status():
    for ruleset in load_rulesets(Config()):
        assert ruleset.source.get("status"), ruleset.id
        assert ruleset.source.get("date"), ruleset.id


def test_rule_ids_are_unique_across_rulesets():
    ids = [rule.id for _, rule in all_rules()]
    assert len(ids) == len(set(ids))


def test_docs_rules_md_is_generated_from_the_rulesets():
    expected = explain.rules_markdown(load_rulesets(Config()))
    actual = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/rules.md is stale: run `claimlint rules --format markdown > docs/rules.md`"


@pytest.mark.parametrize("ruleset_id", SHIPPED)
def test_each_ruleset_runs_alone(cli, tmp_path, ruleset_id):
    page = tmp_path / "page.txt"
    page.write_text("The car drives itself. 本车支持自动驾驶，解放双手，L2.5级，100%安全。\n", encoding="utf-8")
    result = cli(["check", "--ruleset", ruleset_id, "--format", "json", page])
    assert result.exit_code in (0, 1), result.output
