"""Baseline, changed-lines and fix modes, on a throwaway git repository."""

from __future__ import annotations

import codecs
import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

MINI = str(Path(__file__).parent / "data" / "mini-ruleset.yaml")


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "t@example.invalid")
    git(tmp_path, "config", "user.name", "t")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(result):
    return [(f["path"], f["line"], f["rule_id"]) for f in json.loads(result.stdout)["findings"]]


def test_baseline_hides_old_findings_even_when_lines_move(cli, repo):
    page = repo / "page.txt"
    page.write_text("The car drives itself.\n", encoding="utf-8")
    result = cli(["baseline", "create", "--ruleset", MINI, "--output", "baseline.json", "page.txt"])
    assert result.exit_code == 0 and "1 finding(s)" in result.stdout
    page.write_text("New intro line.\n\nThe car drives itself.\n它可以自动驾驶。\n", encoding="utf-8")
    result = cli(["check", "--ruleset", MINI, "--baseline", "baseline.json", "--format", "json", "page.txt"])
    assert findings(result) == [("page.txt", 4, "mini-autonomy")]
    assert result.exit_code == 1


def test_broken_baseline_is_a_usage_error(cli, repo):
    (repo / "baseline.json").write_text("{not json", encoding="utf-8")
    (repo / "page.txt").write_text("ok\n", encoding="utf-8")
    result = cli(["check", "--ruleset", MINI, "--baseline", "baseline.json", "page.txt"])
    assert result.exit_code == 2 and "baseline.json:1:2" in result.stderr


def test_diff_from_reports_only_changed_lines(cli, repo):
    (repo / "old.txt").write_text("The car drives itself.\nplain line\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "initial")
    (repo / "old.txt").write_text("The car drives itself.\nIt is self-driving now.\n", encoding="utf-8")
    (repo / "new.txt").write_text("本车支持自动驾驶。\n", encoding="utf-8")
    result = cli(["check", "--ruleset", MINI, "--diff-from", "HEAD", "--format", "json", "old.txt", "new.txt"])
    assert findings(result) == [("new.txt", 1, "mini-autonomy"), ("old.txt", 2, "mini-autonomy")]
    result = cli(["check", "--ruleset", MINI, "--diff-from", "no-such-ref", "old.txt"])
    assert result.exit_code == 2 and "no-such-ref" in result.stderr


def test_fix_rewrites_and_keeps_encoding_bom_newlines_and_mode(cli, repo):
    path = repo / "brochure.txt"
    original = "第一行\r\n本车支持自动驾驶。\r\n"
    path.write_bytes(codecs.BOM_UTF16_LE + original.encode("utf-16-le"))
    path.chmod(0o640)
    result = cli(["check", "--ruleset", MINI, "--fix", "brochure.txt"])
    assert "fixed 1 finding(s)" in result.stderr
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF16_LE)
    assert data[2:].decode("utf-16-le") == "第一行\r\n本车支持组合驾驶辅助。\r\n"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert result.exit_code == 0  # nothing left at or above the threshold
    assert cli(["check", "--ruleset", MINI, "brochure.txt"]).exit_code == 0


def test_diff_shows_the_fix_and_changes_nothing(cli, repo):
    path = repo / "page.md"
    path.write_text("Our car can do 自动驾驶 today.\n", encoding="utf-8")
    result = cli(["check", "--ruleset", MINI, "--diff", "page.md"])
    assert "-Our car can do 自动驾驶 today." in result.stdout
    assert "+Our car can do 组合驾驶辅助 today." in result.stdout
    assert path.read_text(encoding="utf-8") == "Our car can do 自动驾驶 today.\n"


def test_fix_is_refused_when_the_file_changed_since_it_was_read(repo, monkeypatch):
    from claimlint import fix

    path = repo / "page.txt"
    path.write_text("本车支持自动驾驶。\n", encoding="utf-8")
    read_digest = fix.digest(path.read_bytes())
    path.write_text("本车支持自动驾驶。\n(edited by someone else)\n", encoding="utf-8")
    refused = fix.write_atomically(str(path), read_digest, "本车支持组合驾驶辅助。\n", "utf-8")
    assert refused is not None and "changed since it was read" in refused.message
    assert "someone else" in path.read_text(encoding="utf-8")
    assert not [p for p in repo.iterdir() if p.name.startswith(".claimlint-")]
