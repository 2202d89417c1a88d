"""A finding speaks the copy's language: the rule's message in that language, and suggestions in
the flagged words' script first (what `--fix` inserts), then in the sentence's language."""

from __future__ import annotations

import json
import re

import pytest

import claimlint
from claimlint.api import load_rulesets
from claimlint.config import Config
from claimlint.rules.loader import RulesetError, bundled_ids, load_path, optional_ids

HAN = re.compile(r"[\u4e00-\u9fff]")

BILINGUAL = """\
id: house
rules:
  - id: house-level
    category: level-inflation
    severity: error
    languages: [zh, en]
    message: 非标准自动化等级
    messages:
      en: Unofficial automation level
    patterns:
      - regex: 'l2\\.5'
    suggestions: [SAE Level 2, 二级组合驾驶辅助, L2]
"""


def write_house(tmp_path, text: str = BILINGUAL) -> str:
    """The house ruleset on disk, with the in-process ruleset cache cleared so it is read anew."""
    path = tmp_path / "house.yaml"
    path.write_text(text, encoding="utf-8")
    load_path.cache_clear()
    return str(path)


@pytest.fixture
def house(tmp_path):
    return Config(rulesets=(write_house(tmp_path),))


def test_english_copy_gets_the_english_message(house):
    [finding] = claimlint.lint_text("Our new L2.5 system is here.", config=house)
    assert finding.message == "Unofficial automation level"


def test_chinese_copy_gets_the_main_message(house):
    [finding] = claimlint.lint_text("全新L2.5系统上市。", config=house)
    assert finding.message == "非标准自动化等级"


def test_suggestions_in_the_flagged_script_first_then_the_sentence_language(house):
    [chinese] = claimlint.lint_text("全新L2.5系统上市。", config=house)
    [english] = claimlint.lint_text("Our new L2.5 system is here.", config=house)
    # "L2.5" is neither Chinese nor an English word: "L2" replaces it in either language, and
    # the rest follows the language of the sentence.
    assert chinese.suggestions == ("L2", "二级组合驾驶辅助", "SAE Level 2")
    assert english.suggestions == ("L2", "SAE Level 2", "二级组合驾驶辅助")


def test_messages_survive_the_compiled_ruleset_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CLAIMLINT_NO_CACHE", raising=False)
    path = write_house(tmp_path)
    fresh = load_path(path)
    load_path.cache_clear()
    cached = load_path(path)
    assert list((tmp_path / "cache").glob("*.json"))
    assert cached.rules[0].messages == fresh.rules[0].messages == (("en", "Unofficial automation level"),)
    assert cached.rules[0].message_in("en") == "Unofficial automation level"


def test_a_message_in_an_unknown_language_is_refused_with_its_place(tmp_path):
    path = write_house(tmp_path, BILINGUAL.replace("      en: Unofficial", "      fr: Niveau"))
    with pytest.raises(RulesetError) as info:
        load_path(path)
    assert info.value.line == 9 and "fr" in info.value.message


def test_rules_json_lists_the_translations(cli, house):
    result = cli(["rules", "--format", "json", "--ruleset", house.rulesets[0]])
    [rule] = json.loads(result.output)["rulesets"][0]["rules"]
    assert rule["messages"] == {"en": "Unofficial automation level"}


def test_every_bundled_rule_speaks_each_of_its_languages():
    """A copywriter reads findings in the language they write: an English-copy message carries no
    Chinese, and a Chinese-copy message is written in Chinese."""
    unreadable = []
    for ruleset in load_rulesets(Config(rulesets=(*bundled_ids(), *optional_ids()))):
        for rule in ruleset.rules:
            if "en" in rule.languages and HAN.search(rule.message_in("en")):
                unreadable.append((rule.id, "en"))
            if "zh" in rule.languages and _mostly_latin(rule.message_in("zh")):
                unreadable.append((rule.id, "zh"))
    assert not unreadable


def _mostly_latin(message: str) -> bool:
    """More Latin words than Chinese characters' worth of text (terms such as L2.5 or Autopilot
    may stay in a Chinese message)."""
    return len(re.findall(r"[A-Za-z]{3,}", message)) * 2 > len(HAN.findall(message))


def test_sarif_describes_bilingual_rules_in_english(cli, tmp_path):
    """Code-scanning UIs list each rule once, beside its English rationale."""
    copy = tmp_path / "copy.md"
    copy.write_text("Take your hands off the wheel on the motorway.\n", encoding="utf-8")
    result = cli(["check", "--format", "sarif", "--no-paraphrase", copy])
    rules = {rule["id"]: rule for rule in json.loads(result.output)["runs"][0]["tool"]["driver"]["rules"]}
    description = rules["gb47955-hands-off"]["shortDescription"]["text"]
    assert description.startswith("Claims the driver can take the hands off the wheel") and not HAN.search(description)
