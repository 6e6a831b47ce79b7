"""Numeric targets: the forms gazettes write them in, the look-alikes that are not targets, the sample."""

from __future__ import annotations

from decimal import Decimal

import pytest

import gazette_cli
from gazette_cli.extract import targets
from gazette_cli.model import Table
from conftest import source_text
from gazette_text import notice_of

D = Decimal


def only_target(body: str):
    found = [t for t in targets.extract(notice_of(body)) if t.source == "text"]
    assert len(found) == 1, [t.text for t in found]
    return found[0]


# --- forms: one target each, (body, value, value_max, unit, comparator) ------------------------------

FORMS = [
    pytest.param("一、目标\n全市公民具备科学素质的比例达到18.5%。", D("18.5"), None, "%", "=", id="daodao-percent"),
    pytest.param("一、目标\n全市公民具备科学素质的比例达到１８．５％。", D("18.5"), None, "%", "=", id="fullwidth-digits"),
    pytest.param("一、目标\n每年开展健康教育活动40场。", D("40"), None, "场", "=", id="annual-count"),
    pytest.param("一、目标\n每年培训科技辅导员300余人次。", D("300"), None, "人次", ">", id="yu-more-than"),
    pytest.param("一、目标\n保持市级以上科普教育基地数量不低于100家。", D("100"), None, "家", ">=", id="not-lower-than"),
    pytest.param("一、目标\n新增科普场馆不少于5个。", D("5"), None, "个", ">=", id="not-fewer-than"),
    pytest.param("一、目标\n培育形成30个以上高价值专利培育中心。", D("30"), None, "个", ">=", id="yishang-before-noun"),
    pytest.param("一、目标\n知识产权质押融资登记金额累计超100亿元。", D("100"), None, "亿元", ">", id="chao-money-target"),
    pytest.param("一、目标\n有效注册商标量预期值达40万件。", D("40"), None, "万件", "=", id="wan-unit"),
    pytest.param("一、目标\n知识产权保护满意度达85分以上。", D("85"), None, "分", ">=", id="score-yishang"),
    pytest.param("一、目标\n全市食品抽检量不低于5份/千人·年。", D("5"), None, "份/千人·年", ">=", id="compound-unit"),
    pytest.param("一、目标\n实现投诉举报24小时回应。", D("24"), None, "小时", "=", id="hours"),
    pytest.param("一、目标\n建成健康教育基地16个。", D("16"), None, "个", "=", id="jiancheng-count-after"),
    pytest.param("一、目标\n建设区域科普中心8—10个。", D("8"), D("10"), "个", "range", id="range-emdash"),
    pytest.param("一、目标\n建设区域科普中心8-10个。", D("8"), D("10"), "个", "range", id="range-hyphen"),
    pytest.param("一、目标\n建设区域科普中心8至10个。", D("8"), D("10"), "个", "range", id="range-zhi"),
    pytest.param("一、目标\n单位生产总值能耗下降控制在3%以内。", D("3"), None, "%", "<=", id="kongzhizai-yinei"),
    pytest.param("一、目标\n城镇调查失业率低于5.5%。", D("5.5"), None, "%", "<", id="diyu"),
    pytest.param("一、目标\n“十四五”期间，全省计划筹集建设保障性租赁住房20万套（间）以上。", D("20"), None, "万套", ">=", id="unit-note-then-yishang"),
    pytest.param("一、目标\n地区生产总值年均增长7%左右。", D("7"), None, "%", "=", id="zuoyou"),
    pytest.param("一、目标\n参保人数超过120万人。", D("120"), None, "万人", ">", id="chaoguo-wan-ren"),
    pytest.param("一、目标\n事项办理时限压缩至不超过5个工作日。", D("5"), None, "个工作日", "<=", id="working-days"),
]


@pytest.mark.parametrize("body,value,value_max,unit,comparator", FORMS)
def test_target_form(body, value, value_max, unit, comparator):
    t = only_target(body)
    assert (t.value, t.value_max, t.unit, t.comparator) == (value, value_max, unit, comparator)


METRICS = [
    pytest.param("一、目标\n全市公民具备科学素质的比例达到18.5%。", "全市公民具备科学素质的比例", id="subject-before-comparator"),
    pytest.param("一、目标\n每年开展相关健康科普专家健康教育活动40场。", "相关健康科普专家健康教育活动", id="object-after-verb"),
    pytest.param("一、目标\n培育形成30个以上高价值专利培育中心。", "高价值专利培育中心", id="thing-counted-after"),
    pytest.param("一、目标\n有效注册商标量预期值达40万件。", "有效注册商标量", id="drops-yuqizhi"),
    pytest.param("一、目标\n知识产权质押融资登记金额累计超100亿元。", "知识产权质押融资登记金额", id="drops-leiji"),
    pytest.param("一、目标\n保持市级以上科普教育基地数量不低于100家。", "市级以上科普教育基地数量", id="drops-baochi"),
    pytest.param("一、目标\n全省计划筹集建设保障性租赁住房20万套（间）以上。", "保障性租赁住房", id="unit-note-not-metric"),
]


@pytest.mark.parametrize("body,expected", METRICS)
def test_metric(body, expected):
    assert only_target(body).metric == expected


YEARS = [
    pytest.param("一、目标\n到2025年，居民健康素养水平达到30%。", 2025, id="dao-year-same-sentence"),
    pytest.param("一、目标\n到 2025 年，规模以上企业认证比例达到100%。", 2025, id="spaced-year"),
    pytest.param("一、目标\n2025年前，建成健康教育基地16个。", 2025, id="year-qian"),
    pytest.param("一、目标\n“十四五”期间，全市食品抽检量不低于5份/千人·年。", 2025, id="shisiwu-period"),
    pytest.param("一、目标\n（一）发展目标。到2025年，体系更加健全。\n1.供给机制更加健全。培育形成30个以上高价值专利培育中心。", 2025, id="inherited-from-goals-clause"),
    pytest.param("一、目标\n（一）发展目标。到2030年，体系更加健全。\n1.供给机制更加健全。到2025年，建成基地16个。", 2025, id="own-year-wins"),
    pytest.param("一、目标\n保持市级以上科普教育基地数量不低于100家。", None, id="no-year"),
    pytest.param("一、目标\n（一）工作要求。按照《规划纲要（2021-2035年）》要求推进。\n1.建成基地16个。", None, id="title-years-are-no-deadline"),
]


