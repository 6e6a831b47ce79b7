"""Responsible units (责任单位): every form of issue 3, positive and negative,
and the sample's unit lists counted against its text."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import gazette_cli
from gazette_cli.extract import responsibilities

from conftest import notice_by_number, parse_clause, source_text




def items_of(clause: str):
    return responsibilities.extract(parse_clause(clause).notices[0])




FORMS = [
    pytest.param(
        "（一）将弘扬科学精神贯穿于育人全链条。推动科学精神浸润校园。（市委宣传部、市教育局、市科技局、团市委、市科协按职责分工负责）",
        ("市委宣传部", "市教育局", "市科技局", "团市委", "市科协"),
        ("市委宣传部",),
        (),
        "按职责分工负责",
        id="sample-按职责分工负责",
    ),
    pytest.param(
        "（一）强化监管。守住底线。（责任单位：市市场监管局、市农业农村局按职责分工落实）",
        ("市市场监管局", "市农业农村局"),
        ("市市场监管局",),
        (),
        "责任单位",
        id="sample-责任单位-按职责分工落实",
    ),
    pytest.param(
        "（一）支持产品研发创新。给予奖补。（责任单位：市工业和信息化局、市科技局、市市场监管局）",
        ("市工业和信息化局", "市科技局", "市市场监管局"),
        ("市工业和信息化局",),
        (),
        "责任单位",
        id="责任单位-full-width-colon",
    ),
    pytest.param(
        "(一)支持产品研发创新,给予奖补.(责任单位:市工业和信息化局、市科技局)",
        ("市工业和信息化局", "市科技局"),
        ("市工业和信息化局",),
        (),
        "责任单位",
        id="责任单位-pdf-half-width",
    ),
    pytest.param(
        "（一）加强组织领导。统筹推进。（责任单位：市促进生物医药和大健康产业发展工作领导小组成员单位）",
        ("市促进生物医药和大健康产业发展工作领导小组成员单位",),
        ("市促进生物医药和大健康产业发展工作领导小组成员单位",),
        (),
        "责任单位",
        id="lone-body",
    ),
    pytest.param(
        "（一）提升中医药服务能力。给予奖励。（责任单位：市工业和信息化局、市卫生健\n康委）",
        ("市工业和信息化局", "市卫生健康委"),
        ("市工业和信息化局",),
        (),
        "责任单位",
        id="name-broken-over-lines",
    ),
    pytest.param(
        "（一）加强领导。做好工作。\n牵头单位：市科技局；配合单位：市财政局、市教育局",
        ("市科技局", "市财政局", "市教育局"),
        ("市科技局",),
        ("市财政局", "市教育局"),
        "牵头单位/配合单位",
        id="牵头单位-配合单位-run",
    ),
    pytest.param(
        "（一）加强领导。做好工作。（牵头单位:市发展改革委;配合单位:市财政局）",
        ("市发展改革委", "市财政局"),
        ("市发展改革委",),
        ("市财政局",),
        "牵头单位/配合单位",
        id="牵头单位-配合单位-half-width",
    ),
    pytest.param(
        "（一）加强领导。做好工作。（市科技局牵头，市财政局、市教育局配合）",
        ("市科技局", "市财政局", "市教育局"),
        ("市科技局",),
        ("市财政局", "市教育局"),
        "牵头/配合",
        id="X牵头-Y配合",
    ),
    pytest.param(
        "（一）加强领导。做好工作。（市大数据局牵头）",
        ("市大数据局",),
        ("市大数据局",),
        (),
        "牵头",
        id="X牵头-alone",
    ),
    pytest.param(
        "（一）加强领导。做好工作。（牵头单位：市科技局  责任单位：各区县政府）",
        ("市科技局", "各区县政府"),
        ("市科技局",),
        ("各区县政府",),
        "牵头单位/责任单位",
        id="牵头单位-责任单位",
    ),
    pytest.param(
        "（一）加强领导。做好工作。（主责单位：市应急局；参与单位：市公安局、市消防救援支队）",
        ("市应急局", "市公安局", "市消防救援支队"),
        ("市应急局",),
        ("市公安局", "市消防救援支队"),
        "主责单位/参与单位",
        id="主责单位-参与单位",
    ),
    # a label's 部门 twin (沪交科〔2023〕233号: 牵头部门：…；实施部门：… after every task; 实施单位 in the table)
    pytest.param(
        "（一）推进船舶受电设施改造。船舶受电设施投入使用前应由船舶检验机构检验合格。（牵头部门：市交通委港务监管处；实施部门：市港航中心、中国船级社上海分社）",
        ("市交通委港务监管处", "市港航中心", "中国船级社上海分社"),
        ("市交通委港务监管处",),
        ("市港航中心", "中国船级社上海分社"),
        "牵头部门/实施部门",
        id="shanghai-port-牵头部门-实施部门",
    ),
    pytest.param(
        "（一）加强领导。做好工作。（负责单位：市水务局、市城乡交通运输局）",
        ("市水务局", "市城乡交通运输局"),
        ("市水务局",),
        (),
        "负责单位",
        id="负责单位",
    ),
    pytest.param(
        "（一）加强保护。做好工作。（责任单位：中国（济南）知识产权保护中心、市市场监管局）",
        ("中国（济南）知识产权保护中心", "市市场监管局"),
        ("中国（济南）知识产权保护中心",),
        (),
        "责任单位",
        id="name-with-parenthesis",
    ),
    # an organ with its three other names in brackets (宝山 2019 任务清单, row 33)
    pytest.param(
        "（一）参与全市《条例》宣传“五个一”工程。（牵头部门：区科委、区绿化市容局、区委宣传部（区文明办、区政府新闻办、区委网信办）；配合部门：各街镇（园区））",
        ("区科委", "区绿化市容局", "区委宣传部（区文明办、区政府新闻办、区委网信办）", "各街镇（园区）"),
        ("区科委", "区绿化市容局", "区委宣传部（区文明办、区政府新闻办、区委网信办）"),
        ("各街镇（园区）",),
        "牵头部门/配合部门",
        id="baoshan-three-other-names",
    ),
    pytest.param(
        "（一）加强领导。做好工作。（市科技局、市财政局等按职责分工负责）",
        ("市科技局", "市财政局"),
        ("市科技局",),
        (),
        "按职责分工负责",
        id="等-before-keyword",
    ),
    # 主办 / 协办 as verbs (黑龙江 2013 政府工作报告 责任分工: （省财政厅主办，省国税局、地税局协办）)
    pytest.param(
        "（一）公共财政收入增长13%左右。（省财政厅主办，省国税局、地税局协办）",
        ("省财政厅", "省国税局", "地税局"),
        ("省财政厅",),
        ("省国税局", "地税局"),
        "主办/协办",
        id="主办-协办",
    ),
    # a sentence of a division of work: X会同Y (国办函〔2014〕31号, each item of its 工作分工), and X负责组织，Y协助
    # or X主办，Y协助 (哈厅字〔2007〕4号's 春节 activities)
    pytest.param(
        "（一）关于“严守耕地保护红线，划定永久基本农田”的问题，由国土资源部会同农业部等部门负责落实。",
        ("国土资源部", "农业部"),
        ("国土资源部",),
        ("农业部",),
        "牵头/配合",
        id="由-会同-sentence",
    ),
    pytest.param(
        "（一）老干部迎春团拜会。此项活动由市委老干部局负责组织，市委办公厅、市委组织部协助做好有关工作。",
        ("市委老干部局", "市委办公厅", "市委组织部"),
        ("市委老干部局",),
        ("市委办公厅", "市委组织部"),
        "牵头/配合",
        id="由-负责组织-协助-sentence",
    ),
]


@pytest.mark.parametrize("clause, units, lead, support, form", FORMS)
def test_form_units(clause, units, lead, support, form):
    (item,) = items_of(clause)
    assert item.units == units


# In FORMS, ``lead`` is the lead under the first-listed convention (what the
# jinan profile takes); by default a list has a lead only where its text
# names one (牵头, 主责单位).
_STATED = ("牵头", "主责", "主办")


@pytest.mark.parametrize("clause, units, lead, support, form", FORMS)
def test_form_roles(clause, units, lead, support, form):
    (item,) = items_of(clause)
    stated = any(w in form for w in _STATED)
    assert (item.lead, item.support, item.form) == (lead if stated else (), support, form)


@pytest.mark.parametrize("clause, units, lead, support, form", FORMS)
def test_form_roles_where_the_first_listed_unit_leads(clause, units, lead, support, form):
    from gazette_cli.profiles import JINAN

    (item,) = responsibilities.extract(parse_clause(clause).notices[0], JINAN)
    assert (item.lead, item.form) == (lead, form)


@pytest.mark.parametrize("clause, units, lead, support, form", FORMS)
def test_form_text_is_in_the_source_at_its_span(clause, units, lead, support, form):
    doc = parse_clause(clause)
    (item,) = responsibilities.extract(doc.notices[0])
    assert regex.sub(r"\s+", "", item.text) in source_text(doc, item.span)


@pytest.mark.parametrize("clause, units, lead, support, form", FORMS)
def test_form_path_is_the_clause(clause, units, lead, support, form):
    (item,) = items_of(clause)
    assert item.path == "一/(一)"


@pytest.mark.parametrize(
    "clause, lead_from",
    [
        pytest.param("（一）做好工作。（市教育局、市科协按职责分工负责）", "none", id="keyword-no-lead"),
        pytest.param("（一）做好工作。（责任单位：市教育局、市科协）", "none", id="label-no-lead"),
        pytest.param("（一）做好工作。（市教育局、市科协负责。列第一位者为牵头单位，下同）", "first_listed", id="the-document-says-first-listed"),
        pytest.param("（一）做好工作。（市科协牵头，市教育局配合）", "text", id="牵头-stated"),
        pytest.param("（一）做好工作。（牵头单位：市科协；责任单位：市教育局）", "text", id="牵头单位-stated"),
    ],
)
def test_lead_from(clause, lead_from):
    (item,) = items_of(clause)
    assert item.lead_from == lead_from


NOT_UNIT_LISTS = [
    # a line of roles alone must name units: not a subject with a modal verb, not what someone answers for
    # (国务院令第706号 第十六条: 专利代理师对其签名办理的专利代理业务负责。)
    pytest.param("（一）做好工作\n各项工作要扎实推进。\n各地要抓好落实", id="a-modal-subject-is-no-unit"),
    pytest.param("第十六条　专利代理机构对其执业行为负责。\n专利代理师对其签名办理的专利代理业务负责。", id="01-answers-for-its-work"),
    # a division label over words that assign nothing, and a post alone (粤府〔2021〕22号's 分管省领导：林克庆)
    pytest.param("1.全力以赴稳增长。\n工作分工：今年经济工作要稳字当头，各项政策协同发力。", id="division-label-without-roles"),
    pytest.param("（一）推进产业升级（分管副市长负责）。", id="an-official-alone"),
    pytest.param("（一）支持资质认证。药物（含医疗器械）临床试验。", id="含-parenthesis"),
    pytest.param("（一）落实《山东省知识产权强省建设纲要（2021-2035年）》。", id="years-parenthesis"),
    pytest.param("（一）各有关部门（单位）要按照全民科学素质建设总体部署开展工作。", id="单位-in-addressees"),
    pytest.param("（一）对品种通过一致性评价（不含豁免 BE试验）的企业给予奖励。", id="不含-parenthesis"),
    pytest.param("（一）按合同执行额（以发票为准）的5%给予奖励。", id="以发票为准"),
    pytest.param("（一）加强领导。（对符合条件的，由市科技局负责）", id="负责-after-a-condition"),
    pytest.param("（一）各责任单位根据职责分工做好年度工作。", id="责任单位-in-prose"),
    pytest.param("（一）责任单位中列第一位的为牵头组织落实单位。", id="18号-convention-sentence"),
    pytest.param("（一）构建“党政主导、政法牵头、部门协同”的格局。", id="牵头-in-a-slogan"),
    pytest.param("（一）扩大活动覆盖面（每年超过2个月）。", id="duration-parenthesis"),
    # 17: counts by district, a bracket with a separator inside: no unit list
    pytest.param("5、实施社区商业示范建设（海曙区、江东区各3个，其它县（市）、区各2个）", id="counts-by-district"),
    pytest.param("（一）做好工作。部分县（区）粮食明显供不应求（含县（区）、乡（镇）两级）。", id="含-with-brackets"),
    # the tortoise-shell brackets of a document number (06, 07) close no unit list
    pytest.param("（一）做好工作。按照国发〔2018〕39号文件要求执行。", id="document-number-brackets"),
    pytest.param("（一）做好工作。具体按国务院办公厅文件执行〔2019〕。", id="a-year-in-tortoise-shell-brackets"),
    # …nor those of a document number in square brackets, nor a page's 【字体：大 中 小】 (绛县 2023's page)
    pytest.param("（一）做好工作。按照济政发[2022]17号文件要求执行。[2022]", id="a-year-in-square-brackets"),
    pytest.param("（一）做好工作。发布日期：2023-09-01 来源：绛县人民政府 【字体：大 中 小】", id="a-pages-font-size-links"),
    # a bare list of places is no unit list; a （牵头） that marks no name, nor a 牵头抓总 in prose
    pytest.param("（一）做好工作。在部分城市开展试点。（北京、上海、广州）", id="bare-list-of-places"),
    pytest.param("（一）推进区域协同发展。（北京—天津、上海—南京）", id="bare-list-of-dashed-places"),
    pytest.param("（一）做好工作。（2023—2025年）", id="a-dash-between-years"),
    pytest.param("（一）各牵头单位要积极履行牵头抓总职责，加强组织协调。", id="牵头抓总-in-prose"),
    pytest.param("（一）各协作和配合单位要积极主动与牵头单位衔接联系，形成工作合力。", id="协作单位-in-prose"),
    # a label the reader does not know opens no list (a project's 建设单位, the builder)
    pytest.param("（一）建设城市综合体。（建设单位：市城投集团；设计单位：市规划设计院）", id="unknown-label-first"),
    # 由…会同 whose names are no units, who interprets a rule, and 由于 (a cause)
    pytest.param("（一）建设项目由建设单位会同设计单位负责落实。", id="由-会同-no-units"),
    pytest.param("第二十条　本办法由市财政局会同市人力资源社会保障局负责解释。", id="由-会同-负责解释"),
    pytest.param("（一）由于市场监管局会同有关部门开展检查，问题得到解决。", id="由于-is-no-由"),
    # who takes part, with no unit to lead them, is no unit list (a 参与 or 参加 of people)
    # must not: 和 inside a sentence before 各 is no separator of a list (…推进产销对接和各类市场主体参与)
    pytest.param("（一）推进产销对接和各类市场主体参与消费扶贫。", id="he-ge-in-prose"),
    # a principle in quotation marks is no unit (按“谁主管、谁负责”原则落实)
    pytest.param("（一）落实安全责任。（按“谁主管、谁负责”原则落实）", id="a-principle-in-quotes"),
    pytest.param("（一）开展职业技能竞赛。举办技能大赛（企业自愿参加）。", id="参加-of-volunteers"),
    pytest.param("（一）开展宣传。每年举办一次宣传周（全体职工参与）。", id="参与-of-staff"),
    # …nor a step of a procedure that goes on after it (10: 由国家发展改革委及国家粮食局会同财政部提出动用方案，报国务院批准)
    pytest.param("（一）动用中央储备粮，由国家发展改革委及国家粮食局会同财政部提出动用方案，报国务院批准。", id="由-会同-a-step-of-a-procedure"),
]


@pytest.mark.parametrize("clause", NOT_UNIT_LISTS)
def test_not_a_unit_list(clause):
    assert items_of(clause) == ()


@pytest.mark.parametrize(
    "text, keyword",
    [
        pytest.param("市科协按职责分工负责", "按职责分工负责", id="按职责分工负责"),
        pytest.param("市科协按职责分工落实", "按职责分工落实", id="按职责分工落实"),
        pytest.param("市科协负责", "负责", id="负责"),
    ],
)
def test_name_never_swallows_the_keyword(text, keyword):
    found = responsibilities.read_list(text)
    assert found.units == ("市科协",) and keyword not in found.units[0]


# --- aliases ------------------------------------------------------------------

ALIAS_PLAN = (
    "测试工作方案\n一、重点任务\n"
    "（一）实施专利提质强基工程。做好工作。（责任单位：市市场监管局、市科技局，各区县政府。）\n"
    "（二）实施商标品牌建设工程。做好工作。（责任单位：市市场监管局、市财政局，各区县政府及代管镇、街道的功能区管理机构，"
    "以下将各区县政府及代管镇、街道的功能区管理机构统称各区县政府）\n"
    "（三）实施版权创新发展工程。做好工作。（责任单位：市文化和旅游局、各区县政府）\n"
)
FULL_NAME = "各区县政府及代管镇、街道的功能区管理机构"


@pytest.fixture(scope="module")
def alias_items():
    return responsibilities.extract(gazette_cli.parse_text(ALIAS_PLAN).notices[0])


def test_alias_definition_keeps_the_defined_name_whole(alias_items):
    assert alias_items[1].units == ("市市场监管局", "市财政局", FULL_NAME)


def test_alias_definition_is_recorded(alias_items):
    assert alias_items[1].aliases == (("各区县政府", FULL_NAME),)


def test_alias_use_after_definition_resolves(alias_items):
    assert alias_items[2].resolved == (("各区县政府", FULL_NAME),)


def test_alias_use_before_definition_stays(alias_items):
    assert alias_items[0].resolved == ()


# --- the sample ---------------------------------------------------------------

# One unit list per parenthesis holding 按职责分工负责 or opening with 责任单位.
_SAMPLE_MARKS = regex.compile(r"按职责分工负责|（责任单位")


def _notice_text(doc, notice) -> str:
    return source_text(doc, notice.span)


@pytest.mark.parametrize("number", ["济政发〔2022〕17号", "济政发〔2022〕18号", "济政字〔2022〕61号", "济政字〔2022〕65号", "济政办字〔2022〕51号"])
def test_sample_one_item_per_keyword(sample_doc, number):
    notice = notice_by_number(sample_doc, number)
    expected = len(_SAMPLE_MARKS.findall(_notice_text(sample_doc, notice)))
    assert len(notice.responsibilities) == expected


def test_sample_total_matches_raw_file(sample_doc, sample_lines):
    raw = regex.sub(r"\s+", "", "".join(sample_lines))
    expected = len(regex.findall(r"按职责分工负责|[（(]责任单位", raw))
    assert sum(len(n.responsibilities) for n in sample_doc.notices) == expected


def _sample_items(doc):
    return [(r, i) for i, n in enumerate(doc.notices) for r in n.responsibilities]


def test_sample_items_are_in_the_source_at_their_span(sample_doc):
    misplaced = [
        r.text for r, _ in _sample_items(sample_doc) if regex.sub(r"\s+", "", r.text) not in source_text(sample_doc, r.span)
    ]
    assert misplaced == []


def test_sample_units_never_hold_a_keyword(sample_doc):
    bad = [u for r, _ in _sample_items(sample_doc) for u in r.units if regex.search(r"按职责|负责|责任单位|[：:，\s]", u)]
    assert bad == []


def test_sample_units_split_at_every_separator_but_a_defined_name(sample_doc):
    defined = {full for r, _ in _sample_items(sample_doc) for _, full in r.aliases}
    bad = [u for r, _ in _sample_items(sample_doc) for u in r.units if "、" in u and u not in defined]
    assert bad == []


def test_sample_alias_defined_once_and_resolved_after(sample_doc):
    notice = notice_by_number(sample_doc, "济政字〔2022〕65号")
    first = next(i for i, r in enumerate(notice.responsibilities) if r.aliases)
    later_uses = [r for r in notice.responsibilities[first + 1 :] if "各区县政府" in r.units]
    assert later_uses and all(r.resolved == (("各区县政府", FULL_NAME),) for r in later_uses)


def test_sample_clause_dicts_list_their_units(sample_dict):
    notice = next(n for n in sample_dict["notices"] if n["doc_number"] == "济政发〔2022〕18号")
    by_path = {r["path"]: r["units"] for r in notice["responsibilities"]}
    first = notice["clauses"][0]["children"][0]
    assert first["units"] == by_path[first["path"]]


def test_sample_output_validates(sample_dict, validator):
    assert list(validator.iter_errors(sample_dict)) == []


# --- the first-listed convention, and the new forms ------------------------------------------


def test_the_rule_holds_from_where_it_is_said():
    # 06: 列第一位者为牵头单位，下同 in the first list; 07: 排在第一位的部门为牵头部门，下同.
    plan = (
        "测试方案\n一、任务\n（一）甲。（市教育局、市科协负责）\n"
        "（二）乙。（市科技局、市财政局负责，排在第一位的部门为牵头部门，下同）\n（三）丙。（市卫生健康委、市民政局负责）\n"
    )
    items = responsibilities.extract(gazette_cli.parse_text(plan).notices[0])
    assert [(r.lead, r.support, r.lead_rule) for r in items] == [
        ((), (), None),
        (("市科技局",), ("市财政局",), "排在第一位的部门为牵头部门，下同"),
        (("市卫生健康委",), ("市民政局",), "排在第一位的部门为牵头部门，下同"),
    ]


@pytest.mark.parametrize(
    "plan, expected",
    [
        # 盐政办发〔2022〕16号: the rule in brackets after the first unit of the first list
        ("责任分解\n一、重点工作\n1.全县生产总值增长7.5%左右。\n责任单位：县发改局（首位单位为牵头单位，下同）、县财政局、县税务局、县农业农村局\n"
         "2.落实党政机关过紧日子要求。\n责任单位：县财政局、县机关事务中心\n",
         [(("县发改局",), ("县财政局", "县税务局", "县农业农村局")), (("县财政局",), ("县机关事务中心",))]),
        # 丽水 2023: the rule in brackets after the last unit, an exception for the lists that say 分别牵头
        ("责任分解\n一、主要目标\n4.地区生产总值增长7%左右。\n责任单位：市发改委、市经信局、市科技局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）\n"
         "6.城乡居民收入增长与经济增长同步。\n责任单位：市人力社保局、市农业农村局分别牵头\n",
         [(("市发改委",), ("市经信局", "市科技局")), (("市人力社保局", "市农业农村局"), ())]),
        # 厦门 2019 (优化营商环境 tasks): 第一责任单位为牵头单位 in brackets after the list
        ("责任分解\n一、重点工作\n1.推进完善PPP健康运行长效机制。\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n"
         "2.严格落实全省统一的招投标政策。\n责任单位:市建设局、市交通局\n",
         [(("市发改委",), ("市财政局",)), (("市建设局",), ("市交通局",))]),
        # must not: a 第一责任人 is a person, and says nothing of the list
        ("责任分解\n一、重点工作\n1.落实安全生产责任。\n责任单位:市应急局、市公安局(主要负责人为第一责任人)\n", [((), ())]),
        # must not: a bracket that names no rule keeps the list leaderless
        ("责任分解\n一、主要目标\n1.地区生产总值增长7%左右。\n责任单位：市发改委、市经信局（按职责分工）\n", [((), ())]),
    ],
    ids=["haiyan-after-the-first-unit", "lishui-after-the-last-unit", "xiamen-first-responsible-unit", "first-responsible-person", "no-rule-in-the-bracket"],
)
def test_a_rule_said_inside_a_list_holds_for_it(plan, expected):
    items = responsibilities.extract(gazette_cli.parse_text(plan).notices[0])
    assert [(r.lead, r.support) for r in items] == expected


@pytest.mark.parametrize(
    "clause, units",
    [
        # 分别 before the verb says each unit does it: no part of the last name (北京市2018年政府信息公开工作要点;
        # 丽水 2023 责任分解)
        ("（一）做好工作。（市发展改革委、市经济信息化委、市环保局、市人力社保局分别负责落实）", ("市发展改革委", "市经济信息化委", "市环保局", "市人力社保局")),
        ("（一）做好工作。（市重大项目办、市体育局、市教委分别负责落实）", ("市重大项目办", "市体育局", "市教委")),
        ("6.城乡居民收入增长与经济增长同步。\n责任单位：市人力社保局、市农业农村局分别牵头", ("市人力社保局", "市农业农村局")),
    ],
)
def test_分别_is_no_part_of_a_name(clause, units):
    (item,) = items_of(clause)
    assert item.units == units


def test_a_bare_list_closed_by_a_standing_sentence():
    # 嘉兴 2023 (民营经济 实施方案, traditional characters): the rule, then 以下均需各县〔市、区〕政府落实，不再列出
    # in the same brackets; the list is the names before them, and names the standing unit itself
    plan = "嘉興市貫徹落實《浙江省促進民營經濟高質量發展若干措施》實施方案\n一、加強民營經濟資源要素支持\n(一)強化財稅政策保障。貫徹落實黨中央、國務院關于延續優化完善實施階段性稅費優惠政策的決策部署,依規加大減稅降費力度。增值稅小規模納稅人減免增值稅,小微企業減按25%計入應納稅所得額,增值稅小規模納稅人、小型微利企業和個體工商戶減半征收“六稅兩費”,金融機構小微企業和個體工商戶小額貸款利息收入免征增值稅,為農戶、小微企業及個體工商戶提供融資擔保及再擔保業務免征增值稅,金融機構與小微企業簽訂借款合同免征印花稅等政策延續執行至2027年底。對個體工商戶年應納稅所得額不超過200萬元部分減半征收個人所得稅,頂格上浮重點群體和退役士兵創業就業稅費扣除限額,并延續至2027年底。符合條件行業企業研發費用稅前加計扣除比例提高至100%,作為制度性安排長期實施。(市稅務局、市財政局、市科技局、市人力社保局、市退役軍人事務局,各縣〔市、區〕政府,列第一位的為牽頭單位,下同。以下均需各縣〔市、區〕政府落實,不再列出)\n"
    (item,) = gazette_cli.parse_text(plan).notices[0].responsibilities
    assert (item.path, item.units[0], item.units[-1], item.lead, len(item.support), item.standing) == (
        "一/(一)", "市税务局", "各县（市、区）政府", ("市税务局",), 5, ()
    )


def test_a_bare_list_where_the_first_listed_unit_leads():
    # 浙政办发〔2014〕89号 (大气污染防治行动计划重点工作部门分工方案): organs named alone, the rule said
    # in the first list's brackets; 总牵头 leads a part; a bare list of places stays nothing
    plan = (
        "某分工方案\n一、加快调整能源结构（省发改委总牵头）\n"
        "1.制订煤炭消费总量中长期控制目标，实行目标责任管理。（省经信委、省发改委（省能源局）。列第一位者为牵头部门，下同）\n"
        "2.加快淘汰落后产能。（省经信委、省环保厅）\n3.在部分城市开展试点。（杭州、宁波、温州）\n"
    )
    (notice,) = gazette_cli.parse_text(plan).notices
    assert [(r.path, r.units, r.lead, r.support) for r in notice.responsibilities] == [
        ("一", ("省发改委",), ("省发改委",), ()),
        ("一/1", ("省经信委", "省发改委（省能源局）"), ("省经信委",), ("省发改委（省能源局）",)),
        ("一/2", ("省经信委", "省环保厅"), ("省经信委",), ("省环保厅",)),
    ]
    # the rule after a comma in the first list (云浮 2019: （市教育局，市委农办，各县（市、区）人民政府，排名第一位为牵头单位，下同）)
    plan = (
        "某实施方案\n一、任务\n（一）做好工作。（市教育局，市委农办，各县（市、区）人民政府，排名第一位为牵头单位，下同）\n"
        "（二）做好工作。（市委农办，市教育局）\n"
    )
    (notice,) = gazette_cli.parse_text(plan).notices
    assert [(r.units, r.lead) for r in notice.responsibilities] == [
        (("市教育局", "市委农办", "各县（市、区）人民政府"), ("市教育局",)),
        (("市委农办", "市教育局"), ("市委农办",)),
    ]
    # 排名第一的 (南昌 大都市圈 2019: （责任单位：省委办公厅、省政府办公厅、省发展改革委，排名第一的单位为牵头单位，下同）; 株洲's
    # 粮食安全 意见: （市发改委、市农委、…。排名第一的为牵头单位，下同）, a list with no 负责)
    plan = (
        "某实施方案\n一、任务\n1.建立高位推进机制。负责日常协调推进工作。（责任单位：省委办公厅、省政府办公厅、省发展改革委，排名第一的单位为牵头单位，下同）\n"
        "2.建立联席会议制度。（市发改委、市农委、市商务粮食局、各县市区人民政府。排名第一的为牵头单位，下同）\n3.做好工作。（市农委、市财政局）\n"
    )
    (notice,) = gazette_cli.parse_text(plan).notices
    assert [(r.units, r.lead) for r in notice.responsibilities] == [
        (("省委办公厅", "省政府办公厅", "省发展改革委"), ("省委办公厅",)),
        (("市发改委", "市农委", "市商务粮食局", "各县市区人民政府"), ("市发改委",)),
        (("市农委", "市财政局"), ("市农委",)),
    ]
    # 为工作牵头单位 (湖州 2020: 责任单位：…（列第一位者为工作牵头单位或汇总单位，下同）)
    plan = (
        "某实施方案\n一、任务\n（一）做好工作。\n责任单位：市经信局、市财政局、市税务局（列第一位者为工作牵头单位或汇总单位，下同）\n"
        "（二）做好工作。\n责任单位：市财政局、市税务局\n"
    )
    (notice,) = gazette_cli.parse_text(plan).notices
    assert [r.lead for r in notice.responsibilities] == [("市经信局",), ("市财政局",)]
    # …and with no such rule, a bare list of organs names no lead in a notice that divides work
    # (see test_organs_in_brackets_in_a_notice_that_divides_work), and nothing in any other
    (notice,) = gazette_cli.parse_text("某分工方案\n一、任务\n1.加快淘汰落后产能。（省经信委、省环保厅）\n").notices
    assert [(r.units, r.lead) for r in notice.responsibilities] == [(("省经信委", "省环保厅"), ())]
    (notice,) = gazette_cli.parse_text("某实施方案\n一、任务\n1.加快淘汰落后产能。（省经信委、省环保厅）\n").notices
    assert notice.responsibilities == ()


def test_a_rule_without_下同_holds_for_the_whole_notice():
    # jn 18号: the closing paragraph says it of every list before it.
    plan = "测试措施\n一、任务\n（一）甲。（责任单位：市教育局、市科协）\n二、保障\n责任单位中列第一位的为牵头组织落实单位。\n"
    (item,) = responsibilities.extract(gazette_cli.parse_text(plan).notices[0])
    assert (item.lead, item.lead_rule) == (("市教育局",), "责任单位中列第一位的为牵头组织落实单位")


@pytest.mark.parametrize(
    "clause, units, lead, support",
    [
        # 05: X牵头，Y参与; X指导; X指导，Y负责落实
        ("（一）做好工作。（生态环境部牵头，国家发展改革委、工业和信息化部参与）", ("生态环境部", "国家发展改革委", "工业和信息化部"), ("生态环境部",), ("国家发展改革委", "工业和信息化部")),
        ("（一）做好工作。（国家发展改革委、商务部指导）", ("国家发展改革委", "商务部"), (), ()),
        ("（一）做好工作。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）", ("生态环境部", "试点城市政府"), (), ()),
        ("（一）做好工作。（商务部指导，供销合作总社参与）", ("商务部", "供销合作总社"), (), ("供销合作总社",)),
        # 参加 as 参与 (济宁 就业创业意见: （市发展改革委、市人力资源社会保障局牵头，…参加）); 牵头实施 on a heading
        # (a county's 若干政策: 一、扩大有效投资政策（由县发改局牵头实施）)
        ("（一）做好工作。（市发展改革委、市人力资源社会保障局牵头，市委组织部、市财政局、国家统计局济宁调查队参加）",
         ("市发展改革委", "市人力资源社会保障局", "市委组织部", "市财政局", "国家统计局济宁调查队"), ("市发展改革委", "市人力资源社会保障局"),
         ("市委组织部", "市财政局", "国家统计局济宁调查队")),
        ("一、扩大有效投资政策（由县发改局牵头实施）", ("县发改局",), ("县发改局",), ()),
        # places named bare before a place's organ share it, and its kind of place when they name none
        # (黑龙江 稳增长若干措施: 哈尔滨、黑河、绥芬河市政府; a 临汾 2018 plan: 临汾、侯马、洪洞经济开发区管委会;
        # 赣州 就业: 赣州、龙南经济技术开发区管委会; 宁夏 交通: 银川市、石嘴山市、吴忠市人民政府); must not: organs
        # before a city's government (团市委、市政府; 农垦局、绥芬河市政府) take nothing
        ("（一）做好工作。（哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局负责）",
         ("哈尔滨机场扩建指挥部", "哈尔滨市政府", "黑河市政府", "绥芬河市政府", "省农垦总局"), (), ()),
        ("（一）做好工作。（市环保局牵头，市经信委配合，临汾、侯马、洪洞经济开发区管委会负责落实）",
         ("市环保局", "市经信委", "临汾经济开发区管委会", "侯马经济开发区管委会", "洪洞经济开发区管委会"), ("市环保局",),
         ("市经信委", "临汾经济开发区管委会", "侯马经济开发区管委会", "洪洞经济开发区管委会")),
        ("（一）做好工作。〔牵头单位：各县（市、区）人民政府，赣州、龙南经济技术开发区管委会；责任单位：市发改委〕",
         ("各县（市、区）人民政府", "赣州经济技术开发区管委会", "龙南经济技术开发区管委会", "市发改委"),
         ("各县（市、区）人民政府", "赣州经济技术开发区管委会", "龙南经济技术开发区管委会"), ("市发改委",)),
        ("（一）做好工作。（自治区交通运输厅牵头，自然资源厅、银川市、石嘴山市、吴忠市人民政府、宁东管委会配合）",
         ("自治区交通运输厅", "自然资源厅", "银川市人民政府", "石嘴山市人民政府", "吴忠市人民政府", "宁东管委会"), ("自治区交通运输厅",),
         ("自然资源厅", "银川市人民政府", "石嘴山市人民政府", "吴忠市人民政府", "宁东管委会")),
        ("（一）做好工作。（市教育局、团市委、市政府负责）", ("市教育局", "团市委", "市政府"), (), ()),
        ("（一）做好工作。（农垦局、绥芬河市政府负责）", ("农垦局", "绥芬河市政府"), (), ()),
        # the clause after a label's names that says the first listed leads names no unit (韶府〔2019〕31号:
        # （责任单位：市税务局、市财政局，排在首位的为牵头单位，下同）, as after a bare list (云浮 2019)
        ("（一）做好工作。（责任单位：市税务局、市财政局，排在首位的为牵头单位，下同）", ("市税务局", "市财政局"), ("市税务局",), ("市财政局",)),
        # 按照职责分工负责 as 按职责分工负责 (a 云南 2017 plan: （省直有关部门，各州、市人民政府按照职责分工负责）)
        ("（一）做好工作。（省直有关部门，各州、市人民政府按照职责分工负责）", ("省直有关部门", "各州人民政府", "各市人民政府"), (), ()),
        # the forms: 责任单位：X牵头，Y、Z配合; 牵头单位：X，配合单位：Y、Z，W
        ("（一）做好工作。（责任单位：市发展改革委牵头，市财政局、市科技局配合）", ("市发展改革委", "市财政局", "市科技局"), ("市发展改革委",), ("市财政局", "市科技局")),
        ("（一）做好工作。（牵头单位：市发展改革委，配合单位：市财政局、市科技局，各区县政府）", ("市发展改革委", "市财政局", "市科技局", "各区县政府"), ("市发展改革委",), ("市财政局", "市科技局", "各区县政府")),
        # 06, 07: 等有关部门和单位 names no unit
        ("（一）做好工作。（人力资源社会保障部、财政部、教育部等有关部门和单位按职责分工负责）", ("人力资源社会保障部", "财政部", "教育部"), (), ()),
        # districts after 各
        ("（一）做好工作。（各区、县级市负责）", ("各区", "各县级市"), (), ()),
        ("（一）做好工作。（越秀区、各有关区负责）", ("越秀区", "各有关区"), (), ()),
        # a separator inside a bracket belongs to the name: 各县（市、区）人民政府 (a Xiangyang
        # 实施方案), 各区（市）县政府（管委会） (a Chengdu 实施方案), 市发展改革委（市粮食和物资储备局） (14)
        ("（一）提高市场开放程度。全面实施市场准入负面清单制度。（责任单位：市发改委、市商务局，各县（市、区）人民政府）", ("市发改委", "市商务局", "各县（市、区）人民政府"), (), ()),
        ("（一）做好工作。（牵头单位：市发改委；配合单位：各区（市）县政府（管委会））", ("市发改委", "各区（市）县政府（管委会）"), ("市发改委",), ("各区（市）县政府（管委会）",)),
        ("（一）做好工作。（市发展改革委（市粮食和物资储备局）、市财政局负责）", ("市发展改革委（市粮食和物资储备局）", "市财政局"), (), ()),
        ("（一）做好工作。（市发改委牵头，各县（市、区）人民政府配合）", ("市发改委", "各县（市、区）人民政府"), ("市发改委",), ("各县（市、区）人民政府",)),
        # a run of district kinds after 各 that ends in their organ: each kind gets it — the
        # addressees 各市、县（市、区）… (16) and 各县（市）、区人民政府 (17) as unit lists
        ("（一）做好工作。（省发展改革委牵头，各市、县（市、区）人民政府负责）", ("省发展改革委", "各市人民政府", "各县（市、区）人民政府"), ("省发展改革委",),
         ("各市人民政府", "各县（市、区）人民政府")),
        ("（一）做好工作。（各县（市）、区人民政府负责）", ("各县（市）人民政府", "各区人民政府"), (), ()),
        ("（一）做好工作。（各区、县级市人民政府负责）", ("各区人民政府", "各县级市人民政府"), (), ()),
        # more kinds of district: 州 (鄂政发〔2018〕26号, 各市、州、县人民政府), 特区 (六盘水府办发〔2022〕10号),
        # 自治县 (乐府办函〔2020〕8号; 14)
        ("（一）提高市场开放程度。（牵头单位：省发展改革委；责任单位：省编办、省环保厅，各市、州、县人民政府）",
         ("省发展改革委", "省编办", "省环保厅", "各市人民政府", "各州人民政府", "各县人民政府"), ("省发展改革委",),
         ("省编办", "省环保厅", "各市人民政府", "各州人民政府", "各县人民政府")),
        ("1.加强算力基础设施建设。（责任单位：市大数据局、市发展改革委，各市、特区、区人民政府）",
         ("市大数据局", "市发展改革委", "各市人民政府", "各特区人民政府", "各区人民政府"), (), ()),
        ("（一）做好工作。（各区、市、县、自治县人民政府负责）", ("各区人民政府", "各市人民政府", "各县人民政府", "各自治县人民政府"), (), ()),
        # the organ with the zones' committees beside it: 潮州市打赢蓝天保卫战实施方案（2019-2020年）, and a
        # one-name must-not (许政〔2020〕20号's 各县（市、区）政府（管委会） stays whole)
        ("1.制定实施准入清单。〔市生态环境局牵头，市发展和改革局、工业和信息化局参与，各县、区人民政府（管委会）负责落实。〕",
         ("市生态环境局", "市发展和改革局", "工业和信息化局", "各县人民政府（管委会）", "各区人民政府（管委会）"), ("市生态环境局",),
         ("市发展和改革局", "工业和信息化局", "各县人民政府（管委会）", "各区人民政府（管委会）")),
        ("（一）做好工作。（市发改委牵头，各县（市、区）政府（管委会）配合）", ("市发改委", "各县（市、区）政府（管委会）"), ("市发改委",), ("各县（市、区）政府（管委会）",)),
        # 及 before a collective unit joins two units (宝鸡市2022年深化“放管服”改革优化营商环境工作要点;
        # 四川省“十四五”现代流通体系建设实施方案)
        ("1.全面实施行政许可事项清单管理。（市政府办公室牵头，市级各有关部门及各县市区政府按职责分工负责）",
         ("市政府办公室", "市级各有关部门", "各县市区政府"), ("市政府办公室",), ("市级各有关部门", "各县市区政府")),
        ("（一）加强市场体系建设。（省发展改革委牵头，省市场监管局及有关部门配合）",
         ("省发展改革委", "省市场监管局", "有关部门"), ("省发展改革委",), ("省市场监管局", "有关部门")),
        # 和 between a collective (…等省有关部门) and a 各 joins two units, and the collective after 等
        # goes as 等有关部门 does (粤府办〔2023〕5号, 支持民间投资; 06: 教育部等有关部门和单位);
        # 和 inside a name stays (市发展和改革委员会)
        ("2.推行市场化运作。（省发展改革委、交通运输厅、水利厅、能源局等省有关部门和各地级以上市人民政府按职责分工负责）",
         ("省发展改革委", "交通运输厅", "水利厅", "能源局", "各地级以上市人民政府"), (), ()),
        ("（一）促进就业。（人力资源社会保障部、财政部、教育部等有关部门和单位负责）", ("人力资源社会保障部", "财政部", "教育部"), (), ()),
        ("（二）做好工作。（市发展和改革委员会、市人力资源和社会保障局负责）", ("市发展和改革委员会", "市人力资源和社会保障局"), (), ()),
        # …but not 及其 (14: 农发行安顺分行及其分支机构), nor 及 inside a name
        ("（一）做好工作。（农发行安顺分行及其分支机构负责）", ("农发行安顺分行及其分支机构",), (), ()),
        # tortoise-shell brackets close an item as parentheses do (四川省“十四五”现代流通体系建设实施方案)
        ("（二）优化市场准入环境。持续推进“一网通办”“一日办结”。〔责任单位：省市场监管局〕", ("省市场监管局",), (), ()),
        ("（一）加强市场体系建设。实施市场准入负面清单制度。〔责任单位：省发展改革委、省市场监管局、商务厅按职责分工负责。"
         "具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕", ("省发展改革委", "省市场监管局", "商务厅"), (), ()),
        # square brackets close an item as parentheses do (a district’s 2023年区政府工作报告重点任务分解, 长乐山工业园区 among its addressees: [责任单位:…]),
        # and lenticular ones (【责任单位：…】) with a 牵头单位 and its supports
        ("1.大力推进一期核心区建设，并实现一期核心区明年年底满园运营。[责任单位:老街办、区招商服务中心、长乐投资有限公司]",
         ("老街办", "区招商服务中心", "长乐投资有限公司"), (), ()),
        ("（二）推进项目建设。加快改造。【牵头单位：县发改局；配合单位：县财政局、县自然资源局】",
         ("县发改局", "县财政局", "县自然资源局"), ("县发改局",), ("县财政局", "县自然资源局")),
        # no 各 before them, or an organ of no district kind: nothing goes back
        ("（一）做好工作。（市财政局、县（区）人民政府负责）", ("市财政局", "县（区）人民政府"), (), ()),
        ("（一）做好工作。（各区、市财政局负责）", ("各区", "市财政局"), (), ()),
        # …and so does a list on a line of its own: 各县（市、区）政府（管委会） (许政〔2020〕20号),
        # 市发展改革委（市粮食和物资储备局） (14), 各区（市）县政府（管委会） (a Chengdu 实施方案);
        # a role or a date in brackets is no part of a name
        ("1.坚持“外防输入、内防反弹”总体防控策略，完善常态化疫情防控举措。\n责任单位：市疫情防控指挥部办公室、市卫生健康委等，各县（市、区）政府（管委会）",
         ("市疫情防控指挥部办公室", "市卫生健康委", "各县（市、区）政府（管委会）"), (), ()),
        ("（一）做好工作。\n责任单位：市发展改革委（市粮食和物资储备局）、市财政局", ("市发展改革委（市粮食和物资储备局）", "市财政局"), (), ()),
        ("（一）做好工作。\n牵头单位：市发改委\n配合单位：各区（市）县政府（管委会）", ("市发改委", "各区（市）县政府（管委会）"), ("市发改委",), ("各区（市）县政府（管委会）",)),
        # …but （牵头） after a name makes it the lead, in a labelled list, in a list of verbs or
        # in a bare one; a 〔牵头〕 inside a parenthesis too, and 〔市、区〕 inside it is a name's part
        ("（一）做好工作。\n责任单位：市发改委（牵头）", ("市发改委",), ("市发改委",), ()),
        ("（一）深化审批制度改革。全面推行告知承诺制。责任单位：市发展改革委（牵头）、市财政局、市市场监管局。",
         ("市发展改革委", "市财政局", "市市场监管局"), ("市发展改革委",), ("市财政局", "市市场监管局")),
        ("（二）提升政务服务水平。推进“一网通办”。（责任单位：市政务服务中心〔牵头〕，市大数据局，各县〔市、区〕人民政府）",
         ("市政务服务中心", "市大数据局", "各县（市、区）人民政府"), ("市政务服务中心",), ("市大数据局", "各县（市、区）人民政府")),
        # …and so are angle brackets (安顺 2019 十件实事: 各县区政府〈管委会〉)
        ("二、解决6万人农村饮水安全问题。（责任单位：市水务局，各县区政府〈管委会〉）该件实事已全面完成",
         ("市水务局", "各县区政府（管委会）"), (), ()),
        # a dash between two places inside a name (昆明市2023年10件惠民实事: 磨憨—磨丁合作区管委会; the organ
        # 中国—东盟博览会秘书处, as news of 2015 and 2018 name it)
        ("一、扩大优质教育资源。新增公办幼儿园40所。\n牵头单位：市教育体育局\n责任单位：各县（市）区人民政府、滇中新区管委会、磨憨—磨丁合作区管委会",
         ("市教育体育局", "各县（市）区人民政府", "滇中新区管委会", "磨憨—磨丁合作区管委会"), ("市教育体育局",), ("各县（市）区人民政府", "滇中新区管委会", "磨憨—磨丁合作区管委会")),
        ("（一）办好博览会。（责任单位：自治区商务厅、中国—东盟博览会秘书处）", ("自治区商务厅", "中国—东盟博览会秘书处"), (), ()),
        # the districts 组织落实 after the lead, a 、 right after a group's verb, and 按职责 before any verb (沪安委会〔2023〕9号
        # 燃气安全 专项整治 方案, 48 items)
        ("1.做好工作。（市交通委牵头负责，各区政府组织落实）", ("市交通委", "各区政府"), ("市交通委",), ("各区政府",)),
        ("2.做好工作。（市市场监管局牵头负责、各区政府组织落实）", ("市市场监管局", "各区政府"), ("市市场监管局",), ("各区政府",)),
        ("19.做好工作。（各部门按职责分工牵头负责，各区政府组织落实）", ("各部门", "各区政府"), ("各部门",), ("各区政府",)),
        ("38.做好工作。（市住房城乡建设管理委、市财政局牵头负责，市民政局按职责组织落实）",
         ("市住房城乡建设管理委", "市财政局", "市民政局"), ("市住房城乡建设管理委", "市财政局"), ("市民政局",)),
        # must not: 、 between names before one verb parts no group
        ("3.做好工作。（市公安局、市交通委牵头负责）", ("市公安局", "市交通委"), ("市公安局", "市交通委"), ()),
        # the ministries, 等, then the provinces after 和 (国办发〔2018〕129号 消费扶贫, seventeen lists: …商务部等和各有关省级人民政府负责)
        ("（四）做好工作。（商务部、发展改革委、农业农村部等和各有关省级人民政府负责）", ("商务部", "发展改革委", "农业农村部", "各有关省级人民政府"), (), ()),
        ("（一）做好工作。（扶贫办、全国总工会、共青团中央、全国妇联等和各省级人民政府负责）", ("扶贫办", "全国总工会", "共青团中央", "全国妇联", "各省级人民政府"), (), ()),
        # a short name in quotation marks inside a unit's name (广州 2012 党建创新工程: 市“两新”组织党工委; 静安 2023
        # 城市更新 任务清单: 区“两旧”专班)
        ("1.加强党建工作。（牵头单位：市“两新”组织党工委，配合单位：市非公有制经济组织党工委、市社会组织党工委）",
         ("市“两新”组织党工委", "市非公有制经济组织党工委", "市社会组织党工委"), ("市“两新”组织党工委",), ("市非公有制经济组织党工委", "市社会组织党工委")),
        ("4.全面完成旧里房屋改造。（责任单位：区“两旧”专班、区房管局、区旧改总办）", ("区“两旧”专班", "区房管局", "区旧改总办"), (), ()),
        ("（一）做好工作。（市发展改革委（牵头）、市财政局按职责分工负责）", ("市发展改革委", "市财政局"), ("市发展改革委",), ("市财政局",)),
        ("（一）做好工作。（市发展改革委（牵头）、市财政局、市商务局）", ("市发展改革委", "市财政局", "市商务局"), ("市发展改革委",), ("市财政局", "市商务局")),
        # named districts before a district's organ share it (广州市2021年政府工作报告重点工作分工:
        # 黄埔区、南沙区政府; 荔湾区、黄埔区政府); without the organ, or before a bureau, they stay
        ("（一）做好工作。（牵头单位：市科技局；配合单位：黄埔区、南沙区政府）", ("市科技局", "黄埔区政府", "南沙区政府"), ("市科技局",), ("黄埔区政府", "南沙区政府")),
        ("（二）做好工作。（牵头单位：市科技局；配合单位：市政府办公厅、市发展改革委，荔湾区、黄埔区政府）",
         ("市科技局", "市政府办公厅", "市发展改革委", "荔湾区政府", "黄埔区政府"), ("市科技局",), ("市政府办公厅", "市发展改革委", "荔湾区政府", "黄埔区政府")),
        ("（一）做好工作。（天河区、黄埔区负责）", ("天河区", "黄埔区"), (), ()),
        ("（一）做好工作。（黄埔区、市财政局、南沙区政府负责）", ("黄埔区", "市财政局", "南沙区政府"), (), ()),
        # 牵头督导 (潮州市打赢蓝天保卫战实施方案（2019-2020年）), 牵头抓总 as 牵头 does
        ("2.排查整治“散乱污”工业企业（场所）。2019年9月底前，基本完成全市整治任务。（市生态环境局、发展和改革局、工业和信息化局牵头督导，市公安局、自然资源局参与）",
         ("市生态环境局", "发展和改革局", "工业和信息化局", "市公安局", "自然资源局"), ("市生态环境局", "发展和改革局", "工业和信息化局"), ("市公安局", "自然资源局")),
        ("（一）做好工作。（市农业农村局牵头抓总，市财政局、市自然资源局配合）", ("市农业农村局", "市财政局", "市自然资源局"), ("市农业农村局",), ("市财政局", "市自然资源局")),
        ("（一）做好工作。\n责任单位：市发改委（2023年底前完成）", ("市发改委",), (), ()),
        # X会同Y…负责: X leads (国办函〔2014〕31号: 由国土资源部会同农业部等部门负责落实; a city's （市商务局会同…负责）)
        ("（一）做好工作。（由国土资源部会同农业部等部门负责落实）", ("国土资源部", "农业部"), ("国土资源部",), ("农业部",)),
        ("（一）做好工作。（市商务局会同市发改委、市财政局负责）", ("市商务局", "市发改委", "市财政局"), ("市商务局",), ("市发改委", "市财政局")),
        # 和 between two units, the first ending as an organ or a place does (沪府发〔2016〕 临港 若干意见: 由市财政局会同
        # 浦东新区、奉贤区和临港地区管委会制定: the 管委会 after 和 is its own name, not the districts'); must not: 和 inside
        # one name (住房和城乡建设局, 工业和信息化局)
        ("（一）做好工作。（由市财政局会同浦东新区、奉贤区和临港地区管委会负责）", ("市财政局", "浦东新区", "奉贤区", "临港地区管委会"),
         ("市财政局",), ("浦东新区", "奉贤区", "临港地区管委会")),
        ("（一）做好工作。（市发展改革委和市财政局负责）", ("市发展改革委", "市财政局"), (), ()),
        ("（一）做好工作。（市住房和城乡建设局牵头，市工业和信息化局配合）", ("市住房和城乡建设局", "市工业和信息化局"), ("市住房和城乡建设局",), ("市工业和信息化局",)),
        # …and 及 after a unit, before one with its level (赣府厅字〔2009〕15号 责任分工), as before 各 (咸阳 2022 放管服 要点);
        # must not: 及其 (a unit and the bodies under it)
        ("（二）全力推进鄱阳湖生态经济区建设。责任单位：省发改委牵头，环鄱阳湖生态经济区建设领导小组成员单位及省地震局配合。",
         ("省发改委", "环鄱阳湖生态经济区建设领导小组成员单位", "省地震局"), ("省发改委",), ("环鄱阳湖生态经济区建设领导小组成员单位", "省地震局")),
        ("1.全面实施行政许可事项清单管理。（市政府办公室、市行政审批制度改革工作领导小组办公室牵头，市级各有关部门及各县市区政府按职责分工负责）",
         ("市政府办公室", "市行政审批制度改革工作领导小组办公室", "市级各有关部门", "各县市区政府"),
         ("市政府办公室", "市行政审批制度改革工作领导小组办公室"), ("市级各有关部门", "各县市区政府")),
        ("（一）做好工作。（市税务局及其派出机构负责）", ("市税务局及其派出机构",), (), ()),
        # 抓好落实 closes a group as 负责落实 does
        ("（一）做好工作。（工业和信息化部、国家发展改革委按职责分工负责，各地区抓好落实）", ("工业和信息化部", "国家发展改革委", "各地区"), (), ()),
        ("（一）做好工作。（各省级人民政府抓好落实）", ("各省级人民政府",), (), ()),
        # the officials a report assigns beside its units are no units (湘政发〔2019〕1号: （分管副省长、协管副秘书长
        # 负责，省发展改革委牵头，…）; a city's （市长、分管副市长负责，…）)
        ("（一）规模工业增加值增长7%（分管副省长、协管副秘书长负责，省发展改革委牵头，省工业和信息化厅、省统计局配合）。",
         ("省发展改革委", "省工业和信息化厅", "省统计局"), ("省发展改革委",), ("省工业和信息化厅", "省统计局")),
        ("（一）推进产业升级（市长、分管副市长负责，市发展改革委牵头，市工信局配合）。", ("市发展改革委", "市工信局"), ("市发展改革委",), ("市工信局",)),
        # the division of work in words after a label (粤府〔2021〕22号: 部门分工：省发展改革委牵头，各地、各部门配合。
        # under each goal, below 分管省领导：…; 穗府办 2006's （牵头单位：…；配合单位：…） is the labeled form)
        ("1.地区生产总值增长6%以上。\n分管省领导：林克庆\n部门分工：省发展改革委牵头，各地、各部门配合。",
         ("省发展改革委", "各地", "各部门"), ("省发展改革委",), ("各地", "各部门")),
        ("4.社会消费品零售总额增长6%以上。\n分管省领导：张新\n部门分工：省商务厅牵头，各地、各部门配合。",
         ("省商务厅", "各地", "各部门"), ("省商务厅",), ("各地", "各部门")),
        # a line of roles alone under the item, the unit cell of a table printed one cell per line (潍坊 2017
        # 政务公开工作要点实施方案: …解读财政收支增减变化情况。/ 市财政局牵头落实; …分别牵头落实)
        ("（一）加强预期引导\n加强财政政策信息公开，按月公开全市财政收支情况。\n市财政局牵头落实",
         ("市财政局",), ("市财政局",), ()),
        ("（三）稳定金融预期\n加强金融政策解读。\n市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实",
         ("市金融办", "人民银行潍坊市中心支行", "潍坊银监分局"), ("市金融办", "人民银行潍坊市中心支行", "潍坊银监分局"), ()),
    ],
)
def test_more_forms(clause, units, lead, support):
    (item,) = items_of(clause)
    assert (item.units, item.lead, item.support) == (units, lead, support)


@pytest.mark.parametrize(
    "clause, lead, support",
    [
        # Where a list names its lead, every other unit supports it, whatever its verb:
        # 负责 (咸阳市2022年深化“放管服”改革优化营商环境工作要点), 责任单位： on the
        # line under 牵头单位： (鞍立政发〔2023〕2号, 立山区政府2023年重点工作任务分解和责任分工方案)
        ("1.全面实施行政许可事项清单管理。（市政府办公室、市行政审批制度改革工作领导小组办公室牵头，市级各有关部门及各县市区政府按职责分工负责）",
         ("市政府办公室", "市行政审批制度改革工作领导小组办公室"), ("市级各有关部门", "各县市区政府")),
        ("4.社会消费品零售总额增长9%左右。\n牵头单位：区商务局\n责任单位：各街道，区市场局", ("区商务局",), ("各街道", "区市场局")),
        # 牵头责任单位： / 协同责任单位：, each line ended by a stop (滁州市2020年市政府重点工作及责任分解; 泾县's
        # 2023 分解 names its units so)
        ("1.扩大有效投资。\n牵头责任单位：市发展改革委。\n协同责任单位：市经信局、市商务局等，各县、市、区政府。",
         ("市发展改革委",), ("市经信局", "市商务局", "各县政府", "各市政府", "各区政府")),
        ("2.抓好财税工作。\n牵头责任单位：县财政局。\n协同责任单位：县税务局。", ("县财政局",), ("县税务局",)),
        # a label of units that gives them no part in the task, after the lead's (成都 2022 目标任务责任分解:
        # （牵头单位:市发改委;数据提供单位:市统计局）): its units are the list's, and support nobody
        ("1.地区生产总值增长7%左右。(牵头单位:市发改委;数据提供单位:市统计局)", ("市发改委",), ()),
        ("2.第一产业增加值增长2%。(牵头单位:市农业农村局;责任单位:市公园城市局;数据提供单位:市统计局)", ("市农业农村局",), ("市公园城市局",)),
        # 主要协作单位 / 协作单位 (灵璧县卫健委 2021 任务分解; a county's 2016 重点工作任务分解)
        ("1.加快发展健康、养老、育幼、家政等服务业。\n牵头责任单位：县卫健委、县民政局\n主要协作单位：各乡镇人民政府、经济开发区管委会，县政府有关部门、有关直属单位",
         ("县卫健委", "县民政局"), ("各乡镇人民政府", "经济开发区管委会", "县政府有关部门", "有关直属单位")),
        ("（一）做好工作。（牵头单位：县发改局；协作单位：县财政局、县统计局）", ("县发改局",), ("县财政局", "县统计局")),
        ("5.一般公共预算收入增长8%左右。\n牵头单位：区财政局\n责任单位：立山经济开发区，各街道，税务局", ("区财政局",), ("立山经济开发区", "各街道", "税务局")),
        # …and with no lead named, nobody supports but by a verb of support (05: 指导, 参与)
        ("（一）做好工作。（市委宣传部、市科协按职责分工负责）", (), ()),
        ("4.社会消费品零售总额增长9%左右。\n责任单位：各街道，区市场局", (), ()),
        ("（一）做好工作。（商务部指导，供销合作总社参与）", (), ("供销合作总社",)),
    ],
)
def test_the_units_beside_a_named_lead_support_it(clause, lead, support):
    (item,) = items_of(clause)
    assert (item.lead, item.support) == (lead, support)


def test_a_list_inside_a_sentence_assigns_nothing():
    # 04: …的实施（技工院校内由人力资源社会保障行政部门负责），国务院人力资源社会保障行政部门…
    assert items_of("（一）做好工作。分别负责证书的实施（技工院校内由人力资源社会保障行政部门负责），国务院有关部门加强监督。") == ()


# --- a list's deadline, and a list set out over several labeled lines -------------------------------

DEADLINES = [
    # 时间节点 labels a deadline, and the people a task list names (责任人, 责任领导) are no units:
    # a 重点任务清单's parenthesis and a 督办 list's labeled lines
    pytest.param(
        "（一）做好工作。（牵头单位：市发改委；责任单位：市财政局；时间节点：2023年12月底前）",
        ("市发改委", "市财政局"), ("市发改委",), ("市财政局",), "2023年12月底前", id="时间节点",
    ),
    pytest.param(
        "（一）压缩企业开办时间。将企业开办时间压缩至1个工作日以内。\n牵头单位：市市场监管局\n责任领导：王五\n时间节点：2023年底",
        ("市市场监管局",), ("市市场监管局",), (), "2023年底", id="责任领导-line",
    ),
    pytest.param("（一）做好工作。（责任单位：市发改委；责任人：张三）", ("市发改委",), (), (), None, id="责任人"),
    # the city plans' forms of issue 10: labeled lines after the item, and a deadline closing a parenthesis
    pytest.param(
        "（一）压缩企业开办时间。将企业开办时间压缩至1个工作日以内。\n责任单位：市市场监管局、市公安局、市税务局\n完成时限：2023年6月底前",
        ("市市场监管局", "市公安局", "市税务局"), (), (), "2023年6月底前", id="责任单位-then-完成时限",
    ),
    pytest.param(
        "（二）推行审批制度改革。审批时间控制在40个工作日以内。\n牵头单位：市住房城乡建设局\n配合单位：市自然资源和规划局、市发展改革委\n完成时限：2023年12月底前",
        ("市住房城乡建设局", "市自然资源和规划局", "市发展改革委"), ("市住房城乡建设局",), ("市自然资源和规划局", "市发展改革委"), "2023年12月底前",
        id="牵头单位-配合单位-lines-are-one-list",
    ),
    pytest.param(
        "（三）提升政务服务水平。（市政务服务管理局牵头，市直各有关部门配合；2023年底前完成）",
        ("市政务服务管理局", "市直各有关部门"), ("市政务服务管理局",), ("市直各有关部门",), "2023年底前完成", id="deadline-closes-the-parenthesis",
    ),
    pytest.param(
        "（四）深化改革。（责任单位：市发展改革委；完成时限：2023年12月底前）",
        ("市发展改革委",), (), (), "2023年12月底前", id="完成时限-inside-the-parenthesis",
    ),
    pytest.param(
        "（五）优化服务。（市数据局负责，持续推进）",
        ("市数据局",), (), (), "持续推进", id="持续推进",
    ),
    # 年内 before the verb: 国发〔2020〕6号 (…全面建成小康社会。（国务院各部门分别负责，年内持续推进）), and
    # 年内完成 in a city's list
    pytest.param(
        "（一）做好工作。确保全面建成小康社会。（国务院各部门分别负责，年内持续推进）",
        ("国务院各部门",), (), (), "年内持续推进", id="年内持续推进",
    ),
    # a month alone (湘西州 2020 优化营商环境: …，6月底完成), and a labeled deadline after role groups
    # (广东 2025 投融资: （省发展改革委牵头，…按职责分工负责；完成时限：…）)
    pytest.param(
        "（一）做好工作。（牵头单位：州行政审批服务局；责任单位：州司法局、州委编办及州直相关单位，各县市人民政府、湘西经开区管委会，6月底完成）",
        ("州行政审批服务局", "州司法局", "州委编办及州直相关单位", "各县市人民政府", "湘西经开区管委会"), ("州行政审批服务局",),
        ("州司法局", "州委编办及州直相关单位", "各县市人民政府", "湘西经开区管委会"), "6月底完成", id="xiangxi-month-deadline",
    ),
    pytest.param(
        "（二）做好工作。（省发展改革委牵头，各地级以上市人民政府按职责分工负责；完成时限：2025年12月底前）",
        ("省发展改革委", "各地级以上市人民政府"), ("省发展改革委",), ("各地级以上市人民政府",), "2025年12月底前", id="guangdong-labeled-deadline-after-groups",
    ),
    pytest.param(
        "（二）完成改造。（市住房城乡建设局负责，年内完成）",
        ("市住房城乡建设局",), (), (), "年内完成", id="年内完成",
    ),
    pytest.param(
        "（五）落实社保政策。（人力资源社会保障部、财政部、国家税务总局、国家医保局按职责分工负责，2019年5月1日前完成）",
        ("人力资源社会保障部", "财政部", "国家税务总局", "国家医保局"), (), (), "2019年5月1日前完成", id="a-day-deadline",
    ),
    pytest.param(
        "（六）做好工作。（市财政局、市科技局负责）",
        ("市财政局", "市科技局"), (), (), None, id="no-deadline",
    ),
]


@pytest.mark.parametrize("clause, units, lead, support, deadline", DEADLINES)
def test_a_lists_deadline(clause, units, lead, support, deadline):
    (item,) = items_of(clause)
    assert (item.units, item.lead, item.support, item.deadline) == (units, lead, support, deadline)


@pytest.mark.parametrize(
    "clause",
    [
        pytest.param("（一）做好工作。（2023年底前完成）", id="a-deadline-alone"),
        pytest.param("（一）做好工作。（责任人：张三；时间节点：2023年底）", id="a-person-and-a-deadline"),
        pytest.param("（一）做好工作。\n完成时限：2023年底前", id="a-deadline-line-alone"),
        pytest.param("（一）做好工作。对项目给予支持（含2023年底前完成的项目）。", id="a-deadline-in-a-condition"),
    ],
)
def test_a_deadline_is_no_unit_list(clause):
    assert items_of(clause) == ()



# --- one vocabulary for a list's labels and a task table's columns ----------------------------------

_TABLE_HEAD = (
    "某市人民政府办公室关于印发某市重点任务分工方案的通知\n各区县人民政府，市政府各部门：\n"
    "现将《某市重点任务分工方案》印发给你们，请认真贯彻落实。\n某市人民政府办公室\n2023年2月1日\n某市重点任务分工方案\n"
)


@pytest.mark.parametrize(
    "table, expected",
    [
        # 主责单位 / 协同单位 / 时间节点 columns (a city's 营商环境 task list), as lists in the text use them
        ("序号\t重点任务\t主责单位\t协同单位\t时间节点\n1\t推行“一网通办”\t市政务服务管理局\t各区县政府\t2023年6月底前\n"
         "2\t推行“一窗受理”\t市政务服务管理局\t市司法局\t持续推进\n",
         [(("市政务服务管理局", "各区县政府"), ("市政务服务管理局",), ("各区县政府",), "2023年6月底前"),
          (("市政务服务管理局", "市司法局"), ("市政务服务管理局",), ("市司法局",), "持续推进")]),
        # 指导部门 and 时限 (02's 推广清单 columns)
        ("序号\t改革举措\t指导部门\t时限\n1\t推广知识产权质押融资\t国家知识产权局\t2019年\n",
         [(("国家知识产权局",), (), (), "2019年")]),
        # 牵头单位 and 责任单位 columns: the 责任单位 support the named lead, as in a list of the text
        # (鞍立政发〔2023〕2号's first targets, set as a table; 咸阳市2022年深化“放管服”改革工作要点's form)
        ("序号\t工作任务\t牵头单位\t责任单位\n1\t努力实现地区生产总值增长6.2%左右。\t区发改局\t立山经济开发区，全区经济运行各专班\n"
         "2\t推行“一网通办”\t市政务服务局\t市大数据中心\n",
         [(("区发改局", "立山经济开发区", "全区经济运行各专班"), ("区发改局",), ("立山经济开发区", "全区经济运行各专班"), None),
          (("市政务服务局", "市大数据中心"), ("市政务服务局",), ("市大数据中心",), None)]),
        # must not: no lead named, no support made up
        ("序号\t工作任务\t责任单位\n1\t推行“一网通办”\t市政务服务局、市大数据中心\n",
         [(("市政务服务局", "市大数据中心"), (), (), None)]),
        # 主要责任单位 / 协同配合单位 (谯城区2025年政府工作报告重点工作任务分解表)
        ("序号\t重点工作任务\t主要责任单位\t协同配合单位\n4\t社会消费品零售总额增长8.2%左右。\t区商务局\t区发改委、区市场监管局\n"
         "5\t规模以上工业增加值增长10%左右。\t区经信局\t区统计局\n",
         [(("区商务局", "区发改委", "区市场监管局"), ("区商务局",), ("区发改委", "区市场监管局"), None),
          (("区经信局", "区统计局"), ("区经信局",), ("区统计局",), None)]),
    ],
    ids=["zhuze-xietong-shijianjiedian", "zhidao-shixian", "qiantou-zeren-columns", "zeren-column-alone", "zhuyao-xietongpeihe-columns"],
)
def test_a_task_tables_columns_are_the_labels_of_a_list(table, expected):
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    assert [(r.units, r.lead, r.support, r.deadline) for r in notice.responsibilities] == expected


def test_a_list_in_the_text_takes_a_table_columns_labels():
    (item,) = items_of("（一）做好工作。（主管部门：市商务局；协同单位：市财政局；时限：2023年底）")
    assert (item.units, item.lead, item.support, item.deadline) == (("市商务局", "市财政局"), (), ("市财政局",), "2023年底")


# --- a task table printed one cell per line --------------------------------------------------------


def _one_cell_per_line(text: str) -> str:
    """``text`` with each TAB-separated row printed one cell per line, its empty cells gone:
    what a web page's copy or a PDF's text layer makes of a table."""
    return "".join(
        ("".join(c + "\n" for c in line.split("\t") if c.strip()) if "\t" in line else line + "\n") for line in text.splitlines()
    )


def test_a_task_table_one_cell_per_line_gives_what_its_rows_give():
    # 02's 推广清单: group rows between numbered rows, two group rows in a row, a gap in the numbers
    # (rows 15-20 left out by the publisher), a letter-spaced header cell (主 要 内 容)
    text = (Path(__file__).parent / "corpus" / "02_gbf-2018-126-chuangxin-tuiguang-qingdan.txt").read_text(encoding="utf-8")
    (tabbed,) = gazette_cli.parse_text(text).notices
    (flat,) = gazette_cli.parse_text(_one_cell_per_line(text)).notices

    def table_items(notice):
        return [(r.path, r.units, r.lead, r.support, r.text) for r in notice.responsibilities if r.form == "指导部门"]

    assert len(table_items(tabbed)) == 17
    assert table_items(flat) == table_items(tabbed)


@pytest.mark.parametrize(
    "table, expected",
    [
        # an empty 配合单位 cell is gone from the flattened row: the deadline stays a deadline
        ("序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n推行企业开办全程网办\n市市场监管局\n市公安局、市税务局\n2023年6月底前\n"
         "2\n开展知识产权执法专项行动\n市市场监管局\n2023年6月底前\n3\n优化不动产登记服务\n市自然资源局\n市税务局\n长期坚持\n各区县要加强组织领导。\n",
         [(("市市场监管局", "市公安局", "市税务局"), ("市市场监管局",), ("市公安局", "市税务局"), "2023年6月底前"),
          (("市市场监管局",), ("市市场监管局",), (), "2023年6月底前"),
          (("市自然资源局", "市税务局"), ("市自然资源局",), ("市税务局",), "长期坚持")]),
        # the last row one cell short: the paragraph after the table is no cell of it
        ("序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n推行企业开办全程网办\n市市场监管局\n市公安局\n2023年6月底前\n"
         "2\n开展知识产权执法专项行动\n市市场监管局\n2023年底前\n各区县要加强组织领导。\n",
         [(("市市场监管局", "市公安局"), ("市市场监管局",), ("市公安局",), "2023年6月底前"),
          (("市市场监管局",), ("市市场监管局",), (), "2023年底前")]),
        # the lost cell is the 任务名称 merged over the row above (宝山 2019 生活垃圾 任务清单, rows 1-3, a blank line after
        # each cell): the organs fall
        # under 牵头部门 and 配合部门, where the units are
        ("序号\n\n任务名称\n\n任务内容\n\n牵头部门\n\n配合部门\n\n时间节点\n\n1\n\n加强组织领导\n\n召开全区生活垃圾分类工作动员大会。\n\n区政府办公室\n\n各联席会议成员单位\n\n2019年3月\n\n"
         "2\n\n将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容。\n\n区委组织部（区公务员局）\n\n区绿化市容局\n\n2019年\n\n"
         "3\n\n建立健全生活垃圾分类管理体系。\n\n区政府办公室\n\n各街镇（园区）\n\n2019年6月\n\n各街镇要加强组织领导。\n",
         [(("区政府办公室", "各联席会议成员单位"), ("区政府办公室",), ("各联席会议成员单位",), "2019年3月"),
          (("区委组织部（区公务员局）", "区绿化市容局"), ("区委组织部（区公务员局）",), ("区绿化市容局",), "2019年"),
          (("区政府办公室", "各街镇（园区）"), ("区政府办公室",), ("各街镇（园区）",), "2019年6月")]),
    ],
    ids=["lost-support-cell", "lost-cell-in-the-last-row", "baoshan-lost-name-cell"],
)
def test_a_task_table_one_cell_per_line(table, expected):
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    assert [(r.units, r.lead, r.support, r.deadline) for r in notice.responsibilities] == expected


def test_a_sentence_under_a_name_column_is_the_content_of_its_row():
    # 宝山 2019 任务清单 again: the row one cell short lost its 任务名称 (merged over its group), so its sentence is the
    # 任务内容, the task whose figures are targets (row 13: 餐厨垃圾目标任务日均131吨); must not: a name with no stop stays a name
    table = ("序号\n\n任务名称\n\n任务内容\n\n牵头部门\n\n配合部门\n\n时间节点\n\n"
             "12\n\n推进分类收运\n\n完成规范的湿垃圾车辆配置80余辆，有害垃圾专用收运车1辆，干垃圾车辆全面标识规范。\n\n区绿化市容局\n\n各街镇（园区）\n\n2019年\n\n"
             "13\n\n餐厨垃圾目标任务日均131吨。\n\n区绿化市容局\n\n区商务委、区市场监管局\n\n2019年\n\n"
             "14\n\n推进末端处置\n\n区绿化市容局\n\n区发展改革委\n\n2019年\n\n各街镇要加强组织领导。\n")
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    (t,) = notice.tables
    assert [row.cells[1:3] for row in t.rows] == [
        ("推进分类收运", "完成规范的湿垃圾车辆配置80余辆，有害垃圾专用收运车1辆，干垃圾车辆全面标识规范。"),
        ("", "餐厨垃圾目标任务日均131吨。"),
        ("推进末端处置", ""),
    ]
    assert [(x.path, x.value, x.unit, x.year) for x in notice.targets if x.unit == "吨"] == [("13", 131, "吨", 2019)]


@pytest.mark.parametrize("rows", [4, 12], ids=["four-rows", "twelve-rows"])
def test_a_task_table_with_blank_lines_between_its_cells(rows):
    # sx.gov.cn's 市政府2020年重点工作一季度进展情况表: every cell a line, a blank line after each;
    # its serial numbers 1, 4 … are no page numbers (02's 推广清单 flattened the same way is above)
    cells = ["序号", "内容与要求", "进展情况", "责任单位"]
    for n in range(1, rows + 1):
        cells += [str(n), f"持续推进第{n}项重大项目攻坚，确保有效投资增长高于经济增长。", f"1-2月，第{n}项工作进展顺利。", "市发改委"]
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + "".join(c + "\n\n" for c in cells)).notices
    assert [(r.path, r.units) for r in notice.responsibilities] == [(str(n), ("市发改委",)) for n in range(1, rows + 1)]
    assert not any("page" in w for w in gazette_cli.parse_text(_TABLE_HEAD + "".join(c + "\n\n" for c in cells)).warnings)


@pytest.mark.parametrize(
    "table, expected",
    [
        # 谯城区教育局 2025 分解表: the rows a bureau picked from the county's list (3, 68, 69), group rows with
        # no row under them, unit cells closed by a stop
        ("序号\n重点工作任务\n主要责任单位\n协同配合单位\n一、2025年经济社会发展的主要预期目标\n3\n固定资产投资增长7.5%左右。\n区发改委\n"
         "区工信局、区住建局，各乡镇人民政府、街道办事处，魏武国控集团。\n二、全力以赴扩投资、优服务，筑牢经济增长根基\n三、全力以赴惠民生、增福祉，加快社会事业发展\n"
         "68\n持续推进学前教育普及普惠、义务教育优质均衡发展。\n区教育局\n区政府有关部门，各乡镇人民政府、街道办事处。\n"
         "69\n深化与海亮集团合作，积极引进优质教育资源。\n区教育局\n区投资促进中心。\n",
         [("一/3", ("区发改委",), ("区工信局", "区住建局", "各乡镇人民政府", "街道办事处", "魏武国控集团")),
          ("三/68", ("区教育局",), ("区政府有关部门", "各乡镇人民政府", "街道办事处")),
          ("三/69", ("区教育局",), ("区投资促进中心",))]),
        # 怀远县农业农村局 2023 进度: rows 52, 53 of the county's list, a progress cell after the deadline
        ("序号\n目标任务\n牵头责任单位\n计划完成时间\n目前完成情况\n"
         "52\n建成高标准农田8.3万亩，确保粮食总产稳定在120万吨以上。\n农田建设管理股、农业股\n2023年底\n高标准农田8.3万亩正在施工中，整体进度70%。\n"
         "53\n加快推动农业规模化经营，全县土地流转率达60%。\n经管站\n2023年底\n已累计完成“一村一块田”改革试验面积31.7万亩。\n",
         [("52", ("农田建设管理股", "农业股"), ()), ("53", ("经管站",), ())]),
    ],
    ids=["qiaocheng-picked-rows", "huaiyuan-picked-rows"],
)
def test_a_table_of_rows_picked_from_a_longer_list(table, expected):
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    assert [(r.path, r.lead, r.support) for r in notice.responsibilities] == expected


def test_a_group_column_and_numbers_in_the_name_cells_give_the_rows_paths():
    # 招远 2022 民生实事 进展, bar rows: the 类别 column names the group once (四、教育文化), the rows after it lost
    # that cell; each item's number opens its name cell (14.改扩建…), there is no 序号
    table = (
        "类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 1-9月份工作取得成效 | 监督电话 |\n"
        "四、教育文化 | 14.改扩建泉山学校及庙后吕家初级中学 | 完成泉山学校一期2座教学楼建设,庙后吕家初级中学主体建设并投入使用。 | 教育体育局 | 刘福利 | 泉山学校:完成主体建筑结构施工、平板浇筑,其中1号教学楼完成墙板安装,开始装饰装修; 庙后吕家初级中学:食堂建成投用,教工宿舍楼完成主体钢结构施工,整体钢结构施工完成70%。 | 两处学校改扩建项目目前正在加速推进施工进度。 | 监督电话0535-8246306 |\n"
        "15.推进学校塑胶运动场地建设 | 完成罗峰学校及13处农村学校塑胶运动场地建成并投入使用。 | 教育体育局 | 刘福利 | 罗峰学校:9月份开始施工,完成基础施工30%; 农村学校塑胶运动场地:完成基础施工,其中邵家初中塑胶运动场地完成人工草坪铺设正在进行篮球场硅PU施工,十字道初中开始人工草坪铺设。 | 罗峰学校正在全力推进基础施工;13处农村学校塑胶运动场地已完成基础建设,两处学校开始铺设面层。 | 监督电话0535-8246306 | |\n"
        "16.推进义务教育课后服务 | 对全市34所义务教育学校实行课后服务全覆盖,对有课后需求的学生实行全覆盖,稳步提高课后服务质量。 | 教育体育局 | 刘福利 | 2022年9月23日对全市义务教育学校课后服务课程超市开设情况进行调度,督促学校开设多彩课程,丰富课后服务内容,促进课后服务提质增效。 | 1-9月份全市有课后服务需求的学生32402人,实际参与课后服务的学生32402人,有课后服务需求的学生参与率100%,课后服务计划拨付700万元,占年度计划投资总额的75%。 | 监督电话0535-8246336 |\n"
    )
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    assert [(r.path, r.units) for r in notice.responsibilities] == [("四/14", ("教育体育局",)), ("四/15", ("教育体育局",)), ("四/16", ("教育体育局",))]


def test_a_short_group_row_under_the_header_is_no_header_cell():
    # 辽中区 2024 分解表: 一、做大做强主导产业 between the header and row 1, as short as a header cell; row 1 without
    # its leader's cell (谯城区 2025 above: a group row too long to be taken for one)
    table = "序号\n主要工作举措\n牵头单位\n配合单位\n责任领导\n一、做大做强主导产业\n1\n加快构建具有辽中特色的现代化产业体系,聚焦农产品精深加工产业,加快推进肉鸡、肉牛、淡水鱼全产业链规划布局和对外招商,实现三产融合发展。\n区农业农村局\n区发展改革局、区工业和信息化局、沈阳近海经济区管委会\n2\n加快安徽节源、沈发废弃油脂等在建项目的建设进度,推动韩国废旧光伏板拆解、中科凌胜等签约项目的开工建设。\n沈阳近海经济区管委会\n自然资源分局、生态环境分局、区发展改革局\n冯冬昌\n3\n推动胜达再生塑料、敏实铝循环利用等一批项目的签约落地,打造再生资源产业集群。\n沈阳近海经济区管委会\n自然资源分局、生态环境分局、区发展改革局\n冯冬昌\n4\n聚焦装备制造及配套产业,扶持远程摩擦、昌盛电气、银丰铸造等一批重点增资项目扩产,带动区域内装备制造及配套企业提档升级。\n区工业和信息化局\n沈阳近海经济区管委会、各镇政府(街道办事处)\n冯冬昌\n"
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    assert [(r.path, r.lead) for r in notice.responsibilities] == [
        ("一/1", ("区农业农村局",)), ("一/2", ("沈阳近海经济区管委会",)), ("一/3", ("沈阳近海经济区管委会",)), ("一/4", ("区工业和信息化局",))]


def test_a_group_row_that_only_counts_its_rows():
    # 苏府〔2011〕57号's 任务分解表, one cell per line: its group row has no 一、, only the count of its rows
    table = (
        "序号\n名称\n工作任务\n主要责任单位\n经济社会发展主要预期目标分解(15项)\n"
        "1\n地区生产总值\n地区生产总值增长12%\n市发改委、统计局\n"
        "2\n财政收入\n地方财政一般预算收入增长12%以上\n市财政局、国税局、地税局\n"
        "3\n固定资产投资\n全社会固定资产投资增长18%\n市发改委、统计局\n"
    )
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    assert [r.units for r in notice.responsibilities] == [("市发改委", "统计局"), ("市财政局", "国税局", "地税局"), ("市发改委", "统计局")]


def test_a_cell_of_units_printed_one_a_line():
    # 大竹县 2016 民生实事目标任务分解表: each unit of a row on its own line; row 5 prints a second task and
    # its deadline after its cells, and the rows after it are still read
    table = (
        "序号\n民生实事\n责任单位\n完成时限\n"
        "1\n启动建设东柳河城区段综合治理工程和东湖湿地公园。\n县水务局\n县住建局\n县护城河指挥部\n12月底前\n"
        "2\n新建2座人行天桥。\n县住建局\n9月投入使用\n"
        "3\n启动县图书馆新馆建设。\n县文体广新局\n县代建中心\n12月底前\n"
        "4\n开工建设县老年养护楼。\n县民政局\n5月底前动工\n开工建设老年大学。\n12月底前\n"
        "5\n加快推进土地滩水库建设。\n县水务局\n12月底前\n"
    )
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    assert [(r.path, r.units) for r in notice.responsibilities] == [
        ("1", ("县水务局", "县住建局", "县护城河指挥部")), ("2", ("县住建局",)), ("3", ("县文体广新局", "县代建中心")),
        ("4", ("县民政局",)), ("5", ("县水务局",)),
    ]


@pytest.mark.parametrize(
    "cell, units",
    [
        # a bureau and the local governments after it, the space between them lost in a table's cell (吉水 2023
        # 10件民生实事: 县教体局 各相关乡镇政府; 县卫健委 各相关乡镇政府)
        ("县教体局 各相关乡镇政府", ("县教体局", "各相关乡镇政府")),
        ("县卫健委 各相关乡镇政府", ("县卫健委", "各相关乡镇政府")),
        # must not: 各部门 of an organ is one unit
        ("市政府各部门", ("市政府各部门",)),
    ],
)
def test_a_bureau_run_into_the_local_governments_after_it(cell, units):
    from gazette_cli.extract.tasks import _units
    from gazette_cli.text.normalize import normalize_line

    assert _units(normalize_line(cell))[0] == units


@pytest.mark.parametrize(
    "clause, units",
    [
        # a division of duties, clauses parted by ；, each its units and 负责 (南宁 2007 经济适用住房 实施方案;
        # 上城区 2019 目标任务 分解)
        ("（一）职责分工。市经济适用住房建设管理协调工作领导小组负责经济适用住房建设发展的指导和协调工作；市发改委负责项目立项工作；"
         "市规划局负责新项目规划选址、项目总平工作；各城区政府、开发区管委会负责本辖区内项目的征地拆迁工作。",
         [("市经济适用住房建设管理协调工作领导小组",), ("市发改委",), ("市规划局",), ("各城区政府", "开发区管委会")]),
        ("（一）职责分工。区委办公室负责将目标任务的完成情况纳入综合考评；区政府办公室负责对目标任务进度情况进行督察通报；"
         "区统计局负责对各部门完成的经济类数据进行真实性审核。各部门、各单位要明确责任、强化担当。",
         [("区委办公室",), ("区政府办公室",), ("区统计局",)]),
        # must not: one duty alone (a regulation's article, 四川省村务公开条例 第五条), and subjects with a modal verb
        ("（一）第五条　县级以上地方人民政府民政部门负责本行政区域内村务公开的指导、协调和监督工作。", []),
        ("（一）各地要负责做好宣传；各部门要负责抓好落实。", []),
        # …nor duties in sentences of their own, as an article run onto one line states them (四川 2009 第五条)
        ("（一）第五条　县级以上地方人民政府民政部门负责村务公开的指导工作。县级以上地方人民政府农业行政主管部门负责财务公开的指导、监督工作。", []),
    ],
    ids=["nanning-duties", "shangcheng-duties", "one-duty-alone", "modal-subjects", "duties-in-sentences-of-their-own"],
)
def test_a_division_of_duties_parted_by_semicolons(clause, units):
    assert [r.units for r in items_of(clause)] == units


def test_numbers_that_do_not_follow_are_no_rows():
    # must not: under a 序号 header whose rows start at 1, a number far past the last is text, not a row
    table = "序号\n重点任务\n牵头单位\n完成时限\n1\n推行企业开办全程网办\n市市场监管局\n2023年6月底前\n2\n优化不动产登记服务\n市自然资源局\n长期坚持\n95\n各区县要加强组织领导。\n"
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    assert [r.path for r in notice.responsibilities] == ["1", "2"]


def test_numbered_lines_without_a_header_are_no_table():
    # a 序号 heading over a list of numbered points is no table: its items are no row of cells
    text = _TABLE_HEAD + "序号\n1\n做好宣传。\n2\n加强督查。\n"
    doc = gazette_cli.parse_text(text)
    assert [b for b in doc.layout.blocks if type(b).__name__ == "Table"] == []


# --- units named once for every list from there on -----------------------------------------------


@pytest.mark.parametrize(
    "plan, standing, rule",
    [
        pytest.param(
            # 国办发〔2018〕128号: the first list names the city governments and says so for the rest.
            "测试方案\n二、主要任务\n（一）强化顶层设计。形成综合管理体制机制。（生态环境部指导，试点城市政府负责落实。"
            "以下均需试点城市政府落实，不再列出）\n（二）实施工业绿色生产。全面实施绿色开采。（自然资源部、工业和信息化部指导）\n",
            [(), ("试点城市政府",)],
            "以下均需试点城市政府落实，不再列出",
            id="05-以下均需",
        ),
        pytest.param(
            # a 四川 plan (川发改〔2022〕…): said inside the first list, 下同 — it holds for that list too.
            "四川省现代流通体系建设实施方案\n一、深化现代流通市场化改革\n（一）加强市场体系建设。推进高标准市场体系建设。"
            "〔责任单位：省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕\n"
            "（二）优化市场准入环境。实施“证照分离”改革全覆盖。〔责任单位：省市场监管局〕\n",
            [("相关市（州）人民政府",), ("相关市（州）人民政府",)],
            "具体任务均涉及相关市（州）人民政府，不再做分工，下同",
            id="sichuan-具体任务均涉及",
        ),
    ],
)
def test_units_named_once_for_every_later_list(plan, standing, rule):
    items = responsibilities.extract(gazette_cli.parse_text(plan).notices[0])
    assert [r.standing for r in items] == standing
    assert [r.standing_rule for r in items] == [rule if s else None for s in standing]


@pytest.mark.parametrize(
    "plan",
    [
        pytest.param("测试方案\n一、任务\n（一）推进工作。具体项目不再列出。（市发展改革委负责）\n（二）加强管理。（市财政局负责）\n", id="no-units"),
        pytest.param("测试方案\n一、任务\n（一）推进工作。各地要简化程序，不再审批。（市发展改革委负责）\n（二）加强管理。（市财政局负责）\n", id="not-a-listing"),
        pytest.param("测试方案\n一、任务\n（一）推进工作。以下均需按要求落实，不再列出。（市发展改革委负责）\n（二）加强管理。（市财政局负责）\n", id="no-name"),
    ],
)
def test_no_standing_units_without_a_sentence_naming_them(plan):
    items = responsibilities.extract(gazette_cli.parse_text(plan).notices[0])
    assert len(items) == 2 and all(r.standing == () and r.standing_rule is None for r in items)


def test_the_units_report_gives_standing_units_their_role():
    from gazette_cli.reports.units import rows

    plan = (
        "测试方案\n一、主要任务\n（一）强化顶层设计。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）\n"
        "（二）实施工业绿色生产。（自然资源部牵头，工业和信息化部参与）\n"
    )
    got = [(r["unit"], r["role"], r["path"]) for r in rows([gazette_cli.to_dict(gazette_cli.parse_text(plan))])]
    assert ("试点城市政府", "standing", "一/(二)") in got
    assert ("试点城市政府", "member", "一/(一)") in got
    assert ("自然资源部", "lead", "一/(二)") in got


# --- organs in brackets alone, in a notice that divides work ------------------------------------

_DIVIDING = "湖北省荆州市人民政府办公室关于分解落实《政府工作报告》的通知\n各县、市、区人民政府：\n现将工作任务分解给你们，请认真抓好落实。\n一、主要工作目标\n"


@pytest.mark.parametrize(
    "title, item, units",
    [
        # 荆州 2009 分解落实: organs after each goal, the zone and the departments among them; no lead said
        (_DIVIDING, "1、地区生产总值增长11%（市发改委，市政府相关部门，各县市区政府，荆州开发区）。",
         ("市发改委", "市政府相关部门", "各县市区政府", "荆州开发区")),
        (_DIVIDING, "4、财政一般预算收入增长13%（市财政局、市国税局、市地税局，各县市区政府，荆州开发区）。",
         ("市财政局", "市国税局", "市地税局", "各县市区政府", "荆州开发区")),
        # …a 任务分工方案 the same (the form of 浙政办发〔2014〕89号's lists, whose rule there names the lead)
        ("某市人民政府办公室关于印发2023年重点工作任务分工方案的通知\n各区政府：\n现印发给你们。\n一、重点任务\n",
         "（一）扩大有效投资（市发展改革委、市财政局）。", ("市发展改革委", "市财政局")),
        # …but not places, nor a list whose first name is no organ, nor any of it where the title divides nothing
        (_DIVIDING, "2、在部分城市开展试点（北京、上海、广州）。", None),
        (_DIVIDING, "3、推进园区建设（荆州开发区、沙市区）。", None),
        ("某市人民政府关于做好2009年经济工作的通知\n各县、市、区人民政府：\n现通知如下。\n一、主要工作目标\n",
         "1、地区生产总值增长11%（市发改委，市政府相关部门，各县市区政府，荆州开发区）。", None),
    ],
)
def test_organs_in_brackets_in_a_notice_that_divides_work(title, item, units):
    found = responsibilities.extract(gazette_cli.parse_text(title + item + "\n").notices[0])
    assert [(r.units, r.lead) for r in found] == ([(units, ())] if units else [])


def test_a_dividing_notice_saved_with_spaces_for_line_ends():
    (n,) = gazette_cli.parse_path(Path(__file__).parent / "fixtures" / "spaced" / "jingzhou-2009-fenjie-luoshi.txt").notices
    lists = responsibilities.extract(n)
    assert [r.path for r in lists][:10] == [f"一/{k}" for k in range(1, 11)]
    assert all(r.lead == () and r.units[-2:] == ("各县市区政府", "荆州开发区") for r in lists[:10])


@pytest.mark.parametrize(
    "table, expected",
    [
        # 沈河区 2024 主要工作任务分解表, one cell a line and no 序号: the task cell opens with its number, its lead and
        # its units follow, the units perhaps over two lines; a group row (一、…) gives the rows under it their path
        ("2024年政府工作报告主要工作任务分解表\n主要工作任务\n牵头单位\n责任单位\n一、优结构、谋发展,在加快构建现代化产业体系上冲在前、当先锋、作示范\n"
         "1.主动对接国家战略,完善“2+5+N”现代化产业体系和“18214”企业支撑体系,壮大531个支撑企业,加快形成新质生产力。\n区发改局\n"
         "区工信局、区商务局、区文旅局、区金融局、各街道办事处\n"
         "2.大力发展新兴数字、网络安全、工业互联网、前沿新材料、航空发动机、创新药等战略性新兴产业。\n发改局\n区工信局\n各街道办事处\n"
         "3.积极培育元宇宙、生成式人工智能、人形机器人、数字农业、现代种业等未来产业。\n发改局\n区工信局、各街道办事处\n",
         [("一/1", ("区发改局",), ("区工信局", "区商务局", "区文旅局", "区金融局", "各街道办事处")),
          ("一/2", ("发改局",), ("区工信局", "各街道办事处")),
          ("一/3", ("发改局",), ("区工信局", "各街道办事处"))]),
        # must not: items with their units on labelled lines are lists, no table (立山区 2023 分工方案)
        ("一、经济社会发展的主要预期目标\n1.努力实现地区生产总值增长6.2%左右。\n牵头单位:区发改局\n责任单位:立山经济开发区,全区经济运行各专班\n"
         "2.规模上工业增加值增长5%左右。\n牵头单位:区工信局\n责任单位:立山经济开发区\n",
         [("一/1", ("区发改局",), ("立山经济开发区", "全区经济运行各专班")), ("一/2", ("区工信局",), ("立山经济开发区",))]),
    ],
    ids=["shenhe-no-serial", "lishan-labelled-lines"],
)
def test_a_task_table_one_cell_per_line_without_serials(table, expected):
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    assert [(r.path, r.lead, r.support) for r in notice.responsibilities] == expected
    assert bool(notice.tables or any(a.tables for a in notice.attachments)) == ("主要工作任务" in table)


_JIANGSHAN_HEAD = ("序号\n\n项目名称\n\n项目建设规模及内容\n\n建设起\n止年限\n\n总投资\n(万元)\n\n当年投资\n\n(万元)\n\n2023年度\n\n计划\n\n"
                   "资金\n\n来源\n\n责任\n\n单位\n\n")
_JIANGSHAN_ROW_1 = ("1\n\n城市用气\n\n提升工程\n\n对听涛山庄、雅林西苑、雅林东苑、西城华庭等28个小区进行“液改气”改造,安装燃气安全装置13000套,"
                    "对30个小区燃气调压设施进行安全提升,让更多市民用上清洁、安全、实惠的天然气。\n\n2023.01-2023.12\n\n1200\n\n1200\n\n完工投用\n\n"
                    "国企投资\n\n城投集团\n\n")
_JIANGSHAN_ROW_2 = ("2\n\n山塘水库综合整治工程\n\n完成峡口镇大坑等6座小型水库加固改造及石门镇江郎山村后垄等10座山塘综合整治工程,消除安全隐患,"
                    "提升蓄水灌溉能力。\n\n2023.01-2023.12\n\n4600\n\n4600\n\n基本完工\n\n政府投资\n\n水利局\n\n")


@pytest.mark.parametrize(
    "table, expected",
    [
        # 江山 2023 民生实事 计划表: its header cells broken over lines (建设起 / 止年限, 总投资 / (万元), 责任 / 单位), more
        # pieces than its rows have cells; a name broken too (城市用气 / 提升工程); the units the rows' last cells
        (_JIANGSHAN_HEAD + _JIANGSHAN_ROW_1 + _JIANGSHAN_ROW_2, [("1", ("城投集团",)), ("2", ("水利局",))]),
        # 泗洲头镇 2024 重点工作计划 执行情况: 责任 / 领导 and 责任 / 科室, the leader a person, the section the unit
        ("泗洲头镇2024年度重点工作计划二季度执行情况\n\n序号\n\n重点工作\n\n责任\n\n领导\n\n责任\n\n科室\n\n攻坚目标\n\n任务\n\n"
         "工作任务安排\n\n第二季度\n\n完成情况\n\n1\n\n白仙山水库工程政策处理\n\n欧乾震\n\n白仙山水库工程政策处理工作领导小组\n\n"
         "完成项目政策处理工作,推进大坝、溢洪道、引水隧洞及配套设施建设。\n\n推进坟墓迁移工作。\n\n该工程库区内坟墓迁移进度达60%。\n\n"
         "2\n\n现代化美丽城镇\n\n吴宇凡\n\n乡村振兴办\n\n成功创建首批浙江省美丽城镇。\n\n按照时间节点开展项目建设。\n\n"
         "本年度总投资6000万元的19个项目完成投资3000万元。\n",
         [("1", ("白仙山水库工程政策处理工作领导小组",)), ("2", ("乡村振兴办",))]),
        # must not: one row under such a header is no table (江山's first row alone)
        (_JIANGSHAN_HEAD + _JIANGSHAN_ROW_1, []),
    ],
    ids=["jiangshan-broken-header", "sizhoutou-broken-header", "jiangshan-one-row"],
)
def test_a_task_table_one_cell_per_line_under_a_broken_header(table, expected):
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    assert [(r.path, r.units) for r in notice.responsibilities] == expected


def test_a_task_table_one_cell_per_line_ends_with_its_last_row():
    # 沈河区 2024's table, then a group-like line whose item has no units: the table ends with its last
    # row of units, and the lines after it stay text
    table = (
        "主要工作任务分解表\n主要工作任务\n牵头单位\n责任单位\n一、优结构、谋发展\n"
        "1.主动对接国家战略,壮大531个支撑企业。\n区发改局\n区工信局、区商务局\n2.大力发展战略性新兴产业。\n发改局\n区工信局\n"
        "二、保障措施\n1.加强组织领导。各部门要高度重视。\n"
    )
    (notice,) = gazette_cli.parse_text(_TABLE_HEAD + table).notices
    (found,) = [t for a in notice.attachments for t in a.tables]
    lines = (_TABLE_HEAD + table).splitlines()
    assert lines[found.span.end_line - 1] == "区工信局"
    assert "保障措施" in "".join(a.outline.preamble.text for a in notice.attachments)


def test_a_first_column_of_group_markers_gives_the_rows_their_group():
    # 江门市土地储备中心's 政务公开 清单: 工作任务 | 具体要求 | 责任部门, each row's first cell its group's 一、 (printed on
    # the group's first row only, the rows under it shifted), its second the row's number; as a 类别 column does (招远 2022)
    text = "\n".join(['工作任务 | 具体要求 | 责任部门 |', '一、做好财政信息公开。 | 1.积极推进本中心预算、决算及相关报表公开。 | 财务科 |', '二、做好政府网站专栏信息公开。 | 2.及时更新网站频道的各类型概况信息。 | 办公室 |', '3.及时反馈网民对调查征集信息的意见。 | 各科室 | |', '4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |']) + "\n"
    items = gazette_cli.parse_text(text).notices[0].responsibilities
    assert [(r.path, r.units, r.lead) for r in items] == [
        ("一/1", ("财务科",), ()), ("二/2", ("办公室",), ()), ("二/3", ("各科室",), ()), ("二/4", ("办公室", "各科室"), ("办公室",)),
    ]


def test_a_cell_of_many_units_one_a_line_with_towns_among_them():
    # 金东 2024 民生实事任务分解方案, saved one cell per line: row 1's 协同单位 is ten lines (东孝街道 / 孝顺镇 / … /
    # 金义新区发展集团 / … / 区资规分局), towns among the organs; row 2's is "/" (none)
    text = "\n".join(['2024年金东区政府民生实事任务分解方案', '', '序号', '', '事项分类', '', '事项名称', '', '项目内容', '', '牵头单位', '', '协同单位', '', '1', '', '打造区域教育高地', '', '新(改、扩)建一批中小学校', '', '实施新(改、扩)建中小学校5家。', '', '区教体局', '', '东孝街道', '', '孝顺镇', '', '傅村镇', '', '曹宅镇', '', '澧浦镇', '', '区发改局', '', '金义新区发展集团', '', '区城投集团', '', '区社发公司', '', '区资规分局', '', '2', '', '中小学校清廉阳光厨房建设', '', '对28所中小学校食堂安装数字化验收平台。', '', '区教体局', '', '/', '', '3', '', '“医”心为民工程', '', '新(改)建村卫生室', '', '新(改)建村卫生室80家。', '', '区卫健局', '', '各乡镇(街道)', '', '4', '', '医疗卫生机构迁(扩)建', '', '实施卫生院迁(扩)建1家。', '', '区卫健局', '', '源东乡', '', '区发改局', '', '区资规分局', '']) + "\n"
    items = gazette_cli.parse_text(text).notices[0].responsibilities
    assert [(r.path, r.lead, len(r.support), r.support[:2]) for r in items][:3] == [
        ("1", ("区教体局",), 10, ("东孝街道", "孝顺镇")), ("2", ("区教体局",), 0, ()), ("3", ("区卫健局",), 1, ("各乡镇（街道）",)),
    ]


def test_others_of_the_state_council_close_a_list_without_naming_a_unit():
    # 国办发〔2021〕45号 (traditional characters on its page): （财政部、工业和信息化部、人力资源社会保障部、人民银行等
    # 国务院相关部门及各地区按职责分工负责）, as 教育部等有关部门和单位 closes one (test above)
    (item,) = items_of('一、加大紓困資金支持力度。鼓勵地方安排中小企業紓困資金,對生產經營暫時面臨困難但產品有市場、項目有前景、技術有競爭力的中小企業,以及勞動力密集、社會效益高的民生領域服務型中小企業(如養老托育機構等)給予專項資金支持,減輕房屋租金、水電費等負擔,給予社保補貼等,幫助企業應對原材料價格上漲、物流及人力成本上升等壓力。落實創業擔保貸款貼息及獎補政策。用好小微企業融資擔保降費獎補資金,支持擴大小微企業融資擔保業務規模,降低融資擔保成本。有條件的地方要發揮好貸款風險補償機制作用。(財政部、工業和信息化部、人力資源社會保障部、人民銀行等國務院相關部門及各地區按職責分工負責)')
    assert item.units == ("财政部", "工业和信息化部", "人力资源社会保障部", "人民银行", "各地区")
