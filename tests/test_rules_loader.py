"""Broken rulesets are refused with file:line:col; YAML is loaded safely only."""

from __future__ import annotations

import pytest

from claimlint.rules import loader
from claimlint.rules.loader import RulesetError, load_path

VALID_RULE = """\
id: broken
rules:
  - id: r1
    category: autonomy
    severity: error
    languages: [en]
    message: m
    patterns:
      - phrase: self-driving
"""


def load_text(tmp_path, text):
    path = tmp_path / "ruleset.yaml"
    path.write_text(text, encoding="utf-8")
    load_path.cache_clear()
    return load_path(str(path))


def error_of(tmp_path, text) -> RulesetError:
    with pytest.raises(RulesetError) as info:
        load_text(tmp_path, text)
    return info.value


def test_valid_ruleset_loads(tmp_path):
    ruleset = load_text(tmp_path, VALID_RULE)
    assert ruleset.rules[0].patterns[0].value == ("self-driving",)


def test_unknown_key_is_located(tmp_path):
    error = error_of(tmp_path, VALID_RULE.replace("    message: m\n", "    message: m\n    severty: error\n"))
    assert (error.line, error.column) == (3, 5)
    assert "unknown key" in error.message and "severty" in error.message


def test_bad_enum_points_at_the_value(tmp_path):
    error = error_of(tmp_path, VALID_RULE.replace("severity: error", "severity: fatal"))
    assert (error.line, error.column) == (5, 15)
    assert "fatal" in error.message


def test_missing_required_key(tmp_path):
    error = error_of(tmp_path, VALID_RULE.replace("    languages: [en]\n", ""))
    assert error.line == 3 and "languages" in error.message


def test_yaml_syntax_error_is_located(tmp_path):
    error = error_of(tmp_path, VALID_RULE.replace("languages: [en]", "languages: [en"))
    assert error.line >= 6 and "invalid YAML" in error.message


def test_python_tags_are_refused(tmp_path):
    error = error_of(tmp_path, "id: x\nrules: !!python/object/apply:os.system ['echo hacked']\n")
    assert error.line == 2 and "python/object" in error.message


def test_invalid_regex_is_located(tmp_path):
    error = error_of(tmp_path, VALID_RULE.replace("phrase: self-driving", "regex: 'self(-driving'"))
    assert error.line == 9 and "regex" in error.message


def test_duplicate_rule_ids_are_refused(tmp_path):
    rule = VALID_RULE.split("rules:\n", 1)[1]
    error = error_of(tmp_path, VALID_RULE + rule)
    assert "duplicate rule id" in error.message and error.line == 10


def test_oversized_ruleset_is_refused(tmp_path):
    error = error_of(tmp_path, VALID_RULE + "#" * (3 * 1024 * 1024))
    assert "larger than" in error.message


def test_error_text_is_file_line_col(tmp_path):
    error = error_of(tmp_path, VALID_RULE.replace("severity: error", "severity: fatal"))
    assert str(error).startswith(f"{tmp_path / 'ruleset.yaml'}:5:15: ")


LISTED_RULE = """\
id: listed
lists:
  people: [husband, wife, "mum|mom", "kids?"]
rules:
  - id: r1
    category: autonomy
    severity: error
    languages: [en]
    message: m
    patterns:
      - regex: '(?:my|your)\\s+(?!{{people}}\\b)\\w+\\s+drives\\s+me'
"""


def test_a_list_reference_becomes_a_group_of_the_lists_items(tmp_path):
    pattern = load_text(tmp_path, LISTED_RULE).rules[0].patterns[0].value
    assert "(?:husband|wife|mum|mom|kids?)" in pattern.source
    assert pattern.spans("my car drives me to work") and not pattern.spans("my mom drives me to work")
    assert not pattern.spans("my kids drives me mad")


def test_a_list_in_a_document_rules_regex_term(tmp_path):
    patterns = LISTED_RULE.index("    patterns:")
    text = LISTED_RULE[:patterns] + "    patterns:\n      - document: {promotes: [pilot], requires: {duty: [{regex: '{{people}} supervises'}]}}\n"
    pattern = load_text(tmp_path, text).rules[0].patterns[0]
    assert pattern.kind == "document"
    assert pattern.value["duty"][0].search("your wife supervises")


