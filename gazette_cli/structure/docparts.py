"""The fixed parts of a document (GB/T 9704) that any stage may need to
recognise: document types, 发文字号 and 令 numbers, 规范性文件 codes, dates and
the 印发 line.

The layout stage asks :func:`stands_alone` whether a line is one of these (it
is then a paragraph of its own); the segmenter reads notice frames with them;
the reference extractor canonicalises cited numbers with
:func:`canonical_doc_number`.
"""

from __future__ import annotations

from ..text.lazy import VERBOSE, lazy
from ..text.numerals import cn_to_int

#: The official document types (党政机关公文处理工作条例) and the forms of
#: regulations and plans published on their own, longest first.
DOC_TYPES = tuple(
    sorted(
        (
            "决议 决定 命令 公报 公告 通告 意见 通知 通报 报告 请示 批复 议案 函 纪要 令 "
            "实施细则 细则 办法 规定 条例 规则 方案 规划 纲要 措施 计划 要点 意见稿 讲话 答复 预案 解读 起草说明"
        ).split(),
        key=len,
        reverse=True,
    )
)

#: The fifteen types of official document (党政机关公文处理工作条例), the ones a
#: notice itself is, as against the plans and regulations it may issue.
LETTER_TYPES = tuple(sorted("决议 决定 命令 公报 公告 通告 意见 通知 通报 报告 请示 批复 议案 函 纪要".split(), key=len, reverse=True))

# 发文字号: issuer code, year in 〔〕 (or [] / 【】 / （）), serial number.
DOC_NUMBER = lazy(
    r"""^
    (?P<code>[\p{Han}A-Za-z]{1,16}?(?:[（(](?:[0-9]{1,3}|\p{Han}{1,4})[）)])?)\s*   # a part in brackets: 粤府土审（16）, 湛自然资（管制）
    [〔\[【（(]\s*(?P<year>[0-9]{4})\s*[〕\]】）)]\s*
    (?:(?!第)(?P<series>\p{Han})\s*)?     # a series after the year: 闽价〔2002〕费182号
    (?:第\s*)?(?P<serial>[0-9]{1,5})\s*号
    (?:文件|文|令)?          # （国发〔2007〕24号文件）, （厦府〔2016〕278号文）, （建设部〔2007〕第162号令）
    (?:\s*[（(]?[ABC]类[）)]?)?   # the class of a reply to a 建议 or 提案 (华教体函〔2017〕35号B类), no part of the number
    $""",
    VERBOSE,
)
# 令 and 公告 numbers: 国务院令第565号, or 第278号 / （第38号） on the line under
# 济南市人民政府令 or a 公告's title.
#: The serial in digits or, as a 主席令 prints it, in Chinese numerals (第三十七号).
ORDER_SERIAL = r"(?P<serial>[0-9]{1,5}|[一二三四五六七八九十百零〇]{1,8})"
#: A ministry's 公告 numbered in its year (国家税务总局公告2018年第31号, 财政部 税务总局公告2023年第1号, 海关总署公告2020年
#: 第10号; a 交管局's 通告 2023年第10号): the issuer's 公告, the year, the serial; and its 令 so numbered
#: (交通运输部令2023年第3号, in brackets under the rule it publishes), 中华人民共和国 left off as from any 令.
ANNOUNCEMENT_NUMBER = lazy(r"^(?:中华人民共和国)?(?P<code>\p{Han}{2,30}?(?:公告|通告|令))(?P<year>(?:19|20)[0-9]{2})年第(?P<serial>[0-9]{1,4})号$")
ORDER_NUMBER = lazy(rf"^(?P<code>[\p{{Han}}]{{0,20}}令)?\s*第\s*{ORDER_SERIAL}\s*号$")
# What a document number may be wrapped in on its own line: （浙价费〔2007〕136号）.
_WRAPPED = lazy(r"^[（(](?P<inner>[^（）()]{2,40})[）)]$")

# An attachment's label alone on its line: 附件, 附件2, 附件1., 附件3：, 附件 四.
ATTACHMENT_LABEL = lazy(r"^附[ \u3000]*件[ \u3000]*(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})?[ \u3000]*[.．:：、]?$")

# Spaces a text layer leaves between digits and characters (2023 年), and the spaces between
# joint issuers' names that a title's first line keeps (重庆市粮食局 重庆市财政局 / 关于印发…的通知).
_KERNING = lazy(r"(?<=[0-9])[ \u3000]+(?=\p{Han})|(?<=\p{Han})[ \u3000]+(?=[0-9])|(?<=\p{Han})[ ]+(?=\p{Han})")


