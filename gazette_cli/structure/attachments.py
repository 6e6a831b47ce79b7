"""The documents attached to a notice: where each begins, its label and title.

In: the blocks after a notice's signature (and its 附注 lines), the titles
the letter announces (``现将《X》印发给你们``, the ``附件：1．…`` list).  Out:
:class:`Draft` attachments — label, title, the history note under a
regulation's title, and the blocks of the body — for the outline stage.

An attachment begins at a label line (``附件``, ``附件2``, ``附件1.``,
``附件3：``), or, unlabelled, at the notice's first attached document, or
where a second document is printed right after the first: a title that ends
with a document type, followed by a history note or by the first heading of
a new outline (第一章, 第一条, 一、), once the document before it has
headings of its own.
"""

from __future__ import annotations


from ..model import Block, Blocks, ClauseKind, Paragraph, Span, Table
from ..records import record
from ..text.lazy import lazy
from ..layout.furniture import CONTENTS_HEAD
from .docparts import ATTACHMENT_LABEL, DOC_TYPES, unkerned, unspaced
from .markers import match_marker
from .organs import is_organ

LABEL = ATTACHMENT_LABEL
# The list of attachments at the end of a letter: 附件：1．X / 2．Y, 附件1.X, 附件：X.
LIST_START = lazy(
    r"^附[ \u3000]*件[ \u3000]*(?:[:：][ \u3000]*(?:(?P<n>[0-9]{1,2})[.．、:：]?)?|(?P<n2>[0-9]{1,2})[.．、:：]?)[ \u3000]*(?P<title>\S.{1,80})$"
)
LIST_ITEM = lazy(r"^(?P<n>[0-9]{1,2})[.．、][ \u3000]*(?P<title>\S.{1,80})$")
# The history note under a regulation's title, in brackets:
# （1991年3月4日…令第76号发布　2018年9月6日…修订通过）.
HISTORY_NOTE = lazy(r"^[（(][^（）()]{0,40}[0-9〇○一二三四五六七八九十]{4}年.*(?:发布|通过|公布|修订|修正|施行|批准)[^（）()]*[）)]$")
_HISTORY_MAX = 600

#: What the title of an attached document ends with: document types and the
#: names of forms, lists and tables.
TITLE_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        set(DOC_TYPES)
        | set("表 书 单 清单 名单 名录 目录 坐标 标准 指标 指南 细目 一览表 汇总表 分工 任务 合同 协议 章程 说明 格式 样式 范本 文本".split()),
        key=lambda w: (-len(w), w),  # the same order in every run: patterns are cached by their text
    )
)
_SENTENCE_STOP = lazy(r"[。；！？]")
_TITLE_MAX = 80
_TYPE_LAST_CHARS = frozenset(t[-1] for t in DOC_TYPES)
# What may follow a title's last word: （试行）, （2018—2035年）.
#: The note on a letter's disclosure under its signature: （此件公开发布）, （此件主动公开）.
_DISCLOSURE = lazy(r"^[（(](?:此件|本件)[^（）()]{0,12}[）)]$")
_TRAILING_NOTE = lazy(r"[（(][^（）()]{1,20}[）)]$")
#: What a draft's or a revision's title carries on a line of its own under it: 遂昌县应村乡…应急预案 /
#: (征求意见稿) (遂昌 2023), 湖州市出租汽车客运管理办法 / (修订征求意见稿) (湖州 2021), 湖北生态省建设工作考核细则 /
#: (2017年修订稿) (鄂环委办〔2018〕4号).
_DRAFT_MARK = lazy(r"^[（(](?:[0-9]{4}年)?(?:修订|草案)*(?:征求意见稿|送审稿|修订稿)[）)]$")
# A count printed under a title: （共130项） is no part of it.
_COUNT = lazy(r"^[（(]共[0-9一二三四五六七八九十百千]+[项件条个家部][）)]$")


@record
class Draft:
    """An attached document before its outline is read."""

    label: str | None
    title: str | None
    note: str | None
    body: tuple[Block, ...] | Blocks
    span: Span


def _text(block: Block) -> str:
    return block.text if isinstance(block, Paragraph) else ""


