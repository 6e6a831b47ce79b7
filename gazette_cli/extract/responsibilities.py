"""Extractor — responsible units (责任单位): who carries out each clause.

In: a :class:`~gazette_cli.model.Notice`.  Out: one
:class:`~gazette_cli.model.Responsibility` per unit list, in document order,
for the preamble (``path`` None) and every clause's own text.

The forms read (issue 3, DOMAIN.md):

* a keyword after the names: ``（A、B、C按职责分工负责）``, ``（A、B按职责分工落实）``;
* a label before them: ``（责任单位：A、B）``, also 负责单位 / 主责单位 / 牵头单位 /
  配合单位 / 参与单位 and the 部门 variants, with ``：`` or ``:``; several labels in
  one list (``（牵头单位：X  责任单位：Y）``, ``牵头单位：X；配合单位：Y``), in a
  parenthesis or as a run of text of its own;
* the verbs ``（X牵头，Y配合）`` (also 牵头督导, 牵头抓总, 牵头推进);
* a role printed after a name: ``责任单位：X（牵头）、Y、Z``, ``（X〔牵头〕，Y）``.

Guarantees: ``units`` are in printed order, each name once, with line breaks
and spaces removed (``市卫生健\\n康委`` → ``市卫生健康委``) and never with the
keyword (``市科协按职责分工负责`` → ``市科协``).  ``lead`` is what the text calls
牵头 (``lead_from == "text"``); when the text does not say, the first listed
unit (``lead_from == "first_listed"``: the 18号 text states the convention,
责任单位中列第一位的为牵头组织落实单位).  A parenthesis without a keyword
(``（含医疗器械）``, ``（2021-2035年）``) or with anything but unit names in it
gives nothing.

Aliases: ``…，各区县政府及代管镇、街道的功能区管理机构，以下将…统称各区县政府``
defines ``各区县政府``.  The defining item lists the full name as a unit (not
split at its inner ``、``) and records ``aliases`` = ((alias, full name),);
every later item of the same notice that names the alias records
``resolved`` = ((alias, full name),).  Uses before the definition are left
alone: the text says 以下, "from here on".

Standing units: ``以下均需试点城市政府落实，不再列出`` names a unit once for every
list from there on (the one that says it included), which then do not name
it: each such list records it in ``standing`` (less the units it names
itself), and the sentence in ``standing_rule``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import LeadFrom, Notice, Passage, PassageKind, Responsibility
from ..profile import GazetteProfile
from ..records import record
from ..structure.organs import is_organ
from ..text.lazy import MULTILINE, VERBOSE, lazy
from .quantities import open_bracket

if TYPE_CHECKING:
    import regex

# --- vocabularies (longest first) -------------------------------------------

#: Labels before a list, and the role they give its units.
LABEL_ROLES: dict[str, str] = {
    "牵头单位": "lead",
    "牵头部门": "lead",
    "牵头责任单位": "lead",
    "主责单位": "lead",
    "主办单位": "lead",
    "责任单位": "member",
    "责任部门": "member",
    "负责单位": "member",
    "实施单位": "member",
    "指导部门": "member",
    "主管部门": "member",
    "责任主体": "member",
    "配合单位": "support",
    "配合部门": "support",
    "参与单位": "support",
    "协办单位": "support",
    "协同单位": "support",
    # 牵头责任单位： / 协同责任单位： on the lines under an item (滁州 2020 政府工作报告重点工作; 泾政〔2023〕1号),
    # 主要责任单位 | 协同配合单位 as a task table's columns (谯城区 2025 重点工作任务分解表)
    "协同责任单位": "support",
    "配合责任单位": "support",
    "协同配合单位": "support",
    "主要责任单位": "lead",
    # 牵头负责部门 as a task table's column (国办函〔2016〕38号 量化指标任务分工)
    "牵头负责部门": "lead",
    "牵头负责单位": "lead",
    # 牵头组织实施单位 as a drawn table's column (a city's 2005 分工表 in a law database's copy)
    "牵头组织实施单位": "lead",
    # 主要协作单位： on the line under 牵头责任单位： (灵璧县卫健委 2021 政府工作报告任务分解); 协作单位 beside
    # 配合单位 (a county's 2016 重点工作任务分解: 各协作和配合单位要…与牵头单位衔接联系)
    "协作单位": "support",
    "主要协作单位": "support",
    # a bureau's own work plan names its sections (科室) in a column: 负责科室 (a county bureau's 政务公开
    # 工作要点 重点工作任务分解), 责任科室 (池州 信访局 政务公开 任务表)
    "负责科室": "member",
    "责任科室": "member",
    # …and a provincial department its divisions (处室): 责任处室 (广东省卫生健康委 2021 政务公开 任务台账)
    "负责处室": "member",
    "责任处室": "member",
    "牵头处室": "lead",
    "配合处室": "support",
}
# …and each label's twin that says 部门 for 单位 or 单位 for 部门, where the table names one only
# (牵头部门：…；实施部门：… over each task of 沪交科〔2023〕233号, as 实施单位 elsewhere); never 主管单位, which
# a site's footer says of its owner
LABEL_ROLES.update(
    {
        twin: role
        for label, role in list(LABEL_ROLES.items())
        for a, b in (("单位", "部门"), ("部门", "单位"))
        if label.endswith(a) and (twin := label[: -len(a)] + b) not in LABEL_ROLES and twin != "主管单位"
    }
)
LABELS = tuple(sorted(LABEL_ROLES, key=len, reverse=True))
#: Labels of the deadline a list may carry on the line after it (完成时限：2023年6月底前).
DEADLINE_LABELS = ("完成时限", "完成时间", "时间节点", "完成时间节点", "完成期限", "时限要求", "时限", "进度安排")
#: Labels of the people a list may name beside its units (责任人：张三): read past, never units.
PERSON_LABELS = ("责任人", "责任领导", "牵头领导", "分管领导", "联系领导")
#: Another label of units, after a stop inside a known label's value (；数据提供单位：, 成都 2022): its
#: units are the list's, of no role.  Looked for only in a value that holds 单位 or 部门.
_OTHER_LABEL = lazy(r"[；;，,。\s](?P<label>\p{Han}{2,6}?(?:单位|部门))[ ]*[:：][ ]*")

#: Keywords after a list of names: every name carries the clause.
MEMBER_SUFFIXES = tuple(
    sorted(
        (
            "按职责分工负责",
            "按照职责分工负责",  # （省直有关部门，各州、市人民政府按照职责分工负责）, 云南 2017
            "按职责分工落实",
            "按职能分工负责",
            "按职责分工抓好落实",
            "抓好落实",  # （…按职责分工负责，各地区抓好落实）
            "按职责负责",
            "分别负责",
            "共同负责",
            "负责落实",
            "负责",
            "指导",  # （生态环境部、国家发展改革委指导）: the ministries that guide it
            "组织实施",
            "组织落实",  # （市交通委牵头负责，各区政府组织落实）, 沪安委会〔2023〕9号
            "推进",
            "落实",
        ),
        key=len,
        reverse=True,
    )
)
#: Verbs after the names of supporting units in ``X牵头，Y配合``.
#: (参加: （市发展改革委、市人力资源社会保障局牵头，…参加）, 济宁 就业创业意见)
SUPPORT_SUFFIXES = tuple(sorted(("配合", "参与", "参加", "协同", "协助", "协同配合", "等配合", "协办"), key=len, reverse=True))
#: Verbs after the name of the leader.
#: (主办 and 协办: （省财政厅主办，省国税局、地税局协办）, 黑龙江 2013 政府工作报告 分工, as the labels 主办单位 / 协办单位 say)
LEAD_SUFFIXES = tuple(sorted(("牵头", "牵头负责", "牵头落实", "牵头组织", "牵头督导", "牵头抓总", "牵头推进", "牵头实施", "总牵头", "分别牵头", "分别牵头落实", "主办"), key=len, reverse=True))

_LABELS_ALT = "|".join(map(re.escape, LABELS))
_ANY_LABEL_ALT = "|".join(map(re.escape, sorted(LABELS + DEADLINE_LABELS + PERSON_LABELS, key=len, reverse=True)))
_MEMBER_ALT = "|".join(map(re.escape, MEMBER_SUFFIXES))
_SUPPORT_ALT = "|".join(map(re.escape, SUPPORT_SUFFIXES))
_LEAD_ALT = "|".join(map(re.escape, LEAD_SUFFIXES))

# --- patterns -----------------------------------------------------------------

# A parenthesis, with one level of nesting inside (中国（济南）知识产权保护中心).
# Deeper nesting does not occur in unit lists; allowing it made a run of
# unclosed brackets cost quadratic time.  Some provinces close an item with
# tortoise-shell brackets instead: 〔责任单位：省市场监管局〕, with the units'
# own parentheses inside (〔责任单位：各市（州）人民政府〕), and some with lenticular or
# square ones: 【责任单位：…】, [责任单位：…] (［］ once normalized).
PAREN = lazy(
    r"""
    (?P<paren>
      [（(]
      (?:
          [^（）()]++                  # plain text, line breaks included (a list can be cut over lines)
        | [（(] [^（）()]*+ [）)]      # a parenthesis inside a unit name
      )*+
      [）)]
    | 〔 [^〔〕]*+ 〕
    | 【 [^【】]*+ 】
    | \[ [^\[\]]*+ \]
    )
    """,
    VERBOSE,
)
#: The characters that open a :data:`PAREN`: a text without them has none.
_PAREN_OPENERS = ("（", "(", "〔", "【", "[")

# One label and its colon: 责任单位： / 牵头单位:
LABEL = lazy(
    rf"""
    (?P<label>{_ANY_LABEL_ALT})   # the label, from LABEL_ROLES, DEADLINE_LABELS or PERSON_LABELS
    \s*[:：]\s*                 # full-width or half-width colon
    """,
    VERBOSE,
)

# A bracketed part of a unit's name (各县（市、区）政府（管委会）, 市发展改革委（市粮食和物资
# 储备局）): no digit (a date is a deadline), no role word (（牵头） says a role), no stop.
_NAME_PART = r"[（(](?!牵头|配合|负责|参与|协助|主责|注)[^。\n（）()0-9]{1,16}[）)]"
# The role printed after a unit's name inside a list: 市发展改革委（牵头）、市财政局
# (a 责任单位 list of a city plan), 市政务服务中心〔牵头〕 inside a parenthesis.
_LEAD_MARK_PART = r"[（(〔]牵头[）)〕]"
# A note in brackets inside a list that says its first unit leads (县发改局（首位单位为牵头单位，
# 下同）、县财政局, 海盐县 2022; …（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）, 丽水 2023):
# part of the run, no name (see FIRST_LEADS).
_RULE_NOTE_PART = r"[（(][^（）()\n]{0,30}?(?:第一|首位)[^（）()\n]{0,20}?牵头[^（）()\n]{0,20}[）)]"
RULE_NOTE = lazy(_RULE_NOTE_PART)
LEAD_MARK = lazy(_LEAD_MARK_PART + "$")

# A labeled list standing in running text rather than in a parenthesis:
# 牵头单位：市科技局；配合单位：市财政局 — runs to the sentence end or line end,
# and on over the lines that open with a label of their own (牵头单位：X /
# 配合单位：Y / 完成时限：Z, a line each).
LABELED_RUN = lazy(
    rf"""
    (?:{_LABELS_ALT})\s*[:：]   # it starts with a label of units
    (?:[^。\n（）()]|{_NAME_PART}|{_LEAD_MARK_PART}|{_RULE_NOTE_PART})+  # and runs to the sentence or line end
    (?:[。；;]?\n[ \u3000]*(?:{_ANY_LABEL_ALT})\s*[:：](?:[^。\n（）()]|{_NAME_PART}|{_LEAD_MARK_PART}|{_RULE_NOTE_PART})+)*  # the next labeled line, perhaps after a stop
    """,
    VERBOSE,
)

# A line that states the division of work in words after its label: 部门分工：省发展改革委牵头，
# 各地、各部门配合。 (粤府〔2021〕22号, under each goal); the words are read as a bracket's are.
DIVISION = lazy(r"(?m)^[ \u3000]*(?:部门分工|责任分工|任务分工|工作分工)[ ]*[:：][ ]*(?P<body>[^。\n]+)")

# A line under an item that is only its units and their roles: the cell of a task table
# printed one cell per line (潍坊 2017 政务公开要点: …主动解读。/ 市发改委牵头落实), never its
# first line, nor a sentence that says what someone answers for (专利代理师对其…业务负责);
# the list reader decides whether it names units.
ROLE_LINE = lazy(r"(?m)^[ \u3000]*[^\n：:（）()。，,对的其]{2,80}?(?:牵头|负责|落实|配合|参与)[。]?$")

# A sentence of a division of work that names who leads and who joins it, closing its item:
# …的问题，由国土资源部会同农业部等部门负责落实。 (国办函〔2014〕31号, a notice of 分工); 此项活动由
# 市委老干部局负责组织，市委办公厅、市委组织部协助做好有关工作。 (哈厅字〔2007〕4号).  The names
# are read as a bracket's are (X牵头，Y配合), and must look like units.
JOINT_SENTENCE = lazy(
    r"""
    由(?!于)
    (?:
        (?P<lead>[^，,、。；;：:（）()\n]{2,24}?)会同(?P<support>[^，,。；;：:\n]{2,200}?)
        (?:等(?:有关|相关)?(?:部门|单位))?(?=负责|研究|组织|制定|提出|共同|抓紧|牵头|落实)
      | (?P<lead2>[^，,。；;：:（）()\n]{2,80}?)(?:负责组织|负责|主办)[^，,。；;\n]{0,4}[，,]
        (?P<support2>[^，,。；;：:\n]{2,120}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:协助|配合)
    )
    [^，,。；;\n]{0,20}(?=[。；;]|$)  # the assignment ends its sentence (…提出动用方案，报国务院批准 is a procedure)
    """,
    VERBOSE | MULTILINE,
)

# A deadline closing a list (（X牵头，Y配合；2023年底前完成）): not a name.
DEADLINE_TAIL = lazy(
    r"""
    [；;，,]\s*
    (?:(?:完成时限|完成时间|时间节点|时限)\s*[:：]\s*)?     # （X牵头，Y负责；完成时限：2025年12月底前） (粤 2025)
    (?P<deadline>
        (?:19|20)[0-9]{2}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:底|末|上半年|下半年|中旬|下旬|上旬)?(?:前|以前)?(?:完成|实现|到位|建成)?
      | [0-9]{1,2}月(?:[0-9]{1,2}日)?(?:底|末|中旬|下旬|上旬)?(?:前|以前)?(?:完成|实现|到位|建成)   # …，6月底完成 (湘西 2020)
      | (?:年内|年底前)?(?:持续推进|持续实施|持续开展|长期坚持|长期推进)
      | (?:年内|年底前|今年内)(?:完成|实现|到位|建成|见效)?   # （国务院各部门分别负责，年内持续推进） (国发〔2020〕6号)
    )
    [。]?$
    """,
    VERBOSE,
)

# The keyword closing a list: 市科协按职责分工负责.
MEMBER_TAIL = lazy(
    rf"""
    (?:{_MEMBER_ALT})   # 按职责分工负责, 按职责分工落实, …, 负责
    [。]?$              # at the very end of the list
    """,
    VERBOSE,
)

# The last two characters of the keywords of MEMBER_SUFFIXES (负责, 落实): MEMBER_TAIL is anchored at the end.
_MEMBER_ENDINGS = tuple(sorted({s[-2:] for s in MEMBER_SUFFIXES}))

# X牵头，Y配合 (the supporting units are optional: X牵头).
LEAD_SUPPORT = lazy(
    rf"""
    ^(?:由)?(?P<lead>[^，,；;]+?)      # the leader(s), up to the verb
    (?:{_LEAD_ALT})                    # 牵头 / 牵头负责 / …
    (?:
        [，,；;、]\s*
        (?P<rest>.+?)                  # the others, up to their verb
        (?P<verb>{_SUPPORT_ALT}|{_MEMBER_ALT})
    )?
    [。]?$
    """,
    VERBOSE,
)

# 以下将X统称Y / 以下简称Y / 以下统称为Y: an alias definition inside a list.
ALIAS = lazy(
    r"""
    [，,]\s*以下
    (?:将|把)?(?P<full>[^，,；;]*?)     # what is named (may be left out: 以下简称Y)
    (?:统称|简称)(?:为)?
    (?P<alias>[\p{Han}A-Za-z]{2,20})   # the short name
    $""",
    VERBOSE,
)

# Separators between names: 、 and commas (the alias list uses ，), 及
# before a collective unit (市级各有关部门及各县市区政府, 市发展改革委及有关部门):
# 及 inside a name (市级及以上) is followed by no such word; and 和 between a
# collective and a 各 (…等省有关部门和各地级以上市人民政府): 和 inside a name
# (市发展和改革委员会) stands between neither.
# A separator inside a bracket is part of a name: 各县（市、区）人民政府 is one
# unit, 区（市）县 one kind of district.  The look-ahead finds no closing
# bracket before the next opening one, and costs nothing where no bracket is.
# 等和各 too: the ministries, then the provinces (…商务部等和各有关省级人民政府负责, 国办发〔2018〕129号).
# A bureau's name run into the 各… after it, the space between them lost (县教体局 各相关乡镇政府 in a
# table's cell, 吉水 2023): parted before the 各 of a group of local governments, not before 各部门.
NAME_SEPARATOR = lazy(
    r"(?:[、，,；;]|(?:以)?及(?=各|有关|相关|市直|省直|区直|县直)|(?<=部门|单位|机构)和(?=各)|(?<=等)和(?=各)"
    r"|(?<=[局委办厅])(?=各(?:相关|有关)?(?:县|区|市|乡|镇|街道)[^、，,；;（）()]{0,8}(?:政府|办事处|管委会)))(?![^（(）)]*[）)])"
)

# A plausible unit name: Han, Latin letters, digits, bracketed parts; no sentence punctuation.
UNIT_NAME = lazy(
    r"""
    ^(?:
        [\p{Han}A-Za-z0-9·]                            # ordinary characters of a name
      | (?<=\p{Han})[—–-](?=\p{Han})                   # 磨憨—磨丁合作区管委会, 中国—东盟博览会秘书处
      | [（(][\p{Han}A-Za-z0-9、·]{1,24}[）)]          # 中国（济南）…, 新时代文明实践中心（所、站）, 区委宣传部（区文明办、区政府新闻办、区委网信办）
      | “[\p{Han}]{1,6}”                              # 市“两新”组织党工委, 区“两旧”专班
    ){2,60}$
    """,
    VERBOSE,
)

# Words that start a clause of text, not a name: a list never holds them.
NOT_A_NAME = lazy(r"(?:^(?:含|包括|不含|其中|对|按|由于|如|即|指|具体|主要)|年$|^[0-9])")


@record
class _List:
    """A unit list as read from one parenthesis or labeled run."""

    units: tuple[str, ...]
    lead: tuple[str, ...]
    support: tuple[str, ...]
    form: str
    lead_from: str
    aliases: tuple[tuple[str, str], ...] = ()
    deadline: str | None = None  # as printed: 2023年底前完成, 持续推进


def _stated(
    units: list[str], lead: list[str], support: list[str], forms: list[str], aliases, deadline: str | None = None, aside: list[str] = ()
) -> _List:
    """A list whose roles the text states (牵头单位：…, X牵头，Y配合): lead from the text, if any.

    Where the text names a lead, every other unit of the list supports it,
    whatever its verb says (``X牵头，Y负责``, ``牵头单位：X　责任单位：Y``), but
    those ``aside``, whose label gives them no part in the task (数据提供单位)."""
    if lead:
        support = [u for u in units if u not in lead and u not in aside]
    return _List(
        units=tuple(units),
        lead=tuple(lead),
        support=tuple(support),
        form="/".join(dict.fromkeys(forms)),
        lead_from="text" if lead else "none",
        aliases=aliases,
        deadline=deadline,
    )


# What _clean takes out of a name (compiled here: it runs for every part of every list).
_WHITESPACE = lazy(r"\s+")  # line breaks and spaces inside a name (市卫生健\n康委)


def _clean(name: str) -> str:
    """A name without spaces, line breaks and the 由 / 等 around it (由市科协牵头, 市教育局等);
    tortoise-shell and angle brackets inside a parenthesis stand for its inner brackets
    (（责任单位：…，各县〔市、区〕人民政府） → 各县（市、区）人民政府)."""
    name = _WHITESPACE.sub("", name)
    if "〔" in name or "〈" in name:
        name = name.translate(_SHELLS)
    return _trim(name)


# (〈〉 too: 各县区政府〈管委会〉, 安顺 2019 十件实事; a unit's name cites no title)
_SHELLS = str.maketrans("〔〕〈〉", "（）（）")


#: What closes a list without naming a unit: 教育部等有关部门和单位 → 教育部; …人民银行等国务院相关部门 (国办发〔2021〕45号).
_OTHERS_TAIL = lazy(r"等(?:[省市区县]|市直|省直|国务院)?(?:其他|相关|有关)?(?:部门|单位|机构)(?:和单位|和部门)?$")


def _trim(name: str) -> str:
    """A name without white space, without the 由 / 等 around it."""
    # String tests, not patterns: with the white space gone, no line break is left for ``$`` to stop at.
    if name.startswith("由"):
        name = name[1:]
    if name.endswith("分别"):  # 市人力社保局、市农业农村局分别牵头: each of them, not a name's part
        name = name[:-2]
    if "等" in name:
        name = _OTHERS_TAIL.sub("", name) if not name.startswith("等") else name
        if name.endswith("等"):
            name = name[:-1]
    return name


#: Kinds of district a list can name after 各: 各区、县级市 → 各区, 各县级市;
#: 各市、州、县人民政府 (Hubei), 各市、特区、区人民政府 (Guizhou).  Longest first.
_DISTRICTS = ("县级市", "自治县", "自治州", "自治旗", "特区", "市", "州", "盟", "县", "区", "旗", "乡", "镇", "街道")


def _distribute_each(names: list[str]) -> list[str]:
    """各区、县级市 → 各区, 各县级市: the 各 of the first name goes on to the bare
    district kinds after it; and where the run ends in an organ of a district
    kind (各市、县（市、区）人民政府), that organ's name goes back to the bare
    ones before it: 各市人民政府, 各县（市、区）人民政府."""
    out: list[str] = []
    each = False  # in a run that a 各 opened
    bare: list[int] = []  # positions in ``out`` of the run's bare district kinds
    for name in names:
        if name.startswith("各"):
            each, bare = True, [len(out)] if _BRACKETED.sub("", name[1:]) in _DISTRICTS else []
        elif each and name in _DISTRICTS:
            bare.append(len(out))
            name = "各" + name
        elif each and bare and (organ := _DISTRICT_ORGAN.match(name)) is not None:
            for k in bare:
                out[k] += organ.group("organ")
            name = "各" + name
            each, bare = False, []
        else:
            each, bare = False, []
        out.append(name)
    return out


def _share_organ(names: list[str]) -> list[str]:
    """黄埔区、南沙区政府 → 黄埔区政府, 南沙区政府: the places named bare before a
    place's organ share that organ (广州市2021年政府工作报告重点工作分工), and its
    kind of place when they name none: 哈尔滨、黑河、绥芬河市政府 → 哈尔滨市政府 …;
    临汾、侯马、洪洞经济开发区管委会 → 临汾经济开发区管委会 …; 银川市、石嘴山市、
    吴忠市人民政府 → 银川市人民政府 …."""
    out = list(names)
    for i in range(len(out) - 2, -1, -1):
        if _AND_BETWEEN.search(out[i + 1]):
            continue  # 浦东新区、奉贤区和临港地区管委会: the organ after 和 is a name of its own, no organ of those before
        organ = _PLACE_ORGAN.match(out[i + 1])
        bare = _BARE_PLACE.match(out[i]) if organ is not None else None
        if bare is None or bare.group("name")[-1] in _ORGAN_ENDS or is_organ(out[i]):
            continue
        shared, place, kind = organ.group("organ"), organ.group("kind"), bare.group("kind")
        # the bare place takes the organ, and the organ's kind of place if it names none
        out[i] += shared if kind else (place or "") + shared
    return out


#: 和 between two units, the first ending as an organ or a place does, the second opening with its level or
#: naming a place's organ (市发展改革委和市财政局; 奉贤区和临港地区管委会, 临港 2016 若干意见); not inside one
#: name (住房和城乡建设局, 工业和信息化局, 文化和旅游局, 人力资源和社会保障局).  …and 及 after a unit, before one
#: that opens with its level (…领导小组成员单位及省地震局配合, 赣府厅字〔2009〕15号), as 及 before 各 parts two already
#: (市级各有关部门及各县市区政府, 咸阳 2022 放管服 要点: see the list's separators); not 及其, 及以上.
_AND_BETWEEN = lazy(r"(?<=[局委办厅区县])和(?=[市区县省]|\p{Han}{2,8}?(?:管委会|政府)$)|(?<=[局委办厅位门府])及(?=[市区县省])")


#: The kinds of place a list names bare or with its organ.
_PLACE_KINDS = "区|县|县级市|市"
#: A place named bare: a name, perhaps with its kind (黄埔区, 桐庐县, 银川市, 哈尔滨, 临汾), no organ.
_BARE_PLACE = lazy(rf"^(?!各|有关|相关)(?P<name>\p{{Han}}{{2,4}}?)(?P<kind>{_PLACE_KINDS})?$")
#: The last characters of an organ's name, not a place's (铁路办, 农垦局).
_ORGAN_ENDS = frozenset("办局委厅部会院所站队处司行团社")
#: A place's organ, and its kind of place (南沙区政府, 绥芬河市政府, 吴忠市人民政府, 洪洞经济开发区管委会).
_PLACE_ORGAN = lazy(
    rf"^(?!各|有关|相关)[\p{{Han}}]{{2,8}}?(?P<kind>{_PLACE_KINDS})?"
    r"(?P<organ>人民政府|政府|管委会|(?:经济技术|经济|高新技术产业|高新技术|产业)?开发区管委会|高新区管委会)$"
)


_BRACKETED = lazy(r"[（(][^（）()]*[）)]")
#: An organ of a kind of district, after a bare 各X in a list: 县（市、区）人民政府;
#: with the development zones' committees beside it: 区人民政府（管委会）.
_DISTRICT_ORGAN = lazy(
    r"(?:%s)(?:[（(][市区县、]{1,6}[）)])?(?P<organ>(?:人民政府|政府|管委会)(?:[（(]管委会[）)])?)$" % "|".join(_DISTRICTS)
)


def _names(text: str, protected: tuple[str, ...] = (), marked: list[str] | None = None) -> tuple[str, ...] | None:
    """Split a list of names; None when something in it is not a name.

    ``protected`` names (alias definitions) are kept whole even when they
    contain a separator.  A name printed with its role after it
    (市发展改革委（牵头）) is the name alone, and goes to ``marked`` too.

    >>> _names("市委宣传部、市教育局、团市委")
    ('市委宣传部', '市教育局', '团市委')
    >>> _names("各区县政府及代管镇、街道的功能区管理机构", ("各区县政府及代管镇、街道的功能区管理机构",))
    ('各区县政府及代管镇、街道的功能区管理机构',)
    >>> _names("含医疗器械") is None
    True
    """
    compact = _clean(text)
    placeholders = {}
    for i, p in enumerate(protected):
        key = f"\u0000{i}\u0000"
        placeholders[key] = p
        compact = compact.replace(_clean(p), key)
    out: list[str] = []
    parts = _distribute_each(NAME_SEPARATOR.split(compact))
    if "政府" in compact or "管委会" in compact:  # a cheap test first: most lists name no district's organ
        parts = _share_organ(parts)
    if "和" in compact or "及" in compact:  # a cheap test first
        parts = [name for part in parts for name in _AND_BETWEEN.split(part)]
    for part in parts:
        lead_mark = None
        if part in placeholders:
            part = placeholders[part]
        else:
            if part.endswith(_LEAD_MARK_ENDS) and (lead_mark := LEAD_MARK.search(part)) is not None:
                part = part[: lead_mark.start()]
            part = _name_of(part)
            if part is None:
                return None
        if part and part not in out:
            out.append(part)
            if lead_mark is not None and marked is not None:
                marked.append(part)
    return tuple(out) or None


_LEAD_MARK_ENDS = ("头）", "头)", "头〕")


def _name_of(part: str) -> str | None:
    """One part of a list as a name ("" for nothing, None for what is no name).

    A document names the same units in list after list: each part is read
    once (:data:`_NAMES_READ`) and looked up after that."""
    found = _NAMES_READ.get(part, _UNREAD)
    if found is _UNREAD:
        # The parts of a cleaned list hold no white space: only 由 and 等 are left to take off.
        name = _trim(part)
        found = name if not name or (UNIT_NAME.match(name) and not NOT_A_NAME.search(name)) else None
        if len(_NAMES_READ) >= _NAMES_KEPT:
            _NAMES_READ.clear()  # a bound on memory over a batch of many documents
        _NAMES_READ[part] = found
    return found


_UNREAD = object()
_NAMES_KEPT = 4096
_NAMES_READ: dict[str, str | None] = {}


def _alias(body: str) -> tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Cut an alias definition off the end of a list: (rest, aliases, protected names)."""
    if "以下" not in body:
        return body, (), ()  # a cheap test first: every definition says 以下
    m = ALIAS.search(body)
    if not m:
        return body, (), ()
    rest = body[: m.start()]
    full = _clean(m.group("full"))
    if not full:
        # 以下简称Y with nothing named: Y stands for the last name of the list.
        full = _clean(NAME_SEPARATOR.split(rest)[-1])
    if not full or _clean(rest).find(full) < 0:
        return body, (), ()
    return rest, ((m.group("alias"), full),), (full,)


