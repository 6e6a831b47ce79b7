"""Documents flattened onto one line, split back into their paragraphs.

A document copied out of a web page or a database often arrives with its line
ends gone: ``…市属国有企业：现将《…》印发给你们…。安顺市人民政府2023年9月5日
（此件公开发布）安顺市市级储备粮管理办法第一章总则第一条为加强…``.  Such a
paragraph is cut where a reader sees a new paragraph:

* before each heading of a regulation — ``第X章``, ``第X节``, ``第X条`` — that
  starts a sentence (or follows a chapter's title) and continues the
  numbering (第三条 after 第二条, never 第六条 quoted in a sentence);
* before each item ``（一）`` that follows a colon or a semicolon, numbered on
  from the item before it in its article;
* in the notice's head: after the addressees' colon, around an organ's name
  and the date that sign the letter, and after the 附注 that follows them.

Only a text with three or more such headings inside its paragraphs is taken
for a flattened one; any other text is left as it is.

A page saved with its line ends turned into spaces (``河南省人民政府 关于明确…
的通知 豫政〔2023〕5号 现将…。 一、加快提振市场信心 (一)全面促进消费增长。
1.把恢复…``) shows its lines by those spaces.  Normalization keeps those spaces
(:func:`~gazette_cli.text.normalize.line_end_spaces`), and a paragraph is cut
at them.
"""

from __future__ import annotations

import re

from ..model import Paragraph, Passage, Table
from ..structure.organs import ORGAN_ENDINGS
from ..text.lazy import lazy
from ..text.normalize import SPACED_SIGN, line_end_spaces
from ..text.numerals import cn_to_int

_CN = "一二三四五六七八九十百千〇零两"
# A heading of a regulation, or an item, inside running text.
_MARK = lazy(rf"第(?P<n>[{_CN}0-9]{{1,6}})(?P<kind>[章节条])|（(?P<item>[一二三四五六七八九十]{{1,3}})）")
_SENTENCE_END = "。；！？"
_ITEM_AFTER = "：；。:;"
_CHAPTER_TITLE_MAX = 25  # characters of a chapter's title, between 第X章 and 第Y条
_ADDRESSEES_MAX = 300
_ENDINGS = "|".join(ORGAN_ENDINGS)
# The signature of a flattened letter: …。安顺市人民政府2023年9月5日（此件公开发布）
_SIGNATURE = lazy(
    rf"(?<=[。！])(?P<organ>[\p{{Han}}、]{{2,40}}?(?:{_ENDINGS}))(?P<date>[0-9]{{4}}年[0-9]{{1,2}}月[0-9]{{1,2}}日)(?P<note>[（(][^（）()]{{2,20}}[）)])?"
)
# What follows 第一章 in a flattened regulation: its title, then 第一条.
_FIRST_ARTICLE = lazy(rf"[^。；]{{0,{_CHAPTER_TITLE_MAX}}}?第一条")
# A heading right after a sentence (perhaps across a line end): the mark of a flattened text.
_AFTER_SENTENCE = lazy(rf"[{_SENTENCE_END}]\n?第[{_CN}0-9]{{1,6}}[章节条]", 0, re)
#: Headings inside paragraphs from which a text counts as flattened.
MIN_HEADINGS = 3



def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else cn_to_int(text)


