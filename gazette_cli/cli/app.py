"""The ``gazette`` command: the options are declared in :mod:`.args`, the work
is the library's, and this module joins the two.

Data goes to stdout (or the file ``-o`` names), diagnostics to stderr, one
line each.  Exit codes:

* 0 — success;
* 1 — some inputs of a batch failed (the others were converted), ``diff``
  found differences, or ``units --unit`` named no unit of the inputs;
* 2 — usage error, or the input cannot be used (missing, binary, undecodable, too large);
* 3 — an internal error (a bug: please report it with the input);
* 128 + the signal's number — stopped by a signal: 130 for SIGINT (Ctrl-C),
  143 for SIGTERM, 129 for SIGHUP; no output file is left half-written.

Output is UTF-8 whatever the locale.

Every import of the pipeline, YAML and rich happens inside the command that
needs it, so each run pays only for what it uses.
"""

from __future__ import annotations

import codecs
import gc
import io
import os
import signal
import sys
from pathlib import Path
from typing import Callable, NoReturn

from . import args as cli_args

EXIT_OK = 0
EXIT_FAILURES = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

VERSION = "0.1.0"

_DEFAULT_MAX_BYTES = cli_args.DEFAULT_MAX_BYTES


class _Run:
    """What every command shares: quiet, colour, and the ways out."""

    def __init__(self, ns) -> None:
        self.ns = ns
        self.command: str = ns.command
        self.quiet: bool = getattr(ns, "quiet", False)

    def color(self, stream=None) -> bool:
        """--color always/never, or auto: a terminal, unless NO_COLOR is set
        (https://no-color.org) or TERM is dumb."""
        choice = getattr(self.ns, "color", "auto")
        if choice != "auto":
            return choice == "always"
        stream = stream or sys.stdout
        return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"

    def warn(self, message: str) -> None:
        if not self.quiet:
            _say(f"warning: {message}")

    def usage(self, message: str) -> NoReturn:
        cli_args.usage_error(message, self.command)


def _say(message: str) -> None:
    """One diagnostic line on stderr."""
    sys.stderr.write(f"gazette: {message}\n")
    sys.stderr.flush()


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (| head): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(EXIT_OK) from None


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    _say(f"error: {message}")
    raise SystemExit(code)


def _check_profile(name: str) -> str:
    """``name`` if a profile has it; raises the library's InputError otherwise."""
    from ..profile import get_profile

    return get_profile(name).name


def _pdf_options(pages: str | None, password: str | None, alone: bool = False):
    """How to read PDF inputs; None when nothing differs from the defaults.
    ``alone``: one file is read in this process, and a second process may
    read some of its pages while this one lays them out (where there is a
    second CPU; a batch's workers have the CPUs already)."""
    from .cpus import default_jobs

    processes = 2 if alone and default_jobs() > 1 else 1
    if pages is None and password is None and processes == 1:
        return None
    from ..sources.pdf_options import PdfOptions, parse_range

    first, last = parse_range(pages) if pages is not None else (None, None)
    return PdfOptions(password=password, first_page=first, last_page=last, processes=processes)


def _limit(max_bytes: int | None) -> int:
    from ..sources.text import MAX_BYTES

    return MAX_BYTES if max_bytes is None else max_bytes


# --- output: stdout, or the file -o names ----------------------------------------

#: The format a report file's extension asks for.
SUFFIX_FORMATS = {
    ".yaml": "yaml", ".yml": "yaml", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".xlsx": "xlsx", ".html": "html", ".htm": "html", ".md": "md", ".txt": "text",
}


def _format_of(run: _Run, given: str | None, output: str | None, allowed: tuple[str, ...], default: Callable[[], str]) -> str:
    """The format asked for: --format, else the -o file's extension, else the default."""
    if given is not None:
        return given
    if output is not None:
        fmt = SUFFIX_FORMATS.get(Path(output).suffix.lower())
        if fmt in allowed:
            return fmt
        if fmt is not None or Path(output).suffix:
            run.usage(f"cannot tell the format from {Path(output).name!r}; add --format ({'|'.join(allowed)})")
    return default()


