"""Readers: bytes of one file → a Document of lintable segments. A plain registry by extension.

Each reader module exposes `FORMAT`, `EXTENSIONS` and `read(path, data)`. Unknown extensions are
read as plain text (the text reader refuses binary files), so `.rst` or `.csv` copy still lints.
"""

from __future__ import annotations

import os

from claimlint.readers import docx, html, markdown, pdf, text

MODULES = (text, markdown, html, docx, pdf)
READERS = {ext: module.read for module in MODULES for ext in module.EXTENSIONS}
FORMATS = {ext: module.FORMAT for module in MODULES for ext in module.EXTENSIONS}


def reader_for(path: str):
    """(format name, read function) for a path; unknown extensions are read as plain text."""
    extension = os.path.splitext(path)[1].lower()
    if extension in READERS:
        return FORMATS[extension], READERS[extension]
    return text.FORMAT, text.read
