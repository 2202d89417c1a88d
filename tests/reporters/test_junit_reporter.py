"""JUnit XML parsed back: a test case per checked file, a failure per finding."""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET

from claimlint.reporters import junit
from claimlint.reporters.base import Report


def parse(report: Report) -> ET.Element:
    stream = io.StringIO()
    junit.report(report, stream)
    return ET.fromstring(stream.getvalue().encode("utf-8"))


def test_cases_and_failures(sample_report):
    root = parse(sample_report)
    suites = root.findall("testsuite")
    assert len(suites) == 1 and suites[0].get("name") == "claimlint"
    cases = suites[0].findall("testcase")
    assert [case.get("name") for case in cases] == sample_report.files
    failures = list(root.iter("failure"))
    assert len(failures) == len(sample_report.findings)
    assert suites[0].get("tests") == str(len(sample_report.files))
    assert suites[0].get("failures") == str(sum(1 for case in cases if case.find("failure") is not None))
    clean = next(case for case in cases if case.get("name") == "copy/clean.md")
    assert clean.find("failure") is None


def test_failure_content(sample_report):
    failures = {failure.get("type"): failure for failure in parse(sample_report).iter("failure")}
    script = failures["en-hands-off"]
    assert script.get("message") == "site/autopilot.md:4:1: Mentions hands-off <driving>"
    assert 'text: <script>alert("hands-off")</script>' in script.text
    autonomy = failures["zh-autonomy"]
    assert "suggestion: 组合驾驶辅助" in autonomy.text
    assert autonomy.get("message").startswith("copy/新品发布.txt:1:5: ")


def test_files_default_to_paths_with_findings(sample_report):
    root = parse(dataclasses.replace(sample_report, files=[]))
    names = [case.get("name") for case in root.iter("testcase")]
    assert names == sorted({finding.path for finding in sample_report.findings})


def test_characters_xml_cannot_carry_are_replaced(sample_report):
    finding = dataclasses.replace(sample_report.findings[0], text="bad\x00\x0b\udcff", message="m\x1b")
    root = parse(Report(findings=[finding]))
    assert "bad\ufffd\ufffd\ufffd" in next(root.iter("failure")).text
