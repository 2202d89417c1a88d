"""spaCy pipelines, built once and only when a candidate sentence needs them.

English: a blank pipeline; lemmas come from the table of inflections of the lemmas rules use.
Chinese: spaCy's zh language with the jieba segmenter, and every rule term added to jieba's
dictionary so that a term is one token (and a longer compliant term, 智能驾驶辅助, wins over the
shorter risky one inside it). jieba's own log lines are silenced.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import types
from functools import lru_cache

from claimlint.rules import cache


@lru_cache(maxsize=1)
def english():
    return _spacy().blank("en")


@lru_cache(maxsize=1)
def chinese():
    _quiet_jieba()
    return _spacy().blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


def _spacy():
    """spaCy, imported without its command-line package when nothing has imported it yet.

    `import spacy` imports spacy.cli (typer, weasel, httpx, rich, requests) only to export
    `spacy.info`; that is a third of spaCy's import time, paid by every pre-commit run with a
    candidate sentence. While spaCy's package initializes, spacy.cli.info is a stand-in whose
    `info` imports the real one when called; afterwards the stand-ins leave sys.modules, so
    `import spacy.cli` still gets the real package. Any surprise falls back to a plain import.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so that spacy.cli.info can be found under it
    info = types.ModuleType("spacy.cli.info")
    info.info = _spacy_info
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        return importlib.import_module("spacy")
    except ImportError:
        for name in [name for name in sys.modules if name == "spacy" or name.startswith("spacy.")]:
            del sys.modules[name]
        for name in stand_ins:
            sys.modules.pop(name, None)
        return importlib.import_module("spacy")
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        spacy_module = sys.modules.get("spacy")
        if spacy_module is not None and getattr(spacy_module, "cli", None) is cli:
            del spacy_module.cli


def _spacy_info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


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
    """jieba, silenced, with its cache in claimlint's cache folder and a compact dictionary.

    jieba tries pkg_resources to locate its data files (a tenth of a second to import) and
    falls back to paths next to its own module, which is all claimlint needs."""
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment] - makes the import fail
    try:
        import jieba
    finally:
        if blocked and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]

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
