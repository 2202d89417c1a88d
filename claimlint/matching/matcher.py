"""Compile the rules of one language into spaCy Matcher / PhraseMatcher and run them on a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from claimlint.matching import pipelines
from claimlint.matching.lemmas import lemma_table
from claimlint.normalize import HAN_RE
from claimlint.rules.model import Rule


@dataclass(frozen=True)
class Match:
    rule_index: int
    start: int  # character offsets in the sentence text
    end: int
    token_start: int
    token_end: int


class LanguageMatcher:
    """All token and phrase patterns of the rules that apply to one language."""

    def __init__(self, lang: str, rules: list[tuple[int, Rule]]):
        self.lang = lang
        self._rules = rules
        self._lemmas = lemma_table(_lemmas_of(rules)) if lang == "en" else {}
        if lang == "en":
            self.nlp = pipelines.english()
        else:
            self.nlp = pipelines.chinese()
            pipelines.add_chinese_terms(_han_terms(rules))
        self._build_matchers()

    def _build_matchers(self) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        vocab = self.nlp.vocab
        self._matcher = Matcher(vocab, validate=True)
        self._phrases = PhraseMatcher(vocab, attr="LOWER")
        for rule_index, rule in self._rules:
            key = str(rule_index)
            token_patterns = [p.value for p in rule.patterns if p.kind == "tokens"]
            phrases = [text for p in rule.patterns if p.kind == "phrase" for text in p.value]
            if token_patterns:
                self._matcher.add(key, token_patterns)
            if phrases:
                self._phrases.add(key, [self.nlp.make_doc(text) for text in phrases])

    def tokenize(self, text: str):
        """Tokens with lemmas set (Chinese words are their own lemma), as LEMMA patterns need."""
        doc = self.nlp.make_doc(text)
        table = self._lemmas
        for token in doc:
            token.lemma_ = table.get(token.lower_, token.lower_)
        return doc

    def run(self, doc) -> list[Match]:
        """Matches in a tokenized sentence, longest first per rule, without overlaps per rule."""
        found: dict[int, list[tuple[int, int]]] = {}
        strings = self.nlp.vocab.strings
        raw = [*(self._matcher(doc) if len(self._matcher) else ()), *(self._phrases(doc) if len(self._phrases) else ())]
        for key, start, end in raw:
            found.setdefault(int(strings[key]), []).append((start, end))
        matches = []
        for rule_index, spans in found.items():
            for start, end in _longest_without_overlap(spans):
                matches.append(Match(rule_index, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), start, end))
        return matches


def _longest_without_overlap(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def _lemmas_of(rules: list[tuple[int, Rule]]) -> set[str]:
    lemmas = set()
    for _, rule in rules:
        for pattern in rule.patterns:
            if pattern.kind != "tokens":
                continue
            for token in pattern.value:
                value = token.get("LEMMA")
                if isinstance(value, str):
                    lemmas.add(value)
                elif isinstance(value, dict):
                    for items in value.values():
                        lemmas.update(items)
    return lemmas


def _han_terms(rules: list[tuple[int, Rule]]) -> set[str]:
    """Every Chinese string in the rules, for jieba's dictionary."""
    terms: set[str] = set()
    for _, rule in rules:
        terms.update(u for u in rule.unless if HAN_RE.search(u))
        for pattern in rule.patterns:
            if pattern.kind == "phrase":
                terms.update(t for t in pattern.value if HAN_RE.search(t))
            elif pattern.kind == "tokens":
                for token in pattern.value:
                    value = token.get("LOWER")
                    items = [value] if isinstance(value, str) else (value or {}).get("IN", [])
                    terms.update(t for t in items if HAN_RE.search(t))
    return terms
