"""PDFium functions called once per character or per page object, bound for speed.

pypdfium2's functions convert each argument by its declared type and, as
every ctypes function of a shared library, let go of Python's global lock
for the call and take it back after.  A page has thousands of characters and
of objects, each asked of PDFium in a call that takes well under a
microsecond inside it: the bare function (:func:`bare`) skips both, about a
fifth of the cost of each call.  Holding the lock through such a call stops
no other thread for longer than the call.
"""

from __future__ import annotations

import ctypes


def bare(function, restype):
    """``function`` (a pypdfium2 raw function) called without converting its
    arguments and without letting go of the global lock; it returns a
    ``restype``."""
    return ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)
