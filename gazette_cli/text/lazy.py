"""Patterns compiled on first use instead of at import.

The regex module compiles a pattern in Python, and the package has close to
two hundred of them: compiling them all at import was most of the time the
``gazette`` command took before reading a byte, and a parse uses only some
of them (a PDF, a table or a rare notice form needs the others).

:func:`lazy` takes what :func:`regex.compile` takes and returns a stand-in
that compiles the pattern the first time any of its attributes is read.  Each
attribute read once (``search``, ``finditer``, ``groupindex`` …) is then kept
on the stand-in, so later calls cost what calls on the compiled pattern cost.
``.pattern`` is the source and never compiles: tables build their combined
patterns and prefilters from it.

A wrong pattern raises on first use rather than at import;
``tests/test_regex_guard.py`` compiles and runs every module-level one.

The ``gazette`` command also keeps the compiled form of its patterns between
runs (:func:`use_cache`), as Python keeps bytecode: a compiled regex pattern
is picklable as its compiled code, and rebuilding it from that code takes a
fraction of compiling it from source.  The few patterns that run on the
standard library's engine (it scans some simple classes faster) are kept as
the code its compiler hands to ``_sre``: the thirty a parse uses took 12 ms
to compile, a tenth of the command's time.  The cache is one file per regex,
Python and ``_sre`` version, owned by the user and written atomically; a
file that cannot be read, or that anyone else could have written, is
ignored, and an entry that does not rebuild is compiled from its source.
The library alone writes nothing.

Rebuilding needs only the regex module's compiled core, not its pattern
compiler (Python, a tenth of a run to import): modules name the flags they
use from here (:data:`VERBOSE` …), and the core is loaded alone
(:func:`_core`) until some pattern must be compiled from its source.
"""

from __future__ import annotations

import copyreg
import marshal
import os
import re
import sys
from pathlib import Path
from types import ModuleType

#: The flags of the regex module the package's patterns use, by value: a
#: module can name them without importing regex (tests check the values).
MULTILINE, DOTALL, VERBOSE, REVERSE = 8, 16, 64, 1024

#: The regex module's engine, named rather than imported (see :func:`_core`).
REGEX = "regex"


class LazyPattern:
    """A pattern that compiles when first used (see the module's description)."""

    def __init__(self, pattern: str, flags: int = 0, engine: ModuleType | str = REGEX) -> None:
        self.pattern = pattern
        self._flags = flags
        self._engine = engine

    def compiled(self):
        """The compiled pattern (compiled now if it was not yet)."""
        try:
            return self.__dict__["_compiled"]
        except KeyError:
            compiled = self.__dict__["_compiled"] = _compile(self.pattern, self._flags, self._engine)
            return compiled

    def __getattr__(self, name: str):
        # Only called for an attribute not yet kept: the first use of each.
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0, engine: ModuleType | str = REGEX) -> LazyPattern:
    """``engine.compile(pattern, flags)``, done on first use.

    >>> p = lazy(r"[0-9]+")
    >>> "_compiled" in vars(p), p.pattern
    (False, '[0-9]+')
    >>> p.search("第12号").group(), "_compiled" in vars(p)
    ('12', True)
    """
    return LazyPattern(pattern, flags, engine)


# --- the compiled patterns, kept between runs ----------------------------------------

#: (pattern, flags) → the arguments that rebuild the compiled pattern (its pickled form).
_loaded: dict[tuple, tuple] = {}
_compiled_now: dict[tuple, tuple] = {}
_cache_file: Path | None = None
#: More entries than this (patterns of many releases) and only this run's are kept.
_MAX_ENTRIES = 2000


def _compile(pattern: str, flags: int, engine: ModuleType | str):
    if _cache_file is None or (engine != REGEX and engine is not re):
        return (_regex_module() if engine == REGEX else engine).compile(pattern, flags)
    # The two engines' entries apart: a stdlib one's key ends with "re".
    key = (pattern, int(flags)) if engine == REGEX else (pattern, int(flags), "re")
    data = _loaded.get(key)
    if data is not None:
        try:
            rebuilt = _core().compile(*data) if engine == REGEX else _sre_compile(*data)
            _compiled_now[key] = data
            return rebuilt
        except Exception:  # a stale or foreign entry: compile from the source
            pass
    if engine == REGEX:
        regex = _regex_module()
        compiled = regex.compile(pattern, flags)
        _compiled_now[key] = copyreg.dispatch_table[regex.Pattern](compiled)[1]
        return compiled
    try:
        data = _sre_code(pattern, flags)
    except Exception:  # another Python's compiler: compiled as usual, and not kept
        return re.compile(pattern, flags)
    _compiled_now[key] = data
    return _sre_compile(*data)


