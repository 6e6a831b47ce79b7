"""Policy amounts: rewards, caps, rates and thresholds in yuan."""

from __future__ import annotations

from decimal import Decimal

import pytest

import gazette_cli
from gazette_cli.extract import amounts
from gazette_cli.extract.quantities import MONEY
from conftest import source_text
from gazette_text import notice_of

FORMS = [
    # body, values_yuan, kind
    pytest.param("一、措施\n每个项目分档给予研发单位200万元、300万元、500万元的一次性奖励。", (2000000, 3000000, 5000000), "reward", id="list-of-rewards"),
    pytest.param("一、措施\n每个项目分档给予研发单位２００万元的一次性奖励。", (2000000,), "reward", id="fullwidth-digits"),
    pytest.param("一、措施\n同一年度每家企业最高可获得奖励1亿元。", (100000000,), "cap", id="cap-yi"),
    pytest.param("一、措施\n单个医疗机构每年可获得奖励不超过500万元。", (5000000,), "cap", id="cap-buchaoguo"),
    pytest.param("一、措施\n按500元/亩给予一次性奖励。", (500,), "reward", id="reward-per-mu"),
    pytest.param("一、措施\n对获评单位给予一次性补贴30万元。", (300000,), "subsidy", id="subsidy"),
    pytest.param("一、措施\n对营业收入分别达到50亿元、150亿元以上的企业，给予奖励。", (5000000000, 15000000000), "threshold", id="threshold-revenue"),
    pytest.param("一、措施\n对实际投资5000万元（含）以上的项目，按投资额的10%给予一次性奖励。", (50000000,), "threshold", id="threshold-inclusive"),
    pytest.param("一、措施\n市财政每年安排专项资金2000万元，给予扶持。", (20000000,), "funding", id="funding"),
    pytest.param("一、措施\n1类新药每个品种奖励3000万元。", (30000000,), "reward", id="reward-per-item"),
    pytest.param("一、措施\n对新取得资格认证的单位给予0.5万元奖励。", (5000,), "reward", id="decimal-wan"),
    # from the corpus: a fine's cap, a bracket of fines, a range, appropriations
    pytest.param("第二十五条 违反本条例规定的，可以处10万元以下的罚款。", (100000,), "fine", id="fine-cap"),
    pytest.param("第七条 （二）罚款金额在15万元以上的，50万元以下的，按罚款金额的1%奖励。", (150000, 500000), "threshold", id="bracket-of-fines"),
    # a fine between two bounds is one amount, its bounds the values (烟花爆竹安全管理条例; 危险化学品安全管理条例)
    pytest.param("第三十六条 由公安部门责令停止非法运输活动，处1万元以上5万元以下的罚款。", (10000, 50000), "fine", id="fine-between-bounds"),
    # spelled out, as older rules print them (石家庄 集贸市场 规定: 缺一项罚款十元, 处十元至二十元罚款;
    # 云南 见义勇为 条例: 给予五万元以上的奖金, a reward of at least that; 给予 before it makes it no threshold)
    pytest.param("第十条 违反本规定，缺一项罚款十元。", (10,), "fine", id="spelled-fine"),
    pytest.param("第十一条 违反本规定的，处十元至二十元罚款。", (10, 20), "fine", id="spelled-fine-range"),
    pytest.param("第十二条 对作出特别重大贡献的，给予五万元以上的奖金。", (50000,), "reward", id="spelled-reward-at-least"),
    pytest.param("第十三条 可并处三千元以下罚款。", (3000,), "fine", id="spelled-fine-cap"),
    pytest.param("一、措施\n服务优胜奖若干名，各奖励1-2万元。", (10000, 20000), "reward", id="range-wan"),
    pytest.param("一、措施\n各地应当根据办学标准、职业教育生均财政拨款水平达到12000元。", (12000,), "funding", id="appropriation"),
    # a fund set aside or handed down, whatever it will pay for (a county's 2015 技改 policy: 设立2000万元技术改造奖补专项资金;
    # 湘西 2023: 州级财政下达奖补资金3100万元; a 补助资金 notice: 现将…补助资金52万元下达给你们); a grant from it stays a grant
    pytest.param("一、措施\n设立2000万元技术改造奖补专项资金。", (20000000,), "funding", id="a-fund-set-aside"),
    pytest.param("一、措施\n州级财政下达奖补资金3100万元。", (31000000,), "funding", id="xiangxi-a-fund-handed-down"),
    pytest.param("一、措施\n现将2023年农业生产补助资金52万元下达给你们。", (520000,), "funding", id="a-subsidy-fund-handed-down"),
    pytest.param("一、措施\n安排专项资金，对新认定的企业给予50万元奖励。", (500000,), "reward", id="a-grant-from-a-fund"),
    # 不得超过 bounds a sum (a city's 罚款设定 rule: 设定罚款，不得超过一千元; …不得超过3万元)
    pytest.param("第五条 规章对非经营活动中的违法行为设定罚款，不得超过一千元。", (1000,), "cap", id="budechaoguo-spelled"),
    pytest.param("第六条 规章对经营活动中的违法行为设定罚款，有违法所得的，不得超过3万元。", (30000,), "cap", id="budechaoguo-digits"),
    # a fund set up at a size (杭州 2025 物流 plan: 组建30亿元规模低空产业基金; a city's 产业引导基金)
    pytest.param("一、目标\n组建30亿元规模低空产业基金。", (3000000000,), "funding", id="hangzhou-fund-set-up"),
    pytest.param("一、措施\n设立10亿元产业引导基金，支持企业发展。", (1000000000,), "funding", id="a-guiding-fund"),
]