def _labeled(body: str) -> _List | None:
    """``责任单位：A、B`` / ``牵头单位：X；配合单位：Y`` / ``牵头单位：X  责任单位：Y`` /
    ``责任单位：X牵头，Y、Z配合``."""
    if "：" not in body and ":" not in body:
        return None  # a cheap test first: every label has its colon, and most bodies have none
    if "牵头" in body and ("第一" in body or "首位" in body):
        body = RULE_NOTE.sub("", body)  # the rule a note says is read where it stands (_lead_rules)
    labels = list(LABEL.finditer(body))
    if not labels or body[: labels[0].start()].strip(" \n；;，,"):
        return None
    units: list[str] = []
    lead: list[str] = []
    support: list[str] = []
    aside: list[str] = []  # the units of a label that gives no role (数据提供单位)
    aliases: tuple[tuple[str, str], ...] = ()
    forms: list[str] = []
    deadline = None
    segments: list[tuple[str, str, str]] = []  # (label, its role, its text)
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(body)
        label, text = m.group("label"), body[m.end() : end]
        other = _OTHER_LABEL.search(text) if "单位" in text or "部门" in text else None
        if other is not None:
            segments += [(label, LABEL_ROLES.get(label, ""), text[: other.start()]), (other.group("label"), "aside", text[other.end() :])]
        else:
            segments.append((label, LABEL_ROLES.get(label, ""), text))
    for label, role, text in segments:
        value = _sentences(text)[0].strip(" \n；;，,。")
        if label in DEADLINE_LABELS:
            deadline = deadline or value or None
            continue
        if label in PERSON_LABELS:
            continue
        forms.append(label)
        # 责任单位：X牵头，Y、Z配合 — the roles are in the value.
        grouped = _role_groups(value) if role == "member" and _ROLE_VERB_END.search(value) else None
        if grouped is not None:
            units.extend(n for n in grouped.units if n not in units)
            lead.extend(grouped.lead)
            support.extend(grouped.support)
            continue
        if value.endswith(_MEMBER_ENDINGS):  # a cheap test first (the value's 。 and line breaks are stripped)
            value = MEMBER_TAIL.sub("", value)
        if "第一" in value or "首位" in value:
            value = _without_rule(value)
        value, defined, protected = _alias(value)
        aliases += defined
        marked: list[str] = []
        names = _names(value, protected, marked)
        if names is None:
            return None
        units.extend(n for n in names if n not in units)
        if marked:  # 责任单位：市发展改革委（牵头）、市财政局
            lead.extend(n for n in marked if n not in lead)
        if role == "lead":
            lead.extend(names)
        elif role == "support":
            support.extend(names)
        elif role == "aside":
            aside.extend(names)
    if not units:
        return None  # a deadline alone
    return _stated(units, lead, support, forms, aliases, deadline, aside)


