"""Normalization and its offset map: every clean character points back at the character it came from."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from claimlint.normalize import _LEET_TABLE, _LOOKALIKE_TABLE, _opencc, normalize
from claimlint.sentences import split_sentences

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u00b7\u2022\u2027\u30fb"


def _fold_char(char: str) -> str:
    """The characters a source character may become: its fold, or a one-to-one unmasking of it."""
    folded = _opencc().convert(unicodedata.normalize("NFKC", char).lower())
    dash = "-" if folded and folded in _DASHES else ""
    # a tab becomes a space; a space is inserted before a capital inside a CamelCase hashtag
    space = " " if folded == "\t" or char.isupper() else ""
    return folded + folded.translate(_LEET_TABLE) + folded.translate(_LOOKALIKE_TABLE) + dash + space


def test_obfuscations_collapse():
    assert normalize("本车实现自 动 驾 驶功能").text == "本车实现自动驾驶功能"
    assert normalize("自-动-驾-驶").text == "自动驾驶"
    assert normalize("自·动·驾·驶").text == "自动驾驶"
    assert normalize("S.E.L.F-driving").text == "self-driving"
    assert normalize("A-u-t-o-p-i-l-o-t").text == "autopilot"
    assert normalize("self\u200b-driving").text == "self-driving"
    assert normalize("ＳＥＬＦ－ＤＲＩＶＩＮＧ").text == "self-driving"
    assert normalize("自動駕駛，解放雙手").text == "自动驾驶,解放双手"


def test_spelled_out_letters_keep_the_words_around_them():
    # dots or dashes between the letters: a space is a word boundary, so the article stays a word
    assert normalize("Learn in a s.e.l.f-d.r.i.v.i.n.g car").text == "learn in a selfdriving car"
    # letters spaced out with nothing else between them are one word
    assert normalize("s e l f d r i v i n g").text == "selfdriving"
    # a negation spelled out keeps its scope: its last dot does not end the sentence
    assert normalize("This is N.O.T. a s.e.l.f-driving car.").text == "this is not a self-driving car."
    assert normalize("Made in the U.S.A. The car is new.").text == "made in the usa. the car is new."


def test_masked_latin_words_are_unmasked_one_to_one():
    assert normalize("Self\u2011driving").text == "self-driving"
    assert normalize("hands\u2013free, self\u00b7driving").text == "hands-free, self-driving"
    assert normalize("\u0430utonomous").text == "autonomous"
    assert normalize("aut0nomous, s3lf-driving").text == "autonomous, self-driving"
    # codes, numbers and whole Cyrillic words stay as they are
    assert normalize("L2, M62, 4x4, 0\u2013130 km/h, \u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c").text == "l2, m62, 4x4, 0\u2013130 km/h, \u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c"
    assert len(normalize("aut0nomous s3lf").text) == len("aut0nomous s3lf")


def _source_of(original: str, clean: str, words: frozenset[str] = frozenset()) -> str:
    """The part of `original` that the clean text `clean` was normalized from."""
    normalized = normalize(original, words)
    start = normalized.text.index(clean)
    first, last = normalized.input_span(start, start + len(clean))
    return original[first:last]


def test_ordinary_text_keeps_identity_map():
    normalized = normalize("The car keeps its lane.")
    assert normalized.origin is None
    assert normalized.text == "the car keeps its lane."


def test_spans_map_back_to_the_obfuscated_original():
    assert _source_of("我们的自 动\u200b驾-驶很强", "自动驾驶") == "自 动\u200b驾-驶"


def test_whitespace_runs_become_one_space_and_line_breaks_stay():
    original = "Go hands \t off.\n  Hands\noff"
    normalized = normalize(original)
    assert normalized.text == "go hands off.\nhands\noff"
    assert normalized.flat() == "go hands off. hands off"
    assert _source_of(original, "hands off") == "hands \t off"


def test_other_line_breaks_are_line_breaks_and_spaces_at_a_line_end_go():
    # Windows and classic Mac line ends, a PDF's form feed, Unicode's line separator
    assert normalize("Hands \r\noff\rnow").text == "hands\noff\nnow"
    assert normalize("Page one.\x0cPage two.\u2028Line").text == "page one.\npage two.\nline"
    assert normalize("trailing  \n  leading").text == "trailing\nleading"
    assert _source_of("hands \r\noff", "hands\noff") == "hands \r\noff"


WHITESPACE_PIECES = st.sampled_from(
    ["hands", "off", "自", "动", ".", "。", "l", "2", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\x0b", "\x0c",
     "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2003", "\u2028", "\u2029", "\u3000", "\u200b"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(WHITESPACE_PIECES, max_size=30).map("".join))
def test_a_sentence_flat_text_has_single_spaces_only(text):
    """What the rules' prefilter conditions rely on (`required_clauses(..., single_spaces=True)`):
    a sentence's flat text holds no whitespace but single spaces."""
    normalized = normalize(text)
    flat = normalized.flat()
    for sentence in split_sentences(normalized.text):
        words = flat[sentence.start : sentence.end]
        assert "  " not in words, (text, words)
        assert all(char == " " or not char.isspace() for char in words), (text, words)


def test_a_word_hyphenated_at_a_line_break_is_joined():
    # a compound keeps its hyphen; without a known word, so does any other word
    assert normalize("full self-\ndriving").text == "full self-driving"
    assert normalize("fully auto- \n  nomous").text == "fully auto-nomous"
    # a syllable break loses it when the joined word is known and the hyphenated one is not
    words = frozenset({"autonomous", "hands-free", "handsfree"})
    assert normalize("fully auto-\nnomous", words).text == "fully autonomous"
    assert normalize("enjoy hands-\nfree", words).text == "enjoy hands-free"
    # a hyphen that ends a line with no letter on either side is not a break inside a word
    assert normalize("level 2-\nready", words).text == "level 2-\nready"
    assert normalize("modes -\ndrive", words).text == "modes -\ndrive"
    assert _source_of("Fully Auto-\nnomous", "autonomous", words) == "Auto-\nnomous"


def test_camel_case_hashtags_are_split_into_words():
    assert normalize("#ZeroTakeovers all the way").text == "#zero takeovers all the way"
    assert normalize("#NoHandsNeeded #Level3Vibes #FSD").text == "#no hands needed #level3 vibes #fsd"
    assert normalize("ZeroTakeovers without a hash").text == "zerotakeovers without a hash"
    assert _source_of("Day 3 #ZeroTakeovers", "zero takeovers") == "ZeroTakeovers"


PIECES = st.sampled_from(
    ["自", "动", "駕", "駛", " ", "\t", "-", ".", "\u200b", "Ａ", "ｂ", "S", "e", "l", "f", "，", "。", "ß", "İ",
     "ﬁ", "①", "\u0301", "e", "\n", "L", "２", "．", "５", "智", "能", "x", "y", "#", "Z", "T"]
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
