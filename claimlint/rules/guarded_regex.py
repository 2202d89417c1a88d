"""User regexes, compiled at load and run under a time limit.

Rulesets come from users, and a pattern such as `(a+)+$` can take exponential time on a long
line. The `regex` module accepts a timeout per call, so a runaway pattern costs at most that
long per sentence and is then reported and skipped instead of hanging a CI job. A pattern that
runs out of time MAX_TIMEOUTS times is switched off for the rest of the process, so a file of
many long lines costs at most MAX_TIMEOUTS * TIMEOUT_SECONDS per pattern, not that per line.
(`(a+)+$` is *not* slow in `regex`, which optimizes it; `(a|aa)+$` on "aaa…ab" is.)

Compiling is the slow part of a short run: `regex` parses a pattern in Python, about a millisecond
per rule regex, a fifth of a second for the hundred a pre-commit run over ten pages needs. So the
ruleset cache also keeps each pattern's compiled form (`stored_form`) and builds the pattern back
from it (`from_stored_form`) in microseconds.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field

import regex
from regex import _regex

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
    # the compiled form read back from the ruleset cache, used instead of parsing `source` again
    form: list | None = field(default=None, compare=False, repr=False)
    # time-outs so far in this process (a list, so that the frozen dataclass can count)
    timeouts: list = field(default_factory=list, compare=False, repr=False)
    _compiled: list = field(default_factory=list, compare=False, repr=False)

    @property
    def compiled(self) -> "regex.Pattern":
        """Compiled on first use: a pre-commit run over clean files never pays for the hundreds of
        patterns in the shipped rulesets."""
        if not self._compiled:
            rebuilt = from_stored_form(self.source, self.form) if self.form is not None else None
            self._compiled.append(rebuilt or regex.compile(self.source, FLAGS))
        return self._compiled[0]

    def stored_form(self) -> list | None:
        """The compiled pattern as JSON data for the ruleset cache (see `from_stored_form`)."""
        return _form_of(self.compiled)

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
        return GuardedRegex, (self.source, self.form)


FLAGS = regex.IGNORECASE | regex.VERSION0


def compile_checked(pattern: str) -> GuardedRegex:
    """A pattern checked now (length, syntax), for rulesets read from YAML."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise UnsafeRegex(f"regex longer than {MAX_PATTERN_LENGTH} characters")
    try:
        compiled = regex.compile(pattern, FLAGS)
    except regex.error as error:
        raise UnsafeRegex(f"invalid regex: {error}") from error
    return GuardedRegex(pattern, _compiled=[compiled])


# A compiled pattern is what `regex` itself pickles (its public pickle support): the source, the
# flags, the compiled code and the tables its C engine needs, handed back on unpickling to the C
# constructor `_regex.compile`. claimlint stores the same data as JSON, never as pickle, with the
# regex version it came from and a digest against a damaged file; anything unexpected (another
# regex version, another layout, named lists) is simply not stored or not used, and the pattern
# is compiled from its source as before.
_PICKLED_TYPES = (str, int, bytes, dict, dict, dict, list, int, tuple, int, int)


def _form_of(pattern: "regex.Pattern") -> list | None:
    data = getattr(pattern, "_pickled_data", None)
    if not isinstance(data, tuple) or tuple(map(type, data)) != _PICKLED_TYPES or data[5] or data[6]:
        return None
    source, flags, code, group_index, index_group, _, _, req_offset, req_chars, req_flags, group_count = data
    return [regex.__version__, _digest(source, flags, code), flags, base64.b64encode(code).decode("ascii"),
            sorted(group_index.items()), sorted(index_group.items()), req_offset, list(req_chars), req_flags,
            group_count]


def from_stored_form(source: str, form: list) -> "regex.Pattern | None":
    """The pattern built back from `stored_form` data, or None when the data is not of this regex
    version, does not belong to `source` or is malformed in any way."""
    try:
        version, digest, flags, code, group_index, index_group, req_offset, req_chars, req_flags, count = form
        code = base64.b64decode(code, validate=True)
        if version != regex.__version__ or digest != _digest(source, flags, code) or flags & FLAGS != FLAGS:
            return None
        return _regex.compile(
            source, flags, code, {str(name): int(number) for name, number in group_index},
            {int(number): str(name) for number, name in index_group}, {}, [], int(req_offset),
            tuple(int(c) for c in req_chars), int(req_flags), int(count))
    except Exception:  # noqa: BLE001 - any surprise means: compile from the source instead
        return None


def _digest(source: str, flags: int, code: bytes) -> str:
    return hashlib.sha256(f"{flags}\0{source}\0".encode("utf-8", "surrogatepass") + code).hexdigest()[:32]
