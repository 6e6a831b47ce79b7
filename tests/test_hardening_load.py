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
import threading
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gazette_cli
from gazette_cli.errors import InputError, SavedOutputError
from gazette_cli.output.load import MAX_DEPTH, load_saved, load_saved_all
from gazette_cli.output.serialize import to_json, to_yaml
from gazette_cli.sources.text import MAX_BYTES, read_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
NOTICE = "济南市人民政府\n关于聘任市政府参事的通知\n济政字〔2022〕61号\n各区县人民政府：\n确定聘任聂军为参事。\n"
PLAN = (
    "济南市人民政府\n关于印发济南市科普规划的通知\n济政发〔2022〕17号\n各区县人民政府：\n"
    "一、发展目标\n到2025年，公民具备科学素质的比例达到18.5%。\n"
)
# A notice in traditional characters, as a Big5 file from Taiwan or Hong Kong holds it.
TRADITIONAL = (
    "臺北市政府\n關於印發臺北市建築管理自治條例的通知\n府法字〔2021〕12號\n各區公所：\n"
    "現將《臺北市建築管理自治條例》印發給你們，請認真貫徹執行。\n"
    "一、為加強建築物公共安全檢查，各區公所應於每年六月底前完成轄區內建築物之調查。\n"
    "二、調查結果報送本府都市發展局，並副知本府法務局。\n臺北市政府\n2021年3月8日\n"
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


# --- bounded reads and safe loading of saved outputs and archives --------------------------------


def test_dev_zero_is_refused_at_max_bytes():
    r = gazette("parse", "/dev/zero", "--max-bytes", "1048576")
    code, out, lines, err = one_line_error(r)
    assert (code, out, lines, "more than 1048576 bytes" in err) == (2, b"", 1, True), err


def test_dev_zero_is_refused_at_the_default_limit_without_filling_memory():
    # Under a 1.5 GB address space the unbounded read died of MemoryError; the
    # bounded one stops one byte past the 256 MiB limit.
    r = gazette("parse", "/dev/zero", limit_memory=1536 * 1024 * 1024)
    code, out, lines, err = one_line_error(r)
    assert (code, out, lines, f"more than {MAX_BYTES} bytes" in err) == (2, b"", 1, True), err


def _feed_fifo(path: Path, data: bytes) -> threading.Thread:
    def feed() -> None:
        try:
            with open(path, "wb") as f:
                f.write(data)
        except BrokenPipeError:
            pass  # the reader stopped at its limit

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    return thread


def test_fifo_over_the_limit_is_refused(tmp_path):
    fifo = tmp_path / "issue.txt"
    os.mkfifo(fifo)
    feeder = _feed_fifo(fifo, NOTICE.encode("utf-8") * 20_000)
    r = gazette("parse", str(fifo), "--max-bytes", "100000")
    feeder.join(10)
    code, out, lines, err = one_line_error(r)
    assert (code, out, lines, "more than 100000 bytes" in err) == (2, b"", 1, True), err


def test_fifo_under_the_limit_is_parsed(tmp_path):
    fifo = tmp_path / "issue.txt"
    os.mkfifo(fifo)
    feeder = _feed_fifo(fifo, NOTICE.encode("utf-8"))
    r = gazette("parse", str(fifo), "-f", "json", "--max-bytes", "100000")
    feeder.join(10)
    assert (r.returncode, json.loads(r.stdout)["notices"][0]["doc_number"]) == (0, "济政字〔2022〕61号")


def test_standard_input_over_the_limit_is_refused():
    code, out, lines, err = one_line_error(gazette("parse", "-", "--max-bytes", "100", stdin=NOTICE.encode("utf-8") * 3))
    assert (code, out, lines, "more than 100 bytes" in err) == (2, b"", 1, True), err


@pytest.mark.parametrize("command", ["targets", "units", "diff"])
def test_saved_outputs_are_read_up_to_the_limit(tmp_path, command):
    path = saved(tmp_path, "issue.json")
    args = [str(path), str(path)] if command == "diff" else [str(path)]
    code, out, lines, err = one_line_error(gazette(command, *args, "--max-bytes", "1000"))
    assert (code, out, lines, "more than 1000 bytes" in err) == (2, b"", 1, True), err


def test_the_documented_default_is_the_limit():
    from gazette_cli.cli.app import _DEFAULT_MAX_BYTES

    assert _DEFAULT_MAX_BYTES.split(",")[0] == str(MAX_BYTES)


def _alias_bomb(depth: int) -> str:
    """A saved output whose clauses' children alias the clause before, twice:
    a few kB that stand for 2**depth clauses."""
    data = json.loads(to_json(gazette_cli.to_dict(gazette_cli.parse_text(PLAN, "plan.txt"))))
    clause = data["notices"][0]["clauses"][0]
    for _ in range(depth):
        clause = {**clause, "children": [clause, clause]}
    data["notices"][0]["clauses"] = [clause]
    return yaml.dump(data, Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=False)


@pytest.mark.parametrize("command", ["targets", "units", "diff"])
def test_yaml_alias_bomb_is_refused(tmp_path, command):
    path = tmp_path / "bomb.yaml"
    path.write_text(_alias_bomb(30), encoding="utf-8")
    args = [str(path), str(path)] if command == "diff" else [str(path)]
    code, out, lines, err = one_line_error(gazette(command, *args))
    assert (code, out, lines, "anchors and aliases" in err, path.stat().st_size < 50_000) == (2, b"", 1, True, True), err


def test_a_lone_anchor_is_refused_too(tmp_path):
    path = saved(tmp_path, "issue.yaml", fmt="yaml")
    path.write_text(path.read_text(encoding="utf-8").replace("profile: default", "profile: &p default"), encoding="utf-8")
    with pytest.raises(SavedOutputError, match="anchors and aliases"):
        load_saved(path)


@pytest.mark.parametrize(
    "fmt, old, new",
    [
        pytest.param("json", '"value": 18.5', '"value": NaN', id="json-nan"),
        pytest.param("json", '"value": 18.5', '"value": Infinity', id="json-infinity"),
        pytest.param("json", '"value": 18.5', '"value": -Infinity', id="json-minus-infinity"),
        pytest.param("json", '"value": 18.5', '"value": 1e400', id="json-overflow"),
        pytest.param("yaml", "value: 18.5", "value: .nan", id="yaml-nan"),
        pytest.param("yaml", "value: 18.5", "value: -.inf", id="yaml-infinity"),
        pytest.param("yaml", "value: 18.5", "value: 1.0e+400", id="yaml-overflow"),
    ],
)
def test_a_value_that_is_not_finite_is_refused_on_load(tmp_path, fmt, old, new):
    path = saved(tmp_path, f"plan.{fmt}", PLAN, fmt)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    code, out, lines, err = one_line_error(gazette("targets", str(path)))
    assert (code, out, lines, "finite numbers only" in err) == (2, b"", 1, True), err


@pytest.fixture()
def archive(tmp_path):
    """all.jsonl: the parses of a.txt (a plan) and b.txt (a notice), one per line."""
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NOTICE, encoding="utf-8")
    r = gazette("parse", "a.txt", "b.txt", "-f", "jsonl", cwd=tmp_path)
    assert r.returncode == 0
    (tmp_path / "all.jsonl").write_bytes(r.stdout)
    return tmp_path


