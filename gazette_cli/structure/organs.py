"""Issuing organs: what an organ name looks like, and joint issuers split apart.

The frame reader asks whether a line names an organ (an issuer above a title,
a signature), and which organs a joint document names: on one line with
``、`` (国务院办公厅、中央军委办公厅), with spaces that normalization removed
(重庆市粮食局重庆市财政局), or on several lines.
"""

from __future__ import annotations

from ..text.lazy import lazy

#: The words an organ's name ends with, longest first.
ORGAN_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        (
            "人民政府 政府 办公厅 办公室 委员会 人大常委会 常委会 常务委员会 管委会 管理委员会 "
            "局 厅 部 院 委 署 会 处 办 司 中心 公司 总局 银行 小组 党组 军区 法院 检察院 "
            "调查队 总队 支队 大队"
        ).split(),
        key=len,
        reverse=True,
    )
)
_ENDINGS_ALT = "|".join(ORGAN_ENDINGS)

# One organ name: short, no sentence punctuation, ends with an organ word.
# No 关于: 关于接受…辞去济源市人民政府 is a title's piece; nor an act that sends on another organ's document
# (国务院办公厅转发国家地震局 / 关于…报告的通知, 国办发〔1996〕2号: the title's first line).
ORGAN = lazy(rf"^(?!.*(?:关于|转发|批转))(?:[\p{{Han}}（）]|、(?=[^（）]*）)){{2,40}}(?:{_ENDINGS_ALT})$")
# A region at the start of a name (重庆市, 浙江省, 新疆维吾尔自治区): a joint
# line repeats it where one organ's name ends and the next begins.
_REGION = lazy(r"^[\p{Han}]{1,10}?(?:省|市|自治区|自治州|县|区|州|盟|旗)")
# (not inside brackets: 温州湾新区（高新区、经开区）党政办公室, one organ with the zones it serves, 龙湾 2025)
_SEPARATORS = lazy(r"[、，,\s\u3000]+(?![^（(）)]*[）)])")
_JOINT_MAX = 120  # characters of a line naming several organs
#: The last characters of every organ ending (derived from the table).
_ENDING_CHARS = frozenset(e[-1] for e in ORGAN_ENDINGS)

#: Who signs a 令 or an 公告 by name: 总理　李克强, 市长　于海田; a law database's copy
#: may put a colon between (市长：慕绥新, 沈阳市人民政府令第48号) or drop the name (省长, 河北省
#: 人民政府令〔2010〕第15号).  A date must follow (see the signature rules of the frame).
SIGNER = lazy(
    r"^(?:代理)?(?:总理|副总理|主席|省长|代省长|市长|代市长|区长|县长|州长|盟长|旗长|主任|局长|部长|书记)(?:[ \u3000]*[:：]?[ \u3000]*[\p{Han}·]{2,6})?$"
)


def is_organ(text: str) -> bool:
    """One organ name, or several joined (国务院办公厅、中央军委办公厅).

    >>> is_organ("济南市人民政府"), is_organ("国务院办公厅　中央军委办公厅"), is_organ("请认真贯彻执行")
    (True, True, False)
    >>> is_organ("中国民用航空局综合司"), is_organ("财政部预算司")  # a ministry's department signs too
    (True, True)
    """
    # A cheap test first: most lines asked are sentences, far longer than a name.
    if len(text) > _JOINT_MAX or text[-1:] not in _ENDING_CHARS:
        return False
    parts = split_organs(text)
    return bool(parts) and all(ORGAN.match(p) for p in parts)


def split_organs(text: str) -> tuple[str, ...]:
    """The organs a line names, in order.

    >>> split_organs("国务院办公厅、中央军委办公厅")
    ('国务院办公厅', '中央军委办公厅')
    >>> split_organs("重庆市粮食局重庆市财政局")
    ('重庆市粮食局', '重庆市财政局')
    >>> split_organs("浙江省物价局、省财政厅")
    ('浙江省物价局', '省财政厅')
    >>> split_organs("中共岳阳市委办公室岳阳市人民政府办公室")
    ('中共岳阳市委办公室', '岳阳市人民政府办公室')
    >>> split_organs("省人力资源社会保障厅省教育厅省财政厅")
    ('省人力资源社会保障厅', '省教育厅', '省财政厅')
    >>> split_organs("民政部财政部"), split_organs("国务院办公厅中央军委办公厅")
    (('民政部', '财政部'), ('国务院办公厅', '中央军委办公厅'))
    >>> split_organs("市城市管理局"), split_organs("省委省政府")
    (('市城市管理局',), ('省委省政府',))
    >>> split_organs("重庆市开州区统计局国家统计局开州调查队"), split_organs("国家统计局开州调查队")
    (('重庆市开州区统计局', '国家统计局开州调查队'), ('国家统计局开州调查队',))
    >>> split_organs("工业和信息化部办公厅农业农村部办公厅商务部办公厅国家能源局综合司"), split_organs("国家能源局综合司")
    (('工业和信息化部办公厅', '农业农村部办公厅', '商务部办公厅', '国家能源局综合司'), ('国家能源局综合司',))
    >>> split_organs("商务部市场监管总局外汇局"), split_organs("国家卫生健康委员会国家中医药管理局")
    (('商务部', '市场监管总局', '外汇局'), ('国家卫生健康委员会', '国家中医药管理局'))
    >>> split_organs("温州市龙湾区人民政府办公室温州湾新区（高新区、经开区）党政办公室")
    ('温州市龙湾区人民政府办公室', '温州湾新区（高新区、经开区）党政办公室')
    """
    out: list[str] = []
    for part in _SEPARATORS.split(text.strip()):
        if part:
            out.extend(_CENTRAL_ONE.findall(part) if _CENTRAL_RUN.fullmatch(part) else _split_before_central(part))
    return tuple(out)


