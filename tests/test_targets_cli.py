"""``gazette targets``: formats, inputs (text, stdin, saved JSON/YAML) and errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLE
from gazette_cli.reports.targets import COLUMNS


def run(*args, stdin: bytes | None = None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "gazette_cli", "targets", *args], input=stdin, capture_output=True, env=env, cwd=ROOT)


@pytest.fixture(scope="module")
def sample_csv():
    proc = run(str(SAMPLE), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def saved(tmp_path_factory, sample_dict):
    from gazette_cli import to_json, to_yaml

    d = tmp_path_factory.mktemp("saved")
    (d / "issue.json").write_text(to_json(sample_dict), encoding="utf-8")
    (d / "issue.yaml").write_text(to_yaml(sample_dict), encoding="utf-8")
    return d


def test_csv_has_header_and_one_row_per_target(sample_csv, sample_doc):
    rows = list(csv.reader(io.StringIO(sample_csv)))
    assert (rows[0], len(rows) - 1) == (list(COLUMNS), sum(len(n.targets) for n in sample_doc.notices))


def test_csv_row_carries_exact_value_and_citation(sample_csv):
    rows = list(csv.DictReader(io.StringIO(sample_csv)))
    row = next(r for r in rows if "18.5%" in r["text"])
    assert (row["value"], row["unit"], row["comparator"], row["year"], row["page"], row["line"]) == ("18.5", "%", "=", "2025", "2", "125")


def test_json_rows(sample_doc):
    proc = run(str(SAMPLE), "--format", "json")
    data = json.loads(proc.stdout)
    table_rows = [r for r in data if r["source"] == "table"]
    assert (len(table_rows), table_rows[3]["baseline"], table_rows[3]["value"], table_rows[3]["attribute"]) == (18, 7, 8, "约束性")


@pytest.mark.parametrize("name", [pytest.param("issue.json", id="saved-json"), pytest.param("issue.yaml", id="saved-yaml")])
def test_saved_output_gives_same_rows(saved, sample_csv, name):
    proc = run(str(saved / name), "--format", "csv")
    assert proc.stdout.decode("utf-8") == sample_csv


def test_stdin(sample_csv):
    proc = run("-", "--format", "csv", stdin=SAMPLE.read_bytes())
    assert proc.stdout.decode("utf-8") == sample_csv


def test_several_inputs_add_a_file_column(saved):
    proc = run(str(SAMPLE), str(saved / "issue.json"), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8"))))
    assert sorted({r["file"] for r in rows}) == sorted({str(SAMPLE), str(saved / "issue.json")})


def test_table_on_terminal_lists_targets():
    proc = run(str(SAMPLE))
    assert (proc.returncode, "科技辅导员" in proc.stdout.decode("utf-8")) == (0, True)


ERRORS = [
    pytest.param(["no-such-file.txt"], id="missing-file"),
    pytest.param(["--format", "xml", str(SAMPLE)], id="bad-format"),
]


@pytest.mark.parametrize("args", ERRORS)
def test_errors_exit_2(args):
    proc = run(*args)
    assert (proc.returncode, proc.stdout) == (2, b"")


def test_corrupt_saved_output_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0", "notices": [{"index": "x"}]}', encoding="utf-8")
    proc = run(str(bad))
    assert (proc.returncode, len(proc.stderr.decode("utf-8").strip().splitlines())) == (2, 1)
