"""Load ruleset YAML safely, validate it against the shipped JSON Schema, compile its patterns.

Every mistake is reported with the file, line and column where it is written: the YAML is
composed into nodes first (which keep their marks), and a schema error's path is walked back
through those nodes.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimlint.matching import literals
from claimlint.matching.lemmas import inflections
from claimlint.normalize import normalize
from claimlint.rules import cache, guarded_regex
from claimlint.rules.model import Pattern, Rule, Ruleset

if TYPE_CHECKING:  # PyYAML is imported when a ruleset is parsed, not when it comes from the cache
    import yaml

MAX_RULESET_BYTES = 2 * 1024 * 1024
# Aliases let a small file stand for a huge tree ("billion laughs"): the tree a ruleset describes,
# aliases expanded, may hold at most this many nodes. The biggest shipped ruleset has a few thousand.
MAX_EXPANDED_NODES = 200_000
TOKEN_STRING_KEYS = ("ORTH", "TEXT", "LOWER", "LEMMA")
# `{{people}}` in a regex stands for the list of that name, as a non-capturing group of its
# alternatives: one list that many patterns share, grown in one place. The lists every ruleset may
# use live in SHARED_LISTS_FILE beside the bundled rulesets; a ruleset's own `lists:` add to them
# and replace a shared list of the same name.
LIST_REFERENCE_RE = re.compile(r"\{\{([a-z][a-z0-9_]*)\}\}")
SHARED_LISTS_FILE = "shared/lists.yaml"


@lru_cache(maxsize=1)
def _safe_loader():
    """The safe loader, with dates kept as the strings the user wrote (2025-08-13, not a date).
    Built on first use: a run whose rulesets all come from the cache never imports PyYAML."""
    import yaml

    class SafeLoader(yaml.SafeLoader):
        pass

    SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)
    return SafeLoader


class RulesetError(Exception):
    """A ruleset that cannot be used; str() is `file:line:col: message`."""

    def __init__(self, path: str, line: int, column: int, message: str):
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


def bundled_dir() -> Path:
    """The shipped rulesets: inside the installed package, or at the repository root in a checkout."""
    packaged = Path(str(resources.files("claimlint"))) / "rulesets"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rulesets"


def bundled_ids() -> list[str]:
    return sorted(path.stem for path in bundled_dir().glob("*.yaml"))


def optional_ids() -> list[str]:
    """The bundled rulesets kept apart (`optional/…`): they run when named, and the paraphrase
    models also by default (`api.with_paraphrase`)."""
    return sorted(f"optional/{path.stem}" for path in (bundled_dir() / "optional").glob("*.yaml"))


def resolve(spec: str) -> Path:
    """A bundled ruleset id, or the path of a user's ruleset file."""
    bundled = bundled_dir() / f"{spec}.yaml"
    if bundled.is_file():
        return bundled
    path = Path(spec)
    if path.is_file():
        return path
    known = ", ".join(bundled_ids() + optional_ids())
    raise RulesetError(spec, 1, 1, f"no such ruleset file or bundled ruleset id (bundled: {known})")


def load(spec: str) -> Ruleset:
    return load_path(str(resolve(spec)))


@lru_cache(maxsize=64)
def load_path(path: str) -> Ruleset:
    """Read, validate and compile one ruleset file (from the on-disk cache when unchanged)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise RulesetError(path, 1, 1, f"cannot read ruleset: {error.strerror or error}") from error
    if len(data) > MAX_RULESET_BYTES:
        raise RulesetError(path, 1, 1, f"ruleset file is larger than {MAX_RULESET_BYTES} bytes")
    # The shared lists are part of what a ruleset compiles to, so they are part of its cache key.
    cache_key = data + b"\0" + shared_lists_bytes()
    cached = cache.load(cache_key, path)
    if cached is not None:
        return cached
    root, document = _parse_yaml(path, _text(path, data, "ruleset file"))
    try:
        _validate(path, root, document)
        ruleset = _build(path, root, document)
    except RecursionError as error:
        raise RulesetError(path, 1, 1, "ruleset is nested too deeply") from error
    cache.store(cache_key, ruleset)
    return ruleset


def shared_lists_path() -> Path:
    return bundled_dir() / SHARED_LISTS_FILE


@lru_cache(maxsize=1)
def shared_lists_bytes() -> bytes:
    """The shared lists file as stored (read once); empty when a build ships none."""
    try:
        return shared_lists_path().read_bytes()
    except FileNotFoundError:
        return b""
    except OSError as error:
        raise RulesetError(str(shared_lists_path()), 1, 1, f"cannot read shared lists: {error.strerror or error}") from error


@lru_cache(maxsize=1)
def shared_lists() -> dict[str, list[str]]:
    """The lists every ruleset may refer to: `name: [regex, …]` entries, checked like a ruleset's
    own `lists:`, a mistake reported at its line in the shared file."""
    data = shared_lists_bytes()
    if not data:
        return {}
    path = str(shared_lists_path())
    root, document = _parse_yaml(path, _text(path, data, "shared lists file"))
    _validate(path, root, document, _validator(for_lists=True))
    _check_lists(path, root, document, prefix=())
    return document


def _text(path: str, data: bytes, what: str) -> str:
    """A YAML file's bytes as text (a BOM dropped), or a located error naming the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RulesetError(path, 1, 1, f"{what} is not UTF-8 (byte {error.start})") from error


