"""The parse's peak memory on inputs of very many short lines (issue #12,
item 18), each measured in a child process with tracemalloc (its peak is
exact and does not depend on what the allocator returns to the system).

A line of one byte must not cost a record, a list entry per column or a
copy per stage: a change that makes it cost one again shows here.  The
bounds are the goal (under 20x the file) where it is met, and a little over
today's figure where the structure of the output sets a floor (see README,
"Limits and guarantees"): a form feed alone is a line as read (a pointer)
and a page (its first line), its kind, indent and character: some 16 bytes a byte,
and the text the layout searches.  A line of text that is not wrapped is a
paragraph of its own, held as its line's number until it is asked for.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SIZE = 200_000  # bytes of each pattern
SAMPLE = ROOT / "samples" / "jinan-gazette-2022-20.txt"

_CHILD = r"""
import sys, tracemalloc
import gazette_cli
unit, size, head = sys.argv[1], int(sys.argv[2]), sys.argv[3]
data = head.encode() + unit.encode() * (size // len(unit.encode())) + "济南市人民政府".encode()
# Imports, and the patterns every rule compiles on its first use (a fixed cost
# of the process, some hundreds of kB, which would be most of the peak of a
# small file): the bundled sample uses nearly all of them.
gazette_cli.parse_bytes(open(sys.argv[4], "rb").read(), "warm-up")
tracemalloc.start()
doc = gazette_cli.parse_bytes(data, "hostile")
print(tracemalloc.get_traced_memory()[1] / len(data))
"""


@pytest.mark.parametrize(
    ("unit", "bound"),
    [
        pytest.param("\f", 20, id="form-feeds"),  # 15.1x (19.4x before the feeds were a range and split piece by piece)
        pytest.param("\n", 20, id="blank-lines"),  # 15x
        pytest.param("字\n", 20, id="one-character-lines"),  # 16x
        pytest.param("字\r", 20, id="cr-line-ends"),  # 16x
    ],
)
def test_parse_memory_of_many_short_lines(unit, bound):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _CHILD, unit, str(SIZE), "", str(SAMPLE)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    peak = float(out.stdout)
    assert peak < bound, f"parse peak {peak:.1f}x the file (bound {bound}x)"


_LETTER = "济南市人民政府\n关于聘任市政府参事的通知\n济政字〔2022〕61号\n各区县人民政府：\n"


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(_LETTER, id="in-a-letter"),  # was 82x
        pytest.param("关于做好某项工作的通知\n一、总则\n", id="in-a-clause"),  # was 68x
        pytest.param(_LETTER + "现印发。\n济南市人民政府\n2022年1月1日\n附件\n", id="in-an-attachment"),  # was 81x
    ],
)
def test_parse_memory_of_one_character_lines_wherever_they_stand(head):
    # The lines are a notice's letter, a clause's text or an attachment's
    # body: each of those reads the layout's blocks where they are and joins
    # their passages as it goes.  16x today.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _CHILD, "字\n", str(SIZE), head, str(SAMPLE)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    peak = float(out.stdout)
    assert peak < 20, f"parse peak {peak:.1f}x the file (bound 20x)"
