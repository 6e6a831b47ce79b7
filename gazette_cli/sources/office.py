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
  header's columns.  The numbers Word generates for its lists (automatic
  一、/（一）/1.1, from word/numbering.xml, set on a paragraph or its style)
  are printed before their paragraphs, counted as Word counts them.
  Headers, footers, comments, text boxes and deleted text (tracked
  changes) give no text.
* **.xlsx**: each visible sheet in turn, a row a line, its cells joined by a
  TAB; a cell merged over rows gives its value to each of them (a group's or
  a lead's cell), one merged over columns leaves them empty (a title row);
  a formula gives the value the workbook saved; a date is ``2023-06-30``;
  a number formatted as a percentage is one (0.055 as ``5.5%``).

The parts are read within the caller's byte limit, unpacked size counted,
so that a small archive cannot unpack into gigabytes; a merged cell's text
is repeated within the file's own size; an XML part that declares a
document type (the way to entity expansion), and a workbook whose merged
ranges cover more cells than :data:`MAX_MERGED_CELLS`, are refused.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from xml.etree import ElementTree

from ..errors import InputError
from ..text.numerals import int_to_cn
from .text import text_of_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCUMENT = "word/document.xml"
_NUMBERING = "word/numbering.xml"
_STYLES = "word/styles.xml"
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
                parts = {part: _part(z, part, name, max_bytes) for part in (_NUMBERING, _STYLES) if part in z.namelist()}
                numbering = _Numbering(_xml(parts.get(_NUMBERING), name), _xml(parts.get(_STYLES), name))
                return _docx_text(_part(z, _DOCUMENT, name, max_bytes), name, numbering)
            _check_merges(z, name)
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
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        raise InputError(f"{name}: {part} declares a document type, which no office file does")
    return raw


# --- Word -------------------------------------------------------------------------


def _xml(raw: bytes | None, name: str):
    if raw is None:
        return None
    try:
        return ElementTree.fromstring(raw)
    except ElementTree.ParseError as e:
        raise InputError(f"{name}: a damaged docx file ({e})") from None


def _docx_text(xml: bytes, name: str, numbering: _Numbering | None = None) -> str:
    root = _xml(xml, name)
    body = root.find(_W + "body")
    lines: list[str] = []
    if body is not None:
        _blocks(body, lines, _Budget(len(xml), numbering))
    return text_of_lines(lines)


def _val(node, tag: str) -> str | None:
    found = node.find(_W + tag) if node is not None else None
    return found.get(_W + "val") if found is not None else None


_CAPITALS = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    return chr(64 + (n - 1) % 26 + 1) * ((n - 1) // 26 + 1)


def _in(chars: str, n: int) -> str:
    return chars[n - 1] if 0 < n <= len(chars) else str(n)


#: A list level's number format (w:numFmt) → the number as Word prints it.
NUMBER_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(_FULL_WIDTH),
    "decimalFullWidth2": lambda n: str(n).translate(_FULL_WIDTH),
    "chineseCounting": int_to_cn,
    "chineseCountingThousand": int_to_cn,
    "taiwaneseCounting": int_to_cn,
    "japaneseCounting": int_to_cn,
    "ideographDigital": lambda n: "".join("〇一二三四五六七八九"[int(d)] for d in str(n)),
    "chineseLegalSimplified": lambda n: int_to_cn(n).translate(_TO_CAPITALS),
    "ideographTraditional": lambda n: _in(_STEMS, n),
    "ideographZodiac": lambda n: _in(_BRANCHES, n),
    "decimalEnclosedCircle": lambda n: _in("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", n),
    "decimalEnclosedCircleChinese": lambda n: _in("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", n),
    "decimalEnclosedParen": lambda n: _in("⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇", n),
    "decimalEnclosedFullstop": lambda n: _in("⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛", n),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
}
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_TO_CAPITALS = str.maketrans("一二三四五六七八九十百", "壹贰叁肆伍陆柒捌玖拾佰")
#: What may close a label with no space needed after it (一、 （一） 1. ①).
_LABEL_CLOSERS = tuple("、.．)）]】，,:：") + tuple("①②③④⑤⑥⑦⑧⑨⑩⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑")


class _Numbering:
    """The numbers Word generates for its lists (word/numbering.xml), which are
    in no run of the text: a paragraph in a list (its own w:numPr, or its
    style's) is given its label — 一、 （一） 1. ① — counted as Word counts it,
    a level's count starting over under each new item of the level above."""

    def __init__(self, numbering, styles) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int, bool]]] = {}  # numId → level → (format, text, start, restarts)
        self.styles: dict[str, tuple[str | None, str | None]] = {}  # styleId → (numId, ilvl) its paragraphs take
        self.counts: dict[str, dict[int, int]] = {}  # numId → level → the last number given
        self.style_levels: dict[str, int] = {}  # styleId → the level a list's definition gives it (w:lvl/w:pStyle)
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None and self.levels:
            self._read_styles(styles)

    def _read_numbering(self, root) -> None:
        abstract: dict[str, dict[int, tuple[str, str, int, bool]]] = {}
        for node in root.findall(_W + "abstractNum"):
            levels = {}
            for lvl in node.findall(_W + "lvl"):
                k = lvl.get(_W + "ilvl", "0")
                if k.isdigit():
                    linked = _val(lvl, "pStyle")  # 标题 2 ↔ the list's second level
                    if linked:
                        self.style_levels[linked] = int(k)
                    start = _val(lvl, "start")
                    # lvlRestart 0: the level counts on under each new item above it ((一)…(十五) across 一、…五、)
                    levels[int(k)] = (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                                      int(start) if start and start.isdigit() else 1, _val(lvl, "lvlRestart") != "0")
            abstract[node.get(_W + "abstractNumId", "")] = levels
        for node in root.findall(_W + "num"):
            levels = dict(abstract.get(_val(node, "abstractNumId") or "", {}))
            for override in node.findall(_W + "lvlOverride"):
                k, start = override.get(_W + "ilvl", ""), _val(override, "startOverride")
                if k.isdigit() and int(k) in levels and start and start.isdigit():
                    fmt, text, _, restarts = levels[int(k)]
                    levels[int(k)] = (fmt, text, int(start), restarts)
            self.levels[node.get(_W + "numId", "")] = levels

    def _read_styles(self, root) -> None:
        based: dict[str, str] = {}
        own: dict[str, tuple[str | None, str | None]] = {}
        for style in root.findall(_W + "style"):
            sid = style.get(_W + "styleId", "")
            parent = _val(style, "basedOn")
            if parent:
                based[sid] = parent
            pr = style.find(_W + "pPr")
            num = pr.find(_W + "numPr") if pr is not None else None
            if num is not None:
                own[sid] = (_val(num, "numId"), _val(num, "ilvl"))
        for sid in set(own) | set(based):
            seen, at = 0, sid
            while at not in own and at in based and seen < 10:  # a style inherits its parent's list
                at, seen = based[at], seen + 1
            if at in own:
                num_id, level = own[at]
                if level is None and sid in self.style_levels:
                    level = str(self.style_levels[sid])
                self.styles[sid] = (num_id, level)

    def label(self, p) -> str:
        """The label Word prints before paragraph ``p``, or ""."""
        if not self.levels:
            return ""
        pr = p.find(_W + "pPr")
        num = pr.find(_W + "numPr") if pr is not None else None
        num_id, level = (_val(num, "numId"), _val(num, "ilvl")) if num is not None else (None, None)
        if num_id is None and pr is not None:
            num_id, level = self.styles.get(_val(pr, "pStyle") or "", (None, None))
        levels = self.levels.get(num_id or "")
        k = int(level) if level and level.isdigit() else 0
        if not levels or k not in levels:
            return ""
        counts = self.counts.setdefault(num_id, {})
        counts[k] = counts.get(k, levels[k][2] - 1) + 1
        for deeper in [d for d in counts if d > k and (d not in levels or levels[d][3])]:
            del counts[deeper]  # a new item: the levels under it count again from their start
        fmt, text = levels[k][:2]
        if fmt in ("bullet", "none") or not text:
            return ""
        for d in range(9, 0, -1):
            if f"%{d}" in text:
                at = d - 1
                f = NUMBER_FORMATS.get(levels[at][0] if at in levels else "decimal", str)
                text = text.replace(f"%{d}", f(counts.get(at, levels[at][2] if at in levels else 1)))
        return text if text.endswith(_LABEL_CLOSERS) else text + " "


