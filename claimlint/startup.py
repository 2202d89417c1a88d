"""The cyclic garbage collector while a run builds what it keeps.

A run builds, once, objects that live until it ends: imported modules, the compiled rules with
their prefilter automata, spaCy's pipelines, jieba's dictionary and the paraphrase models. While
they are built, Python's collector starts every 700 new containers and scans them again and again,
though none of them is garbage; on a pre-commit run over ten small files that was about a sixth of
the run. Those builds pause the collector. The command line, which owns its process, also sets
what they built aside (`gc.freeze`), so that later collections skip it. Library callers keep their
own collector: a pause restores its state, and only the command line freezes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


# Set by the command line, which owns its process; a library caller's collector is never frozen.
_owns_process = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection while the block builds long-lived objects; the state is restored after.
    In the command line's process, what the block built is then set aside as well."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _owns_process:
            gc.freeze()
        if was_enabled:
            gc.enable()


def own_process() -> None:
    """For the command line: its objects so far (its modules) live until the process ends, so move
    them out of the collector's sight, as every later build will be, and collect as usual. Never
    for a library caller, whose frozen objects would never be collected again."""
    global _owns_process
    _owns_process = True
    gc.freeze()
    gc.enable()
