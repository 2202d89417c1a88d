"""The command line: check, rules, explain, test-rules, eval. Thin: the work happens below."""

from __future__ import annotations

import os
import re
import sys
from enum import IntEnum
from pathlib import Path

import click

from claimlint import __version__, api
from claimlint import config as config_module
from claimlint.discovery import iter_files
from claimlint.findings import Severity
from claimlint.reporters import REPORTERS, Report, RuleInfo
from claimlint.rules import loader
from claimlint.rules.loader import RulesetError


class Exit(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """Options may repeat and may hold comma-separated lists."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _fail(message: str) -> None:
    click.echo(f"claimlint: error: {message}", err=True)
    sys.exit(Exit.ERROR)


def _load_config(config_file: str | None) -> config_module.Config:
    try:
        path = Path(config_file) if config_file else config_module.discover()
        if config_file and not path.is_file():
            _fail(f"{config_file}: configuration file not found")
        return config_module.load(path)
    except config_module.ConfigError as error:
        _fail(str(error))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimlint")
def main() -> None:
    """Lint driver-assistance marketing copy for claims that regulators punish."""


def _check_options(function):
    """Options shared by `check` and `baseline create`: what to lint and with which rules."""
    options = [
        click.argument("paths", nargs=-1, type=click.Path()),
        click.option("--ruleset", "rulesets", multiple=True, help="Bundled ruleset id or ruleset file (repeatable)."),
        click.option("--select", multiple=True, help="Only these rule ids, ruleset ids or categories."),
        click.option("--ignore", multiple=True, help="Skip these rule ids, ruleset ids or categories."),
        click.option("--lang", "languages", multiple=True, type=click.Choice(["en", "zh"]), help="Languages to check."),
        click.option("--paraphrase/--no-paraphrase", default=None,
                     help="Run the learned paraphrase models on sentences no rule matched (findings of severity info). "
                          "Default: on with the bundled rulesets, off with rulesets chosen by --ruleset."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file (default: nearest)."),
        click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
                     help="Worker processes (0: one per core). Default: one per core, at most 8, for runs of at "
                          "least 64 files and 4 MB; a single process for smaller runs, where starting workers costs more."),
        click.option("--include", multiple=True, help="Also lint files with these extensions in folders."),
        click.option("--exclude", multiple=True, help="Glob of files to skip (gitignore syntax)."),
        click.option("--stdin-filename", help="Name (and format, by extension) for text read from '-'."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _lint(paths, rulesets, select, ignore, languages, paraphrase, config_file, jobs, include, exclude, stdin_filename,
          **extra):
    """Resolve configuration, lint every path, return (config, rules, file results)."""
    from claimlint import runner

    config = _load_config(config_file).merged(
        rulesets=_split(rulesets), select=_split(select), ignore=_split(ignore), languages=tuple(languages),
        fail_on=extra.get("fail_on"), include=_split(include), paraphrase=paraphrase,
    )
    config = config.merged(exclude=config.exclude + _split(exclude))
    rules = _rules_or_exit(config)
    paths = list(paths) or ["."]
    results = []
    if "-" in paths:
        results.append(runner.lint_stdin(sys.stdin.read(), stdin_filename or "-", config))
        paths = [p for p in paths if p != "-"]
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        _fail(f"{missing[0]}: no such file or directory")
    files = list(iter_files(paths, exclude=config.exclude, include=config.include))
    if jobs is None:
        jobs = runner.automatic_jobs(files)
    results.extend(runner.lint_paths(files, config, jobs=jobs if jobs > 0 else (os.cpu_count() or 1)).files)
    _print_warnings(results)
    return config, rules, results


_WARNING_RULE_RE = re.compile(r"^(?P<rule>.*?: rule \S+):")


def _print_warnings(results) -> None:
    """The engine's warnings (a user regex that ran out of time), once per rule, on stderr."""
    first: dict[str, str] = {}
    counts: dict[str, int] = {}
    for result in results:
        for warning in result.warnings:
            match = _WARNING_RULE_RE.match(warning)
            key = match.group("rule") if match else warning
            first.setdefault(key, warning)
            counts[key] = counts.get(key, 0) + 1
    for key, warning in first.items():
        more = f" ({counts[key]} times in this run)" if counts[key] > 1 else ""
        click.echo(f"claimlint: warning: {warning}{more}", err=True)


@main.command()
@_check_options
@click.option("--format", "output_format", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE ('-': standard output).")
@click.option("--fail-on", type=click.Choice(config_module.FAIL_ON), help="Lowest severity that fails the run [default: warning].")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), help="Report only findings not in this baseline.")
@click.option("--diff-from", "diff_from", metavar="REF", help="Report only findings on lines changed since git REF.")
@click.option("--fix", "apply_fixes", is_flag=True, help="Apply the safe rewrites of fixable findings.")
@click.option("--diff", "show_diff", is_flag=True, help="Show the safe rewrites as a unified diff; change nothing.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing when there are no findings; no summary.")
@click.option("--verbose", "-v", is_flag=True, help="Also print notes on files: detected encoding, skipped files.")
@click.option("--no-color", is_flag=True, help="No ANSI colours.")
def check(output_format, output, fail_on, baseline_file, diff_from, apply_fixes, show_diff, quiet, verbose, no_color,
          **lint_options) -> None:
    """Lint files, folders (recursively) or - for standard input."""
    config, rules, results = _lint(fail_on=fail_on, **lint_options)
    findings = sorted(f for result in results for f in result.findings)
    if diff_from:
        findings = _only_changed_lines(findings, diff_from, [r.path for r in results])
    if baseline_file:
        findings = _without_baseline(findings, baseline_file)
    if show_diff or apply_fixes:
        findings = _fix(results, findings, write=apply_fixes)
    if verbose:
        _print_notes(results)
    report = Report(
        findings=findings,
        files_checked=len(results),
        files=[r.path for r in results],
        rules={rule.id: _rule_info(rule) for rule in rules},
        sources={r.path: r.source for r in results if r.source is not None},
        notes={r.path: r.notes for r in results if r.notes},
        color=not no_color and output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ,
        tool_version=__version__,
    )
    if not show_diff:
        _write_report(report, output_format, output, quiet)
    sys.exit(_exit_code(findings, config.fail_on))