def _split_before_central(name: str) -> list[str]:
    """:func:`_split_repeated_region` of ``name``, and of its two names where a
    central department's name opens the second, the first an organ of its own
    (重庆市开州区统计局国家统计局开州调查队: a local 统计公报's byline, its bureau and
    the national bureau's survey team)."""
    for m in _CENTRAL_ONE.finditer(name, 2):
        head, rest = name[: m.start()], name[m.start() :]
        if ORGAN.match(head) and ORGAN.match(rest):
            return [*_split_repeated_region(head), rest]
    return _split_repeated_region(name)


_PARTY = "中共"  # 中共岳阳市委办公室: a party organ, its region after this
#: The levels a name may open with for its region (省财政厅, 市发展改革委).
LEVELS = frozenset("省市县区")


#: The central government's departments that most often sign together, as their joint titles and
#: signatures name them (民政部 财政部, 财政部 税务总局, 国家发展改革委 财政部 …): a run of them with the
#: spaces between lost is split where one ends (民政部财政部关于…, 农业农村部财政部关于…).
CENTRAL_ORGANS: tuple[str, ...] = (
    "国务院办公厅", "中央军委办公厅", "中共中央办公厅",
    "外交部", "国防部", "国家发展改革委", "国家发展和改革委员会", "发展改革委", "教育部", "科技部", "科学技术部",
    "工业和信息化部", "国家民委", "公安部", "国家安全部", "民政部", "司法部", "财政部", "人力资源社会保障部",
    "人力资源和社会保障部", "自然资源部", "生态环境部", "住房城乡建设部", "住房和城乡建设部", "交通运输部", "水利部",
    "农业农村部", "农业部", "商务部", "文化和旅游部", "文化部", "国家卫生健康委", "国家卫生健康委员会", "卫生部",
    "国家卫生计生委", "退役军人事务部", "应急管理部", "中国人民银行", "人民银行", "审计署", "国务院国资委",
    "海关总署", "国家税务总局", "税务总局", "市场监管总局", "国家市场监督管理总局", "国家统计局", "国家医保局",
    "国家林业和草原局", "国家林草局", "国家能源局", "能源局", "国家知识产权局", "银保监会", "证监会", "国家体育总局",
    "国家文物局", "国家中医药局", "国家乡村振兴局", "国务院扶贫办", "全国总工会", "共青团中央", "全国妇联", "中国残联",
    "中国科协",
    # more of the State Council's bureaus that sign joint documents (商务部 市场监管总局 外汇局 公告2019年第72号; 国家卫生健康
    # 委员会 国家中医药管理局 国卫药政发〔2018〕31号), with the courts and the procuratorate
    "国家外汇管理局", "外汇局", "国家中医药管理局", "国家药监局", "国家药品监督管理局", "国家粮食和物资储备局", "国家粮食局",
    "国家移民管理局", "国家广播电视总局", "广电总局", "国家新闻出版署", "国家网信办", "中央网信办", "国家邮政局", "中国民用航空局",
    "民航局", "国家铁路局", "国家数据局", "国家金融监督管理总局", "金融监管总局", "国家疾控局", "国家矿山安全监察局",
    "国家消防救援局", "最高人民法院", "最高人民检察院", "全国工商联", "国家国防科工局", "国家烟草专卖局", "国家密码管理局",
)
#: …each perhaps by its office that signs for it (工业和信息化部办公厅农业农村部办公厅商务部办公厅国家能源局综合司, the
#: four offices of 工信厅联通装函〔2021〕57号).
_CENTRAL_ONE = lazy("(?:" + "|".join(sorted(CENTRAL_ORGANS, key=len, reverse=True)) + ")(?:办公厅|综合司)?")
_CENTRAL_RUN = lazy(f"(?:{_CENTRAL_ONE.pattern}){{2,8}}")


