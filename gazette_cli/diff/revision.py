"""The text of a revision: what was deleted and inserted inside each matched
clause, the terms replaced throughout, and every number that changed.

In: the clause matching of one notice pair (:class:`~gazette_cli.diff.clauses.ClauseMap`)
and the two notices' dicts.  Out: the items of ``clauses.changed``,
``terms.replaced`` and ``numbers.changed`` (see :func:`text_changes`).

* Each matched clause is compared word by word (:func:`~gazette_cli.diff.words.runs`):
  a heading's body only (its title is compared by ``renamed``), a title that is
  the first sentence with the rest.  The preamble and the cover letter are
  compared as the clauses ``preamble`` and ``letter``.
* A replacement made in :data:`TERM_PLACES` places or more (``星期`` → ``周``)
  is a **term replaced throughout**: one item with its count and places, and
  it is taken out of each clause's runs.  A clause left with no runs is not
  listed as changed.
* Every number that a replacement changed (dates, days, money, shares) is
  listed old → new with its unit, path and the sentence around it; the notice
  title counts too (path ``title``).
"""

from __future__ import annotations

from typing import Any

import regex

from .clauses import ClauseMap
from .words import Number, Run, changed_numbers, runs

#: A replacement made in this many places is a term replaced throughout.
TERM_PLACES = 3

_SENTENCE_END = regex.compile(r"[。；;！？!?\n]")


def _body_start(title: str, text: str, heading: bool) -> int:
    return len(title) if heading and title and text.startswith(title) else 0


def _context(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``[start, end)``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    right = m.end() if m else len(text)
    return text[left:right].strip()


def _run_record(r: Run, shift_old: int, shift_new: int) -> dict[str, Any]:
    old = {"start": r.old_start + shift_old, "end": r.old_end + shift_old, "text": r.old_text} if r.op != "insert" else None
    new = {"start": r.new_start + shift_new, "end": r.new_end + shift_new, "text": r.new_text} if r.op != "delete" else None
    return {"op": r.op, "old": old, "new": new}


def _quantity(n: Number, path: str | None, context: str, span: dict | None) -> dict[str, Any]:
    return {"path": path, "value": n.value, "unit": n.unit, "text": n.text, "context": context, "span": span}


class _Side:
    """One compared text: its record, and where the compared part starts."""

    def __init__(self, record: dict[str, Any], text: str, start: int):
        self.record, self.text, self.start = record, text, start


def _pseudo(name: str, part: dict[str, Any] | None) -> dict[str, Any] | None:
    if not part or not part.get("text"):
        return None
    return {"path": name, "number": None, "title": "", "span": part.get("span"), "text": part["text"]}


def text_changes(cmap: ClauseMap, old: dict[str, Any], new: dict[str, Any], strict: bool = False) -> dict[str, list[dict[str, Any]]]:
    """``{"changed": [...], "terms": [...], "numbers": [...]}`` for one notice
    pair; items carry no ``notice`` yet (the caller adds it)."""
    compared: list[tuple[_Side, _Side, list[Run]]] = []
    for name in ("preamble", "letter"):
        if name == "letter" and (old.get("clauses") or new.get("clauses")):
            continue  # the letter holds the notice's own clauses: compared as clauses, once
        a, b = _pseudo(name, old.get(name)), _pseudo(name, new.get(name))
        if a and b:
            compared.append((_Side(a, a["text"], 0), _Side(b, b["text"], 0), runs(a["text"], b["text"], strict)))
    for o, n in cmap.pairs:
        heading = o.heading and n.heading
        so, sn = _body_start(o.title, o.text, heading), _body_start(n.title, n.text, heading)
        found = runs(o.text[so:], n.text[sn:], strict)
        if found:
            compared.append((_Side(o.record(), o.text, so), _Side(n.record(), n.text, sn), found))

    # Terms replaced throughout: the same replacement in TERM_PLACES places or more.
    places: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for a, b, found in compared:
        for r in found:
            if r.op == "replace":
                places.setdefault((r.old_key, r.new_key), []).append((a.record["path"], b.record["path"]))
    terms = {k for k, v in places.items() if len(v) >= TERM_PLACES}
    term_items = [
        {"old": {"text": k[0]}, "new": {"text": k[1]}, "count": len(places[k]),
         "places": [{"old": po, "new": pn} for po, pn in places[k]]}
        for k in sorted(terms, key=lambda k: (-len(places[k]), k))
    ]

    changed: list[dict[str, Any]] = []
    numbers: list[dict[str, Any]] = []
    for a, b, found in compared:
        kept = [r for r in found if (r.old_key, r.new_key) not in terms]
        if kept:
            changed.append({"old": a.record, "new": b.record, "runs": [_run_record(r, a.start, b.start) for r in kept]})
        for r in kept:
            for x, y in changed_numbers(r):
                numbers.append({
                    "old": _quantity(x, a.record["path"], _context(a.text, a.start + r.old_start, a.start + r.old_end), a.record.get("span")),
                    "new": _quantity(y, b.record["path"], _context(b.text, b.start + r.new_start, b.start + r.new_end), b.record.get("span")),
                })

    title_o, title_n = old.get("title") or "", new.get("title") or ""
    for r in runs(title_o, title_n, strict):
        for x, y in changed_numbers(r):
            numbers.insert(0, {
                "old": _quantity(x, "title", title_o, old.get("span")),
                "new": _quantity(y, "title", title_n, new.get("span")),
            })
    return {"changed": changed, "terms": term_items, "numbers": numbers}
