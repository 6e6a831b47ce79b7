"""Policy amounts: money a notice grants, caps or sets as a condition.

Input: a :class:`~gazette_cli.model.Notice`.  Output: :class:`Amount` items,
one per run of money figures in one clause of a sentence (``200万元、300万元、
500万元`` is one item with three values), in whole yuan.  Guaranteed: every
item's ``text`` is ``passage.text[start:end]`` of the clause it comes from and
its span points there; a figure is an amount only when its clause of the
sentence says what the money is for (reward, subsidy, cap, rate, threshold,
funding), so a plan's money target (``融资登记金额累计超100亿元``) stays a
target and is never reported twice.

Percentages of a base (``按实际投资额的10%给予一次性奖励``) are not yuan
amounts and are left out: the schema promises ``values_yuan``.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..model import Amount, Notice
from ..records import record
from ..structure.docparts import unspaced
from ..text.lazy import lazy
from ..text.numerals import cn_to_int
from .quantities import MONEY, MONEY_SPELLED, PER_UNITS, SPELLED_MONEY_HINT, TextIndex, _longest_first, yuan
from .scopes import Scope, scopes
from .tasks import SERIAL_COLUMNS

if TYPE_CHECKING:
    import regex

#: Words of a clause of a sentence that say what the money is for.
CAP_WORDS = lazy(r"最高|最多|不超过|不得超过|不高于|上限|封顶")  # 设定罚款，不得超过一千元 (a city's 罚款设定 rule)
SUBSIDY_WORDS = lazy(r"补贴|补助|资助|慰问")  # 春节慰问按500元/人标准发放 (a 2021 总工会 plan)
REWARD_WORDS = lazy(r"奖励|奖补|奖金|奖")
FEE_WORDS = lazy(r"收费|收取|计收|缴纳|加收(?![入益])")  # 每超过1公里加收3元 (临清 2024), 每半小时加收50元 (旬邑 2025); not 增加收入
FINE_WORDS = lazy(r"罚款|罚金")
FUNDING_WORDS = lazy(r"安排|设立|统筹|资金|经费|基金|拨款")
_OWN_FUNDING = lazy(r"资金|经费|拨款|前期费")  # 区级财政安排4000万元重大项目前期费 (官渡 2016)
_ARRANGED = lazy(r"安排|设立|统筹|投入")

#: A sentence with one of these words is a policy measure (its figures are
#: policy amounts and its conditions thresholds, not targets).
POLICY_WORDS = lazy(r"奖励|奖补|补贴|补助|资助|扶持资金|给予|罚款")

#: A sum paid per person and period (每人每月, 每月每人), as a benefit's or a fee's standard states it.
PER_PERSON = lazy(r"每人每[月年日天]|每月每人")

#: What follows a figure that is a lower bound (``5亿元以上奖励1万元``) or an upper one (``10万元以下的罚款``).
_ABOVE = ("以上", "（含）以上", "(含)以上", "及以上")
_BELOW = ("以下", "以内", "（含）以下", "(含)以下", "及以下")

#: What opens a note on a bound: （不含1000万元）, （含5000万元）.
_INCLUSION_NOTES = ("（不含", "(不含", "（含", "(含")
_INCLUSION_NOTE = lazy(r"^[（(]不?含[^（）()]{0,16}[）)]")
#: A note on a value of a list, then the list's separator (成都 2024: 2亿元（交通运输、仓储和邮政业，…）、1亿元…).
_NOTED_JOIN = lazy(r"[（(][^（）()\n]{2,60}[）)](?:[、和或及]|或者)")
#: A note right after a run, read past by the kind rules (…5000万元（居民服务、…）及以上的企业).
_VALUE_NOTE = lazy(r"^[（(][^（）()\n]{2,60}[）)](?=及以上|以上|以下|及以下|的)")

#: What joins the figures of one list: 200万元、300万元和500万元.
_LIST_JOIN = lazy(r"[、和或及]|或者")
#: What joins the two ends of a range, each with its unit: 3万元-5万元, 5万元至10万元.
# 5000万元（含）—1亿元; a tier's bound before it, a line's end after it (1000万元及以上至 5000万元, 柳河 2023)
_RANGE_JOIN = lazy(r"(?:（含）|\(含\)|(?:及|（含）|\(含\))?以上)?[ ]?(?:[-－—–~～]{1,2}|至|到)[ ]?")
#: What joins the two ends of a bracket: 15万元以上的，50万元以下的.
_BRACKET_JOIN = lazy(r"(?:（含）)?以上(?:的)?[，,]?")  # 15万元以上的，50万元以下的; 1万元以上5万元以下


@record
class MoneyRun:
    """Money figures listed together at ``text[start:end]``."""

    start: int
    end: int
    values_yuan: tuple[int | Decimal, ...]
    per: str | None  # 500元/亩 → 亩

    @property
    def per_unit(self) -> bool:
        return self.per is not None


def money_runs(text: str, start: int = 0, end: int | None = None, index: TextIndex | None = None) -> Iterator[MoneyRun]:
    """Runs of money figures in ``text[start:end]``; ``index`` is the :class:`TextIndex` of ``text``, when the caller has one.

    >>> [r.values_yuan for r in money_runs("分档给予研发单位200万元、300万元、500万元的一次性奖励")]
    [(2000000, 3000000, 5000000)]
    >>> [(r.values_yuan, r.per) for r in money_runs("按500元/亩给予一次性奖励，最高奖励100万元")]
    [((500,), '亩'), ((1000000,), None)]
    >>> [(r.values_yuan, r.per) for r in money_runs("按照每人每月500元的标准发放，每平方米补助200元，每个村50万元")]
    [((500,), '人·月'), ((200,), '平方米'), ((500000,), None)]
    >>> [r.values_yuan for r in money_runs("罚款金额在15万元以上的，50万元以下的；各奖励1-2万元，或3万元-5万元")]
    [(150000, 500000), (10000, 20000), (30000, 50000)]
    >>> [(r.values_yuan, r.per) for r in money_runs("由每人每月719元提高到每人每月不低于791元")]
    [((719,), '人·月'), ((791,), '人·月')]
    >>> [(r.values_yuan, r.per) for r in money_runs("用水、用气分别按0.8元/吨和0.2元/立方米给予补助")]
    [((Decimal('0.8'),), '吨'), ((Decimal('0.2'),), '立方米')]
    """
    end = len(text) if end is None else end
    index = index or TextIndex(text)
    run: list[regex.Match] = []
    pattern = MONEY_SPELLED if SPELLED_MONEY_HINT.search(text, start, end) else MONEY
    for m in pattern.finditer(text, start, end):
        if index.in_name(m.start()):
            continue
        if text[max(0, m.start() - 3) : m.start()].endswith(_INCLUSION_NOTES):
            continue  # 100万元到1000万元（不含1000万元）: how the bound counts, no amount of its own
        # Two rates per different units are two runs (0.8元/吨和0.2元/立方米, 漳州 2022); so are two tiers, each
        # a range (1000万元及以上至5000万元、5000万元以上至1亿元、1亿元以上, 柳河 2023).
        if run and (
            not _joined(text, run[-1], m)
            or m.group("per") != run[-1].group("per")
            or (len(run) >= 2 and _RANGE_JOIN.fullmatch(text, run[-2].end(), run[-1].start()) and not _RANGE_JOIN.fullmatch(text, run[-1].end(), m.start()))
        ):
            yield _per_before(text, _run(run))
            run = []
        run.append(m)
    if run:
        yield _per_before(text, _run(run))


#: What a sum is paid per when the text says it before the sum (每人每月500元, 每平方米200元):
#: a unit of :data:`~gazette_cli.extract.quantities.PER_UNITS` that is no span of time,
#: then perhaps the span (每人每年 → 人·年, as 3000元/人·年 says it), or the span first (每年每项 → 项·年).
_PER_BEFORE = lazy(
    rf"每[ ]?(?:(?P<time0>年|月)[ ]?每[ ]?)?(?P<per>{_longest_first(u for u in PER_UNITS if u not in ('年', '月', '天', '日'))})"
    r"(?:[ ]?每?[ ]?(?P<time>年|月))?[ ]?(?:补助|补贴|奖励|给予|发放|按|收取|提高|增加)?[ ]?"  # 每吨收取0.3元, 每人每月提高50元
    r"(?:不低于|不少于|不高于|不超过|最高|最低)?[ ]?\Z"  # 每人每月不低于791元 (潍坊 2021)
)
_PER_REACH = 12  # characters before a sum where _PER_BEFORE may stand


def _per_before(text: str, run: MoneyRun) -> MoneyRun:
    """``run`` with the unit it is paid per when the text names it before the sum."""
    if run.per is not None or "每" not in text[max(0, run.start - _PER_REACH) : run.start]:
        return run
    m = _PER_BEFORE.search(text, max(0, run.start - _PER_REACH), run.start)
    if m is None:
        return run
    time = m.group("time") or m.group("time0")  # 每人每年 and 每年每项 (东阳 2025) alike
    per = m.group("per") + ("·" + time if time else "")
    return MoneyRun(run.start, run.end, run.values_yuan, per)


def _joined(text: str, a: regex.Match, b: regex.Match) -> bool:
    """Whether money figure ``b`` continues the list of ``a``: a list word
    between them, the two ends of a range (``3万元-5万元``, ``5万元至10万元``)
    or of a bracket (``15万元以上的，50万元以下的``, ``处1万元以上5万元以下的罚款``)."""
    between = text[a.end() : b.start()]
    if _LIST_JOIN.fullmatch(between) or _RANGE_JOIN.fullmatch(between):
        return True
    if between[:1] in "（(" and _NOTED_JOIN.fullmatch(between):
        return True  # 2亿元（交通运输、仓储和邮政业）、1亿元（…）: a note on each value of a list
    return _BRACKET_JOIN.fullmatch(between) is not None and text.startswith(_BELOW, b.end())


def _run(ms: list[regex.Match]) -> MoneyRun:
    values: list[int | Decimal] = []
    for m in ms:
        num = m.group("num")
        # a range's first end with its own magnitude (1000万-3000万元, 5000万-1亿元) is counted in it
        first_unit = m.group("mag1") + "元" if num is not None and m.group("mag1") else m.group("unit")
        values.append(yuan(num if num is not None else str(cn_to_int(m.group("cn")) or 0), first_unit))
        if m.group("num2"):
            values.append(yuan(m.group("num2"), m.group("unit")))
    per = next((m.group("per") for m in ms if m.group("per")), None)
    return MoneyRun(start=ms[0].start(), end=ms[-1].end(), values_yuan=tuple(values), per=per)


@record
class _Context:
    """A money run in its clause of a sentence, as the kind rules read it."""

    piece: str  # the clause of the sentence
    after: str  # the clause's text after the run
    sentence: str
    policy: bool  # the sentence is a policy measure (:data:`POLICY_WORDS`)
    run: MoneyRun


#: A policy's condition clause before its money: 对…, 凡…, no grant yet (对…的企业给予50万元的奖励).
_CONDITION_OPENING = lazy(r"^(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,3}[.．、]|[一二三四五六七八九十]{1,3}、)?[ \u3000]*(?:对|凡)")
_GRANT = lazy(r"给予|奖励|补助|补贴|资助|奖补")


#: A bound followed by the items it bounds: 以下的小规模纳税人 (not 以下的罚款, a sum).
_NAMED_ABOVE = lazy(r"(?:及|（含）|\(含\))?以上的(?!罚款|罚金|奖励|补助|补贴|资助|奖金|费用|资金)[\p{Han}]{2}")
_NAMED_AFTER = lazy(r"(?:及|（含）|\(含\))?(?:以下|以内)的(?!罚款|罚金|奖励|补助|补贴|资助|奖金|费用|资金)[\p{Han}]{2}")


def _before_run(c: _Context) -> str:
    """The clause's text before the run."""
    return c.piece[: len(c.piece) - len(c.after) - (c.run.end - c.run.start)]


