"""What every reader produces: lintable segments that remember where each character came from.

A reader turns the bytes of one file into a `Document`:

- `source` is the decoded text that line and column numbers refer to. For text, Markdown and
  HTML it is the file itself; for DOCX and PDF it is a plain rendering (one paragraph or PDF text
  line per line) and `line_labels` tells the user where that line lives ("page 3", "table 1, cell
  2,1").
- `segments` hold the copy to lint. A segment's `text` may drop or replace markup, so
  `origin[i]` is the offset in `source` of `text[i]` (and `origin[len(text)]` the end offset).
  `origin=None` means the text is `source[base:base + len(text)]` verbatim.
- `directives` are the `claimlint:` suppression comments the reader found, with their line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Protocol, Sequence


# A line ends at "\r\n", a lone "\r" (classic Mac files, some CMS exports) or "\n", as in editors,
# markdown-it and SARIF viewers. Other Unicode separators (\v, \f, U+2028, ...) do not end a line.
LINE_BREAK_RE = re.compile(r"\r\n?|\n")


def split_lines(text: str, keepends: bool = False) -> list[str]:
    """`text.splitlines()` with claimlint's line breaks only (see LINE_BREAK_RE)."""
    if "\r" not in text and not keepends:
        lines = text.split("\n")
    else:
        lines, start = [], 0
        for match in LINE_BREAK_RE.finditer(text):
            lines.append(text[start : match.end() if keepends else match.start()])
            start = match.end()
        lines.append(text[start:])
    if lines and lines[-1] == "":
        lines.pop()
    return lines


class ReaderError(Exception):
    """A file that cannot be read; the message is shown to the user as is."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.line = line
        self.column = column


@dataclass
class Segment:
    text: str
    base: int = 0
    origin: Sequence[int] | None = None
    # "body", "comment" (a DOCX comment), "alt", "title", "meta", "front-matter", ...
    kind: str = "body"

    def source_offset(self, index: int) -> int:
        """Offset in the document source of `text[index]` (index may equal len(text))."""
        if self.origin is None:
            return self.base + index
        return self.origin[index]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of text[start:end]; the end is one past the last kept character, so
        markup deleted after the match (closing `**`, a tag) is not part of the span."""
        first = self.source_offset(start)
        if end <= start:
            return first, first
        return first, self.source_offset(end - 1) + 1


@dataclass(frozen=True)
class Directive:
    """A suppression comment: `claimlint: disable=A,B` and its kin."""

    action: str  # "disable" | "enable" | "disable-next-line"
    rules: tuple[str, ...]  # empty means every rule
    line: int  # 1-based line of the comment in `source`
    column: int
    end_line: int  # last line of the comment itself


@dataclass
class Document:
    path: str
    source: str
    segments: list[Segment]
    directives: list[Directive] = field(default_factory=list)
    encoding: str = "utf-8"
    format: str = "text"
    line_labels: dict[int, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    _line_starts: list[int] | None = field(default=None, repr=False)

    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            if "\r" in self.source:
                starts.extend(match.end() for match in LINE_BREAK_RE.finditer(self.source))
            else:
                find = self.source.find
                pos = find("\n")
                while pos != -1:
                    starts.append(pos + 1)
                    pos = find("\n", pos + 1)
            self._line_starts = starts
        return self._line_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset. "\\r\\n", a lone "\\r" and "\\n" each end a
        line; the "\\r" of "\\r\\n" counts as a column of its line."""
        starts = self.line_starts()
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1


class Reader(Protocol):
    """Each reader module exposes `FORMAT`, `EXTENSIONS` and `read`."""

    def __call__(self, path: str, data: bytes) -> Document: ...
