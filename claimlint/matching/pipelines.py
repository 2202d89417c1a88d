"""spaCy pipelines, built once and only when a candidate sentence needs them.

English: a blank pipeline; lemmas come from the table of inflections of the lemmas rules use.
Chinese: spaCy's zh language with the jieba segmenter, and every rule term added to jieba's
dictionary so that a term is one token (and a longer compliant term, 智能驾驶辅助, wins over the
shorter risky one inside it). jieba's own log lines are silenced.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache

from claimlint.rules import cache


@lru_cache(maxsize=1)
def english():
    import spacy

    return spacy.blank("en")


@lru_cache(maxsize=1)
def chinese():
    _quiet_jieba()
    import spacy

    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


def add_chinese_terms(terms: set[str]) -> None:
    """Make each rule term one jieba token (jieba's dictionary is process-wide)."""
    jieba = _quiet_jieba()
    for term in sorted(terms - _added):
        jieba.add_word(term, freq=_TERM_FREQUENCY)
    _added.update(terms)


_added: set[str] = set()


def added_chinese_terms() -> frozenset[str]:
    return frozenset(_added)


# High enough that a rule term beats the dictionary's split of it, as jieba's suggest_freq would.
_TERM_FREQUENCY = 200_000


@lru_cache(maxsize=1)
def _quiet_jieba():
    """jieba, silenced, with its cache in claimlint's cache folder and a compact dictionary."""
    import jieba

    jieba.setLogLevel(logging.ERROR)
    logging.getLogger("jieba").setLevel(logging.ERROR)
    folder = cache.directory()
    if folder is not None:
        jieba.dt.tmp_dir = str(folder)
        compact = _compact_dictionary(jieba, folder)
        if compact is not None:
            jieba.set_dictionary(str(compact))
    return jieba


# The most frequent words of jieba's own dictionary. Loading all 349,000 entries takes half a
# second; these segment copy the same way for claimlint's purpose (rule terms are added anyway)
# and load in a tenth of that, which is most of a pre-commit run's budget.
COMPACT_WORDS = 80_000


def _compact_dictionary(jieba, folder):
    source = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    target = folder / f"jieba-{COMPACT_WORDS}-{os.path.getsize(source)}.txt"
    if target.is_file():
        return target
    try:
        with open(source, encoding="utf-8") as handle:
            rows = [line.split(" ") for line in handle.read().splitlines() if line]
        rows.sort(key=lambda row: -int(row[1]))
        folder.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text("".join(" ".join(row) + "\n" for row in rows[:COMPACT_WORDS]), encoding="utf-8")
        os.replace(temporary, target)
        return target
    except (OSError, ValueError, IndexError):
        return None
