"""A standalone HTML report for reviewers: the copy with each risky claim highlighted beside its
rule, legal basis and compliant wording.

One file with inline CSS and JS and no external resources, so it opens offline, can be mailed to
counsel and archived with the review. Everything taken from the copy or the rules goes through
`html.escape`: marketing copy may well contain `<script>`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from html import escape
from typing import Iterable, TextIO

from claimlint.findings import Finding
from claimlint.readers.base import LINE_BREAK_RE
from claimlint.reporters.base import Report, sorted_findings

SEVERITIES = ("error", "warning", "info")
RANK = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}
LONG_FILE = 400  # beyond this many lines, show only lines near a finding
CONTEXT_LINES = 2
LONG_LINE = 1000  # beyond this many characters (minified HTML), show only windows around marks
CONTEXT_CHARS = 160
QUOTE_CHARS = 90  # of the sentence either side of the claim, in a finding's card
WIDE_SPAN_LINES = 4  # a span over more lines (a document-level finding) is listed, not painted


@dataclass
class Span:
    """A finding placed in the source: character offsets and the id its card and mark share."""

    fid: str
    finding: Finding
    start: int
    end: int


def report(report: Report, stream: TextIO) -> None:
    stream.write(render(report))


def render(report: Report) -> str:
    numbered = [(f"f{n}", finding) for n, finding in enumerate(sorted_findings(report.findings), 1)]
    by_path: dict[str, list[tuple[str, Finding]]] = {}
    for fid, finding in numbered:
        by_path.setdefault(finding.path, []).append((fid, finding))
    sections = [_file_section(report, path, items, n) for n, (path, items) in enumerate(by_path.items(), 1)]
    body = [_header(report, by_path), _filters(report)]
    body += sections or ['<p class="clean">No findings. Every checked file passed.</p>']
    return PAGE.format(css=CSS, js=JS, body="\n".join(body))


# --- header, summary and filters ---------------------------------------------------------------


def _header(report: Report, by_path: dict[str, list[tuple[str, Finding]]]) -> str:
    summary = report.summary()
    files = max(report.files_checked, len(report.checked_paths()))
    version = f" {escape(report.tool_version)}" if report.tool_version else ""
    tiles = "".join(
        f'<div class="tile {sev}"><b>{summary["by_severity"].get(sev, 0)}</b>{sev}</div>' for sev in SEVERITIES
    )
    categories = "".join(
        f"<tr><td>{escape(cat)}</td><td>{count}</td></tr>"
        for cat, count in sorted(summary["by_category"].items(), key=lambda item: (-item[1], item[0]))
    )
    rows = "".join(
        f'<tr><td><a href="#file-{n}">{escape(path)}</a></td>'
        + "".join(f"<td class='{sev}'>{_count(items, sev) or ''}</td>" for sev in SEVERITIES)
        + "</tr>"
        for n, (path, items) in enumerate(by_path.items(), 1)
    )
    heads = "".join(f"<th>{sev}</th>" for sev in SEVERITIES)
    return (
        f'<header class="top"><h1>Compliance review of driver-assistance wording</h1>'
        f'<p class="meta">claimlint{version} · {files} file{"s" if files != 1 else ""} checked · '
        f'{len(by_path)} with findings · {summary["findings"]} finding{"s" if summary["findings"] != 1 else ""}</p>'
        f'<div class="summary"><div class="tiles">{tiles}</div>'
        + (f'<table class="cats"><tr><th>category</th><th>findings</th></tr>{categories}</table>' if categories else "")
        + (f'<table class="files"><tr><th>file</th>{heads}</tr>{rows}</table>' if rows else "")
        + "</div></header>"
    )


def _count(items: list[tuple[str, Finding]], severity: str) -> int:
    return sum(1 for _, finding in items if finding.severity == severity)


def _rulesets(finding: Finding) -> tuple[str, ...]:
    return finding.rulesets or (finding.ruleset or "(none)",)


def _filters(report: Report) -> str:
    if not report.findings:
        return ""
    rulesets: dict[str, int] = {}
    for finding in report.findings:
        for ruleset in _rulesets(finding):
            rulesets[ruleset] = rulesets.get(ruleset, 0) + 1
    severity_counts = report.summary()["by_severity"]

    def box(kind: str, value: str, count: int) -> str:
        return (
            f'<label class="chk {escape(value) if kind == "severity" else ""}"><input type="checkbox" checked '
            f'data-kind="{kind}" value="{escape(value)}"> {escape(value)} <span>{count}</span></label>'
        )

    severities = "".join(box("severity", sev, severity_counts[sev]) for sev in SEVERITIES if sev in severity_counts)
    sets = "".join(box("ruleset", name, rulesets[name]) for name in sorted(rulesets))
    return (
        f'<nav class="filters"><span class="label">Severity</span>{severities}'
        f'<span class="label">Ruleset</span>{sets}<span class="shown" id="shown"></span></nav>'
    )


# --- one file: its copy with marks, and its findings --------------------------------------------


def _file_section(report: Report, path: str, items: list[tuple[str, Finding]], n: int) -> str:
    source = report.sources.get(path)
    notes = "".join(f'<p class="note">{escape(note)}</p>' for note in report.notes.get(path, ()))
    if source is None:
        copy = '<p class="nosource">The text of this file is not included in the report.</p>'
        placed: set[str] = set()
    else:
        spans = _place(source, items)
        placed = {span.fid for span in spans}
        copy = _render_source(source, spans)
    cards = "".join(_card(report, fid, finding, fid in placed) for fid, finding in items)
    return (
        f'<section class="file" id="file-{n}"><h2>{escape(path)} <span>{len(items)} '
        f'finding{"s" if len(items) != 1 else ""}</span></h2>{notes}'
        f'<div class="cols"><div class="copy">{copy}</div><div class="cards">{cards}</div></div></section>'
    )


def _line_starts(source: str) -> list[int]:
    """Lines end at '\\r\\n', '\\r' or '\\n', as the readers count them (LINE_BREAK_RE); a final
    line break opens no empty line."""
    return [0] + [m.end() for m in LINE_BREAK_RE.finditer(source) if m.end() < len(source)]


def _line_end(source: str, starts: list[int], line: int) -> int:
    """Offset just past the line's text, before its '\r\n' or '\n'."""
    end = starts[line] - 1 if line < len(starts) else len(source)
    return end - 1 if end > starts[line - 1] and source[end - 1] == "\r" else end


