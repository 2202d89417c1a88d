"""Grouped cross-validation of the paraphrase detector alone, for choosing its features.

    python corpus/cv_detector.py en                       # the features as shipped for English
    python corpus/cv_detector.py en --phrases off         # without word triples and skip pairs
    python corpus/cv_detector.py en --min-phrase-weight 0 # keeping every phrase weight

Five folds by author batch (the id's prefix, such as `en48a`), so that a batch's twins never sit on
both sides of a fold; rule examples and background copy always train. One detector run per fold
(train_paraphrase averages three), scored on every held-out item of the language, gate or not.
Prints the average precision and the recall at precision 0.9 (bench/RESULTS.md quotes both).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import train_paraphrase as trainer  # noqa: E402

from claimlint.matching import paraphrase  # noqa: E402
from claimlint.normalize import normalize  # noqa: E402

FOLDS = 5


def batch_of(item_id: str) -> str | None:
    """The author batch an item belongs to; None for the items that always train."""
    return None if item_id.startswith(("bg-", "ex-")) else item_id.split("-")[0]


def held_out_scores(lang: str, phrases: bool, min_phrase_weight: float) -> list[tuple[float, bool]]:
    items = [item for item in trainer.training_items() if item["lang"] == lang]
    feats = [frozenset(paraphrase.features(normalize(item["text"]).flat(), lang, trainer.NEGATION_SCOPE, phrases))
             for item in items]
    # each item's fold, once; None for the items that always train
    folds = [None if (batch := batch_of(item["id"])) is None else trainer.fold_of(batch, FOLDS) for item in items]
    scores = []
    for fold in range(FOLDS):
        claims = [(f, 1.0 if item["violation"] else 0.0) for f, item, of in zip(feats, items, folds) if of != fold]
        table, detector = paraphrase.label_model(*trainer.train_label(
            claims, trainer.SEED, trainer.nb_ratios(claims), trainer.NB_LEARNING_RATE, min_phrase_weight))
        scores += [(detector.probability(table.present(f)), item["violation"])
                   for f, item, of in zip(feats, items, folds) if of == fold]
    return scores


def ranking_figures(scores: list[tuple[float, bool]], precision: float = 0.9) -> tuple[float, float]:
    """Average precision, and the best recall at which precision is still at least `precision`."""
    positives = sum(claim for _, claim in scores) or 1
    found = 0
    average = best = 0.0
    for rank, (_, claim) in enumerate(sorted(scores, key=lambda pair: -pair[0]), start=1):
        if claim:
            found += 1
            average += found / rank
            if found / rank >= precision:
                best = found / positives
    return average / positives, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=("en", "zh"))
    parser.add_argument("--phrases", choices=("on", "off"), help="default: as shipped for the language")
    parser.add_argument("--min-phrase-weight", type=float, default=trainer.MIN_PHRASE_WEIGHT)
    args = parser.parse_args()
    phrases = trainer.PHRASES[args.lang] if args.phrases is None else args.phrases == "on"
    scores = held_out_scores(args.lang, phrases, args.min_phrase_weight)
    average, recall = ranking_figures(scores)
    print(f"{args.lang} phrases={'on' if phrases else 'off'} min-phrase-weight={args.min_phrase_weight} "
          f"items={len(scores)} average precision {average:.4f}, recall at precision 0.9 {recall:.4f}")


if __name__ == "__main__":
    main()
