"""spaCy and jieba load only when a candidate sentence needs them, and stay silent when they do."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import claimlint
from claimlint.config import Config
claimlint.lint_text({text!r}, config=Config())
print("spacy" in sys.modules, "jieba" in sys.modules)
"""


def loaded_after(text: str, tmp_path) -> str:
    env = {"CLAIMLINT_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    completed = subprocess.run([sys.executable, "-c", PROBE.format(text=text)], capture_output=True, text=True,
                               env=env, check=True)
    return completed.stdout.strip()


def test_clean_copy_loads_neither(tmp_path):
    assert loaded_after("The cabin is quiet and the seats fold flat. 后备箱空间很大。", tmp_path) == "False False"


def test_english_candidate_loads_spacy_only(tmp_path):
    assert loaded_after("The car drives itself.", tmp_path) == "True False"


def test_chinese_candidate_loads_both(tmp_path):
    assert loaded_after("本车支持自动驾驶。", tmp_path) == "True True"


def test_jieba_log_lines_never_reach_the_terminal(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("本车支持自动驾驶，全程无需接管。\n", encoding="utf-8")
    env = {"CLAIMLINT_CACHE_DIR": str(tmp_path / "fresh-cache"), "PATH": "/usr/bin:/bin"}
    completed = subprocess.run([sys.executable, "-m", "claimlint", "check", str(page)], capture_output=True, text=True,
                               env=env)
    assert completed.returncode == 1
    assert completed.stderr == ""
    assert "prefix dict" not in completed.stdout.lower()


def test_a_cached_pre_commit_run_over_named_files_skips_yaml_pathspec_and_pools(tmp_path):
    """Each is imported when a run needs it (a YAML config or an uncached ruleset, exclude globs or
    a folder, several jobs), not by every run."""
    page = tmp_path / "page.txt"
    page.write_text("The cabin is quiet and the seats fold flat.\n", encoding="utf-8")
    env = {"CLAIMLINT_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    probe = (
        "import runpy, sys\n"
        f"sys.argv = ['claimlint', 'check', '--jobs', '1', {str(page)!r}]\n"
        "try:\n    runpy.run_module('claimlint', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in ('yaml', 'pathspec', 'multiprocessing', 'spacy') if m in sys.modules))\n"
    )
    for _ in range(2):  # the first run fills the ruleset cache (and parses YAML)
        completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                                   cwd=tmp_path, check=True)
    assert completed.stdout.strip().splitlines()[-1] == "[]"
