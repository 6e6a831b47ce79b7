"""Stage 5 — outline: the clause tree of a document body.

In: the body blocks of one document.  Out: an :class:`~gazette_cli.model.Outline`
(the preamble — text before the first clause —, the clause tree and the
tables, each told which clause it stands in) and the warnings met on the way.

A paragraph that starts with a marker opens a clause only if its number fits
the numbering: the first of its kind under a parent, the next after its
previous sibling, or the next after the last number of its kind anywhere in
the document (policy measures run (一)…(十七) across 一…五).  A small jump or a
repeat inside an open list (第五十条 then 第五十二条) still opens a clause,
with a warning that names the line: a broken sequence never merges two
clauses silently.  Anything else — a restart of 一、 inside a plan, a (3)
before any (1) — is text, not a heading.  A 目录 (table of contents) is read
as such: its entries are not headings.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import EMPTY_PASSAGE, Block, Clause, ClauseKind, Joiner, Outline, Passage, Span, Table, Tail
from ..text.lazy import lazy
from .docparts import unspaced
from .markers import TITLE_ONLY, Marker, is_title_only, match_marker

# A heading's title runs to its first sentence stop.
TITLE_STOP = lazy(r"[。！？]")
# An article's caption (条标) in brackets before its text: 第一条（目的和依据）为了…,
# 第二条【适用范围】本办法适用于…, 第一条〖目的依据〗 为了… (遵义 2024's draft of its 立法条例).  A bracketed
# Chinese numeral opens an item instead.
CAPTION = lazy(r"^[（(【〔〖](?P<caption>[^（）()【】〔〕〖〗。，；：！？0-9０-９\s]{1,20})[）)】〕〗]")
_CAPTION_OPENS = "（(【〔〖"
_CN_NUMBER = lazy(r"[一二三四五六七八九十]+")
# Kinds whose heading paragraph is a title alone (第一章　总　　则): spaces inside it are letter-spacing.
_TITLE_KINDS = frozenset({ClauseKind.PART, ClauseKind.VOLUME, ClauseKind.CHAPTER, ClauseKind.SECTION})
# The largest jump in a list that still opens a clause (with a warning).
MAX_GAP = 3

# Notes under a table or a document: 注：, 说明：, 备注： alone on their line.
# The numbered items after them are notes, not clauses of the outline.
NOTES = lazy(r"^(?:注|说明|备注|注释)[ \u3000]*[：:]$")

# A table of contents: 目录 / 目　　录 alone on its line.
_CONTENTS = lazy(r"^目[ \u3000]*录$")
_CONTENTS_ENTRY_MAX = 60  # characters
_CONTENTS_MAX_ENTRIES = 200

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
    # The heading and the paragraphs up to the first child, joined as they
    # come (None while there is no paragraph): a clause over a long text of
    # a paragraph per line must not hold a passage per line.
    joined: Joiner | None = None
    # An article's paragraphs after its heading: each one is a 款 of its own.
    body: list[Passage] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    last_span: Span | None = None
    # The last character of the clause's own text so far (its heading's, then
    # each paragraph's): a clause that ends with a colon announces a list.
    last: str = ""
    after_list: bool = False  # a paragraph of its own follows its children
    repeat: bool = False  # its number repeats the one before it (a third in a row is no heading)

    def add(self, passage: Passage) -> None:
        """A paragraph of the clause's own text, after those before it."""
        self.last = passage.text[-1:] or self.last
        if self.joined is None:
            self.joined = Joiner()
            self.joined.add(self.heading)
        self.joined.add(passage)
        if self.marker.kind is ClauseKind.ARTICLE:
            self.body.append(passage)


