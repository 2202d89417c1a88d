"""Markdown (CommonMark + tables): the prose, not the code, URLs or markup.

markdown-it gives block tokens line numbers but inline tokens no positions, and its inline
parser rewrites text (escapes, entities, emphasis markers, soft breaks). So every inline rule is
wrapped to record where each token starts, and the pending-text buffer is shadowed by a list of
source offsets; text tokens then carry exact origins. Joining rules that would merge tokens and
lose those origins are switched off. Raw HTML blocks go through the HTML reader.
"""

from __future__ import annotations

import re

from claimlint.readers import html
from claimlint.readers.base import Document, Segment
from claimlint.readers.decode import decode
from claimlint.readers.segments import SegmentBuilder

FORMAT = "markdown"
EXTENSIONS = (".md", ".markdown", ".mdx", ".mkd", ".mdown")
FRONT_MATTER_KEYS = frozenset("title description summary subtitle excerpt tagline".split())
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*\r?$", re.S | re.M)
LINE_END_RE = re.compile(r"\r\n|\r|\n")
_PARSER = None  # built on first use: importing markdown-it costs a pre-commit run time


def read(path: str, data: bytes) -> Document:
    source, encoding = decode(data, path)
    doc = Document(path=path, source=source, segments=[], encoding=encoding, format=FORMAT)
    # markdown-it counts a lone CR as a line end too; its line numbers index these lines
    ends = [m.start() for m in LINE_END_RE.finditer(source)] + [len(source)]
    starts = [0] + [m.end() for m in LINE_END_RE.finditer(source)]
    front = FRONT_MATTER_RE.match(source)
    body = source
    if front:
        segments = _front_matter(source, front.start("yaml"), front.end("yaml"), doc.notes)
        body = "\n" * len(LINE_END_RE.findall(source, 0, front.end())) + source[front.end() :]
    else:
        segments = []
    comments: list[tuple[int, int, str]] = []
    tokens = _parser().parse(body)
    cells: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.type == "inline" and token.map:
            cell = index > 0 and tokens[index - 1].type in ("td_open", "th_open")
            content_map = _content_map(source, starts, ends, token.content, token.map, cells if cell else None)
            segments.extend(_inline(token.children or [], token.content, content_map, comments))
        elif token.type == "html_block" and token.map:
            end = starts[token.map[1]] if token.map[1] < len(starts) else len(source)
            found, block_comments, notes = html.extract(source, starts[token.map[0]], end)
            segments.extend(found)
            comments.extend(block_comments)
            doc.notes.extend(notes)
    doc.segments = segments
    doc.directives = html.directives_from_comments(doc, comments)
    return doc


def _parser():
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt

        md = MarkdownIt("commonmark").enable("table")
        md.core.ruler.disable("text_join")  # would merge escapes into text, losing origins
        md.inline.ruler2.disable("fragments_join")
        md.normalizeLink = md.normalizeLinkText = str  # link targets are never linted: skip punycode
        md.validateLink = lambda url: True
        names = md.inline.ruler.get_active_rules()
        for name, rule in zip(names, md.inline.ruler.getRules("")):
            md.inline.ruler.at(name, _tracked(rule))
        md.inline.ruler.push("claimlint_char", _tracked(_one_char))
        _PARSER = md
    return _PARSER


def _one_char(state, silent) -> bool:
    """The parser's own fallback (one char into pending), as a rule so that it is tracked."""
    if not silent:
        state.pending += state.src[state.pos]
    state.pos += 1
    return True


def _tracked(rule):
    def run(state, silent):
        if silent:
            return rule(state, silent)
        if "_origins" not in state.__dict__:
            _shadow_pending(state)
        start, count = state.pos, len(state.tokens)
        if not rule(state, silent):
            return False
        grown = len(state.pending) - len(state._origins)
        if grown < 0:  # trailing spaces dropped before a line break, with nothing flushed
            del state._origins[grown:]
        elif grown > 0:
            verbatim = state.src.startswith(state.pending[-grown:], start)
            state._origins.extend(range(start, start + grown) if verbatim else [start] * grown)
        step = 0
        for token in state.tokens[count:]:
            if "origins" not in token.meta and "start" not in token.meta:
                token.meta["start"] = start + step
                step += token.type == "text"  # emphasis pushes one text token per marker
        return True

    return run


def _shadow_pending(state) -> None:
    state._origins = []
    flush = state.pushPending

    def push_pending():
        origins = state._origins
        token = flush()
        size = len(token.content)
        origins = origins[:size] + [origins[-1] if origins else state.pos] * (size - len(origins))
        token.meta["origins"] = origins
        state._origins = []
        return token

    state.pushPending = push_pending


