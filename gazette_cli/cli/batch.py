"""Batch conversion: many inputs, one output each (or one JSON line each).

In: the paths a user named (files, directories, ``-``).  Out: an ordered
stream of :class:`Result` records, one per input file, and — with an output
directory — one file per input written atomically.

Guarantees:

* Results come back in input order whatever the number of worker processes,
  and each result's text is byte-identical to a one-process run.
* A failing input gives a failed :class:`Result`; it never stops the others.
* An output file is either absent or complete: it is written to a temporary
  file in its own directory and renamed into place.  Without ``overwrite`` an
  existing file is never replaced (the rename is a no-clobber hard link).
* An output path never lies outside the output directory and never is one
  of the inputs.

Output names (:func:`plan`): a file named on the command line becomes
``OUT/<stem>.<ext>``; a file found under a directory argument keeps its path
relative to that directory (``archive/2022/20.txt`` → ``OUT/2022/20.yaml``),
so files of the same name in different sub-directories stay apart.  If two
inputs still map to the same name (``a/x.txt`` and ``b/x.txt`` given as files,
or ``x.txt`` beside ``x.text``), the later ones in input order get ``.2``,
``.3`` … before the extension (``x.2.yaml``); names are compared
case-insensitively so that case-insensitive file systems do not merge them.

This module never imports rich; progress display is the caller's.
"""

from __future__ import annotations

import os
import re
import signal
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GazetteError, InputError, OutputError
from ..records import record
from ..sources.text import shown_name
from .cpus import default_jobs

if TYPE_CHECKING:  # the PDF reader loads only for a PDF input
    from ..sources.pdf_options import PdfOptions

try:
    import fcntl
except ImportError:  # not POSIX: no locks, so stale temporary files are not removed
    fcntl = None  # type: ignore[assignment]

#: Suffixes of the files a directory walk picks up (compared case-insensitively).
TEXT_SUFFIXES = (".txt", ".pdf", ".html", ".htm", ".docx", ".xlsx")

#: Output file extension of each format that can be written to a directory.
EXTENSIONS = {"yaml": ".yaml", "json": ".json"}

STDIN = "-"


@record
class Found:
    """One input file: how the user reaches it, and its name relative to the
    argument that named it (the base of its output name)."""

    path: str  # as given or as walked (``-`` for standard input)
    relative: Path  # output base: the file name, or the path under the directory argument


@record
class Job:
    index: int
    path: str
    output: Path | None  # None: the text goes to the caller (stdout)


@record
class Result:
    """The outcome of one input.  ``text`` is the rendered output of a success,
    ``error`` the one-line reason of a failure (already naming the file)."""

    index: int
    path: str
    output: Path | None
    text: str | None = None
    error: str | None = None
    exit_code: int = 0
    notices: int = 0
    targets: int = 0
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class Summary:
    files: int = 0
    notices: int = 0
    targets: int = 0
    failures: int = 0
    skipped: int = 0  # outputs that existed (--skip-existing): not parsed
    seconds: float = 0.0
    written: list[Path] = field(default_factory=list)

    def add(self, result: Result) -> None:
        """Count one result; the notices and targets of a failure (a parse that
        could not be written included) are not counted, as they are nowhere."""
        self.files += 1
        if result.ok:
            self.notices += result.notices
            self.targets += result.targets
        self.failures += not result.ok

    def line(self) -> str:
        """``3 files, 15 notices, 42 targets, 0 failed, 1.2 s`` (and ``2 skipped``
        before the time when some were)."""
        plural = "" if self.files == 1 else "s"
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (
            f"{self.files} file{plural}, {self.notices} notices, {self.targets} targets, "
            f"{self.failures} failed{skipped}, {self.seconds:.1f} s"
        )


# --- discovery -----------------------------------------------------------------


