"""Numbers with units in normalized Chinese text: the vocabulary and the scanner.

Shared by the target and amount extractors.  Input is normalized text
(GB/T 15834: half-width digits and ``%``, Chinese punctuation); output is
:class:`Quantity` values with exact :class:`~decimal.Decimal` numbers and the
character offsets of the match, so callers can map them back to the source.

Only Arabic numerals are read (``百亿融资`` is a name, not a quantity), and only
a number followed by a known unit is a quantity: years (``2025年``), document
numbers (``〔2022〕17号``), ordinals (``第20期``) and codes (``ISO22000``) have
no unit in the table and are never quantities.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from ..records import record
from ..text.lazy import REVERSE, VERBOSE, lazy
from ..text.numerals import cn_to_int

if TYPE_CHECKING:
    import regex

# --- vocabularies --------------------------------------------------------------

#: Units a target can be counted in.  Compound units first: the alternation is
#: built longest first, so ``份/千人·年`` wins over ``份`` and ``人次`` over ``人``.
BASE_UNITS: tuple[str, ...] = (
    "份/千人·年",
    "件/万人",
    "批次/千人",  # food sampled per thousand people (食品安全抽检量不少于4批次/千人, 2020 plans of two cities)
    "微克/立方米",  # an air quality target: PM2.5 年均浓度控制在60微克/立方米左右
    "微克每立方米",  # …spelled out (潮州's air plan: 控制在29微克每立方米以下)
    # …in symbols, with the Greek mu or the micro sign
    "μg/m3",
    "μg/m³",
    "\u00b5g/m3",
    "\u00b5g/m³",
    "吨标准煤",  # energy use: 能源消费总量控制在50亿吨标准煤以内
    # a capacity per day or year: 焚烧处理能力达到80万吨/日左右, 新增污水处理能力2000万立方米/日
    "吨/日",
    "吨/天",
    "吨/年",
    "立方米/日",
    "立方米/天",
    "立方米/秒",
    "元/人",  # output per head: 全员劳动生产率达到28万元/人 (浙江 2023; 十三五 纲要's 从8.7万元/人提高到12万元/人)
    "/10万",  # a rate per 100 000: 孕产妇死亡率控制在12/10万以下
    "公里/小时",  # a speed limit: 行驶速度不得超过60公里/小时
    "毫克/立方米",  # a concentration in air
    "毫克/升",  # a concentration in water: 化学需氧量浓度不高于30毫克/升
    "分贝",  # noise: 夜间噪声不得超过45分贝
    "个百分点",
    "百分点",
    "个工作日",
    "工作日",
    "个小时",
    "平方公里",
    "平方千米",  # the standard's name for it (国函〔2023〕148号: 生态保护红线面积不低于59.69万平方千米)
    "平方米",
    "立方米",
    "人次",
    "批次",  # batches inspected (开展药品抽检800批次; 年度抽检不少于50批次): never 批 and a 次 of the name
    "场次",  # shows and sessions counted (古交 2023 惠民实事: 专家坐诊1000场次以上; a county's 文旅 plan: 大型文旅活动3场次)
    "个月",
    "小时",
    "分钟",
    "公里",
    "千米",
    "千瓦时",  # energy: 年发电量达到50亿千瓦时 (before 千瓦, which it starts with)
    "度",  # …as speech and reports say it: 全社会用电量达到500亿度 (never bare: see _MAGNITUDE_ONLY)
    "千伏安",
    "千瓦",
    "兆瓦",
    "标准箱",  # a port's throughput: 集装箱吞吐量达到100万标准箱
    "标箱",
    "美元",  # trade and investment: 实际使用外资达到10亿美元
    "架次",
    "班次",
    "公顷",
    "公斤",
    "千克",
    "斤",  # grain: 粮食综合生产能力稳定在700亿斤以上
    "毫米",
    "厘米",
    "%",
    "‰",
    "个",
    "项",
    "件",
    "家",
    "场",
    "次",
    "人",
    "名",
    "所",
    "座",
    "处",
    "张",
    "份",
    "分",
    "天",
    "元",
    "亩",
    "吨",
    "台",
    "套",
    "辆",
    "户",
    "篇",
    "批",
    "倍",
    "周岁",  # an age in full years: 不满14周岁的少年儿童 (全国年节及纪念日放假办法)
    "岁",
    "幢",
    "栋",
    # livestock, trees, ships, routes, teams and trains (黄牛养殖量增加1.5万头以上, 蛋鸡饲养规模超过
    # 1000万只, 新开通公交线路10条, 组建10支队伍, 开行中欧班列500列)
    "头",
    "只",
    "株",
    "棵",
    "艘",
    "条",
    "支",
    "列",
    "根",  # 新增公共充电设施260根以上 (婺城 2025), 充电桩…根 (never 3根据: see QUANTITY)
    "盏",  # 安装太阳能路灯1000盏 (涉县 2025 民生实事)
    "间",  # rooms: 建设15间“梦想小屋” (海州 2025 民生实事), 建设改善30间生产一线职工工间休息室 (崇明 2025)
    # cases screened, wells drilled and crimes solved (临安 2022 实事: 开展胃肠癌联合筛查1万例以上; a 十四五 plan:
    # 勘探开发井超过100口; a province's 食品安全 tasks: 全省破获不少于400起食品犯罪案件)
    "例",
    "口",
    "起",
    "米",
    "周",
    "日",
    "年",
    # a ratio to one (长三角纲要 2019: 收入差距控制在2.2:1以内; 镇江 2011: …的比例下降至2.09:1)
    ":1",
)

#: Magnitude prefixes kept in the unit (``40万件`` → value 40, unit ``万件``).
MAGNITUDES: tuple[str, ...] = ("万亿", "千万", "百万", "十万", "万", "亿", "千", "百")

#: Units that take no magnitude prefix.
_BARE_ONLY = frozenset({":1", "%", "‰", "/10万", "公里/小时", "毫克/立方米", "毫克/升", "分贝", "个百分点", "百分点", "份/千人·年", "件/万人", "批次/千人", "微克/立方米", "微克每立方米", "μg/m3", "μg/m³", "\u00b5g/m3", "\u00b5g/m³", "日", "年", "周", "岁", "周岁"})

#: Units of time that count a span only when the text bounds it (``30日内``,
#: ``5年以上``, ``满1年``): a bare ``2025年`` or ``6日`` is a date.
TIME_UNITS = frozenset({"日", "年", "周"})

#: Money: the multiplier of each yuan unit.
YUAN_UNITS: dict[str, int] = {
    "万亿元": 1_000_000_000_000,  # an economy's size: 地区生产总值突破1万亿元
    "千万元": 10_000_000,
    "百万元": 1_000_000,
    "十万元": 100_000,
    "亿元": 100_000_000,
    "万元": 10_000,
    "千元": 1_000,
    "元": 1,
}


def _longest_first(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _prefix_tree(words) -> str:
    """An alternation of ``words`` that matches what :func:`_longest_first` matches, factored by prefix.

    The words that match at one position are prefixes of one another, so they
    lie on one path of the tree; taking the longer branch before ending a
    word there tries them longest first, as the flat alternation does.  The
    regex engine tries a flat alternation word by word at every number, which
    made the unit most of the time of a quantity scan.

    >>> _prefix_tree(["个", "个月", "人"])
    '(?:个(?:月)?|人)'
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