def _sentence_before_run(c: _Context) -> str:
    """The sentence's text before the run, its earlier clauses too (投资：500万元: the label is a clause of its own)."""
    at = c.sentence.find(c.piece)
    return (c.sentence[:at] if at >= 0 else "") + _before_run(c)


def _granted_before(c: _Context) -> bool:
    """Does a grant stand before the run in its clause (给予五万元以上的奖金: a reward of at least that)?"""
    return _GRANT_VERB.search(_before_run(c)) is not None


#: What imposes a penalty right before its sum (处一万元…, 并处…, 可处…).
_IMPOSED = ("处", "处以", "并处")


#: What a sum that items reach follows (网上零售额达到1000万-3000万元, 营业收入首次突破10亿元); not a
#: bound that caps it (不得超过一千元, 不超过3万元).
_REACHED_BEFORE = lazy(r"(?<![不未得])(?:达到|达|超过|突破)[ ]?$")
#: What opens the clause of a step a grant grows by (每增加…50万元, 每新增…, 每超过…).
_STEP_OPENING = lazy(r"^[ ]?每(?:增加|新增|超过|多)")
#: A verb that grants (补贴 and 奖励 name the money too: 财政资金补贴达到50万元以上得5分 is a condition).
_GRANT_VERB = lazy(r"给予|发给|发放|奖给")


