"""The learned paraphrase detector (on by default): its gate, its findings, its configuration, and the
shipped model matching what the training script makes of the corpus."""

from __future__ import annotations

import json
import math
import re
import runpy
from pathlib import Path

import pytest

import claimlint
from claimlint import context
from claimlint.config import Config, ConfigError, load
from claimlint.matching import paraphrase
from claimlint.normalize import normalize
from claimlint.rules.loader import RulesetError, load_path

ROOT = Path(__file__).resolve().parents[1]
MODELS = {lang: ROOT / "rulesets" / "optional" / f"paraphrase-model-{lang}.json" for lang in ("en", "zh")}
PARAPHRASE = Config(paraphrase=True)


def rule_ids(text: str, config: Config = PARAPHRASE, lang: str | None = None) -> list[str]:
    return sorted(f.rule_id for f in claimlint.lint_text(text, lang=lang, config=config))


def test_features_are_words_pairs_and_character_grams():
    assert {"w:car", "b:the car", "c: the"} <= paraphrase.features("the car drives", "en")
    assert {"c:开", "c:开车", "c:自己开"} <= paraphrase.features("车自己开车", "zh")


def test_only_sentences_about_driving_are_scored():
    english, chinese = (paraphrase.load(str(MODELS[lang]))[lang] for lang in ("en", "zh"))
    assert not english.talks_about_driving("# veyra 28", "en")
    assert not english.talks_about_driving("fresh coffee every morning for the whole office", "en")
    assert english.talks_about_driving("the car handles the whole commute for me", "en")
    assert not chinese.talks_about_driving("欢迎光临", "zh")


def _has_model_finding(rule_ids: list[str]) -> bool:
    """A finding of the learned models, whichever category they name (autonomy or disengagement for
    "the car takes the strain": the category models' odds move a little with every retraining)."""
    return any(rule_id.startswith("paraphrase-") for rule_id in rule_ids)


def test_paraphrase_findings_come_by_default_not_when_turned_off_and_name_their_cues():
    text = "Why spend four hours gripping the wheel when the Arvo is happy to take the strain?"
    assert rule_ids(text, Config(paraphrase=False)) == []
    # rulesets chosen by name give exactly their own rules, unless the models are asked for
    assert rule_ids(text, Config(rulesets=("us-ca-sb1398",))) == []
    assert _has_model_finding(rule_ids(text, Config(rulesets=("us-ca-sb1398",), paraphrase=True)))
    assert rule_ids(text, Config()) == rule_ids(text, PARAPHRASE)
    findings = claimlint.lint_text(text, config=PARAPHRASE)
    assert findings and _has_model_finding([f.rule_id for f in findings])
    for finding in findings:
        assert finding.rule_id.startswith("paraphrase-")
        assert finding.severity == "info" and finding.text == text and "(cues: " in finding.message


def test_a_sentence_a_rule_matched_is_not_scored_again():
    assert [r for r in rule_ids("The car drives itself on the motorway while you sleep.") if r.startswith("paraphrase")] == []