#: Units only with a magnitude before them: ``500亿度`` is energy, ``30度`` a temperature or an angle.
_MAGNITUDE_ONLY = frozenset({"度"})

_UNIT_WORDS = (
    [u for u in BASE_UNITS if u not in _MAGNITUDE_ONLY]
    + [m + u for m in MAGNITUDES for u in BASE_UNITS if u not in _BARE_ONLY]
    # a magnitude alone, as reports say a sum or a count: 地区生产总值突破1000亿, 常住人口达到100万
    + ["万亿", "亿", "万"]
)
UNIT_ALTERNATION = _prefix_tree(_UNIT_WORDS)
# 余 or 多 between a magnitude and its unit: 11万余人, 2000多万人 reads 多 before
# the magnitude already.  The unit keeps the magnitude; read_quantity moves the
# word to ``approx``.
_APPROX_INSIDE = rf"(?:{_longest_first(MAGNITUDES)})[余多](?:{_prefix_tree([u for u in BASE_UNITS if u not in _BARE_ONLY])})"

# --- patterns ------------------------------------------------------------------

#: A number with its unit, with the range and approximation words that sit
#: inside the quantity.  Repeats are bounded (at most 9 integer and 6 decimal
#: digits), so no input can make it backtrack badly.
QUANTITY = lazy(
    rf"""
    (?<![0-9.A-Za-z第〔\[])                        # not the tail of a longer number, a code (ISO22000) or an ordinal (第3)
    (?P<num>[0-9]{{1,9}}(?:\.[0-9]{{1,6}})?)
    (?:                                           # a range: 8—10个, 8-10个, 8至10个, 8%—10%, 9.8万亿至10.2万亿千瓦时
        (?:%|‰|万亿|亿|万)?[ ]?(?P<sep>[-—–~～至到])[ ]?
        (?P<num2>[0-9]{{1,9}}(?:\.[0-9]{{1,6}})?)
    )?
    (?P<approx>余|多)?                            # 300余人次: more than 300
    [ ]?                                          # normalization keeps a space between digit and Han (33.2 件)
    (?P<unit>{_APPROX_INSIDE}|{UNIT_ALTERNATION})
    (?<![0-9]{{4}}[ ]?年)(?<!月[ ]?[0-9]{{1,2}}[ ]?日)  # 2022年, 9月6日: dates, the commonest numbers
    (?!(?<=根)据)                                  # …第3条根据: 根据 is a word, no unit
    (?!(?<=家)庭)                                  # 10万家庭: 家庭 is a word, no count of firms
    (?!(?<=项)目(?!标))                             # 安远路899项目: 项目 is a word (a project's name); 120项目标任务 counts
    (?!(?<=:1)[0-9.])                             # 2.2:1, not 9:10 (a time) nor 1:10000 (a map's scale)
    (?P<approx2>余|多)?                           # 300人次余 (rare order)
    (?:（[\p{{Han}}]{{1,3}}）)?                      # 500亩（含）以上, 20万套（间）以上: a note on the unit
    (?P<suffix>以上|以下|以内|左右|之内|内)?       # 30个以上, 5%以内, 7%左右, 30日内
    """,
    VERBOSE,
)