def _emit(run: _Run, data: str | bytes, output: str | None, inputs: list[str] = ()) -> None:
    """``data`` to stdout, or atomically into the -o file (never over an input,
    never over an existing file without --force)."""
    if output is None:
        _write_stdout(data if isinstance(data, str) else data.decode("utf-8"))
        return
    from ..errors import GazetteError
    from ..sources.text import shown_name
    from .batch import write_atomic

    path = Path(output)
    if path.is_dir() or output.endswith(("/", os.sep)):
        run.usage(f"-o {shown_name(output)}: is a folder; name the report file")
    if any(i != "-" and Path(i).exists() and path.exists() and os.path.samefile(i, path) for i in inputs):
        _fail(f"{shown_name(output)}: is one of the inputs; not overwritten")
    try:
        write_atomic(path, data.encode("utf-8") if isinstance(data, str) else data, overwrite=getattr(run.ns, "force", False))
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    except OSError as e:
        _fail(f"{shown_name(output)}: cannot be written ({e.strerror or e})")


# --- parse -----------------------------------------------------------------------


def _is_folder_output(ns) -> bool:
    """-o names a folder when it is one, ends in /, or several inputs (or a
    recursive walk) need several files; otherwise it is the output file."""
    out = ns.output
    return Path(out).is_dir() or out.endswith(("/", os.sep)) or len(ns.inputs) > 1 or ns.recursive


def cmd_parse(run: _Run) -> int:
    from dataclasses import replace

    from . import batch
    from ..errors import GazetteError

    ns = run.ns
    if ns.force and ns.skip_existing:
        run.usage("--force and --skip-existing cannot go together")
    folder = ns.output is not None and _is_folder_output(ns)
    fmt = _format_of(run, ns.format, None if folder else ns.output, ("yaml", "json", "jsonl"), lambda: "yaml")
    if ns.output is None and ns.skip_existing:
        run.usage("--skip-existing needs -o")
    try:
        _check_profile(ns.profile)
        planned = batch.plan_batch(ns.inputs, Path(ns.output) if folder else None, fmt, ns.recursive)
        pdf = _pdf_options(ns.pages, ns.password, alone=len(planned) == 1)
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    if ns.output is None and len(planned) != 1 and fmt != "jsonl":
        run.usage("several inputs on stdout need --format jsonl (one JSON document per line), or -o DIR")
    if not planned:
        _fail("no .txt or .pdf files found in the directories given")
    if ns.output is not None and not folder:
        planned = [replace(planned[0], output=Path(ns.output))]
    skipped = 0
    if ns.skip_existing:
        kept = [j for j in planned if not (j.output is not None and j.output.exists())]
        skipped, planned = len(planned) - len(kept), kept
    single = ns.output is None and len(planned) == 1 or (ns.output is not None and not folder)
    stdin = batch.read_stdin_if_named(planned, _limit(ns.max_bytes))
    options = batch.Options(
        fmt=fmt, encoding=ns.encoding, punct=ns.punct, overwrite=ns.force, profile=ns.profile, pdf=pdf, max_bytes=_limit(ns.max_bytes)
    )
    show_progress = not run.quiet and len(planned) > 1 and sys.stderr.isatty()

    def report(result: batch.Result) -> None:
        if not result.ok:
            if single:
                _fail(result.error or "failed", result.exit_code or EXIT_USAGE)
            _say(f"error: {result.error}")
            return
        for w in result.warnings:
            run.warn(w)
        if result.text is not None:
            _write_stdout(result.text)

    try:
        with _progress(len(planned), show_progress, run.color(sys.stderr)) as advance:

            def on_result(result: batch.Result) -> None:
                report(result)
                advance()

            out_dir = Path(ns.output) if folder else (Path(ns.output).parent if ns.output else None)
            summary = batch.convert_all(planned, options, workers=ns.jobs, out_dir=out_dir, stdin=stdin, on_result=on_result)
    except KeyboardInterrupt:
        # The workers are gone and no output is half-written (atomic writes).
        _say("interrupted")
        return EXIT_INTERRUPTED
    summary.skipped = skipped
    if not single and not run.quiet:
        _say(summary.line())
    return EXIT_FAILURES if summary.failures else EXIT_OK