def unkerned(title: str) -> str:
    """A title's pieces joined as printed, without those spaces.

    >>> unkerned("2023 年重庆市粮食局 重庆市财政局关于印发《…》的通知")
    '2023年重庆市粮食局重庆市财政局关于印发《…》的通知'
    """
    return _KERNING.sub("", title)


def unspaced(text: str) -> str:
    """The text without its white space: a title or a header cell as printed
    again, letter-spaced or broken otherwise."""
    return "".join(text.split())


# 规范性文件 registration code: JNCR-2022-0010006.
#: A 规范性文件's code alone on its line (JNCR-2022-0010006), its dashes perhaps a font's
#: long ones (HNPR—2015—00014 under 湘政发〔2015〕15号).
NORMATIVE_CODE_FORM = r"[A-Z]{2,8}[-－—–][0-9]{4}[-－—–][0-9]{3,10}"
NORMATIVE_CODE = lazy(rf"^{NORMATIVE_CODE_FORM}$")
_CODE_DASH = lazy(r"[－—–]")


def canonical_code(text: str) -> str:
    """A 规范性文件 code with plain hyphens, as it is looked up: HNPR—2015—00014 → HNPR-2015-00014."""
    return _CODE_DASH.sub("-", text)

# A date alone on a line: 2022年10月8日, or 二〇二二年十月八日 (二○○七年: a circle
# typed for 〇).
_DATE = r"(?P<y>[0-9]{4}|[〇○零Oo0一二三四五六七八九]{4})\s*年\s*(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日"
DATE_LINE = lazy(rf"^{_DATE}$")
#: A line that ends with a date (历史 2019年11月30日, a site's dateline): no title ends so.
DATE_AT_END = lazy(rf"{_DATE}$")
# The 印发 line closes a notice: （2022年10月8日印发）, or the 版记 form
# 济南市人民政府办公厅　2022年10月11日印发.
PRINTED_DATE = lazy(
    r"""^(?:
        [（(]\s*(?P<date>.{6,16}日)\s*印发\s*[）)]
      | [\p{Han}（）]{2,40}?\s*(?P<date2>[0-9]{4}\s*年.{2,8}日)\s*印发
    )$""",
    VERBOSE,
)


#: Zeros a year spelled in numerals is typed with: a letter O (二OO五年, 浦江 2005) or a digit (二000年).
_ZERO_LOOKALIKES = str.maketrans("Oo0", "〇〇〇")


def iso_date(text: str) -> str | None:
    """``2022年10月8日`` or ``二〇二二年十月八日`` → ``2022-10-08``.

    >>> iso_date("2022年10月8日"), iso_date("二〇二二年十月八日"), iso_date("2022年13月1日")
    ('2022-10-08', '2022-10-08', None)
    >>> iso_date("二○○七年五月八日"), iso_date("一九九六年六月二十九日")
    ('2007-05-08', '1996-06-29')
    >>> iso_date("二OO五年四月二十九日"), iso_date("二000年七月一日")
    ('2005-04-29', '2000-07-01')
    """
    text = text.strip()
    # A cheap last-character test: most texts asked are paragraphs, and the
    # pattern costs more on a long one.
    if text[-1:] != "日":
        return None
    m = DATE_LINE.match(text)
    if not m:
        return None
    parts = []
    for g in ("y", "m", "d"):
        v = m.group(g)
        parts.append(int(v) if v.isdigit() else cn_to_int(v.translate(_ZERO_LOOKALIKES)))
    y, mo, d = parts
    return ymd_date(y, mo, d) if y and mo and d else None


def ymd_date(y: int, mo: int, d: int) -> str | None:
    """The ISO date of a year, a month and a day, if the month and the day can be one's.

    >>> ymd_date(2017, 9, 19), ymd_date(2017, 13, 1), ymd_date(2017, 1, 32)
    ('2017-09-19', None, None)
    """
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


