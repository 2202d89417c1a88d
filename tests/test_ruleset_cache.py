"""The on-disk ruleset cache: compiled regexes read back without parsing, damaged entries ignored,
old entries pruned."""

from __future__ import annotations

import os

import pytest
import regex

import claimlint.api
from claimlint import api
from claimlint.config import Config
from claimlint.matching import literals
from claimlint.rules import cache, guarded_regex, loader

HOUSE = """\
id: house
rules:
  - id: house-self-driving
    category: autonomy
    severity: error
    languages: [en]
    message: calls the car self-driving
    patterns:
      - regex: '\\bdrives? (?P<how>it)self\\b'
      - regex: '\\bself[- ]driving\\b'
"""


def bundled_regexes() -> list[tuple[guarded_regex.GuardedRegex, tuple[str, ...]]]:
    """Every regex of the bundled rulesets, with the example sentences of its rule."""
    found = []
    for spec in loader.bundled_ids():
        for rule in loader.load(spec).rules:
            examples = rule.examples_flag + rule.examples_pass
            for pattern in rule.patterns:
                if pattern.kind == "regex":
                    found.append((pattern.value, examples))
                elif pattern.kind == "document":
                    found.extend((t, examples) for terms in pattern.value.values() for t in terms if not isinstance(t, str))
    return found


def test_every_bundled_regex_is_rebuilt_from_its_stored_form_and_matches_alike():
    """The compiled code itself may differ between processes (regex orders some sets by hash), so
    the rebuilt pattern must give back exactly its stored form and match as a fresh compile does."""
    patterns = bundled_regexes()
    assert len(patterns) > 500
    for pattern, examples in patterns:
        form = pattern.stored_form()
        assert form is not None, pattern.source
        rebuilt = guarded_regex.from_stored_form(pattern.source, form)
        assert rebuilt is not None and guarded_regex._form_of(rebuilt) == form, pattern.source
        fresh = regex.compile(pattern.source, guarded_regex.FLAGS)
        for text in examples:
            assert [m.span() for m in rebuilt.finditer(text)] == [m.span() for m in fresh.finditer(text)], text


def test_a_stored_form_that_does_not_belong_is_not_used():
    pattern = guarded_regex.compile_checked(r"\bdrives? (?P<how>it)self\b")
    form = pattern.stored_form()
    assert guarded_regex.from_stored_form(pattern.source, form).search("It drives itself.")
    other_version = ["1999.1.1", *form[1:]]
    other_source = r"\bdrives? (?P<how>her)self\b"
    damaged_code = [*form[:3], form[3][:-4] + "AAA=", *form[4:]]
    for source, bad in [(pattern.source, other_version), (other_source, form), (pattern.source, damaged_code),
                        (pattern.source, form[:-1]), (pattern.source, "not a form"), (pattern.source, [None] * 10)]:
        assert guarded_regex.from_stored_form(source, bad) is None
    # ...and a GuardedRegex given such a form compiles its own source instead
    fallback = guarded_regex.GuardedRegex(other_source, form=form)
    assert fallback.spans("She drives herself. It drives itself.") == [(4, 18)]


@pytest.fixture
def house_path(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "house.yaml"
    path.write_text(HOUSE, encoding="utf-8")
    yield path
    loader.load_path.cache_clear()
    claimlint.api._cached_engine.cache_clear()


def house_findings(path) -> list[tuple[str, int]]:
    loader.load_path.cache_clear()
    claimlint.api._cached_engine.cache_clear()
    config = Config(rulesets=(str(path),))
    return [(f.rule_id, f.column) for f in api.lint_text("Self-driving, it drives itself.", lang="en", config=config)]


def test_a_run_from_the_cache_parses_no_regex(house_path, monkeypatch):
    first = house_findings(house_path)  # parses the YAML, compiles, writes the cache entry
    assert [rule for rule, _ in first] == ["house-self-driving", "house-self-driving"]

    def refuse(*args, **kwargs):
        raise AssertionError("regex.compile called for a cached ruleset")

    monkeypatch.setattr(regex, "compile", refuse)
    assert house_findings(house_path) == first


def test_a_damaged_stored_form_falls_back_to_the_source(house_path):
    first = house_findings(house_path)
    (entry,) = (house_path.parent / "cache").glob("*.json")
    text = entry.read_text("utf-8")
    assert '"form": ["' in text
    entry.write_text(text.replace('"form": ["', '"form": ["0.', 1), encoding="utf-8")  # another regex version
    assert house_findings(house_path) == first


def test_the_cache_keeps_only_its_newest_entries(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(folder))
    for number in range(cache.KEPT_ENTRIES + 5):
        entry = folder / f"{number:040x}.json"
        entry.write_text("{}", encoding="utf-8")
        os.utime(entry, (1_000_000 + number, 1_000_000 + number))
    other = folder / "jieba-80000-1234.txt"
    other.write_text("not an entry", encoding="utf-8")
    ruleset = loader.load("cn-miit-publicity")
    cache.store(b"a ruleset's bytes", ruleset)
    names = {path.name for path in folder.iterdir()}
    assert other.name in names
    assert len([name for name in names if cache.ENTRY_NAME.fullmatch(name)]) == cache.KEPT_ENTRIES
    assert f"{0:040x}.json" not in names and f"{cache.KEPT_ENTRIES + 4:040x}.json" in names
    assert cache.load(b"a ruleset's bytes", ruleset.path) == ruleset


def test_every_bundled_pattern_keeps_the_prefilter_anchor_ranked_when_compiled(tmp_path, monkeypatch):
    """Read back from the cache, each pattern names the clause that ranking its clauses at start
    would choose, so the cached anchor never changes what the prefilter scans for."""
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path))
    checked = 0
    for spec in loader.bundled_ids():
        path = str(loader.resolve(spec))
        loader.load_path.cache_clear()
        compiled = loader.load_path(path)  # parsed: the cache folder starts empty
        loader.load_path.cache_clear()
        cached = loader.load_path(path)
        assert cached is not compiled
        for rule, cached_rule in zip(compiled.rules, cached.rules):
            for pattern, cached_pattern in zip(rule.patterns, cached_rule.patterns):
                if pattern.kind in ("phrase", "tokens", "regex"):
                    ranked = literals.anchor_index(pattern.triggers, pattern.condition)
                    assert pattern.anchor == cached_pattern.anchor == ranked, (rule.id, pattern.line)
                    checked += 1
    assert checked > 900