class _progress:
    """A rich progress bar on stderr, or nothing; the context value advances it.

    rich is imported only when the bar is shown (stderr is a terminal)."""

    def __init__(self, total: int, enabled: bool, color: bool = True):
        self.total, self.enabled, self.color, self.bar = total, enabled, color, None

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("parse"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=Console(stderr=True, no_color=not self.color), transient=True,
            auto_refresh=False,  # no refresh thread: the worker pool forks while the bar is up
        )
        self.bar.start()
        task = self.bar.add_task("parse", total=self.total)

        def advance() -> None:
            self.bar.advance(task)
            self.bar.refresh()

        return advance

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


# --- normalize ---------------------------------------------------------------------


def cmd_normalize(run: _Run) -> int:
    from ..errors import GazetteError

    ns = run.ns
    source = ns.input
    if source is None:
        if sys.stdin.isatty():
            run.usage("missing FILE (or - with text on standard input)")
        source = "-"
    from ..pipeline import clean_source
    from ..sources.text import read_path

    try:
        text, warnings = clean_source(
            read_path(source, ns.encoding, _limit(ns.max_bytes), _pdf_options(ns.pages, ns.password, alone=True)),
            punct=ns.punct,
            profile=_check_profile(ns.profile),
            keep_lines=ns.lines,
        )
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    for w in warnings:
        run.warn(w)
    _write_stdout(text)
    return EXIT_OK


# --- reports: units, targets --------------------------------------------------------


def _load_all(run: _Run, inputs: list[str], *, keep_going: bool) -> tuple[list[tuple[str, dict]], int]:
    """(input name, document) for every document of the inputs; an archive
    (JSON Lines) names its documents by their source names.  A document with
    no notice is warned about, as ``parse`` does."""
    from ..errors import GazetteError
    from ..output.load import load_results

    ns = run.ns
    results: list[tuple[str, dict]] = []
    failures = 0
    try:
        profile = _check_profile(ns.profile)
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    for name in inputs:
        try:
            docs = load_results(name, encoding=ns.encoding, profile=profile, max_bytes=_limit(ns.max_bytes))
        except GazetteError as e:
            if not keep_going or len(inputs) == 1:
                _fail(str(e), e.exit_code)
            _say(f"error: {e}")
            failures += 1
            continue
        for d in docs:
            label = name if len(docs) == 1 else d["source"]["name"]
            if not d.get("notices"):
                run.warn(f"{d['source']['name']}: no notice or document found")
            results.append((label, d))
    return results, failures


def _report_format(run: _Run, allowed: tuple[str, ...], piped: str) -> str:
    ns = run.ns
    fmt = _format_of(run, ns.format, ns.output, allowed, lambda: "table" if ns.output is None and sys.stdout.isatty() else piped)
    if fmt == "xlsx" and ns.output is None:
        run.usage("--format xlsx needs -o FILE.xlsx")
    if ns.bom and fmt != "csv":
        run.usage("--bom goes with --format csv")
    return fmt


def _width() -> int:
    import shutil

    return max(60, shutil.get_terminal_size((100, 24)).columns)


def _columns(run: _Run, chosen: tuple[str, ...], available: tuple[str, ...]) -> tuple[str, ...]:
    """--columns from ``available``, or ``chosen`` (the report's default)."""
    spec = getattr(run.ns, "columns", None)
    if spec is None:
        return chosen
    from ..errors import GazetteError
    from ..reports.render import choose_columns

    try:
        return choose_columns(spec, available)
    except GazetteError as e:
        run.usage(f"--columns: {e}")


def _report(run: _Run, sheet: str, rows: list[dict], columns: tuple[str, ...], fmt: str, *, title: str, group_by: str | None, inputs: list[str]) -> None:
    """One report in the format asked for, on stdout or into the -o file."""
    ns = run.ns
    if fmt == "xlsx":
        _emit_workbook(run, [(sheet, rows, columns)])
        return
    from ..reports.render import render

    table = fmt == "table"
    text = render(
        rows, columns, fmt, title=title if table else None, color=table and run.color(), width=_width() if table else None,
        group_by=group_by if table and group_by in columns else None, bom=ns.bom,
    )
    _emit(run, text, ns.output, inputs)


def _emit_workbook(run: _Run, sheets: list) -> None:
    from ..errors import GazetteError
    from ..reports.xlsx import write_workbook

    ns = run.ns
    if Path(ns.output).is_dir():
        run.usage(f"-o {ns.output}: is a folder; name the workbook file")
    try:
        write_workbook(ns.output, sheets, overwrite=ns.force)
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    except OSError as e:
        _fail(f"{ns.output}: cannot be written ({e.strerror or e})")


