"""Ruled tables of a PDF page: the drawn lines make a grid, the grid's cells take the characters.

In: a page's drawn lines (:func:`page_rules`) and its characters, in PDF space
(points, y up) as the page is shown (its /Rotate applied).
Out: :class:`RuledTable` values, top first: each row of the grid with the text
of its cells, and the indices of the characters the tables took (they are
read as cells, never as lines of the page).

How (:func:`ruled_tables`, one small step each):

* rules: stroked straight segments, and filled rectangles thinner than
  :data:`THIN` (how word processors draw a table's lines); curves and filled
  areas (a cell's shading, a line's white background) are not rules;
* grids: rules that touch each other, within :data:`TOLERANCE`; the x of the
  vertical rules and the y of the horizontal ones, with the group's outer box,
  are the columns and rows of the grid;
* cells: two neighbouring places of the grid are one cell when no rule
  separates them, so a cell set over several columns or rows is one cell;
* a grid is a table when it has two columns and two rows at least and two of
  its rows hold text: a box around a paragraph, a rule under a running header
  or a box cut in two are not tables;
* a cell's characters are read in lines, top to bottom, and the lines are
  joined (a cell that wraps, or text set vertically in it, is one cell); a
  cell set over several rows or columns holds its text in its first row and
  column, the places it covers besides are empty.
"""

from __future__ import annotations

import ctypes
import statistics
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import repeat

from .ffi import bare

#: A filled rectangle thinner than this (points) is a drawn line.
THIN = 3.0
#: Rules whose ends or positions are this close (points) meet or are one.
TOLERANCE = 2.5
#: A segment shorter than this (points) is no rule (a tick, a bullet's stroke).
MIN_RULE = 6.0

#: A box in PDF space: (x0, bottom, x1, top).
Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Rule:
    """A drawn straight line: horizontal at y = ``at`` from x ``start`` to ``end``, or vertical at x = ``at``."""

    horizontal: bool
    at: float
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class RuledRow:
    """One row of a ruled table: its cells (empty where a cell above or to the left covers it) and its box."""

    cells: tuple[str, ...]
    box: Box


@dataclass(frozen=True, slots=True)
class RuledTable:
    """A table drawn with rules: its box and its rows that hold text, top first."""

    box: Box
    rows: tuple[RuledRow, ...]


# --- rules ------------------------------------------------------------------------------------------------


def page_rules(raw, transform: Callable[[Box], Box]) -> list[Rule]:
    """The straight lines drawn on a page (PDFium's handle), in PDF space after ``transform`` (the page's rotation)."""
    import pypdfium2.raw as c

    rules: list[Rule] = []
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    # A page has hundreds of text objects and few paths: each object's type
    # asked with the bare functions (:mod:`.ffi`), mapped.
    get_object, get_type = _bare()
    n = c.FPDFPage_CountObjects(raw)
    objects = list(map(get_object, repeat(raw, n), range(n)))
    for obj, kind in zip(objects, map(get_type, objects)):
        if kind != c.FPDF_PAGEOBJ_PATH:
            continue
        if not c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        box = (left.value, bottom.value, right.value, top.value)
        c.FPDFPath_GetDrawMode(obj, fill, stroke)
        if box[2] - box[0] < THIN or box[3] - box[1] < THIN:
            segments: Iterable[Box] = (_centre_line(box),)  # a thin rectangle or a stroked line: its middle
        elif stroke.value:
            segments = _segments(obj)
        else:
            continue  # a filled area: shading, not a rule
        for seg in segments:
            rule = _rule(transform(seg))
            if rule is not None:
                rules.append(rule)
    return rules


@cache
def _bare():
    """FPDFPage_GetObject and FPDFPageObj_GetType, bare (:func:`.ffi.bare`)."""
    import pypdfium2.raw as c

    return bare(c.FPDFPage_GetObject, c.FPDF_PAGEOBJECT), bare(c.FPDFPageObj_GetType, ctypes.c_int)


def _centre_line(box: Box) -> Box:
    x0, y0, x1, y1 = box
    if x1 - x0 < y1 - y0:
        x = (x0 + x1) / 2
        return (x, y0, x, y1)
    y = (y0 + y1) / 2
    return (x0, y, x1, y)


