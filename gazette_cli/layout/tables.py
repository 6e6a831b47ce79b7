"""Tables in a text layer: found line by line, before paragraphs are joined.

In: the classified lines (:class:`~gazette_cli.model.LineColumns`).  Out:
:class:`~gazette_cli.model.Table` blocks keyed by their first line; their lines
become :attr:`LineKind.TABLE`, so no table row is ever read as a heading or
joined into a paragraph.

The detectors of :data:`DETECTORS` run in order, each on the lines the ones
before it left:

* ``ruled`` — the rows of a table a PDF drew with rules, as its source gave
  them (:attr:`LineColumns.ruled`: each row's cells, a cell that wraps over
  several lines already one cell); the rows before the first with a figure
  are its header;
* ``pipe`` — rows of cells parted by bars (序号 | 任务名称 | 牵头部门 |), as a
  page's table saved as text gives them;
* ``indicator`` — a header that starts with 序号 (序号 指标名称 2020年实现数 …),
  rows that start with their number; the header repeats after a page break;
* ``tab`` — rows of cells separated by TABs (what a web page's table becomes),
  with the one-cell group rows between them (一、知识产权保护方面（共5项）);
  a caption and a new header start a new table;
* ``indicator cells`` — a plan's indicator table that came out one cell per
  line: a header of indicator columns ending with 属性, rows told apart by the
  attribute cell (预期性 / 约束性) that ends each;
* ``serial cells`` — a numbered table (a task-division table) that came out
  one cell per line: a header from 序号 on, rows told apart by their serial
  numbers, group rows between them;
* ``cells`` — a table that came out one cell per line: a run of short or
  uniformly deep-indented lines among which numbers (50, 0.80-1.50) recur;
* ``numbers`` — rows of figures a PDF text layer gave one per line (a label,
  then numbers separated by spaces), with the header cells above them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import eq

import re

from ..model import K_BLANK, K_BODY, K_PAGE_NUMBER, K_RUNNING_HEADER, K_TABLE, ClauseKind, LineColumns, Table, TableRow
from ..structure.docparts import stands_alone
from ..structure.organs import is_organ
from ..structure.markers import FIRST_CHARS as _MARKER_FIRSTS, match_marker
from ..text.lazy import MULTILINE, lazy
from .furniture import Joined
from ..text.normalize import fullwidth_ascii, normalize_line

# Lines that continue a table header (实现数, 目标数 属性 …) or open one.
TABLE_HEADER = lazy(r"^序号\s*(?:指标|项目|名称|内容|任务|工\s*作\s*任\s*务|重\s*点\s*任\s*务|主\s*要\s*任\s*务)")
TABLE_START = lazy(r"^序号", MULTILINE)  # where a header may start, in the joined lines
TABLE_ROW = lazy(r"^[0-9]{1,3}\s+\S.*\s\S+$")
TABLE_HEADER_WORDS = lazy(r"^(?:[0-9]{4}年|实现数|目标数|目标值|基期值|现状值|属性|单位|指标属性|备注|\s)+$")
# Header cells: a year that the next cell (实现数, 目标数) completes.
YEAR_CELL = lazy(r"[0-9]{4}年")
YEAR_OR_ATTRIBUTE = lazy(r"[0-9]{4}年|属性")

_TAB = lazy(r"\t", MULTILINE)
# A cell that holds a number, a range or an amount only: 50, 0.80-1.50, 140-300, 12235.4652.
NUMBER_CELL = lazy(r"^[-+]?[0-9]+(?:\.[0-9]+)?(?:\s*[-—~～至]\s*[0-9]+(?:\.[0-9]+)?)?\s*[%％]?$")
_SENTENCE_ENDS = ("。", "：", "；", ":", ";")
# A caption or a note, not a cell: 单位：元/天·平方米, 注：…, 说明：….
_CAPTION = lazy(r"^[\p{Han}]{1,4}[：:]")

#: A group or caption line inside a TAB table is at most this long.
_GROUP_MAX = 40
#: A one-cell-per-line table: at least this many lines, a number every few lines.
_CELLS_MIN_LINES = 8
_CELLS_NUMBER_SHARE = 0.2
_CELL_SHORT = 24  # characters of a short cell
_CELL_DEEP_INDENT = 8  # ASCII spaces before a cell that a web page's table put deeper than any paragraph
_CELLS_HEADER_MAX = 8  # header cells before a one-cell-per-line table's first number
_CELLS_FIGURE_GAP = 12  # lines within which three figures of such a table stand


def _header_cells(texts: list[str]) -> tuple[str, ...]:
    """Header cells from the header's lines: 2020年 + 实现数 → 2020年实现数; a
    letter-spaced cell is its word (序号 工 作 任 务 牵头负责部门 → 工作任务)."""
    cells: list[str] = []
    for text in texts:
        spaced = False  # is the last cell a run of letters spaced apart?
        for token in text.split():
            if len(token) == 1 and cells and (spaced or len(cells[-1]) == 1) and cells[-1] not in _SERIAL_HEADS:
                cells[-1] += token
                spaced = True
            elif cells and YEAR_CELL.fullmatch(cells[-1]) and not YEAR_OR_ATTRIBUTE.match(token):
                cells[-1] += token
                spaced = False
            else:
                cells.append(token)
                spaced = False
    return tuple(cells)


_SERIAL_HEADS = frozenset(("序号", "编号"))


def _title_before(cols: LineColumns, body: list[int], start: int, test: Callable[[str], bool]) -> str | None:
    p = bisect_left(body, start)
    if p == 0:
        return None
    before = cols.texts[body[p - 1]]
    if len(before) <= 40 and not before.endswith(_SENTENCE_ENDS) and "\t" not in before and test(before):
        return before
    return None


def _mark(cols: LineColumns, members: list[int]) -> None:
    for m in members:
        cols.kinds[m] = K_TABLE


def _cells_row(cells: tuple[str, ...], span) -> TableRow:
    """A row of cells, its text the cells that hold something."""
    return TableRow(cells, " ".join(c for c in cells if c), span)


def _table_of(cols: LineColumns, body: list[int], members: list[int], header: tuple[str, ...], rows: tuple[TableRow, ...]) -> Table:
    """The table whose lines are ``members`` (marked as table lines), titled
    by the short line above it if there is one."""
    _mark(cols, members)
    return Table(header=header, rows=rows, title=_title_before(cols, body, members[0], lambda t: True), span=cols.span(members[0], members[-1]))


def _fitted(row: TableRow, width: int) -> TableRow:
    """A row split at its spaces into more cells than its header has: the
    second cell (the task or the indicator's name, which may hold a space:
    规模以上 工业增加值) takes the extra ones."""
    extra = len(row.cells) - width
    if extra <= 0 or width < 3:
        return row
    cells = row.cells
    return TableRow((cells[0], " ".join(cells[1 : 2 + extra]), *cells[2 + extra :]), row.text, row.span)


def indicator_tables(cols: LineColumns, body: list[int], joined: Joined) -> dict[int, Table]:
    """Indicator tables (序号 指标名称 2020年实现数 2025年目标数 属性)."""
    texts, kinds = cols.texts, cols.kinds
    # A header starts with 序号: its lines are found in the joined text (most
    # issues have none; a test per line was a measurable part of the stage).
    starts = [i for i in joined.matching(TABLE_START) if kinds[i] == K_BODY]
    if not starts:
        return {}
    tables: dict[int, Table] = {}
    n = len(texts)
    i = 0
    for candidate in starts:
        if candidate < i:
            continue  # inside the table or header run just read
        i = candidate
        if not TABLE_HEADER.match(texts[i]):
            i += 1
            continue
        start = i
        header_texts: list[str] = []
        rows: list[TableRow] = []
        members: list[int] = []
        j = i
        in_header = True
        while j < n:
            if kinds[j] != K_BODY:
                j += 1
                continue
            t = texts[j]
            if TABLE_HEADER.match(t) or (in_header and TABLE_HEADER_WORDS.match(t)):
                in_header = True  # the header, or its repeat after a page break
                if not rows:
                    header_texts.append(fullwidth_ascii(cols.raws[j].strip()))
            elif TABLE_ROW.match(t):
                in_header = False
                rows.append(TableRow(tuple(t.split()), t, cols.span(j, j)))
            elif TABLE_ROW.match(raw := cols.raws[j].strip()):
                # Text columns parted by one space, which normalization takes for
                # justification (1 居民消费价格涨幅3%左右 发展改革委): the source's cells, each normalized.
                in_header = False
                rows.append(TableRow(tuple(normalize_line(c) for c in raw.split()), t, cols.span(j, j)))
            else:
                break
            members.append(j)
            j += 1
        if not rows:
            # Every line up to j matched as header, so a scan from any of them
            # would stop at j without rows too: skip them (linear on 序号 runs).
            i = max(i + 1, j)
            continue
        title = _title_before(cols, body, start, lambda t: "指标" in t or "表" in t[-3:])
        header = _header_cells(header_texts)
        tables[start] = Table(
            header=header,
            rows=tuple(_fitted(row, len(header)) for row in rows),
            title=title,
            span=cols.span(members[0], members[-1]),
        )
        _mark(cols, members)
        i = j
    return tables


def _tab_cells(text: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in text.split("\t"))


def _leading_cells(raw: str) -> tuple[str, ...]:
    """The empty cells a row opens with (the line's leading TABs, which
    stripping took off): the rest of the row stays under its columns, as
    under a group cell merged over several rows (经济发展 / <TAB>常住人口城镇化率)."""
    if raw[:1] not in ("\t", " ", "\u3000"):
        return ()
    text = raw.lstrip(" \u3000")
    return ("",) * (len(text) - len(text.lstrip("\t")))


def _has_digit(cells: tuple[str, ...]) -> bool:
    return any(ch.isdigit() for c in cells for ch in c)


def _next_body(kinds: bytearray, j: int, n: int) -> int:
    """The first body line at or after ``j`` (blank lines skipped), or ``n``."""
    while j < n and kinds[j] == K_BLANK:
        j += 1
    return j if j < n and kinds[j] == K_BODY else n


def _group_row_before_data(texts: list[str], kinds: bytearray, j: int) -> bool:
    """Is ``texts[j]`` a group row: short, and followed (after at most two more
    group rows) by a TAB row with a number in it?"""
    n = len(texts)
    k = j
    for step in range(4):
        if k >= n:
            return False
        if "\t" in texts[k]:
            return k > j and _has_digit(_tab_cells(texts[k]))
        if len(texts[k]) > _GROUP_MAX or step == 3:
            return False
        k = _next_body(kinds, k + 1, n)
    return False


def tab_tables(cols: LineColumns, body: list[int], joined: Joined) -> dict[int, Table]:
    """Tables whose cells are separated by TABs, one row per line, with the
    one-cell group rows between them (blank lines between rows are no break)."""
    texts, kinds = cols.texts, cols.kinds
    tables: dict[int, Table] = {}
    n = len(texts)
    rows_with_tabs = joined.matching(_TAB) if "\t" in joined.text else []
    i = 0
    for first in rows_with_tabs:
        if first < i or kinds[first] != K_BODY:
            continue
        i = first
        members = [i]
        j = _next_body(kinds, i + 1, n)
        while j < n and ("\t" in texts[j] or _group_row_before_data(texts, kinds, j)):
            members.append(j)
            j = _next_body(kinds, j + 1, n)
        if len(members) < 2:
            i = members[-1] + 1
            continue
        # The header: the first line, and the lines after it without a number
        # while rows with numbers follow (X坐标 / X Y under a two-level header).
        lines = [_leading_cells(cols.raws[m]) + _tab_cells(texts[m]) if "\t" in texts[m] else (texts[m],) for m in members]
        head = 1
        if any(_has_digit(c) for c in lines[1:]):
            while head < len(lines) and len(lines[head]) > 1 and not _has_digit(lines[head]):
                head += 1
        header = tuple(c for cells in lines[:head] for c in cells if c)
        rows = tuple(_cells_row(cells, cols.span(m, m)) for m, cells in zip(members[head:], lines[head:]))
        tables[i] = _table_of(cols, body, members, header, rows)
        i = members[-1] + 1
    return tables


# A table a page saved as text with its cells parted by bars (序号 | 任务名称 | 牵头部门 | … |), as
# some sites and converters give it: a header that opens with 序号, rows that hold two bars or more.
# A Markdown table opens and closes each row with a bar, and rules its header off (|---|:---:|).
_PIPE_HEADER = lazy(r"^(?:[|｜][ \u3000]*)?序号[ \u3000]*[|｜]", MULTILINE)
_PIPE = lazy(r"[ \u3000]*[|｜][ \u3000]*")
_PIPE_RULE = lazy(r"^[|｜:：\-— \u3000]+$")
#: A header cell that names the units of a row (责任单位, 牵头部门, 负责科室), before a bar or at the line's end;
#: the cell names their role (not a catalogue's 发布单位).
_PIPE_UNIT_CELL = lazy(r"(?:单位|部门|科室)[ \u3000]*(?:[|｜]|$)", MULTILINE)
_UNIT_HEADER_CELL = lazy(r"^\p{Han}{0,2}?(?:牵头|责任|负责|配合|协办|主办|主责|实施|协同|参与|协作|指导)\p{Han}{0,2}(?:单位|部门|科室)$")
_PIPE_HEADER_CELL_MAX = 12  # characters of a header cell


def _names_a_unit_column(cells: tuple[str, ...]) -> bool:
    """Is a bar line a header with a column of units: three short cells or more, one of them such a column's?"""
    squeezed = ["".join(c.split()) for c in cells]
    return len(squeezed) >= 3 and all(0 < len(c) <= _PIPE_HEADER_CELL_MAX for c in squeezed) and any(_UNIT_HEADER_CELL.match(c) for c in squeezed)


