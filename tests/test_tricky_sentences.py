"""Tricky sentences for the cn-miit-publicity ruleset: negations, mentions, other domains,
obfuscations, paraphrases, mixed language, certified Level 3 and compliant official wording.

Each line of data/tricky.jsonl gives the exact set of categories expected. A line with an
"xfail" reason documents a known engine limitation (context checks, tokenizer, normalization)
and is expected to fail until the engine is fixed (strict: an unexpected pass is reported).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimlint
from claimlint.config import Config

DATA = Path(__file__).parent / "data" / "tricky.jsonl"
CONFIG = Config(rulesets=("cn-miit-publicity",))


def _cases():
    cases = []
    for number, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        item = json.loads(line)
        marks = [pytest.mark.xfail(reason=item["xfail"], strict=True)] if item.get("xfail") else []
        cases.append(pytest.param(item, id=f"{number}-{item['lang']}", marks=marks))
    return cases


def test_data_covers_both_languages():
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    for item in items:
        assert set(item) <= {"text", "lang", "expect", "why", "xfail"}, item
        assert item["lang"] in ("en", "zh") and item["why"], item
    assert sum(item["lang"] == "en" for item in items) >= 70
    assert sum(item["lang"] == "zh" for item in items) >= 70


@pytest.mark.parametrize("item", _cases())
def test_tricky_sentence(item):
    findings = claimlint.lint_text(item["text"], config=CONFIG)
    got = {f.category for f in findings if f.category != "meta"}
    detail = "; ".join(f"{f.rule_id} [{f.category}] {f.text!r}" for f in findings) or "no findings"
    assert got == set(item["expect"]), f"{item['text']!r} ({item['why']}): expected {sorted(item['expect'])}, got {detail}"
