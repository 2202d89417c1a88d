"""claimlint: a compliance linter for driver-assistance marketing copy in English and Chinese.

The public API for programs and distributed engines:

    >>> import claimlint
    >>> [f.rule_id for f in claimlint.lint_text("The car drives itself on the highway.")]
"""

from __future__ import annotations

__version__ = "0.1.0"

from claimlint.api import build_engine, lint_document, lint_file, lint_text  # noqa: E402
from claimlint.config import Config  # noqa: E402
from claimlint.findings import Finding  # noqa: E402

__all__ = ["Config", "Finding", "build_engine", "lint_document", "lint_file", "lint_text", "__version__"]
