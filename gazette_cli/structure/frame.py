"""Stage 4 — frame: split an issue into its documents and read each one's frame.

In: the layout's blocks.  Out: :class:`Frame` values — a :class:`Notice`
with its metadata (GB/T 9704 parts: 发文机关, 标题, 发文字号, 主送机关, 署名,
成文日期, 印发日期, and the 规范性文件 code above it), the blocks of its own
text and the drafts of its attachments, which the outline stage turns into
clauses.

Where a document starts is decided by the rules of :data:`START_RULES`, tried
in order at each candidate paragraph:

* ``order`` — a 令 or 公告 title with its number under it (中华人民共和国国务院令 /
  第706号; …常务委员会公告 / （第38号）);
* ``titled`` — a title (1-3 short paragraphs, with 关于/印发 in it, ending with
  a document type) followed by a 发文字号 (bare or in brackets) or an
  addressee line;
* ``addressed`` — at the start of the text only, an addressee line with a
  letter and a signature after it, for a notice printed without its title.

Inside a document, the signature is found by :data:`SIGNATURE_RULES`: organ
lines then a date, a signer (总理　李克强) then a date, or a date alone.  A
file without any frame is one document whose missing fields are null.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from array import array
from itertools import islice
from os.path import commonprefix
from typing import TYPE_CHECKING

from ..model import K_BLANK, K_WEB, Block, Blocks, ClauseKind, Notice, Paragraph, Passage, Span, Table
from ..profile import GazetteProfile
from . import attachments
from ..records import record
from ..text.lazy import MULTILINE, VERBOSE, lazy
from ..text.numerals import cn_to_int
from .docparts import DATE_AT_END, DATE_LINE, DOC_TYPES, LETTER_TYPES, NORMATIVE_CODE, NOTE_ORDER, ORDER_SERIAL, PRINTED_DATE, RULE_LINE, canonical_code, canonical_doc_number, iso_date, printed_date, title_note_date, unkerned, ymd_date
from .markers import match_marker
from ..layout.furniture import CATALOGUE_LABELS, bare_label, spaced
from .organs import LEVELS, MEMBERS, ORGAN, SIGNER, is_organ, names_organs, split_organs

if TYPE_CHECKING:
    import regex

# The document a cover letter attaches: 现将《X》印发给你们, 《X》已经国务院同意，
# 制定《X》，现印发给你们.  Each alternative's group is named ``t<n>``.
ATTACHED = lazy(
    r"""
      (?:现将|将|把)(?:[^《》。]{1,40}?的)?   # 现将县卫生计生局…联合制定的《…》 (博卫〔2015〕37号), 现将…会议审议通过的《…》 (城发改委发〔2025〕4号)
      (?:《[^《》]{2,120}》(?:和|、|及|以及))*《(?P<t1>[^《》]{2,120})》(?:印发|转发|发|公布)给?你们   # (the last of several: see chained_titles; 印发你们, 成办发〔2019〕5号)
    | 《(?P<t2>[^《》]{2,120})》已(?:经|由)[^。]{2,80}?(?:同意|通过|批准)
    | 《(?P<t3>[^《》]{2,120})》[，,]?[ ]?现(?:予)?(?:印发|转发|公布)
    | 现(?:予)?(?:发布|公布|印发)《(?P<t4>[^《》]{2,120})》   # an order: 现发布《国务院行政机构设置和编制管理条例》
    """,
    VERBOSE,
)


def attached_title(m: regex.Match) -> tuple[int, int]:
    """Where the title an :data:`ATTACHED` match names stands in the text."""
    g = m.lastgroup or "t1"
    return m.start(g), m.end(g)

#: A title named right before another, joined to it (《A》和《B》已经国务院同意，现印发给你们).
_CHAINED = lazy(r"《(?P<title>[^《》]{2,120})》(?:和|、|及|以及)\Z")


def chained_titles(text: str, a: int) -> list[str]:
    """The titles named before the one whose words start at ``text[a]``,
    joined to it by 和, 、 or 及, in the order printed."""
    out: list[str] = []
    end = a - 1  # its 《
    while end > 0 and (m := _CHAINED.search(text, 0, end)) is not None:
        out.insert(0, m.group("title"))
        end = m.start()
    return out


_SENTENCE_STOP = lazy(r"[。；！？]")
# (a title that opens with its act names no organ: 转发国务院关于同意设立…批复的通知, 广东 2010)
_ISSUER_BEFORE_TITLE = lazy(r"^(?!关于|印发|转发|批转)(?P<issuer>[\p{Han}、（）]{2,60}?)(?:关于|印发|转发|批转)")
#: A government or a congress's committee opening a title with no 关于, what it issues after it (宁海县人民政府森林禁火令,
#: 延津县人民政府土地征收启动公告); a level, not a region, before it is none (县级人民政府…).
_GOVERNMENT_OPENING = lazy(r"^(?P<issuer>\p{Han}{1,28}?(?<!级)(?:人民政府|人大常委会|人民代表大会常务委员会))(?=\p{Han}{2})")
#: The organ a plan's title names before the year it is for (谯城区教育局2025年…任务分解表).
_ORGAN_BEFORE_YEAR = lazy(r"^(?P<issuer>[\p{Han}（）]{2,30}?)(?:19|20)[0-9]{2}年")
#: The organ that answers a deputy's 建议 or a member's 提案, then 对, opening a reply's title (国务院办公厅对十届全国人大 /
#: 四次会议第2996号建议的答复), and how far in its 对 stands at most (see _titled).
_ANSWERER_REACH = 30
_ANSWERER = lazy(rf"^(?P<issuer>[\p{{Han}}、（）]{{2,{_ANSWERER_REACH}}}?)对")
_LIST_COMMA = lazy(r"[，,]")
#: A character of a word: what a paragraph of marks alone (？, |) lacks.
_WORDY = lazy(r"[\p{Han}0-9A-Za-z]")

# 附注 under the signature: （此件公开发布）, （此件主动公开）, （联系人：…）, （本文有删减）, and a count of
# the words (（正文431字，附件6508字）, 芜湖 2019: one document so far).
NOTE = lazy(r"^[（(](?:此件|联系人|联系电话|本件|附件|本文有删减|此页无正文|信息公开|正文[0-9]+字)[^）)]{0,60}[）)]$")
# The closing sentence of a 公告 or 通告: 特此公告。
CLOSING = lazy(r"^特此(?:公告|通告|通知|批复|函告|通报)。?$")

_ORDER_CODE_MAX = 5  # 渝府令, 京政府令: an order's code, not its organ's name
#: The title of an order that names its organ: the organ and 令 (河北省人民政府令).
_ORGANS_ORDER = lazy(r"^\p{Han}{2,30}(?:政府|院|部|委员会|局)令$")

# A line of the 版记 (GB/T 9704): 主题词 (before 2012), 抄送, 抄报, 分送 — the
# organs a copy goes to, no text of the document.  At most a few lines lie
# between it and the 印发 line or the notice's end.
# …and the leader who signed a reply off, over its contact and 抄送 lines (领导签发:刘民华, 沙河市交通局's 2023 reply),
# or who handled it (承办责任人:何军 / 承办人及联系电话:…, 华容县教体局's 2017 reply to a 提案).
RECORD_LINE = lazy(r"^(?:主题词|抄[ 　]*送|抄[ 　]*报|分[ 　]*送|领导签发|承办(?:责任)?人(?:及联系电话)?)[ 　]*[：:]")
_RECORD_FIRSTS = ("主", "抄", "分", "领", "承")  # a cheap test before the pattern
_RECORD_LINES = 4


def _is_record_line(text: str) -> bool:
    return text[:1] in _RECORD_FIRSTS and RECORD_LINE.match(text) is not None


# What a 附注 and an 印发 line end with: a cheap test before their patterns.
_BRACKET_ENDS = ("）", ")")
#: …and what a number in brackets closing a title's line ends with (see :data:`_IN_BRACKETS`).
_NUMBER_BRACKET_ENDS = (*_BRACKET_ENDS, "]", "］", "】")
_ADDRESSEES_MAX = 400
_UNTITLED_LETTER_MAX = 8  # blocks between the addressees and the signature of a notice without its title
_SIGNATURE_LINES = 5  # lines of a signature at most: its organs, then its date
#: Organ lines of a signature at most (fourteen ministries and provinces sign two to a line, on seven lines:
#: 长三角 2020 攻坚方案, 生态环境部 发展改革委 / … / 浙江省人民政府 安徽省人民政府).
_SIGNATURE_ORGAN_LINES = 8

# Title of a notice: ends with a document type; its first piece holds one of these words.
_TYPES_ALT = "|".join(map(re.escape, DOC_TYPES))
# …实施意见（试行）: a document issued on trial; …行动计划（2022—2024年）, …要点（2023年）: the years a plan is for
TITLE_END = lazy(rf"(?:的)?(?P<type>{_TYPES_ALT})(?:[（(](?:试行|暂行|[0-9]{{4}}(?:[—–－\-~～至][0-9]{{4}})?年)[）)])?$")
_TITLE_WORDS = ("关于", "印发", "转发", "批转", "颁布", "公布")


def _titled(text: str) -> bool:
    """Does the text of a title's pieces hold the word of its act (关于, 印发, …),
    or open with the organ that answers and 对 (a reply to a deputy's 建议 or a member's 提案)?"""
    if any(w in text for w in _TITLE_WORDS):
        return True
    at = text.find("对", 0, _ANSWERER_REACH)
    return at > 1 and text.endswith("答复") and is_organ(text[:at])


#: Words a title's line can end with when the title goes on to the next line.
_TITLE_BREAKS = ("关于", "印发", "转发", "批转")
#: The most lines a title is looked for back from its last one for its 关于 or 印发 (县人民政府办公室关于 /
#: 对县…确定的2021年 / 重点工作及…的 / 重点事项进行责任分解的通知).
_TITLE_PIECES = 4
#: The last characters of every document type: only a paragraph ending with
#: one of them can end a title (derived from DOC_TYPES), or with the 》 of a
#: title a site prints in book-title marks, or the bracket of a number printed
#: after the title.
_TITLE_LAST_CHARS = frozenset(t[-1] for t in DOC_TYPES) | {"》", *_NUMBER_BRACKET_ENDS}
# A title a site prints whole in book-title marks, its own 《》 turned to 〈〉
# (《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》).
_MARKED_TITLE = lazy(r"^《(?P<title>[^《》]{4,120})》$")
_UNMARK = str.maketrans("〈〉", "《》")


def _unmarked(text: str) -> str:
    """A title printed in book-title marks as the document prints it; any other text as it is."""
    m = _MARKED_TITLE.match(text)
    return m.group("title").translate(_UNMARK) if m and TITLE_END.search(m.group("title")) else text
# A 令 or 公告 title, and the number printed under it.
_ORDER_TITLE = lazy(r"^[\p{Han}（）]{2,60}(?:令|公告|通告)$")
# The term a law database puts before a 主席令's number: （九届第37号）.
_TERM = r"(?:[〔\[［]?[一二三四五六七八九十]{1,3}届[〕\]］]?)?"  # 九届第37号, 〔五届〕第210号 (重庆市人大常委会公告)
_TERM_AT = lazy(r"(?<=^[（(]?)[〔\[［]?[一二三四五六七八九十]{1,3}届[〕\]］]?(?=第)")
# The year before the number of an order numbered by year: 河北省人民政府令 / 〔2010〕第15号.
_ORDER_YEAR = r"(?:[〔\[［]\s*(?P<year>(?:19|20)[0-9]{2})\s*[〕\]］]\s*|(?P<in_year>(?:19|20)[0-9]{2})年)?"  # 〔2010〕第15号; 2023年第10号
_ORDER_NUMBER = lazy(rf"^[（(]?{_TERM}{_ORDER_YEAR}第\s*{ORDER_SERIAL}\s*号[）)]?$")
# Both on one line, as a site reprints them: 湖北省人民政府令（第52号）; 中华人民共和国主席令(九届第37号).
_ORDER_LINE = lazy(rf"^(?P<title>\p{{Han}}[\p{{Han}}（）]{{1,59}}(?:令|公告|通告))[ \u3000]*[（(]?{_TERM}{_ORDER_YEAR}(?P<number>第\s*{ORDER_SERIAL}\s*号)[）)]?$")
_COUNTRY = "中华人民共和国"


@record
class Frame:
    """A notice as the frame reader sees it: its metadata (a :class:`Notice`
    without outline or extracted items), the blocks of its own text and its
    attachments."""

    notice: Notice
    own: tuple[Block, ...] | Blocks  # the notice's own text up to the signature (the letter)
    attachments: tuple[attachments.Draft, ...] = ()
    warnings: tuple[str, ...] = ()


def _text(block: Block) -> str:
    return block.text if isinstance(block, Paragraph) else ""


#: Words in quotation marks, with no sentence's stop in them.
_QUOTED = lazy(r"“[^“”。；！？]{1,24}”")
#: A top heading printed with no space after its number (1总则): no title's piece.
_NUMBERED_HEADING = lazy(r"[0-9]{1,2}\p{Han}{2,10}$")


#: How a goal's figure ends: no headline ends so (国家统计局：三季度GDP同比增长4.9% may).
_GOAL_ENDS = ("%左右", "%以上", "%以内")


def _ends_with_date(text: str) -> bool:
    """Does ``text`` end with a full date (2019年11月30日; 历史 2019年11月30日, a site's dateline)?"""
    return text.endswith("日") and DATE_AT_END.search(text) is not None


_TITLE_PIECE_MAX = 80
#: …a whole title on one line, its organ and 关于 first, its type last, may be longer: 宜宾市人民政府办公室关于印发《…
#: 实施细则》（修订稿）和《…实施细则》（修订稿）的通知 (宜府办函〔2006〕174号, 88 characters).
_LONG_TITLE_MAX = 160


def _is_title_piece(text: str) -> bool:
    """Could this paragraph be (part of) a title?  Not a sentence, a clause, an
    organ name, a code, a number or a date."""
    return (
        (0 < len(text) <= _TITLE_PIECE_MAX or (len(text) <= _LONG_TITLE_MAX and "关于" in text[:_ISSUER_MAX] and TITLE_END.search(text) is not None))
        and not _SENTENCE_STOP.search(text)
        and not text.endswith("：")
        # 为贯彻落实新发展理念，…: a sentence cut at a column's end (嵊州 2022); a slogan in quotation
        # marks may hold one (关于印发在全州开展“收好官，开好局”专项行动实施方案的通知, 海西州 2020)
        and ("，" not in text or "，" not in _QUOTED.sub("", text))
        and not text.endswith(_GOAL_ENDS)  # 地区生产总值增长5%左右: goals a news page lists above the report (渝中区 2023)
        and not text.startswith("序号")  # a table's header under the title (定州 2020 自由裁量基准, 谯城 2025)
        and "|" not in text  # …or a row of its cells (…统计表 / 指标名称 | 计量单位 | 代码 |, 湘西 2020; 大类 | 序号 | …, 肇庆 2020)
        and _NUMBERED_HEADING.match(text) is None  # 1总则 under the title (龙驹镇 2023 应急预案)
        and match_marker(text) is None
        and not ORGAN.match(text)
        and not NORMATIVE_CODE.match(text)
        and not PRINTED_DATE.match(text)
        and not _ends_with_date(text)  # a date alone, or a site's dateline
        and _masthead_organ(text) is None  # 某市人民政府文件: the 版头
        and canonical_doc_number(text) is None
        and title_note_date(text) is None
        and not RULE_LINE.match(text)  # the 版头's red line (━━━━━━)
        and _HAN.search(text) is not None  # a Markdown table's rule (---|---|) under a catalogue row: no words
    )




def _tidy_title(title: str) -> str:
    """A title as printed: joined pieces without the spaces of a text layer's kerning,
    and without a label a news page or a site puts before it on its line (北京：关于印发
    《北京市乡村振兴责任制实施细则》的通知; 青岛市高新区高新技术企业奖励政策：青岛高新区关于…的试行意见;
    【保市场主体】关于印发《泾县县域商业体系建设工作方案》的通知, a 宣城 site's section):
    the words after the label are a whole title, its 关于 among its first words or opening with its organ.

    >>> _tidy_title("北京：关于印发《北京市乡村振兴责任制实施细则》的通知"), _tidy_title("附件：某市重点任务分工方案")
    ('关于印发《北京市乡村振兴责任制实施细则》的通知', '附件：某市重点任务分工方案')
    """
    title = unkerned(title).lstrip(_TITLE_BULLETS)  # • 乌鲁木齐市寄递物流安全管理条例: a site's list mark
    if "时间" in title or "日期" in title:  # a cheap test first
        title = _SITE_TIME_AFTER.sub("", title)  # …的通知 发布时间:2021-05-01 15:30:00: the page's time on the title's line
    if title.endswith(("）", ")")):
        title = _DATE_IN_BRACKETS_AFTER.sub("", title)  # …工作要点（ 2020年06月17日 ）: the page's date
    if title[:1] == "《" and title[-1:] == "》" and title.count("《") == 1:
        # a document's own title set in 《》 as a heading over it (《关于…的具体实施细则》, 淮安 2022; # 《长宁区区筹
        # 公共租赁住房管理办法》, 长宁 2021): the title within the marks
        title = title[1:-1]
    if title[:1] == "【" or "：" in title or ":" in title:
        m = _LABEL_BEFORE_TITLE.match(title)
        rest = title[m.end() :] if m else ""
        if rest and TITLE_END.search(rest) and ("关于" in rest[:_ISSUER_MAX] or rest.startswith(_TITLE_WORDS) or _issuers_from_title(rest)):
            return rest
    return title


_TITLE_BULLETS = "•·●▪◦ \u3000"
#: A site's time of publication after a title on its line (福建省教育厅办公室 2021: …工作的通知 发布时间:2021-05-01
#: 15:30:00; 长宁区 2024: 2024年长宁区政府为民办实事项目公布 发布时间:2024-01-18).
_SITE_TIME_AFTER = lazy(
    r"[ \u3000]*(?:发布时间|发布日期|发表时间|更新时间)[：:][ \u3000]*(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?:[ \u3000]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[ \u3000]*$"
)
#: A day's date in brackets after a title on its line, as a site prints its page's (上海市发展和改革委员会 2020: …政务公开
#: 工作要点（ 2020年06月17日 ）; 上海 2026: …计划草案的报告（ 2026年02月12日）); not a year (（2021—2025年）, （2023年修订）).
_DATE_IN_BRACKETS_AFTER = lazy(r"[ \u3000]*[（(][ \u3000]*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[ \u3000]*[）)][ \u3000]*$")
_LABEL_BEFORE_TITLE = lazy(r"[^：:，,。；;《》“”（）()【】\n]{1,20}[：:][ \u3000]*|【[^【】\n]{1,12}】[ \u3000]*")
_ISSUER_MAX = 30  # characters of the organs before a title's 关于


def _doc_type(title: str | None) -> str | None:
    if not title:
        return None
    m = TITLE_END.search(title)
    return m.group("type") if m else None


def _addressee_list(line: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in _LIST_COMMA.split(line.rstrip("：:")) if a.strip())


def _is_addressees(text: str) -> bool:
    """A line of addressees: short, ending in a colon, no sentence; not the
    sentence that opens a 通告 or a 批复's text (…现就有关事项通告如下：,
    现批复如下：), nor one that cites a document (根据《…》), nor a clause
    that announces its list (第一条　申请人应当提交下列材料：)."""
    return (
        text.endswith(("：", ":"))
        and len(text) <= _ADDRESSEES_MAX
        and "。" not in text
        and "《" not in text
        and not text.startswith(_ATTRIBUTION)  # 据嘉兴公安: (a news page's source of the 通告 under it)
        and not text.endswith(_ANNOUNCING)
        and _ANNOUNCED_LIST.search(text) is None
        and match_marker(text) is None
    )


#: What a news page says a text is from, over the text (据嘉兴公安：, 据新华社电：), and a report's greeting of
#: the deputies (各位代表：, 余姚 2021's, 襄阳 2020's and 洪山区 2021's): no addressees.
_ATTRIBUTION = ("据", "各位")

#: A sentence that announces the list after it: …会议决定，修改下列地方性法规： (甘肃省人大常委会,
#: 2010), …决定自即日起废止下列地方性法规、决定决议及法规解释： (福建省人大常委会).
_ANNOUNCED_LIST = lazy(r"(?:下列|以下)[^，,。；;]{0,20}[：:]$")


def _addressees_before_letter(text: str) -> str | None:
    """The addressee line at the head of a paragraph that goes on with the
    letter, as a site flattens the two into one (各区人民政府，市政府各部门：现将《…》印发给你们。):
    the text up to its first colon, when that is an addressee line naming organs."""
    colon = text.find("：")
    if colon < 0 or colon + 1 == len(text):
        return None
    head = text[: colon + 1]
    return head if _is_addressees(head) and names_organs(head) else None


def _wrapped_addressees(texts: list[str], k: int) -> bool:
    """Is ``texts[k]`` an addressee line that runs on to the next line (各县、区人民政府，
    宿迁经济开发区、市湖滨新城开发区、苏州 / 宿迁工业园区，市各委、办、局，市各直属单位：,
    宿政发〔2008〕65号 as a law database prints it)?"""
    head = texts[k]
    return (
        k + 1 < len(texts)
        and head[-1:] not in _LINE_STOPS
        and not head.endswith(_ANNOUNCING)
        and not is_organ(head)  # a line of organs over the addressees (深圳市劳动局 深圳市国资办 … / 各有关单位：)
        and _is_addressees(head + texts[k + 1])
        and names_organs(head)
    )


_LINE_STOPS = frozenset("。；;：:，,！？")


#: The end of the sentence that announces a text (通告如下：, 规定如下：).
_ANNOUNCING = ("如下：", "如下:")


@dataclass(slots=True)
class _Start:
    rule: str
    first: int  # index of the first block of the notice (code, issuer or title)
    title_first: int | None
    title_last: int | None
    number_index: int | None  # the 发文字号 (or 令 number) line
    issuer_lines: tuple[int, ...] = ()
    code: str | None = None
    body: int = 0  # the first block after the frame's head
    byline: int | None = None  # an organ line under the title (a law database's), before its number or addressees
    masthead: str | None = None  # the organ a 版头 above the number names (某市人民政府文件)

    @property
    def anchor(self) -> int:
        return self.title_last if self.title_last is not None else self.first


# --- where documents start ------------------------------------------------


def _order_start(texts: list[str], i: int) -> _Start | None:
    """中华人民共和国国务院令 / 第706号, 济南市人民政府令 / 第288号, …公告 / （第38号）."""
    t = texts[i]
    if _ORDER_LINE.match(t):
        return _Start("order", i, i, i, i, body=i + 1)
    if not _ORDER_TITLE.match(t) or i + 1 >= len(texts) or not _ORDER_NUMBER.match(texts[i + 1]):
        return None
    return _Start("order", i, i, i, i + 1, body=i + 2)


# A title and its number on one line, as a site heads a page and as a list
# of documents links them, in the three orders seen:
# - the number in brackets after the title (中共岳阳市委办公室岳阳市人民政府办公室印发《…》的通知（岳办发〔2017〕2号）,
#   国务院办公厅关于印发…的通知（国办发〔2017〕47号）);
# - the number, then the title (鞍立政发〔2023〕2号立山区人民政府关于印发…的通知);
# - the title, then the number, the organ and the date (国务院关于同意…的批复 国函〔1996〕38号 中华人民共和国国务院 1996年5月31日).
_TITLE = rf"(?P<title>[^（(].{{3,150}}?(?:的)?(?:{_TYPES_ALT}))"
_BARE_NUMBER = r"(?P<number>[\p{Han}A-Za-z]{1,16}?[〔\[【][0-9]{4}[〕\]】](?:第)?[0-9]{1,5}号)"
# a number in brackets closing the line (…的答复[浙交建〔2018〕101号] on 浙江's 交通运输厅 site, in square brackets)
_IN_BRACKETS = r"(?:[（(](?P<number>[^（）()]{4,30})[）)]|[\[［【](?P<number>[^\[\]［］【】]{4,30})[\]］】])$"
_NUMBERED_TITLE = lazy(rf"^{_TITLE}{_IN_BRACKETS}")
_NUMBER_THEN_TITLE = lazy(rf"^{_BARE_NUMBER}{_TITLE}$")
_TITLE_THEN_NUMBER = lazy(rf"^{_TITLE}[ \u3000]*{_BARE_NUMBER}(?:[ \u3000]*(?P<organ>\p{{Han}}{{2,40}}?))?(?:[ \u3000]*(?P<date>(?:19|20)[0-9]{{2}}年[0-9]{{1,2}}月[0-9]{{1,2}}日))?$")


#: What such a line may end with that no title does: its number, or its date.
_NUMBERED_LAST_CHARS = frozenset("号日")
#: A title and the bracket that closes it (a 发文字号 when it reads as one).
_BRACKETED_LAST = lazy(rf"^(?P<title>.{{4,150}}?){_IN_BRACKETS}")

_MARKS = str.maketrans("", "", "《》〈〉“”\" \u3000")

#: A title, its number or both run into the addressee line after them: 关于…的通知, 汕府办函[2017]136号, then 各…
#: (see _standalone).
_TITLE_BEFORE_ADDRESSEES = lazy(
    rf"^(?=\p{{Han}})(?P<title>[^，,：:。；;]{{4,120}}?关于[^，,：:。；;]{{2,120}}?的(?:{_TYPES_ALT}))?[ \u3000]*"
    r"(?P<number>\p{Han}{1,12}[〔\[][0-9]{4}[〕\]][0-9]{1,5}号)?[ \u3000]*(?P<rest>(?:各|有关)\p{Han}.*)$"
)


def _run_into_addressees(addressees: tuple[str, ...]) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    """The title and the number that a copy ran into its first addressee (see :data:`_TITLE_BEFORE_ADDRESSEES`),
    and the addressees without them; None when it ran in neither."""
    m = _TITLE_BEFORE_ADDRESSEES.match(addressees[0]) if addressees else None
    if m is None or not (m.group("title") or m.group("number")):
        return None
    title = _tidy_title(m.group("title")) if m.group("title") else None
    number = canonical_doc_number(m.group("number")) if m.group("number") else None
    return title, number, (m.group("rest").strip(), *addressees[1:])


def _squeezed(title: str) -> str:
    """A title without its spaces and quotation marks, as a site prints it again."""
    return title.translate(_MARKS)


def _numbered_title(text: str) -> regex.Match | None:
    # A number ends with 号: most paragraphs that end with a bracket (a unit list) are spared the pattern.
    if text[-1:] in _NUMBER_BRACKET_ENDS and text[-2:-1] == "号":
        m = _NUMBERED_TITLE.match(text)
    elif "〕" in text or "]" in text or "】" in text:
        m = _NUMBER_THEN_TITLE.match(text) or _TITLE_THEN_NUMBER.match(text)
        if m and m.groupdict().get("organ") and not is_organ(m.group("organ")):
            return None
    else:
        return None
    return m if m and canonical_doc_number(m.group("number")) else None


def _titled_start(texts: list[str], i: int) -> _Start | None:
    """A title ending at ``texts[i]``, then a 发文字号 and/or an addressee line."""
    if one_line := _numbered_title(texts[i]):
        # Only with the addressees under it: a list of such lines names documents cited.
        body = i + 2 if texts[i + 1 : i + 2] in (["|"], ["｜"]) else i + 1  # a bar the site's table left
        if body + 1 < len(texts) and _number_line(texts[body]) is not None and _number_line(texts[body]) == canonical_doc_number(one_line.group("number")):
            body += 1  # the number printed again under the site's line (盘县政办发〔2017〕88号盘山县…的通知 / 盘县政办发〔2017〕88号)
        if body < len(texts) and _is_addressees(texts[body]):
            # The title printed above it as well starts the notice (鞍立政发〔2023〕2号 / 立山区人民政府关于印发《…》的通知 / 鞍立政发〔2023〕2号立山区…)
            first = i - 1 if i > 0 and _squeezed(texts[i - 1]) == _squeezed(one_line.group("title")) else i
            return _Start("titled", first, first, first, i, body=body)
        title = one_line.group("title")
        if _at_boundary(texts, i) and body < len(texts) and _opens_text(texts[body]) and "关于" in title and title.endswith(LETTER_TYPES):
            # A 通告 with its number on its title's line and no addressees, at the start of the text
            # (关于严禁利用人力举牌…的通告 茂公通〔2017〕155号, a forum's copy)
            return _Start("titled", i, i, i, i, body=body)
        return None
    if texts[i][-1] in _NUMBERED_LAST_CHARS:
        return None  # a line ending with 号 or 日 is a title only with its number on it (no type ends so)
    marked = texts[i].startswith("《")
    if marked:  # a title in book-title marks stands alone on its line
        if _unmarked(texts[i]) == texts[i]:
            # …unless it is the end of one broken before its 《 (阿里地区行政公署关于印发 / 《…》的通知)
            if not (i > 0 and texts[i - 1].endswith(_TITLE_BREAKS) and TITLE_END.search(texts[i]) and _is_title_piece(texts[i - 1])):
                return None
            marked = False
    elif not _is_title_piece(texts[i]) or not TITLE_END.search(texts[i]):
        return None
    first = i
    # The title reaches back to the piece that holds 关于/印发 (at most four pieces: 县人民政府办公室关于 /
    # 对县《政府工作报告》确定的2021年 / 重点工作及市《政府工作报告》涉及嘉鱼的 / 重点事项进行责任分解的通知, 嘉鱼 2021).
    while first > 0 and i - first < _TITLE_PIECES - 1 and not _titled("".join(texts[first : i + 1])):
        if not _is_title_piece(texts[first - 1]):
            break
        first -= 1
    if marked or not _titled("".join(texts[first : i + 1])):
        first = i  # no title word: a one-line title (…决定, …公告)
    # A title broken after its act's word: 阿里地区行政公署关于印发 / 《…》的通知, 某某关于 /
    # 印发《…》的通知, 关于印发 / 《…》的通知 under its organ's line.
    while first > 0 and i - first < 2 and texts[first - 1].endswith(_TITLE_BREAKS) and _is_title_piece(texts[first - 1]):
        first -= 1
    # A title that cites another by its act (国务院办公厅关于落实中共中央国务院 / 关于全面深化…若干意见 /
    # 有关政策措施分工的通知): the piece above, with its own title word and no type to end it, opens it.
    while first > 0 and i - first < 2 and texts[first].startswith(_TITLE_WORDS) and _opens_a_title(texts[first - 1]):
        first -= 1
    title = "".join(texts[first : i + 1])
    after = i + 1
    number_index = byline = None
    if (
        after + 1 < len(texts)
        and is_organ(texts[after])
        and (canonical_doc_number(texts[after + 1]) or _is_addressees(texts[after + 1]))
        and texts[i] not in texts[after + 2 : after + 3]  # the title printed again under the number starts it
        and not _ORDER_LINE.match(texts[after + 1])  # 宁夏回族自治区人民政府 / …人民政府令第103号: an order's head
    ):
        # 深圳市劳动局 深圳市国资办 … under the title of their joint notice, above 各有关单位： (a law
        # database's byline, 1998); 国家外汇管理局 under its 1997 notice
        byline = after
        after += 1
    if after + 1 < len(texts) and DATE_LINE.match(texts[after]) and _number_line(texts[after + 1]):
        after += 1  # the page's date between the title and the number (…的通知 / 2019年7月19日 / 萍府办字〔2019〕17号, 萍乡 2019)
    if after < len(texts) and (number := _number_line(texts[after])):
        number_index = after
        after += 1
        if after < len(texts) and (texts[after] == texts[number_index] or _dated_number(texts[after]) == number):
            after += 1  # a site that prints the number twice, perhaps the second time after the date (国办函〔1995〕59号's page)
        # …or the title again under its number (关于印发《阿拉山口市人民政府工作规则》的通知 / page data /
        # 阿市政发〔2016〕83号 / the title), perhaps broken after its organ (城发改委发〔2025〕4号 /
        # 城口县发展和改革委员会 / 关于印发《…》的通知)
        # (赣市府办字〔2015〕118号's page: the headline names no organ, the title again under the number
        # opens with its organ's line, which is the byline)
        squeezed = _squeezed(title)
        for k in (1, 2, 3, 4):
            again = _squeezed("".join(texts[after : after + k]))
            if again == squeezed:
                after += k
                if after < len(texts) and _number_line(texts[after]) == number:
                    after += 1  # …and its number again under it (揭府函〔2020〕2号's page: title, number, page data, title, number)
                break
            if k > 1 and byline is None and again.endswith(squeezed) and again[: len(again) - len(squeezed)] == _squeezed(texts[after]) and is_organ(texts[after]):
                byline = after
                after += k
                break
        else:
            if after < len(texts) and _sends_out(texts[after], title) and after + 1 < len(texts) and _is_addressees(texts[after + 1]):
                # …or the page's headline names, in its marks or not, the document that the notice under the
                # number sends out (《若羌县加快发展保障性租赁住房的实施方案》 / 若政办发〔2022〕31号 / 关于印发《若羌县关于
                # 加快发展保障性租赁住房的实施方案》的通知 / 各乡镇人民政府…, 若羌 2022; 永德县以商招商、民间招商奖励办法 /
                # 办发〔2015〕6号 / 中共永德县委办公室 永德县人民政府办公室关于印发《…》的通知, 永德 2015): that line is the title
                return _Start("titled", first, after, after, number_index, body=after + 1)
    elif after + 1 < len(texts) and texts[after][:1] in "（(" and _is_addressees(texts[after + 1]) and _number_line(texts[after]):
        # the number in brackets, with the date, over the addressees ((哈厅字[2007]4号 2007年2月1日), a compilation's form)
        number_index = after
        after += 1
    addressed = after < len(texts) and (
        _is_addressees(texts[after]) or _addressees_before_letter(texts[after]) is not None or _wrapped_addressees(texts, after)
    )
    if number_index is None and addressed and (_letter_cites(texts, first, title) or (first > 0 and attachments._label(texts[first - 1]))):
        # a report the letter above forwards, or one under its 附件 label, addressed (国务院：) but with no
        # number of its own: the notice's attachment (国办发〔1996〕2号 转发 国家地震局's 报告; 国办函〔2004〕80号's 附件1)
        return None
    if number_index is not None and not addressed and _letter_cites(texts, first, title):
        # (a cited title printed with its number and its own addressees is the document forwarded
        # whole, a notice of its own: 国函〔2010〕50号 / 广东省人民政府： under 广东's 转发 notice, 2010)
        return None
    if not addressed and number_index is None:
        if (
            first > 0
            and _number_line(texts[first - 1])
            and _at_boundary(texts, first - 1)
            and after < len(texts)
            and match_marker(texts[after]) is not None
            and not _letter_cites(texts, first - 1, title)
        ):
            # A document printed under its number with no letter, its outline under its title, at the start of
            # the text (盐政发〔2017〕40号 / 盐池县人民政府工作规则 / 第一章 总则, a county's site)
            return _Start("titled", first - 1, first, i, first - 1, body=after)
        # A 通告 or 决定 printed with neither: only at the start of the text or
        # right after the 印发 line that ended a notice, with its text under it
        # (a plan's title under a signature is an attachment, not a notice).
        opens = after < len(texts) and _opens_text(texts[after])
        boundary = _at_boundary(texts, first) or _after_signature(texts, first, title)
        if not (boundary and opens and "关于" in title and title.endswith(LETTER_TYPES)):
            return None
    return _Start("titled", first, first, i, number_index, body=after, byline=byline)


def _sends_out(line: str, headline: str) -> bool:
    """Is ``line`` a 印发 title that sends out the document ``headline`` names in its marks
    (关于 left out of both: a site's headline drops it or keeps it)?"""
    core = _squeezed(_unmarked(headline)).replace("关于", "")
    return (
        "印发" in line and len(core) >= _HEADLINE_CORE_MIN and TITLE_END.search(line) is not None
        and core in _squeezed(line).replace("关于", "")
    )


_HEADLINE_CORE_MIN = 6


def _opens_text(text: str) -> bool:
    """Is ``text`` the first paragraph of a document's own text (a sentence, or 现通告如下：)?"""
    return "。" in text or text.endswith(_ANNOUNCING)


#: Characters two lines share at their start from which the second prints the first again.
_TITLE_AGAIN_HEAD = 8


def _opens_a_title(text: str) -> bool:
    """Is ``text`` the first piece of a title whose next piece opens with a
    title word: a title piece with a title word of its own, not a whole title?"""
    return any(w in text for w in _TITLE_WORDS) and not TITLE_END.search(text) and _is_title_piece(text)


#: A news page's line over the document it reprints (全文如下：, 原文如下:, 文件原文如下：; 大听网's 2022 report of
#: 黄荆镇's 公告, and a dozen pages that reprint a notice under its addressees).
_REPRINT_LEAD = lazy(r"^(?:文件|通知|公告|通告)?(?:全文|原文)如下[：:]?$")


def _at_boundary(texts: list[str], i: int) -> bool:
    """Does ``texts[i]`` follow the end of a document (or start the text), perhaps
    under its organ's line and the page's headline that repeats the title
    (湘西 2023 征求意见的通知: the headline / 湘西自治州人大常委会法工委 / 关于…)?"""
    if i == 0 or printed_date(texts[i - 1]) is not None or _REPRINT_LEAD.match(texts[i - 1]):
        return True
    if i <= _ISSUER_LINES_MAX and all(is_organ(texts[k]) or _number_line(texts[k]) for k in range(i)):
        # the start of the text, under the issuers' lines (冕宁县交通运输局 / 冕宁县公安局交通管理大队 / 关于…的通告)
        # or under its number (乐沙府通〔2018〕2号 / 乐山市沙湾区人民政府 关于…的通告)
        return True
    k = i - 1 if is_organ(texts[i - 1]) else i
    return k == 1 and _TITLE_WORDS[0] in texts[0] and TITLE_END.search(texts[0]) is not None and texts[i] in texts[0]


def _signed_above(texts: list[str], i: int) -> int | None:
    """The signature's date right above ``texts[i]`` (or above the note under
    it: 2022年5月6日 / （此件公开发布））, if there is one."""
    k = i - 1
    if k >= 1 and NOTE.match(texts[k]):
        k -= 1
    return k if k >= 0 and DATE_LINE.match(texts[k]) else None


def _after_signature(texts: list[str], i: int, title: str) -> bool:
    """Does ``texts[i]`` follow a signature's date, with a title the letter above does not cite?"""
    return _signed_above(texts, i) is not None and not _letter_cites(texts, i, title)


def _letter_cites(texts: list[str], i: int, title: str) -> bool:
    """Does the letter signed right above ``texts[i]`` name ``title``?  A title
    the letter names (现公布《国务院关于修改…的决定》, 现将《专利代理条例》转发给你们)
    is its attachment, not a document of its own, even with its own number
    under it (（国务院令第706号））."""
    k = _signed_above(texts, i)
    if k is None:
        return False
    cited = f"《{title}》"
    return any(cited in t for t in texts[max(0, k - _LETTER_REACH) : k])


_LETTER_REACH = 12  # blocks above a signature where its letter may cite an attachment's title


#: What addresses the bodies of a kind at once (各有关单位, 各区县人民政府).
_COLLECTIVE = "各"


def _addressed_start(texts: list[str], i: int) -> _Start | None:
    """A notice printed without its title: an addressee line naming several
    organs (or one, under the notice's number), then a short letter and its
    signature."""
    if not _is_addressees(texts[i]) or not names_organs(texts[i]):
        return None
    if (
        not any(c in texts[i] for c in "、，,")
        and not (i > 0 and canonical_doc_number(texts[i - 1]))
        and not texts[i].rstrip("：:").endswith(MEMBERS)
        and not (texts[i].startswith(_COLLECTIVE) and _at_boundary(texts, i))
    ):
        # one organ addressed only under a 发文字号 (弋府字〔2015〕23号 / 清湖乡人民政府：, a 批复); one deputy a reply is
        # for may be alone (张晓花代表：, 丹东市公安局's 2024 reply); and the bodies of a kind, 各…, where the text starts
        # (各有关单位： opening 广东省科技厅's 2022 摸查 letter, its title left off the page)
        return None
    if i > 0 and texts[i - 1] and _wrapped_addressees(texts, i - 1):
        return None  # the end of an addressee line the notice above wrapped
    # the signature opens within that many blocks, its organs and date perhaps after (松阳 2025's letter
    # of seven blocks with its headings, 附件2： before 松阳县人民政府办公室 / 2025年4月23日)
    signature = _signature(texts, i + 1, min(len(texts), i + 1 + _UNTITLED_LETTER_MAX + _SIGNATURE_LINES), None)
    if signature is None or signature[0] > i + _UNTITLED_LETTER_MAX:
        return None
    return _Start("addressed", i, None, None, None, body=i)


#: The label a congress prints over each of its papers (叶县十六届人大四次会议文件（五）, 大会文件（一）).
_PAPERS_LABEL = lazy(r"(?:会议|大会)文件[ ]?[（(][一二三四五六七八九十0-9]{1,3}[）)]$")


def _noted_start(texts: list[str], i: int) -> _Start | None:
    """A title with its 题注 under it (``texts[i]``): a report or a speech with
    when it was given, a resolution or a law with when it was adopted.
    Printed with neither a 发文字号 nor addressees, such a document starts
    where its note says so.  A law database may print the organ between
    (抚顺市公路路政管理办法 / 辽宁省人大常委会 / （1996年8月23日…通过…批准））: its byline."""
    if i == 0:
        return None
    if i >= 2 and _opens_a_note(texts[i - 1], texts[i]):
        top = i - 1  # the note's first line
    elif title_note_date(texts[i]) is not None:
        top = i
    else:
        return None
    last, byline = top - 1, None
    if top >= 2 and is_organ(texts[top - 1]) and _is_title_piece(texts[top - 2]) and TITLE_END.search(texts[top - 2]):
        last, byline = top - 2, top - 1
    if not _is_title_piece(texts[last]) or NOTE.match(texts[last]):
        return None
    first = last
    # A title over two or three lines: the pieces above that make one with it.
    while (
        first > 0
        and last + 1 - first < 3
        and not TITLE_END.search(texts[first - 1])
        and _is_title_piece(texts[first - 1])
        and not is_organ(texts[first - 1])
        and not NOTE.match(texts[first - 1])  # （此件公开发布） closes the notice above
        and not attachments._label(texts[first - 1])
        and not _PAPERS_LABEL.search(texts[first - 1])  # 叶县十六届人大四次会议文件（五）: the congress's papers, over the title
        and not any(w in "".join(texts[first : last + 1]) for w in _TITLE_WORDS)  # the piece with 关于 opens the title
    ):
        if TITLE_END.search("".join(texts[first - 1 : last + 1])) is None:
            break
        first -= 1
    title = "".join(texts[first : last + 1])
    if not TITLE_END.search(title) and "会议" not in texts[i]:
        return None  # a bare date under a line that names no document
    if _letter_cites(texts, first, title) or (first > 0 and attachments._label(texts[first - 1])):
        return None  # what the letter above publishes (现将修订后的《专利代理条例》公布), or its 附件
    return _Start("noted", first, first, last, None, body=i + 1, byline=byline)


def _opens_a_note(line: str, under: str) -> bool:
    """Does ``line`` open a 题注 that the line ``under`` it closes: its bracket
    open there and closed under it, the two lines one note ((2023年12月28日…会议通过 /
    2024年1月18日…会议批准), 太原市消防条例 2024; （1999年8月30日…会议通过 / 根据2017年
    12月27日…《关于修改〈中华人民共和国招标投标法〉…的决定》修正）, 招标投标法)?"""
    if line[:1] in "（(":
        return "）" not in line and ")" not in line and under.endswith(("）", ")")) and title_note_date(line + under) is not None
    # …or a report's, its date first, its meeting closing the line under it (2023年2月1日在潼关县第十九届 / 人民代表大会
    # 第二次会议上, 潼关县人大常委会 2023)
    return line[:1] in "12" and under.endswith("会议上") and title_note_date(line) is None and title_note_date(line + under) is not None


#: The start rules, in the order they are tried at each paragraph, with the
#: last characters their anchor paragraph can end with (``None``: any).
START_RULES: tuple[tuple[str, Callable[[list[str], int], _Start | None], frozenset[str] | None], ...] = (
    ("order", _order_start, frozenset("令告号）)")),
    ("titled", _titled_start, _TITLE_LAST_CHARS | _NUMBERED_LAST_CHARS),
    ("addressed", _addressed_start, frozenset("：:")),
    ("noted", _noted_start, frozenset("上）)过准正订改布行")),
)
#: Any paragraph a start rule can anchor on ends with one of these (derived from the table).
_ANCHOR_LAST_CHARS = frozenset().union(*(ends for _, _, ends in START_RULES if ends is not None))


def _find_starts(blocks: list[Block], texts: list[str], codes: regex.Pattern = NORMATIVE_CODE) -> list[_Start]:
    starts: list[_Start] = []
    i, n = 0, len(blocks)
    while i < n:
        last = texts[i][-1:]
        found = None
        if last in _ANCHOR_LAST_CHARS:
            for _, rule, ends in START_RULES:
                if ends is None or last in ends:
                    found = rule(texts, i)
                    if found:
                        break
        if found is None:
            i += 1
            continue
        _issuers_above(texts, found)
        _number_above(texts, found)
        if found.first > 0 and codes.match(texts[found.first - 1]):
            found.code = canonical_code(texts[found.first - 1])
            found.first -= 1
        elif found.number_index is not None and found.body == found.number_index + 1 and found.body < n and codes.match(texts[found.body]):
            # …or under the 发文字号 (湘政发〔2015〕15号 / HNPR—2015—00014 / 各市州人民政府，…:)
            found.code = canonical_code(texts[found.body])
            found.body += 1
        if starts and found.rule == "order" and starts[-1].rule == "noted" and found.first == starts[-1].body:
            # A law database's head of a regulation (its title and note, 四川省村务公开条例 / （2009年7月22日…通过）)
            # over the 公告 or 令 that publishes it: that is the document; the head is skipped before it.
            starts.pop()
        if (
            starts
            and found.rule == starts[-1].rule == "order"
            and texts[found.first] == texts[starts[-1].first]
            and all(is_organ(texts[k]) for k in range(starts[-1].body, found.first))
        ):
            # A law database's head of an order: the order's line, its organ, then the order again
            # (遵义市人民政府令第55号 / 贵州省遵义市人民政府 / 遵义市人民政府令第55号): one order, the second.
            starts.pop()
        if starts and found.first <= max(starts[-1].anchor, starts[-1].body):
            i += 1
            continue
        if starts and starts[-1].rule == "order" and found.rule != "order" and _published_by(texts, starts[-1], found):
            # the document a 令 or a 公告 publishes, printed under its signature: its attachment, no notice of its own
            # (国务院令第513号 / 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》已经…通过，现予公布 / … / 国务院关于修改
            # 《全国年节及纪念日放假办法》的决定; 甘肃省人大常委会公告（第54号） over its 2011 决定 and that 决定's note)
            i = max(found.body, i + 1)
            continue
        starts.append(found)
        i = max(found.body, i + 1)
    return starts


#: Lines of an order's letter in which it names the document it publishes.
_PUBLISHING_LINES = 4


def _published_by(texts: list[str], order: _Start, found: _Start) -> bool:
    """Is ``found``'s title the one the order's letter publishes (:data:`_PUBLISHED`: 《X》…现予公布, 〈〉 for the
    marks inside X)?"""
    if found.title_first is None or found.title_last is None:
        return False
    title = attachments.as_compared(_unmarked("".join(texts[found.title_first : found.title_last + 1])))
    letter = "".join(texts[order.body : min(found.first, order.body + _PUBLISHING_LINES)])
    return bool(title) and any(attachments.as_compared(m.group("title")) == title for m in _PUBLISHED.finditer(letter))


#: Lines of organs, one per issuer, that may stand over a joint title.
_ISSUER_LINES_MAX = 4


def _issuers_above(texts: list[str], start: _Start) -> None:
    """Organ lines right above a title (one, or one per issuer) belong to it."""
    if start.title_first is None or start.rule == "order":
        return
    k = start.title_first
    title = "".join(texts[start.title_first : (start.title_last or k) + 1])
    lines: list[int] = []
    while k > 0 and len(lines) < _ISSUER_LINES_MAX and is_organ(texts[k - 1]) and not title.startswith(texts[k - 1]):
        lines.insert(0, k - 1)
        k -= 1
    if lines:
        start.issuer_lines = tuple(lines)
        start.first = lines[0]


def _number_above(texts: list[str], start: _Start) -> None:
    """A 发文字号 right above a title with none under it belongs to it, and
    so does the 版头 above that number (某市人民政府文件): a document printed
    on its own, as GB/T 9704 lays it out, gives its number before its title."""
    if start.rule != "titled":
        return
    k = start.first - 1
    if k > 0 and RULE_LINE.match(texts[k]):
        k -= 1  # the 版头's red line, drawn between the number and the title (五政办通〔2018〕38号 / ━━━━ / …)
    if k < 0 or (number := _number_line(texts[k])) is None:
        return
    if start.number_index is not None:
        # …or the number a site's line repeats with the title (鞍立政发〔2023〕2号 / 立山区…的通知 / 鞍立政发〔2023〕2号立山区…的通知)
        glued = _numbered_title(texts[start.number_index]) if start.number_index != start.first else None
        if glued is None or canonical_doc_number(glued.group("number")) != number:
            return
    start.number_index = start.first = k
    if k > 0 and (organ := _masthead_organ(texts[k - 1])) is not None:
        start.first, start.masthead = k - 1, organ
    elif k > 1 and texts[k - 1] == _MASTHEAD_END and is_organ(texts[k - 2]):
        # 新疆维吾尔自治区人民政府 / 文件 (a 版头 a PDF copy broke over two lines, 新政发〔2020〕16号)
        start.first, start.masthead = k - 2, texts[k - 2]


_MASTHEAD_END = "文件"  # 某市人民政府文件: the 版头 of a document printed on its own


def _masthead_organ(text: str) -> str | None:
    """The organ of a 版头 (某市人民政府文件 → 某市人民政府), or None for any other line."""
    if not text.endswith(_MASTHEAD_END):
        return None
    organ = text.removesuffix(_MASTHEAD_END).strip()
    return organ if is_organ(organ) else None


_SIGNER_TAIL = lazy(
    r"[ \u3000]*签发人[:：].*$|[ \u3000]+(?P<date>(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日))$"
    # (a date in Chinese numerals follows the number's 号 with no space once the text is normalized)
    r"|[ \u3000]*(?P<date>[一二][〇○零Oo0九][〇○零Oo0一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$"
    # …or a site's field of the date it was made (国办函[1995]59号颁布时间:1995-12-05, a law site's line)
    r"|[ \u3000]*(?:颁布|发布|成文)(?:时间|日期)[：:][ \u3000]*(?P<date>(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})$"
)
# (某政发〔2023〕8号　签发人：张三, a 请示 or 报告; 津政办规〔2023〕4号           2023-04-11, a site's row of number and date;
# 川府发〔2011〕8号 二○一一年三月十七日, a provincial gazette's, its date in Chinese numerals)


def _serial(digits: str) -> int:
    """An order's serial as a number: 15, 三十七 → 37."""
    return int(digits) if digits.isdigit() else cn_to_int(digits) or 0


def _number_line(text: str) -> str | None:
    """The canonical 发文字号 a number line prints, its 签发人 left out, or in
    brackets with its date (``(哈厅字[2007]4号 2007年2月1日)``), or as a site
    that lost its 〕 and 号 prints it (``赣市府办字〔2015118``)."""
    if text[:1] in "（(" and (m := _BRACKETED_NUMBER.match(text)):
        return canonical_doc_number(m.group("number"))
    if text[-1:].isdigit() and (m := _LOST_CLOSE.match(text)):
        return canonical_doc_number(f"{m.group('prefix')}〔{m.group('year')}〕{m.group('serial')}号")
    return canonical_doc_number(_SIGNER_TAIL.sub("", text))


#: A number whose 〕 and 号 a site's page lost (赣市府办字〔2015118 on 赣州's site, 南兴府办函〔202058 on 兴宁区's),
#: or its 号 alone (国发〔2021〕27, a text layer of 国务院's 2021 交通 plan): the year's four digits, then the serial.
_LOST_CLOSE = lazy(r"^(?P<prefix>\p{Han}{1,12})〔(?P<year>(?:19|20)[0-9]{2})〕?(?P<serial>[1-9][0-9]{0,3})$")


def _dated_number(text: str) -> str | None:
    """The number of a line that prints a date, then a 发文字号 (1995年12月5日 国办函[1995]59号), or None."""
    m = _DATE_THEN_NUMBER.match(text)
    return canonical_doc_number(m.group("number")) if m else None


_DATE_THEN_NUMBER = lazy(r"^(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[ \u3000]*(?P<number>\S{4,30}号)$")
_BRACKETED_NUMBER = lazy(r"^[（(][ ]?(?P<number>[^（）()\s]{4,30}?号)(?:[ \u3000]+(?P<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日))?[ ]?[）)]$")


# --- signatures -------------------------------------------------------------

_Signature = tuple[int, int, tuple[str, ...], str]  # first block, date block, organs, ISO date


def _organs_then_date(texts: list[str], j: int, stop: int, issuer: str | None) -> _Signature | None:
    """One to :data:`_SIGNATURE_ORGAN_LINES` organ (or signer) lines, then a date."""
    organs: list[str] = []
    k = j
    while k < stop and k - j < _SIGNATURE_ORGAN_LINES and (is_organ(texts[k]) or SIGNER.match(texts[k]) or texts[k] == issuer):
        if not SIGNER.match(texts[k]):
            organs.extend(split_organs(texts[k]))
        k += 1
    if k == j or k >= stop:
        return None
    date = iso_date(texts[k]) or _spaced_date(texts[k])
    return (j, _repeated(texts, k, stop), tuple(organs), date) if date else None


#: A signature's date whose 年, 月 and 日 a text layer lost, spaces in their place (国务院 / 2021 12 9).
_SPACED_DATE = lazy(r"^(?P<y>(?:19|20)[0-9]{2}) (?P<m>[0-9]{1,2}) (?P<d>[0-9]{1,2})$")


def _spaced_date(text: str) -> str | None:
    if text[:2] not in ("19", "20"):
        return None
    if text.isdecimal():  # (not isdigit: a superscript ² is a digit that int() cannot read)
        return _run_together_date(text) if 6 <= len(text) <= 8 else None
    m = _SPACED_DATE.match(text)
    return None if m is None else _figures_date(m)


def _run_together_date(text: str) -> str | None:
    """A signature's date whose 年, 月 and 日 a site lost with nothing in their
    place (福建省人民政府 / 2017919, 闽政文〔2017〕316号; 银川市交通运输局 / 2017821): the
    date where only one reading of the figures after the year is a month and a day.

    >>> _run_together_date("2017919"), _run_together_date("2017821"), _run_together_date("20171019")
    ('2017-09-19', '2017-08-21', '2017-10-19')
    >>> _run_together_date("2017111") is None, _run_together_date("2017131") is None
    (True, False)
    """
    year, rest = int(text[:4]), text[4:]
    readings = set()
    for k in (1, 2):  # the month's figures, then the day's
        month, day = rest[:k], rest[k:]
        if 1 <= len(day) <= 2 and (date := ymd_date(year, int(month), int(day))):
            readings.add(date)
    return readings.pop() if len(readings) == 1 else None


def _figures_date(m: regex.Match) -> str | None:
    """The ISO date of a match of a date in figures (groups ``y``, ``m``, ``d``), if its month and day can be."""
    return ymd_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def _repeated(texts: list[str], k: int, stop: int) -> int:
    """The last of the lines from ``k`` that repeat it (a law database prints the date twice: 运城 2017)."""
    while k + 1 < stop and texts[k + 1] == texts[k]:
        k += 1
    return k


def _date_alone(texts: list[str], j: int, stop: int, issuer: str | None) -> _Signature | None:
    """A date on its own line closes a letter printed without a signature name."""
    date = iso_date(texts[j])
    return (j, _repeated(texts, j, stop), (), date) if date else None


#: Organs and a date on one line, as a site sets a signature right of its organ (乐山市沙湾区人民政府 2018年5月9日,
#: 乐沙府通〔2018〕2号) or a bulletin its byline (重庆市开州区统计局 国家统计局开州调查队2024年4月29日).
_ORGANS_AND_DATE = lazy(r"^(?P<organs>\p{Han}[\p{Han}、（）() \u3000]{1,60}?)[ \u3000]*(?P<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)$")


def _organs_and_date(texts: list[str], j: int, stop: int, issuer: str | None) -> _Signature | None:
    """Organs, then a date, on one line."""
    m = _ORGANS_AND_DATE.match(texts[j]) if texts[j].endswith("日") else None
    if m is None:
        return None
    organs = split_organs(m.group("organs"))
    date = iso_date(m.group("date"))
    return (j, j, organs, date) if organs and date and all(is_organ(o) for o in organs) else None


#: How a letter ends, tried in order at each paragraph after the letter's start.
SIGNATURE_RULES: tuple[tuple[str, Callable[[list[str], int, int, str | None], _Signature | None]], ...] = (
    ("organs_then_date", _organs_then_date),
    ("date_alone", _date_alone),
    ("organs_and_date", _organs_and_date),
)


def _signature(texts: list[str], k: int, stop: int, issuer: str | None) -> _Signature | None:
    for j in range(k, stop):
        for _, rule in SIGNATURE_RULES:
            found = rule(texts, j, stop, issuer)
            if found:
                return found
    return None


# --- reading one frame -------------------------------------------------------


def _block_span(block: Block) -> Span:
    return block.passage.span if isinstance(block, Paragraph) else block.span


def _span(blocks: list[Block] | tuple[Block, ...]) -> Span:
    if not blocks:
        return Span(0, 0, None, None)
    first, last = _block_span(blocks[0]), _block_span(blocks[-1])
    return Span(first.start_line, last.end_line, first.page, last.end_page)


def _as_printed(issuers: tuple[str, ...], printed: tuple[str, ...]) -> tuple[str, ...]:
    """``issuers`` with the province a law database puts before each (湖北省武汉市人民政府)
    taken off where the title or the signature prints the organ without it
    (武汉市人民政府): the organs as the document prints them."""
    if not printed:
        return issuers
    out = []
    for issuer in issuers:
        for name in printed:
            if len(name) < len(issuer) and issuer.endswith(name) and _REGION_PREFIX.match(issuer[: len(issuer) - len(name)]):
                issuer = name
                break
        out.append(issuer)
    return tuple(out)


#: The line under a report's note that names who gives it: the organ, the post, the name (进贤县人民政府县长叶修堂).
# (…or a court's, a procuratorate's: 襄阳市人民检察院检察长 常本勇, 洪山区人民检察院代理检察长 匡正)
_SPEAKER = lazy(r"^(?P<organ>\p{Han}{2,20}?(?:人民政府|人民法院|人民检察院))(?:代理|代)?(?:(?:省|市|县|区|州|旗|盟)长|院长|检察长)")


def _named_whole(issuers: tuple[str, ...], signed: tuple[str, ...]) -> tuple[str, ...]:
    """``issuers`` with each that names its organ by its level alone (区人民政府办公室,
    县人民政府) as the signature names it whole (蔡甸区人民政府办公室)."""
    out = []
    for issuer in issuers:
        if issuer[:1] in LEVELS:  # 区人民政府办公室, 县人民政府: a level where the region would stand
            issuer = next((name for name in signed if len(name) > len(issuer) and name.endswith(issuer)), issuer)
        out.append(issuer)
    return tuple(out)


#: The place of the congress a report's note names (在宁夏回族自治区第十三届人民代表大会…, 在叶县第十六届…).
_CONGRESS_PLACE = lazy(r"在(?P<place>\p{Han}{1,12}?(?:自治区|自治州|自治县|省|市|州|县|区|旗|盟))第[一二三四五六七八九十]{1,4}届")
#: The levels an organ may be named by alone, longest first (自治区人民政府, 县人民政府).
_LEVEL_WORDS = ("自治区", "自治州", "自治县", "省", "市", "州", "县", "区", "旗", "盟")


def _in_place(issuer: str, place: str) -> str:
    """An organ named by its level alone (自治区人民政府) as the place of that level names it (宁夏回族自治区人民政府);
    any other organ as it is."""
    level = next((w for w in _LEVEL_WORDS if issuer.startswith(w)), None)
    if level is None or not place.endswith(level) or len(place) <= len(level):
        return issuer
    return place + issuer[len(level) :]


#: What a law database puts before an organ's name: its province (湖北省, 新疆维吾尔自治区).
_REGION_PREFIX = lazy(r"^[\p{Han}]{1,10}?(?:省|自治区|市|自治州|地区|盟)$")


def _issuers_from_title(title: str, opening: bool = True) -> tuple[str, ...]:
    """The organs a title names as its issuers; ``opening``: also a government
    that opens a title with no 关于 (not an order's title, whose organ its
    order word follows: 全国人民代表大会常务委员会委员长令)."""
    m = _ISSUER_BEFORE_TITLE.match(title)
    if m is None and title.endswith("答复"):
        m = _ANSWERER.match(title)  # 国务院办公厅对…第4626号提案的答复
    if m is None and opening and TITLE_END.search(title):
        m = _GOVERNMENT_OPENING.match(title)  # 宁海县人民政府森林禁火令, 延津县人民政府土地征收启动公告
    if m:
        organs = split_organs(m.group("issuer"))
        if organs and all(ORGAN.match(o) for o in organs):
            return organs
    return ()


@dataclass(slots=True)
class _Read:
    """What one notice's frame says, filled in part by part."""

    title: str | None = None
    issuers: tuple[str, ...] = ()
    doc_number: str | None = None
    addressees: tuple[str, ...] = ()
    signed_date: str | None = None
    printed_date: str | None = None
    rest: list[Block] = field(default_factory=list)
    known_titles: list[str] = field(default_factory=list)
    last_block: int = 0


def _frame(blocks: list[Block], texts: list[str], start: _Start, end: int) -> Frame:
    """Read one notice's frame from ``blocks[start.first:end]``."""
    r = _Read()
    one_line = None  # the title and its number on one line
    if start.number_index is not None and start.rule == "order":
        one_line = _ORDER_LINE.match(texts[start.number_index]) if start.number_index == start.title_last else None
    elif start.number_index is not None:
        one_line = _numbered_title(texts[start.number_index])
    if start.title_first is not None:
        raw_title = one_line.group("title") if one_line and start.title_first == start.number_index else _unmarked("".join(texts[start.title_first : start.title_last + 1]))
        above = "".join(texts[i] for i in start.issuer_lines)
        # The organ line is the title's subject when the title opens with the
        # act (济南市人民政府 / 关于…的通知); a title that names its document
        # whole (河北省人民政府 / 河北省人工影响天气管理规定) only has an issuer.
        joined = above and not raw_title.startswith(above) and raw_title.startswith(_TITLE_WORDS)
        r.title = _tidy_title(above + raw_title if joined else raw_title)
        # (each line of organs apart: 平利县人民政府办公室 / 政协平利县委员会办公室 / 关于…, a joint title over lines)
        r.issuers = tuple(o for i in start.issuer_lines for o in split_organs(texts[i])) if above else _issuers_from_title(r.title, start.rule != "order")
        if not r.issuers and start.byline is not None:
            r.issuers = split_organs(texts[start.byline])
        if not r.issuers and start.masthead is not None:
            r.issuers = split_organs(start.masthead)  # 文件 over a title that names no organ (关于印发…的通知)
        if above and not joined:
            # 浙江省杭州市人民政府办公厅 / 杭州市人民政府办公厅关于…: the title's organ as printed
            r.issuers = _as_printed(r.issuers, _issuers_from_title(r.title))
    if start.number_index is not None:
        number = _number_line(one_line.group("number").strip("（()）") if one_line else _TERM_AT.sub("", texts[start.number_index]))
        by_year = (one_line or _ORDER_NUMBER.match(texts[start.number_index])) if start.rule == "order" else None
        if by_year is not None and by_year.group("year"):
            # 河北省人民政府令 / 〔2010〕第15号 → 河北省人民政府令〔2010〕15号
            number = f"{r.title.removeprefix(_COUNTRY)}〔{by_year.group('year')}〕{_serial(by_year.group('serial'))}号"
        elif by_year is not None and by_year.group("in_year"):
            # 北京市公安局公安交通管理局通告 / 2023年第10号, 财政部 税务总局公告 / 2023年第1号: a 公告 numbered in its year
            number = f"{r.title.removeprefix(_COUNTRY)}{by_year.group('in_year')}年第{_serial(by_year.group('serial'))}号"
        elif start.rule == "order" and number and number.startswith("第"):
            # 中华人民共和国国务院令 / 第706号 → 国务院令第706号.
            number = r.title.removeprefix(_COUNTRY) + number
        r.doc_number = number
    k = start.body

    if k < end and _is_addressees(texts[k]):
        r.addressees = _addressee_list(texts[k])
        k += 1
    elif k < end and (head := _addressees_before_letter(texts[k])) is not None:
        r.addressees = _addressee_list(head)  # the paragraph is the letter's first too
    elif k + 1 < end and _wrapped_addressees(texts, k):
        r.addressees = _addressee_list(texts[k] + texts[k + 1])
        k += 2
    if (glued := _run_into_addressees(r.addressees)) is not None and (r.title is None or glued[0] is None):
        # a title or a number run into the addressee line (see _standalone; 财综〔2021〕20号有关省、自治区、直辖市财政厅(局):
        # under its title, a wiki's copy of 财政部's 2021 notice)
        title, number, r.addressees = glued
        if title:
            r.title = title
            r.issuers = r.issuers or _issuers_from_title(title)
        r.doc_number = r.doc_number or number

    # The end of the notice: an 印发 line closes it, and so does the 版记
    # above it (主题词：…, 抄送：…), which a copy may print without one.
    stop = printed_at = end
    record = None
    for j in range(k, end):
        date = printed_date(texts[j])
        if date:
            if record is None:
                # the 版记 right above the 印发 line, whatever follows it (a page that prints the attachment after it)
                record = next((b for b in range(max(k, j - _RECORD_LINES), j) if _is_record_line(texts[b])), None)
            r.printed_date, printed_at, stop = date, j, j if record is None else record
            break
        if record is None and _is_record_line(texts[j]) and end - j <= _RECORD_LINES + 1:
            record = stop = j  # the 版记 closes the notice (with more under it, attachments printed after it, it stays)
    r.last_block = printed_at if r.printed_date else end - 1

    # The signature separates the letter from what it attaches.
    issuer_hint = "、".join(r.issuers) if r.issuers else None
    sig = _signature(texts, k + (0 if start.rule == "titled" else 0), stop, issuer_hint)
    if sig is not None and start.rule == "addressed" and sig[0] == k:
        sig = None
    if sig is not None:
        first, date_at, organs, r.signed_date = sig
        own_end, rest_start = first, date_at + 1
        if organs and (not r.issuers or (len(organs) > len(r.issuers) and set(r.issuers) <= set(organs))):
            # …or more: a joint notice whose title names its first organ only (云南省财政厅关于印发… signed
            # 云南省财政厅　云南省人力资源和社会保障厅, 2013)
            r.issuers = organs
        elif start.rule == "order" and organs:
            r.issuers = organs  # a 公告 is signed by the organ its title names with its term
        elif organs and (signed := _as_printed(r.issuers, organs)) != r.issuers:
            # 湖北省武汉市人民政府 / 关于批转…的通知 … 武汉市人民政府: the organ as the signature prints it
            if r.title and r.title.startswith(r.issuers[0]) and len(r.issuers) == 1:
                r.title = signed[0] + r.title[len(r.issuers[0]) :]
            r.issuers = signed
        elif organs and len(r.issuers) == 1 and (named := _named_whole(r.issuers, organs)) != r.issuers:
            # 区人民政府办公室关于印发… signed 蔡甸区人民政府办公室 (蔡政办〔2023〕1号): the one organ the title
            # names by its level alone, as the signature names it whole (a joint title's second organ stays as
            # printed: 浙江省物价局、省财政厅)
            r.issuers = named
        while rest_start < stop and (NOTE.match(texts[rest_start]) if texts[rest_start].endswith(_BRACKET_ENDS) else False):
            rest_start += 1
    else:
        own_end = rest_start = stop
        # A copy without the signature (a law database's, 1998): the document the letter
        # announces (制定了《…办法》，现印发给你们) starts at its first chapter or article.
        announced = _announced_body(texts, k, stop)
        if announced is not None:
            own_end = rest_start = announced
    if r.signed_date is None and one_line is not None and one_line.groupdict().get("date"):
        r.signed_date = iso_date(one_line.group("date"))  # the site's line gives the date the notice does not
    elif r.signed_date is None and start.number_index is not None and (bracketed := _BRACKETED_NUMBER.match(texts[start.number_index])):
        r.signed_date = iso_date(bracketed.group("date") or "")  # …and so does the bracket of number and date
    if r.signed_date is None and start.number_index is not None and (tail := _SIGNER_TAIL.search(texts[start.number_index])) and tail.group("date"):
        r.signed_date = _catalogue_date(tail.group("date"))  # …or the date after it (川府发〔2017〕15号 2017年2月28日)
    # a report's or a law's note under its title, one line or two (太原市消防条例: its bracket open on the first)
    note = "".join(texts[(start.byline if start.byline is not None else start.title_last) + 1 : start.body]) if start.rule == "noted" else ""
    if start.rule == "noted" and not r.issuers:
        # a report given to a congress names its organ as it opens (现在，我代表海南省人民政府，向大会报告工作: the 2026
        # 政府工作报告 of 海南, 上海, 宁夏, 青海 and 重庆)
        found = next(((j, m) for j in range(k, min(k + _REPORTER_REACH, end)) if "我代表" in texts[j] and (m := _REPORTER.search(texts[j]))), None)
        if found is not None:
            at, reporter = found
            r.issuers = (reporter.group("organ"),)
            # …by its level alone (我代表县人民政府), the speaker's line under the note naming it whole (进贤县人民政府县长叶修堂,
            # 叶县人民政府县长 文晓凡: 进贤 2019, 叶县 2024), or under a newspaper's lines (来源：河北日报 / 时间：… / 河北省人民政府
            # 省长 王正谱 / a photo's caption, 河北 2026)
            speaker = next((m for j in range(start.body, at) if (m := _SPEAKER.match(texts[j]))), None)
            if speaker is not None:
                r.issuers = _named_whole(r.issuers, (speaker.group("organ"),))
            # …or its place as the note names the congress (——2026年2月3日在宁夏回族自治区第十三届人民代表大会…上, over
            # 我代表自治区人民政府: 宁夏 and 西藏 2026)
            congress = _CONGRESS_PLACE.search(note)
            if congress is not None:
                r.issuers = tuple(_in_place(i, congress.group("place")) for i in r.issuers)
    if start.rule == "noted":
        if r.signed_date is None:
            # the latest date of the note, a law mirror's a line per revision (1949年12月23日 政务院发布 / 1999年9月18日
            # …第一次修订 / …), the lines after the first kept as the text's own
            last_note = start.body
            while last_note < len(texts) and texts[last_note][:1] in "12" and title_note_date(texts[last_note]):
                last_note += 1
            r.signed_date = title_note_date(note if last_note == start.body else texts[last_note - 1])
        if r.doc_number is None and "令" in note and (order := NOTE_ORDER.search(note)):
            # the number of the order that published the rule, as its note names it first (以粤府令第197号公布，根据…修改)
            r.doc_number = canonical_doc_number(order.group("order").removeprefix(_COUNTRY))
            organ = order.group("order").removeprefix(_COUNTRY).partition("令")[0]
            if not r.issuers and is_organ(organ):
                r.issuers = split_organs(organ)  # …and its organ (国家工商行政管理总局令第73号), not a code (粤府令)
    if start.rule == "order" and r.title and len(r.title) <= _ORDER_CODE_MAX and start.first > 0 and is_organ(texts[start.first - 1]):
        # 重庆市人民政府 / 渝府令第 121 号 (a law site's copy): the number's code stands for the organ above it
        organ = texts[start.first - 1]
        r.issuers, r.title = split_organs(organ), organ + "令"
    if not r.issuers and r.title and (start.rule == "order" or _ORGANS_ORDER.match(r.title)):
        # 河北省人民政府令 over a number of its own code (冀政令〔2010〕第15号): the organ that orders
        r.issuers = (r.title.removeprefix(_COUNTRY)[:-2 if r.title.endswith(("公告", "通告")) else -1],)

    # The letter, without its list of attachments and its closing line.
    # Their positions first, an array: the letter of a long text is most of
    # its blocks, which the layout holds as numbers (see Blocks).
    own_at = array("i")
    j = k
    while j < own_end:
        taken, titles = attachments.listed_titles(texts, j) if texts[j][:1] == "附" else (0, [])
        if taken:
            r.known_titles += titles
            j += taken
            continue
        if not CLOSING.match(texts[j]):
            own_at.append(j)
        j += 1
    own = blocks.take(own_at) if isinstance(blocks, Blocks) else tuple(map(blocks.__getitem__, own_at))
    letter_text = " ".join(texts[b] for b in range(k, own_end))
    named = ATTACHED.search(letter_text)
    if named:
        a, b = attached_title(named)
        r.known_titles[:0] = [*chained_titles(letter_text, a), letter_text[a:b]]
    rest = blocks[rest_start:stop]
    if rest and not any(not isinstance(b, Paragraph) or _WORDY.search(_text(b)) for b in rest):
        rest = []  # marks alone after the signature (? / ? on a mirror of 国函〔2010〕50号): no attachment
    drafts = attachments.split(rest, r.known_titles) if rest else []
    if start.rule == "order" and drafts and drafts[0].title is None and (published := _PUBLISHED.search(letter_text)):
        # The regulation a 公告 or 令 publishes, printed without its title under the signature (a law
        # database's copy, 四川省村务公开条例): the title the order names.
        drafts[0] = replace(drafts[0], title=published.group("title"))
    warnings: list[str] = []
    after = blocks[printed_at + 1 : end] if r.printed_date and r.known_titles else []
    first = next((k for k, b in enumerate(after) if isinstance(b, Paragraph) and b.text.strip()), None)
    # (its label over it: 附件 / 融安县2023年金桔生产任务分解表 after 融安 2023's 印发 line)
    titled_at = first + 1 if first is not None and attachments._label(texts[printed_at + 1 + first]) is not None else first
    if first is not None and titled_at < len(after) and _named_title_at(texts, printed_at + 1 + titled_at, end, set(map(_squeezed, r.known_titles))):
        # the document the letter names, printed after the 版记 (a county's 2015 印发 notice on a site's page:
        # …印发 line / the 实施方案's title / its text): the notice's attachment still
        drafts += attachments.split(after[first:], r.known_titles)
        r.last_block = end - 1
    issuer = "、".join(r.issuers) if r.issuers else None
    notice = Notice(
        doc_number=r.doc_number,
        issuer=issuer,
        title=r.title,
        doc_type=_doc_type(r.title),
        addressees=r.addressees,
        signed_date=r.signed_date,
        printed_date=r.printed_date,
        normative_code=start.code,
        attachment_title=drafts[0].title if drafts else None,
        span=_span(blocks[start.first : r.last_block + 1]),
        letter=Passage.join(b.passage for b in own if isinstance(b, Paragraph)),
        issuers=r.issuers,
    )
    return Frame(notice, own, tuple(drafts), tuple(warnings))


#: Lines from a text's end where a signature closing a document with no frame is looked for, and
#: the lines that may follow its date (a 附注, a page's buttons).
_SIGNED_END = 8
_AFTER_SIGNATURE = 3

#: The organ a report speaks for as it opens (现在，我代表海南省人民政府，向大会报告工作), in its first paragraphs.
_REPORTER = lazy(r"我代表(?P<organ>[\p{Han}]{2,30}?(?:人民政府|政府|常务委员会|人民法院|人民检察院))[，,]?[ ]?向[\p{Han}]{0,12}(?:大会|会议)报告")
_REPORTER_REACH = 8  # lines under the note: a newspaper's source and date, the speaker's line, a photo's caption, 各位代表：

#: The title an order publishes: 《X》已由…通过，现予公布.
_PUBLISHED = lazy(r"《(?P<title>[^《》]{2,60})》[^。《》]{0,100}?现予(?:以)?(?:公布|发布)")

_BODY_OPENERS = frozenset({ClauseKind.PART, ClauseKind.VOLUME, ClauseKind.CHAPTER, ClauseKind.ARTICLE})


def _named_title_at(texts: list[str], j: int, stop: int, titles: set[str]) -> bool:
    """Is ``texts[j]`` one of ``titles`` (squeezed), on its line or on two lines
    (静安区消防救援发展三年行动计划 / （2019—2021）, 静府办发〔2019〕10号's page)?"""
    return _squeezed(texts[j]) in titles or (j + 1 < stop and _squeezed(texts[j] + texts[j + 1]) in titles)


def _announced_body(texts: list[str], k: int, stop: int) -> int | None:
    """Where the document a letter from ``texts[k]`` on announces starts, when
    no signature ends the letter: its first 第一章 (or 第一条, 第一部分) within
    a few paragraphs, under a letter that names what it attaches; or the
    title the letter names, printed on its own line (a signature whose date
    a site lost, 牟定 2017; none at all, only （此件公开发布）, 六盘水 2022); or
    an attachment's label over a title the letter's 附件： list names (the
    list, then 附件1 / its title: 沙坪坝 2022, whose date a site garbled;
    附件 / 《…》责任分工, 赣府厅字〔2009〕15号 printed without signature)."""
    listed: set[str] = set()
    for j in range(k + 1, min(stop, k + _UNTITLED_LETTER_MAX)):
        if len(texts[j]) <= attachments.ANNOUNCED_TITLE_MAX and (named := ATTACHED.search(" ".join(texts[k:j]))) is not None:
            if _named_title_at(texts, j, stop, {_squeezed(named.string[slice(*attached_title(named))])}):
                return j
        if texts[j][:1] == "附":
            if listed and attachments.ATTACHMENT_LABEL.match(texts[j]) and j + 1 < stop and _named_title_at(texts, j + 1, stop, listed):
                return j
            listed.update(map(_squeezed, attachments.listed_titles(texts, j)[1]))
        marker = match_marker(texts[j])
        if marker is not None and marker.kind in _BODY_OPENERS:
            if marker.number == 1 and ATTACHED.search(" ".join(texts[k:j])):
                return j
            return None
    return None


#: The brackets around a date printed under a title: （2016年10月19日）.
_BRACKETED = lazy(r"^[（(]|[）)]$")
_LABELLED_TITLE = lazy(r"^附件[0-9]{0,2}[：:　 ]+(?P<title>\S.*)$")


def _standalone(blocks: list[Block], texts: list[str]) -> Frame | None:
    """A file that holds one document without a notice frame (a plan, a
    regulation, a report), its title perhaps under its organ's name
    (洪泽区人民政府 / 2023年政府信息公开工作年度报告)."""
    if not blocks:
        return None  # (a table alone is a document: a 分工表 saved from its page)
    # An attachment saved on its own keeps its label line (附件 / 附件2) above its title.
    t = skip = 1 if len(blocks) > 1 and attachments._label(texts[0]) else 0
    pieces: list[str] = []
    issuers: tuple[str, ...] = ()
    number = None
    if len(blocks) > t + 1 and (masthead := _masthead_organ(texts[t])) is not None:
        # the 版头 over a title the frame reader did not know (嵊州市通源乡人民政府文件 / 通政〔2009〕3号 /
        # 关于转发《…的紧急通知》 / 各行政村:, a township's 2009 notice): its organ, and the number under it
        issuers = split_organs(masthead)
        t += 1
        skip += 1
        if len(blocks) > t + 1 and (number := _number_line(texts[t])):
            t += 1
            skip += 1
    if number is None and len(blocks) > t + 1 and _is_addressees(texts[t + 1]) and (number := canonical_doc_number(texts[t])):
        t += 1  # a copy that opens with its number and addressees, its title left off (许政 [2020] 20号 / 各县（市、区）人民政府，…：)
    if len(blocks) > t + 1 and is_organ(texts[t]) and _is_title_piece(texts[t + 1]):
        if texts[t + 1].startswith(texts[t]):
            t += 1  # a site's name above a title that names its own organ (牟定县人民政府 / 牟定县人民政府办公室关于…)
        else:
            issuers = split_organs(texts[t])
            pieces.append(texts[t])
            t += 1
    if t + 1 < len(blocks) and _ends_with_date(texts[t]) and _is_title_piece(texts[t + 1]):
        skip += 1
        t += 1  # a site's dateline above the title (历史 2019年11月30日 / 深圳市人民政府印发…的通知)
    while (
        t < min(3 + skip, len(blocks))
        and isinstance(blocks[t], Paragraph)
        and _is_title_piece(texts[t])
        and texts[t] not in pieces
        and not (pieces and len(commonprefix((pieces[0], texts[t]))) >= _TITLE_AGAIN_HEAD)
        and not (pieces and attachments.ATTACHMENT_LABEL.match(texts[t]))  # a headline over 附件 / the title (南陵 2024 分解表)
    ):
        # (a line printed again is no part of the title: a law database prints 中华人民共和国…法 twice;
        # nor one printed again a little changed, 2023年寿县县级惠民惠农… / 2023年寿县县级惠农…, or with
        # the date after it, 关于上海市…的报告（2026年02月12日） / 关于上海市…的报告)
        pieces.append(texts[t])
        t += 1
        if TITLE_END.search("".join(pieces)):
            break
    if len(pieces) == 2 and pieces[0][:1] == "【" and _unmarked(_LABEL_BEFORE_TITLE.sub("", pieces[0], count=1)) == pieces[1]:
        # a site's section label and the title in marks, over its page data, then the title as printed
        # (【促进就业相关政策文件】《河南省就业补助资金管理办法》 / … / 河南省就业补助资金管理办法, 汝州 2025)
        del pieces[0]
    title = _tidy_title("".join(pieces)) or None
    if title and title.startswith("附") and (m := _LABELLED_TITLE.match(title)) and TITLE_END.search(m.group("title")):
        title = m.group("title")  # 附件：某市重点任务分工方案, a label on the title's line
    if number is None and title and title[-1] in _NUMBER_BRACKET_ENDS and (glued := _BRACKETED_LAST.match(title)) and (number := _number_line(glued.group("number"))):
        # 池州市人民政府关于创优“四最”营商环境的实施意见（池政〔2017〕101号）, 2021年县政府重点工作任务（华政发〔2021〕2号）:
        # a site's title line
        title = glued.group("title")
    signed = None
    if title and not issuers:
        # A law database's page: the title (perhaps twice), its organ, the title again, the
        # organ again (甘肃省人大常委会's 2010 decision on ytlst.com; 天津市人民政府's 办法 on a
        # 法律资料网 page).
        while t < len(blocks) and _tidy_title(texts[t]) == title:
            t += 1
        if t + 1 < len(blocks) and is_organ(texts[t]) and _tidy_title(texts[t + 1]) == title:
            issuers = split_organs(texts[t])
            t += 2
            if t < len(blocks) and texts[t] == texts[t - 2]:
                t += 1
    if title and not issuers and t + 1 < len(blocks) and is_organ(texts[t]) and (signed := iso_date(texts[t + 1])):
        # A byline under the title: its organs, then its date (国家统计局 / 2023年2月28日 under a 统计公报).
        issuers = split_organs(texts[t])
        t += 2
    elif title and not issuers and t + 1 < len(blocks) and is_organ(texts[t + 1]) and (signed := iso_date(_BRACKETED.sub("", texts[t]))):
        # Or its date in brackets, then its organ ((2016年10月19日) / 中华人民共和国国家统计局 under a release).
        issuers = split_organs(texts[t + 1])
        t += 2
    elif title and not issuers and t < len(blocks) and (byline := _organs_and_date(texts, t, len(blocks), None)):
        # Or both on one line (重庆市开州区统计局 国家统计局开州调查队2024年4月29日 under 开州's 2023 统计公报).
        _, _, issuers, signed = byline
        t += 1
    elif title is None and t < len(blocks) and (noted := title_note_date(texts[t])) is not None:
        # A report or a resolution saved without its title: its note dates it (——2020年1月5日在襄阳市第十七届人民代表大会
        # 第五次会议上, 洪山区 2021's likewise; (2022年4月27日许昌市第七届人民代表大会第九次会议第二次大会通过)), and the
        # speaker's line under a report's names its organ (襄阳市人民检察院检察长 常本勇)
        signed = noted
        t += 1
        if t < len(blocks) and (speaker := _SPEAKER.match(texts[t])) is not None:
            issuers = (speaker.group("organ"),)
            t += 1
    addressees: tuple[str, ...] = ()
    if t < len(blocks) and isinstance(blocks[t], Paragraph):
        # A site's copy of a notice that prints its title only in the catalogue, or not
        # at all, and no signature: its addressee line opens the text (六盘水府办发〔2022〕10号
        # on gzlps.gov.cn, 谯城区's 2020 task list on bzqc.gov.cn).
        if _is_addressees(texts[t]) and names_organs(texts[t]):
            addressees = _addressee_list(texts[t])
            t += 1
        elif (head := _addressees_before_letter(texts[t])) is not None:
            addressees = _addressee_list(head)  # the paragraph is the letter's first too
        if title is None and (glued := _run_into_addressees(addressees)) is not None:
            # …its title and number run into the line (…的通知 各县(市)、区人民政府,…:, 新乡 2015; …的通知国办发明电〔2019〕16号
            # 各省、自治区、直辖市人民政府,…:经国务院批准,…, a page of 国务院办公厅's 2020 holidays saved as one line), or its
            # number alone (汕府办函[2017]136号各县（市、区）人民政府,…:, 汕头 2017)
            title, run_in, addressees = glued
            number = number or run_in
    body = blocks[t:]  # a view of the layout's blocks, not a copy of them: see Blocks
    drafts: list = []
    dated = _dated_attachments(texts, t)
    if dated is not None:
        # A page that prints a letter without a frame, its date, then 附件： and what it
        # attaches (四川省人民政府法制办公室's 2017 call for comments on a 条例 draft)
        k, date = dated
        signed = signed or date
        titles = [texts[j] for j in range(t, k) if texts[j].startswith("附件")]
        known = [m.group("title") for x in titles if (m := _LABELLED_TITLE.match(x))]
        # (a label with nothing under it, 附件: at a page's end, attaches nothing)
        drafts = [d for d in attachments.split(blocks[k + 1 :], known) if d.title or d.body]
        body = blocks[t:k]
        if not issuers and k > t and is_organ(texts[k - 1]):
            # …signed by its organ over the date (中国民用航空局综合司 / 2021年5月20日 / 附件:, a reply's 协办意见 on caac.gov.cn)
            issuers = split_organs(texts[k - 1])
            body = blocks[t : k - 1]
    elif addressees and (announced := _announced_body(texts, t, len(texts))) is not None:
        # …its letter, then the document it names (六盘水's: the letter, （此件公开发布）, the plan's title)
        named = ATTACHED.search(" ".join(texts[t:announced]))
        drafts = attachments.split(blocks[announced:], [named.string[slice(*attached_title(named))]] if named else [])
        body = blocks[t:announced]
    elif not drafts and (not issuers or signed is None) and len(texts) - t > 2:
        # …a text that ends signed, its organs over its date, with no number or addressee line to open a frame
        # (沈家桥拆除(永久废除)通告 under a news page's 据嘉兴公安:, signed by its three organs; 高州's 2018 通告; a page
        # that lost its title, 麻阳苗族自治县林业局 / 2021年4月09日 under 麻阳's 2021 征求意见情况说明)
        tail = max(t, len(texts) - _SIGNED_END)
        sig = _signature(texts, tail, len(texts), None)
        if sig is not None and sig[0] > t and sig[1] >= len(texts) - _AFTER_SIGNATURE:
            first, _, organs, date = sig
            issuers, signed = issuers or organs, signed or date
            body = blocks[t:first]
    if title and not issuers:
        # 牟定县人民政府办公室关于印发…的通知, 宁海县人民政府森林禁火令: the organ its title names
        issuers = _issuers_from_title(title)
    if title and not issuers and (yearly := _ORGAN_BEFORE_YEAR.match(title)) and is_organ(yearly.group("issuer")):
        # …or names before the year of its plan (谯城区教育局2025年政府工作报告重点工作任务分解表; 县卫健委2021年政府工作报告任务分解)
        issuers = (yearly.group("issuer"),)
    headings = sum(1 for text in islice(texts, t, None) if match_marker(text))  # a table's text is ""
    warnings: tuple[str, ...] = ()
    if title is None and headings < 2:
        if not _is_prose(texts[t:]) and not any(isinstance(b, Table) for b in blocks[t:]):
            return None
        # Prose with neither a title nor an outline (a news report of a plan, a
        # page's excerpt), or a table alone (a 民生实事 分解表 saved from its page):
        # read whole, as one document without a title.
        whole = _span(blocks)
        warnings = (f"lines {whole.start_line}-{whole.end_line}: no document title found; the text is read as one untitled document",)
    if not body and headings == 0:
        return None
    return Frame(
        Notice(
            doc_number=number,
            issuer="、".join(issuers) or None,
            title=title,
            doc_type=_doc_type(title),
            addressees=addressees,
            signed_date=signed,
            printed_date=None,
            normative_code=None,
            attachment_title=drafts[0].title if drafts else None,
            span=_span(blocks),
            issuers=issuers,
        ),
        body if isinstance(body, Blocks) else tuple(body),
        tuple(drafts),
        warnings,
    )


#: Han characters of whole sentences an untitled text must hold to be read
#: as a document: a few sentences of a report, not a line of chatter.
_PROSE_MIN = 120
_HAN = lazy(r"\p{Han}")


def _is_prose(texts: Sequence[str]) -> bool:
    """Do ``texts`` hold :data:`_PROSE_MIN` Han characters in sentences: paragraphs
    with a full stop, or with a comma (a news page's bulleted goals, ●在速度指标上，…,
    end without one: 三门峡 2022)?"""
    total = 0
    for text in texts:
        if "。" in text or "，" in text:
            total += len(_HAN.findall(text))
            if total >= _PROSE_MIN:
                return True
    return False


def _dated_attachments(texts: list[str], t: int) -> tuple[int, str] | None:
    """Where a letter without a frame is dated (``texts[k]``) with an attachment's
    label right under it, or the title of the document it sends, and the date;
    None when there is none."""
    for k in range(t, len(texts) - 1):
        date = iso_date(texts[k]) if texts[k][-1:] == "日" else None
        if date is not None:
            nxt = k + 1
            if NOTE.match(texts[nxt]) and nxt + 1 < len(texts):
                nxt += 1
            return (k, date) if attachments._label(texts[nxt]) or _sent_title(texts, nxt) else None
    return None


def _sent_title(texts: list[str], i: int) -> bool:
    """Does the title of a document open ``texts[i]``, with its text under it: the
    document a letter without addressees sends, printed under its date with no
    附件 label (长宁区住房保障和房屋管理局 2021 and 湖州市交通运输局 2021: the 办法; 银川市司法局
    2020: the draft's 起草说明), on one line or two (宁国市数据资源局 2023: 2023年度…工作 / 乡镇、街道考核细则)?"""
    for k in range(i, min(i + 2, len(texts) - 1)):
        if not _is_title_piece(texts[k]):
            return False
        if TITLE_END.search(texts[k]):
            return True
    return False


# A site's catalogue fields (see the web furniture of :mod:`gazette_cli.layout.furniture`):
# 名称：X and 文号：Y, letter-spaced or in a table's cells, up to the next cell or field (the
# normalized text has lost the spaces between them: 名称：…的通知文号：…).
_LABEL = "|".join(spaced(w) for w in sorted(CATALOGUE_LABELS, key=len, reverse=True))
# (a label may stand in square brackets, with no colon: [ 发文字号 ] 江池府发〔2025〕60号 [ 主题分类 ] …, the catalogue
# of 丰都 江池镇 2025 and 梁平 曲水镇 2023)
# (…or an empty field's label closing the line, with no colon: 成文日期 2024-07-01 公文时效, 呼和浩特 2024)
_FIELD_END = rf"(?=[ \u3000]*(?:[|｜]|(?:{_LABEL})[ \u3000|｜]*[：:]|[\[［][ \u3000]*(?:{_LABEL})[ \u3000]*[\]］]|(?:{_LABEL})[ \u3000]*$|$))"
#: What stands between a label and its value: spaces, a table's bars, the label's closing bracket.
_AFTER_LABEL = r"[ \u3000|｜\]］]*"
CATALOGUE_TITLE = lazy(
    rf"(?:名[ \u3000]*称|发文标题|标[ \u3000]*题)[ \u3000|｜]*[：:][ \u3000|｜]*(?P<value>[^|｜\n]+?){_FIELD_END}"
    # …or a title field with no colon (文件名称 紫阳县人民政府关于印发…的通知), or a summary that gives the title
    # (内容概述: 福建省文化和旅游厅办公室关于印发…的通知; the caller asks that it end like one)
    rf"|(?<!\p{{Han}})(?:文件名称|信息名称|内容概述|内容概况)(?:[ \u3000|｜]*[：:]|[ \u3000]*[|｜]|[ \u3000]+)[ \u3000|｜]*(?P<value>[^|｜\n]+?){_FIELD_END}",
    MULTILINE,
)
_WIKI_DATE = r"[ \u3000]*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[ \u3000]*发布机关"
CATALOGUE_NUMBER = lazy(
    rf"(?:发文字号|发文文号|发布文号|文件编号|文件号|文[ \u3000]*号){_AFTER_LABEL}[：:]?[ \u3000|｜]*(?P<value>[^|｜\n]+?){_FIELD_END}"
    # …or in a law database's 【】 (【发文字号】洛政[2014]81号 【发布部门】…; 【字号】安徽省人民政府令第317号)
    rf"|【(?:发文字号|发布文号|文号|字号)】[ \u3000]*(?P<value>[^【\n]+?)[ \u3000•·]*(?=【|$)"
    # …or on a wiki's row, before the date and 发布机关 (…的通知财农〔2020〕10号 2020年3月24日发布机关：…)
    rf"|(?<=(?:{_TYPES_ALT}))[ \u3000]*(?P<value>(?:(?!的)\p{{Han}}){{1,8}}?[〔\[][0-9]{{4}}[〕\]][0-9]{{1,5}}号)(?={_WIKI_DATE})",
    MULTILINE,
)
#: The 规范性文件 code a library prints in its catalogue (统一编号: HP0120210019, 广州 黄埔 2021).
CATALOGUE_CODE = lazy(rf"统一编号[ \u3000|｜]*[：:]?[ \u3000|｜]*(?P<value>[A-Za-z0-9][A-Za-z0-9\-]{{5,29}}){_FIELD_END}", MULTILINE)
#: The date a catalogue says the document was signed (成文日期, 发文日期, 制发日期; not 发布日期, the page's).
CATALOGUE_SIGNED = lazy(
    rf"(?:成文日期|发文日期|制发日期){_AFTER_LABEL}[：:]?[ \u3000|｜]*(?P<value>[^|｜\n]+?){_FIELD_END}"
    rf"|(?<=号)[ \u3000]*(?P<value>(?:19|20)[0-9]{{2}}年[0-9]{{1,2}}月[0-9]{{1,2}}日)(?=[ \u3000]*发布机关)",  # a wiki's row (see above)
    MULTILINE,
)


_NUMERIC_DATE = lazy(r"^(?P<y>(?:19|20)[0-9]{2})[-./](?P<m>[0-9]{1,2})[-./](?P<d>[0-9]{1,2})$")


def _catalogue_date(value: str) -> str | None:
    """A catalogue's date as printed (``2014年02月23日``) or in figures (``2023-01-03``, ``2023/1/3``), as ISO.

    >>> _catalogue_date("2023-01-03"), _catalogue_date("2023/1/3"), _catalogue_date("2014年02月23日"), _catalogue_date("2023-13-01")
    ('2023-01-03', '2023-01-03', '2014-02-23', None)
    """
    m = _NUMERIC_DATE.match(value)
    return iso_date(value) if m is None else _figures_date(m)


def with_catalogue(frame: Frame, catalogue: str) -> Frame:
    r"""The first frame of a page saved from a government site, its title,
    its 发文字号 and the date it was signed taken from the site's catalogue fields (``catalogue``: those
    lines) where the text under them prints none — a page often shows its
    title and number only there.  What the text prints wins.

    >>> n = Notice(doc_number=None, issuer=None, title=None, doc_type=None, addressees=(), signed_date=None,
    ...            printed_date=None, normative_code=None, attachment_title=None, span=Span(1, 1, None))
    >>> f = with_catalogue(Frame(n, ()), "文 号： | 六盘水府办发〔2022〕10号 | 是否有效： |\n名 称： | 市人民政府办公室关于印发某方案的通知 |")
    >>> f.notice.doc_number, f.notice.title, f.notice.issuers
    ('六盘水府办发〔2022〕10号', '市人民政府办公室关于印发某方案的通知', ('市人民政府办公室',))
    >>> with_catalogue(Frame(n, ()), "发文机关：国务院办公厅成文日期： 2014年02月23日\n发布日期：2014年03月10日").notice.signed_date
    '2014-02-23'
    """
    notice = frame.notice
    changes: dict = {}
    if notice.doc_number is None:
        m = CATALOGUE_NUMBER.search(catalogue)
        # …its value perhaps followed by the next field's label with no colon (文号 遵府办函〔2022〕56号 是否有效)
        number = (canonical_doc_number(v := m.group("value")) or canonical_doc_number(v[: v.find("号") + 1])) if m else None
        if not number:
            # …or a number alone on its line, which the catalogue took for the value of an empty field above it
            # (文件编号: / 发布时间: / 实施时间: / 盐政办发〔2014〕119号, 盐池 2014 节假日 通知)
            number = next((n for line in catalogue.split("\n") if (n := canonical_doc_number(line.rpartition("：")[2].strip()))), None)
        if number:
            changes["doc_number"] = number
    if notice.signed_date is None:
        m = CATALOGUE_SIGNED.search(catalogue)
        signed = _catalogue_date(m.group("value").strip()) if m else None
        if signed:
            changes["signed_date"] = signed
    if notice.normative_code is None:
        m = CATALOGUE_CODE.search(catalogue)
        if m:
            changes["normative_code"] = m.group("value")
    if notice.title is None:
        m = CATALOGUE_TITLE.search(catalogue)
        title = _tidy_title(m.group("value")) if m else None
        if title and TITLE_END.search(title):
            changes["title"], changes["doc_type"] = title, _doc_type(title)
            if not notice.issuers:
                issuers = _issuers_from_title(title)
                changes["issuers"], changes["issuer"] = issuers, "、".join(issuers) or None
    if not changes:
        return frame
    return replace(frame, notice=replace(notice, **changes))


_WEB_OR_BLANK = (K_WEB, K_BLANK)


def site_catalogue(kinds: bytearray, texts: Sequence[str], before: int) -> str:
    """The web furniture lines above line ``before`` (1-based), and those
    that go on from there with only blank lines between, joined: a saved
    page's catalogue fields, for :func:`with_catalogue`."""
    j = before - 1  # the first line not looked at (0-based)
    while 0 < j < len(kinds) and kinds[j] in _WEB_OR_BLANK and kinds[j - 1] in _WEB_OR_BLANK:
        j += 1  # the catalogue goes on under the lines first looked at (索引号 … / 发布机构 … 文号 … / 分类 …)
    before = j + 1
    out, i = [], kinds.find(K_WEB, 0, max(0, before - 1))
    while i >= 0:
        if out and bare_label(out[-1]) and not bare_label(texts[i]):
            out[-1] = out[-1].rstrip(" \u3000：:") + "：" + texts[i]  # 发文字号 / 郧政发〔2023〕5号: a field a line apart
        else:
            out.append(texts[i])
        i = kinds.find(K_WEB, i + 1, before - 1)
    return "\n".join(out)


def _without_headlines(frames: list[Frame], warnings: list[str]) -> list[Frame]:
    """The frames without a site's headline: a title with nothing under it
    (its page data and controls are no text) over the same title printed
    as the document's own, with its number (湖南省人民政府关于落实…的意见 over
    湖南省人民政府关于 / 落实…的意见 / 湘政发〔2019〕1号).  The document keeps what only
    the headline gave."""
    out: list[Frame] = []
    for frame in frames:
        head = out[-1].notice if out else None
        notice = frame.notice
        if (
            head is not None and head.title and notice.title and _squeezed(head.title) == _squeezed(notice.title)
            and not out[-1].own and not any(map(_holds_sentences, out[-1].attachments))
        ):
            warnings.append(f"line {head.span.start_line}: the page's headline over its document skipped ({head.title[:20]}…)")
            taken = {k: v for k in ("doc_number", "issuer", "issuers") if getattr(notice, k) in (None, ()) and (v := getattr(head, k))}
            out[-1] = replace(frame, notice=replace(notice, **taken)) if taken else frame
            continue
        out.append(frame)
    return out


def _holds_sentences(draft: attachments.Draft) -> bool:
    """Does an attached draft hold text (a sentence), not only the values of a catalogue (时效：/ 失效)?"""
    return any(_SENTENCE_STOP.search(_text(b)) for b in draft.body) or any(not isinstance(b, Paragraph) for b in draft.body)


def _starts(blocks: tuple[Block, ...] | Blocks, profile: GazetteProfile | None) -> tuple[list[Block] | Blocks, list[str], list[_Start]]:
    """The blocks as a sequence, their texts, and where documents start in them."""
    # The layout's blocks are read where they are (a copy would make every
    # paragraph of one line that they hold as a number).
    blocks_l = blocks if isinstance(blocks, Blocks) else list(blocks)
    texts = blocks_l.texts() if isinstance(blocks_l, Blocks) else [_text(b) for b in blocks_l]
    return blocks_l, texts, _find_starts(blocks_l, texts, profile.code_pattern if profile else NORMATIVE_CODE)


def has_documents(blocks: tuple[Block, ...] | Blocks, profile: GazetteProfile | None = None) -> bool:
    """Would :func:`segment` find a document in ``blocks``?  Found without
    reading any: a start of one, else a text that is one document alone."""
    blocks_l, texts, starts = _starts(blocks, profile)
    return bool(starts) or _standalone(blocks_l, texts) is not None


def segment(blocks: tuple[Block, ...] | Blocks, profile: GazetteProfile | None = None) -> tuple[list[Frame], list[str]]:
    """Split the blocks of an issue into notice frames (in document order),
    with the warnings met (text before the first document).  ``profile``
    gives the form of the gazette's 规范性文件 codes."""
    blocks_l, texts, starts = _starts(blocks, profile)
    if not starts:
        single = _standalone(blocks_l, texts)
        return ([single] if single else []), []
    warnings: list[str] = []
    skipped = [b for b in blocks_l[: starts[0].first] if isinstance(b, Paragraph)]
    # A copy that opens with the first document's number alone, its title left
    # off (漳政综规〔2022〕6号 / 各县（区）人民政府…): the number is that document's.
    number = canonical_doc_number(skipped[0].text) if len(skipped) == 1 else None
    if number is not None:
        skipped = []
    elif skipped:
        span = _span(skipped)
        warnings.append(f"lines {span.start_line}-{span.end_line}: text before the first document skipped ({skipped[0].text[:20]}…)")
    frames = []
    for n, start in enumerate(starts):
        end = starts[n + 1].first if n + 1 < len(starts) else len(blocks_l)
        frames.append(_frame(blocks_l, texts, start, end))
    frames = _without_headlines(frames, warnings)
    if number is None and skipped and frames[0].notice.doc_number is None:
        # …or with its number on a line of its own among the page's lines over it (咸阳市人民政府关于印发…的通知 / 文章正文 /
        # 发布时间 / 咸政发〔2023〕8号, 咸阳 2023; 甘肃 2026 and 山东省教育厅 2015 likewise; 建平 2021's number over
        # its headline): the one number printed so is that document's
        # (a catalogue's field without its colon, 文件编号 北区政办发〔2020〕11号, is read without its label)
        numbers = {n for p in skipped if len(p.text) <= _NUMBER_LINE_MAX and (n := _number_line(_FIELD_LABEL.sub("", p.text.strip()))) is not None}
        number = numbers.pop() if len(numbers) == 1 else None
    if number is not None and frames[0].notice.doc_number is None:
        frames[0] = replace(frames[0], notice=replace(frames[0].notice, doc_number=number))
    if skipped and frames[0].notice.title is None and (title := _headline_before(skipped)) is not None:
        # A page's headline over its catalogue, the letter under them with no title of its own
        # (郧阳区人民政府关于分解落实…的通知 / 索引号 … / 发文字号 郧政发〔2023〕5号 / 各乡镇人民政府…; 江北 2020)
        notice = frames[0].notice
        issuers = notice.issuers or _issuers_from_title(title)
        frames[0] = replace(frames[0], notice=replace(notice, title=title, doc_type=_doc_type(title), issuers=issuers, issuer="、".join(issuers) or None))
    return frames, warnings


def _headline_before(skipped: list[Paragraph]) -> str | None:
    """The last line of the text before the first document that is a whole title on its own:
    short, no sentence, an act (关于) and a document type at its end."""
    for p in reversed(skipped):
        text = _tidy_title(p.text.strip())
        if len(text) <= _HEADLINE_MAX and "。" not in text and "关于" in text and TITLE_END.search(text):
            return text
    return None


_HEADLINE_MAX = 80
_NUMBER_LINE_MAX = 40  # characters of a line that prints a number alone (with its 签发人 perhaps)
#: A catalogue's label opening a line, with what parts it from its value.
_FIELD_LABEL = lazy(rf"^(?:{_LABEL})[ \u3000|｜:：]*")


__all__ = ["ATTACHED", "attached_title", "Frame", "segment", "iso_date", "canonical_doc_number", "DOC_TYPES", "Table", "START_RULES", "SIGNATURE_RULES"]