def _label(text: str) -> str | None:
    """``附件2：`` → ``附件2``; None when the text is no label."""
    if not text.startswith("附") or len(text) > 12:
        return None
    m = LABEL.match(text)
    if not m:
        return None
    return "附件" + (m.group("n") or "")


def is_title_piece(text: str) -> bool:
    """Could this paragraph be (part of) an attached document's title?"""
    return (
        0 < len(text) <= _TITLE_MAX
        and not _SENTENCE_STOP.search(text)
        and "\t" not in text
        and match_marker(text) is None
        and _label(text) is None
        and not _COUNT.match(text)
        and not CONTENTS_HEAD.match(text)  # 目 录 under the title (阿署办发〔2007〕22号's 细则)
    )



def ends_like_a_title(text: str) -> bool:
    """Does ``text`` end with a document type or a form's name (after a
    （试行） or a year range)?

    >>> ends_like_a_title("举报奖励实施细则（试行）"), ends_like_a_title("违法违规行为")
    (True, False)
    """
    return _TRAILING_NOTE.sub("", text).endswith(TITLE_ENDINGS)


def listed_titles(texts: list[str], start: int) -> tuple[int, list[str]]:
    """The ``附件：…`` list that starts at ``texts[start]`` (the texts of a
    notice's blocks): how many blocks it takes and the titles it names (0 and
    [] when there is none).

    >>> listed_titles(["附件：1．审批表", "2．通知书", "国务院"], 0)
    (2, ['审批表', '通知书'])
    """
    first = texts[start]
    if not first.startswith("附"):
        return 0, []
    if _label(first):
        # 附件： alone, the list on the lines under it (宣城市卫健委's 2020 notice: 附件: / 1.参会单位名单 /
        # 2.《…》): a letter's list, before its signature
        titles, expected, k = [], 1, start + 1
    else:
        m = LIST_START.match(first)
        if not m or _SENTENCE_STOP.search(m.group("title").rstrip("。")):
            return 0, []
        titles = [m.group("title").rstrip("；;。")]
        expected = int(m.group("n") or m.group("n2") or 1) + 1
        k = start + 1
    while k < len(texts):
        item = LIST_ITEM.match(texts[k])
        if not item or int(item.group("n")) != expected:
            break
        if _SENTENCE_STOP.search(item.group("title").rstrip("。")):
            break  # a clause of the letter, no title
        titles.append(item.group("title").rstrip("；;。"))
        expected += 1
        k += 1
    if not titles:
        return 0, []
    return k - start, titles


def _split_known_title(blocks: list[Block] | Blocks, i: int, known: list[str]) -> list[Block] | Blocks:
    """``blocks``, with ``blocks[i]`` cut after a title the notice announced
    when it runs on past it (a wrapped text layer joined the title to what
    follows it)."""
    if i >= len(blocks) or not isinstance(blocks[i], Paragraph):
        return blocks
    text = blocks[i].text
    for title in known:
        if len(text) > len(title) and text.startswith(title) and not (len(text) - len(title) <= _TITLE_TAIL_MAX and ends_like_a_title(text)):
            # (not a longer title of its own that the letter named short: 洋县2024年十大民生实事项目 / …项目清单, 洋县 2024)
            passage = blocks[i].passage
            cut = [Paragraph(passage.slice(0, len(title))), Paragraph(passage.slice(len(title)))]
            if isinstance(blocks, Blocks):
                return blocks.replace(i, cut)
            blocks[i : i + 1] = cut
            return blocks
    return blocks


_BYLINE_MAX = 12  # organ lines above an attached document's title
_TITLE_TAIL_MAX = 4  # characters a printed title may run past the one the letter named (清单, 一览表)


def _byline(blocks: tuple[Block, ...] | list[Block], i: int) -> int:
    """How many organ lines at ``blocks[i]`` head the title under them: the
    departments that issued a document the notice forwards (沧州 2009:
    沧州市发展改革委 / 沧州市邮政局 / … / 支持农村邮政物流发展实施办法)."""
    k = i
    while k < len(blocks) and k - i < _BYLINE_MAX and isinstance(blocks[k], Paragraph) and is_organ(_text(blocks[k])):
        k += 1
    if k == i or k >= len(blocks) or not is_title_piece(_text(blocks[k])) or not ends_like_a_title(_text(blocks[k])):
        return 0
    return k - i