def _title(text: str, kind: ClauseKind) -> str | None:
    if kind in _TITLE_KINDS:
        return unspaced(text) or None
    if kind is ClauseKind.ARTICLE:
        head = text.lstrip(" \u3000")
        m = CAPTION.match(head) if head[:1] in _CAPTION_OPENS else None
        if m and not _CN_NUMBER.fullmatch(m.group("caption")):
            return m.group("caption")
    m = TITLE_STOP.search(text)
    title = text[: m.start()] if m else text
    label = _LABEL_TITLE.match(title) if kind is not ClauseKind.ARTICLE else None  # an article opens with a sentence
    if label and not label.group("label").endswith(_SENTENCE_BEFORE_COLON):
        return label.group("label")  # 一、禁渔范围：我市管辖的榕江干流: the label is the title, what follows its text
    return title.strip().rstrip("：:；").strip() or None


#: A heading that opens with a short label and a colon, its text after it on the line
#: (一、禁渔时间：2022年3月1日0时至6月30日24时; 二、禁火区域：在全县林地…).
#: How a sentence that announces what follows its colon ends (原则是：, 要求如下：, 目标为：): no label.
_SENTENCE_BEFORE_COLON = ("是", "为", "如下", "有")
_LABEL_TITLE = lazy(r"^[ \u3000]*(?P<label>\p{Han}{2,12})[：:][ \u3000]*\S")


def _heading(passage: Passage, start: int) -> tuple[Passage, _Lines]:
    """``passage.slice(start)`` and its span.

    A slice's first piece holds its first character and its last piece its
    last one, so the span is read off the two without a look-up.  A heading
    cut from within its paragraph's first line reads the paragraph's pieces
    where they are (see :class:`~gazette_cli.model.Tail`).
    """
    heading = passage.slice(start)
    pieces = heading.pieces
    if type(pieces) is Tail:
        pieces = pieces.base  # the same lines and pages, read without making pieces
    if not pieces:
        # A marker alone on its line, its text not printed (a page cut after （七）): the marker's line
        span = passage.span
        return heading, (span.end_line, span.end_line, span.end_page, span.end_page)
    first, last = pieces[0], pieces[-1]
    return heading, (first.line, last.line, first.page, last.page)


def _freeze(node: _Node) -> Clause:
    children = tuple(map(_freeze, node.children)) if node.children else ()
    heading = node.heading
    # The clause runs from its heading to its last child, its last paragraph
    # or its last table, whichever ends last.
    start_line, end_line, page, end_page = node.heading_lines
    if children:
        end = children[-1].span
        end_line, end_page = end.end_line, end.end_page
    if node.joined is not None:
        passage = node.joined.passage()
        # Its own text ends last but after a closed list (see _list_closed).
        if passage.pieces and (not children or node.after_list):
            end = passage.span
            end_line, end_page = end.end_line, end.end_page
    else:
        # Passage.join of the heading alone: the heading, or an empty passage.
        passage = heading if heading.text else EMPTY_PASSAGE
    last_span = node.last_span
    if last_span and last_span.end_line > end_line:
        end_line, end_page = last_span.end_line, last_span.end_page
    kind = node.marker.kind
    paragraphs: tuple[Passage, ...] = ()
    if kind is ClauseKind.ARTICLE:
        paragraphs = tuple(p for p in (heading, *node.body) if p.text)
    return Clause(
        path=node.path,
        marker=node.marker.text,
        level=node.level,
        kind=kind,
        number=node.marker.number,
        title=_title(heading.text, kind),
        passage=passage,
        span=Span(start_line, end_line, page, end_page),
        children=children,
        paragraphs=paragraphs,
    )


def contents_entries(body: list[Block] | tuple[Block, ...], i: int) -> int:
    """How many blocks after ``body[i]`` (a 目录 line) are entries of a table
    of contents: short paragraphs up to the one that repeats the first entry,
    where the document itself begins.  0 when no entry repeats."""
    first = body[i + 1] if i + 1 < len(body) else None
    if first is None or isinstance(first, Table):
        return 0
    key = unspaced(first.text)
    for j in range(i + 2, min(len(body), i + 2 + _CONTENTS_MAX_ENTRIES)):
        block = body[j]
        if isinstance(block, Table) or len(block.text) > _CONTENTS_ENTRY_MAX:
            return 0
        if unspaced(block.text) == key:
            return j - i - 1
    return 0


