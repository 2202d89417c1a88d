"""JUnit XML, which most CI servers chart: one test case per checked file, one failure per finding.

A file without findings is a passing case, so the CI shows what was checked, not only what failed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from claimlint.findings import Finding
from claimlint.reporters.base import Report, message_with_suggestion, relative_posix, sorted_findings

# Characters XML 1.0 cannot carry even escaped (controls, lone surrogates from undecodable bytes).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _failure(parent: ET.Element, finding: Finding) -> None:
    where = f"{relative_posix(finding.path)}:{finding.line}:{finding.column}"
    lines = [f"{where}: {finding.severity} [{finding.rule_id}] {finding.message}"]
    if finding.location:
        lines.append(f"location: {finding.location}")
    lines.append(f"text: {finding.text}")
    if finding.suggestions:
        lines.append(f"suggestion: {' / '.join(finding.suggestions)}")
    lines.extend(f"basis: {basis}" for basis in finding.basis)
    failure = ET.SubElement(
        parent,
        "failure",
        type=_clean(finding.rule_id),
        message=_clean(f"{where}: {message_with_suggestion(finding)}"),
    )
    failure.text = _clean("\n".join(lines))


def to_xml(report: Report) -> ET.Element:
    by_path: dict[str, list[Finding]] = {}
    for finding in sorted_findings(report.findings):
        by_path.setdefault(finding.path, []).append(finding)
    paths = report.checked_paths()
    failed = sum(1 for path in paths if by_path.get(path))
    counts = {"tests": str(len(paths)), "failures": str(failed), "errors": "0", "skipped": "0", "time": "0"}
    root = ET.Element("testsuites", name="claimlint", **counts)
    suite = ET.SubElement(root, "testsuite", name="claimlint", **counts)
    ET.SubElement(ET.SubElement(suite, "properties"), "property", name="findings", value=str(len(report.findings)))
    for path in paths:
        shown = _clean(relative_posix(path))
        case = ET.SubElement(suite, "testcase", classname="claimlint", name=shown, file=shown, time="0")
        for finding in by_path.get(path, ()):
            _failure(case, finding)
        if report.notes.get(path):
            ET.SubElement(case, "system-out").text = _clean("\n".join(report.notes[path]))
    return root


def report(report: Report, stream: TextIO) -> None:
    root = to_xml(report)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
