"""The collector is paused while a run builds what it keeps; only the command line freezes it."""

from __future__ import annotations

import gc
import subprocess
import sys

from claimlint import startup


def test_a_pause_restores_an_enabled_collector():
    assert gc.isenabled()
    with startup.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_leaves_a_disabled_collector_disabled():
    gc.disable()
    try:
        with startup.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_pause_restores_the_collector_when_the_build_fails():
    try:
        with startup.collector_paused():
            raise ValueError("a ruleset that does not load")
    except ValueError:
        pass
    assert gc.isenabled()


LIBRARY_PROBE = """
import gc, claimlint
from claimlint.config import Config
findings = claimlint.lint_text("The car drives itself. 本车支持自动驾驶。", config=Config())
print(len(findings) > 0, gc.isenabled(), gc.get_freeze_count())
"""

COMMAND_LINE_PROBE = """
import gc, sys
from claimlint.__main__ import main
sys.argv = ["claimlint", "check", "--jobs", "1", {page!r}]
try:
    main()
except SystemExit as exit:
    print(exit.code, gc.isenabled(), gc.get_freeze_count() > 10000)
"""


def _run(probe: str, tmp_path) -> str:
    env = {"CLAIMLINT_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                          check=True).stdout.strip().splitlines()[-1]


def test_a_library_caller_keeps_its_collector_enabled_and_nothing_frozen(tmp_path):
    assert _run(LIBRARY_PROBE, tmp_path) == "True True 0"


def test_the_command_line_sets_its_long_lived_objects_aside_and_still_collects(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("The car drives itself on the highway.\n", encoding="utf-8")
    assert _run(COMMAND_LINE_PROBE.format(page=str(page)), tmp_path) == "1 True True"
