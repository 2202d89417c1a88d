import pytest

from claimlint.readers import html

SOURCE = """<!DOCTYPE html>
<html lang="zh">
<head>
  <meta charset="utf-8">
  <title>Pilot &amp; the car that drives itself</title>
  <meta name="description" content="A car that drives itself &mdash; hands-off">
  <meta property="og:title" content="全场景自动驾驶">
  <meta name="keywords" content="keyword drives itself">
  <style>.x::after { content: "drives itself" }</style>
  <script>var claim = "drives itself";</script>
</head>
<body>
<!-- claimlint: disable=cn-autonomy -->
<h1>The <em>self</em>-driving car</h1>
<p>Our car
   drives itself. 本车支持自动驾驶。<br>Next line</p>
<div>Loose div text <span>hands-off</span>
  <p>Inner paragraph</p>
  tail run</div>
<ul><li>First item<li>Second item 脱手</ul>
<table><tr><th>Feature</th><td>零接管 &#x81EA;&#21160;驾驶</td></tr></table>
<img src="car.png" alt="Alt: drives itself" title="Title: 解放双手">
<input type="text" placeholder="Ask about autopilot" aria-label="Search drives itself">
<input type="hidden" name="x" value="hidden drives itself" title="hidden title drives itself">
<pre>pre drives itself</pre>
<p>See <code>drives_itself()</code> and https://example.com/drives-itself now.</p>
<template><p>template drives itself</p></template>
<noscript>Noscript drives itself</noscript>
<!-- claimlint: disable-next-line=en-self-driving -->
<figure><figcaption>Caption drives itself</figcaption></figure>
</body>
</html>
"""


def read(text=SOURCE, path="page.html"):
    return html.read(path, text.encode("utf-8"))


def texts(doc):
    return "\n\n".join(segment.text for segment in doc.segments)


@pytest.mark.parametrize(
    "phrase, kind, occurrence",
    [
        ("drives itself. 本车支持自动驾驶", "body", 0),
        ("hands-off", "body", 1),
        ("脱手", "body", 0),
        ("零接管", "body", 0),
        ("Alt: drives itself", "alt", 0),
        ("Title: 解放双手", "title", 0),
        ("Ask about autopilot", "placeholder", 0),
        ("Search drives itself", "aria-label", 0),
        ("全场景自动驾驶", "meta", 0),
        ("A car that drives itself", "meta", 0),
        ("the car that drives itself", "title", 0),
        ("Noscript drives itself", "body", 0),
        ("Caption drives itself", "body", 0),
    ],
)
def test_risky_phrases_are_located(locate, line_col_of, phrase, kind, occurrence):
    doc = read()
    segment, index = locate(doc, phrase, kind=kind)
    assert doc.line_col(segment.source_offset(index)) == line_col_of(doc, phrase, occurrence)


def test_blocks_are_segments():
    doc = read()
    all_text = [segment.text for segment in doc.segments]
    assert "The self-driving car" in all_text
    assert "Our car\ndrives itself. 本车支持自动驾驶。\nNext line" in all_text  # <br> and source newlines
    assert "Loose div text hands-off" in all_text
    assert "Inner paragraph" in all_text and "tail run" in all_text
    assert "First item" in all_text and "Second item 脱手" in all_text
    assert "Feature" in all_text


def test_entities_are_decoded_to_their_ampersand():
    doc = read()
    segment = next(s for s in doc.segments if s.text.startswith("零接管"))
    assert segment.text == "零接管 自动驾驶"
    index = segment.text.index("自")
    assert doc.source[segment.source_offset(index):].startswith("&#x81EA;")
    title = next(s for s in doc.segments if s.kind == "title" and s.text.startswith("Pilot"))
    assert title.text == "Pilot & the car that drives itself"


def test_skipped_regions():
    everything = texts(read())
    for skipped in ("keyword", 'content: "', "var claim", "hidden", "pre drives", "drives_itself",
                    "https://", "template drives", "claimlint"):
        assert skipped not in everything, skipped


def test_directives():
    doc = read()
    assert [(d.action, d.rules, d.line, d.column) for d in doc.directives] == [
        ("disable", ("cn-autonomy",), 13, 1),
        ("disable-next-line", ("en-self-driving",), 29, 1),
    ]


def test_declared_charset_wins():
    page = '<html><head><meta charset="gbk"></head><body><p>自动驾驶</p></body></html>'
    doc = html.read("x.htm", page.encode("gbk"))
    assert doc.encoding == "gb18030"
    assert [s.text for s in doc.segments] == ["自动驾驶"]


@pytest.mark.parametrize(
    "page",
    [
        "<div>" * 50_000 + "deep drives itself" + "</div>" * 10,
        "<p>unclosed <b>bold <i>italic drives itself",
        "<p>stray </li></td></table> closers drives itself</p></p></div>",
        "<scr<ipt>x</script><p a='1' b=2 c>attr soup drives itself",
        "<p>AT&T &bogus; &amp &#xZZ; drives itself",
        "<!-- unterminated comment drives itself",
        "<![CDATA[ x ]]><?php echo 1 ?><p>drives itself",
    ],
)
def test_malformed_html_does_not_crash(page):
    doc = read(page)
    assert any("drives itself" in s.text for s in doc.segments) or "unterminated" in page
    for segment in doc.segments:
        for index, char in enumerate(segment.text):
            offset = segment.source_offset(index)
            assert 0 <= offset < len(doc.source)


def test_depth_cap_is_noted():
    assert read("<div>" * 5000 + "x").notes


def test_unclosed_code_ends_with_its_block():
    doc = read("<p>one <code>skipped</p><p>drives itself</p>")
    assert [s.text for s in doc.segments] == ["one", "drives itself"]


def test_utf8_wins_over_a_stale_declared_charset():
    page = '<meta charset="iso-8859-1"><p>自动驾驶 drives itself</p>'
    doc = html.read("x.html", page.encode("utf-8"))
    assert doc.encoding == "utf-8" and doc.segments[0].text == "自动驾驶 drives itself"


def test_button_values_are_copy_but_hidden_inputs_are_not():
    doc = read('<input type="submit" value="Go hands-off"><input type="hidden" value="drives itself">')
    assert [(s.kind, s.text) for s in doc.segments] == [("value", "Go hands-off")]
