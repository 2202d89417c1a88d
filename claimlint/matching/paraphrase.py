"""A learned paraphrase detector, for claims written without any of the rules' words.

Hand-written patterns catch the wording they list, and copywriters keep inventing new wording ("my
commute is now podcast-and-porridge time", "上车就睡，睁眼到家"). On unseen copy the rules miss
most such paraphrases; a linear model over word and character n-grams, trained on the labelled
development corpus, catches many of them (bench/RESULTS.md has both figures).

It runs by default (`--no-paraphrase` turns it off), only on sentences that no rule matched and
that talk about driving (the model's gate), and its findings name the cues that weighed most, so
that a reviewer can see why a sentence was flagged. A model file is plain JSON (never pickle): per language a gate,
a detector (claim or not: one model over all the categories' examples, which ranks better than any
one category's model) and, per category label, a bias and feature weights that say which category
a detected claim is. `corpus/train_paraphrase.py` writes it. Format 3 stores the weights compactly
(`weights`); formats 2 (weights as JSON objects) and 1 (no detector: each label's own model
decides) are still read.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from claimlint import startup

if TYPE_CHECKING:  # numpy is imported with the first model read: a clean file's run never needs it
    import numpy as np

    from claimlint.matching.weights import FeatureTable, Present

FORMAT = 3
READABLE_FORMATS = (1, 2, 3)
MAX_MODEL_BYTES = 64 * 1024 * 1024  # a model named by a hostile ruleset must not exhaust memory
_EN_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_HAN_OR_LATIN = re.compile(r"[\u3400-\u9fffa-z0-9]")
CUES_SHOWN = 3
# Words that weigh in a model but explain nothing to a reader ("it", "why", "do"): a cue made only
# of them is not shown.
FUNCTION_WORDS = frozenset(
    "a an the and or but so as at by for from in into of on onto to with it its it's is are was were be been "
    "do does did done has have had i you your we our us me my he she they them this that these those there here "
    "why what how who where when which can could will would may might just not no than then".split()
)
CATEGORY_ODDS = 0.5  # a detected claim is of each category whose own model gives it at least this


def sigmoid(z: float) -> float:
    """The logistic function, clamped so that no weight sum overflows `exp` (training uses it too)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class ModelError(ValueError):
    """A model file that cannot be read or has the wrong shape."""


# The prefixes of the `phrases` features (word triples, pairs one word apart), which the trainer keeps
# to a higher weight threshold and out of the category models.
PHRASE_PREFIXES = ("t:", "s:")


def features(text: str, lang: str, negation_scope: bool = False, phrases: bool = False) -> set[str]:
    """The n-grams a normalized sentence is scored on: English words, word pairs and character
    4-grams of the word sequence (so "drives"/"driving" share "driv"); Chinese characters and
    character pairs and triples (no segmentation needed, so new words still count). With
    `negation_scope`, the words or characters after a negation, up to the end of its clause, are
    marked (`~drive`), so that "it is not driverless" and "无需接管" weigh apart from their
    unnegated words: a linear model cannot otherwise tell a claim from its denial. With `phrases`,
    English also has word triples and pairs one word apart ("car … itself" in "car drives itself"
    and "car steers itself"), which a short phrase needs to weigh as a whole."""
    if lang == "en":
        words = _marked_words(text) if negation_scope else _EN_WORD.findall(text)
        joined = " " + " ".join(words) + " "
        feats = (
            {"w:" + w for w in words}
            | {"b:" + a + " " + b for a, b in zip(words, words[1:])}
            | {"c:" + joined[i : i + 4] for i in range(len(joined) - 3)}
        )
        if phrases:
            feats |= {"t:" + " ".join(words[i : i + 3]) for i in range(len(words) - 2)}
            feats |= {"s:" + a + " " + b for a, b in zip(words, words[2:])}
        return feats
    units = _marked_chars(text) if negation_scope else _HAN_OR_LATIN.findall(text)
    return {"c:" + "".join(units[i : i + n]) for n in (1, 2, 3) for i in range(len(units) - n + 1)}


NEGATED = "~"  # the mark of a word or character in a negation's scope
_EN_TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*|[.,;:!?()\"“”—–]")
_EN_NEGATIONS = frozenset("not no never nothing nobody none neither nor without cannot dont doesnt didnt isnt arent wasnt wont cant".split())
_EN_SCOPE_ENDS = frozenset("but however yet although though while whereas unless until".split())
_EN_SCOPE_WORDS = 8
_ZH_NEGATIONS = frozenset("不没别勿非无未莫甭")
# Words that start with a negation character but negate nothing (非常安全, 不仅…还…).
_ZH_NOT_NEGATING = frozenset("不仅 不但 不断 不错 不少 不同 不过 不久 不妨 不时 不然 不禁 不止 不只 不光 非常 非凡 别人 别的 无论 莫名".split())
_ZH_SCOPE_ENDS = frozenset("，。！？；：,.!?;:、…—")
_ZH_SCOPE_CHARS = 3