def test_targets_reads_every_document_of_an_archive(archive):
    r = gazette("targets", "all.jsonl", "-f", "json", cwd=archive)
    rows = json.loads(r.stdout)
    assert (r.returncode, [(row["file"], row["value"]) for row in rows]) == (0, [("a.txt", 18.5)])


def test_units_reads_every_document_of_an_archive(archive):
    (archive / "c.txt").write_text(PLAN.replace("。\n", "。（责任单位：市科协）\n"), encoding="utf-8")
    r = gazette("parse", "b.txt", "c.txt", "-f", "jsonl", cwd=archive)
    (archive / "bc.jsonl").write_bytes(r.stdout)
    r = gazette("units", "bc.jsonl", "-f", "json", cwd=archive)
    assert (r.returncode, [(row["unit"], row["source"]) for row in json.loads(r.stdout)]) == (0, [("市科协", "c.txt")])


def test_a_json_file_holding_json_lines_is_read_as_an_archive(archive):
    (archive / "all.json").write_bytes((archive / "all.jsonl").read_bytes())
    assert [d["source"]["name"] for d in load_saved_all(archive / "all.json")] == ["a.txt", "b.txt"]


def test_a_corrupt_line_of_an_archive_is_named(archive):
    lines = (archive / "all.jsonl").read_text(encoding="utf-8").splitlines()
    (archive / "bad.jsonl").write_text(lines[0] + "\n" + lines[1][:-5] + "\n", encoding="utf-8")
    with pytest.raises(SavedOutputError, match=r"bad.jsonl \(line 2\): corrupt JSON"):
        load_saved_all(archive / "bad.jsonl")