@main.group()
def baseline() -> None:
    """Record today's findings so that only new ones fail the gate."""


@baseline.command("create")
@_check_options
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="Baseline file to write.")
def baseline_create(output, **lint_options) -> None:
    """Write a baseline of the current findings of PATHS."""
    from claimlint import baseline as baseline_module

    _, _, results = _lint(**lint_options)
    findings = sorted(f for result in results for f in result.findings)
    text = baseline_module.create(findings)
    _atomic_write(Path(output), lambda stream: stream.write(text))
    click.echo(f"baseline of {len(findings)} finding(s) in {len(results)} file(s) written to {output}")


def _only_changed_lines(findings, ref, paths):
    from claimlint import gitdiff

    try:
        changed = gitdiff.changed_lines(ref, paths)
    except gitdiff.GitError as error:
        _fail(f"--diff-from: {error}")
    return [f for f in findings if changed.get(f.path, None) is None or f.line in changed[f.path]]


def _without_baseline(findings, baseline_file):
    from claimlint import baseline as baseline_module

    try:
        return baseline_module.new_findings(findings, baseline_module.load(baseline_file))
    except baseline_module.BaselineError as error:
        _fail(str(error))


def _fix(results, findings, write: bool):
    """Apply or show fixes per file; returns the findings that remain."""
    from claimlint import fix

    remaining = []
    by_path = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    for result in results:
        file_findings = by_path.get(result.path, [])
        edits = fix.edits_for(file_findings) if result.format in fix.FIXABLE_FORMATS and result.digest else []
        if not edits:
            remaining.extend(file_findings)
            continue
        fixed_text = fix.apply_edits(result.source, edits)
        if not write:
            click.echo(fix.unified_diff(result.path, result.source, fixed_text), nl=False)
            remaining.extend(file_findings)
            continue
        refused = fix.write_atomically(result.path, result.digest, fixed_text, result.encoding or "utf-8")
        if refused:
            click.echo(f"{result.path}: {refused.message}", err=True)
            remaining.extend(file_findings)
            continue
        fixed = {(e.start, e.end) for e in edits}
        remaining.extend(f for f in file_findings if (f.start_offset, f.end_offset) not in fixed)
        click.echo(f"{result.path}: fixed {len(edits)} finding(s)", err=True)
    return sorted(remaining)


def _print_notes(results) -> None:
    for result in results:
        encoding = f"encoding {result.encoding}" if result.encoding else None
        for note in [n for n in (encoding, *result.notes) if n]:
            click.echo(f"{result.path}: note: {note}", err=True)


def _rules_or_exit(config):
    try:
        return api.selected_rules(api.load_rulesets(config), config)
    except RulesetError as error:
        _fail(str(error))


def _rule_info(rule) -> RuleInfo:
    """A rule as reporters describe it once per run (SARIF's rule list): in English when the rule
    has English copy to speak to, like its rationale; each finding keeps its own copy's language."""
    message = rule.message_in("en") if "en" in rule.languages else rule.message
    return RuleInfo(rule.id, rule.ruleset, rule.category, rule.severity, message,
                    rule.rationale, rule.basis, rule.suggestions)


def _write_report(report: Report, output_format: str, output: str | None, quiet: bool) -> None:
    """Stream the report to the output file (atomically) or to standard output, never through a
    second copy in memory: a large archive's report can be bigger than its findings."""
    if quiet and not report.findings and output in (None, "-"):
        return
    report.show_summary = not quiet
    if output and output != "-":  # "-" is standard output, as for the paths
        _atomic_write(Path(output), lambda stream: REPORTERS[output_format](report, stream))
    else:
        REPORTERS[output_format](report, sys.stdout)