def _segments(obj) -> list[Box]:
    """The straight segments of a stroked path (none if it has a curve), in page space."""
    import pypdfium2.raw as c

    m = c.FS_MATRIX()
    if not c.FPDFPageObj_GetMatrix(obj, m):
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    out: list[Box] = []
    start = last = None
    for k in range(c.FPDFPath_CountSegments(obj)):
        seg = c.FPDFPath_GetPathSegment(obj, k)
        kind = c.FPDFPathSegment_GetType(seg)
        if kind == c.FPDF_SEGMENT_BEZIERTO:
            return []
        c.FPDFPathSegment_GetPoint(seg, x, y)
        point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
        if kind == c.FPDF_SEGMENT_MOVETO or last is None:
            start = point
        else:
            out.append((*last, *point))
        last = point
        if c.FPDFPathSegment_GetClose(seg) and start is not None and start != point:
            out.append((*point, *start))
            last = start
    return out


def _rule(seg: Box) -> Rule | None:
    """A segment (x0, y0, x1, y1) as a horizontal or vertical rule, or None (slanted, or too short)."""
    x0, y0, x1, y1 = seg
    if abs(y1 - y0) <= 1.0 and abs(x1 - x0) >= MIN_RULE:
        return Rule(True, (y0 + y1) / 2, min(x0, x1), max(x0, x1))
    if abs(x1 - x0) <= 1.0 and abs(y1 - y0) >= MIN_RULE:
        return Rule(False, (x0 + x1) / 2, min(y0, y1), max(y0, y1))
    return None


# --- grids ------------------------------------------------------------------------------------------------


def _touch(h: Rule, v: Rule) -> bool:
    return h.start - TOLERANCE <= v.at <= h.end + TOLERANCE and v.start - TOLERANCE <= h.at <= v.end + TOLERANCE


def _groups(rules: list[Rule]) -> list[list[Rule]]:
    """The rules that touch each other, directly or through others (a rule alone is a group of one)."""
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, r in enumerate(rules) if r.horizontal]
    vs = [i for i, r in enumerate(rules) if not r.horizontal]
    for i in hs:
        for j in vs:
            if _touch(rules[i], rules[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Rule]] = {}
    for i, r in enumerate(rules):
        groups.setdefault(find(i), []).append(r)
    return list(groups.values())