#: Units counted in Chinese numerals (``三十日内``, ``两次``, ``三个月``): the
#: ones a text spells out; money and percentages are printed in digits.
CN_UNITS: tuple[str, ...] = (
    "个工作日",
    "工作日",
    "个小时",
    "个月",
    "小时",
    "个",
    "日",
    "天",
    "年",
    "周岁",  # 年满十八周岁 (an age: never 十八周 and a stray 岁)
    "周",
    "次",
    "名",
    "所",
    "家",
    "项",
    "件",
    "人",
    "倍",
    # measures as a law spells them (江门's 扬尘 条例: 设置高度二百五十厘米以上的围挡; 上海's 养犬 条例: 牵引带长度
    # 不得超过两米); never 一米线 (a queue's line)
    "平方公里", "平方米", "立方米", "公里", "千米", "厘米", "毫米", "米", "公顷", "亩", "吨", "公斤", "千克", "分贝", "分钟",
    # sums spelled whole (突破五千亿元, 开封 2020): the magnitude is the unit's, as in 5000亿元
    "万亿元",
    "亿元",
    "万元",
)

_CN_DIGITS = "〇零一二两三四五六七八九十百千万亿"

#: A quantity in Chinese numerals, or ``一半`` (half: 50%).  Not after 第, 初,
#: 周, 每 (ordinals, dates, weekdays, ``每一个``), nor inside a longer numeral,
#: nor ``一次性`` (an adverb).
CN_QUANTITY = lazy(
    rf"""
    (?<![第初每周期拜{_CN_DIGITS}0-9])(?<!最后)                                  # (5千吨, 1万吨: a magnitude of digits; 最后一次: the last)
    (?:
        (?P<half>一半)
      | 百分之(?P<pct>[{_CN_DIGITS}]{{1,4}}(?:点[{_CN_DIGITS}]{{1,3}})?)          # 百分之十五, 百分之三点五
      | (?P<tenths>[一二两三四五六七八九])成(?=以上|以下|左右|[，。；、）)]|$)  # 三成以上: 30%
      | (?P<den>[二三四五六七八九十]{{1,2}})分之(?P<part>[一二三四五六七八九十]{{1,2}})   # 三分之一: a share in %
      | (?:(?P<low>[{_CN_DIGITS}]{{1,8}})[至到])?                                     # a range: 三至五厘米
        (?P<num>[{_CN_DIGITS}]{{1,8}})(?:点(?P<fraction>[〇零一二三四五六七八九]{{1,3}}))?  # 二点五五米: a decimal, as 百分之三点五
        (?P<approx>余|多)?(?P<unit>{_prefix_tree(CN_UNITS)})(?!性|(?<=家)庭|(?<=米)线|(?<=次)产业)
    )
    (?P<suffix>以上|以下|以内|左右|之内|内)?
    """,
    VERBOSE,
)