def _offset(source: str, starts: list[int], line: int, column: int) -> int:
    """Clamped into the line, so a column past its end still lands on a shown character."""
    line = min(max(line, 1), len(starts))
    return min(starts[line - 1] + max(column, 1) - 1, _line_end(source, starts, line))


def _place(source: str, items: list[tuple[str, Finding]]) -> list[Span]:
    starts = _line_starts(source)
    spans = []
    for fid, finding in items:
        if finding.line > len(starts) or finding.end_line - finding.line >= WIDE_SPAN_LINES:
            continue
        start = _offset(source, starts, finding.line, finding.column)
        end = max(_offset(source, starts, finding.end_line, finding.end_column), start)
        spans.append(Span(fid, finding, start, end))
    return spans


def _render_source(source: str, spans: list[Span]) -> str:
    starts = _line_starts(source)
    by_line: dict[int, list[Span]] = {}
    for span in spans:
        first = bisect.bisect_right(starts, span.start)
        last = bisect.bisect_right(starts, max(span.end - 1, span.start))
        for line in range(first, last + 1):
            by_line.setdefault(line, []).append(span)
    shown: Iterable[int] = range(1, len(starts) + 1)
    if len(starts) > LONG_FILE:
        near = {n for line in by_line for n in range(line - CONTEXT_LINES, line + CONTEXT_LINES + 1)}
        shown = sorted(line for line in near if 1 <= line <= len(starts))
    out, previous = [], 0
    for line in shown:
        if line - previous > 1:
            out.append(_gap(line - previous - 1))
        body = _render_line(source, starts[line - 1], _line_end(source, starts, line), by_line.get(line, []))
        out.append(f'<div class="ln" data-n="{line}">{body}</div>')
        previous = line
    if previous < len(starts):
        out.append(_gap(len(starts) - previous))
    return f'<div class="src">{"".join(out)}</div>'


def _gap(count: int) -> str:
    return f'<div class="gap">⋯ {count} line{"s" if count != 1 else ""} without findings not shown</div>'


