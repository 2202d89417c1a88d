"""The JSON report is streamed one finding at a time; its text must stay exactly what `json.dump`
of the whole object with indent 2 writes (SPEC's contract, and what users diff between runs)."""

from __future__ import annotations

import io
import json

from reporter_samples import make_report

from claimlint.reporters import json_report


def _whole(report) -> str:
    document = {"version": 1, "findings": [f.to_dict() for f in report.findings], "summary": report.summary()}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _streamed(report) -> str:
    stream = io.StringIO()
    json_report.report(report, stream)
    return stream.getvalue()


def test_the_streamed_report_is_the_text_json_dump_writes(sample_report):
    assert len(sample_report.findings) > 1
    assert _streamed(sample_report) == _whole(sample_report)


def test_one_finding_and_no_finding_keep_the_same_layout(sample_report):
    for findings in (sample_report.findings[:1], []):
        sample_report.findings = findings
        text = _streamed(sample_report)
        assert text == _whole(sample_report)
        assert json.loads(text)["findings"] == [f.to_dict() for f in findings]