def _parse_yaml(path: str, text: str) -> tuple[yaml.Node, Any]:
    import yaml

    try:
        loader = _safe_loader()(text)
        try:
            root = loader.get_single_node()
            if root is None:
                raise RulesetError(path, 1, 1, "ruleset file is empty")
            _check_expanded_size(path, root)
            document = loader.construct_document(root)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise RulesetError(path, line, column, f"invalid YAML: {error.problem or error}") from error
    except yaml.YAMLError as error:
        raise RulesetError(path, 1, 1, f"invalid YAML: {error}") from error
    except RecursionError as error:  # PyYAML composes recursively: [[[[...]]]] thousands deep
        raise RulesetError(path, 1, 1, "invalid YAML: nested too deeply") from error
    return root, document


def _check_expanded_size(path: str, root: yaml.Node) -> None:
    """Refuse alias cycles and trees that aliases blow up past MAX_EXPANDED_NODES (billion laughs).

    Iterative, and each distinct node is counted once (memoized), so the check itself is linear in
    the size of the file whatever the aliases expand to."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        children = _children(node)
        if finished:
            open_nodes.discard(key)
            sizes[key] = total = 1 + sum(sizes[id(child)] for child in children)
            if total > MAX_EXPANDED_NODES:
                mark = node.start_mark
                raise RulesetError(
                    path, mark.line + 1, mark.column + 1,
                    f"refused: aliases expand this ruleset past {MAX_EXPANDED_NODES} YAML nodes",
                )
            continue
        if key in sizes:
            continue
        if key in open_nodes:  # only descendants are popped while a node is open: a cycle
            mark = node.start_mark
            raise RulesetError(path, mark.line + 1, mark.column + 1, "refused: a YAML alias refers to itself")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in children)


def _children(node: yaml.Node) -> list[yaml.Node]:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [item for pair in node.value for item in pair]
    return []


@lru_cache(maxsize=2)
def _validator(for_lists: bool = False):
    """The ruleset schema's validator; `for_lists` validates a shared lists file against the
    schema of a ruleset's `lists:`."""
    import jsonschema

    schema = json.loads(resources.files("claimlint.rules").joinpath("ruleset.schema.json").read_text("utf-8"))
    if for_lists:
        schema = schema["properties"]["lists"]
    return jsonschema.Draft202012Validator(schema)


def _validate(path: str, root: yaml.Node, document: Any, validator=None) -> None:
    errors = sorted((validator or _validator()).iter_errors(document), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not errors:
        return
    error = _most_specific(errors[0])
    node = _node_at(root, list(error.absolute_path))
    raise RulesetError(path, node.start_mark.line + 1, node.start_mark.column + 1, _describe(error))


def _most_specific(error):
    """For oneOf/anyOf failures, the sub-error that went deepest says the most."""
    while error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))
    return error


def _describe(error) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "top level"
    message = error.message if len(error.message) <= 300 else error.message[:297] + "..."
    if error.validator == "additionalProperties":
        return f"unknown key at {where}: {message}"
    return f"{where}: {message}"


def _node_at(node: yaml.Node, path: list) -> yaml.Node:
    """Follow a JSON path through composed YAML nodes; stop at the deepest node that exists."""
    import yaml

    for step in path:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == step:
                    node = value
                    break
            else:
                return node
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            return node
    return node


