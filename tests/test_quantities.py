"""The per-text index answers as the plain scans it replaces."""

from __future__ import annotations

import pytest
import regex

from gazette_cli.extract.quantities import (
    QUANTITY,
    UNIT_ALTERNATION,
    _UNIT_WORDS,
    TextIndex,
    _longest_first,
    name_spans,
    pieces,
    sentence_bounds,
)

TEXTS = [
    pytest.param("以《健康素养66条》普及为主要内容。到2025年，建成16个“96333”服务站！", id="names-and-sentences"),
    pytest.param("。。，，\n\n到2025年", id="stops-at-start"),
    pytest.param("没有标点的一段文字2025年", id="no-stops"),
    pytest.param("", id="empty"),
    pytest.param("《未闭合（2021-2035年）标题，“引号", id="unclosed-names"),
]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_bounds_are_those_of_the_scan(text):
    index = TextIndex(text)
    assert [index.sentence_bounds(i) for i in range(len(text) + 1)] == [sentence_bounds(text, i) for i in range(len(text) + 1)]


@pytest.mark.parametrize("text", TEXTS)
def test_in_name_is_inside_a_name_span(text):
    index, spans = TextIndex(text), name_spans(text)
    assert [index.in_name(i) for i in range(len(text) + 1)] == [any(a <= i < b for a, b in spans) for i in range(len(text) + 1)]


@pytest.mark.parametrize("text", TEXTS)
def test_pieces_are_those_of_the_scan(text):
    assert TextIndex(text).pieces == list(pieces(text))


@pytest.mark.parametrize("text", TEXTS)
def test_piece_of_is_the_piece_that_holds_the_position(text):
    index = TextIndex(text)
    for k, (a, b) in enumerate(index.pieces):
        assert [index.piece_of(i) for i in range(a, b)] == [k] * (b - a)


UNIT_TEXTS = ["8个工作日内", "3个月", "40万件/万人", "5份/千人·年", "2千万元", "30个以上", "12平方公里", "7%—10%", "300余人次", "1亿元", "1000场次以上"]


@pytest.mark.parametrize("text", UNIT_TEXTS)
def test_unit_tree_matches_as_the_longest_first_alternation(text):
    # The prefix tree must pick the unit the flat, longest-first alternation picks.
    flat = regex.compile(QUANTITY.pattern.replace(UNIT_ALTERNATION, _longest_first(_UNIT_WORDS)), regex.VERBOSE)
    assert [m.groupdict() for m in QUANTITY.finditer(text)] == [m.groupdict() for m in flat.finditer(text)]