@pytest.mark.parametrize("body,year", YEARS)
def test_year(body, year):
    assert only_target(body).year == year


PERIODS = [
    pytest.param("一、目标\n每年开展健康教育活动40场。", "annual", id="meinian"),
    pytest.param("一、目标\n年均新增科普场馆5个。", "annual", id="nianjun"),
    pytest.param("一、目标\n知识产权托管企业累计达5500家。", None, id="leiji-is-no-period"),
    pytest.param("一、目标\n建成健康教育基地16个。", None, id="none"),
]


@pytest.mark.parametrize("body,period", PERIODS)
def test_period(body, period):
    assert only_target(body).period == period


# --- look-alikes: nothing is a target ------------------------------------------------------------------

NOT_TARGETS = [
    pytest.param("一、发展基础\n（一）“十三五”回顾。食品抽检合格率持续多年保持在98%以上，国际、国家标准增至2225个。", id="review-section"),
    pytest.param("为做好工作，编制本规划。\n一、规划编制背景\n（一）总体情况。抽样调查群众食品安全满意率达88.4%。", id="under-background-section"),
    pytest.param("一、任务\n国际、国家标准总数同比增长96%。", id="tongbi-history"),
    pytest.param("一、任务\n截至2020年底，全市科普场馆达到50个。", id="jiezhi-history"),
    pytest.param("一、任务\n落地实施英才计划、青少年科普教育330工程。", id="name-330-project"),
    pytest.param("一、任务\n瞄准世界500强企业，加大招商引资力度。", id="name-fortune-500"),
    pytest.param("一、任务\n建成“96333”电梯应急处置平台。", id="quoted-number"),
    pytest.param("一、任务\n依托12345市民服务热线，完善消费维权机制。", id="hotline-number"),
    pytest.param("一、任务\n以《健康素养66条》普及为主要内容。", id="book-title-number"),
    pytest.param("一、任务\n用好《济南市人才服务支持政策（30条）》等政策。", id="policy-title-count"),
    pytest.param("一、任务\n着力提高创新创造技能，实施5项提升行动。", id="count-of-actions"),
    pytest.param("一、任务\n深化科普供给侧改革，稳步推进4项重点工程。", id="count-of-projects"),
    pytest.param("一、任务\n依据《规划纲要（2021—2035年）》（国发〔2021〕9号），制定本方案。", id="dates-and-doc-numbers"),
    pytest.param("一、任务\n奖补资金由市与区县按1:1比例分担。", id="ratio"),
    pytest.param("一、任务\n每个项目分档给予研发单位200万元、300万元、500万元的一次性奖励。", id="policy-reward-money"),
    pytest.param("一、任务\n对新增种植面积500亩（含）以上道地药材种植基地的建设主体单位，按500元/亩给予一次性奖励。", id="policy-condition"),
    pytest.param("一、任务\n同一年度每家企业获得奖励的品种数量不超过5个。", id="policy-cap-count"),
    pytest.param("一、任务\n严格落实食品药品安全事故2小时报告制度。", id="rule-time-limit-no-commitment"),
    pytest.param("一、任务\n项目规划用地240亩。", id="quantity-without-commitment"),
    pytest.param("一、任务\n推广ISO22000认证。", id="code-number"),
]


@pytest.mark.parametrize("body", NOT_TARGETS)
def test_not_a_target(body):
    assert [t.text for t in targets.extract(notice_of(body))] == []


# --- the sample --------------------------------------------------------------------------------------

def sample_target(doc, fragment):
    found = [(n.doc_number, t) for n in doc.notices for t in n.targets if fragment in t.text]
    assert len(found) == 1, [t.text for _, t in found]
    return found[0]


MUST_REPORT = [
    # fragment of the target's text, doc number, value, unit, comparator, year, period
    pytest.param("全市公民具备科学素质的比例达到18.5%", "济政发〔2022〕17号", D("18.5"), "%", "=", 2025, None, id="science-literacy"),
    pytest.param("每年开展相关健康科普专家健康教育活动40场", "济政发〔2022〕17号", D("40"), "场", "=", None, "annual", id="health-events"),
    pytest.param("每年培训科技辅导员300余人次", "济政发〔2022〕17号", D("300"), "人次", ">", None, "annual", id="counsellors"),
    pytest.param("科普教育基地数量不低于100家", "济政发〔2022〕17号", D("100"), "家", ">=", None, None, id="science-bases"),
    pytest.param("重点人群职业健康知识知晓率达到90%以上", "济政发〔2022〕17号", D("90"), "%", ">=", 2025, None, id="occupational-health"),
    pytest.param("建成健康教育基地16个", "济政发〔2022〕17号", D("16"), "个", "=", 2025, None, id="health-bases"),
    pytest.param("培育形成30个以上高价值专利培育中心", "济政字〔2022〕65号", D("30"), "个", ">=", 2025, None, id="patent-centres-inherited-year"),
    pytest.param("质押融资登记金额累计超100亿元", "济政字〔2022〕65号", D("100"), "亿元", ">", 2025, None, id="pledge-financing"),
    pytest.param("有效注册商标量预期值达40万件", "济政字〔2022〕65号", D("40"), "万件", "=", 2025, None, id="trademarks"),
    pytest.param("每万人口高价值发明专利拥有量预期值达16件", "济政字〔2022〕65号", D("16"), "件", "=", 2025, None, id="patents-per-10k"),
    pytest.param("知识产权保护满意度达85分以上", "济政字〔2022〕65号", D("85"), "分", ">=", 2025, None, id="satisfaction-score"),
    pytest.param("全市食品抽检量不低于5份/千人·年", "济政办字〔2022〕51号", D("5"), "份/千人·年", ">=", 2025, None, id="food-sampling"),
    # broken across source lines in the PDF text: 累计达 / ５５００家, 培 / 育建设
    pytest.param("知识产权托管企业累计达5500家", "济政字〔2022〕65号", D("5500"), "家", "=", 2025, None, id="broken-before-number"),
    pytest.param("培育建设综合性知识产权运营中心10个", "济政字〔2022〕65号", D("10"), "个", "=", 2025, None, id="broken-inside-verb"),
    pytest.param("实现投诉举报24小时回应", "济政办字〔2022〕51号", D("24"), "小时", "=", None, None, id="complaint-response"),
]