def test_the_paraphrase_key_in_the_configuration(tmp_path):
    path = tmp_path / ".claimlint.yaml"
    path.write_text("paraphrase: true\n", encoding="utf-8")
    assert load(path).paraphrase is True
    path.write_text("paraphrase: yes please\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="paraphrase: expected true or false"):
        load(path)


def test_a_missing_model_or_label_is_a_located_ruleset_error(tmp_path):
    ruleset = (ROOT / "rulesets" / "optional" / "paraphrase.yaml").read_text("utf-8")
    copy = tmp_path / "paraphrase.yaml"
    copy.write_text(ruleset, encoding="utf-8")  # the model file is not beside the copy
    load_path.cache_clear()
    with pytest.raises(RulesetError) as error:
        load_path(str(copy))
    assert error.value.line == ruleset.splitlines().index(
        next(line for line in ruleset.splitlines() if "model: {file:" in line)) + 1
    assert "not a claimlint paraphrase model" in error.value.message

    (tmp_path / "paraphrase-model-en.json").write_text(json.dumps({"format": 1, "languages": {}}), encoding="utf-8")
    load_path.cache_clear()
    with pytest.raises(RulesetError, match="has no label"):
        load_path(str(copy))


def test_the_shipped_model_is_what_training_on_the_corpus_gives():
    """A corpus or script change without retraining would ship a stale model."""
    trainer = runpy.run_path(str(ROOT / "corpus" / "train_paraphrase.py"))
    fresh = trainer["train"](trainer["training_items"]())
    tolerance = 0.002  # libm differences across machines move the last digits
    for lang, spec in fresh["languages"].items():
        shipped = json.loads(MODELS[lang].read_text("utf-8"))
        assert set(shipped["languages"]) == {lang} and shipped["format"] == paraphrase.FORMAT  # one language per file
        assert shipped["languages"][lang].get("phrases", False) == spec["phrases"]
        assert shipped["languages"][lang]["gate_words" if lang == "en" else "gate_strings"] == \
            spec["gate_words" if lang == "en" else "gate_strings"]
        stored_models = paraphrase.unpacked(shipped["languages"][lang])
        for label, model in {**spec["labels"], "detector": spec["detector"]}.items():
            stored = stored_models[label]
            assert abs(stored["bias"] - model["bias"]) <= tolerance, (lang, label)
            for feature in set(model["weights"]) | set(stored["weights"]):
                new, old = model["weights"].get(feature, 0.0), stored["weights"].get(feature, 0.0)
                floor = trainer["MIN_PHRASE_WEIGHT"] if feature.startswith(trainer["PHRASE_PREFIXES"]) else trainer["MIN_WEIGHT"]
                assert abs(new - old) <= tolerance + (floor if not new or not old else 0), (lang, label, feature)


def test_paraphrase_rules_are_explained_and_their_option_works_from_the_command_line(tmp_path):
    from click.testing import CliRunner

    from claimlint.cli import main

    runner = CliRunner()
    explained = runner.invoke(main, ["explain", "paraphrase-disengagement-en"])
    assert explained.exit_code == 0 and "Legal basis:" in explained.output
    page = tmp_path / "page.txt"
    page.write_text("Why spend four hours gripping the wheel when the Arvo is happy to take the strain?\n", encoding="utf-8")
    default = runner.invoke(main, ["check", "--format", "json", str(page)])
    turned_off = runner.invoke(main, ["check", "--no-paraphrase", "--format", "json", str(page)])
    chosen = runner.invoke(main, ["check", "--ruleset", "us-ca-sb1398", "--format", "json", str(page)])
    assert json.loads(turned_off.output)["findings"] == [] and json.loads(chosen.output)["findings"] == []
    assert _has_model_finding([f["rule_id"] for f in json.loads(default.output)["findings"]])
    assert default.exit_code == 0  # severity info does not fail the default --fail-on warning
    config = tmp_path / ".claimlint.yaml"
    config.write_text("paraphrase: false\n", encoding="utf-8")
    configured = runner.invoke(main, ["check", "--config", str(config), "--format", "json", str(page)])
    assert json.loads(configured.output)["findings"] == []


def test_whole_sentence_context_clears_a_model_finding():
    """The models know little about news; the context check that clears rules clears them too."""
    reported = "The agency said owners caught up on sleep on the motorway while the car did the work."
    normalized = normalize(reported).flat()
    assert paraphrase.judge(str(MODELS["en"]), [("disengagement", 0.9)], normalized, "en")[0] is not None
    assert rule_ids(reported) == []


def test_a_hostile_model_file_is_refused_not_loaded(tmp_path, monkeypatch):
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(paraphrase.ModelError, match="not a claimlint paraphrase model"):
        paraphrase.load(str(nested))
    monkeypatch.setattr(paraphrase, "MAX_MODEL_BYTES", 10)
    paraphrase.load.cache_clear()
    with pytest.raises(paraphrase.ModelError, match="larger than"):
        paraphrase.load(str(MODELS["en"]))
    paraphrase.load.cache_clear()


def _tiny_model(tmp_path, detector: bool = True, fmt: int = 2) -> str:
    """A hand-made model: 'nap' makes a claim; 'wheel' leans autonomy, 'nap' disengagement."""
    labels = {
        "autonomy": {"bias": -2.0, "weights": {"w:wheel": 4.0}},
        "disengagement": {"bias": -2.0, "weights": {"w:nap": 4.0}},
        "overclaim": {"bias": -3.0, "weights": {}},
    }
    spec = {"min_length": 2, "gate_words": ["car"], "labels": labels}
    if detector:
        spec["detector"] = {"bias": -3.0, "weights": {"w:nap": 6.0, "w:the": 1.0}}  # "the" explains nothing
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"format": fmt, "languages": {"en": spec}}), encoding="utf-8")
    paraphrase.load.cache_clear()
    return str(path)