def _render_line(source: str, a: int, b: int, spans: list[Span]) -> str:
    """Cut the line at every span edge; each piece is marked with all the findings covering it."""
    windows = _windows(a, b, spans) if b - a > LONG_LINE else [(a, b)]
    parts = []
    for w_start, w_end in windows:
        if w_start > a:
            parts.append('<span class="cut">…</span>')
        edges = {w_start, w_end}
        edges.update(edge for span in spans for edge in (span.start, span.end) if w_start < edge < w_end)
        cuts = sorted(edges)
        for x, y in zip(cuts, cuts[1:]):
            parts.extend(_starts(spans, x))
            covering = [span for span in spans if span.start <= x and y <= span.end]
            piece = escape(source[x:y])
            parts.append(_mark(covering, piece) if covering else piece)
        parts.extend(_starts(spans, w_end))
        if w_end < b:
            parts.append('<span class="cut">…</span>')
    return "".join(parts)


def _windows(a: int, b: int, spans: list[Span]) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: s.start):
        start, end = max(a, span.start - CONTEXT_CHARS), min(b, span.end + CONTEXT_CHARS)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows or [(a, min(b, a + LONG_LINE))]


def _starts(spans: list[Span], x: int) -> list[str]:
    """Where a finding starts: an empty target its card links to, and a pin if it has no width."""
    out = []
    for span in spans:
        if span.start == x:
            out.append(f'<span class="anchor" id="m-{span.fid}"></span>')
            if span.end == x:
                out.append(_pin(span))
    return out


def _mark(covering: list[Span], piece: str) -> str:
    worst = max(covering, key=lambda span: RANK[_severity(span.finding)])
    title = "\n".join(
        f"{span.finding.rule_id} ({span.finding.severity}): {span.finding.message}" for span in covering
    )
    multi = " multi" if len(covering) > 1 else ""
    return (
        f'<mark class="hl{multi}" data-sev="{_severity(worst.finding)}" '
        f'data-findings="{" ".join(span.fid for span in covering)}" title="{escape(title)}">'
        f'<a href="#{worst.fid}">{piece}</a></mark>'
    )


def _pin(span: Span) -> str:
    return (
        f'<mark class="hl pin" data-sev="{_severity(span.finding)}" data-findings="{span.fid}" '
        f'title="{escape(span.finding.rule_id)}: {escape(span.finding.message)}"><a href="#{span.fid}">¶</a></mark>'
    )


def _severity(finding: Finding) -> str:
    return finding.severity if finding.severity in RANK else "warning"


def _card(report: Report, fid: str, finding: Finding, placed: bool) -> str:
    rule = report.rules.get(finding.rule_id)
    severity = _severity(finding)
    position = f"line {finding.line}:{finding.column}"
    position = f'<a class="pos" href="#m-{fid}">{position}</a>' if placed else f'<span class="pos">{position}</span>'
    location = f'<span class="loc">{escape(finding.location)}</span>' if finding.location else ""
    details = []
    if finding.context or finding.text:
        details.append(("Claim", f'<blockquote>{_quote(finding)}</blockquote>'))
    if rule and rule.rationale:
        details.append(("Why it is risky", escape(rule.rationale)))
    bases = _bases(finding, rule.basis if rule else "")
    if bases:
        details.append(("Legal basis", "<ul>" + "".join(f"<li>{basis}</li>" for basis in bases) + "</ul>"))
    suggestions = finding.suggestions or (rule.suggestions if rule else ())
    if suggestions:
        wording = "".join(f'<span class="sugg">{escape(s)}</span>' for s in suggestions)
        details.append(("Compliant wording", wording))
    rows = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in details)
    return (
        f'<article class="finding" id="{fid}" data-severity="{severity}" '
        f'data-rulesets="{escape(" ".join(_rulesets(finding)))}">'
        f'<div class="head"><span class="badge {severity}">{severity}</span>'
        f'<code>{escape(finding.rule_id)}</code><span class="cat">{escape(finding.category)}</span>'
        f"{position}{location}</div>"
        f'<p class="msg">{escape(finding.message)}</p><dl>{rows}</dl></article>'
    )


def _quote(finding: Finding) -> str:
    """The sentence with the matched words in bold; just the words if they are not in it."""
    context, text = finding.context.strip(), finding.text
    at = context.find(text) if text else -1
    if at < 0:
        return f"<strong>{escape(text)}</strong>" if text else escape(_clip(context, 2 * QUOTE_CHARS))
    before, after = context[:at], context[at + len(text):]
    before = before if len(before) <= QUOTE_CHARS else "…" + before[-QUOTE_CHARS:]
    return escape(before) + f"<strong>{escape(text)}</strong>" + escape(_clip(after, QUOTE_CHARS))


def _clip(text: str, length: int) -> str:
    return text[:length] + ("…" if len(text) > length else "")


