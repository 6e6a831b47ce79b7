"""Extractor — references: the documents a notice cites, bases itself on or repeals.

In: a :class:`~gazette_cli.model.Notice`.  Out: one
:class:`~gazette_cli.model.Reference` per citation, in document order, over
the cover letter (``path`` None), the preamble (None) and every clause's own
text.  Each occurrence is its own item (with its own span); a consumer who
wants the set of documents groups by ``title``/``doc_number``.

What counts as a citation:

* a title with its number: ``《全民科学素质行动规划纲要（2021-2035年）》（国发〔2021〕9号，
  以下简称《科学素质纲要》）`` → title, canonical ``doc_number``, ``short_name``;
* a title alone, when it names a document: it ends (before a closing
  ``（2021-2035年）`` / ``（试行）`` / ``（30条）``) with a document word of
  :data:`TITLE_ENDINGS` (纲要, 规划, 条例, 法, …), or it is a short name
  defined earlier in the notice (then it resolves: ``title`` is the full title);
  ``《人民日报》`` and other works are not documents;
* a bare number: ``济政字〔2019〕81号``, ``国务院令第565号`` (not the notice's own).

Not a citation: the attached document of the cover letter (``现将《X》印发给你们``)
and any 《》 naming the notice's own document (``attachment_title``, as in the
order ``《X办法》已经…通过，现予公布``): they are the notice's own content.

``relation``: ``repeals`` when the citation (or a list it ends) is followed by
废止 (``（济政字〔2019〕81号）同时废止``); ``amends`` for the document a decision
amends (``决定对《X》作如下修改``, ``关于修改《X》的决定``); ``basis`` when it is (in a list) after
根据 / 依据 / 按照 / 依照 / 遵照, with at most its issuer or its date between
(``依据国家粮食和物资储备局《…》``), not a purpose (``根据实际情况制定《…》``);
``cites`` otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import record
from ..structure.docparts import DOC_TYPES, canonical_doc_number
from ..model import Notice, Reference
from ..structure.frame import ATTACHED, attached_title
from ..structure.organs import ORGAN_ENDINGS
from ..text.lazy import REVERSE, VERBOSE, lazy

if TYPE_CHECKING:
    import regex

# --- vocabularies (longest first) -------------------------------------------

#: Words a document title ends with.
TITLE_ENDINGS = tuple(
    sorted(
        set(DOC_TYPES)
        | {"法", "法典", "协定", "公约", "清单", "政策", "标准", "准则", "指南", "指引", "目录", "名录", "章程", "守则", "条", "预案"},
        key=lambda w: (-len(w), w),  # the same order in every run: patterns are cached by their text
    )
)
#: Words before a citation that make it the basis of the text.
BASIS_WORDS = ("根据", "依据", "按照", "依照", "遵照")
#: Prose that can stand glued before a bare document number (根据济政字〔2019〕81号).
PROSE_BEFORE_NUMBER = tuple(
    sorted(
        ("根据", "依据", "按照", "依照", "遵照", "参照", "执行", "落实", "贯彻", "印发", "转发", "详见", "以及", "见", "和", "及", "与", "或", "的", "即",
         # 我局已以国药监械[2001]288号文发布了 (国家药监局 2001); a repeal table's 关于…的通知 达市府发〔2000〕65号 (达州)
         "以", "通知"),
        key=len,
        reverse=True,
    )
)

_ENDINGS_ALT = "|".join(map(re.escape, TITLE_ENDINGS))
_BASIS_ALT = "|".join(map(re.escape, BASIS_WORDS))
_PROSE_ALT = "|".join(map(re.escape, PROSE_BEFORE_NUMBER))

# --- patterns -----------------------------------------------------------------

# The most letters of a document number's code, before its bracket (16) or 令 (20).
_CODE_LETTERS = 20

# The two shapes of a document number (canonicalised by docparts.canonical_doc_number).
_NUMBER = rf"""
    (?:
        [\p{{Han}}A-Za-z]{{1,16}}(?:[（(](?:[0-9]{{1,3}}|\p{{Han}}{{1,4}})[）)])?   # 粤府土审（16）, 湛自然资（管制）
        \s*[〔\[【（]\s*[0-9]{{4}}\s*[〕\]】）]\s*                        # 济政字〔2019〕81号, 某价（2001）12号
        (?:(?!第)\p{{Han}}\s*)?(?:第\s*)?[0-9]{{1,5}}\s*号                        # 闽价（2002）费182号
      | [\p{{Han}}]{{1,{_CODE_LETTERS}}}令\s*第\s*[0-9]{{1,5}}\s*号                          # 国务院令第565号
      | \p{{Han}}(?:\p{{Han}}|[ \u3000](?=\p{{Han}})){{1,30}}?(?:公告|通告)\s*(?:19|20)[0-9]{{2}}\s*年\s*第\s*[0-9]{{1,4}}\s*号
                                                                     # 财政部 税务总局公告2023年第1号
    )
