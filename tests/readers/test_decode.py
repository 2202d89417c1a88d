import codecs

import pytest

from claimlint.readers.base import ReaderError
from claimlint.readers.decode import decode

SIMPLIFIED = "本车支持高速领航辅助，但不是自动驾驶，驾驶员必须始终保持注意力。"
TRADITIONAL = "本車支援高速領航輔助，但不是自動駕駛，駕駛人必須始終保持注意力。"


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("drives itself".encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + SIMPLIFIED.encode("utf-32-le"), "utf-32"),
    ],
)
def test_unicode_with_and_without_bom(data, encoding):
    text, found = decode(data)
    assert found == encoding
    assert text in ("drives itself", SIMPLIFIED)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["The car drives itself.\n", SIMPLIFIED, "我们的汽车可以自己开车。"])
def test_utf16_without_bom(codec, text):
    # 开 is U+5F00: BOM-less Chinese UTF-16 has NULs without being binary
    assert decode(text.encode(codec)) == (text, codec)


@pytest.mark.parametrize("text", [SIMPLIFIED, "自动驾驶", "解放双手，全场景智驾"])
def test_gbk_and_gb18030(text):
    assert decode(text.encode("gbk")) == (text, "gb18030")


@pytest.mark.parametrize("text", ["ééé自动驾驶", "ééé组合驾驶辅助", "café «自动驾驶»"])
def test_gb18030_with_latin_letters_is_not_read_as_big5(text):
    # é is A8 A6 in GB18030, which Big5 reads as the common 谷: Latin letters must not count
    # against the right decoding (found by the --fix round-trip property test)
    assert decode(text.encode("gb18030")) == (text, "gb18030")


@pytest.mark.parametrize("text", [TRADITIONAL, "自動駕駛", "臺灣車主體驗無人駕駛"])
def test_big5_is_not_mistaken_for_gb18030(text):
    # gb18030 also "decodes" these bytes, into nonsense: the common-character score decides
    assert decode(text.encode("big5")) == (text, "big5")


def test_western_legacy_copy():
    assert decode("“self-driving” café".encode("cp1252")) == ("“self-driving” café", "cp1252")


def test_binary_file_is_refused():
    with pytest.raises(ReaderError, match="^binary file"):
        decode(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)))


@pytest.mark.parametrize("data", [b"\xff\x81\x8d\x90", b"ok \x81\x8d\x90\xff"])
def test_invalid_bytes(data):
    with pytest.raises(ReaderError, match="not valid UTF-8"):
        decode(data)


def test_invalid_utf16_after_bom():
    with pytest.raises(ReaderError, match="invalid utf-16"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate
