"""Numeric targets (目标指标): quantities a plan commits to reach or keep.

Input: a :class:`~gazette_cli.model.Notice`.  Output: :class:`Target` items,
first those stated in the text (preamble and every clause's own text, in
document order), then one per indicator-table row (see
:mod:`gazette_cli.extract.indicators`).  Guaranteed for text targets: ``text`` is the
clause of the sentence that states the target (with a bare deadline clause
before it, ``到2025年，…``), it is the passage text at ``span``, and the
quantity is in it.

A quantity (a number with a unit, :mod:`gazette_cli.extract.quantities`) is a target
when its clause of the sentence commits to it — a comparator word
(``达到``, ``不低于``, ``以上``…), an action verb (``开展``, ``建成``,
``培育``…) or a yearly rate (``每年``) — and is none of:

* history: review sections are never read (:mod:`gazette_cli.extract.scopes`), and a
  figure after ``同比``, ``截至``, ``已达``… in its sentence is a past one;
* a name: digits inside 《》 or “” (``《健康素养66条》``, ``“96333”``) or glued
  to a word that is no unit (``330工程``, ``世界500强``, ``12345热线``);
* a count of the plan's own parts (``实施5项提升行动``, ``稳步推进4项重点工程``);
  projects a plan lists with a number of things to build (``拟建设…等8个专业
  技术中心``) are commitments and are kept;
* a policy measure: a clause that grants money or sets a condition for it
  (``对…的``, ``给予…奖励``) belongs to :mod:`gazette_cli.extract.amounts`, and money
  reported there is never reported again here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

import regex

from . import amounts, indicators
from ..model import Notice, Target
from .quantities import QUANTITY, Quantity, SortedSpans, TextIndex, read_quantity
from .scopes import DEADLINE, deadline_year

# --- vocabularies ----------------------------------------------------------------

#: Words right before the number, and the comparator each one states.
PREFIX_COMPARATORS: dict[str, str] = {
    "不低于": ">=",
    "不少于": ">=",
    "不小于": ">=",
    "至少": ">=",
    "不超过": "<=",
    "不高于": "<=",
    "不多于": "<=",
    "控制在": "<=",
    "超过": ">",
    "高于": ">",
    "多于": ">",
    "大于": ">",
    "超": ">",
    "逾": ">",
    "低于": "<",
    "少于": "<",
    "小于": "<",
    "约": "~",
    "提高到": "=",
    "提升到": "=",
    "提高至": "=",
    "提升至": "=",
    "增加到": "=",
    "增加至": "=",
    "增长到": "=",
    "保持在": "=",
    "稳定在": "=",
    "达到": "=",
    "增至": "=",
    "达": "=",
    "为": "=",
}

#: Words right after the quantity, and the comparator each one states (they win over a prefix ``达``).
SUFFIX_COMPARATORS: dict[str, str] = {
    "以上": ">=",
    "以下": "<=",
    "以内": "<=",
    "之内": "<=",
    "左右": "~",
}

#: 余/多 inside the quantity (``300余人次``): more than.
APPROX_COMPARATOR = ">"

#: Action verbs that commit to a count (``建成健康教育基地16个``).  Longest first.
ACTION_VERBS: tuple[str, ...] = (
    "培育建设",
    "培育形成",
    "开展",
    "培训",
    "培育",
    "培养",
    "建成",
    "建设",
    "新建",
    "建立",
    "实施",
    "举办",
    "引进",
    "创建",
    "打造",
    "形成",
    "完成",
    "认定",
    "组建",
    "推广",
    "实现",
    "新增",
    "设立",
    "制定",
    "修订",
    "发布",
    "遴选",
    "扶持",
    "吸引",
    "带动",
)

#: A yearly rate, and a running total.
PERIOD_WORDS: tuple[tuple[str, str], ...] = (
    ("平均每年", "annual"),
    ("年平均", "annual"),
    ("每年度", "annual"),
    ("每年", "annual"),
    ("年均", "annual"),
    ("累计", "total"),
)

#: Clause words that mark a past figure, not a commitment.
HISTORY_WORDS = regex.compile(r"同比|截至|截止|已达|已经|比上年|较上年|增长了|提高了")

#: Clause words of a policy measure (its numbers are conditions and grants).
POLICY_CLAUSE = regex.compile(r"^(?:其中)?对|奖励|奖补|补贴|补助|资助")

#: A count of the plan's own parts: what follows the quantity up to the end of the clause.
PLAN_PARTS = regex.compile(r"[\p{Han}]{0,8}(?:行动|工程|任务|举措|措施|方面|部分|原则|重点|领域|环节|条措施)")

#: Leading words that are not part of the metric.
_LEAD_FILLER = regex.compile(r"^(?:力争|确保|努力|争取|全面|持续|逐步|进一步|保持|平均每年|年平均|每年度|每年|年均|其中)+")
#: Trailing words that are not part of the metric.
_TRAIL_FILLER = regex.compile(r"(?:预期值|目标值|累计|分别|均|总数|总量为)+$")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


PREFIX = regex.compile(rf"(?P<word>{_alternation(PREFIX_COMPARATORS)})[ ]?\Z")
VERB = regex.compile(_alternation(ACTION_VERBS))
PERIOD = regex.compile(_alternation(w for w, _ in PERIOD_WORDS))
_PERIOD_OF = dict(PERIOD_WORDS)
#: Any digit, as :data:`~gazette_cli.extract.quantities.QUANTITY` reads them: a text without one holds no quantity.
_DIGIT = regex.compile(r"[0-9]")


# --- reading one clause of a sentence ------------------------------------------------


def comparator(q: Quantity, prefix_word: str | None) -> str:
    """The comparator a quantity is stated with.

    >>> from gazette_cli.extract.quantities import quantities
    >>> comparator(next(quantities("85分以上")), "达")
    '>='
    >>> comparator(next(quantities("300余人次")), None)
    '>'
    """
    if q.value_max is not None:
        return "range"
    if q.suffix:
        return SUFFIX_COMPARATORS[q.suffix]
    if q.approx:
        return APPROX_COMPARATOR
    if prefix_word:
        return PREFIX_COMPARATORS[prefix_word]
    return "="


def metric(before: str, after: str, compared: bool) -> str:
    """What is measured, in the document's words.

    ``X达到N`` (``compared``): the subject X.  ``开展…活动N场``: the object
    after the first action verb.  ``培育形成N个以上Y``: the thing counted, Y.

    >>> metric("全市公民具备科学素质的比例", "", True)
    '全市公民具备科学素质的比例'
    >>> metric("每年开展好青年培训", "", False)
    '好青年培训'
    >>> metric("培育形成", "高价值专利培育中心", False)
    '高价值专利培育中心'
    >>> metric("实现投诉举报", "回应", False)
    '投诉举报回应'
    """
    if not compared:
        verb = VERB.search(before)
        if verb:
            before = before[verb.end() :]
    before = _TRAIL_FILLER.sub("", _LEAD_FILLER.sub("", before.strip())).strip()
    after = after.strip()
    if before and after:
        # a short tail completes the subject (投诉举报…回应); a long one is the thing counted
        return before + after if len(after) <= 4 else after
    return before or after


class _Sentences:
    """What the target rules ask of the sentence around each number, found once per sentence.

    A sentence can hold thousands of numbers (a list of measures run together
    without a full stop); reading the sentence again for each one was quadratic.
    """

    __slots__ = ("index", "_history", "_deadlines")

    def __init__(self, index: TextIndex):
        self.index = index
        self._history: dict[int, regex.Match | None] = {}
        self._deadlines: dict[int, tuple[list[int], list[int]]] = {}

    def history_before(self, pos: int) -> bool:
        """Whether a :data:`HISTORY_WORDS` word stands in the sentence before ``pos``."""
        ss, se = self.index.sentence_bounds(pos)
        if ss not in self._history:
            self._history[ss] = HISTORY_WORDS.search(self.index.text, ss, se)
        first = self._history[ss]
        # HISTORY_WORDS has no anchors or look-arounds, so a word that fits
        # before ``pos`` also matches in the whole sentence, at or after the
        # sentence's first word: none, or a first one at or after ``pos``, means
        # no; a first one that ends before ``pos`` means yes.
        if first is None or first.start() >= pos:
            return False
        if first.end() <= pos:
            return True
        return HISTORY_WORDS.search(self.index.text, ss, pos) is not None

    def year(self, pos: int) -> int | None:
        """The deadline of the sentence around ``pos``: the nearest before it, else the first after."""
        ss, se = self.index.sentence_bounds(pos)
        if ss not in self._deadlines:
            found = [(m.start(), deadline_year(m)) for m in DEADLINE.finditer(self.index.text, ss, se)]
            self._deadlines[ss] = ([at for at, _ in found], [y for _, y in found])
        starts, years = self._deadlines[ss]
        i = bisect.bisect_left(starts, pos)  # deadlines that start before pos
        if i:
            return years[i - 1]
        return years[0] if years else None


def _target_in(text: str, ps: int, pe: int, q: Quantity) -> dict[str, Any] | None:
    """The target stated by quantity ``q`` in the clause ``text[ps:pe]``, or None.

    The caller has already left out a quantity reported as an amount, one in a
    policy clause and one after a history word (see :func:`text_targets`)."""
    piece = text[ps:pe]
    before, after = text[ps : q.start], text[q.end : pe]
    if PLAN_PARTS.fullmatch(after):
        return None
    m = PREFIX.search(before)
    prefix_word = m.group("word") if m else None
    if m:
        before = before[: m.start()]
    period_m = PERIOD.search(piece)
    committed = prefix_word or q.suffix or q.approx or q.value_max is not None or period_m or VERB.search(before)
    if not committed:
        return None
    return {
        "metric": metric(before, after, prefix_word is not None),
        "comparator": comparator(q, prefix_word),
        "period": _PERIOD_OF[period_m.group()] if period_m else None,
    }


def _with_deadline(text: str, ps: int, prev: tuple[int, int] | None) -> int:
    """Start the quoted text at a bare deadline clause right before (``到2025年，…``).

    ``prev`` is the clause of the sentence before the one at ``ps`` (None for the first)."""
    if ps < 2:
        return ps
    if prev:
        a, b = prev
        if DEADLINE.fullmatch(text, a, b) and text[b] == "，":
            return a
    return ps


def text_targets(notice: Notice, read: tuple[amounts.ScopeAmounts, ...] | None = None) -> Iterator[Target]:
    """Targets stated in the preamble and the clause texts; ``read`` is
    :func:`gazette_cli.extract.amounts.read_scopes` of the notice, when known."""
    for scoped in amounts.read_scopes(notice) if read is None else read:
        scope, index = scoped.scope, scoped.index
        text = index.text
        if not _DIGIT.search(text):
            continue  # most clause texts hold no number at all
        taken = SortedSpans(scoped.claimed())
        sentences = _Sentences(index)
        pieces = index.pieces
        policy: dict[int, bool] = {}  # by clause: a clause can hold several numbers
        # One scan of the whole text, not one per clause of a sentence: a
        # quantity holds no stop (:data:`~gazette_cli.extract.quantities.PIECE_END`), so
        # each stands in one clause, and they come in the order of the clauses.
        # What :func:`~gazette_cli.extract.quantities.quantities` gives, with the tests
        # that need only the position made before the quantity is read: most
        # numbers fail them.
        for m in QUANTITY.finditer(text):
            at = m.start()
            if index.in_name(at) or at in taken:
                continue
            k = index.piece_of(at)
            ps, pe = pieces[k]
            if k not in policy:
                # On the clause's own text: ``^`` does not match at a search's start position.
                policy[k] = POLICY_CLAUSE.search(text[ps:pe]) is not None
            if policy[k] or sentences.history_before(at):
                continue
            q = read_quantity(m)
            found = _target_in(text, ps, pe, q)
            if found is None:
                continue
            start = _with_deadline(text, ps, pieces[k - 1] if k else None)
            yield Target(
                path=scope.path,
                text=text[start:pe],
                metric=found["metric"],
                value=q.value,
                value_max=q.value_max,
                unit=q.unit,
                comparator=found["comparator"],
                year=sentences.year(q.start) or scope.inherited_year,
                period=found["period"],
                baseline=None,
                attribute=None,
                source="text",
                span=scope.passage.span_of(start, pe),
            )


def extract(notice: Notice, read: tuple[amounts.ScopeAmounts, ...] | None = None) -> tuple[Target, ...]:
    """Every target of the notice: text targets in document order, then indicator-table rows."""
    return tuple(text_targets(notice, read)) + indicators.targets(notice)
