"""``gazette_cli.diff.flat``: a diff as flat rows (CSV, JSON Lines) and a
one-change-a-line summary, on the real version pairs of tests/corpus/versions."""

from __future__ import annotations

import csv
import io
import json

import pytest

from gazette_cli.diff.core import diff
from gazette_cli.diff.flat import COLUMNS, TABLE_COLUMNS, to_rows, to_summary
from gazette_cli.output.load import load_result
from gazette_cli.reports.render import render

from conftest import ROOT

VERSIONS = ROOT / "tests" / "corpus" / "versions"


def _pair(name: str):
    return load_result(VERSIONS / name / "old.txt"), load_result(VERSIONS / name / "new.txt")


@pytest.fixture(scope="module")
def regulation():
    return diff(*_pair("05-quanguo-nianjie-fangjia-banfa"))


@pytest.fixture(scope="module")
def annual():
    return diff(*_pair("04-guobanfa-jiejiari-anpai-2024-2025"))


def test_one_row_per_difference(regulation, annual):
    for result in (regulation, annual):
        rows, columns = to_rows(result)
        assert columns == COLUMNS and len(rows) == result["summary"]["differences"]
        assert all(list(r) == list(COLUMNS) for r in rows)


def test_the_rows_of_the_revised_regulation(regulation):
    rows, _ = to_rows(regulation)
    assert [(r["kind"], r["change"], r["old_path"], r["new_path"]) for r in rows] == [
        ("notices", "changed", "", ""),  # the date of its latest revision, in the header's note
        ("clauses", "added", "", "第七条"),
        ("clauses", "renumbered", "第七条", "第八条"),
        ("clauses", "changed", "preamble", "preamble"),
        ("clauses", "changed", "第二条/(一)", "第二条/(一)"),
        ("clauses", "changed", "第二条/(二)", "第二条/(二)"),
        ("clauses", "changed", "第二条/(四)", "第二条/(四)"),
        ("clauses", "changed", "第二条/(七)", "第二条/(七)"),
        ("targets", "added", "", "第七条"),
        ("numbers", "changed", "第二条/(二)", "第二条/(二)"),
        ("numbers", "changed", "第二条/(四)", "第二条/(四)"),
        ("terms", "replaced", "", ""),
    ]
    spring = rows[5]
    assert (spring["old"], spring["new"]) == ("春节，放假3天（农历正月初一、初二、初三）；", "春节，放假4天（农历除夕、正月初一至初三）；")
    assert spring["detail"] == "3天 → 4天; +除夕、; 、初二、 → 至"
    assert (spring["old_page"], spring["new_page"], spring["new_line"]) == (1, 1, 21)
    assert (rows[1]["old_line"], rows[1]["new_line"]) == (None, 49)
    assert (rows[-1]["old"], rows[-1]["new"], rows[-1]["detail"]) == ("星期", "周", "×4")


def test_a_merge_names_both_old_clauses(annual):
    rows, _ = to_rows(annual)
    merged = next(r for r in rows if r["change"] == "merged")
    assert (merged["old_path"], merged["new_path"]) == ("六、七", "六")
    assert merged["old"].startswith("中秋节：9月15日至17日放假调休，共3天。") and "\n国庆节：10月1日至7日放假调休" in merged["old"]


def test_rows_as_csv_and_jsonl(regulation):
    rows, columns = to_rows(regulation)
    data = list(csv.DictReader(io.StringIO(render(rows, columns, "csv"))))
    assert len(data) == len(rows) and data[5]["detail"] == "3天 → 4天; +除夕、; 、初二、 → 至"
    lines = [json.loads(line) for line in render(rows, columns, "jsonl").splitlines()]
    assert lines[0]["detail"] == "signed_date: 2007-12-14 → 2024-11-10"  # the notice first: its header's latest revision
    assert lines[1]["new"].startswith("第七条 全体公民放假的假日") and lines[1]["new_line"] == 49 and lines[1]["old_line"] is None


def test_rows_as_a_compact_table(regulation):
    rows, _ = to_rows(regulation)
    out = render(rows, TABLE_COLUMNS, "table", width=100)
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 100 and "第二条/(二)" in out


def test_the_summary_is_one_change_a_line(regulation):
    lines = to_summary(regulation).splitlines()
    assert lines[0] == "12 differences" and len(lines) == 13
    assert "notices changed: signed_date: 2007-12-14 → 2024-11-10" in lines  # the header's latest revision
    assert "clauses changed 第二条/(二): 3天 → 4天; +除夕、; 、初二、 → 至" in lines
    assert "clauses renumbered 第七条 → 第八条: 本办法自公布之日起施行" in lines
    assert "numbers changed 第二条/(四): 1天 → 2天" in lines
    assert "terms replaced: 星期 → 周 ×4" in lines
    (added,) = [line for line in lines if line.startswith("clauses added")]
    assert added.startswith("clauses added 第七条: +第七条 全体公民放假的假日") and added.endswith("…")


def test_the_summary_of_the_annual_notice(annual):
    lines = to_summary(annual).splitlines()
    assert lines[0] == "26 differences" and len(lines) == 27
    assert ("notices changed: title: 国务院办公厅关于2024年部分节假日安排的通知 → 国务院办公厅关于2025年部分节假日安排的通知, "
            "signed_date: 2023-10-25 → 2024-11-12") in lines
    assert any(line.startswith("clauses merged 六、七 → 六: ") for line in lines)


@pytest.mark.parametrize("name", ["04-guobanfa-jiejiari-anpai-2024-2025", "05-quanguo-nianjie-fangjia-banfa"])
def test_identical_inputs_give_no_row_and_no_summary(name):
    _, new = _pair(name)
    result = diff(new, new)
    assert to_rows(result) == ([], COLUMNS)
    assert to_summary(result) == ""
    assert render(*to_rows(result), "csv") == ",".join(COLUMNS) + "\n"
    assert render(*to_rows(result), "jsonl") == ""


def test_only_the_kinds_asked_for(regulation):
    old, new = _pair("05-quanguo-nianjie-fangjia-banfa")
    rows, _ = to_rows(diff(old, new, only=["targets"]))
    assert [(r["kind"], r["change"]) for r in rows] == [("targets", "added")]
