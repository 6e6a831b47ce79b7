"""The terminal form of a diff: a summary (counts, renumbering, numbers
changed, terms replaced), the changed words of each clause (in colour on a
terminal, ``[-deleted-]{+inserted+}`` elsewhere), then one table per other
kind of change, old → new side by side, with the clause path and page in both
versions.

Input is the dict of :func:`gazette_cli.diff.core.diff`; output is plain text
(rich renders the tables, imported only here, through :mod:`gazette_cli.reports.render`).
"""

from __future__ import annotations

from typing import Any, Callable

from .core import CATEGORIES, KINDS
from .views import marked, summary_lines
from ..reports.render import cell, to_table

COLUMNS = ("notice", "change", "old path", "old page", "old", "new path", "new page", "new", "what")


def _page(record: dict[str, Any] | None) -> str:
    span = (record or {}).get("span") or {}
    page, end = span.get("page"), span.get("end_page")
    if page is None:
        return ""
    return f"{page}" if end in (None, page) else f"{page}-{end}"


def _target(t: dict[str, Any]) -> str:
    value = cell(t.get("value"))
    if t.get("value_max") is not None:
        value += "—" + cell(t.get("value_max"))
    comparator = t.get("comparator") or ""
    prefix = "" if comparator in ("=", "range") else comparator
    year = f" ({t['year']}年)" if t.get("year") else ""
    return f"{t.get('metric') or ''}: {prefix}{value}{t.get('unit') or ''}{year}"


def _validity(v: dict[str, Any]) -> str:
    return f"{v.get('effective_from') or '?'} — {v.get('effective_until') or '?'}"


def _number(n: dict[str, Any]) -> str:
    return n.get("text") or ""


#: How a record of each kind is shown in one line: a target as ``metric: >=18.5% (2025年)``, a list of units joined with 、.
DESCRIBE: dict[str, Callable[[dict[str, Any]], str]] = {
    "notices": lambda n: n.get("title") or n.get("doc_number") or "",
    "clauses": lambda c: c.get("title") or "",
    "targets": _target,
    "responsibilities": lambda r: "、".join(r.get("units") or ()),
    "amounts": lambda a: "、".join(cell(v) for v in a.get("values_yuan") or ()) + " 元",
    "validity": _validity,
    "numbers": _number,
    "terms": lambda t: t.get("text") or "",
}

# Shown in the summary and the changed words, not again as table rows.
_IN_TEXT = {("clauses", "changed"), ("clauses", "renumbered_runs"), ("numbers", "changed"), ("terms", "replaced")}


def what(kind: str, item: dict[str, Any]) -> str:
    """What changed in an item: ``field: old → new`` for each field, units ``+added`` and ``−removed``."""
    if kind == "responsibilities":
        parts = [f"+{u}" for u in item.get("units_added") or ()] + [f"−{u}" for u in item.get("units_removed") or ()]
        if item.get("lead"):
            parts.append(f"牵头 {'、'.join(item['lead']['old'])} → {'、'.join(item['lead']['new'])}")
        return "; ".join(parts)
    return ", ".join(f"{f}: {cell(c['old'])} → {cell(c['new'])}" for f, c in (item.get("changes") or {}).items())


def rows(result: dict[str, Any], kind: str) -> list[dict[str, str]]:
    """The table rows of one kind of change, category by category."""
    describe = DESCRIBE[kind]
    out = []
    for category in CATEGORIES[kind]:
        if (kind, category) in _IN_TEXT:
            continue
        for item in result[kind][category]:
            old, new = item.get("old"), item.get("new")
            out.append(
                {
                    "notice": item.get("notice"),
                    "change": category,
                    "old path": (old or {}).get("path") or "",
                    "old page": _page(old),
                    "old": describe(old) if old else "",
                    "new path": (new or {}).get("path") or "",
                    "new page": _page(new),
                    "new": describe(new) if new else "",
                    "what": what(kind, item),
                }
            )
    return out


_RED, _GREEN, _RESET = "\x1b[31;9m", "\x1b[32;4m", "\x1b[0m"


def changed_words(result: dict[str, Any], color: bool = False) -> str:
    """The changed words of every changed clause, old → new, one clause a block."""
    out = []
    for item in result["clauses"]["changed"]:
        old, new = item["old"], item["new"]
        where = old["path"] if old["path"] == new["path"] else f"{old['path']} → {new['path']}"
        if color:
            before = marked(old["text"], item["runs"], "old", lambda t: f"{_RED}{t}{_RESET}")
            after = marked(new["text"], item["runs"], "new", lambda t: f"{_GREEN}{t}{_RESET}")
        else:
            before = marked(old["text"], item["runs"], "old", lambda t: f"[-{t}-]")
            after = marked(new["text"], item["runs"], "new", lambda t: f"{{+{t}+}}")
        out.append(f"{item['notice']} {where}\n  修订前: {before}\n  修订后: {after}\n")
    return "\n".join(out)


def render_tables(result: dict[str, Any], width: int | None = None, color: bool = False) -> str:
    """The summary, the changed words, then every non-empty kind as a table, in
    :data:`~gazette_cli.diff.core.KINDS` order; ``"No differences.\\n"`` when
    there are none."""
    if not result["summary"]["differences"]:
        return "No differences.\n"
    parts = ["\n".join(summary_lines(result)) + "\n\n"]
    words = changed_words(result, color)
    if words:
        parts.append(words + "\n")
    for kind in KINDS:
        table_rows = rows(result, kind)
        if not table_rows:
            continue
        counts = ", ".join(f"{n} {c}" for c, n in result["summary"][kind].items() if n and (kind, c) not in _IN_TEXT)
        columns = [c for c in COLUMNS if any(r[c] for r in table_rows) or c in ("old", "new")]
        parts.append(to_table(table_rows, columns, title=f"{kind}: {counts}", width=width, color=color))
    return "".join(parts)