D = Decimal

SEVERAL = [
    pytest.param("第三十五条 其中，市级储备粮（原粮）保管费每年100元／吨，食用植物油保管费每年300元／吨；轮换价差补贴标准为750元／吨。",
                 [((100,), "subsidy", "吨"), ((300,), "subsidy", "吨"), ((750,), "subsidy", "吨")], id="storage-fees-are-subsidies"),
    pytest.param("一、措施\n对新增种植面积500亩（含）以上道地药材种植基地的建设主体单位，按500元/亩给予一次性奖励。",
                 [((500,), "reward", "亩")], id="reward-per-mu"),
    # the unit a sum is paid per, said before it (clean-opinion fixture: 每套１万元; a 低保 notice:
    # 每人每月500元); 每个示范村 names no unit
    pytest.param("（四）财税支持。中央和省级补助资金按照每套1万元给予支持。", [((10000,), "subsidy", "套")], id="per-before-tao"),
    pytest.param("一、措施\n对符合条件的困难家庭，按照每人每月500元的标准发放生活补贴。", [((500,), "subsidy", "人·月")], id="per-before-person-month"),
    # the span first (东阳 2025: 每年每项补助10万元), as a 科技 measure's 每年每家给予…
    pytest.param("一、措施\n对新认定的项目，连续三年每年每项补助10万元。", [((100000,), "subsidy", "项·年")], id="dongyang-per-year-per-item"),
    pytest.param("一、措施\n对入驻企业每年每家给予5万元房租补贴。", [((50000,), "subsidy", "家·年")], id="per-year-per-firm"),
    pytest.param("一、措施\n市级财政对每个示范村补助50万元。", [((500000,), "subsidy", None)], id="per-a-village-is-no-unit"),
    # a verb between the unit and the sum (a 污水处理费 notice: 按每吨收取0.3元; a 低保 notice: 每人每月提高50元)
    pytest.param("一、措施\n污水处理费按每吨收取0.3元的标准征收。", [((D("0.3"),), "fee", "吨")], id="per-ton-shouqu"),
    pytest.param("一、措施\n城市低保标准每人每月提高50元。", [((50,), "rate", "人·月")], id="per-person-month-tigao"),
    # a bound between the unit and the sum (潍坊 2021 低保: 由目前的每人每月719元提高到每人每月不低于791元;
    # 由目前的每人每月不低于935元提高到每人每月不低于1029元); a span of time alone is no unit
    pytest.param("一、措施\n城市低保标准由目前的每人每月719元提高到每人每月不低于791元。", [((719,), "rate", "人·月"), ((791,), "rate", "人·月")], id="weifang-per-person-month-buduyu"),
    pytest.param("一、措施\n城市特困人员基本生活标准由目前的每人每月不低于935元提高到每人每月不低于1029元。", [((935,), "rate", "人·月"), ((1029,), "rate", "人·月")], id="weifang-both-bounded"),
    # …the new value printed without the unit takes the old one's (金湖 2019 低保: 由每人每月580元提高到610元); so does an
    # increase on a base (人社部发〔2015〕5号: 在原每人每月55元的基础上增加15元)
    pytest.param("一、调整标准\n其中城市居民最低生活保障标准由每人每月580元提高到610元。", [((580,), "rate", "人·月"), ((610,), "rate", "人·月")], id="jinhu-new-value-takes-the-unit"),
    pytest.param("全国城乡居民基本养老保险基础养老金最低标准提高至每人每月70元，即在原每人每月55元的基础上增加15元。",
                 [((70,), "rate", "人·月"), ((55,), "rate", "人·月"), ((15,), "rate", "人·月")], id="mohrss-old-base"),
    pytest.param("一、措施\n市财政每年安排不低于500万元专项资金。", [((5000000,), "funding", None)], id="per-year-alone-no-unit"),
    # two rates per different units are two amounts (漳政综规〔2022〕6号: 用水、用气分别按0.8元/吨和0.2元/立方米给予补助),
    # two per one unit one (a storage subsidy's 分别按100元/吨、300元/吨)
    pytest.param("（五）降低用能成本。用水、用气分别按0.8元/吨和0.2元/立方米给予补助。",
                 [((D("0.8"),), "subsidy", "吨"), ((D("0.2"),), "subsidy", "立方米")], id="zhangzhou-two-rates"),
    pytest.param("一、措施\n原粮、食用油保管费分别按100元/吨、300元/吨给予补贴。", [((100, 300), "subsidy", "吨")], id="two-rates-per-one-unit"),
    # a standard per month stays a rate though it is raised (济南 2020 低保: 自理标准由191元/月提高到210元/月)
    pytest.param("一、措施\n特困人员自理标准由191元/月提高到210元/月。", [((191,), "rate", "月"), ((210,), "rate", "月")], id="jinan-a-standard-per-month"),
    pytest.param("一、措施\n增长14-16%或增加5亿元以上奖励1万元。", [((500000000,), "threshold", None), ((10000,), "reward", None)], id="threshold-then-reward"),
    pytest.param("第七十八条 由安全生产监督管理部门责令改正，可以处5万元以下的罚款；拒不改正的，处5万元以上10万元以下的罚款。",
                 [((50000,), "fine", None), ((50000, 100000), "fine", None)], id="fine-cap-then-bounds"),
    # a band of items, its note on the bound read past (大通 2011: 100万元到1000万元（不含1000万元）的项目);
    # a bound that names the items (淮安 2023: 月销售额15万元以下的小规模纳税人), a fine's stays a fine
    pytest.param("一、措施\n固定资产投资在100万元到1000万元（不含1000万元）的项目，按形成固定资产实际投资额的1%给予奖励。",
                 [((1000000, 10000000), "threshold", None)], id="datong-band-and-its-note"),
    pytest.param("一、措施\n认真落实月销售额15万元以下的小规模纳税人免征增值税政策。", [((150000,), "threshold", None)], id="huaian-bound-of-taxpayers"),
    pytest.param("第二十条 违反本办法的，处5万元以下的罚款。", [((50000,), "fine", None)], id="a-fines-bound-stays-a-fine"),
    # …及以下 and 以上 too, a rate's cap after the run (国办发〔2019〕6号 融资担保: 对单户担保金额500万元及以下的小微企业…收取的
    # 担保费率原则上不超过1%, 对单户担保金额500万元以上的…不超过1.5%); a cap before the run stays a cap
    pytest.param("（八）对单户担保金额500万元及以下的小微企业和“三农”主体收取的担保费率原则上不超过1%。",
                 [((5000000,), "threshold", None)], id="guobanfa-2019-6-ji-yixia"),
    pytest.param("（八）对单户担保金额500万元以上的小微企业和“三农”主体收取的担保费率原则上不超过1.5%。",
                 [((5000000,), "threshold", None)], id="guobanfa-2019-6-yishang"),
    pytest.param("一、措施\n对新认定的企业给予最高不超过500万元以下的补助。", [((5000000,), "cap", None)], id="a-cap-before-stays-a-cap"),
    # 处 imposes the fine the sentence's last clause names (定州 2020 自由裁量基准: 对单位处一万元以上三万元以下，
    # 对个人处五百元以上一千元以下的罚款; a city regulation's 对单位处…，对个人处…罚款 in digits)
    pytest.param("第二十条 违反本规定的，对单位处一万元以上三万元以下，对个人处五百元以上一千元以下的罚款。",
                 [((10000, 30000), "fine", None), ((500, 1000), "fine", None)], id="dingzhou-chu-for-a-unit"),
    pytest.param("第二十一条 违反本条例的，对单位处5万元以上10万元以下，对个人处1000元以上5000元以下的罚款。",
                 [((50000, 100000), "fine", None), ((1000, 5000), "fine", None)], id="chu-for-a-unit-in-digits"),
    # a list of thresholds with a note on each value (成都 2024: 年度营业收入分别在2亿元（交通运输、…）、
    # 1亿元（…）、5000万元（…）及以上的企业给予20万元奖励), the reward apart
    pytest.param("一、措施\n对年度营业收入分别在2亿元（交通运输、仓储和邮政业）、1亿元（租赁和商务服务业）、5000万元（居民服务业）及以上的企业给予20万元奖励。",
                 [((200000000, 100000000, 50000000), "threshold", None), ((200000,), "reward", None)], id="chengdu-noted-thresholds"),
    # a 慰问 paid per person (a 2021 总工会 春节 plan: 春节慰问按500元/人标准发放) and a project fund named
    # 前期费 (官渡区 2016: 区级财政安排4000万元重大项目前期费)
    pytest.param("一、措施\n春节慰问按500元/人标准发放。", [((500,), "subsidy", "人")], id="weiwen-per-person"),
    pytest.param("一、措施\n区级财政安排4000万元重大项目前期费。", [((40000000,), "funding", None)], id="guandu-qianqifei"),
    # the parts of a fund a sentence sets up (滨江 2023: 安排58亿元财政资金…，其中，道路基础设施建设10亿元…)
    pytest.param("一、措施\n安排58亿元财政资金保障我区政府投资项目建设，其中，道路基础设施建设10亿元，环境整治6亿元。",
                 [((5800000000,), "funding", None), ((1000000000,), "funding", None), ((600000000,), "funding", None)], id="binjiang-parts-of-a-fund"),
    # words made with a numeral and 元 are no money: 城乡二元结构, 三元里
    pytest.param("一、措施\n推进城乡二元结构改革，实施三元里片区改造。", [], id="erYuan-is-a-word"),
    # a range whose ends each carry the unit is one amount (怀化 2023 稳经济方案: 3万元-5万元;
    # a 奖励办法: 5万元至10万元); a sum, then a year or a place it goes to, is no range
    pytest.param("1.对承办市级消费促进活动的执行单位或商贸流通企业，给予3万元-5万元的资金支持。",
                 [((30000, 50000), "funding", None)], id="range-dash-each-with-unit"),
    pytest.param("一、措施\n对首次认定的企业，给予5万元至10万元的一次性奖励。", [((50000, 100000), "reward", None)], id="range-zhi-each-with-unit"),
    pytest.param("一、措施\n市级财政安排资金500万元到各区县，再补助200万元。", [((5000000,), "funding", None), ((2000000,), "subsidy", None)], id="sum-then-dao-a-place"),
    # the condition of a policy (对…的企业) before its grant: a threshold, a range (with its （含）) or
    # 及以上 (成都 上规贡献奖励, 2024; a province's 一季度稳增长 奖补); the grant after 给予 stays a reward
    pytest.param("（三）上规贡献奖励。对首次进入规模以上工业企业名录库且年度营业收入在5000万元（含）—1亿元之间的企业给予30万元奖励，年度营业收入在1亿元（含）以上的给予40万元奖励。",
                 [((50000000, 100000000), "threshold", None), ((300000,), "reward", None), ((100000000,), "threshold", None), ((400000,), "reward", None)], id="chengdu-range-threshold"),
    pytest.param("一、措施\n对一季度当季产值达到4000万元及以上且同比增长10%及以上的工业企业，给予一次性奖补20—50万元。",
                 [((40000000,), "threshold", None), ((200000, 500000), "reward", None)], id="ji-yishang-threshold"),
    pytest.param("一、措施\n对新取得GCP资格认证的单位给予50万元的一次性奖励。", [((500000,), "reward", None)], id="jinan-grant-after-dui-is-a-reward"),
    # a range whose first end has its own magnitude and no 元 (沙市 2023 电商 政策: 网上零售额达到1000万-3000万元, and
    # 3000万-5000万元 twice); must not: 1-2万元, a magnitude only at the end, reads as before
    pytest.param("支持电商企业提速发展。纳入限上统计两年以上的电商企业当年网上零售额达到1000万-3000万元,且同比增幅在100%以上,给予8万元一次性规模提升奖励。",
                 [((10000000, 30000000), "threshold", None), ((80000,), "reward", None)], id="shashi-range-with-two-magnitudes"),
    pytest.param("一、措施\n服务优胜奖若干名，各奖励1-2万元。", [((10000, 20000), "reward", None)], id="range-one-magnitude"),
    # the step a grant grows by (永德 2015 以商招商 奖励办法: …达人民币50万元的,给予奖励人民币2万元,每增加…人民币50万元,
    # 加奖人民币2万元); must not: the grant after it stays a reward
    pytest.param("(一)符合国家产业政策、在我县注册登记企业年内实现地方公共财政预算收入达人民币50万元的,给予奖励人民币2万元,"
                 "每增加地方公共财政预算收入人民币50万元,加奖人民币2万元;",
                 [((500000,), "threshold", None), ((20000,), "reward", None), ((500000,), "threshold", None), ((20000,), "reward", None)],
                 id="yongde-step-of-a-grant"),
    # tiers, each a range from a bound (柳河 2023 重点产业 实施意见, 第2条 and 第5条: 1000万元及以上至 5000万元、
    # 5000万元以上至1亿元、1亿元以上的, a line's end after 至): one threshold a tier, not a list of their ends;
    # must not: a list of ranges' values stays apart as before, 1-2万元，或3万元-5万元 two
    pytest.param("第2条 对特色农业类项目，固定资产投资1000万元及以上至 5000万元、5000万元以上至1亿元、1亿元以上的，分别参照其投资额给予奖励。",
                 [((10000000, 50000000), "threshold", None), ((50000000, 100000000), "threshold", None), ((100000000,), "threshold", None)],
                 id="liuhe-tiers-of-investment"),
    pytest.param("第5条 对新引进的总部经济项目，自认定当年起，参照其年度地方财政贡献给予企业连续5年奖励，即：年度地方财政贡献"
                 "1000万元及以上至2000万元、2000万元以上至 5000万元、5000万元以上的，分别参照其地方财政贡献的70%、80%和90%给予企业奖励。",
                 [((10000000, 20000000), "threshold", None), ((20000000, 50000000), "threshold", None), ((50000000,), "threshold", None)],
                 id="liuhe-tiers-of-revenue"),
]


