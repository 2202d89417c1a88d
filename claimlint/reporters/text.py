"""Compiler-style text: `path:line:col: severity rule_id message`, the line, a caret, a suggestion."""

from __future__ import annotations

import unicodedata
from typing import TextIO

from claimlint.readers.base import split_lines
from claimlint.reporters.base import Report

COLORS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m"}
BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"
MAX_LINE = 160


def report(report: Report, stream: TextIO) -> None:
    lines_of: dict[str, list[str]] = {}
    for finding in report.findings:
        severity = finding.severity
        if report.color:
            severity = f"{COLORS.get(severity, '')}{severity}{RESET}"
        where = f"{finding.path}:{finding.line}:{finding.column}"
        location = f" ({finding.location})" if finding.location else ""
        stream.write(f"{where}: {severity} {finding.rule_id} {finding.message}{location}\n")
        if finding.path not in lines_of:
            source = report.sources.get(finding.path)
            lines_of[finding.path] = split_lines(source) if source is not None else []
        source_line = _line(lines_of[finding.path], finding.line)
        if source_line is not None:
            stream.write(_excerpt(source_line, finding, report.color))
        else:
            stream.write(f"    | {finding.text}\n")
        if finding.suggestions:
            stream.write(f"    = suggestion: {_shorten(finding.suggestions[0])}\n")
        if finding.basis:
            stream.write(f"    = basis: {_shorten(finding.basis[0])}\n")
        if len(finding.rulesets) > 1:
            others = ", ".join(finding.rulesets[1:])
            stream.write(f"    = also in: {others} (every basis: --format json or html)\n")
    if report.show_summary:
        stream.write(_summary(report))


def _shorten(text: str, limit: int = 200) -> str:
    """One line each: the full text is in JSON, SARIF, HTML and `claimlint explain`."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _line(lines: list[str], number: int) -> str | None:
    return lines[number - 1] if 0 < number <= len(lines) else None


def _excerpt(line: str, finding, color: bool) -> str:
    """The source line with a caret under the match (wide CJK characters take two cells)."""
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    left = max(0, start - 60)
    shown = line[left : left + MAX_LINE].replace("\t", " ")
    pad = _width(shown[: start - left])
    marks = "^" * max(1, _width(line[start:end]))
    if color:
        marks = f"{COLORS.get(finding.severity, '')}{marks}{RESET}"
    prefix = "…" if left else ""
    return f"    | {prefix}{shown}\n    | {' ' * (pad + len(prefix))}{marks}\n"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _summary(report: Report) -> str:
    counts = report.summary()["by_severity"]
    if not report.findings:
        return f"{report.files_checked} file(s) checked, no findings.\n"
    parts = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if s in counts)
    return f"\n{len(report.findings)} finding(s) in {report.files_checked} file(s) checked: {parts}.\n"
