"""Small gazette documents for extractor tests: a notice frame around a body."""

from __future__ import annotations

FRAME = (
    "济南市人民政府\n"
    "关于印发某某方案的通知\n"
    "济政发〔2022〕17号\n"
    "各区县人民政府：\n"
    "现将《某某方案》印发给你们，请认真组织实施。\n"
    "济南市人民政府\n"
    "2022年10月8日\n"
    "某某方案\n"
    "{body}\n"
    "（2022年10月8日印发）\n"
)


def notice_of(body: str):
    """The one notice of a document whose attached plan has ``body`` as its text."""
    import gazette_cli

    doc = gazette_cli.parse_text(FRAME.format(body=body))
    (notice,) = doc.notices
    return notice

