"""Hostile documents and rulesets: each is bounded in time and memory and gets a clear per-file message.

The full-size inputs are measured by `measure.py` (docs/robustness.md); here they run at sizes
that keep the suite fast but still cross every limit.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

import hostile_files
from claimlint import runner, streaming
from claimlint.config import Config
from claimlint.readers import pdf
from claimlint.readers.base import Document
from claimlint.rules import guarded_regex, loader
from claimlint.rules.loader import RulesetError

MINI = str(Path(__file__).parents[1] / "data" / "mini-ruleset.yaml")
CONFIG = Config(rulesets=(MINI,))


def lint(path: Path, config: Config = CONFIG):
    start = time.perf_counter()
    result = runner.lint_file(str(path), config)
    return result, time.perf_counter() - start


def messages(result) -> list[str]:
    return [f.message for f in result.findings if f.rule_id == "io-error"] + result.notes


# --- documents -----------------------------------------------------------------------------------

def test_html_nested_100k_levels(tmp_path):
    result, seconds = lint(hostile_files.deep_html(tmp_path))
    assert seconds < 20
    assert any("nested deeper than" in note for note in result.notes)
    assert {f.rule_id for f in result.findings} >= {"mini-autonomy"}  # the claim inside is still found


def test_docx_zip_bomb_is_refused_before_inflating(tmp_path):
    result, seconds = lint(hostile_files.docx_zip_bomb(tmp_path, scale=0.25))  # 256 MB inflated
    assert seconds < 5
    [message] = messages(result)
    assert "zip bomb" in message


def test_docx_with_lying_sizes_stops_at_the_claimed_size(tmp_path):
    result, _ = lint(hostile_files.docx_lying_sizes(tmp_path, scale=0.02))
    [message] = messages(result)
    assert "damaged .docx" in message


@pytest.mark.parametrize("maker, expected", [(hostile_files.docx_deep_xml, "depth"),
                                             (hostile_files.docx_entities, "entity")])
def test_docx_xml_depth_and_entity_attacks(tmp_path, maker, expected):
    result, seconds = lint(maker(tmp_path))
    assert seconds < 5
    [message] = messages(result)
    assert expected in message.lower()


def test_pdf_claiming_100_million_pages(tmp_path):
    result, seconds = lint(hostile_files.pdf_huge_page_count(tmp_path))
    assert seconds < 10
    assert result.findings == [] or all(f.rule_id == "io-error" for f in result.findings)


def test_pdf_pages_beyond_the_limit_are_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGES", 5)
    result, _ = lint(hostile_files.pdf_many_pages(tmp_path, scale=0.001))  # 20 pages
    assert "only the first 5 of 20 pages were read" in result.notes
    assert len(result.findings) == 5


def test_millions_of_zero_width_and_combining_characters(tmp_path):
    path = tmp_path / "zw.txt"
    unit = "s\u200be\u200bl\u200bf\u0301-\u200bd\u200br\u200bi\u200bv\u200bi\u200bn\u200bg\u200b \u0301\u0302\u200b\u200c."
    path.write_text((unit * 20 + "\n\n") * 2000, encoding="utf-8")  # 1.3 million characters
    result, seconds = lint(path)
    assert seconds < 30
    assert not messages(result)
    finding = result.findings[0]
    assert finding.rule_id == "mini-autonomy" and finding.text.startswith("s\u200be")


def test_a_long_run_of_combining_marks(tmp_path):
    result, seconds = lint(hostile_files.combining_run(tmp_path, scale=0.1))  # 500,000 marks on one letter
    assert seconds < 20
    assert "mini-autonomy" in {f.rule_id for f in result.findings}


def test_a_long_single_line_is_streamed_in_bounded_blocks(tmp_path, monkeypatch):
    monkeypatch.setattr(streaming, "STREAM_THRESHOLD", 1024 * 1024)
    path = hostile_files.long_line(tmp_path, scale=0.06)  # 3 MB, no line break, cut into 2M-char blocks
    result, _ = lint(path)
    assert any("linted in blocks" in note for note in result.notes)
    source = path.read_text(encoding="utf-8")
    claims = [f for f in result.findings if f.rule_id == "mini-autonomy"]
    assert len(claims) >= 2 * source.count("drives itself") - 2  # English and Chinese claim of each piece
    for finding in claims[-4:]:
        assert finding.line == 1
        assert source[finding.column - 1 : finding.end_column - 1] == finding.text


def test_markup_files_past_the_size_limit_are_reported_not_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "MAX_MARKUP_BYTES", 1024 * 1024)
    path = hostile_files.long_line(tmp_path, scale=0.04, suffix=".md")
    result, seconds = lint(path)
    assert seconds < 1
    [error] = result.findings
    assert error.rule_id == "io-error" and "larger than 1 MB" in error.message


def test_mixed_newlines_count_every_line_break(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"one\rtwo\r\nthree\nfour: it drives itself\r\r\nsix: \xe8\x87\xaa\xe5\x8a\xa8\xe9\xa9\xbe\xe9\xa9\xb6\r")
    result, _ = lint(path)
    located = sorted((f.line, f.column, f.text) for f in result.findings)
    assert located == [(4, 10, "drives itself"), (6, 6, "自动驾驶")]


def test_lone_cr_line_numbers_agree_between_document_and_suppressions(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_bytes(b"intro\r# claimlint: disable-next-line=mini-autonomy\rit drives itself\rit drives itself\r")
    result, _ = lint(path)
    assert [(f.line, f.rule_id) for f in result.findings] == [(4, "mini-autonomy")]
    document = Document("x", "a\rb\r\nc\nd", [])
    assert [document.line_col(i) for i in (0, 2, 5, 7)] == [(1, 1), (2, 1), (3, 1), (4, 1)]


def test_nul_bytes_mean_binary_and_are_skipped_with_a_note(tmp_path):
    result, _ = lint(hostile_files.nul_bytes(tmp_path, scale=0.01))
    assert result.notes == ["skipped: binary file"] and result.findings == []


def test_nul_bytes_after_the_sniffed_head_are_linted_as_text(tmp_path):
    result, seconds = lint(hostile_files.late_nul_bytes(tmp_path, scale=0.1))
    assert seconds < 20
    assert "mini-autonomy" in {f.rule_id for f in result.findings}


def test_an_unreadable_file_is_reported_and_the_run_goes_on(tmp_path, cli):
    good = tmp_path / "good.txt"
    good.write_text("本车支持自动驾驶。", encoding="utf-8")
    fifo_free = tmp_path / "gone.txt"
    fifo_free.symlink_to(tmp_path / "missing-target")
    result = runner.lint_paths([str(fifo_free), str(good)], CONFIG)
    assert result.files[0].findings[0].rule_id == "io-error"
    assert result.files[1].findings[0].rule_id == "mini-autonomy"


# --- rulesets ------------------------------------------------------------------------------------

CATASTROPHIC = """\
id: hostile
rules:
  - id: hostile-catastrophic
    category: level-inflation
    severity: error
    languages: [en, zh]
    message: catastrophic
    patterns:
      - regex: '(a|aa)+$'
  - id: hostile-fine
    category: autonomy
    severity: error
    languages: [en, zh]
    message: fine
    patterns:
      - phrase: [self-driving, 自动驾驶]
