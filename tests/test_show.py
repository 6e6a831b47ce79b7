"""``gazette_cli.reports.show``: the issue as a tree and one clause with its
text, on the sample (five notices) and corpus documents."""

from __future__ import annotations

import re
import time

import pytest

from gazette_cli import parse_text, to_dict
from gazette_cli.errors import InputError
from gazette_cli.reports.show import cells, tree

from conftest import ROOT

ANSI = re.compile(r"\x1b\[[0-9;]*m")
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def regulation():
    return to_dict(parse_text((CORPUS / "18_xinjiang-npcsc-gonggao-38-beian-tiaoli.txt").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def task_table():
    return to_dict(parse_text((CORPUS / "02_gbf-2018-126-chuangxin-tuiguang-qingdan.txt").read_text(encoding="utf-8")))


def test_the_tree_has_every_notice_and_clause_with_its_counts(sample_dict):
    out = tree(sample_dict)
    lines = out.splitlines()
    assert lines[0] == "济南市人民政府公报 2022年第20期 · 5 notices"
    assert [line.split()[0] for line in lines if re.match(r"\d+: ", line)] == ["1:", "2:", "3:", "4:", "5:"]
    clauses = sum(1 for n in sample_dict["notices"] for _ in _walk(n["clauses"]))
    assert sum(1 for line in lines if "─ " in line) == clauses + 4  # and the four attachments
    assert "   │  │  ├─ 5. 推动校内外科学教育资源有效贯通 · 7 units · 1 target" in lines
    assert "   │  ├─ （一） 支持产品研发创新 · 4 units" in lines


def _walk(clauses):
    for c in clauses:
        yield c
        yield from _walk(c["children"])


def test_a_heading_counts_the_units_and_targets_below_it(sample_dict):
    lines = tree(sample_dict).splitlines()
    # 二、提升行动 of notice 1: the targets of its five actions (2 + 2 + 1 + 2 + 0)
    assert "   ├─ 二、 提升行动 · 12 units · 7 targets" in lines


def test_a_clause_without_units_or_targets_has_no_counts(sample_dict):
    assert "   │  ├─ （一） 指导思想" in tree(sample_dict).splitlines()


def test_every_line_fits_the_width_and_long_titles_end_in_an_ellipsis(sample_dict):
    for width in (100, 60):
        lines = tree(sample_dict, width=width).splitlines()
        assert max(cells(line) for line in lines) <= width
    assert any(line.endswith("… · 13 units · 11 targets") for line in tree(sample_dict, width=60).splitlines())


def test_the_tree_is_fast(sample_dict):
    start = time.perf_counter()
    tree(sample_dict)
    assert time.perf_counter() - start < 0.5


def test_a_clause_shows_its_text_units_and_targets(sample_dict):
    out = tree(sample_dict, path="1:二/(一)/5")
    lines = out.splitlines()
    assert lines[1] == "二/(一)/5 推动校内外科学教育资源有效贯通 · 7 units · 1 target · page 3 · lines 250–282"
    text = "".join(lines[3:lines.index("units (7):") - 1])
    assert text.startswith("推动校内外科学教育资源有效贯通。充分挖掘科技馆") and text.endswith("团市委、市科协按职责分工负责）")
    assert "  二/(一)/5  市教育局、市科技局、市文化和旅游局、市卫生健康委、市应急局、团市委、市科协" in lines
    assert "  二/(一)/5  相关健康科普专家健康教育活动: 40 场" in lines
    assert "\x1b" not in out and max(cells(line) for line in lines) <= 100


def test_a_wrapped_line_does_not_start_with_a_comma_or_a_stop(sample_dict):
    body = tree(sample_dict, path="1:二/(一)/5").split("\n\n")[1].splitlines()
    assert len(body) > 3 and not any(line[0] in "，。、；）" for line in body)


def test_a_clause_with_sub_clauses_shows_theirs_indented(regulation):
    lines = tree(regulation, path="第三章/第一节/第十八条").splitlines()
    assert lines[3] == "有下列情形之一的，人大常委会可以对相关规范性文件进行专项审查："
    assert lines[4] == "  （一）涉及党中央决策部署、国家重大改革和政策调整；"


def test_color_highlights_units_and_numbers(sample_dict):
    out = tree(sample_dict, path="1:二/(一)/5", color=True)
    assert "\x1b[1m\x1b[36m市科技局\x1b[0m" in out and "\x1b[1m\x1b[33m40\x1b[0m场" in out
    assert ANSI.sub("", out) == tree(sample_dict, path="1:二/(一)/5")


def test_amounts_are_listed_under_a_policy_clause(sample_dict):
    out = tree(sample_dict, path="2:一/(一)")
    assert "  一/(一)  reward: 2000000、3000000、5000000 元" in out.splitlines()
    assert "  一/(一)  市工业和信息化局 (lead)、市科技局、市市场监管局、市农业农村局" in out.splitlines()


@pytest.mark.parametrize("path", ["1:二、/（一）/5", "1:二/(一)/5.", "济政发〔2022〕17号:二/(一)/5", "济政发[2022]17号:二/(一)/5"])
def test_markers_as_printed_and_doc_numbers_name_the_same_clause(sample_dict, path):
    assert tree(sample_dict, path=path) == tree(sample_dict, path="1:二/(一)/5")


def test_a_notice_alone_is_drawn_as_a_tree(sample_dict):
    out = tree(sample_dict, path="2:")
    assert out.splitlines()[0].startswith("2: 济政发〔2022〕18号") and "1: " not in out and "（十七） 统筹资金支持" in out


def test_an_attachment_alone_and_its_table_rows_units(task_table):
    assert tree(task_table, path="附件1") == "附件 第二批支持创新相关改革举措推广清单 · 16 units\n"


def test_the_preamble_and_the_letter_of_a_notice(sample_dict):
    assert "为深入实施工业强市战略" in tree(sample_dict, path="2:preamble")
    assert "确定聘任聂军、秦贵昌为济南市人民政府参事" in tree(sample_dict, path="3:letter")


def test_a_single_notice_needs_no_notice_in_the_path(regulation):
    assert tree(regulation, path="第二章/第十二条") == tree(regulation, path="1:第二章/第十二条")


# --- must not ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "doc, path, said",
    [
        # a path held by several notices: each named, none picked
        ("sample", "二/(一)", "1:二/(一), 4:二/(一), 5:二/(一)"),
        # the nearest paths that exist: the siblings
        ("sample", "1:二/(九)", "nearest: 1:二/(一), 1:二/(二), 1:二/(三), 1:二/(四), 1:二/(五)"),
        # the same article under the section the path left out
        ("regulation", "第三章/第十八条", "nearest: 1:第三章/第一节/第十八条"),
        ("sample", "9:一", "no notice 9; the notices are: 1: 济政发〔2022〕17号"),
        # decimal outlines have clause paths such as 4 or 4.2: a notice needs its colon
        ("sample", "2", "no clause 2"),
    ],
)
def test_a_path_that_names_nothing_or_several_is_refused(sample_dict, regulation, doc, path, said):
    with pytest.raises(InputError) as e:
        tree(sample_dict if doc == "sample" else regulation, path=path)
    assert said in str(e.value)


def test_a_notice_without_preamble_has_no_preamble(regulation):
    assert regulation["notices"][0]["preamble"] is None
    with pytest.raises(InputError):
        tree(regulation, path="1:preamble")


def test_an_issue_without_notices():
    data = to_dict(parse_text("一些没有文件的文字\n"))
    assert data["notices"] == [] and tree(data) == "\n"
    with pytest.raises(InputError):
        tree(data, path="一")
