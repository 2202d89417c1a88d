"""Property: a segment character is the source character at its origin, wherever markup sits."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\0")  # NUL means binary

from claimlint.readers import html, markdown

WORDS = ["drives itself", "自动驾驶", "hands-off", " ", "  ", "\n", "\n\n", "\r\n", "\t", "x", "全场景"]
MARKDOWN = ["**", "*", "_", "`", "```\n", "    ", "[", "](", ")", "![", "<", ">", "> ", "- ", "1. ", "# ",
            "|", "|---|\n", "---\n", "===\n", "\\", "\\*", "&amp;", "&copy;", "&#x81EA;", "&bogus;",
            "<b>", "</b>", "<!-- claimlint: disable=x -->", "<div>", "</div>", "http://a.b/c", "<http://a.b>",
            "www.x.com", "  \n", "\\\n", "[ref]: /u\n", "[ref]"]
HTML = ["<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<br>", "<br/>", "<li>", "<td>", "<script>",
        "</script>", "<code>", "</code>", "<pre>", "</pre>", "<img alt='", "'>", '<a title="', '">', "</a>",
        "&amp;", "&lt;", "&#21160;", "&#x81EA;", "&nbsp;", "&bogus;", "AT&T", "<!--", "-->", "<", ">", "&",
        "<title>", "</title>", '<meta name="description" content="', "<!DOCTYPE html>", "<![CDATA[", "]]>"]


def pieces(markup):
    return st.lists(st.sampled_from(WORDS + markup) | st.text(CHARS, max_size=3), max_size=40).map("".join)


def check(doc, decoded_from):
    for segment in doc.segments:
        if segment.origin is not None:
            assert len(segment.origin) == len(segment.text) + 1
        offsets = [segment.source_offset(i) for i in range(len(segment.text) + 1)]
        assert all(0 <= o <= len(doc.source) for o in offsets)
        if segment.kind == "front-matter":
            continue  # YAML escapes and folding are decoded like entities
        assert offsets == sorted(offsets), segment
        for index, char in enumerate(segment.text):
            at = doc.source[offsets[index]]
            newline = char == "\n" and at == "\r"  # a lone CR ends a line too
            assert at == char or at in decoded_from or newline, (segment, index, char, at)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces(MARKDOWN))
def test_markdown_origins(text):
    check(markdown.read("x.md", text.encode("utf-8", "surrogatepass")), decoded_from="&")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces(HTML))
def test_html_origins(text):
    # an entity decodes to a char whose origin is its '&'; <br> becomes a '\n' at its '<'
    check(html.read("x.html", text.encode("utf-8", "surrogatepass")), decoded_from="&<")