#: What money can be paid per: 500元/亩, 100元/吨, 3000元/人·年.
PER_UNITS: tuple[str, ...] = (
    "平方米", "立方米", "千瓦时", "千瓦", "公里", "公斤", "人·年", "人次", "人月", "标准箱", "车次",
    "亩", "吨", "人", "户", "件", "个", "台", "套", "辆", "年", "月", "天", "日", "次", "家", "床", "张", "头", "只", "项", "份", "米", "座",
    # a funeral home's charges (火化费800元/具, 100元/袋, 骨灰寄存费100元/盒, 遗体存放费6元/具·小时: 临清 2024, 旬邑 2025)
    "小时", "具", "袋", "盒",
)

#: Money in yuan, one amount: ``200万元``, ``1亿元``, ``500元/亩`` (the per-unit tail is the rate).
_MONEY_TAIL = rf"""
    [ ]?
    (?P<unit>{_longest_first(YUAN_UNITS)})
    (?:[/／](?P<per>{_longest_first(PER_UNITS)}))?   # 500元/亩: a rate per unit
"""
_MONEY_DIGITS = r"""
        (?<![0-9.A-Za-z第])                            # not inside a longer number or a code
        (?P<num>[0-9]{1,9}(?:\.[0-9]{1,6})?)
        (?:(?P<mag1>[万亿])?[ ]?[-—–~～至][ ]?(?P<num2>[0-9]{1,9}(?:\.[0-9]{1,6})?))?   # 1-2万元, 1000万-3000万元: a range
"""
MONEY = lazy(_MONEY_DIGITS + _MONEY_TAIL, VERBOSE)
#: The same with amounts spelled out (给予五万元以上的奖金, 处十元至二十元罚款), asked only of
#: a text that holds one (:data:`SPELLED_MONEY_HINT`): most hold none, and the numerals
#: make the scan of every position slower.
MONEY_SPELLED = lazy(
    r"""
    (?:
"""
    + _MONEY_DIGITS
    + r"""
      | (?<![〇零一二两三四五六七八九十百千万亿第])
        (?P<cn>[〇零一二两三四五六七八九十百千]{2,8}    # two numerals at least, or one that is a
        |[十百千]|[一二两三四五六七八九](?=[ ]?[万亿千百]))  # magnitude or has one after it (三元 is a word)
    )
"""
    + _MONEY_TAIL,
    VERBOSE,
)
SPELLED_MONEY_HINT = lazy(r"[〇零一二两三四五六七八九十百千][ ]?[万亿千百]?元", 0, re)

#: Stretches whose digits belong to a name, not a quantity.
NAME_SPAN = lazy(
    r"""
      《[^《》\n]{1,80}》                         # 《健康素养66条》, 《…政策（30条）》
    | “[^“”\n，；]{1,40}”                        # “96333”, “十四五” (a quoted sentence, with a comma, is no name)
    | [（(][^（）()\n]{0,20}[0-9]{4}\s?[-—–至]\s?[0-9]{4}\s?年?[）)]   # （2021-2035年）
    """,
    VERBOSE,
)

#: A clause-of-a-sentence boundary: targets are quoted piece by piece.
PIECE_END = lazy(r"[，；。！？：\n]|,(?![0-9])")
_PIECE_END_BACK = lazy(PIECE_END.pattern, REVERSE)
#: The text of a clause of a sentence: what lies between two :data:`PIECE_END` stops.
_PIECE_TEXT = lazy(r"[^，；。！？：\n,]+(?:,(?=[0-9])[^，；。！？：\n,]*)*|,(?=[0-9])[^，；。！？：\n,]*")
#: A sentence boundary: deadlines govern their sentence.
SENTENCE_END = lazy(r"[。！？\n]")


