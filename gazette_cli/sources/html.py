"""Stage 1 — read, for a web page: the text of an HTML page (or of a
database's record that holds a document's HTML), as its reader sees it.

A page saved from a government site, or a field of a scraped record, holds
the document with its markup: ``<p>各市、县人民政府…</p><p style="text-align:
right;">山西省人民政府</p>``.  Its text comes out as the lines a browser shows:

* a block (``p``, ``div``, ``br``, ``li``, ``h1``…, ``tr``…) starts a line;
* the cells of a table row are joined by a TAB (the table rows of the layout
  stage), a row a line; a cell set over rows (``rowspan``) gives its text to
  each of them and one set over columns (``colspan``) leaves those empty, so
  every row keeps the header's columns; a table inside a cell is that cell's
  text;
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
from .text import HTML_SNIFF as _SNIFF, text_of_lines

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

# A tag a page's text holds often, opening or closing (<p>, </p>, <br/>,
# <div class="…">, <span>); a document without markup has none.
_TAG = lazy(r"<(?:/?(?:p|div|br|td|tr|li|table|span|strong|h[1-6])\b[^<>]{0,400}>|!DOCTYPE\s+html|html\b)", re.IGNORECASE, re)
#: Tags a text must hold to be read as a page: a stray ``<p>`` in text is not markup.
_MIN_TAGS = 3

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

    def __init__(self, budget: int) -> None:
        super().__init__(convert_charrefs=True)
        # Characters the spans may add (repeated texts, empty cells): as many as
        # the markup has, so that a few cells set over a thousand rows and
        # columns each cannot make the text more than a few times the page.
        self.budget = budget
        self.lines: list[str] = []
        self.line: list[str] = []
        self.hidden = 0  # depth inside HIDDEN tags
        self.pre = 0  # depth inside <pre>
        self.tables = 0  # depth inside <table>: only the outermost one's rows and cells are kept
        self.cells = 0  # cells put on the current row's line
        self.col = 0  # the column the next cell of the row stands in
        self.spans: dict[int, list] = {}  # column → [rows still to fill, text] of a cell set over rows
        self.cell: tuple[int, int, int] | None = None  # the open cell: (where its text starts in ``line``, rowspan, colspan)

    def _break(self, tag: str = "") -> None:
        text = "".join(self.line).strip(" \t\r")  # the markup's indentation, not the page's
        self.line = []
        self.cells = 0
        if text or (tag not in _ROWS and self.lines and self.lines[-1]):
            self.lines.append(text)  # one empty line at most between blocks, none between rows

    def _put(self, text: str) -> None:
        """A cell's text on the row's line, after a TAB from the one before."""
        if self.cells:
            self.line.append("\t")
        self.line.append(text)
        self.cells += 1

    def _spanned(self, to_end: bool = False) -> None:
        """The cells of rows above set over this row, from the current column on
        (to the row's end: every one left, an empty cell in a gap)."""
        last = max(self.spans, default=-1) if to_end else -1
        while self.col in self.spans or self.col <= last:
            if self.budget <= 0:
                self.spans.clear()
                return
            span = self.spans.get(self.col)
            self._put(span[1] if span else "")
            self.budget -= 1 + (len(span[1]) if span else 0)
            if span:
                span[0] -= 1
                if not span[0]:
                    del self.spans[self.col]
            self.col += 1

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag == "table":
            self.tables += 1
            if self.tables == 1:
                self._break(tag)
                self.spans, self.cell = {}, None
            else:
                self.line.append(" ")  # a table inside a cell: its text, on the cell's line
        elif self.tables > 1 or (self.cell is not None and tag not in CELLS and tag != "tr"):
            if tag in BLOCKS or tag in CELLS:
                self.line.append(" ")  # a block inside a cell: the row stays one line
        elif tag == "tr":
            self._end_cell()
            self._break(tag)
            self.col = 0
        elif tag in CELLS:
            self._end_cell()
            if self.tables:
                self._spanned()
            if self.cells:
                self.line.append("\t")
            self.cells += 1
            self.cell = (len(self.line), _span(attrs, "rowspan"), _span(attrs, "colspan"))
        elif tag in BLOCKS:
            self._break(tag)
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in BLOCKS:  # <br/>, <hr/>
            if self.cell is not None or self.tables > 1:
                self.line.append(" ")
            else:
                self._break()

    def _end_cell(self) -> None:
        """Close the open cell: its text stripped; a cell set over rows or columns
        leaves its text to the rows below and empty cells beside it."""
        if self.cell is None:
            return
        start, rows, cols = self.cell
        self.cell = None
        text = "".join(self.line[start:]).strip()  # the template's white space around it
        self.line[start:] = [text]
        if not self.tables:
            return
        for k in range(cols):
            if k:
                if self.budget <= 0:
                    break
                self._put("")
                self.budget -= 1
            if rows > 1 and self.budget > 0:
                self.spans[self.col] = [rows - 1, text if k == 0 else ""]
            self.col += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "table":
            if self.tables == 1:
                self._end_cell()
                self._break(tag)
                self.spans = {}
            elif self.tables > 1:
                self.line.append(" ")
            self.tables = max(0, self.tables - 1)
        elif self.tables > 1:
            if tag in BLOCKS or tag in CELLS:
                self.line.append(" ")
        elif tag in CELLS:
            self._end_cell()
        elif tag == "tr":
            self._end_cell()
            if self.tables:
                self._spanned(to_end=True)
            self._break(tag)
        elif tag in BLOCKS:
            if self.cell is not None:
                self.line.append(" ")
                return
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
        if self.cell is not None or self.tables > 1:  # a cell's text stays on its row's line
            self.line.append(_WHITE.sub(" ", data))
            return
        if self.tables and not data.strip():
            return  # the template's white space between rows and cells
        first, *rest = data.split("\n")
        self.line.append(_SPACES.sub(" ", first))
        for piece in rest:  # a line break of the markup's own ends a line (a record's text before its markup)
            self._break()
            self.line.append(_SPACES.sub(" ", piece))

    def text(self) -> str:
        self.close()
        self._break()
        return text_of_lines(self.lines)


#: The most rows or columns a cell is taken to span (a larger rowspan is a template's error).
_MAX_SPAN = 1000


def _span(attrs, name: str) -> int:
    """A cell's rowspan or colspan: 1 when absent or not a number."""
    for key, value in attrs:
        if key == name and value and value.strip().isdigit():
            return max(1, min(int(value.strip()), _MAX_SPAN))
    return 1


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
    parser = _Text(budget=len(markup))
    # A marked section (<![CDATA[…]]>, <![if …]>) is text: the standard parser
    # looks for the end of every unclosed one to the end of the text too.
    parser.feed(_LONE_ANGLE.sub("&lt;", _without_comments(markup).replace("<![", "&lt;![")))
    return parser.text()


__all__ = ["looks_like_html", "html_text"]
