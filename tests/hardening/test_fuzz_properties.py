"""Properties under random input: offset maps, sentences, readers, the ruleset loader and --fix.

Bounded example counts keep the module well under a minute; `HYPOTHESIS_PROFILE=fuzz` (see the
bottom) runs the same properties much longer, for a local fuzzing session.
"""

from __future__ import annotations

import io
import os
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimlint
from claimlint import fix, runner
from claimlint.config import Config
from claimlint.normalize import _LEET_TABLE, _LOOKALIKE_TABLE, _WIDTH_TABLE, _opencc, normalize
from claimlint.readers import docx, html, markdown, pdf, text
from claimlint.readers.base import Document, ReaderError
from claimlint.rules import loader
from claimlint.rules.loader import RulesetError
from claimlint.sentences import split_sentences

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u00b7\u2022\u2027\u30fb"

MINI = str(Path(__file__).parents[1] / "data" / "mini-ruleset.yaml")
CONFIG = Config(rulesets=(MINI,))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

settings.register_profile("fuzz", max_examples=20_000, deadline=None,
                          suppress_health_check=list(HealthCheck))
if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz":
    settings.load_profile("fuzz")
    FAST = settings(max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))

# Claims and the noise that hostile copy hides them in.
TERMS = ["自动驾驶", "自 动 驾 驶", "自動駕駛", "self-driving", "S.E.L.F-driving", "ＳＥＬＦ－ＤＲＩＶＩＮＧ",
         "drives itself", "无需接管", "L2.5", "准L3", "self\u200b-driving"]
NOISE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u0301", "\u0302", "\u20d0", "\u00ad", "\r", "\r\n", "\n",
         "\n\n", " ", "\t", "。", ".", ". ", "!", "?", "？", "…", ";", "“", "”", "\"", "'", "ß", "İ", "ﬁ", "Σ",
         "①", "Ａ", "ｂ", "．", "車", "的", "不", "not ", "a", "Z", "0", "\x00", "\x0b", "\u2028", "\U0001f600"]
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
PIECE = st.sampled_from(TERMS + NOISE) | st.text(ANY_CHAR, max_size=3)
COPY = st.lists(PIECE, max_size=30).map("".join)


# --- normalizer offset map ---------------------------------------------------------------------

@FAST
@given(COPY)
def test_offset_map_is_total_monotonic_and_in_range(copy):
    """Beyond tests/test_normalize.py's alphabet: any Unicode, CRs, emoji, final sigma, NUL."""
    normalized = normalize(copy)
    origin = list(normalized.origin) if normalized.origin is not None else list(range(len(normalized.text)))
    assert len(origin) == len(normalized.text)
    assert origin == sorted(origin)
    assert all(0 <= o < len(copy) for o in origin)
    for index, char in enumerate(normalized.text):
        source = copy[origin[index]]
        # the source character folds to this one (lower() of a whole word may pick final sigma);
        # the width table runs first (curly single quotes become apostrophes)
        folded = unicodedata.normalize("NFKC", source.translate(_WIDTH_TABLE)).lower()
        folded += _opencc().convert(folded)  # Traditional → Simplified, also of NFKC's results (⿑ → 齊 → 齐)
        # one-to-one unmasking of Latin words: dashes between letters, look-alike and leet letters
        dash = "-" if any(c in _DASHES for c in folded) else ""
        folded += folded.translate(_LEET_TABLE) + folded.translate(_LOOKALIKE_TABLE) + dash
        folded += "\n" if source == "\r" else ""  # a lone carriage return ends a line
        assert char in folded or char.lower() in folded or char in source.lower() or char in ("σ", "ς") \
            or unicodedata.category(source) in ("Lo",), (copy, index, char, source)
    if normalized.text:
        first, last = normalized.input_span(0, len(normalized.text))
        assert 0 <= first < last <= len(copy)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(COPY, st.sampled_from(TERMS), COPY)
def test_every_finding_maps_back_to_the_exact_original_span(before, term, after):
    copy = f"{before}{term}{after}"
    document = text.from_text("x.txt", copy)
    for finding in claimlint.api.lint_document(document, CONFIG):
        assert 0 <= finding.start_offset < finding.end_offset <= len(copy)
        assert finding.text == copy[finding.start_offset : finding.end_offset]
        assert (finding.line, finding.column) == document.line_col(finding.start_offset)
        assert (finding.end_line, finding.end_column) == document.line_col(finding.end_offset)
        assert finding.text.strip() == finding.text  # a match never starts or ends on whitespace


# --- sentence splitter -------------------------------------------------------------------------

UNSPLITTABLE = ["自动驾驶", "self-driving", "drives itself", "无需接管", "l2.5", "准l3", "hands-off"]