def test_an_unknown_list_is_located_at_its_regex(tmp_path):
    error = error_of(tmp_path, LISTED_RULE.replace("{{people}}", "{{persons}}"))
    assert (error.line, error.column) == (11, 16)
    assert "unknown list 'persons'" in error.message and "people" in error.message


def test_a_list_item_that_would_break_its_group_is_located(tmp_path):
    error = error_of(tmp_path, LISTED_RULE.replace('"mum|mom"', '"mum)|(mom"'))
    assert (error.line, error.column) == (3, 27)
    assert "list 'people'" in error.message


def test_list_names_are_checked_by_the_schema(tmp_path):
    error = error_of(tmp_path, LISTED_RULE.replace("  people:", "  People:").replace("{{people}}", "x"))
    assert error.line == 3 and "People" in error.message


@pytest.fixture
def shared_lists_file(tmp_path, monkeypatch):
    """A shared lists file of the test's own, in place of the bundled one."""
    path = tmp_path / "shared-lists.yaml"
    monkeypatch.setattr(loader, "shared_lists_path", lambda: path)
    loader.shared_lists.cache_clear()
    loader.shared_lists_bytes.cache_clear()
    yield path
    loader.shared_lists.cache_clear()
    loader.shared_lists_bytes.cache_clear()
    load_path.cache_clear()


def test_the_bundled_people_list_is_shared_by_every_ruleset(tmp_path):
    """A ruleset that defines no list may use the bundled `{{people}}` list."""
    text = LISTED_RULE.replace('  people: [husband, wife, "mum|mom", "kids?"]\n', "").replace("lists:\n", "")
    pattern = load_text(tmp_path, text).rules[0].patterns[0].value
    assert "husband|wife|partner" in pattern.source
    assert pattern.spans("my car drives me to work") and not pattern.spans("my flatmate drives me to work")


def test_a_rulesets_own_list_replaces_the_shared_one_of_that_name(tmp_path, shared_lists_file):
    shared_lists_file.write_text("people: [butler]\nplaces: [garage]\n", encoding="utf-8")
    pattern = load_text(tmp_path, LISTED_RULE).rules[0].patterns[0].value
    assert pattern.spans("my butler drives me home") and not pattern.spans("my wife drives me home")
    text = LISTED_RULE.replace("{{people}}", "{{places}}")
    pattern = load_text(tmp_path, text).rules[0].patterns[0].value
    assert not pattern.spans("my garage drives me mad") and pattern.spans("my wife drives me mad")


def test_a_mistake_in_the_shared_lists_is_located_there(tmp_path, shared_lists_file):
    shared_lists_file.write_text("# shared\npeople: [butler, 'maid)|(cook']\n", encoding="utf-8")
    error = error_of(tmp_path, LISTED_RULE)
    assert error.path == str(shared_lists_file) and (error.line, error.column) == (2, 18)
    assert "list 'people'" in error.message
    shared_lists_file.write_text("people: butler\n", encoding="utf-8")
    loader.shared_lists.cache_clear()
    loader.shared_lists_bytes.cache_clear()
    error = error_of(tmp_path, LISTED_RULE)
    assert error.path == str(shared_lists_file) and error.line == 1 and "people" in error.message


def test_the_shared_lists_are_part_of_a_rulesets_cache_key(tmp_path, shared_lists_file, monkeypatch):
    """Editing the shared lists must not leave a ruleset compiled with the old ones in the cache."""
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path / "cache"))
    text = LISTED_RULE.replace('  people: [husband, wife, "mum|mom", "kids?"]\n', "").replace("lists:\n", "")
    shared_lists_file.write_text("people: [butler]\n", encoding="utf-8")
    assert not load_text(tmp_path, text).rules[0].patterns[0].value.spans("my butler drives me home")
    shared_lists_file.write_text("people: [cook]\n", encoding="utf-8")
    loader.shared_lists.cache_clear()
    loader.shared_lists_bytes.cache_clear()
    assert load_text(tmp_path, text).rules[0].patterns[0].value.spans("my butler drives me home")