LABELS = [("autonomy", 0.9), ("disengagement", 0.9), ("overclaim", 0.9)]


def test_the_detector_decides_and_the_category_models_name_every_likely_category(tmp_path):
    path = _tiny_model(tmp_path)
    napping = paraphrase.judge(path, LABELS, "take a nap the car has it", "en")
    assert [cues is not None for cues in napping] == [False, True, False] and napping[1] == ("nap",)
    both = paraphrase.judge(path, LABELS, "let go of the wheel and nap the car has it", "en")
    assert [cues is not None for cues in both] == [True, True, False]
    # No 'nap': the detector says compliant, however sure a category model is.
    assert paraphrase.judge(path, LABELS, "hold the wheel the car helps", "en") == [None, None, None]


def test_a_claim_no_category_model_is_sure_of_gets_its_likeliest_category(tmp_path):
    path = tmp_path / "model.json"
    labels = {"autonomy": {"bias": -1.0, "weights": {}}, "overclaim": {"bias": -2.0, "weights": {}}}
    spec = {"min_length": 2, "gate_words": ["car"], "labels": labels, "detector": {"bias": 5.0, "weights": {}}}
    path.write_text(json.dumps({"format": 2, "languages": {"en": spec}}), encoding="utf-8")
    paraphrase.load.cache_clear()
    judged = paraphrase.judge(str(path), [("autonomy", 0.9), ("overclaim", 0.9)], "the car is here", "en")
    assert [cues is not None for cues in judged] == [True, False]


def _sparse_model() -> dict:
    labels = {"autonomy": {"bias": -1.0, "weights": {"w:car": 0.5, "w:nap": 1.25}},
              "overclaim": {"bias": -2.0, "weights": {"w:nap": 1.25, "w:safe": -0.0003}}}
    detector = {"bias": -0.5, "weights": {"w:car": 0.1234, "w:nap": 2, "c:自己开": -22.2703}}
    return {"format": 2, "languages": {"en": {"min_length": 2, "gate_words": ["car"], "labels": labels, "detector": detector}}}


@pytest.mark.parametrize("packed", [False, True], ids=["format 2", "format 3"])
def test_a_model_scores_as_written_in_either_format(tmp_path, packed):
    model = _sparse_model()
    path = tmp_path / "model.json"
    path.write_text(json.dumps(paraphrase.packed(model) if packed else model, ensure_ascii=False), encoding="utf-8")
    paraphrase.load.cache_clear()
    loaded = paraphrase.load(str(path))["en"]
    present = loaded.table.present({"w:car", "w:nap", "w:unknown", "c:自己开"})
    assert present.known_names() and set(present.known_names()) == {"w:car", "w:nap", "c:自己开"}
    assert loaded.detector.probability(present) == paraphrase.sigmoid(-0.5 + math.fsum([0.1234, 2, -22.2703]))
    assert loaded.labels["autonomy"].probability(present) == paraphrase.sigmoid(-1.0 + 0.5 + 1.25)
    assert loaded.labels["overclaim"].probability(loaded.table.present({"w:safe"})) == paraphrase.sigmoid(-2.0 - 0.0003)
    assert loaded.detector.probability(loaded.table.present(set())) == paraphrase.sigmoid(-0.5)
    paraphrase.load.cache_clear()


