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
        stream.write(_nested(finding.to_dict(), 2))
    stream.write("\n  ]," if report.findings else "],")
    stream.write('\n  "summary": ' + _nested(report.summary(), 1, first_line_indented=False) + "\n}\n")


def _nested(value, level: int, first_line_indented: bool = True) -> str:
    """`value` as json.dump writes it `level` indents deep inside the report."""
    text = json.dumps(value, ensure_ascii=False, indent=INDENT)
    pad = " " * (INDENT * level)
    lines = text.split("\n")
    head = (pad + lines[0]) if first_line_indented else lines[0]
    return "\n".join([head, *(pad + line for line in lines[1:])])
