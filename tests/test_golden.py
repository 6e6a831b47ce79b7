"""End-to-end golden outputs (regenerate with `python3 tests/regen_golden.py`)."""

import subprocess
import sys

import pytest
import yaml

from regen_golden import CASES, GOLDEN, ROOT, render


@pytest.mark.parametrize("source, golden, fmt", [pytest.param(*c, id=c[1]) for c in CASES])
def test_output_matches_golden(source, golden, fmt):
    assert render(source, fmt) == (GOLDEN / golden).read_text(encoding="utf-8")


@pytest.mark.parametrize("source, golden, fmt", [pytest.param(*c, id=c[1]) for c in CASES])
def test_golden_validates_against_schema(validator, source, golden, fmt):
    data = yaml.safe_load((GOLDEN / golden).read_text(encoding="utf-8"))
    assert sorted(e.message for e in validator.iter_errors(data)) == []


def test_cli_writes_the_golden_bytes():
    out = subprocess.run(
        [sys.executable, "-m", "gazette_cli", "parse", "samples/jinan-gazette-2022-20.txt"],
        cwd=ROOT,
        capture_output=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    ).stdout
    assert out == (GOLDEN / "jinan-gazette-2022-20.yaml").read_bytes()


def test_same_input_gives_identical_output_across_processes():
    def run(seed):
        return subprocess.run(
            [sys.executable, "-m", "gazette_cli", "parse", "-f", "json", "samples/jinan-gazette-2022-20.txt"],
            cwd=ROOT,
            capture_output=True,
            check=True,
            env={"PYTHONPATH": str(ROOT), "PATH": "", "PYTHONHASHSEED": seed},
        ).stdout

    assert run("1") == run("2")
