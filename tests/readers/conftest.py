"""Fixture builders for the reader tests: every DOCX and PDF is made here, none is checked in."""

from __future__ import annotations

import io

import pytest


def _locate(doc, phrase: str, kind: str | None = None):
    """The (segment, index) holding `phrase`; checks that its origins point at it in the source."""
    for segment in doc.segments:
        index = segment.text.find(phrase)
        if index >= 0 and (kind is None or segment.kind == kind):
            at = "".join(doc.source[segment.source_offset(index + i)] for i in range(len(phrase)))
            assert at == phrase, (at, phrase)
            return segment, index
    raise AssertionError(f"{phrase!r} not in any segment: {[s.text for s in doc.segments]}")


@pytest.fixture
def locate():
    return _locate


@pytest.fixture
def line_col_of():
    """Where `phrase` (its n-th occurrence) starts in the source, as the reader should report it."""

    def find(doc, phrase: str, occurrence: int = 0) -> tuple[int, int]:
        offset = -1
        for _ in range(occurrence + 1):
            offset = doc.source.index(phrase, offset + 1)
        return doc.line_col(offset)

    return find


# --- PDF, written with pypdf itself (no extra dependency). Chinese text uses a Type0 font with a
# ToUnicode map and no embedded glyphs: enough for a text layer.
def make_pdf(pages: list[list[str]], password: str | None = None) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject, TextStringObject

    def name(value):
        return NameObject(value)

    writer = PdfWriter()
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        wide = sorted({char for line in lines for char in line if ord(char) > 127})
        fonts = DictionaryObject({name("/F1"): writer._add_object(DictionaryObject({
            name("/Type"): name("/Font"), name("/Subtype"): name("/Type1"), name("/BaseFont"): name("/Helvetica")}))})
        if wide:
            cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def "
                    "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                    f"{len(wide)} beginbfchar\n"
                    + "".join(f"<{i + 1:04X}> <{ord(c):04X}>\n" for i, c in enumerate(wide))
                    + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
            to_unicode = StreamObject()
            to_unicode.set_data(cmap.encode())
            descendant = DictionaryObject({
                name("/Type"): name("/Font"), name("/Subtype"): name("/CIDFontType2"), name("/BaseFont"): name("/SimSun"),
                name("/CIDSystemInfo"): DictionaryObject({name("/Registry"): TextStringObject("Adobe"),
                                                          name("/Ordering"): TextStringObject("Identity"),
                                                          name("/Supplement"): NumberObject(0)})})
            fonts[name("/F2")] = writer._add_object(DictionaryObject({
                name("/Type"): name("/Font"), name("/Subtype"): name("/Type0"), name("/BaseFont"): name("/SimSun"),
                name("/Encoding"): name("/Identity-H"), name("/ToUnicode"): writer._add_object(to_unicode),
                name("/DescendantFonts"): ArrayObject([writer._add_object(descendant)])}))
        page[name("/Resources")] = DictionaryObject({name("/Font"): fonts})
        ops = ["BT", "72 720 Td", "14 TL"]
        for line in lines:
            if any(ord(char) > 127 for char in line):
                ops.append("/F2 12 Tf <" + "".join(f"{wide.index(c) + 1:04X}" for c in line) + "> Tj T*")
            else:
                ops.append(f"/F1 12 Tf ({line}) Tj T*")
        ops.append("ET")
        content = StreamObject()
        content.set_data("\n".join(ops).encode())
        page[name("/Contents")] = writer._add_object(content)
    if password is not None:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def pdf_bytes():
    return make_pdf
