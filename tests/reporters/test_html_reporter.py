"""The HTML report parsed back: marks cover exactly the matched text, copy is escaped, nothing
is fetched from elsewhere, links resolve; and, where Chromium exists, it renders to a PNG."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from reporter_samples import EN_PATH, ZH_PATH, find

from claimlint.reporters import html
from claimlint.reporters.base import Report


class Page(HTMLParser):
    """Collects marks (with their text), cards, ids, links and scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.cards: dict[str, dict] = {}
        self.ids: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.scripts = 0
        self.lines: list[int] = []
        self.gaps = 0
        self._open_marks: list[dict] = []
        self._card: dict | None = None
        self._in_code = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        for name in ("href", "src", "action", "poster"):
            if name in attrs:
                self.links.append((name, attrs[name]))
        if tag == "script":
            self.scripts += 1
        if tag == "mark":
            mark = {"attrs": attrs, "text": ""}
            self.marks.append(mark)
            self._open_marks.append(mark)
        if tag == "article":
            self._card = self.cards[attrs["id"]] = {"attrs": attrs, "rule": ""}
        if tag == "code" and self._card is not None and not self._card["rule"]:
            self._in_code = True
        if tag == "div" and attrs.get("class") == "ln":
            self.lines.append(int(attrs["data-n"]))
        if tag == "div" and attrs.get("class") == "gap":
            self.gaps += 1

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open_marks.pop()
        if tag == "code":
            self._in_code = False
        if tag == "article":
            self._card = None

    def handle_data(self, data):
        for mark in self._open_marks:
            mark["text"] += data
        if self._in_code:
            self._card["rule"] += data


def render(report: Report) -> tuple[str, Page]:
    stream = io.StringIO()
    html.report(report, stream)
    page = Page()
    page.feed(stream.getvalue())
    page.close()
    return stream.getvalue(), page


def marked_text(page: Page, fid: str) -> str:
    return "".join(m["text"] for m in page.marks if fid in m["attrs"]["data-findings"].split())


def test_marks_cover_each_finding(sample_report):
    _, page = render(sample_report)
    assert len(page.cards) == len(sample_report.findings)
    rules = {card["rule"]: fid for fid, card in page.cards.items()}
    for finding in sample_report.findings:
        assert marked_text(page, rules[finding.rule_id]) == finding.text.replace("\n", ""), finding.rule_id


def test_overlapping_spans_share_a_mark(sample_report):
    _, page = render(sample_report)
    shared = [m for m in page.marks if len(m["attrs"]["data-findings"].split()) > 1]
    assert [m["text"] for m in shared] == ["Full Self-Driving"]
    assert shared[0]["attrs"]["data-sev"] == "error"  # the worst of the two
    assert "multi" in shared[0]["attrs"]["class"]


def test_copy_is_escaped(sample_report):
    text, page = render(sample_report)
    assert page.scripts == 1  # the report's own filter script, nothing from the copy
    assert "<script>alert" not in text
    assert "&lt;script&gt;alert(&quot;hands-off&quot;)&lt;/script&gt;" in text
    assert "<b>for</b>" not in text and "&lt;b&gt;for&lt;/b&gt;" in text
    assert "Mentions hands-off &lt;driving&gt;" in text


def assert_links_resolve(page: Page) -> None:
    ids = set(page.ids)
    assert len(ids) == len(page.ids), "duplicate ids"
    for name, target in page.links:
        assert name == "href" and target.startswith("#") and target[1:] in ids, target


def test_self_contained(sample_report):
    text, page = render(sample_report)
    assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:|//)""", text, re.I)
    assert "url(" not in text and "@import" not in text
    assert_links_resolve(page)


def test_every_basis_and_rationale_shown(sample_report):
    text, _ = render(sample_report)
    assert "Automated Vehicles Act 2024 s.78" in text and "Cal. Veh. Code §24011.5(b)" in text
    assert "不得以自动驾驶名义宣传组合驾驶辅助。" in text
    assert "page 3" in text and "line 2:6" in text
    assert "decoded as GB18030" in text


def test_filters_list_every_severity_and_ruleset(sample_report):
    text, _ = render(sample_report)
    for value in ("error", "warning", "info", "us-ca-sb1398", "uk-ava-2024", "cn-miit-publicity", "cn-ad-law"):
        assert f'value="{value}"' in text


def test_long_file_shows_only_lines_near_findings():
    source = "".join(f"line {n} of plain copy\n" for n in range(1, 1001))
    source = source.replace("line 500 of", "line 500 self-driving of")
    finding = find("long.txt", source, "self-driving", rule_id="r", category="autonomy", severity="error",
                   message="m")
    _, page = render(Report(findings=[finding], sources={"long.txt": source}))
    assert page.lines == [498, 499, 500, 501, 502]
    assert page.gaps == 2
    assert marked_text(page, "f1") == "self-driving"


def test_long_line_is_cut_around_marks():
    source = "x" * 3000 + " 自动驾驶 " + "y" * 3000
    finding = find("min.html", source, "自动驾驶", rule_id="r", category="autonomy", severity="error", message="m")
    text, page = render(Report(findings=[finding], sources={"min.html": source}))
    assert marked_text(page, "f1") == "自动驾驶"
    assert "x" * 1000 not in text and text.count('class="cut"') == 2


def test_zero_width_wide_and_unplaced_findings(sample_report):
    source = sample_report.sources[EN_PATH]
    base = sample_report.findings[0]
    pin = dataclasses.replace(base, rule_id="doc-pin", line=1, column=1, end_line=1, end_column=1, text="")
    wide = dataclasses.replace(base, rule_id="doc-wide", line=1, column=1, end_line=5, end_column=1, text=source)
    lost = dataclasses.replace(base, rule_id="lost", line=99, column=1, end_line=99, end_column=2)
    text, page = render(Report(findings=[pin, wide, lost], sources={EN_PATH: source}))
    assert [m["text"] for m in page.marks] == ["¶"]
    assert len(page.cards) == 3
    assert '<span class="pos">line 99:1</span>' in text and '<span class="pos">line 1:1</span>' in text
    assert_links_resolve(page)


def test_positions_past_a_line_end_still_link(sample_report):
    """Columns past a CRLF line's end, or a point after the final newline, must not dangle."""
    source = sample_report.sources[ZH_PATH]
    base = sample_report.findings[-2]
    past = dataclasses.replace(base, rule_id="past", line=1, column=40, end_line=1, end_column=45)
    eof = dataclasses.replace(base, rule_id="eof", line=3, column=1, end_line=3, end_column=1)
    _, page = render(Report(findings=[past, eof], sources={ZH_PATH: source}))
    assert page.lines == [1, 2]
    assert_links_resolve(page)


def test_without_source_or_findings(sample_report):
    text, page = render(dataclasses.replace(sample_report, sources={}))
    assert not page.marks and len(page.cards) == len(sample_report.findings)
    assert "not included in the report" in text
    text, _ = render(Report(findings=[], files_checked=3))
    assert "No findings" in text and "3 files checked" in text


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium not installed at /usr/bin/chromium")
def test_renders_in_headless_chromium(sample_report, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render(sample_report)[0], encoding="utf-8")
    shot = tmp_path / "report.png"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1280,900",
         page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    if keep := os.environ.get("CLAIMLINT_KEEP_SCREENSHOT"):  # to look at it by hand
        shutil.copy(shot, keep)