def _without_rule(value: str) -> str:
    """A label's names without the clause after them that says the first
    listed leads (责任单位：市税务局、市财政局，排在首位的为牵头单位，下同): that
    clause is read where it stands (:func:`_lead_rules`), and names no unit."""
    m = FIRST_LEADS.search(value)
    if m is None or value[m.end() :].strip("，,。；; "):
        return value
    cut = max(value.rfind(c, 0, m.start()) for c in "，,；;")
    return value[:cut] if cut > 0 else value


#: Every verb that closes a group of names in a list, and the role it gives them.
ROLE_VERBS: dict[str, str] = {
    **{v: "lead" for v in LEAD_SUFFIXES},
    **{v: "support" for v in SUPPORT_SUFFIXES},
    **{v: "member" for v in MEMBER_SUFFIXES},
}
_ROLE_VERB_ALT = "|".join(map(re.escape, sorted(ROLE_VERBS, key=len, reverse=True)))
# One group: names, then the verb that gives them their role (由X牵头, Y、Z配合, A、B负责).
# (按职责 before any verb: 各部门按职责分工牵头负责, 市民政局按职责组织落实, 沪安委会〔2023〕9号)
ROLE_GROUP = lazy(rf"^(?:由)?(?P<names>.+?)(?:(?P<verb>{_ROLE_VERB_ALT})|按(?:照)?职(?:责|能)(?:分工)?(?P<verb>{_ROLE_VERB_ALT}))$")
_ROLE_VERB_END = lazy(rf"(?:{_ROLE_VERB_ALT})[。]?$")
# Groups are separated by commas and semicolons outside brackets, and by 、 right after a group's verb
# (市市场监管局牵头负责、各区政府组织落实, 沪安委会〔2023〕9号).
_GROUP_SEPARATOR = lazy(rf"(?:[，,；;]|(?<=(?:{_ROLE_VERB_ALT}))、)(?![^（(]*[）)])")