def _atomic_write(path: Path, write) -> None:
    """Write through `write(stream)` into a temporary file beside `path`, then replace it. A path
    that exists but is not a regular file (/dev/null, a pipe, /dev/stdout) is written to as it is:
    replacing it would destroy a device or a pipe."""
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8", newline="") as stream:
            write(stream)
        return
    temporary = path.with_name(f".{path.name}.claimlint-tmp")
    try:
        with temporary.open("w", encoding="utf-8", newline="") as stream:
            write(stream)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _exit_code(findings, fail_on: str) -> int:
    if fail_on == "never":
        return Exit.CLEAN
    threshold = Severity.parse(fail_on)
    return Exit.FINDINGS if any(f.severity_level >= threshold for f in findings) else Exit.CLEAN


@main.command("rules")
@click.option("--ruleset", "rulesets", multiple=True, help="Only these rulesets.")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True)
def list_rules(rulesets, output_format) -> None:
    """List rules: id, category, severity, source."""
    from claimlint import explain

    config = config_module.Config(rulesets=_split(rulesets))
    try:
        loaded = api.load_rulesets(config)
    except RulesetError as error:
        _fail(str(error))
    render = {"json": explain.rules_json, "markdown": explain.rules_markdown, "text": explain.rules_table}[output_format]
    click.echo(render(loaded), nl=False)


@main.command("explain")
@click.argument("rule_id")
def explain_rule(rule_id) -> None:
    """Rationale, legal basis, compliant wording and examples of a rule (rules in optional/ rulesets too)."""
    from claimlint import explain

    config = _load_config(None)
    try:
        loaded = api.load_rulesets(config_module.Config(rulesets=(*loader.bundled_ids(), *loader.optional_ids())))
    except RulesetError as error:
        _fail(str(error))
    text = explain.explain(loaded, rule_id, config.automation_level)
    if text is None:
        _fail(f"no rule {rule_id!r}; `claimlint rules` lists them")
    click.echo(text, nl=False)


@main.command("test-rules")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--min-examples", type=int, default=0, help="Require at least N flag and N pass examples per rule.")
def test_rules(paths, min_examples) -> None:
    """Validate ruleset files and run the examples embedded in their rules."""
    from claimlint.rules.selftest import run_examples

    specs = list(paths) or [str(p) for p in sorted(loader.bundled_dir().glob("*.yaml"))]
    failed = 0
    total = 0
    for spec in specs:
        try:
            ruleset = loader.load_path(spec)
        except RulesetError as error:
            click.echo(str(error), err=True)
            sys.exit(Exit.ERROR)
        count, failures = run_examples(ruleset, minimum=min_examples)
        total += count
        failed += len(failures)
        for failure in failures:
            click.echo(str(failure))
        click.echo(f"{spec}: {len(ruleset.rules)} rules, {count} examples, {len(failures)} failed")
    click.echo(f"{total - failed} passed, {failed} failed")
    sys.exit(Exit.FINDINGS if failed else Exit.CLEAN)


@main.command("eval")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option("--ruleset", "rulesets", multiple=True, help="Bundled ruleset id or ruleset file (repeatable).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--by", "by", multiple=True, type=click.Choice(["lang", "category", "tag"]),
              help="Tables to show beyond per language [default: lang, category].")
@click.option("--min-f1", type=float, help="Exit 1 when any language's F1 is below this.")
@click.option("--min-precision", type=float, help="Exit 1 when any language's precision is below this.")
@click.option("--baseline-keywords", is_flag=True, help="Evaluate the rules' trigger terms alone, without context.")
@click.option("--paraphrase/--no-paraphrase", default=None,
              help="With or without the learned paraphrase models, as in `check` (default: as `check` does).")
@click.option("--no-errors", is_flag=True, help="Do not list false positives and negatives.")
def eval_corpus(corpus, rulesets, output_format, by, min_f1, min_precision, baseline_keywords, paraphrase, no_errors) -> None:
    """Precision, recall and F1 against a labelled corpus (JSONL)."""
    import json as json_module

    from claimlint import evaluate

    config = config_module.Config(rulesets=_split(rulesets), paraphrase=paraphrase)
    _rules_or_exit(config)
    try:
        evaluation = evaluate.evaluate(corpus, config, keywords=baseline_keywords)
    except evaluate.CorpusError as error:
        _fail(str(error))
    if output_format == "json":
        click.echo(json_module.dumps(evaluate.as_json(evaluation), ensure_ascii=False, indent=2))
    else:
        click.echo(evaluate.format_text(evaluation, tuple(by) or ("lang", "category"), show_errors=not no_errors), nl=False)
    failures = evaluate.below(evaluation, min_f1, min_precision)
    for failure in failures:
        click.echo(f"below the bar: {failure}", err=True)
    sys.exit(Exit.FINDINGS if failures else Exit.CLEAN)
