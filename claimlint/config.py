"""Configuration: `.claimlint.yaml` or `[tool.claimlint]` in `pyproject.toml`, nearest first.

Found by walking up from the working directory; command-line options override it. Every key is
checked, and a mistake is reported with the file, line and column where it is written.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_NAMES = (".claimlint.yaml", ".claimlint.yml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
FAIL_ON = ("error", "warning", "info", "never")


class ConfigError(Exception):
    def __init__(self, path: str, line: int, column: int, message: str):
        super().__init__(f"{path}:{line}:{column}: {message}")


@dataclass(frozen=True)
class Config:
    rulesets: tuple[str, ...] = ()  # empty: every bundled ruleset
    select: tuple[str, ...] = ()  # rule ids, ruleset ids or categories; empty: all
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)  # rule or ruleset id -> severity
    languages: tuple[str, ...] = ("en", "zh")
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    fail_on: str = "warning"
    automation_level: int | None = None
    # the learned paraphrase models (findings of severity info): None = with the bundled rulesets,
    # not with rulesets chosen by name; true or false decides either way
    paraphrase: bool | None = None
    path: str | None = None  # the file this came from

    def merged(self, **overrides: Any) -> "Config":
        """Command-line values win where given (None and empty tuples mean not given)."""
        given = {k: v for k, v in overrides.items() if v is not None and v != ()}
        return replace(self, **given)


KEYS = {
    "rulesets": "strings",
    "select": "strings",
    "ignore": "strings",
    "severity": "severities",
    "languages": "languages",
    "exclude": "strings",
    "include": "strings",
    "fail_on": "fail_on",
    "product": "product",
    "paraphrase": "bool",
}


def discover(start: Path | None = None) -> Path | None:
    """The nearest config file from `start` upwards; a pyproject.toml counts only with [tool.claimlint]."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml" or _has_tool_section(candidate):
                return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        return "claimlint" in tomllib.loads(path.read_text("utf-8")).get("tool", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        return False


def load(path: Path | None) -> Config:
    if path is None:
        return Config()
    text = _read(path)
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(text).get("tool", {}).get("claimlint", {})
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(str(path), getattr(error, "lineno", 1), getattr(error, "colno", 1), str(error)) from error
        return _from_mapping(path, data, locate=_toml_locator(text))
    import yaml  # only for a YAML configuration file: most runs have none

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text) if node is not None else {}
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise ConfigError(str(path), mark.line + 1 if mark else 1, mark.column + 1 if mark else 1, f"invalid YAML: {error.problem}") from error
    return _from_mapping(path, data or {}, locate=_yaml_locator(node))


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), 1, 1, f"cannot read configuration: {error}") from error


def _yaml_locator(root):
    import yaml

    def locate(key: str) -> tuple[int, int]:
        if isinstance(root, yaml.MappingNode):
            for key_node, _ in root.value:
                if key_node.value == key:
                    return key_node.start_mark.line + 1, key_node.start_mark.column + 1
        return 1, 1

    return locate


def _toml_locator(text: str):
    lines = text.splitlines()

    def locate(key: str) -> tuple[int, int]:
        for number, line in enumerate(lines, 1):
            stripped = line.lstrip()
            if stripped.startswith(key) and stripped[len(key) :].lstrip().startswith(("=", ".")):
                return number, len(line) - len(stripped) + 1
        return 1, 1

    return locate


def _from_mapping(path: Path, data: Any, locate) -> Config:
    where = str(path)
    if not isinstance(data, dict):
        raise ConfigError(where, 1, 1, "configuration must be a mapping of keys to values")
    values: dict[str, Any] = {"path": where}
    for key, value in data.items():
        kind = KEYS.get(key)
        line, column = locate(str(key))
        if kind is None:
            raise ConfigError(where, line, column, f"unknown key {key!r} (known: {', '.join(KEYS)})")
        problem = _check(kind, value)
        if problem:
            raise ConfigError(where, line, column, f"{key}: {problem}")
        if kind == "product":
            values["automation_level"] = value.get("automation_level")
        elif kind in ("severities", "fail_on", "bool"):
            values[key] = value
        else:
            values[key] = tuple(value)
    return Config(**values)


def _check(kind: str, value: Any) -> str | None:
    if kind in ("strings", "languages"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "expected a list of strings"
        if kind == "languages" and not set(value) <= {"en", "zh"}:
            return "languages are 'en' and 'zh'"
    elif kind == "severities":
        if not isinstance(value, dict) or not all(v in SEVERITIES for v in value.values()):
            return f"expected a mapping of rule or ruleset ids to one of {', '.join(SEVERITIES)}"
    elif kind == "bool":
        if not isinstance(value, bool):
            return "expected true or false"
    elif kind == "fail_on":
        if value not in FAIL_ON:
            return f"expected one of {', '.join(FAIL_ON)}"
    elif kind == "product":
        if not isinstance(value, dict) or set(value) - {"automation_level", "name"}:
            return "expected a mapping with 'automation_level' (0-5) and optionally 'name'"
        level = value.get("automation_level")
        if level is not None and (not isinstance(level, int) or not 0 <= level <= 5):
            return "automation_level must be an integer from 0 to 5"
    return None
