"""SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps, IDEs) ingest.

Columns are counted in code points, as in `Finding`, and the run says so (`columnKind`): the
SARIF default is UTF-16 code units, which would shift every column after an emoji.
"""

from __future__ import annotations

import json
from typing import TextIO
from urllib.parse import quote

from claimlint.findings import Finding
from claimlint.reporters.base import Report, RuleInfo, message_with_suggestion, relative_posix, sorted_findings

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SRCROOT = "%SRCROOT%"


def report(report: Report, stream: TextIO) -> None:
    json.dump(to_sarif(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def to_sarif(report: Report) -> dict:
    findings = sorted_findings(report.findings)
    rules = _rules(report, findings)
    index = {rule.id: position for position, rule in enumerate(rules)}
    driver: dict = {"name": "claimlint", "rules": [_rule(rule) for rule in rules]}
    if report.tool_version:
        driver["version"] = report.tool_version
    run: dict = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [_result(finding, index[finding.rule_id]) for finding in findings],
    }
    if report.notes:
        run["invocations"] = [_invocation(report.notes)]
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _rules(report: Report, findings: list[Finding]) -> list[RuleInfo]:
    """Every configured rule, plus a stand-in for any rule a finding names but the report lacks."""
    rules = dict(report.rules)
    for finding in findings:
        if finding.rule_id not in rules:
            rules[finding.rule_id] = RuleInfo(
                finding.rule_id, finding.ruleset, finding.category, finding.severity, finding.message
            )
    return [rules[rule_id] for rule_id in sorted(rules)]


def _rule(rule: RuleInfo) -> dict:
    text = [rule.rationale or rule.message]
    markdown = [rule.rationale or rule.message]
    if rule.basis:
        text.append(f"Legal basis: {rule.basis}")
        markdown.append(f"**Legal basis:** {rule.basis}")
    if rule.suggestions:
        text.append("Compliant wording: " + " / ".join(rule.suggestions))
        markdown.append("**Compliant wording:** " + ", ".join(f"`{s}`" for s in rule.suggestions))
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": rule.message},
        "fullDescription": {"text": rule.rationale or rule.message},
        "help": {"text": "\n\n".join(text), "markdown": "\n\n".join(markdown)},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {
            "category": rule.category,
            "ruleset": rule.ruleset,
            "basis": rule.basis,
            "tags": [tag for tag in ("compliance", rule.category, rule.ruleset) if tag],
        },
    }


def _artifact(path: str) -> dict:
    posix = relative_posix(path)
    if posix.startswith("/"):  # outside the working directory: no base to resolve against
        return {"uri": "file://" + quote(posix)}
    return {"uri": quote(posix), "uriBaseId": SRCROOT}


def _region(finding: Finding) -> dict:
    return {
        "startLine": max(finding.line, 1),
        "startColumn": max(finding.column, 1),
        "endLine": max(finding.end_line, finding.line, 1),
        "endColumn": max(finding.end_column, 1),
        "snippet": {"text": finding.text},
    }


def _result(finding: Finding, rule_index: int) -> dict:
    location: dict = {"physicalLocation": {"artifactLocation": _artifact(finding.path), "region": _region(finding)}}
    if finding.location:
        location["message"] = {"text": finding.location}
    result: dict = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": message_with_suggestion(finding)},
        "locations": [location],
        "partialFingerprints": {"claimlint/v1": finding.fingerprint()},
        "properties": {
            "category": finding.category,
            "rulesets": list(finding.rulesets or (finding.ruleset,)),
            "basis": list(finding.basis),
        },
    }
    if finding.fixable and finding.suggestions:
        result["fixes"] = [_fix(finding)]
    return result


def _fix(finding: Finding) -> dict:
    """The first suggestion replaces the matched text, as `--fix` would."""
    region = {key: value for key, value in _region(finding).items() if key != "snippet"}
    replacement = {"deletedRegion": region, "insertedContent": {"text": finding.suggestions[0]}}
    return {
        "description": {"text": f"Replace with “{finding.suggestions[0]}”"},
        "artifactChanges": [{"artifactLocation": _artifact(finding.path), "replacements": [replacement]}],
    }


def _invocation(notes: dict[str, list[str]]) -> dict:
    notifications = [
        {
            "level": "note",
            "message": {"text": note},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(path)}}],
        }
        for path in sorted(notes)
        for note in notes[path]
    ]
    return {"executionSuccessful": True, "toolExecutionNotifications": notifications}