def _sentences(body: str) -> list[str]:
    """The sentences of a list's body: the list, then what the text says about it
    (``负责。列第一位者为牵头单位，下同``)."""
    return [x for x in body.split("。") if x.strip()] or [""]


def _role_groups(body: str) -> _List | None:
    """``X牵头，Y、Z配合`` / ``A、B负责`` / ``X指导，Y负责落实`` / ``A、B按职责分工负责``:
    groups of names, each closed by the verb that gives their role."""
    compact = _clean(_sentences(body)[0]).rstrip("。")
    parts = _GROUP_SEPARATOR.split(compact)
    # What the text says about the list after it (排在第一位的部门为牵头部门，下同) is no group.
    while parts and not _ROLE_VERB_END.search(parts[-1]) and (parts[-1] == "下同" or parts[-1].startswith("以下") or FIRST_LEADS.search(parts[-1])):
        parts.pop()
    if not parts or not _ROLE_VERB_END.search(parts[-1]):
        return None  # a list ends with its verb
    units: list[str] = []
    lead: list[str] = []
    support: list[str] = []
    aliases: tuple[tuple[str, str], ...] = ()
    forms: list[str] = []
    pending: list[str] = []  # names before a group's verb: 市教育局，各区县政府…，以下…统称各区县政府按职责分工负责
    for part in parts:
        m = ROLE_GROUP.match(part)
        if not m:
            pending.append(part)
            continue
        head = "，".join([*pending, m.group("names")])
        pending = []
        head, defined, protected = _alias(head)
        aliases += defined
        marked: list[str] = []
        names = _names(head, protected, marked)
        if names is None:
            return None
        if all(_POST.search(n) for n in names):
            continue  # 分管副省长、协管副秘书长负责: the officials a report names are no units (湘政发〔2019〕1号)
        verb = m.group("verb")
        role = ROLE_VERBS[verb]
        forms.append(verb)
        units.extend(n for n in names if n not in units)
        if marked:
            lead.extend(n for n in marked if n not in lead)
        if role == "lead":
            lead.extend(names)
        elif role == "support":
            support.extend(names)
    if pending or not units:
        return None
    if not lead and all(ROLE_VERBS[v] == "support" for v in forms) and not all(map(_names_an_organ, units)):
        return None  # （企业自愿参与）, （全体职工参加）: who takes part, with no one to lead, is no unit list
    return _stated(units, lead, support, forms, aliases)


