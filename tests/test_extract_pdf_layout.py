"""The extractors on text laid out as a PDF text layer: column lines of 17
characters, full-width digits, ASCII punctuation, a blank line after every
line — so numbers, units, names and titles are cut across lines."""

from decimal import Decimal

import pytest

from gazette_text import pdf_notice_of

GOALS = (
    "一、发展目标\n"
    "（一）主要目标。到2025年，全市公民具备科学素质的比例达到18.5%，每年开展健康科普专家健康教育活动40场，"
    "培育形成30个以上高价值专利培育中心。（市委宣传部、市教育局、市科技局、团市委、市卫生健康委、市科协按职责分工负责）\n"
    "（二）支持研发。对进入临床试验研究的新兽药，每个项目给予研发单位100万元的一次性奖励。（责任单位：市工业和信息化局、市农业农村局）\n"
    "（三）组织实施。依据《全民科学素质行动规划纲要（2021-2035年）》（国发〔2021〕9号，以下简称《科学素质纲要》）组织实施。"
    "本方案自2022年11月10日起施行，有效期至2025年11月9日。"
)


@pytest.fixture(scope="module")
def notice():
    return pdf_notice_of(GOALS)


@pytest.mark.parametrize(
    "metric, value, unit, comparator, year",
    [
        pytest.param("全市公民具备科学素质的比例", Decimal("18.5"), "%", "=", 2025, id="decimal-cut-before-percent"),
        pytest.param("健康科普专家健康教育活动", Decimal("40"), "场", "=", 2025, id="count-cut-before-unit"),
        pytest.param("高价值专利培育中心", Decimal("30"), "个", ">=", 2025, id="at-least"),
    ],
)
def test_targets(notice, metric, value, unit, comparator, year):
    found = [(t.value, t.unit, t.comparator, t.year) for t in notice.targets if t.metric == metric]
    assert found == [(value, unit, comparator, year)]


@pytest.mark.parametrize(
    "path, units",
    [
        pytest.param("一/(一)", ("市委宣传部", "市教育局", "市科技局", "团市委", "市卫生健康委", "市科协"), id="list-cut-before-dunhao"),
        pytest.param("一/(二)", ("市工业和信息化局", "市农业农村局"), id="labelled-list-cut-in-a-name"),
    ],
)
def test_responsibilities(notice, path, units):
    assert [r.units for r in notice.responsibilities if r.path == path] == [units]


def test_amount_cut_inside_the_number(notice):
    assert [(a.values_yuan, a.kind) for a in notice.amounts] == [((1_000_000,), "reward")]


def test_reference_cut_inside_the_title(notice):
    ref = next(r for r in notice.references if r.doc_number == "国发〔2021〕9号")
    assert (ref.title, ref.short_name, ref.relation) == ("全民科学素质行动规划纲要（2021-2035年）", "科学素质纲要", "basis")


def test_validity_cut_over_lines(notice):
    assert (notice.validity.effective_from, notice.validity.effective_until) == ("2022-11-10", "2025-11-09")


def test_nothing_else_is_a_target(notice):
    assert len(notice.targets) == 3