@pytest.mark.parametrize("body,expected", SEVERAL)
def test_amounts_of_a_sentence(body, expected):
    assert [(a.values_yuan, a.kind, a.per) for a in amounts.extract(notice_of(body))] == expected


def test_fee_table_cells_are_fees():
    # 浙价费〔2007〕136号 附件2: one cell per line, the fee column as bare figures
    from gazette_cli.extract.quantities import TextIndex

    rows = ["路面材料", "计费单位", "收费标准", "沥青路面", "元/平方米", "140-300", "平、侧石", "米", "50-80"]
    index = TextIndex("\n".join(rows))
    assert [(r.values_yuan, kind) for r, kind, _ in amounts.fee_cells(index)] == [((140, 300), "fee"), ((50, 80), "fee")]
    # a table of coordinates holds figures but no fee
    coords = TextIndex("\n".join(["点号", "X", "Y", "J1", "12235.4652", "2482.337"]))
    assert list(amounts.fee_cells(coords)) == []


@pytest.mark.parametrize("body,values,kind", FORMS)
def test_amount_form(body, values, kind):
    (a,) = amounts.extract(notice_of(body))
    assert (a.values_yuan, a.kind) == (values, kind)


@pytest.mark.parametrize(
    "body, values",
    [
        # what a project of a fund's plan costs: its label (泽库 2023 衔接资金 分配计划) or its total (船山 2022 以工代赈)
        ("1.西卜沙乡三个村游牧民定居点人饮巩固提升工程\n投资:500万元 实施单位:泽库县农牧水利和科技局", [(5000000,)]),
        ("一、项目概况\n该项目总投资450万元,拟争取中央财政衔接资金400万元,主要建设内容为新建排洪渠0.3千米,新建排水沟6千米。",
         [(4500000,), (4000000,)]),
    ],
    ids=["zeku-touzi-label", "chuanshan-xiangmu-zongtouzi"],
)
def test_a_projects_cost_is_funding(body, values):
    found = amounts.extract(notice_of(body))
    assert [(a.values_yuan, a.kind) for a in found] == [(v, "funding") for v in values]


