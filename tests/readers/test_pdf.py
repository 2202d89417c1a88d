import pytest

from claimlint.readers import pdf
from claimlint.readers.base import ReaderError

PAGES = [["Our car drives itself", "on every road."], ["Second page", "本车支持自动驾驶", "脱手也安全"]]


@pytest.fixture
def doc(pdf_bytes):
    return pdf.read("brochure.pdf", pdf_bytes(PAGES))


@pytest.mark.parametrize(
    "phrase, label",
    [("drives itself", "page 1, line 1"), ("自动驾驶", "page 2, line 2"), ("脱手", "page 2, line 3")],
)
def test_text_layer_is_located(doc, locate, line_col_of, phrase, label):
    segment, index = locate(doc, phrase)
    line, column = doc.line_col(segment.source_offset(index))
    assert (line, column) == line_col_of(doc, phrase)
    assert doc.line_labels[line] == label


def test_one_pdf_line_per_source_line(doc):
    assert doc.source.splitlines() == [line for page in PAGES for line in page]
    assert doc.segments[0].text == "Our car drives itself\non every road."  # a page holds sentences across lines


def test_scanned_pdf_is_a_note_not_an_error(pdf_bytes):
    doc = pdf.read("scan.pdf", pdf_bytes([[], []]))
    assert doc.segments == []
    assert doc.notes == ["no text layer: scanned PDF? run OCR first"]


def test_empty_password_is_tried(pdf_bytes):
    doc = pdf.read("x.pdf", pdf_bytes([["open drives itself"]], password=""))
    assert doc.segments[0].text == "open drives itself"


def test_encrypted_pdf(pdf_bytes):
    with pytest.raises(ReaderError, match="encrypted PDF"):
        pdf.read("x.pdf", pdf_bytes([["secret"]], password="secret"))


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7\n garbage \x00\xff", b"not a pdf at all"])
def test_broken_pdf(data):
    with pytest.raises(ReaderError, match="PDF"):
        pdf.read("x.pdf", data)


def test_truncated_pdf(pdf_bytes):
    data = pdf_bytes(PAGES)
    with pytest.raises(ReaderError, match="damaged or invalid PDF"):
        pdf.read("x.pdf", data[: len(data) // 3])


def test_page_cap_is_noted(pdf_bytes, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGES", 1)
    doc = pdf.read("x.pdf", pdf_bytes(PAGES))
    assert "本车" not in doc.source
    assert doc.notes == ["only the first 1 of 2 pages were read"]


def test_words_hyphenated_at_line_ends_are_found(pdf_bytes, tmp_path):
    """Justified brochure text breaks words at line ends; the claim inside them is still found,
    located on the line where the word starts."""
    import claimlint

    path = tmp_path / "brochure.pdf"
    path.write_bytes(pdf_bytes([["The new Halden is fully auto-", "nomous on the motorway, with full self-",
                                 "driving in town."]]))
    findings = [f for f in claimlint.lint_file(str(path)) if f.category == "autonomy"]
    assert [(f.line, f.column, f.text) for f in findings] == [
        (1, 19, "fully auto-\nnomous"), (2, 30, "full self-\ndriving")]
