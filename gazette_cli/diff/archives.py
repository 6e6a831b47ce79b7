"""Diff of two archives: saved outputs of several documents (JSON Lines).

In: the documents of the old and of the new archive.  Out: one diff dict of
the documented shape (``schemas/gazette-diff.schema.json``), the diffs of the
paired documents one after the other.

Documents are paired by ``source.name`` (the k-th document of a name in the
old archive with the k-th of that name in the new one); a document with no
counterpart has all its notices added or removed.  With more than one
document on either side, each item's ``notice`` starts with its document's
name, so that items of different documents stay apart.
"""

from __future__ import annotations

from typing import Any, Iterable

from .core import CATEGORIES, KINDS, diff

_NOTHING: dict[str, Any] = {"notices": []}


def _name(doc: dict[str, Any]) -> str:
    return str((doc.get("source") or {}).get("name"))


def pair_documents(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[tuple[dict | None, dict | None]]:
    """Old and new documents paired by source name: the old archive's order,
    then the documents only the new one holds, in its order.

    >>> a, b, c = ({"source": {"name": n}} for n in "abc")
    >>> [(o and _name(o), n and _name(n)) for o, n in pair_documents([a, b], [c, a])]
    [('a', 'a'), ('b', None), (None, 'c')]
    """
    waiting: dict[str, list[int]] = {}
    for j, doc in enumerate(new):
        waiting.setdefault(_name(doc), []).append(j)
    pairs: list[tuple[dict | None, dict | None]] = []
    taken: set[int] = set()
    for doc in old:
        queue = waiting.get(_name(doc))
        if queue:
            j = queue.pop(0)
            taken.add(j)
            pairs.append((doc, new[j]))
        else:
            pairs.append((doc, None))
    pairs.extend((None, doc) for j, doc in enumerate(new) if j not in taken)
    return pairs


def diff_archives(
    old: list[dict[str, Any]],
    new: list[dict[str, Any]],
    only: Iterable[str] | None = None,
    old_name: str | None = None,
    new_name: str | None = None,
    strict: bool = False,
) -> dict[str, Any]:
    """The diffs of the paired documents of two archives, combined into one.

    ``old_name`` and ``new_name`` (the archives' file names) stand in the
    result's ``old`` and ``new``; one digest cannot stand for several documents.
    """
    only = list(only) if only is not None else None
    labelled = len(old) > 1 or len(new) > 1
    result: dict[str, Any] | None = None
    differences = 0
    for o, n in pair_documents(old, new):
        part = diff(o or _NOTHING, n or _NOTHING, only, strict=strict)
        differences += part["summary"]["differences"]
        if labelled:
            name = _name(o or n or _NOTHING)
            for kind in KINDS:
                for items in part[kind].values():
                    for item in items:
                        item["notice"] = f"{name}: {item['notice']}"
        if result is None:
            result = part
        else:
            for kind in KINDS:
                for category in CATEGORIES[kind]:
                    result[kind][category].extend(part[kind][category])
    assert result is not None, "an archive holds one document at least"
    counts = {k: {c: len(v) for c, v in result[k].items()} for k in KINDS}
    result["old"] = {"name": old_name, "sha256": None}
    result["new"] = {"name": new_name, "sha256": None}
    result["summary"] = {**counts, "only": result["summary"]["only"], "differences": differences}
    return result
