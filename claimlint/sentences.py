"""Split normalized copy into sentences and tell each sentence's language.

Chinese ends sentences with 。！？, English with . ! ? followed by a space; a semicolon joins
clauses of one sentence ("hands-free on mapped highways; keep your eyes on the road"). Line breaks
end a sentence too, unless the line is long and the next goes on with a word (wrapped English), or
a stanza of short lines runs on to close one sentence (a poster, a subtitle). Line breaks inside
Chinese were already removed by normalization. A sentence is Chinese when it has Han characters and
they outweigh the Latin words; mixed sentences ("城市NOA…") are Chinese, "The SU7 (小米) drives
itself" is English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimlint.normalize import HAN

# An end of sentence: CJK punctuation, or ASCII punctuation before a space or the end, or a line break.
_BOUNDARY_RE = re.compile(
    r"[。！？…!?]+[\"'”’」』）)]*"
    r"|\.+[\"'”’)]*(?=\s|$)"
    r"|\n"
)
# Words after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset("e.g i.e vs no approx etc mr mrs ms dr st inc ltd co fig cf".split())
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")
_CONTINUES_RE = re.compile(r"[ \t]*[a-z(]")
_WRAPPED_LINE_LENGTH = 40
_HAN_RE = re.compile(f"[{HAN}]")
_LATIN_WORD_RE = re.compile(r"[a-z][a-z'-]*")
_CONTENT_RE = re.compile(rf"[{HAN}a-z0-9]")


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the normalized segment text
    end: int
    lang: str  # "en" | "zh"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a normalized segment, with surrounding whitespace trimmed."""
    sentences = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        if match.group() == "\n" and (_continues(text, match.end(), start) or _stanza_runs_on(text, match.start(), start)):
            continue
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        _add(text, start, match.end(), sentences)
        start = match.end()
    _add(text, start, len(text), sentences)
    return _join_fragments(text, sentences)


# Slogans run on in fragments ("Any road. Any weather. Any time." / "Level 2? We left that
# behind."): a fragment this short is matched together with its neighbours on the same line.
FRAGMENT_LENGTH = {"en": 24, "zh": 8}


def _join_fragments(text: str, sentences: list[Sentence]) -> list[Sentence]:
    joined: list[Sentence] = []
    for sentence in sentences:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.lang == sentence.lang
            and "\n" not in text[previous.end : sentence.start]
            and min(previous.end - previous.start, sentence.end - sentence.start) <= FRAGMENT_LENGTH[sentence.lang]
        ):
            joined[-1] = Sentence(previous.start, sentence.end, previous.lang)
        else:
            joined.append(sentence)
    return joined


def _continues(text: str, after: int, start: int) -> bool:
    """A line break inside wrapped English: a long line, then a line that goes on with a word.

    Short lines (headings, list entries, slogans) stand alone."""
    line_start = _line_start(text, start, after - 1)
    long_line = after - 1 - line_start >= _WRAPPED_LINE_LENGTH
    return long_line and bool(_CONTINUES_RE.match(text, after)) and not _HAN_RE.search(text, start, after)


# A stanza of short lines that runs on into one sentence (a poster, a subtitle, a slide): "The
# system / watches the road / so you / don't have to." Lines join when each is short, none ends
# with punctuation, starts a list or holds a table's "|", and the run ends with a line that closes
# the sentence; a heading over a paragraph, a list and a table stand alone. (Chinese line breaks
# were already removed by normalization.)
STANZA_LINE = 24
STANZA_LINES = 8  # a longer run of short lines is a list, and the look-ahead stays bounded
_CLOSES_SENTENCE_RE = re.compile(r"[.!?。！？][\"'”’)]*\s*$")
_LINE_STANDS_ALONE_RE = re.compile(r"^\s*(?:[-*•·▪◦–—#>]|\d+[.)、]|\[)|[|:;,，：；、]\s*$|\|")


def _stanza_runs_on(text: str, line_end: int, start: int) -> bool:
    line = text[_line_start(text, start, line_end) : line_end]
    if not line.strip() or _HAN_RE.search(line) or _CLOSES_SENTENCE_RE.search(line):
        return False
    for _ in range(STANZA_LINES):
        if len(line.strip()) > STANZA_LINE or _LINE_STANDS_ALONE_RE.search(line):
            return False
        if line_end >= len(text):
            return False
        line_start = line_end + 1
        next_end = text.find("\n", line_start)
        line_end = len(text) if next_end == -1 else next_end
        line = text[line_start:line_end]
        if not line.strip():
            return False
        if _CLOSES_SENTENCE_RE.search(line):
            return len(line.strip()) <= STANZA_LINE and not _LINE_STANDS_ALONE_RE.search(line)
    return False


def _line_start(text: str, start: int, end: int) -> int:
    """Where the line that ends at `end` starts, not before the sentence's `start`."""
    newline = text.rfind("\n", start, end)
    return start if newline == -1 else newline + 1


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _WORD_BEFORE_RE.search(text, max(0, dot - 12), dot)
    return bool(word) and (word.group(1) in _ABBREVIATIONS or len(word.group(1)) == 1)


# Longer "sentences" (a minified page, a table flattened into one line) are cut into pieces at a
# comma or space, so that tokenization stays bounded whatever the input.
MAX_SENTENCE = 2000
_PIECE_END_RE = re.compile(r"[,，、:：\s]")


def _add(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        for match in _PIECE_END_RE.finditer(text, start + MAX_SENTENCE // 2, cut):
            cut = match.end()
        _add(text, start, cut, sentences)
        start = cut
    if end > start and _CONTENT_RE.search(text, start, end):
        sentences.append(Sentence(start, end, language_of(text[start:end])))


def language_of(sentence: str) -> str:
    han = len(_HAN_RE.findall(sentence))
    if not han:
        return "en"
    latin_words = len(_LATIN_WORD_RE.findall(sentence))
    return "zh" if han >= latin_words else "en"
