from claimlint.readers import markdown

SOURCE = """---
title: "Our car drives itself"
description: >
  A car that
  drives itself
tags: [drives itself everywhere]
tagline: 真正的自动驾驶
---
# The **self**-driving car

Our car drives itself on `autopilot mode` roads, see https://example.com/drives-itself and
[the car that drives itself](https://example.com/drives-itself-link "drives itself title")
and <https://autolink.example/drives-itself>. 本车支持自动驾驶。

> Quote: 脱手 driving.
> - list item hands-off

* item one
* item *two* drives itself

![Alt: hands-off driving](car.png)

| feature | claim |
|---------|-------|
| ACC     | 全场景 \\| 零接管 |

```
fenced drives itself
```

    indented drives itself

<!-- claimlint: disable=cn-autonomy, en-self-driving -->
<div class="x">HTML block copy: <b>drives</b> itself</div>

Before <!-- claimlint: disable-next-line --> after.
"""


def read(text=SOURCE):
    return markdown.read("page.md", text.encode("utf-8"))


def texts(doc):
    return "\n\n".join(segment.text for segment in doc.segments)


def test_risky_phrases_are_located(locate, line_col_of):
    doc = read()
    for phrase in ("drives itself on", "本车支持自动驾驶", "脱手", "hands-off", "全场景", "零接管"):
        segment, index = locate(doc, phrase)
        assert doc.line_col(segment.source_offset(index)) == line_col_of(doc, phrase)


def test_markup_is_deleted_not_blanked(locate):
    heading = next(s for s in read().segments if "driving car" in s.text)
    assert heading.text == "The self-driving car"
    doc = read()
    start, end = heading.source_span(4, 16)  # "self-driving"
    assert doc.source[start:end] == "self**-driving"


def test_link_text_alt_and_emphasis(locate):
    doc = read()
    locate(doc, "the car that drives itself")
    locate(doc, "Alt: hands-off driving", kind="alt")
    locate(doc, "drives itself", kind="body")
    assert any(s.text == "item two drives itself" for s in doc.segments)


def test_skipped_regions():
    everything = texts(read())
    for skipped in ("autopilot mode", "https://", "drives-itself", "autolink", "fenced", "indented",
                    "drives itself title", "car.png", "<b>", "claimlint:", "everywhere", "---"):
        assert skipped not in everything, skipped


def test_front_matter_copy_keys(locate, line_col_of):
    doc = read()
    segment, index = locate(doc, "Our car drives itself", kind="front-matter")
    assert doc.line_col(segment.source_offset(index)) == (2, 9)
    folded = next(s for s in doc.segments if s.text == "A car that drives itself")
    assert doc.line_col(folded.source_offset(len("A car that "))) == line_col_of(doc, "drives itself\ntags")
    segment, index = locate(doc, "自动驾驶", kind="front-matter")
    # front matter does not shift the lines of the body
    heading = next(s for s in doc.segments if "driving car" in s.text)
    assert doc.line_col(heading.source_offset(0)) == (9, 3)


def test_html_block_goes_through_the_html_reader(locate):
    segment, _ = locate(read(), "HTML block copy: drives itself")
    assert segment.kind == "body"


def test_directives():
    directives = read().directives
    assert [(d.action, d.rules, d.line) for d in directives] == [
        ("disable", ("cn-autonomy", "en-self-driving"), 33),
        ("disable-next-line", (), 36),
    ]
    assert directives[1].column == len("Before ") + 1


def test_table_cells_are_segments(locate):
    doc = read()
    segment, _ = locate(doc, "零接管")
    assert segment.text == "全场景 | 零接管"


def test_crlf_and_invalid_front_matter(locate, line_col_of):
    doc = markdown.read("x.md", b"---\ntitle: [unclosed\n---\nLine one\r\nthe car drives itself\r\n")
    assert any("front matter" in note for note in doc.notes)
    segment, index = locate(doc, "drives itself")
    assert doc.line_col(segment.source_offset(index)) == (5, 9)
    assert segment.text == "Line one\nthe car drives itself"


def test_gbk_markdown(locate):
    doc = markdown.read("x.md", "# 标题\n\n本车支持自动驾驶。\n".encode("gbk"))
    assert doc.encoding == "gb18030"
    segment, index = locate(doc, "自动驾驶")
    assert doc.line_col(segment.source_offset(index)) == (3, 5)
