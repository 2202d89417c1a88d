import io
import zipfile

import docx as python_docx
import pytest

from claimlint.readers import docx
from claimlint.readers.base import ReaderError



def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """A copy of a zip with some members replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in replace:
                target.writestr(info, source.read(info.filename))
        for name, content in replace.items():
            target.writestr(name, content)
    return out.getvalue()

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TEXT_BOX = f"""<w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:t>Anchor text</w:t></w:r><w:r>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>
<w:txbxContent><w:p><w:r><w:t>Box: the car drives itself</w:t></w:r></w:p></w:txbxContent>
</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>
<w:txbxContent><w:p><w:r><w:t>Box: the car drives itself</w:t></w:r></w:p></w:txbxContent>
</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"""
FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8"?><w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>Footnote: 脱手驾驶</w:t></w:r></w:p></w:footnote></w:footnotes>"""
COMMENTS = f"""<?xml version="1.0" encoding="UTF-8"?><w:comments {W}>
<w:comment w:id="0" w:author="Alice"><w:p><w:r><w:t>Comment: hands-off is fine?</w:t></w:r></w:p></w:comment>
</w:comments>"""


def build() -> bytes:
    document = python_docx.Document()
    document.add_heading("The car drives itself", 1)
    document.add_paragraph("")
    paragraph = document.add_paragraph("本车支持")
    paragraph.add_run("自动").bold = True
    paragraph.add_run("驾驶")
    paragraph.add_run().add_break()
    paragraph.add_run("second line")
    table = document.add_table(rows=2, cols=3)
    table.cell(1, 2).text = "cell: 零接管"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Header: hands-off"
    section.footer.paragraphs[0].text = "Footer: 全场景"
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = package.read("word/document.xml").decode("utf-8")
    body = body.replace("<w:body>", "<w:body>" + TEXT_BOX.replace("\n", ""), 1)
    return rezip(data, {"word/document.xml": body.encode("utf-8"), "word/footnotes.xml": FOOTNOTES.encode(),
                        "word/comments.xml": COMMENTS.encode()})


@pytest.fixture(scope="module")
def doc():
    return docx.read("brochure.docx", build())


@pytest.mark.parametrize(
    "phrase, label, kind",
    [
        ("The car drives itself", "paragraph 2", "body"),
        ("本车支持自动驾驶", "paragraph 3", "body"),
        ("零接管", "table 1, row 2, cell 3", "table"),
        ("Header: hands-off", "header (section 1)", "header"),
        ("Footer: 全场景", "footer (section 1)", "footer"),
        ("Box: the car drives itself", "text box", "text box"),
        ("脱手驾驶", "footnote 1", "footnote"),
        ("Comment: hands-off", "comment 1 by Alice", "comment"),
    ],
)
def test_every_part_is_read_and_labelled(doc, locate, line_col_of, phrase, label, kind):
    segment, index = locate(doc, phrase, kind=kind)
    line, column = doc.line_col(segment.source_offset(index))
    assert (line, column) == line_col_of(doc, phrase)
    assert doc.line_labels[line] == label


def test_rendering_is_one_paragraph_per_line(doc):
    lines = doc.source.splitlines()
    assert lines[0] == "Anchor text"  # the text box is not glued into its anchor paragraph
    assert "本车支持自动驾驶" in lines and "second line" in lines  # a manual break starts a line
    assert doc.source.count("Box: the car drives itself") == 1  # the VML fallback copy is skipped
    assert doc.line_labels[lines.index("second line") + 1] == "paragraph 3"


def test_truncated_docx():
    with pytest.raises(ReaderError, match="not a valid .docx"):
        docx.read("x.docx", build()[:3000])


def test_not_a_zip():
    with pytest.raises(ReaderError, match="not a valid .docx"):
        docx.read("x.docx", b"PK\x03\x04 this is not really a zip")


def test_zip_without_document():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("hello.txt", "hi")
    with pytest.raises(ReaderError, match="word/document.xml is missing"):
        docx.read("x.docx", out.getvalue())


def test_zip_bomb_is_refused_before_decompression(monkeypatch):
    monkeypatch.setattr(docx, "MAX_TOTAL", 1024 * 1024)
    bomb = rezip(build(), {"word/document.xml": b"<" + b"\0" * (3 * 1024 * 1024)})
    assert len(bomb) < 100_000
    with pytest.raises(ReaderError, match="zip bomb"):
        docx.read("bomb.docx", bomb)


def test_lying_size_header_fails_cleanly():
    padded = FOOTNOTES.replace("</w:footnotes>", " " * 50_000 + "</w:footnotes>").encode()
    data = rezip(build(), {"word/footnotes.xml": padded})
    # the central directory claims 10 bytes; the reader must not trust it nor crash
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(b"word/footnotes.xml"))
    patched = bytearray(data)
    patched[central + 24:central + 28] = (10).to_bytes(4, "little")
    with pytest.raises(ReaderError, match="damaged .docx"):
        docx.read("x.docx", bytes(patched))


def test_broken_xml():
    with pytest.raises(ReaderError, match="not well-formed XML"):
        docx.read("x.docx", rezip(build(), {"word/document.xml": b"<w:document><w:body>"}))


def test_external_entities_are_not_expanded():
    hostile = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
               f'<w:document {W}><w:body><w:p><w:r><w:t>safe &x; text</w:t></w:r></w:p></w:body></w:document>')
    doc = docx.read("x.docx", rezip(build(), {"word/document.xml": hostile.encode()}))
    assert "root:" not in doc.source


def test_password_protected_word_file():
    with pytest.raises(ReaderError, match="password-protected"):
        docx.read("x.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
