"""Faults: a worker process killed mid-run, --fix killed mid-write, and output identical for any --jobs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from claimlint import runner
from claimlint.config import Config

MINI = str(Path(__file__).parents[1] / "data" / "mini-ruleset.yaml")
CONFIG = Config(rulesets=(MINI,))
PARENT = os.getpid()


def _corpus(folder: Path, count: int = 12) -> list[str]:
    paths = []
    for number in range(count):
        path = folder / f"copy-{number:02d}.txt"
        path.write_text(f"第{number}页。本车支持自动驾驶。\nThe car drives itself on page {number}.\n", encoding="utf-8")
        paths.append(str(path))
    (folder / "page.md").write_text("# Title\n\nIt is **self-driving**.\n", encoding="utf-8")
    (folder / "page.html").write_text("<p>无需接管，L2.5</p>", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\0\1\2" * 100)
    (folder / "bad.docx").write_bytes(b"PK not a zip")
    return paths + [str(folder / name) for name in ("page.md", "page.html", "binary.txt", "bad.docx")]


def test_output_is_identical_for_any_number_of_jobs(tmp_path, cli):
    _corpus(tmp_path)
    outputs = []
    for jobs in (1, 2, 3):
        result = cli(["check", "--ruleset", MINI, "--format", "json", "--jobs", jobs, tmp_path])
        assert result.exit_code == 1
        outputs.append(result.output)
    assert outputs[0] == outputs[1] == outputs[2]
    findings = json.loads(outputs[0])["findings"]
    assert [(f["path"], f["line"], f["column"]) for f in findings] == sorted(
        (f["path"], f["line"], f["column"]) for f in findings)
    assert {f["rule_id"] for f in findings} >= {"mini-autonomy", "io-error"}


def _killing_lint_file(original):
    def lint_file(path, config):
        if "kill-me" in path and os.getpid() != PARENT:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(path, config)

    return lint_file


@pytest.mark.parametrize("jobs", [2, 3])
def test_a_worker_killed_mid_run_costs_only_its_file(tmp_path, monkeypatch, jobs):
    paths = _corpus(tmp_path, count=30)
    victim = tmp_path / "kill-me.txt"
    victim.write_text("本车支持自动驾驶。", encoding="utf-8")
    paths.insert(7, str(victim))
    # workers are forked after the patch, so they inherit it; the parent never runs it
    monkeypatch.setattr(runner, "lint_file", _killing_lint_file(runner.lint_file))
    result = runner.lint_paths(paths, CONFIG, jobs=jobs)
    assert [r.path for r in result.files] == paths  # every file, in order
    by_path = {r.path: r for r in result.files}
    [error] = by_path[str(victim)].findings
    assert error.rule_id == "io-error" and "worker process died" in error.message
    for path in paths:
        if path != str(victim) and path.endswith("copy-00.txt"):
            assert {f.rule_id for f in by_path[path].findings} == {"mini-autonomy"}
    died = [r.path for r in result.files if any("worker process died" in f.message for f in r.findings)]
    assert died == [str(victim)]


def test_cli_reports_the_dead_worker_and_exits_non_zero(tmp_path, monkeypatch, cli):
    _corpus(tmp_path, count=8)
    (tmp_path / "kill-me.txt").write_text("plain copy", encoding="utf-8")
    monkeypatch.setattr(runner, "lint_file", _killing_lint_file(runner.lint_file))
    result = cli(["check", "--ruleset", MINI, "--format", "json", "--jobs", 2, "--fail-on", "never", tmp_path])
    findings = json.loads(result.output)["findings"]
    dead = [f for f in findings if f["rule_id"] == "io-error" and "worker process died" in f["message"]]
    assert [Path(f["path"]).name for f in dead] == ["kill-me.txt"]
    assert len({f["path"] for f in findings if f["rule_id"] == "mini-autonomy"}) == 9  # the other files
    strict = cli(["check", "--ruleset", MINI, "--jobs", 2, "--select", "io-error", tmp_path / "kill-me.txt",
                  tmp_path / "page.md"])
    assert strict.exit_code == 1 and "worker process died" in strict.output


SLOW_FIX = textwrap.dedent("""
    import os, sys, time
    from claimlint import fix
    from claimlint.cli import main
    real_fdopen = os.fdopen

    class Slow:
        def __init__(self, handle):
            self.handle = handle
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            return self.handle.__exit__(*exc)
        def write(self, data):
            for start in range(0, len(data), 4096):
                self.handle.write(data[start:start + 4096])
                self.handle.flush()
                if start == 4096 * 4:
                    print("WRITING", flush=True)
                    time.sleep(60)
        def __getattr__(self, name):
            return getattr(self.handle, name)

    fix.os.fdopen = lambda *a, **k: Slow(real_fdopen(*a, **k))
    main(["check", "--fix", "--ruleset", sys.argv[1], sys.argv[2]])