def _pipe_cells(text: str) -> tuple[str, ...]:
    cells = _PIPE.split(text.strip())
    while cells and not cells[-1]:
        cells.pop()  # the bar that closes the row
    if cells and not cells[0] and text.lstrip()[:1] in "|｜":
        cells.pop(0)  # the bar that opens it
    return tuple(cells)


def pipe_tables(cols: LineColumns, body: list[int], joined: Joined) -> dict[int, Table]:
    """Tables whose cells are parted by bars, one row per line, from a header on: one
    that opens with 序号, or one of short cells that names a column of units
    (工作任务 | 具体要求 | 责任部门 |).  A row with fewer cells than the row above lost
    its first ones to cells merged over several rows: it takes them from that row,
    unless it opens with a number of its own (a row cut short)."""
    if "|" not in joined.text and "｜" not in joined.text:
        return {}
    texts, kinds = cols.texts, cols.kinds
    tables: dict[int, Table] = {}
    n = len(texts)
    i = 0
    headers = sorted(set(joined.matching(_PIPE_HEADER)) | {k for k in joined.matching(_PIPE_UNIT_CELL) if _names_a_unit_column(_pipe_cells(texts[k]))})
    for first in headers:
        if first < i or kinds[first] != K_BODY:
            continue
        header = tuple("".join(c.split()) for c in _pipe_cells(texts[first]))
        members = [first]
        rows: list[TableRow] = []
        j = _next_body(kinds, first + 1, n)
        if j < n and _PIPE_RULE.match(texts[j]):
            members.append(j)
            j = _next_body(kinds, j + 1, n)
        while j < n and len(cells := _pipe_cells(texts[j])) > 1:
            width = min(len(header), len(rows[-1].cells)) if rows else 0
            if len(cells) < width and not cells[0].isdigit():  # not a row of its own number, cut short
                cells = rows[-1].cells[: width - len(cells)] + cells
            members.append(j)
            rows.append(_cells_row(cells, cols.span(j, j)))
            j = _next_body(kinds, j + 1, n)
        i = j
        if rows:
            tables[first] = _table_of(cols, body, members, header, tuple(rows))
    for first in joined.matching(_PIPE_FIRST_ROW):
        if first < i or kinds[first] != K_BODY:
            continue
        found = _headerless_pipe_table(cols, body, first)
        if found is not None:
            tables[first], i = found
    return tables


_PIPE_FIRST_ROW = lazy(r"^(?:[|｜][ \u3000]*)?1[ \u3000]*[|｜]", MULTILINE)
_HEADERLESS_ROWS_MIN = 3


