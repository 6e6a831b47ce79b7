"""``@record``: ``@dataclass(frozen=True, slots=True)``, cheaper to define.

The dataclass decorator writes six methods for each frozen class as source
text and compiles each one on its own; with some fifty classes, that was a
quarter of the time the pipeline took to import (model.py alone: 16 ms).
Five of the six (``__eq__``, ``__hash__``, ``__repr__``, ``__setattr__``,
``__delattr__``) do the same thing in every class, so :func:`record` asks the
decorator for the fields and slots only, and gives each class shared
methods, driven by an :func:`operator.attrgetter` of its fields, and one
compiled ``__init__`` of its own (which must stay fast: parses build tens of
thousands of records), that sets each slot through its descriptor.

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

from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
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


def _setattr(self, name, value):
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self, name):
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


_MEMBER = type(type("_Slotted", (), {"__slots__": ("x",)}).__dict__["x"])  # a slot's descriptor


def _init(cls: type) -> None:
    """The class's ``__init__``, as the frozen dataclass one: every field set
    through ``object.__setattr__``, defaults and factories included."""
    params, body, scope = [], [], {"_set": object.__setattr__, "_MISSING": MISSING}
    for f in fields(cls):
        # A slot's own descriptor sets it without the look-up through the
        # class that object.__setattr__ makes (a third less per record).
        slot = cls.__dict__.get(f.name)
        setter = f"_s_{f.name}(self, {{}})" if type(slot) is _MEMBER else f"_set(self, {f.name!r}, {{}})"
        if type(slot) is _MEMBER:
            scope[f"_s_{f.name}"] = slot.__set__
        if f.default is not MISSING:
            scope[f"_d_{f.name}"] = f.default
        if f.default_factory is not MISSING:
            scope[f"_f_{f.name}"] = f.default_factory
        if f.init:
            if f.default is not MISSING:
                params.append(f"{f.name}=_d_{f.name}")
            elif f.default_factory is not MISSING:
                params.append(f"{f.name}=_MISSING")
            else:
                params.append(f.name)
            value = f"_f_{f.name}() if {f.name} is _MISSING else {f.name}" if f.default_factory is not MISSING else f.name
        elif f.default_factory is not MISSING:
            value = f"_f_{f.name}()"
        elif f.default is not MISSING:
            value = f"_d_{f.name}"
        else:
            continue
        body.append("    " + setter.format(value))
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    # As dataclass itself requires: no field without a default after one with a default.
    ordered = [p for p in params if "=" not in p] + [p for p in params if "=" in p]
    if ordered != params:
        raise TypeError(f"{cls.__name__}: a field without a default follows one with a default")
    source = f"def __init__(self{''.join(', ' + p for p in params)}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(source, scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init


def record(cls: type) -> type:
    """``@dataclass(frozen=True, slots=True)`` with shared ``__eq__``, ``__hash__``,
    ``__repr__``, ``__setattr__`` and ``__delattr__``."""
    undocumented = not cls.__doc__
    if undocumented:  # else dataclass writes one from inspect.signature, which is slow
        cls.__doc__ = cls.__name__
    cls = dataclass(init=False, slots=True, eq=False, repr=False)(cls)
    _init(cls)
    if undocumented:
        cls.__doc__ = f"{cls.__name__}({', '.join(f.name for f in fields(cls) if f.init)})"
    cls.__setattr__ = _setattr
    cls.__delattr__ = _delattr
    cls.__getstate__ = _getstate
    cls.__setstate__ = _setstate
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
