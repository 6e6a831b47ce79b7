"""PDF input: the test issues of ``tests/corpus/pdf`` (see its README), PDFs built
here with reportlab's built-in CJK font, and every kind of bad PDF."""

from __future__ import annotations

import io
from collections.abc import Callable
import os
import subprocess
import sys

import pytest

import gazette_cli
from gazette_cli.errors import InputError
from gazette_cli.model import Table
from gazette_cli.pipeline import clean_text
from gazette_cli.sources import pdf as pdf_source
from gazette_cli.sources.pdf import PdfOptions, read_pdf
from gazette_cli.sources.pdf_options import parse_range

from conftest import ROOT

PDFS = ROOT / "tests" / "corpus" / "pdf"

reportlab = pytest.importorskip("reportlab")


def build_pdf(pages: list[list[tuple[float, float, str]]], password: str | None = None, size: float = 10.5, draw=None, embed: bool = False) -> bytes:
    """A PDF with text drawn at (x, y) on each page (A4, points from the bottom left), in STSong-Light
    (an item (x, y, text, size) sets its own size); ``draw(canvas, page_index)`` draws more on a page.

    STSong-Light is not embedded: PDFium draws it with a CJK font of the
    system, and without one it knows no glyph's outline, and leaves out of
    its text the runs whose glyphs then have no width across the page (a
    character alone, a vertical or a turned line).  ``embed`` draws the text
    in :func:`square_font` instead, embedded, for tests of such runs."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = square_font("".join(item[2] for items in pages for item in items)) if embed else "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.28, 841.89), encrypt=password)
    for k, items in enumerate(pages):
        for x, y, text, *own in items:
            c.setFont(font, own[0] if own else size)
            c.drawString(x, y, text)
        if draw is not None:
            draw(c, k)
        if not items and draw is None:
            c.rect(100, 100, 300, 300)  # a drawing and no text, as a scanned page has
        c.showPage()
    c.save()
    return buf.getvalue()


def square_font(chars: str) -> str:
    """The name of a TrueType font, registered with reportlab, that has a
    square glyph (the em box less its bearings, from the descender to the
    ascender) for each of ``chars``: embedded in a PDF, it needs no font of
    the system to give each character its box."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    chars = "".join(sorted(set(chars) - {" "}))
    name = f"Square-{abs(hash(chars)):x}"
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    names = {ord(ch): f"u{ord(ch):04X}" for ch in chars}
    pen = TTGlyphPen(None)
    pen.moveTo((50, -120)), pen.lineTo((50, 880)), pen.lineTo((950, 880)), pen.lineTo((950, -120)), pen.closePath()
    square, empty = pen.glyph(), TTGlyphPen(None).glyph()
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "space", *names.values()])
    fb.setupCharacterMap({32: "space", **names})
    fb.setupGlyf({".notdef": empty, "space": empty, **{n: square for n in names.values()}})
    fb.setupHorizontalMetrics({".notdef": (1000, 0), "space": (500, 0), **{n: (1000, 50) for n in names.values()}})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": name, "styleName": "Regular", "psName": name})
    fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    fb.setupPost()
    buf = io.BytesIO()
    fb.save(buf)
    buf.seek(0)
    pdfmetrics.registerFont(TTFont(name, buf))
    return name


def _system_cjk_font() -> bool:
    """Can PDFium draw a CJK font the file does not embed (a CJK font of the system stands in)?"""
    pdfium = pytest.importorskip("pypdfium2")
    page = pdfium.PdfDocument(build_pdf([[(100, 700, "文")]]))[0]
    text = page.get_textpage()
    return text.count_chars() == 1 and text.get_charbox(0)[3] - text.get_charbox(0)[1] > 1


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "gazette_cli", *args], capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT)


# --- the test issues -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,expected",
    [
        pytest.param("issue-a.pdf", [(1, None)] + [(i, i - 1) for i in range(2, 12)], id="a-toc-page-unnumbered"),
        pytest.param("issue-b.pdf", [(i, i + 20) for i in range(1, 11)], id="b-number-in-the-header"),
        pytest.param("hongze_2023_zfxxgk_annual_report.pdf", [(i, i) for i in range(1, 6)], id="hongze-dash-numbers"),
    ],
)
def test_page_map_gives_each_pdf_page_its_printed_number(name, expected):
    source = read_pdf((PDFS / name).read_bytes(), name)
    assert list(source.page_map) == expected


def test_a_pdf_is_recognised_by_its_bytes_whatever_its_name(tmp_path):
    misnamed = tmp_path / "issue-a.txt"
    misnamed.write_bytes((PDFS / "issue-a.pdf").read_bytes())
    doc = gazette_cli.parse_path(misnamed)
    assert [n.doc_number for n in doc.notices] == ["国务院令第706号", "国办发〔2018〕128号", "国发〔2019〕3号"]


def test_the_real_pdf_is_one_document_with_tables_and_no_furniture_in_paragraphs():
    doc = gazette_cli.parse_path(PDFS / "hongze_2023_zfxxgk_annual_report.pdf")
    (notice,) = doc.notices
    assert notice.tables
    texts = [s.passage.text for s in notice.passages()]
    assert [t for t in texts if "- 1 -" in t or "-1-" in t or "- 2 -" in t] == []


def test_pages_reads_a_range_of_the_file():
    doc = gazette_cli.parse_path(PDFS / "issue-a.pdf", pdf=PdfOptions(first_page=2, last_page=4))
    assert [(n.doc_number, n.span.page, n.span.end_page) for n in doc.notices] == [("国务院令第706号", 1, 3)]


@pytest.mark.parametrize("spec,expected", [("3-17", (3, 17)), ("5", (5, 5)), ("3-", (3, None)), ("-4", (None, 4))])
def test_page_ranges(spec, expected):
    assert parse_range(spec) == expected


@pytest.mark.parametrize("spec", ["x", "0-3", "9-3", ""])
def test_bad_page_ranges(spec):
    with pytest.raises(InputError):
        parse_range(spec)


# --- geometry: a page built here -------------------------------------------------------------------------