""")


def test_fix_killed_mid_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "copy.txt"
    original = ("本车支持自动驾驶。\r\n" + "普通的文字。" * 40 + "\r\n") * 400  # ~100 KB, CRLF
    target.write_bytes(original.encode("utf-8"))
    script = tmp_path / "slow_fix.py"
    script.write_text(SLOW_FIX, encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(script), MINI, str(target)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.strip() == "WRITING", process.stderr.read()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
        process.stdout.close()
        process.stderr.close()
    assert target.read_bytes() == original.encode("utf-8")  # the user's file is untouched
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("copy.txt", "slow_fix.py")]
    # a SIGKILL cannot be cleaned up after: at most one `.claimlint-*` temporary file stays behind
    assert all(name.startswith(".claimlint-") for name in leftovers) and len(leftovers) <= 1


def test_fix_completes_atomically_and_keeps_newlines_and_mode(tmp_path, cli):
    target = tmp_path / "copy.txt"
    target.write_bytes("本车支持自动驾驶。\r\nmore\rThe car is self-driving.\n".encode("utf-8"))
    os.chmod(target, 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    result = cli(["check", "--fix", "--ruleset", MINI, link])
    assert "fixed 2 finding(s)" in result.output
    assert link.is_symlink()  # the link was followed, not replaced by a file
    assert target.read_bytes() == "本车支持组合驾驶辅助。\r\nmore\rThe car is 组合驾驶辅助.\n".encode("utf-8")
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.txt", "link.txt"]


def test_fix_refuses_a_file_changed_since_it_was_read(tmp_path):
    from claimlint import fix

    target = tmp_path / "copy.txt"
    target.write_text("本车支持自动驾驶。", encoding="utf-8")
    result = runner.lint_file(str(target), CONFIG)
    target.write_text("本车支持自动驾驶。 edited", encoding="utf-8")
    refused = fix.write_atomically(str(target), result.digest, "x", "utf-8")
    assert refused is not None and "changed" in refused.message
    assert target.read_text(encoding="utf-8") == "本车支持自动驾驶。 edited"


def test_report_output_is_written_atomically(tmp_path, cli):
    (tmp_path / "copy.txt").write_text("本车支持自动驾驶。", encoding="utf-8")
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    cli(["check", "--ruleset", MINI, "--format", "json", "--output", report, tmp_path / "copy.txt"])
    assert json.loads(report.read_text(encoding="utf-8"))["findings"]
    assert [p.name for p in report.parent.iterdir()] == ["report.json"]


def test_large_runs_get_one_worker_per_core_by_default(tmp_path, monkeypatch):
    from claimlint import runner

    monkeypatch.setattr(runner.os, "cpu_count", lambda: 4)
    small = [tmp_path / f"small-{i}.txt" for i in range(10)]
    many = [tmp_path / f"page-{i}.txt" for i in range(runner.AUTO_JOBS_MIN_FILES)]
    for path in small + many:
        path.write_text("Lane keeping assistance.\n", encoding="utf-8")
    assert runner.automatic_jobs([str(p) for p in small]) == 1  # a pre-commit run: no workers
    assert runner.automatic_jobs([str(p) for p in many]) == 1  # many files, but little text
    big = tmp_path / "big.txt"
    big.write_bytes(b"Lane keeping assistance.\n" * (runner.AUTO_JOBS_MIN_BYTES // 25 + 1))
    assert runner.automatic_jobs([str(p) for p in many] + [str(big)]) == 4
    monkeypatch.setattr(runner.os, "cpu_count", lambda: 64)
    assert runner.automatic_jobs([str(p) for p in many] + [str(big)]) == runner.AUTO_JOBS_MAX
