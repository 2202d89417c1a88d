"""Output formats. Each module exposes `report(report, stream)`; this dict is the registry."""

from __future__ import annotations

from claimlint.reporters import github, html, json_report, junit, sarif, text
from claimlint.reporters.base import Report, Reporter, RuleInfo

REPORTERS: dict[str, Reporter] = {
    "text": text.report,
    "json": json_report.report,
    "sarif": sarif.report,
    "github": github.report,
    "junit": junit.report,
    "html": html.report,
}

__all__ = ["REPORTERS", "Report", "Reporter", "RuleInfo"]
