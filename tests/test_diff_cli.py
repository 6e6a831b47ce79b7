"""``gazette diff`` as a user runs it: inputs, formats, exit codes, refusals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SAMPLE

DIFF_SCHEMA_FILE = ROOT / "schemas" / "gazette-diff.schema.json"

# The 61号 notice (聘任市政府参事) runs from its issuer line to its 印发 line.
NOTICE_61 = slice(1567, 1577)


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "gazette_cli", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def without_notice_61(text: str) -> str:
    lines = text.split("\n")
    del lines[NOTICE_61]
    return "\n".join(lines)


def with_inserted_clause(text: str) -> str:
    # A new (三) before 工作目标, so 工作目标 becomes (四), as in a revised plan.
    return text.replace("(三)工作目标.到２０２５年", "(三)工作要求.各单位要认真落实.\n\n(四)工作目标.到２０２５年", 1)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("diff")
    (d / "old.txt").write_text(sample_text(), encoding="utf-8")
    (d / "no61.txt").write_text(without_notice_61(sample_text()), encoding="utf-8")
    (d / "inserted.txt").write_text(with_inserted_clause(sample_text()), encoding="utf-8")
    saved = run("parse", str(d / "old.txt"), "--format", "json")
    (d / "old.json").write_text(saved.stdout, encoding="utf-8")
    saved = run("parse", str(d / "old.txt"), "--format", "yaml")
    (d / "old.yaml").write_text(saved.stdout, encoding="utf-8")
    (d / "foreign.json").write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    (d / "corrupt.yaml").write_text("schema_version: '1.0'\nnotices: [\n  - index: 1\n", encoding="utf-8")
    (d / "tagged.yaml").write_text("!!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    other = json.loads((d / "old.json").read_text(encoding="utf-8"))
    other["schema_version"] = "0.9"
    (d / "old-version.json").write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    return d


@pytest.mark.parametrize(
    "old, new, code",
    [
        pytest.param("old.txt", "old.txt", 0, id="same-text"),
        pytest.param("old.json", "old.txt", 0, id="saved-json-vs-its-text"),
        pytest.param("old.yaml", "old.json", 0, id="saved-yaml-vs-saved-json"),
        pytest.param("old.txt", "no61.txt", 1, id="notice-removed"),
        pytest.param("old.json", "inserted.txt", 1, id="clause-inserted"),
    ],
)
def test_exit_code_says_whether_the_versions_differ(files, old, new, code):
    assert run("diff", str(files / old), str(files / new), "--format", "json").returncode == code


@pytest.mark.parametrize(
    "new, only, expected",
    [
        pytest.param("no61.txt", [], {("notices", "removed"): 1}, id="notice-removed"),
        pytest.param("inserted.txt", [], {("clauses", "added"): 1, ("clauses", "renumbered"): 1, ("clauses", "renumbered_runs"): 1},
                     id="clause-inserted"),
        pytest.param("inserted.txt", ["--only", "notices"], {}, id="only-notices-hides-clauses"),
    ],
)
def test_json_reports_each_edit_of_the_sample_once(files, new, only, expected):
    out = json.loads(run("diff", str(files / "old.txt"), str(files / new), "--format", "json", *only).stdout)
    counts = {(k, c): n for k, cats in out["summary"].items() if isinstance(cats, dict) for c, n in cats.items() if n}
    assert counts == expected


def test_json_output_matches_the_diff_schema(files, validator_for_diff):
    out = json.loads(run("diff", str(files / "old.txt"), str(files / "inserted.txt"), "--format", "json").stdout)
    assert list(validator_for_diff.iter_errors(out)) == []


def test_yaml_and_json_outputs_carry_the_same_data(files):
    args = ("diff", str(files / "old.txt"), str(files / "no61.txt"))
    assert yaml.safe_load(run(*args, "--format", "yaml").stdout) == json.loads(run(*args, "--format", "json").stdout)


def test_table_shows_old_and_new_path_and_page(files):
    out = run("diff", str(files / "old.txt"), str(files / "inserted.txt"), "-f", "table").stdout
    row = next(line for line in out.splitlines() if " renumbered " in line)
    assert row.split()[2:8] == ["一/(三)", "2", "工作目标", "一/(四)", "2", "工作目标"]


@pytest.mark.parametrize("fmt", ["table", "text"])
def test_no_differences_is_said_on_stderr(files, fmt):
    result = run("diff", str(files / "old.txt"), str(files / "old.json"), "-f", fmt)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "No differences.\n")


def test_in_a_pipe_the_default_is_one_change_per_line(files):
    result = run("diff", str(files / "old.txt"), str(files / "inserted.txt"))
    lines = result.stdout.splitlines()
    assert (result.returncode, lines[0].endswith("differences"), any(set(line) & set("─━│") for line in lines)) == (1, True, False)


@pytest.mark.parametrize(
    "bad, message",
    [
        pytest.param("foreign.json", "not a gazette parse output", id="foreign-json"),
        pytest.param("corrupt.yaml", "corrupt YAML", id="corrupt-yaml"),
        pytest.param("tagged.yaml", "corrupt YAML", id="python-tag-refused"),
        pytest.param("old-version.json", "schema version", id="other-schema-version"),
        pytest.param("missing.txt", "no such file", id="missing-file"),
    ],
)
def test_unusable_input_is_one_line_and_exit_2(files, bad, message):
    result = run("diff", str(files / bad), str(files / "old.txt"))
    assert (result.returncode, result.stdout, len(result.stderr.splitlines()), message in result.stderr) == (2, "", 1, True)


def test_python_tag_is_never_executed(files, tmp_path):
    run("diff", str(files / "tagged.yaml"), str(files / "old.txt"), cwd=tmp_path)
    assert not (tmp_path / "pwned").exists()


def test_schema_file_is_the_module_written_out():
    from gazette_cli.diff.schema import diff_schema_json

    assert DIFF_SCHEMA_FILE.read_text(encoding="utf-8") == diff_schema_json()


def test_importing_the_diff_library_loads_no_cli_modules():
    code = "import sys, gazette_cli.diff.core, gazette_cli.diff.schema; print(sorted({'typer', 'rich'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "[]"
