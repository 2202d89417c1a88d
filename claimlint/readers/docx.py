"""Word (.docx): body, tables, text boxes, headers, footers, notes and comments.

The source is a plain rendering, one paragraph per line, and `line_labels` says where each line
lives in Word ("table 1, row 2, cell 3"), since a .docx has no line numbers a reviewer can use.
The package is read with zipfile + lxml, not python-docx: python-docx skips text boxes, notes
and comments, and a hostile file must fail with a message, so sizes are checked before
anything is decompressed and XML is parsed without DTDs, entities or network.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib

from claimlint.readers.base import Document, ReaderError, Segment

FORMAT = "docx"
EXTENSIONS = (".docx", ".docm", ".dotx")
MAX_TOTAL = 200 * 1024 * 1024  # uncompressed bytes of the whole package
MAX_MEMBERS = 10_000
MAX_TABLE_DEPTH = 16

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
P, TBL, TR, TC, T = (f"{{{W}}}{name}" for name in ("p", "tbl", "tr", "tc", "t"))
TXBX, FALLBACK = f"{{{W}}}txbxContent", f"{{{MC}}}Fallback"
SKIP = {f"{{{W}}}{name}" for name in ("delText", "instrText", "pPr", "rPr", "sectPr")}
CHARS = {f"{{{W}}}tab": "\t", f"{{{W}}}br": "\n", f"{{{W}}}cr": "\n", f"{{{W}}}noBreakHyphen": "-"}
WRAPPERS = {f"{{{W}}}{name}" for name in ("sdt", "sdtContent", "customXml", "ins", "moveTo")}


def read(path: str, data: bytes) -> Document:
    package = _open(data)
    lines: list[tuple[str, str, str]] = []  # (text, label, segment kind)
    document = _xml(package, "word/document.xml", required=True)
    body = document.find(f"{{{W}}}body")
    boxes: list = []
    if body is not None:
        _body(body, lines, boxes)
    for box in boxes:
        _paragraphs(box, "text box", "text box", lines)
    for part, label in _header_footer_parts(package, document):
        kind = "header" if "header" in label else "footer"
        _paragraphs(_xml(package, part), label, kind, lines)
    for part, kind in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
        root = _xml(package, part)
        for note in root.iterchildren(f"{{{W}}}{kind}") if root is not None else ():
            if note.get(f"{{{W}}}type") in (None, "normal"):
                _paragraphs(note, f"{kind} {note.get(f'{{{W}}}id')}", kind, lines)
    comments = _xml(package, "word/comments.xml")
    for number, comment in enumerate(comments.iterchildren(f"{{{W}}}comment") if comments is not None else (), 1):
        author = comment.get(f"{{{W}}}author")
        label = f"comment {number}" + (f" by {author}" if author else "")
        _paragraphs(comment, label, "comment", lines)
    return _document(path, lines)


def _open(data: bytes) -> zipfile.ZipFile:
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: a legacy .doc, or Word's password protection
        raise ReaderError("not a .docx: a legacy .doc or a password-protected file; save it as a plain .docx")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, NotImplementedError, EOFError) as error:
        raise ReaderError(f"not a valid .docx file (damaged or not a zip archive): {error}") from error
    if len(members) > MAX_MEMBERS:
        raise ReaderError(f"refused: .docx holds {len(members)} parts (limit {MAX_MEMBERS})")
    total = sum(member.file_size for member in members)
    if total > MAX_TOTAL:
        raise ReaderError(
            f"refused: .docx would expand to {total // 2**20} MB (limit {MAX_TOTAL // 2**20} MB); "
            "possibly a zip bomb"
        )
    return package


def _xml(package: zipfile.ZipFile, name: str, required: bool = False):
    try:
        info = package.getinfo(name)
    except KeyError:
        if required:
            raise ReaderError(f"not a Word document: {name} is missing") from None
        return None
    try:
        with package.open(info) as handle:
            data = handle.read(MAX_TOTAL + 1)  # the header's size may lie; never read past the cap
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as error:
        raise ReaderError(f"damaged .docx: cannot read {name}: {error}") from error
    if len(data) > MAX_TOTAL:
        raise ReaderError(f"refused: {name} expands beyond {MAX_TOTAL // 2**20} MB; possibly a zip bomb")
    from lxml import etree  # imported here: a pre-commit run over Markdown never pays for it

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ReaderError(f"damaged .docx: {name} is not well-formed XML: {error}") from error


def _body(body, lines: list, boxes: list) -> None:
    paragraph = table = 0
    for child in _blocks(body, (P, TBL)):
        if child.tag == P:
            text = _text(child, boxes)
            if text.strip():
                paragraph += 1
                lines.append((text, f"paragraph {paragraph}", "body"))
        elif child.tag == TBL:
            table += 1
            _table(child, f"table {table}", lines, boxes, 0)


def _table(table, label: str, lines: list, boxes: list, depth: int) -> None:
    for row_number, row in enumerate(_blocks(table, (TR,)), 1):
        for cell_number, cell in enumerate(_blocks(row, (TC,)), 1):
            where = f"{label}, row {row_number}, cell {cell_number}"
            nested = 0
            for child in _blocks(cell, (P, TBL)):
                if child.tag == P:
                    text = _text(child, boxes)
                    if text.strip():
                        lines.append((text, where, "table"))
                elif child.tag == TBL and depth < MAX_TABLE_DEPTH:
                    nested += 1
                    _table(child, f"{where}, table {nested}", lines, boxes, depth + 1)


def _blocks(parent, wanted: tuple[str, ...]):
    """Children with a wanted tag, looking through content controls and custom XML wrappers."""
    stack = list(reversed(parent))
    while stack:
        node = stack.pop()
        if node.tag in wanted:
            yield node
        elif node.tag in WRAPPERS:
            stack.extend(reversed(node))


def _paragraphs(root, label: str, kind: str, lines: list) -> None:
    """Every paragraph under root (header, note, comment, text box), tables included."""
    if root is None:
        return
    boxes: list = []
    for paragraph in root.iter(P):
        if _inside(paragraph, root):
            text = _text(paragraph, boxes)
            if text.strip():
                lines.append((text, label, kind))
    for box in boxes:
        _paragraphs(box, "text box", "text box", lines)


def _inside(paragraph, root) -> bool:
    """True unless the paragraph sits in a nested text box or fallback copy (handled apart)."""
    node = paragraph.getparent()
    while node is not None and node is not root:
        if node.tag in (TXBX, FALLBACK, P):
            return False
        node = node.getparent()
    return True


def _text(paragraph, boxes: list) -> str:
    """A paragraph's visible text; text boxes in it are queued, fallback copies skipped."""
    parts: list[str] = []
    stack = list(reversed(paragraph))
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == T:
            parts.append(node.text or "")
        elif tag in CHARS:
            parts.append(CHARS[tag])
        elif tag == TXBX:
            boxes.append(node)
        elif tag not in SKIP and tag != FALLBACK and isinstance(tag, str):
            stack.extend(reversed(node))
    return "".join(parts).replace("\r", "")


