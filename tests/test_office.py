"""Word documents and workbooks: their text is read as lines, and the parse is the text's."""

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

import gazette_cli
from gazette_cli.errors import InputError
from gazette_cli.sources.text import read_bytes
from gazette_text import what_a_reader_sees

CORPUS = Path(__file__).parent / "corpus"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _p(text: str) -> str:
    """A paragraph as Word writes one: the text in runs (split where a TAB stands)."""
    runs = "<w:r><w:tab/></w:r>".join(f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>' for piece in text.split("\t"))
    return f"<w:p><w:pPr><w:ind w:firstLine=\"640\"/></w:pPr>{runs}</w:p>"


def _docx(body: str, document: str | None = None, parts: dict[str, str] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        for part, xml in (parts or {}).items():
            z.writestr(part, xml)
        z.writestr("word/document.xml", document or f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>{body}<w:sectPr/></w:body></w:document>')
    return out.getvalue()


@pytest.mark.parametrize(
    "name",
    ["06_gf-2018-39-cujin-jiuye-yijian.txt", "12_gf-2018-44-keji-jiangli-jueding.txt", "15_chongqing-yuliang-2023-2-joint-xize.txt"],
)
def test_a_corpus_document_as_a_word_file_parses_as_its_text(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    as_text = gazette_cli.parse_source(read_bytes(text.encode(), name))
    source = read_bytes(_docx("".join(_p(line) for line in text.split("\n"))), name)
    assert source.encoding == "docx"
    assert what_a_reader_sees(gazette_cli.parse_source(source)) == what_a_reader_sees(as_text) and as_text.notices


# 鞍立政发〔2023〕2号's first targets as a Word table: the group cell merged down its rows
# (vMerge), a note merged over the columns (gridSpan).
def _tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{_p(text)}</w:tc>"


_LISHAN_ROWS = [
    _tc("序号") + _tc("类别") + _tc("工作任务") + _tc("牵头单位") + _tc("责任单位"),
    _tc("1") + _tc("经济社会发展的主要预期目标", '<w:vMerge w:val="restart"/>') + _tc("努力实现地区生产总值增长6.2%左右。") + _tc("区发改局") + _tc("立山经济开发区，全区经济运行各专班"),
    _tc("2") + _tc("", "<w:vMerge/>") + _tc("规模上工业增加值增长5%左右。") + _tc("区工信局") + _tc("立山经济开发区"),
    _tc("3") + _tc("", "<w:vMerge/>") + _tc("固定资产投资增长15%左右。") + _tc("区发改局") + _tc("立山经济开发区，各街道、区直各部门"),
    _tc("注：各项任务于2023年12月底前完成。", '<w:gridSpan w:val="5"/>'),
]
_LISHAN_DOCX = _docx(_p("立山区政府2023年重点工作任务分解和责任分工方案") + "<w:tbl>" + "".join(f"<w:tr>{r}</w:tr>" for r in _LISHAN_ROWS) + "</w:tbl>")


def test_a_word_table_keeps_its_columns_through_merged_cells():
    lines = read_bytes(_LISHAN_DOCX, "lishan.docx").text.split("\n")
    assert lines[1:6] == [
        "序号\t类别\t工作任务\t牵头单位\t责任单位",
        "1\t经济社会发展的主要预期目标\t努力实现地区生产总值增长6.2%左右。\t区发改局\t立山经济开发区，全区经济运行各专班",
        "2\t经济社会发展的主要预期目标\t规模上工业增加值增长5%左右。\t区工信局\t立山经济开发区",
        "3\t经济社会发展的主要预期目标\t固定资产投资增长15%左右。\t区发改局\t立山经济开发区，各街道、区直各部门",
        "注：各项任务于2023年12月底前完成。",
    ]


def _lishan_xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["立山区政府2023年重点工作任务分解和责任分工方案"])
    sheet.merge_cells("A1:E1")
    sheet.append(["序号", "类别", "工作任务", "牵头单位", "责任单位"])
    sheet.append([1, "经济社会发展的主要预期目标", "努力实现地区生产总值增长6.2%左右。", "区发改局", "立山经济开发区，全区经济运行各专班"])
    sheet.append([2, None, "规模上工业增加值增长5%左右。", "区工信局", "立山经济开发区"])
    sheet.append([3, None, "固定资产投资增长15%左右。", "区发改局", "立山经济开发区，各街道、区直各部门"])
    sheet.merge_cells("B3:B5")
    hidden = book.create_sheet("草稿")
    hidden.append(["不应读出的草稿"])
    hidden.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("data, name", [(_LISHAN_DOCX, "lishan.docx"), (_lishan_xlsx(), "lishan.xlsx")], ids=["docx", "xlsx"])
def test_a_task_table_in_an_office_file_gives_its_units_and_targets(data, name):
    source = read_bytes(data, name)
    (notice,) = gazette_cli.parse_source(source).notices
    assert [(r.path, r.lead, r.support) for r in notice.responsibilities] == [
        ("1", ("区发改局",), ("立山经济开发区", "全区经济运行各专班")),
        ("2", ("区工信局",), ("立山经济开发区",)),
        ("3", ("区发改局",), ("立山经济开发区", "各街道", "区直各部门")),
    ]
    assert [(t.path, str(t.value), t.unit) for t in notice.targets] == [("1", "6.2", "%"), ("2", "5", "%"), ("3", "15", "%")]
    assert "草稿" not in source.text


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "data, message",
    [
        (_zip({"notes.txt": b"x"}), "holds no Word document"),
        (_docx("", document=f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaa">]><w:document {_W}><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>'),
         "declares a document type"),
        (_docx("", document="<w:document"), "a damaged docx file"),
        (_docx("<w:p/><w:p/>"), "a docx file with no text"),
        (_zip({"word/document.xml": b"<" + b"a" * 3_000_000}), "over the 1000000-byte limit"),
        (_zip({"xl/workbook.xml": b"not a workbook"}), "a damaged xlsx file"),
    ],
    ids=["other-zip", "entity-declaration", "broken-xml", "no-text", "unpacks-past-the-limit", "broken-workbook"],
)
def test_a_bad_office_file_gets_one_clear_error(data, message):
    with pytest.raises(InputError, match=message):
        read_bytes(data, "bad.docx", max_bytes=1_000_000)


def _merge_bomb_docx() -> bytes:
    # a long cell merged down ten thousand rows: each row would repeat it
    rows = [_tc("长" * 200_000, '<w:vMerge w:val="restart"/>') + _tc("甲")] + [_tc("", "<w:vMerge/>") + _tc("乙")] * 10_000
    return _docx("<w:tbl>" + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>")


def _merge_bomb_xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "长" * 30_000
    sheet["B20"] = "乙"
    sheet.merge_cells("A1:A30")
    out = io.BytesIO()
    book.save(out)
    # the range as the file states it, not as the writer expands it
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b'ref="A1:A30"', b'ref="A1:A1000000"')
    return _zip(parts)


def test_a_merged_cell_repeats_its_text_within_the_files_size():
    # without a bound: 200,000 characters ten thousand times
    data = _merge_bomb_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        unpacked = z.getinfo("word/document.xml").file_size
    assert len(read_bytes(data, "bomb.docx").text) <= 3 * unpacked


def test_a_workbook_merged_over_a_million_rows_is_refused():
    # its reader would expand the range into a million cells
    with pytest.raises(InputError, match="merged cells cover more than"):
        read_bytes(_merge_bomb_xlsx(), "bomb.xlsx")


# --- lists whose numbers Word generates -------------------------------------------------------

_NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {_W}>
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:pStyle w:val="2"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="0"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:suff w:val="space"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""
# heading styles that carry the list, as a template sets 标题 1 and 标题 2: the second
# style's level named by the list's definition (w:lvl/w:pStyle), not by the style
_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W}>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1Custom"><w:basedOn w:val="1"/></w:style>
</w:styles>"""

_TYPED = __import__("re").compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+(?:\.[0-9]+)*[\u3000 ])")


def _listed(line: str, by_style: bool, start: int = 0) -> str:
    """A line whose typed number Word generates instead: its list level from the number's form."""
    m = _TYPED.match(line)
    if not m:
        return _p(line)
    number = m.group()
    text = escape(line[m.end():])
    if "、" in number:
        props = '<w:pStyle w:val="Heading1Custom"/>' if by_style else '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    elif number.startswith("（"):
        props = '<w:pStyle w:val="2"/>' if by_style else '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
    else:
        props = f'<w:numPr><w:ilvl w:val="{number.strip().count(".")}"/><w:numId w:val="2"/></w:numPr>'
    return f'<w:p><w:pPr>{props}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


@pytest.mark.parametrize(
    "name, first, by_style",
    [
        # 一、 and （一）, the second level counting on across the first ((一)…(十五) under 一、…五、)
        ("06_gf-2018-39-cujin-jiuye-yijian.txt", 0, False),
        ("06_gf-2018-39-cujin-jiuye-yijian.txt", 0, True),  # both levels from the heading styles
        # 1 / 1.1 / 1.2.1 after a typed 目录 (its entries keep their typed numbers)
        ("10_gbh-2005-57-liangshi-yingji-yuan.txt", 37, False),
    ],
    ids=["06-cn-levels", "06-by-style", "10-decimal-levels"],
)
def test_the_numbers_word_generates_come_out_as_if_typed(name, first, by_style):
    text = (CORPUS / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    body = "".join(_p(line) if k < first else _listed(line, by_style) for k, line in enumerate(lines))
    assert sum(1 for k, line in enumerate(lines) if k >= first and _TYPED.match(line)) > 10  # the lists are generated
    source = read_bytes(_docx(body, parts={"word/numbering.xml": _NUMBERING, "word/styles.xml": _STYLES}), name)
    as_text = gazette_cli.parse_source(read_bytes(text.encode(), name))
    assert [[c.path for c in n.walk()] for n in gazette_cli.parse_source(source).notices] == [[c.path for c in n.walk()] for n in as_text.notices]


def test_without_its_numbering_part_a_list_has_no_numbers():
    # must not: a paragraph that names a list the file does not define gets no label
    body = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>'
    assert read_bytes(_docx(body), "x.docx").text == "总体要求\n"


def test_a_workbook_shows_its_rates_and_dates_as_the_sheet_does():
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    # the 十四五规划纲要's 城镇调查失业率 target kept as a fraction in a 0.0% cell, a count stored as a float, a date
    sheet.append(["指标", "单位", "2025年目标", "完成时限"])
    sheet.append(["城镇调查失业率", "%", 0.055, datetime(2025, 12, 31)])
    sheet.append(["新增高新技术企业", "家", 100.0, None])
    sheet["C2"].number_format = "0.0%"
    out = io.BytesIO()
    book.save(out)
    assert read_bytes(out.getvalue(), "t.xlsx").text.split("\n")[:3] == [
        "指标\t单位\t2025年目标\t完成时限", "城镇调查失业率\t%\t5.5%\t2025-12-31", "新增高新技术企业\t家\t100",
    ]