def _in_condition(c: _Context) -> bool:
    """Does the run stand in the clause's condition (对…的), before any grant?"""
    before = c.piece[: len(c.piece) - len(c.after)]
    return _CONDITION_OPENING.match(c.piece) is not None and _GRANT.search(before) is None


#: What a money run is, tried in order: the first rule that holds names its
#: kind; a run no rule names is no policy amount (a plan's money target,
#: ``融资登记金额累计超100亿元``, stays a target).
KIND_RULES: tuple[tuple[str, Any], ...] = (
    # a condition of a policy: 投资额达到1000万元以上的，…; 5亿元以上奖励1万元
    ("threshold", lambda c: c.policy and (c.after.rstrip().endswith("的") or c.after.startswith(_ABOVE)) and not _granted_before(c)),
    # 对年主营业务收入首次突破10亿元、50亿元的工业企业，分别给予…: which items the policy is for
    # …; 固定资产投资在100万元到1000万元（不含1000万元）的项目 (大通 2011): a band of items
    ("threshold", lambda c: c.policy and c.after.startswith(("的", "之间的")) and (_in_condition(c) or (len(c.run.values_yuan) == 2 and not _granted_before(c)))),
    # …or, in a clause that grants nothing, a sum items reach, the grant in a later clause (…电商企业当年网上零售额达到
    # 1000万-3000万元,且同比增幅在100%以上,给予8万元…奖励, 沙市 2023), or the step a grant grows by (每增加地方公共财政
    # 预算收入人民币50万元,加奖人民币2万元, 永德 2015)
    ("threshold", lambda c: c.policy and (_REACHED_BEFORE.search(_before_run(c)) is not None or _STEP_OPENING.match(c.piece) is not None)
     and _GRANT.search(c.piece) is None and not _granted_before(c)),
    # 处1万元以上5万元以下罚款, 缺一项罚款十元 (a 1990s market rule): what a breach costs
    ("fine", lambda c: FINE_WORDS.search(c.piece) is not None),
    # 对单位处一万元以上三万元以下，对个人处五百元以上一千元以下的罚款 (定州 2020): 处 imposes what the
    # sentence's last clause names
    ("fine", lambda c: _before_run(c).endswith(_IMPOSED) and FINE_WORDS.search(c.sentence) is not None),
    # 月销售额15万元以下的小规模纳税人 (淮安 2023), 对单户担保金额500万元及以下的小微企业…收取的担保费率原则上不超过1%
    # (国办发〔2019〕6号: the cap after the run is the rate's): which taxpayers or firms, no ceiling of a payment
    ("threshold", lambda c: c.after.startswith(_BELOW) and _NAMED_AFTER.match(c.after) is not None and CAP_WORDS.search(_before_run(c)) is None and not _granted_before(c)),
    # 对单户担保金额500万元以上的小微企业…收取的担保费率原则上不超过1.5% (国办发〔2019〕6号), 年营业收入2000万元以上的
    # 企业: which firms, the bound above
    ("threshold", lambda c: c.after.startswith(_ABOVE) and _NAMED_ABOVE.match(c.after) is not None and CAP_WORDS.search(_before_run(c)) is None and not _granted_before(c)),
    # 最高奖励100万元
    ("cap", lambda c: c.after.startswith(_BELOW) or CAP_WORDS.search(c.piece) is not None),
    # a fund set aside, whatever it will pay for (设立2000万元技术改造奖补专项资金, 某县 2015; 州级财政下达
    # 奖补资金3100万元, 湘西 2023): no grant to anyone in the clause
    ("funding", lambda c: _FUND_ALLOCATED.search(c.piece) is not None and _OWN_FUNDING.search(c.piece) is not None and not _granted_before(c)),
    ("subsidy", lambda c: SUBSIDY_WORDS.search(c.piece) is not None),
    ("reward", lambda c: REWARD_WORDS.search(c.piece) is not None),
    ("fee", lambda c: FEE_WORDS.search(c.piece) is not None),
    ("funding", lambda c: FUNDING_WORDS.search(c.piece) is not None and (c.policy or _OWN_FUNDING.search(c.piece) is not None)),
    # the parts of a fund the sentence set up: 安排58亿元财政资金…，其中，道路基础设施建设10亿元，
    # 环境整治6亿元 (滨江 2023)
    ("funding", lambda c: "其中" in c.sentence and _OWN_FUNDING.search(c.sentence) is not None and _ARRANGED.search(c.sentence) is not None),
    # the sentence says it, not the clause: 其中，保管费每年100元/吨，…轮换价差补贴标准为750元/吨
    ("subsidy", lambda c: SUBSIDY_WORDS.search(c.sentence) is not None),
    ("reward", lambda c: REWARD_WORDS.search(c.sentence) is not None),
    # a charge named right before its sum (遗体接运费310元/具, 其中包括…消毒费20元, 临清 2024; 遗体冷藏费：组合棺每小时
    # 2.5元, 旬邑 2025), in a sentence that pays nothing (土地补偿费1.665万元/亩 is paid out: 黄山 征收 方案); not a fund
    # (经费, 前期费)
    ("fee", lambda c: _NAMED_FEE.search(_before_run(c)) is not None),
    # a fund set up at a size (组建30亿元规模低空产业基金, 杭州 2025; 设立10亿元产业引导基金)
    ("funding", lambda c: _FUND_SET_UP.search(c.piece) is not None),
    # what a project of a fund's plan costs, by its label or as its total (投资:500万元 under each of 泽库 2023's
    # 衔接资金 projects; 该项目总投资450万元, 船山 2022 以工代赈; 项目计划总投资398.98万元, 昌宁 以工代赈)
    ("funding", lambda c: _PROJECT_COST.search(_sentence_before_run(c)) is not None),
    # a rate, unless a plan reaches a figure per head (全员劳动生产率达到28万元/人, 浙江 2023: a target);
    # a standard paid 每人每月 or per month stays one (低保标准由每人每月719元提高到…, 自理标准由191元/月提高到210元/月)
    ("rate", lambda c: c.run.per_unit and (c.run.per != "人" or c.policy or "每" in c.piece or _REACHES.search(c.piece) is None)),
)

