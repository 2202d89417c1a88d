"""HTML: visible text, a few user-facing attributes and meta descriptions, mapped to the file.

lxml only knows source lines, so the file is tokenized with the stdlib `html.parser`, which
reports the position of every tag and text chunk; that gives exact line:column, never fetches
anything, never expands external entities, and keeps no recursion (an element stack with a
depth cap stands in for a tree). Entities are decoded: `&amp;` becomes one character whose
origin is the `&`. Whitespace runs collapse to one character (a newline if the run holds one),
as a browser would show them.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from html.parser import HTMLParser

from claimlint.readers.base import Document
from claimlint.readers.decode import decode
from claimlint.readers.directives import parse_directives
from claimlint.readers.segments import SegmentBuilder, delete_spans

FORMAT = "html"
EXTENSIONS = (".html", ".htm", ".xhtml")

BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset"
    " figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li main"
    " menu nav ol option p pre section summary table tbody td tfoot th thead title tr ul".split()
)
# Not copy: program text, code samples, inert templates. <noscript> IS copy: browsers without
# JavaScript and crawlers show it.
SKIPPED = frozenset("script style code pre template svg math kbd samp var iframe object".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
AUTOCLOSE = frozenset("p li dt dd tr td th option".split())  # a second <li> closes the first
ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
META_NAMES = frozenset(
    "description og:description og:title twitter:title twitter:description".split()
)
BUTTON_INPUTS = frozenset(("submit", "button", "reset"))
MAX_DEPTH = 2000
CHARREF_RE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]{0,31};?)")
ATTR_RE = re.compile(
    r"""(?P<name>[^\s/>"'=]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<uq>[^\s>"'`=<]+)))?"""
)
TAG_NAME_RE = re.compile(r"<[^\s/>]+")
COLLAPSE_RE = re.compile(r"[ \t\n\r\f]{2,}")


def read(path: str, data: bytes) -> Document:
    source, encoding = decode_html(data, path)
    doc = Document(path=path, source=source, segments=[], encoding=encoding, format=FORMAT)
    segments, comments, notes = extract(source)
    doc.segments = segments
    doc.notes.extend(notes)
    doc.directives = directives_from_comments(doc, comments)
    return doc


def decode_html(data: bytes, path: str) -> tuple[str, str]:
    """Valid UTF-8 wins (pages often declare a charset they no longer use); then a declared
    `<meta charset>` that decodes the file; then detection."""
    match = re.search(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    if match and b"\0" not in data[:8192] and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = match.group(1).decode("ascii").lower()
        name = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(name, name)
        for candidate in ("utf-8", name):
            try:
                return data.decode(candidate), candidate
            except (LookupError, UnicodeDecodeError):
                continue
    return decode(data, path)


def directives_from_comments(doc: Document, comments: list[tuple[int, int, str]]):
    found = []
    for start, end, text in comments:
        line, column = doc.line_col(start)
        found.extend(parse_directives(text, line, column, doc.line_col(max(start, end - 1))[0]))
    return found


def extract(source: str, start: int = 0, end: int | None = None):
    """Segments, comments (start, end, text) and notes for the HTML in source[start:end]."""
    parser = _Extractor(source, start, len(source) if end is None else end)
    parser.run()
    segments = sorted(parser.builder.segments, key=lambda s: s.source_offset(0))
    return segments, parser.comments, parser.notes


def decode_span(source: str, start: int, end: int) -> tuple[str, list[int]]:
    """Entity-decoded source[start:end] and each decoded character's source offset."""
    chars: list[str] = []
    origins: list[int] = []
    pos = start
    for match in CHARREF_RE.finditer(source, start, end):
        chars.append(source[pos : match.start()])
        origins.extend(range(pos, match.start()))
        decoded = html.unescape(match.group())
        chars.append(decoded)
        if decoded == match.group():
            origins.extend(range(match.start(), match.end()))
        else:
            origins.extend([match.start()] * len(decoded))
        pos = match.end()
    chars.append(source[pos:end])
    origins.extend(range(pos, end))
    return "".join(chars), origins


class _Extractor(HTMLParser):
    def __init__(self, source: str, start: int, end: int):
        super().__init__(convert_charrefs=False)
        self.source, self.start, self.end = source, start, end
        self.line_starts = [start] + [start + m.end() for m in re.finditer("\n", source[start:end])]
        self.builder = _HtmlBuilder()
        self.comments: list[tuple[int, int, str]] = []
        self.notes: list[str] = []
        self.stack: list[str] = []
        self.open = Counter()
        self.skip = 0
        self.kind = "body"
        self.cursor = start

    def run(self) -> None:
        self.feed(self.source[self.start : self.end])
        self.close()
        self.builder.flush(self.kind)

    def _here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    # text ------------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        pos = self._here()
        if not self.source.startswith(data, pos):  # never expected; stay safe
            pos = self.source.find(data, self.cursor)
            if pos < 0:
                return
        self.cursor = pos + len(data)
        if not self.skip:
            self.builder.add(data, pos)

    def handle_entityref(self, name: str) -> None:
        self._charref()

    def handle_charref(self, name: str) -> None:
        self._charref()

    def _charref(self) -> None:
        pos = self._here()
        match = CHARREF_RE.match(self.source, pos, self.end)
        if match and not self.skip:
            text, origins = decode_span(self.source, pos, match.end())
            self.builder.add_mapped(text, origins, match.end())

    def handle_comment(self, data: str) -> None:
        pos = self._here()
        self.comments.append((pos, pos + len(data) + 7, data))

    # structure -------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        pos = self._here()
        raw = self.get_starttag_text() or ""
        if tag in BLOCKS:
            self.builder.flush(self.kind)
        if not self.skip:
            self._attributes(tag, dict(attrs), raw, pos)
            if tag == "br":
                self.builder.add_mapped("\n", [pos], pos + len(raw))
        if tag in VOID:
            return
        while tag in AUTOCLOSE and self.stack and self.stack[-1] == tag:
            self._pop()
        if len(self.stack) >= MAX_DEPTH:
            if not self.notes:
                self.notes.append(f"HTML nested deeper than {MAX_DEPTH} elements; deeper tags ignored")
            return
        self.stack.append(tag)
        self.open[tag] += 1
        self.skip += tag in SKIPPED
        if tag == "title":
            self.kind = "title"

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.builder.flush(self.kind)
        if not self.open[tag]:
            return
        while self.stack:
            if self._pop() == tag:
                break

    def _pop(self) -> str:
        tag = self.stack.pop()
        self.open[tag] -= 1
        self.skip -= tag in SKIPPED
        if tag in BLOCKS:
            self.builder.flush(self.kind)
        if tag == "title":
            self.kind = "body"
        return tag

    def _attributes(self, tag: str, attrs: dict, raw: str, pos: int) -> None:
        if tag == "input" and (attrs.get("type") or "").lower() == "hidden":
            return
        wanted = {name: name for name in ATTRIBUTES}
        if tag == "meta" and (attrs.get("name") or attrs.get("property") or "").lower() in META_NAMES:
            wanted["content"] = "meta"
        if tag == "input" and (attrs.get("type") or "").lower() in BUTTON_INPUTS:
            wanted["value"] = "value"
        name_end = TAG_NAME_RE.match(raw)
        for match in ATTR_RE.finditer(raw, name_end.end() if name_end else 0):
            kind = wanted.get(match.group("name").lower())
            group = next((g for g in ("dq", "sq", "uq") if match.group(g) is not None), None)
            if kind is None or group is None:
                continue
            start, end = pos + match.start(group), pos + match.end(group)
            text, origins = decode_span(self.source, start, end)
            builder = _HtmlBuilder()
            builder.add_mapped(text, origins, end)
            builder.flush(kind)
            self.builder.segments.extend(builder.segments)


class _HtmlBuilder(SegmentBuilder):
    """Drops bare URLs and collapses whitespace runs as a browser would."""

    def __init__(self) -> None:
        super().__init__(strip_urls=True)

    def prepare(self, text: str, origins: list[int]) -> tuple[str, list[int]]:
        spans = []
        for match in COLLAPSE_RE.finditer(text):
            keep = match.start() + max(match.group().find("\n"), 0)
            spans.extend(span for span in ((match.start(), keep), (keep + 1, match.end())) if span[0] < span[1])
        return delete_spans(text, origins, spans)
