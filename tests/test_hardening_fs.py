"""The file system and the process, taken adversarially: names that are not
UTF-8, FIFOs and symlink loops in a walked tree, file modes, stop signals,
stale temporary files, locales whose encoding is not UTF-8, and the summary
of a batch whose writes fail.

Every case runs the real command (``python -m gazette_cli``) on real FIFOs,
symlinks and signals.  The signal cases wait for a real condition (the first
output file) before signalling, and give the run far more work than it can
finish, so that it is still going when the signal arrives.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gazette_cli.cli import batch

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jinan-gazette-2022-20.txt"

NOTICE = "济南市人民政府\n关于聘任市政府参事的通知\n济政字〔2022〕61号\n各区县人民政府：\n确定聘任聂军为参事。\n"

#: A name that is not UTF-8, as a POSIX file system may hold it.
BAD_NAME = os.fsdecode(b"bad\xff\xfe.txt")


def gazette(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, umask: int = -1, timeout: float = 120):
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "gazette_cli", *args],
        capture_output=True, env=full_env, cwd=cwd, timeout=timeout, umask=umask,
    )


def errors(stderr: bytes) -> list[str]:
    return [line for line in stderr.decode("utf-8").splitlines() if line.startswith("gazette: error:")]


# --- names that are not UTF-8 ----------------------------------------------------------

# A UTF-8 locale whose stdout is strict (as en_US.UTF-8 is): a lone surrogate cannot pass.
STRICT_UTF8 = {"PYTHONIOENCODING": "utf-8"}


@pytest.fixture()
def bad_name_dir(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name in ("a.txt", BAD_NAME, "c.txt"):
        (d / name).write_text(NOTICE, encoding="utf-8")
    return d


def test_batch_converts_a_name_that_is_not_utf8_and_every_later_file(bad_name_dir):
    r = gazette("parse", str(bad_name_dir), "-r", "-f", "jsonl", env=STRICT_UTF8)
    names = [Path(json.loads(line)["source"]["name"]).name for line in r.stdout.decode("utf-8").splitlines()]
    assert (r.returncode, names) == (0, ["a.txt", "bad\\xff\\xfe.txt", "c.txt"])


def test_single_output_of_a_name_that_is_not_utf8_is_utf8(bad_name_dir):
    r = gazette("parse", BAD_NAME, "-f", "json", cwd=bad_name_dir, env=STRICT_UTF8)
    assert (r.returncode, json.loads(r.stdout.decode("utf-8"))["source"]["name"]) == (0, "bad\\xff\\xfe.txt")


def test_output_file_keeps_the_bytes_of_the_name_and_shows_it_readably(bad_name_dir, tmp_path):
    out = tmp_path / "out"
    r = gazette("parse", str(bad_name_dir), "-r", "-o", str(out), env=STRICT_UTF8)
    written = sorted(os.listdir(os.fsencode(out)))
    text = (out / os.fsdecode(b"bad\xff\xfe.yaml")).read_bytes().decode("utf-8")
    assert (r.returncode, written) == (0, [b"a.yaml", b"bad\xff\xfe.yaml", b"c.yaml"])
    assert f"name: {bad_name_dir}/bad\\xff\\xfe.txt\n" in text


def test_error_line_shows_a_name_that_is_not_utf8_escaped(tmp_path):
    (tmp_path / BAD_NAME).write_bytes(b"")
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    r = gazette("parse", BAD_NAME, "a.txt", "-f", "jsonl", cwd=tmp_path, env=STRICT_UTF8)
    assert (r.returncode, errors(r.stderr)) == (1, ["gazette: error: bad\\xff\\xfe.txt: is empty"])


def test_error_line_of_a_name_with_a_line_end_stays_one_line(tmp_path):
    (tmp_path / "two\nlines.txt").write_bytes(b"")
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    r = gazette("parse", "two\nlines.txt", "a.txt", "-f", "jsonl", cwd=tmp_path)
    assert errors(r.stderr) == ["gazette: error: two\\x0alines.txt: is empty"]


# --- special files in a walked tree -------------------------------------------------------


def test_walk_skips_a_fifo(tmp_path):
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    assert [f.relative.as_posix() for f in batch.discover([str(tmp_path)], recursive=True)] == ["a.txt"]


def test_batch_with_a_fifo_in_the_tree_does_not_hang(tmp_path):
    make = tmp_path / "in"
    make.mkdir()
    (make / "a.txt").write_text(NOTICE, encoding="utf-8")
    os.mkfifo(make / "b.txt")  # nobody ever writes to it: reading it would block for good
    (make / "c.txt").write_text(NOTICE, encoding="utf-8")
    r = gazette("parse", str(make), "-r", "-o", str(tmp_path / "out"), "-j", "1", timeout=60)
    assert (r.returncode, sorted(p.name for p in (tmp_path / "out").iterdir())) == (0, ["a.yaml", "c.yaml"])


def test_fifo_named_on_the_command_line_is_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    p = subprocess.Popen(
        [sys.executable, "-m", "gazette_cli", "parse", str(fifo), "-f", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    with open(fifo, "wb") as w:  # blocks until the command opens the FIFO for reading
        w.write(NOTICE.encode("utf-8"))
    out, err = p.communicate(timeout=60)
    assert (p.returncode, json.loads(out)["notices"][0]["doc_number"]) == (0, "济政字〔2022〕61号"), err


def test_symlink_loop_fails_alone(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(NOTICE, encoding="utf-8")
    (d / "l1.txt").symlink_to("l2.txt")
    (d / "l2.txt").symlink_to("l1.txt")
    (d / "z.txt").write_text(NOTICE, encoding="utf-8")
    r = gazette("parse", str(d), "-r", "-o", str(tmp_path / "out"))
    failed = [line.split(": ")[2] for line in errors(r.stderr)]
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert (r.returncode, failed, written) == (1, [str(d / "l1.txt"), str(d / "l2.txt")], ["a.yaml", "z.yaml"])


# --- file modes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)], ids=["umask-022", "umask-002", "umask-077"]
)
def test_output_file_follows_the_umask(tmp_path, umask, mode):
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    r = gazette("parse", "a.txt", "-o", "out/", cwd=tmp_path, umask=umask)
    assert (r.returncode, oct(stat.S_IMODE((tmp_path / "out/a.yaml").stat().st_mode))) == (0, oct(mode))


def test_overwritten_file_keeps_its_mode(tmp_path):
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out/a.yaml").write_text("old")
    (tmp_path / "out/a.yaml").chmod(0o640)
    r = gazette("parse", "a.txt", "-o", "out", "--force", cwd=tmp_path, umask=0o022)
    assert (r.returncode, oct(stat.S_IMODE((tmp_path / "out/a.yaml").stat().st_mode))) == (0, oct(0o640))


# --- stop signals --------------------------------------------------------------------------


def start_long_batch(tmp_path: Path, jobs: int) -> tuple[subprocess.Popen, Path]:
    """A batch with far more work than it can do before the signal (forty
    files of five samples each), started in its own process group; returns
    once its first output file exists, so the run is surely under way."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    data = SAMPLE.read_bytes() * 5
    for i in range(40):
        (inputs / f"{i:02d}.txt").write_bytes(data)
    out = tmp_path / "out"
    p = subprocess.Popen(
        [sys.executable, "-m", "gazette_cli", "parse", str(inputs), "-r", "-o", str(out), "-j", str(jobs)],
        stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while not any(out.glob("*.yaml")) and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    return p, out


@pytest.mark.parametrize(
    ("signum", "to_group", "jobs"),
    [
        pytest.param(signal.SIGTERM, False, 2, id="TERM-to-the-parent"),
        pytest.param(signal.SIGTERM, True, 2, id="TERM-to-the-group"),
        pytest.param(signal.SIGHUP, True, 2, id="HUP-to-the-group"),
        pytest.param(signal.SIGHUP, False, 1, id="HUP-one-process"),
    ],
)
def test_stop_signal_exits_128_plus_its_number_quietly_and_cleanly(tmp_path, signum, to_group, jobs):
    p, out = start_long_batch(tmp_path, jobs)
    if to_group:
        os.killpg(p.pid, signum)
    else:
        os.kill(p.pid, signum)
    _, err = p.communicate(timeout=90)
    leftovers = [x.name for x in out.iterdir() if not x.name.endswith(".yaml")]
    assert (p.returncode, err.decode("utf-8"), leftovers) == (
        128 + signum, f"gazette: stopped by {signal.Signals(signum).name}\n", []
    )


def test_stale_temporary_files_are_removed_by_the_next_run(tmp_path):
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / ".a.yaml.k3_x9q0w.tmp").write_text("schema_version: '1.")  # what SIGKILL mid-write leaves
    (out / ".notes.tmp").write_text("the user's")  # not ours: kept
    live = out / ".b.yaml.q8w7e6r5.tmp"  # a batch writing into the same folder right now: kept
    with open(live, "wb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        r = gazette("parse", "a.txt", "-o", "out", cwd=tmp_path)
        left = sorted(p.name for p in out.iterdir())
    assert (r.returncode, left) == (0, [".b.yaml.q8w7e6r5.tmp", ".notes.tmp", "a.yaml"])


def test_a_temporary_file_taken_while_being_created_is_made_again(tmp_path, monkeypatch):
    # The other run's cleaner removes it between mkstemp and the lock: the
    # write goes to a fresh temporary file instead of a name no longer linked.
    import tempfile

    real = tempfile.mkstemp
    calls = []

    def mkstemp_then_removed(*args, **kwargs):
        fd, name = real(*args, **kwargs)
        calls.append(name)
        if len(calls) == 1:
            batch.remove_stale_temporaries(tmp_path)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_then_removed)
    batch.write_atomic(tmp_path / "x.yaml", b"data")
    assert (len(calls), sorted(p.name for p in tmp_path.iterdir()), (tmp_path / "x.yaml").read_bytes()) == (
        2, ["x.yaml"], b"data"
    )


