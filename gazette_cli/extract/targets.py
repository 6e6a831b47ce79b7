"""Numeric targets (目标指标): quantities a plan commits to reach or keep.

Input: a :class:`~gazette_cli.model.Notice`.  Output: :class:`Target` items,
first those stated in the text (preamble and every clause's own text, in
document order), then one per indicator-table row (see
:mod:`gazette_cli.extract.indicators`).  Guaranteed for text targets: ``text`` is the
clause of the sentence that states the target (with a bare deadline clause
before it, ``到2025年，…``), it is the passage text at ``span``, and the
quantity is in it.

A quantity (a number with a unit, :mod:`gazette_cli.extract.quantities`) is a target
when its clause of the sentence commits to it — a comparator word
(``达到``, ``不低于``, ``以上``…), an action verb (``开展``, ``建成``,
``培育``…) or a yearly rate (``每年``) — and is none of the look-alikes below.
A figure that an index or a coefficient is committed to, printed with no unit
(``制造业质量竞争力指数达到86``, :data:`INDEX_VALUE`), is read as a quantity
with none and passes the same tests.  The look-alikes:

* history: review sections are never read (:mod:`gazette_cli.extract.scopes`), and a
  figure after ``同比``, ``截至``, ``已达``… in its sentence is a past one;
* a name: digits inside 《》 or “” (``《健康素养66条》``, ``“96333”``) or glued
  to a word that is no unit (``330工程``, ``世界500强``, ``12345热线``);
* a count of the plan's own parts (``实施5项提升行动``, ``稳步推进4项重点工程``);
  a project's description (``总建筑面积约23万平方米``, ``拟建设…等8个专业技术中心``)
  is not a commitment either;
* a policy measure: a clause that grants money or sets a condition for it
  (``对…的``, ``给予…奖励``) belongs to :mod:`gazette_cli.extract.amounts`, and money
  reported there is never reported again here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import chain
from typing import TYPE_CHECKING, Any

from . import amounts, indicators
from ..model import Notice, Target, TargetKind
from ..text.lazy import MULTILINE, VERBOSE, lazy
from ..text.numerals import cn_to_int
from .quantities import QUANTITY, SPELLED_HINT, TIME_UNITS, Quantity, SortedSpans, TextIndex, built_one, open_bracket, read_quantity, spelled_quantities
from .scopes import DEADLINE, FIVE_YEAR_PLANS, GOALS_TITLE, LIST_OF_CASES, PLAN_NAME, Scope, deadline_year, heading_year, is_review

if TYPE_CHECKING:
    import regex

# --- vocabularies ----------------------------------------------------------------

#: Comparator words, and the comparator each one states.  A word can stand a few
#: characters before its number (``不低于城镇常住人口10天``), with no number between.
COMPARATOR_WORDS: dict[str, str] = {
    "不低于": ">=",
    "不少于": ">=",
    "不小于": ">=",
    "不得低于": ">=",
    "不得少于": ">=",
    "至少": ">=",
    "最少": ">=",
    "不超过": "<=",
    "不高于": "<=",
    "不多于": "<=",
    "不大于": "<=",
    "不得超过": "<=",
    "不得高于": "<=",
    "不得多于": "<=",
    "最多": "<=",
    "最长": "<=",
    "最迟": "<=",
    "控制在": "<=",
    "超过": ">",
    "高于": ">",
    "多于": ">",
    "大于": ">",
    "低于": "<",
    "少于": "<",
    "小于": "<",
    "提高到": "=",
    "提升到": "=",
    "提高至": "=",
    "提升至": "=",
    "增加到": "=",
    "增加至": "=",
    "增长到": "=",
    "下降到": "=",
    "下降至": "=",
    "缩小到": "=",  # 差距缩小到1.2:1 (长三角一体化发展规划纲要, 2019)
    "缩小至": "=",
    "降低到": "=",
    "降低至": "=",
    "降至": "=",
    "减至": "=",
    "压缩至": "=",
    "压缩到": "=",
    "缩短至": "=",
    "缩短到": "=",
    "缩减至": "=",
    "缩减到": "=",
    "减少到": "=",
    "减少至": "=",
    "保持在": "=",
    "稳定在": "=",
    "维持在": "=",
    "达到": "=",
    "突破": ">",  # 高新技术企业数量突破3000家
    "冲刺": "=",  # 2025年突破4000亿元、2028年冲刺5000亿元 (扬州 2024): the figure a later year aims at
    "增至": "=",
    "保持": "=",
}

#: The words that name a figure printed with no unit: an index or a coefficient
#: (``制造业质量竞争力指数达到86``, ``农田灌溉水有效利用系数提高到0.55以上``).  Other
#: dimensionless figures (率, 比重, 占比) are printed with ``%``; a word joins this
#: table only with examples from two documents that print it bare.
INDEX_NOUNS: tuple[str, ...] = ("指数", "系数")

#: The comparators that commit an index to a value.  Not ``为`` (``2022年居民消费
#: 价格指数为102.1`` states a past figure) nor a bare comparison (``指数高于100的
#: 城市`` says which cities, it commits to nothing).
INDEX_COMPARATORS: tuple[str, ...] = (
    "控制在",
    "保持在",
    "稳定在",
    "维持在",
    "达到",
    "达",  # 健康浙江发展指数达85 (浙卫发〔2023〕10号); after 达到 in the alternation's longest-first order
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "降至",
    "不低于",
    "不高于",
    "不超过",
)

#: One-character words: they state a comparator only right before the number
#: (``达95%``, ``超100亿元``, ``满1年``, ``各3个``); further off they are parts of other words.
ADJACENT_WORDS: dict[str, str] = {
    "达": "=",
    "为": "=",
    "超": ">",
    "逾": ">",
    "满": ">=",
    "各": "=",
    "约": "=",
    # the signs a table or a plan's list prints (人均健康期望寿命≥71岁, 上海 2022 老龄化 plan)
    "≥": ">=",
    "≤": "<=",
}

#: How many characters before a number the patterns anchored there (``\\Z``) read.
_TAIL = 10

#: How far before its number a comparator word can stand…
COMPARATOR_REACH = 12
#: …and before a share of a base that 的 ends (不低于区和镇政府投入资金总额的50%).
_SHARE_REACH = 24

#: Words right after the quantity, and the comparator each one states (they win over a prefix).
SUFFIX_COMPARATORS: dict[str, str] = {
    "以上": ">=",
    "以下": "<=",
    "以内": "<=",
    "之内": "<=",
    "内": "<=",
    "左右": "=",
}

#: 余/多 inside the quantity (``300余人次``): more than.
APPROX_COMPARATOR = ">"

#: Prohibitions: ``禁止使用厚度低于0.01毫米的地膜`` requires at least 0.01 mm.
#: (…and what a rule or a standard says should not be: 图纸规格不宜小于110厘米, 上海's 规划公示规定; 不应, 不可, 不能)
NEGATION = lazy(r"禁止|严禁|不得|不准|不允许|不应|不宜|不可|不能")
_NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}
_NEGATABLE = frozenset({"低于", "少于", "小于", "超过", "高于", "多于", "大于"})

#: The verbs of the projects a plan pushes on with (抓好600个省级重点产业项目, a province's 意见; 加快推进300个省级
#: 重大项目, 辽宁 2025; 推进全区183个新建、续建项目, a district's 2023 plan).  A count of the plan's own parts (抓好八个
#: 方面的工作) and a project's capacity (抓好80万吨乙烯改扩建项目) are none (see EXCLUSIONS), and nor is the sum
#: that says which projects (推进10亿元以上重大项目建设).
_PUSH_VERBS = ("推进", "抓好", "推动")

#: Action verbs that commit to a count (``建成健康教育基地16个``).  Longest first.
ACTION_VERBS: tuple[str, ...] = (
    "培育建设",
    "培育形成",
    "开展",
    "培训",
    "培育",
    "培养",
    "建成",
    "建设",
    "新建",
    "建立",
    "实施",
    "举办",
    "召开",
    "引进",
    "创建",
    "打造",
    "形成",
    "完成",
    "认定",
    "组建",
    "推广",
    "实现",
    "新增",
    "设立",
    "制定",
    "修订",
    "发布",
    "遴选",
    "选择",
    "扶持",
    "吸引",
    "带动",
    "接待",  # 接待游客5000万人次
    "开工",  # 新开工亿元以上产业项目100个, 计划开工项目207个
    "竣工",
    "投产",
    "新开通",  # 新开通5G基站15万个 (山东 数字经济): an increment, as 新增 is
    "开通",  # 开通城乡客货邮融合线路26条 (杭州 2025)
    # renewal and repair (江苏 2024 设备更新: 累计更新…老旧住宅电梯4.5万台, 更新提升…4500个大气站点;
    # 改造老旧小区, 整治黑臭水体, 续建项目 in plans and 工作要点)
    "更新",
    "改造",
    "整治",
    "续建",
    # works of a 民生实事 list (涉县 2025: 硬化道路10万平方米, 铺设雨水管网345米; 甘谷 2020:
    # 硬化村内巷道37.5万平方米; 泉州 2021: 新改扩建20所公办幼儿园).  Not 维修, which opens nouns as
    # often (维修资金); 安装 commits what it puts in (below).
    "新改扩建",
    "改扩建",
    "硬化",
    "铺设",
    # what a 民生实事 list provides and equips (昆明 2023 惠民实事: 提供有效就业岗位14万个; a county's
    # 十件实事: 免费提供7种基础药物, 配置自动体外除颤仪(AED)15台) and the places it adds (a county's
    # 2023 重点工作: 扩充公办幼儿园学位至1800个)
    "提供",
    "配置",
    "扩充",
    # a province's 实事 (山西 2006: 解决6万户困难居民的住房, 移民搬迁5万人, 修建水泥(油)路1万公里; 杞县 2022:
    # 修建“最美农村路”13公里)
    "解决",
    "搬迁",
    "修建",
    # what a 实事 list opens and rebuilds (开设40个小学生爱心暑托班办班点, a 2023 实事 list, 海州 2025 and 崇明 2025;
    # 改建中小学厕所15所, a 2019 实事 list; 改建认知障碍照护床位220张, 崇明 2025)
    "开设",
    "改建",
    # what a plan gets recognised (其中创成3个3A级景区村, 庆元 2018; 创成省、市优质园2所, 海州 2025)
    "创成",
    *_PUSH_VERBS,
    # bus routes a plan opens and reshapes, and the places it sets up (杭州 2011 办实事: 新辟公交线路10条; 宁波 2014
    # 实事: 新辟公交线路10条,优化调整20条; 武清 2019: 优化调整公交线路3条; 上海 2014 实事: 新设40个社区老年人助餐点)
    "新辟",
    "优化调整",
    "新设",
    # those a plan helps and the land it brings back into use (长清区 2014 实事: 帮扶7200名农村贫困人口人均增收
    # 1100元; a 海南 county's 2024 report: 精准帮扶544户监测对象; 台州's 十三五 补短板 goals: 盘活土地3万亩)
    "帮扶",
    "盘活",
    # what a 实事 list puts in (崇明 2025: 为义务教育学校普通教室安装200台空调; a county's 2023 实事 table:
    # 新安装空调970台、新风系统485套)
    "安装",
    # the roads a city's year opens and the spots it clears (重庆 2026 政府工作报告: 打通未贯通道路40条, 治理中心城区
    # 交通堵乱点60处; 北京 2026: 打通50条断头路, 精细化治理…背街小巷)
    "打通",
    "治理",
    # what a plan sets up where (宝山 2019 生活垃圾 实施方案: 设置干湿垃圾储存点1处; 北京 2026: 在3000个小区设置智能回收机)
    "设置",
    # the jobs a plan creates (宁夏 2026 政府工作报告: 开发城镇公益性岗位5000个; a county's report: 新开发公益性岗位232个);
    # not a development zone or its firms (开发区, 开发商: see _VERB_AS_NOUN)
    "开发",
)

#: Words right before a number that say what kind of figure it is (see
#: :class:`~gazette_cli.model.TargetKind`); a decrease is reported with a minus sign.
_GROWTH_VERBS = "增长|增速|增幅|涨幅"
_DECREASE_VERBS = "下降|降低|减少|压减|缩短|压缩"
_RAISE_VERBS = "提高|提升|增加|上升"
KIND_WORDS: tuple[tuple[str, regex.Pattern], ...] = (
    # …年均增长保持在6.5%以上 (十三五 纲要): a growth rate held, not a level;
    # …价格涨幅控制在3%以内 (丽水 2023 责任分解 8.; 荆州 2009 分解落实 7、; a county's 2023 report): a growth rate capped
    ("growth", lazy(rf"(?:{_GROWTH_VERBS})(?:率)?(?:达到|达|为|保持在|稳定在|控制在)?[ ]?\Z")),
    ("decrease", lazy(rf"(?:{_DECREASE_VERBS})(?:率)?[ ]?\Z")),
    ("change", lazy(rf"(?:{_RAISE_VERBS})[ ]?\Z")),
)
#: The same, as one pattern whose group names the kind (one search a number).
_KIND = lazy("|".join(f"(?P<{kind}>{words.pattern})" for kind, words in KIND_WORDS))

#: ``翻一番`` (double), ``翻两番`` (quadruple): a multiple with no digit.
DOUBLING = lazy(r"翻(?P<times>一|两|二)?番")
_DOUBLINGS = {"一": 2, None: 2, "两": 4, "二": 4}

#: A yearly rate.
PERIOD = lazy(r"平均每年|年平均|每年度|每年|年均")

#: A frequency: how often something is done (``每4年轮换一次``, ``每季度``).
FREQUENCY = lazy(r"每[0-9一二两三四五六七八九十]{0,2}[ ]?个?(?:年|月|季度|半年|周|天|日)")

#: A commitment the text only hopes for.
HEDGE = lazy(r"力争|争取")

#: :data:`PERIOD` opening its sentence, after a deadline or a hedge (力争到2025年，每年…).
_OPENING_HEDGE = rf"(?:{HEDGE.pattern}|确保)?"
OPENING_PERIOD = lazy(rf"[ ]?(?:{_OPENING_HEDGE}(?:到|至)?[ ]?20[0-9]{{2}}[ ]?年(?:底|末)?(?:前)?[，,]?)?{_OPENING_HEDGE}(?:{PERIOD.pattern})")

def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: Clause words that mark a past figure, not a commitment (``不同比例`` is no 同比).
HISTORY_WORDS = lazy(
    r"(?:上年|去年)同期|截至|截止|已达|已经|已(?:超额)?(?:累计|" + _alternation(ACTION_VERBS) + r")(?!\p{Han}{0,6}的)|"
    r"(?:增长|提高|下降|增加|减少|新增|完成|达到|实现|建成|打造|创建|培育|建设|实施|开展|举办|引进)了"
    r"|预计(?![到至将]|[ ]?(?:在[ ]?)?20[0-9]{2}[ ]?年)"  # an estimate of a period under way (增长率均预计在20%左右), not a forecast to a year
)

#: The words of :data:`HISTORY_WORDS` that date their whole sentence, past its semicolons.
_DATING_WORDS = ("截至", "截止")

#: What opens a sentence about the past or the present, without a heading of review above
#: it: 过去五年，…; 五年来; 目前，…; 现有…共7人 (普陀 2021 居委会 情况报告); 我市共有…80家，其中… (潞城 2015 火灾 预案's
#: state of things); 据统计，…; 预计全年… (a report's estimate of the year it
#: closes; not 预计到2025年, a forecast); 初步统计，去年全省地区生产总值48810亿元、增长8.0% (福建 2022 政府工作报告, a news
#: report of it), 去年，… (the year before a report's).  A deadline later in the sentence ends its reach, and so does
#: the year it looks to (…，今年全省地区生产总值预期增长6.5%).
HISTORY_OPENING = lazy(
    r"[ ]?(?:过去(?:的)?(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,2})年|(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,2})年来|近年来"
    r"|目前|当前|现有|[我全本]?(?:市|县|区|省|镇|乡|州|旗)?共有|据统计|据?初步统计|据[\p{Han}]{2,8}?(?:统计|数据|监测)|预计(?![到至在将]|[ ]?20[0-9]{2}[ ]?年)|去年(?!同期))"
)
#: The year a sentence about the past turns to: the figures after it are its goals (…增长8.0%，今年…预期增长6.5%).
_THIS_YEAR = lazy(r"今年|明年|本年度")

#: After a bound (``10亿元以上``): a name, then the figure that counts what it names (``项目10个``), perhaps
#: after a note on the bound (8座以下小型车（含8座）10元, 运城 2018 停车场 收费).
BOUND_IN_NAME = lazy(r"\p{Han}[^，,、；;。：:（）()0-9]{0,12}?(?:[（(][^（）()]{1,12}[）)])?(?:[0-9]|[一二两三四五六七八九十百千]{1,4}[个家项所件座])")

#: Clause words of a policy measure (its numbers are conditions and grants); not 补贴性, a kind of
#: training (开展补贴性职业培训2975人次, 安化 2023; 国办发〔2019〕24号: 开展各类补贴性职业技能培训5000万人次以上).
#: 给予 grants too, its rate among its figures (按照其实际投入一次性给予10%，最高60万元补助, 余政办发〔2021〕79号;
#: 按最高不超过项目总投资的50%给予支持, 深圳 园区 支持计划).  A clause that opens with a cap (最高不超过20%, 余杭
#: 68条: after 追加补助5个百分点) caps a grant only in a sentence with a policy's words, as 对 opens one's clause.
POLICY_CLAUSE = lazy(r"^(?:其中)?对(?!(?:全\p{Han}{1,3})?[ ]?[0-9.]+万?(?:户|个|所|座|处|家|条|名)(?!以上|以下|及以上))|^[ ]?最[高多](?=不超过|不高于|[0-9])|奖励|奖补|补贴(?!性)|补助|资助|给予")
#: The words of :data:`POLICY_CLAUSE` that make a clause a policy's only in a sentence with a policy's words.
_POLICY_IF_SENTENCE = ("对", "最高", "最多")

#: A sentence of a policy measure (:data:`gazette_cli.extract.amounts.POLICY_WORDS`).
POLICY_SENTENCE = amounts.POLICY_WORDS

#: Two deadlines a sentence pairs with the two values of its 分别 series: 到2023年底和2030年，…分别不低于24%和30%
#: (鲅鱼圈 2023 健康行动), 到2022年和2030年，…分别不低于22%和30% (国发〔2019〕13号, which every province's 健康行动 follows).
_PAIRED_YEARS = lazy(r"(?:到|至)[ ]?20[0-9]{2}[ ]?年(?:年?底|末)?[和及与、][ ]?(?P<y2>20[0-9]{2})[ ]?年(?:年?底|末)?[，,]")

#: A share of a base by which a sum is paid: 按照…投资额的, 按不超过…研发投入的.
_SHARE_OF_BASE = lazy(r"按(?:照)?[^，,。；;：:]{1,40}的[ ]?$")

#: 每 and what is done to each item, right before its count (每培育或引进1家; not 每个, 每年: a count per place or period).
_EACH_DONE = lazy(r"每(?![个年月季周日天次])[\p{Han}]{1,10}$")

#: A sum paid per person and period (:data:`gazette_cli.extract.amounts.PER_PERSON`).
_PER_PERSON = amounts.PER_PERSON

#: A sentence about a penalty: its fines are amounts and its terms are sanctions.
PENALTY = lazy(r"罚款|没收|吊销|拘留|有期徒刑")

#: A count of the plan's own parts: what follows the quantity up to the end of the clause.  Not the
#: places whose tasks it counts, named before 的 (完成6个镇街的整治任务, 实施14个村的农村饮水安全工程).
PLAN_PARTS = lazy(r"(?:(?!的)\p{Han}){0,8}(?:行动|工程|任务|举措|措施|方面|部分|原则|重点|领域|环节|条措施|实事|实事项目|工作|意见|主要指标)")
#: The words before a count of the document's own tasks (《方案》确定的146项工作任务).
_OWN_TASKS_BEFORE = ("确定的", "明确的", "提出的", "列出的")
#: Units of a plant's capacity, which a project's name may hold (抓好80万吨乙烯改扩建项目; 推进平煤神马25万吨己二酸…等项目建设).
_CAPACITY_UNITS = ("吨", "千瓦", "千伏安", "立方米", "标准箱")
#: The rest of a clause that names a project after the figure, and nothing after it.
_PROJECT_AFTER = lazy(r"[^，,；;。：:]{0,60}?(?:项目|工程)(?:建设)?[ ]?$")

#: A scoring rule of an evaluation table (``15万平方米以上得5分``).
SCORING = lazy(r"[得加扣减][0-9.]+(?:-[0-9.]+)?分|得基本分")

#: The size of a site stated as a fact (``总用地面积为41.565公顷``, ``总建筑面积约23万平方米``), or a
#: project's named so (龙岩 2013 实事: 实施中小学扩容建设项目6个，总建设面积14000平方米; 建设总面积53000平方米;
#: a county's 2017 项目: 项目占地面积78亩), or with no 面积 (该项目位于我镇东王内村，总投资120万元，占地500余亩, 南漳镇 2023;
#: the sample's 平台…占地130亩, a project as proposed).
AREA_FACT = lazy(r"面积[ ]?(?:为|约)[ ]?\Z|(?:总|建设|建筑|占地|用地)面积[ ]?\Z|占地(?:约)?[ ]?\Z")

#: What follows a count of items that each hold the clause's figure (4个结构性指标均实现…):
#: a name, then 均 (not the 均 of 年均, 人均, 平均).
ALL_OF = lazy(r"^[\p{Han}]{1,10}?(?<![年人平月日户亩])均")

#: A project as proposed (``拟建设…8个专业技术中心``): a description, not a commitment.
PROPOSAL = lazy(r"拟(?!定)")
#: Units of a share, never a count of anything (4.6%以内的目标任务).
_SHARES = frozenset({"%", "‰"})
AREA_UNITS = frozenset({"公顷", "平方米", "平方公里", "平方千米", "亩", "万平方米", "万亩"})

#: What follows a number that defines a situation, not a commitment (``两个以上省…出现``).
EVENT = lazy(r"出现|发生")

#: A sentence that defines a term: its numbers belong to the definition.
DEFINITION = lazy(r"是指|系指|所称")
#: 凡 (凡是, 但凡) opening what a rule applies to: its numbers say who or what
#: (凡…连续三个月以上到…取水的村，为缺水村; 凡年满十八周岁，…都具有选民资格), also
#: right after an article's number (第二条凡…); not inside a word (平凡, 非凡, 凡人) nor a name (朱立凡指出，…, 泰州 2021's
#: report as the news gives it).
SCOPE = lazy(r"(?:(?<!\p{Han})|(?<=条|但))凡(?:是)?(?![人尘间俗])(?=\p{Han})")

#: The sentence-wide words the rules ask about, found in one pass over each
#: sentence (:meth:`_Sentences.words`): a sentence can hold many numbers.
SENTENCE_WORDS: dict[str, regex.Pattern] = {
    "definition": DEFINITION,
    "scope": SCOPE,
    "penalty": PENALTY,
    "scoring": SCORING,
    "hedge": HEDGE,
    "policy": POLICY_SENTENCE,
}
_SENTENCE_WORDS = lazy("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in SENTENCE_WORDS.items()))

#: Words right before a number that make it a span of the past or a reference
#: period (``近三年``, ``前三年内、外资投资额``), or a step of a scale (``每增加1个百分点``).
REFERENCE_SPAN = lazy(r"(?:前|(?<!接)近|过去|以往|每(?:增加|增|减少|减|提高|降低|超过|超出))[ ]?\Z")

#: What follows a figure that a verb after its noun makes reached (…的城市达到…标准, …示范社区全面建成).
_REACHED_VERBS = ("投入使用", "达到", "建成", "实现", "完成", "进入", "纳入", "投用")
_REACHED_VERB = lazy("|".join(_REACHED_VERBS), 0, re)  # a cheap test first (the stdlib engine)
_REACHED_AFTER = lazy(r"(?:的)?(?P<noun>[^，,；;。：0-9]{1,30}?)(?:全面|基本|全部|如期|按期)?(?:" + "|".join(_REACHED_VERBS) + ")")

#: A clause that names an item and nothing else (no verb, no comparator): “两品一标”企业.
_LIST_ITEM = lazy(r"^[ ]?[^，,；;。：0-9]{1,24}$")
#: What opens a list of cases or conditions in running text: :data:`LIST_OF_CASES` and its colon.
CASES_OPENED = lazy(rf"(?:{LIST_OF_CASES.pattern})[^。\n：:]{{0,10}}[：:]")
_CASES_OPENED_MAX = 24  # characters of those words
#: Words that open a list of goals: 主要预期目标是：, 主要目标为：, 发展目标如下：, 主要指标：.
GOALS_INTRO = lazy(r"(?:目标|指标)(?:任务)?(?:是|为|如下)?[：:]")
_GOALS_INTRO_LINE = lazy(GOALS_INTRO.pattern + r"[ \u3000]*$")  # …ending its line
#: A goals list's items: lines of at most this many characters, at most this many of them.
_GOALS_ITEM_MAX = 60
_GOALS_ITEMS = 30
#: What follows a bound that qualifies a noun: 的, perhaps after a note in brackets (（不含6亩）的).
_THEN_DE = lazy(r"(?:[（(][^（）()]{0,12}[）)])?的")
#: A sentence that breaks the figure of the one before down: 其中，南宁市274户，….
_BREAKDOWN = lazy(r"[ ]?其中[，,：:]")
_COLON_SPLIT = lazy(r"[：:]")
#: What may stand between a figure and the 、 before the next item of its series (1.5万家、, 2600个以上、).
_SERIES_GAPS = frozenset({"", "以上", "左右", "以内", "以下"})

#: The rest of a clause that names, after 的, who or what a grant is for (…50%以上的企业，).
_GRANTEE_AFTER = lazy(r"^(?:[（(][^（）()]{0,12}[）)])?的[\p{Han}]{0,8}?(?:企业|项目|单位|机构|主体|个人)[ ]?$")

#: Projects or firms right after a bound (``2亿元以上政府投资项目``).
_ITEMS_AFTER = lazy(r"[\p{Han}]{0,10}?(?:项目|企业|工程)")

#: What closes 以…为…: the figure names whom or what the text is for.
#: What a division governs, the counts of a list after it (辖71个建制村、9个社区).
_GOVERNS = lazy(r"辖有?(?:[ ]?[0-9]+(?:\.[0-9]+)?[^、，,；;。0-9]{0,10}[、，,和及])*[ ]?$")
#: A sentence that opens with what an adjustment leaves (调整后，…; 行政区划调整后，…).
_ADJUSTED = lazy(r"[ ]?[^，,。；;：:]{0,8}调整后[，,]")
#: The term a session's number follows (十届人大, 第十五届人民代表大会第).
_TERM_BEFORE = lazy(r"届[\p{Han}]{0,8}$")
#: A meeting after a session's count, perhaps after the body that holds it (三次会议, 104次区政府常务会议).
_SESSION_AFTER = lazy(r"[ ]?[\p{Han}]{0,8}?(?:会议|全会)")
#: Whom a 实事 is for, opening the clause before its count (为全州, 帮助全市; 对 opens a policy's clause).
_FOR_THE_COUNTED = lazy(r"^[ ]?(?:为|帮助)(?:全[\p{Han}]{1,3})?[ ]?$")
_FOR_WORDS = frozenset("为帮")
#: Where the people a 实事 serves stop and what is done for them starts (…老年人 / 提供免费体检服务).
_SERVED_END = lazy(r"(?:免费|提供|进行|实施|开展|做|发放|办理|落实|建立)")
_COUNTED_UNITS = ("人", "名", "户", "人次", "位")


#: Who acts after a share, and the act a vote or a motion is (…以上的组成人员提议, …的业主同意,
#: …的多数通过); 通过验收 is a test passed, no vote.
_VOTE_AFTER = lazy(r"^[^，,；;。：:]{0,30}?(?:提议|同意|出席|联名|表决|签名|赞成|多数通过)")
#: A clause that opens with what a 实事's works are done on, and its count (对350户生活困难老年人家庭进行适老化改造,
#: 浦江 2021 实事进展; 对300户困难老人家庭进行居家适老化改造, 钟楼 2021 实事分解表; 对全县100个农村路口…进行改造提升).
_WORKED_ON = lazy(r"^[ ]?(?:其中)?对(?:全[\p{Han}]{1,3})?[ ]?$")
#: The works (a check or a visit is none: 对6家…机构进行半年度督导).
_WORKS = lazy(r"改造|提升|整治|修缮|加固|维修")
_WORKED_ON_UNITS = ("户", "个", "所", "座", "处", "家", "条")
#: Where the things worked on stop and what is done to them starts.
_WORKS_START = lazy(r"进行|实施|按照|按")


def _worked_on(before: str, after: str) -> bool:
    """Does the clause open with 对 and the count of what its works are done on?"""
    return before.lstrip()[:1] in "对其" and _WORKED_ON.match(before) is not None and _WORKS.search(after) is not None


def _opens_with_whom(text: str) -> bool:
    """Is ``text`` only whom a 实事 is for (为全区, 帮助)? A character test first: most clauses open otherwise."""
    return text.lstrip()[:1] in _FOR_WORDS and _FOR_THE_COUNTED.match(text) is not None
#: A count right before a figure (230个 in 230个50户以上).
_COUNT_BEFORE = lazy(r"[0-9][ ]?(?:[万亿])?(?:个|家|户|所|座|处|条|项|人|名)[ ]?$")
#: Papers handed in (申请人应当提供营业执照复印件2份): copies a rule asks for, no commitment.
_PAPERS_HANDED = lazy(r"提供|提交|报送|出具", 0, re)
#: A standard a figure states, after 按 (按每千人口配置2张床位的标准设置): how a thing is done.
_BY_STANDARD = lazy(r"(?:按|按照|依照|参照)[^，,；;。]*$", 0, re)
_STANDARD_AFTER = lazy(r"^[^，,；;。]{0,10}?的(?:标准|比例|要求)", 0, re)
_FOR_WHOM = lazy(r"^[^，,；;。]{0,16}?为(?:主要|重点)?(?:对象|重点|主体|单位)")

#: A comparator after a figure in its clause: the figure is no target of its own.
_REACH_AFTER = lazy(r"达到|提高到|提升到|下降到|降至|控制在|保持在|不低于|不高于|超过")

#: A ratio's base: every thousand or ten thousand people (每千人, 每万人口, 每十万人).
_PER_HEAD = lazy(r"每[千万百十]{1,2}(?:名)?(?:人口|人|户|居民)拥有")

#: A count of the document's own items (``（共23项）``), perhaps after the count of
#: its parts (``共四个部分19项内容``, 新型工业化行动方案 2023; ``共5个方面30条``).
ITEM_COUNT = lazy(r"共[ ]?(?:[一二三四五六七八九十两0-9]{1,3}[ ]?个?(?:部分|方面|章|篇|类)[，,、]?[ ]?)?\Z")

#: A count of 实事 after their name: 重点民生实事18件, 民生实事项目为10项.
SHISHI_COUNT = lazy(r"实事(?:项目)?[ ]?(?:为|共|有)?[ ]?\Z")
_ITEM_UNITS = frozenset({"件", "项", "个"})
#: Units of the items a title counts in brackets after it (（7项）, （13项）): tasks and articles, not places (（3个）).
_LISTED_UNITS = frozenset({"项", "条"})
#: Units that count a plan's parts (10项重点任务, 3个方面, 20条措施): not people a task moves (完成10万人搬迁任务)
#: nor the area it clears (完成60万平方米征拆任务).
_PART_UNITS = _ITEM_UNITS | {"条", "批"}
#: The projects a list holds in all, then their breakdown (共安排了6个项目,项目总投资为1259万元,其中:…, 泽库 2023).
_PROJECTS_IN_ALL = lazy(r"共(?:安排|实施|谋划|确定|计划|下达)?了?[0-9]{1,4}个(?:项目|工程)[^。]*?其中")

#: Suffixes that bound a span of time (``30日内``, ``5年以上``); ``左右`` does not.
_TIME_BOUNDS = frozenset({"以上", "以下", "以内", "之内", "内"})

#: What ends the words before a time limit counted from an act: ``之日起``, ``后``.
AFTER_ACT = lazy(r"(?:之日起|之日|起|后)[ ]?(?:在)?[ ]?\Z")

#: Units of a time limit (``30个工作日内``).
DURATION_UNITS = frozenset({"日", "天", "个工作日", "工作日", "个月", "年", "周", "小时", "个小时"})

#: Leading words that are not part of the metric.
_LEAD_FILLER = lazy(
    r"^(?:(?:——|[●■◆◇★☆▲△○•·▪])[ ]?|[0-9]{1,3}[ \t\u3000]+|[一二三四五六七八九十]{1,3}是)?"  # a bullet a report's list keeps (●经济增长6%左右, 湖北 2025), a row's serial (1 地区生产总值增长6.5%左右, 谯城 2025), an item's count (十是组织…, 古交 2023)
    r"(?:力争|确保|努力|争取|全面|持续|逐步|进一步|保持|原则上|一般(?!公共|工业|债务|贸易)|平均每年|年平均|每年度|每年|年均|全年|今年|明年|其中|累计|将|把"
    r"|推动|推进|带动|提出|(?:比上年|较上年|同比)(?:实际)?)*"  # 推动主要农作物…机械化率达94%以上; …、比上年实际增长6%
)
#: Trailing words that are not part of the metric.
#: (…扩充公办幼儿园学位至1800个: the 至 of the verb's reach; 2027年全市经济总量要达到…: a modal)
_TRAIL_FILLER = lazy(
    r"(?:预期值|目标值|累计|分别|均|总数|总量为|比上年实绩|比上年|较上年|一般|原则上|力争|争取|确保|努力|将|继续|更是"
    r"|(?<![主重需必纲只])要|(?<![直甚以截])至|[ ]?(?:到|至)?[ ]?20[0-9]{2}[ ]?年(?:底|末)?(?:要|将)?)+$"
)

#: A modal right before the verb of a change that ends a metric (年均要增长).
_MODAL_BEFORE_VERB = lazy(rf"(?<![主重需必纲只])要(?=(?:{_GROWTH_VERBS}|{_DECREASE_VERBS}|{_RAISE_VERBS})$)")

#: The year a change is counted from, in the clause before the number
#: (``能耗比2015年下降15%``, ``较2020年提高5个百分点``), or opening the sentence
#: (``与2020年相比，…下降13.5%``).  It is no part of the metric's name.
BASELINE_YEAR = lazy(r"(?:比|较)[ ]?(?P<year>(?:19|20)[0-9]{2})[ ]?年(?:底|末)?")
SENTENCE_BASELINE_YEAR = lazy(r"与[ ]?(?P<year>(?:19|20)[0-9]{2})[ ]?年(?:底|末)?相比")
#: A series of values after 分别 (``排放总量分别下降8%、8%、10%以上``): what
#: stands before a later value of it, back to the word that governs them all.
#: ``first`` ends where the first value starts.
#: The values are parted by 、, the last by 和 or 及 as often (``分别下降15%、10%和26%``), a space
#: perhaps after the mark where a text layer left one (分别增长5.2%和 6.5%; 分别增长 7.9%和 8.3%).
SERIES_BEFORE = lazy(r"分别(?P<word>\p{Han}{0,4}?)[ ]?(?P<first>)(?:[0-9][0-9.]*[^、，；。0-9和及]{0,8}?[、和及][ ]?)+$")
_SERIES_SEPARATORS = ("、", "和", "及")
#: The rest of a series after one of its values: no part of the metric.
_SERIES_AFTER = lazy(r"^(?:[、和及][ ]?[0-9][0-9.]*[^、，；。0-9和及]{0,8})+")
#: The figure a change starts from (``由目前平均20个工作日减至8.5个工作日``): the
#: baseline, no part of the metric.
FROM_VALUE = lazy(
    r"(?:由|从)[ ]?(?:(?P<year>(?:19|20)[0-9]{2})[ ]?年(?:底|末)?)?(?:目前|现在|现行|原来|原)?(?:的)?(?:平均)?[ ]?"
    r"(?P<num>[0-9]{1,9}(?:\.[0-9]{1,6})?)[^，；。0-9]{0,8}$"
)
#: The words before a change's starting figure (由目前的, 从, 从2020年的), and after it up to the
#: figure it reaches (增加到, 提高至, 以上达到).
_FROM_BEFORE = lazy(r"(?:由|从)[ ]?(?:(?:19|20)[0-9]{2}[ ]?年(?:底|末)?)?(?:目前|现在|现行|原来|原|当前)?(?:的)?(?:平均)?[ ]?$")
_FROM_LAST = frozenset("由从年底末前在行来原的均 ")
_TO_AFTER = lazy(r"^[^，,；;。0-9]{0,6}?(?:到|至)[ ]?[0-9]")
#: A deadline opening a clause (``2023年6月底前实现…``): no part of the metric.
_LEAD_DEADLINE = lazy(r"^(?:到|至|在|于)?[ ]?20[0-9]{2}[ ]?年(?:[0-9]{1,2}[ ]?月)?(?:年?底|年?末|上半年|下半年)?(?:前|以前)?(?:要|将)?(?:实现|完成|建成)?")
#: The verb of a change at the end of a metric (能耗下降): what the next clause's figure is not.
_CHANGE_VERB_END = lazy(rf"(?:{_DECREASE_VERBS}|{_RAISE_VERBS}|增长)$")
#: The words that make a metric a pace or a share of something (服务业增加值年均增速).
_PACE_END = lazy(r"(?:年均)?(?:增速|增幅|增长率)$")
#: A note in brackets right after a quantity (``0.869吨标准煤（按2005年价格计算）``): never what is counted.
_LEADING_NOTE = lazy(r"^[（(][^（）()]*[）)]")


#: The comparator words, for a search within :data:`COMPARATOR_REACH` characters before a number.
COMPARATOR = lazy(_alternation(COMPARATOR_WORDS))
#: ``作为``, ``成为``, ``认为``, ``视为``: no comparator (完成超230个: 超 is one).
ADJACENT = lazy(rf"(?P<word>(?<![作成认视称])为|{_alternation(w for w in ADJACENT_WORDS if w != '为')})[ ]?\Z")
#: 安装 that opens a noun is no act (安装单位, 安装费: who installs, what it costs), nor 开发 (开发区, 开发商, 开发性).
_VERB_AS_NOUN = r"(?!(?<=安装)(?:单位|企业|公司|工程|费)|(?<=开发)(?:区|商|性|园|者))"
VERB = lazy(f"(?:{_alternation(ACTION_VERBS)}){_VERB_AS_NOUN}")
#: 增加 and the thing it raises, right before the count (增加义务教育学位5000个, 吉水 2023 民生实事): a
#: commitment, as an action verb's object is; not 增加值 (value added, a noun).  Not an action verb:
#: next to its figure (假日增加2天) it names a change, and the metric keeps it.
_RAISED_COUNT = lazy(r"增加(?!值)[\p{Han}]{2,16}$")
_HAN_START = lazy(r"\p{Han}")
_TRAILING_COMPARATOR = lazy(f"(?:{COMPARATOR.pattern})$")
_DIGIT_OR_STOP = _DIGIT = lazy(r"[0-9]", 0, re)  # the standard engine scans a class faster


#: A number with no unit that an index or a coefficient is committed to
#: (``居民消费价格指数控制在103.5以内``): the index word, a hedge, a comparator of
#: :data:`INDEX_COMPARATORS` right before the number, and nothing after it but a
#: bound and the end of the clause, so that ``1号``, ``2025年``, ``86分`` and a
#: code are never read as one (a number with a unit is :data:`QUANTITY`'s).
INDEX_VALUE = lazy(
    rf"""
    (?:{_alternation(INDEX_NOUNS)})
    (?:力争|争取|确保|将)?                             # 基尼系数力争控制在: a hedge between name and verb
    (?:{_alternation(INDEX_COMPARATORS)})
    [ ]?
    (?P<num>[0-9]{{1,9}}(?:\.[0-9]{{1,6}})?)
    (?P<suffix>以上|以下|以内|之内|左右)?
    (?=[，。；、;：:！？（）()\n]|,(?![0-9])|\Z)       # the clause goes on, or ends: no unit, no name
    """,
    VERBOSE,
)

#: A sentence that opens with a bare year (``2020年初步建成300个…``) sets it as its deadline.
LEAD_YEAR = lazy(r"[ ]?(?P<year>20[0-9]{2})[ ]?年(?:[上下]半年)?(?![0-9月度底末以起来开上下内前]|初(?!步))")
#: A year that opens a clause of a sentence and is reached there
#: (``到2010年全国森林覆盖率达到20%以上，2020年达到23%以上``): the deadline of the
#: rest of the sentence, as ``到`` makes one.
CLAUSE_YEAR = lazy(
    r"(?<=[，；,;、])[ ]?(?P<year>20[0-9]{2})[ ]?年(?:底|末)?(?=[ ]?(?:要|将|力争|争取|确保)?[ ]?(?:分别)?"
    r"(?:达到|达|实现|提高|提升|增加|增长|下降|降低|减少|控制|超过|突破|保持|稳定|冲刺))"
)
#: A year a sentence names, not as a baseline (比2020年, 与2020年相比, 在2022年的基础上), the end of a
#: range (2021—2025年), a date of effect (自2023年1月1日起) or a deadline (2020年要达到87%).
_NAMED_YEAR = lazy(r"(?<![比较与同从由在至到于自—–~～-])(?P<year>20[0-9]{2})[ ]?年(?![0-9]|底前|前|的?基础上|相比|同期)(?P<ahead>[ ]?(?:要|将|力争|争取|确保))?")
#: A deadline counted from the document's year (``力争5年内``, ``三年内``); a time
#: limit from an act (``自公布之日起5年内``, ``处罚后2年内``) is none.
RELATIVE_DEADLINE = lazy(
    r"""
    (?<!之日起|起|后|之日起[ ]|前)
    (?:
        (?P<n>[1-9]|10|[一二两三四五六七八九十])[ ]?年(?:内|之内|以内)   # 5年内, 三年之内
      | (?:经过|用)[ ]?(?P<n>[1-9]|10|[一二两三四五六七八九十])[ ]?年(?:左右)?(?:的)?(?:时间|努力)  # 经过5年努力, 用三年左右时间
      | 今年|本年度|全年|(?<![0-9一二两三四五六七八九十个])年内    # the document's own year: 全年城镇新增就业3万人
    )
    """,
    VERBOSE,
)

_RELATIVE_CLAUSE = lazy(rf"(?:力争|争取|计划)?(?:在|用)?(?:{RELATIVE_DEADLINE.pattern})(?:时间)?", VERBOSE)

#: What :meth:`_Sentences.paragraph_opening` gives for a paragraph that opens about a past year.
_PAST = -1
#: …or a paragraph whose first sentence opens a clause with a span of review (过去20年，…;
#: 据…介绍，五年来，…; 报告指出，过去五年，…): its sentences report, up to one that looks ahead
#: (:data:`LOOKING_AHEAD`).
_REVIEW = -2
REVIEW_OPENING = lazy(
    r"(?:^|(?<=[，,]))[ ]?(?:——)?[ ]?(?:据[\p{Han}]{1,12}?(?:介绍|了解)[，,][ ]?)?"
    r"(?:过去(?:的)?(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,2})年|(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,2})年(?:多)?来|近(?:几)?年来)[，,]",
    MULTILINE,
)
LOOKING_AHEAD = lazy(r"将|力争|争取|确保|计划|今后|下一步|目标")
#: The words a sentence opens with when it quotes a plan or a report (《规划》提出，,
#: 省政府工作报告指出，): what comes after them opens the sentence.
_SAID_VERBS = ("提出", "指出", "提到", "明确", "要求", "强调", "说", "表示", "显示")
_SAID_HINTS = (*_SAID_VERBS, "根据《")  # …or what it acts on: 根据《…实施方案》，到2025年，… (福建 2021)
_SAID = lazy(rf"[^\n。，,；;：:]{{1,16}}?(?:{'|'.join(_SAID_VERBS)})[，,：:]|根据《[^》\n]{{1,60}}》[，,]")
#: How far into a sentence its opening year can end (a quoted report's words, a label, 到2025年).
_OPENING_REACH = 36
#: What commits to a year that opens a paragraph with no comma after it (2025年确保…).
_COMMITTING = ("确保", "力争", "争取")
#: Words that link a sentence to the one before it, before its year.
_LINKING = lazy(r"[ ]?(?:其中|同时|此外|另外)[，,]?")

#: The marks a summary sets before its lines (■ 2024年成绩单, ●经济增长6%左右).
_BULLETS = lazy(r"^[ \u3000■□●○◆◇▲△★☆▶►•·]+")
#: A paragraph short and with no stop: a heading (see :meth:`_Sentences.heading`).
_HEADING_PARAGRAPH = lazy(r"(?m)^[^\n。；;，,！？]{2,40}$")
#: A goals title on a line of its own, with or without its stop (发展目标。, 主要目标, 工作目标), or with its
#: stop and its text after it on its line (a clause's title: 发展目标。到2025年，…).
_GOALS_TITLE = lazy(rf"(?m)^{GOALS_TITLE}(?:$|(?<=[。.]))")
#: The deadline the first paragraph of goals sets, where it stands in it (…，奋勇争先，到2025年底，形成…新格局).
_GOALS_DEADLINE = lazy(r"(?:到|至)[ ]?(?P<year>20[0-9]{2})[ ]?年(?![0-9-])")

#: A paragraph that opens with a deadline, after a short label (``具体指标：到2022年，…``).
OPENING_DEADLINE = lazy(r"(?:[^\n。：]{1,12}：)?[ ]?(?:到|至)[ ]?(?P<year>20[0-9]{2})[ ]?年")
#: A five-year plan's period opening a sentence: “十三五”期间，… (a report, in a later plan), “十四五”时期，…
OPENING_PLAN = lazy(rf"[ ]?{PLAN_NAME}(?:期间|时期|以来)")


# --- reading one clause of a sentence ------------------------------------------------


_LIST_SEPARATORS = frozenset("、，,；;")

#: Where the words after a number stop naming what it counts: at the next
#: figure (培育形成2个千亿级产业集群和6个五百亿级产业集群) or comparator (增长55%以上、达到5.5万亿元).
#: (digits run into Latin letters are a name's: 建成10个5G基站, 创成3个3A级景区村)
_NEXT_FIGURE = lazy(rf"(?:^|[和及与、])[ ]?(?:[0-9](?![0-9.]*[A-Za-z])|{COMPARATOR.pattern})")


def metric(before: str, after: str, compared: bool) -> str:
    """What is measured, in the document's words.

    ``X达到N`` (``compared``): the subject X.  ``开展…活动N场``: the object
    after the first action verb.  ``培育形成N个以上Y``: the thing counted, Y.

    >>> metric("全市公民具备科学素质的比例", "", True)
    '全市公民具备科学素质的比例'
    >>> metric("每年开展好青年培训", "", False)
    '好青年培训'
    >>> metric("培育形成", "高价值专利培育中心", False)
    '高价值专利培育中心'
    >>> metric("实现投诉举报", "回应", False)
    '投诉举报回应'
    >>> metric("新建改建农村公路", "", False), metric("新建和改扩建中小学校", "", False)
    ('农村公路', '中小学校')
    """
    if compared and VERB.fullmatch(before.strip()):
        compared = False  # 完成超230个…: the verb alone names nothing; what it counts follows
    if not compared:
        verb = VERB.search(before)
        last = _VERB_AT_END.search(before) if verb and not after.strip() else None
        if last is not None and last.start() > verb.start():
            # 城镇棚户区住房改造累计完成1.83万套: the verb before the figure closes its subject, which may hold one
            before = before[: last.start()]
        elif verb and _named_around(before, verb):
            pass  # 城镇新增就业3万人: a subject, the verb and a word of an object are one name
        elif verb and (before[verb.end() :].strip() or after.strip()):
            rest = before[verb.end() :]
            # 新建改建农村公路500公里, 新建和改扩建学校: the verbs that follow the first are no part of the name
            while (more := _MORE_VERBS.match(rest)) is not None and rest[more.end() :].strip():
                rest = rest[more.end() :]
            # 新增 says the figure is an increment, not a total: it stays (新增城镇就业2.5万人)
            before = verb.group() + rest if verb.group() in _INCREMENT_VERBS and rest.strip() else rest
        elif verb:
            before = before[: verb.start()]  # 市级以上创新平台新增100个: nothing counted after the verb, its subject is
    # 比2020年 and 分别 (before a series of values) are no part of a name,
    # wherever they stand; nor a baseline figure (由20个工作日…) or an opening deadline.
    before = _LEAD_DEADLINE.sub("", FROM_VALUE.sub("", BASELINE_YEAR.sub("", before.strip())).replace("分别", ""))
    if "将" in before:
        before = before[before.rindex("将") + 1 :] or before  # 各城市将企业开办时间压缩至: what is measured follows 将
    before = _LEAD_FILLER.sub("", before)
    if "20" in before[:3]:
        before = _LEAD_DEADLINE.sub("", before)  # 确保2022年全省粮食播种面积…, 力争到2025年社会…: the year after the hedge
    before = (_TRAIL_FILLER.sub("", before) or before).strip()  # 总数达到30万个: a filler alone still names it
    if "要" in before:
        before = _MODAL_BEFORE_VERB.sub("", before)  # 地区生产总值年均要增长7%: the modal names nothing
    if before[:1] in "（(":
        before = _LEADING_NOTE.sub("", before).strip() or before  # 更新（含整机和零部件更新）老旧住宅电梯: the note names nothing
    if _opens_with_whom(before):
        # 为全区23000名老年人提供免费体检服务: those served are counted
        before, after = "", _SERVED_END.split(after.lstrip("0123456789-—~～岁周 "), 1)[0]
    elif _worked_on(before, after):
        before, after = "", _WORKS_START.split(after, 1)[0]  # 对350户…家庭进行适老化改造: the homes are counted
    after = _SERIES_AFTER.sub("", _LEADING_NOTE.sub("", after.strip())).strip()
    if _GOAL_AFTER.match(after):
        after = ""  # 城镇登记失业率控制在4.6%以内的目标任务: what the bound is part of, not what it measures
    after = _NEXT_FIGURE.split(after, 1)[0]
    if after[:1] in _LIST_SEPARATORS or after[:1] == "等":
        # 培育…企业20家、省级…200家: the next item of a list, not what this figure counts; …达到57%等一系列
        # 保护发展目标 (林草“十四五”规划): what closes a list of them
        after = ""
    if before and after:
        # a short tail completes the subject (投诉举报…回应); a long one is the thing counted, its 的 no part of
        # its name (解决2.5万人的农村安全饮水问题)
        return before + after if len(after) <= 4 else after.removeprefix("的")
    return before or after.removeprefix("的")


#: Verbs that make a figure an increment: part of what is counted.
_INCREMENT_VERBS = frozenset({"新增", "新开通"})

#: A verb that follows the first one, with what joins them (新建改建, 新建和改扩建, 建设、改造).
#: (投用 after 建成: 建成投用变电站20座, 建成投用中小学3所)
_MORE_VERBS = lazy(rf"[和及、]?(?:{_alternation(ACTION_VERBS + ('扩建', '改扩建', '改造', '提升', '投用'))})")


def _named_around(before: str, verb: regex.Match) -> bool:
    """Is the verb inside a name, between words of its own on either side
    (城镇新增就业, 全市新建学校), not before the thing counted (培育高价值专利培育中心)?"""
    obj = before[verb.end() :].strip()
    return 0 < len(obj) <= 2 and bool(_LEAD_FILLER.sub("", before[: verb.start()]).strip())


def comparator_word(before: str) -> regex.Match | None:
    """The comparator word that governs a number, in the clause text ``before`` it.

    A word right before the number wins; else the nearest one within
    :data:`COMPARATOR_REACH` characters with no digit between.

    >>> comparator_word("建立不低于城镇常住人口").group()
    '不低于'
    >>> comparator_word("储备比例应达").group()
    '达'
    >>> comparator_word("在专利代理机构实习满").group()
    '满'
    >>> comparator_word("不超过3个县，建设") is None
    True
    >>> comparator_word("应不低于区和镇政府投入资金总额的").group()
    '不低于'
    >>> comparator_word("法制审核人员不少于本单位执法人员总数的").group()
    '不少于'
    """
    found = None
    for m in COMPARATOR.finditer(before, max(0, len(before) - COMPARATOR_REACH)):
        found = m
    if found is None and before.endswith("的"):
        # a share of a base the words between name (应不低于区和镇政府投入资金总额的50%, 奉贤 2021; 不得超过本企业
        # 上年度实际碳排放量的10%, 广东 2020): the word may stand further off
        for m in COMPARATOR.finditer(before, max(0, len(before) - _SHARE_REACH)):
            found = m
        if found is not None and _DIGIT_OR_STOP.search(before, found.end()):
            found = None
    if found is not None:
        found = _whole_word(before, found)
    if found is not None and found.end() >= len(before.rstrip()):
        return found
    adjacent = ADJACENT.search(before, max(0, len(before) - _TAIL))
    if adjacent is not None:
        return adjacent
    if found is not None and _DIGIT_OR_STOP.search(before, found.end()):
        return None
    return found


def _whole_word(before: str, m: regex.Match) -> regex.Match:
    """The comparator word ``m`` found from where a search window started,
    or the longer word it is the end of (少于 of 不少于, at the window's edge:
    法制审核人员不少于本单位执法人员总数的5%, 国办发〔2018〕118号)."""
    for k in (1, 2):
        longer = COMPARATOR.match(before, m.start() - k) if m.start() >= k else None
        if longer is not None and longer.end() >= m.end():
            return longer
    return m


class _Reading:
    """One number in its clause of a sentence, and what the target rules ask of it."""

    __slots__ = ("q", "piece", "before", "after", "sentence", "word", "comparator", "kind", "value", "committed", "policy", "whole_sentence", "tail", "words", "pe", "series_index", "_reached", "_planned", "listed")

    def __init__(self, text: str, ps: int, pe: int, ss: int, se: int, q: Quantity, policy: bool, words: dict[str, int] | None = None):
        self.q = q
        self.policy = policy
        self.pe = pe
        # where each of SENTENCE_WORDS first stands in the sentence (absent: not there)
        self.words = _sentence_words(text, ss, se) if words is None else words
        self.piece = text[ps:pe]
        self.before = text[ps : q.start]
        # A later value of a series (分别下降8%、8%、10%): its words are those before the first value.
        self.series_index = 0
        if self.before.rstrip(" ").endswith(_SERIES_SEPARATORS) and "分别" in self.before:
            series = SERIES_BEFORE.search(self.before)
            if series is not None:
                first = series.start("first")
                self.series_index = sum(self.before.count(c, first) for c in _SERIES_SEPARATORS)
                self.before = self.before[:first]
        self.tail = self.before[-_TAIL:]  # the words right before the number, where the \\Z-anchored patterns look
        self.after = text[q.end : pe]
        self.sentence = text[ss : q.start]  # the sentence up to the number
        self.whole_sentence = text[ss:se]
        m = comparator_word(self.before)
        self.word = None if m is None else m.group().strip()
        # A prohibition inverts a bare comparison in its own clause (禁止…低于N): 不超过 is already a bound.
        negated = m is not None and m.group() in _NEGATABLE and NEGATION.search(text, ps, ps + m.start()) is not None
        self._reached: bool | None = None
        self._planned: bool | None = None
        self.listed = False  # in a list of cases or conditions its paragraph opens (see _Sentences.listed_case)
        self.kind, self.value = "level", q.value
        kind = _KIND.search(self.tail)
        if kind is not None:
            self.kind = kind.lastgroup
        if q.unit == "倍":
            self.kind = "multiple"
        self.comparator = self._comparator(negated)
        if self.kind == "decrease":  # 下降5%以上: a change of -5 or less
            self.kind, self.value = "change", -q.value
            self.comparator = {">=": "<=", ">": "<", "<=": ">=", "<": ">"}.get(self.comparator, self.comparator)
        self.committed = bool(
            self.word
            or q.suffix
            or q.approx
            or q.value_max is not None
            or self.kind != "level"
            or PERIOD.search(self.sentence)
            or FREQUENCY.search(self.before)
            or VERB.search(self.before)
            or ("增加" in self.before and _RAISED_COUNT.search(self.before) is not None)
            or ps <= self.words.get("hedge", pe) < q.start  # 力争为企业减负60亿元 (桐乡 2020; 湖州 2020): a hope in its clause
            or self._breaks_down()
            or self.reached_after
            or self._held_per_head()
            or self._for_the_counted()
            or ((q.unit or "").endswith(_WORKED_ON_UNITS) and _worked_on(self.before, self.after))
        )

    @property
    def committed_before(self) -> bool:
        """Does a word before the figure commit to it (a comparator, a verb)?"""
        return bool(self.word or VERB.search(self.before))

    @property
    def reached_after(self) -> bool:
        """Is the figure what is reached, by a verb after its noun, in a sentence
        with a deadline or a hedge: a share (力争全省70%的城市达到…标准, 江西 2021;
        确保…50%的城市社区建成…综合体, 成都 2024) or a count (全市首批100个…示范社区
        全面建成, 成都 2024)?"""
        if self._reached is None:
            # A cheap test first: most clauses hold none of the verbs after the figure.
            self._reached = (
                not (self.q.unit or "").endswith("元")  # 产值过1000亿元的企业实现“破零”: a bound in a name
                and _REACHED_VERB.search(self.after) is not None
                and _REACHED_AFTER.match(self.after) is not None
                and self.planned
            )
        return self._reached

    @property
    def planned(self) -> bool:
        """Does the figure's sentence set a deadline or voice a hope (到2025年, 力争): a goal's sentence, not a fact's?"""
        if self._planned is None:
            self._planned = "hedge" in self.words or DEADLINE.search(self.whole_sentence) is not None
        return self._planned

    def _held_per_head(self) -> bool:
        """Is the figure a ratio per head a plan reaches (到2025年，每千人拥有社会体育指导员2.16名: 全民健身
        计划; 每万人口拥有全科医生3名): 拥有 after a 每千人/每万人口, in a sentence with a deadline or a hedge?"""
        return (
            "拥有" in self.before
            and _PER_HEAD.search(self.before) is not None
            and self.planned
        )

    def _for_the_counted(self) -> bool:
        """Is the figure how many people or households a 实事 serves, the clause opening with
        whom it is for (黔东南's 十件民生实事: 为全州7万名35-64岁妇女免费做宫颈癌筛查; a district's 2021
        实事: 为全区23000名老年人…)?  A clause that opens with 对 is a policy's (对…给予奖励)."""
        unit = self.q.unit or ""
        item = self.before.rpartition("、")[2]  # …宫颈癌筛查、为全州6.1万名…: the item of a list
        return (
            unit.endswith(_COUNTED_UNITS)
            and _opens_with_whom(item)
            and _HAN_START.match(self.after.lstrip("0123456789-—~～岁周")) is not None
        )

    def _breaks_down(self) -> bool:
        """Does the clause name a part of the figure before it (…达到2000户，其中高新技术企业800家),
        not count items (其中15个指标自动生成: no name before the number)?"""
        head = self.before.lstrip()
        return head.startswith("其中") and bool(head.removeprefix("其中").strip("，, "))

    def _comparator(self, negated: bool) -> str:
        q = self.q
        if q.value_max is not None:
            return "range"
        if q.suffix:
            return SUFFIX_COMPARATORS[q.suffix]
        if q.approx:
            return APPROX_COMPARATOR
        if self.word:
            stated = COMPARATOR_WORDS.get(self.word) or ADJACENT_WORDS[self.word]
            return _NEGATED.get(stated, stated) if negated else stated
        return "="

    @property
    def time_limit(self) -> bool:
        """A span of time with an upper bound (``30日内``, ``3年内``)."""
        return self.q.unit in DURATION_UNITS and self.q.suffix in ("内", "以内", "之内")

    @property
    def procedural(self) -> bool:
        """A time limit from an act (``作出奖励决定之日起10个工作日内``): a rule
        of procedure even in a clause about rewards, where a span of support
        (``自产品开始生产3年内``) is a condition of the policy."""
        return self.time_limit and AFTER_ACT.search(self.tail) is not None

    @property
    def approx(self) -> bool:
        return self.q.suffix == "左右" or self.word == "约" or self.tail.endswith("接近") or self._series_approx()

    def _series_approx(self) -> bool:
        """Does 左右 close the series after 分别 that holds the figure (分别增长7%、8%左右: both about)?"""
        if "分别" not in self.sentence or self.after[:1] not in _SERIES_SEPARATORS:
            return False
        rest = _SERIES_AFTER.match(self.after)
        return rest is not None and rest.group().endswith("左右")


