"""Clause markers (一、 / （一） / 1. / （1） / ① / 第X章 / 第X节 / 第X条) and Chinese numerals.

A "check only" matcher: :func:`match_marker` answers "does this text start
with a clause marker?" for the layout stage (a marker starts a paragraph) and
the outline stage (a marker opens a clause).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(s: str) -> int | None:
    """Chinese numerals → int, past 十 and with 〇 (二十三, 一百零五, 二〇三五).

    >>> [cn_to_int(x) for x in ("十", "十七", "二十三", "一百零五", "二〇三五")]
    [10, 17, 23, 105, 2035]
    >>> cn_to_int("科") is None
    True
    """
    if not s or any(c not in _DIGITS and c not in _UNITS for c in s):
        return None
    if all(c in _DIGITS for c in s):  # digit by digit: 二〇三五
        return int("".join(str(_DIGITS[c]) for c in s))
    total, digit = 0, None
    for c in s:
        if c in _DIGITS:
            digit = _DIGITS[c]
        else:
            total += (1 if digit is None else digit) * _UNITS[c]
            digit = None
    return total + (digit or 0)


# One alternative per marker family; the group name is the family.  The text
# after a marker must not be a digit or a decimal point, so 101.82% and 33.2
# are never markers, and （镇） or （TISC） never match the bracketed numerals.
MARKER = regex.compile(
    r"""
    ^[ \u3000]*
    (?:
        (?P<chapter>第(?P<chapter_n>[一二三四五六七八九十百〇零两0-9０-９]+)章)      # 第一章 (regulations)
      | (?P<section>第(?P<section_n>[一二三四五六七八九十百〇零两0-9０-９]+)节)      # 第一节
      | (?P<article>第(?P<article_n>[一二三四五六七八九十百千〇零两0-9０-９]+)条)    # 第十二条
      | (?P<cn>(?P<cn_n>[一二三四五六七八九十]{1,3})[、，.．])                 # 一、 (GB/T 9704 level 1)
      | (?P<cn_paren>[（(](?P<cn_paren_n>[一二三四五六七八九十]{1,3})[）)])    # （一） level 2
      | (?P<num>(?P<num_n>[0-9０-９]{1,3})(?:[.．](?![0-9０-９.．])|、))                   # 1. or 1、 level 3
      | (?P<num_paren>[（(](?P<num_paren_n>[0-9０-９]{1,3})[）)])                    # （1） level 4
      | (?P<circled>(?P<circled_n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))                # ① level 5
    )
    """,
    regex.VERBOSE,
)

#: Families from the outermost to the innermost; a family's rank orders nesting.
FAMILIES = ("chapter", "section", "article", "cn", "cn_paren", "num", "num_paren", "circled")
RANK = {family: i for i, family in enumerate(FAMILIES)}

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True, slots=True)
class Marker:
    family: str
    number: int
    text: str  # the marker as printed (normalized), e.g. "（一）", "1.", "第三条"
    end: int  # where the clause text starts after the marker

    @property
    def path_part(self) -> str:
        """The marker in a clause path: 二, (一), 1, (1), ①, 第三条."""
        inner = self.text.strip()
        if self.family == "cn":
            return inner[:-1]
        if self.family in ("cn_paren", "num_paren"):
            return "(" + inner[1:-1] + ")"
        if self.family == "num":
            return str(self.number)
        return inner


# Every marker starts with one of these (leading spaces included; digits
# ASCII or full-width, the only ones MARKER reads): a cheap first-character
# test spares the pattern for the many lines and paragraphs that start with
# no marker.
_FIRST_CHARS = frozenset(" \u3000第一二三四五六七八九十（(0123456789０１２３４５６７８９" + _CIRCLED)

# The markers read so far, keyed by the matched text (leading spaces
# included), which fixes the family, the number and the end: a body repeats
# the same few markers.  Bounded in entries and in key length (第…条 and the
# leading spaces have no limit), so that a hostile file cannot grow it.
_KNOWN: dict[str, Marker] = {}
_KNOWN_MAX = 1024
_KNOWN_KEY_MAX = 16


def match_marker(text: str) -> Marker | None:
    """The clause marker at the start of ``text``, if any.

    >>> m = match_marker("（十七）统筹资金支持。")
    >>> (m.family, m.number, m.path_part)
    ('cn_paren', 17, '(十七)')
    >>> match_marker("101.82%。推进") is None, match_marker("（镇）食安办") is None
    (True, True)
    >>> match_marker("1.坚持科学精神引领").path_part
    '1'
    """
    if text[:1] not in _FIRST_CHARS:
        return None
    m = MARKER.match(text)
    if not m:
        return None
    key = m.group()
    known = _KNOWN.get(key)
    if known is not None:
        return known
    family = m.lastgroup
    # lastgroup is the innermost named group that matched: the number group.
    family = family[:-2] if family.endswith("_n") else family
    raw_n = m.group(family + "_n")
    if family == "circled":
        number = _CIRCLED.index(raw_n) + 1
    elif raw_n.isdigit():
        number = int(raw_n)
    else:
        number = cn_to_int(raw_n)
    if number is None:
        return None
    marker = Marker(family, number, m.group(family), m.end())
    if len(_KNOWN) < _KNOWN_MAX and len(key) <= _KNOWN_KEY_MAX:
        _KNOWN[key] = marker
    return marker
