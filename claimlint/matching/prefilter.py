"""The prefilter: one C-backed Aho-Corasick pass over the text for every rule's trigger terms.

Only sentences that contain a trigger go on to tokenization and spaCy matching, so clean copy
(most copy) costs one linear scan and never loads spaCy or jieba.
"""

from __future__ import annotations

import bisect

import ahocorasick


class Prefilter:
    def __init__(self, triggers: dict[str, set[int]]):
        """`triggers` maps each trigger term to the ids of the patterns it may start."""
        self._automaton = ahocorasick.Automaton()
        for term, pattern_ids in triggers.items():
            self._automaton.add_word(term, (len(term), frozenset(pattern_ids)))
        self._empty = not triggers
        if not self._empty:
            self._automaton.make_automaton()

    def hits(self, text: str) -> "Hits":
        """Every trigger occurrence in `text`, for cheap per-sentence look-ups."""
        if self._empty:
            return Hits([], [])
        found = sorted((end - length + 1, ids) for end, (length, ids) in self._automaton.iter(text))
        return Hits([start for start, _ in found], [ids for _, ids in found])

    def occurs_in(self, text: str) -> bool:
        """Whether any term occurs in `text`: the scan stops at the first one."""
        return not self._empty and next(self._automaton.iter(text), None) is not None

    def ids_in(self, text: str) -> set[int]:
        """The ids of every term occurring in `text`, wherever: one pass, no positions."""
        found: set[int] = set()
        if not self._empty:
            for _, (_, ids) in self._automaton.iter(text):
                found |= ids
        return found


class Hits:
    def __init__(self, starts: list[int], pattern_ids: list[frozenset[int]]):
        self._starts = starts
        self._pattern_ids = pattern_ids

    def __bool__(self) -> bool:
        return bool(self._starts)

    def patterns_in(self, start: int, end: int) -> set[int]:
        """Ids of the patterns whose triggers start inside [start, end)."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        found: set[int] = set()
        for index in range(low, high):
            found |= self._pattern_ids[index]
        return found