#: Why a number with a unit is not a target, tried in order: the first rule that
#: holds leaves it out.  Each is a small test of one :class:`_Reading`.
EXCLUSIONS: tuple[tuple[str, Any], ...] = (
    ("no commitment", lambda r: not r.committed),
    # 同比增长8.2% reports a change; 同比增长6.5%以上 (资阳 2025 预期目标) plans one, as a hedge or a
    # deadline says; either holds only for its own clause
    ("a change reported", lambda r: "同比" in r.before and not r.q.suffix and not r.planned),
    ("a date", lambda r: r.q.unit in TIME_UNITS and r.q.suffix not in _TIME_BOUNDS and not r.word),
    ("a year", lambda r: r.q.unit == "年" and r.q.value >= 1000),
    # 一个, 一次: a word, unless a comparator or a frequency (每3年一次) makes it a number
    # (…but 改扩建一所县城公办幼儿园 counts a school: see quantities.built_one)
    ("one, unstated", lambda r: r.q.spelled and r.q.value == 1 and not r.word and not r.q.suffix and FREQUENCY.search(r.before) is None
     and not built_one(r.before, r.q.unit)),
    ("a proposal", lambda r: PROPOSAL.search(r.before) is not None),
    # 从目前的14.4万元增加到20万元左右, 高新企业数量从107家增加到500家以上 (三门峡 2022): where a change
    # starts, the figure it reaches after it (that one the target, with this one its baseline)
    ("a starting value", lambda r: r.before[-1:] in _FROM_LAST and _FROM_BEFORE.search(r.before) is not None and _TO_AFTER.match(r.after) is not None),
    ("a count of the document's items", lambda r: ITEM_COUNT.search(r.tail) is not None),
    # （三）持续提升投资和建设便利度（7项）。“…”、“…” (国办发〔2022〕35号), 五、传统医药(7项) (新乡 2015 非遗 名录): in
    # brackets after a title, how many items it lists
    ("a count of the items a title lists", lambda r: r.q.unit in _LISTED_UNITS and r.tail.endswith(("（", "(")) and r.after.startswith(("）", ")"))),
    # …and of its 实事, counted after their name (万州 2021: 实施重点民生实事18件; 荆州区 2023: 确定区政府2023年
    # 民生实事项目为10项)
    ("a count of the 实事", lambda r: r.q.unit in _ITEM_UNITS and SHISHI_COUNT.search(r.tail) is not None),
    # …a count of them only: 城镇登记失业率控制在4.6%以内的目标任务 (人社部 2013年工作要点) is a share
    ("a part of the plan", lambda r: r.q.unit in _PART_UNITS and PLAN_PARTS.fullmatch(r.after) is not None and _GOAL_AFTER.match(r.after) is None),
    # 4个结构性指标均实现10%以上增长 (绍兴 2020), 六项基本指标均达到国家二级标准: a count of the items
    # the figure that follows holds for, no figure of its own
    ("a count of items that all", lambda r: ALL_OF.match(r.after) is not None),
    # 现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行责任分解 (运城, 2017); 分解为五个方面79项
    # 重点工作任务 (二连浩特, 2024): a clause that divides the document's own tasks counts them
    # …and so does one that names the tasks it set out (就抓好《方案》确定的146项工作任务落实通知如下, 盘锦 2021's letter)
    ("the document's own tasks", lambda r: PLAN_PARTS.match(r.after) is not None
     and ("分解" in r.piece or (r.q.unit in _ITEM_UNITS and r.before.endswith(_OWN_TASKS_BEFORE)))),
    # 对县卫计委、县环保局、…、县农业局等十个部门工作进行评议 (浮梁 2018), 由市经信委、…、市政府办等十个牵头单位负责落实
    # (常州 2015): the count of the items just listed, no figure to reach
    # …with no 等, the kind of the items after the count (湘西 2009 招商引资考核奖励办法: 设目标管理先进单位奖、…、引进单个
    # 重大招商项目第一引资人奖四个奖项); 创成省、市优质园2所 counts what it names before it
    ("a count of the items listed", lambda r: "、" in r.before and (r.before.endswith("等") or _HAN_START.match(r.after) is not None)
     and _counts_the_list(r)),
    # 认定谈际生等5个技能大师工作室入选… (镇人社办发〔2022〕16号), 《…的通知》等2件规范性文件废止 (花垣 2024 清理 决定):
    # how many a decision names, the first of them before 等; a goal to reach has a year or a hope (到2025年认定…)
    ("those a decision names", lambda r: r.before.endswith("等") and _DECIDED.search(r.whole_sentence) is not None and not r.planned),
    # 抓好八个方面的工作, 重点抓好11个方面任务的落实 (西藏 2018 and 广西 2021, reports of work reports): the aspects a plan's
    # parts cover
    ("the plan's aspects", lambda r: r.q.unit in _PART_UNITS and r.after.lstrip().startswith("方面")),
    # （项目6个，其中基建工程类5个、“小而美”事项类1个） under each of 梧州's 2024 实事 工程: how many of the item's
    # projects are of each class, a breakdown of its own parts; 共安排了6个项目,…其中:基础设施建设项目3项,…;产业发展项目2项,…;
    # 项目管理1项 (泽库 2023 衔接资金 分配计划): the projects the list below it holds, by class
    ("the plan's parts by class", lambda r: r.q.unit in _PART_UNITS and (r.before.endswith("类") and "其中" in r.before
                                                                       or _PROJECTS_IN_ALL.search(r.sentence) is not None)),
    # 抓好80万吨乙烯改扩建项目 (广州 2006), 重点抓好平煤神马25万吨己二酸…等项目建设 (平顶山 2013): a capacity that names a project
    ("a project's capacity", lambda r: (r.q.unit or "").endswith(_CAPACITY_UNITS) and not r.word and not r.q.suffix and _PROJECT_AFTER.match(r.after) is not None),
    ("a reference period or a step", lambda r: REFERENCE_SPAN.search(r.tail) is not None),
    ("a policy measure", lambda r: r.policy and not r.procedural),
    # 竣工投产后按照设备、软硬件工具等投资额的10%，给予最高5000万元支持 (津政办规〔2023〕4号), 按不超过项目主体当年研发
    # 投入的30%，给予最高1000万元支持 (安徽 2025): the share of a base a grant in the sentence pays
    ("a grant's share of a base", lambda r: r.q.unit == "%" and "policy" in r.words and _SHARE_OF_BASE.search(r.before) is not None),
    # 每培育或引进1家规模以上…企业，给予运营机构3万元奖励 (福州高新区 2023), 每新引进或培育新增1家…企业，给予集聚区管理
    # 单位5万元奖励 (温州 龙湾): the one item a policy's grant is counted by, the grant in a later clause
    ("the item a grant is counted by", lambda r: r.q.value == 1 and "policy" in r.words and _EACH_DONE.search(r.before) is not None),
    # 由每人每月580元提高到610元 (金湖 2019 低保), 在原每人每月55元的基础上增加15元 (人社部发〔2015〕5号), 统一调整为每人每月
    # 2137元 (绍兴 2025 特困): a benefit's or a fee's rate per person, a sum paid (see amounts), no figure to reach
    ("a rate per person", lambda r: (r.q.unit or "").endswith("元") and _PER_PERSON.search(r.before) is not None),
    # 力争5年内建成…: the deadline of the sentence's targets (see _Sentences.year)
    ("a relative deadline", lambda r: r.q.unit == "年" and r.time_limit and not r.procedural and not r.policy),
    # 自产品开始生产3年内，按…给予奖励: how long a policy pays
    ("a span of a policy", lambda r: r.time_limit and not r.procedural and ("policy" in r.words or "penalty" in r.words)),
    ("a condition", lambda r: r.after.rstrip().endswith("的")),
    # 每25-30公里乡村道配备不少于一名农村公路监管员 (奉贤 2021), 原则上按500户配1名 (宝山 2019): the base of a ratio, the
    # figure allotted to it after
    ("the base of a ratio", lambda r: r.before.endswith(_RATIO_BASE_BEFORE) and _RATIO_AFTER.match(r.after) is not None),
    # 饲养犬龄满三个月的犬只 (上海市养犬管理条例), 经营满一年的 (柳河 2019 旅游 意见): the age or the time reached that says
    # which items a rule is for (实习满1年, with no 的 after it, is the requirement itself)
    ("a span reached that qualifies", lambda r: r.word is not None and r.word.endswith("满") and r.after.startswith("的")),
    # (…增长4%的目标 and 竣工80万平方米的目标任务 name the goal itself: 云南 2017 稳增长; a city's 2007 住房 plan)
    # (解决2.5万人的农村安全饮水问题, 新郑 2012; 新增覆盖40万户的生活垃圾分类减量区域, 上海 2014: the people or homes
    # an act serves, what they get after 的, are its figure)
    ("a description", lambda r: r.after.startswith("的") and not r.word and not r.q.suffix and not r.reached_after and _GOAL_AFTER.match(r.after) is None
     and not ((r.q.unit or "").endswith(_COUNTED_UNITS) and VERB.search(r.before) is not None)),
    # 在职职工总数30人（含）以下的企业暂免征收…: a bound that says which items a rule is for;
    # a share (90%以上的村) and a bound an act reaches (建成30个以上的基地) stay
    # (…6亩以下（不含6亩）的土地使用转让手续, 昆明官渡区 2016: a bracketed note before the 的)
    ("a qualifier", lambda r: r.q.suffix in ("以上", "以下") and _THEN_DE.match(r.after) is not None and r.q.unit != "%" and not r.word and VERB.search(r.before) is None),
    # …且战略性新兴产品产值占该企业总产值50%以上的企业，分别给予一次性奖励 (三门峡 2022), 且增幅达到20%以上的企业，按照…分别
    # 奖励10万元 (a district's 工业 rewards): in a policy's sentence, the figure of a clause that ends naming who qualifies
    ("whom a grant is for", lambda r: "policy" in r.words and _GRANTEE_AFTER.match(r.after) is not None),
    # 3岁以下婴幼儿, 16—24岁失业青年: an age that says who is counted, its noun right after it
    ("an age group", lambda r: r.q.unit in ("岁", "周岁") and _HAN_START.match(r.after) is not None),
    # 6个月内婴儿纯母乳喂养率达到50%以上 (健康儿童行动): a span that says who is counted, the figure after
    ("a span of the subject", lambda r: r.q.unit in DURATION_UNITS and r.q.suffix in ("内", "以内") and not r.word
     and _HAN_START.match(r.after) is not None and _REACH_AFTER.search(r.after) is not None),
    ("a prohibited range", lambda r: r.q.suffix in ("以上", "以下") and not r.word and NEGATION.search(r.before) is not None),
    # 10亿元以上项目10个, 年营业收入10亿元以上企业20家: a bound that says which items
    # are counted, the count right after their name
    # 完成超230个50户以上木质房屋连片村寨常高压给水管网建设 (黔东南's 十件民生实事): a bound right after the count
    # says which items are counted
    ("a bound after a count", lambda r: r.q.suffix in ("以上", "以下") and not r.word and _COUNT_BEFORE.search(r.tail) is not None),
    ("a bound in a name", lambda r: r.q.suffix in ("以上", "以下") and not r.word and BOUND_IN_NAME.match(r.after) is not None),
    # 紧盯2亿元以上政府投资项目、3亿元以上重大产业项目 (建德 2024), 推进10亿元以上重大项目建设: a sum
    # that says which projects, with no verb that commits to it
    ("a bound before its items", lambda r: r.q.suffix in ("以上", "以下") and (r.q.unit or "").endswith("元") and not r.word and _ITEMS_AFTER.match(r.after) is not None
     and all(v in _PUSH_VERBS for v in VERB.findall(r.before))),
    ("on the basis of", lambda r: r.after.startswith(("的基础上", "基础上"))),
    # what a division governs, and its figures after an approved change of divisions (湘西 2015 区划调整批复:
    # 新设立的花垣镇辖71个建制村、9个社区; …区划调整后，花垣县共减少6个乡镇建制; 苏政复〔2009〕4号: 辖18个居委会)
    ("a jurisdiction", lambda r: ("辖" in r.before and _GOVERNS.search(r.before) is not None) or "区划调整后" in r.sentence),
    # 调整后，共保留议事协调机构44个，…撤销的议事协调机构和临时机构36个 (深府办〔2010〕78号): what a decision's
    # adjustment leaves, as after a change of divisions; a goal after one has its deadline or hope (调整后，到2025年…)
    ("what an adjustment leaves", lambda r: _ADJUSTED.match(r.sentence) is not None and not r.planned),
    # 省十届人大四次会议 (山西 2006), 镇江市八届人大三次会议 (镇江 2019): which session of a term a meeting is;
    # 每年召开两次会议 counts meetings to hold
    # (…or of the body it names after the count: 主持召开五届104次区政府常务会议, 斗门区 2024 纪要)
    ("a session", lambda r: r.q.unit == "次" and _SESSION_AFTER.match(r.after) is not None and _TERM_BEFORE.search(r.tail) is not None),
    ("papers handed in", lambda r: r.q.unit == "份" and _PAPERS_HANDED.search(r.before) is not None),
    ("a standard followed", lambda r: ("按" in r.before or "照" in r.before) and _STANDARD_AFTER.match(r.after) is not None and _BY_STANDARD.search(r.before) is not None),
    # 以全市就业年龄段的7600多名持证残疾人为主要对象 (东阳 2023): whom the plan is for
    ("whom it is for", lambda r: "以" in r.before and _FOR_WHOM.search(r.after) is not None),
    # 经三分之一以上的组成人员提议 (a standing committee's rules of procedure), 经专有部分面积占比三分之二以上的业主
    # …同意 (物业管理条例): the share of a body that a vote or a motion needs
    ("a vote's threshold", lambda r: r.q.unit in _SHARES and _VOTE_AFTER.match(r.after) is not None),
    # 须同时符合以下两个或两个以上条件：（一）新增固定资产投资1000万元以上；（二）… run on in a paragraph (a county's
    # 招商引资 办法): an item of the conditions, as the clauses under such a list are (see scopes.LIST_OF_CASES)
    ("an item of a list of conditions", lambda r: r.listed),
    ("a situation", lambda r: EVENT.search(r.after) is not None),
    # 有序推动公园24小时开放 (上海 2026 政府工作报告), 必须24小时值班 (国办函〔2005〕57号): round the clock, how a
    # service is kept, no figure to reach
    ("round the clock", lambda r: r.q.value == 24 and r.q.unit in ("小时", "个小时") and not r.q.suffix and _ROUND_THE_CLOCK.match(r.after) is not None),
    # …and a score given (各为1分, 计2分: 凤阳 2015 议案建议提案办理考核细则) or a grade's band (90分以上为优秀,
    # 70分以下为不合格: 朔州 民政局 信息公开考核制度); 得分达到85分以上 stays a figure to reach
    ("a score", lambda r: r.q.unit == "分" and (r.q.value_max is not None or r.after.startswith(("）", ")")) or SCORING.search(r.piece) is not None
                                               or r.before.endswith(_SCORE_GIVEN) or _GRADE_AFTER.match(r.after) is not None)),
    ("a scoring rule", lambda r: "scoring" in r.words),
    ("the size of a site", lambda r: r.q.unit in AREA_UNITS and AREA_FACT.search(r.tail) is not None),
    ("a definition", lambda r: r.words.get("definition", r.q.start) < r.q.start),
    ("a rule's scope", lambda r: r.words.get("scope", r.q.start) < r.q.start),
    ("a penalty", lambda r: r.words.get("penalty", r.pe) < r.pe),
    # 补种毁坏株数一倍以上三倍以下的树木 (赤城 2024 禁牧 通告), 并处违法所得1倍以上5倍以下的罚款 (专利代理条例): a sanction's
    # scale, as laws set it, with no fine named in its sentence for the first
    ("a sanction's scale", lambda r: r.q.unit == "倍" and r.q.suffix == "以上" and _MULTIPLE_UP_TO.match(r.after) is not None),
)