@record
class Quantity:
    """One number with its unit, as found at ``text[start:end]``."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str | None  # None only for an index committed to a bare number (see extract.targets.INDEX_VALUE)
    approx: str | None  # 余/多 (more than), inside the quantity
    suffix: str | None  # 以上/以下/以内/左右/之内/内, right after it
    raw: str
    spelled: bool = False  # in Chinese numerals (三十日), not digits


def name_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of names, titles and quoted words (digits in them are not quantities).

    >>> text = "以《健康素养66条》普及为主要内容"
    >>> [text[a:b] for a, b in name_spans(text)]
    ['《健康素养66条》']
    """
    return [m.span() for m in NAME_SPAN.finditer(text)]


class SortedSpans:
    """Sorted, non-overlapping character ranges, asked whether they hold a position.

    >>> spans = SortedSpans([(2, 5), (9, 12)])
    >>> [pos in spans for pos in (1, 2, 4, 5, 9, 12)]
    [False, True, True, False, True, False]
    """

    __slots__ = ("spans", "_starts")

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self._starts = [a for a, _ in spans]

    def __contains__(self, pos: int) -> bool:
        # A binary search, where ``inside`` reads every range: the extractors
        # ask this for every number of a clause.
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]


class TextIndex:
    """One text and the positions the extractors look up for every number in it, found once.

    The target and amount extractors ask of each number whether it stands in a
    name, and which sentence and which clause of a sentence hold it.  Scanning
    the whole text for each question made them quadratic on a long clause
    (5,000 numbered lines in one clause took 42 s); here each question is a
    binary search, and the work is linear in the length of the text.  Each
    table is made on its first use: most texts hold no number, and nothing is
    asked of them.

    >>> ix = TextIndex("以《健康素养66条》普及。到2025年，建成16个")
    >>> ix.in_name(6), ix.in_name(0), ix.sentence_bounds(20)
    (True, False, (13, 25))
    >>> [ix.text[a:b] for a, b in ix.pieces]
    ['以《健康素养66条》普及', '到2025年', '建成16个']
    >>> ix.piece_of(20), ix.piece_of(13)
    (2, 1)
    >>> ix.piece_around(20), ix.piece_around(15)
    ((20, 25), (13, 19))
    """

    __slots__ = ("text", "_names", "_pieces", "_piece_starts", "_sentence_ends", "_around")

    def __init__(self, text: str):
        self.text = text
        self._names: SortedSpans | None = None
        self._pieces: list[tuple[int, int]] | None = None
        self._piece_starts: list[int] | None = None
        self._sentence_ends: list[int] | None = None
        self._around: _Runs | None = None

    def piece_around(self, pos: int) -> tuple[int, int]:
        """The clause of a sentence that holds ``pos``, found from ``pos`` out
        (most texts have a number or two, and :attr:`pieces` lists every clause)."""
        if self._around is None:
            self._around = _Runs(self.text, PIECE_END, _PIECE_END_BACK)
        return self._around.around(pos)

    @property
    def names(self) -> SortedSpans:
        """:func:`name_spans` of the text (``finditer`` gives them sorted and disjoint)."""
        if self._names is None:
            self._names = SortedSpans(name_spans(self.text))
        return self._names

    @property
    def pieces(self) -> list[tuple[int, int]]:
        """:func:`pieces` of the text."""
        if self._pieces is None:
            # The runs between two stops are the pieces: one scan, no empty ones.
            self._pieces = [m.span() for m in _PIECE_TEXT.finditer(self.text)]
        return self._pieces

    def piece_of(self, pos: int) -> int:
        """The index in :attr:`pieces` of the piece that holds ``pos`` (which must be in one)."""
        if self._piece_starts is None:
            self._piece_starts = [a for a, _ in self.pieces]
        return bisect.bisect_right(self._piece_starts, pos) - 1

    def in_name(self, pos: int) -> bool:
        return pos in self.names

    def sentence_starts(self, start: int, end: int) -> list[int]:
        """Where the sentences that start in ``text[start:end]`` after ``start`` start."""
        ends = self.sentence_ends()
        return [e + 1 for e in ends[bisect.bisect_left(ends, start) : bisect.bisect_left(ends, end - 1)]]

    def sentence_ends(self) -> list[int]:
        """Where every sentence ends (its stop, or a line end)."""
        ends = self._sentence_ends
        if ends is None:
            ends = self._sentence_ends = [m.start() for m in SENTENCE_END.finditer(self.text)]
        return ends

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """:func:`sentence_bounds` of ``pos``."""
        ends = self._sentence_ends
        if ends is None:
            ends = self.sentence_ends()
        # SENTENCE_END matches one character, so a stop before ``pos`` ends at or before it.
        i = bisect.bisect_left(ends, pos)
        start = ends[i - 1] + 1 if i else 0
        end = ends[i] if i < len(ends) else len(self.text)
        return start, end


