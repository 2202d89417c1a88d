"""Parse `claimlint:` suppression comments, whatever comment syntax carried them."""

from __future__ import annotations

import re

from claimlint.readers.base import Directive

# `claimlint: disable=rule-a, rule-b  -- optional reason` ; `claimlint: enable` ; `disable-next-line=...`
DIRECTIVE_RE = re.compile(
    r"claimlint:\s*(?P<action>disable-next-line|disable|enable)"
    r"(?:\s*=\s*(?P<rules>[\w./-]+(?:\s*,\s*[\w./-]+)*))?",
    re.IGNORECASE,
)


def parse_directives(comment: str, line: int, column: int, end_line: int | None = None) -> list[Directive]:
    """Every directive inside one comment's text; `line`/`column` locate the comment."""
    found = []
    for match in DIRECTIVE_RE.finditer(comment):
        rules = match.group("rules")
        names = tuple(r.strip() for r in rules.split(",")) if rules else ()
        if names == ("all",):
            names = ()
        found.append(
            Directive(
                action=match.group("action").lower(),
                rules=names,
                line=line,
                column=column,
                end_line=end_line if end_line is not None else line,
            )
        )
    return found


# Line comments allowed in plain-text copy: `# claimlint: ...` and `// claimlint: ...`.
LINE_COMMENT_RE = re.compile(r"^[ \t]*(?:#|//)[ \t]*(?=claimlint:)", re.IGNORECASE | re.MULTILINE)