def _walk(root: Path, exclude: Path | None) -> list[Path]:
    """Text files under ``root``, sorted by their relative path (so the order
    does not depend on the file system); hidden entries and ``exclude`` (the
    output directory) skipped; directory symlinks not followed (no loops).

    Only regular files are taken (a FIFO, socket or device named ``x.txt``
    would block the batch or read forever), and symlinks to them.  A symlink
    that leads nowhere (dangling, or a loop) is taken too, so that it fails
    as one input with its own error line instead of vanishing."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=_raise_walk_error):
        here = Path(dirpath)
        dirnames[:] = [
            d for d in dirnames if not d.startswith(".") and not (exclude is not None and _same(here / d, exclude))
        ]
        for name in filenames:
            if not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES) and _regular_or_broken(here / name):
                found.append(here / name)
    found.sort(key=lambda p: p.relative_to(root).as_posix())
    return found


def _regular_or_broken(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def _raise_walk_error(error: OSError) -> None:
    raise InputError(f"{shown_name(error.filename)}: cannot be listed ({error.strerror or error})")


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False


def _real(path: Path) -> Path:
    """``path`` with its symlinks resolved, as far as they lead: a symlink loop
    (which :meth:`Path.resolve` refuses with RuntimeError) stays as it is."""
    return Path(os.path.realpath(path))


def discover(inputs: Iterable[str], recursive: bool = False, exclude: Path | None = None) -> list[Found]:
    """The input files named by ``inputs``, in order, each once.

    A directory needs ``recursive`` (its ``*.txt``, ``*.pdf``, ``*.html``, ``*.htm``, ``*.docx`` and ``*.xlsx`` files, at any depth).  A
    missing path or a directory without ``recursive`` raises
    :class:`InputError` before any work starts: these are usage errors, not
    failures of one file.
    """
    found: list[Found] = []
    seen: set[str] = set()
    for arg in inputs:
        if arg == STDIN:
            if STDIN in seen:
                raise InputError("standard input (-) can be read only once")
            seen.add(STDIN)
            found.append(Found(STDIN, Path("stdin")))
            continue
        p = Path(arg)
        if p.is_dir():
            if not recursive:
                raise InputError(f"{shown_name(p)}: is a directory; add --recursive to convert the .txt, .pdf, .html, .docx and .xlsx files in it")
            for f in _walk(p, exclude):
                key = str(_real(f))
                if key not in seen:
                    seen.add(key)
                    found.append(Found(str(f), f.relative_to(p)))
            continue
        if not p.exists():
            raise InputError(f"{shown_name(p)}: no such file")
        key = str(_real(p))
        if key not in seen:
            seen.add(key)
            found.append(Found(str(p), Path(p.name)))
    return found


# --- output names ----------------------------------------------------------------


def plan(found: list[Found], out_dir: Path | None, fmt: str) -> list[Job]:
    """One job per input; with ``out_dir``, its output path (see the module
    docstring for the naming rule).  Deterministic: the same inputs in the
    same order always get the same names.

    >>> jobs = plan([Found("a/x.txt", Path("x.txt")), Found("b/x.txt", Path("x.txt"))], Path("out"), "yaml")
    >>> [str(j.output) for j in jobs]
    ['out/x.yaml', 'out/x.2.yaml']
    """
    if out_dir is None:
        return [Job(i, f.path, None) for i, f in enumerate(found)]
    ext = EXTENSIONS[fmt]
    taken: set[str] = set()
    jobs: list[Job] = []
    for i, f in enumerate(found):
        base = f.relative.with_suffix("") if f.relative.suffix else f.relative
        rel = base.with_name(base.name + ext)
        n = 1
        while rel.as_posix().casefold() in taken:
            n += 1
            rel = base.with_name(f"{base.name}.{n}{ext}")
        taken.add(rel.as_posix().casefold())
        jobs.append(Job(i, f.path, out_dir / rel))
    return jobs


def check_output(path: Path, out_dir: Path, inputs: set[Path]) -> None:
    """Refuse an output path that would escape ``out_dir`` (through a symlinked
    sub-directory) or land on an input file."""
    real_dir = _real(out_dir)
    real = _real(path.parent) / path.name
    if real.is_symlink():
        real = _real(real)
    if not real.is_relative_to(real_dir):
        raise OutputError(f"{shown_name(path)}: would be written outside {shown_name(out_dir)} (a symlink leads out); not written")
    if real in inputs:
        raise OutputError(f"{shown_name(path)}: is one of the inputs; not overwritten")


# --- atomic write ------------------------------------------------------------------


def write_atomic(path: Path, data: bytes, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` so that ``path`` is never seen half-written.

    The data goes to a temporary file in the same directory (same file
    system, so the rename is atomic), is flushed to disk, and is then moved
    into place: with ``overwrite`` by :func:`os.replace`, without it by a hard
    link, which fails if ``path`` exists — so a file created meanwhile by
    someone else is not clobbered either.  The temporary file is removed on
    every failure, Ctrl-C included; one left by a killed process is removed
    by :func:`remove_stale_temporaries`.

    The file gets the mode a shell redirect would give it: 0666 less the
    umask, or the mode of the file it replaces.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not overwrite and path.exists():
        raise OutputError(f"{shown_name(path)}: exists; use --force to overwrite it")
    mode = _redirect_mode(path, overwrite)
    # A stop signal between the temporary file's creation and the try below
    # would leave it behind: the signals wait until the try has begun.
    held = _hold(_STOP_SIGNALS)
    try:
        fd, tmp = _temporary(path)
    except BaseException:
        _hold(held, release=True)
        raise
    try:
        _hold(held, release=True)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            try:
                os.fchmod(f.fileno(), mode)
            except OSError:  # a file system without modes (FAT, some network mounts)
                pass
            os.fsync(f.fileno())
            _move(tmp, path, overwrite)  # while the lock on the temporary file is held
    except BaseException:
        _unlink(tmp)
        raise
    _unlink(tmp)


def _move(tmp: str, path: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise OutputError(f"{shown_name(path)}: exists; use --force to overwrite it") from None
    except OSError:
        # A file system without hard links: check-then-rename is the best left.
        if path.exists():
            raise OutputError(f"{shown_name(path)}: exists; use --force to overwrite it") from None
        os.replace(tmp, path)


def _redirect_mode(path: Path, overwrite: bool) -> int:
    if overwrite:
        try:
            return stat.S_IMODE(os.stat(path).st_mode) & 0o777
        except OSError:
            pass
    umask = os.umask(0o077)  # the only way to read it before Python 3.13; set back at once
    os.umask(umask)
    return 0o666 & ~umask


#: Our temporary files: ``.<output name>.<8 characters from mkstemp>.tmp``.
_TEMPORARY = re.compile(r"\..+\.(?:yaml|json)\.[a-z0-9_]{8}\.tmp")


def _hold(signals, release: bool = False):
    """Block ``signals`` (returning the ones newly blocked), or with ``release``
    unblock them; a platform without signal masks does nothing."""
    if not hasattr(signal, "pthread_sigmask") or not signals:
        return frozenset()
    if release:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, signals)
        return frozenset()
    before = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    return frozenset(signals) - set(before)


def _temporary(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path``, open and locked (``flock``): a
    lock held means a live writer, and the lock goes when its process does,
    however it dies."""
    import tempfile

    while True:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        if fcntl is None:
            return fd, tmp
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # no locks on this file system: nothing removes it then either
            return fd, tmp
        if os.fstat(fd).st_nlink:
            return fd, tmp
        # Taken for a stale one between its creation and the lock: make another.
        os.close(fd)


