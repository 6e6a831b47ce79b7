"""Matching keys for ``gazette diff``: what makes an item of the old version
"the same item" as one of the new version.

Two versions of a plan differ in numbering and wording, so nothing is matched
by clause number or by raw text.  Three tools serve every kind of item:

* :func:`text_key` — a comparison form of a short text (a title, a metric):
  compatibility forms folded (``１８．５`` → ``18.5``), punctuation, symbols
  and spaces dropped, and a few function words (的、和、与、及、等) removed, so
  ``全市公民具备科学素质的比例`` and ``全市公民具备科学素质比例`` share a key.
  The key is never shown to users; outputs keep the document's own words.
* :func:`similarity` — :class:`difflib.SequenceMatcher` ratio of two keys,
  the fallback for small rewording.
* :func:`pair_up` — greedy best-first pairing of two item lists under a
  sequence of stages (exact keys first, fuzzy keys last); deterministic, each
  item paired at most once.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Callable, Generic, Hashable, Sequence, TypeVar

import regex

# Everything that is not part of the words: punctuation (，。、“”《》…), symbols
# (％ is a unit, kept apart by the extractors), separators and other spaces.
_NOISE = regex.compile(r"[\p{P}\p{S}\p{Z}\s]+")

# Function words that rewording adds or drops without changing what is meant.
# Single characters only where they are almost never part of a term in plans;
# 全市/我市 are framing ("全市公民…" vs "公民…") in a city's own plan.
STOP_WORDS: tuple[str, ...] = ("全市", "我市", "的", "和", "与", "及", "等")
_STOP = regex.compile("|".join(regex.escape(w) for w in sorted(STOP_WORDS, key=len, reverse=True)))

# Below this ratio two metrics or titles are different things, not a rewording.
# 0.6 keeps 科普教育基地数量 ~ 市级以上科普教育基地数量 (0.80) and separates
# 食品安全满意率 from 食品安全评价性抽检合格率 (0.53).
SIMILAR = 0.6


def text_key(text: str | None) -> str:
    """The comparison form of a short text; ``""`` for ``None``.

    >>> text_key("全市公民具备科学素质的比例")
    '公民具备科学素质比例'
    >>> text_key("“双随机、一公开” 抽查比例（％）") == text_key('"双随机,一公开"抽查比例(%)')
    True
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _STOP.sub("", _NOISE.sub("", folded))


def similarity(a: str, b: str) -> float:
    """Similarity of two keys in [0, 1]; two empty keys are equal (1.0).

    >>> round(similarity(text_key("市级以上科普教育基地数量"), text_key("科普教育基地数量")), 2)
    0.8
    """
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return matcher.quick_ratio()
    return matcher.ratio()


O = TypeVar("O")
N = TypeVar("N")

# A stage scores a candidate pair; None means "not a pair at this stage".
Stage = Callable[[O, N], "float | None"]

# Fuzzy stages compare an old leftover only with the new leftovers in a block
# of this many places either side of its proportional position, so pairing
# stays linear in the number of items (2·BLOCK + 1 comparisons per item at
# most); lists shorter than that are compared whole.
BLOCK = 40


@dataclass(frozen=True, slots=True)
class Key(Generic[O]):
    """An exact stage: items whose keys are equal (and not None) pair up, in
    document order, without comparing every old item with every new one."""

    key: Callable[[O], Hashable]


@dataclass(frozen=True, slots=True)
class Aligned(Generic[O, N]):
    """A scoring stage that compares the k-th old leftover with the k-th new
    leftover only: items in the same place, one comparison each."""

    score: Callable[[O, N], "float | None"]


@dataclass(frozen=True, slots=True)
class Pairing(Generic[O, N]):
    """The result of :func:`pair_up`: index pairs (with the stage that paired
    them, 0-based) and the indices left over on either side, all sorted;
    ``comparisons`` counts the calls of scoring stages (the costly part)."""

    pairs: tuple[tuple[int, int, int], ...]  # (old index, new index, stage)
    old_only: tuple[int, ...]
    new_only: tuple[int, ...]
    comparisons: int = 0


def _block(free_old: list[int], free_new: list[int]):
    """``(old index, new indices to compare it with)`` for every free old item."""
    n_old, n_new = len(free_old), len(free_new)
    for rank, i in enumerate(free_old):
        if n_new <= 2 * BLOCK + 1:
            yield i, free_new
            continue
        centre = rank * n_new // max(n_old, 1)
        low = min(max(centre - BLOCK, 0), n_new - (2 * BLOCK + 1))
        yield i, free_new[low:low + 2 * BLOCK + 1]


def pair_up(old: Sequence[O], new: Sequence[N], stages: Sequence["Stage | Key | Aligned"]) -> Pairing:
    """Pair items of ``old`` with items of ``new``.

    Stages run in order on the items still unpaired.  A :class:`Key` stage
    pairs equal keys in document order (linear); an :class:`Aligned` stage
    compares leftovers in the same place only.  A scoring stage takes the
    candidates best score first, ties broken by document order (old index,
    then new index), so equal keys pair up in order and the result does not
    depend on dictionary or set order; it compares each old leftover with the
    new leftovers near its place only (see :data:`BLOCK`).

    >>> p = pair_up(["a", "b", "c"], ["c", "x", "a"], [lambda o, n: 1.0 if o == n else None])
    >>> p.pairs, p.old_only, p.new_only
    (((0, 2, 0), (2, 0, 0)), (1,), (1,))
    >>> pair_up(["a", "b", "a"], ["a", "a"], [Key(str)]).pairs
    ((0, 0, 0), (2, 1, 0))
    """
    free_old = set(range(len(old)))
    free_new = set(range(len(new)))
    pairs: list[tuple[int, int, int]] = []
    comparisons = 0
    for number, stage in enumerate(stages):
        if isinstance(stage, Key):
            waiting: dict[Hashable, list[int]] = {}
            for j in sorted(free_new, reverse=True):
                k = stage.key(new[j])
                if k is not None:
                    waiting.setdefault(k, []).append(j)
            for i in sorted(free_old):
                k = stage.key(old[i])
                if k is not None and waiting.get(k):
                    j = waiting[k].pop()
                    free_old.discard(i)
                    free_new.discard(j)
                    pairs.append((i, j, number))
            continue
        if isinstance(stage, Aligned):
            for i, j in zip(sorted(free_old), sorted(free_new)):
                comparisons += 1
                if stage.score(old[i], new[j]) is not None:
                    free_old.discard(i)
                    free_new.discard(j)
                    pairs.append((i, j, number))
            continue
        candidates: list[tuple[float, int, int]] = []
        for i, near in _block(sorted(free_old), sorted(free_new)):
            for j in near:
                comparisons += 1
                score = stage(old[i], new[j])
                if score is not None:
                    candidates.append((-score, i, j))
        candidates.sort()
        for _, i, j in candidates:
            if i in free_old and j in free_new:
                free_old.discard(i)
                free_new.discard(j)
                pairs.append((i, j, number))
    pairs.sort()
    return Pairing(tuple(pairs), tuple(sorted(free_old)), tuple(sorted(free_new)), comparisons)
