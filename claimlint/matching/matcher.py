"""Compile the rules of one language into spaCy matchers and run them on a sentence.

English phrases go to spaCy's PhraseMatcher. Chinese phrases are found by an Aho-Corasick pass and
kept only on token boundaries of the jieba segmentation; inside a token that is itself a rule term
every position counts as a boundary, so one rule's longer term (智驾系统) never hides another rule's
shorter one (智驾), while an ordinary word still does (脱手 inside 摆脱手机 is no match).
"""

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
        self._zh_phrases = ChinesePhrases() if self.lang == "zh" else None
        for rule_index, rule in self._rules:
            key = str(rule_index)
            token_patterns = [p.value for p in rule.patterns if p.kind == "tokens"]
            phrases = [text for p in rule.patterns if p.kind == "phrase" for text in p.value]
            if token_patterns:
                self._matcher.add(key, token_patterns)
            if phrases and self._zh_phrases is not None:
                self._zh_phrases.add(rule_index, phrases)
            elif phrases:
                self._phrases.add(key, [self.nlp.make_doc(text) for text in phrases])
        if self._zh_phrases is not None:
            self._zh_phrases.freeze()

    def tokenize(self, text: str):
        """Tokens with lemmas set (Chinese words are their own lemma), as LEMMA patterns need."""
        doc = self.nlp.make_doc(text)
        table = self._lemmas
        for token in doc:
            token.lemma_ = table.get(token.lower_, token.lower_)
        return doc

    def run(self, doc) -> list[Match]:
        """Matches in a tokenized sentence, longest first per rule, without overlaps per rule."""
        found: dict[int, list[Match]] = {}
        strings = self.nlp.vocab.strings
        raw = [*(self._matcher(doc) if len(self._matcher) else ()), *(self._phrases(doc) if len(self._phrases) else ())]
        for key, start, end in raw:
            rule_index = int(strings[key])
            char_end = doc[end - 1].idx + len(doc[end - 1])
            found.setdefault(rule_index, []).append(Match(rule_index, doc[start].idx, char_end, start, end))
        if self._zh_phrases is not None:
            for match in self._zh_phrases.find(doc):
                found.setdefault(match.rule_index, []).append(match)
        return [match for matches in found.values() for match in _longest_without_overlap(matches)]


class ChinesePhrases:
    """Phrase matching on characters, accepted only on segmenter token boundaries."""

    def __init__(self) -> None:
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        self._rules: dict[str, list[int]] = {}

    def add(self, rule_index: int, phrases: list[str]) -> None:
        for phrase in phrases:
            self._rules.setdefault(phrase, []).append(rule_index)

    def freeze(self) -> None:
        for phrase, rules in self._rules.items():
            self._automaton.add_word(phrase, (phrase, tuple(rules)))
        if self._rules:
            self._automaton.make_automaton()

    def find(self, doc) -> list[Match]:
        """Every phrase occurrence on token boundaries."""
        if not self._rules:
            return []
        boundaries, token_at = token_boundaries(doc)
        found = []
        for last, (phrase, rules) in self._automaton.iter(doc.text):
            start, end = last - len(phrase) + 1, last + 1
            if start in boundaries and end in boundaries:
                found.extend(Match(rule, start, end, token_at[start], token_at[end - 1] + 1) for rule in rules)
        return found


def token_boundaries(doc) -> tuple[set[int], dict[int, int]]:
    """Character offsets where a match may start or end, and the token holding each character."""
    rule_terms = pipelines.added_chinese_terms()
    boundaries: set[int] = set()
    token_at: dict[int, int] = {}
    for token in doc:
        start, end = token.idx, token.idx + len(token.text)
        boundaries.update((start, end))
        if token.text in rule_terms:
            boundaries.update(range(start, end))
        for offset in range(start, end):
            token_at[offset] = token.i
    return boundaries, token_at


def _longest_without_overlap(matches: list[Match]) -> list[Match]:
    chosen: list[Match] = []
    for match in sorted(set(matches), key=lambda m: (m.start - m.end, m.start)):
        if all(match.end <= c.start or match.start >= c.end for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)


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
