"""The strings a regex needs (matching.literals) must be necessary: the prefilter skips every
sentence that lacks them, so one wrong clause silently loses findings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimlint.matching.literals import anchor_and_checks, required_clauses, satisfied
from claimlint.normalize import normalize
from claimlint.rules import loader

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"hands?\s+free", [{"hand", "hands"}, {"free"}]),
        (r"自动驾驶|无人驾驶", [{"自动驾驶", "无人驾驶"}]),
        # "no" is all that the first alternative shares with "not a": never "noa".
        (r"(?:no|not\s+a)\s+(?:scenario|road)", [{"scenario", "road"}, {"no"}]),
        (r"abc(?:de\s+fg|x)hij", [{"abc"}, {"hij"}]),
        (r"(?=.*\bwheel\b)hands?", [{"wheel"}, {"hand", "hands"}]),
        (r"(?<!not )self-driving", [{"self-driving"}]),
        (r"(?:sleep|nap)?i", []),  # "i" alone is too short to be worth a clause
    ],
)
def test_required_clauses(pattern, expected):
    assert sorted(map(set, required_clauses(pattern)), key=sorted) == sorted(expected, key=sorted)


@pytest.mark.parametrize("pattern", [r"(?:hello){e<=1}", r"[[:alpha:]]+car", r"\p{Han}驾驶", "(a"])
def test_syntax_python_reads_differently_gives_no_condition(pattern):
    assert required_clauses(pattern) == []


def test_anchor_is_the_most_selective_clause():
    anchor, checks = anchor_and_checks(("the", "and"), (("autopilot",), ("the", "and")))
    assert anchor == ("autopilot",)
    assert checks == (("the", "and"),)


# --- necessary on real text: every bundled regex, every corpus sentence and rule example ---------


def _texts() -> list[str]:
    texts = []
    for name in ("dev.jsonl", "test.jsonl", "documents-dev.jsonl", "documents-test.jsonl"):
        for line in (ROOT / "corpus" / name).read_text("utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    for ruleset in map(loader.load, loader.bundled_ids()):
        for rule in ruleset.rules:
            texts.extend(rule.examples_flag + rule.examples_pass)
    return [normalize(text).text for text in texts]


def test_bundled_regex_conditions_hold_wherever_the_regex_matches():
    texts = _texts()
    checked = 0
    for ruleset in map(loader.load, loader.bundled_ids()):
        for rule in ruleset.rules:
            for pattern in rule.patterns:
                if pattern.kind != "regex" or not pattern.condition:
                    continue
                for text in texts:
                    if pattern.value.spans(text):
                        checked += 1
                        assert satisfied(pattern.condition, text), (rule.id, pattern.line, text)
    assert checked > 1000


# --- necessary on generated regexes and texts that match them -----------------------------------

# Literals long enough to be kept, and parts the analysis cannot know: the mix where a slip
# (a suffix taken for a whole match, "noa" from "no|not a") shows.
_ATOMS = st.sampled_from(["ab", "cd", "efg", "驾驶", "no", "not", "the", "x", r"\s", r"\s+", r"\w*", ".", "[ab]", "[^a]", r"\d"])


def _regex(children):
    def join(parts):
        return "(?:" + "".join(parts) + ")"

    return st.one_of(
        st.lists(children, min_size=1, max_size=4).map(join),
        st.lists(children, min_size=2, max_size=3).map(lambda parts: "(?:" + "|".join(parts) + ")"),
        children.map(lambda part: f"(?:{part})?"),
        children.map(lambda part: f"(?:{part})+"),
        children.map(lambda part: f"(?:{part})*"),
        children.map(lambda part: f"(?:{part}){{2}}"),
        children.map(lambda part: f"(?=.*{part})"),
        children.map(lambda part: f"(?!{part})"),
    )


REGEXES = st.recursive(_ATOMS, _regex, max_leaves=12)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data(), pattern=REGEXES)
def test_generated_matches_satisfy_the_condition(data, pattern):
    compiled = re.compile(pattern, re.IGNORECASE)
    text = data.draw(st.from_regex(compiled, fullmatch=False))
    lowered = text.lower()
    if len(lowered) != len(text) or not compiled.search(lowered):
        return
    assert satisfied(required_clauses(pattern), lowered), (pattern, text)