def _build(path: str, root: yaml.Node, document: dict) -> Ruleset:
    ruleset_id = document["id"]
    rules_node = _node_at(root, ["rules"])
    own = document.get("lists", {})
    _check_lists(path, root, own)
    lists = {**shared_lists(), **own}
    rules = []
    seen: set[str] = set()
    for index, raw in enumerate(document["rules"]):
        node = _node_at(rules_node, [index])
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if raw["id"] in seen:
            raise RulesetError(path, line, column, f"duplicate rule id {raw['id']!r}")
        seen.add(raw["id"])
        patterns = tuple(
            _with_anchor(_compile_pattern(path, _node_at(node, ["patterns", i]), p, lists))
            for i, p in enumerate(raw["patterns"])
        )
        examples = raw.get("examples", {})
        rules.append(
            Rule(
                id=raw["id"],
                ruleset=ruleset_id,
                category=raw["category"],
                severity=raw["severity"],
                languages=tuple(raw["languages"]),
                message=raw["message"].strip(),
                messages=tuple((lang, text.strip()) for lang, text in raw.get("messages", {}).items()),
                patterns=patterns,
                rationale=raw.get("rationale", "").strip(),
                basis=raw.get("basis", "").strip(),
                exceptions=tuple(raw.get("exceptions", ())),
                unless=tuple(normalize(u).text for u in raw.get("unless", ())),
                suggestions=tuple(raw.get("suggestions", ())),
                fix=raw.get("fix", "none"),
                examples_flag=tuple(examples.get("flag", ())),
                examples_pass=tuple(examples.get("pass", ())),
                max_level=raw.get("max_level"),
                path=path,
                line=line,
            )
        )
    return Ruleset(
        id=ruleset_id,
        title=document.get("title", ruleset_id),
        rules=tuple(rules),
        jurisdiction=document.get("jurisdiction", ""),
        languages=tuple(document.get("languages", ())),
        source={k: str(v) for k, v in document.get("source", {}).items()},
        path=path,
    )


def _with_anchor(pattern: Pattern) -> Pattern:
    """The pattern with its prefilter anchor ranked now, once per compile, not at every start."""
    return replace(pattern, anchor=literals.anchor_index(pattern.triggers, pattern.condition))


def _compile_pattern(path: str, node: yaml.Node, raw: dict, lists: dict[str, list[str]]) -> Pattern:
    line = node.start_mark.line + 1
    explicit = tuple(normalize(t).text for t in raw.get("triggers", ()))
    if "phrase" in raw:
        phrases = raw["phrase"] if isinstance(raw["phrase"], list) else [raw["phrase"]]
        value = tuple(normalize(p).text.strip() for p in phrases)
        return Pattern("phrase", value, explicit or value, line)
    if "tokens" in raw:
        tokens = [_normalize_token(t) for t in raw["tokens"]]
        return Pattern("tokens", tokens, explicit or _token_triggers(tokens), line, _token_condition(tokens))
    if "regex" in raw:
        compiled = _compile_regex(path, _node_at(node, ["regex"]), raw["regex"], lists)
        # Sentence patterns run on a sentence's flat text, where whitespace is single spaces.
        clauses = literals.required_clauses(compiled.source, single_spaces=True)
        condition = tuple(tuple(sorted(clause)) for clause in clauses)
        # A regex without triggers of its own is still prefiltered by the strings it needs.
        triggers = explicit or (condition[0] if condition else ())
        return Pattern("regex", compiled, triggers, line, condition)
    if "model" in raw:
        return _model_pattern(path, node, raw["model"], line)
    document = raw["document"]
    groups = {"promotes": _terms(path, _node_at(node, ["document", "promotes"]), document["promotes"], lists)}
    for name, value in document["requires"].items():
        groups[name] = _terms(path, _node_at(node, ["document", "requires", name]), value, lists)
    return Pattern("document", groups, (), line)


def _model_pattern(path: str, node: yaml.Node, spec: dict, line: int) -> Pattern:
    """A learned paraphrase model, its file named relative to the ruleset and read now, so that a
    missing or malformed model is reported like any other ruleset mistake."""
    from claimlint.matching import paraphrase

    model_file = (Path(path).parent / spec["file"]).resolve()
    try:
        models = paraphrase.load(str(model_file))
    except paraphrase.ModelError as error:
        where = _node_at(node, ["model", "file"]).start_mark
        raise RulesetError(path, where.line + 1, where.column + 1, str(error)) from error
    if not any(spec["label"] in model.labels for model in models.values()):
        where = _node_at(node, ["model", "label"]).start_mark
        raise RulesetError(path, where.line + 1, where.column + 1, f"model {spec['file']} has no label {spec['label']!r}")
    return Pattern("model", {"file": str(model_file), "label": spec["label"], "threshold": float(spec["threshold"])}, (), line)


