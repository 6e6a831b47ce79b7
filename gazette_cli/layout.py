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
from dataclasses import dataclass

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

_LATIN = regex.compile(r"[A-Za-z]")

# The page number printed beside a running header, at either end of the line.
HEADER_PAGE_FIRST = regex.compile(r"^(\d{1,4})\s")
HEADER_PAGE_LAST = regex.compile(r"\s(\d{1,4})$")
# Header cells: a year that the next cell (实现数, 目标数) completes.
YEAR_CELL = regex.compile(r"\d{4}年")
YEAR_OR_ATTRIBUTE = regex.compile(r"\d{4}年|属性")
# A line letter-spaced by justification (推 进 … 工 程), twice on the line.
LETTER_SPACED = regex.compile(r"\p{Han}[ \u3000]\p{Han}.*\p{Han}[ \u3000]\p{Han}")
_ASCII_ALNUM = regex.compile(r"[A-Za-z0-9]")


def display_cells(raw: str) -> float:
    """Print width of a raw line in em: Latin letters and digits count half, spaces nothing."""
    # str.count and one regex pass: a per-character loop was the layout's hot spot.
    spaces = raw.count(" ") + raw.count("\u3000") + raw.count("\u00a0") + raw.count("\t")
    half = len(raw) - len(_ASCII_ALNUM.sub("", raw))
    return (len(raw) - spaces - half) + 0.5 * half


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


def _assign_pages(kinds: list[_Classified], raws: list[str]) -> tuple[list[int], list[int], dict[int, str]]:
    """Page index of every line, the page number of every page index, and
    the digits printed on the pages that show a number."""
    index: list[int] = []
    printed: dict[int, str] = {}
    k = 0
    prev: LineKind | None = None  # kind of the previous non-blank line
    for c, raw in zip(kinds, raws):
        if c.kind is LineKind.BLANK:
            index.append(k)
            continue
        furniture = c.kind in (LineKind.PAGE_NUMBER, LineKind.RUNNING_HEADER)
        if prev is not None:
            if furniture and prev is LineKind.BODY:
                k += 1
            elif not furniture and raw.startswith(" ") and not raw.startswith("  ") and prev is LineKind.BODY:
                k += 1
        if furniture and c.page_number and k not in printed:
            printed[k] = c.page_number
        index.append(k)
        prev = LineKind.BODY if not furniture else c.kind
    pages = _infer_page_numbers(k + 1, printed)
    return index, pages, printed


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


def _find_tables(lines: list[Line]) -> dict[int, Table]:
    """Indicator tables, keyed by the index (in ``lines``) of their first line."""
    tables: dict[int, Table] = {}
    i = 0
    n = len(lines)
    body = [j for j in range(n) if lines[j].kind is LineKind.BODY]
    pos = {j: p for p, j in enumerate(body)}
    while i < n:
        line = lines[i]
        if line.kind is not LineKind.BODY or not TABLE_HEADER.match(line.text):
            i += 1
            continue
        start = i
        header_texts: list[str] = []
        rows: list[TableRow] = []
        members: list[int] = []
        j = i
        in_header = True
        while j < n:
            cur = lines[j]
            if cur.kind is not LineKind.BODY:
                j += 1
                continue
            t = cur.text
            if TABLE_HEADER.match(t) or (in_header and TABLE_HEADER_WORDS.match(t)):
                in_header = True  # the header, or its repeat after a page break
                if not rows:
                    header_texts.append(fullwidth_ascii(cur.raw.strip()))
            elif TABLE_ROW.match(t):
                in_header = False
                rows.append(TableRow(tuple(t.split()), t, Span(cur.number, cur.number, cur.page, cur.page)))
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
            before = lines[body[p - 1]]
            if len(before.text) <= 40 and not before.text.endswith(("。", "：", "；")) and (
                "指标" in before.text or "表" in before.text[-3:]
            ):
                title = before.text
        header = _header_cells(header_texts)
        first, last = lines[members[0]], lines[members[-1]]
        tables[start] = Table(
            header=header,
            rows=tuple(rows),
            title=title,
            span=Span(first.number, last.number, first.page, last.page),
        )
        for m in members:
            lines[m] = Line(lines[m].number, lines[m].raw, lines[m].text, LineKind.TABLE, lines[m].page, lines[m].indented)
        i = j
    return tables


def _is_wrapped(lines: list[Line], cells: list[float]) -> tuple[bool, float]:
    """Is the text wrapped at a fixed column width?  Returns (wrapped, width).

    Wrapped text has many lines of one width (a column of 12 em or more) and
    most lines end mid-sentence; text with one paragraph per line has neither.
    """
    if len(cells) < 8:
        return False, 0.0
    counts = Counter(round(c) for c in cells)
    width, _ = counts.most_common(1)[0]
    near = sum(1 for c in cells if width - 3 <= c <= width + 2)
    ends = sum(1 for line in lines if line.text.endswith(("。", "；", "！", "？")))
    return near >= 0.45 * len(cells) and 12 <= width <= 60 and ends < 0.5 * len(lines), float(width)