#: An official's post, not a unit: 分管副省长, 协管副秘书长, 分管副市长, 联系领导.
_POST = lazy(r"(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|秘书长|书记|领导|同志)$")


def _marked_list(body: str) -> _List | None:
    """``市发展改革委（牵头）、市财政局、市商务局``: a list of names alone, one of
    them marked as the lead (a list without that mark says nothing of a role:
    （北京、上海、广州） names no units)."""
    if "牵头" not in body:
        return None  # a cheap test first
    marked: list[str] = []
    names = _names(_sentences(body)[0], (), marked)
    if names is None or not marked:
        return None
    return _stated(list(names), marked, [], ["（牵头）"], ())


#: ``X会同Y…负责``: X leads the units it works with (由国土资源部会同农业部等部门负责落实).
_JOINTLY = lazy(r"^[ ]?由?(?P<lead>[^，,、；;：:（）()]{2,24}?)会同")


#: A title that says the notice divides work among units (关于分解落实《政府工作报告》的通知,
#: …重点工作任务分工方案, …责任分解): its bracketed organs after a task are who does it.
DIVIDES = lazy(r"分解|分工|责任单位", 0, re)


def bare_list(body: str, divides: bool = False) -> _List | None:
    """``省经信委、省发改委（省能源局）``, perhaps with the sentence that says
    the first listed unit leads after it (``。列第一位者为牵头部门，下同``): organs
    named alone, which a document whose first listed unit leads prints as
    its unit lists (浙政办发〔2014〕89号, 大气污染防治行动计划重点工作部门分工方案).  Asked only
    where such a rule holds: elsewhere a bare list says nothing of a role
    (（北京、上海、广州））.

    >>> bare_list("省经信委、省发改委（省能源局）。列第一位者为牵头部门，下同").units
    ('省经信委', '省发改委（省能源局）')
    >>> bare_list("北京、上海、广州") is None, bare_list("2019年") is None
    (True, True)

    The sentence that names units for every list from there on may close it
    (。以下均需各县〔市、区〕政府落实，不再列出, 嘉兴 2023): it is read where it
    stands (:func:`_standing_rules`), and the list is the names before it.
    """
    if "不再" in body:
        standing = STANDING.search(body)
        if standing is not None and not body[standing.end() :].strip("。，,；; "):
            body = body[: standing.start()].rstrip("。，,；; ")
    rule = FIRST_LEADS.search(body) if "第一" in body or "首位" in body else None
    if rule is not None:
        # The rule's own clause, after a stop or a comma (市教育局，市委农办，…，排名第一位为牵头单位，下同: 云浮 2019)
        head = body[: max(body.rfind(c, 0, rule.start()) for c in "。，,；;")]
        if body[rule.end() :].strip("。，, "):
            return None
    else:
        head, _, rest = body.partition("。")
        if rest.strip("。 "):
            return None
    names = _names(head)
    if not names:
        return None
    organs = sum(map(_names_an_organ, names))
    # In a notice that divides work, the first name an organ and most of them:
    # 荆州开发区, 市政府相关部门 and 滁州海关 beside the bureaus (荆州 2009 分解落实)
    if organs < len(names) and not (divides and _names_an_organ(names[0]) and 2 * organs >= len(names)):
        return None
    return _stated(list(names), [], [], ["列表"], ())