@pytest.mark.parametrize("fragment,doc_number,value,unit,comparator,year,period", MUST_REPORT)
def test_sample_reports(sample_doc, fragment, doc_number, value, unit, comparator, year, period):
    number, t = sample_target(sample_doc, fragment)
    assert (number, t.value, t.unit, t.comparator, t.year, t.period) == (doc_number, value, unit, comparator, year, period)


MUST_NOT = [
    pytest.param("98%以上", "合格率持续多年", id="review-pass-rate"),
    pytest.param("2225个", "增至", id="review-standards"),
    pytest.param("96%", "同比增长", id="review-growth"),
    pytest.param("88.4%", "满意率达", id="review-satisfaction"),
    pytest.param("330", "工程", id="330-project"),
    pytest.param("500强", "世界", id="fortune-500"),
    pytest.param("66条", "健康素养", id="book-66"),
    pytest.param("5项提升行动", "实施", id="five-actions"),
    pytest.param("4项重点工程", "推进", id="four-projects"),
    pytest.param("6大任务", "", id="six-tasks"),
    pytest.param("万元", "奖励", id="reward-money"),
    pytest.param("1:1", "", id="ratio"),
    pytest.param("万平方米", "建筑面积约", id="floor-area"),
    pytest.param("个专业技术中心", "拟建设", id="proposed-project"),
]


@pytest.mark.parametrize("fragment,context", MUST_NOT)
def test_sample_does_not_report(sample_doc, fragment, context):
    hits = [t.text for n in sample_doc.notices for t in n.targets if t.source == "text" and fragment in t.text and context in t.text]
    assert hits == []


def test_sample_kept_history_out_of_review_section(sample_doc):
    market = next(n for n in sample_doc.notices if n.doc_number == "济政办字〔2022〕51号")
    assert [t.text for t in market.targets if t.path and t.path.startswith("一/")] == []


def test_policy_notice_has_no_targets(sample_doc):
    policy = next(n for n in sample_doc.notices if n.doc_number == "济政发〔2022〕18号")
    assert [t.text for t in policy.targets] == []


# --- indicator table ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def table_targets(sample_doc):
    market = next(n for n in sample_doc.notices if n.doc_number == "济政办字〔2022〕51号")
    return [t for t in market.targets if t.source == "table"]


def test_table_gives_eighteen_rows(table_targets):
    assert [t.text.split()[0] for t in table_targets] == [str(i) for i in range(1, 19)]


ROWS = [
    # row number, metric, baseline, value, unit, attribute
    pytest.param(1, "市级社会公用计量标准实现数", D("186"), D("270"), "项", "预期性", id="row1-unit-from-name"),
    pytest.param(3, "产业计量测试中心培育数量", D("1"), D("3"), None, "预期性", id="row3-no-unit"),
    pytest.param(4, "一般事项“双随机、一公开”抽查比例", D("7"), D("8"), "%", "约束性", id="row4-cell-carries-unit"),
    pytest.param(9, "公共服务质量满意度", D("90.94"), D("92.00"), "分", "预期性", id="row9-score"),
    pytest.param(12, "食品安全评价性抽检合格率", D("98"), D("98.5"), "%", "预期性", id="row12-after-page-break"),
    pytest.param(17, "万人有效发明专利拥有量", D("33.2"), D("45"), "件", "预期性", id="row17-decimal-baseline"),
    pytest.param(18, "万人高价值发明专利拥有量", D("11.88"), D("16"), "件", "预期性", id="row18-last"),
]


@pytest.mark.parametrize("row,metric,baseline,value,unit,attribute", ROWS)
def test_table_row(table_targets, row, metric, baseline, value, unit, attribute):
    t = table_targets[row - 1]
    assert (t.metric, t.baseline, t.value, t.unit, t.attribute, t.year) == (metric, baseline, value, unit, attribute, 2025)


