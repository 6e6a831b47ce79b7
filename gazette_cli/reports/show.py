"""``gazette show``: an issue drawn as a tree, or one clause with its text.

Input: one parse result as plain data (:func:`gazette_cli.to_dict`, or a saved
output from :func:`gazette_cli.output.load.load_result`).  Output: text for a
terminal or a pipe.

The tree (:func:`tree` without ``path``) has a line per notice, per attachment
and per clause, in document order, each with the number of distinct
responsible units and of targets in it and below it::

    1: 济政发〔2022〕17号 济南市人民政府关于印发济南市“十四五”全民科学素质行动规划纲要实施方案的通知 · 37 units · 11 targets
    └─ 济南市“十四五”全民科学素质行动规划纲要实施方案 · 37 units · 11 targets
       ├─ 一、 总体要求 · 1 target
       │  ├─ （一） 指导思想
       …

Each line fits in ``width`` cells (a long title ends in ``…``); counts that are
zero are not written.

Paths (:data:`PATH_SYNTAX`), what the ``path`` argument takes::

    NOTICE:CLAUSE     1:二/(一)        notice 1, clause 二/(一)
                      济政发〔2022〕18号:一/(一)   the notice by its doc number
    NOTICE:           2:               notice 2 alone, as a tree
    NOTICE:附件2      3:附件2          an attachment of notice 3, as a tree
    NOTICE:preamble   1:preamble       the notice's preamble (or ``letter``: its cover letter)
    CLAUSE            二/(一)          the clause of that path, when one notice only has it

NOTICE is the notice's ``index`` (the ``notice`` column of the targets and
units reports) or its ``doc_number``; CLAUSE is the clause ``path`` of the
output (``二/(一)/1``, ``第二章/第五条``, ``附件2/第三条``).  The markers as
printed are taken too: ``二、/（一）`` is ``二/(一)``.  Without ``NOTICE:`` a path
held by several notices is refused, naming each of them, so that a path never
picks a notice by guess.  A path that names nothing is refused with the
nearest paths that exist.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import regex

from ..errors import InputError
from .render import cell

PATH_SYNTAX = "[NOTICE:]CLAUSE, NOTICE: or NOTICE:附件N; NOTICE is a notice's index or doc number, CLAUSE a clause path such as 二/(一)/1"

_BOLD, _CYAN, _YELLOW, _DIM, _RESET = "\x1b[1m", "\x1b[36m", "\x1b[33m", "\x1b[2m", "\x1b[0m"
_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*+(?:%|‰)?")
_MARKER_PUNCT = str.maketrans({"（": "(", "）": ")", "．": ".", "　": " "})
_BRACKETS = regex.compile(r"[\s〔〕\[\]［］()（）【】]")
_TEXTS = ("preamble", "letter")
#: Punctuation a line does not start with (GB/T 15834): the character before it goes down with it.
_NO_LINE_START = frozenset("，。、；：？！）》〉」』”’…%")


# --- display width ---------------------------------------------------------------


def cells(text: str) -> int:
    """The width of ``text`` on a terminal: two cells for a wide (CJK) character.

    >>> cells("二、 推进"), cells("abc")
    (9, 3)
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, ending in ``…`` where it was cut.

    >>> clip("济南市人民政府关于聘任市政府参事的通知", 12)
    '济南市人民…'
    """
    if cells(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = cells(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


# --- the nodes -------------------------------------------------------------------


@dataclass(slots=True)
class _Node:
    """A notice, attachment or clause, with the units and targets in it and below."""

    label: str
    path: str  # qualified: "1:二/(一)"
    clause: dict[str, Any] | None = None
    children: list["_Node"] = field(default_factory=list)
    units: set[str] = field(default_factory=set)
    targets: int = 0

    def counts(self) -> str:
        parts = []
        if self.units:
            parts.append(f"{len(self.units)} unit{'s' if len(self.units) > 1 else ''}")
        if self.targets:
            parts.append(f"{self.targets} target{'s' if self.targets > 1 else ''}")
        return "".join(f" · {p}" for p in parts)


def _by_path(items: Iterable[dict[str, Any]]) -> dict[str | None, list[dict[str, Any]]]:
    out: dict[str | None, list[dict[str, Any]]] = {}
    for item in items:
        out.setdefault(item.get("path"), []).append(item)
    return out


def _clause_node(c: dict[str, Any], qualifier: str, units: dict, targets: dict) -> _Node:
    node = _Node(label=f"{c.get('marker') or ''} {_one_line(c.get('title'))}".strip(), path=qualifier + c["path"], clause=c)
    for r in units.get(c["path"], ()):
        node.units.update(r.get("units") or ())
    node.targets = len(targets.get(c["path"], ()))
    for child in c.get("children") or ():
        sub = _clause_node(child, qualifier, units, targets)
        node.children.append(sub)
        node.units |= sub.units
        node.targets += sub.targets
    return node


def notice_name(notice: dict[str, Any]) -> str:
    """How a notice is named in a tree and in messages: ``1: 济政发〔2022〕17号 title``."""
    words = [w for w in (notice.get("doc_number"), notice.get("title") or notice.get("attachment_title")) if w]
    return f"{notice.get('index')}: " + (" ".join(words) if words else "(untitled)")


def _notice_node(notice: dict[str, Any]) -> _Node:
    qualifier = f"{notice.get('index')}:"
    units, targets = _by_path(notice.get("responsibilities") or ()), _by_path(notice.get("targets") or ())
    node = _Node(label=_one_line(notice_name(notice)), path=qualifier)
    tops = {c["path"]: _clause_node(c, qualifier, units, targets) for c in notice.get("clauses") or ()}
    attached: dict[str, _Node] = {}
    for a in notice.get("attachments") or ():
        title = " ".join(w for w in (a.get("label"), _one_line(a.get("title"))) if w) or "(attachment)"
        prefix = a.get("prefix") or ""
        sub = _Node(label=title, path=qualifier + prefix.rstrip("/"))
        for p in a.get("clauses") or ():
            if p in tops:
                attached[p] = sub
                sub.children.append(tops[p])
                sub.units |= tops[p].units
                sub.targets += tops[p].targets
        if prefix:  # its items, a task table's rows too
            sub.units = {u for r in _under(notice.get("responsibilities") or (), prefix.rstrip("/")) for u in r.get("units") or ()}
            sub.targets = len(_under(notice.get("targets") or (), prefix.rstrip("/")))
        node.children.append(sub)
    own = [n for p, n in tops.items() if p not in attached]
    node.children[:0] = own  # the notice's own clauses come before its attachments
    for r in notice.get("responsibilities") or ():
        node.units.update(r.get("units") or ())
    node.targets = len(notice.get("targets") or ())
    return node


# --- the tree --------------------------------------------------------------------


def _lines(node: _Node, width: int, color: bool, lead: str = "", branch: str = "", depth: int | None = None) -> Iterator[str]:
    """The node's line and, down to ``depth`` levels below it (None: all), its children's;
    a node whose children are not drawn says how many it has (``+3``)."""
    counts = node.counts()
    if depth == 0 and node.children:
        counts += f" · +{len(node.children)}"
    room = max(8, width - cells(lead + branch) - cells(counts))
    label = clip(node.label, room)
    if color:
        label = f"{_BOLD}{label}{_RESET}" if not branch else label
        counts = f"{_DIM}{counts}{_RESET}" if counts else ""
    yield f"{lead}{branch}{label}{counts}"
    if depth == 0:
        return
    below = lead + ("" if not branch else ("   " if branch.startswith("└") else "│  "))
    deeper = None if depth is None else depth - 1
    for k, child in enumerate(node.children):
        yield from _lines(child, width, color, below, "└─ " if k == len(node.children) - 1 else "├─ ", deeper)


def _issue_line(result: dict[str, Any]) -> str:
    issue = result.get("issue") or {}
    name = issue.get("title") or (result.get("source") or {}).get("name") or ""
    if issue.get("year") and issue.get("number"):
        name += f" {issue['year']}年第{issue['number']}期"
    n = len(result.get("notices") or ())
    return f"{name} · {n} notice{'s' if n != 1 else ''}".strip(" ·")


# --- paths -----------------------------------------------------------------------


def _segment(seg: str) -> str:
    """A path segment as the output writes it: ``（一）`` → ``(一)``, ``二、`` → ``二``, ``1.`` → ``1``."""
    return seg.translate(_MARKER_PUNCT).strip().rstrip("、.")


def _clause_path(text: str) -> str:
    return "/".join(_segment(s) for s in text.strip().strip("/").split("/"))


def _find_notice(notices: list[dict[str, Any]], key: str) -> dict[str, Any]:
    key = key.strip()
    for n in notices:
        if key == str(n.get("index")) or (n.get("doc_number") and _BRACKETS.sub("", key) == _BRACKETS.sub("", n["doc_number"])):
            return n
    listed = "; ".join(notice_name(n) for n in notices[:8]) + (" …" if len(notices) > 8 else "")
    raise InputError(f"no notice {key}; the notices are: {listed or '(none)'}")


def _all_paths(node: _Node) -> Iterator[_Node]:
    yield node
    for child in node.children:
        yield from _all_paths(child)


def _nearest(wanted: str, nodes: list[_Node], limit: int = 6) -> list[str]:
    """The existing paths nearest to ``wanted`` (qualified): first the children
    of the longest prefix of it that exists, then the most similar others."""
    paths = [n.path for n in nodes if n.clause is not None]
    bare = [p.split(":", 1)[1] for p in paths]
    parts = wanted.split("/")
    # the same clause under a level the path left out (第三章/第十八条 → 第三章/第一节/第十八条) first
    out = [p for p, b in zip(paths, bare) if b.endswith("/" + parts[-1]) and b.startswith(parts[0])]
    for k in range(len(parts) - 1, -1, -1):
        prefix = "/".join(parts[:k])
        kids = [p for p, b in zip(paths, bare) if b.count("/") == k and (not prefix or b.startswith(prefix + "/"))]
        if kids:
            out += kids[:limit]
            break
    out += [paths[bare.index(b)] for b in difflib.get_close_matches(wanted, bare, n=limit, cutoff=0.4)]
    return list(dict.fromkeys(out))[:limit]


@dataclass(slots=True)
class _Found:
    notice: dict[str, Any]
    node: _Node | None = None  # a clause, an attachment or the notice
    text: str | None = None  # preamble or letter


def _resolve(result: dict[str, Any], path: str) -> _Found:
    notices = result.get("notices") or []
    if ":" in path:
        key, rest = path.split(":", 1)
        chosen = [_find_notice(notices, key)]
    else:
        rest, chosen = path, notices
    wanted = _clause_path(rest) if rest.strip() else ""
    hits: list[_Found] = []
    trees = [(n, _notice_node(n)) for n in chosen]
    for notice, root in trees:
        if not wanted:
            hits.append(_Found(notice, root))
        elif wanted in _TEXTS and notice.get(wanted):
            hits.append(_Found(notice, text=wanted))
        else:
            q = f"{notice.get('index')}:{wanted}"
            hits += [_Found(notice, node) for node in _all_paths(root) if node.path == q and node is not root]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        where = ", ".join(f"{h.notice.get('index')}:{wanted}" for h in hits)
        raise InputError(f"{wanted} is in {len(hits)} notices: {where}; write the notice first (NOTICE:{wanted})")
    if not chosen:
        raise InputError(f"no clause {wanted}: the issue has no notice")
    near = _nearest(wanted, [node for _, root in trees for node in _all_paths(root)])
    where = f" in notice {notice_name(chosen[0])}" if len(chosen) == 1 else ""
    raise InputError(f"no clause {wanted}{where}" + (f"; nearest: {', '.join(near)}" if near else ""))


# --- one clause ------------------------------------------------------------------


def _wrap(text: str, width: int) -> list[tuple[int, int]]:
    """``text`` (one paragraph) cut into lines of at most ``width`` cells, as (start, end) offsets."""
    out, start, used = [], 0, 0
    for k, ch in enumerate(text):
        w = cells(ch)
        if used + w > width and k > start:
            cut = k - 1 if text[k] in _NO_LINE_START and k - 1 > start else k
            out.append((start, cut))
            start, used = cut, cells(text[cut:k])
        used += w
    out.append((start, len(text)))
    return out


def _marks(text: str, units: list[str]) -> list[tuple[int, int, str]]:
    """Where ``text`` names a unit or a number: (start, end, ANSI style), none overlapping."""
    found: list[tuple[int, int, str]] = []
    if units:
        names = regex.compile("|".join(regex.escape(u) for u in sorted(units, key=len, reverse=True)))
        found += [(m.start(), m.end(), _BOLD + _CYAN) for m in names.finditer(text)]
    taken = [(s, e) for s, e, _ in found]
    for m in _NUMBER.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append((m.start(), m.end(), _BOLD + _YELLOW))
    return sorted(found)


def _painted(text: str, start: int, end: int, marks: list[tuple[int, int, str]]) -> str:
    out, at = [], start
    for s, e, style in marks:
        s, e = max(s, start), min(e, end)
        if s >= e:
            continue
        out += [text[at:s], style, text[s:e], _RESET]
        at = e
    out.append(text[at:end])
    return "".join(out)


def _paragraphs(text: str, indent: str, width: int, color: bool, units: list[str]) -> Iterator[str]:
    for para in text.split("\n"):
        marks = _marks(para, units) if color else []
        for s, e in _wrap(para, max(8, width - cells(indent))):
            yield indent + (_painted(para, s, e, marks) if color else para[s:e])


def _texts(node: _Node, depth: int = 0) -> Iterator[tuple[int, str]]:
    c = node.clause or {}
    text = c.get("text") or ""
    yield depth, (f"{c.get('marker') or ''}{text}" if depth else text)
    for child in node.children:
        yield from _texts(child, depth + 1)


def _under(items: Iterable[dict[str, Any]], path: str) -> list[dict[str, Any]]:
    return [i for i in items if i.get("path") and (i["path"] == path or i["path"].startswith(path + "/"))]


def _value(text: str, color: bool) -> str:
    return f"{_BOLD}{_YELLOW}{text}{_RESET}" if color else text


def _target_line(t: dict[str, Any], color: bool) -> str:
    value = cell(t.get("value")) + (f"–{cell(t['value_max'])}" if t.get("value_max") is not None else "")
    comparator = "" if t.get("comparator") in (None, "=", "range") else f"{t['comparator']} "
    year = f" ({t['year']})" if t.get("year") else ""
    return f"{t.get('metric') or ''}: {comparator}{_value(value, color)} {t.get('unit') or ''}{year}".rstrip()


def _clause_view(found: _Found, width: int, color: bool) -> str:
    notice = found.notice
    head = [clip(_one_line(notice_name(notice)), width)]
    if found.text:
        part = notice[found.text]
        span = part.get("span") or {}
        head.append(f"{found.text} · page {span.get('page')} · lines {span.get('start_line')}–{span.get('end_line')}")
        body = list(_paragraphs(part.get("text") or "", "", width, color, []))
        return "\n".join(head + [""] + body) + "\n"
    node = found.node
    assert node is not None and node.clause is not None
    c, bare = node.clause, node.path.split(":", 1)[1]
    span = c.get("span") or {}
    pages = f"{span.get('page')}" if span.get("end_page") in (None, span.get("page")) else f"{span.get('page')}–{span.get('end_page')}"
    title = f"{bare} {_one_line(c.get('title'))}{node.counts()}"
    head.append((f"{_BOLD}{title}{_RESET}" if color else title) + f" · page {pages} · lines {span.get('start_line')}–{span.get('end_line')}")
    units = [u for r in notice.get("responsibilities") or () for u in r.get("units") or ()]
    body = [line for depth, text in _texts(node) for line in _paragraphs(text, "  " * depth, width, color, units)]
    tail: list[str] = []
    lists = _under(notice.get("responsibilities") or (), bare)
    if lists:
        tail.append(f"units ({len(node.units)}):")
        for r in lists:
            names = "、".join(f"{u} (lead)" if u in (r.get("lead") or ()) and len(r.get("units") or ()) > 1 else u for u in r.get("units") or ())
            tail.append(f"  {r['path']}  " + (_painted(names, 0, len(names), _marks(names, units)) if color else names))
    targets = _under(notice.get("targets") or (), bare)
    if targets:
        tail.append(f"targets ({len(targets)}):")
        tail += [f"  {t['path']}  " + _target_line(t, color) for t in targets]
    amounts = _under(notice.get("amounts") or (), bare)
    if amounts:
        tail.append(f"amounts ({len(amounts)}):")
        tail += [f"  {a['path']}  {a.get('kind')}: " + _value(cell(a.get("values_yuan")), color) + " 元" for a in amounts]
    return "\n".join(head + [""] + body + ([""] + tail if tail else [])) + "\n"


# --- the entry point ---------------------------------------------------------------


def tree(result: dict[str, Any], *, path: str | None = None, color: bool = False, width: int = 100, depth: int | None = None) -> str:
    """The issue as a tree of notices, attachments and clauses, or the part ``path`` names.

    Without ``path``: the whole issue.  With a path (see the module's
    docstring, :data:`PATH_SYNTAX`) to a notice or an attachment: that part as
    a tree; to a clause: the clause with its text and its sub-clauses', then
    its responsibility lists, targets and amounts.  ``color`` adds ANSI styles
    (units and numbers in the text bold and coloured); without it the text is
    plain and the units and numbers are listed under it.  Lines are at most
    ``width`` cells wide.  ``depth`` draws that many levels below each
    notice (or below the part ``path`` names), and a node left folded ends in
    ``+N``, its number of children.  Raises :class:`~gazette_cli.errors.InputError` on
    a path that names nothing or more than one thing.

    >>> from gazette_cli import parse_text, to_dict
    >>> data = to_dict(parse_text("实施方案\\n一、重点任务\\n（一）加强科普。到2025年建成10个基地。（市科协负责）\\n"))
    >>> print(tree(data), end="")
    1: 实施方案 · 1 unit · 1 target
    └─ 一、 重点任务 · 1 unit · 1 target
       └─ （一） 加强科普 · 1 unit · 1 target
    >>> print(tree(data, depth=1), end="")
    1: 实施方案 · 1 unit · 1 target
    └─ 一、 重点任务 · 1 unit · 1 target · +1
    """
    if path is not None and path.strip():
        found = _resolve(result, path)
        if found.node is None or found.node.clause is not None or found.text:
            return _clause_view(found, width, color)
        return "\n".join(_lines(found.node, width, color, depth=depth)) + "\n"
    out = []
    notices = result.get("notices") or []
    if len(notices) > 1:
        out.append(clip(_issue_line(result), width))
    for notice in notices:
        out += _lines(_notice_node(notice), width, color, depth=depth)
    return "\n".join(out) + "\n"