def two_column_page(number: int) -> list[tuple[float, float, str]]:
    """A running header, two columns of five lines each (the first line of a
    paragraph indented by its position, not by spaces) and a page number."""
    left, right = 56, 308
    column = ["第一条为了规范管理工作，", "根据有关规定，结合本市实际，", "制定本办法。", "第二条本办法适用于本市行政", "区域内的管理活动和监督检查。"]
    column2 = ["第五条本办法自印发之日起", "施行，有效期五年。", "第六条本办法由市政府负责解", "释，具体工作由市政府办公室", "承担并组织实施和监督检查。"]
    indented = {0, 3}
    rows = [(56, 800, "某市人民政府公报"), (470, 800, "2023年第12期")]
    for k, text in enumerate(column):
        rows.append((left + (21 if k in indented else 0), 760 - 16 * k, text))
    for k, text in enumerate(column2):
        rows.append((right + (21 if k in (0, 2) else 0), 760 - 16 * k, text))
    rows.append((280, 40, f"— {number} —"))
    return rows


def test_two_columns_are_read_left_first_with_header_first_and_number_last():
    data = build_pdf([two_column_page(3), two_column_page(4)])
    page = read_pdf(data, "two.pdf").text.split("\f")[0].splitlines()
    assert page == [
        "某市人民政府公报 2023年第12期",
        "\u3000\u3000第一条为了规范管理工作，",
        "根据有关规定，结合本市实际，",
        "制定本办法。",
        "\u3000\u3000第二条本办法适用于本市行政",
        "区域内的管理活动和监督检查。",
        "\u3000\u3000第五条本办法自印发之日起",
        "施行，有效期五年。",
        "\u3000\u3000第六条本办法由市政府负责解",
        "释，具体工作由市政府办公室",
        "承担并组织实施和监督检查。",
        "— 3 —",
    ]


def test_a_row_across_the_gutter_is_read_whole_between_the_columns():
    rows = two_column_page(1)
    rows.insert(2, (120, 780, "关于印发某市管理办法的通知（市政发〔2023〕1号）"))
    page = read_pdf(build_pdf([rows, two_column_page(2)]), "title.pdf").text.split("\f")[0].splitlines()
    assert page[1] == "关于印发某市管理办法的通知（市政发〔2023〕1号）"
    assert page[2:4] == ["\u3000\u3000第一条为了规范管理工作，", "根据有关规定，结合本市实际，"]


# --- bad PDFs: one line, exit 2, nothing written ----------------------------------------------------------


