"""A diff as flat rows (for CSV, JSON Lines, a spreadsheet) and as a short
summary for pipes, one change a line.

Input is the dict of :func:`gazette_cli.diff.core.diff`.  :func:`to_rows`
gives one row per change with the keys :data:`COLUMNS`, ready for
:func:`gazette_cli.reports.render.render` (``csv``, ``jsonl``, ``json``,
``yaml``, ``table``) and :func:`gazette_cli.reports.xlsx.diff_sheets`.

Rows come in :data:`~gazette_cli.diff.core.KINDS` order, category by category
(:data:`~gazette_cli.diff.core.CATEGORIES`), items in the diff's order; the
``renumbered_runs`` summaries are left out, as each renumbered clause has its
own row.  Identical inputs give no row.
"""

from __future__ import annotations

from typing import Any

from .core import CATEGORIES, KINDS, SUMMARIES
from .report import DESCRIBE, what
from .views import in_order, summary_lines

#: The columns of a row, in order.  ``kind`` is a kind of change (``clauses``,
#: ``targets``, …), ``change`` its category (``added``, ``removed``,
#: ``changed``, ``renumbered``, ``renamed``, ``merged``, ``split``, ``moved``,
#: ``replaced``); ``old``/``new`` what stood and stands there (a clause's whole
#: text, a target as ``metric: >=18.5% (2025年)``, a number as printed);
#: ``detail`` what changed in it; pages and lines where the diff knows them.
COLUMNS: tuple[str, ...] = (
    "kind", "change", "notice", "old_path", "new_path", "old", "new", "detail", "old_page", "new_page", "old_line", "new_line",
)

#: The terminal table's columns by default.
TABLE_COLUMNS: tuple[str, ...] = ("kind", "change", "old_path", "new_path", "old", "new", "detail")


def _runs(item: dict[str, Any]) -> str:
    """The changed words of a changed clause: ``3天 → 4天; +除夕、; −、初二、``."""
    old, new = item["old"]["text"], item["new"]["text"]
    parts = []
    for r in item.get("runs") or ():
        o = old[r["old"]["start"]:r["old"]["end"]] if r.get("old") else ""
        n = new[r["new"]["start"]:r["new"]["end"]] if r.get("new") else ""
        parts.append(f"{o} → {n}" if o and n else f"+{n}" if n else f"−{o}")
    return "; ".join(parts)


def _paths(records: list[dict[str, Any]]) -> str:
    return "、".join(r["path"] for r in in_order(records))


def _texts(records: list[dict[str, Any]]) -> str:
    return "\n".join(r.get("text") or "" for r in in_order(records))


def _clause_sides(category: str, item: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """old path, new path, old, new, detail of a clause change."""
    old, new = item.get("old") or {}, item.get("new") or {}
    if category == "merged":
        return _paths([old, *item["with"]]), new["path"], _texts([old, *item["with"]]), new.get("text") or "", ""
    if category == "split":
        return old["path"], _paths([new, *item["with"]]), old.get("text") or "", _texts([new, *item["with"]]), ""
    if category in ("added", "removed"):
        text = item.get("text") or (new or old).get("text") or ""
        return old.get("path", ""), new.get("path", ""), text if old else "", text if new else "", ""
    if category == "changed":
        return old["path"], new["path"], old.get("text") or "", new.get("text") or "", _runs(item)
    return old["path"], new["path"], old.get("title") or "", new.get("title") or "", ""  # renamed, renumbered


def _sides(kind: str, category: str, item: dict[str, Any]) -> tuple[str, str, str, str, str]:
    if kind == "clauses":
        return _clause_sides(category, item)
    old, new = item.get("old"), item.get("new")
    if kind == "terms":
        return "", "", old["text"], new["text"], f"×{item['count']}"
    if kind == "numbers":
        return old.get("path") or "", new.get("path") or "", old.get("text") or "", new.get("text") or "", new.get("context") or ""
    describe = DESCRIBE[kind]
    return ((old or {}).get("path") or "", (new or {}).get("path") or "",
            describe(old) if old else "", describe(new) if new else "", what(kind, item))


def _where(record: Any, key: str) -> int | None:
    span = (record or {}).get("span") if isinstance(record, dict) else None
    return (span or {}).get(key)


def to_rows(result: dict[str, Any]) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """One flat row per change of the diff, and the columns (:data:`COLUMNS`).

    >>> from gazette_cli import parse_text, to_dict
    >>> from gazette_cli.diff.core import diff
    >>> old = to_dict(parse_text("实施方案\\n一、目标\\n到2025年建成10个基地。\\n"))
    >>> new = to_dict(parse_text("实施方案\\n一、目标\\n到2025年建成12个基地。\\n"))
    >>> rows, columns = to_rows(diff(old, new))
    >>> [(r["kind"], r["change"], r["new_path"], r["old"], r["new"]) for r in rows]  # doctest: +NORMALIZE_WHITESPACE
    [('clauses', 'changed', '一', '目标\\n到2025年建成10个基地。', '目标\\n到2025年建成12个基地。'),
     ('targets', 'changed', '一', '基地: 10个 (2025年)', '基地: 12个 (2025年)'),
     ('numbers', 'changed', '一', '10个', '12个')]
    """
    rows: list[dict[str, Any]] = []
    for kind in KINDS:
        if kind not in result:
            continue
        for category in CATEGORIES[kind]:
            if (kind, category) in SUMMARIES:
                continue
            for item in result[kind][category]:
                old_path, new_path, old, new, detail = _sides(kind, category, item)
                rows.append({
                    "kind": kind, "change": category, "notice": item.get("notice"),
                    "old_path": old_path, "new_path": new_path, "old": old, "new": new, "detail": detail,
                    "old_page": _where(item.get("old"), "page"), "new_page": _where(item.get("new"), "page"),
                    "old_line": _where(item.get("old"), "start_line"), "new_line": _where(item.get("new"), "start_line"),
                })
    return rows, COLUMNS


def _brief(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _what(row: dict[str, Any]) -> str:
    """A row's change in a few words: ``+new``, ``−old``, the changed words or fields, or ``old → new``."""
    if row["change"] == "added":
        return "+" + _brief(row["new"])
    if row["change"] == "removed":
        return "−" + _brief(row["old"])
    if row["kind"] == "terms":
        return f"{row['old']} → {row['new']} {row['detail']}"
    if row["detail"] and row["kind"] != "numbers":
        return row["detail"]
    if row["old"] == row["new"]:
        return _brief(row["new"])
    return f"{_brief(row['old'])} → {_brief(row['new'])}"


def to_summary(result: dict[str, Any]) -> str:
    """The diff as short text lines for a pipe: the count (the first line of
    :func:`~gazette_cli.diff.views.summary_lines`), then one line per change,
    ``kind change path: what``, at most 120 characters of what; several
    notices put the notice first.  An empty string when nothing differs.

    ``clauses changed 第二条/(二): 3天 → 4天; +除夕、; 、初二、 → 至``
    """
    rows, _ = to_rows(result)
    if not rows:
        return ""
    several = len({r["notice"] for r in rows}) > 1
    lines = [summary_lines(result)[0]]
    for r in rows:
        where = r["new_path"] or r["old_path"]
        if r["old_path"] and r["new_path"] and r["old_path"] != r["new_path"]:
            where = f"{r['old_path']} → {r['new_path']}"
        head = f"{r['notice']}: " if several and r["notice"] else ""
        lines.append(f"{head}{r['kind']} {r['change']}" + (f" {where}" if where else "") + f": {_brief(_what(r), 120)}")
    return "\n".join(lines) + "\n"