#: The upper end of a scale of multiples (…一倍以上 / 三倍以下).
_MULTIPLE_UP_TO = lazy(r"[ ]?(?:[0-9]+|[一二两三四五六七八九十]{1,3})[ ]?倍以下")


#: The words that give a score (各为1分, 计2分, 记5分), and a grade a band of scores is (90分以上为优秀).
_SCORE_GIVEN = ("为", "计", "记")
_GRADE_AFTER = lazy(r"[ ]?的?为[ ]?(?:优秀|良好|合格|基本合格|不合格|称职|基本称职|不称职|较好|一般|较差|差)")

#: What a decision does to the items it names (认定, 授予, 表彰; 废止, 继续有效 for the documents a 清理 keeps or ends).
_DECIDED = lazy(r"认定|授予|命名|表彰|表扬|嘉奖|废止|失效|继续有效|予以保留")

#: Items listed with 、, perhaps then 等, right before a count (…县市场监管局、县建设局、县农业局等); matched from
#: the end backwards (?r), which reads a long list once rather than from each of its items.
_LISTED_BEFORE = lazy(r"(?r)(?:[^，,；;。、]{2,24}、)+[^，,；;。、]{2,24}等?$")


def _counts_the_list(r: _Reading) -> bool:
    """Is the figure the count of the items listed right before it, with or without 等 (三个 after three
    names), no more (建设产业园、物流园等5个园区 names two of five)?"""
    n = r.q.value
    if n != n.to_integral_value() or not 2 <= n <= _LISTED_MAX:
        return False
    # (only the words that n items and one more could take: a clause of thousands of items is not read whole for each figure)
    listed = _LISTED_BEFORE.search(r.before[-(int(n) + 1) * _LISTED_ITEM_MAX :])
    # (items with figures are a series, no names: 环评报告书14个工作日内、环评报告表7个工作日内、环评登记表3个工作日内, 官渡 2016;
    # the first may hold the words before the list: 自2018年7月至2019年3月对县卫计委、…)
    return listed is not None and n == listed.group().count("、") + 1 and _DIGIT.search(listed.group().partition("、")[2]) is None


