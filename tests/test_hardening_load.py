"""Reads and saved outputs under attack: every input is read up to a byte
limit, saved outputs are loaded safely (no anchors, bounded nesting, finite
numbers), JSON Lines archives are read document by document, and what is
written (JSON, YAML) loads back as the data it was made from.

Every refusal is one line on stderr with exit 2.  The CLI cases run real
processes on real FIFOs and devices.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gazette_cli
from gazette_cli.output.serialize import to_json, to_yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
NOTICE = "济南市人民政府\n关于聘任市政府参事的通知\n济政字〔2022〕61号\n各区县人民政府：\n确定聘任聂军为参事。\n"
PLAN = (
    "济南市人民政府\n关于印发济南市科普规划的通知\n济政发〔2022〕17号\n各区县人民政府：\n"
    "一、发展目标\n到2025年，公民具备科学素质的比例达到18.5%。\n"
)


def gazette(*args: str, cwd: Path | None = None, stdin: bytes | None = None, limit_memory: int | None = None):
    """Run the CLI of this tree; ``limit_memory`` caps the child's address space (bytes)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def cap() -> None:
        if limit_memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (limit_memory, limit_memory))

    # The timeout is a hang guard: every case here takes a few seconds at most.
    return subprocess.run(
        [sys.executable, "-m", "gazette_cli", *args],
        capture_output=True, env=env, cwd=cwd, input=stdin, timeout=90, preexec_fn=cap,
    )


def one_line_error(r: subprocess.CompletedProcess) -> tuple[int, bytes, int, str]:
    """(exit code, stdout, number of stderr lines, stderr)."""
    err = r.stderr.decode("utf-8", errors="replace")
    return r.returncode, r.stdout, err.count("\n"), err


def saved(tmp_path: Path, name: str, text: str = NOTICE, fmt: str = "json") -> Path:
    """A saved parse output of ``text``."""
    data = gazette_cli.to_dict(gazette_cli.parse_text(text, name.rsplit(".", 1)[0] + ".txt"))
    path = tmp_path / name
    path.write_text(to_yaml(data) if fmt == "yaml" else to_json(data), encoding="utf-8")
    return path


# --- what is written loads back as written: no anchors, no in-band markers, YAML's line breaks escaped ---


def test_diff_yaml_writes_no_anchors(tmp_path):
    (tmp_path / "old.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "new.txt").write_text(PLAN.replace("18.5%", "19.5%"), encoding="utf-8")
    as_yaml = gazette("diff", "old.txt", "new.txt", "-f", "yaml", cwd=tmp_path)
    as_json = gazette("diff", "old.txt", "new.txt", "-f", "json", cwd=tmp_path)
    text = as_yaml.stdout.decode("utf-8")
    assert ("&id" in text, "*id" in text, yaml.safe_load(text)) == (False, False, json.loads(as_json.stdout))


def test_shared_values_are_written_where_they_stand():
    value = Decimal("18.5")
    assert to_yaml({"a": value, "b": value, "c": [value]}) == "a: 18.5\nb: 18.5\nc:\n- 18.5\n"


@pytest.mark.parametrize("s", ["\0decimal:7", "\0decimal:-2.5", "\0decimal1:7", "\\u0000decimal:7"])
def test_a_marker_lookalike_stays_a_string(s):
    data = {"value": Decimal("18.5"), "name": s, "list": [s, Decimal("7")]}
    assert json.loads(to_json(data)) == {"value": 18.5, "name": s, "list": [s, 7]}


def test_a_marker_lookalike_as_key_stays_a_key():
    assert json.loads(to_json({"\0decimal:7": Decimal("1.5")}, indent=None)) == {"\0decimal:7": 1.5}


def test_a_marker_lookalike_addressee_validates(tmp_path, validator):
    (tmp_path / "issue.txt").write_bytes(NOTICE.replace("各区县人民政府", "\0decimal:7").encode("utf-16"))
    r = gazette("parse", "issue.txt", "-f", "json", cwd=tmp_path)
    data = json.loads(r.stdout)
    errors = [e.message for e in validator.iter_errors(data)]
    assert (r.returncode, data["notices"][0]["addressees"], errors) == (0, ["\0decimal:7"], [])


def test_a_decimal_that_is_not_finite_is_not_written():
    with pytest.raises(ValueError, match="NaN"):
        to_json({"value": Decimal("NaN")})


@pytest.mark.parametrize("brk", ["\x85", "\u2028", "\u2029", "\r", "\r\n", "\x85\n", " \u2028 "], ids=repr)
def test_yaml_line_breaks_load_back_as_written(brk):
    data = {"title": f"每个{brk}取得", "list": [f"{brk}首", f"尾{brk}"]}
    assert yaml.safe_load(to_yaml(data)) == data


def test_a_nel_in_a_title_gives_equal_yaml_and_json(tmp_path):
    (tmp_path / "x.txt").write_text(NOTICE.replace("参事的", "参事\x85的"), encoding="utf-8")
    as_yaml = gazette("parse", "x.txt", cwd=tmp_path)
    as_json = gazette("parse", "x.txt", "-f", "json", cwd=tmp_path)
    title = json.loads(as_json.stdout)["notices"][0]["title"]
    assert ("\x85" in title, yaml.safe_load(as_yaml.stdout) == json.loads(as_json.stdout)) == (True, True)


# Text with YAML's special characters: every line break it knows, quotes, indicators.
_TEXT = st.text(
    st.one_of(
        st.sampled_from(list("济南市人民政府关于印发的通知一二三（）、，。：号年月日%.0123456789\n\t 　:#-'\"&*!|>")),
        st.sampled_from(["\x85", "\u2028", "\u2029", "\r", "\ufeff", "\x00", "\x1b", "\ud7ff", "\ue000", "𠀀"]),
        st.characters(),
    ),
    max_size=200,
)


_LINES = st.lists(
    st.sampled_from(["济南市人民政府", "关于印发规划\x85的通知", "济政发〔2022〕17号", "各区县人民政府：", "一、总体\u2028要求", "到2025年比例达到18.5%。", "  - x: y", ""]),
    max_size=20,
).map("\n".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_TEXT, _LINES))
def test_yaml_and_json_of_any_parse_load_to_equal_data(text):
    data = gazette_cli.to_dict(gazette_cli.parse_text(text, "random.txt"))
    assert yaml.safe_load(to_yaml(data)) == json.loads(to_json(data))