def test_format_three_stores_every_weight_exactly_and_refuses_a_damaged_table(tmp_path):
    model = _sparse_model()
    packed = paraphrase.packed(model)
    spec = packed["languages"]["en"]
    assert packed["format"] == 3 and spec["features"].split("\n") == sorted(spec["features"].split("\n"))
    original = model["languages"]["en"]
    assert paraphrase.unpacked(spec) == {**original["labels"], "detector": original["detector"]}
    spec["detector"]["weights"] = spec["detector"]["weights"][:-8]  # a table shorter than the features
    path = tmp_path / "model.json"
    path.write_text(json.dumps(packed), encoding="utf-8")
    paraphrase.load.cache_clear()
    with pytest.raises(paraphrase.ModelError, match="weights for 4 features"):
        paraphrase.load(str(path))
    spec["detector"]["weights"] = "not base64!"
    path.write_text(json.dumps(packed), encoding="utf-8")
    paraphrase.load.cache_clear()
    with pytest.raises(paraphrase.ModelError, match="not base64"):
        paraphrase.load(str(path))
    paraphrase.load.cache_clear()


def test_two_features_with_one_hash_share_a_column(monkeypatch):
    """Features are found by their hash; a collision (about one in a billion per model read) must
    add the two weights, not lose one."""
    from claimlint.matching import weights

    monkeypatch.setattr(weights, "_feature_hash", lambda name: 7 if name in ("w:a", "w:b") else hash(name))
    table, rows = weights.from_sparse({"model": {"w:a": 1.5, "w:b": 0.25, "w:c": 2.0}})
    present = table.present({"w:b", "w:c"})
    assert sorted(rows["model"][present.columns].tolist()) == [1.75, 2.0]


def test_format_one_models_without_a_detector_are_still_read_and_other_formats_refused(tmp_path):
    path = _tiny_model(tmp_path, detector=False, fmt=1)
    # Each label's own model decides: the 'wheel' sentence is autonomy at 0.88 and does not pass 0.9 ...
    assert paraphrase.judge(path, LABELS, "hold the wheel the car helps", "en") == [None, None, None]
    # ... but passes 0.8.
    assert paraphrase.judge(path, [("autonomy", 0.8)], "hold the wheel the car helps", "en")[0] == ("wheel",)
    with pytest.raises(paraphrase.ModelError, match="model format 4"):
        paraphrase.load(_tiny_model(tmp_path, fmt=4))
    paraphrase.load.cache_clear()


def _tiny_ruleset(tmp_path, word: str) -> Config:
    """The bundled paraphrase rules over a hand-made model in which `word` makes a
    disengagement claim."""
    quiet = {"bias": -5.0, "weights": {}}
    labels = {"autonomy": quiet, "level-inflation": quiet, "overclaim": quiet,
              "disengagement": {"bias": -2.0, "weights": {f"w:{word}": 4.0}}}
    language = {"min_length": 2, "gate_words": ["car"], "gate_strings": ["车"], "labels": labels,
                "detector": {"bias": -3.0, "weights": {f"w:{word}": 6.0}}}
    return _ruleset_over(tmp_path, language)


def _ruleset_over(tmp_path, language: dict) -> Config:
    """The bundled paraphrase rules over a hand-made model: `language` for both languages."""
    (tmp_path / "model.json").write_text(json.dumps({"format": 2, "languages": {"en": language, "zh": language}}),
                                         encoding="utf-8")
    paraphrase.load.cache_clear()
    ruleset = (ROOT / "rulesets" / "optional" / "paraphrase.yaml").read_text("utf-8")
    (tmp_path / "paraphrase.yaml").write_text(re.sub(r"paraphrase-model-(?:en|zh)\.json", "model.json", ruleset), encoding="utf-8")
    load_path.cache_clear()
    return Config(rulesets=(str(tmp_path / "paraphrase.yaml"),))


