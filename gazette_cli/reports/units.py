"""The index by unit behind ``gazette units``: unit → the clauses it carries.

In: parse outputs as plain data (:func:`gazette_cli.to_dict`, or a saved
output from :func:`gazette_cli.output.load.load_result`).  Out: flat rows for
:func:`gazette_cli.reports.render.render`, one per (unit, unit list) pair.

Guarantees: rows are grouped by unit, units in order of first appearance,
each unit's rows in document order (inputs in the order given); the same
inputs give the same rows.  ``role`` is ``lead`` (the list's lead: named 牵头,
or listed first where the document or the profile says the first leads),
``support`` (配合 and the like, or the others of a first-listed list),
``member``, or ``standing`` (named once, by a sentence before, for every list
from there on: 以下均需…落实，不再列出).  ``same_as`` is the other name of an
alias pair (``各区县政府`` ↔ ``各区县政府及代管镇、街道的功能区管理机构``) where
the notice defines one, so that asking for either name finds both.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: The report's columns, in order.
COLUMNS: tuple[str, ...] = ("unit", "same_as", "role", "source", "notice", "doc_number", "path", "title", "page", "line")

#: The column naming the input file.
SOURCE_COLUMN = "source"

#: The terminal table's columns by default, within 100 columns: the doc
#: number and line stay in the CSV/JSON.  Render them with
#: ``group_by=SOURCE_COLUMN`` so that each file's name is shown once, above its rows.
TABLE_COLUMNS: tuple[str, ...] = ("source", "unit", "same_as", "role", "notice", "path", "title", "page")


def _titles(clauses: list[dict[str, Any]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for c in clauses:
        out[c["path"]] = c["title"]
        out.update(_titles(c["children"]))
    return out


def _role(unit: str, item: dict[str, Any]) -> str:
    if unit in item["lead"]:
        return "lead"
    if unit in item["support"]:
        return "support"
    return "member"


def _same_as(unit: str, item: dict[str, Any]) -> str | None:
    for pair in (*item.get("aliases", ()), *item.get("resolved", ())):
        if unit == pair["alias"]:
            return pair["stands_for"]
        if unit == pair["stands_for"]:
            return pair["alias"]
    return None


def rows(results: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every (unit, list) pair of the parse outputs, grouped by unit.

    >>> from gazette_cli import parse_text, to_dict
    >>> data = to_dict(parse_text("实施方案\\n一、重点任务\\n（一）加强科普。（市委宣传部牵头，市科协配合）\\n"))
    >>> [(r["unit"], r["role"], r["path"], r["title"]) for r in rows([data])]
    [('市委宣传部', 'lead', '一/(一)', '加强科普'), ('市科协', 'support', '一/(一)', '加强科普')]
    """
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for data in results:
        for notice in data["notices"]:
            titles = _titles(notice["clauses"])  # the notice's clauses and its attachments', paths prefixed
            for item in notice["responsibilities"]:
                standing = item.get("standing", ())
                for unit in (*item["units"], *standing):
                    by_unit.setdefault(unit, []).append(
                        {
                            "unit": unit,
                            "same_as": _same_as(unit, item),
                            "role": "standing" if unit in standing else _role(unit, item),
                            "source": data["source"]["name"],
                            "notice": notice["index"],
                            "doc_number": notice["doc_number"],
                            "path": item["path"],
                            # a row of a task table stands at no clause: its task is its title
                            "title": (titles[item["path"]] if item["path"] in titles else item.get("text")) if item["path"] else None,
                            "page": item["span"]["page"],
                            "line": item["span"]["start_line"],
                        }
                    )
    return [row for unit_rows in by_unit.values() for row in unit_rows]


def select(all_rows: list[dict[str, Any]], unit: str) -> list[dict[str, Any]]:
    """The rows of one unit, asked for by its exact name or by its alias.

    Only the rows where the notice itself ties the two names (``same_as``)
    answer for the other name: ``各区县政府`` in a notice without the
    definition stays what it says.
    """
    return [r for r in all_rows if unit in (r["unit"], r["same_as"])]


def similar(all_rows: list[dict[str, Any]], unit: str, limit: int = 5) -> list[str]:
    """Unit names that contain ``unit`` or are contained in it (for a "did you mean")."""
    seen: list[str] = []
    for r in all_rows:
        name = r["unit"]
        if (unit in name or name in unit) and name not in seen:
            seen.append(name)
    return seen[:limit]
