r"""What text a regex needs before it can match: its required literals, for the prefilter.

A paraphrase regex such as `(sleep|nap|text…)[^.]{0,100}?(drives|takes over|…)` can only match a
sentence that contains one word of the first list *and* one of the second. Rule authors give a
pattern one list of trigger terms; this module reads the regex itself (Python's own parser) and
derives every such list, so that the prefilter hands a regex only the sentences that hold all of
them. The condition is a conjunction of clauses, each clause a set of alternative strings:
necessary for a match, never sufficient, so skipping a sentence that fails it loses nothing.

The analysis follows the classic "required substrings" construction (as in RE2's prefilter and
trigram indexes): each node of the parsed regex has either a small exact set of strings it can
match or none, plus the clauses its parts require; concatenation multiplies exact sets until they
grow too large, alternation unions them, optional and unbounded parts require nothing, positive
look-arounds add their own requirements, negative ones add none. Matching runs on normalized text
(NFKC, lower case), so literals are lower-cased; anything the analysis does not understand
(a pattern Python cannot parse, back-references, the `regex` module's own syntax) yields no
condition at all, which is always safe. Two pieces of that syntax are read anyway, since the
rulesets' whole-sentence guards are built on them: `\K` and `\G` (see `_KEEP_OUT_AND_CONTINUE`).
"""

from __future__ import annotations

import itertools
import re
import warnings
from dataclasses import dataclass

try:  # Python ≥ 3.11
    from re import _parser as parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as parser  # type: ignore[no-redef]

# An exact set larger than this is turned into a clause and the product starts again.
MAX_EXACT = 64
# A class of at most this many characters is treated as alternatives ([''’] → three strings).
MAX_CLASS = 8
# Clauses whose shortest string is shorter than this are too common to be worth checking
# (Han characters carry more information than Latin letters).
MIN_LATIN_LENGTH = 2
MIN_HAN_LENGTH = 2
# A pattern keeps at most this many clauses: the most selective ones.
MAX_CLAUSES = 8

Clause = frozenset  # of str: at least one of them occurs in the text
# Braces that Python reads as literal text can be the `regex` module's fuzzy-matching syntax
# (`(?:word){e<=1}`): a pattern with them gets no condition.
_FOREIGN_SYNTAX = "{}"


class _ForeignSyntax(Exception):
    """The pattern may mean something else to the `regex` module than to Python's parser."""


_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# The `regex` module's `\K` (drop what matched so far from the reported match) and `\G` (where
# the previous match ended): the guard `(?:^(?!.*(?:高铁|机器人…))|\G(?!^)).*?\K(?:车|它)自己开`
# reports only its claim but still needs the text it consumed. Deleting them only lets the pattern
# match more, so what the rest requires stays necessary. (An escaped backslash before K or G is
# left alone.)
_KEEP_OUT_AND_CONTINUE = re.compile(r"(?<!\\)((?:\\\\)*)\\[KG]")


@dataclass(frozen=True)
class _Info:
    """What a regex node needs: `exact` (the strings it can match, when few) and `clauses`
    (requirements of its parts that `exact` does not express)."""

    exact: frozenset | None
    clauses: tuple = ()

    def requirements(self) -> list[Clause]:
        own = [self.exact] if self.exact is not None and "" not in self.exact else []
        return [*self.clauses, *own]


_EMPTY = _Info(frozenset({""}))
# What `\s` matches in single-spaced text (`required_clauses(..., single_spaces=True)`).
_SPACE = frozenset({" "})
_UNKNOWN = _Info(None)


def required_clauses(pattern: str, flags: int = re.IGNORECASE, single_spaces: bool = False) -> list[Clause]:
    """Clauses that every text the pattern matches in must satisfy (empty: no condition known).

    `single_spaces`: the pattern only ever runs on text whose whitespace is single spaces, as the
    engine's sentences are (normalization collapses every run to one character and `flat()` reads
    line breaks as spaces). Then `\\s`, `\\s+` and ` +` match exactly " ", so "hands\\s+off"
    needs "hands off" itself, not just "hands" and "off": a far more selective clause."""
    try:
        with warnings.catch_warnings():
            # A FutureWarning ("possible nested set") means the `regex` module reads the pattern
            # differently from Python's parser: no condition then.
            warnings.simplefilter("error")
            parsed = parser.parse(_KEEP_OUT_AND_CONTINUE.sub(r"\1", pattern), flags)
    except (re.error, RecursionError, OverflowError, ValueError, TypeError, Warning):
        return []
    try:
        info = _sequence(list(parsed), _SPACE if single_spaces else None)
    except (RecursionError, _ForeignSyntax):
        return []
    return _useful(info.requirements())