def remove_stale_temporaries(directory: Path) -> list[Path]:
    """Remove the temporary files of :func:`write_atomic` that a killed run
    (SIGKILL, a crash, a power cut) left in ``directory``: those whose lock no
    process holds.  A batch writing into the same directory meanwhile keeps
    its own.  Returns what was removed; a directory that cannot be read is
    left alone."""
    if fcntl is None:
        return []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    removed: list[Path] = []
    for entry in entries:
        if not _TEMPORARY.fullmatch(entry.name):
            continue
        try:
            fd = os.open(entry.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:  # gone meanwhile, a symlink, or not ours to read
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:  # locked: a live writer's
            continue
        finally:
            os.close(fd)
    return removed


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


# --- conversion (runs in the workers) ----------------------------------------------


@record
class Options:
    fmt: str = "yaml"  # yaml, json, jsonl
    encoding: str | None = None
    punct: str = "cjk"
    overwrite: bool = False
    profile: str = "default"  # the gazette profile (see gazette_cli.profile)
    pdf: PdfOptions | None = None  # how to read PDF inputs (password, pages)
    max_bytes: int | None = None  # the byte limit of one input (None: the library's default)


def render(data: dict, fmt: str) -> str:
    """The text of one output: YAML, indented JSON, or one JSON line."""
    from ..output.serialize import to_json, to_yaml

    if fmt == "yaml":
        return to_yaml(data)
    if fmt == "jsonl":
        return to_json(data, indent=None) + "\n"
    return to_json(data) + "\n"


def convert(job: Job, options: Options, stdin: bytes | None = None) -> Result:
    """Parse and render one input; every failure becomes a failed Result."""
    from ..output.serialize import to_dict
    from ..pipeline import parse_bytes, parse_path

    if job.output is not None and not options.overwrite and job.output.exists():
        # Checked again at write time; this only saves parsing for nothing.
        return Result(job.index, job.path, job.output, error=f"{shown_name(job.output)}: exists; use --force to overwrite it", exit_code=2)
    from ..sources.text import MAX_BYTES

    limit = MAX_BYTES if options.max_bytes is None else options.max_bytes
    try:
        if job.path == STDIN:
            doc = parse_bytes(stdin or b"", "<stdin>", options.encoding, options.punct, max_bytes=limit, profile=options.profile, pdf=options.pdf)
        else:
            doc = parse_path(job.path, encoding=options.encoding, punct=options.punct, max_bytes=limit, profile=options.profile, pdf=options.pdf)
        text = render(to_dict(doc), options.fmt)
    except GazetteError as e:
        return Result(job.index, job.path, job.output, error=str(e), exit_code=e.exit_code)
    except RecursionError:
        return Result(job.index, job.path, job.output, error=f"{shown_name(job.path)}: nested too deeply to parse", exit_code=2)
    except MemoryError:
        return Result(job.index, job.path, job.output, error=f"{shown_name(job.path)}: too large to parse in memory", exit_code=2)
    except Exception as e:  # a bug: keep the batch going, name the file, ask for a report
        reason = f"internal error: {type(e).__name__}: {e}".splitlines()[0]
        return Result(job.index, job.path, job.output, error=f"{shown_name(job.path)}: {reason} (please report it with the input)", exit_code=3)
    return Result(
        job.index,
        job.path,
        job.output,
        text=text,
        notices=len(doc.notices),
        targets=sum(len(n.targets) for n in doc.notices),
        warnings=doc.warnings,
    )


# The options of the current pool, set once per worker by the initializer
# (so they are not pickled with every job).
_WORKER_OPTIONS = Options()


#: The signals that stop a batch; the parent alone acts on them.
_STOP_SIGNALS = frozenset(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))