NOT_AMOUNTS = [
    pytest.param("一、目标\n知识产权质押融资登记金额累计超100亿元。", id="money-target"),
    # must not: what projects of a year cost in all and have spent (泗洲头镇 2024 执行情况: 本年度总投资6000万元的19个项目完成投资3000万元)
    pytest.param("一、目标\n本年度总投资6000万元的19个项目完成投资3000万元。", id="year-total-and-spent"),
    # a figure per head a plan reaches is a target (浙江 2023 政府工作报告: 全员劳动生产率达到28万元/人)
    pytest.param("一、目标\n到2027年，全员劳动生产率达到28万元/人。", id="productivity-per-head"),
    pytest.param("一、措施\n按实际投资额的10%给予一次性奖励。", id="percentage-of-investment"),
    pytest.param("一、措施\n奖补资金由市与区县按1:1比例分担。", id="ratio"),
    pytest.param("一、措施\n用好《人才支持政策（30条）》等相关政策。", id="title-number"),
    pytest.param("为做好工作，编制本规划。\n一、发展基础\n（一）“十三五”回顾。累计兑现奖励资金5亿元。", id="review-section"),
]


@pytest.mark.parametrize("body", NOT_AMOUNTS)
def test_not_an_amount(body):
    assert [a.text for a in amounts.extract(notice_of(body))] == []