def _entry_marker(block: Block | Table) -> Marker | None:
    """The marker of a block that could be an entry of a table of contents:
    a short line that opens with 第X编/章/节 and holds no sentence."""
    if isinstance(block, Table) or len(block.text) > _CONTENTS_ENTRY_MAX or "。" in block.text:
        return None
    marker = match_marker(block.text)
    return marker if marker is not None and (marker.kind in _TITLE_KINDS or marker.kind is ClauseKind.DECIMAL) else None


def unlabeled_contents(body: list[Block] | tuple[Block, ...], i: int) -> int:
    """How many blocks from ``body[i]`` on are a table of contents printed
    without its 目录 line: a run of 第X编/章/节 lines with nothing between
    them in which one kind comes twice (第一章 总则 / 第二章 … — a chapter
    holds articles before the next one starts, a section before the next
    section).  The run ends where its first entry comes again (the document
    itself begins) or at the first other paragraph.  0 for no such run:
    第一编 / 第一章 / 第一节 / 第一条 are a document's own headings."""
    first = _entry_marker(body[i])
    if first is None:
        return 0
    key, seen, twice = unspaced(body[i].text), {first.family}, False
    j = i + 1
    while j < len(body) and j - i < _CONTENTS_MAX_ENTRIES:
        marker = _entry_marker(body[j])
        if marker is None or unspaced(body[j].text) == key or (marker.family == first.family and marker.number <= first.number):
            break
        twice = twice or marker.family in seen
        seen.add(marker.family)
        j += 1
    return j - i if twice else 0


#: A top decimal heading printed with no space before its title (1总则), and the number after it.
_JOINED_TOP = lazy(r"^(?P<n>[0-9]{1,2})(?=\p{Han})[^。；，：！？%\s]{2,28}$")


def _joined_top(text: str, body, i: int) -> Marker | None:
    """``1总则`` read as ``1　总则`` when the next paragraph is its first
    child, printed the same way (1.1制定目的: 龙驹镇 2023 应急预案): a short
    line that opens with a number is otherwise no heading (3天, 2号楼)."""
    m = _JOINED_TOP.match(text)
    if m is None or i + 1 >= len(body) or isinstance(body[i + 1], Table):
        return None
    if not body[i + 1].text.startswith(m.group("n") + ".1"):
        return None
    marker = match_marker(m.group("n") + "\u3000" + text[m.end("n") :])
    return None if marker is None else replace(marker, end=len(m.group("n")))


