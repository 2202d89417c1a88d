"""User regexes, compiled at load and run under a time limit.

Rulesets come from users, and a pattern such as `(a+)+$` can take exponential time on a long
line. The `regex` module accepts a timeout per call, so a runaway pattern costs at most that
long per sentence and is then reported and skipped instead of hanging a CI job.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

TIMEOUT_SECONDS = 0.25
MAX_PATTERN_LENGTH = 2000


class UnsafeRegex(ValueError):
    """A pattern that does not compile or is too long."""


class RegexTimeout(Exception):
    """A pattern ran past its time limit on one text."""


@dataclass(frozen=True)
class GuardedRegex:
    source: str
    compiled: "regex.Pattern"

    def spans(self, text: str, timeout: float = TIMEOUT_SECONDS) -> list[tuple[int, int]]:
        """Non-empty match spans in `text`; raises RegexTimeout past the time limit."""
        try:
            return [m.span() for m in self.compiled.finditer(text, timeout=timeout) if m.end() > m.start()]
        except TimeoutError as error:
            raise RegexTimeout(f"regex {self.source!r} ran past {timeout:g} s and was skipped") from error

    def __reduce__(self):
        return compile_checked, (self.source,)


def compile_checked(pattern: str) -> GuardedRegex:
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise UnsafeRegex(f"regex longer than {MAX_PATTERN_LENGTH} characters")
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)
    except regex.error as error:
        raise UnsafeRegex(f"invalid regex: {error}") from error
    return GuardedRegex(pattern, compiled)
