"""Stage 5 — outline: the clause tree of a document body.

In: the body blocks of one document.  Out: the preamble (text before the first
clause), the clause tree and the tables (each told which clause it stands in).

A paragraph that starts with a marker opens a clause only if its number fits
the numbering: the first of its family under a parent, the next after its
previous sibling, or the next after the last number of its family anywhere
in the document (policy measures run (一)…(十七) across 一…五).  Anything else
— a restart of 一、 inside a plan, a (3) after (1) — is text, not a heading.
The layout stage has already glued a marker that only looks like one (the
tail of 统一、 broken over a page) to the paragraph it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from .markers import RANK, Marker, match_marker
from ..model import EMPTY_PASSAGE, Block, Clause, Passage, Piece, Span, Table

# A heading's title runs to its first sentence stop.
TITLE_STOP = regex.compile(r"[。！？]")


# A heading's span as (start_line, end_line, page, end_page): the clause's
# span is built from it once, not from a Span of its own.
_Lines = tuple[int, int, int | None, int | None]


@dataclass(slots=True)
class _Node:
    marker: Marker
    path: str
    level: int
    heading: Passage
    heading_lines: _Lines
    body: list[Passage] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    last_span: Span | None = None


def _title(text: str) -> str:
    m = TITLE_STOP.search(text)
    title = text[: m.start()] if m else text
    return title.strip().rstrip("：:；").strip()


def _heading(passage: Passage, start: int) -> tuple[Passage, _Lines]:
    """``passage.slice(start)`` and its span.

    A heading's marker ends in the paragraph's first line, and its last line
    holds text: then the slice keeps every piece after the first and its span
    runs from the first line to the last, read off without a look-up.  Any
    other paragraph is left to :meth:`Passage.slice`.
    """
    text, pieces = passage.text, passage.pieces
    if start < len(text) and pieces and (len(pieces) == 1 or pieces[1].offset > start) and pieces[-1].offset < len(text):
        first, last = pieces[0], pieces[-1]
        shifted = [Piece(0, first.line, first.page)]
        # A list, not a generator: the heading of a long paragraph has many pieces.
        shifted += [Piece(p.offset - start, p.line, p.page) for p in pieces[1:]]
        return Passage(text[start:], tuple(shifted)), (first.line, last.line, first.page, last.page)
    heading = passage.slice(start)
    span = heading.span
    return heading, (span.start_line, span.end_line, span.page, span.end_page)


def _freeze(node: _Node) -> Clause:
    children = tuple(map(_freeze, node.children)) if node.children else ()
    heading = node.heading
    # The clause runs from its heading to its last child, its last paragraph
    # or its last table, whichever ends last.
    start_line, end_line, page, end_page = node.heading_lines
    if node.body:
        passage = Passage.join([heading, *node.body])
        if not children and passage.pieces:
            end = passage.span
            end_line, end_page = end.end_line, end.end_page
    else:
        # Passage.join of the heading alone: the heading, or an empty passage.
        passage = heading if heading.text else EMPTY_PASSAGE
    if children:
        end = children[-1].span
        end_line, end_page = end.end_line, end.end_page
    last_span = node.last_span
    if last_span and last_span.end_line > end_line:
        end_line, end_page = last_span.end_line, last_span.end_page
    return Clause(
        path=node.path,
        marker=node.marker.text,
        level=node.level,
        kind=node.marker.family,
        number=node.marker.number,
        title=_title(heading.text),
        passage=passage,
        span=Span(start_line, end_line, page, end_page),
        children=children,
    )


def outline(body: tuple[Block, ...] | list[Block]) -> tuple[Passage, tuple[Clause, ...], tuple[Table, ...]]:
    """Build the clause tree of ``body``.

    Returns ``(preamble, clauses, tables)``.
    """
    roots: list[_Node] = []
    stack: list[_Node] = []
    last_number: dict[str, int] = {}  # the last accepted number of each family
    preamble: list[Passage] = []
    tables: list[Table] = []

    def siblings_of(depth: int) -> list[_Node]:
        return roots if depth == 0 else stack[depth - 1].children

    for block in body:
        if isinstance(block, Table):
            path = stack[-1].path if stack else None
            tables.append(replace(block, path=path))
            if stack:
                stack[-1].last_span = block.span
            continue
        marker = match_marker(block.text)
        depth = None
        if marker is not None:
            depth = _place(marker, stack, last_number, siblings_of)
        if marker is None or depth is None:
            if stack:
                stack[-1].body.append(block.passage)
            else:
                preamble.append(block.passage)
            continue
        del stack[depth:]
        parent_path = stack[-1].path + "/" if stack else ""
        heading, heading_lines = _heading(block.passage, marker.end)
        node = _Node(marker, parent_path + marker.path_part, depth + 1, heading, heading_lines)
        siblings_of(depth).append(node)
        stack.append(node)
        last_number[marker.family] = marker.number
    return Passage.join(preamble), tuple(_freeze(n) for n in roots), tuple(tables)


def _place(marker: Marker, stack: list[_Node], last_number: dict[str, int], siblings_of) -> int | None:
    """The depth at which ``marker`` opens a clause, or None if it is not a heading here."""
    family, n = marker.family, marker.number
    # A sibling of an open clause of the same family?
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].marker.family == family:
            prev = stack[depth].marker.number
            if n == prev + 1:
                return depth
            return None  # a repeat, a jump or a restart inside the same list
    # A new list: under the innermost open clause of an outer family.
    depth = len(stack)
    while depth > 0 and RANK[stack[depth - 1].marker.family] >= RANK[family]:
        depth -= 1
    siblings = siblings_of(depth)
    if any(s.marker.family == family for s in siblings):
        return None
    if n == 1 or n == last_number.get(family, 0) + 1:
        return depth
    return None
