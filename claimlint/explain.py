"""What `claimlint rules` and `claimlint explain` print: rules as a table, as JSON, and one in full."""

from __future__ import annotations

import json
import textwrap

from claimlint.rules.model import Rule, Ruleset


def rules_table(rulesets: list[Ruleset]) -> str:
    lines = []
    for ruleset in rulesets:
        status = ruleset.status or "-"
        lines.append(f"{ruleset.id}  ({ruleset.jurisdiction or '-'}, {status}) {ruleset.title}")
        source = ruleset.source
        if source:
            lines.append(f"  source: {source.get('issuer', '')} — {source.get('title', '')} ({source.get('date', '')})")
        width = max((len(r.id) for r in ruleset.rules), default=10)
        for rule in ruleset.rules:
            languages = ",".join(rule.languages)
            lines.append(f"  {rule.id:<{width}}  {rule.category:<15} {rule.severity:<7} {languages:<5}  {rule.message}")
        lines.append("")
    return "\n".join(lines)


def rules_json(rulesets: list[Ruleset]) -> str:
    data = {
        "rulesets": [
            {
                "id": ruleset.id,
                "title": ruleset.title,
                "jurisdiction": ruleset.jurisdiction,
                "status": ruleset.status,
                "source": ruleset.source,
                "rules": [
                    {
                        "id": rule.id,
                        "category": rule.category,
                        "severity": rule.severity,
                        "languages": list(rule.languages),
                        "basis": rule.basis,
                        "message": rule.message,
                    }
                    for rule in ruleset.rules
                ],
            }
            for ruleset in rulesets
        ]
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def find_rule(rulesets: list[Ruleset], rule_id: str) -> list[tuple[Ruleset, Rule]]:
    return [(rs, rule) for rs in rulesets for rule in rs.rules if rule.id == rule_id]


def explain(rulesets: list[Ruleset], rule_id: str, product_level: int | None = None) -> str | None:
    found = find_rule(rulesets, rule_id)
    if not found:
        return None
    return "\n".join(_explain_one(ruleset, rule, product_level) for ruleset, rule in found)


def _explain_one(ruleset: Ruleset, rule: Rule, product_level: int | None) -> str:
    wrap = lambda text: textwrap.fill(" ".join(text.split()), width=88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    parts = [
        f"{rule.id} — {rule.message}",
        f"  ruleset: {ruleset.id} ({ruleset.title}; {ruleset.jurisdiction or '-'}, {ruleset.status or 'status not stated'})",
        f"  category: {rule.category}   severity: {rule.severity}   languages: {', '.join(rule.languages)}",
        "",
        "Why it is risky:",
        wrap(rule.rationale or "(no rationale given)"),
        "",
        "Legal basis:",
        wrap(rule.basis or "(no basis given)"),
    ]
    if ruleset.source.get("url"):
        parts.append(f"  source: {ruleset.source['url']}")
    parts += ["", "Compliant wording:"]
    parts += [f"  - {s}" for s in rule.suggestions] or ["  (none given)"]
    if rule.fix == "safe":
        parts.append("  (`--fix` replaces the claim with the first suggestion)")
    if rule.max_level is not None:
        applies = f"  Applies to products of automation level {rule.max_level} or lower"
        if product_level is not None:
            verdict = "applies" if product_level <= rule.max_level else "is SKIPPED"
            applies += f"; your configuration declares level {product_level}, so this rule {verdict}."
        else:
            applies += "; declare `product.automation_level` in the configuration for a certified Level 3+ product."
        parts += ["", "Scope:", applies]
    if rule.exceptions:
        parts += ["", f"Not flagged when: {', '.join(rule.exceptions)}" + (f"; or overlapping {', '.join(rule.unless)}" if rule.unless else "")]
    if rule.examples_flag:
        parts += ["", "Flagged:"] + [f"  ✗ {e}" for e in rule.examples_flag]
    if rule.examples_pass:
        parts += ["", "Not flagged:"] + [f"  ✓ {e}" for e in rule.examples_pass]
    return "\n".join(parts) + "\n"
