"""SARIF output validated against the official OASIS schema, and its positions checked."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from claimlint.reporters import sarif
from claimlint.reporters.base import Report

# The schema ships beside the repository (../shared), not inside it.
SCHEMA = Path(__file__).resolve().parents[2] / ".." / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def render(report: Report) -> dict:
    stream = io.StringIO()
    sarif.report(report, stream)
    return json.loads(stream.getvalue())


@pytest.fixture(scope="module")
def validator():
    if not SCHEMA.exists():
        pytest.skip(f"SARIF 2.1.0 schema not found at {SCHEMA.resolve()}")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)  # the draft the schema declares (draft-04)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_valid_against_schema(sample_report, validator):
    validator.validate(render(sample_report))


def test_empty_report_is_valid(validator):
    log = render(Report(findings=[]))
    validator.validate(log)
    assert log["runs"][0]["results"] == []


def test_results_match_findings(sample_report):
    run = render(sample_report)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "claimlint"
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == len(sample_report.findings)
    by_fingerprint = {finding.fingerprint(): finding for finding in sample_report.findings}
    for result in run["results"]:
        finding = by_fingerprint[result["partialFingerprints"]["claimlint/v1"]]
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding.rule_id
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding.severity]
        assert result["message"]["text"].startswith(finding.message)
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not location["artifactLocation"]["uri"].startswith("/")
        region = location["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
            finding.line, finding.column, finding.end_line, finding.end_column
        )
        assert region["snippet"]["text"] == finding.text
        assert ("fixes" in result) == (finding.fixable and bool(finding.suggestions))


def test_rules_carry_help_and_basis(sample_report):
    rules = {rule["id"]: rule for rule in render(sample_report)["runs"][0]["tool"]["driver"]["rules"]}
    autopilot = rules["en-autopilot"]
    assert autopilot["fullDescription"]["text"] == "California forbids names implying autonomy."
    assert "Cal. Veh. Code §24011.5(b)" in autopilot["help"]["text"]
    assert "driver assistance" in autopilot["help"]["markdown"]
    assert autopilot["properties"]["category"] == "autonomy"
    # A rule a finding names but the report lacks still gets an entry, so ruleIndex stays valid.
    assert "en-any-road" in rules and "unused-rule" in rules


def test_paths_are_encoded_uris(sample_report):
    uris = {
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for result in render(sample_report)["runs"][0]["results"]
    }
    assert "docs/a%2Cb%3Ac%20100%25.md" in uris
    assert "copy/%E6%96%B0%E5%93%81%E5%8F%91%E5%B8%83.txt" in uris
