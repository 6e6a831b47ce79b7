"""Extractor — validity: when a notice takes effect and until when.

In: a :class:`~gazette_cli.model.Notice`.  Out: a
:class:`~gazette_cli.model.Validity` or None.

Read forms: ``自2022年11月10日起施行``, ``自印发之日起施行`` / ``实施`` / ``执行`` /
``生效``, ``有效期至2025年11月9日``, ``有效期5年`` / ``有效期为五年``, and the
pairs of them in one sentence (``自…起施行，有效期至…``).  ``effective_from`` and
``effective_until`` are ISO dates only when the text gives a whole date
(``自印发之日`` leaves ``effective_from`` null: the tool does not guess which
date that is); ``term_years`` holds a term given in years.

The attached document's own text (preamble and clauses) is searched first,
the cover letter only when the document says nothing; within them, the first
sentence with a start or an end wins.  A start must close its clause
(``起施行，`` / ``起施行。``) so that ``自2021年起实施…行动以来`` is not read as one.
"""

from __future__ import annotations

from ..text.lazy import VERBOSE, lazy
from ..text.numerals import cn_to_int
from ..model import Notice, Passage, PassageKind, Validity
from ..structure.docparts import iso_date

_DATE = r"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})\s*年(?:\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?)?"

# 自2022年11月10日起施行 / 自印发之日起实施.
STARTS = lazy(
    rf"""
    自\s*
    (?:
        (?P<date>{_DATE})                                         # a date (whole or year/month only)
      | (?P<event>(?:印发|发布|公布|下发|颁布|公告|签发)(?:之日)?)    # an event: 印发之日
    )
    \s*起\s*
    (?:施行|实施|执行|生效)
    (?=\s*(?:[，,。；;]|$))      # closes its clause: not 起实施…行动以来
    """,
    VERBOSE,
)

# 有效期至2025年11月9日 / 有效期到…止 / 有效期5年 / 有效期为五年.
ENDS = lazy(
    rf"""
    有效期\s*(?:为|是)?\s*
    (?:
        (?:至|到)\s*(?P<date>{_DATE})(?:止)?                # 有效期至2025年11月9日
      | (?P<years>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*年  # 有效期5年
    )
    """,
    VERBOSE,
)


def _years(text: str) -> int | None:
    return int(text) if text.isdigit() else cn_to_int(text)


def _sentence_gap(text: str) -> bool:
    return "。" in text or "\n" in text


def _in_passage(passage: Passage) -> Validity | None:
    text = passage.text
    if "有效期" not in text and ("自" not in text or "起" not in text):
        return None  # a cheap test first: most passages have neither a start (自…起) nor an end (有效期)
    start = STARTS.search(text)
    end = ENDS.search(text, start.end()) if start else ENDS.search(text)
    if start and end and _sentence_gap(text[start.end() : end.start()]):
        end = None  # an end in another sentence belongs to something else
    if start and end is None:
        # 有效期5年，自印发之日起施行: the term may come first in the sentence.
        before = [m for m in ENDS.finditer(text, 0, start.start()) if not _sentence_gap(text[m.end() : start.start()])]
        if before:
            end = before[-1]
    matches = [m for m in (start, end) if m is not None]
    if not matches:
        return None
    first = min(matches, key=lambda m: m.start())
    last = max(matches, key=lambda m: m.end())
    return Validity(
        effective_from=iso_date(start.group("date")) if start and start.group("date") else None,
        effective_until=iso_date(end.group("date")) if end and end.group("date") else None,
        text=text[first.start() : last.end()],
        span=passage.span_of(first.start(), last.end()),
        term_years=_years(end.group("years")) if end and end.group("years") else None,
    )


def extract(notice: Notice) -> Validity | None:
    """The notice's validity, or None when the text gives none.

    >>> from gazette_cli import parse_text
    >>> doc = parse_text("若干措施\\n本措施自2022年11月10日起施行，有效期至2025年11月9日。\\n")
    >>> v = extract(doc.notices[0])
    >>> v.effective_from, v.effective_until
    ('2022-11-10', '2025-11-09')
    """
    # The document's own words first, a cover letter's last.
    sections = sorted(notice.passages(), key=lambda s: s.kind is PassageKind.LETTER)
    for section in sections:
        found = _in_passage(section.passage)
        if found is not None:
            return found
    return None
