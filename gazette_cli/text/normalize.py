"""Stage 2 — normalize: a table of named ``str -> str`` steps, applied line by line.

Normalization never joins or splits lines, so line *n* of the normalized text
is line *n* of the source and every later position maps straight back.  The
steps follow GB/T 15834-2011: digits, Latin letters and signs become half-width;
Chinese text keeps (or gets back) full-width ，。：；（）《》; decimal points and
ASCII in Latin context stay as they are.  Leading white space is kept: the
layout stage reads page starts and indents from it.

>>> normalize_line("１．推 进 智 慧 科 普 建 设 工 程.加 强")
'1.推进智慧科普建设工程。加强'
>>> normalize_line("比例达到１８．５％,城")
'比例达到18.5%，城'
>>> normalize_line("济政发 〔２０２２〕１７号")
'济政发〔2022〕17号'
"""

from __future__ import annotations

import functools
import heapq
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import chain
from typing import TYPE_CHECKING
from dataclasses import replace

from ..model import Normalized
from ..records import record
from .lazy import MULTILINE, lazy

if TYPE_CHECKING:
    import regex

# --- character classes -----------------------------------------------------

#: Chinese punctuation and brackets that count as "Chinese context".
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—·￥"
_CJK = r"\p{Han}〇○" + re.escape(CJK_PUNCT)  # ○: a circle typed for 〇 (二○○七年)
#: One character of Chinese text (a Han character, 〇 or Chinese punctuation).
CJK_CHAR = lazy(rf"[{_CJK}]")

# --- the steps ---------------------------------------------------------------

# Private-use glyphs that PDF extractors emit for characters missing from the
# font's Unicode map; each stands for one printed character.  Which ones a
# gazette's fonts use is the profile's ``glyphs``.


@functools.lru_cache(maxsize=16)
def glyph_fixer(glyphs: tuple[tuple[str, str], ...]) -> Callable[[str], str]:
    """The ``private_use_glyphs`` step for one glyph map."""
    table = dict(glyphs)
    if not table:
        return lambda s: s
    pattern = lazy("|".join(map(re.escape, table)))

    def fix(s: str) -> str:
        return pattern.sub(lambda m: table[m.group()], s) if pattern.search(s) else s

    return fix


def private_use_glyphs(s: str) -> str:
    """Replace the private-use glyphs of the default profile with the characters they stand for."""
    from ..profiles import DEFAULT

    return glyph_fixer(DEFAULT.glyphs)(s)


# Full-width forms that stay full-width in Chinese text (GB/T 15834); every
# other full-width ASCII form (digits, letters, ％＋－．／ …) becomes half-width.
_KEEP_FULLWIDTH = set("，（）：；！？")
_FULLWIDTH_FORMS = range(0xFF01, 0xFF5F)  # ！ … ～, the full-width forms of ! … ~
_FULLWIDTH_TABLE = {cp: cp - 0xFEE0 for cp in _FULLWIDTH_FORMS if chr(cp) not in _KEEP_FULLWIDTH}
# The small forms (﹐﹑﹒ … ﹫, U+FE50-FE6B), which some sites type for the common marks
# (1﹒ for 1. in a list's markers): the marks they are small forms of (﹑ → 、, ﹝ → 〔, ﹒ → .).
_SMALL_FORMS = range(0xFE50, 0xFE6C)
_FULLWIDTH_TABLE.update(str.maketrans("﹐﹑﹒﹔﹕﹖﹗﹘﹙﹚﹛﹜﹝﹞﹟﹠﹡﹢﹣﹤﹥﹦﹨﹩﹪﹫", ",、.;:?!—(){}〔〕#&*+-<>=\\$%@"))


# A run of the characters that table changes.  ``str.translate`` looks every
# character of a Chinese text up in the table (5 ms on the sample); translating
# only these runs gives the same string (1 ms).
# Split at the runs (one group: every second part is a run), each translated
# in a list comprehension rather than by a callback per match (0.9 -> 0.6 ms).
# The class is written as the one range of the forms less the ones kept (a
# set difference, version 1 of the regex engine), which that engine scans
# for faster than the stdlib one scans a class of six ranges (0.55 -> 0.25 ms).
_FULLWIDTH_RUN = lazy(
    f"(?V1)([\\u{_FULLWIDTH_FORMS[0]:04x}-\\u{_FULLWIDTH_FORMS[-1]:04x}\\u{_SMALL_FORMS[0]:04x}-\\u{_SMALL_FORMS[-1]:04x}--[{''.join(sorted(_KEEP_FULLWIDTH))}]]+)"
)


def fullwidth_ascii(s: str) -> str:
    """``２０２５`` → ``2025``, ``１８．５％`` → ``18.5%``, ``ＧＣＰ`` → ``GCP``, ``1﹒`` → ``1.``."""
    parts = _FULLWIDTH_RUN.split(s)
    if len(parts) == 1:
        return s
    table = _FULLWIDTH_TABLE
    parts[1::2] = [run.translate(table) for run in parts[1::2]]
    return "".join(parts)


