"""The one small interface every output format implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, TextIO

from claimlint.findings import Finding


@dataclass
class RuleInfo:
    """What a reporter may say about a rule (SARIF rule metadata, HTML help)."""

    id: str
    ruleset: str
    category: str
    severity: str
    message: str
    rationale: str = ""
    basis: str = ""
    suggestions: tuple[str, ...] = ()


@dataclass
class Report:
    """Everything a reporter needs: the findings of a run and some context about it."""

    findings: list[Finding]
    files_checked: int = 0
    # Paths of every checked file, so per-file formats (JUnit) can show clean files as passing.
    files: list[str] = field(default_factory=list)
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    # Decoded text of each checked file that has findings, for reports that show the copy.
    sources: dict[str, str] = field(default_factory=dict)
    # Notes about files (skipped binary, encoding) keyed by path.
    notes: dict[str, list[str]] = field(default_factory=dict)
    color: bool = False
    tool_version: str = ""
    # The text format's closing summary line; `--quiet` turns it off.
    show_summary: bool = True

    def checked_paths(self) -> list[str]:
        """`files` plus any path with findings it lacks, so no finding is left without its file."""
        paths = dict.fromkeys(self.files)
        paths.update(dict.fromkeys(sorted({finding.path for finding in self.findings})))
        return list(paths)

    def summary(self) -> dict:
        by_severity: dict[str, int] = {}
        by_category: dict[str, int] = {}
        for finding in self.findings:
            by_severity[finding.severity] = by_severity.get(finding.severity, 0) + 1
            by_category[finding.category] = by_category.get(finding.category, 0) + 1
        return {
            "files": self.files_checked,
            "findings": len(self.findings),
            "by_severity": by_severity,
            "by_category": by_category,
        }


# A reporter writes a whole report to a stream.
Reporter = Callable[[Report, TextIO], None]

def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings)


def relative_posix(path: str) -> str:
    """CI tools resolve paths against the checkout, so report them relative to the working directory."""
    pure = Path(path)
    if pure.is_absolute():
        try:
            pure = pure.relative_to(Path.cwd())
        except ValueError:
            pass
    return pure.as_posix()


def message_with_suggestion(finding: Finding, limit: int = 3) -> str:
    """CI annotations show one line of text: give the first few fixes with the problem."""
    if not finding.suggestions:
        return finding.message
    message = _end_sentence(finding.message.rstrip())
    more = len(finding.suggestions) - limit
    wording = " / ".join(finding.suggestions[:limit]) + (f" (+{more} more)" if more > 0 else "")
    return f"{message} Suggested wording: {_end_sentence(wording)}"


def _end_sentence(text: str) -> str:
    return text if not text or text[-1] in ".!?。！？" else text + "."