def _terms(path: str, node: yaml.Node, value, lists: dict[str, list[str]]) -> tuple:
    """A document group's terms: normalized strings, and `{regex: ...}` items compiled as guarded
    regexes, so that a duty such as "keep (a|both) hand(s) on the wheel" is one entry."""
    values = value if isinstance(value, list) else [value]
    terms = []
    for index, item in enumerate(values):
        if isinstance(item, str):
            terms.append(normalize(item).text)
            continue
        terms.append(_compile_regex(path, _node_at(node, [index, "regex"]), item["regex"], lists))
    return tuple(terms)


def _compile_regex(path: str, node: yaml.Node, source: str, lists: dict[str, list[str]]) -> guarded_regex.GuardedRegex:
    """A regex with its `{{list}}` references expanded, checked now; a mistake is reported where
    the regex is written."""
    where = node.start_mark
    unknown = [name for name in LIST_REFERENCE_RE.findall(source) if name not in lists]
    if unknown:
        known = ", ".join(sorted(lists)) or "none"
        raise RulesetError(path, where.line + 1, where.column + 1, f"unknown list {unknown[0]!r} (known lists: {known})")
    try:
        return guarded_regex.compile_checked(_expand_lists(source, lists))
    except guarded_regex.UnsafeRegex as error:
        raise RulesetError(path, where.line + 1, where.column + 1, str(error)) from error


def _check_lists(path: str, root: yaml.Node, lists: dict[str, list[str]], prefix: tuple = ("lists",)) -> None:
    """Each list item must be a regex of its own, so that it cannot close or open the group the
    expansion puts it in."""
    for name, items in lists.items():
        for index, item in enumerate(items):
            try:
                guarded_regex.compile_checked(item)
            except guarded_regex.UnsafeRegex as error:
                where = _node_at(root, [*prefix, name, index]).start_mark
                raise RulesetError(path, where.line + 1, where.column + 1, f"list {name!r}: {error}") from error


def _expand_lists(source: str, lists: dict[str, list[str]]) -> str:
    """`{{name}}` replaced by `(?:first|second|…)`; every name must be one of `lists`."""
    return LIST_REFERENCE_RE.sub(lambda match: "(?:" + "|".join(lists[match.group(1)]) + ")", source)


def _normalize_token(token: dict) -> dict:
    """Rule strings are compared with normalized text, so normalize them the same way."""
    result = {}
    for key, value in token.items():
        if key in TOKEN_STRING_KEYS:
            key = "LOWER" if key in ("ORTH", "TEXT") else key
            if isinstance(value, str):
                value = normalize(value).text
            else:
                value = {op: [normalize(v).text for v in items] for op, items in value.items()}
        result[key] = value
    return result


def _token_triggers(tokens: list[dict]) -> tuple[str, ...]:
    """Literal strings of the most selective required token: one of them must be in the text."""
    best: tuple[str, ...] = ()
    best_score = -1
    for options in _required_token_strings(tokens):
        score = min(len(o) for o in options) * 10 - len(options)
        if score > best_score:
            best, best_score = options, score
    return best


def _token_condition(tokens: list[dict]) -> tuple[tuple[str, ...], ...]:
    """One clause per required token with literal values: every such token must be in the text."""
    return tuple(dict.fromkeys(_required_token_strings(tokens)))


def _required_token_strings(tokens: list[dict]):
    """For each token a match cannot do without, the strings it may be (LEMMA: every inflection)."""
    for token in tokens:
        if token.get("OP") in ("?", "*", "!") or str(token.get("OP", "")).startswith("{0"):
            continue
        for key in ("LOWER", "LEMMA"):
            value = token.get(key)
            if isinstance(value, str):
                options = [value]
            elif isinstance(value, dict) and "IN" in value:
                options = list(value["IN"])
            else:
                continue
            if key == "LEMMA":
                options = sorted({form for option in options for form in inflections(option)})
            if options and all(options):
                yield tuple(options)
