"""JSON: one object, `{"version": 1, "findings": [...], "summary": {...}}` (SPEC's contract)."""

from __future__ import annotations

import json
from typing import TextIO

from claimlint.reporters.base import Report

INDENT = 2


def report(report: Report, stream: TextIO) -> None:
    """The same text as `json.dump` of the whole object with indent 2, written one finding at a
    time: a large archive has tens of thousands of findings, and their dictionaries built all at
    once were the highest point of a run's memory (about 40 MB for a 20 MB corpus)."""
    stream.write('{\n  "version": 1,\n  "findings": [')
    for index, finding in enumerate(report.findings):
        stream.write(",\n" if index else "\n")
        stream.write(" " * (INDENT * 2) + _nested(finding.to_dict(), 2))
    stream.write("\n  ]," if report.findings else "],")
    stream.write('\n  "summary": ' + _nested(report.summary(), 1) + "\n}\n")


def _nested(value, level: int) -> str:
    """`value` as json.dump writes it `level` indents deep inside the report, from its first
    character on (the caller places the first line). JSON strings hold no raw line breaks, so every
    line break starts a line of the value."""
    return json.dumps(value, ensure_ascii=False, indent=INDENT).replace("\n", "\n" + " " * (INDENT * level))
