"""The report formats of ``gazette_cli.reports.render`` on the sample's real rows:
the compact terminal tables, chosen columns, colour, a file's name once per
group, CSV with a byte-order mark and JSON Lines."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from gazette_cli.errors import InputError
from gazette_cli.reports import targets, units
from gazette_cli.reports.render import choose_columns, render, to_csv, to_table

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def target_rows(sample_dict):
    return targets.report_rows([("jinan.txt", sample_dict)], table=True)


@pytest.fixture(scope="module")
def unit_rows(sample_dict):
    return units.rows([sample_dict])


def _width(text: str) -> int:
    from rich.cells import cell_len

    return max(cell_len(line.rstrip()) for line in text.splitlines())


def test_the_compact_targets_table_fits_100_columns_and_keeps_metrics_whole(target_rows):
    rows, columns = target_rows
    out = to_table(rows, columns, title="targets", width=100)
    assert _width(out) <= 100
    # the longest metric of the sample on one line, with its value
    line = next(line for line in out.splitlines() if "全市公民具备科学素质的比例" in line)
    assert line.split()[1:] == ["一/(三)", "全市公民具备科学素质的比例", "=", "18.5", "%", "2025", "2"]


def test_the_compact_targets_table_fits_80_columns(target_rows):
    rows, columns = target_rows
    assert _width(to_table(rows, columns, width=80)) <= 80


def test_the_compact_units_table_fits_100_columns(unit_rows):
    out = to_table(unit_rows, units.TABLE_COLUMNS, width=100, group_by=units.SOURCE_COLUMN)
    assert _width(out) <= 100
    assert "将弘扬科学精神贯穿于育人全链条" in out


def test_the_compact_columns_leave_out_the_long_ones(target_rows):
    assert ("text" in target_rows[1], "doc_number" in units.TABLE_COLUMNS) == (False, False)
    assert set(targets.TABLE_COLUMNS) <= set(targets.COLUMNS) and set(units.TABLE_COLUMNS) <= set(units.COLUMNS)


def test_a_file_name_is_shown_once_above_its_rows(sample_dict):
    two = units.rows([sample_dict, {**sample_dict, "source": {**sample_dict["source"], "name": "second.txt"}}])
    out = to_table(two, units.TABLE_COLUMNS, width=100, group_by="source")
    name = sample_dict["source"]["name"]
    assert (out.count(name), out.count("second.txt")) == (1, 1)
    assert out.index(name) < out.index("second.txt")
    # every row of the first file comes before the second file's title
    first = out[: out.index("second.txt")]
    assert first.count("市委宣传部") == sum(1 for r in two if r["unit"] == "市委宣传部" and r["source"] == name)


def test_machine_formats_keep_the_file_on_every_row(sample_dict):
    two = units.rows([sample_dict, {**sample_dict, "source": {**sample_dict["source"], "name": "second.txt"}}])
    data = list(csv.DictReader(io.StringIO(render(two, units.COLUMNS, "csv", group_by="source"))))
    assert len(data) == len(two) and all(r["source"] for r in data)
    lines = render(two, units.COLUMNS, "jsonl", group_by="source").splitlines()
    assert len(lines) == len(two) and all(json.loads(line)["source"] for line in lines)


def test_choose_columns_keeps_the_order_given():
    assert choose_columns("metric, value ,unit", targets.COLUMNS) == ("metric", "value", "unit")


def test_choose_columns_refuses_an_unknown_name_and_names_the_valid_ones():
    with pytest.raises(InputError) as e:
        choose_columns("unit,单位", units.COLUMNS)
    assert "单位" in str(e.value) and "same_as" in str(e.value)


def test_choose_columns_refuses_an_empty_list():
    with pytest.raises(InputError):
        choose_columns(" , ", units.COLUMNS)


def test_chosen_columns_render_in_every_format(target_rows):
    rows, _ = target_rows
    columns = choose_columns("path,metric,value", targets.COLUMNS)
    data = list(csv.DictReader(io.StringIO(render(rows, columns, "csv"))))
    assert (list(data[0]), data[0]["metric"], data[0]["value"]) == (["path", "metric", "value"], "全市公民具备科学素质的比例", "18.5")
    assert "comparator" not in render(rows, columns, "table", width=100)


def test_color_styles_the_header_and_the_units(unit_rows):
    out = to_table(unit_rows[:3], units.TABLE_COLUMNS, width=100, color=True)
    assert "\x1b[1m" in out and "\x1b[36m市委宣传部" in out
    assert ANSI.sub("", out).split() == to_table(unit_rows[:3], units.TABLE_COLUMNS, width=100).split()


def test_without_color_the_table_is_plain(target_rows):
    rows, columns = target_rows
    assert "\x1b" not in to_table(rows, columns, width=100)


def test_csv_with_a_byte_order_mark(target_rows):
    rows, _ = target_rows
    text = to_csv(rows, targets.COLUMNS, bom=True)
    assert text.startswith("\ufeffnotice,") and text.count("\ufeff") == 1
    assert list(csv.DictReader(io.StringIO(text[1:])))[0]["metric"] == "全市公民具备科学素质的比例"


def test_csv_without_a_byte_order_mark_by_default(target_rows):
    rows, _ = target_rows
    assert render(rows, targets.COLUMNS, "csv").startswith("notice,")


def test_jsonl_one_object_per_line_with_exact_numbers(target_rows):
    rows, _ = target_rows
    lines = render(rows, targets.COLUMNS, "jsonl").splitlines()
    assert len(lines) == len(rows)
    first = json.loads(lines[0])
    assert (list(first), first["value"], first["metric"]) == (list(targets.COLUMNS), 18.5, "全市公民具备科学素质的比例")
    assert '"value": 18.5,' in lines[0]


def test_jsonl_of_no_rows_is_empty():
    assert render([], units.COLUMNS, "jsonl") == ""