@FAST
@given(COPY, st.sampled_from(UNSPLITTABLE), COPY)
def test_sentences_are_ordered_disjoint_trimmed_and_never_split_a_term(before, term, after):
    normalized = normalize(f"{before} {term} {after}").text
    sentences = split_sentences(normalized)
    previous_end = 0
    for sentence in sentences:
        assert previous_end <= sentence.start < sentence.end <= len(normalized)
        assert not normalized[sentence.start].isspace() and not normalized[sentence.end - 1].isspace()
        assert sentence.lang in ("en", "zh")
        previous_end = sentence.end
    position = normalized.find(term)
    while position != -1:
        end = position + len(term)
        assert any(s.start <= position and end <= s.end for s in sentences), (normalized, term, sentences)
        position = normalized.find(term, position + 1)


# --- readers: bytes in, a Document or a ReaderError out -------------------------------------------

def check_document(document: Document) -> None:
    assert isinstance(document, Document)
    size = len(document.source)
    for segment in document.segments:
        offsets = [segment.source_offset(i) for i in range(len(segment.text) + 1)]
        assert all(0 <= o <= size for o in offsets), segment
        if segment.kind != "front-matter":  # YAML escapes and folding are decoded like entities
            assert offsets == sorted(offsets), segment
    for offset in (0, size // 2, size):
        line, column = document.line_col(offset)
        assert line >= 1 and column >= 1
    for directive in document.directives:
        assert directive.line >= 1 and directive.column >= 1


def read_or_refuse(module, data: bytes, name: str) -> None:
    try:
        document = module.read(name, data)
    except ReaderError as error:
        assert str(error) and error.line >= 1 and error.column >= 1
        return
    check_document(document)


MARKUP = ["<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>", "&", "&#", ";", "&amp;", "&#x10FFFF;", "&#0;",
          "&#99999999999;", "<p>", "</p>", "<br>", "<script>", "</script>", "<?xml ", "?>", "<!DOCTYPE x [",
          "<!ENTITY a 'b'>", "]>", "&a;", "---\n", "title: ", "\"", "'", "`", "```", "**", "_", "[", "](", ")",
          "|", "|-|\n", "\\", "> ", "- ", "1. ", "#", "<meta charset=gbk>", "<meta charset=bogus>"]
BYTES = st.one_of(
    st.binary(max_size=300),
    st.lists(st.sampled_from(MARKUP + TERMS + NOISE) | st.text(ANY_CHAR, max_size=3), max_size=40)
    .map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
    st.builds(lambda b, t: b + t.encode("utf-16-le"), st.sampled_from([b"", b"\xff\xfe", b"\xef\xbb\xbf"]),
              st.text(ANY_CHAR, max_size=30)),
)


@FAST
@given(BYTES)
def test_text_reader_never_raises_anything_else(data):
    read_or_refuse(text, data, "x.txt")


@FAST
@given(BYTES)
def test_markdown_reader_never_raises_anything_else(data):
    read_or_refuse(markdown, data, "x.md")


@FAST
@given(BYTES)
def test_html_reader_never_raises_anything_else(data):
    read_or_refuse(html, data, "x.html")


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_BITS = ["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>",
            "<w:tc>", "</w:tc>", "<w:br/>", "<w:tab/>", "<w:txbxContent>", "</w:txbxContent>", "<w:sdt>",
            "</w:sdt>", "<w:sdtContent>", "</w:sdtContent>", "&amp;", "&#13;", "\r", "<w:sectPr>", "</w:sectPr>",
            "<w:headerReference r:id='rId1'/>", "自动驾驶", "drives itself", "<", "&"]
DOCX_XML = st.lists(st.sampled_from(XML_BITS) | st.text(ANY_CHAR, max_size=2), max_size=30).map(
    lambda parts: (f'<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships"><w:body>{"".join(parts)}</w:body></w:document>').encode("utf-8", "surrogatepass"))
DOCX = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda body, notes: _zip({"word/document.xml": body, "word/footnotes.xml": notes}), DOCX_XML,
              st.binary(max_size=50)),
    st.builds(lambda body, cut: _zip({"word/document.xml": body})[:cut], DOCX_XML, st.integers(0, 400)),
)


@FAST
@given(DOCX)
def test_docx_reader_never_raises_anything_else(data):
    read_or_refuse(docx, data, "x.docx")


def _pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


PDF = _pdf()
PDFS = st.one_of(
    st.binary(max_size=300).map(lambda b: b"%PDF-1.7\n" + b),
    st.builds(lambda at, junk: PDF[:at] + junk + PDF[at + len(junk):], st.integers(0, len(PDF)),
              st.binary(min_size=1, max_size=8)),
    st.builds(lambda number: PDF.replace(b"/Count 1", b"/Count " + str(number).encode()),
              st.integers(-5, 10**12)),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PDFS)
def test_pdf_reader_never_raises_anything_else(data):
    read_or_refuse(pdf, data, "x.pdf")


# --- ruleset loader ------------------------------------------------------------------------------

