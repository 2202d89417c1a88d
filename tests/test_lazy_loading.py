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