#: The most items a count of the items listed before it counts, and the most characters of one (and its 、).
_LISTED_MAX = 30
_LISTED_ITEM_MAX = 25


#: What stands before the base of a ratio (每25-30公里…配备, 按500户配), and the allotment after it.
_RATIO_BASE_BEFORE = ("每", "按")
_RATIO_AFTER = lazy(r"[^，。；,;（）()]{0,12}?(?:配备|配置|配|设置|设立|设)[^，。；,;]{0,6}?[0-9一二两三四五六七八九十]")

#: What is kept round the clock (24小时开放, 24小时值班, 24小时不间断服务).
_ROUND_THE_CLOCK = lazy(r"[ ]?(?:开放|营业|值班|值守|在线|服务|运营|运行|不间断|全天候|自助)")


def _sentence_words(text: str, ss: int, se: int) -> dict[str, int]:
    """Where each of :data:`SENTENCE_WORDS` first stands in ``text[ss:se]``."""
    found: dict[str, int] = {}
    for m in _SENTENCE_WORDS.finditer(text, ss, se):
        name = m.lastgroup
        if name not in found:
            found[name] = m.start()
    return found


def excluded(r: _Reading) -> str | None:
    """The first :data:`EXCLUSIONS` rule that leaves ``r`` out, or None."""
    for name, rule in EXCLUSIONS:
        if rule(r):
            return name
    return None