def _headerless_pipe_table(cols: LineColumns, body: list[int], first: int) -> tuple[Table, int] | None:
    """A table of bar rows numbered 1, 2, 3 … whose header the page lost (平阳 2021's 民生实事
    progress: 1 | 完成27所学校…改造提升 | 县教育局 | 已经安装…), with the header its cells
    show: 序号 over the numbers, 工作任务 over the column after them, 责任单位 over a column
    that names organs; None when no column names units."""
    texts, kinds = cols.texts, cols.kinds
    n = len(texts)
    rows: list[tuple[str, ...]] = []
    members: list[int] = []
    j = first
    while j < n and (cells := _pipe_cells(texts[j])) and cells[0] == str(len(rows) + 1) and (not rows or len(cells) == len(rows[0])):
        rows.append(cells)
        members.append(j)
        j = _next_body(kinds, j + 1, n)
    if len(rows) < _HEADERLESS_ROWS_MIN or len(rows[0]) < 3:
        return None
    width = len(rows[0])
    units = [c for c in range(1, width) if _names_units([r[c] for r in rows])]
    if not units:
        return None
    task = next((c for c in range(1, width) if c not in units), None)  # the task follows the number (its progress comes after the units)
    header = tuple("序号" if c == 0 else "责任单位" if c in units else "工作任务" if c == task else "" for c in range(width))
    table_rows = tuple(_cells_row(cells, cols.span(m, m)) for cells, m in zip(rows, members))
    return _table_of(cols, body, members, header, table_rows), j


_UNIT_PARTS = lazy(r"[、，,；;\s]+")


def _names_units(cells: list[str]) -> bool:
    """Does a column name units: every cell short and without a stop, two in three
    of them organs (县教育局; 县残联 is one no list of organs knows)?"""
    if not all(cell and len(cell) <= _ORGAN_LINE_MAX * 2 and "。" not in cell for cell in cells):
        return False
    organs = sum(all(is_organ(name) for name in _UNIT_PARTS.split(cell) if name) for cell in cells)
    return 3 * organs >= 2 * len(cells)


#: The characters of a table drawn with box-drawing lines (a law database's text copies: ┌─┬─┐ / │…│…│).
_BOX_BORDERS = "│┃├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛"
_BOX_SPLIT = lazy(f"[{_BOX_BORDERS}]")
_BOX_RULE = lazy(r"^\s*[─━][─━\s]*$")
_BOX_FIRST = frozenset(_BOX_BORDERS)
_BOX_TOP = frozenset("┌┏")


def _box_cells(text: str) -> list[str]:
    """A drawn table's line cut at its borders, the empty pieces outside the first and last left out."""
    cells = _BOX_SPLIT.split(text)
    return cells[1:-1] if len(cells) > 2 else []


def box_tables(cols: LineColumns, body: list[int], joined: Joined) -> dict[int, Table]:
    """Tables drawn with box-drawing characters, a cell's text perhaps over several lines
    and a cell perhaps spanning several rows (a law database's copy of a 2005 分工表:
    ┌──┬──┐ / │ 工 作 任 务 │牵头组织实施单位│ / ├──┼──┤ / │抓好财税金融工作…│各县(市、区)政│ …).
    Rows are where the first column's rules part them; a cell of another column that
    spans several rows is each of theirs.  The first row is the header."""
    if "│" not in joined.text and "┃" not in joined.text:
        return {}
    texts = cols.texts
    tables: dict[int, Table] = {}
    p = 0
    while p < len(body):
        if texts[body[p]][:1] not in _BOX_FIRST:
            p += 1
            continue
        q = p
        # …up to the next table's top border (┌): two tables drawn one under the other are two
        while q < len(body) and texts[body[q]][:1] in _BOX_FIRST and (q == p or (body[q] == body[q - 1] + 1 and texts[body[q]][:1] not in _BOX_TOP)):
            q += 1
        lines = body[p:q]
        table = _box_table(cols, body, lines)
        if table is not None:
            tables[lines[0]] = table
        p = q
    return tables


def _box_table(cols: LineColumns, body: list[int], lines: list[int]) -> Table | None:
    cut = [_box_cells(cols.texts[i]) for i in lines]
    width = max((len(c) for c in cut), default=0)
    if width < 2 or any(c and len(c) != width for c in cut):
        return None
    # Each column's cells: (first line, last line, text), closed where a rule crosses that column.
    columns: list[list[tuple[int, int, str]]] = [[] for _ in range(width)]
    open_: list[tuple[int, list[str]] | None] = [None] * width

    def close(c: int, last: int) -> None:  # the column's open cell ends at line ``last``
        if open_[c] is not None:
            start, parts = open_[c]
            columns[c].append((start, last, "".join(parts)))
            open_[c] = None

    for k, cells in enumerate(cut):
        for c, piece in enumerate(cells):
            if _BOX_RULE.match(piece):
                close(c, k - 1)
            elif open_[c] is None:
                open_[c] = (k, [piece.strip()])
            else:
                open_[c][1].append(piece.strip())
    for c in range(width):
        close(c, len(cut) - 1)
    if len(columns[0]) < 2:
        return None
    rows: list[TableRow] = []
    at = [0] * width  # per column, its first cell that may still cover a row (rows come in order)
    for first, last, text in columns[0]:
        cells = [text]
        for c in range(1, width):
            # the cell of that column that covers the row's first line (a merged cell is each row's)
            column = columns[c]
            while at[c] < len(column) and column[at[c]][1] < first:
                at[c] += 1
            covers = at[c] < len(column) and column[at[c]][0] <= first
            cells.append(column[at[c]][2] if covers else "")
        rows.append(_cells_row(tuple(cells), cols.span(lines[first], lines[last])))
    header, data = rows[0], rows[1:]
    return _table_of(cols, body, lines, header.cells, tuple(data))


def _is_cell(raw: str, text: str) -> bool:
    """A line that can be one cell of a table printed one cell per line:
    short, or indented deeper than any paragraph; not a caption (单位：元),
    a label, a date or a number of the notice."""
    if not text or "\t" in text or text.endswith(("：", ":")) or _CAPTION.match(text) or stands_alone(text):
        return False
    deep = len(raw) - len(raw.lstrip(" ")) >= _CELL_DEEP_INDENT
    return deep or len(text) <= _CELL_SHORT


_HEADING_REACH = 400  # lines back from a run of cells where the outline's last headings are looked for


def _next_heading(texts: list[str], kinds: bytearray, start: int, members: list[int]) -> int | None:
    """The first of ``members`` that is the next heading of the outline the run
    of cells stands in (（二）全域推进… after the table under （一）, 嘉定 2024's
    海绵城市 plan), or None: a cell line that opens with a marker of a kind the
    text above numbered, one past its last number there."""
    marked = [(k, mk) for k, m in enumerate(members) if texts[m][:1] in _MARKER_FIRSTS and (mk := match_marker(texts[m])) is not None]
    if not marked:
        return None
    last: dict = {}
    for b in range(start - 1, max(-1, start - _HEADING_REACH), -1):
        if kinds[b] == K_BODY and texts[b][:1] in _MARKER_FIRSTS and (mk := match_marker(texts[b])) is not None:
            last.setdefault(mk.kind, mk.number)
    own: set = set()  # kinds the run numbers itself (一、经济增长 / 二、… group rows of an indicator table)
    for k, mk in marked:
        if mk.kind not in own and last.get(mk.kind) is not None and mk.number == last[mk.kind] + 1:
            return k
        own.add(mk.kind)
    return None