REPORT_FORMATS = ("table", "csv", "json", "jsonl", "yaml", "xlsx")


def cmd_units(run: _Run) -> int:
    from ..reports import units as units_index

    ns = run.ns
    fmt = _report_format(run, REPORT_FORMATS, "csv")
    table = fmt == "table"
    columns = _columns(run, units_index.TABLE_COLUMNS if table else units_index.COLUMNS, units_index.COLUMNS)
    results, failures = _load_all(run, ns.inputs, keep_going=True)
    rows = units_index.rows(d for _, d in results)
    if ns.unit is not None:
        selected = units_index.select(rows, ns.unit)
        if not selected:
            near = units_index.similar(rows, ns.unit)
            _say(f"error: no unit named {ns.unit} in the inputs" + (f"; did you mean: {'、'.join(near)}" if near else ""))
            return EXIT_FAILURES
        rows = selected
    _report(run, "units", rows, columns, fmt, title="responsible units", group_by=units_index.SOURCE_COLUMN, inputs=ns.inputs)
    return EXIT_FAILURES if failures else EXIT_OK


def cmd_targets(run: _Run) -> int:
    from ..reports import targets as targets_report

    ns = run.ns
    fmt = _report_format(run, REPORT_FORMATS, "csv")
    table = fmt == "table"
    several = len(ns.inputs) > 1
    available = ((targets_report.FILE_COLUMN,) if several else ()) + targets_report.COLUMNS
    _columns(run, (), available)  # a wrong --columns fails before any parse
    results, _ = _load_all(run, ns.inputs, keep_going=False)
    rows, default = targets_report.report_rows(results, table=table)
    if len(results) > 1 and not several:  # one archive of several documents
        available = (targets_report.FILE_COLUMN,) + targets_report.COLUMNS
    columns = _columns(run, default, available)
    _report(run, "targets", rows, columns, fmt, title="targets", group_by=targets_report.FILE_COLUMN, inputs=ns.inputs)
    return EXIT_OK


# --- show ------------------------------------------------------------------------------


def cmd_show(run: _Run) -> int:
    from ..errors import GazetteError
    from ..reports.show import tree

    ns = run.ns
    results, _ = _load_all(run, [ns.input], keep_going=False)
    if len(results) != 1:
        run.usage(f"{ns.input} holds {len(results)} documents; show draws one (split the archive, or parse one file)")
    try:
        text = tree(results[0][1], path=ns.path, color=run.color(), width=ns.width or _width(), depth=ns.depth)
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    _write_stdout(text)
    return EXIT_OK


# --- diff ----------------------------------------------------------------------------


def cmd_diff(run: _Run) -> int:
    from ..diff.archives import diff_archives
    from ..diff.core import diff
    from ..errors import GazetteError

    ns = run.ns
    fmt = _report_format(run, ("table", "text", "csv", "json", "jsonl", "yaml", "html", "md", "xlsx"), "text")
    olds = [d for _, d in _load_all(run, [ns.old], keep_going=False)[0]]
    news = [d for _, d in _load_all(run, [ns.new], keep_going=False)[0]]
    kinds = list(dict.fromkeys(ns.only)) if ns.only else None
    try:
        if len(olds) == 1 and len(news) == 1:
            result = diff(olds[0], news[0], kinds, strict=ns.strict)
        else:
            result = diff_archives(olds, news, kinds, ns.old, ns.new, strict=ns.strict)
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    differs = bool(result["summary"]["differences"])
    if not differs and fmt in ("table", "text"):
        if not run.quiet:
            sys.stderr.write("No differences.\n")
        return EXIT_OK
    if fmt == "xlsx":
        from ..reports.xlsx import diff_sheets

        _emit_workbook(run, diff_sheets(result))
        return EXIT_FAILURES if differs else EXIT_OK
    if fmt == "table":
        from ..diff.report import render_tables

        text = render_tables(result, width=_width(), color=run.color())
    elif fmt == "text":
        from ..diff.flat import to_summary

        text = to_summary(result)
    elif fmt in ("csv", "jsonl"):
        from ..diff.flat import to_rows
        from ..reports.render import render

        rows, columns = to_rows(result)
        text = render(rows, columns, fmt, bom=ns.bom)
    elif fmt in ("html", "md"):
        from ..diff.views import to_html, to_markdown

        text = to_html(result) if fmt == "html" else to_markdown(result)
    else:
        from .batch import render

        text = render(result, fmt)
    _emit(run, text, ns.output, [ns.old, ns.new])
    return EXIT_FAILURES if differs else EXIT_OK


