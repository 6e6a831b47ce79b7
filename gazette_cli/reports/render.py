"""Row reports (targets, units, diff rows) in table, JSON, JSON Lines, YAML or CSV form.

A report is a list of flat dictionaries with the same keys; ``columns`` picks
and orders them (:func:`choose_columns` reads a user's comma list of them).
CSV is UTF-8 with a header row, one row per item; lists are joined with
``、``.  The table form needs rich and is only imported for it; it leaves out
the columns empty in every row, can show a grouping column once per group
(``group_by``) and can colour its cells (``color``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Sequence

from ..errors import InputError

#: The formats :func:`render` writes.
FORMATS: tuple[str, ...] = ("table", "csv", "json", "jsonl", "yaml")


def cell(value: Any) -> str:
    """A value as report text: lists joined with 、, decimals exact, None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(cell(v) for v in value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def choose_columns(spec: str, available: Sequence[str]) -> tuple[str, ...]:
    """The columns a user named in a comma list (``--columns unit,path``), in
    the order given, each once; ``all`` stands for every available column.

    >>> choose_columns("path, unit,path", ("unit", "role", "path"))
    ('path', 'unit')
    >>> choose_columns("all", ("unit", "path"))
    ('unit', 'path')
    >>> choose_columns("unit,titel", ("unit", "title"))
    Traceback (most recent call last):
    gazette_cli.errors.InputError: unknown column titel; the columns are: unit, title
    """
    names = [n.strip() for n in spec.split(",") if n.strip()]
    if names == ["all"]:
        return tuple(available)
    unknown = [n for n in names if n not in available]
    if unknown or not names:
        what = f"unknown column{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}" if unknown else "no column named"
        raise InputError(f"{what}; the columns are: {', '.join(available)}")
    return tuple(dict.fromkeys(names))


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str], bom: bool = False) -> str:
    """CSV text with a header row; with ``bom`` it starts with U+FEFF, which
    Excel needs to read a CSV file as UTF-8.

    >>> print(to_csv([{"unit": "市科协", "n": 2}], ["unit", "n"]), end="")
    unit,n
    市科协,2
    >>> to_csv([], ["unit"], bom=True)
    '\\ufeffunit\\n'
    """
    buf = io.StringIO()
    if bom:
        buf.write("\ufeff")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
    return buf.getvalue()