def _join(left: str, right: str) -> str:
    if left and right and _LATIN.match(left[-1]) and _LATIN.match(right[0]):
        return " "
    return ""


def _paragraphs(lines: list[Line], tables: dict[int, Table]) -> list[Paragraph | Table]:
    body_idx = [i for i, line in enumerate(lines) if line.kind is LineKind.BODY]
    cells = {i: display_cells(lines[i].raw) for i in body_idx}
    wrapped, width = _is_wrapped([lines[i] for i in body_idx], [cells[i] for i in body_idx])
    # Blank lines separate paragraphs only when they are not the extractor's
    # habit of putting one after every line.
    followed_by_blank = sum(
        1 for i in body_idx if i + 1 < len(lines) and lines[i + 1].kind is LineKind.BLANK
    )
    blanks_are_noise = bool(body_idx) and followed_by_blank >= 0.6 * len(body_idx)

    def wide(i: int) -> bool:
        return wrapped and cells[i] > width + 4

    def full(i: int, prev: int | None, nxt: int | None) -> bool:
        if not wrapped:
            return False
        if wide(i):
            ref = max([cells[j] for j in (prev, nxt) if j is not None and wide(j)] + [cells[i]])
            return cells[i] >= ref * 0.85
        if LETTER_SPACED.search(lines[i].raw.strip()):
            return True  # letter-spaced by justification: only full lines are
        return cells[i] >= width - 3

    blocks: list[Paragraph | Table] = []
    current: list[int] = []

    def flush() -> None:
        if not current:
            return
        text_parts: list[str] = []
        pieces: list[Piece] = []
        offset = 0
        for n, i in enumerate(current):
            t = lines[i].text
            if n:
                sep = _join(text_parts[-1], t)
                text_parts.append(sep)
                offset += len(sep)
            pieces.append(Piece(offset, lines[i].number, lines[i].page))
            text_parts.append(t)
            offset += len(t)
        blocks.append(Paragraph(Passage("".join(text_parts), tuple(pieces)), lines[current[0]].indented))
        current.clear()

    # A line is asked this as the line and again as the previous line: keep the
    # last answer (one, not one per line: a dict of every line cost more memory
    # than the stage's own output on a big file).
    standalone_at: int | None = None
    standalone = False

    def is_standalone(i: int) -> bool:
        nonlocal standalone_at, standalone
        if standalone_at != i:
            standalone_at, standalone = i, stands_alone(lines[i].text)
        return standalone

    prev_body: int | None = None
    for i in range(len(lines)):
        line = lines[i]
        if i in tables:
            flush()
            blocks.append(tables[i])
            prev_body = None
            continue
        if line.kind is LineKind.BLANK:
            if not blanks_are_noise:
                flush()
                prev_body = None
            continue
        if line.kind is not LineKind.BODY:
            continue  # page furniture and table lines are transparent
        if current and prev_body is not None:
            p = prev_body
            marker = match_marker(line.text) is not None
            starts_new = (
                line.indented
                or not full(p, current[-2] if len(current) > 1 else None, i)
                or (marker and (not wrapped or lines[p].text.endswith(_SENTENCE_ENDS)))
                or (wide(i) and not wide(p) and lines[p].text.endswith(_SENTENCE_ENDS))
                or is_standalone(p)  # p first: it was the previous line's i, so remembered
                or is_standalone(i)
            )
            if starts_new:
                flush()
        current.append(i)
        prev_body = i
    flush()
    return blocks


def layout(raw_lines: tuple[str, ...], norm_lines: tuple[str, ...]) -> Layout:
    """Classify lines, number pages, find tables and rejoin paragraphs."""
    kinds = [_classify(raw, text.strip()) for raw, text in zip(raw_lines, norm_lines)]
    index, pages, printed = _assign_pages(kinds, list(raw_lines))
    lines: list[Line] = []
    for n, (raw, text, c) in enumerate(zip(raw_lines, norm_lines, kinds), start=1):
        indented = raw.startswith(("\u3000", "  ", "\t"))
        lines.append(Line(n, raw, text.strip(), c.kind, pages[index[n - 1]], indented))
    tables = _find_tables(lines)
    blocks = _paragraphs(lines, tables)
    return Layout(
        lines=tuple(lines),
        blocks=tuple(blocks),
        issue=_issue_info(lines),
        pages=tuple(pages),
        page_map=_page_map(index, pages, printed),
    )


def _page_map(index: list[int], pages: list[int], printed: dict[int, str]) -> tuple[Page, ...]:
    """Each page with its first source line and the number it printed."""
    starts: dict[int, int] = {}
    for n, k in enumerate(index, start=1):
        starts.setdefault(k, n)
    return tuple(Page(pages[k], starts[k], printed.get(k)) for k in sorted(starts))