def test_a_model_finding_whose_claim_is_only_a_quoted_mention_is_cleared(tmp_path):
    """Use–mention for a finding with no span: the sentence names the words as words (a mention
    cue) and the model no longer flags it once the quotations are taken out."""
    config = _tiny_ruleset(tmp_path, "nap")

    assert rule_ids("You can nap in the car all the way home.", config, "en") == ["paraphrase-disengagement-en"]
    assert rule_ids('Our car: "nap all the way home."', config, "en") == ["paraphrase-disengagement-en"]  # quoted, no mention cue
    assert rule_ids('The "nap in the car" boast is false.', config, "en") == []
    assert rule_ids('The "nap in the car" boast is false, and you can nap in the car.', config, "en") != []  # claimed outside too
    paraphrase.load.cache_clear()
    load_path.cache_clear()


def test_a_model_finding_on_a_question_answered_no_is_cleared(tmp_path):
    """A finding on a whole sentence has no span for the negation check; a question the copy
    answers no ("Can I nap? No.") is cleared, unless the no grants the claim: a duty lifted
    (不用), a question about harm ("Any risk? No."), or a list of questions (不会倒车？不会变道？)."""
    config = _tiny_ruleset(tmp_path, "nap")

    assert rule_ids("Can I nap in the car on the motorway? No, you must watch the road.", config, "en") == []
    assert rule_ids("Can I nap in the car on the motorway? Yes, all the way home.", config, "en") == ["paraphrase-disengagement-en"]
    assert rule_ids("Any risk if I nap in the car? No.", config, "en") == ["paraphrase-disengagement-en"]
    paraphrase.load.cache_clear()
    load_path.cache_clear()
    assert context.is_question_answered_no("能脱手吗？不能，双手须握住方向盘。", "")
    assert context.is_question_answered_no("能在车里睡觉吗？", "不行。驾驶员须全程监控。")
    assert not context.is_question_answered_no("要一直握着方向盘吗？不用，交给它。", "")
    assert not context.is_question_answered_no("会出事故吗？不会。", "")
    assert not context.is_question_answered_no("不会倒车？不会变道？没关系，它都会", "")


def test_a_model_finding_without_readable_cues_is_still_a_finding_to_the_use_mention_check(tmp_path):
    """A claim carried by function words alone has no cue to show (an empty tuple), and is still
    a claim: inside quotations it is cleared, outside them it stays."""
    config = _tiny_ruleset(tmp_path, "it")

    assert rule_ids('The "it drives the car" boast is false.', config, "en") == []
    assert rule_ids('The "it drives" boast is false, and it drives the car.', config, "en") == ["paraphrase-disengagement-en"]
    paraphrase.load.cache_clear()
    load_path.cache_clear()


def test_words_in_a_negations_scope_are_features_of_their_own(tmp_path):
    """A linear model cannot tell "you can nap" from "you cannot nap" by their words alone."""
    english = paraphrase.features("it does not drive itself, but it helps", "en", negation_scope=True)
    assert {"w:~drive", "w:~itself", "w:helps", "b:not ~drive"} <= english and "w:drive" not in english
    chinese = paraphrase.features("无需接管，非常安全", "zh", negation_scope=True)
    assert {"c:无", "c:~接~管", "c:非常"} <= chinese and "c:接管" not in chinese
    assert "w:drive" in paraphrase.features("it does not drive itself", "en")  # unmarked unless asked
    path = tmp_path / "model.json"
    spec = {"min_length": 2, "gate_words": ["car"], "negation_scope": True,
            "labels": {"disengagement": {"bias": 0.0, "weights": {}}},
            "detector": {"bias": -3.0, "weights": {"w:nap": 6.0}}}
    path.write_text(json.dumps({"format": 2, "languages": {"en": spec}}), encoding="utf-8")
    paraphrase.load.cache_clear()
    labels = [("disengagement", 0.9)]
    assert paraphrase.judge(str(path), labels, "you can nap in the car", "en") == [("nap",)]
    assert paraphrase.judge(str(path), labels, "you can not nap in the car", "en") == [None]