class _Sentences:
    """What the target rules ask of the sentence around each number, found once per sentence.

    A sentence can hold thousands of numbers (a list of measures run together
    without a full stop); reading the sentence again for each one was quadratic.
    """

    __slots__ = ("index", "base_year", "_history", "_past", "_years", "_deadlines", "_openings", "_words", "_headings", "_paragraphs", "_goals")

    def __init__(self, index: TextIndex, base_year: int | None = None):
        self.index = index
        self.base_year = base_year  # the document's year: 5年内 counts from it
        self._history: dict[int, regex.Match | None] = {}
        self._past: dict[int, int | None] = {}
        self._years: dict[int, tuple[list[int], list[int | None]]] = {}
        self._deadlines: dict[int, tuple[list[int], list[int]]] = {}
        self._openings: dict[int, int | None] = {}
        self._words: dict[int, dict[str, int]] = {}
        self._headings: tuple[list[int], list[int | None]] | None = None
        self._paragraphs: dict[int, tuple[list[int], list[int | None]]] = {}
        self._goals: dict[int, bool] = {}

    def words(self, ss: int, se: int) -> dict[str, int]:
        """:func:`_sentence_words` of the sentence ``text[ss:se]``, found once."""
        found = self._words.get(ss)
        if found is None:
            found = self._words[ss] = _sentence_words(self.index.text, ss, se)
        return found

    def history_before(self, pos: int) -> bool:
        """Whether a :data:`HISTORY_WORDS` word stands in the sentence before ``pos``,
        or the sentence opens as one about the past (:data:`HISTORY_OPENING`, or a
        year before the document's own: 2020年，… in a plan of 2022) with no
        deadline between."""
        ss, se = self.index.sentence_bounds(pos)
        if ss not in self._history:
            self._history[ss] = HISTORY_WORDS.search(self.index.text, ss, se)
            past = self._past_opening(ss, se)
            if past is None:
                opening = self.paragraph_opening(ss)
                if self.base_year and (opening == _PAST or self.heading(self.index.text.rfind("\n", 0, ss) + 1) == _PAST):
                    past = ss  # 2016年，…。全省实现地区生产总值3.12万亿，增长7.9%: the paragraph reports a past year
                elif opening == _REVIEW and LOOKING_AHEAD.search(self.index.text, ss, se) is None:
                    past = ss  # 过去一年，我们…。全市地区生产总值增长6.5%: the paragraph reviews
            self._past[ss] = past
        past = self._past[ss]
        if past is not None and past <= pos and DEADLINE.search(self.index.text, past, pos) is None and _THIS_YEAR.search(self.index.text, past, pos) is None:
            return True
        if self.base_year and self._past_year_before(ss, se, pos):
            return True
        first = self._history[ss]
        # A word of HISTORY_WORDS that fits before ``pos`` also matches in the
        # whole sentence (its one look-ahead, for a modifier's 的, reads a few
        # Han characters, which a number ends), at or after the sentence's first
        # word: none, or a first one at or after ``pos``, means no; a first one
        # that ends before ``pos`` means yes.
        if first is None or first.start() >= pos:
            return False
        # …in the figure's own part of the sentence: a semicolon parts what was done from
        # what the next part plans (计划新建或改造80个社区便利店，现已超额完成93个；计划新建或
        # 改造50个农家店, 福州 2012 办实事 progress), unless the word dates the whole
        # sentence (截至6月底，累计完成…；…分别高于年度目标任务的19.65个…百分点)
        part = ss if first.group().startswith(_DATING_WORDS) else self.index.text.rfind("；", first.end(), pos) + 1 or ss
        if part == ss and first.end() <= pos:
            return True
        return HISTORY_WORDS.search(self.index.text, part, pos) is not None

    def _past_year_before(self, ss: int, se: int, pos: int) -> bool:
        """Does the last year the sentence names before ``pos`` come before the
        document's own, with no deadline after it (初步预计，2022年福建省地区生产总值突破5万亿元
        in a report of 2023; 报告亮出了…，2023年海南全省…增长9.2% under a 2024 goal)?  A year
        that is a baseline (比2020年, 与2020年相比, 在2022年的基础上) says nothing of when, nor
        does one in a note in brackets (一般公共预算支出（扣除2022年灾后恢复重建专项资金支出外）增长3%以上,
        漾濞 2023 政府工作报告: what the figure leaves out)."""
        found = self._years.get(ss)
        if found is None:
            text = self.index.text
            named = [m for m in _NAMED_YEAR.finditer(text, ss, se) if open_bracket(text, ss, m.start()) < 0] if text.find("年", ss, se) >= 0 else []
            # (a deadline, 2024年将…, is a year no figure after it reports: None)
            found = self._years[ss] = ([m.end() for m in named], [None if m.group("ahead") else int(m.group("year")) for m in named])
        ends, years = found
        i = bisect.bisect_right(ends, pos)  # the years named before pos
        year = years[i - 1] if i else None
        return year is not None and year < self.base_year and DEADLINE.search(self.index.text, ends[i - 1], pos) is None

    def _past_opening(self, ss: int, se: int) -> int | None:
        """Where the opening of the sentence ``text[ss:se]`` that makes it one about the
        past ends, or None."""
        text = self.index.text
        m = HISTORY_OPENING.match(text, ss, se)
        if m is None and "显示" in text[ss : ss + _OPENING_REACH] and (said := _SAID.match(text, ss, se)) is not None:
            m = HISTORY_OPENING.match(text, said.end(), se)  # 《政府工作报告》显示，初步统计，去年…: what a report says opens with its own words
        if m is not None:
            return m.end()
        lead = LEAD_YEAR.match(text, ss, se) if self.base_year else None
        if lead is not None and int(lead.group("year")) < self.base_year and text[lead.end() : lead.end() + 1] in ("，", ","):
            return lead.end()
        return None

    def year(self, pos: int) -> int | None:
        """The deadline of the number at ``pos``: in its sentence the nearest
        before it, else the first after, else a year the sentence opens with;
        else the deadline its paragraph opens with."""
        text = self.index.text
        ss, se = self.index.sentence_bounds(pos)
        if ss not in self._deadlines:
            found = [(m.start(), deadline_year(m)) for m in DEADLINE.finditer(text, ss, se)]
            if found:  # a later clause may open with a year of its own: 到2010年…，2020年达到23%以上
                later = [(m.start(), int(m.group("year"))) for m in CLAUSE_YEAR.finditer(text, found[0][0], se)]
                if later:
                    found = sorted(found + later)
                if "年" in text[ss : found[0][0]]:  # a cheap test first: 今年, 全年, 5年内 before the first year
                    # 今年年底前，…达80%以上；2025年年底前，…达100% (郑州 2021): the figures before the
                    # year are the document's year's, known or not, not the year's after them
                    relative = [(m.start(), self.base_year + relative_years(m) if self.base_year else None) for m in RELATIVE_DEADLINE.finditer(text, ss, found[0][0])]
                    found = sorted(relative + found, key=_first) if relative else found
            if not found and text.find("年", ss, se) >= 0:  # a cheap test first: …，2025年突破4000亿元、2028年冲刺5000亿元 (扬州 2024)
                found = [(m.start(), int(m.group("year"))) for m in CLAUSE_YEAR.finditer(text, ss, se)]
                lead = LEAD_YEAR.match(text, ss, se) if found else None
                if lead is not None:  # 2015年…分别达到90%…；2020年分别达到98%…: the sentence's own year before the clause's
                    found.insert(0, (ss, int(lead.group("year"))))
            if not found:
                said = _SAID.match(text, ss, se) or _LINKING.match(text, ss, se)  # 其中2016年，… (贵州 林业 2016)
                lead = LEAD_YEAR.match(text, ss if said is None else said.end(), se)
                if lead:
                    found = [(ss, int(lead.group("year")))]
            if not found and self.base_year:
                found = [(m.start(), self.base_year + relative_years(m)) for m in RELATIVE_DEADLINE.finditer(text, ss, se)]
            self._deadlines[ss] = ([at for at, _ in found], [y for _, y in found])
        starts, years = self._deadlines[ss]
        i = bisect.bisect_left(starts, pos)  # deadlines that start before pos
        if i:
            return years[i - 1]
        if years:
            return years[0]
        return self.opening(pos)

    def opening(self, pos: int) -> int | None:
        """The deadline the paragraph around ``pos`` opens with (``具体指标：到2022年，…``)."""
        text = self.index.text
        start = text.rfind("\n", 0, pos) + 1
        ss = self.index.sentence_bounds(pos)[0]
        if ss not in self._openings:
            year = self.paragraph_opening(ss)
            self._openings[ss] = None if year in (_PAST, _REVIEW) else year if year is not None else self.heading(start)
        return self._openings[ss]

    def paragraph_opening(self, ss: int) -> int | None:
        """The year that the last sentence of the paragraph to open with one,
        up to the sentence at ``ss``, opens with: a deadline (``到2025年，力争…。
        生产性服务业…占比达60%``: the sentences after it are held to it too), or a
        year with a comma after it; :data:`_PAST` for a year before the
        document's own (``2016年，…``: a report); else None."""
        text = self.index.text
        start = text.rfind("\n", 0, ss) + 1
        found = self._paragraphs.get(start)
        if found is None:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            starts: list[int] = []
            years: list[int | None] = []
            paragraph = text[start:end]
            says = any(map(paragraph.__contains__, _SAID_HINTS))  # a cheap test first: most paragraphs quote nothing
            for opening in chain((start,), self.index.sentence_starts(start, end)):
                said = _SAID.match(text, opening, end) if says else None  # 《规划》提出，到2025年，…: what a report says opens with its own words
                s = said.end() if said is not None else opening
                plan = OPENING_PLAN.match(text, s, end) if self.base_year and "五" in text[s : s + 6] else None
                if plan is not None:  # “十三五”期间，… in a later plan: a report
                    year = FIVE_YEAR_PLANS[plan.group("plan") + "五"]
                    starts.append(opening)
                    years.append(_PAST if year < self.base_year else year)
                    continue
                if "年" not in text[s : s + _OPENING_REACH]:
                    continue  # a cheap test first: every other opening names a year
                if opening == start and REVIEW_OPENING.search(text, opening, self.index.sentence_bounds(opening)[1]) is not None:
                    starts.append(opening)
                    years.append(_REVIEW)
                    continue
                m = OPENING_DEADLINE.match(text, s, end)
                if m is not None:
                    starts.append(opening)
                    years.append(int(m.group("year")))
                    continue
                lead = LEAD_YEAR.match(text, s, end)
                if lead is not None:
                    year = int(lead.group("year"))
                    past = self.base_year is not None and year < self.base_year
                    # 2016年，…: the paragraph's year; an earlier year than the document's opens a report
                    # of it with or without the comma (报告中提到，2023年陕西省全年生产总值达到…。城镇调查失业率…);
                    # one with a commitment after it holds the paragraph as 到 does, in a document of no
                    # known year too (2025年确保全镇生产总值实现9.3亿元…。其中，…, 腰堡镇's 十四五 plan)
                    if past or (self.base_year and text[lead.end() : lead.end() + 1] in ("，", ",")) or text.startswith(_COMMITTING, lead.end()):
                        starts.append(opening)
                        years.append(_PAST if past else year)
            found = self._paragraphs[start] = (starts, years)
        starts, years = found
        i = bisect.bisect_right(starts, ss)
        return years[i - 1] if i else None

    def heading(self, start: int) -> int | None:
        """The year of the last heading paragraph before the paragraph at
        ``start`` when it is a goals heading (``2025年全市经济社会发展主要预期目标``
        on a line of its own, the goals under it); a heading of another kind
        (主要任务) ends its reach.  A line of goals printed without a stop
        holds a figure, and is no heading.  A goals title that names no year
        (发展目标。) takes the deadline of the first sentence under it
        (到2020年，…。; …，奋勇争先，到2025年底，形成…), or of the rest of its
        own when a clause's title runs on (发展目标。到2025年，…): the
        paragraphs after that one state the goals of that year, as its
        numbered items would."""
        if self._headings is None:
            starts: list[int] = []
            years: list[int | None] = []
            text = self.index.text
            if "年" in text:  # a cheap test first: a goals heading names its year
                for m in _HEADING_PARAGRAPH.finditer(text):
                    line = _BULLETS.sub("", m.group())  # ■ 2025年…主要预期目标: a bullet opens no words
                    year = heading_year(line)
                    if year is None and self.base_year and is_review(line):
                        year = _PAST  # ■ 2024年成绩单 over a report's results: what is under it is no goal
                    if year is not None or _DIGIT.search(m.group()) is None:
                        starts.append(m.start())
                        years.append(year)
                if "目标" in text:  # a cheap test first
                    for m in _GOALS_TITLE.finditer(text):
                        inline = m.end() < len(text) and text[m.end()] != "\n"
                        if inline and m.start() > 0:
                            continue  # (only a clause's own title runs on into its text: 确保实现全年目标。… is a sentence)
                        first = m.end() if inline else m.end() + 1
                        # (in its first sentence: a deadline after one that opens with none, 通过绩效考核，…。到2020年，…,
                        # holds nothing before it, 国办发〔2019〕4号)
                        end = min((e for e in (text.find("\n", first), text.find("。", first)) if e >= 0), default=len(text))
                        under = _GOALS_DEADLINE.search(text, first, end) if first < len(text) else None
                        if under is not None:
                            k = bisect.bisect_left(starts, m.start())
                            if k < len(starts) and starts[k] == m.start():
                                years[k] = int(under.group("year"))
                            else:
                                starts.insert(k, m.start())
                                years.insert(k, int(under.group("year")))
            self._headings = (starts, years)
        starts, years = self._headings
        i = bisect.bisect_left(starts, start)
        return years[i - 1] if i else None

    def listed_case(self, pos: int) -> bool:
        """Is ``pos`` in the words that open a list of cases or conditions, or in an item of one
        that its paragraph runs on to, with no full stop since (须同时符合以下两个或两个以上条件:
        (一)新增固定资产投资1000万元以上; (二)…, in one paragraph)?"""
        text = self.index.text
        start = text.rfind("\n", 0, pos) + 1
        # …or in the words that open it (符合以下两个或两个以上条件: no count of its own)
        m = CASES_OPENED.search(text, max(start, text.rfind("。", start, pos) + 1), pos + _CASES_OPENED_MAX)
        return m is not None and m.start() < pos

    def in_goals_list(self, pos: int) -> bool:
        """Does a goals list hold ``pos``: its line's text before it opens one
        (``2024年主要目标：全市常住人口城镇化率62%，…``), or its line is an item of a
        list of short lines right under a line that opens one
        (``…主要预期目标为：`` / ``——地区生产总值增长7.5%—8%；`` / ``——服务业增加值占地区生产总值比重48%；``)?"""
        text = self.index.text
        start = text.rfind("\n", 0, pos) + 1
        if GOALS_INTRO.search(text, start, pos) is not None:
            return True
        found = self._goals.get(start)
        if found is None:
            found = False
            line_end = start - 1
            for _ in range(_GOALS_ITEMS):
                if line_end < 0:
                    break
                line_start = text.rfind("\n", 0, line_end) + 1
                if _GOALS_INTRO_LINE.search(text, line_start, line_end) is not None:
                    found = True
                    break
                if line_end - line_start > _GOALS_ITEM_MAX:
                    break
                line_end = line_start - 1
            self._goals[start] = found
        return found


