"""Stage 1 — read, for an office file: the text of a Word document (.docx)
or of a workbook (.xlsx), as lines the layout stage reads like a text's.

Government sites publish many documents, and most task-division tables
(重点任务分工表), as attachments in these formats.  Both are ZIP archives of
XML parts; a ZIP that holds neither is refused as before.

* **.docx**: the body's paragraphs in order, a line each (a TAB and a line
  break inside one kept); a table row a line, its cells joined by a TAB,
  the paragraphs of a cell by a space.  A cell merged over columns
  (``gridSpan``) leaves the columns after it empty, and one merged over
  rows (``vMerge``) gives its text to each row, so that every row keeps the
  header's columns.  Headers, footers, comments, text boxes and deleted
  text (tracked changes) give no text.  Numbers that Word generates
  (automatic 一、/（一） lists) are not in the text and do not come out.
* **.xlsx**: each visible sheet in turn, a row a line, its cells joined by a
  TAB; a cell merged over rows gives its value to each of them (a group's or
  a lead's cell), one merged over columns leaves them empty (a title row);
  a formula gives the value the workbook saved; a date is ``2023-06-30``.

The parts are read within the caller's byte limit, unpacked size counted,
so that a small archive cannot unpack into gigabytes; an XML part that
declares a document type (the way to entity expansion) is refused.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from xml.etree import ElementTree

from ..errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCUMENT = "word/document.xml"
_WORKBOOK = "xl/workbook.xml"


def office_kind(data: bytes) -> str | None:
    """``"docx"`` or ``"xlsx"`` for a ZIP that holds a Word document or a
    workbook; None for another ZIP or bytes that are none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    if _DOCUMENT in names:
        return "docx"
    if _WORKBOOK in names:
        return "xlsx"
    return None


def office_text(data: bytes, kind: str, name: str, max_bytes: int) -> str:
    """The text of a .docx or .xlsx (see the module's documentation)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            unpacked = sum(i.file_size for i in z.infolist())
            if unpacked > max_bytes:
                raise InputError(f"{name}: unpacks into {unpacked} bytes, over the {max_bytes}-byte limit; raise --max-bytes")
            if kind == "docx":
                return _docx_text(_part(z, _DOCUMENT, name, max_bytes), name)
    except zipfile.BadZipFile as e:
        raise InputError(f"{name}: a damaged {kind} file ({e})") from None
    return _xlsx_text(data, name)


def _part(z: zipfile.ZipFile, part: str, name: str, max_bytes: int) -> bytes:
    """One part of the archive, read no further than ``max_bytes`` (the size the
    archive states may lie)."""
    with z.open(part) as f:
        raw = f.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise InputError(f"{name}: {part} unpacks past the {max_bytes}-byte limit; raise --max-bytes")
    if b"<!DOCTYPE" in raw[:4096] or b"<!ENTITY" in raw[:4096]:
        raise InputError(f"{name}: {part} declares a document type, which no office file does")
    return raw


# --- Word -------------------------------------------------------------------------


def _docx_text(xml: bytes, name: str) -> str:
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as e:
        raise InputError(f"{name}: a damaged docx file ({e})") from None
    body = root.find(_W + "body")
    lines: list[str] = []
    if body is not None:
        _blocks(body, lines)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def _blocks(parent, lines: list[str]) -> None:
    """The paragraphs and tables under ``parent``, in order (content controls opened)."""
    for child in parent:
        tag = child.tag
        if tag == _W + "p":
            text = _paragraph(child)
            if text or (lines and lines[-1]):
                lines.append(text)  # one empty line at most in a row
        elif tag == _W + "tbl":
            lines.extend(_table(child))
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                _blocks(content, lines)


#: Inside a run: what gives text, and what gives none (deleted text, field codes, drawings).
_SKIPPED = frozenset(_W + t for t in ("delText", "instrText", "drawing", "pict", "object", "fldData"))


def _paragraph(p) -> str:
    """A paragraph's text: its runs (inserted ones too) and hyperlinks, a TAB
    and a break kept; no text box, footnote mark or deleted text."""
    out: list[str] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if tag == _W + "t":
                out.append(child.text or "")
            elif tag == _W + "tab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag in _SKIPPED or tag == _W + "txbxContent":
                continue
            else:
                walk(child)

    walk(p)
    return "".join(out).strip(" ")


def _cell_text(tc) -> str:
    parts: list[str] = []
    for child in tc:
        if child.tag == _W + "p":
            parts.append(_paragraph(child))
        elif child.tag == _W + "tbl":  # a table inside a cell: its text
            parts.extend(" ".join(row.split("\t")) for row in _table(child))
    return " ".join(p.replace("\t", " ").replace("\n", " ").strip() for p in parts if p.strip())


def _int_attr(node, tag: str, default: int) -> int:
    found = node.find(tag)
    value = found.get(_W + "val") if found is not None else None
    return max(1, min(int(value), 64)) if value and value.isdigit() else default


def _table(tbl) -> list[str]:
    """A table's rows, a line each: merged cells as the module's documentation says."""
    rows: list[str] = []
    above: dict[int, str] = {}  # grid column → text of the cell a vertical merge continues
    for tr in tbl.findall(_W + "tr"):
        cells: list[str] = []
        col = 0
        for tc in tr.findall(_W + "tc"):
            props = tc.find(_W + "tcPr")
            span = _int_attr(props, _W + "gridSpan", 1) if props is not None else 1
            merge = props.find(_W + "vMerge") if props is not None else None
            text = _cell_text(tc)
            if merge is not None and merge.get(_W + "val") != "restart":
                text = above.get(col, "")  # the cell continues the one above
            else:
                above[col] = text
            cells.append(text)
            cells.extend([""] * (span - 1))
            col += span
        rows.append("\t".join(cells).rstrip("\t"))
    return rows


# --- workbooks --------------------------------------------------------------------------


def _xlsx_text(data: bytes, name: str) -> str:
    import openpyxl  # loaded only for a workbook

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a damaged file
        raise InputError(f"{name}: a damaged xlsx file ({type(e).__name__})") from None
    lines: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        if lines:
            lines.append("")
        lines.extend(_sheet_rows(sheet))
    book.close()
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def _value(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, datetime):
        return v.date().isoformat() if not (v.hour or v.minute or v.second) else v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    return " ".join(str(v).split())


def _sheet_rows(sheet) -> list[str]:
    down: dict[tuple[int, int], str] = {}  # (row, column) of a cell inside a vertical merge → its value
    for merged in sheet.merged_cells.ranges:
        if merged.max_row > merged.min_row:
            value = _value(sheet.cell(merged.min_row, merged.min_col).value)
            for r in range(merged.min_row + 1, merged.max_row + 1):
                down[(r, merged.min_col)] = value
    rows: list[str] = []
    for r, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [down.get((r, c), _value(v)) for c, v in enumerate(row, start=1)]
        rows.append("\t".join(cells).rstrip("\t").strip())
    while rows and not rows[-1]:
        rows.pop()
    return rows


__all__ = ["office_kind", "office_text"]
