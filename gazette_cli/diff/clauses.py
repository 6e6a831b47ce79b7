"""Clause matching for ``gazette diff``: which clause of the new version is
which clause of the old one, whatever their numbers.

The identity of a clause is its **title chain**: the titles (not the numbers)
of the clause and of its ancestors, compared in :func:`~gazette_cli.diff.match.text_key`
form.  Matching runs level by level, so a renamed parent does not lose its
children:

1. siblings under matched parents (or the two top levels) pair up by title;
2. siblings left over pair up by position (same number) when their content
   is similar — the clause was **renamed**;
3. clauses still left over anywhere in the notice pair up by title with
   similar content, or by near-identical content — the clause was moved to
   another parent (reported as **renumbered**, or **renamed** when the title
   changed too).

A clause's content is its own text without the heading title, plus the titles
of its children (so a heading-only ``一、总体要求`` has content too).

Reported: ``added`` / ``removed`` (the top of an unmatched subtree only),
``renamed`` (title key differs), ``renumbered`` (own number changed or moved
to another parent; a child whose only change is its parent's number is not
reported).  :class:`ClauseMap` is what the other comparisons use to decide
whether two items stand "in the same clause".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .match import SIMILAR, pair_up, similarity, text_key

# Content this close (after text_key) is the same clause even with another
# title and another parent: a rename plus a move, not a new clause.
SAME_CONTENT = 0.9


@dataclass(frozen=True, slots=True)
class _Node:
    """One clause of one version, with the keys matching needs."""

    path: str
    parent: str | None
    number: int | None
    title: str
    title_key: str
    content_key: str
    span: dict[str, Any]
    children: tuple[_Node, ...]

    def record(self) -> dict[str, Any]:
        return {"path": self.path, "number": self.number, "title": self.title, "span": self.span}


def _content(clause: dict[str, Any]) -> str:
    text = clause.get("text") or ""
    title = clause.get("title") or ""
    if title and text.startswith(title):
        text = text[len(title):]
    kids = "".join(k.get("title") or "" for k in clause.get("children") or ())
    return text_key(text) + text_key(kids)


def _nodes(clauses: list[dict[str, Any]], parent: str | None = None) -> tuple[_Node, ...]:
    return tuple(
        _Node(
            path=c["path"],
            parent=parent,
            number=c.get("number"),
            title=c.get("title") or "",
            title_key=text_key(c.get("title")),
            content_key=_content(c),
            span=c.get("span") or {},
            children=_nodes(c.get("children") or [], c["path"]),
        )
        for c in clauses
    )


def _walk(nodes: tuple[_Node, ...]):
    for n in nodes:
        yield n
        yield from _walk(n.children)


def _same_title(o: _Node, n: _Node) -> float | None:
    return 1.0 if o.title_key == n.title_key else None


def _same_position(o: _Node, n: _Node) -> float | None:
    if o.number is None or o.number != n.number:
        return None
    score = similarity(o.content_key, n.content_key)
    return score if score >= SIMILAR else None


def _moved_same_title(o: _Node, n: _Node) -> float | None:
    if o.title_key != n.title_key:
        return None
    score = similarity(o.content_key, n.content_key)
    return 1.0 + score if score >= SIMILAR else None


def _moved_same_content(o: _Node, n: _Node) -> float | None:
    if not o.content_key:
        return None
    score = similarity(o.content_key, n.content_key)
    return score if score >= SAME_CONTENT else None


@dataclass
class ClauseMap:
    """Old clause path → new clause path for every matched clause, and the
    clause changes found on the way (lists of ``(old node, new node)``)."""

    old_to_new: dict[str, str] = field(default_factory=dict)
    old_paths: set[str] = field(default_factory=set)
    new_titles: dict[str, str] = field(default_factory=dict)
    old_titles: dict[str, str] = field(default_factory=dict)
    pairs: list[tuple[_Node, _Node]] = field(default_factory=list)
    added: list[_Node] = field(default_factory=list)
    removed: list[_Node] = field(default_factory=list)

    def counterpart(self, old_path: str | None) -> tuple[bool, str | None]:
        """``(True, new path)`` for the place of ``old_path`` in the new
        version, ``(False, None)`` when that clause was removed."""
        if old_path is None or old_path not in self.old_paths:
            return True, old_path
        if old_path in self.old_to_new:
            return True, self.old_to_new[old_path]
        return False, None

    def same_place(self, old_path: str | None, new_path: str | None) -> bool:
        """Whether an item at ``old_path`` (old version) and one at
        ``new_path`` (new version) stand in the same clause.  ``None`` (outside
        every clause) matches ``None``; a path that names no clause (an
        extractor's own path) is compared literally."""
        found, image = self.counterpart(old_path)
        return found and image == new_path


def match_clauses(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> ClauseMap:
    """Match the clause trees of two versions of one notice (``clauses`` of
    the parse output).  Deterministic: pairs and leftovers come in document order."""
    old_nodes, new_nodes = _nodes(old), _nodes(new)
    result = ClauseMap()
    result.old_paths = {n.path for n in _walk(old_nodes)}
    result.old_titles = {n.path: n.title for n in _walk(old_nodes)}
    result.new_titles = {n.path: n.title for n in _walk(new_nodes)}
    left_old: list[_Node] = []
    left_new: list[_Node] = []

    def siblings(olds: tuple[_Node, ...], news: tuple[_Node, ...]) -> None:
        p = pair_up(olds, news, [_same_title, _same_position])
        for i, j, _ in p.pairs:
            result.pairs.append((olds[i], news[j]))
            siblings(olds[i].children, news[j].children)
        for i in p.old_only:
            left_old.extend(_walk((olds[i],)))
        for j in p.new_only:
            left_new.extend(_walk((news[j],)))

    siblings(old_nodes, new_nodes)
    moved = pair_up(left_old, left_new, [_moved_same_title, _moved_same_content])
    result.pairs.extend((left_old[i], left_new[j]) for i, j, _ in moved.pairs)
    result.old_to_new = {o.path: n.path for o, n in result.pairs}
    unmatched_old = {left_old[i].path for i in moved.old_only}
    unmatched_new = {left_new[j].path for j in moved.new_only}
    # Only the top of an unmatched subtree: its children went with it.
    result.removed = [left_old[i] for i in moved.old_only if left_old[i].parent not in unmatched_old]
    result.added = [left_new[j] for j in moved.new_only if left_new[j].parent not in unmatched_new]
    return result


def clause_changes(cmap: ClauseMap) -> dict[str, list[tuple[dict | None, dict | None]]]:
    """The clause report of one notice pair: ``added``, ``removed``,
    ``renamed``, ``renumbered``, each a list of (old record, new record)."""
    renamed: list[tuple[dict | None, dict | None]] = []
    renumbered: list[tuple[dict | None, dict | None]] = []
    for o, n in cmap.pairs:
        if o.title_key != n.title_key:
            renamed.append((o.record(), n.record()))
            continue
        parent_moved = (o.parent is None) != (n.parent is None) or (
            o.parent is not None and cmap.old_to_new.get(o.parent) != n.parent
        )
        if o.number != n.number or parent_moved:
            renumbered.append((o.record(), n.record()))
    return {
        "added": [(None, n.record()) for n in cmap.added],
        "removed": [(o.record(), None) for o in cmap.removed],
        "renamed": renamed,
        "renumbered": renumbered,
    }