"""


@pytest.fixture
def no_cache(monkeypatch):
    monkeypatch.setenv("CLAIMLINT_NO_CACHE", "1")
    loader.load_path.cache_clear()
    yield
    loader.load_path.cache_clear()


def test_catastrophic_regex_is_reported_once_skipped_and_the_rest_applies(tmp_path, cli, no_cache):
    """`(a|aa)+$` is exponential in the `regex` module on "aaa…ab" (`(a+)+$` is not: it is optimized)."""
    ruleset = tmp_path / "hostile.yaml"
    ruleset.write_text(CATASTROPHIC, encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text("It is self-driving.\n\n" + ("a" * 1500 + "b\n\n") * 6 + "本车支持自动驾驶。\n", encoding="utf-8")
    start = time.perf_counter()
    result = cli(["check", "--ruleset", ruleset, "--format", "json", copy])
    elapsed = time.perf_counter() - start
    assert elapsed < 6 * guarded_regex.TIMEOUT_SECONDS + 10  # disabled after MAX_TIMEOUTS, not 6 time-outs
    assert [f["rule_id"] for f in json.loads(result.stdout)["findings"]] == ["hostile-fine", "hostile-fine"]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("claimlint: warning:")]
    assert len(warnings) == 1, result.stderr
    assert "hostile-catastrophic" in warnings[0] and "(a|aa)+$" in warnings[0] and "hostile.yaml:9" in warnings[0]


def test_catastrophic_regex_warning_comes_back_from_worker_processes(tmp_path, cli, no_cache):
    ruleset = tmp_path / "hostile.yaml"
    ruleset.write_text(CATASTROPHIC, encoding="utf-8")
    for number in range(3):
        (tmp_path / f"copy{number}.txt").write_text("self-driving\n\n" + "a" * 1500 + "b\n", encoding="utf-8")
    result = cli(["check", "--ruleset", ruleset, "--jobs", 2, "--format", "json", tmp_path / "copy0.txt",
                  tmp_path / "copy1.txt", tmp_path / "copy2.txt"])
    assert len(json.loads(result.stdout)["findings"]) == 3
    warnings = [line for line in result.stderr.splitlines() if line.startswith("claimlint: warning:")]
    assert len(warnings) == 1 and "hostile-catastrophic" in warnings[0]


def _load(tmp_path, text: str):
    path = tmp_path / "ruleset.yaml"
    path.write_text(text, encoding="utf-8")
    loader.load_path.cache_clear()
    return loader.load_path(str(path))


def test_python_tags_are_refused_and_nothing_runs(tmp_path, no_cache):
    marker = tmp_path / "pwned"
    with pytest.raises(RulesetError) as info:
        _load(tmp_path, f"id: !!python/object/apply:os.system ['touch {marker}']\nrules: []\n")
    assert "python/object/apply" in str(info.value) and info.value.line == 1
    assert not marker.exists()


def test_billion_laughs_is_refused_fast(tmp_path, no_cache):
    lines = ["laughs:", "  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"  - &a{i + 1} [" + ", ".join([f"*a{i}"] * 9) + "]" for i in range(9)]
    start = time.perf_counter()
    with pytest.raises(RulesetError) as info:
        _load(tmp_path, "\n".join(lines) + "\nid: *a9\nrules: []\n")
    assert time.perf_counter() - start < 2
    assert "aliases expand" in info.value.message and info.value.line >= 1


def test_recursive_alias_and_deep_nesting_are_refused(tmp_path, no_cache):
    with pytest.raises(RulesetError, match="refers to itself"):
        _load(tmp_path, "id: x\nrules: &r [*r]\n")
    with pytest.raises(RulesetError, match="nested too deeply"):
        _load(tmp_path, "id: x\nrules: " + "[" * 20000 + "]" * 20000 + "\n")


def test_unknown_keys_and_oversized_rulesets_are_located(tmp_path, no_cache):
    with pytest.raises(RulesetError) as info:
        _load(tmp_path, "id: x\nrules:\n  - id: r\n    colour: red\n    category: autonomy\n    severity: error\n"
                        "    languages: [en]\n    message: m\n    patterns: [{phrase: a}]\n")
    assert (info.value.line, info.value.column) == (3, 5) and "colour" in info.value.message
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (loader.MAX_RULESET_BYTES + 1))
    with pytest.raises(RulesetError, match="larger than"):
        loader.load_path(str(path))


def test_a_slow_regex_is_disabled_after_a_few_time_outs():
    pattern = guarded_regex.compile_checked("(a|aa)+$")
    text = "a" * 3000 + "b"
    for _ in range(guarded_regex.MAX_TIMEOUTS):
        with pytest.raises(guarded_regex.RegexTimeout):
            pattern.spans(text, timeout=0.05)
    start = time.perf_counter()
    assert pattern.spans(text) == []
    assert time.perf_counter() - start < 0.01


def test_a_million_character_sentence_lints_without_an_internal_error(tmp_path):
    path = tmp_path / "one-sentence.txt"
    path.write_text("the car drives itself and keeps going without any stop " * 20000, encoding="utf-8")
    result, _ = lint(path)
    assert not [f for f in result.findings if f.rule_id == "io-error"], result.findings[:1]


def test_a_large_binary_file_is_skipped_like_a_small_one(tmp_path, monkeypatch):
    monkeypatch.setattr(streaming, "STREAM_THRESHOLD", 64 * 1024)
    result, _ = lint(hostile_files.nul_bytes(tmp_path, scale=0.01))  # 480 KB: over the patched threshold
    assert result.notes == ["skipped: binary file"] and result.findings == []
