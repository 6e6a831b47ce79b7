"""Stage 3 — layout: page furniture out, pages numbered, broken lines rejoined.

In: the normalized lines.  Out: a :class:`~gazette_cli.model.Layout` whose
blocks are paragraphs (with a map back to source lines and pages) and
indicator tables.

What the stage knows about PDF text layers:

* A page opens at a page-number line or a running header that follows body
  text (the extractor emits a page's furniture before its body), or at a body
  line that starts with a single space (the extractor's mark of a jump to the
  top of a new page or column).
* Printed page numbers anchor the count; pages without one are counted from
  the nearest anchor, and a number that only fits the sequence reversed
  (``61`` where 16 is due) is read reversed.
* Lines wrapped at a column width are rejoined: a line shorter than the column
  ends its paragraph; a full line continues, unless the next line starts a
  clause marker after a sentence end or starts with an indent.  Lines are
  joined without a space, except between two Latin letters.
* Text that is not wrapped (one paragraph per line) is kept line by line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from operator import methodcaller

import regex

from .docparts import stands_alone
from .markers import match_marker
from .normalize import fullwidth_ascii
from .model import (
    IssueInfo,
    Layout,
    Line,
    LineKind,
    Page,
    Paragraph,
    Passage,
    Piece,
    Span,
    Table,
    TableRow,
)

# A page number alone on its line: 16, - 16 -, — 16 —, ·16·, 第16页.
PAGE_NUMBER = regex.compile(
    r"""^(?:
        [-—–－·]?\s*(?P<n>\d{1,4})\s*[-—–－·]?   # 16, -16-, — 16 —
      | 第\s*(?P<n2>\d{1,4})\s*页                 # 第16页
    )$""",
    regex.VERBOSE,
)

# A running header: the gazette's name and its year and issue number, with the
# column name (市政府文件) and sometimes the page number beside them.
RUNNING_HEADER = regex.compile(
    r"""
    (?:^|(?<=\s))(?P<title>[\p{Han}]{2,30}公报)    # 济南市人民政府公报 (after the column name)
    [\s（(]*
    (?P<year>\d{4})\s*年\s*第\s*(?P<number>\d{1,3})\s*[期号]   # （2022年第20期）
    """,
    regex.VERBOSE,
)
_HEADER_MAX_LEN = 80
_PAGE_NUMBER_MAX_LEN = 12  # "— 1234 —", "第1234页"

# Lines that continue a table header (实现数, 目标数 属性 …) or open one.
TABLE_HEADER = regex.compile(r"^序号\s*(?:指标|项目|名称|内容|任务)")
TABLE_ROW = regex.compile(r"^\d{1,3}\s+\S.*\s\S+$")
TABLE_HEADER_WORDS = regex.compile(r"^(?:\d{4}年|实现数|目标数|目标值|基期值|现状值|属性|单位|指标属性|备注|\s)+$")

# Sentence-final punctuation: a full line that ends with one of these may end
# its paragraph if a clause marker follows.
SENTENCE_END = "。！？；：）”』」"
_SENTENCE_ENDS = tuple(SENTENCE_END)  # for str.endswith


# The page number printed beside a running header, at either end of the line.
HEADER_PAGE_FIRST = regex.compile(r"^(\d{1,4})\s")
HEADER_PAGE_LAST = regex.compile(r"\s(\d{1,4})$")
# Header cells: a year that the next cell (实现数, 目标数) completes.
YEAR_CELL = regex.compile(r"\d{4}年")
YEAR_OR_ATTRIBUTE = regex.compile(r"\d{4}年|属性")
# A line letter-spaced by justification (推 进 … 工 程), twice on the line.
LETTER_SPACED = regex.compile(r"\p{Han}[ \u3000]\p{Han}.*\p{Han}[ \u3000]\p{Han}")
_ASCII_ALNUM = regex.compile(r"[A-Za-z0-9]")


def _cell_classes() -> bytes:
    """A ``bytes.translate`` table from UTF-8 to one class letter per character:
    ``h`` ASCII letter or digit (half a cell), ``s`` space or tab (none), ``x``
    anything else (one cell); continuation bytes are deleted, "\\n" stays."""
    table = bytearray(b"x" * 256)
    for b in b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789":
        table[b] = ord("h")
    for b in b" \t":
        table[b] = ord("s")
    table[ord("\n")] = ord("\n")
    return bytes(table)


_CELL_CLASSES = _cell_classes()
_UTF8_CONTINUATION = bytes(range(0x80, 0xC0))
_count_spaces = methodcaller("count", b"s")
_count_half = methodcaller("count", b"h")


def display_cells(raws: list[str]) -> list[float]:
    """Print width of each raw line in em: Latin letters and digits count half, spaces nothing.

    >>> display_cells(["２０２５年 比例达到18.5%", "  推　进"])
    [12.5, 2.0]
    """
    # All lines at once, at C level: the text becomes one class letter per
    # character (see _cell_classes), and counting letters in each line's
    # classes is a builtin mapped over the lines.  A loop over characters,
    # and then a regex call per line, were the layout's hot spot.
    if not raws:
        return []
    text = "\n".join(raws)
    if text.count("\n") != len(raws) - 1:  # a line with "\n" inside: one cell, as any mark
        text = "\n".join(raw.replace("\n", "\r") for raw in raws)
    for space in ("\u3000", "\u00a0"):  # the spaces beyond ASCII
        if space in text:
            text = text.replace(space, " ")
    classes = text.encode("utf-8", "surrogatepass").translate(_CELL_CLASSES, _UTF8_CONTINUATION).split(b"\n")
    return [n - s - 0.5 * h for n, s, h in zip(map(len, classes), map(_count_spaces, classes), map(_count_half, classes))]


@dataclass(frozen=True, slots=True)
class _Classified:
    kind: LineKind
    page_number: str | None = None  # the printed digits, for page-number lines


# The two commonest classifications, made once: a value per line was a
# measurable part of the stage.
_BLANK = _Classified(LineKind.BLANK)
_BODY = _Classified(LineKind.BODY)


def _classify(raw: str, text: str) -> _Classified:
    if not text:
        return _BLANK
    # Cheap tests first: a page number is a few characters, a header names a 公报.
    m = PAGE_NUMBER.match(text) if len(text) <= _PAGE_NUMBER_MAX_LEN else None
    if m:
        return _Classified(LineKind.PAGE_NUMBER, m.group("n") or m.group("n2"))
    if "公报" in text and len(text) <= _HEADER_MAX_LEN and RUNNING_HEADER.search(text) and not text.endswith("。"):
        # A header that also carries the page number at one end: "16 市政府文件 … 公报（…）".
        n = HEADER_PAGE_FIRST.match(text) or HEADER_PAGE_LAST.search(text)
        return _Classified(LineKind.RUNNING_HEADER, n.group(1) if n else None)
    return _BODY


def _page_starts(classified: list[_Classified], raws: tuple[str, ...]) -> tuple[list[int], dict[int, str]]:
    """The index of the line that opens each page (0 for the first), and the
    digits printed on the pages that show a number, by page index."""
    starts = [0]
    printed: dict[int, str] = {}
    prev_body = False  # was the previous non-blank line body text?
    for i, c in enumerate(classified):
        if c is _BLANK:
            continue
        if c is _BODY:
            raw = raws[i]
            if prev_body and raw.startswith(" ") and not raw.startswith("  "):
                starts.append(i)
            prev_body = True
            continue
        # Page furniture.
        if prev_body:
            starts.append(i)
        k = len(starts) - 1
        if c.page_number and k not in printed:
            printed[k] = c.page_number
        prev_body = False
    return starts, printed


def _candidates(digits: str) -> list[int]:
    n = int(digits)
    out = [n]
    if len(digits) > 1 and digits[-1] != "0":
        r = int(digits[::-1])
        if r != n:
            out.append(r)
    return out


def _infer_page_numbers(count: int, printed: dict[int, str]) -> list[int]:
    """Printed page number of each page index 0..count-1.

    >>> pages = _infer_page_numbers(17, {3: "4", 4: "5", 15: "61"})
    >>> pages[0], pages[3], pages[15], pages[16]
    (1, 4, 16, 17)
    """
    if not printed:
        return list(range(1, count + 1))
    votes = Counter()
    for k, digits in printed.items():
        for rank, n in enumerate(_candidates(digits)):
            votes[n - k] += 2 if rank == 0 else 1
    offset = max(votes.items(), key=lambda kv: (kv[1], -abs(kv[0] - 1)))[0]
    pages: list[int] = []
    for k in range(count):
        if k in printed:
            cands = _candidates(printed[k])
            expected = k + offset
            if expected not in cands:
                # A jump in the numbering: follow the printed number from here on.
                best = min(cands, key=lambda n: abs(n - expected))
                offset = best - k
        pages.append(max(1, k + offset))
    return pages


def _issue_info(lines: list[Line]) -> IssueInfo | None:
    for line in lines:
        if line.kind is LineKind.RUNNING_HEADER:
            # The raw line still has the spaces between column name and title.
            m = RUNNING_HEADER.search(fullwidth_ascii(line.raw).strip())
            if m:
                return IssueInfo(
                    title=m.group("title"),
                    year=int(m.group("year")),
                    number=int(m.group("number")),
                    span=Span(line.number, line.number, line.page, line.page),
                )
    return None


def _header_cells(texts: list[str]) -> tuple[str, ...]:
    """Header cells from the header's lines: 2020年 + 实现数 → 2020年实现数."""
    cells: list[str] = []
    for text in texts:
        for token in text.split():
            if cells and YEAR_CELL.fullmatch(cells[-1]) and not YEAR_OR_ATTRIBUTE.match(token):
                cells[-1] += token
            else:
                cells.append(token)
    return tuple(cells)


@dataclass(slots=True)
class _Columns:
    """The lines as parallel lists, index ``i`` for line ``i + 1``: the stage
    works on these and makes the :class:`Line` tuples once, at the end."""

    raws: tuple[str, ...]
    texts: list[str]  # normalized, stripped
    kinds: list[LineKind]
    pages: list[int]
    indented: list[bool]

    def span(self, first: int, last: int) -> Span:
        return Span(first + 1, last + 1, self.pages[first], self.pages[last])


def _find_tables(cols: _Columns) -> dict[int, Table]:
    """Indicator tables, keyed by the index of their first line; their lines
    become :attr:`LineKind.TABLE` in ``cols``."""
    texts, kinds = cols.texts, cols.kinds
    # A header starts with 序号: a substring test finds the few candidates
    # (most issues have none) instead of a pattern run on every line.
    starts = [i for i, t in enumerate(texts) if t.startswith("序号") and kinds[i] is LineKind.BODY]
    if not starts:
        return {}
    tables: dict[int, Table] = {}
    n = len(texts)
    body = [j for j in range(n) if kinds[j] is LineKind.BODY]
    pos = {j: p for p, j in enumerate(body)}
    i = 0
    for candidate in starts:
        if candidate < i:
            continue  # inside the table or header run just read
        i = candidate
        if not TABLE_HEADER.match(texts[i]):
            i += 1
            continue
        start = i
        header_texts: list[str] = []
        rows: list[TableRow] = []
        members: list[int] = []
        j = i
        in_header = True
        while j < n:
            if kinds[j] is not LineKind.BODY:
                j += 1
                continue
            t = texts[j]
            if TABLE_HEADER.match(t) or (in_header and TABLE_HEADER_WORDS.match(t)):
                in_header = True  # the header, or its repeat after a page break
                if not rows:
                    header_texts.append(fullwidth_ascii(cols.raws[j].strip()))
            elif TABLE_ROW.match(t):
                in_header = False
                rows.append(TableRow(tuple(t.split()), t, cols.span(j, j)))
            else:
                break
            members.append(j)
            j += 1
        if not rows:
            # Every line up to j matched as header, so a scan from any of them
            # would stop at j without rows too: skip them (linear on 序号 runs).
            i = max(i + 1, j)
            continue
        title = None
        p = pos.get(start, 0)
        if p > 0:
            before = texts[body[p - 1]]
            if len(before) <= 40 and not before.endswith(("。", "：", "；")) and (
                "指标" in before or "表" in before[-3:]
            ):
                title = before
        tables[start] = Table(
            header=_header_cells(header_texts),
            rows=tuple(rows),
            title=title,
            span=cols.span(members[0], members[-1]),
        )
        for m in members:
            kinds[m] = LineKind.TABLE
        i = j
    return tables


def _is_wrapped(texts: list[str], cells: list[float]) -> tuple[bool, float]:
    """Is the text wrapped at a fixed column width?  Returns (wrapped, width).

    Wrapped text has many lines of one width (a column of 12 em or more) and
    most lines end mid-sentence; text with one paragraph per line has neither.
    """
    if len(cells) < 8:
        return False, 0.0
    counts = Counter(map(round, cells))
    width, _ = counts.most_common(1)[0]
    near = sum(1 for c in cells if width - 3 <= c <= width + 2)
    ends = sum(1 for text in texts if text.endswith(("。", "；", "！", "？")))
    return near >= 0.45 * len(cells) and 12 <= width <= 60 and ends < 0.5 * len(texts), float(width)


# Latin letters: two lines are joined with a space only between two of them.
_LATIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LATIN = regex.compile(r"[A-Za-z]")
# Piece((offset, line, page)) at C speed: tuple.__new__ with the class bound.
_make_piece = partial(tuple.__new__, Piece)


def _paragraph(cols: _Columns, members: list[int]) -> Paragraph:
    """The paragraph of the lines ``members`` (indices), joined."""
    texts = list(map(cols.texts.__getitem__, members))
    text = "".join(texts)
    steps: Iterable[int] = map(len, texts)  # from one line's offset to the next one's
    if len(texts) > 1 and _LATIN.search(text):
        # A space goes between two Latin letters, before the second line's offset.
        parts: list[str] = []
        steps = []
        for left, right in zip(texts, texts[1:] + [""]):
            sep = " " if right and left[-1] in _LATIN_LETTERS and right[0] in _LATIN_LETTERS else ""
            parts += (left, sep)
            steps.append(len(left) + len(sep))
        text = "".join(parts)
    offsets = accumulate(steps, initial=0)  # one more than there are lines: zip stops at the lines
    pieces = tuple(map(_make_piece, zip(offsets, map((1).__add__, members), map(cols.pages.__getitem__, members))))
    return Paragraph(Passage(text, pieces), cols.indented[members[0]])


def _paragraphs(cols: _Columns, tables: dict[int, Table]) -> list[Paragraph | Table]:
    texts, kinds, raws, indented = cols.texts, cols.kinds, cols.raws, cols.indented
    n = len(texts)
    body_idx = [i for i in range(n) if kinds[i] is LineKind.BODY]
    body_cells = display_cells([raws[i] for i in body_idx])
    cells = dict(zip(body_idx, body_cells))
    wrapped, width = _is_wrapped([texts[i] for i in body_idx], body_cells)
    # Blank lines separate paragraphs only when they are not the extractor's
    # habit of putting one after every line.
    followed_by_blank = sum(1 for i in body_idx if i + 1 < n and kinds[i + 1] is LineKind.BLANK)
    blanks_are_noise = bool(body_idx) and followed_by_blank >= 0.6 * len(body_idx)

    # The lines that matter, in order: body lines, table starts, and blank
    # lines where they separate paragraphs; page furniture and table lines
    # are transparent.
    events = body_idx + list(tables)
    if not blanks_are_noise:
        events += [i for i in range(n) if kinds[i] is LineKind.BLANK]
    events.sort()

    blocks: list[Paragraph | Table] = []
    current: list[int] = []

    def flush() -> None:
        if current:
            blocks.append(_paragraph(cols, current))
            current.clear()

    if not wrapped:
        # Not wrapped: every body line is a paragraph of its own.
        for i in events:
            if i in tables:
                blocks.append(tables[i])
            elif kinds[i] is LineKind.BODY:
                blocks.append(_paragraph(cols, [i]))
        return blocks

    wide_at = width + 4
    full_at = width - 3

    def full(i: int, prev: int | None, nxt: int) -> bool:
        """Is line ``i`` as long as the column (so its paragraph may go on)?"""
        c = cells[i]
        if c > wide_at:
            ref = max([cells[j] for j in (prev, nxt) if j is not None and cells[j] > wide_at] + [c])
            return c >= ref * 0.85
        # A line letter-spaced by justification is always a full one.
        return c >= full_at or LETTER_SPACED.search(raws[i].strip()) is not None

    # stands_alone of the previous line, asked when it was the current line
    # (or None if the question did not come up then).
    prev_alone: bool | None = None
    prev_body: int | None = None
    for i in events:
        if i in tables:
            flush()
            blocks.append(tables[i])
            prev_body = None
            continue
        if kinds[i] is LineKind.BLANK:
            flush()
            prev_body = None
            continue
        alone: bool | None = None
        if current and prev_body is not None:
            p = prev_body
            prev_ends = texts[p].endswith(_SENTENCE_ENDS)
            starts_new = (
                indented[i]
                or not full(p, current[-2] if len(current) > 1 else None, i)
                or (prev_ends and match_marker(texts[i]) is not None)
                or (prev_ends and cells[i] > wide_at and not cells[p] > wide_at)
                or (prev_alone if prev_alone is not None else stands_alone(texts[p]))
                or (alone := stands_alone(texts[i]))
            )
            if starts_new:
                flush()
        current.append(i)
        prev_body = i
        prev_alone = alone
    flush()
    return blocks


def layout(raw_lines: tuple[str, ...], norm_lines: tuple[str, ...]) -> Layout:
    """Classify lines, number pages, find tables and rejoin paragraphs."""
    raws = tuple(raw_lines)
    texts = [text.strip() for text in norm_lines]
    classified = list(map(_classify, raws, texts))
    starts, printed = _page_starts(classified, raws)
    pages = _infer_page_numbers(len(starts), printed)
    line_pages: list[int] = []
    for k, (start, end) in enumerate(zip(starts, starts[1:] + [len(raws)])):
        line_pages += [pages[k]] * (end - start)
    cols = _Columns(
        raws=raws,
        texts=texts,
        kinds=[c.kind for c in classified],
        pages=line_pages,
        indented=[raw.startswith(("\u3000", "  ", "\t")) for raw in raws],
    )
    tables = _find_tables(cols)
    blocks = _paragraphs(cols, tables)
    lines = tuple(map(_make_line, zip(range(1, len(texts) + 1), raws, texts, cols.kinds, line_pages, cols.indented)))
    return Layout(
        lines=lines,
        blocks=tuple(blocks),
        issue=_issue_info(lines),
        pages=tuple(pages),
        # Each page with its first line and the number it printed (none without lines).
        page_map=tuple(Page(pages[k], start + 1, printed.get(k)) for k, start in enumerate(starts)) if raws else (),
    )


# Line((number, raw, …)) at C speed: tuple.__new__ with the class bound.
_make_line = partial(tuple.__new__, Line)