def _title_from(blocks: tuple[Block, ...] | list[Block], i: int, known: list[str]) -> tuple[str | None, int]:
    """The title that starts at ``blocks[i]`` and how many blocks it takes: up
    to three short paragraphs, to a title the notice announced or to a title
    ending; a single piece when nothing ends it."""
    pieces: list[str] = []
    k = i
    while k < len(blocks) and len(pieces) < 3 and is_title_piece(_text(blocks[k])):
        if not pieces and _DISCLOSURE.match(_text(blocks[k])):
            k += 1  # (此件主动公开) over the title, no blank line between (惠安 2025): the letter's note, no piece of it
            continue
        pieces.append(_text(blocks[k]))
        k += 1
        joined = unkerned("".join(pieces))
        squeezed = as_compared(joined)
        if _is_known(joined, known):
            return joined, k - i
        if not any(as_compared(t).startswith(squeezed) for t in known) and ends_like_a_title(squeezed):
            if k < len(blocks) and _DRAFT_MARK.match(unspaced(_text(blocks[k]))):
                return joined + unspaced(_text(blocks[k])), k + 1 - i
            return joined, k - i
    if not pieces:
        return None, 0
    return pieces[0], 1


def _is_known(title: str | None, known: list[str]) -> bool:
    """Is ``title`` (white space aside) one the notice announced?"""
    if title is None:
        return False
    squeezed = as_compared(title)
    return any(squeezed == as_compared(t) for t in known)


#: A title named inside another's marks takes 〈〉 (《2019年〈政府工作报告〉确定的…方案》) where it is printed with 《》.
_NESTED_MARKS = str.maketrans("〈〉", "《》")


def as_compared(title: str) -> str:
    """A title as two printings of it are compared: white space aside, 〈〉 as 《》."""
    return unspaced(title).translate(_NESTED_MARKS)


_NOTE_PIECES = 4  # paragraphs a history note may be broken into


def _history_note(blocks: list[Block], i: int) -> tuple[str | None, int]:
    """The history note that starts at ``blocks[i]`` (perhaps broken over a few
    paragraphs by a wrapped text layer) and how many blocks it takes."""
    if i >= len(blocks) or not _text(blocks[i]).startswith(("（", "(")):
        return None, 0
    joined = ""
    for k in range(i, min(i + _NOTE_PIECES, len(blocks))):
        joined += _text(blocks[k])
        if len(joined) > _HISTORY_MAX:
            break
        if joined.endswith(("）", ")")):
            return (joined, k - i + 1) if HISTORY_NOTE.match(joined) else (None, 0)
    return None, 0


def _span(blocks: list[Block] | tuple[Block, ...]) -> Span:
    def of(block: Block) -> Span:
        return block.passage.span if isinstance(block, Paragraph) else block.span

    if not blocks:
        return Span(0, 0, None, None)
    first, last = of(blocks[0]), of(blocks[-1])
    return Span(first.start_line, last.end_line, first.page, last.end_page)


def _second_document(body: list[Block]) -> int | None:
    """Where a second, unlabelled document starts in ``body`` (the index of
    its title), or None: a title with a document type, then a history note or
    the first heading of an outline, after headings of the first document."""
    first_heading: int | None = None
    for k, block in enumerate(body):
        text = _text(block)
        # A cheap test first: a title ends with a document type.
        if not text or text[-1] not in _TYPE_LAST_CHARS or not text.endswith(DOC_TYPES) or not is_title_piece(text):
            continue
        if first_heading is None:
            first_heading = next((j for j, b in enumerate(body) if isinstance(b, Paragraph) and match_marker(b.text) is not None), len(body))
        if first_heading >= k:
            continue
        nxt = _text(body[k + 1]) if k + 1 < len(body) else ""
        if HISTORY_NOTE.match(nxt):
            return k
        marker = match_marker(nxt) if nxt else None
        if marker is not None and marker.number == 1 and marker.kind in (ClauseKind.CHAPTER, ClauseKind.ARTICLE, ClauseKind.CN, ClauseKind.PART):
            return k
    return None