# --- schema, completion ---------------------------------------------------------------------


def cmd_schema(run: _Run) -> int:
    from ..output.schema import schema_json

    _write_stdout(schema_json())
    return EXIT_OK


def cmd_completion(run: _Run) -> int:
    _write_stdout(cli_args.SCRIPTS[run.ns.shell]())
    return EXIT_OK


COMMANDS: dict[str, Callable[[_Run], int]] = {
    "parse": cmd_parse,
    "normalize": cmd_normalize,
    "units": cmd_units,
    "targets": cmd_targets,
    "show": cmd_show,
    "diff": cmd_diff,
    "schema": cmd_schema,
    "completion": cmd_completion,
}


#: The commands that parse, and so keep their compiled patterns between runs.
PARSING = frozenset({"parse", "normalize", "units", "targets", "show", "diff"})


def run(argv: list[str]) -> int:
    """Run one command line (without the program name); returns the exit code."""
    if "--version" in argv[:1]:
        _write_stdout(f"gazette {VERSION}\n")
        return EXIT_OK
    ns = cli_args.parse_args(argv)
    if ns.command in PARSING:
        from ..text import lazy

        lazy.use_cache(lazy.default_folder())
        code = COMMANDS[ns.command](_Run(ns))
        lazy.save_cache()
        return code
    return COMMANDS[ns.command](_Run(ns))


class Stopped(BaseException):
    """A stop signal arrived.  A BaseException, as KeyboardInterrupt is, so that
    no ``except Exception`` swallows it and every cleanup on the way out runs
    (the workers terminated, temporary files removed)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


#: The signals that stop the command cleanly, as Ctrl-C does.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def _stop_on_signals() -> None:
    main_pid = os.getpid()

    def stop(signum: int, frame) -> None:
        if os.getpid() != main_pid:
            # A worker forked before it set its own handlers: die as the signal says.
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise Stopped(signum)

    for signum in STOP_SIGNALS:
        signal.signal(signum, stop)


def _show_bytes(error: UnicodeError) -> tuple[str, int]:
    r"""Codec error handler: a byte that is not UTF-8 (carried as a lone
    surrogate, as in a file name) is written ``\xNN``, as
    :func:`gazette_cli.sources.text.shown_name` shows it."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    shown = "".join(f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF else f"\\u{ord(c):04x}" for c in chunk)
    return shown, error.end


def _utf8_streams() -> None:
    """stdout and stderr write UTF-8 whatever the locale (GB18030, Latin-1,
    ASCII), as jq and ripgrep do: the formats are UTF-8 by definition."""
    codecs.register_error("gazette-show-bytes", _show_bytes)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="gazette-show-bytes")


def _exit_now(code: int) -> NoReturn:
    """Exit without tearing the interpreter down: freeing a parse's objects
    one by one took a tenth of a run's time, and the process ends anyway.
    Output is flushed first; with worker processes about, the normal exit
    (which waits for them) is kept."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        sys.exit(code)
    if "multiprocessing" in sys.modules:
        sys.exit(code)
    os._exit(code)


def main() -> None:
    """Entry point: run the app and turn every failure into a one-line message."""
    # A run is short and builds acyclic data that reference counting frees:
    # the cyclic collector would only rescan it (the parse pauses it too).
    gc.disable()
    _utf8_streams()
    _stop_on_signals()
    try:
        code = run(sys.argv[1:])
    except Stopped as e:
        _say("interrupted" if e.signum == signal.SIGINT else f"stopped by {signal.Signals(e.signum).name}")
        sys.exit(128 + e.signum)
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit:
        raise
    except Exception as e:  # a bug: one line, not a traceback (GAZETTE_DEBUG=1 shows it)
        if os.environ.get("GAZETTE_DEBUG"):
            raise
        _say(f"internal error: {type(e).__name__}: {e} (set GAZETTE_DEBUG=1 for details)")
        sys.exit(EXIT_INTERNAL)
    _exit_now(code)


if __name__ == "__main__":
    main()
