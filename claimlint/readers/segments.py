"""Build segments piece by piece while remembering each character's source offset.

Shared by the markup readers: they delete markup, decode entities and collapse whitespace, so a
segment's text is stitched from pieces whose source offsets are not contiguous.
"""

from __future__ import annotations

import re

from claimlint.readers.base import Segment

WHITESPACE = " \t\n\r\f\v\u00a0\u3000"


class SegmentBuilder:
    """Collects (char, origin) pairs; `flush` turns them into one trimmed Segment."""

    def __init__(self, strip_urls: bool = False) -> None:
        self.strip_urls = strip_urls
        self.segments: list[Segment] = []
        self._chars: list[str] = []
        self._origins: list[int] = []
        self._end = 0

    def add(self, text: str, start: int, end: int | None = None) -> None:
        """Text copied verbatim from source[start:start + len(text)]."""
        self._chars.append(text)
        self._origins.extend(range(start, start + len(text)))
        self._end = start + len(text) if end is None else end

    def add_mapped(self, text: str, origins: list[int], end: int) -> None:
        """Text whose characters come from the given offsets (entities, escapes)."""
        self._chars.append(text)
        self._origins.extend(origins)
        self._end = end

    def flush(self, kind: str = "body") -> None:
        if not self._chars:
            return
        text = "".join(self._chars)
        origins = self._origins
        self._chars, self._origins = [], []
        end = self._end
        if self.strip_urls:
            text, origins = delete_spans(text, origins, url_spans(text))
        text, origins = self.prepare(text, origins)
        stripped = text.rstrip(WHITESPACE)
        if len(stripped) < len(text):
            end = origins[len(stripped)]
        lead = len(stripped) - len(stripped.lstrip(WHITESPACE))
        if not stripped[lead:]:
            return
        self.segments.append(make_segment(stripped[lead:], origins[lead:len(stripped)], end, kind))


    def prepare(self, text: str, origins: list[int]) -> tuple[str, list[int]]:
        """Hook for a format's last rewrite of a segment (HTML collapses whitespace)."""
        return text, origins


def make_segment(text: str, origins: list[int], end: int, kind: str = "body") -> Segment:
    """A Segment; `origin` is dropped when the text is a verbatim slice of the source."""
    first = origins[0] if origins else end
    if end == first + len(text) and origins == list(range(first, end)):
        return Segment(text, base=first, kind=kind)
    return Segment(text, base=first, origin=origins + [end], kind=kind)


def delete_spans(text: str, origins: list[int], spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """Remove text[start:end] for each (sorted, disjoint) span, keeping origins aligned."""
    if not spans:
        return text, origins
    keep_text, keep_origins, last = [], [], 0
    for start, end in spans:
        keep_text.append(text[last:start])
        keep_origins.extend(origins[last:start])
        last = end
    keep_text.append(text[last:])
    keep_origins.extend(origins[last:])
    return "".join(keep_text), keep_origins


# Bare web addresses are not copy: `https://…`, `www.…`; ASCII only, so that Chinese text right
# after an address is kept. Trailing sentence punctuation is not part of the address.
URL_RE = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*[A-Za-z0-9\-_~/#=%&+@]", re.I)


def url_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in URL_RE.finditer(text)]
