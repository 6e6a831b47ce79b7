"""The commands and their options, declared once as a table.

The table builds the argument parser (on the standard library's argparse,
which costs a few milliseconds to import and set up) and the shell
completion scripts, so the two cannot disagree.  Parsing errors come out as
one line in the tool's own words, exit 2::

    gazette: error: --format: 'xml' is not one of yaml|json|jsonl (see gazette parse -h)

This module imports nothing of the pipeline.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, Callable, NoReturn

from ..records import record

EXIT_USAGE = 2


@record
class Opt:
    """One option or positional argument.

    ``names`` are the flags (``-f``, ``--format``) or, for a positional, its
    destination.  An option without ``metavar`` is a switch.  ``choices``
    become the metavar ``a|b|c``; ``listed`` accepts a comma list (and the
    option repeated).  ``complete`` tells the completion scripts what to
    offer: ``file``, ``dir``, or nothing."""

    names: tuple[str, ...]
    help: str
    metavar: str | None = None
    choices: tuple[str, ...] = ()
    default: Any = None
    nargs: str | None = None
    number: bool = False  # a whole number ≥ 1
    listed: bool = False
    complete: str = ""

    @property
    def positional(self) -> bool:
        return not self.names[0].startswith("-")

    @property
    def dest(self) -> str:
        long = [n for n in self.names if n.startswith("--")]
        return (long[0][2:] if long else self.names[0]).replace("-", "_")

    @property
    def shown(self) -> str:
        """The metavar shown in help and errors."""
        return self.metavar or ("|".join(self.choices) if self.choices else "")


@record
class Command:
    name: str
    summary: str  # one line, for ``gazette -h``
    description: str
    examples: tuple[str, ...]
    options: tuple[Opt, ...]
    usage: str = ""  # the arguments part of the usage line
    hidden: bool = False

    def option(self, name: str) -> Opt | None:
        return next((o for o in self.options if name in o.names), None)


# --- options shared by the commands ------------------------------------------

QUIET = Opt(("-q", "--quiet"), "No warnings, progress or summary on stderr (errors still).")
COLOR = Opt(("--color",), "Colour on a terminal: auto (default; NO_COLOR turns it off), always or never.", choices=("auto", "always", "never"), default="auto")
HELP = Opt(("-h", "--help"), "Show this help and exit.")
ENCODING = Opt(("--encoding",), "Encoding of text inputs (default: detect UTF-8, UTF-16 or GB18030).", metavar="NAME")
PROFILE = Opt(("--profile",), "Gazette profile: default, or a named one such as jinan.", metavar="NAME", default="default")
PUNCT = Opt(("--punct",), "Punctuation of text in the output: cjk (GB/T 15834) or ascii.", choices=("cjk", "ascii"), default="cjk")
PAGES = Opt(("--pages",), "PDF inputs: read only these pages, e.g. 3-17.", metavar="FIRST-LAST")
PASSWORD = Opt(("--password",), "PDF inputs: the password that opens them.", metavar="TEXT")
# sources.text.MAX_BYTES, written out: importing the reader here would slow
# down every command's start (a test keeps the two equal).
DEFAULT_MAX_BYTES = "268435456, 256 MiB"
MAX_BYTES = Opt(("--max-bytes",), f"Refuse an input or saved output larger than this (default: {DEFAULT_MAX_BYTES}).", metavar="N", number=True)
FORCE = Opt(("--force",), "Overwrite existing output files.")
BOM = Opt(("--bom",), "CSV: start with a byte-order mark, for Excel's import.")

# the reports' own (units, targets; diff takes the output file too)
REPORT_INPUTS = Opt(("inputs",), "Gazette text or PDF files, saved parse outputs (.json/.yaml/.jsonl), or - for standard input.", metavar="FILE…", nargs="+", complete="file")
REPORT_FORMAT = Opt(("-f", "--format"), "Output format (default: table on a terminal, csv otherwise; xlsx needs -o).", choices=("table", "csv", "json", "jsonl", "yaml", "xlsx"))
CHOOSE_COLUMNS = Opt(("--columns",), "Columns, as a comma list in the order wanted (all: every column; see -f csv's header).", metavar="A,B,…")
REPORT_OUTPUT = Opt(("-o", "--output"), "Write the report to this file (the format follows its extension).", metavar="FILE", complete="file")

COMMON = (QUIET, COLOR, HELP)
READING = (ENCODING, PROFILE, MAX_BYTES)

SAMPLE = "samples/jinan-gazette-2022-20.txt"

COMMANDS: tuple[Command, ...] = (
    Command(
        "parse",
        "Parse gazette issues into notices, clauses and extracted items.",
        "Parse gazette issues into notices, clauses and extracted items.\n\n"
        "One input: YAML or JSON on stdout, or into the file -o names.  Several\n"
        "inputs: --format jsonl on stdout (one document per line, in input order),\n"
        "or -o DIR for one file each.  Exit 1 if some inputs failed (the others are\n"
        "converted).",
        (
            f"gazette parse {SAMPLE}",
            "gazette parse issue.pdf -f json -o issue.json",
            "gazette parse -r gazettes/ -o parsed/ --skip-existing",
        ),
        (
            Opt(("inputs",), "Gazette text or PDF files, or directories; - reads standard input.", metavar="FILE…", nargs="+", complete="file"),
            Opt(("-f", "--format"), "Output format (default: yaml, or what the -o file's extension says).", choices=("yaml", "json", "jsonl")),
            Opt(("-o", "--output"), "Output file; or a folder (one file per input) when PATH is a folder, ends in /, or there are several inputs.", metavar="PATH", complete="file"),
            Opt(("-r", "--recursive"), "Convert the .txt, .pdf, .html, .docx and .xlsx files in the directories given, at any depth."),
            Opt(("-j", "--jobs"), "Worker processes (default: the number of CPUs).", metavar="N", number=True),
            FORCE,
            Opt(("--skip-existing",), "Leave inputs whose output file exists (incremental batches)."),
            PUNCT, *READING, PAGES, PASSWORD, *COMMON,
        ),
        "[options] FILE…",
    ),
    Command(
        "normalize",
        "Print clean text: page furniture dropped, broken lines rejoined.",
        "Print clean text: page furniture dropped, broken lines rejoined, one\nparagraph per line.",
        (f"gazette normalize {SAMPLE}", "pdftotext -raw issue.pdf - | gazette normalize -", "gazette normalize issue.pdf --lines --pages 3-17"),
        (
            Opt(("input",), "A gazette text or PDF file; - reads standard input.", metavar="FILE", nargs="?", complete="file"),
            Opt(("--lines",), "Keep the source lines (same line count) instead of one paragraph per line."),
            PUNCT, *READING, PAGES, PASSWORD, *COMMON,
        ),
        "[options] FILE",
    ),
    Command(
        "show",
        "Draw an issue as a tree, or one clause with its units and numbers.",
        "Draw an issue as a tree: notices, attachments and clauses, each with its\n"
        "count of responsible units and targets.  --path shows one notice, attachment\n"
        "or clause; a clause with its text, units and numbers (highlighted on a\n"
        "terminal).  PATH is [NOTICE:]CLAUSE, NOTICE: or NOTICE:附件N, where NOTICE is\n"
        "a notice's number in the issue or its 发文字号, and CLAUSE a path such as\n"
        "二/(一)/1 or 第二章/第五条.",
        (f"gazette show {SAMPLE}", f"gazette show {SAMPLE} --path '1:二/(一)'", "gazette show parsed/issue.json --path '济政发〔2022〕18号:' --depth 2"),
        (
            Opt(("input",), "A gazette text or PDF file, a saved parse output (.json/.yaml), or - for standard input.", metavar="FILE", complete="file"),
            Opt(("-p", "--path"), "One notice, attachment or clause, e.g. 1:二/(一).", metavar="PATH"),
            Opt(("-d", "--depth"), "Draw only this many levels below each notice (or below --path); a folded node ends in +N.", metavar="N", number=True),
            Opt(("-w", "--width"), "Width of the drawing in columns (default: the terminal's, or 100).", metavar="N", number=True),
            *READING, *COMMON,
        ),
        "[options] FILE",
    ),
    Command(
        "units",
        "Index the responsible units: each unit with the clauses it carries.",
        "Index the responsible units: every unit with the clauses it carries (lead,\nsupport, member, or standing: named once for every later item).  A table on\na terminal, CSV in a pipe.",
        (f"gazette units {SAMPLE}", f"gazette units {SAMPLE} --unit 市教育局 -f csv --bom > 市教育局.csv", "gazette units parsed/*.json -f xlsx -o units.xlsx"),
        (
            REPORT_INPUTS,
            Opt(("-u", "--unit"), "Only this unit (exact name, or an alias the notice defines), leading or supporting.", metavar="NAME"),
            REPORT_FORMAT,
            CHOOSE_COLUMNS,
            REPORT_OUTPUT,
            FORCE, BOM, *READING, *COMMON,
        ),
        "[options] FILE…",
    ),
    Command(
        "targets",
        "List every numeric target: one row per target.",
        "List every numeric target (text and indicator tables): one row per target.\nA table on a terminal, CSV in a pipe.",
        (f"gazette targets {SAMPLE}", f"gazette targets {SAMPLE} -f csv --bom -o targets.csv", "gazette targets parsed/*.json --columns file,notice,path,value,unit,year,text"),
        (
            REPORT_INPUTS,
            REPORT_FORMAT,
            CHOOSE_COLUMNS,
            REPORT_OUTPUT,
            FORCE, BOM, *READING, *COMMON,
        ),
        "[options] FILE…",
    ),
    Command(
        "diff",
        "Show what changed between two versions of a plan or regulation.",
        "Show what changed between two versions of a plan (exit 0: same, 1:\n"
        "different, 2: error).  A table on a terminal; in a pipe, a summary of one\n"
        "change per line.  --format html writes the 修订前后对照表 as one page, md\n"
        "the same in Markdown.  Two archives (JSON Lines of several documents) are\n"
        "compared document by document, paired by source name.",
        ("gazette diff old.txt new.txt", "gazette diff old.txt new.txt -f html -o 对照表.html", "gazette diff old.json new.json --only targets,clauses -f csv"),
        (
            Opt(("old",), "The old version: gazette text or PDF, or a saved parse output.", metavar="OLD", complete="file"),
            Opt(("new",), "The new version, in either form.", metavar="NEW", complete="file"),
            Opt(("-f", "--format"), "Output format (default: table on a terminal, text otherwise).", choices=("table", "text", "csv", "json", "jsonl", "yaml", "html", "md", "xlsx")),
            Opt(("--only",), "Compare only these kinds, as a comma list.", choices=("notices", "clauses", "targets", "responsibilities", "amounts", "validity"), listed=True),
            Opt(("--strict",), "Report style too: bracket and punctuation width, spaces, full-width digits."),
            REPORT_OUTPUT,
            FORCE, BOM, *READING, *COMMON,
        ),
        "[options] OLD NEW",
    ),
    Command(
        "schema",
        "Print the JSON Schema of the parse output.",
        "Print the JSON Schema of the parse output.",
        ("gazette schema > gazette.schema.json",),
        COMMON,
        "[options]",
    ),
    Command(
        "completion",
        "Print a shell completion script (bash, zsh or fish).",
        "Print a shell completion script for bash, zsh or fish.",
        (
            "source <(gazette completion bash)            # bash: add to ~/.bashrc",
            "gazette completion zsh > ~/.zfunc/_gazette   # zsh: a folder on $fpath",
            "gazette completion fish > ~/.config/fish/completions/gazette.fish",
        ),
        (Opt(("shell",), "The shell.", choices=("bash", "zsh", "fish")), *COMMON),
        "[options] SHELL",
    ),
)

BY_NAME = {c.name: c for c in COMMANDS}

PROG = "gazette"
ABOUT = "Turn Chinese government gazettes (政府公报) into structured data."
VERSION_OPT = Opt(("--version",), "Print the version and exit.")


# --- errors in the tool's own words -------------------------------------------------


def usage_error(message: str, command: str | None = None) -> NoReturn:
    hint = f"gazette {command} -h" if command else "gazette -h"
    sys.stderr.write(f"gazette: error: {message} (see {hint})\n")
    sys.stderr.flush()
    raise SystemExit(EXIT_USAGE)


def _suggest(word: str, known: list[str]) -> str:
    import difflib

    near = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return f"; did you mean {near[0]}?" if near else ""


class _Parser(argparse.ArgumentParser):
    command: str | None = None

    def format_help(self) -> str:
        if self.command is not None or self.prog != PROG:
            return super().format_help()
        return overview()

    def error(self, message: str) -> NoReturn:  # argparse's words → ours
        usage_error(self.rephrase(message), self.command or getattr(self, "named", None))

    def rephrase(self, message: str) -> str:
        if m := re.match(r"argument (\S+): invalid choice: '([^']*)'", message):
            return f"unknown command {m.group(2)!r}{_suggest(m.group(2), [c.name for c in COMMANDS])}"
        if m := re.match(r"argument (\S+): expected (one|at least one) argument", message):
            return f"{_long(m.group(1))} needs a value"
        if m := re.match(r"argument (\S+): (.*)", message, re.S):
            return f"{_long(m.group(1))}: {m.group(2)}"
        if m := re.match(r"the following arguments are required: (.*)", message):
            return f"missing {m.group(1).replace(', ', ' and ')}"
        if m := re.match(r"unrecognized arguments: (.*)", message):
            words = m.group(1).split()
            options = [w for w in words if w.startswith("-") and w != "-"]
            if options:
                known = [n for o in self.spec_options() for n in o.names if n.startswith("--")]
                return f"unknown option {options[0].split('=')[0]}{_suggest(options[0].split('=')[0], known)}"
            return f"unexpected argument {words[0]!r}"
        return message

    def spec_options(self) -> tuple[Opt, ...]:
        name = self.command or getattr(self, "named", None)
        return BY_NAME[name].options if name in BY_NAME else (VERSION_OPT, HELP)


def _long(flags: str) -> str:
    """``-f/--format`` → ``--format``; a positional's metavar as it is."""
    names = flags.split("/")
    return next((n for n in names if n.startswith("--")), names[0])