def _sre_code(pattern: str, flags: int) -> tuple:
    """The arguments ``re``'s compiler hands ``_sre.compile`` for ``pattern``
    (what :func:`re._compiler.compile` does, with the code kept)."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(p, flags)))  # named int constants: plain ints marshal
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _sre_compile(pattern: str, flags: int, code: list, groups: int, groupindex: dict, indexgroup: tuple):
    """A stdlib pattern from its code; ``_sre`` checks the code and raises on a wrong one."""
    import _sre

    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _regex_module() -> ModuleType:
    import regex

    return regex


def _core() -> ModuleType:
    """``regex._regex``, the regex module's compiled core: what rebuilds a
    pattern from its code (pickle calls its ``compile``).

    While nothing has imported the regex module, its core is loaded alone:
    the module's pattern compiler, in Python, takes a tenth of a run to
    import, and a run whose patterns the cache holds never compiles one.  A
    later ``import regex`` takes this core from ``sys.modules``.  Where it
    cannot be loaded alone, the whole module is imported.
    """
    core = sys.modules.get("regex._regex")
    if core is not None:
        return core
    try:
        from importlib.machinery import EXTENSION_SUFFIXES
        from importlib.util import find_spec, module_from_spec, spec_from_file_location

        package = find_spec("regex")
        folders = list(package.submodule_search_locations or ()) if package else []
        path = next(p for folder in folders for p in (os.path.join(folder, "_regex" + s) for s in EXTENSION_SUFFIXES) if os.path.isfile(p))
        spec = spec_from_file_location("regex._regex", path)
        core = module_from_spec(spec)
        spec.loader.exec_module(core)
        if not callable(getattr(core, "compile", None)):
            raise ImportError("not regex's core")
    except Exception:  # an unusual installation: the whole module
        return _regex_module()._regex
    return sys.modules.setdefault("regex._regex", core)


def cache_path(folder: str | Path) -> Path:
    """The cache file in ``folder`` for this build of regex's core (its code's
    format, and the file's size and time: another release or build is another
    file) and this Python version."""
    import _sre

    core = _core()
    try:
        st = os.stat(core.__file__)
        stamp = f"{st.st_size:x}-{st.st_mtime_ns:x}"
    except (AttributeError, TypeError, OSError):  # a core built into Python
        stamp = "builtin"
    v = sys.version_info
    build = f"{getattr(core, 'MAGIC', 0)}-{getattr(core, 'CODE_SIZE', 0)}-{stamp}"
    return Path(folder) / f"patterns-regex{build}-py{v.major}.{v.minor}-sre{_sre.MAGIC}.marshal"


def default_folder() -> Path | None:
    """``$GAZETTE_CACHE`` (``off`` or empty: none), else the user's cache
    folder (``$XDG_CACHE_HOME`` or ``~/.cache``) + ``gazette-cli``."""
    chosen = os.environ.get("GAZETTE_CACHE")
    if chosen is not None:
        return None if chosen.strip() in ("", "off") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return None if base.startswith("~") else Path(base) / "gazette-cli"


def use_cache(folder: str | Path | None) -> None:
    """Rebuild regex patterns from the cache file in ``folder`` when it holds
    them (None: no cache).  Call :func:`save_cache` at the end of the run."""
    global _cache_file
    _cache_file = None if folder is None else cache_path(folder)
    _loaded.clear()
    if _cache_file is None:
        return
    try:
        with open(_cache_file, "rb") as f:
            st = os.fstat(f.fileno())
            if st.st_uid != os.getuid() or st.st_mode & 0o022:
                return  # someone else could have written it
            data = marshal.loads(f.read(64 << 20))
        if isinstance(data, dict):
            _loaded.update((k, v) for k, v in data.items() if isinstance(k, tuple) and isinstance(v, tuple))
    except (OSError, EOFError, ValueError, TypeError, AttributeError):
        _loaded.clear()


def save_cache() -> None:
    """Write the cache file if this run compiled a pattern it did not hold;
    any failure (a read-only home, a full disk) leaves things as they were."""
    if _cache_file is None or all(k in _loaded for k in _compiled_now):
        return
    entries = {**_loaded, **_compiled_now}
    if len(entries) > _MAX_ENTRIES:
        entries = dict(_compiled_now)
    import tempfile

    try:
        _cache_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".patterns.", dir=_cache_file.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(entries))
            os.replace(tmp, _cache_file)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass
    _loaded.update(_compiled_now)
