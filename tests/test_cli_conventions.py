"""The command line's conventions, each through the real entry point in a
subprocess: -o as a file or a folder, -h, help that reads like a manual,
one-line usage errors, --color and NO_COLOR, -q everywhere, completion,
--skip-existing, hints that name only options the command has."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SAMPLE

from gazette_cli.cli.args import COMMANDS

NOTICE = "济南市人民政府\n关于聘任市政府参事的通知\n济政字〔2022〕61号\n各区县人民政府：\n确定聘任聂军为参事。\n"
PROSE = "今天天气很好。\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def gazette(*args: str, cwd: Path | None = None, stdin: bytes | None = None, env: dict[str, str] | None = None, **kw):
    full_env = {**{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GAZETTE_DEBUG")}, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "gazette_cli", *args], capture_output=True, env=full_env, cwd=cwd, input=stdin, timeout=120, **kw
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NOTICE.replace("61号", "62号"), encoding="utf-8")
    return tmp_path


# --- -o: the output file itself, or a folder --------------------------------------------


def test_o_names_the_output_file_and_its_extension_the_format(tree):
    r = gazette("parse", "a.txt", "-o", "result.json", cwd=tree)
    data = json.loads((tree / "result.json").read_text(encoding="utf-8"))
    assert (r.returncode, r.stdout, data["notices"][0]["doc_number"], (tree / "result.json").is_file()) == (0, b"", "济政字〔2022〕61号", True)


def test_o_without_a_known_extension_writes_yaml(tree):
    r = gazette("parse", "a.txt", "-o", "result", cwd=tree)
    assert (r.returncode, yaml.safe_load((tree / "result").read_text(encoding="utf-8"))["notices"][0]["doc_number"]) == (0, "济政字〔2022〕61号")


@pytest.mark.parametrize(
    "args, written",
    [
        pytest.param(["a.txt", "-o", "out/"], ["out/a.yaml"], id="trailing-slash"),
        pytest.param(["a.txt", "b.txt", "-o", "out"], ["out/a.yaml", "out/b.yaml"], id="several-inputs"),
        pytest.param(["a.txt", "-o", "existing", "-f", "json"], ["existing/a.json"], id="existing-folder"),
    ],
)
def test_o_names_a_folder(tree, args, written):
    (tree / "existing").mkdir()
    r = gazette("parse", *args, cwd=tree)
    assert (r.returncode, [p for p in written if (tree / p).is_file()]) == (0, written)


def test_o_never_overwrites_without_force(tree):
    (tree / "result.json").write_text("keep", encoding="utf-8")
    r = gazette("parse", "a.txt", "-o", "result.json", cwd=tree)
    again = gazette("parse", "a.txt", "-o", "result.json", "--force", cwd=tree)
    assert (r.returncode, r.stderr.decode().count("\n"), "--force" in r.stderr.decode(), again.returncode) == (2, 1, True, 0)
    assert json.loads((tree / "result.json").read_text(encoding="utf-8"))["notices"]


def test_o_is_never_an_input(tree):
    r = gazette("parse", "a.txt", "-o", "a.txt", "--force", cwd=tree)
    assert (r.returncode, (tree / "a.txt").read_text(encoding="utf-8")) == (2, NOTICE)


def test_report_o_writes_the_file_in_its_extensions_format(tree):
    r = gazette("targets", str(SAMPLE), "-o", "targets.json", cwd=tree)
    rows = json.loads((tree / "targets.json").read_text(encoding="utf-8"))
    assert (r.returncode, r.stdout, len(rows) > 50, rows[0]["doc_number"]) == (0, b"", True, "济政发〔2022〕17号")


def test_report_o_with_an_unknown_extension_asks_for_format(tree):
    r = gazette("units", "a.txt", "-o", "units.dat", cwd=tree)
    assert (r.returncode, r.stderr.decode().count("\n"), "--format" in r.stderr.decode(), (tree / "units.dat").exists()) == (2, 1, True, False)


# --- --skip-existing ---------------------------------------------------------------------------


def test_skip_existing_converts_only_what_is_missing(tree):
    first = gazette("parse", "a.txt", "-o", "out/", cwd=tree)
    before = (tree / "out/a.yaml").stat().st_mtime_ns
    second = gazette("parse", "a.txt", "b.txt", "-o", "out", "--skip-existing", cwd=tree)
    assert (first.returncode, second.returncode, (tree / "out/b.yaml").is_file(), (tree / "out/a.yaml").stat().st_mtime_ns) == (0, 0, True, before)
    assert re.search(r"1 file, 1 notices, 0 targets, 0 failed, 1 skipped", second.stderr.decode())


def test_skip_existing_and_force_exclude_each_other(tree):
    r = gazette("parse", "a.txt", "-o", "out/", "--skip-existing", "--force", cwd=tree)
    assert (r.returncode, r.stderr.decode().count("\n")) == (2, 1)


# --- help -----------------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["-h", "--help"])
@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
def test_every_command_has_help_with_examples(command, flag):
    r = gazette(command, flag)
    out = r.stdout.decode()
    examples = out.split("examples:\n")[1].strip().splitlines() if "examples:\n" in out else []
    assert (r.returncode, 1 <= len(examples) <= 3, all(e.strip().startswith(("gazette ", "source <(gazette", "pdftotext")) for e in examples)) == (0, True, True)


def test_help_examples_run(tmp_path):
    """The first example of each command that reads the sample really runs."""
    for command in COMMANDS:
        first = command.examples[0]
        if "samples/" not in first:
            continue
        r = subprocess.run(first.replace("gazette ", f"{sys.executable} -m gazette_cli ", 1), shell=True, cwd=ROOT, capture_output=True, timeout=120,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert (command.name, r.returncode, r.stderr) == (command.name, 0, b"")


def test_metavars_read_as_words_not_types():
    out = "".join(gazette(c.name, "-h").stdout.decode() for c in COMMANDS)
    assert (re.findall(r"<[^>\n]*>", out), "FILE…" in out, "-j, --jobs N" in out, "-f, --format yaml|json|jsonl" in out) == ([], True, True, True)


def test_bare_gazette_lists_the_commands():
    r = gazette()
    assert (r.returncode, [c.name for c in COMMANDS if f"  {c.name} " in r.stdout.decode()]) == (0, [c.name for c in COMMANDS])


# --- usage errors: one line, our words --------------------------------------------------------


@pytest.mark.parametrize(
    "args, words",
    [
        pytest.param(["parse", "--format", "xml", "a.txt"], "--format: 'xml' is not one of yaml|json|jsonl", id="bad-choice"),
        pytest.param(["parse", "--fromat", "json", "a.txt"], "unknown option --fromat; did you mean --format?", id="typo-option"),
        pytest.param(["pars", "a.txt"], "unknown command 'pars'; did you mean parse?", id="typo-command"),
        pytest.param(["parse"], "missing FILE…", id="missing-argument"),
        pytest.param(["parse", "a.txt", "-j", "x"], "--jobs: 'x' is not a whole number", id="not-a-number"),
        pytest.param(["parse", "a.txt", "-f"], "--format needs a value", id="missing-value"),
        pytest.param(["diff", "a.txt", "b.txt", "--only", "targets,nope"], "--only: 'nope' is not one of", id="bad-list-item"),
        pytest.param(["units", "a.txt", "-f", "xml"], "--format: 'xml' is not one of table|csv", id="report-format"),
        pytest.param(["targets", "a.txt", "--bom", "-f", "json"], "--bom goes with --format csv", id="bom-without-csv"),
    ],
)
def test_usage_errors_are_one_line_in_our_words(tree, args, words):
    r = gazette(*args, cwd=tree)
    err = r.stderr.decode()
    assert (r.returncode, err.count("\n"), words in err, err.startswith("gazette: error: "), "Value error" in err, r.stdout) == (2, 1, True, True, False, b"")


def test_hints_name_only_options_the_command_has(tree):
    """Every --option an error line suggests belongs to the command that printed it."""
    cases = [
        ("normalize", "."), ("units", "."), ("targets", "."), ("show", "."), ("diff", ".", "a.txt"), ("parse", "."),
        ("parse", "a.txt", "b.txt"), ("parse", "a.txt", "-o", "out/", "-f", "jsonl"), ("units", "a.txt", "-o", "x.dat"),
    ]
    by_name = {c.name: {n for o in c.options for n in o.names} for c in COMMANDS}
    for case in cases:
        if case[0] not in by_name:
            continue
        err = gazette(*case, cwd=tree).stderr.decode()
        named = set(re.findall(r"--[a-z][a-z-]*", err))
        assert (case, named - by_name[case[0]]) == (case, set())


# --- colour ----------------------------------------------------------------------------------


def _versions(tree: Path) -> tuple[str, str]:
    (tree / "new.txt").write_text(NOTICE.replace("聂军", "王敏"), encoding="utf-8")
    return "a.txt", "new.txt"


@pytest.mark.parametrize(
    "args, env, coloured",
    [
        pytest.param(["--color", "always"], {}, True, id="always"),
        pytest.param(["--color", "always"], {"NO_COLOR": "1"}, True, id="always-beats-NO_COLOR"),
        pytest.param(["--color", "never"], {}, False, id="never"),
        pytest.param([], {}, False, id="auto-in-a-pipe"),
    ],
)
def test_color_choice(tree, args, env, coloured):
    r = gazette("diff", *_versions(tree), "-f", "table", *args, cwd=tree, env=env)
    assert (r.returncode, bool(ANSI.search(r.stdout.decode()))) == (1, coloured)


def test_no_color_turns_auto_off_on_a_terminal(tree):
    """On a real terminal, colour by default, and none with NO_COLOR."""
    import pty

    outs = []
    for env in ({"TERM": "xterm"}, {"TERM": "xterm", "NO_COLOR": "1"}):
        leader, follower = pty.openpty()
        proc = subprocess.Popen([sys.executable, "-m", "gazette_cli", "diff", *_versions(tree), "-f", "table"], cwd=tree, stdout=follower,
                                stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT), **env})
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=60)
        os.close(leader)
        outs.append(bool(ANSI.search(b"".join(chunks).decode("utf-8", "replace"))))
    assert outs == [True, False]


# --- -q everywhere -------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["parse", "normalize", "targets", "units"])
def test_input_without_notices_warns_and_q_silences_it(command):
    loud = gazette(command, "-", stdin=PROSE.encode())
    quiet = gazette(command, "-", "-q", stdin=PROSE.encode())
    assert (loud.returncode, "warning: <stdin>: no notice" in loud.stderr.decode(), quiet.returncode, quiet.stderr) == (0, True, 0, b"")


def test_every_command_takes_q():
    assert [c.name for c in COMMANDS if not c.option("-q")] == []


# --- normalize on a terminal ------------------------------------------------------------------


def test_normalize_without_input_on_a_terminal_says_so():
    import pty

    leader, follower = pty.openpty()
    try:
        r = subprocess.run([sys.executable, "-m", "gazette_cli", "normalize"], stdin=follower, capture_output=True, timeout=30,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    finally:
        os.close(leader)
        os.close(follower)
    assert (r.returncode, r.stderr.decode().count("\n"), "missing FILE" in r.stderr.decode()) == (2, 1, True)


def test_normalize_without_input_reads_a_pipe():
    r = gazette("normalize", stdin=NOTICE.encode())
    assert (r.returncode, r.stdout.decode().splitlines()[1]) == (0, "关于聘任市政府参事的通知")


# --- shell completion -----------------------------------------------------------------------


def _bash_complete(words: list[str]) -> list[str]:
    script = gazette("completion", "bash").stdout.decode()
    line = " ".join(f"'{w}'" for w in words)
    probe = f'{script}\nCOMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; _gazette; printf "%s\\n" "${{COMPREPLY[@]}}"\n'
    out = subprocess.run(["bash", "--norc", "-c", probe], capture_output=True, timeout=30)
    return sorted(out.stdout.decode().split())


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize(
    "words, expected",
    [
        pytest.param(["gazette", "pa"], ["parse"], id="command"),
        pytest.param(["gazette", "parse", "--fo"], ["--force", "--format"], id="option"),
        pytest.param(["gazette", "diff", "--only", "re"], ["responsibilities"], id="choice"),
        pytest.param(["gazette", "targets", "-f", ""], ["csv", "json", "jsonl", "table", "xlsx", "yaml"], id="formats"),
        pytest.param(["gazette", "units", "--xyz"], [], id="no-such-option"),
    ],
)
def test_bash_completion(words, expected):
    got = _bash_complete(words)
    assert [w for w in got if w in expected or w.startswith("-") or words[-1] == ""] == expected


@pytest.mark.parametrize("shell, check", [("zsh", ["zsh", "-n"]), ("fish", ["fish", "--no-execute"])])
def test_zsh_and_fish_scripts_name_every_option(shell, check, tmp_path):
    r = gazette("completion", shell)
    script = r.stdout.decode()
    flags = {n for c in COMMANDS for o in c.options for n in o.names if n.startswith("--")}
    assert (r.returncode, sorted(f for f in flags if f not in script and f[2:] not in script)) == (0, [])
    if shutil.which(check[0]):
        path = tmp_path / f"gazette.{shell}"
        path.write_text(script, encoding="utf-8")
        assert subprocess.run([*check, str(path)], capture_output=True, timeout=30).returncode == 0


def test_installed_entry_point_runs():
    exe = shutil.which("gazette")
    if exe is None:
        pytest.skip("the package is not installed on PATH")
    assert subprocess.run([exe, "--version"], capture_output=True, timeout=60).stdout.decode().startswith("gazette ")


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_fish_completes_options_and_choices(tmp_path):
    path = tmp_path / "gazette.fish"
    path.write_bytes(gazette("completion", "fish").stdout)
    probe = f"source {path}; complete -C 'gazette parse --fo'; complete -C 'gazette diff --only '"
    out = subprocess.run(["fish", "--no-config", "-c", probe], capture_output=True, timeout=30).stdout.decode()
    words = sorted(line.split("\t")[0] for line in out.splitlines())
    assert words == ["--force", "--format", "amounts", "clauses", "notices", "responsibilities", "targets", "validity"]


# --- views and formats ----------------------------------------------------------------------

VERSIONS = ROOT / "tests/corpus/versions"


def test_show_draws_the_issue_and_one_clause():
    whole = gazette("show", str(SAMPLE), "-w", "100").stdout.decode().splitlines()
    one = gazette("show", str(SAMPLE), "--path", "1:二/(一)", "--color", "never").stdout.decode()
    assert (whole[0], whole[1].startswith("1: 济政发〔2022〕17号"), max(len(line) for line in whole) <= 100) == ("济南市人民政府公报 2022年第20期 · 5 notices", True, True)
    assert ("青少年科学素质提升行动" in one.splitlines()[1], "市委宣传部" in one, "\x1b[" in one) == (True, True, False)


def test_show_refuses_a_path_naming_nothing():
    r = gazette("show", str(SAMPLE), "--path", "1:二/(九)")
    assert (r.returncode, r.stderr.decode().count("\n"), "1:二/(一)" in r.stderr.decode(), r.stdout) == (2, 1, True, b"")


def test_xlsx_opens_with_every_row_and_chinese_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    csv_rows = gazette("targets", str(SAMPLE), "-f", "csv").stdout.decode().splitlines()
    r = gazette("targets", str(SAMPLE), "-o", str(tmp_path / "targets.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "targets.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    first = dict(zip(header, rows[1]))
    assert (r.returncode, len(rows), sheet.freeze_panes, first["doc_number"], isinstance(first["value"], (int, float))) == (0, len(csv_rows), "A2", "济政发〔2022〕17号", True)


def test_xlsx_needs_o(tmp_path):
    r = gazette("units", str(SAMPLE), "-f", "xlsx")
    assert (r.returncode, "needs -o" in r.stderr.decode(), r.stdout) == (2, True, b"")


def test_columns_choose_and_order_the_report():
    r = gazette("targets", str(SAMPLE), "-f", "csv", "--columns", "value,unit,doc_number")
    lines = r.stdout.decode().splitlines()
    assert (lines[0], lines[1]) == ("value,unit,doc_number", "18.5,%,济政发〔2022〕17号")


def test_bom_starts_the_csv():
    assert gazette("units", str(SAMPLE), "-f", "csv", "--bom").stdout.startswith("\ufeffunit,".encode())


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("pair", ["04-guobanfa-jiejiari-anpai-2024-2025", "05-quanguo-nianjie-fangjia-banfa"])
def test_diff_writes_one_row_per_change(fmt, pair):
    old, new = VERSIONS / pair / "old.txt", VERSIONS / pair / "new.txt"
    full = json.loads(gazette("diff", str(old), str(new), "-f", "json").stdout)
    r = gazette("diff", str(old), str(new), "-f", fmt, "--only", "clauses,targets")
    if fmt == "csv":
        import csv
        import io

        body = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    else:
        body = [json.loads(line) for line in r.stdout.decode().splitlines()]
    kinds = {row["kind"] for row in body}
    assert (r.returncode, len(body) > 0, kinds <= {"clauses", "targets"}, full["summary"]["differences"] > 0) == (1, True, True, True)


# --- pipes: a saved output on standard input ---------------------------------------------------


@pytest.mark.parametrize(
    "fmt, command",
    [
        pytest.param("yaml", ["targets", "-", "-f", "csv"], id="yaml-to-targets"),
        pytest.param("json", ["units", "-", "-f", "csv"], id="json-to-units"),
        pytest.param("jsonl", ["targets", "-", "-f", "csv"], id="jsonl-to-targets"),
    ],
)
def test_a_parse_piped_in_is_read_as_the_saved_output(fmt, command):
    saved = gazette("parse", str(SAMPLE), "-f", fmt).stdout
    piped = gazette(*command, stdin=saved)
    direct = gazette(command[0], str(SAMPLE), *command[2:])
    assert (piped.returncode, piped.stderr, piped.stdout.count(b"\n") > 50, piped.stdout.replace(b"<stdin>", str(SAMPLE).encode()) == direct.stdout) == (0, b"", True, True)


def test_show_reads_a_piped_parse():
    saved = gazette("parse", str(SAMPLE), "-f", "json").stdout
    r = gazette("show", "-", stdin=saved)
    assert r.stdout.decode().splitlines()[0] == "济南市人民政府公报 2022年第20期 · 5 notices"


def test_text_piped_in_is_still_parsed():
    r = gazette("targets", "-", "-f", "csv", stdin=SAMPLE.read_bytes())
    assert (r.returncode, r.stdout.decode().count("济政发〔2022〕17号") > 5) == (0, True)


def test_show_depth_folds_the_tree():
    lines = gazette("show", str(SAMPLE), "--depth", "1").stdout.decode().splitlines()
    folded = [line.rsplit(" · ", 1)[-1] for line in lines if line.startswith("└─ ")]
    assert (len(lines), folded) == (10, ["+4", "+5", "+3", "+5"])
