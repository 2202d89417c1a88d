"""Baselines: record today's findings so that only new ones fail the gate.

A finding is identified by its fingerprint (rule, file, matched words, sentence), not its line, so
moving copy around does not make old findings new. Counts matter: a baseline with one
"drives itself" in a file tolerates one, and a second occurrence is new.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from claimlint.findings import META_CATEGORY, Finding

VERSION = 1


class BaselineError(Exception):
    pass


def create(findings: list[Finding]) -> str:
    entries = [
        {"fingerprint": f.fingerprint(), "rule_id": f.rule_id, "path": f.path, "text": f.text}
        for f in sorted(findings)
        if f.category != META_CATEGORY
    ]
    return json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n"


def load(path: str) -> Counter:
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except OSError as error:
        raise BaselineError(f"{path}:1:1: cannot read baseline: {error.strerror}") from error
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path}:{error.lineno}:{error.colno}: invalid baseline JSON: {error.msg}") from error
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}:1:1: not a claimlint baseline (expected version {VERSION} and a findings list)")
    return Counter(entry.get("fingerprint") for entry in data["findings"] if isinstance(entry, dict))


def new_findings(findings: list[Finding], baseline: Counter) -> list[Finding]:
    remaining = Counter(baseline)
    kept = []
    for finding in sorted(findings):
        key = finding.fingerprint()
        if finding.category != META_CATEGORY and remaining[key] > 0:
            remaining[key] -= 1
        else:
            kept.append(finding)
    return kept
