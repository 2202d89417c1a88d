"""User regexes, compiled at load and run under a time limit.

Rulesets come from users, and a pattern such as `(a+)+$` can take exponential time on a long
line. The `regex` module accepts a timeout per call, so a runaway pattern costs at most that
long per sentence and is then reported and skipped instead of hanging a CI job. A pattern that
runs out of time MAX_TIMEOUTS times is switched off for the rest of the process, so a file of
many long lines costs at most MAX_TIMEOUTS * TIMEOUT_SECONDS per pattern, not that per line.
(`(a+)+$` is *not* slow in `regex`, which optimizes it; `(a|aa)+$` on "aaa…ab" is.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

TIMEOUT_SECONDS = 0.25
MAX_TIMEOUTS = 3
MAX_PATTERN_LENGTH = 8000


class UnsafeRegex(ValueError):
    """A pattern that does not compile or is too long."""


class RegexTimeout(Exception):
    """A pattern ran past its time limit on one text."""


@dataclass(frozen=True)
class GuardedRegex:
    source: str
    # time-outs so far in this process (a list, so that the frozen dataclass can count)
    timeouts: list = field(default_factory=list, compare=False, repr=False)
    _compiled: list = field(default_factory=list, compare=False, repr=False)

    @property
    def compiled(self) -> "regex.Pattern":
        """Compiled on first use: a pre-commit run over clean files never pays for the hundreds of
        patterns in the shipped rulesets."""
        if not self._compiled:
            self._compiled.append(regex.compile(self.source, FLAGS))
        return self._compiled[0]

    @property
    def disabled(self) -> bool:
        return len(self.timeouts) >= MAX_TIMEOUTS

    def spans(self, text: str, timeout: float = TIMEOUT_SECONDS) -> list[tuple[int, int]]:
        """Non-empty match spans in `text`; raises RegexTimeout past the time limit. Once
        disabled (MAX_TIMEOUTS time-outs), matches nothing: the time-outs were already reported."""
        if self.disabled:
            return []
        try:
            return [m.span() for m in self.compiled.finditer(text, timeout=timeout) if m.end() > m.start()]
        except TimeoutError as error:
            raise self._timed_out(text, timeout) from error

    def search(self, text: str, timeout: float = TIMEOUT_SECONDS) -> bool:
        """Whether the pattern matches anywhere in `text`, stopping at the first match (a document
        rule's required terms need no more), under the same time limit and switch-off as `spans`."""
        if self.disabled:
            return False
        try:
            return self.compiled.search(text, timeout=timeout) is not None
        except TimeoutError as error:
            raise self._timed_out(text, timeout) from error

    def _timed_out(self, text: str, timeout: float) -> RegexTimeout:
        self.timeouts.append(timeout)
        shown = self.source if len(self.source) <= 80 else self.source[:77] + "..."
        tail = "; disabled for the rest of this run" if self.disabled else ""
        return RegexTimeout(f"regex {shown!r} ran past {timeout:g} s on a {len(text)}-character text "
                            f"and was skipped{tail}")

    def __reduce__(self):
        return GuardedRegex, (self.source,)


FLAGS = regex.IGNORECASE | regex.VERSION0


def compile_checked(pattern: str) -> GuardedRegex:
    """A pattern checked now (length, syntax), for rulesets read from YAML."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise UnsafeRegex(f"regex longer than {MAX_PATTERN_LENGTH} characters")
    try:
        regex.compile(pattern, FLAGS)
    except regex.error as error:
        raise UnsafeRegex(f"invalid regex: {error}") from error
    return GuardedRegex(pattern)