def outline(body: tuple[Block, ...] | list[Block], prefix: str = "") -> tuple[Outline, list[str]]:
    """Build the clause tree of ``body``; every path starts with ``prefix``.

    Returns the outline and the warnings (breaks in the numbering).
    """
    roots: list[_Node] = []
    stack: list[_Node] = []
    last_number: dict[str, int] = {}  # the last accepted number of each family
    # Joined as it comes: the preamble of a text without clauses is every
    # paragraph, which must not all be held as passages at once.
    preamble = Joiner()
    tables: list[Table] = []
    warnings: list[str] = []
    used: set[str] = set()
    repeats: dict[str, int] = {}  # a repeated path → the next suffix to try

    def siblings_of(depth: int) -> list[_Node]:
        return roots if depth == 0 else stack[depth - 1].children

    skip = 0
    quoted = 0  # paragraphs still to come inside a quotation opened by an earlier one
    in_notes = False  # after 注：, a new list is a list of notes
    from_page = False  # the body opens with an item numbered past the first: a text read from a page on
    for i, block in enumerate(body):
        if skip:
            skip -= 1
            continue
        if isinstance(block, Table):
            path = stack[-1].path if stack else (prefix[:-1] or None)
            tables.append(replace(block, path=path))
            if stack:
                stack[-1].last_span = block.span
            continue
        text = block.text
        in_quote = quoted > 0
        if in_quote:
            quoted -= 1
        elif "“" in text:
            quoted = _quoted_after(body, i)
        if in_quote:
            # the text an amending 决定 quotes: its (一)…(三) and 第X条 are the amended rule's, not this outline's
            if stack:
                stack[-1].add(block.passage)
            else:
                preamble.add(block.passage)
            continue
        if text[:1] == "目" and _CONTENTS.match(text):
            skip = contents_entries(body, i)
            if skip:
                continue
        if (text[:1] == "第" or "0" <= text[:1] <= "9") and not stack:
            # 第一章 … / 1 总则, 1.1 编制目的 … (兴城市's 预案): a list of headings before the headings
            skip = unlabeled_contents(body, i)
            if skip:
                skip -= 1  # this block too
                continue
        if (stack or tables) and len(text) <= 4 and NOTES.match(text):
            # notes follow the clauses or the table they annotate; before any, 备注： is a page's field
            # (民主法治网's head of 河北省地方立法条例: 实施日期 / 状态 / 备注：) and no list of notes
            in_notes = True
        marker = match_marker(text)
        if marker is None and "0" <= text[:1] <= "9":
            marker = _joined_top(text, body, i)
        placed = None
        if marker is not None and (marker.form not in TITLE_ONLY or is_title_only(marker, text)):
            placed = _place(marker, stack, last_number, siblings_of, text[marker.end : marker.end + 4], from_page)
            if placed is None and i == 0 and marker.kind in _ITEM_KINDS and _STARTS_MID.match(text, marker.end):
                # （五）持续筑牢绿色发展屏障。… as a text's first paragraph (a report's fourth page, a page
                # range of an issue): the item of a list whose first items are on pages before it
                placed, from_page = (0, None), True
            if placed is not None and in_notes:
                if _opens_list(marker, stack, placed[0]):
                    placed = None
                else:
                    in_notes = False
        if placed is None:
            if len(stack) > 1 and _list_closed(stack[-2]):
                del stack[-1]  # the paragraph after a closed list goes on with the clause that announced it
                stack[-1].after_list = True
            if stack:
                stack[-1].add(block.passage)
            else:
                preamble.add(block.passage)
            continue
        depth, broken = placed
        del stack[depth:]
        parent_path = stack[-1].path + "/" if stack else prefix
        path = parent_path + marker.path_part
        if broken:
            line = block.passage.span.start_line
            warnings.append(f"line {line}: the numbering {broken} at {marker.text.strip()}")
        if path in used:  # a repeated number: the path stays unique
            # (the next free suffix kept per path: a text of thousands of 一、 costs no search of them all)
            k = repeats.get(path, 2)
            while f"{path}#{k}" in used:
                k += 1
            repeats[path] = k + 1
            path = f"{path}#{k}"
        used.add(path)
        heading, heading_lines = _heading(block.passage, marker.end)
        node = _Node(marker, path, depth + 1, heading, heading_lines, last=heading.text[-1:], repeat=broken == "repeats")
        siblings_of(depth).append(node)
        stack.append(node)
        last_number[marker.family] = marker.number
    return Outline(preamble.passage(), tuple(_freeze(n) for n in roots), tuple(tables)), warnings


#: A quotation opened after a colon: 修改为：“…, 作为第五条：“…
_OPENS_QUOTE = lazy(r"[：:]“")
_QUOTE_MAX = 40  # paragraphs a quotation may run on over


def _quoted_after(body: tuple[Block, ...] | list[Block], i: int) -> int:
    """How many paragraphs after ``body[i]`` are inside the quotation it opens
    after a colon and leaves open: an amending 决定 quotes a new article over
    several paragraphs (将第五条改为第七条，修改为：“…对下列事项制定地方性法规： / （一）… /
    （三）…。”, 南平 2024; 将第二条修改为：“全体公民放假的节日： / （一）新年… / （七）国庆节….”,
    国务院令第513号).  Where each quoted paragraph opens with its own “, as the
    convention has it, that mark opens no further quotation.  A text that
    ends inside the quotation was cut there (南平 2024's page ends in its
    （三）).  0 when the quotation runs on over a few dozen paragraphs or a
    table: an unbalanced mark is then a slip, and hides no headings."""
    text = body[i].text
    depth = text.count("“") - text.count("”")
    if depth <= 0 or _OPENS_QUOTE.search(text) is None:
        return 0
    end = min(len(body), i + 1 + _QUOTE_MAX)
    for j in range(i + 1, end):
        block = body[j]
        if isinstance(block, Table):
            return 0
        t = block.text
        depth += t.count("“") - t.count("”") - (t[:1] == "“")
        if depth <= 0:
            return j - i
    return end - 1 - i if end == len(body) else 0