def satisfied(clauses, text: str) -> bool:
    """Whether `text` holds every clause: one string of each occurs in it."""
    return all(any(literal in text for literal in clause) for clause in clauses)


def clause_searchers(clauses) -> tuple:
    """Each clause as one compiled alternation: `all(s(text) for s in searchers)` checks them all
    at C speed (an `in` test per string costs more on the sentences the prefilter lets through)."""
    return tuple(
        re.compile("|".join(re.escape(literal) for literal in sorted(clause, key=len, reverse=True))).search
        for clause in clauses
    )


def clauses_of(triggers: tuple[str, ...], condition) -> list[tuple[str, ...]]:
    """A pattern's necessary clauses: its triggers (when it has any), then its regex's condition."""
    return [tuple(triggers), *(tuple(c) for c in condition)] if triggers else [tuple(c) for c in condition]


def anchor_index(triggers: tuple[str, ...], condition) -> int | None:
    """Which of `clauses_of` the prefilter scans for: the most selective one (scanning for "the" or
    "and" would stop at every few words). Ranking them is the costly part, so rulesets store it."""
    clauses = clauses_of(triggers, condition)
    return max(range(len(clauses)), key=lambda index: _strength(clauses[index])) if clauses else None


def anchor_and_checks(triggers: tuple[str, ...], condition, index: int | None = None
                      ) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The clause the prefilter scans for (the one at `index`, ranked here when not given) and the
    others, checked on the sentences the anchor finds."""
    clauses = clauses_of(triggers, condition)
    if not clauses:
        return (), ()
    anchor = clauses[anchor_index(triggers, condition) if index is None else index]
    others = {frozenset(c): c for c in clauses if frozenset(c) != frozenset(anchor)}
    return anchor, tuple(others.values())


# Words so frequent in copy that a clause holding one of them selects almost every sentence.
_COMMON = frozenset(
    "a an the and or but so as at by for from in into of on onto to with without while when "
    "whilst it its it's is are was were be been being do does did done has have had get gets got "
    "you your yours we our us i me my he she they them their this that these those there here "
    "all any can could will would may might must not no yes just only also than then now up out "
    "off over car cars drive drives driving road lane keep keeps".split()
)


def _strength(clause: tuple[str, ...]) -> tuple[int, int]:
    """How rarely a clause holds: its weakest string's strength, then fewer strings first."""
    return (min((_literal_strength(s) for s in clause), default=0), -len(clause))


def _literal_strength(literal: str) -> int:
    if _HAN_RE.search(literal):
        return 2 * len(literal.strip())
    words = literal.split()
    if all(word in _COMMON for word in words):
        return 1
    return len(literal.strip())


def _useful(clauses: list[Clause]) -> list[Clause]:
    """Distinct clauses of selective strings, most selective first, at most MAX_CLAUSES."""
    kept = {clause for clause in clauses if clause and all(_long_enough(s) for s in clause)}
    ranked = sorted(kept, key=lambda c: (-min(len(s) for s in c), len(c), sorted(c)))
    return ranked[:MAX_CLAUSES]


def _long_enough(literal: str) -> bool:
    return len(literal) >= (MIN_HAN_LENGTH if _HAN_RE.search(literal) else MIN_LATIN_LENGTH)


# --- the analysis --------------------------------------------------------------------------------


def _sequence(items: list, space: frozenset | None) -> _Info:
    """Concatenation: exact sets multiply while small. Once a part is unknown, or the product
    grows too large, the strings so far become a clause and the sequence has no exact set: what
    follows is only a suffix of the match."""
    clauses: list[Clause] = []
    current: frozenset | None = frozenset({""})
    complete = True
    for op, av in items:
        part = _node(op, av, space)
        clauses.extend(part.clauses)
        if part.exact is None:
            clauses.extend(_Info(current).requirements())
            current, complete = None, False
        elif current is None:
            current = part.exact
        elif len(current) * len(part.exact) > MAX_EXACT:
            clauses.extend(_Info(current).requirements())
            current, complete = part.exact, False
        else:
            current = frozenset(a + b for a, b in itertools.product(current, part.exact))
    if complete:
        return _Info(current, tuple(clauses))
    return _Info(None, tuple(clauses) + tuple(_Info(current).requirements()))


