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

import os
import subprocess
import sys
from pathlib import Path


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


# --- the summary ---------------------------------------------------------------------------


def test_summary_counts_only_what_was_written(tmp_path):
    # out/a.yaml is an input, so its parse (one notice) is refused at write time.
    (tmp_path / "out").mkdir()
    (tmp_path / "out/a.yaml").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NOTICE, encoding="utf-8")
    r = gazette("parse", "out/a.yaml", "b.txt", "-o", "out", "--force", cwd=tmp_path)
    last = r.stderr.decode("utf-8").splitlines()[-1]
    assert (r.returncode, last.rsplit(", ", 1)[0]) == (1, "gazette: 2 files, 1 notices, 0 targets, 1 failed")