def _header_footer_parts(package: zipfile.ZipFile, document) -> list[tuple[str, str]]:
    """(part name, label) for headers and footers, labelled by the section that uses them."""
    targets = {}
    rels = _xml(package, "word/_rels/document.xml.rels")
    for rel in rels.iterchildren(f"{{{REL}}}Relationship") if rels is not None else ():
        target = rel.get("Target") or ""
        targets[rel.get("Id")] = posixpath.normpath(posixpath.join("word", target.lstrip("/")))
    found: dict[str, str] = {}
    kinds = {"first": ", first page", "even": ", even pages"}
    for section, sect in enumerate(document.iter(f"{{{W}}}sectPr"), 1):
        for ref in sect:
            name = ref.tag.rsplit("}", 1)[-1] if isinstance(ref.tag, str) else ""
            if name in ("headerReference", "footerReference"):
                part = targets.get(ref.get(f"{{{R}}}id"))
                what = "header" if name == "headerReference" else "footer"
                extra = kinds.get(ref.get(f"{{{W}}}type"), "")
                if part and part not in found:
                    found[part] = f"{what} (section {section}{extra})"
    for name in sorted(package.namelist()):
        base = posixpath.basename(name)
        if name.startswith("word/") and base.startswith(("header", "footer")) and base.endswith(".xml"):
            found.setdefault(name, base[:6])
    return list(found.items())


def _document(path: str, lines: list[tuple[str, str, str]]) -> Document:
    source_parts, segments, labels = [], [], {}
    offset, line = 0, 1
    for text, label, kind in lines:
        segments.append(Segment(text, base=offset, kind=kind))
        for extra in range(text.count("\n") + 1):
            labels[line + extra] = label
        line += text.count("\n") + 1
        source_parts.append(text + "\n")
        offset += len(text) + 1
    document = Document(path=path, source="".join(source_parts), segments=segments,
                        encoding="utf-8", format=FORMAT, line_labels=labels)
    if not segments:
        document.notes.append("no text found in the document")
    return document