# Plan indicator tables without 序号: a base year and a target year, a 年均 column, a group
# cell merged over the rows under it (a TAB-led row).  国家“十四五”规划纲要 专栏1
# (指 标 letter-spaced, 年均/累计, 60.6* with a note) and a city's 十四五 纲要 (年均增长).
_PLAN_HEAD = "某市国民经济和社会发展第十四个五年规划纲要\n第一章　发展目标\n第一节　主要指标\n"
PLAN_TABLES = [
    pytest.param(
        "类别\t指 标\t2020年\t2025年\t年均/累计\t属性\n"
        "经济发展\t全员劳动生产率增长（%）\t2.5\t—\t高于GDP增长\t预期性\n"
        "\t常住人口城镇化率（%）\t60.6*\t65\t—\t预期性\n"
        "创新驱动\t研发经费投入增长（%）\t—\t—\t>7\t预期性\n"
        "民生福祉\t城镇调查失业率（%）\t5.2\t—\t<5.5\t预期性\n"
        "绿色生态\t单位国内生产总值能源消耗降低（%）\t—\t—\t〔13.5〕\t约束性\n",
        [
            ("常住人口城镇化率", "level", D("65"), D("60.6"), "%", "=", None, False, None),
            ("研发经费投入增长", "growth", D("7"), None, "%", ">", "annual", False, 2020),
            ("城镇调查失业率", "level", D("5.5"), None, "%", "<", "annual", False, None),
            ("单位国内生产总值能源消耗降低", "change", D("-13.5"), None, "%", "=", None, True, 2020),
        ],
        id="national-14th-plan",
    ),
    pytest.param(
        "类别\t指标\t2020年\t2025年\t年均增长\t属性\n"
        "经济发展\t地区生产总值增长（%）\t3.6\t—\t6左右\t预期性\n"
        "\t常住人口城镇化率（%）\t65\t70\t〔5〕\t预期性\n",
        [
            ("地区生产总值增长", "growth", D("6"), None, "%", "=", "annual", False, 2020),
            ("常住人口城镇化率", "level", D("70"), D("65"), "%", "=", None, False, None),
            ("常住人口城镇化率", "change", D("5"), None, "个百分点", "=", None, True, 2020),
        ],
        id="city-14th-plan",
    ),
    # the forms of the two national plans' tables: names numbered 1. (十四五) or （1） (十三五), and a
    # 年均增长〔累计〕 header (十三五) whose 〔〕 cells are totals over the plan's years
    pytest.param(
        "类别\t指标\t2020年\t2025年\t年均增长〔累计〕\t属性\n"
        "经济发展\t1.地区生产总值增长（%）\t3.6\t—\t6左右\t预期性\n"
        "\t（2）常住人口城镇化率（%）\t63.9\t68\t〔4.1〕\t预期性\n",
        [
            ("地区生产总值增长", "growth", D("6"), None, "%", "=", "annual", False, 2020),
            ("常住人口城镇化率", "level", D("68"), D("63.9"), "%", "=", None, False, None),
            ("常住人口城镇化率", "change", D("4.1"), None, "个百分点", "=", None, True, 2020),
        ],
        id="numbered-names-and-a-cumulative-header",
    ),
]


@pytest.mark.parametrize("table, expected", PLAN_TABLES)
def test_a_plans_indicator_table(table, expected):
    (notice,) = gazette_cli.parse_text(_PLAN_HEAD + table).notices
    got = [(t.metric, str(t.kind), t.value, t.baseline, t.unit, str(t.comparator), t.period and str(t.period), t.cumulative, t.baseline_year)
           for t in notice.targets if t.source == "table"]
    assert got == expected
    assert {t.year for t in notice.targets if t.source == "table"} == {2025}


@pytest.mark.parametrize("table, expected", PLAN_TABLES)
def test_a_plans_indicator_table_without_its_merged_cells(table, expected):
    # a page's copy that prints a row under a merged 类别 cell without that cell (达州市“十四五”林业发展规划's
    # 生态建设 / 1 森林覆盖率 … then 2 森林蓄积量 …): the row's cells are still the columns after it
    shifted = "".join(line.removeprefix("\t") + "\n" for line in table.splitlines())
    (notice,) = gazette_cli.parse_text(_PLAN_HEAD + shifted).notices
    got = [(t.metric, str(t.kind), t.value, t.baseline, t.unit, str(t.comparator), t.period and str(t.period), t.cumulative, t.baseline_year)
           for t in notice.targets if t.source == "table"]
    assert got == expected


def test_dazhou_rows_under_a_merged_group_cell():
    table = (
        "类别\t序号\t指标名称\t2020年\t2025年\t属性\n生态建设\t1\t森林覆盖率(%)\t45.31\t46.3\t约束性\n"
        "2\t森林蓄积量(万立方米)\t4606.24\t5000\t约束性\n"
    )
    (notice,) = gazette_cli.parse_text(_PLAN_HEAD + table).notices
    assert [(t.metric, t.value, t.baseline, t.unit, t.attribute) for t in notice.targets if t.source == "table"] == [
        ("森林覆盖率", D("46.3"), D("45.31"), "%", "约束性"),
        ("森林蓄积量", D(5000), D("4606.24"), "万立方米", "约束性"),
    ]


@pytest.mark.parametrize("table, expected", PLAN_TABLES)
def test_a_plans_indicator_table_one_cell_per_line(table, expected):
    # the same tables as a web page's copy gives them: one cell per line, a merged group cell once
    flat = "".join(cell + "\n" for line in table.splitlines() for cell in line.split("\t") if cell)
    (notice,) = gazette_cli.parse_text(_PLAN_HEAD + flat).notices
    got = [(t.metric, str(t.kind), t.value, t.baseline, t.unit, str(t.comparator), t.period and str(t.period), t.cumulative, t.baseline_year)
           for t in notice.targets if t.source == "table"]
    assert got == expected


# 镇江市现代农业发展“十二五”规划 (2011), a web page's copy: 类别 / 指标 / 2010年实绩 / 2015年目标 one cell
# per line, no attribute column; a group cell (一、经济增长) once for the rows under it
_ZHENJIANG_TABLE = (
    "  “十二五”现代农业主要经济指标表\n\n类别\n\n  指标\n\n  2010年实绩\n\n  2015年目标\n\n  一、经济增长\n\n  农业增加值(亿元)\n\n"
    "  81.53\n\n  163\n\n  农民人均纯收入(元)\n\n  10874\n\n  22000\n\n  二、农产品供给\n\n  粮食总产(万吨)\n\n  119.6\n\n"
    "  100\n\n  肉类总产(万吨)\n\n  11.45\n\n  13\n"
)


