"""Small gazette documents for extractor tests: a notice frame around a body."""

from __future__ import annotations

FRAME = (
    "济南市人民政府\n"
    "关于印发某某方案的通知\n"
    "济政发〔{year}〕17号\n"
    "各区县人民政府：\n"
    "现将《某某方案》印发给你们，请认真组织实施。\n"
    "济南市人民政府\n"
    "{year}年10月8日\n"
    "某某方案\n"
    "{body}\n"
    "（{year}年10月8日印发）\n"
)


def notice_of(body: str, year: int = 2022):
    """The one notice of a document (of ``year``) whose attached plan has ``body`` as its text."""
    import gazette_cli

    doc = gazette_cli.parse_text(FRAME.format(body=body, year=year))
    (notice,) = doc.notices
    return notice



def what_a_reader_sees(doc) -> list[tuple]:
    """Each notice's metadata, attachments, clause paths, unit lists and
    targets: what two readings of one document (its text, and the same
    text as a page or a Word file) must agree on."""
    return [
        (n.doc_number, n.title, n.signed_date, n.addressees, [a.title for a in n.attachments], [c.path for c in n.walk()],
         [(r.path, r.units, r.lead) for r in n.responsibilities], [(t.path, t.metric, t.value, t.unit) for t in n.targets])
        for n in doc.notices
    ]


def as_pdf_text(text: str, width: int = 17) -> str:
    """``text`` laid out the way the sample's PDF text layer has it: every
    paragraph cut into column lines of ``width`` characters, full-width
    digits, ASCII ``,.()``, and a blank line after every line.

    >>> as_pdf_text("一、目标\\n到2025年，比例达到18.5%。", width=8)
    '一、目标\\n\\n到２０２５年,比\\n\\n例达到１８．５％\\n\\n.\\n\\n'
    """
    to_pdf = str.maketrans({**{chr(0x30 + i): chr(0xFF10 + i) for i in range(10)}, ".": "．", "%": "％",
                            "，": ",", "。": ".", "（": "(", "）": ")", "：": ":", "；": ";", "《": "«", "》": "»"})
    out = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.translate(to_pdf)
        for i in range(0, len(paragraph), width):
            out.append(paragraph[i : i + width] + "\n\n")
    return "".join(out)


def pdf_notice_of(body: str):
    """The one notice of a PDF-like document (column lines, see :func:`as_pdf_text`)."""
    import gazette_cli

    doc = gazette_cli.parse_text(as_pdf_text(FRAME.format(body=body, year=2022)))
    (notice,) = doc.notices
    return notice


def as_column_lines(text: str, width: int = 17) -> str:
    """``text`` re-broken the way the sample's text layer breaks it: every
    line cut into lines of ``width`` characters with a blank line after each.

    A text layer starts no line with a space (the spaces at a cut go with the
    line before it) and indents with ideographic spaces if at all; a line of
    TAB-separated cells (a table row) stays whole.

    >>> as_column_lines("  一、总体要求和目标\\n第一条　为了", width=4)
    '一、总体\\n\\n要求和目\\n\\n标\\n\\n第一条　\\n\\n为了\\n\\n'
    """
    out = []
    for line in text.split("\n"):
        if "\t" in line or not line.strip():
            out.append(line + "\n\n")
            continue
        rest = line.lstrip(" ")
        while rest:
            chunk, rest = rest[:width], rest[width:]
            while rest[:1] == " ":
                chunk, rest = chunk + rest[0], rest[1:]
            out.append(chunk + "\n\n")
    return "".join(out)