# Traditional characters.  Copies of mainland documents on mirrors and in
# overseas databases are often converted to traditional characters; every rule
# of the parser is written in simplified ones.  A text is traditional when at
# least one character in 25 (4%) is a traditional form that simplified text
# never uses: such copies have 15-30%, simplified documents none, and a
# simplified text naming one traditional word (乾隆, 於) stays as it is.
# Building the whole table takes milliseconds, so a class of the forms most
# frequent in official text opens the check: no traditional text lacks them
# all, and a simplified one is passed by a scan of 0.1 ms.
_TRADITIONAL_HINT = lazy(
    "[國發會區關與為進業經濟實機務員號縣長門開產體單責項審營環場資這們說時對現構東廣費穩權農議報華設強許動規劃導確級統組織個條]",
    0,
    re,
)


@functools.cache
def _traditional() -> tuple[re.Pattern, dict[int, str]]:
    """The class of traditional-only forms (the basic plane's: the few outside
    it are only converted), and the table that converts every form."""
    from .traditional import AMBIGUOUS, SIMPLIFIED, TRADITIONAL

    only = "".join(sorted(ch for ch in set(TRADITIONAL) - set(AMBIGUOUS) if ord(ch) < 0x10000))
    return re.compile(f"[{only}]"), dict(zip(map(ord, TRADITIONAL), SIMPLIFIED))