class _Runs:
    """The runs of a text between two stops, each found on the first question
    about a position in it and remembered: every character is read at most
    twice, however many positions are asked."""

    __slots__ = ("text", "forward", "back", "starts", "spans")

    def __init__(self, text: str, forward: regex.Pattern, back: regex.Pattern):
        self.text, self.forward, self.back = text, forward, back
        self.starts: list[int] = []
        self.spans: list[tuple[int, int]] = []

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.spans[i][1]:
            return self.spans[i]
        before = self.back.search(self.text, 0, pos)
        after = self.forward.search(self.text, pos)
        span = (before.end() if before else 0, after.start() if after else len(self.text))
        self.starts.insert(i + 1, span[0])
        self.spans.insert(i + 1, span)
        return span


def quantities(text: str, start: int = 0, end: int | None = None, index: TextIndex | None = None) -> Iterator[Quantity]:
    """Every quantity in ``text[start:end]`` that is not part of a name.

    ``index`` is the :class:`TextIndex` of ``text``, when the caller has one.

    >>> [(str(q.value), q.unit, q.suffix) for q in quantities("培育形成30个以上高价值专利培育中心")]
    [('30', '个', '以上')]
    >>> [(str(q.value), str(q.value_max), q.unit) for q in quantities("建设8—10个中心")]
    [('8', '10', '个')]
    >>> [q.unit for q in quantities("全市食品抽检量不低于5份/千人·年")]
    ['份/千人·年']
    >>> [(str(q.value), q.unit, q.approx) for q in quantities("惠及11万余人，带动2000多万人，突破1000亿")]
    [('11', '万人', '余'), ('2000', '万人', '多'), ('1000', '亿', None)]
    >>> [(str(q.value), str(q.value_max), q.unit) for q in quantities("将达到9.8万亿至10.2万亿千瓦时")]
    [('9.8', '10.2', '万亿千瓦时')]
    >>> list(quantities("青少年科普教育330工程、世界500强、济政发〔2022〕17号"))
    []
    """
    end = len(text) if end is None else end
    index = index or TextIndex(text)
    for m in QUANTITY.finditer(text, start, end):
        if not index.in_name(m.start()):
            yield read_quantity(m)


def read_quantity(m: regex.Match) -> Quantity:
    """The :class:`Quantity` of a :data:`QUANTITY` match."""
    # All groups in one call, in the pattern's order: a look-up by name costs
    # several times more, and this runs for every number of a notice.
    num, _sep, num2, approx, unit, approx2, suffix = m.groups()
    if "余" in unit or "多" in unit:  # 11万余人: 11万人, more than
        approx = "余" if "余" in unit else "多"
        unit = unit.replace(approx, "", 1)
    return Quantity(
        start=m.start(),
        end=m.end(),
        value=Decimal(num),
        value_max=Decimal(num2) if num2 else None,
        unit=unit,
        approx=approx or approx2,
        suffix=suffix,
        raw=m.group(),
    )


