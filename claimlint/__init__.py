"""claimlint: a compliance linter for driver-assistance marketing copy in English and Chinese.

The public API for programs and distributed engines:

    >>> import claimlint
    >>> [f.rule_id for f in claimlint.lint_text("The car drives itself on the highway.")]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from claimlint.api import build_engine, lint_document, lint_file, lint_text
    from claimlint.config import Config
    from claimlint.findings import Finding

__all__ = ["Config", "Finding", "build_engine", "lint_document", "lint_file", "lint_text", "__version__"]

# The public names are imported on first use (PEP 562), so that importing a submodule, as the
# command line does first, costs nothing and can pause the collector before the rest is imported.
_HOMES = {"build_engine": "api", "lint_document": "api", "lint_file": "api", "lint_text": "api",
          "Config": "config", "Finding": "findings"}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'claimlint' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"claimlint.{_HOMES[name]}"), name)


def __dir__() -> list[str]:
    return sorted(__all__)
