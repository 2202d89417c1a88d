"""Lint a very large plain-text file in bounded memory, paragraph block by paragraph block.

Archives hold text dumps of hundreds of megabytes. Such a file is read in blocks, decoded
incrementally, cut at blank lines (else at a line or sentence end), and each block is linted as
its own document; findings are shifted back to the file's line and column numbers. Document-level
rules need the whole text and are not applied to streamed files (a note says so), and a
`disable` region does not reach past its block.
"""

from __future__ import annotations

import codecs
from dataclasses import replace
from typing import Iterator

from claimlint import api
from claimlint.config import Config
from claimlint.findings import Finding
from claimlint.readers.base import LINE_BREAK_RE, ReaderError
from claimlint.readers.decode import decode
from claimlint.readers.text import from_text

# Plain text above this size is linted block by block, which also bounds the cost of texts
# that expand in normalization (millions of zero-width characters).
STREAM_THRESHOLD = 4 * 1024 * 1024
READ_SIZE = 1024 * 1024
BLOCK_CHARS = 512 * 1024
HARD_LIMIT_CHARS = 4 * BLOCK_CHARS
SENTENCE_ENDS = "。！？.!?"
# Real copy, even an archive of bad copy, has far fewer claims than one per 200 characters; a
# block denser than that is machine-made or hostile, and the rest of the file is not linted.
MAX_DENSITY_CHARS = 200
MIN_DENSE_FINDINGS = 1000


def detect_encoding(head: bytes) -> str:
    """The encoding of a file from its first bytes (a multibyte character may be cut at the end)."""
    for cut in range(0, 4):
        try:
            return decode(head[: len(head) - cut] if cut else head)[1]
        except ReaderError:
            continue
    raise ReaderError("cannot detect the encoding of this large file; save it as UTF-8")


def blocks(handle, encoding: str) -> Iterator[str]:
    """Decoded text blocks, each ending at a paragraph, line or sentence end where possible."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    buffer = ""
    while True:
        raw = handle.read(READ_SIZE)
        try:
            buffer += decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as error:
            raise ReaderError(f"invalid {encoding} data near byte {handle.tell() - len(raw) + error.start}") from error
        while len(buffer) >= BLOCK_CHARS:
            cut = _cut_point(buffer)
            if cut is None:
                break
            yield buffer[:cut]
            buffer = buffer[cut:]
        if not raw:
            if buffer:
                yield buffer
            return


def _cut_point(buffer: str) -> int | None:
    """Where to end a block: after a blank line, else a line end (never between \r and \n),
    else a sentence end, else anywhere once the buffer is too long."""
    for separator in ("\n\n", "\r\n\r\n", "\n", "\r\n"):
        position = buffer.rfind(separator, 0, HARD_LIMIT_CHARS)
        if position > 0:
            return position + len(separator)
    if len(buffer) < HARD_LIMIT_CHARS:
        return None
    position = max(buffer.rfind(end, 0, HARD_LIMIT_CHARS) for end in SENTENCE_ENDS)
    return position + 1 if position > 0 else HARD_LIMIT_CHARS


def lint_large_text(path: str, config: Config) -> tuple[list[Finding], str, list[str]]:
    """Findings of a large text file, the encoding used, and notes."""
    findings: list[Finding] = []
    notes = ["large file linted in blocks: document-level rules not applied"]
    with open(path, "rb") as handle:
        encoding = detect_encoding(handle.read(65536))
        handle.seek(0)  # the incremental decoder consumes a byte-order mark itself
        line, column_shift = 0, 0
        for block in blocks(handle, encoding):
            document = from_text(path, block, encoding)
            block_findings = api.lint_document(document, config, whole_document=False)
            findings.extend(_shift(finding, line, column_shift) for finding in block_findings)
            breaks = list(LINE_BREAK_RE.finditer(block))
            newlines = len(breaks)
            last_line_length = len(block) - (breaks[-1].end() if breaks else 0)
            column_shift = last_line_length + (column_shift if newlines == 0 else 0)
            line += newlines
            if len(block_findings) > max(MIN_DENSE_FINDINGS, len(block) // MAX_DENSITY_CHARS):
                notes.append(f"stopped at line {line}: {len(block_findings)} findings in one block of "
                             f"{len(block)} characters; generated or hostile text?")
                break
    return findings, encoding, notes


def _shift(finding: Finding, lines: int, column_shift: int) -> Finding:
    """Move a block-relative finding to file coordinates (the block's first line may continue a line)."""
    column = finding.column + (column_shift if finding.line == 1 else 0)
    end_column = finding.end_column + (column_shift if finding.end_line == 1 else 0)
    return replace(
        finding,
        line=finding.line + lines,
        end_line=finding.end_line + lines,
        column=column,
        end_column=end_column,
        start_offset=-1,  # a streamed file is never rewritten by --fix
        end_offset=-1,
    )
