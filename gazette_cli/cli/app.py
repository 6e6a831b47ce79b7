"""The ``gazette`` command: argument parsing here, the work in the library,
the rendering in :mod:`gazette_cli.output.serialize`.

Data goes to stdout, diagnostics to stderr, one line each.  Exit codes:

* 0 — success;
* 1 — some inputs of a batch failed (the others were converted), or ``diff`` found differences;
* 2 — usage error, or the input cannot be used (missing, binary, undecodable, too large);
* 3 — an internal error (a bug: please report it with the input);
* 128 + the signal's number — stopped by a signal: 130 for SIGINT (Ctrl-C),
  143 for SIGTERM, 129 for SIGHUP; no output file is left half-written.

Output is UTF-8 whatever the locale.

Heavy modules are imported inside the commands, so ``gazette --version``
starts as fast as typer itself.
"""

from __future__ import annotations

import codecs
import io
import os
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

EXIT_OK = 0
EXIT_FAILURES = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

VERSION = "0.1.0"

app = typer.Typer(
    name="gazette",
    help="Turn Chinese government gazettes (政府公报) into structured data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, Enum):
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"


class Punct(str, Enum):
    cjk = "cjk"
    ascii = "ascii"


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


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    _say(f"error: {message}")
    raise typer.Exit(code)


def _check_profile(name: str) -> str:
    """``name`` if a profile has it; raises the library's InputError otherwise."""
    from ..profile import get_profile

    return get_profile(name).name


def _pdf_options(pages: str | None, password: str | None):
    """How to read PDF inputs; None when nothing differs from the defaults."""
    from ..sources.pdf import PdfOptions, parse_range

    if pages is None and password is None:
        return None
    first, last = parse_range(pages) if pages is not None else (None, None)
    return PdfOptions(password=password, first_page=first, last_page=last)


# sources.text.MAX_BYTES, written out: importing the reader here would slow
# down ``gazette --version`` (a test keeps the two equal).
_DEFAULT_MAX_BYTES = "268435456, 256 MiB"


def _max_bytes_option(what: str = "input"):
    return typer.Option("--max-bytes", min=1, help=f"Refuse an {what} larger than this many bytes (default: {_DEFAULT_MAX_BYTES}).")


MaxBytes = Annotated[Optional[int], _max_bytes_option()]
MaxBytesSaved = Annotated[Optional[int], _max_bytes_option("input or saved output")]


def _limit(max_bytes: int | None) -> int:
    from ..sources.text import MAX_BYTES

    return MAX_BYTES if max_bytes is None else max_bytes


def _version(value: bool) -> None:
    if value:
        _write_stdout(f"gazette {VERSION}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn Chinese government gazettes (政府公报) into structured data."""


def _render(data: dict, fmt: Format) -> str:
    from ..output.serialize import to_json, to_yaml

    if fmt is Format.yaml:
        return to_yaml(data)
    if fmt is Format.jsonl:
        return to_json(data, indent=None) + "\n"
    return to_json(data) + "\n"


@app.command()
def parse(
    inputs: Annotated[
        list[str], typer.Argument(help="Gazette text or PDF files, or directories; - reads standard input.", show_default=False)
    ],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.yaml,
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", help="Write one file per input into this directory (DIR/<name>.yaml or .json).", show_default=False),
    ] = None,
    recursive: Annotated[bool, typer.Option("--recursive", "-r", help="Convert the .txt and .pdf files in the directories given, at any depth.")] = False,
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the number of CPUs).", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing output files.")] = False,
    encoding: Annotated[Optional[str], typer.Option(help="Input encoding (default: detect UTF-8/UTF-16/GB18030).")] = None,
    punct: Annotated[Punct, typer.Option(help="Punctuation of text in the output: cjk (GB/T 15834) or ascii.")] = Punct.cjk,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, warnings or summary on stderr (errors still).")] = False,
    profile: Annotated[str, typer.Option(help="Gazette profile: default, or a named one such as jinan.")] = "default",
    pages: Annotated[Optional[str], typer.Option(help="PDF inputs: read only these pages of the file, e.g. 3-17.", show_default=False)] = None,
    password: Annotated[Optional[str], typer.Option(help="PDF inputs: the password that opens them.", show_default=False)] = None,
    max_bytes: MaxBytes = None,
) -> None:
    """Parse gazette issues into notices, clauses and extracted items.

    One input: YAML or JSON on stdout.  Several inputs: --format jsonl on
    stdout (one document per line, in input order), or -o DIR for one file
    each.  Exit 1 if some inputs failed (the others are converted).
    """
    from . import batch
    from ..errors import GazetteError

    try:
        _check_profile(profile)
        pdf = _pdf_options(pages, password)
        planned = batch.plan_batch(inputs, output, fmt.value, recursive)
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    if output is None and len(planned) != 1 and fmt is not Format.jsonl:
        _fail("several inputs on stdout need --format jsonl (one JSON document per line), or -o DIR")
    if not planned:
        _fail("no .txt or .pdf files found in the directories given")
    single = output is None and len(planned) == 1
    stdin = batch.read_stdin_if_named(planned, _limit(max_bytes))
    options = batch.Options(
        fmt=fmt.value, encoding=encoding, punct=punct.value, overwrite=force, profile=profile, pdf=pdf, max_bytes=_limit(max_bytes)
    )
    show_progress = not quiet and len(planned) > 1 and sys.stderr.isatty()

    def report(result: batch.Result) -> None:
        if not result.ok:
            if single:
                _fail(result.error or "failed", result.exit_code or EXIT_USAGE)
            _say(f"error: {result.error}")
            return
        if not quiet:
            for w in result.warnings:
                _say(f"warning: {w}")
        if result.text is not None:
            _write_stdout(result.text)

    try:
        with _progress(len(planned), show_progress) as advance:

            def on_result(result: batch.Result) -> None:
                report(result)
                advance()

            summary = batch.convert_all(planned, options, workers=jobs, out_dir=output, stdin=stdin, on_result=on_result)
    except KeyboardInterrupt:
        # click would turn this into "Aborted!" and exit 1; the contract is 130.
        # The workers are gone and no output is half-written (atomic writes).
        _say("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if not single and not quiet:
        _say(summary.line())
    if summary.failures:
        raise typer.Exit(EXIT_FAILURES)


class _progress:
    """A rich progress bar on stderr, or nothing; the context value advances it.

    rich is imported only when the bar is shown (stderr is a terminal)."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled, self.bar = total, enabled, None

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("parse"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
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


@app.command()
def normalize(
    input: Annotated[str, typer.Argument(help="A gazette text or PDF file; - reads standard input.")] = "-",
    encoding: Annotated[Optional[str], typer.Option(help="Input encoding (default: detect).")] = None,
    punct: Annotated[Punct, typer.Option(help="Punctuation: cjk (GB/T 15834) or ascii.")] = Punct.cjk,
    lines: Annotated[
        bool, typer.Option("--lines", help="Keep the source lines (same line count) instead of one paragraph per line.")
    ] = False,
    profile: Annotated[str, typer.Option(help="Gazette profile: default, or a named one such as jinan.")] = "default",
    pages: Annotated[Optional[str], typer.Option(help="A PDF input: read only these pages of the file, e.g. 3-17.", show_default=False)] = None,
    password: Annotated[Optional[str], typer.Option(help="A PDF input: the password that opens it.", show_default=False)] = None,
    max_bytes: MaxBytes = None,
) -> None:
    """Print clean text: page furniture dropped, broken lines rejoined, one paragraph per line."""
    from ..errors import GazetteError
    from ..pipeline import clean_text, parse_path

    try:
        doc = parse_path(
            input, encoding=encoding, punct=punct.value, profile=profile, pdf=_pdf_options(pages, password), max_bytes=_limit(max_bytes)
        )
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    _write_stdout(clean_text(doc, keep_lines=lines))


class ReportFormat(str, Enum):
    table = "table"
    json = "json"
    yaml = "yaml"
    csv = "csv"


@app.command()
def units(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Gazette text files (- reads standard input) or saved parse outputs (.json/.yaml).", show_default=False),
    ],
    unit: Annotated[Optional[str], typer.Option("--unit", "-u", help="Only this unit (exact name, or an alias the notice defines).")] = None,
    fmt: Annotated[
        Optional[ReportFormat],
        typer.Option("--format", "-f", help="Output format (default: table on a terminal, csv otherwise).", show_default=False),
    ] = None,
    encoding: Annotated[Optional[str], typer.Option(help="Input encoding of text inputs (default: detect).")] = None,
    profile: Annotated[str, typer.Option(help="Gazette profile: default, or a named one such as jinan.")] = "default",
    max_bytes: MaxBytesSaved = None,
) -> None:
    """Index the responsible units: every unit with the clauses it carries (lead, support or member)."""
    from ..reports import units as units_index
    from ..errors import GazetteError
    from ..output.load import load_results
    from ..reports.render import render

    results, failures = [], 0
    for name in inputs:
        try:
            results.extend(load_results(name, encoding=encoding, profile=_check_profile(profile), max_bytes=_limit(max_bytes)))
        except GazetteError as e:
            if len(inputs) == 1:
                _fail(str(e), e.exit_code)
            _say(f"error: {e}")
            failures += 1
    rows = units_index.rows(results)
    if unit is not None:
        selected = units_index.select(rows, unit)
        if not selected:
            near = units_index.similar(rows, unit)
            _say(f"warning: no unit named {unit}" + (f"; did you mean: {'、'.join(near)}" if near else ""))
        rows = selected
    chosen = fmt or (ReportFormat.table if sys.stdout.isatty() else ReportFormat.csv)
    columns = units_index.COLUMNS
    if chosen.value == "table" and len(results) == 1:
        columns = tuple(c for c in columns if c != "source")  # one input: its name on every row says nothing
    _write_stdout(render(rows, columns, chosen.value, title="responsible units"))
    if failures:
        raise typer.Exit(EXIT_FAILURES)


@app.command()
def targets(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Gazette text files, saved parse outputs (.json/.yaml), or - for standard input.", show_default=False),
    ],
    fmt: Annotated[
        Optional[ReportFormat],
        typer.Option("--format", "-f", help="Report format (default: table on a terminal, csv otherwise).", show_default=False),
    ] = None,
    encoding: Annotated[Optional[str], typer.Option(help="Input encoding of text files (default: detect).")] = None,
    profile: Annotated[str, typer.Option(help="Gazette profile: default, or a named one such as jinan.")] = "default",
    max_bytes: MaxBytesSaved = None,
) -> None:
    """List every numeric target (text and indicator tables): one row per target."""
    from ..errors import GazetteError
    from ..output.load import load_results
    from ..reports.render import render
    from ..reports.targets import report_rows

    try:
        results = []
        for name in inputs:
            docs = load_results(name, encoding=encoding, profile=_check_profile(profile), max_bytes=_limit(max_bytes))
            # The documents of an archive (JSON Lines) are told apart by their source names.
            results.extend((name, d) if len(docs) == 1 else (d["source"]["name"], d) for d in docs)
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    chosen = fmt or (ReportFormat.table if sys.stdout.isatty() else ReportFormat.csv)
    rows, columns = report_rows(results, table=chosen is ReportFormat.table)
    _write_stdout(render(rows, columns, chosen.value, title="targets" if chosen is ReportFormat.table else None))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the parse output."""
    from ..output.schema import schema_json

    _write_stdout(schema_json())


class DiffFormat(str, Enum):
    table = "table"
    json = "json"
    yaml = "yaml"
    html = "html"
    md = "md"


class DiffKind(str, Enum):
    notices = "notices"
    clauses = "clauses"
    targets = "targets"
    responsibilities = "responsibilities"
    amounts = "amounts"
    validity = "validity"


@app.command("diff")
def diff_command(
    old: Annotated[str, typer.Argument(help="The old version: gazette text, or a saved parse output (.json/.yaml).")],
    new: Annotated[str, typer.Argument(help="The new version, in either form.")],
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.table,
    only: Annotated[
        Optional[list[DiffKind]], typer.Option("--only", help="Compare only this kind of item (repeatable).")
    ] = None,
    encoding: Annotated[Optional[str], typer.Option(help="Encoding of text inputs (default: detect).")] = None,
    profile: Annotated[str, typer.Option(help="Gazette profile: default, or a named one such as jinan.")] = "default",
    max_bytes: MaxBytesSaved = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Report style too: bracket and punctuation width, spaces, full-width digits.")
    ] = False,
) -> None:
    """Show what changed between two versions of a plan (exit 0: same, 1: different, 2: error).

    --format html writes the 修订前后对照表 as one self-contained page; md the same in Markdown.
    Two archives (JSON Lines of several documents) are compared document by
    document, paired by source name."""
    from ..diff.archives import diff_archives
    from ..diff.core import diff
    from ..errors import GazetteError
    from ..output.load import load_results

    try:
        _check_profile(profile)
        kinds = [k.value for k in only] if only else None
        olds = load_results(old, encoding, profile, _limit(max_bytes))
        news = load_results(new, encoding, profile, _limit(max_bytes))
        if len(olds) == 1 and len(news) == 1:
            result = diff(olds[0], news[0], kinds, strict=strict)
        else:
            result = diff_archives(olds, news, kinds, old, new, strict=strict)
    except GazetteError as e:
        _fail(str(e), e.exit_code)
    if fmt is DiffFormat.table:
        from ..diff.report import render_tables

        _write_stdout(render_tables(result, color=sys.stdout.isatty() and not os.environ.get("NO_COLOR")))
    elif fmt in (DiffFormat.html, DiffFormat.md):
        from ..diff.views import to_html, to_markdown

        _write_stdout(to_html(result) if fmt is DiffFormat.html else to_markdown(result))
    else:
        _write_stdout(_render(result, Format(fmt.value)))
    raise typer.Exit(EXIT_FAILURES if result["summary"]["differences"] else EXIT_OK)


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


def main() -> None:
    """Entry point: run the app and turn every failure into a one-line message."""
    _utf8_streams()
    _stop_on_signals()
    try:
        app()
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


if __name__ == "__main__":
    main()
