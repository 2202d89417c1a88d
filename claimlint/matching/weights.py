"""The paraphrase models' weights, stored and held compactly.

A model has some 150,000–210,000 features per language and five weight tables (the detector and
four categories). Held as one dict per table, keyed by the feature strings, the two shipped models
took 87 MB of a run's memory, most of its peak, and parsing them as JSON objects took most of a
default run's start. Here a language's features are one sorted array of their hashes and each table
is one array of weights in that order: a sentence's features are found by one vectorized binary
search, and the feature strings are not kept (a finding's cues are the sentence's own features).

On disk (model format 3) the features are one newline-separated string, sorted, and each table is
base64 of little-endian 32-bit integers, weight × SCALE, one per feature. The trainer rounds the
weights to four decimals, so the integers are exact and a weight read back is the very float that
was written (IEEE division is correctly rounded): scores are identical to the sparse form's.
"""

from __future__ import annotations

import base64
import binascii
from itertools import compress
from typing import NamedTuple

import numpy as np

SCALE = 10_000  # weights are stored rounded to four decimals
_STORED = np.dtype("<i4")
_LIMIT = np.iinfo(_STORED).max / SCALE  # the largest weight that fits
_feature_hash = hash  # Python's string hash: computed in C, cached in each string, seeded per process


class Present(NamedTuple):
    """A sentence's features and which of them the model knows, with their columns."""

    names: list[str]
    known: np.ndarray  # bool, one per name
    columns: np.ndarray  # the known names' columns in the table

    def known_names(self) -> list[str]:
        return list(compress(self.names, self.known.tolist()))


class FeatureTable:
    """A model's features, as this process's `hash` of each, sorted. Python's string hash is
    seeded per process, so the table is built when a model is read, from the stored strings."""

    __slots__ = ("keys",)

    def __init__(self, keys: np.ndarray):
        self.keys = keys

    def present(self, feats) -> Present:
        names = list(feats)
        hashes = np.fromiter(map(_feature_hash, names), np.int64, len(names))
        if not len(self.keys):
            return Present(names, np.zeros(len(names), bool), np.zeros(0, np.intp))
        at = np.searchsorted(self.keys, hashes)
        at[at == len(self.keys)] = 0
        known = self.keys[at] == hashes
        return Present(names, known, at[known])


def tabulate(names: list[str], tables: dict[str, np.ndarray]) -> tuple[FeatureTable, dict[str, np.ndarray]]:
    """The table of `names` and each weight table put in its order. Two names with one 64-bit
    hash (about one chance in a billion per model read) share a column, their weights added."""
    hashes = np.fromiter(map(_feature_hash, names), np.int64, len(names))
    keys, inverse = np.unique(hashes, return_inverse=True)
    arranged = {key: np.bincount(inverse, weights=row, minlength=len(keys)) for key, row in tables.items()}
    return FeatureTable(keys), arranged


def from_sparse(tables: dict[str, dict]) -> tuple[FeatureTable, dict[str, np.ndarray]]:
    """Tables given as {feature: weight} dicts (model formats 1 and 2, and the trainer's own)."""
    names = sorted(set().union(*tables.values()))
    column = {name: index for index, name in enumerate(names)}
    rows = {}
    for key, weights in tables.items():
        if not isinstance(weights, dict) or not set(map(type, weights.values())) <= {float, int}:
            raise TypeError("weights must map features to numbers")
        row = np.zeros(len(names))
        row[[column[name] for name in weights]] = list(weights.values())
        rows[key] = row
    return tabulate(names, rows)


def from_stored(features: str, tables: dict[str, str]) -> tuple[FeatureTable, dict[str, np.ndarray]]:
    """Tables as model format 3 stores them (see the module's docstring)."""
    if not isinstance(features, str):
        raise TypeError("features must be a string")
    names = features.split("\n") if features else []
    return tabulate(names, {key: _decoded(text, len(names)) for key, text in tables.items()})


def stored(tables: dict[str, dict]) -> tuple[str, dict[str, str]]:
    """Sparse tables in model format 3's form: the sorted features and each table's base64."""
    names = sorted(set().union(*tables.values()))
    if any("\n" in name for name in names):
        raise ValueError("a feature holds a line break")
    encoded = {}
    for key, weights in tables.items():
        if any(abs(weight) > _LIMIT for weight in weights.values()):
            raise ValueError(f"{key}: a weight is beyond ±{_LIMIT:.0f}")
        integers = np.array([round(weights.get(name, 0.0) * SCALE) for name in names], _STORED)
        encoded[key] = base64.b64encode(integers.tobytes()).decode("ascii")
    return "\n".join(names), encoded


def sparse(features: str, tables: dict[str, str]) -> dict[str, dict[str, float]]:
    """Format 3 tables back as {feature: weight} dicts without the zeros (for inspection and tests)."""
    names = features.split("\n") if features else []
    result = {}
    for key, text in tables.items():
        row = _decoded(text, len(names)).tolist()
        result[key] = {name: weight for name, weight in zip(names, row) if weight}
    return result


def _decoded(text: str, count: int) -> np.ndarray:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, TypeError) as error:
        raise ValueError(f"weights are not base64 ({error})") from error
    if len(raw) != count * _STORED.itemsize:
        raise ValueError(f"{len(raw) // _STORED.itemsize} weights for {count} features")
    return np.frombuffer(raw, _STORED) / SCALE