# --- the sample --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def policy(sample_doc):
    return next(n for n in sample_doc.notices if n.doc_number == "济政发〔2022〕18号")


SAMPLE = [
    pytest.param("分档给予研发单位200万元、300万元、500万元的一次性奖励", (2000000, 3000000, 5000000), "reward", "一/(一)", id="new-drug-rewards"),
    pytest.param("同一年度每家企业最高可获得奖励1亿元", (100000000,), "cap", "二/(五)", id="cap-one-yi"),
    pytest.param("给予200万元的一次性奖励", (2000000,), "reward", "一/(二)", id="broken-wan-yuan"),  # ２００万 / 元 in the PDF text
    pytest.param("按500元/亩给予一次性奖励", (500,), "reward", "三/(十)", id="reward-per-mu"),
    pytest.param("分别达到50亿元、150亿元以上", (5000000000, 15000000000), "threshold", "一/(三)", id="revenue-threshold"),
    pytest.param("实际投资5000万元（含）以上", (50000000,), "threshold", "三/(九)", id="investment-threshold"),
    pytest.param("分别给予30万元、20万元、10万元的一次性奖励", (300000, 200000, 100000), "reward", "四/(十三)", id="three-level-reward"),
]


@pytest.mark.parametrize("fragment,values,kind,path", SAMPLE)
def test_sample_amount(policy, fragment, values, kind, path):
    (a,) = [a for a in policy.amounts if fragment in a.text]
    assert (a.values_yuan, a.kind, a.path) == (values, kind, path)