#: A charge's name right before its sum, perhaps with what it is charged on (遗体冷藏费：组合棺每小时).
_NAMED_FEE = lazy(r"(?<!经|前期|补偿|补助|补贴|奖励|安置)费[ ]?(?:[：:][ ]?[\p{Han}]{0,6}?(?:每[\p{Han}]{1,3})?)?[ ]?$")

#: Setting a fund aside or handing it down.
_FUND_ALLOCATED = lazy(r"设立|下达|安排|统筹|拨付|筹集")
#: A project's cost right before a sum: its total (项目总投资为, 项目计划总投资) or a label (投资：).
_PROJECT_COST = lazy(r"(?:项目(?:计划)?总投资(?:为|约)?|(?:^|[\n \u3000])投资[：:])[ \u3000]*$")
#: Setting up a fund: the verb, then the fund within the clause.
_FUND_SET_UP = lazy(r"(?:设立|组建|成立|发起设立)[^，,；;。]{0,16}?基金")
#: The verbs by which a plan reaches a figure.
_REACHES = lazy(r"达到|提高到|提升到|增长到|突破|超过")


def money_kind(piece: str, sentence: str, run: MoneyRun, after: str = "") -> str | None:
    """The kind of a money run from its clause of the sentence (``after``: the
    clause's text after the run); None when the text does not say.

    >>> money_kind("同一年度每家单位累计最高可获得奖励2000万元", "", MoneyRun(0, 0, (1,), None))
    'cap'
    >>> money_kind("知识产权质押融资登记金额累计超100亿元", "知识产权质押融资登记金额累计超100亿元", MoneyRun(0, 0, (1,), None)) is None
    True
    """
    return _kind(_Context(piece, after, sentence, POLICY_WORDS.search(sentence) is not None, run))


