"""`claimlint eval`: precision, recall and F1 of the real pipeline against a labelled corpus.

An item counts as flagged when a finding of an evaluated category is reported for it. The
evaluated categories are those the corpus labels (sentences: the four sentence categories;
documents: `disclosure`), so a document's sentence-level findings do not count against its
disclosure label. `--baseline-keywords` replaces the engine with the same rules' trigger terms
and no context at all, to show what the context handling is worth.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from claimlint import api
from claimlint.config import Config
from claimlint.findings import CATEGORIES
from claimlint.normalize import normalize
from claimlint.readers.text import from_text
from claimlint.rules.model import Rule


class CorpusError(Exception):
    pass


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, expected: bool, predicted: bool) -> None:
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif expected:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def total(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4), "items": self.total}


@dataclass
class ItemResult:
    item: dict
    expected: set[str]
    predicted: set[str]
    rules: list[str]

    @property
    def outcome(self) -> str:
        if bool(self.expected) == bool(self.predicted):
            return "ok"
        return "fp" if self.predicted else "fn"


@dataclass
class Evaluation:
    corpus: str
    method: str
    categories: tuple[str, ...]
    results: list[ItemResult] = field(default_factory=list)

    def counts(self, key) -> dict[str, Counts]:
        """Binary violation counts grouped by `key(result) -> list of group names`."""
        groups: dict[str, Counts] = defaultdict(Counts)
        for result in self.results:
            for name in key(result):
                groups[name].add(bool(result.expected), bool(result.predicted))
        return dict(sorted(groups.items()))

    def by_lang(self) -> dict[str, Counts]:
        return self.counts(lambda r: [r.item["lang"]])

    def by_tag(self) -> dict[str, Counts]:
        return self.counts(lambda r: r.item.get("tags", []))

    def overall(self) -> Counts:
        return self.counts(lambda r: ["all"]).get("all", Counts())

    def by_category(self) -> dict[str, Counts]:
        """Per category: was the category itself found (not just any violation)?"""
        groups: dict[str, Counts] = {}
        for category in self.categories:
            counts = Counts()
            for result in self.results:
                counts.add(category in result.expected, category in result.predicted)
            groups[category] = counts
        return groups

    def errors(self) -> list[ItemResult]:
        return [r for r in self.results if r.outcome != "ok"]


def same_text_key(text: str) -> str:
    """Text compared as a reader would: normalized, whitespace collapsed, end punctuation dropped.
    Two items with the same key are the same sentence (a held-out item that is also a rule example)."""
    return " ".join(normalize(text).text.split()).strip(" .。!！")


def read_corpus(path: str) -> list[dict]:
    items = []
    for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise CorpusError(f"{path}:{number}:{error.colno}: invalid JSON: {error.msg}") from error
        missing = {"id", "text", "lang", "violation", "categories"} - set(item)
        if missing:
            raise CorpusError(f"{path}:{number}:1: item lacks {', '.join(sorted(missing))}")
        items.append(item)
    return items


def evaluate(path: str, config: Config, keywords: bool = False) -> Evaluation:
    items = read_corpus(path)
    labelled = {c for item in items for c in item["categories"]}
    categories = tuple(c for c in CATEGORIES if c in labelled) or tuple(c for c in CATEGORIES if c != "disclosure")
    evaluation = Evaluation(path, "keyword baseline" if keywords else "claimlint", categories)
    predict = _keyword_predictor(config) if keywords else _engine_predictor(config)
    for item in items:
        predicted, rules = predict(item["text"])
        evaluation.results.append(
            ItemResult(item, set(item["categories"]) & set(categories), predicted & set(categories), rules)
        )
    return evaluation


def _engine_predictor(config: Config):
    def predict(text: str) -> tuple[set[str], list[str]]:
        findings = api.lint_document(from_text("<corpus>", text), config)
        return {f.category for f in findings}, sorted({f.rule_id for f in findings})

    return predict


def _keyword_predictor(config: Config):
    """Flags an item when any trigger term of a rule occurs in the normalized text: no tokens,
    no boundaries, no negation, mention or domain checks."""
    rules = api.selected_rules(api.load_rulesets(config), config)
    terms = []  # (rule, trigger substring or None, regex or document groups)
    for rule in rules:
        for pattern in rule.patterns:
            if pattern.kind == "regex" and not pattern.triggers:
                terms.append((rule, None, pattern.value))
            elif pattern.kind == "document":
                terms.append((rule, None, pattern.value["promotes"]))
            terms.extend((rule, trigger, None) for trigger in pattern.triggers)

    def predict(text: str) -> tuple[set[str], list[str]]:
        normalized = normalize(text).text
        hit: dict[str, Rule] = {}
        for rule, trigger, extra in terms:
            if trigger is not None:
                found = trigger in normalized
            elif isinstance(extra, tuple):
                found = any(term in normalized if isinstance(term, str) else term.spans(normalized) for term in extra)
            else:
                found = bool(extra.spans(normalized))
            if found:
                hit[rule.id] = rule
        return {r.category for r in hit.values()}, sorted(hit)

    return predict


def format_text(evaluation: Evaluation, by: tuple[str, ...], show_errors: bool = True) -> str:
    lines = [f"{evaluation.method} on {evaluation.corpus} ({len(evaluation.results)} items)", ""]
    lines += _table("language", {**evaluation.by_lang(), "all": evaluation.overall()})
    if "category" in by:
        lines += ["", *_table("category", evaluation.by_category())]
    if "tag" in by:
        lines += ["", *_table("tag", evaluation.by_tag())]
    if show_errors:
        errors = evaluation.errors()
        if errors:
            lines += ["", f"errors ({len(errors)}):"]
        for result in errors:
            item = result.item
            if result.outcome == "fp":
                why = f"flagged by {', '.join(result.rules)}"
            else:
                why = f"missed {', '.join(sorted(result.expected))}"
            tags = ",".join(item.get("tags", []))
            lines.append(f"  {result.outcome.upper()} {item['id']} [{tags}] {why}: {item['text']}")
    return "\n".join(lines) + "\n"


def _table(title: str, groups: dict[str, Counts]) -> list[str]:
    width = max([len(title), *map(len, groups)])
    header = f"{title:<{width}}  {'items':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4}  {'prec':>6} {'recall':>6} {'f1':>6}"
    rows = [header, "-" * len(header)]
    for name, c in groups.items():
        rows.append(
            f"{name:<{width}}  {c.total:>5} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.tn:>4}  "
            f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"
        )
    return rows


def as_json(evaluation: Evaluation) -> dict:
    return {
        "corpus": evaluation.corpus,
        "method": evaluation.method,
        "overall": evaluation.overall().as_dict(),
        "by_language": {k: v.as_dict() for k, v in evaluation.by_lang().items()},
        "by_category": {k: v.as_dict() for k, v in evaluation.by_category().items()},
        "by_tag": {k: v.as_dict() for k, v in evaluation.by_tag().items()},
        "errors": [
            {"id": r.item["id"], "outcome": r.outcome, "text": r.item["text"], "expected": sorted(r.expected),
             "predicted": sorted(r.predicted), "rules": r.rules}
            for r in evaluation.errors()
        ],
    }


def below(evaluation: Evaluation, min_f1: float | None, min_precision: float | None) -> list[str]:
    """Which languages miss the bars (empty when all meet them)."""
    failures = []
    for lang, counts in evaluation.by_lang().items():
        if min_f1 is not None and counts.f1 < min_f1:
            failures.append(f"{lang}: F1 {counts.f1:.3f} < {min_f1}")
        if min_precision is not None and counts.precision < min_precision:
            failures.append(f"{lang}: precision {counts.precision:.3f} < {min_precision}")
    return failures
