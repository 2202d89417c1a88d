"""Broken rulesets are refused with file:line:col; YAML is loaded safely only."""

from __future__ import annotations

import pytest

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