def _positions(values: Iterable[float]) -> list[float]:
    """Positions closer than :data:`TOLERANCE` made one (their mean), ascending."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= TOLERANCE:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


@dataclass(frozen=True, slots=True)
class _Grid:
    xs: list[float]  # column edges, ascending
    ys: list[float]  # row edges, ascending (PDF space: the last is the top)
    cell_of: list[list[int]]  # [row from the bottom][column] → the cell it belongs to
    cells: list[tuple[int, int, int, int]]  # each cell: (first row from the top, first column, last row, last column)


def _grid(rules: list[Rule]) -> _Grid | None:
    """The grid of a group of rules with its cells, or None if it has not two columns and two rows."""
    hs = [r for r in rules if r.horizontal]
    vs = [r for r in rules if not r.horizontal]
    if not hs or not vs:
        return None
    x0 = min(min(r.start for r in hs), min(r.at for r in vs))
    x1 = max(max(r.end for r in hs), max(r.at for r in vs))
    y0 = min(min(r.start for r in vs), min(r.at for r in hs))
    y1 = max(max(r.end for r in vs), max(r.at for r in hs))
    xs = _positions([x0, x1, *(r.at for r in vs)])
    ys = _positions([y0, y1, *(r.at for r in hs)])
    cols, rows = len(xs) - 1, len(ys) - 1
    if cols < 2 or rows < 2:
        return None

    def ruled(lines: list[Rule], at: float, across: float) -> bool:
        return any(abs(r.at - at) <= TOLERANCE and r.start - TOLERANCE <= across <= r.end + TOLERANCE for r in lines)

    parent = list(range(rows * cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(rows):
        mid_y = (ys[r] + ys[r + 1]) / 2
        for c in range(cols):
            if c + 1 < cols and not ruled(vs, xs[c + 1], mid_y):
                parent[find(r * cols + c)] = find(r * cols + c + 1)
            if r + 1 < rows and not ruled(hs, ys[r + 1], (xs[c] + xs[c + 1]) / 2):
                parent[find(r * cols + c)] = find((r + 1) * cols + c)
    index: dict[int, int] = {}
    cells: list[list[int]] = []  # top row, first column, bottom row, last column (rows counted from the top)
    cell_of = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        top_row = rows - 1 - r
        for c in range(cols):
            root = find(r * cols + c)
            if root not in index:
                index[root] = len(cells)
                cells.append([top_row, c, top_row, c])
            k = index[root]
            cell_of[r][c] = k
            box = cells[k]
            box[0], box[1], box[2], box[3] = min(box[0], top_row), min(box[1], c), max(box[2], top_row), max(box[3], c)
    return _Grid(xs, ys, cell_of, [tuple(b) for b in cells])  # type: ignore[misc]


# --- cells ------------------------------------------------------------------------------------------------


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def cell_text(chars: list[tuple[str, Box]]) -> str:
    """The text of a cell's characters: read in lines top to bottom, each left
    to right, the lines joined; a space only between two Latin letters or
    digits set apart by more than half a character's height.

    A character belongs to the line its box overlaps (a full stop sits low,
    a quotation mark high; a character set vertically overlaps none of the one above).

    >>> cell_text([("维", (0, 0, 10, 10)), ("持", (10, 0, 20, 10)), ("结", (0, 12, 10, 22)), ("果", (10, 12, 20, 22))])
    '结果维持'
    """
    printed = [(ch, box) for ch, box in chars if not ch.isspace() and ch not in "\x00\ufffd" and box[3] > box[1]]
    if not printed:
        return ""
    height = statistics.median(b[3] - b[1] for _, b in printed)
    printed.sort(key=lambda cb: -cb[1][3])  # highest top first
    lines: list[list[tuple[str, Box]]] = []
    bottom = 0.0  # the current line's
    for ch, box in printed:
        if not lines or box[3] <= bottom + 0.1 * height:
            lines.append([])
            bottom = box[1]
        else:
            bottom = min(bottom, box[1])
        lines[-1].append((ch, box))
    out = ""
    for line in lines:
        line.sort(key=lambda cb: cb[1][0])
        prev_x1 = None
        for ch, box in line:
            if out and _is_latin(out[-1]) and _is_latin(ch) and (prev_x1 is None or box[0] - prev_x1 > 0.5 * height):
                out += " "
            out += ch
            prev_x1 = box[2]
    return out


def ruled_tables(rules: list[Rule], text: str, boxes: list[Box]) -> tuple[list[RuledTable], set[int]]:
    """The ruled tables of a page (see the module's documentation) and the indices of the characters they took."""
    tables: list[RuledTable] = []
    taken: set[int] = set()
    if len(rules) < 4:
        return tables, taken
    for group in _groups(rules):
        if len(group) < 4:
            continue
        grid = _grid(group)
        if grid is None:
            continue
        xs, ys = grid.xs, grid.ys
        chars: list[list[tuple[str, Box]]] = [[] for _ in grid.cells]
        mine: list[int] = []
        for i, (ch, box) in enumerate(zip(text, boxes)):
            if ch in "\r\n":  # line ends PDFium generates
                continue
            cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            if not (xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1]):
                continue
            col = min(bisect_right(xs, cx) - 1, len(xs) - 2)
            row = min(bisect_right(ys, cy) - 1, len(ys) - 2)
            chars[grid.cell_of[row][col]].append((ch, box))
            mine.append(i)
        texts = [cell_text(cs) for cs in chars]
        rows_n, cols_n = len(ys) - 1, len(xs) - 1
        out_rows: list[RuledRow] = []
        for top_row in range(rows_n):
            cells = [""] * cols_n
            for k, (r0, c0, _, _) in enumerate(grid.cells):
                if r0 == top_row:
                    cells[c0] = texts[k]
            if any(cells):
                r = rows_n - 1 - top_row  # from the bottom
                out_rows.append(RuledRow(tuple(cells), (xs[0], ys[r], xs[-1], ys[r + 1])))
        if len(out_rows) < 2 or sum(1 for t in texts if t) < 3:
            continue  # a box or two around text: not a table
        tables.append(RuledTable((xs[0], ys[0], xs[-1], ys[-1]), tuple(out_rows)))
        taken.update(mine)
    tables.sort(key=lambda t: -t.box[3])
    return tables, taken