def _with_deadline(text: str, ps: int, prev: tuple[int, int] | None) -> int:
    """Start the quoted text at a bare deadline clause right before (``到2025年，…``).

    ``prev`` is the clause of the sentence before the one at ``ps`` (None for the first)."""
    if ps < 2:
        return ps
    if prev:
        a, b = prev
        if text[b] == "，" and (DEADLINE.fullmatch(text, a, b) or _RELATIVE_CLAUSE.fullmatch(text, a, b)):
            return a
    return ps


def _numbers(text: str) -> list[tuple[int, regex.Match | Quantity]]:
    """Every number of ``text`` that may carry a unit, in order: digit matches
    (read later, and only if they pass the position tests), the bare numbers an
    index is committed to, spelled quantities and doublings."""
    found: list[tuple[int, regex.Match | Quantity]]
    digits = _DIGIT.search(text) is not None
    found = [(m.start(), m) for m in QUANTITY.finditer(text)] if digits else []
    if digits and "分别" in text:
        # A cheap test first: only a series after 分别 shares one unit
        # (分别压缩至3、5、60个工作日以内).
        shared = _shared_unit_values(text, found)
        if shared:
            found.extend((q.start, q) for q in shared)
            found.sort(key=_first)
    if digits and ("指数" in text or "系数" in text):
        # Looked for only where an index is named (a substring test, not a
        # scan per number): most texts name none.
        indices = _index_values(text, {at for at, _ in found})
        if indices:
            found.extend((q.start, q) for q in indices)
            found.sort(key=_first)
    if SPELLED_HINT.search(text) is None and "番" not in text:
        return found  # the common case: digits or nothing
    spelled = spelled_quantities(text)
    for m in DOUBLING.finditer(text):
        value = Decimal(_DOUBLINGS[m.group("times")])
        spelled.append(Quantity(m.start(), m.end(), value, None, "倍", None, None, m.group(), True))
    if spelled:
        found.extend((q.start, q) for q in spelled)
        found.sort(key=_first)
    return found