def _heading_cuts(text: str, state: dict[str, int]) -> tuple[list[int], int]:
    """Offsets in ``text`` before the headings and items that continue the
    numbering in ``state`` (updated), and how many headings stood inside the
    text (not at its start)."""
    cuts: list[int] = []
    headings = 0
    # Where the last chapter or section heading ended; a heading at the end of
    # the paragraph before leaves its title's room to this one.
    left = state.pop("title_left", 0)
    last_heading_end: int | None = left - _CHAPTER_TITLE_MAX if left else None
    for m in _MARK.finditer(text):
        start = m.start()
        before = text[start - 1] if start else "。"
        if m.group("item"):
            n = _number(m.group("item"))
            if before in _ITEM_AFTER and n == state.get("item", 0) + 1:
                cuts.append(start)
                state["item"] = n
            continue
        kind, n = m.group("kind"), _number(m.group("n"))
        after_title = last_heading_end is not None and start - last_heading_end <= _CHAPTER_TITLE_MAX
        if after_title and not cuts and left and kind == "条":
            state["carried"] = 1  # the text before it ends the title of the paragraph before
        # The first chapter follows the regulation's title, not a sentence:
        # it counts when its own title and 第一条 follow it.
        opens = kind == "章" and n == 1 and _FIRST_ARTICLE.match(text, m.end()) is not None
        if n is None or not (before in _SENTENCE_END or start == 0 or opens or (kind == "条" and after_title)):
            continue
        if kind == "章":
            if opens:  # a new regulation: its numbers start again
                state.clear()
                state["opened"] = 1
            elif n != state.get("章", 0) + 1:
                continue
            state["章"], state["节"] = n, 0
        elif kind == "节":
            if n != state.get("节", 0) + 1:
                continue
            state["节"] = n
        else:
            if n != state.get("条", 0) + 1:
                continue
            state["条"], state["item"] = n, 0
        cuts.append(start)
        headings += start > 0
        last_heading_end = m.end() if kind in "章节" else None
    if last_heading_end is not None and len(text) - last_heading_end < _CHAPTER_TITLE_MAX:
        state["title_left"] = _CHAPTER_TITLE_MAX - (len(text) - last_heading_end)
    return cuts, headings


def _head_cuts(text: str, first_heading: int) -> list[int]:
    """Cuts in the notice's head, before ``first_heading``: after the
    addressees' colon, around the signature and its note."""
    cuts: list[int] = []
    colon = text.find("：", 0, min(first_heading, _ADDRESSEES_MAX))
    if colon > 0 and "。" not in text[:colon] and any(c in text[:colon] for c in "，、"):
        cuts.append(colon + 1)
    m = _SIGNATURE.search(text, 0, first_heading)
    if m:
        cuts += [m.start("organ"), m.start("date"), m.end("date")]
        if m.group("note"):
            cuts.append(m.end("note"))
    return cuts


def _unspaced(blocks: list[Paragraph | Table]) -> list[Paragraph | Table]:
    """``blocks`` with each paragraph saved with spaces for its line ends cut at them."""
    out: list[Paragraph | Table] = []
    for block in blocks:
        spans = line_end_spaces(block.text) if isinstance(block, Paragraph) else None
        if spans:
            out.extend(_pieces(block.passage, [end for _, end in spans]))
        else:
            out.append(block)
    return out


#: A clause's closing tag of who carries it out, then the next clause's marker on the same line
#: (（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。, 黑龙江 2013).
_TAG_THEN_MARK = lazy(
    r"[（(][^（）()\n]{2,80}?(?:负责|牵头|主办|协办|配合|参与)[^（）()\n]{0,8}[）)]"
    r"(?=[（(](?P<cn>[一二三四五六七八九十]{1,3})[）)]|(?P<num>[0-9]{1,2})[.．、](?![0-9]))"
)
#: The marker that opens a clause's paragraph: （一） or 1.
_OPENING_MARK = lazy(r"^[（(](?P<cn>[一二三四五六七八九十]{1,3})[）)]|^(?P<num>[0-9]{1,2})[.．、](?![0-9])")


def _run_on_cuts(text: str) -> list[int]:
    """Offsets in a paragraph that opens with a clause's marker where the next
    clause starts on the same line, right after the tag that closes this one,
    numbered on from it."""
    opening = _OPENING_MARK.match(text)
    if opening is None:
        return []
    kind = "cn" if opening.group("cn") else "num"
    last = _number(opening.group(kind))
    cuts = []
    for m in _TAG_THEN_MARK.finditer(text):
        n = _number(m.group(kind)) if m.group(kind) else None
        if n is not None and last is not None and n == last + 1:
            cuts.append(m.end())
            last = n
    return cuts


