"""The per-text index answers as the plain scans it replaces."""

from __future__ import annotations

import pytest

from gazette_cli.quantities import TextIndex, name_spans, pieces, sentence_bounds

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
