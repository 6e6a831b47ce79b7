"""Clause matching for ``gazette diff``: which clause of the new version is
which clause of the old one, whatever their numbers.

A clause is matched by its text, not by its number.  Matching runs level by
level, so a renamed parent does not lose its children:

1. siblings under matched parents (or the two top levels) pair up by the
   same text (style folded: width, spaces), then by the same title;
2. siblings left over pair up by similar text (same number and same lead
   term break ties), then by position (same number) with similar content;
3. clauses still left over anywhere in the notice pair up by title with
   similar content, or by near-identical content — the clause was moved to
   another parent (reported as **renumbered**, or **renamed** when the title
   changed too);
4. a clause still left over whose lead term (``中秋节`` in
   ``中秋节：9月15日…``) now stands in the title of the clause its neighbour
   became was **merged** into it; the other way round, **split** from it.

A clause's content is its own text without the heading title, plus the titles
of its children (so a heading-only ``一、总体要求`` has content too).

Reported: ``added`` / ``removed`` (the top of an unmatched subtree only,
with the whole text of the subtree), ``renamed`` (a heading's title key
differs; a title that is only the first sentence of the text is no heading,
its changes are text changes), ``renumbered`` (own number changed or moved to
another parent; a child whose only change is its parent's number is not
reported), ``renumbered_runs`` (renumbered siblings in a row with the same
shift, one item per run), ``merged`` and ``split``.  :class:`ClauseMap` is what the other comparisons use to decide
whether two items stand "in the same clause".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from .match import SIMILAR, Key, pair_up, similarity, text_key
from .words import fold

# Content this close (after text_key) is the same clause even with another
# title and another parent: a rename plus a move, not a new clause.
SAME_CONTENT = 0.9


@dataclass(frozen=True, slots=True)
class _Node:
    """One clause of one version, with the keys matching needs."""

    path: str
    parent: str | None
    number: int | None
    marker: str
    title: str
    title_key: str
    content_key: str
    text: str
    text_key: str  # the whole own text, style folded: equal keys are the same clause
    full_key: str  # text_key form of the whole own text and the children's titles
    head: str  # the lead term of the text, for merges and splits
    heading: bool  # the title is a heading, not the first sentence of the text
    span: dict[str, Any]
    children: tuple[_Node, ...]

    def record(self) -> dict[str, Any]:
        return {"path": self.path, "number": self.number, "title": self.title, "span": self.span, "text": self.text}

    def whole_text(self) -> str:
        """The text of the clause and of its subtree, one clause a line, with markers."""
        return "\n".join(_ARTICLE.sub(r"\g<0> ", n.marker) + n.text for n in _walk((self,)))


# 第七条 stands apart from its text by a space; 一、 and （一） need none.
_ARTICLE = regex.compile(r"第\S+[编篇章节条]$")

# A heading names its clause (指导思想, 支持开展仿制药一致性评价); a title that
# holds a comma, colon or semicolon is the first sentence of the text.
_SENTENCE_MARK = regex.compile(r"[，,：:；;]")
HEADING_MAX = 30

# The lead term of a clause: what it is about, before the first mark.
_HEAD = regex.compile(r"^\p{Han}{2,12}(?=[，,：:、（(])")


def _is_heading(title: str, marker: str) -> bool:
    """Whether ``title`` names its clause.  An article (第X条) has no heading:
    its title is always its first words."""
    if not title or len(title) > HEADING_MAX or _SENTENCE_MARK.search(title):
        return False
    return not marker.endswith("条")


def _head(text: str) -> str:
    m = _HEAD.match(fold(text)[0])
    return m.group() if m else ""


def _content(clause: dict[str, Any]) -> str:
    text = clause.get("text") or ""
    title = clause.get("title") or ""
    if title and text.startswith(title):
        text = text[len(title):]
    kids = "".join(k.get("title") or "" for k in clause.get("children") or ())
    return text_key(text) + text_key(kids)


def _node(c: dict[str, Any], parent: str | None) -> _Node:
    text = c.get("text") or ""
    title = c.get("title") or ""
    kids = "".join(k.get("title") or "" for k in c.get("children") or ())
    return _Node(
        path=c["path"],
        parent=parent,
        number=c.get("number"),
        marker=c.get("marker") or "",
        title=title,
        title_key=text_key(title),
        content_key=_content(c),
        text=text,
        text_key=fold(text)[0] + "\0" + fold(kids)[0],
        full_key=text_key(text) + text_key(kids),
        head=_head(text or title),
        heading=_is_heading(title, c.get("marker") or ""),
        span=c.get("span") or {},
        children=_nodes(c.get("children") or [], c["path"]),
    )


def _nodes(clauses: list[dict[str, Any]], parent: str | None = None) -> tuple[_Node, ...]:
    return tuple(_node(c, parent) for c in clauses)


def _walk(nodes: tuple[_Node, ...]):
    for n in nodes:
        yield n
        yield from _walk(n.children)


def _similar_text(o: _Node, n: _Node) -> float | None:
    if not (o.full_key and n.full_key):
        return None
    score = similarity(o.full_key, n.full_key)
    if score < SIMILAR:
        return None
    # Among similar items of a list, the one in the same place or about the same thing.
    return score + (0.1 if o.number == n.number else 0.0) + (0.1 if o.head and o.head == n.head else 0.0)


def _same_head(o: _Node, n: _Node) -> float | None:
    """Items of a list about the same thing (春节：… / 春节：…), however rewritten."""
    if not o.head or o.head != n.head:
        return None
    return 1.0 + (0.1 if o.number == n.number else 0.0) + similarity(o.full_key, n.full_key)


SIBLING_STAGES = (
    Key(lambda n: n.text_key if n.text_key != "\0" else None),
    Key(lambda n: n.title_key or None),
    _similar_text,
    _same_head,
)


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
    merged: list[tuple[list[_Node], _Node]] = field(default_factory=list)  # (old clauses, new clause)
    split: list[tuple[_Node, list[_Node]]] = field(default_factory=list)  # (old clause, new clauses)

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
        p = pair_up(olds, news, [*SIBLING_STAGES, _same_position])
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
    removed = [left_old[i] for i in moved.old_only if left_old[i].parent not in unmatched_old]
    added = [left_new[j] for j in moved.new_only if left_new[j].parent not in unmatched_new]
    result.removed, result.merged = _joined(removed, old_nodes, result.pairs, lambda p: p)
    result.added, split = _joined(added, new_nodes, result.pairs, lambda p: (p[1], p[0]))
    result.split = [(n, olds) for olds, n in split]
    return result


def _siblings_of(nodes: tuple[_Node, ...], parent: str | None) -> tuple[_Node, ...]:
    if parent is None:
        return nodes
    for n in _walk(nodes):
        if n.path == parent:
            return n.children
    return ()


def _joined(unmatched: list[_Node], tree: tuple[_Node, ...], pairs: list[tuple[_Node, _Node]], orient):
    """Split ``unmatched`` clauses (one side) into those truly alone and those
    joined to a neighbour's counterpart on the other side: the neighbour is
    matched, and the clause's lead term stands in the counterpart's title
    while it stood in neither the neighbour's title nor text.  Returns
    ``(alone, [(this side's clauses, other side's clause)])``."""
    image = {}
    for pair in pairs:
        mine, other = orient(pair)
        image[mine.path] = other
    alone: list[_Node] = []
    groups: dict[str, tuple[list[_Node], _Node]] = {}
    for node in unmatched:
        siblings = _siblings_of(tree, node.parent)
        at = next((k for k, s in enumerate(siblings) if s.path == node.path), None)
        found = None
        if node.head and at is not None:
            for k in (at + 1, at - 1):
                if 0 <= k < len(siblings) and siblings[k].path in image:
                    neighbour, other = siblings[k], image[siblings[k].path]
                    counterpart_title = fold(other.title or other.text[:40])[0]
                    if node.head in counterpart_title and node.head not in fold(neighbour.text)[0]:
                        found = (neighbour, other)
                        break
        if found is None:
            alone.append(node)
            continue
        neighbour, other = found
        members, _ = groups.setdefault(other.path, ([neighbour], other))
        members.append(node)
    # The neighbour that was matched comes first, the clauses joined to it after.
    return alone, list(groups.values())


def _ref(node: _Node) -> dict[str, Any]:
    return node.record()


def _runs_of_renumbering(cmap: ClauseMap, renumbered: list[tuple[_Node, _Node]]) -> list[dict[str, Any]]:
    """Renumbered siblings in a row (consecutive old numbers, same parents,
    same shift) as one item each: old first–last → new first–last."""
    runs: list[list[tuple[_Node, _Node]]] = []
    for o, n in renumbered:
        if o.number is None or n.number is None:
            runs.append([(o, n)])
            continue
        if runs:
            po, pn = runs[-1][-1]
            # Articles are numbered through the chapters: a run goes on across them.
            articles = all(x.marker.endswith("条") for x in (po, pn, o, n))
            if (
                po.number is not None and pn.number is not None
                and (articles or (po.parent == o.parent and pn.parent == n.parent))
                and o.number == po.number + 1 and n.number == pn.number + 1
            ):
                runs[-1].append((o, n))
                continue
        runs.append([(o, n)])
    out = []
    for run in runs:
        (o1, n1), (o2, n2) = run[0], run[-1]
        shift = n1.number - o1.number if o1.number is not None and n1.number is not None else None
        out.append({
            "old": {"first": o1.path, "last": o2.path, "first_marker": o1.marker, "last_marker": o2.marker},
            "new": {"first": n1.path, "last": n2.path, "first_marker": n1.marker, "last_marker": n2.marker},
            "shift": shift,
            "count": len(run),
            "clauses": [{"old": o.path, "new": n.path} for o, n in run],
        })
    return out


def clause_changes(cmap: ClauseMap) -> dict[str, list[dict[str, Any]]]:
    """The clause report of one notice pair, category → items (``old`` /
    ``new`` records and the category's own fields), in document order."""
    renamed: list[dict[str, Any]] = []
    renumbered: list[tuple[_Node, _Node]] = []
    order = {id(o): k for k, (o, _) in enumerate(cmap.pairs)}
    # A clause that others were merged into (or split from) takes its place
    # from the merge: its number is not a renumbering of its own.
    joined = {olds[0].path for olds, _ in cmap.merged} | {o.path for o, _ in cmap.split}
    for o, n in cmap.pairs:
        if o.heading and n.heading and o.title_key != n.title_key:
            renamed.append({"old": _ref(o), "new": _ref(n)})
        parent_moved = (o.parent is None) != (n.parent is None) or (
            o.parent is not None and cmap.old_to_new.get(o.parent) != n.parent
        )
        if (o.number != n.number or parent_moved) and o.path not in joined:
            renumbered.append((o, n))
    renumbered.sort(key=lambda p: (p[0].span.get("start_line") or 0, order[id(p[0])]))
    return {
        "added": [{"old": None, "new": _ref(n), "text": n.whole_text()} for n in cmap.added],
        "removed": [{"old": _ref(o), "new": None, "text": o.whole_text()} for o in cmap.removed],
        "renamed": renamed,
        "renumbered": [{"old": _ref(o), "new": _ref(n)} for o, n in renumbered],
        "renumbered_runs": _runs_of_renumbering(cmap, renumbered),
        "merged": [{"old": _ref(olds[0]), "new": _ref(n), "with": [_ref(o) for o in olds[1:]]} for olds, n in cmap.merged],
        "split": [{"old": _ref(o), "new": _ref(news[0]), "with": [_ref(n) for n in news[1:]]} for o, news in cmap.split],
    }
