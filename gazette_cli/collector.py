"""Python's cyclic garbage collector, paused while a text is parsed or a PDF read."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused_collector():
    """Pause Python's cyclic garbage collector for the duration of a parse
    (or of a PDF's reading).

    The pipeline builds large acyclic structures (tuples of frozen
    dataclasses and strings) that reference counting frees on its own; the
    cyclic collector only rescans them, more often the larger the input, which
    made parse time grow faster than the input (100× the sample took 139× the
    time; 100× without the collector). The previous state is restored.

    A paused collector still counts allocations, so the first allocation
    after the pause ran a young-generation collection over every object the
    parse made (1–1.5 ms of a 30 ms parse of the sample), though a parse
    leaves no cycles to collect.  Moving the young objects to the oldest
    generation first (``freeze`` then ``unfreeze``: two list splices, and the
    allocation count reset) spares that scan; they, and whatever young
    objects the caller had, are then scanned with the old ones, as survivors
    would be.  Skipped when the caller has frozen objects of its own, which
    ``unfreeze`` would release.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()
