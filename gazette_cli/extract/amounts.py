"""Policy amounts: money a notice grants, caps or sets as a condition.

Input: a :class:`~gazette_cli.model.Notice`.  Output: :class:`Amount` items,
one per run of money figures in one clause of a sentence (``200万元、300万元、
500万元`` is one item with three values), in whole yuan.  Guaranteed: every
item's ``text`` is ``passage.text[start:end]`` of the clause it comes from and
its span points there; a figure is an amount only when its clause of the
sentence says what the money is for (reward, subsidy, cap, rate, threshold,
funding), so a plan's money target (``融资登记金额累计超100亿元``) stays a
target and is never reported twice.

Percentages of a base (``按实际投资额的10%给予一次性奖励``) are not yuan
amounts and are left out: the schema promises ``values_yuan``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..model import Amount, Notice
from .quantities import MONEY, TextIndex, yuan
from .scopes import Scope, scopes

#: What a clause of a sentence says the money is, checked in this order: the
#: first kind whose words occur wins.  ``threshold`` needs the sentence to be a
#: policy (see :data:`POLICY_WORDS`) and the clause not to grant anything.
KIND_WORDS: tuple[tuple[str, regex.Pattern], ...] = (
    ("cap", regex.compile(r"最高|最多|不超过|上限|封顶")),
    ("threshold", regex.compile(r"达到|以上|（含）|超过|不低于|不少于")),
    ("subsidy", regex.compile(r"补贴|补助|资助")),
    ("reward", regex.compile(r"奖励|奖补|奖金|奖")),
    ("funding", regex.compile(r"安排|设立|统筹|资金|经费|基金")),
)

#: A sentence with one of these words is a policy measure (its figures are
#: policy amounts and its conditions thresholds, not targets).
POLICY_WORDS = regex.compile(r"奖励|奖补|补贴|补助|资助|扶持资金|给予")

#: The words of a clause that grants money (so ``以上`` in it is not a threshold).
_GRANTS = regex.compile(r"给予|获得|奖励|补贴|补助|资助")

#: What joins the figures of one list: 200万元、300万元和500万元.
_LIST_JOIN = regex.compile(r"[、和或及]|或者")


@dataclass(frozen=True, slots=True)
class MoneyRun:
    """Money figures listed together at ``text[start:end]``."""

    start: int
    end: int
    values_yuan: tuple[int, ...]
    per_unit: bool  # 500元/亩


def money_runs(text: str, start: int = 0, end: int | None = None, index: TextIndex | None = None) -> Iterator[MoneyRun]:
    """Runs of money figures in ``text[start:end]``; ``index`` is the :class:`TextIndex` of ``text``, when the caller has one.

    >>> [r.values_yuan for r in money_runs("分档给予研发单位200万元、300万元、500万元的一次性奖励")]
    [(2000000, 3000000, 5000000)]
    >>> [(r.values_yuan, r.per_unit) for r in money_runs("按500元/亩给予一次性奖励，最高奖励100万元")]
    [((500,), True), ((1000000,), False)]
    """
    end = len(text) if end is None else end
    index = index or TextIndex(text)
    run: list[regex.Match] = []
    for m in MONEY.finditer(text, start, end):
        if index.in_name(m.start()):
            continue
        if run and not _LIST_JOIN.fullmatch(text[run[-1].end() : m.start()]):
            yield _run(run)
            run = []
        run.append(m)
    if run:
        yield _run(run)


def _run(ms: list[regex.Match]) -> MoneyRun:
    return MoneyRun(
        start=ms[0].start(),
        end=ms[-1].end(),
        values_yuan=tuple(yuan(m.group("num"), m.group("unit")) for m in ms),
        per_unit=any(m.group("per") for m in ms),
    )


def money_kind(piece: str, sentence: str, run: MoneyRun) -> str | None:
    """The kind of a money run, from its clause of the sentence; None when the text does not say.

    >>> money_kind("同一年度每家单位累计最高可获得奖励2000万元", "", MoneyRun(0, 0, (1,), False))
    'cap'
    >>> money_kind("知识产权质押融资登记金额累计超100亿元", "知识产权质押融资登记金额累计超100亿元", MoneyRun(0, 0, (1,), False)) is None
    True
    """
    return _kind(piece, POLICY_WORDS.search(sentence) is not None, run)


def _kind(piece: str, policy: bool, run: MoneyRun) -> str | None:
    """:func:`money_kind`, with whether the sentence is a policy measure already known."""
    if run.per_unit:
        return "rate"
    for kind, words in KIND_WORDS:
        if not words.search(piece):
            continue
        if kind == "threshold" and (not policy or _GRANTS.search(piece)):
            continue
        if kind == "funding" and not policy and "资金" not in piece and "经费" not in piece:
            continue
        return kind
    return None


def amounts_in(index: TextIndex) -> Iterator[tuple[MoneyRun, str, tuple[int, int]]]:
    """The amounts of one scope's text: each run, its kind and its clause of the sentence."""
    text = index.text
    if "元" not in text:
        # A cheap substring test first: every yuan unit ends in 元, and most texts have none.
        return
    policy: dict[int, bool] = {}  # by sentence start: a sentence can hold many runs
    pieces = index.pieces
    # One scan of the whole text, not one per clause of a sentence: a money
    # figure holds no stop (:data:`~gazette_cli.extract.quantities.PIECE_END`) and a run
    # breaks at one, so each run stands in one clause, and they come in order.
    k, piece = -1, ""
    for run in money_runs(text, 0, None, index):
        ss, se = index.sentence_bounds(run.start)
        if ss not in policy:
            policy[ss] = POLICY_WORDS.search(text, ss, se) is not None
        at = index.piece_of(run.start)
        ps, pe = pieces[at]
        if at != k:
            k, piece = at, text[ps:pe]
        kind = _kind(piece, policy[ss], run)
        if kind is not None:
            yield run, kind, (ps, pe)


@dataclass(frozen=True, slots=True)
class ScopeAmounts:
    """One scope of a notice, the index of its text and the amounts in it.

    The target extractor reads the same scopes and skips these amounts; one
    reading serves both (see :func:`gazette_cli.extract.extract_all`)."""

    scope: Scope
    index: TextIndex
    found: tuple[tuple[MoneyRun, str, tuple[int, int]], ...]

    def claimed(self) -> list[tuple[int, int]]:
        """Character ranges of the text reported as amounts (targets skip them), sorted."""
        return [(run.start, run.end) for run, _kind, _piece in self.found]


def read_scopes(notice: Notice) -> tuple[ScopeAmounts, ...]:
    """Every scope of the notice (:func:`~gazette_cli.extract.scopes.scopes`) with its amounts."""
    out = []
    for scope in scopes(notice):
        index = TextIndex(scope.passage.text)
        out.append(ScopeAmounts(scope, index, tuple(amounts_in(index))))
    return tuple(out)


def extract(notice: Notice, read: tuple[ScopeAmounts, ...] | None = None) -> tuple[Amount, ...]:
    """Every policy amount of the notice, in document order; ``read`` is :func:`read_scopes` of it, when known."""
    out: list[Amount] = []
    for scoped in read_scopes(notice) if read is None else read:
        passage = scoped.scope.passage
        for run, kind, (ps, pe) in scoped.found:
            out.append(
                Amount(
                    path=scoped.scope.path,
                    text=passage.text[ps:pe],
                    values_yuan=run.values_yuan,
                    kind=kind,
                    span=passage.span_of(ps, pe),
                )
            )
    return tuple(out)
