"""The numbering table: every form read on real lines of two documents, what
must not be read as a marker, and the things derived from the table."""

import json

import pytest

from conftest import SCHEMA_FILE
from gazette_cli.model import ClauseKind
from gazette_cli.structure.markers import FIRST_CHARS, FORMS, KINDS, is_title_only, match_marker

# (form, line as printed, path part): two documents for each form, from the
# corpus (01…18), the Jinan sample (jn) or the clean fixtures.
CASES = [
    ("chapter", "第一章　总　　则", "第一章"),  # 01
    ("chapter", "第三章 审查", "第三章"),  # 18
    ("chapter", "第 一 章　总　　则", "第一章"),  # letter-spaced, as a text layer spreads it
    ("section", "第一节 审查方式", "第一节"),  # 18
    ("section", "第二节　结果反馈", "第二节"),  # 18, with an ideographic space
    ("article", "第一条　为了规范专利代理行为", "第一条"),  # 01
    ("article", "第十五条 本实施细则自发布之日起施行", "第十五条"),  # 15
    ("article", "第四十六条  本办法自印发之日起施行。", "第四十六条"),  # 14
    ("article", "第一百二十条之一　帮助恐怖活动组织的", "第一百二十条之一"),  # 中华人民共和国刑法, an inserted article
    ("article", "第二十一条之二 物业服务人应当", "第二十一条之二"),  # a provincial regulation as amended
    ("decimal", "1.1　编制目的及依据", "1.1"),  # 10
    ("decimal", "4.2.1　出现国家级（Ⅰ级）粮食应急状态时", "4.2.1"),  # 10
    ("decimal", "5.1.2 省级人民政府必须按照", "5.1.2"),  # 10, an ASCII space
    ("decimal_top", "1　总则", "1"),  # 10
    ("decimal_top", "7　附则", "7"),  # 10
    ("cn", "一、总体要求", "一"),  # 05
    ("cn", "十四、加强组织实施", "十四"),  # 08
    ("cn_paren", "（一）加大稳岗支持力度。", "(一)"),  # 06
    ("cn_paren", "(十七)统筹资金支持", "(十七)"),  # jn, half-width brackets
    ("cn_paren_char", "㈠完善制度", "(一)"),
    ("num", "1.深化改革", "1"),  # 07
    ("num", "12、积极推进", "12"),  # 17 (附件)
    ("num", "１．推进智慧科普建设工程", "1"),  # jn, full-width
    # an item that opens with a year (a 2014 通报 of the 国务院安委会办公室: 1.2013年5月13日，吉林省…事故; a county's
    # list of attachments: 2.2025年十五件民盼实事任务分解)
    ("num", "1.2013年5月13日，吉林省万国黄金股份有限公司西岔金矿较大瞒报事故；", "1"),
    ("num", "2.2025年十五件民盼实事任务分解", "2"),
    ("num_dot_char", "⒉推进建设", "2"),
    ("num_paren", "（1）粮食应急工作指挥部", "(1)"),  # 10
    ("num_paren", "(4)打击传销", "(4)"),  # jn
    ("num_paren_char", "⑶加强监测", "(3)"),
    ("circled", "②开展", "②"),
    ("circled", "⑪完善", "⑪"),
]


@pytest.mark.parametrize("form, line, part", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_form(form, line, part):
    m = match_marker(line)
    assert (m.form, m.path_part) == (form, part)


@pytest.mark.parametrize(
    "text",
    [
        "101.82%",  # a decimal in a sentence (jn)
        "2025年",  # a year
        "12325热线电话举报线索",  # 15: a hotline
        "（镇）食安办",  # jn
        "（TISC）",  # jn
        "（2022年10月8日印发）",  # an 印发 line
        "第三类医疗器械",  # not 章/节/条
        "十九大",
        "一是加强组织领导",  # 一是 / 二是 are not headings
        "首先，要提高认识",
        "1 全市公民具备科学素质的比例 （%） 13.6 18.5 预期性",  # jn: an indicator table's row
        "12235.4652\t104424.2470",  # 13: coordinates
        "1.2025亿元",  # a decimal before a magnitude, no year
        "1.2013",  # a decimal alone
    ],
)
def test_not_a_heading(text):
    m = match_marker(text)
    assert m is None or (m.form == "decimal_top" and not is_title_only(m, text))


def test_every_form_is_of_a_kind_and_every_kind_has_a_form():
    assert {f.kind for f in FORMS} == set(ClauseKind) == {k.kind for k in KINDS}


def test_the_first_character_prefilter_comes_from_the_table():
    # Every form's first characters, and nothing else but the leading spaces.
    assert FIRST_CHARS == frozenset(" \u3000" + "".join(f.first for f in FORMS))
    for form, line, _ in CASES:
        assert line.lstrip(" \u3000")[0] in FIRST_CHARS


def test_the_schema_enum_is_the_table(validator):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["$defs"]["clause"]["properties"]["kind"]["enum"] == [k.value for k in ClauseKind]


def test_nesting_order_regulations_outside_plans():
    rank = {k.kind: k.rank for k in KINDS}
    order = [ClauseKind.PART, ClauseKind.VOLUME, ClauseKind.CHAPTER, ClauseKind.SECTION, ClauseKind.ARTICLE,
             ClauseKind.DECIMAL, ClauseKind.CN, ClauseKind.CN_PAREN, ClauseKind.NUM, ClauseKind.NUM_PAREN, ClauseKind.CIRCLED]
    assert sorted(order, key=rank.__getitem__) == order


def test_a_decimal_without_its_parent_is_text():
    # jn: 33.2 件 broken at a line start reads as the decimal 33.2, which
    # only a clause 33 could hold.
    import gazette_cli

    doc = gazette_cli.parse_text("某某规划\n一、现状\n每万人发明专利拥有量达到\n33.2 件，居全省前列。\n")
    assert [c.path for c in doc.notices[0].walk()] == ["一"]
