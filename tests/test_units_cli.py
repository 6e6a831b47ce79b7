"""``gazette units``: the index by unit, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from gazette_cli import parse_text, to_dict

from gazette_cli.reports import units as units_index

from conftest import ROOT, SAMPLE

ALIAS_PLAN = (
    "测试工作方案\n一、重点任务\n"
    "（一）实施专利提质强基工程。做好工作。（责任单位：市市场监管局、市财政局，各区县政府及代管镇、街道的功能区管理机构，"
    "以下将各区县政府及代管镇、街道的功能区管理机构统称各区县政府）\n"
    "（二）实施商标品牌建设工程。做好工作。（市科技局牵头，各区县政府配合）\n"
)
FULL_NAME = "各区县政府及代管镇、街道的功能区管理机构"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "gazette_cli", "units", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
    )


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture(scope="module")
def saved_json(tmp_path_factory, sample_dict):
    from gazette_cli import to_json

    path = tmp_path_factory.mktemp("saved") / "issue.json"
    path.write_text(to_json(sample_dict), encoding="utf-8")
    return path


# --- the library --------------------------------------------------------------


@pytest.fixture(scope="module")
def alias_rows():
    return units_index.rows([to_dict(parse_text(ALIAS_PLAN))])


@pytest.mark.parametrize(
    "unit, expected",
    [
        pytest.param("市科技局", [("市科技局", "lead", "一/(二)")], id="牵头-is-lead"),
        pytest.param("市市场监管局", [("市市场监管局", "member", "一/(一)")], id="first-listed-leads-only-where-said"),
        pytest.param("市财政局", [("市财政局", "member", "一/(一)")], id="member"),
        pytest.param(
            "各区县政府",
            [(FULL_NAME, "member", "一/(一)"), ("各区县政府", "support", "一/(二)")],
            id="alias-finds-definition",
        ),
        pytest.param(
            FULL_NAME,
            [(FULL_NAME, "member", "一/(一)"), ("各区县政府", "support", "一/(二)")],
            id="full-name-finds-alias-uses",
        ),
        pytest.param("市科协", [], id="absent-unit"),
    ],
)
def test_select(alias_rows, unit, expected):
    assert [(r["unit"], r["role"], r["path"]) for r in units_index.select(alias_rows, unit)] == expected


def test_rows_carry_the_clause_title(alias_rows):
    assert {r["title"] for r in units_index.select(alias_rows, "市科技局")} == {"实施商标品牌建设工程"}


def test_similar_names(alias_rows):
    assert units_index.similar(alias_rows, "科技局") == ["市科技局"]


# --- the command ----------------------------------------------------------------


def _items_naming(sample_dict, unit):
    return [r for n in sample_dict["notices"] for r in n["responsibilities"] if unit in r["units"]]


def test_unit_filter_gives_one_row_per_list(sample_dict):
    result = run(str(SAMPLE), "--unit", "市科协", "--format", "csv")
    assert len(csv_rows(result.stdout)) == len(_items_naming(sample_dict, "市科协"))


def test_rows_point_at_the_lists(sample_dict):
    result = run(str(SAMPLE), "--unit", "市科协", "--format", "json")
    got = [(r["path"], r["line"]) for r in json.loads(result.stdout)]
    assert got == [(r["path"], r["span"]["start_line"]) for r in _items_naming(sample_dict, "市科协")]


def test_roles_are_the_three_words():
    result = run(str(SAMPLE), "--format", "json")
    assert {r["role"] for r in json.loads(result.stdout)} <= {"lead", "support", "member"}


def test_every_unit_of_the_sample_is_indexed(sample_dict):
    result = run(str(SAMPLE), "--format", "csv")
    expected = {u for n in sample_dict["notices"] for r in n["responsibilities"] for u in r["units"]}
    assert {r["unit"] for r in csv_rows(result.stdout)} == expected


def test_saved_output_gives_the_same_rows_as_the_text(saved_json):
    from_text = csv_rows(run(str(SAMPLE), "--format", "csv").stdout)
    from_saved = csv_rows(run(str(saved_json), "--format", "csv").stdout)
    assert [{k: v for k, v in r.items() if k != "source"} for r in from_saved] == [
        {k: v for k, v in r.items() if k != "source"} for r in from_text
    ]


def test_standard_input():
    result = run("-", "--unit", "市科技局", "--format", "csv", stdin=ALIAS_PLAN)
    assert [r["path"] for r in csv_rows(result.stdout)] == ["一/(二)"]


def test_yaml_format():
    result = run("-", "--unit", "市科技局", "--format", "yaml", stdin=ALIAS_PLAN)
    assert "unit: 市科技局" in result.stdout


def test_table_format_names_the_unit():
    result = run("-", "--unit", "市科技局", "--format", "table", stdin=ALIAS_PLAN)
    lines = result.stdout.splitlines()
    assert (lines[1], lines[2].split()[:2], lines[-1].split()[:2]) == ("source: <stdin>", ["unit", "role"], ["市科技局", "lead"])


def test_pipe_defaults_to_csv():
    result = run("-", "--unit", "市科技局", stdin=ALIAS_PLAN)
    assert result.stdout.splitlines()[0] == ",".join(units_index.COLUMNS)


def test_unknown_unit_is_an_error_with_near_names():
    result = run("-", "--unit", "科技局", stdin=ALIAS_PLAN)
    assert (result.returncode, result.stdout, result.stderr.strip()) == (
        1,
        "",
        "gazette: error: no unit named 科技局 in the inputs; did you mean: 市科技局",
    )


@pytest.mark.parametrize(
    "make_input, message",
    [
        pytest.param(lambda d: d / "missing.txt", "no such file", id="missing-file"),
        pytest.param(lambda d: _write(d / "bad.json", "{not json"), "corrupt JSON", id="corrupt-json"),
        pytest.param(lambda d: _write(d / "other.json", '{"a": 1}'), "not a gazette parse output", id="foreign-json"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, make_input, message):
    result = run(str(make_input(tmp_path)))
    assert (result.returncode, len(result.stderr.splitlines()), message in result.stderr) == (2, 1, True)


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_one_bad_input_of_several_exits_1(tmp_path):
    result = run(str(SAMPLE), str(tmp_path / "missing.txt"), "--format", "csv")
    assert (result.returncode, bool(csv_rows(result.stdout))) == (1, True)


def test_a_task_table_row_is_titled_by_its_task():
    # 国办发〔2018〕126号: the 推广清单 names each measure in its 改革举措 column
    path = ROOT / "tests" / "corpus" / "02_gbf-2018-126-chuangxin-tuiguang-qingdan.txt"
    rows = units_index.select(units_index.rows([to_dict(parse_text(path.read_text(encoding="utf-8")))]), "科技部")
    assert (rows[0]["path"], rows[0]["role"], rows[0]["title"]) == ("附件1/二/6", "member", "以事前产权激励为核心的职务科技成果权属改革")


def test_the_terminal_table_leaves_out_empty_columns():
    from gazette_cli.reports.render import to_table

    out = to_table([{"unit": "市科协", "same_as": None, "path": "一/(一)"}], ["unit", "same_as", "path"], width=80)
    assert "unit" in out and "path" in out and "same_as" not in out