_MODAL = lazy(r"要|应|须|将|可|切实|认真")


def _like_units(units: tuple[str, ...]) -> bool:
    """Do the names of a line of roles alone look like units: one an organ at
    least, and none a subject with a modal verb (各地要抓好落实)?"""
    return any(is_organ(_BRACKETED_END.sub("", u)) for u in units) and not any(_MODAL.search(u) for u in units)


def _names_an_organ(name: str) -> bool:
    """Is ``name`` an organ, its bracketed second name left out (省发改委（省能源局））, or a 各 group?"""
    return name.startswith("各") or is_organ(_BRACKETED_END.sub("", name))


_BRACKETED_END = lazy(r"[（(][^（）()]*[）)]$")


#: The readers of a list body, tried in order ("check only": None = not this form).
READERS = (_labeled, _role_groups, _marked_list)


def read_list(body: str) -> _List | None:
    """The unit list in ``body`` (a parenthesis' inside, or a labeled run), if
    any, with the roles the text states (the first-listed convention is the
    caller's: see :func:`extract`).

    >>> read_list("市教育局、市科协按职责分工负责").units
    ('市教育局', '市科协')
    >>> r = read_list("牵头单位：市科技局；配合单位：市财政局、市教育局")
    >>> r.lead, r.support
    (('市科技局',), ('市财政局', '市教育局'))
    >>> r = read_list("生态环境部牵头，国家发展改革委、工业和信息化部参与")
    >>> r.lead, r.support
    (('生态环境部',), ('国家发展改革委', '工业和信息化部'))
    >>> read_list("含医疗器械") is None
    True
    """
    deadline = None
    if "会同" in body:
        body = _JOINTLY.sub(r"\g<lead>牵头，", body, 1)  # （市商务局会同市发改委、市财政局负责）: the first leads
    if "年" in body or "月" in body or "持续" in body or "长期" in body:  # a cheap test first: every deadline says one
        tail = DEADLINE_TAIL.search(body)
        if tail is not None:
            body, deadline = body[: tail.start()], tail.group("deadline")
    for reader in READERS:
        found = reader(body)
        if found is not None:
            return found if deadline is None else replace(found, deadline=deadline)
    return None