def to_jsonl(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """One JSON object per row and line (JSON Lines), keys in ``columns`` order.

    Decimals are written as exact number literals (``18.5``, as in the JSON
    form); ``jq`` and pandas read the lines as they are.

    >>> print(to_jsonl([{"unit": "市科协", "value": Decimal("18.5")}], ["unit", "value"]), end="")
    {"unit": "市科协", "value": 18.5}
    """
    from ..output.serialize import to_json

    return "".join(to_json({c: row.get(c) for c in columns}, indent=None) + "\n" for row in rows)  # type: ignore[arg-type]


#: Columns of short values, kept on one line up to :data:`SHORT_MAX` cells;
#: the others wrap to share the width, unless all their values fit in 12 cells.
SHORT_COLUMNS = frozenset(
    {"notice", "doc_number", "path", "value", "value_max", "unit", "comparator", "year", "period", "baseline", "baseline_year", "attribute", "kind", "page", "line", "role", "lead_from", "approx", "hedged", "cumulative",
     "change", "old_page", "new_page", "old_line", "new_line"}
)

SHORT_MAX = 24

#: The share of the width the prose columns take (the others: 1).
PROSE_RATIO: Mapping[str, int] = {"text": 3, "old": 3, "new": 3, "title": 3, "metric": 2, "detail": 2}

#: The style of a column's cells in a coloured table: responsible units and the numbers a target commits to.
COLUMN_STYLES: Mapping[str, str] = {
    "unit": "cyan",
    "same_as": "cyan",
    "value": "bold yellow",
    "value_max": "bold yellow",
    "baseline": "yellow",
    "old": "red",
    "new": "green",
}


def _grouped(rows: Sequence[dict[str, Any]], key: str) -> list[list[dict[str, Any]]]:
    """The rows in groups of the same ``key`` value, groups in order of first appearance, rows in order within each."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(cell(row.get(key)), []).append(row)
    return list(groups.values())


def share_widths(natural: Sequence[int], ratio: Sequence[int], space: int, least: int = 8) -> list[int]:
    """Widths for wrapping columns that need ``natural`` cells in ``space``
    cells: each gets what it needs when all fit; otherwise the space is shared
    by ``ratio``, a column that needs less than its share keeps what it needs
    and leaves the rest to the others, and none gets less than ``least`` (or
    what it needs, if less).

    >>> share_widths([10, 40], [1, 3], 100), share_widths([10, 80], [1, 3], 60), share_widths([50, 80], [1, 3], 60)
    ([10, 40], [10, 50], [15, 45])
    """
    widths = [0] * len(natural)
    open_ = [k for k in range(len(natural))]
    while open_:
        total = sum(ratio[k] for k in open_)
        left = space - sum(widths)
        fits = [k for k in open_ if natural[k] <= left * ratio[k] // total]
        if not fits:
            for k in open_:
                widths[k] = max(min(least, natural[k]), left * ratio[k] // total)
            break
        for k in fits:
            widths[k] = natural[k]
            open_.remove(k)
    return widths


def _prose_widths(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int) -> dict[str, int]:
    """The widths of the wrapping columns of a table ``width`` cells wide (see :func:`share_widths`)."""
    from rich.cells import cell_len

    def need(c: str) -> int:
        return max([len(c), *(cell_len(line) for row in rows for line in cell(row.get(c)).split("\n"))])

    natural = {c: need(c) for c in columns}
    prose = [c for c in columns if natural[c] > (SHORT_MAX if c in SHORT_COLUMNS else 12)]
    # A column costs its width and two cells: a space of padding and one of the rule between columns.
    space = width - 1 - 2 * len(columns) - sum(natural[c] for c in columns if c not in prose)
    return dict(zip(prose, share_widths([natural[c] for c in prose], [PROSE_RATIO.get(c, 1) for c in prose], space)))


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str | None, color: bool, widths: Mapping[str, int]):
    from rich import box
    from rich.table import Table

    table = Table(title=title, title_justify="left", header_style="bold", box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), pad_edge=False,
                  show_edge=False)
    for c in columns:
        style = COLUMN_STYLES.get(c) if color else None
        if c in widths:
            table.add_column(c, overflow="fold", width=widths[c], style=style)
        else:
            table.add_column(c, no_wrap=True, min_width=len(c), style=style)
    for row in rows:
        table.add_row(*[cell(row.get(c)) for c in columns])
    return table


def to_table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    title: str | None = None,
    width: int | None = None,
    *,
    color: bool = False,
    group_by: str | None = None,
) -> str:
    """A rich table rendered to text (for a terminal): the columns empty in
    every row are left out, and only the prose columns wrap.

    ``group_by`` names a column (``source``, ``file``): the rows of each of
    its values (in order of first appearance, rows in order within) become a
    table of their own under that value, written once, and the column is left
    out of the tables.  ``color`` renders ANSI styles: the header bold, the
    cells of :data:`COLUMN_STYLES` coloured; without it the text is plain.
    """
    from rich.console import Console

    if rows:
        columns = [c for c in columns if any(cell(row.get(c)) for row in rows)]
    import shutil

    # Rendered into a buffer, so rich cannot see the terminal: ask for its width.
    width = width or max(80, shutil.get_terminal_size((160, 24)).columns)
    if group_by in columns:
        shown = [c for c in columns if c != group_by]
        groups = _grouped(rows, group_by)
        widths = _prose_widths(rows, shown, width)
        tables = [_table(group, shown, f"{group_by}: {cell(group[0].get(group_by))}", color, widths) for group in groups]
    else:
        tables = [_table(rows, columns, None, color, _prose_widths(rows, columns, width))]
    console = Console(file=io.StringIO(), width=width, force_terminal=color, color_system="standard" if color else None, highlight=False)
    if title:
        console.print(title, style="bold" if color else None, markup=False)
    for k, table in enumerate(tables):
        if k:
            console.print()
        console.print(table)
    # rich pads every line to the table's width: no trailing blanks in a terminal's copy and paste.
    return "".join(line.rstrip(" ") + "\n" for line in console.file.getvalue().splitlines())  # type: ignore[attr-defined]


def render(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    title: str | None = None,
    *,
    color: bool = False,
    width: int | None = None,
    group_by: str | None = None,
    bom: bool = False,
) -> str:
    """``rows`` in format ``fmt``, one of :data:`FORMATS`.

    ``color``, ``width`` and ``group_by`` serve the table only (see
    :func:`to_table`); ``bom`` the CSV only (see :func:`to_csv`).  The machine
    formats (csv, json, jsonl, yaml) keep every column on every row.
    """
    if fmt == "csv":
        return to_csv(rows, columns, bom=bom)
    if fmt == "table":
        return to_table(rows, columns, title, width, color=color, group_by=group_by)
    if fmt == "jsonl":
        return to_jsonl(rows, columns)
    from ..output.serialize import to_json, to_yaml

    data = [{c: row.get(c) for c in columns} for row in rows]
    if fmt == "json":
        return to_json(data) + "\n"  # type: ignore[arg-type]
    if fmt == "yaml":
        return to_yaml(data)  # type: ignore[arg-type]
    raise ValueError(f"unknown report format {fmt!r}")