def _split_repeated_region(name: str) -> list[str]:
    """重庆市粮食局重庆市财政局 → the two names: the region repeats after an organ
    word, also after 中共 (中共岳阳市委办公室岳阳市人民政府办公室)."""
    party = len(_PARTY) if name.startswith(_PARTY) else 0
    m = _REGION.match(name[party:])
    region = m.group() if m else ""
    if name[party : party + 1] in LEVELS and name.find(region, party + len(region)) < 0:
        # 省生态环境厅省发改委省经信厅, 市发展改革委市财政局: the level alone stands for the region
        # (a 湖北 2022 joint title, a 2015 joint signature), and repeats where a name ends
        region = name[party]
    if not region or len(name) < 2 * len(region) + 2:
        return [name]
    out, start = [], 0

    def next_name(after: int) -> int:
        k = name.find(region, after)
        return k - len(_PARTY) if k - len(_PARTY) > start and name.startswith(_PARTY, k - len(_PARTY)) else k

    k = next_name(party + len(region) + 1)
    while k != -1:
        head = name[start:k]
        if not ORGAN.match(head):
            break
        out.append(head)
        start = k
        k = next_name(start + (len(_PARTY) if name.startswith(_PARTY, start) else 0) + len(region) + 1)
    out.append(name[start:])
    return out


#: What the items of an addressee list end with: organs, and the kinds of
#: body a list names (各直属事业单位, 市属国有企业, 沈阳、北京军区).
ADDRESSEE_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        set(ORGAN_ENDINGS)
        | set("单位 部门 机构 企业 学校 院校 高校 军区 省 市 县 区 州 旗 盟 乡 镇 街道 人民政府 管委会 委员会 直属机构 各部委".split())
        # a department's own offices and the team stationed in it (厅直各单位，驻厅纪检监察组，厅机关各处室：, 皖交发〔2021〕63号;
        # 局机关各科室、各站所), and a township's villages (各行政村：, 通源乡 2009)
        | set("处室 科室 站所 纪检监察组 村 社区".split())
        # an education bureau's schools (各乡镇中心学校、各中学、职中、县幼儿园、特殊教育学校：, 龙陵 2022)
        | set("中学 小学 职中 幼儿园".split()),
        key=lambda w: (-len(w), w),  # the same order in every run: patterns are cached by their text
    )
)
_PARENTHETICAL = lazy(r"[（(][^（）()]{1,12}[）)]")
#: The people a reply is addressed to, after their names: deputies and members, and how long a name runs.
MEMBERS = ("代表", "委员", "代表们", "委员们")
_MEMBER_NAME_MAX = 12
_PERSON_NAME_MAX = 4  # a person's name before the last (刘鲜兰、王金燕、马秀梅代表)
_ITEM_SEPARATORS = lazy(r"[、，,；;]")


def names_organs(text: str) -> bool:
    """Is ``text`` (a line ending with a colon) a list of the bodies a notice
    is addressed to, not a sentence that introduces what follows?

    >>> names_organs("各县、自治县、区人民政府（管委会），市政府各工作部门、各直属事业单位，市属国有企业：")
    True
    >>> names_organs("为此，提出以下意见："), names_organs("现就有关事项通知如下：")
    (False, False)
    >>> names_organs("各乡镇中心学校、各中学、职中、县幼儿园、特殊教育学校："), names_organs("开展中学、小学和幼儿园安全检查，要求如下：")
    (True, False)
    >>> names_organs("刘鲜兰、王金燕、马秀梅代表："), names_organs("张朝琴等委员："), names_organs("会议听取了各位代表的意见，请各位代表：")
    (True, True, False)

    The deputies a report greets (各位代表：, under the note of 余姚 2021's, 襄阳 2020's and 洪山区 2021's) are
    no addressees.

    >>> names_organs("各位代表："), names_organs("高松代表：")
    (False, True)
    """
    items = [_PARENTHETICAL.sub("", i).strip() for i in _ITEM_SEPARATORS.split(text.rstrip("：:")) if i.strip()]
    if not items or items[0].startswith("各位"):
        return False
    if items[-1].endswith(MEMBERS) and len(items[-1]) <= _MEMBER_NAME_MAX and all(len(i) <= _PERSON_NAME_MAX and "的" not in i for i in items[:-1]):
        return True  # the deputies or members a reply to their 建议 or 提案 is for (刘鲜兰、王金燕、马秀梅代表：, 张朝琴等委员：)
    named = sum(1 for i in items if i.endswith(ADDRESSEE_ENDINGS))
    return named * 5 >= len(items) * 3  # three in five, at least
