"""A passage cut from another reads the same as one made anew: text, pieces, spans, joins."""

import pickle
import random

import pytest

from gazette_cli.model import Joiner, Passage, Piece, Pieces, Tail, compact


def _made_anew(passage, start, end=None):
    """``passage.slice(start, end)`` with every piece copied: the reference a cut must match."""
    end = len(passage.text) if end is None else end
    if start >= end:
        return Passage("", ())
    offsets = [p.offset for p in passage.pieces]
    i = max(sum(o <= start for o in offsets) - 1, 0)
    j = max(sum(o <= end - 1 for o in offsets) - 1, 0)
    first = passage.pieces[i]
    kept = [Piece(0, first.line, first.page)]
    kept += [Piece(p.offset - start, p.line, p.page) for p in passage.pieces[i + 1 : j + 1]]
    return Passage(passage.text[start:end], tuple(kept))


def _passage(rng, lines, pages_none=False):
    """A passage of ``lines`` source lines of 1–6 characters each."""
    texts = ["".join(rng.choice("条款项目第一二三") for _ in range(rng.randint(1, 6))) for _ in range(lines)]
    pieces, offset = [], 0
    for k, text in enumerate(texts):
        page = None if pages_none and k % 3 == 1 else 1 + k // 5
        pieces.append(Piece(offset, 10 + 2 * k, page))
        offset += len(text)
    return Passage("".join(texts), compact(pieces))


def _same(got, want):
    assert got.text == want.text
    assert got.pieces == want.pieces and want.pieces == got.pieces
    assert list(got.pieces) == list(want.pieces)
    assert got == want and hash(got) == hash(want) and repr(got) == repr(want)
    n = len(want.text)
    for start in range(n):
        assert got.piece_at(start) == want.piece_at(start)
        for end in {start + 1, (start + n) // 2 + 1, n}:
            assert got.span_of(start, end) == want.span_of(start, end)
    assert got.span == want.span


@pytest.mark.parametrize("lines", [2, 3, 8, 70])  # 70: pieces held as arrays
@pytest.mark.parametrize("pages_none", [False, True])
def test_a_cut_reads_as_a_copy(lines, pages_none):
    rng = random.Random(lines)
    for _ in range(8):
        whole = _passage(rng, lines, pages_none)
        first_end = whole.pieces[1].offset
        for start in range(first_end):
            cut = whole.slice(start)
            copy = _made_anew(whole, start)
            assert type(cut.pieces) is Tail
            _same(cut, copy)
            # A cut of a cut, and other slices of one, as of the copy.
            for again in range(cut.pieces[1].offset):
                assert type(cut.slice(again).pieces) is Tail
                _same(cut.slice(again), _made_anew(copy, again))
            for a, b in ((0, 1), (1, len(cut.text)), (2, len(cut.text) - 1), (len(cut.text) - 1, None)):
                _same(cut.slice(a, b), _made_anew(copy, a, b))


def test_a_cut_of_arrays_keeps_them():
    whole = _passage(random.Random(1), 70)
    assert type(whole.pieces) is Pieces
    cut = whole.slice(whole.pieces[1].offset - 1)
    assert cut.pieces.base is whole.pieces
    assert type(cut.slice(0).pieces.base) is Pieces


@pytest.mark.parametrize("count", [1, 2, 5, 70])
def test_cuts_join_as_copies(count):
    rng = random.Random(count)
    wholes = [_passage(rng, rng.randint(2, 9)) for _ in range(count)]
    cuts = [w.slice(1) for w in wholes]
    copies = [_made_anew(w, 1) for w in wholes]
    assert Passage.join(cuts) == Passage.join(copies)
    joiner, by_copy = Joiner(""), Joiner("")
    for cut, copy in zip(cuts, copies):
        joiner.add(cut)
        by_copy.add(copy)
    _same(joiner.passage(), by_copy.passage())


def test_a_cut_pickles_as_it_reads():
    whole = _passage(random.Random(2), 5)
    cut = whole.slice(1)
    assert pickle.loads(pickle.dumps(cut)) == cut