def _kind(c: _Context) -> str | None:
    for kind, rule in KIND_RULES:
        if rule(c):
            return kind
    return None


def amounts_in(index: TextIndex, fees: bool = False) -> Iterator[tuple[MoneyRun, str, tuple[int, int]]]:
    """The amounts of one scope's text: each run, its kind and its clause of the sentence.
    In a clause that lists charges (``fees``), a sum that names no other purpose is a fee."""
    text = index.text
    if "元" not in text:
        # A cheap substring test first: every yuan unit ends in 元, and most texts have none.
        return
    policy: dict[int, bool] = {}  # by sentence start: a sentence can hold many runs
    pieces = index.pieces
    carried: tuple[int, str] | None = None  # the clause and the unit of a standard's old value, right before
    # One scan of the whole text, not one per clause of a sentence: a money
    # figure holds no stop (:data:`~gazette_cli.extract.quantities.PIECE_END`),
    # so each run starts in one clause, and they come in order.
    for run in money_runs(text, 0, None, index):
        ss, se = index.sentence_bounds(run.start)
        if ss not in policy:
            policy[ss] = POLICY_WORDS.search(text, ss, se) is not None
        ps, pe = pieces[index.piece_of(run.start)]
        if run.end > pe:  # a bracket run spans two clauses: 15万元以上的，50万元以下的
            pe = pieces[index.piece_of(run.end - 1)][1]
        after = text[run.end : pe]
        if carried is not None and carried[0] == ps and run.per is None:
            # the new value of a standard printed without the unit of the old one before it (由每人每月580元提高到
            # 610元, 在原每人每月55元的基础上增加15元): its unit, and an amount as the old one is
            run = MoneyRun(run.start, run.end, run.values_yuan, carried[1])
        carried = None
        if run.per is not None and ((_CHANGED_FROM.search(before := text[ps : run.start]) is not None and _CHANGED_TO.match(after) is not None) or (before.endswith(_OLD_BASE) and after.startswith("的基础上"))):
            carried = (ps, run.per)
        if after[:1] in "（(":
            # 1000万元（不含1000万元）的项目, 5000万元（居民服务、…）及以上的企业: read past the note
            after = _INCLUSION_NOTE.sub("", after) if after.startswith(_INCLUSION_NOTES) else _VALUE_NOTE.sub("", after)
        context = _Context(text[ps:pe], after, text[ss:se], policy[ss], run)
        kind = _kind(context)
        if fees and kind in (None, "rate"):
            kind = "fee"  # 卧碑单墓穴5500元/个, 1、700元/具 under 一、公益性公墓收费标准: a charge, not a rate
        if kind is not None:
            yield run, kind, (ps, pe)


