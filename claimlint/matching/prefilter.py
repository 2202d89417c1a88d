"""The prefilter: one C-backed Aho-Corasick pass over the text for every rule's trigger terms.

Only sentences that contain a trigger go on to tokenization and spaCy matching, so clean copy
(most copy) costs one linear scan and never loads spaCy or jieba.
"""

from __future__ import annotations

import bisect

import ahocorasick


class Prefilter:
    def __init__(self, triggers: dict[str, set[str]]):
        """`triggers` maps each trigger term to the languages of the rules that use it."""
        self._automaton = ahocorasick.Automaton()
        for term, languages in triggers.items():
            self._automaton.add_word(term, (len(term), frozenset(languages)))
        self._empty = not triggers
        if not self._empty:
            self._automaton.make_automaton()

    def hits(self, text: str) -> "Hits":
        """Every trigger occurrence in `text`, for cheap per-sentence look-ups."""
        if self._empty:
            return Hits([], [])
        starts, languages = [], []
        for end, (length, langs) in self._automaton.iter(text):
            starts.append(end - length + 1)
            languages.append(langs)
        order = sorted(range(len(starts)), key=starts.__getitem__)
        return Hits([starts[i] for i in order], [languages[i] for i in order])


class Hits:
    def __init__(self, starts: list[int], languages: list[frozenset[str]]):
        self._starts = starts
        self._languages = languages

    def __bool__(self) -> bool:
        return bool(self._starts)

    def in_span(self, start: int, end: int, lang: str) -> bool:
        """Whether a trigger for a rule of language `lang` starts inside [start, end)."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        return any(lang in self._languages[i] for i in range(low, high))
