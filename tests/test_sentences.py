from claimlint.sentences import language_of, split_sentences


def texts(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_chinese_and_english_punctuation():
    assert texts("本车实现自动驾驶。解放双手！it drives itself. really?") == [
        "本车实现自动驾驶。", "解放双手！", "it drives itself.", "really?"]


def test_abbreviations_do_not_end_sentences():
    assert texts("e.g. on highways it is fine. next one.") == ["e.g. on highways it is fine.", "next one."]


def test_short_lines_stand_alone_and_wrapped_lines_join():
    text = "hands-free\nthis line is long enough to be a wrapped line of\ncopy that goes on."
    assert texts(text) == ["hands-free", "this line is long enough to be a wrapped line of\ncopy that goes on."]


def test_language_of_mixed_sentences():
    assert language_of("城市noa自动驾驶") == "zh"
    assert language_of("the su7 (小米) drives itself") == "en"
    assert language_of("l2.5 level") == "en"