#: Bare numbers of a series after 分别, before the last one that has the unit they share.
_BARE_SERIES = lazy(r"分别\p{Han}{0,4}?[ ]?(?P<values>(?:[0-9]{1,9}(?:\.[0-9]{1,6})?[、和及])+)$")
_BARE_VALUE = lazy(r"[0-9]{1,9}(?:\.[0-9]{1,6})?")


def _shared_unit_values(text: str, found: list[tuple[int, regex.Match]]) -> list[Quantity]:
    """The bare numbers of a series after 分别 that share the unit of the
    quantity closing it, each a :class:`Quantity` of that unit and suffix.

    >>> text = "审批时间分别压缩至3、5、60个工作日以内；分别为1、2项"
    >>> from gazette_cli.extract.quantities import QUANTITY
    >>> [(q.raw, str(q.value), q.unit, q.suffix) for q in _shared_unit_values(text, [(m.start(), m) for m in QUANTITY.finditer(text)])]
    [('3', '3', '个工作日', '以内'), ('5', '5', '个工作日', '以内'), ('1', '1', '项', None)]
    >>> _shared_unit_values("分别在1、2号楼建设30个", [])
    []
    """
    out = []
    for at, m in found:
        if text[at - 1 : at] not in _SERIES_SEPARATORS:
            continue
        series = _BARE_SERIES.search(text, max(0, at - 40), at)
        if series is None:
            continue
        q = read_quantity(m)
        base = series.start("values")
        for v in _BARE_VALUE.finditer(series.group("values")):
            start = base + v.start()
            out.append(Quantity(start, base + v.end(), Decimal(v.group()), None, q.unit, None, q.suffix, v.group()))
    return out


def _index_values(text: str, quantities: set[int]) -> list[Quantity]:
    """The :data:`INDEX_VALUE` numbers of ``text``, each a :class:`Quantity`
    with no unit; ``quantities``: where the numbers with a unit start (they
    stay theirs).

    >>> [(str(q.value), q.unit, q.suffix) for q in _index_values("农田灌溉水有效利用系数提高到0.55以上，", set())]
    [('0.55', None, '以上')]
    >>> _index_values("2022年居民消费价格指数为102.1；指数达到1号；系数达到5个", set())
    []
    """
    out = []
    for m in INDEX_VALUE.finditer(text):
        at = m.start("num")
        if at not in quantities:
            out.append(Quantity(at, m.end(), Decimal(m.group("num")), None, None, None, m.group("suffix"), text[at : m.end()]))
    return out


#: What an item of a list of cases obliges with: the figures after it in its sentence are requirements.
_OBLIGATION = lazy(r"应当|必须")
_SENTENCE_STOPS = "。；;\n"


def _obliged(text: str, numbers: list[tuple[int, regex.Match | Quantity]]) -> list[tuple[int, regex.Match | Quantity]]:
    """The numbers of ``numbers`` that stand after an :data:`_OBLIGATION` word of their sentence.

    >>> text = "（一）地址变更的，应当自变更之日起三十日内办理变更登记；（二）犬龄满三个月的"
    >>> [text[at:at + 3] for at, _ in _obliged(text, [(17, None), (34, None)])]
    ['三十日']
    """
    out = []
    for at, m in numbers:
        start = max(text.rfind(c, 0, at) for c in _SENTENCE_STOPS) + 1
        if _OBLIGATION.search(text, start, at) is not None:
            out.append((at, m))
    return out


def _first(pair: tuple) -> int:
    return pair[0]


def _scope_targets(
    scope: Scope,
    index: TextIndex,
    claimed: list[tuple[int, int]],
    base_year: int | None,
    plan: int | None,
    numbers: list[tuple[int, regex.Match | Quantity]],
) -> Iterator[Target]:
    """The targets of one scope that holds ``numbers`` (:func:`_numbers` of
    its text; ``base_year``: the document's year, that 5年内 counts from;
    ``plan``: the year the plan is for, by its title)."""
    text = index.text
    taken = SortedSpans(claimed)
    sentences = _Sentences(index, base_year)
    policy: dict[int, bool] = {}  # by clause start: a clause can hold several numbers
    subject: tuple[int, str] | None = None  # (sentence start, what the last target measured)
    carried: tuple[int, str | None, int] | None = None  # (sentence start, unit, sentence end) of the last target
    last_end = -1  # where the last target's quantity ends
    sentence_units: tuple[int, set[str | None]] = (-1, set())  # the units of the targets of the last target's sentence
    series_names: tuple[int, list[str]] = (-1, [])  # (sentence start, names) of the last series after 分别 that named its values
    cases = "下列" in text or "以下" in text  # a cheap test first: most texts open no list of cases
    # One scan of the whole text, not one per clause of a sentence: a quantity
    # holds no stop (:data:`~gazette_cli.extract.quantities.PIECE_END`), so each
    # stands in one clause, and they come in the order of the clauses.  The
    # tests that need only the position come before the quantity is read: most
    # numbers fail them.
    for at, m in numbers:
        if at in taken or index.in_name(at):
            continue
        ps, pe = index.piece_around(at)
        if ps not in policy:
            # On the clause's own text: ``^`` does not match at a search's start position.
            # A clause that opens with 对 is a policy's only in a sentence with a policy's words (对…企业，给予…奖励);
            # without them it names what a rule or a goal is for (对嘉定区文物保护点每月巡查至少2次, 嘉定 2023 文物 规定)
            word = POLICY_CLAUSE.search(text[ps:pe])
            policy[ps] = word is not None and (not word.group().lstrip().endswith(_POLICY_IF_SENTENCE) or "policy" in sentences.words(*index.sentence_bounds(at)))
        if sentences.history_before(at):
            continue
        q = m if isinstance(m, Quantity) else read_quantity(m)
        ss, se = index.sentence_bounds(at)
        r = _Reading(text, ps, pe, ss, se, q, policy[ps], sentences.words(ss, se))
        if not r.committed and carried is not None and not r.after.strip() and _LIST_ITEM.match(r.before) and (
            (carried[0] == ss and q.unit in sentence_units[1])
            or (carried[1] == q.unit and _BREAKDOWN.match(text, ss) is not None and 0 <= ss - carried[2] <= 2)
        ):
            # 力争新增龙头企业3户，“两品一标”企业5户，省级以上家庭农场、农民合作社10户 (东辽 2023):
            # a clause that only names the next item of a list the clause before committed to; or of a
            # breakdown of the sentence before's figure (…改造任务4894户。其中，南宁市274户，柳州市369户, 广西 2024)
            r.committed = True
        if not r.committed and not r.after.strip() and _LIST_ITEM.match(_COLON_SPLIT.split(r.before)[-1]) and sentences.in_goals_list(ps):
            # a bare item of a list of goals (——服务业增加值占地区生产总值比重48%； under 主要预期目标为：, 鄂政发〔2019〕1号)
            r.committed = True
        if not r.committed and carried is not None and carried[0] == ss and not r.after.strip() and "、" in r.before:
            # the next item of a series the figure before opened, 、 between them (国家高新技术企业达到1.5万家、
            # 科技型中小企业3.2万家, 河南 2026 政府工作报告; 全社会研发经费投入强度达到2.2%、…): what the figure
            # before committed to, this one commits to
            head, _, item = r.before.rpartition("、")
            if _LIST_ITEM.match(item) and text[last_end : ps + len(head)] in _SERIES_GAPS:
                r.committed = True
        if not r.committed and scope.task and not r.after.strip():
            # a task cell states what is to be done, its figure closing its clause
            # (国办函〔2016〕38号 量化指标任务分工: 公路投资1.65万亿元 | 交通运输部)
            r.committed = True
        r.listed = cases and sentences.listed_case(at)
        if excluded(r) is not None:
            continue
        year = sentences.year(q.start)
        if r.series_index and (paired := _PAIRED_YEARS.search(text, ss, q.start)) is not None and r.series_index < 2:
            # 到2023年底和2030年，…分别不低于24%和30%: each value of the series is the year's in its place
            year = int(paired.group("y2"))
        if year is not None and base_year is not None and year < base_year:
            continue  # “十三五”期间…森林覆盖率达到23.04% in a “十四五” plan: a deadline already past reports
        carried = (ss, q.unit, se)
        last_end = q.end
        if sentence_units[0] != ss:
            sentence_units = (ss, set())
        sentence_units[1].add(q.unit)
        start = _with_deadline(text, ps, index.piece_around(ps - 2) if ps >= 2 and text[ps - 1] == "，" else None)
        sentence = r.sentence
        # 每年, 年均: in the number's own clause, or opening the sentence, whose
        # clauses it then governs (每年开展科普活动，培训科技辅导员300人次); in another
        # clause with a subject of its own (技术合同成交额年均增长15%) it is that clause's.
        period = PERIOD.search(r.before) or OPENING_PERIOD.match(sentence)
        word_at = r.before.rfind(r.word) if r.word else len(r.before)
        head = r.before[:word_at]
        if r.word in ADJACENT_WORDS:  # 达到约30亿千瓦: the comparator before 约 is no part of the metric
            head = _TRAILING_COMPARATOR.sub("", head)
        if "、" in head and "分别" not in head:  # …增长55%以上、达到5.5万亿元: the figure before is no part of it
            head = _PREVIOUS_FIGURE.sub("", head)
        series = _series_metric(head, r, series_names[1] if series_names[0] == ss else None) if "分别" in head else None
        if series is not None:
            named, names = series
            series_names = (ss, names)
        else:
            named = metric(head, r.after, r.word is not None)
        if (named.startswith("的") or not r.committed_before) and r.reached_after:
            named = _reached_metric(head, r)  # 力争全省70%的城市达到…标准、40%的镇达到…
        if not named and subject is not None and subject[0] == ss and _names_nothing(head):
            named = subject[1]  # …下降25%以上，控制在60微克/立方米左右: what the clause before measured
            if q.unit != "%":  # 服务业增加值年均增速高于…，2025年突破4000亿元: the size, not its pace
                named = _PACE_END.sub("", named) or named
        elif named and subject is not None and subject[0] == ss and not _CHANGE_VERB_END.sub("", named) and _CHANGE_VERB_END.sub("", subject[1]):
            named = subject[1] + named  # …达到1.2万亿元，年均增长6.5%: the change of what the clause before measured
        elif named:
            subject = (ss, _CHANGE_VERB_END.sub("", named) or named)
        from_value = FROM_VALUE.search(head) if "由" in head or "从" in head else None  # a cheap test first: the form opens with 由 or 从
        for named in _each_of(named) if "均" in named else (named,):
            yield Target(
                path=scope.path,
                text=text[start:pe],
                metric=named,
                value=r.value,
                value_max=q.value_max,
                unit=q.unit,
                comparator=r.comparator,
                year=year or scope.inherited_year or plan,
                period="annual" if period else None,
                baseline=None if from_value is None else Decimal(from_value.group("num")),
                attribute=None,
                source="text",
                span=scope.passage.span_of(start, pe),
                kind=TargetKind(r.kind),
                approx=r.approx,
                hedged=_hedged(text, r.words.get("hedge", q.start), q.start),
                cumulative="累计" in r.before,
                baseline_year=(
                    int(from_value.group("year"))
                    if from_value is not None and from_value.group("year")
                    else None if r.kind == "level" else baseline_year(r.before, sentence)
                ),
            )


