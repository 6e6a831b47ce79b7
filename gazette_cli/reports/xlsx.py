"""Reports as an Excel workbook (.xlsx), one sheet per report, with openpyxl.

A sheet is ``(name, rows, columns)``: the rows and columns of a report
(:func:`gazette_cli.reports.targets.report_rows`, :func:`gazette_cli.reports.units.rows`
with :data:`~gazette_cli.reports.units.COLUMNS`, :func:`diff_sheets` for a diff).
Each sheet has a bold header row with an autofilter, panes frozen below the
header and columns as wide as their content (within limits).

Cells: text as text (Chinese intact; a value starting with ``=`` stays text,
never a formula), lists joined with ``、``, numbers as numbers, booleans as
booleans, None empty; a text longer than Excel keeps in a cell
(:data:`CELL_MAX`) is cut and ends in ``…``.  Excel keeps binary floats: a ``Decimal`` is written as
an int when integral, else as the nearest float (``18.5``, ``0.8``), so the
exact value stays in the CSV and JSON forms.

openpyxl is imported by :func:`write_workbook` only, so that the other
commands do not pay for it.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence

import regex

from .render import cell

Sheet = tuple[str, Sequence[dict[str, Any]], Sequence[str]]

#: What Excel refuses in a sheet name; and its length limit.
_SHEET_NAME = regex.compile(r"[\[\]:*?/\\]")
_SHEET_NAME_MAX = 31
#: Characters an XML 1.0 document cannot hold (C0 controls but TAB, LF and CR).
_ILLEGAL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_WIDTH, _MIN_WIDTH = 60, 6
#: The most characters Excel keeps in a cell.
CELL_MAX = 32767


def value(v: Any) -> Any:
    """A report value as a spreadsheet cell value.

    >>> value(Decimal("18.5")), value(Decimal("2000000")), value(Decimal("1E+1")), value(["市科协", "市教育局"]), value(None)
    (18.5, 2000000, 10, '市科协、市教育局', None)
    """
    if v is None or isinstance(v, (bool, int, float)):
        return v
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    text = _ILLEGAL.sub("", cell(v))
    return text if len(text) <= CELL_MAX else text[: CELL_MAX - 1] + "…"


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _sheet_title(name: str, taken: set[str]) -> str:
    base = _SHEET_NAME.sub("_", name).strip("'") or "sheet"
    title, n = base[:_SHEET_NAME_MAX], 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[: _SHEET_NAME_MAX - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _fill(ws: Any, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws.append(list(columns))
    for c in ws[1]:
        c.font = Font(bold=True)
    widths = [_width(c) for c in columns]
    for row in rows:
        values = [value(row.get(c)) for c in columns]
        ws.append(values)
        for k, v in enumerate(values):
            if isinstance(v, str):
                widths[k] = max(widths[k], max((_width(line) for line in v.split("\n")), default=0))
    for cells in ws.iter_rows(min_row=2):
        for c in cells:
            if isinstance(c.value, str):
                c.data_type = "s"  # text, even where it starts with "=": never a formula
                if "\n" in c.value:
                    c.alignment = Alignment(wrap_text=True, vertical="top")
    for k, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(k)].width = min(_MAX_WIDTH, max(_MIN_WIDTH, w + 2))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(columns)))}{len(rows) + 1}"


def to_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The workbook of ``sheets`` as the bytes of an .xlsx file (see :func:`write_workbook`)."""
    from openpyxl import Workbook

    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    for name, rows, columns in sheets:
        _fill(wb.create_sheet(_sheet_title(name, taken)), rows, columns)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_workbook(path: str | Path, sheets: Sequence[Sheet], *, overwrite: bool = False) -> None:
    """Write ``sheets`` (``(name, rows, columns)`` each, one sheet per report)
    to the .xlsx file ``path``, atomically: the file is written next to it
    and renamed into place, so ``path`` is never seen half-written.

    Without ``overwrite`` an existing file is left alone and
    :class:`~gazette_cli.errors.OutputError` is raised.  Sheet names are made
    acceptable to Excel (31 characters, no ``[]:*?/\\``, unique).  Numbers
    are Excel's floats: the exact values stay in the CSV/JSON forms.
    """
    from ..cli.batch import write_atomic

    write_atomic(Path(path), to_bytes(sheets), overwrite=overwrite)


def diff_sheets(result: dict[str, Any]) -> list[Sheet]:
    """The sheets of a diff (the dict of :func:`gazette_cli.diff.core.diff`):
    one per kind of change the diff compared (``notices``, ``clauses``,
    ``targets``, …, in :data:`~gazette_cli.diff.core.KINDS` order), each with
    the rows of :func:`gazette_cli.diff.flat.to_rows` of that kind; a kind
    without changes has its header row only."""
    from ..diff.core import KINDS
    from ..diff.flat import to_rows

    rows, columns = to_rows(result)
    return [(kind, [r for r in rows if r["kind"] == kind], columns) for kind in KINDS if kind in result]