# The 题注 under a title: when (and where) a report or a speech was given
# (——2023年3月5日在第十四届全国人民代表大会第一次会议上; （2023年2月1日）), or a
# resolution or a law adopted, amended or put in force (（2023年2月3日义乌市第
# 十六届人民代表大会第二次会议通过）).  Not an 印发 line: that closes a notice.
TITLE_NOTE = lazy(
    r"""^(?:
        [—―]{2}[ \u3000]*(?P<given>[^在（）()]{6,16}?日)[ \u3000]*在[^（）()]{2,60}上   # (―― U+2015 twice, 青海日报's copy)
      | [（(][ \u3000]*(?P<dated>[^在（）()]{6,16}?日)[ \u3000]*
        (?:在[^（）()]{2,60}上|[^（）()]{0,300}?(?:通过|批准|修正|修订|修改|公布|发布|施行))?
        [ \u3000]*[）)]
        # …or with no brackets, as a law mirror prints it (2022年6月6日 中华人民共和国国家安全部令第2号公布)
      | (?P<bare>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)[ \u3000]*[^（）()。；\n]{2,300}?(?:通过|批准|修正|修订|修改|公布|发布)
        (?:[ \u3000]*自[^（）()。；\n]{4,30}起施行)?[）)]?   # (a close left from a bracketed note: …第四次修订）)
        # …or a report's, with neither dashes nor brackets (2023年2月1日在潼关县第十九届 / 人民代表大会第二次会议上, over
        # two lines: 潼关县人大常委会 2023; 汉滨区 2025)
      | (?P<spoken>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)[ \u3000]*在[^（）()。，,；;：:\n]{2,60}?会议上
    )$""",
    VERBOSE,
)
#: The order a rule was published by, in its note (以粤府令第197号公布; 中华人民共和国国家安全部令第2号公布): its number.
NOTE_ORDER = lazy(rf"(?:以|经|由)?(?<![0-9])(?P<order>\p{{Han}}{{2,30}}?令[ ]?第[ ]?{ORDER_SERIAL}[ ]?号)[ ]?(?:公布|发布)")
# A date in a note, not the one it takes effect on (1996年10月1日起施行, 上海市人大常委会 1996).
_NOTE_DATES = lazy(r"(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})[ \u3000]*年.{1,6}?日(?![ \u3000]*起)")


def title_note_date(text: str) -> str | None:
    """The ISO date of a :data:`TITLE_NOTE` (its last: a law's note lists
    each revision, the latest last), or None.

    >>> title_note_date("——2023年3月5日在第十四届全国人民代表大会第一次会议上"), title_note_date("（2023年2月1日）")
    ('2023-03-05', '2023-02-01')
    >>> title_note_date("（2022年10月8日印发）") is None, title_note_date("（此件公开发布）") is None
    (True, True)
    >>> title_note_date("（1996年9月26日上海市第十届人民代表大会常务委员会第三十次会议通过 1996年10月1日起施行）")
    '1996-09-26'
    >>> title_note_date("――2026年1月27日在青海省第十四届人民代表大会第五次会议上")
    '2026-01-27'
    >>> title_note_date("2022年6月6日 中华人民共和国国家安全部令第2号公布"), title_note_date("2022年6月6日，全市召开会议。") is None
    ('2022-06-06', True)

    """
    if text[:1] not in "—―（(12":
        return None  # a cheap first test: most texts asked are paragraphs
    m = TITLE_NOTE.match(text)
    if m is None:
        return None
    dates = [d for d in map(iso_date, _NOTE_DATES.findall(text)) if d]
    return dates[-1] if dates else None


def printed_date(text: str) -> str | None:
    """The ISO date of an 印发 line, or None.

    >>> printed_date("（2022年10月8日印发）"), printed_date("济南市人民政府办公厅　2022年10月11日印发")
    ('2022-10-08', '2022-10-11')
    """
    if not text.endswith(_PRINTED_ENDS):
        return None
    m = PRINTED_DATE.match(text)
    return iso_date(m.group("date") or m.group("date2")) if m else None


_PRINTED_ENDS = ("）", ")", "发")


