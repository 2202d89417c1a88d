"""The strings a regex needs (matching.literals) must be necessary: the prefilter skips every
sentence that lacks them, so one wrong clause silently loses findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
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
        # the `regex` module's \K and \G (a whole-sentence guard) are read as nothing
        (r"(?:^(?!.*(?:高铁|机器人))|\G(?!^)).*?\K(?:车|它)自己开", [{"车自己开", "它自己开"}]),
        (r"ab\\Kcd", [{"ab\\kcd"}]),  # an escaped backslash before K is text
    ],
)
def test_required_clauses(pattern, expected):
    assert sorted(map(set, required_clauses(pattern)), key=sorted) == sorted(expected, key=sorted)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # on single-spaced text a whitespace run is one space: the words stay joined
        (r"hands?\s+free", [{"hand free", "hands free"}]),
        (r"hands?[\s-]free", [{"hand free", "hands free", "hand-free", "hands-free"}]),
        (r"l\s*[345]\b", [{"l3", "l4", "l5", "l 3", "l 4", "l 5"}]),
        (r"自\s*动 +驾驶", [{"自动 驾驶", "自 动 驾驶"}]),
        (r"hands[\s\w]+off", [{"hands"}, {"off"}]),  # a class wider than whitespace is unknown
    ],
)
def test_required_clauses_on_single_spaced_text(pattern, expected):
    clauses = required_clauses(pattern, single_spaces=True)
    assert sorted(map(set, clauses), key=sorted) == sorted(expected, key=sorted)


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
    return [normalize(text).flat() for text in texts]  # what the engine matches: line breaks as spaces


def test_bundled_regex_conditions_and_triggers_hold_wherever_the_regex_matches():
    """Derived clauses are necessary by construction; a rule author's `triggers:` only by care,
    and a trigger list that misses a form the regex accepts silently drops its matches."""
    texts = _texts()
    checked = 0
    for ruleset in map(loader.load, loader.bundled_ids()):
        for rule in ruleset.rules:
            for pattern in rule.patterns:
                if pattern.kind != "regex":
                    continue
                for text in texts:
                    if pattern.value.spans(text):
                        checked += 1
                        assert satisfied(pattern.condition, text), (rule.id, pattern.line, text)
                        assert not pattern.triggers or satisfied((pattern.triggers,), text), \
                            (rule.id, pattern.line, "triggers miss", text)
    assert checked > 1000


# --- necessary on generated regexes and texts that match them -----------------------------------
# A regex is generated as a small syntax tree; the test renders it and draws a text that follows
# the same tree, so most texts match (hypothesis's from_regex can spin on look-arounds).

_ATOMS = {  # pattern piece: texts it matches
    "ab": ["ab"], "cd": ["cd"], "efg": ["efg"], "驾驶": ["驾驶"], "no": ["no"], "not": ["not"],
    "the": ["the"], "x": ["x"], r"\s": [" ", "\n"], r"\w": ["a", "z", "1"], ".": ["z", "-"],
    "[ab]": ["a", "b"], "[^a]": ["b", " "], r"\d": ["1", "7"],
}
_LEAF = st.sampled_from(sorted(_ATOMS)).map(lambda atom: ("atom", atom))
_LEAVES = st.one_of(_LEAF, _LEAF.map(lambda leaf: ("plus", leaf)), _LEAF.map(lambda leaf: ("star", leaf)))


def _extend(children):
    return st.one_of(
        st.lists(children, min_size=1, max_size=4).map(lambda parts: ("seq", parts)),
        st.lists(children, min_size=2, max_size=3).map(lambda parts: ("alt", parts)),
        children.map(lambda part: ("opt", part)),
        children.map(lambda part: ("twice", part)),
        children.map(lambda part: ("ahead", part)),
        children.map(lambda part: ("not-ahead", part)),
    )


TREES = st.recursive(_LEAVES, _extend, max_leaves=12)


def _render(tree) -> str:
    kind, value = tree
    if kind == "atom":
        return value
    if kind == "seq":
        return "(?:" + "".join(map(_render, value)) + ")"
    if kind == "alt":
        return "(?:" + "|".join(map(_render, value)) + ")"
    suffix = {"plus": "+", "star": "*", "opt": "?", "twice": "{2}"}
    if kind in suffix:
        return f"(?:{_render(value)}){suffix[kind]}"
    return ("(?=.*" if kind == "ahead" else "(?!") + _render(value) + ")"


def _sample(tree, draw) -> tuple[str, str]:
    """(text here, text the end of the string must hold): a look-ahead's text goes to the end."""
    kind, value = tree
    if kind == "atom":
        return draw(st.sampled_from(_ATOMS[value])), ""
    if kind == "alt":
        return _sample(draw(st.sampled_from(value)), draw)
    if kind in ("seq", "plus", "star", "opt", "twice"):
        count = {"plus": draw(st.integers(1, 3)), "star": draw(st.integers(0, 2)),
                 "opt": draw(st.integers(0, 1)), "twice": 2}.get(kind, 1)
        parts = [_sample(part, draw) for part in (value if kind == "seq" else [value] * count)]
        return "".join(p for p, _ in parts), "".join(t for _, t in parts)
    if kind == "ahead":
        here, tail = _sample(value, draw)
        return "", here + tail
    return "", ""


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), tree=TREES, around=st.sampled_from(["", "q ", " q", "no "]))
def test_generated_matches_satisfy_the_condition(data, tree, around):
    pattern = _render(tree)
    here, tail = _sample(tree, data.draw)
    text = around + here + tail + around
    try:  # the engine's own regex module, with a time limit: nested repeats can backtrack for long
        matched = regex.search(pattern, text, regex.IGNORECASE | regex.VERSION0, timeout=0.2)
    except TimeoutError:
        return
    if matched:
        assert satisfied(required_clauses(pattern), text), (pattern, text)
    # The same text with its whitespace runs single spaces, as the engine's sentences are.
    single = " ".join(text.split())
    try:
        matched = regex.search(pattern, single, regex.IGNORECASE | regex.VERSION0, timeout=0.2)
    except TimeoutError:
        return
    if matched:
        assert satisfied(required_clauses(pattern, single_spaces=True), single), (pattern, single)