def read_cn_quantity(m: regex.Match) -> Quantity | None:
    """The :class:`Quantity` of a :data:`CN_QUANTITY` match (None for a numeral that is no number).

    >>> [(str(q.value), q.unit, q.suffix) for q in map(read_cn_quantity, CN_QUANTITY.finditer("自收到之日起三十日内；占总课时一半以上"))]
    [('30', '日', '内'), ('50', '%', '以上')]
    >>> [(str(q.value), q.unit) for q in map(read_cn_quantity, CN_QUANTITY.finditer("百分之十五，三成以上，两千名，一万余家"))]
    [('15', '%'), ('30', '%'), ('2000', '名'), ('10000', '家')]
    >>> [(str(q.value), q.unit, q.suffix) for q in map(read_cn_quantity, CN_QUANTITY.finditer("三分之一以上，四分之三，十分之一"))]
    [('33.33', '%', '以上'), ('75', '%', None), ('10', '%', None)]
    >>> [m.group() for m in CN_QUANTITY.finditer("第二十四次会议，一次性奖励，每一个，周一，三次产业，最后一次交易价格")]
    []
    >>> [(str(q.value), q.unit) for q in map(read_cn_quantity, CN_QUANTITY.finditer("层高不低于二点五五米，试点五个县"))]
    [('2.55', '米'), ('5', '个')]
    """
    half, pct, tenths, den, part, low, num, fraction, approx, unit, suffix = m.groups()
    high = None
    if den:
        d, n = cn_to_int(den), cn_to_int(part)
        if not d or n is None or n >= d:
            return None
        share = (Decimal(n * 100) / d).quantize(Decimal("0.01"))
        value, unit = share.quantize(Decimal(1)) if share == share.to_integral_value() else share.normalize(), "%"
    elif half:
        value, unit = Decimal(50), "%"
    elif pct:
        whole, _, tail = pct.partition("点")
        value, unit = _spelled_decimal(whole, tail), "%"
        if value is None:
            return None
    elif tenths:
        value, unit = Decimal(cn_to_int(tenths) * 10), "%"
    elif num == "二" and unit == "次":
        return None  # a count says 两 (两次); 二次开发, 二次污染 are terms (a law's 不得少于二天 is a count)
    else:
        value = _spelled_decimal(num, fraction or "")
        if value is None:
            return None
        if low:  # 三至五厘米: from the first to the second
            first = cn_to_int(low)
            if first is None or first >= value:
                return None
            value, high = Decimal(first), value
    return Quantity(m.start(), m.end(), value, high, unit, approx, suffix, m.group(), True)


def _spelled_decimal(whole: str, fraction: str) -> Decimal | None:
    """A number spelled in Chinese numerals, its decimals after 点 read digit by digit (三, 三点五, 二点五五)."""
    n = cn_to_int(whole)
    digits = [cn_to_int(c) for c in fraction]
    if n is None or None in digits:
        return None
    return Decimal(f"{n}.{''.join(map(str, digits))}") if digits else Decimal(n)


#: A Chinese numeral right before a unit's first character (一半, 三成 and
#: 百分之 fit it too: 半, 成 and 分 are second characters): every spelled
#: quantity holds one.  The standard library's engine scans this class pair
#: several times faster than :data:`CN_QUANTITY` scans a text.  The class is
#: the first characters of :data:`CN_UNITS` (the sums, which start with a
#: magnitude, apart).
_SPELLED_FIRSTS = "".join(sorted({u[0] for u in CN_UNITS if u[0] not in "万亿"} | set("余多成半分")))
SPELLED_HINT = lazy(f"[{_CN_DIGITS}](?:[{_SPELLED_FIRSTS}]|[万亿]元|万亿元)", 0, re)
_CN_DIGIT_SET = frozenset(_CN_DIGITS)

#: The last characters of the words that bound a span of time from before (满, 不少于, 不超过, 最长).
_TIME_BOUND_BEFORE = frozenset("满于过少多长")
#: The characters of the words that make 一 a number (至少, 不少于, 最多, 每, 各, 达到, 保持…):
#: a spelled one with none of them in the dozen characters before it is a word.
_ONE_BOUND = frozenset("于少过多长迟在到至持达为超逾满各约每")


#: The verbs after which 一所 is one school or institution built.
_BUILD_VERBS = ("新建", "扩建", "改建", "建设", "建成", "新增", "创建")


def built_one(before: str, unit: str | None) -> bool:
    """Is 一 with ``unit`` after ``before`` one school or institution a plan builds
    (改扩建一所县城公办幼儿园, 峨山 2022; 建设一所托幼机构, 新干 2022): a count, where
    一个 after a verb is as often an article (建立一个…机制)?"""
    return unit == "所" and before.endswith(_BUILD_VERBS)


