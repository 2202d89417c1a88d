"""GitHub workflow commands parsed back: one per finding, with properties and message unescaped."""

from __future__ import annotations

import io
import re

from claimlint.reporters import github

COMMAND = re.compile(r"^::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<message>[^\r\n]*)$")


def unescape(value: str) -> str:
    for escaped, raw in (("%3A", ":"), ("%2C", ","), ("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        value = value.replace(escaped, raw)
    return value


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, line
    props = dict(pair.split("=", 1) for pair in match["props"].split(","))
    return match["level"], {key: unescape(value) for key, value in props.items()}, unescape(match["message"])


def test_one_command_per_finding(sample_report):
    stream = io.StringIO()
    github.report(sample_report, stream)
    lines = stream.getvalue().splitlines()
    assert len(lines) == len(sample_report.findings)
    parsed = [parse(line) for line in lines]
    levels = {props["title"]: level for level, props, _ in parsed}
    assert levels["en-autopilot"] == "error"
    assert levels["en-any-road"] == "warning"
    assert levels["en-hands-off"] == "notice"
    for finding in sample_report.findings:
        level, props, message = next(p for p in parsed if p[1]["title"] == finding.rule_id)
        assert props["file"] == finding.path
        assert (props["line"], props["col"], props["endLine"], props["endColumn"]) == tuple(
            str(n) for n in (finding.line, finding.column, finding.end_line, finding.end_column)
        )
        assert message.startswith(finding.message)


def test_escaping():
    assert github.escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert github.escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    assert github.escape_data("a:b,c") == "a:b,c"


def test_location_and_suggestion_in_message(sample_report):
    stream = io.StringIO()
    github.report(sample_report, stream)
    messages = {parse(line)[1]["title"]: parse(line)[2] for line in stream.getvalue().splitlines()}
    assert messages["zh-hands-off"].endswith("(page 3)")
    assert "Suggested wording: 组合驾驶辅助" in messages["zh-autonomy"]
    assert messages["en-100-safe"].startswith("Claims 100% safety\r\nwithout substantiation.")
