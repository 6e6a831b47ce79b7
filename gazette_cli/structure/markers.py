"""Clause markers: one table of numbering schemes, and everything derived from it.

A *kind* of clause (:class:`~gazette_cli.model.ClauseKind`) has a place in
the nesting order and a way to write its number in a path; a *form* is one
way of printing a marker of that kind (（一）, (一) and ㈠ are forms of one
kind).  :data:`FORMS` is the table: the marker pattern, the first-character
prefilter, the path parts and the schema's enum of kinds all come from it,
so a new scheme is a new row.

:func:`match_marker` is a "check only" matcher: it answers "does this text
start with a clause marker?" for the layout stage (a marker starts a
paragraph) and the outline stage (a marker opens a clause).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import ClauseKind
from ..records import record
from ..text.lazy import VERBOSE, lazy
from ..text.numerals import NUMERAL_CHARS, cn_to_int, int_to_cn

_CN = "一二三四五六七八九十百千〇零两"  # numerals of 第X章 / 第X条 (no ○: a circle is no article number)
_ARABIC = "0-9０-９"
# Spaces a letter-spaced heading puts inside its marker: 第 一 章.
_SP = r"[ \u3000]*"
# An ordinal's number, one space between its digits where a line was spaced out (第 1 0 条, 柳河 2023 实施意见).
_ORD = rf"(?P<n>[{_CN}{_ARABIC}](?:[ \u3000]?[{_CN}{_ARABIC}])*)"

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_PAREN_NUM = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_DOT_NUM = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"


def _ordinal(kind_word: str) -> Callable[[str, int], str]:
    """第一章 → 第一章: the marker as printed, spaces and full-width digits out."""

    def part(raw: str, number: int) -> str:
        return "".join(raw.split()).translate(_FULLWIDTH_DIGITS)

    return part


_FULLWIDTH_DIGITS = {0xFF10 + i: 0x30 + i for i in range(10)}


@record
class Kind:
    """A kind of clause: its nesting rank and how its number is written in a path."""

    kind: ClauseKind
    rank: int  # outer kinds have smaller ranks
    path_part: Callable[[str, int], str]  # (marker as printed, number) → path part
    # Can a line that starts with this marker start a paragraph in wrapped
    # text?  Not for decimal numbers: 33.2 件 broken at a line start is no heading.
    starts_paragraph: bool = True


@record
class Form:
    """One printed form of a marker: a pattern with a group ``n`` for its number."""

    name: str
    kind: ClauseKind
    pattern: str  # verbose regex; the number is the group named ``n``
    first: str  # every character this form can start with
    number: Callable[[str], int | None]  # the number's text → its value


def _arabic(s: str) -> int | None:
    s = s.translate(_FULLWIDTH_DIGITS)
    return int(s) if s.isascii() and s.isdigit() else None


def _numeral(s: str) -> int | None:
    s = "".join(s.split())  # 第 1 0 条: a letter-spaced number
    return _arabic(s) if s[:1] in "0123456789０１２３４５６７８９" else cn_to_int(s)


def _index_in(chars: str) -> Callable[[str], int | None]:
    return lambda s: chars.index(s) + 1 if s in chars else None


def _last_component(s: str) -> int | None:
    return _arabic(s.replace("．", ".").rsplit(".", 1)[-1])


#: Kinds from the outermost to the innermost.
KINDS: tuple[Kind, ...] = (
    Kind(ClauseKind.PART, 0, _ordinal("部分")),
    Kind(ClauseKind.VOLUME, 1, _ordinal("编")),
    Kind(ClauseKind.CHAPTER, 2, _ordinal("章")),
    Kind(ClauseKind.SECTION, 3, _ordinal("节")),
    Kind(ClauseKind.ARTICLE, 4, _ordinal("条")),
    Kind(ClauseKind.DECIMAL, 5, lambda raw, n: "".join(raw.split()).replace("．", ".").translate(_FULLWIDTH_DIGITS), starts_paragraph=False),
    Kind(ClauseKind.CN, 6, lambda raw, n: int_to_cn(n)),
    Kind(ClauseKind.CN_PAREN, 7, lambda raw, n: f"({int_to_cn(n)})"),
    Kind(ClauseKind.NUM, 8, lambda raw, n: str(n)),
    Kind(ClauseKind.NUM_PAREN, 9, lambda raw, n: f"({n})"),
    Kind(ClauseKind.CIRCLED, 10, lambda raw, n: _CIRCLED[n - 1] if n <= len(_CIRCLED) else f"({n})"),
)
KIND = {k.kind: k for k in KINDS}
RANK = {k.kind: k.rank for k in KINDS}

#: The forms, in the order the pattern tries them.  The text after a number
#: must not be a digit or a decimal point, so 101.82% and 33.2 are never
#: ``1.`` items, and （镇） or （TISC） never match the bracketed numerals.
FORMS: tuple[Form, ...] = (
    # 第一部分; not 第一部分是…, 第一部分为… (an interpretation's sentence on the parts of the document it explains:
    # 盘锦 2022, 高青 2022, 鄞州 2021 政策解读)
    Form("part", ClauseKind.PART, rf"第{_SP}{_ORD}{_SP}部分(?![是为])", "第", _numeral),
    Form("volume", ClauseKind.VOLUME, rf"第{_SP}{_ORD}{_SP}编", "第", _numeral),  # 第一编
    Form("volume_pian", ClauseKind.VOLUME, rf"第{_SP}{_ORD}{_SP}篇", "第", _numeral),  # 第一篇: a 纲要's division above its chapters
    Form("chapter", ClauseKind.CHAPTER, rf"第{_SP}{_ORD}{_SP}章", "第", _numeral),  # 第一章, 第 一 章
    Form("section", ClauseKind.SECTION, rf"第{_SP}{_ORD}{_SP}节", "第", _numeral),  # 第一节
    # 第十二条; 第三条之一, an article inserted by an amendment after 第三条
    Form("article", ClauseKind.ARTICLE, rf"第{_SP}{_ORD}{_SP}条(?:之(?P<sub>[一二三四五六七八九]))?", "第", _numeral),
    # 1.1　编制目的, 3.2.1 省级…: two to four parts, then a space or a Han character.
    Form("decimal", ClauseKind.DECIMAL, rf"(?P<n>[{_ARABIC}]{{1,2}}(?:[.．][{_ARABIC}]{{1,2}}){{1,3}})(?=[ \u3000]*\p{{Han}})", "0123456789０１２３４５６７８９", _last_component),
    # 1　总则: one number, spaces, a Han character (a heading line; see TITLE_ONLY).
    Form("decimal_top", ClauseKind.DECIMAL, rf"(?P<n>[{_ARABIC}]{{1,2}})(?=[ \u3000]+\p{{Han}})", "0123456789０１２３４５６７８９", _arabic),
    Form("cn", ClauseKind.CN, r"(?P<n>[一二三四五六七八九十]{1,3})[、，.．]", "一二三四五六七八九十", cn_to_int),  # 一、 (GB/T 9704 level 1)
    Form("cn_paren", ClauseKind.CN_PAREN, r"[（(](?P<n>[一二三四五六七八九十]{1,3})[）)]", "（(", cn_to_int),  # （一） level 2
    Form("cn_paren_char", ClauseKind.CN_PAREN, rf"(?P<n>[{_PAREN_CN}])", _PAREN_CN, _index_in(_PAREN_CN)),  # ㈠
    # 1. 1． 1、 level 3; 1.2013年5月13日，… (an item that opens with a year: no decimal 1.2013 is counted in years)
    Form("num", ClauseKind.NUM, rf"(?P<n>[{_ARABIC}]{{1,3}})(?:[.．](?![{_ARABIC}.．])|[.．](?=(?:19|20)[0-9]{{2}}年)|、)", "0123456789０１２３４５６７８９", _arabic),
    Form("num_dot_char", ClauseKind.NUM, rf"(?P<n>[{_DOT_NUM}])", _DOT_NUM, _index_in(_DOT_NUM)),  # ⒈
    Form("num_paren", ClauseKind.NUM_PAREN, rf"[（(](?P<n>[{_ARABIC}]{{1,3}})[）)]", "（(", _arabic),  # （1） level 4
    Form("num_paren_char", ClauseKind.NUM_PAREN, rf"(?P<n>[{_PAREN_NUM}])", _PAREN_NUM, _index_in(_PAREN_NUM)),  # ⑴
    Form("circled", ClauseKind.CIRCLED, rf"(?P<n>[{_CIRCLED}])", _CIRCLED, _index_in(_CIRCLED)),  # ① level 5
)
FORM = {f.name: f for f in FORMS}

#: Forms whose marker is a heading only when the paragraph holds a title
#: alone (no sentence after it): ``1　总则`` is one, ``1 全市公民…`` a table row;
#: ``第一篇　坚持创新驱动发展`` is one, ``第一篇获奖作品将在…刊登。`` a sentence.
#: Each with what its title cannot hold: a sentence's marks, figures and, for
#: ``decimal_top``, spaces (they part a table row's cells; a 纲要's part title
#: has one: ``第二篇　坚持创新驱动发展　全面塑造发展新优势``).
_SENTENCE_MARKS = frozenset("。；，：！？%")
TITLE_ONLY: dict[str, frozenset[str]] = {
    "decimal_top": _SENTENCE_MARKS | frozenset("\t \u3000"),
    "volume_pian": _SENTENCE_MARKS,
}
TITLE_ONLY_MAX = 30

# One alternative per form; the group of a form is named after it, its
# number ``<form>_n``.
MARKER = lazy(
    r"^[ \u3000]*(?:"
    + "|".join(f"(?P<{f.name}>{f.pattern.replace('(?P<n>', f'(?P<{f.name}_n>')})" for f in FORMS)
    + ")",
    VERBOSE,
)

# Every marker starts with one of these (leading spaces included): a cheap
# first-character test spares the pattern for the many lines and paragraphs
# that start with no marker.  Derived from the table (tests check it).
FIRST_CHARS = frozenset(" \u3000" + "".join(f.first for f in FORMS))


@record
class Marker:
    form: str
    kind: ClauseKind
    number: int
    text: str  # the marker as printed (normalized), e.g. "（一）", "1.", "第三条", "3.2.1"
    end: int  # where the clause text starts after the marker
    parts: tuple[int, ...] = ()  # a decimal number's parts: 3.2.1 → (3, 2, 1)
    # The numbering a marker continues (its kind; for decimal numbers, with
    # their depth) and its place in the nesting: set from the above.
    family: str = ""
    rank: float = 0.0
    path_part: str = ""  # the marker in a clause path: 二, (一), 1, (1), ①, 第三条, 3.2.1
    sub: int = 0  # an inserted article's place after its number: 第三条之一 → 1

    def __post_init__(self) -> None:
        decimal = self.kind is ClauseKind.DECIMAL
        object.__setattr__(self, "family", f"decimal{len(self.parts)}" if decimal else self.kind.value)
        object.__setattr__(self, "rank", RANK[self.kind] + len(self.parts) / 10 if decimal else float(RANK[self.kind]))
        object.__setattr__(self, "path_part", KIND[self.kind].path_part(self.text.strip(), self.number))

    @property
    def starts_paragraph(self) -> bool:
        return KIND[self.kind].starts_paragraph


# The markers read so far, keyed by the matched text (leading spaces
# included), which fixes the form, the number and the end: a body repeats
# the same few markers.  Bounded in entries and in key length (第…条 and the
# leading spaces have no limit), so that a hostile file cannot grow it.
_KNOWN: dict[str, Marker] = {}
_KNOWN_MAX = 1024
_KNOWN_KEY_MAX = 16


def match_marker(text: str) -> Marker | None:
    """The clause marker at the start of ``text``, if any.

    >>> m = match_marker("（十七）统筹资金支持。")
    >>> (m.kind.value, m.number, m.path_part)
    ('cn_paren', 17, '(十七)')
    >>> match_marker("101.82%。推进") is None, match_marker("（镇）食安办") is None
    (True, True)
    >>> match_marker("1.坚持科学精神引领").path_part, match_marker("3.2.1　出现").path_part
    ('1', '3.2.1')
    >>> match_marker("第 一 章　总　　则").path_part
    '第一章'
    """
    if text[:1] not in FIRST_CHARS:
        return None
    m = MARKER.match(text)
    if not m:
        return None
    key = m.group()
    known = _KNOWN.get(key)
    if known is not None:
        return known
    form = FORM[m.lastgroup.removesuffix("_n")]
    raw_n = m.group(form.name + "_n")
    number = form.number(raw_n)
    if not number:
        return None
    parts: tuple[int, ...] = ()
    if form.kind is ClauseKind.DECIMAL:
        parts = tuple(int(p) for p in raw_n.translate(_FULLWIDTH_DIGITS).replace("．", ".").split("."))
        if any(p == 0 for p in parts):
            return None
    sub = m.group("sub")
    marker = Marker(form.name, form.kind, number, m.group(form.name), m.end(), parts, sub=cn_to_int(sub) if sub else 0)
    if len(_KNOWN) < _KNOWN_MAX and len(key) <= _KNOWN_KEY_MAX:
        _KNOWN[key] = marker
    return marker


def is_title_only(marker: Marker, text: str) -> bool:
    """Whether a paragraph that opens with a title-only form holds a heading:
    a short title and nothing after it — no sentence, no figures, no further
    cells (``1 全市公民…比例 （%） 13.6 18.5`` is a table row).

    >>> [is_title_only(match_marker(t), t) for t in ("1　总则", "1 全市公民具备科学素质的比例 13.6 18.5", "2　组织机构和职责。")]
    [True, False, False]
    """
    rest = text[marker.end :].strip()
    barred = TITLE_ONLY.get(marker.form, _SENTENCE_MARKS)
    return 0 < len(rest) <= TITLE_ONLY_MAX and not any(c in barred or c.isdigit() for c in rest)


__all__ = ["FORMS", "KINDS", "Marker", "match_marker", "is_title_only", "cn_to_int", "NUMERAL_CHARS"]
