"""A folder of the same copy in every format gives the same findings, each at the right place; broken
files give a clear per-file message and the others are still linted."""

from __future__ import annotations

import codecs
import io
import json
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from claimlint.cli import main

MINI = str(Path(__file__).resolve().parents[1] / "data" / "mini-ruleset.yaml")
EN = "The car drives itself on the highway."
ZH = "本车支持自动驾驶。"


def run(args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result, json.loads(result.stdout) if result.stdout.strip().startswith("{") else None


@pytest.fixture
def folder(tmp_path, pdf_bytes):
    (tmp_path / "ad.md").write_text(f"# Launch\n\n**{EN}**\n\n{ZH}\n", encoding="utf-8")
    (tmp_path / "ad.html").write_text(
        f"<html><body>\n<h1>Launch</h1>\n<p><em>{EN}</em></p>\n<p>{ZH}</p>\n</body></html>\n", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("Launch")
    document.add_paragraph(EN)
    document.add_paragraph(ZH)
    document.save(tmp_path / "ad.docx")
    (tmp_path / "ad.pdf").write_bytes(pdf_bytes([["Launch", EN, ZH]]))
    (tmp_path / "ad-gbk.txt").write_bytes(f"Launch\n{EN}\n{ZH}\n".encode("gbk"))
    (tmp_path / "ad-utf16.txt").write_bytes(codecs.BOM_UTF16_LE + f"Launch\n{EN}\n{ZH}\n".encode("utf-16-le"))
    return tmp_path


EXPECTED_LINES = {"ad.md": (3, 5), "ad.html": (3, 4), "ad.docx": (2, 3), "ad.pdf": (2, 3),
                  "ad-gbk.txt": (2, 3), "ad-utf16.txt": (2, 3)}


def test_every_format_gives_the_same_findings_at_the_right_place(folder):
    result, data = run(["check", "--ruleset", MINI, "--format", "json", folder])
    assert result.exit_code == 1
    by_file: dict[str, list] = {}
    for finding in data["findings"]:
        by_file.setdefault(Path(finding["path"]).name, []).append(finding)
    assert set(by_file) == set(EXPECTED_LINES)
    for name, (en_line, zh_line) in EXPECTED_LINES.items():
        found = [(f["rule_id"], f["text"], f["line"]) for f in by_file[name]]
        assert found == [("mini-autonomy", "drives itself", en_line), ("mini-autonomy", "自动驾驶", zh_line)], name
    pdf = [f for f in data["findings"] if f["path"].endswith(".pdf")]
    assert pdf[0]["location"] == "page 1, line 2"
    docx_findings = [f for f in data["findings"] if f["path"].endswith(".docx")]
    assert docx_findings[0]["location"].startswith("paragraph")


def test_columns_count_decoded_characters(folder):
    _, data = run(["check", "--ruleset", MINI, "--format", "json", folder / "ad-gbk.txt", folder / "ad.html"])
    zh = [f for f in data["findings"] if f["text"] == "自动驾驶"]
    assert [(Path(f["path"]).name, f["column"]) for f in zh] == [("ad-gbk.txt", 5), ("ad.html", 8)]


def test_verbose_reports_the_detected_encoding(folder):
    result = CliRunner().invoke(main, ["check", "--ruleset", MINI, "--verbose", str(folder / "ad-gbk.txt")])
    assert "encoding gb18030" in result.stderr or "encoding gbk" in result.stderr


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(220):
                member.write(chunk)


def test_malformed_files_get_a_message_and_the_rest_is_linted(folder):
    good = folder / "ad.md"
    bad = folder / "bad"
    bad.mkdir()
    (bad / "truncated.docx").write_bytes((folder / "ad.docx").read_bytes()[:500])
    _zip_bomb(bad / "bomb.docx")
    (bad / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage")
    (bad / "invalid.txt").write_bytes(b"caf\xe9 \xff\xfe\xfd self-driving \x80\x81")
    (bad / "long.txt").write_bytes(b"plain words " * (50 * 1024 * 1024 // 12))
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 40)
    result, data = run(["check", "--ruleset", MINI, "--format", "json", good, bad])
    assert result.exit_code == 1
    by_name = {}
    for finding in data["findings"]:
        by_name.setdefault(Path(finding["path"]).name, []).append(finding)
    assert [f["rule_id"] for f in by_name["ad.md"]] == ["mini-autonomy", "mini-autonomy"]
    for name in ("truncated.docx", "bomb.docx", "broken.pdf"):
        [error] = by_name[name]
        assert error["rule_id"] == "io-error" and error["message"], name
    assert "long.txt" not in by_name  # read and linted: nothing risky in it
    assert "image.txt" not in by_name  # binary: skipped with a note, not an error
    assert "Traceback" not in result.output
