"""JSON: one object, `{"version": 1, "findings": [...], "summary": {...}}` (SPEC's contract)."""

from __future__ import annotations

import json
from typing import TextIO

from claimlint.reporters.base import Report


def report(report: Report, stream: TextIO) -> None:
    document = {
        "version": 1,
        "findings": [finding.to_dict() for finding in report.findings],
        "summary": report.summary(),
    }
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