def _content_map(source: str, starts: list[int], ends: list[int], content: str, lines: list[int], cells: dict | None) -> list[int]:
    """Source offset of every character of a block's inline content (plus its end).

    Content lines are the source lines minus container markers and indentation, so each is
    found at the end of its line; table cells are found left to right along their row
    (`cells` keeps each row's cursor), and `\\|` unescaped by the table rule is aligned."""
    result: list[int] = []
    for number, text in enumerate(content.split("\n")):
        line = min(lines[0] + number, len(starts) - 1)
        line_start, line_end = starts[line], ends[line]
        row = source[line_start:line_end]
        cursor = cells.get(line, 0) if cells is not None else 0
        column = row.find(text, cursor) if cells is not None else row.rfind(text)
        if column >= 0:
            columns = range(column, column + len(text))
        else:
            columns = [o - line_start for o in _align(text, source, line_start + cursor, line_start + len(row))]
        if cells is not None:
            cells[line] = (columns[-1] + 1) if len(columns) else cursor
        result.extend(line_start + c for c in columns)
        result.append(starts[line + 1] - 1 if line + 1 < len(starts) else line_end)  # the '\n' itself
    result[-1] = result[-2] + 1 if len(result) > 1 else result[-1]
    return result


def _inline(children, content: str, cmap: list[int], comments, shift: int = 0, kind: str = "body") -> list[Segment]:
    """One segment for the text of an inline token, plus one per image alt text."""
    builder = SegmentBuilder(strip_urls=True)
    extra: list[Segment] = []
    in_autolink = False
    for token in children:
        kind_of = token.type
        start = shift + token.meta.get("start", 0)
        if kind_of == "link_open" and token.markup == "autolink":
            in_autolink = True
        elif kind_of == "link_close":
            in_autolink = False
        elif in_autolink or kind_of == "code_inline":
            continue
        elif kind_of == "text":
            origins = token.meta.get("origins")
            if origins is None:
                origins = range(start - shift, start - shift + len(token.content))
            mapped = [cmap[shift + o] for o in origins]
            builder.add_mapped(token.content, mapped, (mapped[-1] + 1) if mapped else cmap[start])
        elif kind_of == "text_special":
            end = cmap[min(start + len(token.markup), len(cmap) - 1)]
            if token.content == token.markup:  # a backslash before a letter stays as written
                builder.add_mapped(token.content, cmap[start : start + len(token.content)], end)
            else:  # `\*` maps to the star, an entity to its `&`
                at = start + 1 if token.info == "escape" else start
                builder.add_mapped(token.content, [cmap[at]] * len(token.content), end)
        elif kind_of in ("softbreak", "hardbreak"):
            at = content.find("\n", start)
            at = start if at < 0 else at
            builder.add_mapped("\n", [cmap[at]], cmap[at] + 1)
        elif kind_of == "image":
            extra.extend(_inline(token.children or [], content, cmap, comments, start + 2, "alt"))
        elif kind_of == "html_inline" and token.content.startswith("<!--"):
            comments.append((cmap[start], cmap[start + len(token.content) - 1] + 1, token.content[4:-3]))
    builder.flush(kind)
    return builder.segments + extra


def _front_matter(source: str, start: int, end: int, notes: list[str]) -> list[Segment]:
    """Segments for the copy-bearing keys of YAML front matter (safe loader, node positions)."""
    import yaml

    text = source[start:end]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        notes.append(f"front matter is not valid YAML, not linted: {str(error).splitlines()[0]}")
        return []
    segments = []
    for node in _copy_nodes(root, False):
        raw_start, raw_end = start + node.start_mark.index, start + node.end_mark.index
        origins = _align(node.value, source, raw_start, raw_end)
        builder = SegmentBuilder()
        builder.add_mapped(node.value, origins, raw_end)
        builder.flush("front-matter")
        segments.extend(builder.segments)
    return segments


def _copy_nodes(node, wanted: bool, depth: int = 0):
    import yaml

    if node is None or depth > 50:
        return
    if isinstance(node, yaml.ScalarNode):
        if wanted and node.tag == "tag:yaml.org,2002:str":
            yield node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _copy_nodes(item, wanted, depth + 1)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            is_copy = isinstance(key, yaml.ScalarNode) and str(key.value).lower() in FRONT_MATTER_KEYS
            yield from _copy_nodes(value, is_copy, depth + 1)


def _align(value: str, source: str, start: int, end: int) -> list[int]:
    """Offsets of a YAML scalar's characters in its raw text (quotes, escapes, folding)."""
    raw = source[start:end]
    if not raw:
        return [start] * len(value)
    for skip in (0, 1):
        if raw[skip : len(raw) - skip] == value:
            return list(range(start + skip, start + skip + len(value)))
    origins, cursor = [], 0
    for char in value:
        found = raw.find(char, cursor, cursor + 12)
        if found >= 0:
            cursor = found + 1
        origins.append(start + (found if found >= 0 else min(cursor, len(raw) - 1)))
    return origins