def cell_tables(cols: LineColumns, body: list[int], joined: Joined) -> dict[int, Table]:
    """Tables that came out one cell per line: a run of cells (short lines,
    or lines all indented deeper than any paragraph) in which numbers recur.
    The table starts a few cells before its first number: its header."""
    texts, kinds, raws = cols.texts, cols.kinds, cols.raws
    tables: dict[int, Table] = {}
    n = len(texts)
    # Such a table has lines of figures: found in one pass over the whole text,
    # and only the stretches around them are read line by line.
    figures = [i for i in joined.figure_ends if kinds[i] == K_BODY and NUMBER_CELL.match(texts[i])]
    if len(figures) < _CELLS_MIN_LINES * _CELLS_NUMBER_SHARE:
        return {}
    i = 0
    for f, seed in enumerate(figures):
        # Figures recur in such a table: two more within a dozen lines of text.
        if seed < i or f + 2 >= len(figures) or bisect_left(body, figures[f + 2]) - bisect_left(body, seed) > _CELLS_FIGURE_GAP:
            continue
        # Back from the figure to where its run of cells starts: cells of the
        # figure's own indentation (all deep, or all not).
        floor, i = i, seed  # the walk back stops where the last run ended
        deep = raws[seed].startswith(" " * _CELL_DEEP_INDENT)
        while i > floor and (
            kinds[i - 1] == K_BLANK
            or (kinds[i - 1] == K_BODY and _is_cell(raws[i - 1], texts[i - 1]) and deep == raws[i - 1].startswith(" " * _CELL_DEEP_INDENT))
        ):
            i -= 1
        while i < seed and kinds[i] != K_BODY:
            i += 1
        if not _is_cell(raws[i], texts[i]):
            i = seed + 1
            continue
        # The run of cell lines (blank lines inside it are empty cells).
        members: list[int] = []
        deep = raws[i].startswith(" " * _CELL_DEEP_INDENT)
        j = i
        # A run keeps one indentation: cells all deep, or all not.
        while j < n and (
            kinds[j] == K_BLANK
            or (kinds[j] == K_BODY and _is_cell(raws[j], texts[j]) and deep == raws[j].startswith(" " * _CELL_DEEP_INDENT))
        ):
            if kinds[j] == K_BODY:
                members.append(j)
            j += 1
        stop = _next_heading(texts, kinds, i, members)
        if stop is not None:
            members = members[:stop]
            j = members[-1] + 1 if members else i
        numbered = [k for k, m in enumerate(members) if NUMBER_CELL.match(texts[m])]
        if numbered:
            members = members[max(0, numbered[0] - _CELLS_HEADER_MAX) :]
        numbers = len(numbered)
        if len(members) >= _CELLS_MIN_LINES and numbers >= _CELLS_NUMBER_SHARE * len(members):
            indicator = _indicator_cells([texts[m] for m in members])
            if indicator is not None:
                h0, width, spans = indicator
                header = tuple(texts[m] for m in members[h0 : h0 + width])
                rows = tuple(
                    _cells_row(("",) * (width - (b - a)) + tuple(texts[m] for m in members[a:b]), cols.span(members[a], members[b - 1]))
                    for a, b in spans
                )
                end = spans[-1][1]
                tables[members[h0]] = _table_of(cols, body, members[h0:end], header, rows)
                members = members[end:]  # what follows the table is read as cells, as before
            if len(members) >= _CELLS_MIN_LINES:
                rows = tuple(TableRow((texts[m],), texts[m], cols.span(m, m)) for m in members)
                tables[members[0]] = Table(header=(), rows=rows, title=None, span=cols.span(members[0], members[-1]))
                _mark(cols, members)
        i = max(j, seed + 1)
    return tables


# An indicator table printed one cell per line without an attribute column (镇江 2011
# 现代农业“十二五”规划: 类别 / 指标 / 2010年实绩 / 2015年目标, then 一、经济增长 / 农业增加值（亿元）/
# 81.53 / 163): a header of indicator words ending with a value column, then rows of names
# and as many figures as the header has value columns; a row under a merged group cell
# (一、经济增长) has one cell less, and keeps its columns with an empty first cell.
_VALUE_HEADER_CELL = lazy(r"^(?:[0-9]{4}年[\p{Han}]{0,4}|基期值|现状值|目标值|预期值|规划值)(?:[（(][^（）()]{1,8}[）)])?$")
_NAME_HEADER_CELLS = frozenset(("指标", "指标名称", "主要指标", "具体指标"))
_GROUP_HEADER_CELLS = frozenset(("类别", "领域", "类型", "维度", "分类"))


def _indicator_cells(cells: list[str]) -> tuple[int, int, list[tuple[int, int]]] | None:
    """In a run of cells, an indicator table's header (its first position and
    width) and its rows (positions of each row's first cell and one past its
    last), when the run opens with such a table; else None."""
    start = next(
        (
            k
            for k, c in enumerate(cells[: min(_CELLS_HEADER_MAX, len(cells) - 1)])
            if c.replace(" ", "") in _NAME_HEADER_CELLS and _VALUE_HEADER_CELL.match(cells[k + 1].replace(" ", ""))
        ),
        None,
    )
    if start is None:
        return None
    h0 = start - 1 if start and cells[start - 1].replace(" ", "") in _GROUP_HEADER_CELLS else start  # 类别 before 指标
    values = 0
    while start + 1 + values < len(cells) and _VALUE_HEADER_CELL.match(cells[start + 1 + values].replace(" ", "")):
        values += 1
    if not values:
        return None
    width = start - h0 + 1 + values
    rows: list[tuple[int, int]] = []
    q = start + 1 + values
    while q < len(cells):
        names = q
        while names < len(cells) and names - q < width - values and not NUMBER_CELL.match(cells[names]):
            names += 1
        if names == q or names + values > len(cells) or not all(NUMBER_CELL.match(c) for c in cells[names : names + values]):
            break
        rows.append((q, names + values))
        q = names + values
    return (h0, width, rows) if len(rows) >= 2 else None




# An indicator table that came out one cell per line (a plan's 主要指标 copied
# from a web page): its header cells end with 属性, and each row ends with its
# attribute cell (预期性 / 约束性), which is how its rows are told apart.  A
# row under a merged group cell (经济发展) has one cell less: it keeps its
# columns with an empty first cell, as a TAB-led row does.
ATTRIBUTES = ("预期性", "约束性")
# Lines that end with an attribute: one literal each, which the standard engine finds fastest.
_ATTRIBUTE_ENDS = tuple(lazy(rf"{word}$", re.MULTILINE, re) for word in ATTRIBUTES)
_ATTRIBUTE_HEADERS = ("属性", "指标属性")
_INDICATOR_WORD = (
    r"(?:序号|类别|领域|类型|维度|指标|指标名称|主要指标|具体指标|单位|计量单位|[0-9]{4}年(?:[\p{Han}]{0,4})?|"
    r"年均增长|年均增速|年均|累计|基期值|现状值|目标值|预期值)"
)
# One header cell, letter-spaced or not (指 标), perhaps two words in one (年均/累计,
# 年均增长〔累计〕).
_INDICATOR_HEADER_CELL = lazy(rf"^{_INDICATOR_WORD}(?:[/／、]{_INDICATOR_WORD}|〔{_INDICATOR_WORD}〕)?(?:[（(][^（）()]{{1,8}}[）)])?$")
_INDICATOR_HEADER_MAX = 10  # cells of such a header


def indicator_cell_tables(cols: LineColumns, body: list[int], joined: Joined) -> dict[int, Table]:
    """Indicator tables printed one cell per line: a header of indicator
    columns ending with 属性 (类别 / 指标 / 2020年 / 2025年 / 年均增长 / 属性),
    then rows of as many cells, or one less, each ending with its attribute."""
    texts, kinds = cols.texts, cols.kinds
    if ATTRIBUTES[0] not in joined.text and ATTRIBUTES[1] not in joined.text:
        return {}  # two C-level searches first: most texts have no attribute at all
    ends = sorted(i for word, pattern in zip(ATTRIBUTES, _ATTRIBUTE_ENDS) if word in joined.text for i in joined.matching(pattern))
    attributes = [i for i in ends if kinds[i] == K_BODY and texts[i] in ATTRIBUTES]
    if len(attributes) < 2:
        return {}
    tables: dict[int, Table] = {}
    done = 0  # position in ``body`` up to which lines are read
    for a in attributes:
        p = bisect_left(body, a)  # its position among the body lines
        if p < done:
            continue
        header = _cell_header(texts, body, p, done)
        if header is None:
            continue
        h0, h1 = header  # positions in ``body`` of the header's first and last cells
        width = h1 - h0 + 1
        name = next((k for k in range(width) if texts[body[h0 + k]].replace(" ", "") not in _GROUP_HEADER_CELLS), 0)  # the names' column
        rows: list[tuple[int, int]] = []  # each row's first and last positions
        q = h1 + 1
        while q < len(body):
            if _is_group(texts[body[q]]) and q + 1 < len(body) and not _is_group(texts[body[q + 1]]):
                # a group row (一、发展水平, 二、优质资源建设: a county's 十四五 教育 主要指标表), one cell over the rows of its group
                rows.append((q, q))
                q += 1
                continue
            end = next((r for r in range(q, min(q + width, len(body))) if texts[body[r]] in ATTRIBUTES), None)
            if (
                end is None
                or end - q + 1 < width - 1
                or not all(_is_cell(cols.raws[body[r]], texts[body[r]]) for r in range(q, end))
                or any(_NUMBERED_NAME.match(texts[body[r]]) for r in range(q + name + 1, end))
            ):
                loose = _numbered_row(cols, body, q, width, name)
                if loose is None:
                    break
                rows.append(loose)
                q = loose[1] + 1
                continue
            rows.append((q, end))
            q = end + 1
        while rows and rows[-1][0] == rows[-1][1]:
            q = rows.pop()[0]  # (a group row with no row under it is the text's again)
        if sum(1 for r0, r1 in rows if r1 > r0) < 2:
            continue
        members = body[h0:q]
        table_rows = []
        for r0, r1 in rows:
            cells = tuple(texts[m] for m in body[r0 : r1 + 1])
            if r0 == r1:
                table_rows.append(_cells_row(cells, cols.span(body[r0], body[r1])))  # a group row: its one cell
                continue
            at = next((k for k, c in enumerate(cells) if _NUMBERED_NAME.match(c)), None)
            if at is not None and (len(cells) != width or at != name):
                cells = _numbered_cells(cells, at, width, name)
            table_rows.append(_cells_row(("",) * (width - len(cells)) + cells, cols.span(body[r0], body[r1])))
        tables[members[0]] = _table_of(cols, body, members, tuple(texts[m] for m in body[h0 : h1 + 1]), tuple(table_rows))
        done = q
    return tables


