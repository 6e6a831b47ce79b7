"""Segmentation: every notice of the sample with exactly right metadata, and other frames."""

from pathlib import Path

import pytest

import gazette_cli
from gazette_cli.structure.frame import canonical_doc_number, iso_date

FIXTURES = Path(__file__).parent / "fixtures"
ADDRESSEES = ("各区县人民政府", "市政府各部门（单位）")

# Read off the sample by hand: (doc_number, issuer, title, signed, printed, code, attachment, first line, last line)
SAMPLE_NOTICES = [
    (
        "济政发〔2022〕17号",
        "济南市人民政府",
        "济南市人民政府关于印发济南市“十四五”全民科学素质行动规划纲要实施方案的通知",
        "2022-10-08",
        "2022-10-08",
        None,
        "济南市“十四五”全民科学素质行动规划纲要实施方案",
        1,
        999,
    ),
    (
        "济政发〔2022〕18号",
        "济南市人民政府",
        "济南市人民政府印发关于加快生物医药与大健康产业高质量发展的若干政策措施的通知",
        "2022-10-09",
        "2022-10-09",
        "JNCR-2022-0010006",
        "关于加快生物医药与大健康产业高质量发展的若干政策措施",
        1001,
        1563,
    ),
    (
        "济政字〔2022〕61号",
        "济南市人民政府",
        "济南市人民政府关于聘任市政府参事的通知",
        "2022-09-30",
        "2022-09-30",
        None,
        None,
        1571,
        1588,
    ),
    (
        "济政字〔2022〕65号",
        "济南市人民政府",
        "济南市人民政府关于印发济南市建设国家知识产权强市示范城市工作方案（2022-2025年）的通知",
        "2022-10-13",
        "2022-10-13",
        None,
        "济南市建设国家知识产权强市示范城市工作方案（2022-2025年）",
        1590,
        2350,
    ),
    (
        "济政办字〔2022〕51号",
        "济南市人民政府办公厅",
        "济南市人民政府办公厅关于印发济南市“十四五”市场监管规划的通知",
        "2022-10-11",
        "2022-10-11",
        None,
        "济南市“十四五”市场监管规划",
        2352,
        4697,
    ),
]


def test_sample_has_five_notices(sample_doc):
    assert [n.doc_number for n in sample_doc.notices] == [row[0] for row in SAMPLE_NOTICES]


@pytest.mark.parametrize("expected", [pytest.param(row, id=row[0]) for row in SAMPLE_NOTICES])
def test_sample_notice_metadata(sample_doc, expected):
    n = next(x for x in sample_doc.notices if x.doc_number == expected[0])
    got = (
        n.doc_number,
        n.issuer,
        n.title,
        n.signed_date,
        n.printed_date,
        n.normative_code,
        n.attachment_title,
        n.span.start_line,
        n.span.end_line,
    )
    assert (got, n.doc_type, n.addressees) == (expected, "通知", ADDRESSEES)


def test_letter_of_the_appointment_notice(sample_doc):
    n = sample_doc.notices[2]
    assert n.letter.text.endswith("确定聘任聂军、秦贵昌为济南市人民政府参事。")


def test_clean_opinion_without_attachment():
    doc = gazette_cli.parse_path(FIXTURES / "clean-opinion.txt")
    (n,) = doc.notices
    assert (n.doc_number, n.issuer, n.doc_type, n.signed_date, n.attachment_title, len(n.addressees)) == (
        "鲁政办发〔2022〕5号",
        "山东省人民政府办公厅",
        "意见",
        "2022-03-02",
        None,
        5,
    )


def test_clean_order_with_regulation():
    doc = gazette_cli.parse_path(FIXTURES / "clean-regulation.txt")
    (n,) = doc.notices
    assert (n.doc_number, n.issuer, n.doc_type, n.signed_date, n.attachment_title) == (
        "济南市人民政府令第288号",
        "济南市人民政府",
        "令",
        "2022-10-20",
        "济南市城市供水条例实施办法",
    )


def test_plan_without_notice_frame_is_one_document():
    text = "济南市全民健身实施计划\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）完善设施。建设健身步道。\n"
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, n.doc_type, n.doc_number, n.issuer, [c.path for c in n.clauses]) == (
        "济南市全民健身实施计划",
        "计划",
        None,
        None,
        ["一", "二"],
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("今天天气很好。\n我们去公园散步。\n", id="prose"),
        pytest.param("1234\n5678\n", id="numbers-only"),
        pytest.param("Lorem ipsum dolor sit amet.\n", id="latin"),
    ],
)
def test_text_without_a_document_gives_no_notices(text):
    doc = gazette_cli.parse_text(text)
    assert (doc.notices, len(doc.warnings)) == ((), 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("济政发 〔2022〕 17号", "济政发〔2022〕17号", id="spaced"),
        pytest.param("济政办字[2022]51号", "济政办字〔2022〕51号", id="square-brackets"),
        pytest.param("国发（2021）9号", "国发〔2021〕9号", id="round-brackets"),
        pytest.param("鲁政发〔2021〕第25号", "鲁政发〔2021〕25号", id="di-hao"),
        pytest.param("国务院令第565号", "国务院令第565号", id="order"),
        pytest.param("第三十七号", "第37号", id="order-in-chinese-numerals"),
        pytest.param("中华人民共和国主席令第一百二十号", "中华人民共和国主席令第120号", id="order-hundreds"),
        # a part in brackets after the issuer's code (广东 2021 廉江 用地批复: its own 粤府土审(16)〔2021〕11号
        # and the 请示 it answers, 湛自然资(管制)〔2021〕45号); a round bracket of four digits stays the year
        pytest.param("粤府土审(16)〔2021〕11号", "粤府土审（16）〔2021〕11号", id="bracketed-series"),
        pytest.param("湛自然资（管制）〔2021〕45号", "湛自然资（管制）〔2021〕45号", id="bracketed-section"),
        pytest.param("某价（2001）12号", "某价〔2001〕12号", id="round-year-not-a-part"),
        pytest.param("粤府土审(16)", None, id="bracketed-part-without-year"),
        # the class of a reply to a 提案 after its number (华容 2017: 华教体函〔2017〕35号B类), no part of it
        pytest.param("华教体函〔2017〕35号B类", "华教体函〔2017〕35号", id="reply-class"),
        pytest.param("某政函〔2020〕5号（A类）", "某政函〔2020〕5号", id="reply-class-in-brackets"),
        pytest.param("华教体函〔2017〕35号D类", None, id="no-such-class"),
        pytest.param("第三十七号文件", None, id="not-a-number-line"),
        pytest.param("济政发〔2022〕", None, id="no-serial"),
        pytest.param("2022年10月8日", None, id="date-is-not-a-number"),
    ],
)
def test_canonical_doc_number(text, expected):
    assert canonical_doc_number(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("2022年10月8日", "2022-10-08", id="arabic"),
        pytest.param("二〇二二年十月八日", "2022-10-08", id="chinese"),
        pytest.param("二〇二二年十二月三十一日", "2022-12-31", id="chinese-past-ten"),
        pytest.param("2022年13月1日", None, id="no-month-13"),
        pytest.param("到2025年", None, id="not-a-date"),
    ],
)
def test_iso_date(text, expected):
    assert iso_date(text) == expected
