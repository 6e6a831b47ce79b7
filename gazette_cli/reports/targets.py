"""Rows of the ``gazette targets`` report, from parse results.

Input: parse results as plain data (``output.to_dict`` or a saved, validated
JSON/YAML output from :func:`gazette_cli.output.load.load_result`).  Output: one flat
row per target, keys :data:`COLUMNS`, ready for :func:`gazette_cli.reports.render.render`.
Numbers are exact: a saved output read back as floats is turned into the
decimal literal it was written as (``18.5``, never ``18.499999``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterable

#: The report's columns, in order.
COLUMNS: tuple[str, ...] = (
    "notice",
    "doc_number",
    "path",
    "metric",
    "value",
    "value_max",
    "unit",
    "comparator",
    "year",
    "period",
    "baseline",
    "baseline_year",
    "attribute",
    "kind",
    "approx",
    "hedged",
    "cumulative",
    "source",
    "page",
    "line",
    "text",
)

#: The terminal table's columns by default: what a target is, in 100 columns
#: (``metric`` wraps; the text, flags and line stay in the CSV/JSON, or ask for
#: them with :func:`gazette_cli.reports.render.choose_columns`).
TABLE_COLUMNS: tuple[str, ...] = ("notice", "path", "metric", "comparator", "value", "value_max", "unit", "year", "page")

#: Added first when a report covers several inputs.
FILE_COLUMN = "file"


def exact(value: Any) -> Any:
    """A float read back from JSON/YAML as the decimal it was written as.

    >>> exact(18.5), exact(16), exact(None)
    (Decimal('18.5'), 16, None)
    """
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


def rows(result: dict[str, Any], file: str | None = None) -> list[dict[str, Any]]:
    """One row per target of every notice of one parse result."""
    out: list[dict[str, Any]] = []
    for notice in result.get("notices", []):
        for t in notice.get("targets", []):
            span = t.get("span") or {}
            row = {
                "notice": notice.get("index"),
                "doc_number": notice.get("doc_number"),
                "path": t.get("path"),
                "metric": t.get("metric"),
                "value": exact(t.get("value")),
                "value_max": exact(t.get("value_max")),
                "unit": t.get("unit"),
                "comparator": t.get("comparator"),
                "year": t.get("year"),
                "period": t.get("period"),
                "baseline": exact(t.get("baseline")),
                "baseline_year": t.get("baseline_year"),
                "attribute": t.get("attribute"),
                "kind": t.get("kind"),
                "approx": t.get("approx"),
                "hedged": t.get("hedged"),
                "cumulative": t.get("cumulative"),
                "source": t.get("source"),
                "page": span.get("page"),
                "line": span.get("start_line"),
                "text": t.get("text"),
            }
            if file is not None:
                row = {FILE_COLUMN: file, **row}
            out.append(row)
    return out


def report_rows(
    results: Iterable[tuple[str, dict[str, Any]]], table: bool = False
) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """Rows and columns for ``(name, result)`` inputs; a ``file`` column only when there are several,
    and the narrower :data:`TABLE_COLUMNS` for a terminal table (render it with
    ``group_by=FILE_COLUMN`` to show each file's name once)."""
    results = list(results)
    several = len(results) > 1
    all_rows = [r for name, result in results for r in rows(result, name if several else None)]
    columns = ((FILE_COLUMN,) if several else ()) + (TABLE_COLUMNS if table else COLUMNS)
    return all_rows, columns