def test_diff_pairs_the_documents_of_two_archives_by_source_name(archive, validator_for_diff):
    lines = (archive / "all.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (archive / "reversed.jsonl").write_text(lines[1] + lines[0], encoding="utf-8")
    r = gazette("diff", "all.jsonl", "reversed.jsonl", "-f", "json", cwd=archive)
    result = json.loads(r.stdout)
    errors = [e.message for e in validator_for_diff.iter_errors(result)]
    assert (r.returncode, result["summary"]["differences"], errors) == (0, 0, [])


def test_diff_of_two_archives_names_the_document_of_each_change(archive, validator_for_diff):
    (archive / "a.txt").write_text(PLAN.replace("18.5%", "19.5%"), encoding="utf-8")
    r = gazette("parse", "b.txt", "a.txt", "-f", "jsonl", cwd=archive)
    (archive / "new.jsonl").write_bytes(r.stdout)
    r = gazette("diff", "all.jsonl", "new.jsonl", "-f", "json", cwd=archive)
    result = json.loads(r.stdout)
    changed = [(t["notice"], t["changes"]) for t in result["targets"]["changed"]]
    errors = [e.message for e in validator_for_diff.iter_errors(result)]
    assert (r.returncode, changed, result["summary"]["differences"], errors) == (
        1,
        [("a.txt: 济政发〔2022〕17号", {"value": {"old": 18.5, "new": 19.5}})],
        3,  # the target, its clause's words and the number
        [],
    )


def test_diff_of_archives_reports_a_document_only_one_holds(archive):
    first = (archive / "all.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)[0]
    (archive / "one.jsonl").write_text(first, encoding="utf-8")
    r = gazette("diff", "one.jsonl", "all.jsonl", "-f", "json", cwd=archive)
    result = json.loads(r.stdout)
    added = [n["notice"] for n in result["notices"]["added"]]
    assert (r.returncode, added, result["summary"]["differences"]) == (1, ["b.txt: 济政字〔2022〕61号"], 1)


@pytest.mark.parametrize(
    "name, text",
    [
        pytest.param("deep.json", "[" * 100_000 + "]" * 100_000, id="json-100000-deep"),
        pytest.param("deep.yaml", "[" * 100_000 + "]" * 100_000, id="yaml-flow-100000-deep"),
        pytest.param("deep.yaml", "".join("  " * i + "- \n" for i in range(3000)), id="yaml-block-3000-deep"),
        pytest.param("shallow.json", "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), id="json-over-the-limit"),
        pytest.param("big.json", '{"schema_version": "1.2", "notices": [], "n": ' + "9" * 5000 + "}", id="json-5000-digits"),
        pytest.param("big.yaml", "schema_version: '1.2'\nnotices: []\nn: " + "9" * 5000 + "\n", id="yaml-5000-digits"),
    ],
)
@pytest.mark.parametrize("command", ["targets", "diff"])
def test_deep_or_huge_saved_output_is_one_line_and_exit_2(tmp_path, name, text, command):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    args = [str(path), str(path)] if command == "diff" else [str(path)]
    code, out, lines, err = one_line_error(gazette(command, *args))
    assert (code, out, lines, err.startswith(f"gazette: error: {path}:"), "internal" in err) == (2, b"", 1, True, False), err


def test_a_real_output_is_far_from_the_nesting_limit(sample_dict):
    def depth(obj) -> int:
        children = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list) else ()
        return 1 + max((depth(c) for c in children), default=0) if isinstance(obj, (dict, list)) else 0

    assert depth(sample_dict) < MAX_DEPTH // 2


# --- mojibake: bytes that only decode into implausible text ---------------------------------------


def test_big5_is_not_read_as_gb18030():
    with pytest.raises(InputError, match="looks like big5"):
        read_bytes(TRADITIONAL.encode("big5"), "tw.txt")


def test_big5_file_is_refused_with_the_likely_encoding(tmp_path):
    (tmp_path / "tw.txt").write_bytes(TRADITIONAL.encode("big5"))
    code, out, lines, err = one_line_error(gazette("parse", "tw.txt", cwd=tmp_path))
    assert (code, out, lines, "--encoding big5" in err) == (2, b"", 1, True), err


def test_big5_is_read_when_stated(tmp_path):
    (tmp_path / "tw.txt").write_bytes(TRADITIONAL.encode("big5"))
    r = gazette("parse", "tw.txt", "--encoding", "big5", "-f", "json", cwd=tmp_path)
    data = json.loads(r.stdout)
    # read in simplified characters, as every traditional copy is
    assert (r.returncode, data["source"]["encoding"], "台北市建筑管理自治条例" in data["notices"][0]["title"]) == (0, "big5", True)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")) + [ROOT / "samples" / "jinan-gazette-2022-20.txt"], ids=lambda p: p.name[:12])
def test_gb18030_documents_are_still_read_as_gb18030(path):
    text = path.read_text(encoding="utf-8")
    source = read_bytes(text.encode("gb18030"), path.name)
    assert (source.encoding, source.text) == ("gb18030", text)
