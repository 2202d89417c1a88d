"""Lint many files: read each with its reader, lint it, and keep going when one fails.

A file that cannot be read becomes an `io-error` finding at the place the reader names; the run
goes on with the other files. With `jobs > 1` files are linted in worker processes; results come
back in the order of the paths and findings are sorted, so the output is identical for any number
of jobs. A worker that dies (killed, out of memory, a crash in a C extension) costs only the file
it was linting: that file gets an `io-error` finding, every other file is linted in a fresh pool.
Warnings the engine raised while linting a file (a user regex that ran out of time) travel back
with the file's result, from worker processes too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimlint import api, fix, streaming
from claimlint.config import Config
from claimlint.findings import META_CATEGORY, Finding
from claimlint.readers import reader_for
from claimlint.readers.base import Document, ReaderError
from claimlint.readers.decode import SNIFF, decode
from claimlint.readers.text import from_text

if TYPE_CHECKING:  # worker pools are imported only when a run uses them (cold start)
    from concurrent.futures import ProcessPoolExecutor

MAX_FILE_BYTES = 256 * 1024 * 1024
# Markdown and HTML are parsed whole, with a source offset per character: ~60-100 bytes of memory
# per byte of markup in the worst case (docs/robustness.md). Plain text above 4 MB is streamed.
MAX_MARKUP_BYTES = 16 * 1024 * 1024
IO_ERROR = "io-error"
# Formats whose decoded bytes are their copy plus markup: a file that cannot match is not parsed.
QUICK_REJECT_FORMATS = ("markdown", "html")


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    source: str | None = None  # decoded text, kept only when there are findings
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None
    format: str | None = None
    digest: str | None = None  # of the bytes read, so --fix can refuse a file changed meanwhile
    warnings: list[str] = field(default_factory=list)  # the engine's, e.g. a regex that timed out


@dataclass
class RunResult:
    files: list[FileResult]

    @property
    def findings(self) -> list[Finding]:
        return sorted(f for result in self.files for f in result.findings)


def lint_file(path: str, config: Config) -> FileResult:
    """Read and lint one file; never raises for a bad file (nor for a bug a file triggers)."""
    try:
        return _lint_file(path, config)
    except Exception as error:  # noqa: BLE001 - one file must never end the run
        return FileResult(path, [_io_error(path, _internal(error))])


def _internal(error: BaseException) -> str:
    detail = str(error).splitlines()[0][:200] if str(error) else ""
    return f"internal error while linting this file ({type(error).__name__}{': ' + detail if detail else ''}); please report it"


def _lint_file(path: str, config: Config) -> FileResult:
    try:
        size = os.path.getsize(path)
        file_format, read = reader_for(path)
        if file_format == "text" and size > streaming.STREAM_THRESHOLD:
            if _is_binary(path):
                return FileResult(path, notes=["skipped: binary file"])
            return _lint_streamed(path, config)
        limit = MAX_MARKUP_BYTES if file_format in ("markdown", "html") else MAX_FILE_BYTES
        if size > limit:
            # an error, not a note: a file too big to lint must not pass a CI gate unseen
            return FileResult(path, [_io_error(path, f"not linted: {file_format} file larger than "
                                                     f"{limit // (1024 * 1024)} MB ({size // (1024 * 1024)} MB)")])
        with open(path, "rb") as handle:
            data = handle.read()
        checksum = fix.digest(data)
        if file_format in QUICK_REJECT_FORMATS:
            text, encoding = decode(data, path)
            if not api.build_engine(config).could_match(text):
                return FileResult(path, encoding=encoding, format=file_format, digest=checksum)
        document = read(path, data)
    except ReaderError as error:
        if str(error).startswith("binary file"):
            return FileResult(path, notes=["skipped: binary file"])
        return FileResult(path, [_io_error(path, str(error), error.line, error.column)])
    except OSError as error:
        return FileResult(path, [_io_error(path, f"cannot read file: {error.strerror or error}")])
    return _lint_document(document, config, checksum)


def _is_binary(path: str) -> bool:
    """What the whole-file decoder would say of a large file, from its head: NULs, not UTF-16/32."""
    with open(path, "rb") as handle:
        head = handle.read(SNIFF)
    try:
        decode(head[: len(head) // 4 * 4])
    except ReaderError as error:
        return str(error).startswith("binary file")
    return False


def _lint_streamed(path: str, config: Config) -> FileResult:
    with _engine_warnings(config) as warnings:
        findings, encoding, notes = streaming.lint_large_text(path, config)
    return FileResult(path, findings, notes=notes, encoding=encoding, format="text", warnings=warnings)


class _engine_warnings:
    """Collect the warnings the (cached, shared) engine adds while the block runs."""

    def __init__(self, config: Config) -> None:
        self.engine = api.build_engine(config)
        self.collected: list[str] = []

    def __enter__(self) -> list[str]:
        self.start = len(self.engine.warnings)
        return self.collected

    def __exit__(self, *exc) -> None:
        self.collected.extend(self.engine.warnings[self.start :])
        del self.engine.warnings[self.start :]  # a long run must not hoard them


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
    with _engine_warnings(config) as warnings:
        findings = api.lint_document(document, config)
    return FileResult(
        document.path,
        findings,
        source=document.source if findings else None,
        notes=list(document.notes),
        encoding=document.encoding,
        format=document.format,
        digest=checksum,
        warnings=warnings,
    )


def _io_error(path: str, message: str, line: int = 1, column: int = 1) -> Finding:
    return Finding(
        path=path, line=line, column=column, end_line=line, end_column=column + 1,
        rule_id=IO_ERROR, ruleset="claimlint", category=META_CATEGORY, severity="error",
        message=message, text="", rulesets=("claimlint",),
    )


# A run this large gets worker processes by default: each worker pays claimlint's start-up (about a
# second with spaCy and jieba), which a pre-commit run of a few files would only lose.
AUTO_JOBS_MIN_FILES = 64
AUTO_JOBS_MIN_BYTES = 4 * 1024 * 1024
AUTO_JOBS_MAX = 8  # each worker holds its own pipelines (about 120 MB)


def automatic_jobs(paths: list[str]) -> int:
    """Worker processes for a run without --jobs: one per core (at most AUTO_JOBS_MAX) for a large
    run, else one. Output is the same for any number of workers."""
    cores = min(os.cpu_count() or 1, AUTO_JOBS_MAX)
    if cores == 1 or len(paths) < AUTO_JOBS_MIN_FILES:
        return 1
    total = 0
    for path in paths:
        try:
            total += os.path.getsize(path)
        except OSError:
            continue
        if total >= AUTO_JOBS_MIN_BYTES:
            return cores
    return 1


def lint_paths(paths: list[str], config: Config, jobs: int = 1) -> RunResult:
    if jobs <= 1 or len(paths) < 2:
        return RunResult([lint_file(path, config) for path in paths])
    return RunResult(_parallel(paths, config, jobs))


WORKER_DIED = "worker process died while linting this file"


def _parallel(paths: list[str], config: Config, jobs: int) -> list[FileResult]:
    """Batches of files per worker. When a worker dies the pool is broken and every batch not yet
    returned fails with it; those batches go to a fresh pool. The batch that was being linted by
    the dead worker cannot be told from batches killed alongside it, so each unfinished batch is
    then linted file by file in a one-worker pool: there the first file not returned is the one the
    worker died on. It alone is reported (`io-error`); the files after it go on in a fresh pool."""
    chunk = max(1, min(64, len(paths) // (jobs * 4) or 1))
    batches = [paths[i : i + chunk] for i in range(0, len(paths), chunk)]
    results: dict[str, FileResult] = {}
    unfinished = _run_batches(batches, config, jobs, results)
    for batch in unfinished:
        _isolate(batch, config, results)
    return [results[path] for path in paths]


def _pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork where there is one: workers start without importing claimlint again
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _run_batches(batches: list[list[str]], config: Config, jobs: int, results: dict) -> list[list[str]]:
    """Lint batches in one pool; return the batches that did not come back because the pool broke."""
    from concurrent.futures.process import BrokenProcessPool

    failed: list[list[str]] = []
    with _pool(jobs) as pool:
        futures = {pool.submit(_lint_batch, batch, config): batch for batch in batches}
        for future, batch in futures.items():
            try:
                for result in future.result():
                    results[result.path] = result
            except BrokenProcessPool:
                failed.append(batch)
            except Exception as error:  # noqa: BLE001 - e.g. a result that cannot be pickled
                for path in batch:
                    results[path] = FileResult(path, [_io_error(path, _internal(error))])
    return failed


def _isolate(batch: list[str], config: Config, results: dict) -> None:
    """Lint a batch file by file in a one-worker pool; a file on which the worker dies is reported."""
    from concurrent.futures.process import BrokenProcessPool

    remaining = list(batch)
    while remaining:
        with _pool(1) as pool:
            futures = [(path, pool.submit(_lint_batch, [path], config)) for path in remaining]
            done = 0
            for path, future in futures:
                try:
                    results[path] = future.result()[0]
                except BrokenProcessPool:
                    results[path] = FileResult(path, [_io_error(path, WORKER_DIED)])
                    done += 1
                    break
                except Exception as error:  # noqa: BLE001
                    results[path] = FileResult(path, [_io_error(path, _internal(error))])
                done += 1
        remaining = remaining[done:]


def _lint_batch(paths: list[str], config: Config) -> list[FileResult]:
    return [lint_file(path, config) for path in paths]
