"""Row reports (targets, units, diff tables) in table, JSON, YAML or CSV form.

A report is a list of flat dictionaries with the same keys; ``columns`` picks
and orders them.  CSV is UTF-8 with a header row, one row per item; lists are
joined with ``、``.  The table form needs rich and is only imported for it.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any, Sequence


def cell(value: Any) -> str:
    """A value as report text: lists joined with 、, decimals exact, None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(cell(v) for v in value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """CSV text with a header row.

    >>> print(to_csv([{"unit": "市科协", "n": 2}], ["unit", "n"]), end="")
    unit,n
    市科协,2
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
    return buf.getvalue()


#: Columns of short values, kept on one line; the others wrap to share the width.
SHORT_COLUMNS = frozenset(
    {"notice", "value", "value_max", "unit", "comparator", "year", "period", "baseline", "attribute", "kind", "page", "line", "role", "lead_from", "approx", "hedged", "cumulative"}
)


def to_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str | None = None, width: int | None = None) -> str:
    """A rich table rendered to text (for a terminal): the columns empty in
    every row are left out, and only the prose columns wrap."""
    from rich.console import Console
    from rich.table import Table

    if rows:
        columns = [c for c in columns if any(cell(row.get(c)) for row in rows)]
    table = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        if c in SHORT_COLUMNS:
            table.add_column(c, no_wrap=True, min_width=len(c))
        else:
            table.add_column(c, overflow="fold", min_width=8, ratio=2 if c == "text" else 1)
    for row in rows:
        table.add_row(*[cell(row.get(c)) for c in columns])
    import shutil

    # Rendered into a buffer, so rich cannot see the terminal: ask for its width.
    width = width or max(80, shutil.get_terminal_size((160, 24)).columns)
    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    console.print(table)
    return console.file.getvalue()


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, title: str | None = None) -> str:
    """``fmt`` is one of table, json, yaml, csv."""
    if fmt == "csv":
        return to_csv(rows, columns)
    if fmt == "table":
        return to_table(rows, columns, title)
    from ..output.serialize import to_json, to_yaml

    data = [{c: row.get(c) for c in columns} for row in rows]
    if fmt == "json":
        return to_json(data) + "\n"  # type: ignore[arg-type]
    if fmt == "yaml":
        return to_yaml(data)  # type: ignore[arg-type]
    raise ValueError(f"unknown report format {fmt!r}")
