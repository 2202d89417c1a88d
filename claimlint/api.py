"""Build an engine from a configuration and lint text or documents: what the CLI and library users share."""

from __future__ import annotations

from functools import lru_cache

from claimlint import startup, suppress
from claimlint.config import Config
from claimlint.engine import Engine
from claimlint.findings import Finding
from claimlint.readers.base import Document
from claimlint.readers.text import from_text
from claimlint.rules import loader
from claimlint.rules.model import Rule, Ruleset


PARAPHRASE_RULESET = "optional/paraphrase"


def load_rulesets(config: Config) -> list[Ruleset]:
    """The configured rulesets (every bundled one by default), plus the learned paraphrase models
    (`with_paraphrase`); raises RulesetError."""
    specs = config.rulesets or tuple(loader.bundled_ids())
    if with_paraphrase(config) and PARAPHRASE_RULESET not in specs:
        specs = (*specs, PARAPHRASE_RULESET)
    return [loader.load(spec) for spec in specs]


def with_paraphrase(config: Config) -> bool:
    """Whether the learned paraphrase models run: as configured, else with the bundled rulesets
    (the default run) and not with rulesets chosen by name, which give exactly their own rules."""
    return config.paraphrase if config.paraphrase is not None else not config.rulesets


def selected_rules(rulesets: list[Ruleset], config: Config) -> list[Rule]:
    """Rules after --select / --ignore, which match rule ids, ruleset ids or categories."""
    rules = []
    for ruleset in rulesets:
        for rule in ruleset.rules:
            names = {rule.id, rule.ruleset, rule.category}
            if config.select and not names & set(config.select):
                continue
            if names & set(config.ignore):
                continue
            rules.append(rule)
    return rules


def build_engine(config: Config | None = None) -> Engine:
    config = config or Config()
    return _cached_engine(config.rulesets, config.select, config.ignore, config.languages,
                          config.automation_level, tuple(sorted(config.severity.items())), with_paraphrase(config))


@lru_cache(maxsize=8)
def _cached_engine(rulesets, select, ignore, languages, level, severity, paraphrase=False) -> Engine:
    config = Config(rulesets=rulesets, select=select, ignore=ignore, languages=languages,
                    automation_level=level, severity=dict(severity), paraphrase=paraphrase)
    with startup.collector_paused():
        rules = selected_rules(load_rulesets(config), config)
        return Engine(rules, languages=languages, product_level=level, severity_overrides=dict(severity))


def lint_document(document: Document, config: Config | None = None, whole_document: bool = True) -> list[Finding]:
    """Findings for one read document, suppressions applied. `whole_document=False` skips the
    document-level rules, for a block of a streamed file."""
    return suppress.apply(document, build_engine(config).lint(document, whole_document=whole_document))


def lint_text(text: str, lang: str | None = None, config: Config | None = None, path: str = "<text>") -> list[Finding]:
    """Lint a string as plain text. `lang` restricts the languages checked ("en" or "zh")."""
    config = config or Config()
    if lang is not None:
        config = config.merged(languages=(lang,))
    return lint_document(from_text(path, text), config)


def lint_file(path: str, config: Config | None = None) -> list[Finding]:
    """Findings for one file of any supported format; an unreadable file gives an `io-error` finding."""
    from claimlint import runner

    return runner.lint_file(path, config or Config()).findings
