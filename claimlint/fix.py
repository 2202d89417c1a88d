"""`--fix` and `--diff`: apply the rules' safe rewrites to the files they came from.

Only formats whose source *is* the file's text (plain text, Markdown, HTML) are rewritten. A fix
replaces the matched words with the rule's first suggestion. Writes are atomic (a temporary file in
the same folder, then `os.replace`), keep the encoding, BOM, newline style and file mode, and are
refused when the file changed since it was read. Symbolic links are followed (the target is
rewritten, the link kept); a hard-linked file gets a new inode, so its other names keep the old text.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass

from claimlint.findings import Finding

FIXABLE_FORMATS = ("text", "markdown", "html")


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str


@dataclass
class FixResult:
    path: str
    applied: int
    written: bool
    message: str = ""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def edits_for(findings: list[Finding]) -> list[Edit]:
    """One edit per fixable finding; overlapping ones after the first are left for a later run."""
    edits: list[Edit] = []
    for finding in sorted(findings, key=lambda f: (f.start_offset, -f.end_offset)):
        if not (finding.fixable and finding.suggestions and finding.start_offset >= 0):
            continue
        if edits and finding.start_offset < edits[-1].end:
            continue
        edits.append(Edit(finding.start_offset, finding.end_offset, finding.suggestions[0]))
    return edits


def apply_edits(source: str, edits: list[Edit]) -> str:
    parts = []
    position = 0
    for edit in edits:
        parts.append(source[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(source[position:])
    return "".join(parts)


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                             fromfile=f"a/{path}", tofile=f"b/{path}")
    )


def encode_like(text: str, original: bytes, encoding: str) -> bytes:
    """Encode with the original's codec and byte-order mark."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if original.startswith(bom):
            return bom + text.encode(codec)
    if encoding.lower().replace("_", "-") in ("utf-16", "utf-16-le", "utf-16le"):
        return text.encode("utf-16-le")
    return text.encode(encoding)


def write_atomically(path: str, expected_digest: str, text: str, encoding: str) -> FixResult | None:
    """Replace the file's content, or return why not. Never leaves a half-written file: the new
    content goes to a temporary `.claimlint-*` file in the same folder, is flushed to disk, and
    then atomically renamed over the file. A symbolic link is followed, so the link stays a link
    and its target is fixed. (A process killed between creating and renaming the temporary file
    can leave that temporary file behind; the user's file is then untouched.)"""
    path = os.path.realpath(path)
    try:
        with open(path, "rb") as handle:
            current = handle.read()
    except OSError as error:
        return FixResult(path, 0, False, f"not fixed: cannot re-read the file ({error.strerror})")
    if digest(current) != expected_digest:
        return FixResult(path, 0, False, "not fixed: the file changed since it was read")
    try:
        data = encode_like(text, current, encoding)
    except UnicodeEncodeError:
        return FixResult(path, 0, False, f"not fixed: the suggestion cannot be written in {encoding}")
    mode = stat.S_IMODE(os.stat(path).st_mode)
    folder = os.path.dirname(os.path.abspath(path))
    descriptor, temporary = tempfile.mkstemp(prefix=".claimlint-", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return None
