"""Rules as data: the typed, validated form of a ruleset file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PATTERN_KINDS = ("phrase", "tokens", "regex", "document", "model")
EXCEPTIONS = ("negation", "mention", "other-domain", "certified-l3", "supervised-hands-free", "human-driver")


@dataclass(frozen=True)
class Pattern:
    """One way a rule can match. Strings are already normalized (lower case, Simplified)."""

    kind: str  # phrase | tokens | regex | document | model
    # str for phrase/regex, list of token dicts for tokens, dict for document, and for model a dict
    # {"file": absolute path of the model, "label": category, "threshold": probability}
    value: Any
    triggers: tuple[str, ...] = ()  # literal substrings that must occur for this pattern to match
    line: int = 0  # where the pattern is written, for messages
    # Regexes: clauses of strings derived from the regex itself (matching.literals); one string of
    # every clause must occur for a match. The prefilter checks them with the triggers.
    condition: tuple[tuple[str, ...], ...] = ()
    # Which of the necessary clauses (triggers, then condition) the prefilter scans for, ranked when
    # the ruleset is compiled (matching.literals.anchor_index) and cached with it; None: rank at start.
    anchor: int | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    ruleset: str
    category: str
    severity: str
    languages: tuple[str, ...]
    message: str
    patterns: tuple[Pattern, ...]
    # The message in other languages, (language, text): copy in that language gets it instead.
    messages: tuple[tuple[str, str], ...] = ()
    rationale: str = ""
    basis: str = ""
    exceptions: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()  # compliant wording that clears an overlapping match
    suggestions: tuple[str, ...] = ()
    fix: str = "none"  # safe | unsafe | none
    examples_flag: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()
    # The rule targets Level-2 (or lower) products: skipped when the product declares a higher level.
    max_level: int | None = None
    path: str = ""
    line: int = 0

    def message_in(self, lang: str) -> str:
        """The message in the copy's language when the rule has one, else its main message, so a
        copywriter reads the finding in the language they write."""
        return next((text for language, text in self.messages if language == lang), self.message)

    @property
    def is_document_rule(self) -> bool:
        return any(p.kind == "document" for p in self.patterns)


@dataclass(frozen=True)
class Ruleset:
    id: str
    title: str
    rules: tuple[Rule, ...]
    jurisdiction: str = ""
    languages: tuple[str, ...] = ()
    source: dict = field(default_factory=dict)
    path: str = ""

    @property
    def status(self) -> str:
        return str(self.source.get("status", ""))
