import pytest

from claimlint.readers import READERS, docx, html, markdown, pdf, reader_for, text


@pytest.mark.parametrize(
    "path, module",
    [
        ("a.md", markdown), ("a.MARKDOWN", markdown), ("a.mdx", markdown),
        ("a.html", html), ("a.htm", html), ("a.xhtml", html),
        ("a.docx", docx), ("a.pdf", pdf), ("a.txt", text),
        ("notes.rst", text), ("Makefile", text), ("dir.d/file", text),
    ],
)
def test_reader_for(path, module):
    assert reader_for(path) == (module.FORMAT, module.read)


def test_every_module_declares_lowercase_extensions():
    for module in (text, markdown, html, docx, pdf):
        assert module.EXTENSIONS and all(ext == ext.lower() and ext.startswith(".") for ext in module.EXTENSIONS)
        assert all(READERS[ext] is module.read for ext in module.EXTENSIONS)