def _bases(finding: Finding, rule_basis: str) -> list[str]:
    """Every legal basis, each with the ruleset that cites it when the two lists line up."""
    if not finding.basis:
        return [escape(rule_basis)] if rule_basis else []
    if len(finding.rulesets) == len(finding.basis):
        return [f'<span class="rs">{escape(r)}</span> {escape(b)}' for r, b in zip(finding.rulesets, finding.basis)]
    return [escape(basis) for basis in finding.basis]


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimlint">
<title>claimlint report</title>
<style>{css}</style>
</head>
<body>
{body}
<script>{js}</script>
</body>
</html>
"""

CSS = """
:root { --error:#b42318; --error-bg:#fee4e2; --warning:#b54708; --warning-bg:#fef0c7;
  --info:#175cd3; --info-bg:#dbeafe; --ink:#1d2939; --muted:#667085; --line:#e4e7ec; --paper:#fff;
  --bg:#f6f7f9; }
* { box-sizing:border-box; }
body { margin:0; background:var(--bg); color:var(--ink); font:15px/1.55 -apple-system, "Segoe UI",
  Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
  "Noto Sans CJK SC", sans-serif; }
a { color:inherit; }
.top { background:var(--paper); border-bottom:1px solid var(--line); padding:24px 32px 20px; }
h1 { margin:0 0 4px; font-size:22px; font-weight:650; letter-spacing:-.01em; }
.meta { margin:0 0 16px; color:var(--muted); }
.summary { display:flex; gap:32px; align-items:flex-start; flex-wrap:wrap; }
.tiles { display:flex; gap:12px; }
.tile { min-width:110px; padding:10px 16px; border-radius:8px; border:1px solid var(--line);
  text-transform:capitalize; color:var(--muted); }
.tile b { display:block; font-size:26px; line-height:1.2; }
.tile.error b { color:var(--error); } .tile.warning b { color:var(--warning); } .tile.info b { color:var(--info); }
table { border-collapse:collapse; font-size:13.5px; }
th { text-align:left; font-weight:600; color:var(--muted); text-transform:uppercase; font-size:11.5px;
  letter-spacing:.04em; }
td, th { padding:4px 14px 4px 0; border-bottom:1px solid var(--line); }
.files { } .files td.error { color:var(--error); } .files td.warning { color:var(--warning); }
.files td.info { color:var(--info); } .files a { text-decoration:none; border-bottom:1px dotted var(--muted); }
.filters { position:sticky; top:0; z-index:2; display:flex; flex-wrap:wrap; gap:6px 10px; align-items:center;
  background:rgba(255,255,255,.96); border-bottom:1px solid var(--line); padding:10px 32px; font-size:13.5px; }
.filters .label { font-weight:600; color:var(--muted); text-transform:uppercase; font-size:11.5px;
  letter-spacing:.04em; margin-left:12px; } .filters .label:first-child { margin-left:0; }
.chk { display:inline-flex; gap:5px; align-items:center; padding:2px 9px; border:1px solid var(--line);
  border-radius:999px; cursor:pointer; user-select:none; }
.chk span { color:var(--muted); } .chk.error { color:var(--error); } .chk.warning { color:var(--warning); }
.chk.info { color:var(--info); } .shown { margin-left:auto; color:var(--muted); }
.file { margin:24px 32px; background:var(--paper); border:1px solid var(--line); border-radius:10px; }
.file h2 { margin:0; padding:14px 20px; font-size:16px; font-weight:600; border-bottom:1px solid var(--line);
  overflow-wrap:anywhere; } .file h2 span { color:var(--muted); font-weight:400; font-size:13.5px; margin-left:8px; }
.note { margin:10px 20px 0; color:var(--warning); font-size:13.5px; }
.cols { display:grid; grid-template-columns:minmax(0,1.25fr) minmax(0,1fr); }
@media (max-width:1000px) { .cols { grid-template-columns:minmax(0,1fr); }
  .copy { border-right:none; border-bottom:1px solid var(--line); } .src { position:static; max-height:none; } }
.copy { border-right:1px solid var(--line); }
.src { position:sticky; top:52px; max-height:calc(100vh - 60px); overflow:auto; padding:14px 0; }
.ln { position:relative; padding:1px 20px 1px 64px; white-space:pre-wrap; overflow-wrap:anywhere;
  line-height:1.75; min-height:1.75em; }
.ln::before { content:attr(data-n); position:absolute; left:0; width:48px; text-align:right; color:#98a2b3;
  font:12px/2.2 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; user-select:none; }
.gap { margin:4px 20px 4px 64px; color:var(--muted); font-size:12.5px; font-style:italic; }
.cut { color:var(--muted); }
mark.hl { padding:1px 0; border-radius:3px; color:inherit; border-bottom:2px solid; }
mark.hl a { text-decoration:none; }
mark[data-sev=error] { background:var(--error-bg); border-color:var(--error); }
mark[data-sev=warning] { background:var(--warning-bg); border-color:var(--warning); }
mark[data-sev=info] { background:var(--info-bg); border-color:var(--info); }
mark.multi { box-shadow:inset 0 -5px 0 rgba(0,0,0,.13); }
mark.pin { padding:0 3px; font-size:12px; font-weight:700; }
mark.off { background:none; border-color:transparent; box-shadow:none; }
mark.pin.off { display:none; }
:target { scroll-margin-top:80px; }
.anchor:target + mark, .anchor:target ~ mark:first-of-type { outline:2px solid var(--ink); }
.cards { padding:8px 0; }
.finding { padding:12px 20px 14px; border-bottom:1px solid var(--line); }
.finding:last-child { border-bottom:none; }
.finding:target { background:#f2f4f7; box-shadow:inset 3px 0 0 var(--ink); }
.finding[hidden] { display:none; }
.head { display:flex; flex-wrap:wrap; gap:6px 10px; align-items:center; font-size:13px; }
.badge { padding:1px 8px; border-radius:999px; font-size:11.5px; font-weight:700; text-transform:uppercase;
  letter-spacing:.04em; }
.badge.error { color:var(--error); background:var(--error-bg); }
.badge.warning { color:var(--warning); background:var(--warning-bg); }
.badge.info { color:var(--info); background:var(--info-bg); }
code { font:12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap:anywhere; }
.cat { color:var(--muted); }
.pos { margin-left:auto; color:var(--muted); font-variant-numeric:tabular-nums; text-decoration:none; }
a.pos:hover { text-decoration:underline; }
.loc { color:var(--muted); }
.msg { margin:6px 0 8px; font-weight:600; }
dl { margin:0; display:grid; grid-template-columns:118px minmax(0,1fr); gap:4px 14px; font-size:13.5px; }
dt { color:var(--muted); } dd { margin:0; overflow-wrap:anywhere; }
dd ul { margin:0; padding-left:16px; }
blockquote { margin:0; padding-left:10px; border-left:3px solid var(--line); }
blockquote strong { font-weight:650; }
.rs { font:12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color:var(--muted); margin-right:4px; }
.sugg { display:inline-block; margin:0 6px 4px 0; padding:0 8px; border-radius:4px; background:#ecfdf3;
  color:#067647; border:1px solid #abefc6; }
.nosource, .clean { margin:14px 20px; color:var(--muted); }
@media print { .filters { display:none; } body { background:#fff; }
  .src { position:static; max-height:none; overflow:visible; } }
"""

# Hide cards whose severity or every ruleset is unchecked, and repaint each mark by its worst
# still-visible finding (or unpaint it).
JS = """
(function () {
  var boxes = [].slice.call(document.querySelectorAll('.filters input'));
  var rank = {error: 3, warning: 2, info: 1};
  function checked(kind) {
    return boxes.filter(function (b) { return b.dataset.kind === kind && b.checked; })
      .map(function (b) { return b.value; });
  }
  function apply() {
    var sev = checked('severity'), sets = checked('ruleset'), shown = {}, total = 0, visible = 0;
    document.querySelectorAll('.finding').forEach(function (card) {
      var ok = sev.indexOf(card.dataset.severity) >= 0 &&
        card.dataset.rulesets.split(' ').some(function (r) { return sets.indexOf(r) >= 0; });
      card.hidden = !ok; total++; if (ok) { visible++; shown[card.id] = card.dataset.severity; }
    });
    document.querySelectorAll('mark.hl').forEach(function (mark) {
      var best = '';
      mark.dataset.findings.split(' ').forEach(function (id) {
        if (shown[id] && (!best || rank[shown[id]] > rank[best])) { best = shown[id]; }
      });
      mark.classList.toggle('off', !best);
      if (best) { mark.dataset.sev = best; }
    });
    var label = document.getElementById('shown');
    if (label) { label.textContent = visible === total ? '' : visible + ' of ' + total + ' findings shown'; }
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
})();
"""