def test_an_indicator_table_one_cell_per_line_without_attributes():
    (notice,) = gazette_cli.parse_text("镇江市人民政府办公室关于印发镇江市现代农业发展“十二五”规划的通知\n" + _ZHENJIANG_TABLE).notices
    (table,) = notice.tables
    assert (table.header, table.rows[0].cells, table.rows[1].cells) == (
        ("类别", "指标", "2010年实绩", "2015年目标"),
        ("一、经济增长", "农业增加值（亿元）", "81.53", "163"),
        ("", "农民人均纯收入（元）", "10874", "22000"),
    )
    assert [(t.metric, t.value, t.baseline, t.unit, t.year) for t in notice.targets if t.source == "table"] == [
        ("农业增加值", D(163), D("81.53"), "亿元", 2015),
        ("农民人均纯收入", D(22000), D(10874), "元", 2015),
        ("粮食总产", D(100), D("119.6"), "万吨", 2015),
        ("肉类总产", D(13), D("11.45"), "万吨", 2015),
    ]


def test_every_later_year_column_is_a_target_of_its_year():
    # 绥宁县人均预期寿命提升行动计划主要目标责任清单 (绥政办函〔2025〕5号): 2022年 | 2025年 | 2027年, the first the
    # baseline, each later one a goal of its year; a statistics table of three past years still gives none (below)
    text = ("绥宁县人民政府办公室关于印发绥宁县人均预期寿命提升行动计划主要目标责任清单的通知\n绥政办函〔2025〕5号\n各乡镇人民政府:\n"
            "现印发给你们,请认真抓好落实。\n绥宁县人民政府办公室\n2025年4月25日\n绥宁县人均预期寿命提升行动计划主要目标责任清单\n"
            # the page's copy: one cell per line, each closed by a bar
            + "".join(cell + " |\n" for cell in (
                "序号", "指标名称", "单位", "2022年", "2025年", "2027年", "牵头单位", "责任单位",
                "3", "居民健康素养水平", "%", "21.6", "≥31.5", "≥33", "县卫健局", "县疾控中心,各乡镇人民政府",
                "5", "30-70岁重大慢性病过早死亡率", "%", "0.17", "≤12.7", "≤12.5", "县卫健局", "县疾控中心,各乡镇人民政府")))
    (notice,) = gazette_cli.parse_text(text).notices
    assert [(t.metric, t.value, t.comparator, t.year, t.baseline) for t in notice.targets if t.source == "table"] == [
        ("居民健康素养水平", D("31.5"), ">=", 2025, D("21.6")),
        ("居民健康素养水平", D(33), ">=", 2027, D("21.6")),
        ("30-70岁重大慢性病过早死亡率", D("12.7"), "<=", 2025, D("0.17")),
        ("30-70岁重大慢性病过早死亡率", D("12.5"), "<=", 2027, D("0.17")),
    ]
    stats = ("2020年某县国民经济和社会发展统计公报\n某县统计局\n2021年3月20日\n一、综合\n指标\t2018年\t2019年\t2020年\n"
             "地区生产总值（亿元）\t120.5\t131.2\t140.3\n")
    assert gazette_cli.parse_text(stats).notices[0].targets == ()


def test_indicator_rows_one_cell_per_line_that_lost_their_empty_cells():
    # 梅州 十四五 残疾人保障和发展 专栏2 as a page saved it: one cell per line, the 类别 cell broken over two lines
    # (收入和 / 就业) and printed once over its rows, an empty 2020年 cell gone (2. … / 6000人 / 预期性): each row is read
    # from its numbered name; a lone value is the goal, and a value in words is no target
    text = "专栏2:“十四五”残疾人保障和发展主要指标\n类别\n指 标\n2020年\n2025年\n属性\n收入和\n就业\n1.残疾人家庭人均年收入增速(%)\n与国内生产总值增长基本同步\n预期性\n2. 城乡残疾人职业技能培训人数(人)\n6000人\n预期性\n社会保障和基本公共服务\n3.符合条件的残疾人纳入最低生活保障比例(%)\n100%\n100%\n约束性\n4.困难残疾人生活补贴覆盖率(%)\n100%\n100%\n约束性\n5.重度残疾人护理补贴覆盖率(%)\n100%\n100%\n约束性\n6.残疾人城乡居民基本养老保险参保率(%)\n91.82%\n>90%\n预期性\n"
    (notice,) = gazette_cli.parse_text(text).notices
    (table,) = notice.tables
    assert [r.cells for r in table.rows[:3]] == [
        ("收入和就业", "1.残疾人家庭人均年收入增速（%）", "", "与国内生产总值增长基本同步", "预期性"),
        ("", "2. 城乡残疾人职业技能培训人数（人）", "", "6000人", "预期性"),
        ("社会保障和基本公共服务", "3.符合条件的残疾人纳入最低生活保障比例（%）", "100%", "100%", "约束性"),
    ]
    assert [(t.metric, t.value, t.comparator, t.baseline, t.year) for t in notice.targets][::2] == [
        ("城乡残疾人职业技能培训人数", D(6000), "=", None, 2025),
        ("困难残疾人生活补贴覆盖率", D(100), "=", D(100), 2025),
        ("残疾人城乡居民基本养老保险参保率", D(90), ">", D("91.82"), 2025),
    ]


def test_a_statistics_table_one_cell_per_line_sets_no_target():
    # a 统计公报's table of two past years (the form of 洪洞 2019's report): a table, and no target
    text = ("2019年某县国民经济和社会发展统计公报\n某县统计局\n2020年3月20日\n一、综合\n主要指标\n\n指标\n\n2018年\n\n2019年\n\n"
            "地区生产总值（亿元）\n\n120.5\n\n131.2\n\n财政收入（亿元）\n\n10.1\n\n11.3\n\n粮食产量（万吨）\n\n20.4\n\n21.0\n")
    (notice,) = gazette_cli.parse_text(text).notices
    assert [t.header for t in notice.tables] == [("指标", "2018年", "2019年")] and notice.targets == ()