"""

# A short name: 《科学素质纲要》, “科学素质纲要” or plain words.
_SHORT = r"""
    (?:
        《(?P<short>[^《》\n]{1,40})》
      | “(?P<short>[^“”\n]{1,40})”
      | (?P<short>[\p{Han}A-Za-z0-9]{2,20})
    )
"""

# A title in 《》 with what may follow it in （）.
TITLED = lazy(
    rf"""
    《(?P<title>[^《》]{{2,150}})》
    (?:
      （\s*
      (?:
          (?P<number>{_NUMBER})                     # （国发〔2021〕9号
          (?:文件|文|令)?                             # （国发〔2007〕24号文件）, （厦府〔2016〕278号文）
          (?:\s*[，,]\s*以下简称\s*{_SHORT})?         #  ，以下简称《科学素质纲要》
        | 以下简称\s*{_SHORT}                         # （以下简称《…》） without a number
        | (?P<short>[A-Z][A-Za-z0-9]{{1,11}})        # （RCEP）: an abbreviation
      )
      \s*）
    )?
    """,
    VERBOSE,
)

# A document number standing on its own (outside a titled citation).
BARE_NUMBER = lazy(rf"(?P<number>{_NUMBER})", VERBOSE)
# The character every document number has: its year bracket (a round one
# only before four digits), or 令.
_NUMBER_MARK = lazy(r"[〔\[【令]|（(?=[0-9]{4}）)|年(?=\s*第\s*[0-9]{1,4}\s*号)")
# The white space right before a position, read backwards (REVERSE): a code may stand apart from its bracket.
_SPACE_BEFORE = lazy(r"\s*", REVERSE)

# Prose glued before a bare number: the number's code starts after the last of these.
PROSE_PREFIX = lazy(rf"^.*(?:{_PROSE_ALT})")

# A closing part of a title that does not decide what it is: （2021-2035年）, （试行）, （30条）.
TITLE_TAIL = lazy(r"(?:[（(][^（）()]{1,20}[）)]\s*)+$")

# A standard's number, printed before its title or in brackets after it:
# GB/T 9704—2012《党政机关公文格式》, 《生活饮用水卫生标准》（GB 5749—2022）.
# A national or local code (GB, DB37) may omit the year; an industry code
# (HJ, JGJ, GA) must give it, as CCTV 1 does not.
_STANDARD = r"""(?:
    (?:GB|DB[0-9]{2})(?:/[TZ])?[ ]?[0-9]{1,6}(?:\.[0-9]{1,3})?(?:[ ]?[—–-][ ]?[0-9]{4})?
  | [A-Z]{2,4}(?:/[TZ])?[ ]?[0-9]{1,6}(?:\.[0-9]{1,3})?[ ]?[—–-][ ]?[0-9]{4}
)"""
STANDARD_BEFORE = lazy(rf"(?P<code>{_STANDARD})[ ]?$", VERBOSE)
STANDARD_AFTER = lazy(rf"[（(][ ]?(?P<code>{_STANDARD})[ ]?[）)]", VERBOSE)

# White space inside a title (a title broken over lines).
_WHITESPACE = lazy(r"\s+")

# The title names a document.
DOCUMENT_TITLE = lazy(rf"(?:{_ENDINGS_ALT})$")

# Between two citations of one list: 、 / ， / 和 / 及 / 以及 / 与, or nothing (《A》《B》); a comma
# as 杭政办函〔2008〕358号 lists its bases (根据《A》（中发〔2006〕22号），《B》（…）和《C》（…）精神).
# Before the separator, what the text says of the title before: 及其实施细则 (国家税务总局 1993: 根据
# 《…增值税暂行条例》及其实施细则和《…税收征收管理法》), 的规定 (湖州 2023: 按照《…办法》（…）的规定和《…》).
LIST_SEPARATOR = lazy(r"^\s*(?:及其[\p{Han}]{2,6}?|的(?:规定|要求|精神)|[（(][\p{Han}]{1,6}[）)])?\s*(?:[、，,]|和|及|以及|与)?\s*$")  # （待制定）、: a note

# Before a citation (or the first of a list): it is the basis of the text,
# also with the issuer (or the date) between: 依据国家粮食和物资储备局《…》 (15),
# 按照国务院办公厅关于印发《…》 (10), 根据省委、省政府总体部署和市委、市政府《…》.
BASIS_BEFORE = lazy(
    rf"""
    (?:{_BASIS_ALT})              # 根据 / 依据 / …
    (?P<between>[^，,。；;：:《》〈〉\n]{{0,30}})$
    """,
    VERBOSE,
)
# What between 根据 and a title says that the title is no basis: the document
# being made (根据实际情况制定《…》) or a purpose (按照要求编制《…》).
_NOT_AN_ISSUER = lazy(r"制定|出台|修订|编制|起草|研究|结合|需要|实际|情况|要求|本|该|有关")
# Which version of the title is meant, right before it: no issuer, and still
# a basis (根据新修订的《中华人民共和国预算法》, 鲁政发〔2014〕20号; 根据修订后的《…》).
_VERSION_BEFORE = lazy(r"(?:新|最新)?(?:修订|修正|修改|颁布|发布|出台|印发)后?的$")
# Another issuer's title in a list of citations (根据《中华人民共和国水法》、国务院办公厅转发
# 水利电力部《…》, 山东 1985; …条例》、国务院《城市绿化条例》, 内江市人民政府令第40号):
# the list goes on through the issuer, which ends with an organ's word.
LISTED_ISSUER = lazy(
    rf"^\s*(?:、|和|及|以及|与)\s*(?P<issuer>[\p{{Han}}、]{{0,30}}?(?:{'|'.join(ORGAN_ENDINGS)}))\s*$"
)

# What a reply says of the document it answers, right after its citation:
# 你们《关于呈报〈…〉的请示》收悉 (08), 你院《关于某问题的请示》收悉 (法释〔2013〕23号),
# …的请示》（济发改字〔2023〕5号）及附件收悉.
REPLIED_AFTER = lazy(r"^\s*(?:及(?:其)?(?:附件|有关材料|相关材料))?\s*收悉")
# The document a decision amends, said after it (决定对《四川省防震减灾条例》作如下修改：)
# or before it (关于修改《广州市行政规范性文件管理规定》的决定).
AMENDS_AFTER = lazy(
    r"""
    ^\s*(?:的)?(?:部分条款|有关条款|部分内容)?\s*(?:作|进行|作出)?\s*(?:如下|以下)\s*修改
    # an article of it changed, added to or cut, right after it: 将《…》第七条中的“…”修改为“…”
    # (国务院令第645号), 在《…》第七条中增加一项 (甘肃省人大常委会, 2010), 删去《…》第十六条中的…
    # (国务院令第666号); the article cited for a rule (《…》第七条规定) is no amendment
    | ^\s*第[一二三四五六七八九十百零〇0-9]{1,6}条
      (?:第[一二三四五六七八九十0-9]{1,4}[款项])*
      (?:\s*中的?“[^”\n]{0,200}”)?
      \s*(?:项|中)?\s*
      (?:修改为|改为|增加|增写|删去|删除)
    """,
    VERBOSE,
)
AMENDS_BEFORE = lazy(r"(?:修改|删去|删除)\s*$")
# After a citation (or the last of a list): it is repealed.
REPEALS_AFTER = lazy(
    r"""
    ^\s*
    (?:同时|即行|予以|一并|随之)?   # 同时废止 / 予以废止 / 废止
    (?:废止|停止执行)
    """,
    VERBOSE,
)


@record
class _Found:
    start: int
    end: int
    title: str | None
    number: str | None
    short: str | None


def _is_document_title(title: str) -> bool:
    """Does a 《》 title name a document (not a newspaper, a book, a programme)?

    >>> _is_document_title("全民科学素质行动规划纲要（2021-2035年）"), _is_document_title("人民日报")
    (True, False)
    >>> _is_document_title("济南市人才服务支持政策（30条）"), _is_document_title("健康素养66条")
    (True, True)
    """
    core = TITLE_TAIL.sub("", _WHITESPACE.sub("", title))
    return bool(DOCUMENT_TITLE.search(core))


# A title in quotation marks right before its number in brackets, as older
# documents cite: “关于…的通知”（计办厅（2000）188号）.
_QUOTED_BEFORE = lazy(r"“(?P<title>[^“”《》\n]{4,150})”\s*（\s*$")


def _quoted_title_before(text: str, start: int) -> tuple[str, int] | None:
    """The title a bare number at ``start`` closes, quoted before its bracket,
    and where its quotation mark opens; None when there is none or it names
    no document."""
    if text[max(0, start - 2) : start].strip()[-1:] != "（":
        return None
    m = _QUOTED_BEFORE.search(text, max(0, start - 160), start)
    if m is None or not _is_document_title(m.group("title")):
        return None
    return _WHITESPACE.sub("", m.group("title")), m.start()


def _standard_number(text: str, start: int, end: int) -> regex.Match | None:
    """The number (group ``code``) of a standard whose 《title》 is
    ``text[start:end]``, printed right before it or in brackets right after
    it; None when there is none.

    >>> _standard_number("依据GB/T 9704—2012《党政机关公文格式》", 16, 24).group("code")
    'GB/T 9704—2012'
    >>> _standard_number("《生活饮用水卫生标准》（GB 5749—2022）", 0, 11).group("code")
    'GB 5749—2022'
    >>> _standard_number("《人民日报》（2023年）", 0, 6) is None
    True
    """
    return STANDARD_BEFORE.search(text, max(0, start - 24), start) or STANDARD_AFTER.match(text, end)


def _bare_code_start(text: str, start: int, end: int) -> int:
    """Where a bare number's issuer code really starts (after glued prose, or
    after the 日 of a date right before it: 2002年1月28日 财会〔2002〕1009号)."""
    m = PROSE_PREFIX.match(text[start:end])
    if m:
        return start + m.end()
    if text[start] in "年月日" and start > 0 and text[start - 1].isdigit():
        return start + 1
    return start


def _may_hold_number(text: str) -> bool:
    """Whether ``text`` has a character every document number has (its year bracket, 令, or a 公告's 年第).

    BARE_NUMBER tries up to 20 Han characters at each of them before it fails,
    which made it most of the extractor's time; most passages have none and are
    not scanned with it at all.  Substring tests, not a pattern: a search for a
    character class costs several times more than ``in``.
    """
    return "〔" in text or "[" in text or "【" in text or "令" in text or "（19" in text or "（20" in text or "年第" in text


def _bare_numbers(text: str) -> list[regex.Match]:
    """What ``BARE_NUMBER.finditer(text)`` gives, trying only the places a number can start.

    A number starts with its code: 1 to :data:`_CODE_LETTERS` letters, then
    white space, then its bracket or 令.  So it starts in the 20 characters
    before the white space before one of those marks, and nowhere else.  The
    scan tried the pattern at every character of the text (up to 36 steps
    each), which made it most of the extractor's time.  Each place is tried
    at most once, so the work stays linear.

    >>> [m.group() for m in _bare_numbers("根据济政字〔2019〕81号和国务院令第565号、令 某")]
    ['根据济政字〔2019〕81号', '和国务院令第565号']
    """
    found: list[regex.Match] = []
    pos = 0  # every place before this was tried, or is inside a number found
    for mark in _NUMBER_MARK.finditer(text):
        if mark.start() < pos:
            continue
        code_end = mark.start()
        if text[code_end - 1 : code_end].isspace():  # (isspace holds for every \s, and for a few more)
            code_end = _SPACE_BEFORE.match(text, pos, code_end).start()
        for start in range(max(pos, code_end - _CODE_LETTERS), code_end):
            m = BARE_NUMBER.match(text, start)
            if m:
                found.append(m)
                pos = m.end()
                break
        else:
            pos = code_end
    return found


def _attached(text: str) -> list[tuple[int, int]]:
    """Where the letter names the document it attaches (《X》 with its marks)."""
    return [(a - 1, b + 1) for a, b in map(attached_title, ATTACHED.finditer(text))]


def _find(
    text: str, own: tuple[str | None, str | None], shorts: dict[str, tuple[str, str | None]]
) -> list[_Found]:
    """Every citation in ``text``, in order.  ``own`` is the notice's (doc
    number, attached title); ``shorts`` (short name → (title, number)) is read
    and extended: a definition serves the rest of the notice."""
    own_number, own_title = own
    titled = "《" in text  # a cheap test first: most passages cite nothing
    numbered = _may_hold_number(text)
    if not titled and not numbered:
        return []
    skip = _attached(text) if titled else []
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for m in TITLED.finditer(text) if titled else ():
        taken.append((m.start(), m.end()))
        if any(a <= m.start() < b for a, b in skip):
            continue
        title = _WHITESPACE.sub("", m.group("title"))
        number = canonical_doc_number(m.group("number")) if m.group("number") else None
        short = m.group("short")
        if number is None and short is None and title in shorts:
            # A short name defined earlier: 《科学素质纲要》 stands for the full title.
            full, full_number = shorts[title]
            found.append(_Found(m.start(), m.end(), full, full_number, title))
            continue
        start = m.start()
        if number is None:
            standard = _standard_number(text, m.start(), m.end())
            if standard is not None:
                number, start = standard.group("code"), min(start, standard.start())
            elif not _is_document_title(title):
                continue
        if title == own_title:
            continue
        if short:
            shorts[short] = (title, number)
        found.append(_Found(start, m.end(), title, number, short))
    for m in _bare_numbers(text) if numbered else ():
        if any(a <= m.start() < b for a, b in taken):
            continue
        start = _bare_code_start(text, m.start(), m.end())
        number = canonical_doc_number(text[start : m.end()])
        if number is None or number == own_number:
            continue
        quoted = _quoted_title_before(text, start)
        if quoted is not None:
            title, start = quoted
            found.append(_Found(start, m.end(), title, number, None))
            continue
        found.append(_Found(start, m.end(), None, number, None))
    return sorted(found, key=lambda f: f.start)


def _basis_before(before: str) -> bool:
    """Does ``before`` end with 根据 (or another :data:`BASIS_WORDS` word), then
    at most the issuer of the document cited, not a purpose?"""
    m = BASIS_BEFORE.search(before)
    return m is not None and _NOT_AN_ISSUER.search(_VERSION_BEFORE.sub("", m.group("between"))) is None


def _in_list(gap: str) -> bool:
    """Does ``gap``, between two citations, keep them in one list: a
    separator alone, or one and the second title's issuer?"""
    if LIST_SEPARATOR.match(gap):
        return True
    m = LISTED_ISSUER.match(gap)
    return m is not None and _NOT_AN_ISSUER.search(m.group("issuer")) is None


