"""Batch conversion: discovery, output names, atomic writes, workers, the CLI contract."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gazette_cli.cli import batch
from gazette_cli.errors import InputError, OutputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jinan-gazette-2022-20.txt"

NOTICE = "济南市人民政府\n关于聘任市政府参事的通知\n济政字〔2022〕61号\n各区县人民政府：\n确定聘任聂军为参事。\n"


def gazette(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "gazette_cli", *args], capture_output=True, env=env, cwd=cwd, input=stdin, timeout=120
    )


def make_tree(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


# --- output names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        pytest.param([("a/x.txt", "x.txt")], ["out/x.yaml"], id="file-argument"),
        pytest.param([("d/2022/20.txt", "2022/20.txt")], ["out/2022/20.yaml"], id="tree-kept"),
        pytest.param([("a/x.txt", "x.txt"), ("b/x.txt", "x.txt")], ["out/x.yaml", "out/x.2.yaml"], id="same-name-two-dirs"),
        pytest.param([("x.txt", "x.txt"), ("x.text", "x.text")], ["out/x.yaml", "out/x.2.yaml"], id="same-stem"),
        pytest.param([("X.txt", "X.txt"), ("x.txt", "x.txt")], ["out/X.yaml", "out/x.2.yaml"], id="case-only"),
        pytest.param(
            [("a/x.txt", "x.txt"), ("b/x.txt", "x.txt"), ("c/x.txt", "x.txt")],
            ["out/x.yaml", "out/x.2.yaml", "out/x.3.yaml"],
            id="three-way",
        ),
        pytest.param([("README", "README")], ["out/README.yaml"], id="no-suffix"),
        pytest.param([("-", "stdin")], ["out/stdin.yaml"], id="stdin"),
    ],
)
def test_plan_names(found, expected):
    jobs = batch.plan([batch.Found(p, Path(r)) for p, r in found], Path("out"), "yaml")
    assert [j.output.as_posix() for j in jobs] == expected


def test_plan_json_extension():
    jobs = batch.plan([batch.Found("a.txt", Path("a.txt"))], Path("o"), "json")
    assert jobs[0].output == Path("o/a.json")


def test_plan_without_output_dir_has_no_outputs():
    jobs = batch.plan([batch.Found("a.txt", Path("a.txt"))], None, "jsonl")
    assert jobs[0].output is None


# --- discovery --------------------------------------------------------------------


def test_discover_walks_sorted_texts_pdfs_and_pages_only(tmp_path):
    make_tree(
        tmp_path,
        {"b/2.txt": NOTICE, "a/10.txt": NOTICE, "a/9.TXT": NOTICE, "a/notes.md": "x", ".hidden/h.txt": NOTICE, "a/.h.txt": NOTICE,
         "c/page.html": "<p>" + NOTICE + "</p>", "c/old.HTM": "<p>" + NOTICE + "</p>", "c/style.css": "p {}", "d/plan.docx": "x", "d/tasks.xlsx": "x",
         "d/old.doc": "x"},
    )
    found = batch.discover([str(tmp_path)], recursive=True)
    assert [f.relative.as_posix() for f in found] == ["a/10.txt", "a/9.TXT", "b/2.txt", "c/old.HTM", "c/page.html", "d/plan.docx", "d/tasks.xlsx"]


def test_discover_skips_the_output_directory(tmp_path):
    make_tree(tmp_path, {"in.txt": NOTICE, "out/old.txt": NOTICE})
    found = batch.discover([str(tmp_path)], recursive=True, exclude=tmp_path / "out")
    assert [f.relative.as_posix() for f in found] == ["in.txt"]


def test_discover_keeps_each_file_once(tmp_path):
    make_tree(tmp_path, {"a.txt": NOTICE})
    found = batch.discover([str(tmp_path / "a.txt"), str(tmp_path), str(tmp_path / "a.txt")], recursive=True)
    assert len(found) == 1


@pytest.mark.parametrize(
    ("args", "recursive", "message"),
    [
        pytest.param(["missing.txt"], False, "no such file", id="missing"),
        pytest.param(["."], False, "add --recursive", id="directory-without-recursive"),
        pytest.param(["-", "-"], False, "only once", id="stdin-twice"),
    ],
)
def test_discover_refuses(tmp_path, monkeypatch, args, recursive, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=message):
        batch.discover(args, recursive)


# --- atomic writes and output safety ---------------------------------------------------


def test_write_atomic_creates_file(tmp_path):
    batch.write_atomic(tmp_path / "sub" / "x.yaml", b"data")
    assert (tmp_path / "sub" / "x.yaml").read_bytes() == b"data"


def test_write_atomic_refuses_existing_without_overwrite(tmp_path):
    target = tmp_path / "x.yaml"
    target.write_bytes(b"old")
    with pytest.raises(OutputError, match="--force"):
        batch.write_atomic(target, b"new")


def test_write_atomic_leaves_existing_untouched_when_refusing(tmp_path):
    target = tmp_path / "x.yaml"
    target.write_bytes(b"old")
    with pytest.raises(OutputError):
        batch.write_atomic(target, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.yaml"] and target.read_bytes() == b"old"


def test_write_atomic_overwrites_with_overwrite(tmp_path):
    target = tmp_path / "x.yaml"
    target.write_bytes(b"old")
    batch.write_atomic(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"


def test_write_atomic_interrupted_leaves_nothing(tmp_path, monkeypatch):
    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        batch.write_atomic(tmp_path / "x.yaml", b"data")
    assert list(tmp_path.iterdir()) == []


def test_check_output_refuses_symlink_out_of_directory(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere)
    with pytest.raises(OutputError, match="outside"):
        batch.check_output(out / "sub" / "x.yaml", out, set())


def test_check_output_refuses_an_input(tmp_path):
    target = tmp_path / "x.yaml"
    target.write_text("not yet")
    with pytest.raises(OutputError, match="is one of the inputs"):
        batch.check_output(target, tmp_path, {target.resolve()})


def test_check_output_accepts_plain_path(tmp_path):
    assert batch.check_output(tmp_path / "a" / "x.yaml", tmp_path, set()) is None


# --- the engine ---------------------------------------------------------------------


@pytest.fixture()
def mixed_dir(tmp_path):
    make_tree(
        tmp_path / "in",
        {"1.txt": NOTICE, "2.txt": b"%PDF-1.4 binary", "3.txt": NOTICE.replace("61", "62"), "4.txt": "  \n\n"},
    )
    return tmp_path / "in"


def test_run_keeps_input_order_and_failures_inline(mixed_dir):
    jobs = batch.plan_batch([str(mixed_dir)], None, "jsonl", recursive=True)
    results = list(batch.run(jobs, batch.Options(fmt="jsonl"), workers=2))
    assert [(Path(r.path).name, r.ok) for r in results] == [("1.txt", True), ("2.txt", False), ("3.txt", True), ("4.txt", False)]


def test_run_with_workers_gives_same_text_as_one_process(mixed_dir):
    jobs = batch.plan_batch([str(mixed_dir)], None, "jsonl", recursive=True)
    one = [(r.text, r.error) for r in batch.run(jobs, batch.Options(fmt="jsonl"), workers=1)]
    two = [(r.text, r.error) for r in batch.run(jobs, batch.Options(fmt="jsonl"), workers=2)]
    assert one == two


def test_convert_all_summary_counts(mixed_dir, tmp_path):
    jobs = batch.plan_batch([str(mixed_dir)], tmp_path / "out", "json", recursive=True)
    summary = batch.convert_all(jobs, batch.Options(fmt="json"), workers=2, out_dir=tmp_path / "out")
    assert (summary.files, summary.notices, summary.failures) == (4, 2, 2)


# --- the command ----------------------------------------------------------------------


def test_cli_output_dir_matches_stdout(tmp_path):
    make_tree(tmp_path / "in", {"a.txt": NOTICE, "sub/b.txt": NOTICE})
    r = gazette("parse", "in", "-r", "-o", "out", "--jobs", "2", cwd=tmp_path)
    single = gazette("parse", "in/sub/b.txt", cwd=tmp_path)
    assert r.returncode == 0 and (tmp_path / "out/sub/b.yaml").read_bytes() == single.stdout


def test_cli_jsonl_same_bytes_for_any_jobs(tmp_path):
    make_tree(tmp_path, {f"{i:02d}.txt": NOTICE.replace("61", str(i + 1)) for i in range(6)})
    one = gazette("parse", str(tmp_path), "-r", "-f", "jsonl", "--jobs", "1")
    two = gazette("parse", str(tmp_path), "-r", "-f", "jsonl", "--jobs", "3")
    assert one.stdout == two.stdout and one.stdout.count(b"\n") == 6


def test_cli_jsonl_in_input_order(tmp_path):
    make_tree(tmp_path, {"b.txt": NOTICE, "a.txt": NOTICE})
    r = gazette("parse", "b.txt", "a.txt", "-f", "jsonl", "-j", "2", cwd=tmp_path)
    names = [json.loads(line)["source"]["name"] for line in r.stdout.decode().splitlines()]
    assert names == ["b.txt", "a.txt"]


def test_cli_failure_does_not_stop_others(tmp_path, mixed_dir):
    r = gazette("parse", str(mixed_dir), "-r", "-o", str(tmp_path / "out"))
    errors = [line for line in r.stderr.decode().splitlines() if line.startswith("gazette: error:")]
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert (r.returncode, written, len(errors)) == (1, ["1.yaml", "3.yaml"], 2)


def test_cli_failure_lines_name_the_file(tmp_path, mixed_dir):
    r = gazette("parse", str(mixed_dir), "-r", "-o", str(tmp_path / "out"))
    assert f"gazette: error: {mixed_dir / '2.txt'}: is a damaged or truncated PDF" in r.stderr.decode()


def test_cli_summary_line(tmp_path, mixed_dir):
    r = gazette("parse", str(mixed_dir), "-r", "-f", "jsonl")
    last = r.stderr.decode().splitlines()[-1]
    assert last.startswith("gazette: 4 files, 2 notices, 0 targets, 2 failed, ")


def test_cli_quiet_prints_only_errors(tmp_path, mixed_dir):
    r = gazette("parse", str(mixed_dir), "-r", "-f", "jsonl", "--quiet")
    assert all(line.startswith("gazette: error:") for line in r.stderr.decode().splitlines())


def test_cli_no_overwrite_without_force(tmp_path):
    make_tree(tmp_path, {"a.txt": NOTICE, "out/a.yaml": "mine"})
    r = gazette("parse", "a.txt", "-o", "out", cwd=tmp_path)
    assert (r.returncode, (tmp_path / "out/a.yaml").read_text()) == (1, "mine")


def test_cli_force_overwrites(tmp_path):
    make_tree(tmp_path, {"a.txt": NOTICE, "out/a.yaml": "mine"})
    r = gazette("parse", "a.txt", "-o", "out", "--force", cwd=tmp_path)
    assert r.returncode == 0 and (tmp_path / "out/a.yaml").read_text(encoding="utf-8").startswith("schema_version")


def test_cli_never_writes_onto_an_input(tmp_path):
    make_tree(tmp_path, {"out/a.yaml": NOTICE})
    r = gazette("parse", "out/a.yaml", "-o", "out", "--force", cwd=tmp_path)
    assert (r.returncode, (tmp_path / "out/a.yaml").read_text(encoding="utf-8")) == (1, NOTICE)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["a.txt", "a2.txt"], id="several-to-stdout-as-yaml"),
        pytest.param(["a.txt", "-o", "out/", "-f", "jsonl"], id="jsonl-into-directory"),
        pytest.param(["a.txt", "-o", "a.txt"], id="output-is-a-file"),
        pytest.param(["."], id="directory-without-recursive"),
        pytest.param(["empty", "-r", "-f", "jsonl"], id="directory-without-text"),
        pytest.param(["a.txt", "--jobs", "0"], id="zero-jobs"),
    ],
)
def test_cli_usage_errors_exit_2(tmp_path, args):
    make_tree(tmp_path, {"a.txt": NOTICE, "a2.txt": NOTICE})
    (tmp_path / "empty").mkdir()
    r = gazette("parse", *args, cwd=tmp_path)
    assert r.returncode == 2 and b"Traceback" not in r.stderr


def test_cli_ctrl_c_exits_130_without_partial_outputs(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    # Files that take a while each (five samples apiece), so that the run is
    # still going when the signal comes even on a loaded machine: with 30
    # single samples it sometimes finished between the first output and the kill.
    # Many files cost nothing when the signal works: the run stops at the first.
    for i in range(40):
        (inputs / f"{i:02d}.txt").write_bytes(SAMPLE.read_bytes() * 5)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    p = subprocess.Popen(
        [sys.executable, "-m", "gazette_cli", "parse", str(inputs), "-r", "-o", str(out), "-j", "2"],
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not any(out.glob("*.yaml")) and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(p.pid, signal.SIGINT)  # what the terminal does on Ctrl-C: the whole group
    p.communicate(timeout=60)
    leftovers = [x.name for x in out.iterdir() if not x.name.endswith(".yaml")]
    assert (p.returncode, leftovers) == (130, [])


def test_a_stop_signal_is_acted_on_while_the_batch_waits_for_a_worker(monkeypatch):
    # A signal taken by another thread interrupts no wait of the main thread: its handler runs only when
    # the main thread runs Python again.  A batch waiting for a result that killed workers never send
    # must wake up for it; _next waits a slice at a time.
    import multiprocessing
    import threading

    class Unanswered:  # pool.imap's iterator, with no worker left to answer
        def next(self, timeout=None):
            threading.Event().wait(timeout)  # for ever when timeout is None
            raise multiprocessing.TimeoutError

    class Stop(BaseException):
        pass

    def stop(signum, frame):
        raise Stop

    monkeypatch.setattr(batch, "_WAKE_SECONDS", 0.05)
    previous = signal.signal(signal.SIGUSR1, stop)
    try:
        threading.Timer(0.1, signal.raise_signal, (signal.SIGUSR1,)).start()  # raised in the timer's thread
        start = time.monotonic()
        with pytest.raises(Stop):
            batch._next(Unanswered(), multiprocessing.TimeoutError)
        assert time.monotonic() - start < 5
    finally:
        signal.signal(signal.SIGUSR1, previous)
