"""Inline suppressions, and a finding for every suppression that suppressed nothing.

`claimlint: disable=ID` silences ID from the comment's line until `claimlint: enable=ID` (or the
end of the file); `disable-next-line=ID` silences the line after the comment. ID may be a rule id,
a ruleset id or a category; no ID (or `all`) means every rule. Unused suppressions are reported,
so stale comments do not pile up and hide future claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimlint.findings import META_CATEGORY, Finding
from claimlint.readers.base import Directive, Document, split_lines

UNUSED_RULE_ID = "unused-suppression"


@dataclass
class _Region:
    directive: Directive
    first_line: int
    last_line: float  # inclusive; inf until an `enable` closes it
    used: bool = False
    names: tuple[str, ...] = field(default=())

    def covers(self, finding: Finding) -> bool:
        if not self.first_line <= finding.line <= self.last_line:
            return False
        return not self.names or bool({finding.rule_id, finding.category, *finding.rulesets} & set(self.names))


def apply(document: Document, findings: list[Finding]) -> list[Finding]:
    """Findings not suppressed, plus one warning per unused suppression."""
    regions = _regions(document.directives)
    if not regions:
        return findings
    kept = []
    for finding in findings:
        covering = [region for region in regions if region.covers(finding)]
        for region in covering:
            region.used = True
        if not covering:
            kept.append(finding)
    kept.extend(_unused(document, region.directive) for region in regions if not region.used)
    return sorted(kept)


def _regions(directives: list[Directive]) -> list[_Region]:
    regions: list[_Region] = []
    open_regions: list[_Region] = []
    for directive in sorted(directives, key=lambda d: (d.line, d.column)):
        if directive.action == "disable-next-line":
            next_line = directive.end_line + 1
            regions.append(_Region(directive, next_line, next_line, names=directive.rules))
        elif directive.action == "disable":
            region = _Region(directive, directive.line, float("inf"), names=directive.rules)
            regions.append(region)
            open_regions.append(region)
        else:  # enable
            for region in list(open_regions):
                if not directive.rules or set(region.names) <= set(directive.rules):
                    region.last_line = directive.line
                    open_regions.remove(region)
    return regions


def _unused(document: Document, directive: Directive) -> Finding:
    names = ",".join(directive.rules) or "all"
    lines = split_lines(document.source)
    line_text = lines[directive.line - 1] if 0 < directive.line <= len(lines) else ""
    return Finding(
        path=document.path,
        line=directive.line,
        column=directive.column,
        end_line=directive.line,
        end_column=max(directive.column + 1, len(line_text) + 1),
        rule_id=UNUSED_RULE_ID,
        ruleset="claimlint",
        category=META_CATEGORY,
        severity="warning",
        message=f"suppression `{directive.action}={names}` matched no finding; remove it",
        text=line_text[directive.column - 1 :].strip(),
        rulesets=("claimlint",),
    )
