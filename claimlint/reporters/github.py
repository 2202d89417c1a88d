"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request diff."""

from __future__ import annotations

from typing import TextIO

from claimlint.findings import Finding
from claimlint.reporters.base import Report, message_with_suggestion, relative_posix, sorted_findings

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """The runner reads `%`, CR and LF in a message as escapes and line ends."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """In properties `:` and `,` also delimit, so a path like `a,b.md` must not split."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    properties = {
        "file": relative_posix(finding.path),
        "line": finding.line,
        "col": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "title": finding.rule_id,
    }
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    message = message_with_suggestion(finding)
    if finding.location:
        message = f"{message} ({finding.location})"
    return f"::{COMMANDS.get(finding.severity, 'warning')} {props}::{escape_data(message)}"


def report(report: Report, stream: TextIO) -> None:
    for finding in sorted_findings(report.findings):
        stream.write(command(finding) + "\n")
