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


def _quiet_jieba():
    import jieba

    jieba.setLogLevel(logging.ERROR)
    logging.getLogger("jieba").setLevel(logging.ERROR)
    cache_dir = os.environ.get("CLAIMLINT_CACHE_DIR")
    if cache_dir:
        jieba.dt.tmp_dir = cache_dir
    return jieba