def test_phrase_features_are_english_word_triples_and_pairs_one_word_apart_when_the_model_asks(tmp_path):
    """"car drives itself" and "car steers itself" share "car … itself"; a model file says whether it
    was trained with them, and one that does not say is scored without them."""
    plain = paraphrase.features("the car drives itself", "en")
    phrases = paraphrase.features("the car drives itself", "en", phrases=True)
    assert not any(f.startswith(("t:", "s:")) for f in plain)
    assert {"t:car drives itself", "s:car itself", "s:the drives"} <= phrases and plain <= phrases
    assert paraphrase.features("无需接管", "zh", phrases=True) == paraphrase.features("无需接管", "zh")
    labels = [("autonomy", 0.9)]
    for stated, expected in ((True, [("car",)]), (False, [None])):
        path = tmp_path / f"model-{stated}.json"
        spec = {"min_length": 2, "gate_words": ["car"], "phrases": stated,
                "labels": {"autonomy": {"bias": 0.0, "weights": {}}},
                "detector": {"bias": -3.0, "weights": {"s:car itself": 6.0, "w:car": 0.1}}}
        path.write_text(json.dumps({"format": 2, "languages": {"en": spec}}), encoding="utf-8")
        paraphrase.load.cache_clear()
        assert paraphrase.judge(str(path), labels, "the car steers itself", "en") == expected


def test_a_claim_made_between_short_sentences_is_read_from_the_paragraph(tmp_path):
    """A short paragraph none of whose sentences gave a finding is scored whole: here each word
    alone is below the threshold, both together above it. The finding spans the paragraph; a
    paragraph break, or a paragraph with a finding of its own, is not joined."""
    quiet = {"bias": -5.0, "weights": {}}
    labels = {"autonomy": {"bias": -2.0, "weights": {"w:driver": 2.5, "w:destination": 2.5}},
              "level-inflation": quiet, "overclaim": quiet, "disengagement": quiet}
    language = {"min_length": 2, "gate_words": ["cars", "car"], "gate_strings": ["车"], "labels": labels,
                "detector": {"bias": -6.0, "weights": {"w:driver": 4.5, "w:destination": 4.5}}}
    config = _ruleset_over(tmp_path, language)

    text = "Other cars need a driver. Ours needs a destination."
    [finding] = claimlint.lint_text(text, lang="en", config=config)
    assert (finding.rule_id, finding.column, finding.end_column) == ("paraphrase-autonomy-en", 1, len(text) + 1)
    assert claimlint.lint_text("Other cars need a driver.\n\nOurs needs a destination.", lang="en", config=config) == []
    assert claimlint.lint_text("Other cars need a driver. Ours needs a map.", lang="en", config=config) == []
    paraphrase.load.cache_clear()
    load_path.cache_clear()


def test_a_model_finding_in_a_sentence_that_states_the_drivers_duty_is_cleared(tmp_path):
    """A model that flags "you'll be doing the driving" has weighed the duty's own words. The duty
    clears only its own sentence: not when it is lifted, asked about, footnoted after a claim, or
    stated in another sentence of a paragraph read whole."""
    config = _tiny_ruleset(tmp_path, "driving")
    assert claimlint.lint_text("Bring your licence to the car, you'll be doing the driving.", lang="en", config=config) == []
    assert claimlint.lint_text("I still had both hands on the wheel while the car was driving.", lang="en", config=config) == []
    assert claimlint.lint_text("Even at 3 a.m. the person behind the wheel is responsible while driving.", lang="en", config=config) == []
    for claim in ("Why keep your hands on the wheel when the car is driving?",
                  "The car is driving you home.* *The driver must supervise the system at all times.",
                  "You don't need to keep your hands on the wheel while the car is driving."):
        assert [f.rule_id for f in claimlint.lint_text(claim, lang="en", config=config)] == ["paraphrase-disengagement-en"], claim
    paraphrase.load.cache_clear()
    load_path.cache_clear()


def test_cues_of_equal_weight_come_in_the_same_order_whatever_the_set_order():
    """A finding's message must not change between runs: features come as a set, whose order
    follows the process's hash seed, so equal weights are ranked by the feature itself."""
    table, model = paraphrase.label_model(0.0, {"c:车支": 1.0, "c:支持远": 0.5, "c:持远程": 0.5})
    orders = [["c:车支", "c:支持远", "c:持远程"], ["c:持远程", "c:支持远", "c:车支"]]  # two iteration orders
    assert {model.cues(table.present(order), "zh") for order in orders} == {("车支", "持远程", "支持远")}
