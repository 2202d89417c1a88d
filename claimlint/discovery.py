"""Which files a run looks at: paths, folders walked recursively, .gitignore and exclude globs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from claimlint.readers import READERS

if TYPE_CHECKING:
    import pathspec

# Folders that never hold copy worth linting.
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache"})


def iter_files(paths: list[str], exclude: tuple[str, ...] = (), include: tuple[str, ...] = ()) -> Iterator[str]:
    """Files to lint, in a stable order. Explicit file paths are always linted; folders give only
    files with a known (or `include`d) extension that no .gitignore or exclude glob removes."""
    extensions = set(READERS) | {e if e.startswith(".") else f".{e}" for e in include}
    excluded = _spec(exclude) if exclude else None
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, extensions, excluded)
        elif excluded is None or not excluded.match_file(given):
            yield given


def _spec(lines) -> pathspec.PathSpec:
    """Gitignore-style patterns. pathspec is imported only here: a pre-commit run over a few named
    files with no exclude globs never loads it."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _walk(root: Path, extensions: set[str], excluded: pathspec.PathSpec | None) -> Iterator[str]:
    """os.walk with pruning; each .gitignore applies below its own folder, matched on absolute paths."""
    absolute_root = root.resolve()
    specs = dict(_parent_gitignores(absolute_root))  # folder -> its .gitignore
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        absolute = absolute_root / here.relative_to(root)
        spec = _gitignore(absolute)
        if spec is not None:
            specs[absolute] = spec
        scope = [(base, s) for base, s in specs.items() if base == absolute or base in absolute.parents]
        dirs[:] = sorted(
            d for d in dirs
            if d not in SKIP_DIRS and not _ignored(here / d, absolute / d, True, root, scope, excluded)
        )
        for name in sorted(files):
            if Path(name).suffix.lower() in extensions and not _ignored(here / name, absolute / name, False, root, scope, excluded):
                yield str(here / name)


def _ignored(path: Path, absolute: Path, directory: bool, root: Path, scope, excluded: pathspec.PathSpec | None) -> bool:
    """Excluded by a glob (relative to the folder walked, or as given) or by a .gitignore in scope."""
    slash = "/" if directory else ""
    if excluded is not None and (
        excluded.match_file(path.relative_to(root).as_posix() + slash) or excluded.match_file(path.as_posix())
    ):
        return True
    return any(spec.match_file(absolute.relative_to(base).as_posix() + slash) for base, spec in scope)


def _gitignore(folder: Path) -> pathspec.PathSpec | None:
    ignore_file = folder / ".gitignore"
    if not ignore_file.is_file():
        return None
    try:
        lines = ignore_file.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return _spec(lines)


def _parent_gitignores(absolute_root: Path) -> list[tuple[Path, pathspec.PathSpec]]:
    """.gitignore files above the folder, up to the repository root, apply too."""
    found = []
    for parent in absolute_root.parents:
        spec = _gitignore(parent)
        if spec is not None:
            found.append((parent, spec))
        if (parent / ".git").exists():
            break
    return found
