"""The README's quick start is what CI runs: exactly two commands, the second in .ci/run."""

import regex

from conftest import ROOT

QUICK_START = regex.compile(r"## Quick start\s+```bash\n(?P<body>.*?)```", regex.DOTALL)


def _quick_start_commands():
    m = QUICK_START.search((ROOT / "README.md").read_text(encoding="utf-8"))
    return [line for line in m.group("body").splitlines() if line.strip()]


def test_quick_start_has_two_commands_and_parses_the_sample():
    commands = _quick_start_commands()
    assert (len(commands), "gazette parse samples/jinan-gazette-2022-20.txt" in commands[0]) == (2, True)


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _quick_start_commands()[1] in ci