#: An indicator's name numbered in its table: 1.学前教育毛入园率（%）, 2. 城乡残疾人职业技能培训人数（人）.
_NUMBERED_NAME = lazy(r"^[0-9]{1,2}[.．、][ ]?\p{Han}")
_GROUP_PIECES_MAX = 3  # lines of a group cell broken over lines (收入和 / 就业)


def _numbered_row(cols: LineColumns, body: list[int], q: int, width: int, name: int) -> tuple[int, int] | None:
    """A row whose empty cells were lost, read from its numbered name on
    (梅州 十四五 残疾人 主要指标: 2. 城乡残疾人职业技能培训人数（人） / 6000人 / 预期性, its 2020
    cell empty): the pieces of a group cell before the name (收入和 / 就业), the
    name, one value at least, and the attribute that ends it."""
    texts = cols.texts
    k = q
    while k < len(body) and k - q < _GROUP_PIECES_MAX and not _NUMBERED_NAME.match(texts[body[k]]):
        if texts[body[k]] in ATTRIBUTES or not _is_cell(cols.raws[body[k]], texts[body[k]]) or YEAR_CELL.search(texts[body[k]]) or any(c.isdigit() for c in texts[body[k]]):
            return None
        k += 1
    if k >= len(body) or not _NUMBERED_NAME.match(texts[body[k]]) or (k > q and name == 0):
        return None
    end = next((r for r in range(k + 2, min(k + width - name, len(body))) if texts[body[r]] in ATTRIBUTES), None)
    if end is None or not all(_is_cell(cols.raws[body[r]], texts[body[r]]) for r in range(k + 1, end)):
        return None
    return q, end


def _numbered_cells(cells: tuple[str, ...], at: int, width: int, name: int) -> tuple[str, ...]:
    """A row read by :func:`_numbered_row` in the header's columns: its group
    pieces joined in the group column, its name, its values under the value
    columns (a lone one under the last: the goal, where a new indicator has no
    base), its attribute."""
    group = "".join(cells[:at])
    values = cells[at + 1 : -1]
    slots = width - name - 2  # the value columns
    if len(values) < slots:
        values = ("",) * (slots - len(values)) + values if len(values) == 1 else values + ("",) * (slots - len(values))
    return (*((group,) if name else ()), *(("",) * (name - 1)), cells[at], *values[:slots], cells[-1])


def _cell_header(texts: list[str], body: list[int], p: int, floor: int) -> tuple[int, int] | None:
    """The positions in ``body`` of the first and last cells of the header
    above the row that ends at ``body[p]``: back to a 属性 cell, then back over
    the indicator header cells before it (with at least one year among them)."""
    h1 = next((r for r in range(p - 1, max(floor, p - _INDICATOR_HEADER_MAX) - 1, -1) if texts[body[r]] in _ATTRIBUTE_HEADERS), None)
    if h1 is None:
        return None
    h0 = h1
    while h0 > floor and h1 - h0 + 1 < _INDICATOR_HEADER_MAX and _INDICATOR_HEADER_CELL.match(texts[body[h0 - 1]].replace(" ", "")):
        h0 -= 1
    years = sum(1 for r in range(h0, h1) if YEAR_CELL.match(texts[body[r]]))
    return (h0, h1) if h1 - h0 >= 3 and years else None


# A table with a 序号 column that came out one cell per line (a task-division
# table, 重点任务分工表, as a web page's copy or a text layer gives it): a
# header of short cells from 序号 on, then rows that each start with their
# serial number, 1, 2, 3 …  The serial numbers are what tell the rows apart:
# a task's cell may be long.  A flattened empty cell is gone; a row one cell
# short lost its most often empty column: the one before a deadline it ends
# with (配合单位), else its last (备注).
_SERIAL_HEADER_END = lazy(r"序号$", re.MULTILINE, re)  # a literal: the standard engine finds it fastest
# (a cell may close with its unit in brackets and name a measure by its Latin letters: 单位GDP能耗降低率目标任务（%）,
# 延州政函〔2021〕69号)
_SERIAL_HEADER_CELL = lazy(r"^(?:[\p{Han}（）()、/／]{1,12}|[0-9]{4}年[\p{Han}]{0,4}|[\p{Han}A-Z]{2,16}[（(](?:%|‰|[\p{Han}/]{1,4})[）)])$")
_DEADLINE_CELL = lazy(r"[0-9]{4}年|年底|月底|年内|长期|持续|常态化|前$")
_SERIAL_HEADER_MAX = 10


def serial_cell_tables(cols: LineColumns, body: list[int], joined: Joined) -> dict[int, Table]:
    """Tables of rows numbered 1, 2, 3 … printed one cell per line under a 序号
    header, with the group rows between them (一、…方面（共5项）)."""
    texts, kinds = cols.texts, cols.kinds
    starts = [i for i in joined.matching(_SERIAL_HEADER_END) if kinds[i] == K_BODY and texts[i] == "序号"]
    if not starts:
        return {}
    tables: dict[int, Table] = {}
    done = 0
    for start in starts:
        h0 = bisect_left(body, start)  # its position among the body lines
        if h0 < done:
            continue
        # The header: short cells after 序号, up to the first group row or the first row's 1.
        h1 = _header_end(texts, body, h0, _SERIAL_HEADER_MAX)
        width = h1 - h0
        first = texts[body[h1]] if h1 < len(body) else ""
        if width < 3 or not (_is_serial(first) or (_is_group(first) and h1 + 1 < len(body) and _is_serial(texts[body[h1 + 1]]))):
            if h1 - h0 >= _SERIAL_HEADER_MAX and (broken := _broken_header_table(cols, body, h0)) is not None:
                tables[body[h0]], done = broken
                continue
            if h1 - h0 < _SERIAL_HEADER_MAX:
                done = h1  # a 序号 inside this run would stop where it stopped
            continue
        rows = _serial_rows(_BodyLines(texts, body, h1), width, tuple(texts[m] for m in body[h0:h1]))
        if sum(1 for cells, _ in rows if len(cells) > 1) < _CELL_ROWS_MIN:
            continue
        table_rows, q = _placed_rows(cols, body, h1, rows)
        tables[body[h0]] = _table_of(cols, body, body[h0:q], tuple(texts[m] for m in body[h0:h1]), table_rows)
        done = q
    return tables


# A header a page saved with its cells broken over lines (序号 / 重点工作 / 责任 / 领导 / 责任 / 科室 / …, 泗洲头镇 2024
# 重点工作计划; … / 总投资 / (万元) / … / 责任 / 单位, 江山 2023 民生实事 计划表): more pieces than the rows have cells.
# The rows are told apart by their serial numbers alone, and their width is the one most of them have.  A piece
# in brackets completes the one before it, and so do two short pieces each other (责任 科室); the unit column
# is where the header names it, counted from the header's start or from its end, whichever column's cells
# name organs.
_BROKEN_HEADER_MAX = 24  # pieces of such a header
_BROKEN_ROW_MAX = 30  # lines of one of its rows
_SHORT_PIECE = 2


