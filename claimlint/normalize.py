r"""Normalization with an offset map, so that matches on clean text point at the original.

Steps, each recorded in the map: CamelCase hashtags split into words ("#ZeroTakeovers" → "#zero
takeovers"), NFKC (full/half width, compatibility forms), lower case,
Traditional → Simplified Chinese (OpenCC), and collapse of obfuscation: zero-width and combining
characters are dropped, separators between Han characters (自 动 驾 驶, 自-动-驾-驶) and inside
runs of single Latin letters (s.e.l.f-driving, A-u-t-o-p-i-l-o-t) are deleted, and whitespace is
single: a run of spaces or tabs becomes one space and spaces at either end of a line go, so that
"hands  off" meets the trigger "hands off". Line breaks stay (they end sentences; "\r\n", a lone
"\r" and the other line and page separators are "\n"); `flat()` gives the same text with line
breaks as spaces, for matching inside a sentence wrapped over two lines. So within a sentence
(which never spans a blank line) the flat text's whitespace is single spaces, which the rules'
prefilter conditions rely on (`literals.required_clauses(..., single_spaces=True)`). A word
hyphenated at a line break, as justified text in brochures and PDFs has it, is joined:
"self-\ndriving" → "self-driving", and "auto-\nnomous" → "autonomous" when the caller knows
"autonomous" as a word (the engine passes its trigger words).

Unlike one-to-one character maps, deletions and expansions move offsets, so every output
character keeps the index of the input character it came from. Most text needs none of this:
each step has a fast path that leaves the map as the identity.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")

# Characters that carry no meaning in copy and are used to break up words.
INVISIBLE = "\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
# Separators that obfuscate a word when placed between its characters.
SEPARATORS = r"\s\-_.·•*~|/\\・‧'’`+#"
COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f"
_COLLAPSE_RE = re.compile(
    # 1. invisible characters and combining marks anywhere
    f"[{INVISIBLE}{COMBINING}]+"
    # 2. separators between two Han characters (a line break inside Chinese copy, or 自 动 驾 驶)
    f"|(?<=[{HAN}])[{SEPARATORS}]+(?=[{HAN}])"
    # 5. whitespace after whitespace, and before a line break (tabs are spaces by then): every
    # run is one space or line breaks only; "\r\n" is "\n"
    "|(?<=\\s)[^\\S\n]+|[^\\S\n]+(?=\n)"
)
# A quotation in Chinese written with straight or curly single quotes ('自动驾驶', ‘智驾’): its quote
# marks are kept, not read as separators between Han characters, so that the quotation is seen as
# one. A single quoted character (自'动'驾'驶) is obfuscation, not a quotation.
_HAN_QUOTATION_RE = re.compile(f"'(?=[^'\n]{{0,19}}[{HAN}])[^'\n]{{2,20}}'|‘[^’\n]{{2,20}}’")
# 3. runs of three or more single Latin letters split by one separator each: s.e.l.f, A-u-t-o
_LETTER_RUN_RE = re.compile(r"(?<![a-z0-9])[a-z](?:[.\-_*·•~| ][a-z]){2,}(?![a-z0-9])")
_LETTER_RUN_SEPARATOR_RE = re.compile(r"[.\-_*·•~| ]")
_DOT_THEN_WORD_RE = re.compile(r"\.(?= [a-z])")
_SPELLED_NEGATIONS = frozenset({"not", "never", "nope"})
# 4. spaced automation levels: "L 2", "L 2 . 5", "l2 .5" (the dot is kept, the spaces go)
_LEVEL_RUN_RE = re.compile(r"(?<![a-z0-9])l(?: *[0-9])(?: *\. *[0-9]+)?(?![a-z0-9])")
# 6. a word hyphenated at a line break: the letters before the hyphen, and a look at those after
_LINE_BREAK_HYPHEN_RE = re.compile(r"([a-z]+)-[ \t]*\n[ \t]*(?=([a-z]+))")

# Fullwidth ASCII and the ideographic space map one to one: a translate table avoids the slow path.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = _WIDTH_TABLE[0x09] = _WIDTH_TABLE[0x1F] = _WIDTH_TABLE[0x1680] = 0x20
# Line and page separators (vertical tab, form feed as PDFs break pages, NEL, U+2028/9, the
# separators Python's splitlines honours) are line breaks; NFKC leaves them as they are.
for _separator in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029):
    _WIDTH_TABLE[_separator] = 0x0A
# A lone carriage return (classic Mac OS text) ends a line; the "\r" of "\r\n" goes in `_collapse`.
_LONE_CR_RE = re.compile(r"\r(?!\n)")
# Curly single quotes are apostrophes far more often than quotes: "don’t" must tokenize as "do n't".
_WIDTH_TABLE[0x2018] = _WIDTH_TABLE[0x2019] = 0x27
# Unicode hyphens (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash) are the ASCII
# hyphen in copy: "Self‑driving" with a non-breaking hyphen is "self-driving". En and em dashes stay.
_WIDTH_TABLE[0x2010] = _WIDTH_TABLE[0x2011] = _WIDTH_TABLE[0x2012] = 0x2D


@dataclass(frozen=True)
class Normalized:
    """`text` is the clean text; `origin[i]` is the input index of `text[i]` (None: identity)."""

    text: str
    origin: Sequence[int] | None = None

    def flat(self) -> str:
        """The text with line breaks read as spaces (same offsets): a sentence wrapped over two
        lines still holds its trigger phrases ("hands\noff" → "hands off")."""
        return self.text.replace("\n", " ")

    def input_index(self, index: int) -> int:
        return index if self.origin is None else self.origin[index]

    def input_span(self, start: int, end: int) -> tuple[int, int]:
        """Input span of the non-empty text[start:end]: first char's origin to one past the last's."""
        return self.input_index(start), self.input_index(end - 1) + 1


def normalize(text: str, words: frozenset[str] = frozenset()) -> Normalized:
    """Normalize copy for matching; see the module docstring for the steps. `words` are the
    lower-case words a hyphen at a line break may be dropped for (`_line_break_hyphens`)."""
    text, origin = _fold(text)
    collapsed, collapse_origin = _collapse(text, words)
    return Normalized(collapsed, _compose(origin, collapse_origin))


def _fold(text: str) -> tuple[str, list[int] | None]:
    """Width, compatibility, case and script folding; one output char per input char when possible."""
    text = text.translate(_WIDTH_TABLE)
    if "\r" in text:
        text = _LONE_CR_RE.sub("\n", text)
    origin = None
    if "#" in text:
        text, origin = _split_hashtags(text)
    if not unicodedata.is_normalized("NFKC", text):
        text, nfkc_origin = _per_char(text, _nfkc_char)
        origin = _compose(origin, nfkc_origin)
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered, case_origin = _per_char(text, str.lower)
        origin = _compose(origin, case_origin)
    text = _unmask(lowered)
    if HAN_RE.search(text):
        text = _to_simplified(text)
    return text, origin


# A hashtag written in CamelCase is words run together: "#ZeroTakeovers", "#NoHandsNeeded".
_HASHTAG_RE = re.compile(r"#[A-Za-z0-9]+")
_CAMEL_HUMP_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _split_hashtags(text: str) -> tuple[str, list[int] | None]:
    """A space before each capital that follows a small letter or digit inside a hashtag, so that
    "#ZeroTakeovers" reads "#Zero Takeovers"; the space points at the capital it precedes."""
    humps = [tag.start() + hump.start() for tag in _HASHTAG_RE.finditer(text)
             for hump in _CAMEL_HUMP_RE.finditer(tag.group())]
    if not humps:
        return text, None
    parts, origin, position = [], [], 0
    for hump in humps:
        parts.extend((text[position:hump], " "))
        origin.extend((*range(position, hump), hump))
        position = hump
    parts.append(text[position:])
    origin.extend(range(position, len(text)))
    return "".join(parts), origin


# One-to-one unmasking of Latin words (the offset map is unchanged): a dash or dot between two
# letters is a hyphen (self–driving, hands·free); Cyrillic or Greek look-alikes inside a Latin word
# are Latin (аutonomous with a Cyrillic а); digits and symbols standing for letters inside a word
# are letters (aut0nomous, s3lf-driving). Words wholly in Cyrillic or Greek, and codes such as L2,
# M62 or 4x4, are left alone.
_DASH_BETWEEN_LETTERS = re.compile(r"(?<=[a-z])[\u2013\u2014\u00b7\u2022\u2027\u30fb](?=[a-z])")
_LOOKALIKE = "аеорсухіјѕԁɡαοιντκ"
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKE, "aeopcyxijsdgaoivtk")
_MIXED_WORD = re.compile(f"[a-z{_LOOKALIKE}]*(?:[a-z][{_LOOKALIKE}]|[{_LOOKALIKE}][a-z])[a-z{_LOOKALIKE}]*")
_LEET_TABLE = str.maketrans("013457@$", "oieastas")
# not a level glued to a word ("l3ready", "准l3not"): those digits are the level
_LEET_WORD = re.compile(r"(?<![a-z0-9@$])(?!l[0-9])[a-z]+(?:[013457@$][a-z]+)+(?![a-z0-9@$])")
_LEET_HINT = re.compile(r"[a-z][013457@$][a-z]")


def _unmask(text: str) -> str:
    if _DASH_BETWEEN_LETTERS.search(text):
        text = _DASH_BETWEEN_LETTERS.sub("-", text)
    if any(char in text for char in _LOOKALIKE):
        text = _MIXED_WORD.sub(lambda m: m.group().translate(_LOOKALIKE_TABLE), text)
    if _LEET_HINT.search(text):
        text = _LEET_WORD.sub(lambda m: m.group().translate(_LEET_TABLE) if len(m.group()) >= 4 else m.group(), text)
    return text


def _nfkc_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


def _per_char(text: str, convert) -> tuple[str, list[int]]:
    """Apply `convert` to each character, remembering which input character each output came from."""
    parts = []
    origin: list[int] = []
    for index, char in enumerate(text):
        out = convert(char)
        parts.append(out)
        origin.extend([index] * len(out))
    return "".join(parts), origin


def _to_simplified(text: str) -> str:
    """Traditional → Simplified; falls back to per-character conversion if lengths would shift."""
    converter = _opencc()
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c) == 1 else o for o, c in ((o, converter.convert(o)) for o in text))


@lru_cache(maxsize=1)
def _opencc():
    """Taiwan-standard Traditional to Simplified: besides t2s's characters and phrases it reads
    著 as the aspect particle after a verb (開著 → 开着, 看著 → 看着) while 著名 stays 著名."""
    import opencc

    return opencc.OpenCC("tw2s")


def _keeping_quotation_marks(text: str, deletions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The deletions that do not remove a quote mark of a Chinese quotation ('自动驾驶')."""
    marks = {i for m in _HAN_QUOTATION_RE.finditer(text) for i in (m.start(), m.end() - 1)}
    if not marks:
        return deletions
    return [(start, end) for start, end in deletions if not any(start <= i < end for i in marks)]