#: The old value of a standard a clause changes: 由 (or 从) before it, perhaps with its unit and a bound (由每人每月580元,
#: 由目前的每人每月不低于935元), and the change after it (提高到610元, 调整为每人每月450元).
_CHANGED_FROM = lazy(rf"(?:由|从)[ ]?(?:目前的?|现行的?|原来的?|原)?[ ]?(?:{PER_PERSON.pattern}|每人)?[ ]?(?:不低于|不少于)?[ ]?$")
_CHANGED_TO = lazy(r"^[ ]?(?:提高|调整|增加|上调|提升|调增|增长)(?:到|为|至)")
#: …or the base an increase is added to (在原每人每月55元的基础上增加15元).
_OLD_BASE = ("原", "原每人每月", "原每人每年", "原标准")

#: A table of fees (收费标准): its figures are yuan without the word 元.
FEE_TABLE = lazy(r"收费标准|收费项目|计费单位|收费金额")
#: A cell of such a table that holds a fee or a range of fees: 0.80-1.50, 140-300.
_FEE_CELL = lazy(r"(?P<num>[0-9]{1,9}(?:\.[0-9]{1,6})?)(?:[ ]?[-—–~～至][ ]?(?P<num2>[0-9]{1,9}(?:\.[0-9]{1,6})?))?")


def fee_cells(index: TextIndex) -> Iterator[tuple[MoneyRun, str, tuple[int, int]]]:
    """The fees of a table of fees, one per figure cell, in yuan as printed
    (the unit is the table's: 元/平方米, 元/天·平方米)."""
    text = index.text
    if FEE_TABLE.search(text) is None:
        return
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        cell = line.strip()
        m = _FEE_CELL.fullmatch(cell)
        if m:
            at = start + line.index(cell)
            values = tuple(yuan(v) for v in m.group("num", "num2") if v)
            yield MoneyRun(at, at + len(cell), values, None), "fee", (at, at + len(cell))
        start = end + 1