def _merged_pieces(pieces: list[str]) -> list[str]:
    """A broken header's pieces joined where one completes another: 科室 after 责任 (a unit column's name first),
    (万元) after 总投资, one short piece after another."""
    units: list[str] = []
    k = 0
    while k < len(pieces):
        if k + 1 < len(pieces) and _UNIT_HEADER_CELL.match(pieces[k] + pieces[k + 1]) and not _UNIT_HEADER_CELL.match(pieces[k]):
            units.append(pieces[k] + pieces[k + 1])
            k += 2
        else:
            units.append(pieces[k])
            k += 1
    out: list[str] = []
    for piece in units:
        short = len(piece) <= _SHORT_PIECE and out and len(out[-1]) <= _SHORT_PIECE and not _UNIT_HEADER_CELL.match(out[-1])
        if out and (piece[:1] in "（(" or short):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _most_common(lengths: list[int]) -> int:
    """The width most rows have; of two as common, the narrower (a wider row has a cell broken over two lines)."""
    return min(set(lengths), key=lambda n: (-lengths.count(n), n))


def _serial_runs(texts: Sequence[str], body: list[int], start: int) -> list[tuple[int, int]]:
    """Where each row starts and ends among the body lines from ``start`` (its 1) on: from one serial number to the
    line before the next; the last row as wide as most of the others."""
    runs: list[tuple[int, int]] = []
    q, serial = start, 1
    while True:
        nxt = str(serial + 1)
        r = next((r for r in range(q + 2, min(len(body), q + _BROKEN_ROW_MAX)) if texts[body[r]] == nxt), None)
        if r is None:
            break
        runs.append((q, r))
        q, serial = r, serial + 1
    if runs:
        width = _most_common([b - a for a, b in runs])
        end = min(len(body), q + width)
        if end - q >= width - 1:  # (one cell short: a name not broken where the row before had one)
            runs.append((q, end))
    return runs


def _broken_header_table(cols: LineColumns, body: list[int], h0: int) -> tuple[Table, int] | None:
    """The table under a broken header at ``body[h0]`` (序号), and the position of the body line after it."""
    texts = cols.texts
    h1 = _header_end(texts, body, h0, _BROKEN_HEADER_MAX)
    if h1 >= len(body) or texts[body[h1]] != "1":
        return None
    header = _merged_pieces([texts[m].replace(" ", "") for m in body[h0:h1]])
    unit = next((i for i, c in enumerate(header) if _UNIT_HEADER_CELL.match(c)), None)
    runs = _serial_runs(texts, body, h1)
    if unit is None or len(runs) < _CELL_ROWS_MIN:
        return None
    width = _most_common([b - a for a, b in runs])
    rows = [[texts[m] for m in body[a:b]] for a, b in runs]
    # the column the unit header stands over, from the header's start or from its end: the one whose cells name organs
    column = next(
        (
            c
            for c in (unit, width - (len(header) - unit))
            if 0 < c < width and sum(1 for cells in rows if len(cells) == width and _names_an_organ(cells[c])) * 2 >= sum(1 for cells in rows if len(cells) == width)
        ),
        None,
    )
    if column is None:
        return None
    # a row of a cell more than most (a name broken over two lines, 城市用气 / 提升工程) has it joined, after the serial
    rows = [cells if len(cells) <= width else [cells[0], "".join(cells[1 : 2 + len(cells) - width]), *cells[2 + len(cells) - width :]] for cells in rows]
    if len(header) == width and column == unit:
        cells_header = tuple(header)
    else:
        # where the pieces cannot be told apart, only the serial's and the units' columns are named: a name put
        # over the wrong column would read its cells as what they are not (当年投资 as 总投资)
        cells_header = tuple(header[0] if c == 0 else header[unit] if c == column else "" for c in range(width))
    table_rows = tuple(_cells_row(tuple(cells), cols.span(body[a], body[b - 1])) for cells, (a, b) in zip(rows, runs))
    end = runs[-1][1]
    return _table_of(cols, body, body[h0:end], cells_header, table_rows), end


def _header_end(texts: Sequence[str], body: list[int], h0: int, most: int) -> int:
    """The position of the body line after the header that starts with 序号 at ``body[h0]``: its short cells, at most
    ``most`` of them, up to the first row's 1, another 序号 or a group row (一、做大做强主导产业 over the first row,
    辽中区 2024 分解表)."""
    h1 = h0 + 1
    while (
        h1 < len(body)
        and h1 - h0 < most
        and texts[body[h1]] not in ("1", "序号")
        and _SERIAL_HEADER_CELL.match(texts[body[h1]].replace(" ", ""))
        and not _is_group(texts[body[h1]])
    ):
        h1 += 1
    return h1


_SERIAL_GAP = 10  # rows a table may leave out between two numbers (14, then 21)
_CELL_ROWS_MIN = 2  # rows of cells a table printed one cell per line has at least (group rows aside)


def _placed_rows(cols: LineColumns, body: list[int], start: int, rows: list[tuple[tuple[str, ...], int]]) -> tuple[tuple[TableRow, ...], int]:
    """The rows read from the body lines at ``start`` on, each with the span of
    the lines it takes, and the position of the body line after them."""
    out: list[TableRow] = []
    q = start
    for cells, used in rows:
        out.append(_cells_row(cells, cols.span(body[q], body[q + used - 1])))
        q += used
    return tuple(out), q


def _is_serial(text: str) -> bool:
    """A row's serial number: 1, 2, 3 …, and not 0 (nor 007)."""
    return text.isdigit() and text[0] != "0" and len(text) <= 3


class _BodyLines(Sequence[str]):
    """The texts of the body lines from ``body[start]`` on, read as asked:
    a table's rows are read without copying the rest of the text."""

    __slots__ = ("texts", "body", "start")

    def __init__(self, texts: Sequence[str], body: list[int], start: int) -> None:
        self.texts, self.body, self.start = texts, body, start

    def __len__(self) -> int:
        return len(self.body) - self.start

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self.texts[self.body[self.start + i]] for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        return self.texts[self.body[self.start + k]]


def _serial_rows(cells: Sequence[str], width: int, header: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], int]]:
    """The rows in ``cells`` (the lines after a header of ``width`` cells), each
    with the lines it takes: group rows of one cell, and rows of ``width``
    cells (or one less, its empty cell put back; or with a cell of units
    printed one a line) from one serial number to where the next row or a
    group row starts."""
    rows: list[tuple[tuple[str, ...], int]] = []
    serial, q, n = 0, 0, len(cells)
    # A table of rows picked from a longer list (谯城区 2025 分解表: 3, 68, 69, 73 …; 怀远 2023 进度:
    # 6, 52, 53 …) keeps their numbers: it starts past 1, and any larger number opens a row.
    picked = False

    def follows(r: int, after: int) -> bool:
        if not _is_serial(cells[r]):
            return False
        k = int(cells[r])
        return after < k and (picked or k <= after + _SERIAL_GAP)

    def opens(r: int, after: int) -> bool:  # does a row or a group row start at r?
        return r < n and (_is_group(cells[r]) or follows(r, after))

    while q < n:
        if _is_group(cells[q]):
            rows.append(((cells[q],), 1))
            q += 1
            continue
        if serial == 0:
            picked = _is_serial(cells[q]) and cells[q] != "1"
        if not follows(q, serial):
            break
        serial = int(cells[q])
        lost_before_group = q + width - 1 < n and _is_group(cells[q + width - 1])
        extra = 0
        if not lost_before_group and opens(q + width, serial):
            row = tuple(cells[q : q + width])
        elif opens(q + width - 1, serial):
            row = _with_lost_cell(tuple(cells[q : q + width - 1]), header)
        elif (
            extra := next((e for e in range(1, _UNIT_LINES_MAX) if opens(q + width + e, serial)), 0)
        ):
            # 县水务局 / 县住建局 / 县护城河指挥部: a cell of units, one a line (大竹县 2016, 怀远 2023);
            # else a row with lines of its own after its cells (a second task and its deadline, 大竹县's
            # row 5): they go with its last cell, and the rows after it are read on
            lines = cells[q : q + width + extra]
            rest = lines[width - 1 :]
            # (the last cell's lines joined as a list where most name organs: 东孝街道 / 孝顺镇 / … / 金义新区发展集团 / … /
            # 区资规分局 under 协同单位, 金东 2024)
            row = _units_merged(lines, width) or (*lines[: width - 1], ("、" if 2 * sum(map(_names_an_organ, rest)) >= len(rest) else " ").join(rest))
        else:
            # The last row: as many cells as the header, unless its last would
            # not be the deadline the rows before ended with.
            deadlines = [r[-1] for r, _ in rows if len(r) > 1]
            last = cells[q + width - 1] if q + width - 1 < n else ""
            if deadlines and all(_DEADLINE_CELL.search(d) for d in deadlines) and not _DEADLINE_CELL.search(last):
                row = _with_lost_cell(tuple(cells[q : q + width - 1]), header)
            else:
                row = tuple(cells[q : q + width])
            if len(row) == width:
                rows.append((row, width - (1 if "" in row else 0)))
            break
        used = width + extra - (1 if "" in row else 0)  # a lost cell takes no line
        rows.append((row, used))
        q += used
    while rows and len(rows[-1][0]) == 1:  # a group row with no row under it is no part of the table
        rows.pop()
    return rows