def test_a_scan_without_text_layer_is_refused_with_a_hint(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(build_pdf([[], []]))
    out = run("parse", str(path), "-o", str(tmp_path / "out"))
    assert (out.returncode, out.stderr.strip().count("\n")) == (1, 1) or out.returncode == 2
    assert "no text layer: run OCR first (for example ocrmypdf)" in out.stderr
    assert not any((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


def test_a_scan_on_stdout_exits_2_with_one_line(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(build_pdf([[]]))
    out = run("parse", str(path))
    assert (out.returncode, out.stdout, len(out.stderr.strip().splitlines())) == (2, "", 1)
    assert "no text layer" in out.stderr


def test_a_mixed_file_reads_its_text_pages_and_names_the_others():
    source = read_pdf(build_pdf([two_column_page(1), [], two_column_page(3)]), "mixed.pdf")
    assert source.warnings == ("pages with no text layer (scanned?), read as empty: 2",)
    assert "第五条本办法自印发之日起" in source.text


def test_a_password_is_asked_for_then_used(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(build_pdf([two_column_page(1)], password="s3cret"))
    missing = run("parse", str(path))
    assert (missing.returncode, missing.stdout) == (2, "")
    assert "protected by a password; give it with --password" in missing.stderr
    wrong = run("parse", str(path), "--password", "nope")
    assert (wrong.returncode, "the password is wrong" in wrong.stderr) == (2, True)
    right = run("normalize", str(path), "--password", "s3cret")
    assert right.returncode == 0 and "第一条为了规范管理工作" in right.stdout


def test_a_truncated_file_is_damaged(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes((PDFS / "issue-a.pdf").read_bytes()[:40000])
    out = run("parse", str(path))
    assert (out.returncode, out.stdout) == (2, "")
    assert "damaged or truncated PDF" in out.stderr and "Traceback" not in out.stderr


def test_too_many_pages_is_refused():
    data = build_pdf([two_column_page(i) for i in range(1, 4)])
    with pytest.raises(InputError, match="3 pages is over the 2-page limit; read a range with --pages"):
        read_pdf(data, "long.pdf", PdfOptions(max_pages=2))


def test_a_page_with_more_characters_than_any_page_prints_is_refused(monkeypatch):
    monkeypatch.setattr(pdf_source, "MAX_CHARS_PER_PAGE", 20)
    with pytest.raises(InputError, match="page 1 holds .* characters, over the 20 limit"):
        read_pdf(build_pdf([two_column_page(1)]), "bomb.pdf")


def test_glyphs_without_unicode_are_counted_and_named_by_page():
    box = (0.0, 0.0, 10.0, 10.0)
    rows, unmapped = pdf_source._rows("甲\ufffd乙\ufffd", pdf_source._Boxes.of([box, box, box, box]))
    assert (unmapped, [c[0] for c in rows[0].chars]) == (2, ["甲", "乙"])
    page = pdf_source._Page(4, [], ["甲乙"], [], chars=2, unmapped=2)
    assert pdf_source._warnings([page]) == ["page 4: 2 characters map to no Unicode (their font has no ToUnicode table)"]


@pytest.mark.parametrize("name", ["issue-a.pdf", "issue-b.pdf", "hongze_2023_zfxxgk_annual_report.pdf"])
def test_a_page_read_whole_has_the_characters_of_each_index(name):
    """The one call for a page's text lines up with PDFium's characters, one
    per index, also on the pages of issue-b with glyphs of no code (U+0000)
    that PDFium leaves out of its text."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    doc = pdfium.PdfDocument((PDFS / name).read_bytes())
    calls = pdf_source._Calls()
    asked = []
    unicode_of = calls.unicode
    calls.unicode = lambda text, i: asked.append(i) or unicode_of(text, i)
    try:
        for k in range(len(doc)):
            page = doc[k]
            text = page.get_textpage()
            n = text.count_chars()
            one_by_one = "".join(chr(c.FPDFText_GetUnicode(text.raw, i)) for i in range(n))
            boxes = pdf_source._loose(calls.loose_boxes(text.raw, n))
            rect = c.FS_RECTF()
            assert c.FPDFText_GetLooseCharBox(text.raw, n - 1, rect) and boxes.boxes()[-1] == (rect.left, rect.bottom, rect.right, rect.top)
            asked.clear()
            assert calls.text(text.raw, n) == one_by_one, k
            assert len(asked) < n, k  # not a call per character
            text.close()
            page.close()
    finally:
        doc.close()


def _issues_repeated(times: int) -> bytes:
    """issue-a and issue-b, one after the other, ``times`` over (their running headers on a fifth of the pages each)."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument((PDFS / name).read_bytes()) for name in ("issue-a.pdf", "issue-b.pdf")]
    for _ in range(times):
        for src in sources:
            out.import_pages(src)
    buf = io.BytesIO()
    out.save(buf)
    for doc in (out, *sources):
        doc.close()
    return buf.getvalue()


def test_running_headers_guessed_while_reading_are_those_of_the_whole_file(monkeypatch):
    """Pages whose running header is unsure wait for every page's bands; with
    no room for them to wait, each is read on a guess, and those the guess
    got wrong are read again: the same text either way."""
    data = _issues_repeated(2)
    waited = read_pdf(data, "issues.pdf")
    extracted = []
    extract = pdf_source._extract
    monkeypatch.setattr(pdf_source, "_extract", lambda page, *rest: extracted.append(page.index) or extract(page, *rest))
    monkeypatch.setattr(pdf_source, "PENDING", 0)
    guessed = read_pdf(data, "issues.pdf")
    assert len(extracted) > len(set(extracted)) == 42  # some pages read again
    assert (guessed.text, guessed.line_boxes, guessed.line_looks, guessed.page_map) == (waited.text, waited.line_boxes, waited.line_looks, waited.page_map)


# --- a second process reading pages -----------------------------------------------------------------------

forks = pytest.mark.skipif(not pdf_source._may_fork(), reason="a second reader is forked on Linux only")


def _same_source(a, b) -> bool:
    return (a.text, a.line_boxes, a.line_looks, a.page_map, a.warnings) == (b.text, b.line_boxes, b.line_looks, b.page_map, b.warnings)


def _no_child_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@forks
@pytest.mark.parametrize("name", ["issue-a.pdf", "issue-b.pdf", "hongze_2023_zfxxgk_annual_report.pdf", "repeated"])
def test_pages_read_by_a_second_process_give_the_same_source(name, monkeypatch):
    monkeypatch.setattr(pdf_source, "FORK_PAGES", 2)
    forked = []
    real = pdf_source._read_pages_forked
    monkeypatch.setattr(pdf_source, "_read_pages_forked", lambda *args: forked.append(args[3]) or real(*args))
    data = _issues_repeated(2) if name == "repeated" else (PDFS / name).read_bytes()
    assert _same_source(read_pdf(data, name, PdfOptions(processes=2)), read_pdf(data, name))
    assert len(forked) == 1 and _no_child_left()


@forks
def test_pages_that_waited_for_the_headers_are_laid_out_by_two_processes_the_same(monkeypatch):
    """Two issues repeated: most pages wait until their running headers are
    known; a second process lays out half of those, and the source is the
    one read alone."""
    shared = []
    real = pdf_source._layouts
    monkeypatch.setattr(pdf_source, "_layouts", lambda pages, *rest: shared.append(len(pages)) or real(pages, *rest))
    data = _issues_repeated(2)
    assert _same_source(read_pdf(data, "issues.pdf", PdfOptions(processes=2)), read_pdf(data, "issues.pdf"))
    assert shared[0] >= pdf_source.SHARED_LAYOUTS and _no_child_left()


@forks
def test_a_layout_helper_that_dies_leaves_its_pages_to_this_process(monkeypatch):
    parent = os.getpid()
    real = pdf_source._layout

    def dies_in_the_helper(page, furniture):
        if os.getpid() != parent:
            os._exit(1)
        return real(page, furniture)

    monkeypatch.setattr(pdf_source, "_layout", dies_in_the_helper)
    data = _issues_repeated(2)
    alone = read_pdf(data, "issues.pdf")
    # the page reader is not forked here: only the layout helper
    monkeypatch.setattr(pdf_source, "FORK_PAGES", 10**6)
    forks_ = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks_.append(1) or fork())
    assert _same_source(read_pdf(data, "issues.pdf", PdfOptions(processes=2)), alone)
    assert forks_ == [1] and _no_child_left()


@forks
def test_a_reader_that_stops_early_leaves_its_pages_to_this_process(monkeypatch):
    """The second process gives one page and dies: the pages it owed are read here."""
    import pickle

    def one_page_then_die(data, password, indices, name, tickets, fd):
        import pypdfium2 as pdfium

        n = int.from_bytes(os.read(tickets, 4), "little")  # it takes a page, sends it, then a second one and dies
        keys, chars = pdf_source._read_page(pdfium.PdfDocument(data), indices[n], pdf_source._Calls(), name)
        payload = pickle.dumps((n, keys, chars))
        os.write(fd, len(payload).to_bytes(8, "little") + payload)
        os.read(tickets, 4)
        os._exit(1)

    monkeypatch.setattr(pdf_source, "FORK_PAGES", 2)
    monkeypatch.setattr(pdf_source, "_send_pages", one_page_then_die)
    data = (PDFS / "issue-a.pdf").read_bytes()
    assert _same_source(read_pdf(data, "a.pdf", PdfOptions(processes=2)), read_pdf(data, "a.pdf"))
    assert _no_child_left()


@forks
def test_more_pages_than_a_pipe_holds_tickets_for_are_read_here(monkeypatch):
    monkeypatch.setattr(pdf_source, "FORK_PAGES", 2)
    monkeypatch.setattr(pdf_source, "_TICKETS_BYTES", 8)  # two pages' tickets
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("no second reader for this file"))
    data = (PDFS / "issue-a.pdf").read_bytes()
    assert _same_source(read_pdf(data, "a.pdf", PdfOptions(processes=2)), read_pdf(data, "a.pdf"))


@forks
def test_a_page_over_the_limit_is_refused_whichever_process_reads_it(monkeypatch):
    monkeypatch.setattr(pdf_source, "FORK_PAGES", 2)
    monkeypatch.setattr(pdf_source, "MAX_CHARS_PER_PAGE", 20)
    data = build_pdf([[(72, 700, "短")], [(72, 700, "短")], two_column_page(3)])
    with pytest.raises(InputError, match="page 3 holds .* characters, over the 20 limit"):
        read_pdf(data, "bomb.pdf", PdfOptions(processes=2))
    assert _no_child_left()


def test_one_file_on_the_command_line_may_be_read_by_two_processes(tmp_path):
    """The same text from ``normalize`` with the second reader (the default
    on a machine with two CPUs) as from the library read in one process."""
    path = tmp_path / "issue.pdf"
    path.write_bytes(_issues_repeated(1))
    out = run("normalize", str(path))
    assert out.returncode == 0
    assert out.stdout == clean_text(gazette_cli.parse_path(path))


# --- positions ---------------------------------------------------------------------------------------------


def test_every_span_of_a_pdf_has_the_box_of_its_lines(validator):
    data = gazette_cli.to_dict(gazette_cli.parse_path(PDFS / "issue-a.pdf"))
    assert list(validator.iter_errors(data)) == []
    target = next(t for t in data["notices"][1]["targets"] if "10个左右" in t["text"])
    # printed page 5 is the file's page 6 (the 目录 comes first); the target stands in the left column
    assert (target["span"]["page"], target["span"]["bbox"]["pdf_page"]) == (5, 6)
    box = target["span"]["bbox"]
    assert 50 <= box["x0"] < box["x1"] <= 300 and 0 < box["top"] < box["bottom"] < 842


def test_every_line_box_runs_down_the_page_table_rows_too():
    # the real report's ruled tables: a row's box, like a line's, has its top above its bottom
    source = read_pdf((PDFS / "hongze_2023_zfxxgk_annual_report.pdf").read_bytes(), "hongze.pdf")
    boxes = [b for b in source.line_boxes if b is not None]
    # (pdf page, x0, top, x1, bottom)
    assert boxes and all(b[1] <= b[3] and b[2] <= b[4] for b in boxes), [b for b in boxes if not (b[1] <= b[3] and b[2] <= b[4])][:3]


def test_a_text_input_has_no_boxes():
    data = gazette_cli.to_dict(gazette_cli.parse_path(ROOT / "tests" / "corpus" / "pdf" / "issue-a.pdfium.txt"))
    assert "bbox" not in data["notices"][0]["span"] and "pdf_pages" not in data["source"]


# --- ruled tables -------------------------------------------------------------------------------------------


def _cells(table) -> list[tuple[str, ...]]:
    return [tuple(c for c in row.cells if c) for row in table.rows]


@pytest.fixture(scope="module")
def hongze_tables():
    (notice,) = gazette_cli.parse_path(PDFS / "hongze_2023_zfxxgk_annual_report.pdf").notices
    return notice.tables


def test_the_real_pdf_tables_are_read_from_their_rules(hongze_tables):
    """Written by reading the rendered pages 2-4 of the file."""
    first, continued, requests, review = hongze_tables
    # the table of 三 goes on over the page break, with as many cells a row: one table;
    # the table of 二 on page 3 has two cells a row where page 2's has four: another
    assert (first.span.page, continued.span.page, requests.span.page, requests.span.end_page, review.span.page) == (2, 3, 3, 4, 4)
    assert first.header == ("第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数")
    assert _cells(first)[:2] == [("规章", "0", "0", "0"), ("行政规范性文件", "0", "5", "5")]
    assert ("行政许可", "550") in _cells(first)
    assert _cells(continued) == [
        ("行政处罚", "4119"),
        ("行政强制", "195"),
        ("第二十条第（八）项",),
        ("信息内容", "本年收费金额（单位：万元）"),
        ("行政事业性收费", "7730.28"),
    ]
    assert requests.title == "三、收到和处理政府信息公开申请情况"
    assert requests.header[:5] == ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织", "总计")
    rows = _cells(requests)
    assert rows[0] == ("一、本年新收政府信息公开申请数量", "21", "0", "0", "0", "0", "0", "21")
    # the label set vertically over the rows of 三: one cell, in its first row
    assert rows[2] == ("三、本年度办理结果", "（一）予以公开", "0", "0", "0", "0", "0", "0", "0")
    # a cell that wraps over two lines is one cell
    assert rows[3] == ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "4", "0", "0", "0", "0", "0", "4")
    # a cell over eight rows stands in its first row; the rows under it leave its column empty
    assert requests.rows[4].cells[:3] == ("", "（三）不予公开", "1.属于国家秘密")
    assert requests.rows[5].cells[:3] == ("", "", "2.其他法律行政止公开")
    four = rows.index(("（四）无法提供", "1.本机关不掌握相关政府信息", "10", "0", "0", "0", "0", "0", "10"))
    # page 4 goes on with the third item of （四） and has no header of its own
    assert [r.span.page for r in requests.rows[four : four + 3]] == [3, 3, 4] and rows[four + 1 : four + 3] == [("2.没有现成信息需要另行制作", "3", "0", "0", "0", "0", "0", "3"), ("3.补正后申请内容仍不明确", "0", "0", "0", "0", "0", "0", "0")]
    assert ("5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0") in rows
    assert rows[-2:] == [("（七）总计", "21", "0", "0", "0", "0", "0", "21"), ("四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0")]
    assert review.header[:3] == ("行政复议", "行政诉讼", "结果维持")
    assert _cells(review) == [("10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0")]


def test_the_real_pdf_text_pages_have_no_table(hongze_tables):
    """Page 1 shades every line with a filled box, page 5 has three: no rules, no table."""
    source = read_pdf((PDFS / "hongze_2023_zfxxgk_annual_report.pdf").read_bytes(), "h.pdf")
    pages = {box[0] for box, look in zip(source.line_boxes, source.line_looks) if look.table is not None}
    assert pages == {2, 3, 4}


def _grid(c, xs, ys, skip=()):
    """Rules of a grid, leaving out the segments in ``skip``: ("v", x, y_top) or ("h", y, x_left)."""
    for x in xs:
        for top, bottom in zip(ys, ys[1:]):
            if ("v", x, top) not in skip:
                c.line(x, top, x, bottom)
    for y in ys:
        for left, right in zip(xs, xs[1:]):
            if ("h", y, left) not in skip:
                c.line(left, y, right, y)


def test_a_ruled_table_gives_one_row_per_row_and_one_cell_per_cell():
    xs, ys = [60, 160, 400, 520], [700, 676, 630, 606]
    text = [
        (56, 740, "某市科学素质发展指标"),
        (64, 684, "序号"), (164, 684, "指标名称"), (404, 684, "目标值"),
        (64, 632, "1"),  # set in the middle of the cell over two rows
        (164, 660, "全市公民具备科学素质的比例"), (164, 642, "（城乡合计）"), (404, 652, "18.5%"),
        (164, 614, "科普专家健康教育活动"), (404, 614, "40场"),
        (56, 560, "各单位按职责分工负责。"),
    ]
    # the first column's cell under 序号 spans two rows: no rule between them there
    data = build_pdf([text], draw=lambda c, k: _grid(c, xs, ys, skip={("h", 630, 60)}))
    source = read_pdf(data, "table.pdf")
    lines = source.text.splitlines()
    rows = [line for line, look in zip(lines, source.line_looks) if look.table is not None]
    assert rows == ["序号\t指标名称\t目标值", "1\t全市公民具备科学素质的比例（城乡合计）\t18.5%", "\t科普专家健康教育活动\t40场"]
    assert lines[0] == "某市科学素质发展指标" and lines[-1] == "各单位按职责分工负责。"
    doc = gazette_cli.parse_bytes(data, "table.pdf")
    (table,) = [b for b in doc.layout.blocks if isinstance(b, Table)]
    assert table.header == ("序号", "指标名称", "目标值")
    assert [r.cells for r in table.rows] == [("1", "全市公民具备科学素质的比例（城乡合计）", "18.5%"), ("", "科普专家健康教育活动", "40场")]
    assert (table.title, table.span.start_line, table.span.end_line) == ("某市科学素质发展指标", 2, 4)


def test_a_table_drawn_as_one_path_of_thin_rectangles_is_ruled():
    """Word processors draw rules as filled rectangles half a point wide."""

    def draw(c, k):
        for x in (60, 200, 340):
            c.rect(x - 0.25, 600, 0.5, 100, stroke=0, fill=1)
        for y in (600, 650, 700):
            c.rect(60, y - 0.25, 280, 0.5, stroke=0, fill=1)

    data = build_pdf([[(64, 680, "项目"), (204, 680, "金额"), (64, 630, "奖励"), (204, 630, "100万元")]], draw=draw)
    source = read_pdf(data, "thin.pdf")
    assert source.text.splitlines() == ["项目\t金额", "奖励\t100万元"]


PROSE = [(56, 760 - 16 * k, t) for k, t in enumerate(["第一条为了规范管理工作，根据有关规定，结合本市", "实际，制定本办法。", "第二条本办法适用于本市行政区域内的管理活动。"])]


@pytest.mark.parametrize(
    "draw",
    [
        pytest.param(lambda c, k: c.line(56, 790, 540, 790), id="a-rule-under-the-header"),
        pytest.param(lambda c, k: c.rect(50, 720, 400, 60), id="a-box-around-a-paragraph"),
        pytest.param(lambda c, k: (c.rect(50, 720, 400, 60), c.line(50, 756, 450, 756)), id="a-box-cut-in-two"),
        pytest.param(lambda c, k: (c.rect(50, 720, 400, 60), c.line(250, 720, 250, 780)), id="two-boxes-side-by-side"),
        pytest.param(lambda c, k: [c.rect(50, 770 - 16 * i, 480, 16, stroke=0, fill=1) for i in range(4)], id="each-line-shaded"),
    ],
)
def test_rules_that_make_no_table(draw):
    items = [(56, 800, "某市人民政府公报")] + PROSE
    source = read_pdf(build_pdf([items], draw=draw), "rules.pdf")
    assert all(look.table is None for look in source.line_looks)
    assert "\t" not in source.text and "第二条本办法适用于本市行政区域内的管理活动。" in source.text


# --- vertical text and turned pages ---------------------------------------------------------------------


def _vertical_font(c, size: float) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    font = UnicodeCIDFont("STSong-Light", isVertical=True)  # UniGB-UCS2-V: each character under the one before
    font.name = font.fontName = "STSong-Light-V"  # beside the horizontal font, not in its place
    pdfmetrics.registerFont(font)
    c.setFont(font.fontName, size)


@pytest.mark.skipif(not _system_cjk_font(), reason="vertical STSong-Light-V is drawn with a CJK font of the system, and none is installed")
def test_a_vertical_line_is_one_line_read_top_to_bottom():
    def draw(c, k):
        _vertical_font(c, 12)
        c.drawString(560, 790, "政府信息公开")  # in the right margin, from above the first line down

    lines = read_pdf(build_pdf([PROSE], draw=draw), "vertical.pdf").text.splitlines()
    assert [line.strip() for line in lines] == ["政府信息公开", *(t for _, _, t in PROSE)]


def test_characters_drawn_one_under_another_are_one_line():
    stacked = [(300, 600 - 12 * k, ch, 12) for k, ch in enumerate("三、本年度办理结果")]
    lines = read_pdf(build_pdf([PROSE + stacked], embed=True), "stacked.pdf").text.splitlines()
    assert [line.strip() for line in lines] == [*(t for _, _, t in PROSE), "三、本年度办理结果"]


def test_a_column_of_figures_is_not_vertical_text():
    figures = [(300, 600 - 14 * k, f"{k + 1}", 12) for k in range(4)]
    lines = read_pdf(build_pdf([PROSE + figures]), "figures.pdf").text.splitlines()
    assert [line.strip() for line in lines[-4:]] == ["1", "2", "3", "4"]


def _turned_pdf(rotation: int) -> bytes:
    """One page shown turned by ``rotation`` (its /Rotate), with its text set so that it reads upright as shown:
    a running header, three lines and the page number, in display points from the bottom left (842 wide, 595 tall)."""
    from reportlab.pdfgen import canvas

    font = square_font("某市人民政府公报—12" + "".join(t for _, _, t in PROSE))
    width, height = 595.28, 841.89
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    for page in range(2):
        c.setPageRotation(rotation)
        c.saveState()
        c.rotate(rotation)
        c.setFont(font, 10.5)
        shown = [(60, 560, "某市人民政府公报"), *((60 + (21 if k == 0 else 0), 500 - 16 * k, t) for k, (_, _, t) in enumerate(PROSE)), (400, 30, f"— {page + 1} —")]
        for x, y, text in shown:
            c.drawString(x, y - width, text) if rotation == 90 else c.drawString(x - height, y, text)
        c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("rotation", [90, 270])
def test_a_turned_page_is_read_as_it_is_shown(rotation):
    source = read_pdf(_turned_pdf(rotation), "turned.pdf")
    first = source.text.split("\f")[0].splitlines()
    assert first == ["某市人民政府公报", "\u3000\u3000" + PROSE[0][2], PROSE[1][2], PROSE[2][2], "— 1 —"]
    assert list(source.page_map) == [(1, 1), (2, 2)]
    # boxes are on the page as shown (842 wide, 595 tall), from its top left: the page number low and right
    number = source.line_boxes[4]
    assert number[1] == 400 and 560 < number[4] < 595


# --- titles and headings by centring and type size --------------------------------------------------------


def _centred(y: float, text: str, size: float = 10.5, left: float = 56, right: float = 539) -> tuple[float, float, str, float]:
    """``text`` (CJK characters, one em each) centred between ``left`` and ``right``."""
    return ((left + right) / 2 - len(text) * size / 2, y, text, size)


def _paragraph(text: str, y: float, full: int, left: float = 56, size: float = 10.5) -> list[tuple[float, float, str]]:
    """A paragraph set in lines of ``full`` characters, its first line indented by two."""
    out, first = [], full - 2
    out.append((left + 2 * size, y, text[:first]))
    text = text[first:]
    while text:
        y -= 18
        out.append((left, y, text[:full]))
        text = text[full:]
    return out


LETTER = (
    "现将《某市城乡固体废物综合管理与资源化利用监督检查工作实施细则和配套管理办法（试行）》已经市政府第十次常务会议研究通过，"
    "现印发给你们，请结合本地实际，认真贯彻执行。各区县人民政府要加强组织领导，明确责任分工，确保各项工作落到实处。"
)


def test_a_centred_title_in_a_larger_type_is_one_title_over_four_lines():
    title = ["某市人民政府关于印发某市城乡固体废物", "综合管理与资源化利用监督检查工作", "实施细则和配套管理办法（试行）的", "通知"]
    items = [_centred(780 - 24 * k, line, 16) for k, line in enumerate(title)]
    items += [_centred(670, "市政发〔２０２３〕５号"), (56, 640, "各区县人民政府，市政府各部门：")]
    items += _paragraph(LETTER, 622, 46) + [(400, 560, "某市人民政府"), (400, 542, "2023年3月1日")]
    data = build_pdf([items])
    looks = read_pdf(data, "title.pdf").line_looks
    assert [(look.centred, look.size > 1.4) for look in looks[:4]] == [(True, True)] * 4
    (notice,) = gazette_cli.parse_bytes(data, "title.pdf").notices
    assert (notice.title, notice.doc_number) == ("".join(title), "市政发〔2023〕5号")
    # the same lines as text: each title line indented, a paragraph of its own, and the title reaches back four
    (as_text,) = gazette_cli.parse_text(read_pdf(data, "title.pdf").text).notices
    assert as_text.title == notice.title


def test_a_centred_chapter_heading_as_wide_as_the_column_is_not_run_into_the_next_line():
    full, right = 23, 56 + 23 * 10.5
    heading = "第三章固体废物污染环境防治与资源化循环利用"  # 20 characters of 23: as wide as a full line counts
    body = (
        "本章所称固体废物，是指在生产、生活和其他活动中产生的丧失原有利用价值或者虽未丧失利用价值"
        "但被抛弃或者放弃的固态、半固态和置于容器中的气态的物品、物质，以及法律、行政法规规定纳入"
        "固体废物管理的物品、物质。各级人民政府应当加强对固体废物污染环境防治工作的领导，组织、协调、"
        "督促有关部门依法履行固体废物污染环境防治监督管理职责。"
    )
    before = "第十条　市人民政府应当将固体废物污染环境防治工作纳入国民经济和社会发展规划、生态环境保护规划，并采取有效措施。"
    items = _paragraph(before, 780, full)
    y = items[-1][1] - 30
    items.append(_centred(y, heading, right=right))
    lines = [(56, y - 30 - 18 * k, body[k * full : (k + 1) * full]) for k in range(len(body) // full + 1)]
    data = build_pdf([items + lines])
    paragraphs = [b.text for b in gazette_cli.parse_bytes(data, "chapter.pdf").layout.blocks]
    assert heading in paragraphs
    assert any(p.startswith("本章所称固体废物") for p in paragraphs)
    # the same lines as text run the heading into the next line
    as_text = [b.text for b in gazette_cli.parse_text(read_pdf(data, "chapter.pdf").text).layout.blocks]
    assert heading not in as_text and any(p.startswith(heading + "本章所称") for p in as_text)


def test_a_centred_organ_name_over_its_report_title_stays_apart():
    """洪泽区人民政府 / 2023 年政府信息公开工作年度报告: two centred lines in one larger type."""
    source = read_pdf((PDFS / "hongze_2023_zfxxgk_annual_report.pdf").read_bytes(), "h.pdf")
    assert [(look.centred, look.size > 1.15) for look in source.line_looks[:2]] == [(True, True)] * 2
    (notice,) = gazette_cli.parse_path(PDFS / "hongze_2023_zfxxgk_annual_report.pdf").notices
    assert (notice.issuers, notice.title) == (("洪泽区人民政府",), "洪泽区人民政府2023年政府信息公开工作年度报告")


def test_lines_of_body_text_are_not_centred():
    source = read_pdf((PDFS / "issue-a.pdf").read_bytes(), "a.pdf")
    lines = source.text.splitlines()
    centred = [line for line, look in zip(lines, source.line_looks) if look.centred and len(line.strip()) > 20]
    assert centred == []


@pytest.mark.parametrize("name", ["issue-a.pdf", "issue-b.pdf", "hongze_2023_zfxxgk_annual_report.pdf"])
def test_each_look_rule_gives_only_the_answers_it_names(name, monkeypatch):
    """The layout asks a rule only where its answer may change the text's
    (:data:`~gazette_cli.layout.blocks.LOOK_RULES` names each rule's answers):
    asked of every pair of lines of a real page, none gives another."""
    from gazette_cli.layout import blocks

    given: dict[str, set] = {}

    def watched(rule_name, rule):
        def ask(cols, p, i):
            answer = rule(cols, p, i)
            given.setdefault(rule_name, set()).add(answer)
            return answer

        return ask

    table = tuple((n, watched(n, rule), can) for n, rule, can in blocks.LOOK_RULES)
    monkeypatch.setattr(blocks, "LOOK_RULES", table)
    monkeypatch.setattr(blocks, "_ASKED", {True: tuple(r for _, r, _ in table), False: tuple(r for _, r, _ in table)})
    gazette_cli.parse_path(PDFS / name)
    assert set(given) == {n for n, _, _ in table}
    for rule_name, _, can in table:
        assert given[rule_name] - {None} <= can, rule_name


# --- a ruled table over a page break -----------------------------------------------------------------------------


def _table_page(top_text: list[tuple[float, float, str]], rows: list[tuple[str, str, str]], top: float, number: int):
    """Items of a page holding a 3-column ruled table of ``rows`` from ``top`` down, and the grid's ys."""
    xs = [60, 160, 400, 520]
    ys = [top - 24 * k for k in range(len(rows) + 1)]
    items = list(top_text)
    for (a, b, c), y in zip(rows, ys):
        items += [(64, y - 17, a), (164, y - 17, b), (404, y - 17, c)]
    items.append((290, 40, f"— {number} —"))
    return items, xs, ys


HEADER = ("序号", "指标名称", "目标值")


def _two_page_table(second_top_text, second_rows, second_top=780):
    first_rows = [HEADER, ("1", "全市公民具备科学素质的比例", "18.5%"), ("2", "科普专家健康教育活动", "40场")]
    p1, xs1, ys1 = _table_page([(56, 800, "一、主要指标")], first_rows, 160, 1)
    p2, xs2, ys2 = _table_page(second_top_text, second_rows, second_top, 2)
    grids = {0: (xs1, ys1), 1: (xs2, ys2)}
    data = build_pdf([p1, p2], draw=lambda c, k: _grid(c, *grids[k]))
    return [b for b in gazette_cli.parse_bytes(data, "t.pdf").layout.blocks if isinstance(b, Table)]


def test_a_ruled_table_goes_on_over_a_page_break_without_its_repeated_header():
    (table,) = _two_page_table([], [HEADER, ("3", "科技辅导员培训", "300人次"), ("4", "志愿服务活动", "200次")])
    assert table.header == HEADER
    assert [r.cells[0] for r in table.rows] == ["1", "2", "3", "4"]
    assert (table.span.page, table.span.end_page) == (1, 2)


@pytest.mark.parametrize(
    "second_top_text, second_rows, second_top",
    [
        pytest.param([(56, 800, "二、重点工程")], [HEADER, ("1", "科普基础设施工程", "5个")], 760, id="a-heading-between"),
        pytest.param([], [("工程", "数量"), ("科普基础设施工程", "5个")], 780, id="other-columns"),
    ],
)
def test_ruled_tables_on_two_pages_stay_two(second_top_text, second_rows, second_top):
    if len(second_rows[0]) == 2:
        second_rows = [(a, b, "") for a, b in second_rows]
        tables = _two_page_table_two_columns(second_rows)
    else:
        tables = _two_page_table(second_top_text, second_rows, second_top)
    assert len(tables) == 2


def _two_page_table_two_columns(rows):
    first_rows = [HEADER, ("1", "全市公民具备科学素质的比例", "18.5%")]
    p1, xs1, ys1 = _table_page([(56, 800, "一、主要指标")], first_rows, 160, 1)
    xs2, ys2 = [60, 300, 520], [780 - 24 * k for k in range(len(rows) + 1)]
    p2 = [(290, 40, "— 2 —")]
    for (a, b, _), y in zip(rows, ys2):
        p2 += [(64, y - 17, a), (304, y - 17, b)]
    grids = {0: (xs1, ys1), 1: (xs2, ys2)}
    data = build_pdf([p1, p2], draw=lambda c, k: _grid(c, *grids[k]))
    return [b for b in gazette_cli.parse_bytes(data, "t.pdf").layout.blocks if isinstance(b, Table)]


COLUMN_LINES = [
    "第一条为了规范管理工作，", "根据有关规定，结合本市实际，", "制定本办法。", "第二条本办法适用于本市行政",
    "区域内的管理活动和监督检查。", "第三条市政府负责组织实施，", "各区县政府负责本区域工作。", "第四条有关部门按照职责分工",
    "做好相关工作，加强协调配合。", "第五条本办法自印发之日起", "施行，有效期五年。", "第六条本办法由市政府负责解释。",
]


def _column_table_page(side: str) -> tuple[list, Callable]:
    """A two-column page of twelve baselines, the columns' lines on the same
    baselines, and a small ruled table in one column where its lines 3 to 5
    would stand (that column's lines go on below it)."""
    left, right = 56, 308
    rows = [(56, 800, "某市人民政府公报"), (470, 800, "2023年第12期"), (280, 40, "— 5 —")]
    ys = [760 - 16 * k for k in range(15)]
    mine = iter(COLUMN_LINES)
    for k, y in enumerate(ys):
        for x, column in ((left, "left"), (right, "right")):
            if column == side and 2 <= k <= 4:
                continue  # the table stands there
            if column == side or k < 12:
                text = next(mine) if column == side else COLUMN_LINES[k]
                rows.append((x, y, text))
    x0 = left if side == "left" else right
    xs, tys = [x0, x0 + 90, x0 + 180], [ys[2] + 12, ys[2] - 8, ys[4] - 4]
    for (a, b), y in zip([("项目", "数量"), ("科普基地", "16个")], tys):
        rows += [(xs[0] + 4, y - 15, a), (xs[1] + 4, y - 15, b)]
    return rows, lambda c, k: _grid(c, xs, tys) if k == 0 else None


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_table_inside_one_column_is_read_in_that_columns_flow(side):
    page, draw = _column_table_page(side)
    text = read_pdf(build_pdf([page, two_column_page(6)], draw=draw), "col.pdf").text.split("\f")[0].splitlines()
    body = [line.strip("\u3000") for line in text[1:-1]]
    table_at = body.index("项目\t数量")
    # the table's column: its two lines above, the table, then its next line; the other column whole, apart
    assert (body[table_at - 2 : table_at], body[table_at + 1 : table_at + 3]) == (COLUMN_LINES[:2], ["科普基地\t16个", COLUMN_LINES[2]])
    other = COLUMN_LINES[:12]
    assert body[:12] == other if side == "right" else body[-12:] == other


# --- a short page: the page says which lines run on ------------------------------------------------------

_RIGHT = 496.0  # the right edge of the short page's text column


def _short_page(title_lines: list[str], body: list[tuple[bool, str]]) -> bytes:
    """One page as a document printed on its own lays it out: a centred title
    (20 pt), then 16 pt lines from x=80 to x=496, a paragraph's first line
    indented two characters (``body``: (indented, text)).  A line that ends
    with no stop is justified to the right edge, as a word processor sets it."""

    def draw(c, _):
        y = 760.0
        for t in title_lines:
            c.setFont("STSong-Light", 20)
            c.drawString(297.6 - 10 * len(t), y, t)
            y -= 36
        for indented, t in body:
            x = 112.0 if indented else 80.0
            text = c.beginText(x, y)
            text.setFont("STSong-Light", 16)
            if t[-1] not in "。：）；":
                text.setCharSpace((_RIGHT - x - 16 * len(t)) / (len(t) - 1))
            text.textOut(t)
            c.drawText(text)
            y -= 28

    return build_pdf([[]], draw=draw)


SHORT_PAGES = [
    # 某市人民政府关于加快发展数字经济的实施意见 (a 意见 printed on its own): a target broken
    # after 地区, a count broken after its number, a list broken after 发展改
    pytest.param(
        ["某市人民政府关于加快发展数字经济的实施意见"],
        [(False, "各区县人民政府，市政府各部门："), (True, "一、发展目标"),
         (True, "到２０２５年，全市数字经济核心产业增加值占地区"), (False, "生产总值比重达到１０％，培育数字经济领军企业２０"),
         (False, "家。"), (True, "二、保障措施"),
         (True, "（一）加强组织领导。建立工作推进机制。（市发展改"), (False, "革委牵头，市财政局配合）")],
        [("全市数字经济核心产业增加值占地区生产总值比重", 2025), ("数字经济领军企业", 2025)],
        [("市发展改革委", "市财政局")],
        id="yijian",
    ),
    # 立山区政府2023年重点工作任务分解和责任分工方案 as a PDF: an item broken after 规模以上,
    # and its labeled lines, each on a line of its own
    pytest.param(
        ["立山区政府２０２３年重点工作", "任务分解和责任分工方案"],  # no title line is wider than the text
        [(True, "一、主要预期目标"),
         (True, "１．努力实现地区生产总值增长６．２％左右，规模以上"), (False, "工业增加值增长５％左右。"),
         (True, "牵头单位：区发改局"), (True, "责任单位：立山经济开发区")],
        [("地区生产总值增长", 2023), ("规模以上工业增加值增长", 2023)],
        [("区发改局", "立山经济开发区")],
        id="fengong-fangan",
    ),
]


@pytest.mark.parametrize("title, body, targets, units", SHORT_PAGES)
def test_a_short_pages_lines_run_on_where_they_reach_the_edge(title, body, targets, units):
    (notice,) = gazette_cli.parse_bytes(_short_page(title, body), "page.pdf").notices
    assert [(t.metric, t.year) for t in notice.targets] == targets
    assert [r.units for r in notice.responsibilities] == units


def test_a_line_short_of_the_edge_or_ending_a_sentence_ends_its_paragraph():
    pdf = _short_page(["某市人民政府关于做好防汛工作的通知"], [
        (False, "各区县人民政府，市政府各部门："),
        (True, "一、加强领导。各地要落实防汛责任制，压实各级责任。"),  # ends a sentence
        (False, "二、做好预案。"),  # short of the edge
        (False, "三、强化值守。"),
    ])
    (notice,) = gazette_cli.parse_bytes(pdf, "page.pdf").notices
    assert [c.path for c in notice.walk()] == ["一", "二", "三"]
    assert notice.addressees == ("各区县人民政府", "市政府各部门")