# A sentence that says the first unit of each list leads: 列第一位者为牵头单位，下同;
# 排在第一位的部门为牵头部门; 责任单位中列第一位的为牵头组织落实单位; 第一责任单位为牵头单位; 排名第一的为牵头单位
# (株洲's 粮食安全 意见, after a list with no 负责; 云浮 2019: 排名第一位为牵头单位).
FIRST_LEADS = lazy(
    r"(?:(?:列|排|排名|排在|位列)?第一(?:位|个|家|(?:责任)?(?:单位|部门))|排名第一|首位)[\p{Han}]{0,6}?(?:为|是)[\p{Han}]{0,2}?(?:牵头|主要责任)[\p{Han}]{0,8}(?P<same>[，,]?下同)?"
)
#: The words a :data:`FIRST_LEADS` sentence holds one of (a cheap test first).
_FIRST_HINT = lazy(r"第一|首位", 0, re)


@record
class _LeadRule:
    """Where a document says that the first unit of a list leads."""

    sentence: str
    section: int  # the index of the section of Notice.passages() that says it
    offset: int
    from_here: bool  # 下同: from here on; else the whole notice


def _said(sections, hint, pattern) -> Iterator[tuple[int, str, regex.Match]]:
    """(index, text, match) of each match of ``pattern`` in the sections'
    texts, those where ``hint`` (a pattern of literals) finds nothing spared
    the pattern (a cheap test first)."""
    for k, section in enumerate(sections):
        text = section.passage.text
        if hint.search(text) is not None:
            for m in pattern.finditer(text):
                yield k, text, m


def _lead_rules(sections) -> list[_LeadRule]:
    out = []
    for k, text, m in _said(sections, _FIRST_HINT, FIRST_LEADS):
        # The whole clause that says it: 责任单位中列第一位的为牵头组织落实单位.
        start = max(text.rfind(stop, 0, m.start()) for stop in "。；，（(\n") + 1
        # Said in brackets beside a list (责任单位：县发改局（首位单位为牵头单位，下同）、县财政局;
        # …、市卫生健康委（…列第一位为牵头或汇总单位，下同）), it holds for that list too:
        # from the bracket on.
        opened = open_bracket(text, 0, m.start())
        at = opened if opened >= 0 and m.start() - opened <= 40 else m.start()
        out.append(_LeadRule(text[start : m.end()], k, at, bool(m.group("same"))))
    return out


# A sentence that names units once for every list from there on, which no
# longer name them: 以下均需试点城市政府落实，不再列出 (国办发〔2018〕128号);
# 具体任务均涉及相关市（州）人民政府，不再做分工，下同 (a 四川 plan).
STANDING = lazy(
    r"(?:以下|下列|其余|具体|各项)[\p{Han}]{0,6}?[均都]?(?:需要|需|须|涉及|由)"
    r"(?P<names>[^，,。；;：:]{2,60}?)(?:负责)?(?:组织)?(?:落实|实施|承担)?[，,]"
    r"不再(?:一一|重复|单独)?(?:列出|列明|列举|做分工|作分工|分工|标注)(?:[，,]下同)?"
)


_STANDING_HINT = lazy(r"不再", 0, re)


@record
class _Standing:
    """Where a document names units for every list from there on."""

    sentence: str
    units: tuple[str, ...]
    section: int
    offset: int


def _standing_rules(sections) -> list[_Standing]:
    out = []
    for k, _, m in _said(sections, _STANDING_HINT, STANDING):
        units = _names(m.group("names"))
        if units is not None:
            out.append(_Standing(m.group(), units, k, m.start()))
    return out


def _closes_a_clause(text: str, start: int, end: int) -> bool:
    """Does the parenthesis ``text[start:end]`` close its clause (what follows it
    is the end, a line end or a stop), or stand after a sentence's end?  A
    unit list closes what it assigns; one inside a sentence
    (…的实施（技工院校内由…部门负责），国务院…) is part of that sentence."""
    after = text[end : end + 1]
    before = text[start - 1 : start]
    return after in _CLAUSE_CLOSERS or before in _SENTENCE_STOPS


_CLAUSE_CLOSERS = frozenset(("", "\n", "。", "；", ";", "）", ")", " ", "\u3000"))
_SENTENCE_STOPS = frozenset(("", "\n", "。", "；", ";", "！", "？"))


def _candidates(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, body, alone) of every parenthesis that closes a clause, then every labeled
    run outside one, then every line of roles alone (``alone``: its names must look like units)."""
    out: list[tuple[int, int, str, bool]] = []
    taken: list[tuple[int, int]] = []

    def free(at: int) -> bool:  # outside every parenthesis taken
        return not any(a <= at < b for a, b in taken)

    # Cheap substring tests first: most clause texts have no parenthesis and
    # no colon, and a scan with a pattern costs far more than one for a character.
    if any(map(text.__contains__, _PAREN_OPENERS)):
        for m in PAREN.finditer(text):
            # Only the outermost parenthesis: nested ones are parts of names.
            taken.append((m.start(), m.end()))
            if _closes_a_clause(text, m.start(), m.end()):
                out.append((m.start(), m.end(), m.group()[1:-1], False))
    if "：" in text or ":" in text:
        for m in LABELED_RUN.finditer(text):
            if free(m.start()):
                out.append((m.start(), m.end(), m.group(), False))
        if "分工" in text:  # a cheap test first
            for m in DIVISION.finditer(text):
                if free(m.start()):
                    out.append((m.start(), m.end(), m.group("body"), False))
    if "\n" in text and ("牵头" in text or "负责" in text or "落实" in text):  # a cheap test first
        for m in ROLE_LINE.finditer(text):
            if m.start() and free(m.start()):
                out.append((m.start(), m.end(), m.group(), True))
    if "负责" in text and ("；" in text or ";" in text):  # a cheap test first: a division of duties runs on ；
        for a, b, names in _duty_runs(text):
            if free(a):
                out.append((a, b, names + "负责", True))
    if "由" in text and ("会同" in text or "协助" in text or "配合" in text):  # a cheap test first
        for m in _joint_sentences(text):
            if free(m.start()) and "解释" not in m.group():  # 本办法由市财政局会同…负责解释: who interprets a rule
                lead, support = (m.group("lead"), m.group("support")) if m.group("lead") else (m.group("lead2"), m.group("support2"))
                out.append((m.start(), m.end(), f"{lead}牵头，{support}配合", True))
    return out


#: A clause of a division of duties: the units, then 负责 and the duty (市发改委负责项目立项工作).
DUTY_CLAUSE = lazy(r"[ \u3000]*(?P<names>[^，,：:（）()；;。\n]{2,60}?)负责(?!人|同志|领导)")
#: A sentence or a clause after a ；, up to its stop or line end (a duty's clause; a sentence that
#: assigns units, :func:`_joint_sentences`).
_STOPPED_RUN = lazy(r"[^。；;\n]+")


def _duty_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, names) of each clause of a division of duties: two clauses
    in a row or more, parted by ；, that each open with units and 负责
    (市发改委负责项目立项工作；市规划局负责新项目规划选址…；…, 南宁 2007; 区委办公室负责…；
    区政府办公室负责…, 上城区 2019).  One such clause alone is a sentence about
    someone's duty, as a regulation's are, and no list."""
    run: list[tuple[int, int, str]] = []
    parted = False  # a ； between two clauses of the run (sentences of duties alone make none)
    for c in _STOPPED_RUN.finditer(text):
        m = DUTY_CLAUSE.match(text, c.start(), c.end())
        after = text[c.end() : c.end() + 1]
        if m is not None:
            run.append((c.start() + len(m.group()) - len(m.group().lstrip(" \u3000")), c.end(), m.group("names")))
            parted = parted or (len(run) > 1 and text[run[-2][1] : run[-2][1] + 1] in "；;")
        if m is None or after not in ("；", ";", "。"):  # the run ends (a clause of no duty, a line's end)
            if len(run) >= 2 and parted:
                yield from run
            run, parted = [], False
    if len(run) >= 2 and parted:
        yield from run


