"""Stage 1 — read, for a web page: the text of an HTML page (or of a
database's record that holds a document's HTML), as its reader sees it.

A page saved from a government site, or a field of a scraped record, holds
the document with its markup: ``<p>各市、县人民政府…</p><p style="text-align:
right;">山西省人民政府</p>``.  Its text comes out as the lines a browser shows:

* a block (``p``, ``div``, ``br``, ``li``, ``h1``…, ``tr``…) starts a line;
* the cells of a table row are joined by a TAB (the table rows of the layout
  stage), a row a line;
* a run of spaces inside the markup is one space, except in ``pre``, and a
  cell's white space is one space; ``&nbsp;`` and the ideographic spaces that indent a paragraph are
  kept; a line break of the markup ends a line (a record may hold plain
  lines before its markup), and the layout stage joins the lines of one
  paragraph as it does a text's;
* ``script``, ``style``, ``head`` and comments give no text.

The lines of such a source are those of its text (what ``gazette normalize``
prints), not of the markup.  The parser is the standard library's: it never
raises on broken markup, and it holds no tree (no nesting limit to hit).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..text.lazy import lazy

#: Tags that open and close a line.
BLOCKS = frozenset(
    "address article aside blockquote br caption center dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody thead tfoot tr ul".split()
)
#: Tags whose content is no text of the page.
HIDDEN = frozenset("script style head noscript template svg object iframe select option button".split())
#: A table's rows and row groups: no empty line between rows.
_ROWS = frozenset(("tr", "tbody", "thead", "tfoot"))
#: Cells: joined by a TAB within their row.
CELLS = frozenset(("td", "th"))

# A tag a text of the page can hold: one of the blocks, opening or closing
# (<p>, </p>, <br/>, <div class="…">); a document without markup has none.
_TAG = lazy(r"<(?:/?(?:p|div|br|td|tr|li|table|span|strong|h[1-6])\b[^<>]{0,400}>|!DOCTYPE\s+html|html\b)", re.IGNORECASE, re)
#: Tags a text must hold to be read as a page: a stray ``<p>`` in text is not markup.
_MIN_TAGS = 3
#: The part of a text looked at to tell (the same as the reader's).
_SNIFF = 1 << 16

# A "<" that opens no tag closed within a few lines (x<5, a run of "<p<p<p…"):
# text, escaped before the parser sees it — the standard parser looks for the
# end of every unclosed tag to the end of the text, in quadratic time.
_LONE_ANGLE = lazy(r"<(?![A-Za-z/!?][^<>]{0,2000}>)", 0, re)
_SPACES = lazy(r"[ \r\f\v]+", 0, re)  # a TAB between words stays: a row of TAB-separated cells in a paragraph
_WHITE = lazy(r"\s+", 0, re)


def looks_like_html(text: str) -> bool:
    """Does ``text`` hold a page's markup?  A page starts with ``<!DOCTYPE html>``
    or ``<html>``, or holds at least :data:`_MIN_TAGS` tags of its blocks.

    >>> looks_like_html("<p>现将《方案》印发给你们。</p><p>某市人民政府</p><p>2018年3月27日</p>")
    True
    >>> looks_like_html("一、工作目标\\n到2025年，全市PM2.5浓度<35微克/立方米。")
    False
    """
    head = text[:_SNIFF]
    if "<" not in head:
        return False
    start = head.lstrip("\ufeff \t\r\n")[:15].lower()
    if start.startswith(("<!doctype html", "<html")):
        return True
    count = 0
    for _ in _TAG.finditer(head):
        count += 1
        if count >= _MIN_TAGS:
            return True
    return False


class _Text(HTMLParser):
    """Collects a page's text, block by block (see the module's documentation)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.hidden = 0  # depth inside HIDDEN tags
        self.pre = 0  # depth inside <pre>
        self.cells = 0  # cells begun in the current row
        self.in_cell = 0  # depth inside <td>/<th>: a block there is a space, the row stays a line
        self.cell_start = 0  # where the current cell's text starts in ``line``

    def _break(self, tag: str = "") -> None:
        text = "".join(self.line).strip(" \t\r")  # the markup's indentation, not the page's
        self.line = []
        self.cells = 0
        if text or (tag not in _ROWS and self.lines and self.lines[-1]):
            self.lines.append(text)  # one empty line at most between blocks, none between rows

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in CELLS:
            if self.cells:
                self.line.append("\t")
            self.cells += 1
            self.in_cell += 1
            self.cell_start = len(self.line)
        elif tag in BLOCKS:
            if self.in_cell and tag not in ("tr", "table"):
                self.line.append(" ")
                return
            self.in_cell = 0
            self._break(tag)
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in BLOCKS:  # <br/>, <hr/>
            if self.in_cell:
                self.line.append(" ")
            else:
                self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in CELLS:
            self.in_cell = max(0, self.in_cell - 1)
            self.line[self.cell_start :] = ["".join(self.line[self.cell_start :]).strip()]  # the template's white space around it
        elif tag in BLOCKS:
            if self.in_cell and tag not in ("tr", "table"):
                self.line.append(" ")
                return
            self.in_cell = 0
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre:
            first, *rest = data.split("\n")
            self.line.append(first)
            for piece in rest:
                self._break()
                self.line.append(piece)
            return
        if self.in_cell:  # a cell's text stays on its row's line
            self.line.append(_WHITE.sub(" ", data))
            return
        first, *rest = data.split("\n")
        self.line.append(_SPACES.sub(" ", first))
        for piece in rest:  # a line break of the markup's own ends a line (a record's text before its markup)
            self._break()
            self.line.append(_SPACES.sub(" ", piece))

    def text(self) -> str:
        self.close()
        self._break()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return "\n".join(self.lines) + "\n" if self.lines else ""


def _without_comments(markup: str) -> str:
    """The markup without its comments (an unclosed one runs to the end),
    in one pass: the standard parser looks for the end of every unclosed
    ``<!--`` to the end of the text."""
    if "<!--" not in markup:
        return markup
    out, i = [], 0
    while True:
        j = markup.find("<!--", i)
        if j < 0:
            out.append(markup[i:])
            break
        out.append(markup[i:j])
        k = markup.find("-->", j + 4)
        if k < 0:
            break
        i = k + 3
    return "".join(out)


def html_text(markup: str) -> str:
    """The text of a page's markup, a line per block.

    >>> html_text('<p>各市、县人民政府：</p><p style="text-align: right;">&nbsp;山西省人民政府</p><script>var a=1;</script>')
    '各市、县人民政府：\\n\\n\\xa0山西省人民政府\\n'
    >>> html_text("<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>推进<br>落实</td></tr></table>").split("\\n")[:3]
    ['序号\\t任务', '1\\t推进 落实', '']
    """
    parser = _Text()
    # A marked section (<![CDATA[…]]>, <![if …]>) is text: the standard parser
    # looks for the end of every unclosed one to the end of the text too.
    parser.feed(_LONE_ANGLE.sub("&lt;", _without_comments(markup).replace("<![", "&lt;![")))
    return parser.text()


__all__ = ["looks_like_html", "html_text"]