RULESET_LINES = ["id: fuzz\n", "rules:\n", "  - id: r1\n", "    category: autonomy\n", "    severity: error\n",
                 "    languages: [en, zh]\n", "    message: m\n", "    patterns:\n", "      - phrase: self-driving\n",
                 "      - regex: 'l2\\.\\d'\n", "      - regex: '(a|aa)+$'\n", "      - regex: '['\n",
                 "      - tokens: [{LOWER: self}]\n", "      - tokens: [{LEMMA: {IN: [drive]}}, {OP: '+'}]\n",
                 "    fix: safe\n", "    unknown: 1\n", "    examples: {flag: [self-driving], pass: [x]}\n",
                 "&a [x, *a]\n", "*b\n", "!!python/object:os.system\n", "? [a]\n", ": b\n", "- \n", "  ", "\t",
                 "{", "}", "[", "]", "'", "\"", "#", "%YAML 1.1\n", "---\n", "...\n", "<<: *a\n", "\ufeff", "\x00",
                 "    max_level: 2\n", "    max_level: -1e999\n", "    languages: []\n", "    patterns: []\n"]
RULESET_TEXT = st.lists(st.sampled_from(RULESET_LINES) | st.text(ANY_CHAR, max_size=4), max_size=30).map("".join)


@pytest.fixture(scope="module")
def ruleset_folder():
    previous = os.environ.get("CLAIMLINT_NO_CACHE")
    os.environ["CLAIMLINT_NO_CACHE"] = "1"
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)
    if previous is None:
        del os.environ["CLAIMLINT_NO_CACHE"]
    else:
        os.environ["CLAIMLINT_NO_CACHE"] = previous


@settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
@given(RULESET_TEXT)
def test_loader_returns_a_ruleset_or_a_located_error(ruleset_folder, source):
    path = ruleset_folder / "fuzz.yaml"
    path.write_bytes(source.encode("utf-8", "surrogatepass"))
    loader.load_path.cache_clear()
    try:
        ruleset = loader.load_path(str(path))
    except RulesetError as error:
        assert error.line >= 1 and error.column >= 1, error
        assert str(error).startswith(f"{path}:{error.line}:{error.column}: ")
        return
    assert ruleset.id and ruleset.rules is not None


# --- --fix ---------------------------------------------------------------------------------------

SAFE = st.lists(st.sampled_from(["我们的车", "很好", "。", "，", "\n", "\r\n", "\n\n", " ", "The car ", "is fast. ",
                                 "价格不贵", "x", "«", "é"]), max_size=8).map("".join)
FIXABLE = st.sampled_from(["自动驾驶", "self-driving", "自 动 驾 驶", "自動駕駛", "无人驾驶", "autonomous"])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"])


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(SAFE, FIXABLE), min_size=1, max_size=4), SAFE, ENCODINGS)
def test_fix_removes_the_finding_and_changes_nothing_else(tmp_path_factory, parts, tail, encoding):
    copy = "".join(safe + claim for safe, claim in parts) + tail
    path = tmp_path_factory.mktemp("fix") / "copy.txt"
    path.write_bytes(copy.encode(encoding))
    result = runner.lint_file(str(path), CONFIG)
    fixable = [f for f in result.findings if f.fixable]
    edits = fix.edits_for(result.findings)
    if not edits:
        return
    before = path.read_bytes()
    refused = fix.write_atomically(str(path), result.digest, fix.apply_edits(result.source, edits), result.encoding)
    if refused is not None:  # e.g. a short GB18030 file read as Big5: the suggestion has no Big5 form
        assert "cannot be written" in refused.message and path.read_bytes() == before
        return
    data = path.read_bytes()
    after, _ = _decode(data, encoding)
    # nothing outside the fixed spans changed, byte for byte in the original encoding
    position, cursor, replaced = 0, 0, []
    for edit in edits:
        kept = result.source[position : edit.start]
        assert after[cursor : cursor + len(kept)] == kept
        cursor += len(kept)
        assert after[cursor : cursor + len(edit.replacement)] == edit.replacement
        replaced.append((cursor, cursor + len(edit.replacement)))
        cursor += len(edit.replacement)
        position = edit.end
    assert after[cursor:] == result.source[position:]
    assert data.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
    # re-linting finds nothing for the fixed rules at the fixed places. (Not "nothing for the fixed
    # rules at all": a Chinese suggestion can turn an English sentence Chinese, and then an
    # unfixed "self-drivingé" next to it matches under jieba's tokenization: noted in docs/robustness.md.)
    again = runner.lint_file(str(path), CONFIG)
    fixed_rules = {f.rule_id for f in fixable}
    for finding in again.findings:
        if finding.rule_id in fixed_rules:
            assert not any(finding.start_offset < end and start < finding.end_offset for start, end in replaced), \
                (copy, finding)
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".claimlint-")]


def _decode(data: bytes, encoding: str) -> tuple[str, str]:
    from claimlint.readers.decode import decode

    return decode(data)
