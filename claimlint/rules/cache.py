"""An on-disk cache of compiled rulesets, keyed by the file's bytes, claimlint's version and the
code that compiles them.

Parsing YAML with positions and validating it against the schema costs more than the rest of a
pre-commit run on a clean file; the compiled form is stored as JSON (never pickle: nothing read
back can execute) in `$CLAIMLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/claimlint`, else
`~/.cache/claimlint`. A cache that cannot be read or written is simply not used. Regexes are
stored with their compiled form (see guarded_regex), which spares a run the `regex` module's
parsing of every pattern it needs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from claimlint.rules import guarded_regex
from claimlint.rules.model import Pattern, Rule, Ruleset

FORMAT = 9  # bump when the compiled form changes


def directory() -> Path | None:
    """claimlint's cache folder, or None when caching is switched off."""
    if os.environ.get("CLAIMLINT_NO_CACHE"):
        return None
    base = os.environ.get("CLAIMLINT_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "claimlint" if xdg else Path.home() / ".cache" / "claimlint"


def _key(data: bytes, path: str) -> str:
    from claimlint import __version__

    digest = hashlib.sha256(data)
    digest.update(f"\0{path}\0{__version__}\0{FORMAT}\0{_compiler_digest()}".encode())
    return digest.hexdigest()[:40]


# The modules whose code decides the compiled form (normalized strings, inflections, derived
# conditions): a cached ruleset from any other version of them is never read back.
_COMPILER_MODULES = ("normalize.py", "matching/lemmas.py", "matching/literals.py", "rules/loader.py",
                     "rules/model.py", "rules/cache.py", "rules/guarded_regex.py")


@lru_cache(maxsize=1)
def _compiler_digest() -> str:
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for name in _COMPILER_MODULES:
        try:
            digest.update((package / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()[:16]


def load(data: bytes, path: str) -> Ruleset | None:
    folder = directory()
    if folder is None:
        return None
    try:
        stored = json.loads((folder / f"{_key(data, path)}.json").read_text("utf-8"))
        return _ruleset(stored)
    except (OSError, ValueError, KeyError, TypeError, guarded_regex.UnsafeRegex):
        return None


def store(data: bytes, ruleset: Ruleset) -> None:
    folder = directory()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(_plain(ruleset), handle, ensure_ascii=False)
        os.replace(temporary, folder / f"{_key(data, ruleset.path)}.json")
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    _prune(folder)


# Entries kept: every edit of a ruleset, and every claimlint version, writes new ones, and nothing
# else ever removes the old. The newest entries are the ones in use; an entry pruned by mistake
# costs one parse of its ruleset.
KEPT_ENTRIES = 64
ENTRY_NAME = re.compile(r"[0-9a-f]{40}\.json")


def _prune(folder: Path) -> None:
    """Remove all but the KEPT_ENTRIES newest cache entries (never any other file in the folder)."""
    try:
        with os.scandir(folder) as listing:
            entries = [entry for entry in listing if ENTRY_NAME.fullmatch(entry.name)]
        if len(entries) <= KEPT_ENTRIES:
            return
        entries.sort(key=lambda entry: entry.stat().st_mtime, reverse=True)
    except OSError:  # a folder that cannot be listed, or an entry removed meanwhile by another run
        return
    for entry in entries[KEPT_ENTRIES:]:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def _plain(ruleset: Ruleset) -> dict:
    data = asdict(ruleset)
    for rule, raw_rule in zip(ruleset.rules, data["rules"]):
        for pattern, raw in zip(rule.patterns, raw_rule["patterns"]):
            if pattern.kind == "regex":
                raw["value"] = _plain_term(pattern.value)
            elif pattern.kind == "document":
                raw["value"] = {name: [_plain_term(t) for t in terms] for name, terms in pattern.value.items()}
    return data


def _plain_term(term):
    return term if isinstance(term, str) else {"regex": term.source, "form": term.stored_form()}


def _regex_term(raw: dict) -> guarded_regex.GuardedRegex:
    # the source was checked when the cache entry was written; the form is checked when used
    return guarded_regex.GuardedRegex(raw["regex"], form=raw.get("form"))


def _ruleset(data: dict) -> Ruleset:
    rules = []
    for raw in data["rules"]:
        patterns = tuple(_pattern(p) for p in raw.pop("patterns"))
        fields = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
        fields["messages"] = tuple(tuple(pair) for pair in fields.get("messages", ()))
        rules.append(Rule(patterns=patterns, **fields))
    return Ruleset(
        id=data["id"], title=data["title"], rules=tuple(rules), jurisdiction=data["jurisdiction"],
        languages=tuple(data["languages"]), source=data["source"], path=data["path"],
    )


def _pattern(raw: dict) -> Pattern:
    kind, value = raw["kind"], raw["value"]
    if kind == "regex":
        value = _regex_term(value)
    elif kind == "phrase":
        value = tuple(value)
    elif kind == "document":
        value = {name: tuple(t if isinstance(t, str) else _regex_term(t) for t in terms)
                 for name, terms in value.items()}
    condition = tuple(tuple(clause) for clause in raw.get("condition", ()))
    return Pattern(kind, value, tuple(raw["triggers"]), raw["line"], condition, raw.get("anchor"))
