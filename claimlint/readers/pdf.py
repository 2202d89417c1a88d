"""PDF: the text layer, page by page, with "page N, line M" as the location.

The source is the extracted text, one PDF text line per line, so line:column refer to it and
`line_labels` tells the reviewer where to look in the PDF. A scanned PDF has no text layer:
that is a note, not an error, so the run goes on and the user is told to OCR it first.
"""

from __future__ import annotations

import io
import logging
import re

from claimlint.readers.base import Document, ReaderError, Segment

FORMAT = "pdf"
EXTENSIONS = (".pdf",)
MAX_PAGES = 5000
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def read(path: str, data: bytes) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    if not logging.getLogger("pypdf").handlers:
        # pypdf logs every repair of a sloppy PDF; without a handler Python would print them all
        logging.getLogger("pypdf").addHandler(logging.NullHandler())
    # pypdf raises many exception types on malformed files (ValueError, KeyError, ...): any
    # failure to open is a damaged file for the user, never a traceback.
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            if not reader.decrypt(""):
                raise ReaderError("encrypted PDF: it needs a password; save an unprotected copy")
        pages = reader.pages
        count = len(pages)
    except ReaderError:
        raise
    except DependencyError as error:
        raise ReaderError(f"encrypted PDF: decrypting it needs an extra package ({error})") from error
    except Exception as error:  # noqa: BLE001 - see above
        raise ReaderError(f"damaged or invalid PDF: {error or type(error).__name__}") from error

    notes: list[str] = []
    if count > MAX_PAGES:
        notes.append(f"only the first {MAX_PAGES} of {count} pages were read")
    texts = []
    for number in range(min(count, MAX_PAGES)):
        try:
            text = pages[number].extract_text() or ""
        except Exception as error:  # noqa: BLE001 - one bad page must not lose the others
            notes.append(f"page {number + 1}: text could not be extracted ({type(error).__name__})")
            text = ""
        texts.append(text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n"))
    return _document(path, texts, notes)


def _document(path: str, texts: list[str], notes: list[str]) -> Document:
    parts, segments, labels = [], [], {}
    offset, line = 0, 1
    for page, text in enumerate(texts, 1):
        if not text.strip():
            continue
        for number in range(1, text.count("\n") + 2):
            labels[line] = f"page {page}, line {number}"
            line += 1
        start = 0
        for match in [*PARAGRAPH_BREAK.finditer(text), None]:
            end = match.start() if match else len(text)
            chunk = text[start:end]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                segments.append(Segment(chunk.strip(), base=offset + start + lead))
            start = match.end() if match else len(text)
        parts.append(text + "\n")
        offset += len(text) + 1
    if texts and not segments:
        notes.append("no text layer: scanned PDF? run OCR first")
    return Document(path=path, source="".join(parts), segments=segments, encoding="utf-8",
                    format=FORMAT, line_labels=labels, notes=notes)