@pytest.mark.parametrize(
    "lines",
    [
        # attributes without a header of indicator columns (no year among them)
        "任务\n属性\n建设数字政府\n预期性\n完善营商环境\n预期性\n",
        # a header, but rows that do not end with their attribute
        "指标\n2020年\n2025年\n属性\n地区生产总值\n3.6\n6\n全员劳动生产率\n预期性\n",
    ],
)
def test_cells_without_an_indicator_table_are_no_table(lines):
    doc = gazette_cli.parse_text(_PLAN_HEAD + lines)
    assert [b for b in doc.layout.blocks if isinstance(b, Table)] == []


def test_table_rows_are_not_clauses(sample_doc):
    market = next(n for n in sample_doc.notices if n.doc_number == "济政办字〔2022〕51号")
    assert [c.path for c in market.walk() if c.title.startswith("市级社会公用计量")] == []


# --- every target points back to its source ----------------------------------------------------------



def test_sample_target_text_is_at_its_span(sample_doc):
    misplaced = [
        t.text
        for n in sample_doc.notices
        for t in n.targets
        if "".join(t.text.split()) not in source_text(sample_doc, t.span)
    ]
    assert misplaced == []


def test_sample_target_counts(sample_doc):
    counts = [(n.doc_number, sum(t.source == "text" for t in n.targets), sum(t.source == "table" for t in n.targets)) for n in sample_doc.notices]
    assert counts == [
        ("济政发〔2022〕17号", 11, 0),
        ("济政发〔2022〕18号", 0, 0),
        ("济政字〔2022〕61号", 0, 0),
        ("济政字〔2022〕65号", 19, 0),
        # 51号: the project of 四/(三) (总建筑面积约23万平方米, 拟建设…8个专业技术中心) is a
        # description, not five targets; 原则上每3年一次 is a frequency
        ("济政办字〔2022〕51号", 11, 18),
    ]


def test_sample_output_validates(sample_dict, validator):
    assert list(validator.iter_errors(sample_dict)) == []


# --- a task table's rows: each task read alone, under its row's path, by its deadline --------------

TASK_TABLE = (
    "某市人民政府办公室关于印发某市重点任务分工方案的通知\n各区县人民政府，市政府各部门：\n"
    "现将《某市重点任务分工方案》印发给你们，请认真贯彻落实。\n某市人民政府办公室\n2023年2月1日\n某市重点任务分工方案\n"
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
    "一、优化营商环境（共2项）\n"
    "1\t推行“一网通办”，政务服务事项网上可办率达到95%以上\t市政务服务管理局\t各区县政府\t2023年6月底前\n"
    "2\t推行“一窗受理”\t市政务服务管理局\t各区县政府\t持续推进\n"
    "二、扩大有效投资（共1项）\n"
    "3\t完成重点项目投资3000亿元\t市发展改革委\t各区县政府\t2023年12月底前\n"
)


def test_a_task_cells_figure_that_closes_it_is_a_target():
    # 国办函〔2016〕38号 量化指标任务分工 (序号 工作任务 牵头负责部门) and 洋县 2024 十大民生实事 (a row of works):
    # a task cell states what is to be done, so its figure needs no verb
    head = "国务院办公厅关于印发2016年《政府工作报告》量化指标任务分工的通知\n国务院有关部门：\n现将任务分工印发给你们。\n国务院办公厅\n2016年4月6日\n"
    table = ("序号\t工作任务\t牵头负责部门\n1\t居民消费价格涨幅3%左右\t发展改革委\n4\t安排地方专项债券4000亿元\t财政部\n"
             "8\t公路投资1.65万亿元\t交通运输部\n")
    (notice,) = gazette_cli.parse_text(head + table).notices
    assert [(t.metric, t.value, t.unit) for t in notice.targets] == [
        ("居民消费价格涨幅", D(3), "%"), ("安排地方专项债券", D(4000), "亿元"), ("公路投资", D("1.65"), "万亿元")]
    rows = ("序号\t实事项目\t责任单位\n1\t实施田块整治500亩，新建田间道路38公里，种植桂花、紫薇等苗木8000株\t县农业农村局\n"
            "2\t城区绿化提升\t县住建局\n")
    (notice,) = gazette_cli.parse_text("洋县人民政府关于印发洋县2024年十大民生实事项目的通知\n各镇人民政府：\n现印发给你们。\n洋县人民政府\n2024年4月2日\n" + rows).notices
    assert [(t.value, t.unit) for t in notice.targets] == [(D(500), "亩"), (D(38), "公里"), (D(8000), "株")]
    # …but the same words in a clause of text, or a figure that does not close the cell, commit to nothing
    (notice,) = gazette_cli.parse_text(head + "一、任务\n公路投资1.65万亿元。\n").notices
    assert notice.targets == ()
    (notice,) = gazette_cli.parse_text(head + "序号\t工作任务\t牵头负责部门\n1\t全县100个农村路口安全隐患排查\t县公安局\n2\t做好工作\t县交通局\n").notices
    assert notice.targets == ()


def test_a_progress_columns_figures_are_no_targets():
    # 绍兴 2020 重点工作 一季度进展: 序号 | 内容与要求 | 进展情况 | 责任单位 — the task is the 内容与要求 cell, and
    # the progress cell's figures (目前已安排36个项目，总投资882.1亿元) report
    text = ("市政府2020年重点工作一季度进展情况\n序号\t内容与要求\t进展情况\t责任单位\n"
            "1\t深入推进省级军民融合示范区建设，取得军工资质8本以上。\t目前已安排36个项目，总投资882.1亿元\t市发改委\n"
            "2\t持续推进重大项目攻坚，确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长。\t战略性新兴产业增加值占规上工业增加值比重为46.3%\t市经信局\n")
    (notice,) = gazette_cli.parse_text(text).notices
    assert [(t.value, t.unit) for t in notice.targets] == [(D(10), "%")]


