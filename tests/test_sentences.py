from claimlint.sentences import language_of, split_sentences


def texts(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_chinese_and_english_punctuation():
    assert texts("本车实现自动驾驶，这是第一句。第二句也很长，说的是另一件事！it drives itself on the highway. "
                 "and this is a long second sentence?") == [
        "本车实现自动驾驶，这是第一句。", "第二句也很长，说的是另一件事！", "it drives itself on the highway.",
        "and this is a long second sentence?"]


def test_abbreviations_do_not_end_sentences():
    assert texts("e.g. on highways it is fine. the next one is long enough.") == [
        "e.g. on highways it is fine.", "the next one is long enough."]


def test_short_fragments_on_one_line_are_matched_together():
    assert texts("any road. any weather. any time.") == ["any road. any weather. any time."]
    assert texts("level 2? we left that behind.") == ["level 2? we left that behind."]
    assert texts("safety first.\nthis is not a self-driving car.") == ["safety first.", "this is not a self-driving car."]


def test_short_lines_stand_alone_and_wrapped_lines_join():
    text = "hands-free\nthis line is long enough to be a wrapped line of\ncopy that goes on."
    assert texts(text) == ["hands-free", "this line is long enough to be a wrapped line of\ncopy that goes on."]


def test_a_stanza_of_short_lines_that_closes_a_sentence_is_one_sentence():
    assert texts("the system\nwatches the road\nso you\ndon't have to.") == ["the system\nwatches the road\nso you\ndon't have to."]
    # a list, a table, a heading over a long line, and an unfinished run stand alone
    assert texts("tractor kit\n• auto-steer\n• hands-free turns.") == ["tractor kit", "• auto-steer", "• hands-free turns."]
    assert texts("hands-free | yes\neyes-on | required.") == ["hands-free | yes", "eyes-on | required."]
    assert texts("the best part\nyou don't\nwatch the road") == ["the best part", "you don't", "watch the road"]
    assert len(texts("word\n" * 5000 + "end.")) > 4000


def test_language_of_mixed_sentences():
    assert language_of("城市noa自动驾驶") == "zh"
    assert language_of("the su7 (小米) drives itself") == "en"
    assert language_of("l2.5 level") == "en"
