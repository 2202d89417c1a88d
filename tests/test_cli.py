"""The command line as a user meets it: formats, exit codes, configuration, suppressions."""

from __future__ import annotations

import json
import os

import pytest

from pathlib import Path

MINI = str(Path(__file__).parent / "data" / "mini-ruleset.yaml")

BAD = "The car drives itself.\n本车支持自动驾驶，全程无需接管。\n"
CLEAN = "Adaptive Cruise Control keeps a set distance. Keep your hands on the wheel.\n"
JSON_KEYS = {"path", "line", "column", "end_line", "end_column", "rule_id", "ruleset", "category",
             "severity", "message", "text", "suggestions"}


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_text_output_is_compiler_style(cli, workdir):
    (workdir / "ad.txt").write_text(BAD, encoding="utf-8")
    result = cli(["check", "--ruleset", MINI, "ad.txt"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "ad.txt:1:9: error mini-autonomy implies an automated driving system"
    assert "    = suggestion: 组合驾驶辅助" in lines
    assert "ad.txt:2:5: error mini-autonomy implies an automated driving system" in lines
    assert "ad.txt:2:12: error mini-takeover says the driver need not take over" in lines


def test_json_has_every_key_of_the_contract(cli, workdir):
    (workdir / "ad.txt").write_text(BAD, encoding="utf-8")
    result = cli(["check", "--ruleset", MINI, "--format", "json", "ad.txt"])
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert len(data["findings"]) == 3
    for finding in data["findings"]:
        assert JSON_KEYS <= set(finding)
    first = data["findings"][0]
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (1, 9, 1, 22)
    assert first["text"] == "drives itself"
    assert data["summary"]["findings"] == 3


def test_exit_codes_and_fail_on(cli, workdir):
    (workdir / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (workdir / "level.txt").write_text("L2.5级体验\n", encoding="utf-8")  # a warning-level rule
    assert cli(["check", "--ruleset", MINI, "clean.txt"]).exit_code == 0
    assert cli(["check", "--ruleset", MINI, "level.txt"]).exit_code == 1
    assert cli(["check", "--ruleset", MINI, "--fail-on", "error", "level.txt"]).exit_code == 0
    assert cli(["check", "--ruleset", MINI, "--fail-on", "never", "level.txt"]).exit_code == 0


def test_usage_errors_exit_2(cli, workdir):
    result = cli(["check", "--ruleset", "no-such-ruleset", "."])
    assert result.exit_code == 2 and "no-such-ruleset" in result.stderr
    result = cli(["check", "--ruleset", MINI, "missing.txt"])
    assert result.exit_code == 2 and "missing.txt" in result.stderr


def test_broken_ruleset_exits_2_with_location(cli, workdir):
    (workdir / "bad.yaml").write_text("id: bad\nrules:\n  - id: r\n    category: nope\n", encoding="utf-8")
    result = cli(["check", "--ruleset", "bad.yaml", "."])
    assert result.exit_code == 2
    assert "bad.yaml:" in result.stderr and "claimlint: error:" in result.stderr


def test_stdin(cli, workdir):
    result = cli(["check", "--ruleset", MINI, "-"], input="它可以自动驾驶\n")
    assert result.exit_code == 1 and result.stdout.startswith("-:1:4: error mini-autonomy")


def test_select_and_ignore(cli, workdir):
    (workdir / "ad.txt").write_text(BAD, encoding="utf-8")
    result = cli(["check", "--ruleset", MINI, "--select", "disengagement", "--format", "json", "ad.txt"])
    assert {f["rule_id"] for f in json.loads(result.stdout)["findings"]} == {"mini-takeover"}
    result = cli(["check", "--ruleset", MINI, "--ignore", "mini-autonomy,mini-takeover", "ad.txt"])
    assert result.exit_code == 0


def test_folder_respects_gitignore(cli, workdir):
    (workdir / "site").mkdir()
    (workdir / "site" / "a.txt").write_text(BAD, encoding="utf-8")
    (workdir / "site" / "generated").mkdir()
    (workdir / "site" / "generated" / "b.txt").write_text(BAD, encoding="utf-8")
    (workdir / ".gitignore").write_text("generated/\n", encoding="utf-8")
    result = cli(["check", "--ruleset", MINI, "--format", "json", "site"])
    paths = {f["path"] for f in json.loads(result.stdout)["findings"]}
    assert paths == {os.path.join("site", "a.txt")}


def test_config_file_is_discovered_and_options_win(cli, workdir):
    (workdir / ".claimlint.yaml").write_text(f"rulesets: ['{MINI}']\nignore: [autonomy]\nfail_on: error\n", encoding="utf-8")
    (workdir / "sub").mkdir()
    (workdir / "sub" / "ad.txt").write_text(BAD, encoding="utf-8")
    os.chdir(workdir / "sub")
    result = cli(["check", "--format", "json", "ad.txt"])
    assert {f["rule_id"] for f in json.loads(result.stdout)["findings"]} == {"mini-takeover"}
    # An option replaces the configured value, as in ruff: the configured ignore no longer applies.
    result = cli(["check", "--ignore", "disengagement", "--format", "json", "ad.txt"])
    assert {f["rule_id"] for f in json.loads(result.stdout)["findings"]} == {"mini-autonomy"}


def test_pyproject_tool_section(cli, workdir):
    (workdir / "pyproject.toml").write_text(f"[tool.claimlint]\nrulesets = ['{MINI}']\nselect = ['level-inflation']\n", encoding="utf-8")
    (workdir / "ad.txt").write_text(BAD + "L2.5\n", encoding="utf-8")
    result = cli(["check", "--format", "json", "ad.txt"])
    assert {f["rule_id"] for f in json.loads(result.stdout)["findings"]} == {"mini-level"}


def test_config_errors_are_located(cli, workdir):
    (workdir / ".claimlint.yaml").write_text("rulesets: [mini]\nfail_onn: error\n", encoding="utf-8")
    result = cli(["check", "."])
    assert result.exit_code == 2
    assert ".claimlint.yaml:2:1: unknown key 'fail_onn'" in result.stderr


def test_inline_suppressions_and_unused_ones(cli, workdir):
    text = (
        "# claimlint: disable-next-line=mini-autonomy\n"
        "The car drives itself.\n"
        "# claimlint: disable-next-line=mini-level\n"
        "Nothing to see here.\n"
        "# claimlint: disable=autonomy\n"
        "它可以自动驾驶。\n"
        "# claimlint: enable=autonomy\n"
        "它可以无人驾驶。\n"
    )
    (workdir / "ad.txt").write_text(text, encoding="utf-8")
    result = cli(["check", "--ruleset", MINI, "--format", "json", "ad.txt"])
    found = [(f["line"], f["rule_id"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [(3, "unused-suppression"), (8, "mini-autonomy")]


def test_rules_explain_and_test_rules(cli, workdir):
    result = cli(["rules", "--ruleset", MINI, "--format", "json"])
    data = json.loads(result.stdout)
    assert data["rulesets"][0]["id"] == "mini"
    assert {"id", "category", "severity", "languages", "basis", "message"} <= set(data["rulesets"][0]["rules"][0])
    assert "mini-autonomy" in cli(["rules", "--ruleset", MINI]).stdout
    result = cli(["test-rules", MINI])
    assert result.exit_code == 0 and "4 passed, 0 failed" in result.stdout


def test_output_to_a_device_or_pipe_writes_through_it(cli, workdir, tmp_path):
    """--output /dev/null must never replace the device (an atomic rename would, as root)."""
    import stat as stat_module

    (workdir / "ad.txt").write_text(BAD, encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    result = cli(["check", "--ruleset", MINI, "--format", "json", "--output", fifo, "ad.txt"])
    reader.join(timeout=10)
    assert result.exit_code == 1
    assert stat_module.S_ISFIFO(os.stat(fifo).st_mode)
    assert json.loads(received[0])["summary"]["findings"] == 3
    assert cli(["check", "--ruleset", MINI, "--output", os.devnull, "ad.txt"]).exit_code == 1
    assert stat_module.S_ISCHR(os.stat(os.devnull).st_mode)


def test_output_dash_is_standard_output(cli, workdir):
    (workdir / "ad.txt").write_text(BAD, encoding="utf-8")
    result = cli(["check", "--ruleset", MINI, "--format", "json", "-o", "-", "ad.txt"])
    assert result.exit_code == 1
    assert json.loads(result.output)["summary"]["findings"] == 3
    assert not (workdir / "-").exists()