class _Budget:
    """Characters that merged cells may repeat: as many as the file has, so that
    a long cell merged down many rows cannot make the text grow without bound."""

    __slots__ = ("left", "numbering")

    def __init__(self, left: int, numbering: _Numbering | None = None) -> None:
        self.left = left
        self.numbering = numbering or _Numbering(None, None)  # a document's lists, read with it

    def repeat(self, text: str) -> str:
        """``text`` again for one more cell of its merge, while the budget lasts."""
        if len(text) > self.left:
            return ""
        self.left -= len(text)
        return text


def _blocks(parent, lines: list[str], budget: _Budget) -> None:
    """The paragraphs and tables under ``parent``, in order (content controls opened)."""
    for child in parent:
        tag = child.tag
        if tag == _W + "p":
            text = budget.numbering.label(child) + _paragraph(child)
            if text or (lines and lines[-1]):
                lines.append(text)  # one empty line at most in a row
        elif tag == _W + "tbl":
            lines.extend(_table(child, budget))
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                _blocks(content, lines, budget)


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


def _cell_text(tc, budget: _Budget) -> str:
    parts: list[str] = []
    for child in tc:
        if child.tag == _W + "p":
            parts.append(budget.numbering.label(child) + _paragraph(child))
        elif child.tag == _W + "tbl":  # a table inside a cell: its text
            parts.extend(" ".join(row.split("\t")) for row in _table(child, budget))
    return " ".join(p.replace("\t", " ").replace("\n", " ").strip() for p in parts if p.strip())


