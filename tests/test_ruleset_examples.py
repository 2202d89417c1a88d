"""Every bundled ruleset loads, and every rule's embedded examples behave: each `flag` example is
flagged by its rule, each `pass` example is not, and every rule has at least five of each."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimlint.rules.loader import load_path
from claimlint.rules.selftest import run_examples

RULESETS = sorted((Path(__file__).resolve().parents[1] / "rulesets").glob("*.yaml"))


def test_rulesets_exist():
    assert RULESETS, "no ruleset files in rulesets/"


@pytest.mark.parametrize("path", RULESETS, ids=[p.name for p in RULESETS])
def test_ruleset_examples(path):
    ruleset = load_path(str(path))
    count, failures = run_examples(ruleset, minimum=5)
    assert count > 0, f"{path.name}: no examples"
    assert not failures, f"{path.name}: {len(failures)} example failure(s):\n" + "\n".join(str(f) for f in failures)
