"""Changes inside a text, word by word, for ``gazette diff``: what was deleted
and what was inserted in a clause, and which numbers changed.

In: two versions of one text (a clause, a preamble, a title).  Out:
:class:`Run` values, each a deleted, inserted or replaced stretch with its
offsets in both texts, and :class:`Number` values read from the runs.

How it compares:

* **Style is folded away first** (:func:`fold`): full- and half-width forms
  (``（一）`` / ``(一)``, ``，`` / ``,``, ``２０`` / ``20``), the stops a PDF
  extractor writes (``.`` for ``。``, ``«»`` for ``《》``) and every space or
  line break.  ``strict=True`` keeps them, so they show as changes.
* **Tokens, not characters**: a date (``2024年11月12日``, ``2月10日``,
  ``17日``), a number with its unit (``3天``, ``200万元``, ``18.5%``) and a
  Latin word are one token each; every other character is one token.  Chinese
  has no spaces, so a changed date or amount is always seen whole.
* Tokens are aligned by :class:`difflib.SequenceMatcher`; two changed
  stretches that only one Han character keeps apart are one run, so a word
  replaced by another (``新年`` → ``元旦``) reads as one replacement.

Guarantees: offsets index the texts as given (not the folded forms); the runs
of equal texts are empty, whatever their style, unless ``strict``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher

import regex

from ..extract.quantities import UNIT_ALTERNATION

# Stops and quotes a PDF extractor or a web page writes for the GB/T 15834
# forms, folded to one form each (width itself is folded by NFKC).
_STYLE = str.maketrans({"。": ".", "«": "《", "»": "》", "〔": "[", "〕": "]", "【": "[", "】": "]",
                        "“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "～": "~"})

#: One token of the comparison, tried in this order.
TOKEN = regex.compile(
    rf"""
    (?P<date>(?:[0-9]{{4}}年)?[0-9]{{1,2}}月(?:[0-9]{{1,2}}日)?   # 2月10日, 2024年11月, 9月
      |[0-9]{{4}}年(?![0-9])                                     # 2025年
      |(?<=[至到、~-])[0-9]{{1,2}}日(?![0-9内]))                 # 至17日, 、2日: a day of the month named before
    |(?P<number>[0-9]+(?:\.[0-9]+)?)(?P<unit>{UNIT_ALTERNATION})?  # 3天, 200万元, 18.5%
    |[A-Za-z]+
    |.
    """,
    regex.VERBOSE | regex.DOTALL,
)


def fold(text: str, strict: bool = False) -> tuple[str, list[int]]:
    """The comparison form of ``text`` and, for each of its characters, the
    offset of the character of ``text`` it came from.

    >>> fold("(一) 新年，放假1天")[0] == fold("（一）新年,放假１天")[0]
    True
    """
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if strict:
            out.append(ch)
            where.append(i)
            continue
        if ch.isspace():
            continue
        for c in unicodedata.normalize("NFKC", ch).translate(_STYLE):
            if not c.isspace():
                out.append(c)
                where.append(i)
    return "".join(out), where


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # folded
    start: int  # offsets in the folded text
    end: int
    kind: str  # "date", "number" or "char"
    value: str | None = None
    unit: str | None = None


def tokens(folded: str) -> list[Token]:
    """The tokens of a folded text.

    >>> [t.text for t in tokens("春节:2月10日至17日放假,共8天")]
    ['春', '节', ':', '2月10日', '至', '17日', '放', '假', ',', '共', '8天']
    """
    out = []
    for m in TOKEN.finditer(folded):
        if m.group("date"):
            out.append(Token(m.group(), m.start(), m.end(), "date", m.group(), "日期"))
        elif m.group("number"):
            out.append(Token(m.group(), m.start(), m.end(), "number", m.group("number"), m.group("unit")))
        else:
            out.append(Token(m.group(), m.start(), m.end(), "char"))
    return out


@dataclass(frozen=True, slots=True)
class Run:
    """One changed stretch: ``op`` is ``delete``, ``insert`` or ``replace``;
    offsets are in the original texts (an empty stretch where nothing is)."""

    op: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str
    new_text: str
    old_key: str  # folded, for counting terms replaced throughout
    new_key: str
    old_tokens: tuple[Token, ...]
    new_tokens: tuple[Token, ...]


def _span(tok: list[Token], a: int, b: int, where: list[int], raw: str) -> tuple[int, int]:
    if a == b:  # an empty stretch stands before token a
        if a < len(tok):
            pos = where[tok[a].start]
        else:
            pos = where[tok[-1].end - 1] + 1 if tok else 0
        return pos, pos
    return where[tok[a].start], where[tok[b - 1].end - 1] + 1


# Two changed stretches this short, one Han character apart, are one word changed
# (加强 → 强化 is not "delete 加, insert 化").
_WORD = 3


def _merge(ops: list[tuple[str, int, int, int, int]], old: list[Token], new: list[Token]) -> list[tuple[int, int, int, int]]:
    """The changed stretches, two short ones joined when one Han character keeps them apart."""
    changed = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in ops if tag != "equal"]
    merged: list[tuple[int, int, int, int]] = []
    for i1, i2, j1, j2 in changed:
        if merged:
            a1, a2, b1, b2 = merged[-1]
            gap_old, gap_new = old[a2:i1], new[b2:j1]
            short = max(a2 - a1, b2 - b1, i2 - i1, j2 - j1) <= _WORD
            if short and len(gap_old) == 1 and len(gap_new) == 1 and gap_old[0].kind == "char" and regex.match(r"\p{Han}", gap_old[0].text):
                merged[-1] = (a1, i2, b1, j2)
                continue
        merged.append((i1, i2, j1, j2))
    return merged


_CLOSERS = frozenset(")]》>}\"'、,.;:")


def _slide(ops: list[tuple[str, int, int, int, int]], old: list[Token], new: list[Token]) -> list[tuple[str, int, int, int, int]]:
    """Slide a pure deletion or insertion that starts with a closing mark past
    the same mark after it (``）、5月11日（星期六`` → ``、5月11日（星期六）``):
    the same change, read the way a person marks it."""
    out = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "delete":
            while i2 < len(old) and old[i1].text == old[i2].text and old[i1].text in _CLOSERS:
                i1, i2 = i1 + 1, i2 + 1
        elif tag == "insert":
            while j2 < len(new) and new[j1].text == new[j2].text and new[j1].text in _CLOSERS:
                j1, j2 = j1 + 1, j2 + 1
        out.append((tag, i1, i2, j1, j2))
    return out


def runs(old: str, new: str, strict: bool = False) -> list[Run]:
    """The changed stretches between ``old`` and ``new``, in text order.

    >>> [(r.op, r.old_text, r.new_text) for r in runs("(一)新年，放假1天(1月1日)；", "（一）元旦，放假1天（1月1日）；")]
    [('replace', '新年', '元旦')]
    >>> runs("总则", "总 则")
    []
    """
    fo, wo = fold(old, strict)
    fn, wn = fold(new, strict)
    if fo == fn:
        return []
    to, tn = tokens(fo), tokens(fn)
    matcher = SequenceMatcher(None, [t.text for t in to], [t.text for t in tn], autojunk=False)
    out = []
    for i1, i2, j1, j2 in _merge(_slide(matcher.get_opcodes(), to, tn), to, tn):
        os_, oe = _span(to, i1, i2, wo, old)
        ns, ne = _span(tn, j1, j2, wn, new)
        op = "replace" if i1 < i2 and j1 < j2 else ("delete" if i1 < i2 else "insert")
        out.append(Run(op, os_, oe, ns, ne, old[os_:oe], new[ns:ne],
                       "".join(t.text for t in to[i1:i2]), "".join(t.text for t in tn[j1:j2]),
                       tuple(to[i1:i2]), tuple(tn[j1:j2])))
    return out


@dataclass(frozen=True, slots=True)
class Number:
    """One number of a run: a date (unit ``日期``, value its folded text) or a
    quantity (value exact, unit as printed, or None)."""

    value: Decimal | int | str
    unit: str | None
    text: str


def _number(t: Token) -> Number:
    if t.kind == "date":
        return Number(t.text, t.unit, t.text)
    value = Decimal(t.value)
    return Number(int(value) if value == value.to_integral_value() else value, t.unit, t.text)


def changed_numbers(run: Run) -> list[tuple[Number, Number]]:
    """The numbers a replacement changed, old → new.  The numbers of each side
    pair up in order among those of the same kind (dates with dates, ``天``
    with ``天``); a number with no counterpart was inserted or deleted, not
    changed, and is left to the run itself.

    >>> r = runs("放假3天(农历正月初一、初二、初三)", "放假4天（农历除夕、正月初一至初三）")[0]
    >>> [(a.text, b.text) for a, b in changed_numbers(r)]
    [('3天', '4天')]
    """
    if run.op != "replace":
        return []
    # A number without a unit is a code, an ordinal or a page (第 06 版), not a quantity.
    olds = [t for t in run.old_tokens if t.unit]
    news = [t for t in run.new_tokens if t.unit]
    out = []
    used: set[int] = set()
    for a in olds:
        for k, b in enumerate(news):
            if k not in used and (a.kind, a.unit) == (b.kind, b.unit) and a.text != b.text:
                used.add(k)
                out.append((_number(a), _number(b)))
                break
    return out