def _marked_words(text: str) -> list[str]:
    """English words, those in a negation's scope marked: after not, no, never, n't… up to a
    punctuation mark, a contrast (but, while) or eight words."""
    def role(token: str) -> str:
        if not token[0].isalnum():
            return "break"
        if token in _EN_SCOPE_ENDS:
            return "stop"
        return "cue" if token in _EN_NEGATIONS or token.endswith("n't") else "plain"

    return _mark_scope(((token, role(token)) for token in _EN_TOKEN.findall(text)), _EN_SCOPE_WORDS)


def _marked_chars(text: str) -> list[str]:
    """Chinese characters (and Latin letters and digits), those in a negation's scope marked: after
    不, 没, 别, 无… up to a punctuation mark or three characters (the next word or two)."""
    def roles():
        for index, char in enumerate(text):
            if char in _ZH_SCOPE_ENDS:
                yield char, "break"
            elif _HAN_OR_LATIN.match(char):
                negates = char in _ZH_NEGATIONS and text[index : index + 2] not in _ZH_NOT_NEGATING
                yield char, "cue" if negates else "plain"

    return _mark_scope(roles(), _ZH_SCOPE_CHARS)


def _mark_scope(tokens, reach: int) -> list[str]:
    """Tokens with their roles in, the kept ones out, marked within `reach` tokens after a cue: a
    break (punctuation) ends the scope and is dropped, a stop (but) ends it and is kept."""
    units: list[str] = []
    left = 0
    for token, role in tokens:
        if role in ("break", "stop"):
            left = 0
            if role == "stop":
                units.append(token)
        elif role == "cue":
            units.append(token)
            left = reach
        else:
            units.append(NEGATED + token if left else token)
            left = max(0, left - 1)
    return units


@dataclass(frozen=True, eq=False)
class LabelModel:
    bias: float
    row: np.ndarray  # a weight per feature of the language's table (`weights.FeatureTable`)

    def probability(self, present: Present) -> float:
        return sigmoid(self.bias + math.fsum(self.row[present.columns].tolist()))

    def cues(self, present: Present, lang: str, count: int = CUES_SHOWN) -> tuple[str, ...]:
        """The readable features that pushed hardest towards the label: words and word pairs in
        English (its character 4-grams are not readable; function words alone explain nothing),
        two- and three-character strings in Chinese."""
        weight_of = dict(zip(present.known_names(), self.row[present.columns].tolist()))
        if lang == "en":
            readable = [f for f in weight_of if f.startswith(("w:", "b:")) and not FUNCTION_WORDS.issuperset(f[2:].split())]
        else:
            readable = [f for f in weight_of if len(f) >= 4]
        # a marked word is shown by the words around it, not as "~drive"
        readable = [f for f in readable if NEGATED not in f]
        # ties go by the feature itself: a set's order changes with the process's hash seed
        ranked = sorted((f for f in readable if weight_of[f] > 0), key=lambda f: (-weight_of[f], f))
        chosen: list[str] = []
        for feature in ranked:
            text = feature[2:].strip()
            if not any(text in other or other in text for other in chosen):
                chosen.append(text)
            if len(chosen) == count:
                break
        return tuple(chosen)


@dataclass(frozen=True)
class LanguageModel:
    gate_words: frozenset
    gate_strings: tuple[str, ...]
    min_length: int
    table: FeatureTable  # the features all its label models weigh
    labels: dict  # label -> LabelModel
    detector: LabelModel | None = None  # claim or not; None in format 1 files
    negation_scope: bool = False  # features mark words in a negation's scope (`features`)
    phrases: bool = False  # English features include word triples and pairs one word apart

    def talks_about_driving(self, text: str, lang: str) -> bool:
        """Only sentences long enough and holding a driving cue are scored: a model trained on
        marketing claims knows nothing about headings, prices or unrelated copy."""
        if lang == "en":
            words = _EN_WORD.findall(text)
            return len(words) >= self.min_length and not self.gate_words.isdisjoint(words)
        return len(_HAN_OR_LATIN.findall(text)) >= self.min_length and any(s in text for s in self.gate_strings)


@lru_cache(maxsize=4)
def load(path: str) -> dict[str, LanguageModel]:
    """Models by language, read once per process."""
    with startup.collector_paused():
        return _read(path)