# --- output encoding -----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gb18030", "latin-1", "ascii"])
@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["parse", str(SAMPLE), "-f", "json"], id="json"),
        pytest.param(["parse", str(SAMPLE)], id="yaml"),
        pytest.param(["targets", str(SAMPLE), "-f", "csv"], id="csv"),
    ],
)
def test_output_is_utf8_whatever_the_locale(args, encoding):
    utf8 = gazette(*args, env={"PYTHONIOENCODING": "utf-8"})
    other = gazette(*args, env={"PYTHONIOENCODING": encoding})
    assert (other.returncode, other.stdout) == (0, utf8.stdout)


def test_error_line_is_utf8_whatever_the_locale(tmp_path):
    (tmp_path / "公报.txt").write_bytes(b"")
    r = gazette("parse", "公报.txt", cwd=tmp_path, env={"PYTHONIOENCODING": "latin-1"})
    assert (r.returncode, r.stderr.decode("utf-8")) == (2, "gazette: error: 公报.txt: is empty\n")


# --- the summary ---------------------------------------------------------------------------


def test_summary_counts_only_what_was_written(tmp_path):
    # out/a.yaml is an input, so its parse (one notice) is refused at write time.
    (tmp_path / "out").mkdir()
    (tmp_path / "out/a.yaml").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NOTICE, encoding="utf-8")
    r = gazette("parse", "out/a.yaml", "b.txt", "-o", "out", "--force", cwd=tmp_path)
    last = r.stderr.decode("utf-8").splitlines()[-1]
    assert (r.returncode, last.rsplit(", ", 1)[0]) == (1, "gazette: 2 files, 1 notices, 0 targets, 1 failed")