#: How long the pool's own clean-up may take before the workers are killed.
_TERMINATE_SECONDS = 10.0


def _worker_init(options: Options) -> None:
    # Ctrl-C and a hang-up go to the whole process group: the parent alone
    # handles them and terminates the workers (with SIGTERM, which must
    # therefore kill them quietly, whatever handler they inherited).  The
    # worker was forked with these signals blocked (see run): one sent
    # meanwhile waits, and acts now, by the rules just set.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options


def _worker_convert(job: Job) -> Result:
    return convert(job, _WORKER_OPTIONS)


def run(jobs: list[Job], options: Options, workers: int | None = None, stdin: bytes | None = None) -> Iterator[Result]:
    """Convert ``jobs`` and yield their results in input order.

    With ``workers`` > 1 the jobs run in that many worker processes; the
    results (and so every byte of output) are the same as with one.  If the
    consumer stops early or Ctrl-C arrives, the workers are terminated.
    Nothing is written here: the caller writes (see :func:`write_atomic`),
    so a worker killed mid-job leaves no file behind.
    """
    workers = default_jobs() if workers is None else workers
    workers = max(1, min(workers, len(jobs)))
    if workers == 1 or any(j.path == STDIN for j in jobs):
        for job in jobs:
            yield convert(job, options, stdin)
        return
    import multiprocessing

    # fork is the cheapest start (the pipeline is already imported); where it
    # does not exist the platform default is used.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    # The workers, and the pool's threads that fork replacements, start with
    # the stop signals blocked: a signal landing in a child between fork and
    # its initializer would otherwise be lost (Python clears pending signals
    # after a fork), leaving a worker that never ends.
    masked = hasattr(signal, "pthread_sigmask")
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS) if masked else None
    try:
        pool = ctx.Pool(workers, initializer=_worker_init, initargs=(options,))
    except BaseException:
        if masked:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)
        raise
    try:
        if masked:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)
        results = pool.imap(_worker_convert, jobs, chunksize=1)
        for _ in jobs:
            yield _next(results, multiprocessing.TimeoutError)
        pool.close()
        pool.join()
    except BaseException:
        _terminate(pool, multiprocessing)
        raise


