"""`--diff-from REF`: which lines changed since a git revision, for pull-request review of copy.

Uses `git diff --unified=0 REF` for tracked files; a file git does not know is new, so every
line of it counts as changed.
"""

from __future__ import annotations

import os
import re
import subprocess

HUNK_RE = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


class GitError(Exception):
    pass


def changed_lines(ref: str, paths: list[str]) -> dict[str, set[int] | None]:
    """Map each path (as given) to its changed line numbers; None means the whole file is new."""
    if not paths:
        return {}
    top = _git(["rev-parse", "--show-toplevel"], os.getcwd()).strip()
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top, f"unknown git revision {ref!r}")
    result: dict[str, set[int] | None] = {}
    tracked = set(_git(["ls-files", "--full-name", "-z"], top).split("\0"))
    for path in paths:
        relative = os.path.relpath(os.path.abspath(path), top).replace(os.sep, "/")
        if relative not in tracked:
            result[path] = None
            continue
        diff = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", ref, "--", relative], top)
        result[path] = _added_lines(diff)
    return result


def _added_lines(diff: str) -> set[int]:
    lines: set[int] = set()
    for line in diff.splitlines():
        match = HUNK_RE.match(line)
        if match:
            start, count = int(match.group(1)), int(match.group(2) or 1)
            lines.update(range(start, start + count))
    return lines


def _git(args: list[str], cwd: str, error: str | None = None) -> str:
    try:
        completed = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise GitError(f"git is not available: {exc}") from exc
    if completed.returncode != 0:
        raise GitError(error or completed.stderr.strip() or f"git {' '.join(args)} failed")
    return completed.stdout