def _number(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text} is less than 1")
    return n


def _choice(opt: Opt) -> Callable[[str], Any]:
    def check(text: str) -> Any:
        if opt.listed:
            items = [t.strip() for t in text.split(",") if t.strip()]
            bad = [t for t in items if t not in opt.choices]
            if bad or not items:
                raise argparse.ArgumentTypeError(f"{(bad or [text])[0]!r} is not one of {opt.shown}")
            return items
        if text not in opt.choices:
            raise argparse.ArgumentTypeError(f"{text!r} is not one of {opt.shown}")
        return text

    return check


def _add(parser: argparse.ArgumentParser, opt: Opt) -> None:
    if opt.positional:
        kwargs: dict[str, Any] = {"help": opt.help, "metavar": opt.shown or opt.dest.upper()}
        if opt.nargs:
            kwargs["nargs"] = opt.nargs
        if opt.choices:
            kwargs["type"] = _choice(opt)
        parser.add_argument(opt.names[0], **kwargs)
        return
    if opt is HELP:
        parser.add_argument(*opt.names, action="help", help=opt.help)
        return
    if not opt.shown:
        parser.add_argument(*opt.names, dest=opt.dest, action="store_true", help=opt.help)
        return
    kwargs = {"dest": opt.dest, "metavar": opt.shown, "help": opt.help, "default": opt.default}
    if opt.number:
        kwargs["type"] = _number
    elif opt.choices:
        kwargs["type"] = _choice(opt)
    if opt.listed:
        kwargs["action"] = "extend"
    parser.add_argument(*opt.names, **kwargs)


