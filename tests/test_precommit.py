"""The pre-commit hook, run through pre-commit itself in a throwaway git repository.

pre-commit installs claimlint from this checkout (`try-repo` includes uncommitted changes) into
its own environment, as a user's `pre-commit install` would, then runs the hook on a bad and on a
clean file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def throwaway_repo(tmp_path_factory):
    if not PRE_COMMIT.exists() or shutil.which("git") is None:
        pytest.skip("pre-commit or git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("the checkout is not a git repository, so pre-commit cannot install from it")
    repo = tmp_path_factory.mktemp("site")
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "test@example.invalid")
    git(repo, "config", "user.name", "test")
    (repo / "bad.md").write_text("# Veyra\n\nThe car drives itself on the highway. 全程无需接管。\n", encoding="utf-8")
    (repo / "clean.md").write_text(
        "# Veyra\n\nLevel 2 driver assistance. Keep your hands on the wheel; you are responsible for driving.\n"
        "It works only on mapped highways and does not work in heavy rain or snow.\n",
        encoding="utf-8",
    )
    git(repo, "add", ".")
    return repo


def run_hook(repo: Path, *files: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"), "NO_COLOR": "1"}
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(ROOT), "claimlint", "--files", *files],
        cwd=repo, env=env, capture_output=True, text=True, timeout=1200,
    )


def test_hook_fails_on_a_bad_file(throwaway_repo):
    result = run_hook(throwaway_repo, "bad.md")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bad.md:3:9: error" in result.stdout
    assert "Failed" in result.stdout


def test_hook_passes_on_a_clean_file(throwaway_repo):
    result = run_hook(throwaway_repo, "clean.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
