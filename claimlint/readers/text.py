"""Plain text: every line is copy, except `#` / `//` lines that carry a claimlint directive."""

from __future__ import annotations

from claimlint.readers.base import Document, Segment, split_lines
from claimlint.readers.decode import decode
from claimlint.readers.directives import LINE_COMMENT_RE, parse_directives

FORMAT = "text"
EXTENSIONS = (".txt", ".text")


def read(path: str, data: bytes) -> Document:
    source, encoding = decode(data, path)
    return from_text(path, source, encoding)


def from_text(path: str, source: str, encoding: str = "utf-8") -> Document:
    """Split into paragraphs (blank-line separated); directive lines are not linted."""
    directives = []
    segments = []
    offset = 0
    line_number = 0
    para_start = None
    for raw_line in split_lines(source, keepends=True):
        line_number += 1
        body = raw_line.rstrip("\r\n")
        comment = LINE_COMMENT_RE.match(body)
        if comment or not body.strip():
            if comment:
                directives.extend(parse_directives(body, line_number, comment.end() + 1))
            if para_start is not None:
                segments.append(Segment(source[para_start:offset], base=para_start))
                para_start = None
        elif para_start is None:
            para_start = offset
        offset += len(raw_line)
    if para_start is not None:
        segments.append(Segment(source[para_start:offset], base=para_start))
    return Document(path=path, source=source, segments=segments, directives=directives,
                    encoding=encoding, format=FORMAT)
