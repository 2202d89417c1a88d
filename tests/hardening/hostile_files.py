"""Hostile documents, made on the fly (none is checked in). Used by the tests and by `measure.py`.

Each maker writes one file into a folder and returns its path. `scale` shrinks the file for the
fast tests (scale=1 is the full size measured in docs/robustness.md).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

CLAIM = "The car drives itself. 本车支持自动驾驶。"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def deep_html(folder: Path, scale: float = 1.0) -> Path:
    """100,000 nested <div>s around a claim."""
    levels = int(100_000 * scale)
    path = folder / "deep.html"
    path.write_text("<html><body>" + "<div>" * levels + CLAIM + "</div>" * levels + "</body></html>",
                    encoding="utf-8")
    return path


def docx_zip_bomb(folder: Path, scale: float = 1.0) -> Path:
    """A .docx whose document.xml inflates to 1 GB (a 1 MB file): refused before decompression."""
    size = int(1024 * 1024 * 1024 * scale)
    path = folder / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        with package.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
            chunk = b" " * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return path


def docx_lying_sizes(folder: Path, scale: float = 1.0) -> Path:
    """A 300 MB zip bomb whose headers claim 1 KB: the inflating read must stop at the claim."""
    size = int(300 * 1024 * 1024 * scale)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        with package.open("word/document.xml", "w") as member:
            member.write(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
            chunk = b" " * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")
        claimed = package.getinfo("word/document.xml").file_size.to_bytes(4, "little")
    data = buffer.getvalue().replace(claimed, (1024).to_bytes(4, "little"))
    path = folder / "lying.docx"
    path.write_bytes(data)
    return path


def docx_deep_xml(folder: Path, scale: float = 1.0) -> Path:
    """A .docx whose document.xml nests 100,000 elements (an XML depth attack)."""
    levels = int(100_000 * scale)
    body = "<w:sdt><w:sdtContent>" * levels + f"<w:p><w:r><w:t>{CLAIM}</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * levels
    path = folder / "deep.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    return path


def docx_entities(folder: Path, scale: float = 1.0) -> Path:
    """A .docx with a billion-laughs DTD in document.xml: entities must not expand."""
    dtd = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]>"
    path = folder / "laughs.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("word/document.xml",
                         f'<?xml version="1.0"?>{dtd}<w:document xmlns:w="{W}"><w:body><w:p><w:r>'
                         f"<w:t>{CLAIM} &i;</w:t></w:r></w:p></w:body></w:document>")
    return path


def pdf_huge_page_count(folder: Path, scale: float = 1.0) -> Path:
    """A PDF whose page tree claims 100 million pages (and really has one)."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, NumberObject

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue().replace(b"/Count 1", b"/Count 100000000")
    path = folder / "count.pdf"
    path.write_bytes(data)
    del NameObject, NumberObject
    return path


def pdf_many_pages(folder: Path, scale: float = 1.0) -> Path:
    """A real PDF of 20,000 pages, each with a line of text (only the first MAX_PAGES are read)."""
    from pypdf import PdfWriter
    from pypdf.generic import ContentStream, DecodedStreamObject, DictionaryObject, NameObject

    pages = max(2, int(20_000 * scale))
    writer = PdfWriter()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    font_ref = writer._add_object(font)
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 72 720 Td (The car drives itself.) Tj ET")
    stream_ref = writer._add_object(stream)
    for _ in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})})
        page[NameObject("/Contents")] = stream_ref
    path = folder / "pages.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    del ContentStream
    return path


def zero_width_text(folder: Path, scale: float = 1.0) -> Path:
    """Millions of zero-width and combining characters, with obfuscated claims among them."""
    unit = "s\u200be\u200bl\u200bf\u0301-\u200bd\u200br\u200bi\u200bv\u200bi\u200bn\u200bg\u200b \u0301\u0302\u200b\u200c"
    repeats = int(300_000 * scale)  # ~8 million characters, ~20 MB of UTF-8
    path = folder / "zero-width.txt"
    path.write_text((unit * 20 + "\n") * (repeats // 20), encoding="utf-8")
    return path


def combining_run(folder: Path, scale: float = 1.0) -> Path:
    """One base letter carrying 5 million combining marks (Zalgo text), then a claim."""
    path = folder / "zalgo.md"
    path.write_text("a" + "\u0301" * int(5_000_000 * scale) + " " + CLAIM + "\n", encoding="utf-8")
    return path


def long_line(folder: Path, scale: float = 1.0, suffix: str = ".txt") -> Path:
    """One 50 MB line with no line break at all (claims every 10 KB)."""
    size = int(50 * 1024 * 1024 * scale)
    piece = ("x" * 10_000 + " " + CLAIM + " ")
    path = folder / f"long-line{suffix}"
    with open(path, "w", encoding="utf-8") as handle:
        written = 0
        while written < size:
            handle.write(piece)
            written += len(piece.encode("utf-8"))
    return path


def mixed_newlines(folder: Path, scale: float = 1.0) -> Path:
    """\\r, \\r\\n and \\n mixed, claims at known lines."""
    lines = int(20_000 * scale)
    ends = ["\r", "\r\n", "\n"]
    path = folder / "mixed.txt"
    path.write_bytes("".join(f"line {i} drives itself{ends[i % 3]}" for i in range(lines)).encode())
    return path


def nul_bytes(folder: Path, scale: float = 1.0) -> Path:
    """Text with NUL bytes in the first 8 KB: a binary file."""
    path = folder / "nul.txt"
    path.write_bytes((CLAIM.encode() + b"\0") * int(1_000_000 * scale))
    return path


def late_nul_bytes(folder: Path, scale: float = 1.0) -> Path:
    """Clean text for 16 KB, then NUL bytes: decoded as text, NULs kept as characters."""
    path = folder / "late-nul.txt"
    path.write_bytes(b"plain copy. " * 1400 + (CLAIM.encode() + b"\0\0") * int(10_000 * scale))
    return path


MAKERS = {
    "deep-html": deep_html,
    "docx-zip-bomb": docx_zip_bomb,
    "docx-lying-sizes": docx_lying_sizes,
    "docx-deep-xml": docx_deep_xml,
    "docx-entities": docx_entities,
    "pdf-page-count": pdf_huge_page_count,
    "pdf-many-pages": pdf_many_pages,
    "zero-width": zero_width_text,
    "combining-run": combining_run,
    "long-line-txt": long_line,
    "long-line-md": lambda folder, scale=1.0: long_line(folder, scale, ".md"),
    "long-line-html": lambda folder, scale=1.0: long_line(folder, scale, ".html"),
    "mixed-newlines": mixed_newlines,
    "nul-bytes": nul_bytes,
    "late-nul-bytes": late_nul_bytes,
}