def _node(op, av, space: frozenset | None) -> _Info:
    name = str(op)
    if name == "LITERAL":
        return _literal(av)
    if name == "IN":
        return _char_class(av, space)
    if name == "SUBPATTERN":
        return _sequence(list(av[-1]), space)
    if name == "ATOMIC_GROUP":
        return _sequence(list(av), space)
    if name == "BRANCH":
        return _alternatives([_sequence(list(branch), space) for branch in av[1]])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _repeat(*av, space)
    if name == "AT":
        return _EMPTY
    if name == "ASSERT":
        # A positive look-around matches somewhere in the text: its requirements hold, but its
        # strings cannot be joined to the neighbours'.
        return _Info(frozenset({""}), tuple(_sequence(list(av[1]), space).requirements()))
    if name == "ASSERT_NOT":
        return _EMPTY
    if name == "GROUPREF_EXISTS":
        _, yes, no = av
        return _alternatives([_sequence(list(yes), space), _sequence(list(no), space) if no else _EMPTY])
    return _UNKNOWN  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, …


def _literal(code: int) -> _Info:
    if chr(code) in _FOREIGN_SYNTAX:
        raise _ForeignSyntax(chr(code))
    lowered = chr(code).lower()
    return _Info(frozenset({lowered})) if len(lowered) == 1 else _UNKNOWN


def _char_class(items, space: frozenset | None) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "CATEGORY" and str(av) == "CATEGORY_SPACE" and space is not None:
            chars.update(space)
        elif name == "LITERAL":
            chars.add(chr(av).lower())
        elif name == "RANGE" and av[1] - av[0] < MAX_CLASS:
            chars.update(chr(code).lower() for code in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, large ranges
            return _UNKNOWN
        if len(chars) > MAX_CLASS:
            return _UNKNOWN
    if any(len(c) != 1 for c in chars):
        return _UNKNOWN
    return _Info(frozenset(chars))


def _repeat(low: int, high, body, space: frozenset | None) -> _Info:
    inner = _sequence(list(body), space)
    if space is not None and inner.exact == space and high != 0:
        # A run of whitespace in single-spaced text is one space: `\s+` is " ", `\s*` "" or " ".
        return _Info(space if low >= 1 else space | {""})
    if low == 0:
        # Optional: requires nothing; `x?` still has a small exact set ("" or x).
        if high == 1 and inner.exact is not None:
            return _Info(inner.exact | {""})
        return _EMPTY if high == 0 else _Info(None)
    if low == high == 1:
        return inner
    # At least one occurrence: the body's requirements hold; exact only for a small fixed count.
    if inner.exact is not None and low == high and len(inner.exact) ** low <= MAX_EXACT:
        product = frozenset("".join(parts) for parts in itertools.product(inner.exact, repeat=low))
        return _Info(product, inner.clauses)
    return _Info(None, tuple(inner.requirements()))


def _alternatives(branches: list[_Info]) -> _Info:
    """Alternation: exact sets unite; otherwise one clause joining each branch's best clause."""
    if all(b.exact is not None for b in branches):
        union = frozenset().union(*(b.exact for b in branches))
        if len(union) <= MAX_EXACT:
            return _Info(union, _either([list(b.clauses) for b in branches]))
    return _Info(None, _either([b.requirements() for b in branches]))


def _either(requirements: list[list[Clause]]) -> tuple:
    """A clause implied by "one of these branches matched": the union of one clause per branch
    (none when some branch requires nothing)."""
    if not requirements or any(not clauses for clauses in requirements):
        return ()
    chosen = [max(clauses, key=_selectivity) for clauses in requirements]
    return (frozenset().union(*chosen),)


def _selectivity(clause: Clause) -> tuple[int, int]:
    return (min((len(s) for s in clause), default=0), -len(clause))