def _int_attr(node, tag: str, default: int) -> int:
    found = node.find(tag)
    value = found.get(_W + "val") if found is not None else None
    return max(1, min(int(value), 64)) if value and value.isdigit() else default


def _table(tbl, budget: _Budget) -> list[str]:
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
            text = _cell_text(tc, budget)
            if merge is not None and merge.get(_W + "val") != "restart":
                text = budget.repeat(above.get(col, ""))  # the cell continues the one above
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
    budget = _Budget(len(data))
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        if lines:
            lines.append("")
        lines.extend(_sheet_rows(sheet, budget))
    book.close()
    return text_of_lines(lines)


#: Cells that a workbook's merged ranges may cover in all: the reader expands
#: each range into its cells, and a range over a million rows takes it
#: seconds (a sheet of tasks merges a few hundred).
MAX_MERGED_CELLS = 200_000
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})"')


def _column_number(letters: bytes) -> int:
    n = 0
    for c in letters:
        n = n * 26 + c - 64
    return n


def _check_merges(z: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook whose merged ranges cover more than :data:`MAX_MERGED_CELLS` cells."""
    total = 0
    for info in z.infolist():
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
            with z.open(info) as f:
                xml = f.read()
            for m in _MERGE_REF.finditer(xml):
                rows = abs(int(m.group(4)) - int(m.group(2))) + 1
                cols = abs(_column_number(m.group(3)) - _column_number(m.group(1))) + 1
                total += rows * cols
                if total > MAX_MERGED_CELLS:
                    raise InputError(f"{name}: merged cells cover more than {MAX_MERGED_CELLS} cells, the limit for a workbook")


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


def _shown(cell) -> str:
    """A cell's value as the sheet shows it: a number formatted as a percentage
    (0.055 in 0.0%) as 5.5%, since a target's table states its rates so."""
    v = cell.value
    if isinstance(v, (int, float)) and not isinstance(v, bool) and "%" in (cell.number_format or ""):
        return f"{round(v * 100, 10):g}%"
    return _value(v)


def _sheet_rows(sheet, budget: _Budget) -> list[str]:
    down: dict[tuple[int, int], str] = {}  # (row, column) of a cell inside a vertical merge → its value
    last = sheet.max_row
    for merged in sheet.merged_cells.ranges:
        if merged.max_row > merged.min_row:
            value = _value(sheet.cell(merged.min_row, merged.min_col).value)
            for r in range(merged.min_row + 1, min(merged.max_row, last) + 1):
                repeated = budget.repeat(value)
                if not repeated:
                    break
                down[(r, merged.min_col)] = repeated
    rows: list[str] = []
    for r, row in enumerate(sheet.iter_rows(), start=1):
        cells = [down.get((r, c), _shown(cell)) for c, cell in enumerate(row, start=1)]
        rows.append("\t".join(cells).rstrip("\t").strip())
    while rows and not rows[-1]:
        rows.pop()
    return rows


__all__ = ["office_kind", "office_text"]