def traditional_characters(s: str) -> str:
    """``鄂政發〔2018〕26號`` → ``鄂政发〔2018〕26号``: a text in traditional characters
    → simplified ones, character for character (a simplified text is left as it is)."""
    found = _TRADITIONAL_HINT.search(s)
    if found is None:
        return s
    only, table = _traditional()
    need = max(2, len(s) // 25)
    for count, _ in enumerate(only.finditer(s, found.start()), 1):
        if count >= need:
            return s.translate(table)
    return s


# Pinyin some mirrors print after characters of a copy: 印發(fā)《關(guān)於…》.
# One syllable with a tone mark, bracketed right after a Han character; a
# bracket of Latin letters without one (a code, an abbreviation) stays.
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONE_MARK = lazy(f"[{_TONE_MARKS}]", 0, re)
_PINYIN = lazy(rf"(?<=\p{{Han}})[（(][a-zü]{{0,5}}[{_TONE_MARKS}][a-zü]{{0,4}}[）)]")


def pinyin_annotations(s: str) -> str:
    """``印發(fā)《關(guān)於`` → ``印發《關於``: a bracketed pinyin syllable after a character removed."""
    if not _TONE_MARK.search(s):
        return s
    return _PINYIN.sub("", s)


# A bar closing a line that holds no other: a table a site saved one cell per
# line (序号 | / 重点工作 | / 1 | …), whose cells the table detectors then read
# as they read cells printed alone.  A line with bars inside (a row of cells,
# a catalogue's 文号： | … |) keeps them all.
# A line of bars alone (| or ||||||) is where such a table's row ends (洋县 2024 民生实事
# 清单): it is emptied, a break between rows as a blank line is.
_CLOSING_BAR = lazy(r"^(?:(?P<cell>[^|｜\n]*[^|｜\s])[ \u3000]*[|｜]|[ \u3000]*[|｜]+[ \u3000]*)$", MULTILINE)


def closing_bars(s: str) -> str:
    """``序号 |`` → ``序号``: the bar after a lone table cell removed; ``||||`` → ````."""
    if "|" not in s and "｜" not in s:
        return s
    return _CLOSING_BAR.sub(_cell_or_nothing, s)


def _cell_or_nothing(m: regex.Match) -> str:
    return m.group("cell") or ""


#: The spaces a line can hold between its words, and at its edges: ASCII, ideographic, no-break.
_SPACES = " \u3000\u00a0"

# Spaces of other widths (en, em, thin, figure … spaces) that web pages and
# word processors put where a plain space or an indent is meant; the
# ideographic space U+3000 is deliberate and stays.
_UNICODE_SPACES = lazy(r"[\u2000-\u200a\u202f\u205f]", 0, re)  # the stdlib engine scans a class faster


def unicode_spaces(s: str) -> str:
    """``第一章\u2002 总\u2002则`` → ``第一章  总 则``: other spaces → ASCII spaces (U+3000 stays)."""
    if not _UNICODE_SPACES.search(s):
        return s
    return _UNICODE_SPACES.sub(" ", s)


# Format characters (Unicode Cf): zero-width space and joiners, word joiner,
# soft hyphen, a BOM inside the text, direction marks.  They print as nothing,
# and one inside a 文号 or a marker would hide it from every rule.
_FORMAT_CHARS = lazy(r"\p{Cf}+")


def format_characters(s: str) -> str:
    """``济政字〔20\u200b22〕61号`` → ``济政字〔2022〕61号``: invisible format characters removed."""
    if not _FORMAT_CHARS.search(s):
        return s
    return _FORMAT_CHARS.sub("", s)


# Markup a database or a Markdown source left at a line start: @@ (a legal
# database's paragraph mark), # headings, > quotes; always followed by spaces.
_MARKUP_PREFIX = lazy(r"^(?P<indent>[ \u3000]*)(?:@{2,}|#{1,6}|>)[ \u3000]+(?=\S)", MULTILINE)


def markup_prefixes(s: str) -> str:
    """``@@  一、关于…`` → ``一、关于…``; ``## 第一条`` → ``第一条`` (the indent before it stays)."""
    if "@" not in s and "#" not in s and ">" not in s:
        return s
    return _MARKUP_PREFIX.sub(r"\g<indent>", s)


# 二O三五年, 二OO三年: Latin Os (or zeros) typed for 〇 between Chinese numerals.
_LATIN_O = lazy(
    r"(?<=[〇零一二三四五六七八九])(?:[ \u3000]*[OoΟ0])+[ \u3000]*(?=[〇零一二三四五六七八九])"
    # the year 2000, its zeros last: 二000年三月三十日 (沈阳市人民政府令第48号)
    r"|(?<=二)(?:[ \u3000]*[OoΟ0]){3}[ \u3000]*(?=年)"
)
_NOT_O = lazy(r"[ \u3000]")


def _zeros(m: regex.Match) -> str:
    return "〇" * len(_NOT_O.sub("", m.group()))


def latin_o_numerals(s: str) -> str:
    """``二 O 三五年`` → ``二〇三五年``; ``二OO三年`` → ``二〇〇三年``; ``二000年`` → ``二〇〇〇年``."""
    return _LATIN_O.sub(_zeros, s)


# A numeral, then an O: where :data:`_LATIN_O` can match (never across a line
# end).  The stdlib engine scans for it in half the time the look-behind of
# _LATIN_O takes over a whole text, which has mostly none.
_LATIN_O_HINT = lazy(r"[〇零一二三四五六七八九][ \u3000]*[OoΟ0]", 0, re)


def latin_o_numerals_text(text: str) -> str:
    """:func:`latin_o_numerals` of lines joined with "\\n": only the lines with a :data:`_LATIN_O_HINT`."""
    converted = _by_lines(text, _LATIN_O_HINT, latin_o_numerals)
    return text if converted is None else converted


_ASCII_ALNUM = lazy(r"[A-Za-z0-9]")


def _is_cjk(ch: str) -> bool:
    return bool(ch) and CJK_CHAR.match(ch) is not None


def _prev_visible(s: str | list[str], i: int) -> str:
    j = i - 1
    while j >= 0 and s[j] in _SPACES:
        j -= 1
    return s[j] if j >= 0 else ""


def _next_visible(s: str | list[str], i: int) -> str:
    j = i + 1
    while j < len(s) and s[j] in _SPACES:
        j += 1
    return s[j] if j < len(s) else ""


def _ascii(ch: str) -> bool:
    return bool(ch) and _ASCII_ALNUM.match(ch) is not None


# Sentence-level ASCII punctuation and what it becomes in Chinese context.
_TO_CJK = {",": "，", ".": "。", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_PUNCT_CANDIDATE = lazy(r"[,.:;!?()«»]")
# A sentence mark right after a Han character, and every other ASCII mark.
# (Not the dot of a file's name: 武汉市物业管理条例.docx, 附件：…计划安排表.xls.)
#: The extensions of a document's file, as a page names it (…实施方案.docx; see layout.furniture's file name lines).
FILE_EXTENSIONS = ("docx", "doc", "pdf", "wps", "xlsx", "xls", "ofd")
#: …and of a picture a page shows (微信图片_20200207154005.png, 通知.jpg, 640.webp.jpg).
IMAGE_EXTENSIONS = ("jpeg", "jpg", "png", "gif", "webp", "bmp")
_FILE_EXTENSION = rf"(?:{'|'.join(FILE_EXTENSIONS + IMAGE_EXTENSIONS)}|txt)(?![A-Za-z0-9])"
_MARK_AFTER_HAN = lazy(rf"(?<=\p{{Han}})(?:[,:;!?]|\.(?!{_FILE_EXTENSION}))")
_PUNCT_REST = lazy(r"(?<!\p{Han})[,.:;!?]|[()]")


def cjk_punctuation(s: str) -> str:
    """ASCII punctuation in Chinese context → Chinese punctuation (GB/T 15834).

    Decimal points (``18.5``), list markers (``1.``), ratios (``1:1``),
    thousands separators and punctuation between Latin words stay ASCII;
    ``«»`` always become ``《》``.

    >>> cjk_punctuation("研究(加计扣除口径).数量1,000,比例1:1")
    '研究（加计扣除口径）。数量1,000，比例1:1'
    >>> cjk_punctuation("技术(TISC)、PCT (专利合作条约)")
    '技术（TISC）、PCT （专利合作条约）'
    """
    if not _PUNCT_CANDIDATE.search(s):
        return s
    # «» first, so that the context rules below see 《》 (Chinese context) on
    # both sides; otherwise ":«" → ":《" and a second pass would give "：《".
    if "«" in s or "»" in s:
        s = s.replace("«", "《").replace("»", "》")
    out = list(s)
    parens: list[bool] = []  # for each open "(": was it made full-width?
    converted: list[int] = []
    pending = 0  # sentence marks the pass left ASCII: only they can change later
    # A sentence mark right after a Han character is Chinese whatever follows
    # (every rule below says so), and no other mark reads it as context before
    # the pass would have converted it: convert those at once, without the
    # context look-ups.  They are most of the marks of a gazette.
    for m in _MARK_AFTER_HAN.finditer(s):
        i = m.start()
        out[i] = _TO_CJK[m.group()]
        converted.append(i)
    # One pass left to right over the rest.  Context is read from ``out``: to
    # the left it is already converted (so "）:" sees the full-width bracket),
    # to the right it is still the input.
    for m in _PUNCT_REST.finditer(s):  # only the marks: lines are mostly Chinese text
        i, ch = m.start(), m.group()
        if ch == "(":
            prev = _prev_visible(out, i)
            immediate_prev = out[i - 1] if i else ""
            immediate_next = out[i + 1] if i + 1 < len(out) else ""
            latin = _ascii(prev) and _ascii(immediate_next) and immediate_prev not in " \u3000"
            parens.append(not latin)
            if not latin:
                out[i] = "（"
                converted.append(i)
        elif ch == ")":
            if parens:
                if parens.pop():
                    out[i] = "）"
                    converted.append(i)
            elif not (_ascii(out[i - 1] if i else "") and _ascii(_next_visible(out, i))):
                out[i] = "）"
                converted.append(i)
        elif ch in _SENTENCE:
            mark = _sentence_mark(out, i)
            if mark:
                out[i] = mark
                converted.append(i)
            else:
                pending += 1
    # A mark converted late can make its left neighbour's right context
    # Chinese (":)" → ":）" → "：）").  The rules only ever add Chinese context,
    # so re-deciding the neighbours of each change reaches the fixed point —
    # which makes the step idempotent — in linear time: every mark changes once.
    # Most lines have no mark left ASCII after the pass, and nothing to re-decide.
    while converted and pending:
        neighbours = {j for i in converted for j in (_prev_index(out, i), _next_index(out, i)) if j is not None}
        converted = []
        for j in sorted(neighbours):
            if out[j] in _SENTENCE:
                mark = _sentence_mark(out, j)
                if mark:
                    out[j] = mark
                    converted.append(j)
                    pending -= 1
    return "".join(out)


_SENTENCE = ",.:;!?"

# Each sentence mark after a Han character, the mark first: the engine finds
# a literal fast and tests the look-behind only where it stands, and a fixed
# replacement needs no call per match (there are thousands).
# (Not the dot of a file's name.)
_AFTER_HAN = tuple(
    (mark, lazy(re.escape(mark) + r"(?<=\p{Han}.)" + (f"(?!{_FILE_EXTENSION})" if mark == "." else "")), _TO_CJK[mark]) for mark in ",.:;!?"
)


# A sentence mark whose conversion depends on its context: not after a Han
# character (those are converted already: _AFTER_HAN has run, so none is
# left), and a full stop not after a Latin letter or digit (a list marker 1.,
# a decimal point, U.S.: always ASCII).  The class first and no Han test let
# the stdlib engine scan for it (0.3 -> 0.18 ms on the sample).
_MARK_IN_CONTEXT = lazy(r"[,.:;!?](?<![A-Za-z0-9]\.)", 0, re)
_PAREN = lazy(r"[()]")
#: A sentence mark that :func:`cjk_punctuation` makes Chinese from its
#: neighbour alone: one right after Chinese punctuation or 〇, and a comma or
#: a full stop right after a percent sign (增长10%,城镇…; 达到90%.推进…).
_NEXT_TO_CJK = lazy(rf"[,.:;!?](?<=[{re.escape(CJK_PUNCT)}〇%].)", 0, re)


def _to_cjk(m: re.Match) -> str:
    mark = m.group()
    if m.string[m.start() - 1] == "%" and mark not in ",.":
        return mark  # 6%;有效: read in its context
    return _TO_CJK[mark]


def cjk_punctuation_text(text: str) -> str:
    """:func:`cjk_punctuation` of every line of ``text`` (lines joined with "\\n").

    What does not depend on the marks around it is converted in passes over
    the whole text: ``«»``, the marks right after a Han character (most of a
    gazette's marks), and the brackets, which look only at letters and digits
    beside them and at their partner on the line.  Only the few lines with a
    sentence mark left to decide go through the per-line rules, which find
    the rest converted already, as they would have converted it themselves.

    >>> cjk_punctuation_text("研究(加计扣除口径).数量1,000\\n技术(TISC)、比例1:1,城")
    '研究（加计扣除口径）。数量1,000\\n技术（TISC）、比例1:1，城'
    """
    if "«" in text or "»" in text:
        text = text.replace("«", "《").replace("»", "》")
    for mark, after_han, chinese in _AFTER_HAN:
        if mark in text:
            text = after_han.sub(chinese, text)
    if "(" in text or ")" in text:
        text = _brackets_text(text)
    # Marks right after Chinese punctuation (”, ）: the brackets are converted
    # by now) are Chinese whatever else is around them, as after a Han
    # character; what is left goes line by line.
    text = _NEXT_TO_CJK.sub(_to_cjk, text)
    converted = _by_lines(text, _MARK_IN_CONTEXT, cjk_punctuation)
    return text if converted is None else converted


def _by_lines(text: str, pattern, on_line: Callable[[str], str], between: Callable[[str], str] | None = None) -> str | None:
    """``text`` (lines joined with "\n") with each line that holds a match of
    ``pattern`` passed through ``on_line``, and the text between those lines
    through ``between`` (as it is without one); None when no line matches."""
    parts: list[str] = []
    done = 0  # text[:done] is in parts
    for m in pattern.finditer(text):
        if m.start() < done:
            continue  # on a line already converted
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        gap = text[done:start]
        parts += (gap if between is None else between(gap), on_line(text[start:end]))
        done = end
    if not parts:
        return None
    rest = text[done:]
    parts.append(rest if between is None else between(rest))
    return "".join(parts)


# A bracket that may stay ASCII under the rules of :func:`cjk_punctuation`:
# "(" after a Latin letter or digit (or a no-break space) and before one —
# f(x), TISC(A) —, and ")" between them — a)b.  A line without one converts
# every bracket: each "(" is Chinese, so each ")" closes a Chinese one or,
# unpaired, is not between Latin letters or digits.  The stdlib engine tests
# the look-arounds at each bracket only.
_LATIN_BRACKET = lazy(r"\((?<=[A-Za-z0-9\u00a0]\()(?=[A-Za-z0-9])|\)(?<=[A-Za-z0-9]\))(?=[ \u3000\u00a0]*[A-Za-z0-9])", 0, re)


def _brackets_text(text: str) -> str:
    """The bracket rules of :func:`cjk_punctuation`, over lines joined with "\\n":
    the lines with a bracket that may stay ASCII through :func:`_bracket_rules`,
    every bracket of the others converted by two C-level replaces."""
    converted = _by_lines(text, _LATIN_BRACKET, _bracket_rules, _all_brackets)
    return _all_brackets(text) if converted is None else converted


def _all_brackets(text: str) -> str:
    return text.replace("(", "（").replace(")", "）")


def _bracket_rules(text: str) -> str:
    """The bracket rules of :func:`cjk_punctuation`, over lines joined with "\\n"."""
    parts: list[str] = []
    done = 0  # text[:done] is in parts
    opened: list[bool] = []  # for each open "(" on this line: was it made full-width?
    last = 0
    for m in _PAREN.finditer(text):
        i = m.start()
        if text.find("\n", last, i) >= 0:
            opened.clear()  # brackets pair within their line
        last = i
        before = text[i - 1] if i else ""
        if m.group() == "(":
            # Latin: "PCT(专利…" is Chinese, "f(x)" and "A\u00a0(B" are not.
            j = i - 1
            while j >= 0 and text[j] in _SPACES:
                j -= 1
            latin = j >= 0 and _ascii(text[j]) and _ascii(text[i + 1 : i + 2]) and before not in " \u3000"
            opened.append(not latin)
            convert = not latin
        elif opened:
            convert = opened.pop()
        else:
            convert = not (_ascii(before) and _ascii(_next_visible(text, i)))
        if convert:
            parts += (text[done:i], "（" if m.group() == "(" else "）")
            done = i + 1
    parts.append(text[done:])
    return "".join(parts)


def _prev_index(s: list[str], i: int) -> int | None:
    j = i - 1
    while j >= 0 and s[j] in _SPACES:
        j -= 1
    return j if j >= 0 else None


def _next_index(s: list[str], i: int) -> int | None:
    j = i + 1
    while j < len(s) and s[j] in _SPACES:
        j += 1
    return j if j < len(s) else None


def _sentence_mark(out: list[str], i: int) -> str | None:
    """The Chinese form of the ASCII mark ``out[i]`` (one of ,.:;!?) in its
    context, or None if it stays ASCII."""
    ch = out[i]
    prev, nxt = _prev_visible(out, i), _next_visible(out, i)
    immediate_prev = out[i - 1] if i else ""
    immediate_next = out[i + 1] if i + 1 < len(out) else ""
    if ch == ".":
        if immediate_next.isdigit() and immediate_prev.isdigit():
            return None  # 18.5
        if immediate_prev.isdigit() or _ascii(immediate_prev):
            return None  # 1. (a list marker), U.S.
        if _is_cjk(prev) or prev in "%)" or (not prev and _is_cjk(nxt)):
            return "。"
        return None
    if ch in ",:" and immediate_prev.isdigit() and immediate_next.isdigit():
        return None  # 1,000 / 1:1, 10:30
    if _is_cjk(prev) or _is_cjk(nxt) or (ch in ",;" and prev in "%)"):
        return _TO_CJK[ch]
    return None


# A run of spaces with Chinese text on both sides: justification (推 进 智 慧)
# or the stray spaces extractors put around brackets and quotes; also between
# a Latin word and a Chinese bracket or punctuation mark (ODR （消费…）).
_P = re.escape(CJK_PUNCT)
# An ideographic space (U+3000) is deliberate (第一条　为了, 市长　于海田) and stays.
_JUSTIFICATION = lazy(
    rf"(?<=[{_CJK}])[ \u00a0]+(?=[{_CJK}])"
    rf"|(?<=[A-Za-z])[ \u00a0]+(?=[{_P}])"
    rf"|(?<=[{_P}])[ \u00a0]+(?=[A-Za-z])"
)


#: The last characters of an organ's name (交通运输部, 市场监管总局, 上海市人民政府, 市委办公室 …).
_ORGAN_LAST = "部委局厅府办室会署院行社"
#: A line of organs' names a space apart: a joint signature (交通运输部 商务部 / 上海市人民政府 江苏省人民政府,
#: 财政部 工业和信息化部 科技部 商务部), whose spaces part the names and are no justification.
_ORGANS_APART = lazy(rf"(?:\p{{Han}}[\p{{Han}}（）()]{{1,30}}?[{_ORGAN_LAST}][ \u00a0]+)+\p{{Han}}[\p{{Han}}（）()]{{1,30}}?[{_ORGAN_LAST}]")
_ORGANS_APART_MAX = 160


def _organs_apart(body: str) -> bool:
    """Is ``body`` (a line without its leading spaces) a line of organs' names a space apart?"""
    return body[-1:] in _ORGAN_LAST and len(body) <= _ORGANS_APART_MAX and _ORGANS_APART.fullmatch(body) is not None


#: The cheap sign of such a line: an organ's last character, then a space.
_ORGAN_THEN_SPACE = lazy(rf"[{_ORGAN_LAST}][ \u00a0]+[\u4e00-\u9fff]", 0, re)  # the standard engine scans a class fast


def _justification_text(text: str) -> str:
    """:func:`justification_spaces` over lines joined with "\n", the lines of organs'
    names a space apart kept as they are.  Only the lines that show the cheap sign
    are asked the whole pattern, and only when short: a line is read once."""
    parts: list[str] = []
    at = line_end = 0
    for m in _ORGAN_THEN_SPACE.finditer(text):
        if m.start() < line_end:
            continue  # a line already asked
        start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.start())
        if line_end < 0:
            line_end = len(text)
        if _organs_apart(text[start:line_end].lstrip(_SPACES)):
            parts += (justification_spaces(text[at:start]), text[start:line_end])
            at = line_end
    if not parts:
        return justification_spaces(text)
    parts.append(justification_spaces(text[at:]))
    return "".join(parts)


def justification_spaces(s: str) -> str:
    """``推 进 智 慧`` → ``推进智慧``; spaces between Chinese and digits or Latin words stay
    (they separate table columns: ``（%） 7% 8%``).

    Leading spaces are kept (they mark page starts and indents for the layout stage),
    and so are the spaces that stand for a line's ends (see :func:`line_end_spaces`).
    """
    body = s.lstrip(_SPACES)
    if " " not in body and "\u3000" not in body and "\u00a0" not in body:
        return s  # most lines: nothing to remove
    if _organs_apart(body):
        return s
    if len(body) >= SPACED_MIN_LENGTH:
        # the lines where a sentence's end and a space open a marker may be pages saved with
        # spaces for their line ends, which keep them
        kept = _by_lines(s, SPACED_SIGN, _justified_keeping_line_ends, _without_justification)
        if kept is not None:
            return kept
    return s[: len(s) - len(body)] + _JUSTIFICATION.sub("", body)


def _without_justification(s: str) -> str:
    return _JUSTIFICATION.sub("", s)


def _justified_keeping_line_ends(line: str) -> str:
    spans = line_end_spaces(line)
    if not spans:
        return _without_justification(line)
    parts, at = [], 0
    for start, end in spans:
        parts += (_JUSTIFICATION.sub("", line[at:start]), " ")
        at = end
    parts.append(_JUSTIFICATION.sub("", line[at:]))
    return "".join(parts)


# A page saved with its line ends turned into spaces (河南省人民政府 关于明确…的通知 豫政〔2023〕5号
# 现将…。 一、加快提振市场信心 (一)全面促进消费增长。 1.把恢复…) shows its lines by those spaces.
_CN_DIGITS = "一二三四五六七八九十"
#: The clause markers such a space opens (一、, 1. or 1、, （一）, 第一章 …).
_SPACED_MARKS = (
    rf"[{_CN_DIGITS}]{{1,3}}、|[0-9]{{1,2}}[、.．](?![0-9])|[（(][{_CN_DIGITS}]{{1,3}}[）)]|第[{_CN_DIGITS}百千〇零两0-9]{{1,6}}[章节条]"
    # …(1) too (甘谷 2020: 分别是: (1)加快建设… (2)开工新建…; 山福镇 2020 预案: 1.3工作原则 (1)以人为本…)
    rf"|[（(][0-9]{{1,2}}[）)](?=[\u4e00-\u9fff])"
    # …and a plan's decimal headings before their title (1.1目的依据, 山福镇 2020 应急预案 saved flat), never a figure's
    # unit (1.5亿元)
    rf"|[0-9]{{1,2}}(?:[.．][0-9]{{1,2}}){{1,3}}(?=[\u4e00-\u9fff])(?![万亿千百元个项家人名所年月日次倍])"
)
#: A clause marker a space opens inside a line.
SPACED_MARKER = lazy(rf"(?<=\S)[ \u3000\u00a0]+(?={_SPACED_MARKS})", 0, re)
#: A sentence's end, then a space that opens a marker.
_SENTENCE_THEN_MARKER = lazy(rf"。[ \u3000\u00a0]+(?={_SPACED_MARKS})", 0, re)
#: The first item of a list (一、, 1. or 1、, （一）): found by a fast scan, then asked where it stands.
_LIST_FIRST = lazy(r"[一1（(](?:(?<=一)、|(?<=1)[、.．](?![0-9])|(?<=[（(])一[）)])", 0, re)
#: How far into its line a list's first item must stand to be a sign of such a page (its head before it).
_SPACED_FIRST_REACH = 100


def _opens_far_after_a_space(text: str, at: int) -> bool:
    """Does a space open the list item at ``at``, after a word and far into its line?"""
    i = at
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    reach = at - _SPACED_FIRST_REACH  # (a bounded look back: a line of a megabyte costs no more per item)
    return 0 < i < at and not text[i - 1].isspace() and reach >= 0 and text.rfind("\n", reach, at) < 0


class _SpacedSign:
    """The sign of a page saved with spaces for its line ends: a sentence's end
    and a space before a marker, or a space before the first item of a list
    far into a line (海盐 2022: …责任分解 一、王丹县长牵头重点工作 1.全县生产总值…,
    its items closed by their units, not by a full stop).  Both are found by
    fast scans: a text without one costs no look at its spaces."""

    def finditer(self, text: str) -> Iterable[re.Match]:
        firsts = (m for m in _LIST_FIRST.finditer(text) if _opens_far_after_a_space(text, m.start()))
        return heapq.merge(_SENTENCE_THEN_MARKER.finditer(text), firsts, key=re.Match.start)

    def search(self, text: str) -> re.Match | None:
        return next(iter(self.finditer(text)), None)


SPACED_SIGN = _SpacedSign()
#: A space between two characters of Chinese text (not inside a Latin phrase, not between digits: 3. 3%).
_SPACE_IN_TEXT = lazy(rf"(?<=[{_CJK}])[ \u3000\u00a0]+(?=[{_CJK}0-9（(])")
_SPACED_SENTENCE_END = frozenset("。！？：；.!?:;")
#: How many markers a space opens, and how long a line is, from which its spaces are taken for line ends.
SPACED_MIN_MARKERS = 3
SPACED_MIN_LENGTH = 200
#: …and up to how many markers: a line of more is no saved page (a document holds a few hundred
#: items), and cutting it at each would make a paragraph of every item of a hostile line.
SPACED_MAX_MARKERS = 2000


def line_end_spaces(line: str) -> list[tuple[int, int]]:
    """The runs of spaces that stand for line ends in ``line``, if it is a
    page saved with its line ends turned into spaces: a line of at least
    :data:`SPACED_MIN_LENGTH` characters where :data:`SPACED_MIN_MARKERS`
    clause markers or more follow a space, and no more than
    :data:`SPACED_MAX_MARKERS`.  Those are every space of its head
    (before the first marker: the title's lines, the number, the addressees)
    and, after it, each space that follows a sentence's end or opens a marker.
    So is the space after a heading's short title, the text on its line
    after it (四、绕行方案 沈海高速…, 宁德 2025 G15 通告; 1.1目的依据 提高政府…,
    山福镇 2020 应急预案).  Any other line has none.
    """
    if len(line) < SPACED_MIN_LENGTH:
        return []
    markers = {m.end() for m in SPACED_MARKER.finditer(line)}
    if not SPACED_MIN_MARKERS <= len(markers) <= SPACED_MAX_MARKERS:
        return []
    starts = sorted(markers)
    first = starts[0]
    out = []
    for m in _SPACE_IN_TEXT.finditer(line):
        at = m.start()
        if m.end() <= first or m.end() in markers or line[at - 1] in _SPACED_SENTENCE_END:
            out.append(m.span())
            continue
        k = bisect_right(starts, at) - 1  # the marker this space comes after
        if k >= 0 and at - starts[k] <= _SPACED_TITLE_REACH and _TITLE_AFTER_MARK.fullmatch(line, starts[k], at):
            out.append(m.span())
    return out


#: A marker and a heading's short title after it, no sentence (四、绕行方案, 1.1目的依据), and how far it reaches.
_TITLE_AFTER_MARK = lazy(rf"(?:{_SPACED_MARKS})[^\s，。；：,;:！？、（）()“”]{{1,12}}")
_SPACED_TITLE_REACH = 24


_FROM_CJK = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"})


def ascii_punctuation(s: str) -> str:
    """Chinese sentence punctuation → ASCII (``--punct ascii``); 、《》“” have no ASCII form and stay.

    >>> ascii_punctuation("到2025年，比例达到18.5%。")
    '到2025年,比例达到18.5%.'
    """
    return s.translate(_FROM_CJK)


@record
class Step:
    name: str
    func: Callable[[str], str]
    doc: str
    # The step over lines joined with "\n": a function that gives the "\n"-join
    # of ``func`` of each line, run once over the whole text (a few C-level
    # passes instead of a Python call per line).  For most steps that is
    # ``func`` itself: no match can reach across a line end, and a line's start
    # and end look the same to it as a "\n" does.
    over_text: Callable[[str], str] | None = None


#: The steps, in the order they run.  Names are public: they appear in the
#: output's ``normalization.steps``.
STEPS: tuple[Step, ...] = (
    Step("private_use_glyphs", private_use_glyphs, "private-use glyphs → the characters they stand for (􀅰 → ·)", private_use_glyphs),
    # A text's share of traditional forms is read over the lines normalized
    # together: one line of a simplified text is not converted alone.
    Step("traditional_characters", traditional_characters, "a text in traditional characters → simplified ones (鄂政發 → 鄂政发)", traditional_characters),
    Step("pinyin_annotations", pinyin_annotations, "a bracketed pinyin syllable after a character removed (印發(fā) → 印發)", pinyin_annotations),
    Step("format_characters", format_characters, "invisible format characters removed (zero-width space and joiners, soft hyphen, BOM, direction marks)", format_characters),
    Step("unicode_spaces", unicode_spaces, "en, em, thin and other spaces → ASCII spaces (U+3000 stays)", unicode_spaces),
    Step("closing_bars", closing_bars, "a bar after a lone table cell removed (序号 | → 序号), a line of bars alone emptied", closing_bars),
    Step("markup_prefixes", markup_prefixes, "database and Markdown marks at a line start (@@, #, >) removed", markup_prefixes),
    Step("fullwidth_ascii", fullwidth_ascii, "full-width digits, letters and signs → half-width; small forms → the marks they stand for (1﹒ → 1.)", fullwidth_ascii),
    Step("latin_o_numerals", latin_o_numerals, "Latin O between Chinese numerals → 〇", latin_o_numerals_text),
    # A mark's context is read across spaces to the line's ends: the whole-text
    # form hands the lines that need it to the per-line rules.
    Step("cjk_punctuation", cjk_punctuation, "ASCII punctuation in Chinese context → ，。：；（）《》", cjk_punctuation_text),
    # Leading white space (kept) follows a "\n", which no removable run touches.
    Step("justification_spaces", justification_spaces, "spaces between Chinese characters removed", _justification_text),
)

STEP_NAMES = tuple(step.name for step in STEPS)


def normalize_line(line: str, steps: Iterable[Step] = STEPS) -> str:
    for step in steps:
        line = step.func(line)
    return line


# Lines normalized together: big enough that the whole-text steps run as a few
# C-level passes, small enough that the joined copies stay small next to the file.
_CHUNK_LINES = 4096


def steps_for(glyphs: tuple[tuple[str, str], ...] | None) -> tuple[Step, ...]:
    """The steps with the glyph map of a profile (None: the default one)."""
    if glyphs is None:
        return STEPS
    fix = glyph_fixer(glyphs)
    return (replace(STEPS[0], func=fix, over_text=fix), *STEPS[1:])


def normalize_lines(raw_lines: Iterable[str], punct: str = "cjk", glyphs: tuple[tuple[str, str], ...] | None = None) -> Normalized:
    """Normalize every line; report which steps changed anything.

    ``punct`` is ``"cjk"`` (GB/T 15834, the default) or ``"ascii"``; the
    parser always reads the ``"cjk"`` form, ``"ascii"`` is a rendering choice.
    ``glyphs`` is the profile's private-use glyph map (None: the default's).
    Line *n* of the result is :func:`normalize_line` of line *n* of the input.
    """
    raw = tuple(raw_lines)
    changed: set[str] = set()
    steps = steps_for(glyphs)
    # Each chunk's lines, or None where no step changed any: the result then
    # takes those from ``raw``, and is ``raw`` itself when no line changed.
    outs: list[list[str] | None] = []
    for start in range(0, len(raw), _CHUNK_LINES):
        chunk = raw[start : start + _CHUNK_LINES]
        out = _chunk(chunk, changed, steps)
        outs.append(None if out is chunk else out)
    names = STEP_NAMES + (("ascii_punctuation",) if punct == "ascii" else ())
    lines = raw if not any(outs) else tuple(chain.from_iterable(
        raw[k * _CHUNK_LINES : (k + 1) * _CHUNK_LINES] if out is None else out for k, out in enumerate(outs)
    ))
    return Normalized(
        lines=lines,
        raw_lines=raw,
        steps=names,
        changed=tuple(n for n in names if n in changed or (n == "ascii_punctuation")),
        punct=punct,
    )


def _chunk(raw: tuple[str, ...], changed: set[str], steps: tuple[Step, ...] = STEPS) -> tuple[str, ...] | list[str]:
    """Normalize some lines, the whole-text steps over them joined; add the
    names of the steps that changed any.  ``raw`` itself when none did."""
    text = "\n".join(raw)
    if text.count("\n") != len(raw) - 1:
        return _each_line(raw, changed, steps)  # lines with a "\n" inside: only per line keeps them apart
    same = True
    for step in steps:
        if step.over_text is not None:
            new = step.over_text(text)
        else:
            new = "\n".join([step.func(line) if line else line for line in text.split("\n")])
        if new != text:
            changed.add(step.name)
            text = new
            same = False
    if same:
        return raw
    # An unchanged line is the input's string, as line by line: the result and
    # raw_lines then share it instead of holding two copies of the file.
    return [r if r == n else n for r, n in zip(raw, text.split("\n"))]


def _each_line(raw: tuple[str, ...], changed: set[str], steps: tuple[Step, ...] = STEPS) -> list[str]:
    out: list[str] = []
    for line in raw:
        if not line:  # every other line of a PDF text layer is blank
            out.append(line)
            continue
        for step in steps:
            new = step.func(line)
            if new != line:
                changed.add(step.name)
                line = new
        out.append(line)
    return out