def canonical_doc_number(text: str) -> str | None:
    """``济政发 〔2022〕17号`` → ``济政发〔2022〕17号``; ``国务院令第 565 号`` → ``国务院令第565号``.

    >>> canonical_doc_number("济政发 [2022] 17号"), canonical_doc_number("国务院令第565号")
    ('济政发〔2022〕17号', '国务院令第565号')
    >>> canonical_doc_number("（浙价费〔2007〕136号）"), canonical_doc_number("（第38号）")
    ('浙价费〔2007〕136号', '第38号')
    >>> canonical_doc_number("（国发〔2007〕24号文件）"), canonical_doc_number("（厦府〔2016〕278号文）")
    ('国发〔2007〕24号', '厦府〔2016〕278号')
    >>> canonical_doc_number("闽价（2002）费182号"), canonical_doc_number("国发〔2020〕第6号")
    ('闽价〔2002〕费182号', '国发〔2020〕6号')
    >>> canonical_doc_number("华教体函〔2017〕35号B类"), canonical_doc_number("某政函〔2020〕5号（A类）")
    ('华教体函〔2017〕35号', '某政函〔2020〕5号')
    >>> canonical_doc_number("粤府土审(16)〔2021〕11号"), canonical_doc_number("湛自然资（管制）〔2021〕45号")
    ('粤府土审（16）〔2021〕11号', '湛自然资（管制）〔2021〕45号')
    >>> canonical_doc_number("财政部 税务总局公告2023年第1号"), canonical_doc_number("国家税务总局公告2018年第 31 号")
    ('财政部税务总局公告2023年第1号', '国家税务总局公告2018年第31号')
    >>> canonical_doc_number("（中华人民共和国交通运输部令2023年第3号）"), canonical_doc_number("交通运输部令2005年第2号")
    ('交通运输部令2023年第3号', '交通运输部令2005年第2号')
    """
    t = _WHITE.sub("", text)
    wrapped = _WRAPPED.match(t)
    if wrapped:
        t = wrapped.group("inner")
    m = DOC_NUMBER.match(t)
    if m:
        return f"{m.group('code').replace('(', '（').replace(')', '）')}〔{m.group('year')}〕{m.group('series') or ''}{int(m.group('serial'))}号"
    m = ANNOUNCEMENT_NUMBER.match(t)
    if m:
        return f"{m.group('code')}{m.group('year')}年第{int(m.group('serial'))}号"
    m = ORDER_NUMBER.match(t)
    if m:
        serial = m.group("serial")
        number = int(serial) if serial.isdigit() else cn_to_int(serial)
        return f"{m.group('code') or ''}第{number}号" if number else None
    return None


_WHITE = lazy(r"\s+")

# Every part that stands alone is short and its last character tells which
# part it can be: a code ends with a digit, a document or order number with
# 号, a date with 日, the 印发 line with its bracket.  A cheap test that spares
# the patterns for almost every line of a body, and runs one pattern, not
# four, for the rest.
_CODE, _NUMBER, _DATE, _PRINTED, _LABEL, _RULE = range(6)
#: The red line under a 版头's number, as a text copies it (━━━━━━, ——————): a line of its own.
_RULE_CHARS = "━─—＿_=－-"
RULE_LINE = lazy(rf"^[ \u3000]*[{_RULE_CHARS}]{{4,}}[ \u3000]*$")
_PART_BY_LAST_CHAR = {
    **dict.fromkeys(_RULE_CHARS, _RULE),
    **dict.fromkeys("件：:.．、一二三四五六七八九十", _LABEL),  # 附件, 附件2：, 附件1., 附件四 (附件3 ends with a digit)
    **dict.fromkeys("0123456789", _CODE),
    "号": _NUMBER,
    "日": _DATE,
    "）": _PRINTED,
    ")": _PRINTED,
    "发": _PRINTED,
}
_MAX_LEN = 48
#: The last characters of what stands alone: callers with many lines ask
#: :func:`stands_alone` only of the lines that end with one.
ALONE_ENDS = frozenset(_PART_BY_LAST_CHAR)


def stands_alone(text: str) -> bool:
    """Is this line a code, a document number, a date, an 印发 line or an
    attachment's label (a paragraph of its own)?

    >>> [stands_alone(t) for t in ("JNCR-2022-0010006", "济政发〔2022〕18号", "2022年10月9日", "（2022年10月9日印发）", "请认真组织实施。")]
    [True, True, True, True, False]
    >>> [stands_alone(t) for t in ("（浙价费〔2007〕136号）", "（第38号）", "（此件公开发布）", "附件2：", "附件：第二批清单")]
    [True, True, False, True, False]
    >>> [stands_alone(t) for t in ("━━━━━━━━", "——————", "坚持推进长江大保护——")]
    [True, True, False]
    """
    part = _PART_BY_LAST_CHAR.get(text[-1:])
    if part is None or len(text) > _MAX_LEN:
        return False
    if text[:1] == "附" and len(text) <= 8 and ATTACHMENT_LABEL.match(text):
        return True
    if part == _LABEL:
        return False
    if part == _RULE:
        return RULE_LINE.match(text) is not None
    if part == _CODE:
        return NORMATIVE_CODE.match(text) is not None
    if part == _NUMBER:
        return canonical_doc_number(text) is not None
    if part == _DATE:
        return iso_date(text) is not None
    # （浙价费〔2007〕136号） and （第38号） end with a bracket too.  Both
    # patterns hold a word of their own: most bracketed lines have neither.
    if "印发" not in text and "号" not in text:
        return False
    return PRINTED_DATE.match(text) is not None or canonical_doc_number(text) is not None