def test_a_progress_tables_target_column():
    # 岳阳楼区 2019 省市重点民生实事项目完成情况: 项目名称 | 责任单位 | 目标任务 | 实际完成情况 | 完成率; the
    # target column gives the targets, the columns of progress no baseline, and the unit column its units
    text = (
        "岳阳楼区2019年1-8月省市重点民生实事项目完成情况\n序号 | 项目名称 | 责任单位 | 目标任务 | 1-8月实际完成情况 | 任务完成率 | 备注 |\n"
        "1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% | |\n"
        "2 | 减少义务教育大班额 | 区教育局 | 51个 | 53个 | 104% | |\n"
        "3 | 改善棚户区居民住房条件 | 住房保障中心楼区分中心 | 1271户 | 350户 | 28% | 因集体土地征收新政策出台滞后，影响签约进度。 |\n"
    )
    (notice,) = gazette_cli.parse_text(text).notices
    assert [(t.metric, t.value, t.unit, t.baseline) for t in notice.targets if t.source == "table"] == [
        ("新增城镇就业", D(8950), "人", None), ("减少义务教育大班额", D(51), "个", None), ("改善棚户区居民住房条件", D(1271), "户", None)]
    assert [r.units for r in notice.responsibilities] == [("区人社局",), ("区教育局",), ("住房保障中心楼区分中心",)]


def test_a_task_tables_targets_are_its_tasks():
    doc = gazette_cli.parse_text(TASK_TABLE)
    found = [(t.path, t.metric, t.value, t.unit, t.year) for t in doc.notices[0].targets]
    assert found == [
        ("一/1", "政务服务事项网上可办率", Decimal(95), "%", 2023),
        ("二/3", "重点项目投资", Decimal(3000), "亿元", 2023),
    ]
    # the unit and deadline columns are no part of any target's text
    assert all("市发展改革委" not in t.text and "月底前" not in t.text for t in doc.notices[0].targets)


# --- documents that report the past --------------------------------------------------------

_RESULTS = "一、综合\n全年全市地区生产总值12027.5亿元，比上年增长3.0%。其中，第一产业增加值432.6亿元，增长4.2%。\n全年城镇新增就业17.3万人。\n"


@pytest.mark.parametrize(
    "title",
    [
        "济南市2022年国民经济和社会发展统计公报",  # a city's bulletin, as each city prints one every spring
        "中华人民共和国2022年国民经济和社会发展统计公报",  # 国家统计局's
        "关于2022年重点工作完成情况的通报",
        # how the work was carried out, and how river chiefs did theirs (平政督字〔2020〕18号; 乐清 2022)
        "关于县人民政府2020年工作任务分工三季度落实情况的通报",
        "关于2022年3月份河长履职情况的通报",
        # 国家统计局's releases on a part of the year (2016-10-19; 2016-07-15)
        "前三季度国民经济运行稳中有进、稳中提质",
        "上半年国民经济运行总体平稳、稳中有进",
    ],
)
def test_a_document_that_reports_the_past_has_no_targets(title):
    (notice,) = gazette_cli.parse_text(title + "\n" + _RESULTS).notices
    assert (notice.title, notice.targets) == (title, ())


@pytest.mark.parametrize(
    "first, expected",
    [
        # a department's summary of its year before its plan for the next (衡阳县水利局 2023年工作总结及2024年工作思路):
        # the summary's figures are results
        ("一、2023年工作总结", []),
        # must not: a section that plans keeps its figures
        ("一、2024年工作思路", [Decimal("9.66")]),
    ],
)
def test_a_section_that_sums_up_the_year_holds_no_targets(first, expected):
    text = (
        "衡阳县水利局2023年工作总结及2024年工作思路\n" + first + "\n（一）争项争资持续发力\n"
        "为完成县政府年初下达的固定资产投资、招商引资和争项争资任务，我局以项目建设促投资为抓手，水利基础设施不断夯实。"
        "2024年我县全口径水利建设投资力争达到9.66亿元。\n"
    )
    (notice,) = gazette_cli.parse_text(text).notices
    assert [t.value for t in notice.targets] == expected


def test_an_attached_bulletin_has_no_targets_but_the_notice_keeps_its_own():
    text = (
        "关于印发济南市2022年国民经济和社会发展统计公报的通知\n济统字〔2023〕5号\n各区县统计局：\n"
        "现将《济南市2022年国民经济和社会发展统计公报》印发给你们。今年要完成统计调查项目20个。\n济南市统计局\n2023年3月15日\n"
        "附件\n济南市2022年国民经济和社会发展统计公报\n" + _RESULTS
    )
    (notice,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in notice.attachments] == ["济南市2022年国民经济和社会发展统计公报"] and notice.targets == ()


@pytest.mark.parametrize(
    "title",
    [
        "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",  # a plan names the economy too
        "关于做好2023年国民经济运行调度工作的通知",
        # must not: a notice that asks for a report of how the work is carried out sets targets of its own
        "关于报送2023年重点工作落实情况的通知",
    ],
)
def test_a_plan_that_names_the_economy_keeps_its_targets(title):
    (notice,) = gazette_cli.parse_text(title + "\n一、目标\n到2025年，城镇新增就业17万人。\n").notices
    assert [(t.metric, t.value) for t in notice.targets] == [("城镇新增就业", Decimal(17))]


def test_a_report_that_also_plans_keeps_its_plans_targets():
    text = "关于2022年计划执行情况与2023年计划草案的报告\n一、2023年主要目标\n地区生产总值增长5.5%左右，城镇新增就业15万人。\n"
    (notice,) = gazette_cli.parse_text(text).notices
    assert [(t.metric, t.value) for t in notice.targets] == [("地区生产总值增长", Decimal("5.5")), ("城镇新增就业", Decimal(15))]