def test_sample_every_money_figure_is_an_amount(policy):
    """Each 万元/亿元 figure in the policy clauses is in exactly one amount."""
    figures = sum(len(MONEY.findall(c.text)) for c in policy.walk())
    assert sum(len(a.values_yuan) for a in policy.amounts) == figures


def test_sample_amounts_per_notice(sample_doc):
    assert [(n.doc_number, len(n.amounts)) for n in sample_doc.notices] == [
        ("济政发〔2022〕17号", 0),
        ("济政发〔2022〕18号", 52),
        ("济政字〔2022〕61号", 0),
        ("济政字〔2022〕65号", 0),
        ("济政办字〔2022〕51号", 0),
    ]


def test_sample_money_target_is_not_an_amount(sample_doc):
    assert [a.text for n in sample_doc.notices for a in n.amounts if "质押融资" in a.text] == []




def test_sample_amount_text_is_at_its_span(sample_doc):
    misplaced = [a.text for n in sample_doc.notices for a in n.amounts if "".join(a.text.split()) not in source_text(sample_doc, a.span)]
    assert misplaced == []


# --- a table's column of money ------------------------------------------------------------------

_YANGXIAN = (
    "洋政發〔2024〕8號\n洋縣人民政府\n關于印發洋縣2024年十大民生實事項目的通知\n各鎮人民政府、街道辦事處,縣政府各工作部門、直屬事業單位,市管單位:\n"
    "《洋縣2024年十大民生實事項目》已經洋縣第十八屆人民代表大會第三次會議審議通過,現印發給你們,請認真抓好落實。\n"
    "附件:洋縣2024年十大民生實事項目清單\n洋縣人民政府\n2024年4月2日\n附件:\n|\n洋縣2024年十大民生實事項目清單 |\n||||||\n|\n"
)


