"""Run the `examples:` embedded in rules: each `flag` example must trigger the rule, each `pass`
example must not. Every rule is run alone, so that one rule's examples test that rule."""

from __future__ import annotations

from dataclasses import dataclass

from claimlint.engine import Engine
from claimlint.readers.text import from_text
from claimlint.rules.model import Rule, Ruleset


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    kind: str  # "flag" (missed) | "pass" (false alarm) | "missing" (too few examples)
    example: str
    detail: str = ""

    def __str__(self) -> str:
        where = f"{self.rule.path}:{self.rule.line}"
        if self.kind == "missing":
            return f"{where}: {self.rule.id}: {self.detail}"
        verb = "should flag but did not" if self.kind == "flag" else "should pass but was flagged"
        return f"{where}: {self.rule.id}: {verb}: {self.example!r}{self.detail}"


def run_examples(ruleset: Ruleset, minimum: int = 0) -> tuple[int, list[ExampleFailure]]:
    """Returns (examples run, failures). `minimum` demands that many flag and pass examples."""
    failures: list[ExampleFailure] = []
    count = 0
    for rule in ruleset.rules:
        if minimum and (len(rule.examples_flag) < minimum or len(rule.examples_pass) < minimum):
            failures.append(ExampleFailure(rule, "missing", "", f"needs at least {minimum} flag and {minimum} pass examples"))
        engine = Engine([rule])
        for kind, examples in (("flag", rule.examples_flag), ("pass", rule.examples_pass)):
            for example in examples:
                count += 1
                findings = engine.lint(from_text("<example>", example))
                hit = [f for f in findings if f.rule_id == rule.id]
                if kind == "flag" and not hit:
                    failures.append(ExampleFailure(rule, kind, example))
                elif kind == "pass" and hit:
                    failures.append(ExampleFailure(rule, kind, example, f" (matched {hit[0].text!r})"))
    return count, failures
