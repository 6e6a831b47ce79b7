"""The CPUs this process may run on: how many workers a batch starts, and
whether one file's PDF pages are read by a second process.  A module of its
own so that a command reading one file does not load the batch machinery."""

from __future__ import annotations

import os


def default_jobs() -> int:
    """The number of CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