@pytest.mark.parametrize(
    "table, expected",
    [
        # 洋县 2024 十大民生实事项目清单: 年度投资金额（万元）, a cell per line (a traditional copy)
        ("序號 |\n項目名稱 |\n建設地點 |\n建設時間 |\n2024年建設內容 |\n年度投資金額 (萬元) |\n責任單位 |\n|\n"
         "1 |\n洋縣中小學幼兒園基礎設施提升改造項目 |\n相關鎮 (街道) |\n2024 |\n對馬暢中小、湑水中小、茅坪學校等學校運動場地進行改造。 |\n300 |\n教體局 |\n|\n"
         "2 |\n城北小學門前道路建設項目 |\n紙坊街道 |\n2024 |\n建成唐塔北路延伸段(城北小學門前)道路。 |\n300 |\n住建局 |\n|\n",
         [("1", "funding", (3000000,)), ("2", "funding", (3000000,))]),
        # must not: a deposit's column (a land sale's 竞买保证金（万元）, 平江 国土资源局) is no policy's money
        ("序号 | 土地位置 | 土地面积（m2） | 竞买保证金（万元） |\n1 | 木金乡中心区 | 139 | 5 |\n2 | 木金乡中心区 | 200 | 6 |\n", []),
    ],
    ids=["yangxian-touzi-jine-wanyuan", "pingjiang-baozhengjin"],
)
def test_a_tables_column_of_money(table, expected):
    (notice,) = gazette_cli.parse_text(_YANGXIAN + table).notices
    assert [(a.path, str(a.kind), a.values_yuan) for a in notice.amounts] == expected