def _run_on(blocks: list[Paragraph | Table]) -> list[Paragraph | Table]:
    """``blocks`` with each paragraph that runs two clauses together after a tag cut between them."""
    out: list[Paragraph | Table] = []
    for block in blocks:
        cuts = _run_on_cuts(block.text) if isinstance(block, Paragraph) and ("）" in block.text or ")" in block.text) else []
        if cuts:
            out.extend(_pieces(block.passage, cuts))
        else:
            out.append(block)
    return out


def unflatten(blocks: list[Paragraph | Table], text: str | None = None) -> list[Paragraph | Table]:
    """``blocks`` with every flattened paragraph cut into its paragraphs (the
    same list when no paragraph is flattened).  ``text``, the lines the blocks
    were made of, joined, spares the work where no heading follows a sentence
    or a space."""
    if text is None or SPACED_SIGN.search(text):
        blocks = _unspaced(blocks)
    if text is None or _TAG_THEN_MARK.search(text):
        blocks = _run_on(blocks)
    if text is not None and not _AFTER_SENTENCE.search(text):
        return blocks
    state: dict[str, int] = {}
    plans: dict[int, tuple[list[int], bool]] = {}  # block → its cuts, and whether its head ends the title before
    inline = 0  # headings found inside paragraphs, not at their starts
    for k, block in enumerate(blocks):
        if isinstance(block, Table):
            continue
        text = block.text
        if "第" not in text and "（" not in text:
            continue
        state.pop("opened", None)
        state.pop("carried", None)
        cuts, headings = _heading_cuts(text, state)
        inline += headings
        if cuts:
            # The notice's head before the first regulation, or before a new one.
            if cuts[0] > 0 and (not plans or state.pop("opened", None)):
                cuts = _head_cuts(text, cuts[0]) + cuts
            plans[k] = (cuts, bool(state.pop("carried", None)) and k - 1 in plans)
    if inline < MIN_HEADINGS:
        plans = _gaps(blocks, plans)
        if not plans:
            return blocks
    out: list[Paragraph | Table] = []
    for k, block in enumerate(blocks):
        if k not in plans:
            out.append(block)
            continue
        cuts, glue = plans[k]
        pieces = _pieces(block.passage, cuts)
        if glue and pieces and out and isinstance(out[-1], Paragraph):
            # A chapter's title broken over two paragraphs: 第二章计 / 划第十条…
            out[-1] = Paragraph(Passage.join([out[-1].passage, pieces.pop(0).passage], sep=""), False)
        out.extend(pieces)
    return out


def _gaps(blocks: list[Paragraph | Table], plans: dict[int, tuple[list[int], bool]]) -> dict[int, tuple[list[int], bool]]:
    """In a text that is not flattened, the cuts before an article inside a
    paragraph that the numbering demands: the article before it opens a
    paragraph and the one after it opens the next (第一条… / …。第二条… / 第三条…,
    赤水 2007 食品安全 考核办法, a line end lost in its copy)."""
    articles: list[tuple[int, int, int]] = []  # (block, cut, number) of every article cut, in order
    for k, (cuts, _) in plans.items():
        text = blocks[k].text
        for cut in cuts:
            m = _MARK.match(text, cut)
            if m is not None and m.group("kind") == "条":
                articles.append((k, cut, _number(m.group("n"))))
    kept: dict[int, tuple[list[int], bool]] = {}
    for (pk, pcut, pn), (k, cut, n), (nk, ncut, nn) in zip(articles, articles[1:], articles[2:]):
        if cut > 0 and pcut == 0 and ncut == 0 and pk == k and nk > k and pn + 1 == n == nn - 1:
            kept.setdefault(k, ([], False))[0].append(cut)
    return kept


def _pieces(passage: Passage, cuts: list[int]) -> list[Paragraph]:
    bounds = sorted({0, *cuts, len(passage.text)})
    pieces = []
    for a, b in zip(bounds, bounds[1:]):
        piece = passage.slice(a, b)
        stripped = piece.text.strip()
        if stripped:
            lead = len(piece.text) - len(piece.text.lstrip())
            pieces.append(Paragraph(piece.slice(lead, lead + len(stripped)), False))
    return pieces
