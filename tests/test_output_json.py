"""JSON output: the indented writer gives the bytes of json.dumps(…, ensure_ascii=False, indent=2)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazette_cli.output.serialize import to_json

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),  # controls, quotes, backslashes, lone surrogates and characters past the BMP
    st.sampled_from(["", "“引号”", "\u2028", "\x00decimal:7", "济政发〔2022〕17号"]),
)
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)),
    max_leaves=30,
)


@given(_DATA)
def test_the_indented_writer_writes_what_json_writes(data):
    assert to_json({"data": data}) == json.dumps({"data": data}, ensure_ascii=False, indent=2)


def test_decimals_are_exact_literals_and_tuples_lists():
    data = {"value": Decimal("18.50"), "range": (Decimal("-3"), 7), "empty": {}, "none": []}
    assert json.loads(to_json(data)) == {"value": 18.5, "range": [-3, 7], "empty": {}, "none": []}
    assert '"value": 18.50,' in to_json(data)


@pytest.mark.parametrize("bad", [Decimal("NaN"), Decimal("Infinity")])
def test_a_decimal_json_cannot_hold_is_refused(bad):
    with pytest.raises(ValueError):
        to_json({"value": bad})


def test_a_key_that_is_no_string_is_written_as_json_writes_it():
    assert to_json({1: "a", None: "b"}) == json.dumps({1: "a", None: "b"}, ensure_ascii=False, indent=2)