class _Help(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30, width=min(100, _columns()))

    def _format_action_invocation(self, action: argparse.Action) -> str:
        # "-f, --format yaml|json|jsonl", not "-f yaml|json|jsonl, --format yaml|json|jsonl"
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        return f"{', '.join(action.option_strings)} {action.metavar}"


def _columns() -> int:
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


def _epilog(command: Command) -> str:
    return "examples:\n" + "\n".join(f"  {e}" for e in command.examples)


def overview() -> str:
    """``gazette -h``: the commands, one line each."""
    width = max(len(c.name) for c in COMMANDS) + 2
    lines = [
        "usage: gazette COMMAND [options] …", "", ABOUT, "", "commands:",
        *(f"  {c.name:<{width}}{c.summary}" for c in COMMANDS if not c.hidden),
        "", "options:", "  -h, --help   Show this help and exit.", "  --version    Print the version and exit.",
        "", "Run 'gazette COMMAND -h' for a command's options and examples.",
    ]
    return "\n".join(lines) + "\n"


def build(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of the whole CLI; with ``only``, just that command's
    sub-parser is filled in (the others are listed), which is all a run needs."""
    top = _Parser(
        prog=PROG,
        formatter_class=_Help,
        add_help=False,
        allow_abbrev=False,
    )
    _add(top, HELP)
    _add(top, VERSION_OPT)
    subs = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS:
        sub = subs.add_parser(
            command.name,
            usage=f"gazette {command.name} {command.usage}",
            description=command.description,
            epilog=_epilog(command),
            formatter_class=_Help,
            add_help=False,
            allow_abbrev=False,
        )
        sub.command = command.name  # type: ignore[attr-defined]
        if only in (None, command.name):
            for opt in command.options:
                _add(sub, opt)
    return top


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line as a namespace with ``command`` set; no command and
    no option prints the overview help."""
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build(command if command in BY_NAME else None)
    # argparse reports unknown options from the top: name the command in them.
    parser.command = None  # type: ignore[attr-defined]
    parser.named = command if command in BY_NAME else None  # type: ignore[attr-defined]
    if not argv:
        parser.print_help()
        raise SystemExit(0)
    args = parser.parse_args(argv)
    if args.command is None:
        usage_error("missing COMMAND")
    return args


# --- shell completion -------------------------------------------------------------


def _option_words(command: Command) -> list[str]:
    return [n for o in command.options if not o.positional for n in o.names]


def _value_options(command: Command) -> list[Opt]:
    return [o for o in command.options if not o.positional and o.shown]


def bash_script() -> str:
    cases = []
    for c in COMMANDS:
        values = []
        for o in _value_options(c):
            if o.choices:
                action = f'COMPREPLY=($(compgen -W "{" ".join(o.choices)}" -- "$cur")); return'
            elif o.complete == "file":
                action = 'COMPREPLY=($(compgen -f -- "$cur")); return'
            else:
                action = "return"
            values.append(f"        {'|'.join(o.names)}) {action};;")
        positional = next((o for o in c.options if o.positional), None)
        rest = (
            f'COMPREPLY=($(compgen -W "{" ".join(positional.choices)}" -- "$cur"))'
            if positional is not None and positional.choices
            else 'COMPREPLY=($(compgen -f -- "$cur"))'
        )
        cases.append(
            f"    {c.name})\n      case \"$prev\" in\n" + "\n".join(values) + "\n      esac\n"
            f"      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"{' '.join(_option_words(c))}\" -- \"$cur\")); else {rest}; fi;;"
        )
    commands = " ".join(c.name for c in COMMANDS)
    return (
        "# bash completion for gazette: source <(gazette completion bash)\n"
        "_gazette() {\n"
        '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"\n'
        "  if (( COMP_CWORD == 1 )); then\n"
        f'    COMPREPLY=($(compgen -W "{commands} -h --help --version" -- "$cur")); return\n'
        "  fi\n"
        '  case "${COMP_WORDS[1]}" in\n' + "\n".join(cases) + "\n  esac\n}\n"
        "complete -o filenames -o bashdefault -F _gazette gazette\n"
    )


def _zsh_quote(text: str) -> str:
    return text.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")


def zsh_script() -> str:
    lines = ["#compdef gazette", "# zsh completion for gazette: put it as _gazette in a folder on $fpath", "_gazette() {", "  local -a commands", "  commands=("]
    lines += [f"    '{c.name}:{_zsh_quote(c.summary)}'" for c in COMMANDS]
    lines += ["  )", "  if (( CURRENT == 2 )); then", "    _describe 'command' commands", "    return", "  fi", "  local cmd=$words[2]", "  shift words", "  (( CURRENT-- ))", "  case $cmd in"]
    for c in COMMANDS:
        specs = []
        for o in c.options:
            if o.positional:
                what = f"({' '.join(o.choices)})" if o.choices else "_files"
                specs.append(f"'{'*' if o.nargs in ('+', '*') else ''}:{o.dest}:{what}'")
                continue
            names = [n for n in o.names]
            excl = f"({' '.join(names)})" if len(names) > 1 else ""
            value = ""
            if o.shown:
                value = f":{o.dest}:({' '.join(o.choices)})" if o.choices else (f":{o.dest}:_files" if o.complete == "file" else f":{o.dest}: ")
            for n in names:
                specs.append(f"'{excl}{n}[{_zsh_quote(o.help)}]{value}'")
        lines.append(f"    {c.name}) _arguments -s " + " ".join(specs) + " ;;")
    lines += ["  esac", "}", '_gazette "$@"']
    return "\n".join(lines) + "\n"


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish_script() -> str:
    names = " ".join(c.name for c in COMMANDS)
    lines = ["# fish completion for gazette: gazette completion fish > ~/.config/fish/completions/gazette.fish", "complete -c gazette -f"]
    lines.append(f"complete -c gazette -n 'not __fish_seen_subcommand_from {names}' -l version -d 'Print the version and exit.'")
    for c in COMMANDS:
        lines.append(f"complete -c gazette -n 'not __fish_seen_subcommand_from {names}' -a {c.name} -d {_fish_quote(c.summary)}")
        when = f"-n '__fish_seen_subcommand_from {c.name}'"
        for o in c.options:
            if o.positional:
                lines.append(f"complete -c gazette {when} " + (f"-a {_fish_quote(' '.join(o.choices))}" if o.choices else "-F"))
                continue
            flags = " ".join(f"-s {n[1:]}" if not n.startswith("--") else f"-l {n[2:]}" for n in o.names)
            value = ""
            if o.choices:
                value = f" -x -a {_fish_quote(' '.join(o.choices))}"
            elif o.shown:
                value = " -r -F" if o.complete == "file" else " -x"
            lines.append(f"complete -c gazette {when} {flags}{value} -d {_fish_quote(o.help)}")
    return "\n".join(lines) + "\n"


SCRIPTS: dict[str, Callable[[], str]] = {"bash": bash_script, "zsh": zsh_script, "fish": fish_script}

