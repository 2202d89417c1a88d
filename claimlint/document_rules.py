"""Document-level rules: obligations that the copy as a whole must meet.

A `document` pattern names the terms that show the copy promotes something (`promotes`) and the
groups of terms of which at least one each must appear somewhere in the same document
(`requires`, e.g. the driver's duty to supervise and the system's limits). A document that
promotes but misses a group gets one finding, at the first promoting term. The rule runs when the
document's main language is one of its languages, and not on news or enforcement reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from claimlint.context import NEWS_RE, in_quotes
from claimlint.matching import literals
from claimlint.normalize import Normalized
from claimlint.sentences import language_of
from claimlint.readers.base import Segment
from claimlint.rules.guarded_regex import RegexTimeout
from claimlint.rules.model import Rule


@dataclass
class RawMatch:
    """A match before merging: which rule, where in the source, in which sentence."""

    rule: Rule
    start: int  # source offsets
    end: int
    sentence: str  # original-source text around the match, for reports and fingerprints
    missing: tuple[str, ...] = ()  # for document rules: the required groups not found
    cues: tuple[str, ...] = ()  # for paraphrase models: the features that weighed most
    lang: str = ""  # the language of the copy it was found in, for the message and suggestions


def check(rules: list[Rule], normalized: list[tuple[Segment, Normalized]], warnings: list[str] | None = None) -> list[RawMatch]:
    """Findings of document rules over a document's segments, already normalized by the engine.
    A `requires` regex that runs out of time is reported in `warnings`."""
    full_text = "\n".join(n.flat() for _, n in normalized)
    # Most documents promote nothing a rule knows.
    if not promotes(rules, full_text):
        return []
    lang = language_of(full_text)
    found = []
    for rule in rules:
        if lang not in rule.languages:
            continue
        for pattern in rule.patterns:
            if pattern.kind != "document":
                continue
            groups = pattern.value
            missing = tuple(
                name for name, terms in groups.items() if name != "promotes" and not _present(terms, full_text, rule, warnings)
            )
            if not missing:
                continue
            first = _first_occurrence(normalized, rule, groups["promotes"], warnings)
            if first is not None:
                segment, start, end = first
                found.append(RawMatch(rule, start, end, segment.text.strip()[:200], missing, lang=lang))
                break
    # A news report owes nothing. Asked last: most documents that promote a feature also disclose
    # it, and the report check reads the whole text.
    if found and is_news_report(full_text):
        return []
    return found


def _present(terms: tuple, text: str, rule: Rule, warnings: list[str] | None) -> bool:
    """Whether any term of a group occurs (a regex stops at its first match). A regex that runs out
    of time counts as absent, so the finding errs towards asking for the disclosure."""
    return any(
        term in text if isinstance(term, str) else _run_regex(term.search, term, text, rule, warnings, False)
        for term in terms
    )


def _spans(term, text: str, rule: Rule, warnings: list[str] | None):
    """(start, end) of each occurrence of a term: a string found as a substring, a regex matched."""
    if isinstance(term, str):
        position = text.find(term)
        while position != -1:
            yield position, position + len(term)
            position = text.find(term, position + 1)
        return
    yield from _run_regex(term.spans, term, text, rule, warnings, [])


def _run_regex(run, term, text: str, rule: Rule, warnings: list[str] | None, nothing):
    """`run(text)` for a regex term (its `search` or `spans`), or `nothing` when the document lacks
    the strings the regex needs or the regex runs out of time (then reported in `warnings`)."""
    if not all(search(text) for search in _necessary(term.source)):
        return nothing
    try:
        return run(text)
    except RegexTimeout as error:
        if warnings is not None:
            warnings.append(f"{rule.path}:{rule.line}: rule {rule.id}: {error}")
        return nothing


@lru_cache(maxsize=None)
def _necessary(source: str) -> tuple:
    """Searchers for the strings a regex cannot match without (matching.literals): a document
    lacking one is skipped without running the regex over its whole text."""
    return literals.clause_searchers(literals.required_clauses(source))


NEWS_SENTENCES = 2


def is_news_report(text: str) -> bool:
    """A news or enforcement report (police, investigators, fines) reports on assistance features;
    it does not promote one, so it owes no disclosure. Two reporting sentences make a report."""
    return next(islice(NEWS_RE.finditer(text), NEWS_SENTENCES - 1, None), None) is not None


def _first_occurrence(normalized, rule: Rule, terms, warnings):
    """(segment, source start, source end) of the earliest promoting term that is not quoted
    (a quoted name is talked about, as in news), or None."""
    for segment, norm in normalized:
        flat = norm.flat()
        found = [
            span for term in terms
            for span in _spans(term, flat, rule, warnings) if not in_quotes(norm.text, *span)
        ]
        if found:
            seg_start, seg_end = norm.input_span(*min(found))
            start, end = segment.source_span(seg_start, seg_end)
            return segment, start, end
    return None


def promotes(rules: list[Rule], text: str) -> bool:
    """Whether normalized text holds any document rule's promoting term, quoted or not: the
    engine's quick reject must not skip a file that owes a disclosure."""
    return any(
        _present(pattern.value["promotes"], text, rule, None)
        for rule in rules for pattern in rule.patterns if pattern.kind == "document"
    )