#: Lines a row may take beyond its cells, for one cell of units printed one a line (金东 2024's first row: ten).
_UNIT_LINES_MAX = 16


def _units_merged(lines: Sequence[str], width: int) -> tuple[str, ...] | None:
    """A row of ``width`` cells from more lines, the longest run of lines that
    each name an organ (after the serial) read as one cell of units, joined by
    、; None when that does not make ``width`` cells."""
    best: tuple[int, int] = (0, 0)  # the run's start and end
    k = 1
    while k < len(lines):
        if not _names_an_organ(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and _names_an_organ(lines[end]):
            end += 1
        if end - k > best[1] - best[0]:
            best = (k, end)
        k = end
    a, b = best
    if b - a < 2 or len(lines) - (b - a) + 1 != width:
        return None
    return (*lines[:a], "、".join(lines[a:b]), *lines[b:])


def _names_an_organ(line: str) -> bool:
    # (an organ with its other name in brackets: 区委组织部（区公务员局）; a town named for its government: 孝顺镇, 东孝街道,
    # 金东 2024's 协同单位)
    return len(line) <= _ORGAN_LINE_MAX and (is_organ(_OTHER_NAME.sub("", line)) or line.startswith("各") or _TOWN.match(line) is not None)


_TOWN = lazy(r"^\p{Han}{2,6}(?:镇|乡|街道)$")


_OTHER_NAME = lazy(r"[（(][^（）()]{2,12}[）)]$")


_ORGAN_LINE_MAX = 24


def _is_group(text: str) -> bool:
    """A group row of a numbered table: 一、知识产权保护方面（共5项）, or one that only counts
    its rows (经济社会发展主要预期目标分解(15项), 苏府〔2011〕57号's 任务分解表)."""
    if text[-1:] in "）)" and _GROUP_COUNT.search(text):
        return True
    marker = match_marker(text)
    return marker is not None and marker.kind in (ClauseKind.CN, ClauseKind.CN_PAREN, ClauseKind.PART)


_GROUP_COUNT = lazy(r"\p{Han}[（(]共?[0-9]{1,3}项[）)]$")


def _with_lost_cell(cells: tuple[str, ...], header: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A row one cell short, its empty cell put back: where its organs then
    fall under the header's unit columns (宝山 2019 任务清单: 2 / 将生活垃圾管理… /
    区委组织部（区公务员局） / 区绿化市容局 / 2019年 under 序号 / 任务名称 / 任务内容 /
    牵头部门 / 配合部门 / 时间节点, the 任务名称 cell merged over the row above);
    else before the deadline it ends with, or at its end."""
    if _DEADLINE_CELL.search(cells[-1]):
        default = (*cells[:-1], "", cells[-1])
    else:
        default = (*cells, "")
    units = [c for c, h in enumerate(header) if _UNIT_HEADER.search(h)]
    if len(header) != len(cells) + 1 or not units:
        return default

    # a sentence under a name column that has a content column after it (任务名称 / 任务内容): the name's cell, merged
    # over the rows of its group, is the one lost, and the sentence is the content
    names = [c for c, h in enumerate(header) if _NAME_HEADER.search(h) and any(_CONTENT_HEADER.search(x) for x in header[c + 1 :])]

    def fit(row: tuple[str, ...]) -> int:
        return (
            sum(1 for c in units if row[c] and _names_an_organ(row[c]))
            - sum(1 for c, cell in enumerate(row) if c not in units and c and _names_an_organ(cell))
            - sum(1 for c in names if _SENTENCE_CELL.search(row[c]))
        )

    best = max((fit(row), -abs(p - default.index("")), row) for p in range(1, len(cells) + 1) for row in [(*cells[:p], "", *cells[p:])])
    return best[2] if best[0] > fit(default) else default


#: A header cell of units (牵头部门, 配合单位, 责任单位).
_UNIT_HEADER = lazy(r"单位|部门")
#: A header cell of a task's name, and one of what it holds (任务名称 | 任务内容).
_NAME_HEADER = lazy(r"名称$")
_CONTENT_HEADER = lazy(r"内容$")
#: A cell that is a sentence, no name: it holds a stop or a comma.
_SENTENCE_CELL = lazy(r"[。；，]")


# A row of figures: a label, then numbers separated by spaces (规章 0 0 0,
# 一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21), or the numbers alone.
NUMBER_ROW = lazy(r"^(?:(?P<label>[^\s。；：，].*?[^\s。；：，0-9.%])\s+)?(?P<numbers>[-+]?[0-9][0-9,.]*%?(?:\s+[-+]?[0-9][0-9,.]*%?)*)$")
_ROW_NUMBERS_ALONE = 2  # numbers a row needs when it has no label
_HEADER_CELL_MAX = 12  # characters of a header cell printed on its own line
_HEADER_LINES_MAX = 24


def _number_row(text: str) -> tuple[str, ...] | None:
    """The cells of a row of figures, or None."""
    if not text or not text[-1].isdigit() and text[-1] != "%":
        return None
    m = NUMBER_ROW.match(text)
    if not m:
        return None
    numbers = m.group("numbers").split()
    if m.group("label") is None and len(numbers) < _ROW_NUMBERS_ALONE:
        return None
    return ((m.group("label"),) if m.group("label") else ()) + tuple(numbers)


def _is_header_line(text: str) -> bool:
    """A line of a table's header: cells separated by spaces, or one short cell."""
    if not text or any(c in text for c in "。；，："):
        return False
    return len(text) <= _HEADER_CELL_MAX or (" " in text and all(len(c) <= _HEADER_CELL_MAX for c in text.split()))


def number_tables(cols: LineColumns, body: list[int], joined: Joined) -> dict[int, Table]:
    """Tables of figures that a text layer gave one row per line (a label and
    its numbers), with the header cells above them and the group lines between."""
    texts, kinds = cols.texts, cols.kinds
    rows_at = {i: cells for i in joined.figure_ends if kinds[i] == K_BODY and (cells := _number_row(texts[i])) is not None}
    if len(rows_at) < 2:
        return {}
    tables: dict[int, Table] = {}
    n = len(texts)
    i = 0
    while i < n:
        if i not in rows_at or kinds[i] != K_BODY:
            i += 1
            continue
        # The header: short lines right above the first row.
        start = i
        while start - 1 >= 0 and i - start < _HEADER_LINES_MAX and kinds[start - 1] == K_BODY and start - 1 not in rows_at and _is_header_line(texts[start - 1]):
            start -= 1
        members = list(range(start, i))
        rows: list[TableRow] = []
        j = i
        while j < n and kinds[j] in (K_BODY, K_BLANK):
            if kinds[j] == K_BLANK:
                j += 1
                continue
            if j in rows_at:
                cells = rows_at[j]
                rows.append(TableRow(cells, " ".join(cells), cols.span(j, j)))
                members.append(j)
                j += 1
                continue
            # A group line (or a label broken over lines) when a row follows
            # within three lines, unless a new header starts there.
            ahead = [k for k in range(j + 1, min(j + 4, n)) if kinds[k] == K_BODY]
            nxt = next((k for k in ahead if k in rows_at), None)
            if nxt is None or len(texts[j]) > _GROUP_MAX or any(" " in texts[k] and _is_header_line(texts[k]) for k in ahead if k < nxt):
                break
            rows.append(TableRow((texts[j],), texts[j], cols.span(j, j)))
            members.append(j)
            j += 1
        numbers = sum(len(r.cells) for r in rows if len(r.cells) > 1)
        if len([r for r in rows if len(r.cells) > 1]) >= 2 or (rows and numbers >= 3 and i - start >= 2):
            header = tuple(c for k in range(start, i) for c in texts[k].split())
            tables[start] = Table(
                header=header,
                rows=tuple(rows),
                title=_title_before(cols, body, start, lambda t: len(t) <= 24),
                span=cols.span(members[0], members[-1]),
            )
            _mark(cols, members)
        i = max(j, i + 1)
    return tables


def ruled_tables(cols: LineColumns, body: list[int], joined: Joined) -> dict[int, Table]:
    """Tables drawn with rules: the runs of lines the source marked as rows
    of one table.  The header is the rows before the first row with a
    figure (all of them when none has one)."""
    if not cols.ruled:
        return {}
    kinds = cols.kinds
    runs: list[list[int]] = []
    last_table = None
    for i in sorted(cols.ruled):
        if kinds[i] != K_BODY:
            continue
        table = cols.ruled[i][0]
        if runs and (table == last_table or _continues(cols, runs[-1], i)) and all(kinds[k] in _BETWEEN_ROWS for k in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
        last_table = table
    tables: dict[int, Table] = {}
    for members in runs:
        members = _without_repeated_header(cols, members)
        cells = [cols.ruled[m][1] for m in members]
        head = 0
        while head < len(cells) and not _has_digit(cells[head]):
            head += 1
        if head == len(cells):
            head = 1 if len(cells) > 1 else 0
        header = tuple(c for row in cells[:head] for c in row if c)
        rows = tuple(TableRow(row, " ".join(c for c in row if c), cols.span(m, m)) for m, row in zip(members[head:], cells[head:]))
        tables[members[0]] = Table(
            header=header,
            rows=rows,
            title=_title_before(cols, body, members[0], lambda t: True) if not _row_before(cols, body, members[0]) else None,
            span=cols.span(members[0], members[-1]),
        )
        _mark(cols, members)
    return tables


#: What may stand between two rows of one ruled table: blank lines, and across
#: a page break the page's furniture (its number, its running header).
_BETWEEN_ROWS = frozenset({K_BLANK, K_PAGE_NUMBER, K_RUNNING_HEADER})


def _continues(cols: LineColumns, run: list[int], i: int) -> bool:
    """Does row ``i``, the first of another drawn table, go on with the table of
    ``run`` over a page break: the next page, and as many cells a row?  (What
    stands between the two is checked by the caller: nothing but furniture.)"""
    last = run[-1]
    pages = cols.pages
    return (
        pages[i] is not None
        and pages[last] is not None
        and pages[i] == pages[last] + 1
        and len(cols.ruled[i][1]) == len(cols.ruled[last][1])
    )


def _without_repeated_header(cols: LineColumns, members: list[int]) -> list[int]:
    """A table continued on another page often repeats its header there: at
    the top of a later page, rows equal to the table's header rows (its first
    rows, before any with a figure) are left out."""
    head = []
    for m in members[:3]:
        if _has_digit(cols.ruled[m][1]):
            break
        head.append(cols.ruled[m][1])
    first_page = cols.pages[members[0]]
    kept: list[int] = []
    at_top = False
    for k, m in enumerate(members):
        if k and cols.pages[m] != cols.pages[members[k - 1]]:
            at_top = True
        if at_top and cols.pages[m] != first_page and cols.ruled[m][1] in head:
            continue
        at_top = False
        kept.append(m)
    return kept


def _row_before(cols: LineColumns, body: list[int], start: int) -> bool:
    """Is the body line before ``start`` a row of a ruled table (one the page before ends with)?"""
    p = bisect_left(body, start)
    return p > 0 and body[p - 1] in cols.ruled


# A task-division table that came out one cell per line with no 序号 column (沈河区 2024 分解表:
# 主要工作任务 / 牵头单位 / 责任单位, then 一、… group rows and rows whose task cell opens with its
# own number, 1.主动对接…, each followed by its units, a cell a line).  The numbers of the task
# cells tell the rows apart, and a row's lines of units after its lead fill its last cell.
#: How a unit column's header cell ends its line: a literal the standard engine finds fast, each line
#: it finds then asked the whole cell pattern.
_UNIT_HEADER_END = lazy(r"(?:单位|部门|科室)$", re.MULTILINE, re)
#: The header cell of the task column, above the unit columns' (主要工作任务, 重点任务, 工作内容).
_TASK_HEADER_CELL = lazy(r"^\p{Han}{0,4}(?:任务|举措|措施|内容|事项)$")
#: Characters of a unit cell at most: a list of organs (区工信局、区商务局、区文旅局、区金融局、各街道办事处).
_UNIT_CELL_MAX = 80


def _unit_cell(text: str) -> bool:
    return len(text) <= _UNIT_CELL_MAX and (is_organ(text) or _names_an_organ(text))


def task_cell_tables(cols: LineColumns, body: list[int], joined: Joined) -> dict[int, Table]:
    """Task tables printed one cell per line under a header of a task column and
    unit columns, their rows opened by the task cell's own number."""
    texts, kinds = cols.texts, cols.kinds
    heads = [i for i in joined.matching(_UNIT_HEADER_END) if kinds[i] == K_BODY and _UNIT_HEADER_CELL.match(texts[i])]
    tables: dict[int, Table] = {}
    done = 0
    for h in heads:
        p = bisect_left(body, h)
        if p < done or p == 0 or body[p] != h or not _TASK_HEADER_CELL.match(texts[body[p - 1]]):
            continue
        e = p
        while e < len(body) and _UNIT_HEADER_CELL.match(texts[body[e]]):
            e += 1
        width = e - p + 1
        rows: list[tuple[tuple[str, ...], int]] = []
        q = e
        while q < len(body) and match_marker(texts[body[q]]) is not None:
            r = q + 1
            while r < len(body) and r - q <= width + _UNIT_LINES_MAX and match_marker(texts[body[r]]) is None and _unit_cell(texts[body[r]]):
                r += 1
            units = [texts[body[k]] for k in range(q + 1, r)]
            if not units:
                if _is_group(texts[body[q]]) and q + 1 < len(body) and match_marker(texts[body[q + 1]]) is not None:
                    rows.append(((texts[body[q]],), 1))  # a group row: 一、优结构、谋发展…
                    q += 1
                    continue
                break
            if len(units) >= width - 1:
                cells = (texts[body[q]], *units[: width - 2], "、".join(units[width - 2 :]))
            else:
                cells = (texts[body[q]], *units, *("",) * (width - 1 - len(units)))
            rows.append((cells, r - q))
            q = r
        while rows and len(rows[-1][0]) == 1:
            rows.pop()  # a group row with no row under it is no part of the table
        if sum(1 for cells, _ in rows if len(cells) > 1) < _CELL_ROWS_MIN:
            continue
        table_rows, q = _placed_rows(cols, body, e, rows)  # the lines of the rows kept
        tables[body[p - 1]] = _table_of(cols, body, body[p - 1 : q], tuple(texts[body[k]] for k in range(p - 1, e)), table_rows)
        done = q
    return tables


#: The table detectors, in the order they run.
DETECTORS: tuple[tuple[str, Callable[[LineColumns, list[int], Joined], dict[int, Table]]], ...] = (
    ("ruled", ruled_tables),
    ("box", box_tables),
    ("pipe", pipe_tables),
    ("indicator", indicator_tables),
    ("tab", tab_tables),
    ("indicator cells", indicator_cell_tables),
    ("serial cells", serial_cell_tables),
    ("task cells", task_cell_tables),
    ("cells", cell_tables),
    ("numbers", number_tables),
)


def find_tables(cols: LineColumns, joined: Joined | None = None) -> dict[int, Table]:
    """Every table of the text, keyed by the index of its first line
    (``joined``: the texts joined, if at hand)."""
    joined = joined or Joined(cols.texts)
    tables: dict[int, Table] = {}
    body: list[int] | None = None
    for _, detect in DETECTORS:
        if body is None:  # the body lines the detectors before left
            body = list(compress(range(len(cols.texts)), map(eq, cols.kinds, repeat(K_BODY))))
        found = detect(cols, body, joined)
        if found:
            tables.update(found)
            body = None
    return tables
