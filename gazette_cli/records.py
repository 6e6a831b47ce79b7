"""``@record``: ``@dataclass(frozen=True, slots=True)``, cheaper to define.

The dataclass decorator writes six methods for each frozen class as source
text and compiles each one on its own; with some fifty classes, that was a
quarter of the time the pipeline took to import (model.py alone: 16 ms).
Three of the six (``__eq__``, ``__hash__``, ``__repr__``) read the same fields
in the same way in every class, so :func:`record` asks the decorator for the
other three and gives each class shared ones, driven by an
:func:`operator.attrgetter` of its fields.

They behave as the generated ones: equal when of the same class with equal
fields (``compare=False`` fields left out), the hash of the tuple of those
fields (so sets and dicts of records iterate as before), and the same repr.
:func:`dataclasses.fields`, :func:`~dataclasses.replace` and
:func:`~dataclasses.asdict` work as on any dataclass.

>>> @record
... class Pair:
...     a: int
...     b: str = "x"
>>> Pair(1), Pair(1) == Pair(1, "x"), hash(Pair(1)) == hash((1, "x"))
(Pair(a=1, b='x'), True, True)
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter


def _eq(self, other):
    if other.__class__ is self.__class__:
        return self.__record_key__(self) == other.__record_key__(other)
    return NotImplemented


def _hash(self) -> int:
    return hash(self.__record_key__(self))


def _repr(self) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_repr__)
    return f"{self.__class__.__qualname__}({shown})"


def _key(names: tuple[str, ...]):
    """A function of a record that gives the tuple of its ``names`` fields."""
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda obj: (get(obj),)
    if not names:
        return lambda obj: ()
    return attrgetter(*names)


def record(cls: type) -> type:
    """``@dataclass(frozen=True, slots=True)`` with shared ``__eq__``, ``__hash__`` and ``__repr__``."""
    cls = dataclass(frozen=True, slots=True, eq=False, repr=False)(cls)
    compared = tuple(f.name for f in fields(cls) if f.compare)
    hashed = tuple(f.name for f in fields(cls) if (f.compare if f.hash is None else f.hash))
    if hashed != compared:  # not needed by any record so far
        raise TypeError(f"{cls.__name__}: hash=… on a field is not supported by @record")
    cls.__record_key__ = staticmethod(_key(compared))
    cls.__record_repr__ = tuple(f.name for f in fields(cls) if f.repr)
    cls.__eq__ = _eq
    cls.__hash__ = _hash
    cls.__repr__ = _repr
    return cls
