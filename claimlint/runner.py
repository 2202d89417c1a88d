"""Lint many files: read each with its reader, lint it, and keep going when one fails.

A file that cannot be read becomes an `io-error` finding at the place the reader names; the run
goes on with the other files. With `jobs > 1` files are linted in worker processes; results are
sorted, so the output is identical for any number of jobs.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from claimlint import api, fix
from claimlint.config import Config
from claimlint.findings import META_CATEGORY, Finding
from claimlint.readers import reader_for
from claimlint.readers.base import Document, ReaderError
from claimlint.readers.text import from_text

MAX_FILE_BYTES = 256 * 1024 * 1024
IO_ERROR = "io-error"


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    source: str | None = None  # decoded text, kept only when there are findings
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None
    format: str | None = None
    digest: str | None = None  # of the bytes read, so --fix can refuse a file changed meanwhile


@dataclass
class RunResult:
    files: list[FileResult]

    @property
    def findings(self) -> list[Finding]:
        return sorted(f for result in self.files for f in result.findings)


def lint_file(path: str, config: Config) -> FileResult:
    """Read and lint one file; never raises for a bad file."""
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return FileResult(path, notes=[f"skipped: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB"])
        with open(path, "rb") as handle:
            data = handle.read()
        _, read = reader_for(path)
        document = read(path, data)
        checksum = fix.digest(data)
    except ReaderError as error:
        if str(error).startswith("binary file"):
            return FileResult(path, notes=["skipped: binary file"])
        return FileResult(path, [_io_error(path, str(error), error.line, error.column)])
    except OSError as error:
        return FileResult(path, [_io_error(path, f"cannot read file: {error.strerror or error}")])
    return _lint_document(document, config, checksum)


def lint_stdin(text: str, filename: str, config: Config) -> FileResult:
    if filename != "-":
        _, read = reader_for(filename)
        try:
            document = read(filename, text.encode("utf-8"))
        except ReaderError as error:
            return FileResult(filename, [_io_error(filename, str(error), error.line, error.column)])
    else:
        document = from_text("-", text)
    return _lint_document(document, config)


def _lint_document(document: Document, config: Config, checksum: str | None = None) -> FileResult:
    findings = api.lint_document(document, config)
    return FileResult(
        document.path,
        findings,
        source=document.source if findings else None,
        notes=list(document.notes),
        encoding=document.encoding,
        format=document.format,
        digest=checksum,
    )


def _io_error(path: str, message: str, line: int = 1, column: int = 1) -> Finding:
    return Finding(
        path=path, line=line, column=column, end_line=line, end_column=column + 1,
        rule_id=IO_ERROR, ruleset="claimlint", category=META_CATEGORY, severity="error",
        message=message, text="", rulesets=("claimlint",),
    )


def lint_paths(paths: list[str], config: Config, jobs: int = 1) -> RunResult:
    if jobs <= 1 or len(paths) < 2:
        return RunResult([lint_file(path, config) for path in paths])
    return RunResult(_parallel(paths, config, jobs))


def _parallel(paths: list[str], config: Config, jobs: int) -> list[FileResult]:
    """Chunks of files per worker; a crashed worker's files are reported, the rest still linted."""
    chunk = max(1, min(64, len(paths) // (jobs * 4) or 1))
    batches = [paths[i : i + chunk] for i in range(0, len(paths), chunk)]
    results: list[FileResult] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [(batch, pool.submit(_lint_batch, batch, config)) for batch in batches]
        for batch, future in futures:
            try:
                results.extend(future.result())
            except BrokenProcessPool:
                results.extend(FileResult(p, [_io_error(p, "worker process died while linting this file")]) for p in batch)
    return results


def _lint_batch(paths: list[str], config: Config) -> list[FileResult]:
    return [lint_file(path, config) for path in paths]
