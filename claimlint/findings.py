"""The finding: one small, frozen, ordered value object shared by the engine and every reporter."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from enum import IntEnum

CATEGORIES = ("autonomy", "level-inflation", "disengagement", "overclaim", "disclosure")
# Findings about the run itself (unreadable file, unused suppression) carry this category.
META_CATEGORY = "meta"


class Severity(IntEnum):
    """Ordered so that `--fail-on warning` means "warning or worse"."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Finding:
    """A rule match located in the original file.

    Lines and columns are 1-based and count characters of the decoded original text;
    `end_column` is exclusive, as in SARIF.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule_id: str
    ruleset: str = field(compare=False)
    category: str = field(compare=False)
    severity: str = field(compare=False)
    message: str = field(compare=False)
    text: str = field(compare=False)
    suggestions: tuple[str, ...] = field(default=(), compare=False)
    basis: tuple[str, ...] = field(default=(), compare=False)
    rulesets: tuple[str, ...] = field(default=(), compare=False)
    # Where a line number alone does not locate the text (a DOCX paragraph, a PDF page).
    location: str | None = field(default=None, compare=False)
    # The sentence the match was found in, for reports and baselines.
    context: str = field(default="", compare=False)
    fixable: bool = field(default=False, compare=False)
    # Character offsets into the decoded original text; used by --fix, not shown to users.
    start_offset: int = field(default=-1, compare=False)
    end_offset: int = field(default=-1, compare=False)

    @property
    def severity_level(self) -> Severity:
        return Severity.parse(self.severity)

    def fingerprint(self) -> str:
        """Stable across moved lines: rule, file and matched text, not the position."""
        key = "\x1f".join((self.rule_id, self.path, self.text.casefold(), self.context.strip().casefold()))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def to_dict(self) -> dict:
        """The public fields, in declaration order (dataclasses.asdict deep-copies every value,
        which made it a tenth of a large run)."""
        data = {name: getattr(self, name) for name in _PUBLIC_FIELDS}
        data["suggestions"] = list(self.suggestions)
        data["basis"] = list(self.basis)
        data["rulesets"] = list(self.rulesets)
        return data


_PUBLIC_FIELDS = tuple(f.name for f in fields(Finding) if f.name not in ("start_offset", "end_offset"))
