"""Benchmarks: throughput, peak memory and cold start, claimlint beside the alternatives.

    python bench/run.py all            # everything below, written as a Markdown table
    python bench/run.py throughput     # claimlint vs a raw Aho-Corasick scan vs textlint + prh
    python bench/run.py jobs           # --jobs scaling
    python bench/run.py coldstart      # pre-commit cases: ten 2 KB files, a clean file, mixed candidates
    python bench/run.py bigfile        # one 200 MB text file, streamed

Every tool reads the same files with the same trigger terms (the rules' prefilter terms). Each
measurement runs the tool as a fresh process; peak RSS comes from the kernel's accounting of the
child (ru_maxrss), wall time from a monotonic clock. Corpora are generated with a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Outside the repository: its .gitignore (which ignores bench/out) would hide the corpus from a
# folder walk, exactly as it should for a user's ignored files.
OUT = Path(os.environ.get("CLAIMLINT_BENCH_OUT", Path(tempfile.gettempdir()) / "claimlint-bench"))
PYTHON = sys.executable
CLAIMLINT = [PYTHON, "-m", "claimlint"]


def measure(command: list[str], cwd: Path | None = None, env: dict | None = None) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MB, exit code) of one run of `command` as a child process.
    os.wait4 gives the resource usage of exactly that child."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{command[0]} failed: {stderr.decode(errors='replace')[-1500:]}")
    return wall, usage.ru_maxrss / 1024, process.returncode


def corpus(size_mb: float) -> tuple[Path, int]:
    from generate import generate

    folder = OUT / f"corpus-{size_mb:g}mb"
    if not folder.exists():
        generate(folder, size_mb)
    size = sum(p.stat().st_size for p in folder.iterdir())
    return folder, size


def triggers() -> list[str]:
    from claimlint.api import build_engine

    engine = build_engine()
    return sorted({t for _, _, pattern in engine._patterns for t in pattern.triggers})


def raw_scan_script(terms: list[str]) -> Path:
    """A minimal C-backed multi-pattern scan of the same terms: the near-physical limit."""
    script = OUT / "raw_scan.py"
    script.write_text(
        "import sys, os, ahocorasick\n"
        f"terms = {terms!r}\n"
        "automaton = ahocorasick.Automaton()\n"
        "for t in terms: automaton.add_word(t, t)\n"
        "automaton.make_automaton()\n"
        "hits = 0\n"
        "for root, _, files in os.walk(sys.argv[1]):\n"
        "    for name in files:\n"
        "        text = open(os.path.join(root, name), encoding='utf-8').read().lower()\n"
        "        hits += sum(1 for _ in automaton.iter(text))\n"
        "print(hits)\n",
        encoding="utf-8",
    )
    return script


def textlint_setup(terms: list[str]) -> Path | None:
    """textlint with textlint-rule-prh, configured with the same terms (npm registry)."""
    folder = OUT / "textlint"
    if not (folder / "node_modules" / ".bin" / "textlint").exists():
        if shutil.which("npm") is None:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "package.json").write_text('{"name": "claimlint-bench", "private": true}\n', encoding="utf-8")
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "textlint@14", "textlint-rule-prh@6"],
                       cwd=folder, check=True, stdout=subprocess.DEVNULL)
    # prh escapes string patterns in a way JavaScript's unicode mode rejects ("\-"): give regexes.
    rules = "".join(f"  - expected: FLAGGED\n    pattern: {json.dumps('/' + _js_escape(t) + '/', ensure_ascii=False)}\n"
                    for t in terms)
    (folder / "prh.yml").write_text("version: 1\nrules:\n" + rules, encoding="utf-8")
    (folder / ".textlintrc.json").write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(folder / "prh.yml")]}}}), encoding="utf-8")
    return folder


def _js_escape(term: str) -> str:
    return "".join("\\" + c if c in "\\^$.|?*+()[]{}/" else c for c in term)


def throughput(size_mb: float = 20) -> list[dict]:
    folder, size = corpus(size_mb)
    terms = triggers()
    rows = []
    wall, rss, _ = measure([*CLAIMLINT, "check", str(folder), "--jobs", "1", "--format", "json", "-o", os.devnull, "--fail-on", "never"])
    claimlint_rate = size / wall / 1e6
    rows.append({"tool": "claimlint check (1 process)", "seconds": wall, "MB/s": claimlint_rate, "peak RSS MB": rss})
    wall, rss, _ = measure([*CLAIMLINT, "check", str(folder), "--jobs", "1", "--no-paraphrase", "--format", "json", "-o",
                            os.devnull, "--fail-on", "never"])
    rows.append({"tool": "claimlint check --no-paraphrase (rules alone)", "seconds": wall, "MB/s": size / wall / 1e6,
                 "peak RSS MB": rss})
    wall, rss, _ = measure([PYTHON, str(raw_scan_script(terms)), str(folder)])
    raw_rate = size / wall / 1e6
    rows.append({"tool": "raw Aho-Corasick scan, same terms", "seconds": wall, "MB/s": raw_rate, "peak RSS MB": rss})
    textlint = textlint_setup(terms)
    if textlint is not None:
        files = sorted(str(p) for p in folder.iterdir())
        wall, rss, _ = measure([str(textlint / "node_modules" / ".bin" / "textlint"), "--config",
                                str(textlint / ".textlintrc.json"), "--format", "json", *files], cwd=textlint)
        rows.append({"tool": "textlint + textlint-rule-prh, same terms", "seconds": wall, "MB/s": size / wall / 1e6,
                     "peak RSS MB": rss})
    for row in rows:
        row["vs claimlint"] = row["MB/s"] / claimlint_rate
    rows.append({"tool": f"corpus: {len(list(folder.iterdir()))} files, {size / 1e6:.1f} MB, {len(terms)} trigger terms"})
    return rows


def jobs(size_mb: float = 20) -> list[dict]:
    folder, size = corpus(size_mb)
    rows = []
    base = None
    for count in (1, 2, os.cpu_count() or 2):
        wall, rss, _ = measure([*CLAIMLINT, "check", str(folder), "--jobs", str(count), "--format", "json", "-o",
                                os.devnull, "--fail-on", "never"])
        base = base or wall
        rows.append({"jobs": count, "seconds": wall, "MB/s": size / wall / 1e6, "speed-up": base / wall, "peak RSS MB": rss})
    return rows


def coldstart(repeats: int = 7) -> list[dict]:
    folder = OUT / "coldstart"
    folder.mkdir(parents=True, exist_ok=True)
    from generate import document
    import random

    rng = random.Random(7)
    ten = []
    for index in range(10):
        path = folder / f"page-{index}.md"
        path.write_text(document(rng, 2_000, 0.03)[:2048], encoding="utf-8")
        ten.append(str(path))
    clean = folder / "clean.txt"
    clean.write_text("Our new sedan offers a spacious cabin, premium audio and a refined ride. " * 27, encoding="utf-8")
    mixed = folder / "mixed.md"
    mixed.write_text("# Launch\n\nThe car drives itself on the highway.\n\n本车支持自动驾驶，全程无需接管。\n" * 20, encoding="utf-8")
    hook = hook_arguments()
    cases = {
        f"ten 2 KB files (pre-commit: check {' '.join(hook)})": (hook, ten),
        "one clean 2 KB file (pre-commit)": (hook, [str(clean)]),
        "one file, zh + en candidates (pre-commit)": (hook, [str(mixed)]),
        "ten 2 KB files, default run (with the paraphrase models)": ([], ten),
        "one clean 2 KB file, default run": ([], [str(clean)]),
    }
    rows = []
    for name, (arguments, files) in cases.items():
        command = [*CLAIMLINT, "check", *arguments, "--fail-on", "never", *files]
        measure(command)  # warm the OS file cache and ruleset cache
        runs = [measure(command) for _ in range(repeats)]
        rows.append({"case": name, "median s": statistics.median(r[0] for r in runs), "min s": min(r[0] for r in runs),
                     "peak RSS MB": max(r[1] for r in runs)})
    return rows


def hook_arguments() -> list[str]:
    """The options of `claimlint check` in the shipped pre-commit hook, so that the pre-commit
    cases measure what the hook runs."""
    import yaml

    hooks = yaml.safe_load((HERE.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = next(hook["entry"] for hook in hooks if hook["id"] == "claimlint").split()
    assert entry[:2] == ["claimlint", "check"], entry
    return entry[2:]


def bigfile(size_mb: int = 200) -> list[dict]:
    path = OUT / f"big-{size_mb}mb.txt"
    if not path.exists():
        import random

        rng = random.Random(3)
        safe = ["The cabin is quiet and the seats are comfortable.", "座舱采用环保材质，触感细腻。",
                "The battery charges quickly at public stations.", "全新底盘调校兼顾舒适与操控。"]
        risky = ["本车支持自动驾驶，全程无需接管。", "The car drives itself on the highway."]
        with path.open("w", encoding="utf-8") as handle:
            written = 0
            while written < size_mb * 1024 * 1024:
                paragraph = " ".join(rng.choice(risky) if rng.random() < 0.01 else rng.choice(safe) for _ in range(6)) + "\n\n"
                handle.write(paragraph)
                written += len(paragraph.encode("utf-8"))
    wall, rss, _ = measure([*CLAIMLINT, "check", str(path), "--format", "json", "-o", os.devnull, "--fail-on", "never"])
    return [{"file": f"{size_mb} MB text, 1% risky sentences", "seconds": wall, "MB/s": path.stat().st_size / wall / 1e6,
             "peak RSS MB": rss}]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, Python {platform.python_version()}, {platform.system()}"


def table(rows: list[dict]) -> str:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [f"{row[c]:.2f}" if isinstance(row.get(c), float) else str(row.get(c, "")) for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["all", "throughput", "jobs", "coldstart", "bigfile"])
    parser.add_argument("--size-mb", type=float, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}\n")
    steps = {"throughput": lambda: throughput(args.size_mb), "jobs": lambda: jobs(args.size_mb),
             "coldstart": coldstart, "bigfile": bigfile}
    for name, step in steps.items():
        if args.what in (name, "all"):
            print(f"## {name}\n\n{table(step())}\n", flush=True)


if __name__ == "__main__":
    main()
