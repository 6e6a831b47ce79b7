"""``gazette_cli.reports.xlsx``: the sample's targets and units, and a real
diff, written as a workbook and read back with openpyxl."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest

openpyxl = pytest.importorskip("openpyxl")

from gazette_cli.diff.core import KINDS, diff  # noqa: E402
from gazette_cli.errors import OutputError  # noqa: E402
from gazette_cli.output.load import load_result  # noqa: E402
from gazette_cli.reports import targets, units  # noqa: E402
from gazette_cli.reports.xlsx import CELL_MAX, diff_sheets, write_workbook  # noqa: E402

from conftest import ROOT  # noqa: E402

PAIR = ROOT / "tests" / "corpus" / "versions" / "05-quanguo-nianjie-fangjia-banfa"


@pytest.fixture(scope="module")
def sheets(sample_dict):
    target_rows, target_columns = targets.report_rows([("jinan.txt", sample_dict)])
    return [("targets", target_rows, target_columns), ("units", units.rows([sample_dict]), units.COLUMNS)]


@pytest.fixture(scope="module")
def book(sheets, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "jinan.xlsx"
    write_workbook(path, sheets)
    return openpyxl.load_workbook(path)


def test_one_sheet_per_report_with_every_row(book, sheets):
    assert book.sheetnames == ["targets", "units"]
    for name, rows, columns in sheets:
        ws = book[name]
        assert ws.max_row == len(rows) + 1 and ws.max_column == len(columns)
        assert [c.value for c in ws[1]] == list(columns)
    assert (book["targets"].max_row, book["units"].max_row) == (59 + 1, 252 + 1)


def test_chinese_text_is_intact(book, sheets):
    ws = book["targets"]
    header = [c.value for c in ws[1]]
    first = dict(zip(header, (c.value for c in ws[2])))
    assert (first["metric"], first["path"], first["text"]) == ("全市公民具备科学素质的比例", "一/(三)", "到2025年，全市公民具备科学素质的比例达到18.5%")
    units_ws = book["units"]
    assert [c.value for c in units_ws["A"][1:]] == [r["unit"] for r in sheets[1][1]]


def test_numbers_are_numbers(book, sheets):
    ws = book["targets"]
    header = [c.value for c in ws[1]]
    cells = [dict(zip(header, row)) for row in ws.iter_rows(min_row=2)]
    assert cells[0]["value"].value == 18.5 and cells[0]["value"].data_type == "n"
    assert all(c["year"].data_type == "n" for c in cells if c["year"].value is not None)
    assert all(isinstance(c["value"].value, (int, float)) for c in cells)
    integral = [c["value"].value for c, r in zip(cells, sheets[0][1]) if r["value"] == int(r["value"])]
    assert integral and all(isinstance(v, int) for v in integral)
    assert isinstance(book["units"]["I2"].value, int)  # page


def test_booleans_stay_booleans(book):
    ws = book["targets"]
    header = [c.value for c in ws[1]]
    assert {row[header.index("hedged")].value for row in ws.iter_rows(min_row=2)} <= {True, False}


def test_header_bold_filtered_and_frozen(book):
    for ws in book.worksheets:
        assert all(c.font.bold for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"


def test_columns_are_as_wide_as_their_content_within_limits(book):
    widths = {book["units"].cell(1, k).value: book["units"].column_dimensions[book["units"].cell(1, k).column_letter].width
              for k in range(1, book["units"].max_column + 1)}
    assert widths["page"] < 10 < widths["unit"] and widths["title"] > 30 and max(widths.values()) <= 60


def test_an_existing_file_is_kept_without_overwrite(sheets, tmp_path):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"keep")
    with pytest.raises(OutputError):
        write_workbook(path, sheets)
    assert path.read_bytes() == b"keep"
    write_workbook(path, sheets, overwrite=True)
    assert openpyxl.load_workbook(path).sheetnames == ["targets", "units"]
    assert sorted(os.listdir(tmp_path)) == ["out.xlsx"]  # no temporary file left


def test_a_formula_like_text_stays_text_and_controls_go(tmp_path):
    path = tmp_path / "f.xlsx"
    rows = [{"text": "=HYPERLINK(\"http://x\")", "n": Decimal("0.80"), "long": "字" * (CELL_MAX + 5), "c": "a\x0cb"}]
    write_workbook(path, [("a/b:c*?[d]", rows, ["text", "n", "long", "c"])])
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "a_b_c___d_"
    assert (ws["A2"].value, ws["A2"].data_type, ws["B2"].value) == ("=HYPERLINK(\"http://x\")", "s", 0.8)
    assert (len(ws["C2"].value), ws["C2"].value[-1], ws["D2"].value) == (CELL_MAX, "…", "ab")


def test_sheet_names_are_unique(tmp_path):
    path = tmp_path / "u.xlsx"
    write_workbook(path, [("targets", [], ["a"]), ("Targets", [], ["a"])])
    assert openpyxl.load_workbook(path).sheetnames == ["targets", "Targets (2)"]


def test_the_sheets_of_a_real_diff(tmp_path):
    result = diff(load_result(PAIR / "old.txt"), load_result(PAIR / "new.txt"))
    sheets = diff_sheets(result)
    assert [name for name, _, _ in sheets] == list(KINDS)
    counts = {name: len(rows) for name, rows, _ in sheets}
    # (the notice's change: the date of its latest revision, in the header's note)
    assert counts == {"notices": 1, "clauses": 7, "targets": 1, "responsibilities": 0, "amounts": 0, "validity": 0, "numbers": 2, "terms": 1}
    path = tmp_path / "diff.xlsx"
    write_workbook(path, sheets)
    ws = openpyxl.load_workbook(path)["numbers"]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, (c.value for c in ws[2])))
    assert (row["old"], row["new"], row["new_path"], row["new_line"]) == ("3天", "4天", "第二条/(二)", 21)
    assert openpyxl.load_workbook(path)["amounts"].max_row == 1  # a kind without changes: its header only