def _read(path: str) -> dict[str, LanguageModel]:
    try:
        if os.path.getsize(path) > MAX_MODEL_BYTES:
            raise ModelError(f"{path}: model file is larger than {MAX_MODEL_BYTES} bytes")
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("format") not in READABLE_FORMATS:
            raise ModelError(f"{path}: model format {data.get('format')!r}, expected one of {READABLE_FORMATS}")
        return {lang: _language_model(spec, data["format"]) for lang, spec in data["languages"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        if isinstance(error, ModelError):
            raise
        raise ModelError(f"{path}: not a claimlint paraphrase model ({error})") from error


DETECTOR = " detector"  # the detector's key among the label models while a file is read (no label has a space)


def _label_specs(spec: dict) -> dict:
    """A language's category models and its detector (format 1 has none), under one key each."""
    return {**spec["labels"], **({DETECTOR: spec["detector"]} if "detector" in spec else {})}


def _language_model(spec: dict, file_format: int) -> LanguageModel:
    from claimlint.matching import weights

    specs = _label_specs(spec)
    if file_format >= 3:
        table, rows = weights.from_stored(spec["features"], {key: model["weights"] for key, model in specs.items()})
    else:
        table, rows = weights.from_sparse({key: model["weights"] for key, model in specs.items()})
    models = {key: LabelModel(float(model["bias"]), rows[key]) for key, model in specs.items()}
    return LanguageModel(
        gate_words=frozenset(spec.get("gate_words", ())),
        gate_strings=tuple(spec.get("gate_strings", ())),
        min_length=int(spec["min_length"]),
        table=table,
        labels={label: models[label] for label in spec["labels"]},
        detector=models.get(DETECTOR),
        negation_scope=bool(spec.get("negation_scope", False)),
        phrases=bool(spec.get("phrases", False)),
    )


def packed(model: dict) -> dict:
    """A trained model (format 2's layout, weights as {feature: weight}) in format 3, as written."""
    from claimlint.matching import weights

    languages = {}
    for lang, spec in model["languages"].items():
        specs = _label_specs(spec)
        features, encoded = weights.stored({key: value["weights"] for key, value in specs.items()})
        stored = {key: {"bias": value["bias"], "weights": encoded[key]} for key, value in specs.items()}
        languages[lang] = {**{k: v for k, v in spec.items() if k not in ("detector", "labels")}, "features": features,
                           "detector": stored.pop(DETECTOR), "labels": stored}
    return {**model, "format": FORMAT, "languages": languages}


def unpacked(spec: dict) -> dict:
    """A format 3 language's detector and labels as {"bias", "weights": {feature: weight}}, zeros left out."""
    from claimlint.matching import weights

    specs = _label_specs(spec)
    tables = weights.sparse(spec["features"], {key: value["weights"] for key, value in specs.items()})
    return {(key.strip() if key == DETECTOR else key): {"bias": value["bias"], "weights": tables[key]} for key, value in specs.items()}


def label_model(bias: float, sparse_weights: dict[str, float]) -> tuple[FeatureTable, LabelModel]:
    """One model from {feature: weight} (the trainer's form), with its own table: for experiments."""
    from claimlint.matching import weights

    table, rows = weights.from_sparse({"model": sparse_weights})
    return table, LabelModel(float(bias), rows["model"])


def _categories(model: LanguageModel, present: Present) -> set[str]:
    """The categories a detected claim belongs to: each one its own model gives even odds or more
    (a car that drives while you sleep is autonomy and disengagement), else the likeliest."""
    scores = {label: label_model.probability(present) for label, label_model in model.labels.items()}
    if not scores:
        return set()
    return {label for label, score in scores.items() if score >= CATEGORY_ODDS} or {max(scores, key=scores.get)}


def judge(path: str, labels: list[tuple[str, float]], text: str, lang: str) -> list[tuple[str, ...] | None]:
    """For each (label, threshold), the cues when the sentence is judged a claim of that label,
    else None. With a detector: the detector scores at least the threshold and the label is one of
    the sentence's categories (`_categories`). Without one (format 1): each label's own
    score against the threshold. The sentence's features are computed once for all the labels."""
    model = load(path).get(lang)
    if model is None or not model.talks_about_driving(text, lang):
        return [None] * len(labels)
    present = model.table.present(features(text, lang, model.negation_scope, model.phrases))
    if model.detector is not None:
        claim = model.detector.probability(present)
        if all(claim < threshold for _, threshold in labels):
            return [None] * len(labels)  # most sentences: the category models need not run
        categories = _categories(model, present)
        return [model.detector.cues(present, lang) if label in categories and claim >= threshold else None
                for label, threshold in labels]
    judged: list[tuple[str, ...] | None] = []
    for label, threshold in labels:
        label_model = model.labels.get(label)
        judged.append(label_model.cues(present, lang) if label_model and label_model.probability(present) >= threshold else None)
    return judged
