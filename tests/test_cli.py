"""The command line: formats, stdin, one-line errors and exit codes."""

import json
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLE


def gazette(*args, stdin=b""):
    return subprocess.run(
        [sys.executable, "-m", "gazette_cli", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )


def test_json_from_stdin_has_the_notices(validator):
    result = gazette("parse", "-", "--format", "json", stdin=SAMPLE.read_bytes())
    data = json.loads(result.stdout)
    assert (result.returncode, [n["doc_number"] for n in data["notices"]][:2], list(validator.iter_errors(data))) == (
        0,
        ["济政发〔2022〕17号", "济政发〔2022〕18号"],
        [],
    )


def test_yaml_keeps_chinese_readable():
    result = gazette("parse", str(SAMPLE))
    assert "title: 济南市人民政府公报" in result.stdout.decode("utf-8") and b"\\u" not in result.stdout


def test_punct_ascii_changes_text_fields_only():
    data = json.loads(gazette("parse", str(SAMPLE), "-f", "json", "--punct", "ascii").stdout)
    clause = data["notices"][0]["clauses"][0]["children"][2]
    assert (clause["text"][:16], data["notices"][0]["doc_number"]) == ("工作目标.到2025年,全市公民", "济政发〔2022〕17号")


def test_schema_command_prints_the_schema_file():
    assert gazette("schema").stdout == (ROOT / "schemas" / "gazette-issue.schema.json").read_bytes()


def test_normalize_prints_one_paragraph_per_line():
    lines = gazette("normalize", str(SAMPLE)).stdout.decode("utf-8").splitlines()
    assert lines[:4] == [
        "济南市人民政府",
        "关于印发济南市“十四五”全民科学素质行动规划纲要实施方案的通知",
        "济政发〔2022〕17号",
        "各区县人民政府，市政府各部门（单位）：",
    ]


def test_normalize_lines_keeps_the_line_count():
    out = gazette("normalize", str(SAMPLE), "--lines").stdout.decode("utf-8")
    assert out.count("\n") == len(SAMPLE.read_text(encoding="utf-8").split("\n"))


@pytest.mark.parametrize(
    "args, stdin, message",
    [
        pytest.param(["parse", "no-such-file.txt"], b"", "no-such-file.txt: no such file", id="missing"),
        pytest.param(["parse", "samples"], b"", "is a directory", id="directory"),
        pytest.param(["parse", "-"], b"%PDF-1.4\n...", "is a damaged or truncated PDF", id="broken-pdf-on-stdin"),
        pytest.param(["parse", "-"], b"", "is empty", id="empty-stdin"),
        pytest.param(["parse", "-"], b"\xe6\xb5\x8e\x80\xff", "neither UTF-8", id="undecodable"),
        pytest.param(["parse", "-", "--encoding", "nope"], b"abc", "unknown encoding", id="bad-encoding-name"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, stdin, message):
    result = gazette(*args, stdin=stdin)
    err = result.stderr.decode("utf-8")
    assert (result.returncode, err.count("\n"), message in err, result.stdout) == (2, 1, True, b"")


def test_text_without_notices_is_a_warning_not_an_error(validator):
    result = gazette("parse", "-", "-f", "json", stdin="今天天气很好。\n".encode())
    data = json.loads(result.stdout)
    assert (result.returncode, data["notices"], "warning" in result.stderr.decode()) == (0, [], True)


def test_usage_error_exits_2():
    assert gazette("parse", "--format", "xml", str(SAMPLE)).returncode == 2


def test_version():
    assert gazette("--version").stdout.decode().startswith("gazette ")


def test_importing_the_library_loads_neither_typer_nor_rich():
    code = "import sys, gazette_cli; gazette_cli.parse_text('一、总则'); print(sorted(m for m in ('typer', 'rich', 'click') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, env={"PYTHONPATH": str(ROOT)})
    assert out.stdout.decode().strip() == "[]"


def test_a_parse_without_extraction_has_the_same_text_layout_and_warnings():
    # normalize parses with extract=False: what it prints must not change.
    from gazette_cli.pipeline import clean_text, parse_path

    full, bare = parse_path(SAMPLE), parse_path(SAMPLE, extract=False)
    assert (clean_text(bare), clean_text(bare, keep_lines=True), bare.warnings) == (clean_text(full), clean_text(full, keep_lines=True), full.warnings)
    assert [n.title for n in bare.notices] == [n.title for n in full.notices]
    assert not any(n.targets or n.amounts or n.references or n.responsibilities for n in bare.notices)


@pytest.mark.parametrize("name", ["samples/jinan-gazette-2022-20.txt", "tests/corpus/pdf/issue-a.pdf"])
def test_normalize_writes_the_parse_clean_text_without_its_warnings_about_notices(name):
    """``clean_source`` (what normalize runs) gives the text of a full parse,
    in both forms; of its warnings only those of reading and layout, not the
    parse's about text before the first document."""
    from gazette_cli.pipeline import clean_source, clean_text, parse_path
    from gazette_cli.sources.text import read_path

    doc = parse_path(ROOT / name)
    for keep_lines in (False, True):
        text, warnings = clean_source(read_path(ROOT / name), keep_lines=keep_lines)
        assert text == clean_text(doc, keep_lines=keep_lines)
        assert warnings == doc.source.warnings + doc.layout.warnings
    if name.endswith(".pdf"):
        assert any("before the first document" in w for w in doc.warnings)


def test_normalize_finds_a_document_where_the_parse_does():
    """``has_documents`` (what normalize asks, reading no document) says what
    a parse's frames say, on every corpus text, the fixtures and texts with none."""
    from gazette_cli.pipeline import parse_text
    from gazette_cli.structure.frame import has_documents, segment

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("**/*.txt"))]
    texts += ["", "各位好。", "一二三四五六七八九十", "附件：\n1.某某表\n"]
    for text in texts:
        blocks = parse_text(text).layout.blocks
        assert has_documents(blocks) == bool(segment(blocks)[0]), text[:40]


@pytest.mark.parametrize("command", ["parse", "normalize"])
def test_a_text_input_on_the_command_line_loads_no_pdf_reader(command):
    # The options of a PDF read are built for every input; the reader itself only for a PDF
    # (and the page and office readers only for a page and an office file).
    code = (
        "import sys, io, contextlib\n"
        "from gazette_cli.cli.app import run\n"
        f"with contextlib.redirect_stdout(io.StringIO()): run([{command!r}, 'samples/jinan-gazette-2022-20.txt', '-q'])\n"
        "print(sorted(m for m in ('gazette_cli.sources.pdf', 'pypdfium2', 'gazette_cli.sources.html', 'gazette_cli.sources.office', 'openpyxl')"
        " if m in sys.modules), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, env={"PYTHONPATH": str(ROOT), "GAZETTE_CACHE": "off"})
    assert out.stderr.decode().strip() == "[]"


def test_normalize_does_not_load_the_extractors():
    code = (
        "import sys\n"
        "from gazette_cli.cli.app import run\n"
        "run(['normalize', 'samples/jinan-gazette-2022-20.txt', '-q'])\n"
        "print('gazette_cli.extract' in sys.modules, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, env={"PYTHONPATH": str(ROOT), "GAZETTE_CACHE": "off"})
    assert out.stderr.decode().strip() == "False"


def test_parsing_text_to_json_loads_only_what_text_needs():
    # A text file parsed and written as JSON needs neither the PDF reader nor
    # the YAML writer, the schema validator, the terminal display or the
    # encoding guesser: loading them was most of the fixed cost of a command.
    code = (
        "import sys, gazette_cli\n"
        "gazette_cli.to_json(gazette_cli.to_dict(gazette_cli.parse_path('samples/jinan-gazette-2022-20.txt')))\n"
        "gazette_cli.to_json(gazette_cli.to_dict(gazette_cli.parse_bytes('济南市人民政府公报'.encode('gb18030') * 20)))\n"
        "heavy = ('pypdfium2', 'gazette_cli.sources.pdf', 'yaml', 'jsonschema', 'rich', 'typer', 'charset_normalizer')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, env={"PYTHONPATH": str(ROOT)})
    assert out.stderr.decode() == ""
    assert out.stdout.decode().strip() == "[]"
