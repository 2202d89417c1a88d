"""The fixed development/test split of the corpus, by a hash of each item's id.

An item belongs to the test part when sha256(id) mod 100 < 40. The split never depends on the
rules or on the labels, so it stays fixed as items are added. Run `python corpus/split.py FILE...`
to (re)distribute items from new files into dev/test, and `--check` to verify the split holds.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEST_SHARE = 40
PARTS = {
    "sentences": ("dev.jsonl", "test.jsonl"),
    "documents": ("documents-dev.jsonl", "documents-test.jsonl"),
}


def is_test(item_id: str) -> bool:
    return int(hashlib.sha256(item_id.encode("utf-8")).hexdigest(), 16) % 100 < TEST_SHARE


def kind_of(item: dict) -> str:
    return "documents" if item["id"].startswith("doc-") else "sentences"


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def write(path: Path, items: list[dict]) -> None:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")


def distribute(new_files: list[Path]) -> None:
    for kind, (dev_name, test_name) in PARTS.items():
        items = {}
        for name in (dev_name, test_name):
            if (HERE / name).exists():
                items.update({i["id"]: i for i in read(HERE / name)})
        for path in new_files:
            items.update({i["id"]: i for i in read(path) if kind_of(i) == kind})
        ordered = sorted(items.values(), key=lambda i: i["id"])
        write(HERE / dev_name, [i for i in ordered if not is_test(i["id"])])
        write(HERE / test_name, [i for i in ordered if is_test(i["id"])])


def check() -> int:
    wrong = 0
    for kind, (dev_name, test_name) in PARTS.items():
        for name, expect_test in ((dev_name, False), (test_name, True)):
            for item in read(HERE / name):
                if is_test(item["id"]) != expect_test or kind_of(item) != kind:
                    print(f"{name}: {item['id']} is in the wrong part")
                    wrong += 1
    return 1 if wrong else 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        sys.exit(check())
    distribute([Path(a) for a in sys.argv[1:]])