def _numeral_start(text: str, at: int, start: int) -> int:
    """Where the run of Chinese numerals right before ``text[at]`` starts (``at`` if none, never before ``start``)."""
    while at > start and text[at - 1] in _CN_DIGIT_SET:
        at -= 1
    return at


def spelled_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every :data:`CN_QUANTITY` of ``text[start:end]`` that reads as a number, in order.

    A span of time counts only when something bounds it (``三十日内``,
    ``满一年``): ``三年行动``, ``十一日`` are names and dates.

    >>> [q.raw for q in spelled_quantities("实施三年行动，自收到之日起十日内，满一年")]
    ['十日内', '一年']

    A magnitude after digits is theirs (5千吨 is 5000 tonnes, no 千吨 of its
    own); a range runs from its first numeral:

    >>> [q.raw for q in spelled_quantities("年排放二氧化碳5千吨以上1万吨以下；低于侧石三至五厘米")]
    ['三至五厘米']

    …and a decimal from its whole part (层高不低于二点五五米):

    >>> [q.raw for q in spelled_quantities("层高不低于二点五五米，抓好重点三项工作")]
    ['二点五五米', '三项']
    """
    end = len(text) if end is None else end
    out = []
    reached = start
    # From each hint (a numeral before a unit's first character) back to where
    # its numeral starts, and the pattern tried there only: scanning the whole
    # text with it cost more than the rest of the target rules.
    for hint in SPELLED_HINT.finditer(text, start, end):
        at = hint.start()
        if at < reached:
            continue
        at = _numeral_start(text, at, start)
        if at - 1 > start and text[at - 1] == "点" and text[at - 2] in _CN_DIGIT_SET:  # 二点五五米: the decimal's whole part
            at = _numeral_start(text, at - 1, start)
        if at - 1 > start and text[at - 1] in "至到" and text[at - 2] in _CN_DIGIT_SET:  # 三至五厘米: the range's first numeral
            at = _numeral_start(text, at - 1, start)
        m = CN_QUANTITY.match(text, at, end)
        if m is None:
            continue
        reached = m.end()
        # 一个, 一项: a word, unless a comparator or a frequency stands before it
        # (asked of the match first: most spelled numerals are such words).
        if m.group("num") == "一" and (
            (not m.group("suffix") and not _ONE_BOUND.intersection(text[max(0, at - 12) : at]) and not built_one(text[max(0, at - 3) : at], m.group("unit")))
            or text[at - 1 : at] == "同"
        ):
            continue  # (同一天内: the same day, no count)
        q = read_cn_quantity(m)
        if q is None:
            continue
        if q.unit in TIME_UNITS and not q.suffix and text[q.start - 1 : q.start] not in _TIME_BOUND_BEFORE:
            continue
        out.append(q)
    return out


def yuan(number: str, unit: str = "元") -> int | Decimal:
    """An amount in yuan: an int when it is whole, else the exact decimal.

    >>> yuan("200", "万元"), yuan("1", "亿元"), yuan("0.5", "万元"), yuan("0.80")
    (2000000, 100000000, 5000, Decimal('0.8'))
    """
    value = Decimal(number) * YUAN_UNITS[unit]
    return int(value) if value == value.to_integral_value() else value.normalize()


def open_bracket(text: str, start: int, pos: int) -> int:
    """Where in ``text[start:pos]`` a bracket （ or ( opens that is not closed before ``pos``, or -1.

    >>> open_bracket("支出（扣除2022年", 0, 9), open_bracket("支出（扣除）2022年", 0, 10)
    (2, -1)
    """
    opened = max(text.rfind("（", start, pos), text.rfind("(", start, pos))
    if opened >= 0 and max(text.rfind("）", opened, pos), text.rfind(")", opened, pos)) >= 0:
        return -1
    return opened


def pieces(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each comma/semicolon-delimited piece of ``text`` (punctuation excluded).

    >>> text = "到2025年，比例达到18.5%；每年开展活动40场。"
    >>> [text[a:b] for a, b in pieces(text)]
    ['到2025年', '比例达到18.5%', '每年开展活动40场']
    """
    start = 0
    for m in PIECE_END.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence (。！？ or paragraph delimited) around ``pos``."""
    start = 0
    for m in SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = SENTENCE_END.search(text, pos)
    return start, (m.start() if m else len(text))