# Kinds that number the items of a list within a clause (not its parts).
_ITEM_KINDS = frozenset({ClauseKind.CN, ClauseKind.CN_PAREN, ClauseKind.NUM, ClauseKind.NUM_PAREN, ClauseKind.CIRCLED})


def _list_closed(parent: _Node) -> bool:
    """Is the list under ``parent`` one sentence, closed by its last item?

    ``parent`` announces it with a colon (有下列情形之一的，…：), and its items
    are a paragraph each, every one but the last ending with a semicolon and
    the last with a full stop.  The paragraph after such a list is no part of
    the last item: it is the next paragraph (款) of ``parent``.
    """
    items = parent.children
    if len(items) < 2 or parent.last not in ("：", ":"):
        return False
    *before, last = items
    return (
        last.last == "。"
        and all(item.last == "；" for item in before)
        and all(item.joined is None and not item.children and item.marker.kind in _ITEM_KINDS for item in items)
    )


def _opens_list(marker: Marker, stack: list[_Node], depth: int) -> bool:
    """Would ``marker`` at ``depth`` open a new list (not follow an open clause)?"""
    return not (depth < len(stack) and stack[depth].marker.family == marker.family)


#: The words of an item's heading after its marker: a name, not a figure or a stop (（五）持续筑牢…, 三、2006年的工作意见).
_STARTS_MID = lazy(r"[ \u3000]*(?:\p{Han}|“|20[0-9]{2}年)")

#: Kinds whose first marker in a text may carry any number (第二十二条, 第三章): a part of a regulation.
_ANY_FIRST = frozenset({ClauseKind.VOLUME, ClauseKind.CHAPTER, ClauseKind.SECTION, ClauseKind.ARTICLE})

#: What follows an article cited, not headed: 第二十条第（一）项 (a table of grounds), 第三条规定的.
_CITED = lazy(r"[ \u3000]*(?:第|规定|的|所|中|之|款|项|[、，和至或及])")

#: What follows an article an amendment changes, at the head of its line: 第九条修改为, 第十三条增加一款,
#: 第十三条后增加一条 (甘肃 2010); 第二十条第（一）项 (a table's caption in 洪泽区 2023) goes by _CITED.
_AMENDS = lazy(r"[ \u3000]*(?:修改为|改为|后增加|增加一|删去|删除)")

#: Kinds of chapter that may hold decimal numbers of their own (1. 总则 / 1.1 编制目的; 第一章总则 / 1.1编制目的,
#: 融水县 安全生产事故灾难应急预案).
_DECIMAL_HOSTS = frozenset({ClauseKind.CN, ClauseKind.NUM, ClauseKind.CHAPTER})


def _heads_articles(node: _Node) -> bool:
    """…or the articles under a heading of items that is a title alone
    (一、政策支持 / 第1条 …; （一）固定资产投资奖励 / 第2条 …, a county's 实施意见 whose
    articles run on through its parts, as a regulation's through its chapters):
    an item with its title only, no text and no clause of its own yet."""
    if node.marker.kind not in _SECTION_ITEMS or node.children or node.joined is not None:
        return False
    title = node.heading.text.strip().rstrip("。")
    return 0 < len(title) <= _SECTION_TITLE_MAX and not any(c in title for c in "，。；：,;:")


#: Items that may head a part of articles, and the longest title they have then.
_SECTION_ITEMS = frozenset({ClauseKind.CN, ClauseKind.CN_PAREN})
_SECTION_TITLE_MAX = 25