#: A table's column of money, its unit in its header (年度投资金额（万元）, 洋县 2024 十大民生实事项目清单): each row's
#: figure in it is so much yuan, of the kind its words say.  Not a deposit (竞买保证金（万元）, a land sale's table):
#: no policy's money.
_MONEY_COLUMN = lazy(r"(?P<what>投资|资金|投入|补助|补贴|奖补|奖励|预算)[\p{Han}]{0,6}[（(](?P<unit>万元|亿元|元)[）)]$")
_COLUMN_KINDS = (("补助", "subsidy"), ("补贴", "subsidy"), ("奖", "reward"))
_FIGURE_CELL = lazy(r"[0-9]{1,9}(?:\.[0-9]{1,6})?")


def column_amounts(notice: Notice) -> Iterator[Amount]:
    """The figures of each table's money columns (:data:`_MONEY_COLUMN`), one
    amount per row, its path the row's 序号 under the table's."""
    for table in notice.tables:
        header = [unspaced(c) for c in table.header]
        columns = [(i, m) for i, cell in enumerate(header) if (m := _MONEY_COLUMN.search(cell)) is not None]
        if not columns:
            continue
        serial = next((i for i, cell in enumerate(header) if cell in SERIAL_COLUMNS), None)
        for row in table.rows:
            cells = row.cells
            if len(cells) == 1:
                continue  # a group row
            own = cells[serial].strip() if serial is not None and serial < len(cells) else ""
            path = "/".join(p for p in (table.path, own) if p) or None
            for i, m in columns:
                cell = cells[i].strip() if i < len(cells) else ""
                if _FIGURE_CELL.fullmatch(cell):
                    kind = next((k for word, k in _COLUMN_KINDS if word in m.group("what")), "funding")
                    yield Amount(path=path, text=row.text, values_yuan=(yuan(cell, m.group("unit")),), kind=kind, span=row.span)


@record
class ScopeAmounts:
    """One scope of a notice, the index of its text and the amounts in it.

    The target extractor reads the same scopes and skips these amounts; one
    reading serves both (see :func:`gazette_cli.extract.extract_all`)."""

    scope: Scope
    index: TextIndex
    found: tuple[tuple[MoneyRun, str, tuple[int, int]], ...]

    def claimed(self) -> list[tuple[int, int]]:
        """Character ranges of the text reported as amounts (targets skip them), sorted."""
        return [(run.start, run.end) for run, _kind, _piece in self.found]


#: A clause whose title says it lists charges (一、公益性公墓收费标准, 旬邑 2025; …具体内容及收费标准如下：, 临清 2024).
_FEE_SCHEDULE = lazy(r"收费标准|收费项目")


def _fee_paths(notice: Notice) -> tuple[str, ...]:
    """The paths of the clauses that list charges: a sum under them that names no other purpose is a fee."""
    if not notice.title or "收费" not in notice.title:
        return ()  # a cheap test first: the schedules read so far are of notices on charges
    return tuple(c.path + "/" for c in notice.walk() if _FEE_SCHEDULE.search(c.title))


def read_scopes(notice: Notice) -> tuple[ScopeAmounts, ...]:
    """Every scope of the notice (:func:`~gazette_cli.extract.scopes.scopes`) with its amounts."""
    out = []
    fee_paths = _fee_paths(notice)
    for scope in scopes(notice):
        index = TextIndex(scope.passage.text)
        found = tuple(amounts_in(index, bool(fee_paths and scope.path and (scope.path + "/").startswith(fee_paths))))
        if scope.table:
            found += tuple(fee_cells(index))
        out.append(ScopeAmounts(scope, index, found))
    return tuple(out)


def extract(notice: Notice, read: tuple[ScopeAmounts, ...] | None = None) -> tuple[Amount, ...]:
    """Every policy amount of the notice, in document order; ``read`` is :func:`read_scopes` of it, when known."""
    out: list[Amount] = []
    for scoped in read_scopes(notice) if read is None else read:
        passage = scoped.scope.passage
        for run, kind, (ps, pe) in scoped.found:
            out.append(
                Amount(
                    path=scoped.scope.path,
                    text=passage.text[ps:pe],
                    values_yuan=run.values_yuan,
                    kind=kind,
                    span=passage.span_of(ps, pe),
                    per=run.per,
                )
            )
    out.extend(column_amounts(notice))
    return tuple(out)