#: How long the main thread waits for a worker's result before it looks up again.
_WAKE_SECONDS = 0.5


def _next(results, timeout_error: type[Exception]) -> Result:
    """The next result of ``pool.imap``, waited for a little at a time.  A stop
    signal whose handler was due just as the main thread began an endless wait
    would never run (the signal had come, so no wait is interrupted), and the
    batch would wait for ever for results its killed workers never send: each
    short wait gives the handler its turn."""
    while True:
        try:
            return results.next(_WAKE_SECONDS)
        except timeout_error:
            continue


def _terminate(pool, multiprocessing) -> None:
    """``pool.terminate()``, bounded in time.  A worker killed from outside
    in the middle of a pipe message (SIGTERM to the whole process group) can
    leave the pool's clean-up waiting for ever; the workers are then killed
    and left to the exit handlers."""
    import threading

    ender = threading.Thread(target=pool.terminate, daemon=True)
    ender.start()
    ender.join(_TERMINATE_SECONDS)
    if ender.is_alive():
        for child in multiprocessing.active_children():
            child.kill()


def convert_all(
    jobs: list[Job],
    options: Options,
    workers: int | None = None,
    out_dir: Path | None = None,
    stdin: bytes | None = None,
    on_result: Callable[[Result], None] | None = None,
) -> Summary:
    """Run the batch, write each output file (when the job has one) and call
    ``on_result`` with every result in input order (writing failures turned
    into failed results).  Returns the summary."""
    import time

    start = time.perf_counter()
    summary = Summary()
    inputs = {_real(Path(j.path)) for j in jobs if j.path != STDIN}
    for directory in sorted({j.output.parent for j in jobs if j.output is not None}):
        remove_stale_temporaries(directory)
    # closing: a stop while writing or reporting terminates the workers at once.
    with closing(run(jobs, options, workers, stdin)) as results:
        for result in results:
            if result.ok and result.output is not None:
                result = _write(result, out_dir or result.output.parent, inputs, options.overwrite)
            summary.add(result)
            if result.ok and result.output is not None:
                summary.written.append(result.output)
            if on_result is not None:
                on_result(result)
    summary.seconds = time.perf_counter() - start
    return summary


def _write(result: Result, out_dir: Path, inputs: set[Path], overwrite: bool) -> Result:
    from dataclasses import replace

    assert result.output is not None and result.text is not None
    try:
        check_output(result.output, out_dir, inputs)
        write_atomic(result.output, result.text.encode("utf-8"), overwrite)
    except GazetteError as e:
        return replace(result, text=None, error=str(e), exit_code=e.exit_code)
    except OSError as e:
        return replace(result, text=None, error=f"{shown_name(result.output)}: cannot be written ({e.strerror or e})", exit_code=2)
    return replace(result, text=None)  # the text is on disk; do not keep it


def plan_batch(inputs: list[str], out_dir: Path | None, fmt: str, recursive: bool = False) -> list[Job]:
    """Discovery and naming in one call (what ``gazette parse`` does)."""
    if out_dir is not None:
        if out_dir.exists() and not out_dir.is_dir():
            raise OutputError(f"{shown_name(out_dir)}: exists and is not a directory")
        if fmt not in EXTENSIONS:
            raise OutputError(f"--format {fmt} writes to standard output; use yaml or json with -o")
    return plan(discover(inputs, recursive, exclude=out_dir), out_dir, fmt)


def read_stdin_if_named(jobs: list[Job], max_bytes: int | None = None) -> bytes | None:
    """Standard input is read once, in this process, before the workers start
    (one byte over ``max_bytes`` at most, so that the parse refuses it)."""
    from ..sources.text import MAX_BYTES

    if any(j.path == STDIN for j in jobs):
        return sys.stdin.buffer.read((MAX_BYTES if max_bytes is None else max_bytes) + 1)
    return None