def _collapse(text: str, words: frozenset[str] = frozenset()) -> tuple[str, list[int] | None]:
    """Delete invisible characters and obfuscating separators; returns the kept-index map."""
    deletions = [(m.start(), m.end()) for m in _COLLAPSE_RE.finditer(text)]
    if "'" in text or "’" in text:
        deletions = _keeping_quotation_marks(text, deletions)
    if "-" in text and "\n" in text:
        deletions.extend(_line_break_hyphens(text, words))
    for run in _LETTER_RUN_RE.finditer(text):
        separators = list(_LETTER_RUN_SEPARATOR_RE.finditer(run.group()))
        # "a s.e.l.f-d.r.i.v.i.n.g car": with dots or dashes between the letters, a space is a word's
        # boundary ("a" stays an article); letters spaced out with nothing else are one word
        dotted = any(m.group() != " " for m in separators)
        deletions.extend((run.start() + m.start(), run.start() + m.end()) for m in separators if not (dotted and m.group() == " "))
        # a negation spelled out keeps its scope: "This is N.O.T. a s.e.l.f-driving car" (the dot after
        # its last letter does not end the sentence)
        if dotted and _LETTER_RUN_SEPARATOR_RE.sub("", run.group()) in _SPELLED_NEGATIONS and _DOT_THEN_WORD_RE.match(text, run.end()):
            deletions.append((run.end(), run.end() + 1))
    for run in _LEVEL_RUN_RE.finditer(text):
        deletions.extend((run.start() + i, run.start() + i + 1) for i, c in enumerate(run.group()) if c == " ")
    if not deletions:
        return text, None
    deletions.sort()
    parts = []
    origin: list[int] = []
    position = 0
    for start, end in deletions:
        if start < position:
            start = position
        if start >= end:
            continue
        parts.append(text[position:start])
        origin.extend(range(position, start))
        position = end
    parts.append(text[position:])
    origin.extend(range(position, len(text)))
    return "".join(parts), origin


def _line_break_hyphens(text: str, words: frozenset[str]):
    r"""Deletions that join a word hyphenated at a line break. The line break always goes; the
    hyphen goes too when the joined word is one of `words` and the hyphenated one is not, since
    justified text breaks long words at syllables ("autono-\nmous") and compounds at their own
    hyphen ("hands-\nfree"), and without a dictionary keeping the hyphen is the safer reading."""
    for match in _LINE_BREAK_HYPHEN_RE.finditer(text):
        left, right = match.group(1), match.group(2)
        drop_hyphen = left + right in words and f"{left}-{right}" not in words
        yield match.end(1) + (0 if drop_hyphen else 1), match.end()


def _compose(first: Sequence[int] | None, second: Sequence[int] | None) -> Sequence[int] | None:
    """Map through `second` then `first` (second's indices point into first's output)."""
    if second is None:
        return first
    if first is None:
        return second
    return [first[index] for index in second]