def _relations(text: str, found: list[_Found]) -> list[str]:
    """The relation of each citation, lists of citations taken together."""
    # Group citations into lists: 《A》（…）、《B》（…）和《C》.
    groups: list[list[int]] = []
    for i, f in enumerate(found):
        if groups and _in_list(text[found[groups[-1][-1]].end : f.start]):
            groups[-1].append(i)
        else:
            groups.append([i])
    relations = ["cites"] * len(found)
    for group in groups:
        first, last = found[group[0]], found[group[-1]]
        if REPEALS_AFTER.match(text[last.end :]):
            relation = "repeals"
        elif REPLIED_AFTER.match(text[last.end :]):
            relation = "replies_to"
        elif AMENDS_AFTER.match(text[last.end :]) or AMENDS_BEFORE.search(text[max(0, first.start - 4) : first.start]):
            relation = "amends"
        elif _basis_before(text[max(0, first.start - 40) : first.start]):
            relation = "basis"
        else:
            continue
        for i in group:
            relations[i] = relation
    return relations




def extract(notice: Notice) -> tuple[Reference, ...]:
    """Every citation of the notice, in document order.

    >>> from gazette_cli import parse_text
    >>> doc = parse_text("实施方案\\n根据《政府参事工作条例》（国务院令第565号）规定，制定本方案。\\n")
    >>> [(r.title, r.doc_number, r.relation) for r in extract(doc.notices[0])]
    [('政府参事工作条例', '国务院令第565号', 'basis')]
    """
    shorts: dict[str, tuple[str, str | None]] = {}
    out: list[Reference] = []
    for section in notice.passages():
        path, passage = section.path, section.passage
        found = _find(passage.text, (notice.doc_number, notice.attachment_title), shorts)
        for f, relation in zip(found, _relations(passage.text, found)):
            span = passage.span_of(f.start, f.end)
            out.append(
                Reference(
                    path=path,
                    title=f.title,
                    doc_number=f.number,
                    short_name=f.short,
                    relation=relation,
                    text=passage.text[f.start : f.end],
                    span=span,
                )
            )
    return tuple(out)