def _place(
    marker: Marker, stack: list[_Node], last_number: dict[str, int], siblings_of, after: str = "", from_page: bool = False
) -> tuple[int, str | None] | None:
    """The depth at which ``marker`` opens a clause, with what is wrong with
    its number (None when it follows on), or None if it is not a heading here."""
    family, n = marker.family, marker.number
    if marker.kind is ClauseKind.ARTICLE and _AMENDS.match(after):
        return None  # 第九条修改为：“…”: an amending 决定 names the article it changes
    # A sibling of an open clause of the same family?
    for depth in range(len(stack) - 1, -1, -1):
        open_marker = stack[depth].marker
        if open_marker.family == family:
            if marker.parts and marker.parts[:-1] != open_marker.parts[:-1]:
                return None  # 3.2 after 2.1: not in this list
            prev = open_marker.number
            if n == prev + 1 and not marker.sub or n == prev and marker.sub == open_marker.sub + 1:
                return depth, None  # 第四条 after 第三条 or 第三条之一; 第三条之一 after 第三条
            if prev + 1 < n <= prev + MAX_GAP:
                return depth, f"jumps from {open_marker.text.strip()}"
            if n == prev and not stack[depth].repeat:
                return depth, "repeats"  # once: 第五十条 printed twice; a run of 一、 is no outline
            return None  # a restart or a jump back inside the same list
        if marker.parts and open_marker.family == f"decimal{len(marker.parts) - 1}":
            # 3.2.1 opens a list only under 3.2
            if open_marker.parts != marker.parts[:-1]:
                return None
            break
    if len(marker.parts) == 2:
        # 1. 总则 / 1.1 编制目的, 一、总则 / 1.1 …, 第一章总则 / 1.1…: a chapter numbered 1., 一、 or 第一章 holds the
        # decimal numbers that start with its own (预案 of 霍邱县, 浙江省住建厅, 2011)
        for depth in range(len(stack) - 1, -1, -1):
            host = stack[depth].marker
            if host.kind in _DECIMAL_HOSTS and host.number == marker.parts[0]:
                if marker.parts[1] != 1 or any(s.marker.family == family for s in siblings_of(depth + 1)):
                    return None
                return depth + 1, None
            if host.kind is ClauseKind.DECIMAL:
                break
    # A new list: under the innermost open clause of an outer family…
    depth = len(stack)
    rank = marker.rank
    if not (marker.kind is ClauseKind.ARTICLE and stack and _heads_articles(stack[-1])):
        while depth > 0 and stack[depth - 1].marker.rank >= rank:
            depth -= 1
    if marker.parts and len(marker.parts) > 1:
        parent = stack[depth - 1].marker if depth else None
        if parent is None or parent.parts != marker.parts[:-1]:
            return None
    siblings = siblings_of(depth)
    if any(s.marker.family == family for s in siblings):
        # …once: a second list of the clause, after a paragraph of its own that announces it (第六条: 公告应包括以下内容：
        # (一)…(二)… / 总平面图应…标注以下内容： / (一)…(四)…, 上海's 规划公示规定; 个人…应当提供下列材料： / 单位…应当提供下列材料：,
        # 上海市养犬管理条例 第十四条): its items numbered again from one
        parent = stack[depth - 1] if depth else None
        if not (n == 1 and parent is not None and parent.after_list and parent.last in ("：", ":")):
            return None
    if n == 1 or (not marker.parts and n == last_number.get(family, 0) + 1):
        return depth, None
    if marker.kind in _ANY_FIRST and family not in last_number and not _CITED.match(after):
        # 第二十二条 … 第三章 … 第一节 … 第二十三条: a regulation read from a page on (a site's third
        # page of 治安管理处罚法, or --pages): the first of its chapters and articles may be any
        return depth, None
    if from_page and family not in last_number:
        # （三）… then 四、…: in a text read from a page on, an outer list's first item may be any too, and so may
        # the first item under the first heading (（六）… / 116.…, a task list's second part reposted)
        return depth, None
    return None
