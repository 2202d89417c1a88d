"""Bytes to text: BOMs, UTF-8, UTF-16/32, and the Chinese legacy encodings.

GB18030 decodes almost any byte string, so "it decoded" proves nothing. Candidates are scored
instead by how many of their characters are *common* Chinese characters. Both legacy standards
order their characters by frequency, so no word list is needed: GB2312 level 1 (lead bytes
0xB0-0xD7) holds the 3,755 most used Simplified characters, Big5 0xA440-0xC67E the 5,401 most
used Traditional ones. The wrong decoding lands mostly in rare or private-use characters.
"""

from __future__ import annotations

import codecs

from claimlint.readers.base import ReaderError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF = 8192  # bytes looked at for NULs (binary files, BOM-less UTF-16/32)
SAMPLE = 65536  # bytes scored to choose between legacy encodings
LEGACY = ("gb18030", "big5", "cp950", "utf-16-le", "utf-16-be")


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding name) or raise ReaderError with a message for the user."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return _strict(data, name), name
    head = data[:SNIFF]
    if b"\0" in head:
        name = _sniff_wide(head) or _wide_chinese(head)
        try:
            if name is not None:
                return data.decode(name), name
        except UnicodeDecodeError:
            pass
        raise ReaderError("binary file (NUL bytes), skipped")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    for name in _ranked(data[:SAMPLE]):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    raise ReaderError(
        f"not valid UTF-8 (bad byte 0x{data[utf8_error.start]:02x} at offset "
        f"{utf8_error.start}) nor any of GB18030, Big5, UTF-16, Windows-1252; save the file as UTF-8"
    )


def _strict(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        raise ReaderError(f"invalid {name} data at byte offset {error.start}") from error


def _sniff_wide(head: bytes) -> str | None:
    """UTF-16/32 without a BOM: ASCII-range text leaves NULs in fixed byte positions."""
    for width, name_le, name_be in ((4, "utf-32-le", "utf-32-be"), (2, "utf-16-le", "utf-16-be")):
        units = len(head) // width
        if units < 2:
            continue
        high_zero = sum(1 for i in range(units) if head[i * width + width - 1] == 0)
        low_zero = sum(1 for i in range(units) if head[i * width] == 0)
        if width == 4:
            # the top byte of a code point is always 0, the one below it nearly always
            if high_zero == units and _zero_share(head, 4, 2) > 0.9:
                return name_le
            if low_zero == units and _zero_share(head, 4, 1) > 0.9:
                return name_be
        elif high_zero > 0.3 * units and low_zero < 0.05 * units:
            return name_le
        elif low_zero > 0.3 * units and high_zero < 0.05 * units:
            return name_be
    return None


def _wide_chinese(head: bytes) -> str | None:
    """BOM-less UTF-16 Chinese has few NULs (U+5F00 开 is 00 5F), so score it instead."""
    for name in ("utf-16-le", "utf-16-be"):
        text = head[: len(head) // 2 * 2].decode(name, errors="replace")
        if chinese_score(text, text.count("\ufffd")) > 0.8:
            return name
    return None


def _zero_share(head: bytes, width: int, index: int) -> float:
    units = len(head) // width
    return sum(1 for i in range(units) if head[i * width + index] == 0) / units


def _ranked(sample: bytes) -> list[str]:
    """Legacy candidates that decode the sample, best score first (ties keep LEGACY order)."""
    scored = []
    for rank, name in enumerate(LEGACY):
        if name.startswith("utf-16") and len(sample) % 2:
            continue
        text = sample.decode(name, errors="replace")
        # a multi-byte character cut at the sample's end is not the candidate's fault
        bad = text.count("\ufffd", 0, max(0, len(text) - 1))
        score = chinese_score(text, bad)
        if name.startswith("utf-16") and score < 0.5:
            continue  # BOM-less, NUL-free UTF-16 is only plausible for Chinese text
        scored.append((-score, rank, name))
    scored.sort()
    names = [name for _, _, name in scored]
    if not scored or scored[0][0] > -0.5:
        names.insert(0, "cp1252")  # not Chinese after all: Western copy with curly quotes
    return names


def chinese_score(text: str, bad: int = 0) -> float:
    """Share of non-ASCII characters that are common Chinese characters or punctuation. Latin
    letters and symbols (é in "café", «, ©) are neither evidence for nor against: mixed copy has
    them, and counting them as rare let a GB18030 "ééé自动驾驶" read better as Big5 (谷谷谷…)."""
    total = bad
    good = 0.0
    for char in text:
        if char < "\x80" or char == "\ufffd" or "\u00a0" <= char <= "\u024f":
            continue
        total += 1
        good += _commonness(char)
    return good / total if total else 0.0


def _commonness(char: str) -> float:
    if "\u3000" <= char <= "\u303f" or "\uff01" <= char <= "\uff5e":
        return 1.0  # CJK and full-width punctuation
    try:
        lead = char.encode("gb2312")[0]
        if 0xB0 <= lead <= 0xD7:
            return 1.0
        if 0xD8 <= lead <= 0xF7:
            return 0.3
    except UnicodeEncodeError:
        pass
    try:
        lead = char.encode("big5")[0]
        if 0xA4 <= lead <= 0xC6:
            return 1.0
        if 0xC9 <= lead <= 0xF9:
            return 0.3
    except UnicodeEncodeError:
        pass
    return 0.0