#: Characters of a sentence that assigns units at most.
_JOINT_SENTENCE_MAX = 300


def _joint_sentences(text: str) -> Iterator[regex.Match]:
    """The :data:`JOINT_SENTENCE` matches of ``text``, asked of each sentence short
    enough to state a division of work that holds 由 (a pattern tried at every 由
    of a long run would cost a scan of the run each)."""
    for s in _STOPPED_RUN.finditer(text):
        a, b = s.span()
        if b - a <= _JOINT_SENTENCE_MAX and "由" in s.group():
            yield from JOINT_SENTENCE.finditer(text, a, b + 1 if b < len(text) else b)


def _start(found: tuple) -> int:
    return found[0]


def _in_passage(path: str | None, passage: Passage, known: dict[str, str], lead_rule, standing, divides: bool = False) -> list[Responsibility]:
    """The unit lists of one passage, in text order.

    ``known`` (alias → what it stands for) holds the aliases defined earlier
    in the notice, and is extended with those defined here; ``lead_rule``
    (offset → the sentence or None) says whether the first unit leads at an
    offset of the passage, and ``standing`` (offset → a :class:`_Standing`
    or None) which units a sentence said before names for it; in a notice
    that ``divides`` work among units, organs in brackets are a list alone."""
    found: list[tuple[int, int, _List]] = []
    for start, end, body, alone in _candidates(passage.text):
        lst = read_list(body)
        if alone and lst is not None and not _like_units(lst.units):
            continue
        if lst is None and not alone and (divides or lead_rule(end) is not None):
            lst = bare_list(body, divides)  # where the first listed unit leads, or work is divided, a list needs no verb
        if lst is not None:
            found.append((start, end, lst))
    out: list[Responsibility] = []
    if not found:
        return out  # most passages hold no list
    found.sort(key=_start)
    for start, end, lst in found:
        # The uses of an alias after its definition (see the module docstring),
        # marked here and not by copying the item afterwards.
        resolved = tuple((u, known[u]) for u in lst.units if u in known) if known else ()
        lead, support, lead_from, rule = lst.lead, lst.support, lst.lead_from, None
        if not lead:
            rule = lead_rule(end)  # a rule said inside the list's own brackets holds for it
            if rule is not None:
                lead, lead_from = lst.units[:1], LeadFrom.FIRST_LISTED
                support = support or lst.units[1:]
        said = standing(end)
        extra = tuple(u for u in said.units if u not in lst.units) if said is not None else ()
        out.append(
            Responsibility(
                path=path,
                units=lst.units,
                lead=lead,
                support=support,
                form=lst.form,
                text=passage.text[start:end],
                span=passage.span_of(start, end),
                aliases=lst.aliases,
                resolved=resolved,
                lead_from=LeadFrom(lead_from),
                lead_rule=rule,
                deadline=lst.deadline,
                standing=extra,
                standing_rule=said.sentence if extra else None,
            )
        )
        known.update(lst.aliases)
    return out


def extract(notice: Notice, profile: GazetteProfile | None = None) -> tuple[Responsibility, ...]:
    """Every unit list of the notice, in document order: the lists that close
    its clauses, then the rows of its task tables.

    ``lead`` is the unit the text calls 牵头; where it names none, the first
    listed unit when the document says so (``列第一位者为牵头单位，下同`` from
    there on; a sentence without 下同 for the whole notice) or the profile
    takes it as the gazette's convention; else nobody.  ``lead_rule`` quotes
    the sentence (or names the profile).

    >>> from gazette_cli import parse_text
    >>> doc = parse_text("实施方案\\n一、重点任务\\n（一）加强科普。开展活动。（市委宣传部、市科协按职责分工负责）\\n（二）完善设施。（市科协、市教育局负责。列第一位者为牵头单位，下同）\\n")
    >>> [(r.path, r.units, r.lead) for r in extract(doc.notices[0])]
    [('一/(一)', ('市委宣传部', '市科协'), ()), ('一/(二)', ('市科协', '市教育局'), ('市科协',))]
    """
    sections = notice.passages()
    divides = notice.title is not None and DIVIDES.search(notice.title) is not None
    rules = _lead_rules(sections)
    standing_rules = _standing_rules(sections)
    everywhere = next((r.sentence for r in rules if not r.from_here), None)
    if everywhere is None and profile is not None and profile.first_listed_leads:
        everywhere = f"profile {profile.name}: the first listed unit leads"
    items: list[Responsibility] = []
    known: dict[str, str] = {}
    for k, section in enumerate(sections):
        if section.kind is PassageKind.LETTER:
            continue  # a cover letter names no units of its own

        def lead_rule(offset: int, k: int = k) -> str | None:
            # The latest 下同 rule said before this list, or the notice's own.
            said = [r.sentence for r in rules if r.from_here and (r.section, r.offset) <= (k, offset)]
            return said[-1] if said else everywhere

        def standing(offset: int, k: int = k) -> _Standing | None:
            # The latest such sentence said before this list ends.
            said = [r for r in standing_rules if (r.section, r.offset) < (k, offset)]
            return said[-1] if said else None

        items.extend(_in_passage(section.path, section.passage, known, lead_rule, standing, divides))
    from .tasks import table_responsibilities  # it reads cells with this module's readers

    items.extend(table_responsibilities(notice))
    return tuple(items)