def test_a_bare_change_after_a_bare_change_names_nothing_twice():
    # a figure with no verb sets no subject: the change after the next one stays 增长, not 增长增长
    (notice,) = gazette_cli.parse_text(
        "某市2025年发展目标\n一、目标\n到2025年，第一产业增加值432.6亿元，增长4.2%；第二产业增加值4216.1亿元，增长3.8%。\n"
    ).notices
    assert [(t.metric, t.value) for t in notice.targets] == [("增长", Decimal("4.2")), ("增长", Decimal("3.8"))]


def test_a_bare_change_after_a_named_figure_is_that_figures():
    (notice,) = gazette_cli.parse_text(
        "某市2025年发展目标\n一、目标\n到2025年，第一产业增加值达到450亿元，增长4%；第二产业增加值达到4500亿元，增长5%。\n"
    ).notices
    assert [t.metric for t in notice.targets] == ["第一产业增加值", "第一产业增加值增长", "第二产业增加值", "第二产业增加值增长"]


def test_a_progress_report_sets_no_target():
    # 萧县9月份民生工程进展情况 (2025): how far each 实事 went, and their rates of completion, report; a table of
    # goals and progress (…一季度进展情况表) keeps its goals: see the progress-table tests
    text = ("萧县9月份民生工程进展情况\n发表时间:2025-10-09 14:34 信息来源:民生办\n"
            "其中超额完成任务的已有10项:实体零工驿站建设完成2个,完成率200%;为困难残疾人提供康复救助2539名,完成率100.27%;"
            "安心托幼行动新增托位540个,千人口托位数达到3.88个,完成率260%。\n")
    assert gazette_cli.parse_text(text).notices[0].targets == ()


#: 临安区's 2022 民生实事 table (its first rows): the 实事 and its count, then the steps toward it.
LINAN_2022 = (
    '序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n'
    '1 | 新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。 | 1.4月底前职教中心、学府路幼儿园、8300安置小区配套幼儿园、宝龙幼儿园、优樾府幼儿园、青山湖科技城第一幼儿园主体完工,开始装修工程施工;天目山镇中心幼儿园完成基础工程。 2.8月底前职教中心、学府路幼儿园、8300安置小区配套幼儿园、宝龙幼儿园、优樾府幼儿园、青山湖科技城第一幼儿园竣工交付。 3.11月底前天目山镇中心幼儿园竣工交付。 | 教育局 | 发改局、住建局、财政局、规划和自然资源分局、国兴集团、新锦集团、科投集团,锦城街道、锦北街道、锦南街道、青山湖街道、昌化镇、天目山镇 |\n'
    '2 | 新建成婴幼儿照护服务成长驿站7家,新增婴幼儿照护服务托位500个,开展胃肠癌联合筛查1万例以上。 | 1.婴幼儿照护服务成长驿站:3月底前新建成2家;6月底前新建成2家;9月底前完成7家建设任务。 2.婴幼儿照护服务托位:3月底前新增100个以上托位;6月底前新增200个以上托位;9月底前完成500个托位。 3.胃肠癌联合筛查:4月底前完成胃肠癌联合筛查方案制定;5月底前启动胃肠癌联合筛查;11月底前完成胃肠癌联合筛查工作。 | 卫生健康局 | 财政局、教育局、规划和自然资源分局、医疗保障分局、民政局、妇联,各镇(街道) |\n'
    '3 | 实施农村公路大中修100公里,新增公交线路3条,优化调整公交线路20条。 | 1.农村公路大中修:7月底前开工;11月底前建成。 2.公交线路新增(优化调整):6月底前完成6条线路优化调整;10月底前全面完成新增和优化调整\n'
)


def test_a_shishi_tables_targets_are_its_projects():
    # the 实事项目 column holds what the year commits to; the 工作举措 column's steps (3月底前新增2家) are no targets
    (notice,) = gazette_cli.parse_text(LINAN_2022).notices
    found = [(t.value, t.unit) for t in notice.targets]
    assert (Decimal(6800), "个") in found and (Decimal(500), "个") in found and (Decimal(3), "条") in found
    assert (Decimal(100), "个") not in found and (Decimal(2), "家") not in found



def test_group_rows_of_an_indicator_table_one_cell_per_line():
    # a county's “十四五”教育事业发展主要指标表 on a repost: 指 标 / 2020年 / 2025年 / 属性, then a group row
    # (一、发展水平) over its rows, as 镇江 2011's table has them (test above); must not: a group line with no row
    # under it stays text
    rows = (
        "一、发展水平\n     \n1.学前教育毛入园率(%)\n99%\n99%以上\n约束性\n2.义务教育巩固率(%)\n100%\n100%\n约束性\n"
        "二、优质资源建设\n1.省市优质幼儿园比例(%)\n85.1%\n90%以上\n预期性\n2.普惠性幼儿园覆盖率(%)\n86.44%\n90%以上\n预期性\n"
    )
    text = _PLAN_HEAD + "“十四五”教育事业发展主要指标表\n指  标\n2020年\n2025年\n属性\n" + rows + "三、保障措施\n"
    (notice,) = gazette_cli.parse_text(text).notices
    got = [(t.metric, t.value, t.baseline, t.year) for t in notice.targets if t.source == "table"]
    assert got == [
        ("学前教育毛入园率", D(99), D(99), 2025),
        ("义务教育巩固率", D(100), D(100), 2025),
        ("省市优质幼儿园比例", D(90), D("85.1"), 2025),
        ("普惠性幼儿园覆盖率", D(90), D("86.44"), 2025),
    ]
    assert [row.cells for table in notice.own.tables for row in table.rows if len(row.cells) == 1] == [("一、发展水平",), ("二、优质资源建设",)]
