"""Stage 4 — segment: split an issue into its documents and read each notice frame.

In: the layout's blocks.  Out: :class:`Frame` pairs — a :class:`Notice` with its metadata
(GB/T 9704 parts: 发文机关, 标题, 发文字号, 主送机关, 署名, 成文日期, 印发日期, and the
规范性文件 code above it) and the blocks of the document body, which the
outline stage turns into clauses.

A notice is anchored on its title: a short paragraph that ends with a
document type (…的通知) and is followed by a document number or an
addressee line.  The issuer is the short organ name above the title; a
normative code above the issuer belongs to this notice (it is printed after
the previous notice's 印发 line).  A file without any notice frame is one
document whose fields the text lacks are null.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .docparts import (
    DOC_TYPES,
    NORMATIVE_CODE,
    PRINTED_DATE,
    canonical_doc_number,
    iso_date,
)
from .markers import match_marker
from ..model import Block, Notice, Paragraph, Passage, Span, Table

# An issuing organ: short, no sentence punctuation, ends with an organ word.
ISSUER = regex.compile(
    r"^[\p{Han}（）]{2,40}(?:政府|办公厅|办公室|委员会|人大常委会|常委会|局|厅|部|院|委|署|会|处|中心|公司|管委会|总局|银行|小组)$"
)
# Several issuers of a joint document, each on its line or separated by spaces.
JOINT_ISSUERS = regex.compile(r"^(?:[\p{Han}]{2,30}(?:政府|办公厅|委员会|局|厅|部|院|委)\s*){2,}$")

# The document attached by the cover letter: 现将《X》印发给你们 / 现印发给你们.
ATTACHED = regex.compile(r"(?:现将|将|把)《(?P<title>[^《》]{2,120})》(?:印发|转发|发)给你们")

_SENTENCE_STOP = regex.compile(r"[。；：！？]")
_ISSUER_BEFORE_TITLE = regex.compile(r"^(?P<issuer>[\p{Han}、]{2,40}?)(?:关于|印发)")
_LIST_COMMA = regex.compile(r"[，,]")

# 附注 under the signature: （此件公开发布）, （联系人：…）.
NOTE = regex.compile(r"^[（(](?:此件|联系人|联系电话|本件|附件)[^）)]{0,60}[）)]$")

# What a 附注 and an 印发 line end with ($ matches before a final newline
# too): a cheap test before their patterns, which cost more on a long paragraph.
_BRACKET_ENDS = ("）", ")", "\n")

# Title of a notice: starts with 关于 / 印发 / the issuer, ends with a document type.
_TYPES_ALT = "|".join(map(regex.escape, DOC_TYPES))
TITLE_END = regex.compile(rf"(?:的)?(?P<type>{_TYPES_ALT})$")


@dataclass(frozen=True, slots=True)
class Frame:
    """A notice as the segmenter sees it: its metadata (a :class:`Notice`
    without outline or extracted items) and the blocks of its body."""

    notice: Notice
    body: tuple[Block, ...]  # the attached document (or the letter) whose outline is wanted


def _text(block: Block) -> str:
    return block.text if isinstance(block, Paragraph) else ""


def _is_title_piece(text: str) -> bool:
    """Could this paragraph be (part of) a title?  Not a sentence, a clause, an
    organ name, a code, a number or a date."""
    return (
        0 < len(text) <= 80
        and not _SENTENCE_STOP.search(text)
        and match_marker(text) is None
        and not ISSUER.match(text)
        and not NORMATIVE_CODE.match(text)
        and not PRINTED_DATE.match(text)
        and iso_date(text) is None
        and canonical_doc_number(text) is None
    )


def _doc_type(title: str | None) -> str | None:
    if not title:
        return None
    m = TITLE_END.search(title)
    return m.group("type") if m else None


@dataclass(slots=True)
class _Start:
    first: int  # index of the first block of the notice (code or issuer)
    title_first: int
    title_last: int
    number_index: int | None
    issuer: str | None
    code: str | None


def _find_starts(blocks: list[Block], texts: list[str]) -> list[_Start]:
    """Where notices start: a title that ends with a document type, followed by
    a document number or an addressee line (``texts`` are the blocks' texts)."""
    starts: list[_Start] = []
    i = 0
    n = len(blocks)
    while i < n:
        # A title is 1-3 short paragraphs ending with a document type.
        found = None
        for span_len in (1, 2, 3):
            last = i + span_len - 1
            # The pieces before ``last`` passed on the shorter spans.
            if last >= n or not _is_title_piece(texts[last]):
                break
            title = "".join(texts[i : last + 1])
            if not TITLE_END.search(title):
                continue
            after = last + 1
            number_index = None
            if after < n and canonical_doc_number(texts[after]):
                number_index = after
                after += 1
            if after < n and texts[after].endswith("：") and len(texts[after]) <= 120 and "。" not in texts[after]:
                found = (last, number_index)
                break
            if number_index is not None:
                found = (last, number_index)
                break
        if not found:
            i += 1
            continue
        title_last, number_index = found
        first = i
        issuer = None
        title_text = "".join(texts[i : title_last + 1])
        if i > 0 and ISSUER.match(texts[i - 1]) and not title_text.startswith(texts[i - 1]):
            issuer = texts[i - 1]
            first = i - 1
        elif i > 0 and JOINT_ISSUERS.match(texts[i - 1]):
            issuer = texts[i - 1]
            first = i - 1
        code = None
        if first > 0 and NORMATIVE_CODE.match(texts[first - 1]):
            code = texts[first - 1]
            first -= 1
        starts.append(_Start(first, i, title_last, number_index, issuer, code))
        i = (number_index if number_index is not None else title_last) + 1
    return starts


def _issuer_from_title(title: str) -> str | None:
    m = _ISSUER_BEFORE_TITLE.match(title)
    if m and ISSUER.match(m.group("issuer")):
        return m.group("issuer")
    return None


def _block_span(block: Block) -> Span:
    return block.passage.span if isinstance(block, Paragraph) else block.span


def _span(blocks: list[Block] | tuple[Block, ...]) -> Span:
    """From the first block's first line to the last block's last line (the
    blocks between need no look-up)."""
    if not blocks:
        return Span(0, 0, None, None)
    first, last = _block_span(blocks[0]), _block_span(blocks[-1])
    return Span(first.start_line, last.end_line, first.page, last.end_page)


def _frame(blocks: list[Block], texts: list[str], start: _Start, end: int) -> Frame:
    """Read one notice's frame from ``blocks[start.first:end]`` (``texts`` are
    the blocks' texts, computed once per issue so that the stage stays linear)."""
    title_pieces = texts[start.title_first : start.title_last + 1]
    raw_title = "".join(title_pieces)
    issuer = start.issuer or _issuer_from_title(raw_title)
    title = raw_title if (not issuer or raw_title.startswith(issuer)) else issuer + raw_title
    doc_number = canonical_doc_number(texts[start.number_index]) if start.number_index is not None else None
    if doc_number and doc_number.startswith("第") and title.endswith("令"):
        # 济南市人民政府令 / 第288号: the order's number is read with its title.
        doc_number = title + doc_number
        issuer = issuer or title[:-1]
    k = (start.number_index if start.number_index is not None else start.title_last) + 1

    addressees: tuple[str, ...] = ()
    if k < end and texts[k].endswith("：") and "。" not in texts[k]:
        addressees = tuple(a.strip() for a in _LIST_COMMA.split(texts[k].rstrip("：")) if a.strip())
        k += 1

    # The end of the notice: a printed-date line closes it.
    printed_date = None
    stop = end
    for j in range(k, end):
        m = PRINTED_DATE.match(texts[j]) if texts[j].endswith(_BRACKET_ENDS) else None
        if m:
            printed_date = iso_date(m.group("date"))
            stop = j
            break
    last_block = stop if printed_date else end - 1

    # The signature: an organ name followed by a date.  The first one after the
    # letter separates the letter from the attached document.
    signed_date = None
    sig = None
    for j in range(k, stop - 1):
        if iso_date(texts[j + 1]) and (ISSUER.match(texts[j]) or JOINT_ISSUERS.match(texts[j]) or texts[j] == issuer):
            sig = j
            signed_date = iso_date(texts[j + 1])
            break
    if sig is None:
        for j in range(k, stop):
            if iso_date(texts[j]):
                sig, signed_date = j - 1, iso_date(texts[j])
                break

    letter_blocks: list[Block]
    if sig is not None:
        letter_blocks = [b for b in blocks[k:sig] if isinstance(b, Paragraph)]
        # A table's text is "", which is no note.
        rest = [blocks[j] for j in range(sig + 2, stop) if not (texts[j].endswith(_BRACKET_ENDS) and NOTE.match(texts[j]))]
    else:
        letter_blocks, rest = [b for b in blocks[k:stop] if isinstance(b, Paragraph)], []
    letter = Passage.join([b.passage for b in letter_blocks])
    named = ATTACHED.search(letter.text)
    attachment_title = named.group("title") if named else None
    body: list[Block] = letter_blocks
    if rest:
        # The attached document: its own title (1-3 short paragraphs), then its body.
        t = 0
        pieces: list[str] = []
        while t < min(3, len(rest)) and isinstance(rest[t], Paragraph) and _is_title_piece(rest[t].text):
            pieces.append(rest[t].text)
            t += 1
            if attachment_title and "".join(pieces) == attachment_title:
                break
        attachment_title = attachment_title or "".join(pieces) or None
        body = rest[t:]
    return Frame(Notice(
        doc_number=doc_number,
        issuer=issuer,
        title=title,
        doc_type=_doc_type(title),
        addressees=addressees,
        signed_date=signed_date,
        printed_date=printed_date,
        normative_code=start.code,
        attachment_title=attachment_title,
        span=_span(blocks[start.first : last_block + 1]),
        letter=letter,
    ), tuple(body))


def _standalone(blocks: list[Block]) -> Frame | None:
    """A file that holds one document without a notice frame (a plan, a regulation)."""
    paras = [b for b in blocks if isinstance(b, Paragraph)]
    if not paras:
        return None
    t = 0
    pieces: list[str] = []
    while t < min(3, len(blocks)) and isinstance(blocks[t], Paragraph) and _is_title_piece(_text(blocks[t])):
        pieces.append(_text(blocks[t]))
        t += 1
        if TITLE_END.search("".join(pieces)):
            break
    title = "".join(pieces) or None
    body = list(blocks[t:])
    headings = sum(1 for b in body if isinstance(b, Paragraph) and match_marker(b.text))
    if title is None and headings < 2:
        return None
    if not body and headings == 0:
        return None
    return Frame(Notice(
        doc_number=None,
        issuer=None,
        title=title,
        doc_type=_doc_type(title),
        addressees=(),
        signed_date=None,
        printed_date=None,
        normative_code=None,
        attachment_title=None,
        span=_span(blocks),
    ), tuple(body))


def segment(blocks: tuple[Block, ...]) -> list[Frame]:
    """Split the blocks of an issue into notice frames (in document order)."""
    blocks_l = list(blocks)
    texts = [_text(b) for b in blocks_l]
    starts = _find_starts(blocks_l, texts)
    if not starts:
        single = _standalone(blocks_l)
        return [single] if single else []
    frames = []
    for n, start in enumerate(starts):
        end = starts[n + 1].first if n + 1 < len(starts) else len(blocks_l)
        frames.append(_frame(blocks_l, texts, start, end))
    return frames


__all__ = ["Frame", "segment", "iso_date", "canonical_doc_number", "DOC_TYPES", "Table"]