def _announced_title_at(body: list[Block] | Blocks, known: list[str], title: str | None) -> int | None:
    """Where in ``body`` a paragraph is another title the letter announced
    (现将《A》和《B》印发给你们: B's title under A's last clause, 国办发〔2018〕124号),
    its words alone on their line; None if none is."""
    own = unspaced(title or "")
    pending = {t for t in map(unspaced, known) if t != own}
    for k, block in enumerate(body):
        if isinstance(block, Paragraph) and len(block.text) <= ANNOUNCED_TITLE_MAX and unspaced(block.text) in pending:
            return k
    return None


ANNOUNCED_TITLE_MAX = 80  # characters of a line that is a title the letter names


def split(blocks: list[Block] | Blocks, known_titles: list[str]) -> list[Draft]:
    """The attached documents in ``blocks`` (everything after the notice's signature)."""
    drafts: list[Draft] = []
    # The layout's blocks are read where they are; a copy would make each
    # paragraph that they hold as a line's number (see Blocks).
    blocks = blocks if isinstance(blocks, Blocks) else list(blocks)
    i = 0
    while i < len(blocks):
        label = _label(_text(blocks[i]))
        start = i
        if label is not None and (listed := _unprinted_list(blocks, i)):
            i += listed  # a list of attachments not printed, at the end or over the first (古美路街道 2022: its 方案's 附件： / 1.… / 4.…)
            continue
        if label is not None:
            i += 1
        blocks = _split_known_title(blocks, i, known_titles)
        n = len(blocks)
        byline = _byline(blocks, i)
        if byline and _is_known(_title_from(blocks, i, known_titles)[0], known_titles):
            byline = 0  # the organs open the title the notice announced (《鹤岗市人民政府 鹤岗市中级人民法院关于…》)
        i += byline
        title, used = _title_from(blocks, i, known_titles)
        i += used
        if title is None and not drafts and label is None and known_titles:
            title = known_titles[0]  # printed without its title line: the one the letter announced (现予公布《X》)
        note, used = _history_note(blocks, i)
        i += used
        body_start = i
        for block in blocks[i:n]:  # each block once, and at C speed for a list
            if isinstance(block, Paragraph) and block.text[:1] == "附" and _label(block.text) is not None:
                break
            i += 1
        body = blocks[body_start:i]
        second = _second_document(body)
        announced = _announced_title_at(body, known_titles, title) if len(known_titles) > 1 else None
        if announced is not None and (second is None or announced < second):
            second = announced
        if second is not None:
            i = body_start + second  # the next draft starts at the second title
            body = body[:second]
        if not body and note is None and label is None and title is not None and title.startswith("附件"):
            # 附件：国家基本药物目录-2018年版 closing the page (国卫药政发〔2018〕31号), 附件下载： (a site's link): a line
            # that names what is not printed attaches nothing
            continue
        drafts.append(Draft(label, title, note, body if isinstance(body, Blocks) else tuple(body), _span(blocks[start:i])))
    return drafts


def _unprinted_list(blocks: list[Block] | Blocks, i: int) -> int:
    """How many blocks the 附件： list at ``blocks[i]`` takes when nothing but another label
    follows it (the titles of attachments printed elsewhere or not at all); else 0."""
    texts = [_text(b) for b in blocks[i : i + _LIST_MAX + 1]]
    taken, _ = listed_titles(texts, 0)  # (under a bare label: the label and one title at least, or none)
    if not taken:
        return 0
    after = i + taken
    return taken if after >= len(blocks) or _label(_text(blocks[after])) is not None else 0


_LIST_MAX = 40  # titles an attachment list names at most


def prefixes(drafts: list[Draft], own_clauses: bool) -> list[str]:
    """The path prefix of each attachment: its label's number (``附件2/``);
    none for the first attachment when the notice's own text has no clauses
    and the attachment has no numbered label; else ``附件n/`` by position."""
    out = []
    for pos, d in enumerate(drafts, start=1):
        if d.label and d.label != "附件":
            out.append(d.label + "/")
        elif pos == 1 and not own_clauses:
            out.append("")
        else:
            out.append(f"附件{pos}/")
    return out


__all__ = ["Draft", "split", "prefixes", "listed_titles", "is_title_piece", "LABEL", "HISTORY_NOTE", "Table"]