#: Names, then 均 and the verb they share: 城乡居民人均可支配收入和地区生产总值均增长 (not 人均, 年均).
_EACH_OF = lazy(r"^(?P<names>[^，,；;：:]+?(?:和|及|与|、)[^，,；;：:]+?)(?<![人年平月日户亩])均(?P<verb>\p{Han}{0,4})$")
_NAMES_APART = lazy(r"、|(?<=\p{Han}|[）)])(?:和|及|与)(?=\p{Han})")


def _each_of(named: str) -> tuple[str, ...]:
    """One metric per name before 均 (each name has the figure), or ``named`` alone.

    >>> _each_of("城乡居民人均可支配收入和地区生产总值均增长")
    ('城乡居民人均可支配收入增长', '地区生产总值增长')
    >>> _each_of("城镇和农村居民人均可支配收入均增长"), _each_of("城乡居民人均可支配收入增长")
    (('城镇居民人均可支配收入增长', '农村居民人均可支配收入增长'), ('城乡居民人均可支配收入增长',))
    """
    m = _EACH_OF.match(named)
    if m is None:
        return (named,)
    names = [n for n in _NAMES_APART.split(m.group("names")) if n]
    if len(names) < 2:
        return (named,)
    return tuple(name + m.group("verb") for name in _shared_head(names))


def _hedged(text: str, hedge: int, at: int) -> bool:
    """Does the hedge at ``hedge`` reach the figure at ``at``: before it, with no ； between
    (完成投资力争超过145亿元；…完成投资25亿元: the second is no hope, 三明 2023)?"""
    return hedge < at and text.find("；", hedge, at) < 0 and text.find(";", hedge, at) < 0


#: A verb of completion closing the words before a figure, perhaps after 累计 (…累计完成); not
#: one that doubles as a noun there (开展好青年培训).
_VERB_AT_END = lazy(r"(?:累计|全面|基本)?(?:完成|实现|建成)$")
#: The goal a bounded figure is part of, after it: …以内的目标任务, …的要求.
_GOAL_AFTER = lazy(r"的(?:目标任务|目标|任务|要求)$")
#: A figure and the 、 after it, before a second figure of the same subject.
_PREVIOUS_FIGURE = lazy(r"^.*[0-9%‰][^、，,；。]{0,12}、")


def _reached_metric(head: str, r: _Reading) -> str:
    """The metric of a figure a verb after its noun reaches: for a share, who
    and what they reach (全省城市（县城）达到江西省生态园林城市建设标准); for a count,
    the thing counted (嵌入式服务设施建设示范社区)."""
    after = _NEXT_FIGURE.split(r.after, 1)[0].rstrip("、，, ")  # up to the next item of a list
    if r.q.unit == "%":
        if _DIGIT.search(head):
            head = head.rsplit("、", 1)[-1]  # …达到…标准、40%的镇…: the item before is no part of it
        return metric(head, "", True) + after.removeprefix("的").strip()
    m = _REACHED_AFTER.match(after)
    return (m.group("noun") if m else after).strip()


def _names_nothing(head: str) -> bool:
    """Does a clause hold no words of its own before its comparator
    (``，控制在60微克/立方米左右``; ``，由目前平均20个工作日减至…``; ``、力争达350亿元``: a hedge
    names nothing)?"""
    return not _LEAD_FILLER.sub("", _LEAD_DEADLINE.sub("", FROM_VALUE.sub("", head)).strip(" ，,")).strip(" ，,")


def _series_metric(head: str, r: _Reading, before: list[str] | None = None) -> tuple[str, list[str]] | None:
    """The metric of one value of a series after 分别, when the subject lists
    as many names as the series has values (``化学需氧量、氨氮…排放总量比2020年分别下降8%、8%…``
    → 化学需氧量下降, 氨氮下降, …), and the names; None otherwise.  A series that
    names nothing before its 分别 takes the names of the series ``before`` it in
    its sentence, when they are as many (…分别达到90%、99%、92%；2020年分别达到98%、99%、95%)."""
    at = head.rfind("分别")
    word = head[at + 2 :].strip()
    if at < 0 or len(word) > 4:  # 分别 and the word that governs the series, next to its first value
        return None
    rest = _SERIES_AFTER.match(r.after)
    count = r.series_index + 1 + (sum(rest.group().count(c) for c in _SERIES_SEPARATORS) if rest else 0)
    if count < 2:
        return None
    if before and len(before) == count and _names_nothing(head[:at]):
        return before[r.series_index] + word, before
    subject = metric(head[:at], "", True)
    names = [n for n in subject.split("、") if n]
    if len(names) == 1 and count == 2 and names[0].startswith("城乡"):
        # 城乡居民人均可支配收入分别增长7%、8%左右 (咸阳 2023; 平利 2025): the towns' first, then the villages'
        names = ["城镇" + names[0][2:], "农村" + names[0][2:]]
    if len(names) == count - 1:  # the last two parted by 和 or 及: 氮氧化物和挥发性有机物排放总量
        last = _LAST_AND.split(names.pop(), 1)
        names += [n for n in last if n]
    if len(names) != count:
        return None
    names = _shared_head(names)
    return names[r.series_index] + word, names


def _shared_head(names: list[str]) -> list[str]:
    """Names of a series whose first ones are bare modifiers of the last one's
    head: 城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入.
    Taken so only when the first names are all as short (three characters at
    most) and the last one is three longer at least, its head not after 等
    (京津冀、长三角、珠三角等区域…: a list of places); others stay as written
    (化学需氧量、氨氮排放总量).

    >>> _shared_head(["城镇", "农村居民人均可支配收入"]), _shared_head(["化学需氧量", "氨氮排放总量"])
    (['城镇居民人均可支配收入', '农村居民人均可支配收入'], ['化学需氧量', '氨氮排放总量'])
    """
    *first, last = names
    n = len(first[0]) if first else 0
    if not first or n > 3 or any(len(name) != n for name in first) or len(last) < n + 3 or last[n] == "等":
        return names
    return [name + last[n:] for name in first] + [last]


_LAST_AND = lazy(r"(?<=\p{Han}|[）)])(?:和|及)(?=\p{Han}|[0-9])")  # 婴儿死亡率和5岁以下儿童死亡率


def baseline_year(clause: str, sentence: str) -> int | None:
    """The year a change is counted from: 比/较X年 in its own clause (the last
    one before the number), else 与X年相比 in its sentence.

    >>> baseline_year("单位生产总值能耗比2020年下降", "到2025年，单位生产总值能耗比2020年下降")
    2020
    >>> baseline_year("单位生产总值能耗下降", "与2020年相比，单位生产总值能耗下降")
    2020
    >>> baseline_year("城镇居民人均可支配收入比上年增长", "城镇居民人均可支配收入比上年增长") is None
    True
    """
    found = None
    for found in BASELINE_YEAR.finditer(clause):
        pass
    if found is None:
        found = SENTENCE_BASELINE_YEAR.search(sentence)
    return None if found is None else int(found.group("year"))


def document_year(notice: Notice) -> int | None:
    """The year a notice was issued: its signing date's, else its document number's (〔2022〕)."""
    for text in (notice.signed_date, notice.doc_number):
        m = _A_YEAR.search(text or "")
        if m:
            return int(m.group())
    return None


_A_YEAR = lazy(r"(?:19|20)[0-9]{2}")

#: The year a text sets its goals for: 2023年经济社会发展的主要预期目标是, 2024年将GDP目标定为8%,
#: 陕西2024年GDP增长目标5.5%左右, 对于2024发展主要预期目标, 2022年国民经济和社会发展计划草案.
GOALS_YEAR = lazy(r"(?P<year>20[0-9]{2})[ ]?(?:年度?)?[^，,。；;\n0-9]{0,16}?(?:(?:主要)?预期目标|目标(?:定为|是|为|[ ]?(?=[0-9]))|计划[（(]?草案)")


def goals_year(title: str | None, texts: Iterable[str]) -> int | None:
    """For a text with no date of its own (a news report of a work report, a page
    that lost its signature): the latest year it sets goals for, which its
    figures of earlier years report on; None when it names none.

    >>> goals_year(None, ["初步预计，2022年全省地区生产总值突破5万亿元。", "2023年经济社会发展的主要预期目标是：…"])
    2023
    >>> goals_year("关于2021年计划执行情况与2022年国民经济和社会发展计划草案的报告", []), goals_year("某市行动计划", ["到2025年，达到50%。"])
    (2022, None)
    """
    found = [int(m.group("year")) for text in chain((title or "",), texts) if "目标" in text or "草案" in text for m in GOALS_YEAR.finditer(text)]
    return max(found, default=None)


def relative_years(m: regex.Match) -> int:
    """The years of a :data:`RELATIVE_DEADLINE` match (``5年内`` → 5, ``三年内`` → 3, ``全年`` → 0)."""
    n = m.group("n")
    if n is None:
        return 0
    return int(n) if n.isdigit() else cn_to_int(n) or 0


def text_targets(notice: Notice, read: tuple[amounts.ScopeAmounts, ...] | None = None) -> Iterator[Target]:
    """Targets stated in the preamble, the clause texts and the tables that are
    no indicator tables; ``read`` is :func:`gazette_cli.extract.amounts.read_scopes`
    of the notice, when known."""
    read = amounts.read_scopes(notice) if read is None else read
    base_year = document_year(notice) or goals_year(notice.title, (scoped.index.text for scoped in read))
    own_year = plan_year(notice.title) or _report_year(notice) or _opening_plan_year(notice)
    years = [(a.prefix, plan_year(a.title) or own_year) for a in notice.attachments]
    for scoped in read:
        numbers = _numbers(scoped.index.text)
        if numbers and scoped.scope.case:
            # an item of a list of cases (有下列行为之一的): its figures are conditions, but for those
            # after what the item obliges (（一）地址变更的，应当自变更之日起三十日内办理变更登记)
            numbers = _obliged(scoped.index.text, numbers)
        if not numbers:
            continue  # most texts hold no number: asked nothing more
        path = scoped.scope.path or ""
        year = next((y for prefix, y in years if path.startswith(prefix)), own_year)  # "" (the only attachment) matches every path
        yield from _scope_targets(scoped.scope, scoped.index, scoped.claimed(), base_year, year, numbers)


#: The title of a year's plan (2023年市《政府工作报告》目标任务责任分解方案, 立山区政府2023年重点
#:工作任务分解和责任分工方案, 北京市2016年政务公开工作要点, 咸阳市2023年国民经济和社会发展计划;
#: a year's 实事: 洋县2024年十大民生实事项目, 2022年要办的民生实事, and Shanghai's 2022年区政府要完成的与人民生活密切相关的
#: 实事, 宝府办〔2022〕1号):
#: its figures are for that year.
PLAN_TITLE = lazy(
    r"(?<![0-9—–-])(?P<year>20[0-9]{2})[ ]?年度?[^0-9—–-]{0,20}?"
    r"(?:政府工作报告|重点工作|工作要点|工作计划|目标任务|重点任务|工作任务|社会发展计划|实事)"
)
#: Titles that report on a year rather than plan it.
_REPORT_TITLE = lazy(r"情况|总结|通报|(?<!要)完成")  # (要完成的: what a plan is to do)


#: The year's work report a letter divides, named in its text (现就2013年《政府工作报告》确定的重点工作任务提出
#: 责任分工意见如下, 黑龙江 2013).
_REPORT_OF_YEAR = lazy(r"(?P<year>20[0-9]{2})[ ]?年[^，,。；;0-9]{0,8}?《政府工作报告》(?:确定|提出|部署)")


def _opening_plan_year(notice: Notice) -> int | None:
    """For a text with no title (a news page): the year its first sentence names as a
    plan's title would (鹿邑县政府工作报告提出，2024年鹿邑将着力办好十件实事。, 鹿邑 2024;
    2021年，南昌市…实施100件左右的民生实事，…, 南昌 2021), else None."""
    if notice.title is not None:
        return None
    text = notice.own.preamble.text
    return plan_year(text[: text.find("。") + 1 or _OPENING_MAX][:_OPENING_MAX])


_OPENING_MAX = 120  # characters of a first sentence read for its year


def _report_year(notice: Notice) -> int | None:
    """For a title that divides the tasks of 《政府工作报告》 and names no year (…关于落实《政府工作报告》重点工作责任
    分工的意见): the year of the report its letter or preamble names, else None."""
    if not notice.title or "政府工作报告" not in notice.title or _A_YEAR.search(notice.title):
        return None
    for passage in (notice.letter, notice.own.preamble):
        m = _REPORT_OF_YEAR.search(passage.text) if passage is not None else None
        if m:
            return int(m.group("year"))
    return None


def plan_year(title: str | None) -> int | None:
    """The year a plan's title names when the plan is for one year, else None.

    >>> plan_year("2023年市《政府工作报告》目标任务责任分解方案"), plan_year("立山区政府2023年重点工作任务分解和责任分工方案")
    (2023, 2023)
    >>> plan_year("2022年区政府要完成的与人民生活密切相关的实事"), plan_year("2024年市政府要完成的与人民生活密切相关的实事项目")
    (2022, 2024)
    >>> plan_year("某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"), plan_year("关于2022年重点工作完成情况的通报")
    (None, None)
    """
    if not title or len(_A_YEAR.findall(title)) != 1 or _REPORT_TITLE.search(title):
        return None
    m = PLAN_TITLE.search(title)
    return int(m.group("year")) if m else None


def extract(notice: Notice, read: tuple[amounts.ScopeAmounts, ...] | None = None) -> tuple[Target, ...]:
    """Every target of the notice: text targets in document order, then
    indicator-table rows.  A table's column of a year before the notice's
    reports that year (统计公报 2018年 | 2019年, dated 2020): no target."""
    tables = indicators.targets(notice)
    year = document_year(notice) if tables else None
    if year is not None:
        tables = tuple(t for t in tables if t.year is None or t.year >= year)
    return tuple(text_targets(notice, read)) + tables