def test_the_charges_of_a_fee_schedule():
    # 旬邑 2025 殡仪馆收费标准: under a clause titled 收费标准, in a notice on charges, every sum that names no other
    # purpose is a fee (1、700元/具 names none)
    (n,) = gazette_cli.parse_text("\n".join(['关于旬邑县城市公益性公墓及殡仪馆收费标准的通知', '一、公益性公墓收费标准', '(一)卧碑单墓穴5500元/个,卧碑双墓穴8600元/个;', '二、殡仪馆收费标准', '(一)遗体接运', '1、灵车:300元/具,往返超过30公里的按每公里加收6元;', '2、灵车等候:等候不足半小时不收费,超过半个小时每半小时加收50元,累加计费;', '3、放空费:因丧属原因造成灵车放空的,按本次运费减半收费;', '4、楼层接殡:楼层1-2层不收费,3层及以上开始计费,每层收费标准为10元,费用累加(使用电梯除外)。', '(二)遗体存放', '遗体冷藏费:组合棺每小时2.5元。', '(三)遗体火化', '1、700元/具;', '2、15岁以下儿童、干骨260元/具;', '3、废弃物(15公斤)100元/袋。']) + "\n").notices
    assert [(a.path, a.values_yuan, a.kind, a.per) for a in n.amounts if a.path.startswith(("一", "二/(三)"))] == [
        ("一/(一)", (5500,), "fee", "个"), ("一/(一)", (8600,), "fee", "个"),
        ("二/(三)/1", (700,), "fee", "具"), ("二/(三)/2", (260,), "fee", "具"), ("二/(三)/3", (100,), "fee", "袋"),
    ]
    # 临清 2024: each charge named right before its sum (遗体接运费310元/具, …消毒费20元), and what is 加收 per kilometre
    (n,) = gazette_cli.parse_text("\n".join(['关于明确临清市殡葬基本服务收费及相关问题的通知 (征求意见稿)', '临清市殡仪馆:', '一、殡葬基本服务项目包括遗体接运、遗体存放、火化、骨灰寄存,具体内容及收费标准如下:', '1、遗体接运费310元/具(其中包括馆内抬尸费30元、消毒费20元),超过20公里的每超过1公里加收3元,按往返里程计算', '2、遗体存放费6元/具·小时;']) + "\n").notices
    assert [(a.values_yuan, a.kind, a.per) for a in n.amounts] == [
        ((310,), "fee", "具"), ((30,), "fee", None), ((20,), "fee", None), ((3,), "fee", None), ((6,), "fee", "具"),
    ]


@pytest.mark.parametrize(
    "line, not_fees",
    [
        # money paid out is no charge: 土地补偿费, 安置补助费 (黄山 征地 安置补偿方案)
        ('征收土地安置补偿方案1:征地面积1.7829亩。其中房屋占地面积0.9566亩,空地面积0.8263亩。征收补偿费用:房屋占地按2.22万元/亩标准补偿,计2.1236万元,其中土地补偿费0.925万元/亩,安置补助费1.295万元/亩。空闲地按4.44万元/亩标准补偿,计3.6688万元,其中土地补偿费1.665万元/亩,安置补助费2.775万元/亩。地块内所有房前屋后地上附着物补偿费用按0.8万元/亩,计1.4263万元。', 0),
        # 增加收入 holds 加收 (同心县下马关镇 2023 绩效目标 公示)
        ('根据《关于下达2023年中央财政衔接推进乡村振兴资金预算指标的通知》(同财农(农)指标〔2023〕2-1号)精神,安排《自治区财政厅关于提前下达2023年第一批中央财政衔接推进乡村振兴补助资金预算指标的通知》(宁财(农)指标[2022]605号)资金50万元,实施同心县下马关镇设施农业黄金蜜(葡萄)种植项目,项目负责人金秀梧,项目建设内容:按照1760株/栋的标准,在10栋设施温棚中种植黄金蜜(葡萄)。项目总体绩效目标是:增加特色产业产值80万元,受益脱贫户、监测户10户,促使脱贫户、监测户增加收入80万元。现将绩效目标设定如下:', 0),
    ],
    ids=["huangshan-compensation", "tongxin-income"],
)
def test_money_that_is_no_charge(line, not_fees):
    doc = gazette_cli.parse_text(line + "\n")
    assert sum(a.kind == "fee" for n in doc.notices for a in n.amounts) == not_fees
