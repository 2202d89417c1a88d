"""Measure claimlint on each hostile input: wall time and peak RSS of `claimlint check` on it.

    python tests/hardening/measure.py [NAME ...]      # prints a Markdown table

Each file is made at full size in a temporary folder and checked in a fresh process, so the peak
RSS is that of one run (import, rulesets and the file). Not run by the test suite: the tests use
smaller sizes and assert bounds; this gives the numbers in docs/robustness.md.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from hostile_files import MAKERS  # noqa: E402

CLAIMLINT = str(Path(sys.executable).with_name("claimlint"))


def measure(name: str, folder: Path, timeout: float = 600) -> tuple[float, float, int, str, int]:
    path = MAKERS[name](folder)
    size = path.stat().st_size
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    process = subprocess.run([CLAIMLINT, "check", "--no-color", "--verbose", "--format", "text", str(path)],
                             capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB on Linux; max over children
    lines = [line for line in process.stderr.splitlines() + process.stdout.splitlines()
             if "note:" in line or "io-error" in line or "warning:" in line or "finding(s)" in line]
    summary = "; ".join(dict.fromkeys(line.replace(str(folder) + "/", "") for line in lines[:4]))
    path.unlink()
    return elapsed, max(peak, before) / 1024, process.returncode, summary, size


def main(names: list[str]) -> None:
    print("| hostile input | file size | time | peak RSS | exit | behaviour |")
    print("|---|---|---|---|---|---|")
    for name in names or list(MAKERS):
        # a fresh measuring process per input, so RUSAGE_CHILDREN's maximum is that input's own
        out = subprocess.run([sys.executable, __file__, "--one", name], capture_output=True, text=True)
        print(out.stdout.strip() or f"| {name} | | | | | measurement failed: {out.stderr.strip()[-200:]} |", flush=True)


def one(name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        elapsed, peak, code, summary, size = measure(name, Path(folder))
    print(f"| {name} | {size / 2**20:.1f} MB | {elapsed:.2f} s | {peak:.0f} MB | {code} | {summary[:300]} |")


if __name__ == "__main__":
    os.environ.setdefault("CLAIMLINT_NO_CACHE", "")
    if sys.argv[1:2] == ["--one"]:
        one(sys.argv[2])
    else:
        main(sys.argv[1:])
