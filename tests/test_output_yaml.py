"""YAML output: libyaml, when used, writes the bytes of the pure-Python emitter."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazette_cli.output.serialize import _libyaml_renders_alike, _yaml_dumper, to_yaml

needs_libyaml = pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="PyYAML without libyaml")


def pure_python(data) -> str:
    return yaml.dump(data, Dumper=_yaml_dumper(False), allow_unicode=True, sort_keys=False, width=1_000_000)


def libyaml(data) -> str:
    return yaml.dump(data, Dumper=_yaml_dumper(True), allow_unicode=True, sort_keys=False, width=1_000_000)


def nested(s: str) -> dict:
    """``s`` as a value, in a list and in a nested mapping."""
    return {"text": s, "list": [s, {"inner": s, "deeper": [s]}], "value": Decimal("18.5")}


# Strings where the two emitters could choose different scalar styles.
SAFE = [
    pytest.param("", id="empty"),
    pytest.param("济南市人民政府", id="han"),
    pytest.param("指导思想。\n以习近平", id="line-break"),
    pytest.param("一\n\n二\n", id="blank-line-and-trailing-break"),
    pytest.param(" 前导空格", id="leading-space"),
    pytest.param("尾随空格 ", id="trailing-space"),
    pytest.param("\u3000两个全角空格\u3000", id="ideographic-spaces"),
    pytest.param("\u00a0不间断空格", id="no-break-space"),
    pytest.param("key: value", id="colon-space"),
    pytest.param("a #comment", id="hash"),
    pytest.param("- item", id="dash"),
    pytest.param("---", id="document-marker"),
    pytest.param("'single' \"double\"", id="quotes"),
    pytest.param("null", id="null-word"),
    pytest.param("yes", id="bool-word"),
    pytest.param("2022-10-08", id="date-like"),
    pytest.param("1.5", id="number-like"),
    pytest.param("[a, {b}]", id="flow-indicators"),
    pytest.param("@`|>%!&*?", id="indicators"),
    pytest.param("（2021-2035年）", id="full-width-brackets"),
    pytest.param("\ue000\ufffd～", id="private-use-and-specials"),
]

# Strings the C emitter writes differently: to_yaml must not use it for them.
UNSAFE = [
    pytest.param("𠀀𪚥", id="astral-han"),
    pytest.param("每个\x85取得", id="next-line"),
    pytest.param("产品\u2028给予", id="line-separator"),
    pytest.param("段\u2029落", id="paragraph-separator"),
    pytest.param("\ufeff标题", id="byte-order-mark"),
    pytest.param("制\t表", id="tab"),
    pytest.param("控制\x01字符", id="control"),
]


@needs_libyaml
@pytest.mark.parametrize("s", SAFE)
def test_libyaml_writes_the_same_bytes_on_safe_text(s):
    data = nested(s)
    assert (_libyaml_renders_alike(data), libyaml(data)) == (True, pure_python(data))


@pytest.mark.parametrize("s", UNSAFE)
def test_unsafe_text_is_written_by_the_pure_python_emitter(s):
    data = nested(s)
    assert (_libyaml_renders_alike(data), to_yaml(data)) == (False, pure_python(data))


@pytest.mark.parametrize(
    "key",
    [
        pytest.param("", id="empty"),
        pytest.param("济南市人民政府" * 10, id="long-han"),
        pytest.param("a key", id="space"),
        pytest.param(1, id="int"),
    ],
)
def test_keys_other_than_short_ascii_names_use_the_pure_python_emitter(key):
    data = {"text": "济南", "map": {key: 1}}
    assert (_libyaml_renders_alike(data), to_yaml(data)) == (False, pure_python(data))


def test_unknown_scalar_types_use_the_pure_python_emitter():
    assert _libyaml_renders_alike({"a": [1, 2.5, None, True, Decimal("1")]}) is True
    assert _libyaml_renders_alike({"a": b"bytes"}) is False


_ALPHABET = st.sampled_from(list("济南，。：；（）《》“”、 \n\u3000\u00a0:#-'\"?!&*|>%@`[]{},~=0123456789abcyn."))
_WORDS = st.sampled_from(["null", "---", "...", "- ", ": ", " #", "\n\n", "  ", "yes", "1e3"])


@needs_libyaml
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(_ALPHABET, max_size=12), st.lists(st.one_of(_ALPHABET, _WORDS), max_size=12).map("".join), st.text(max_size=12)))
def test_to_yaml_is_the_pure_python_output(s):
    data = nested(s)
    assert to_yaml(data) == pure_python(data)


# --- the dumper's shortcuts make the nodes PyYAML's SafeRepresenter makes ------------------


class _PlainDumper(yaml.SafeDumper):
    """SafeDumper with only our Decimal representer, and no anchors: what the shortcuts must equal."""

    def ignore_aliases(self, data):
        return True


_PlainDumper.add_representer(Decimal, lambda d, v: d.represent_scalar("tag:yaml.org,2002:float", format(v, "f")))
# YAML's line breaks other than \n and \r, in double quotes (escaped), so that they load back as written.
_PlainDumper.add_representer(
    str, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style='"' if set(v) & set("\x85\u2028\u2029") else None)
)

_SCALARS = st.one_of(
    st.text(st.sampled_from(list("济南 :#-?'\"\n12.5eEtrueyesnull~")), max_size=8),
    st.sampled_from(["true", "null", "0x1F", "1e3", "2022-10-08", "~", "", "- a"]),
    st.integers(-(10**12), 10**12),
    st.booleans(),
    st.none(),
    st.decimals(allow_nan=False, allow_infinity=False, places=2),
)
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.one_of(st.text(max_size=6), st.integers(0, 9)), inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DATA)
def test_the_dumper_writes_what_safe_dumper_writes(data):
    options = {"allow_unicode": True, "sort_keys": False, "width": 1_000_000}
    shared = {"a": "同一个对象", "n": Decimal("1.5")}  # the same objects twice: written twice, no anchors
    data = {"data": data, "first": shared, "again": shared}
    assert yaml.dump(data, Dumper=_yaml_dumper(False), **options) == yaml.dump(data, Dumper=_PlainDumper, **options)
