"""Normalization and its offset map: every clean character points back at the character it came from."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from claimlint.normalize import _opencc, normalize


def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).lower()
    return _opencc().convert(folded)


def test_obfuscations_collapse():
    assert normalize("本车实现自 动 驾 驶功能").text == "本车实现自动驾驶功能"
    assert normalize("自-动-驾-驶").text == "自动驾驶"
    assert normalize("自·动·驾·驶").text == "自动驾驶"
    assert normalize("S.E.L.F-driving").text == "self-driving"
    assert normalize("A-u-t-o-p-i-l-o-t").text == "autopilot"
    assert normalize("self\u200b-driving").text == "self-driving"
    assert normalize("ＳＥＬＦ－ＤＲＩＶＩＮＧ").text == "self-driving"
    assert normalize("自動駕駛，解放雙手").text == "自动驾驶,解放双手"


def test_ordinary_text_keeps_identity_map():
    normalized = normalize("The car keeps its lane.")
    assert normalized.origin is None
    assert normalized.text == "the car keeps its lane."


def test_spans_map_back_to_the_obfuscated_original():
    original = "我们的自 动\u200b驾-驶很强"
    normalized = normalize(original)
    start = normalized.text.index("自动驾驶")
    first, last = normalized.input_span(start, start + 4)
    assert original[first:last] == "自 动\u200b驾-驶"


PIECES = st.sampled_from(
    ["自", "动", "駕", "駛", " ", "-", ".", "\u200b", "Ａ", "ｂ", "S", "e", "l", "f", "，", "。", "ß", "İ",
     "ﬁ", "①", "\u0301", "e", "\n", "L", "２", "．", "５", "智", "能", "x", "y"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_offset_map_is_monotonic_and_points_at_the_source_character(text):
    normalized = normalize(text)
    origin = normalized.origin or range(len(normalized.text))
    assert len(origin) == len(normalized.text)
    assert list(origin) == sorted(origin)
    for index, char in enumerate(normalized.text):
        source_char = text[origin[index]]
        assert char in _fold_char(source_char), (text, index, char, source_char)
