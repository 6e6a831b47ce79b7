"""Stage 7 — output: the documented data structure, as YAML or JSON.

This is the only place where dataclasses become dictionaries.  Field names
are the public contract (see ``schemas/``); the same input always gives
byte-identical output.  Quantities are :class:`~decimal.Decimal` inside and
are written as exact number literals (``18.5``, never ``18.499999``).
"""

from __future__ import annotations

import functools
import json
import math
from json.encoder import encode_basestring as _quote  # the escaping of json.dumps(…, ensure_ascii=False)
from itertools import compress, repeat
from decimal import Decimal
from typing import Any

from ..model import (
    Amount,
    Attachment,
    Clause,
    Document,
    Notice,
    PageMap,
    Passage,
    Reference,
    Responsibility,
    Span,
    Table,
    Target,
    Validity,
)
from ..text.lazy import lazy
from ..text.normalize import ascii_punctuation

SCHEMA_VERSION = "1.5"


def span_dict(span: Span) -> dict[str, Any]:
    return {"start_line": span.start_line, "end_line": span.end_line, "page": span.page, "end_page": span.end_page}


def number(value: Decimal | None) -> Decimal | int | None:
    """Integers as int, other decimals as Decimal (written as exact literals)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()


class _Text:
    """Applies the output punctuation choice to every text field."""

    def __init__(self, punct: str):
        self.ascii = punct == "ascii"

    def __call__(self, s: str | None) -> str | None:
        if s is None or not self.ascii:
            return s
        return ascii_punctuation(s)


def _passage(p: Passage, t: _Text) -> dict[str, Any] | None:
    if not p.text:
        return None
    return {"text": t(p.text), "span": span_dict(p.span)}


def _clause(c: Clause, t: _Text, units: dict[str, list[str]] | None = None) -> dict[str, Any]:
    units = units or {}
    d = {
        "path": c.path,
        "marker": t(c.marker),
        "level": c.level,
        "kind": str(c.kind),
        "number": c.number,
        "title": t(c.title),
        "text": t(c.text),
        "units": units.get(c.path, []),
        "span": span_dict(c.span),
        "children": [_clause(k, t, units) for k in c.children],
    }
    if c.paragraphs:
        d["paragraphs"] = [_passage(p, t) for p in c.paragraphs]
    return d


def _attachment(a: Attachment, t: _Text, table_index: dict[int, int]) -> dict[str, Any]:
    return {
        "label": a.label,
        "title": t(a.title),
        "prefix": a.prefix,
        "note": t(a.note),
        "span": span_dict(a.span),
        "preamble": _passage(a.preamble, t),
        "clauses": [c.path for c in a.clauses],
        "tables": [table_index[id(tb)] for tb in a.tables],
    }


def _units_by_path(n: Notice) -> dict[str, list[str]]:
    """The units of the lists that close each clause, in printed order, each once."""
    by_path: dict[str, list[str]] = {}
    for r in n.responsibilities:
        if r.path is not None:
            names = by_path.setdefault(r.path, [])
            names.extend(u for u in r.units if u not in names)
    return by_path


def _table(tb: Table, t: _Text) -> dict[str, Any]:
    return {
        "path": tb.path,
        "title": t(tb.title),
        "header": list(tb.header),
        "rows": [{"cells": [t(c) for c in r.cells], "span": span_dict(r.span)} for r in tb.rows],
        "span": span_dict(tb.span),
    }


def responsibility_dict(r: Responsibility, t: _Text) -> dict[str, Any]:
    d = {
        "path": r.path,
        "units": list(r.units),
        "lead": list(r.lead),
        "support": list(r.support),
        "lead_from": str(r.lead_from),
        "lead_rule": t(r.lead_rule),
        "form": r.form,
        "text": t(r.text),
        "span": span_dict(r.span),
    }
    if r.deadline is not None:
        d["deadline"] = t(r.deadline)
    if r.aliases:
        d["aliases"] = [{"alias": a, "stands_for": b} for a, b in r.aliases]
    if r.resolved:
        d["resolved"] = [{"alias": a, "stands_for": b} for a, b in r.resolved]
    if r.standing:
        d["standing"] = list(r.standing)
        d["standing_rule"] = t(r.standing_rule)
    return d


def target_dict(x: Target, t: _Text) -> dict[str, Any]:
    return {
        "path": x.path,
        "text": t(x.text),
        "metric": t(x.metric),
        "value": number(x.value),
        "value_max": number(x.value_max),
        "unit": x.unit,
        "comparator": str(x.comparator),
        "year": x.year,
        "period": None if x.period is None else str(x.period),
        "baseline": number(x.baseline),
        "baseline_year": x.baseline_year,
        "attribute": x.attribute,
        "source": str(x.source),
        "kind": str(x.kind),
        "approx": x.approx,
        "hedged": x.hedged,
        "cumulative": x.cumulative,
        "span": span_dict(x.span),
    }


def amount_dict(a: Amount, t: _Text) -> dict[str, Any]:
    return {
        "path": a.path,
        "text": t(a.text),
        "values_yuan": [v if isinstance(v, int) else number(v) for v in a.values_yuan],
        "kind": str(a.kind),
        "per": a.per,
        "span": span_dict(a.span),
    }


def reference_dict(r: Reference, t: _Text) -> dict[str, Any]:
    return {
        "path": r.path,
        "title": t(r.title),
        "doc_number": r.doc_number,
        "short_name": t(r.short_name),
        "relation": str(r.relation),
        "text": t(r.text),
        "span": span_dict(r.span),
    }


def validity_dict(v: Validity | None, t: _Text) -> dict[str, Any] | None:
    if v is None:
        return None
    return {
        "effective_from": v.effective_from,
        "effective_until": v.effective_until,
        "term_years": v.term_years,
        "text": t(v.text),
        "span": span_dict(v.span),
    }


def notice_dict(n: Notice, index: int, t: _Text) -> dict[str, Any]:
    units = _units_by_path(n)
    tables = n.tables
    table_index = {id(tb): i for i, tb in enumerate(tables)}
    return {
        "index": index,
        "doc_number": n.doc_number,
        "issuer": n.issuer,
        "issuers": list(n.issuers),
        "title": t(n.title),
        "doc_type": n.doc_type,
        "addressees": [t(a) for a in n.addressees],
        "signed_date": n.signed_date,
        "printed_date": n.printed_date,
        "normative_code": n.normative_code,
        "attachment_title": t(n.attachment_title),
        "span": span_dict(n.span),
        "letter": _passage(n.letter, t),
        "preamble": _passage(n.preamble, t),
        "clauses": [_clause(c, t, units) for c in n.clauses],
        "tables": [_table(tb, t) for tb in tables],
        "attachments": [_attachment(a, t, table_index) for a in n.attachments],
        "responsibilities": [responsibility_dict(r, t) for r in n.responsibilities],
        "targets": [target_dict(x, t) for x in n.targets],
        "amounts": [amount_dict(a, t) for a in n.amounts],
        "references": [reference_dict(r, t) for r in n.references],
        "validity": validity_dict(n.validity, t),
    }


def to_dict(doc: Document) -> dict[str, Any]:
    """The whole parse result as plain data (the documented output)."""
    data = _to_dict(doc)
    if doc.source.line_boxes:
        _add_boxes(data, doc.source.line_boxes)
    return data


def _add_boxes(obj: Any, boxes: tuple[tuple[int, float, float, float, float], ...]) -> None:
    """Give every span of a PDF's output its ``bbox``: the box of its lines on
    the page of its first line (a span that runs on to the next page is boxed
    on its first)."""
    if isinstance(obj, list):
        for item in obj:
            _add_boxes(item, boxes)
        return
    if not isinstance(obj, dict):
        return
    for key, value in obj.items():
        if key == "span" and isinstance(value, dict) and "start_line" in value:
            value["bbox"] = span_box(value["start_line"], value["end_line"], boxes)
        else:
            _add_boxes(value, boxes)


def span_box(start_line: int, end_line: int, boxes: tuple[tuple[int, float, float, float, float], ...]) -> dict[str, Any] | None:
    """The box of source lines ``start_line``–``end_line`` (1-based) on the PDF page of the first.

    >>> span_box(1, 2, ((3, 56.0, 61.0, 190.0, 72.0), (3, 56.0, 77.0, 116.0, 88.0)))
    {'pdf_page': 3, 'x0': 56.0, 'top': 61.0, 'x1': 190.0, 'bottom': 88.0}
    """
    if not 1 <= start_line <= len(boxes):
        return None
    page = boxes[start_line - 1][0]
    lines = [b for b in boxes[start_line - 1 : max(start_line, end_line)] if b[0] == page]
    return {
        "pdf_page": page,
        "x0": min(b[1] for b in lines),
        "top": min(b[2] for b in lines),
        "x1": max(b[3] for b in lines),
        "bottom": max(b[4] for b in lines),
    }


_PAGE_BLANKS = "\f \t\u3000"  # what a line of an empty page holds


def _pages_shown(doc: Document) -> list:
    """The pages of ``page_map``: every page that holds text or prints a
    number.  A page of nothing (a form feed followed by blank lines) is left
    out; its number still counts, so the pages listed keep theirs.  A file of
    form feeds alone would otherwise list a page per byte."""
    lines = doc.normalized.lines
    page_map = doc.layout.page_map
    if isinstance(page_map, PageMap):
        # The pages of the lines that hold text, found from those lines (a
        # C-level pass), and only the pages shown made into records: a file
        # of form feeds alone has a page per byte and text on one of them.
        texty = compress(range(len(lines)), map(str.strip, lines, repeat(_PAGE_BLANKS)))
        indices = set(map(page_map.page_of_line, texty))
        indices.update(page_map.printed_pages())
        return [page_map[k] for k in sorted(indices)]
    shown = []
    # Each page with the next one's first line: a PDF's pages are records already.
    pages = iter(page_map)
    pg = next(pages, None)
    while pg is not None:
        after = next(pages, None)
        end = after.start_line - 1 if after is not None else len(lines)
        if pg.printed is not None or any(lines[i].strip(_PAGE_BLANKS) for i in range(pg.start_line - 1, end)):
            shown.append(pg)
        pg = after
    return shown


def _to_dict(doc: Document) -> dict[str, Any]:
    t = _Text(doc.normalized.punct)
    issue = doc.layout.issue
    return {
        "schema_version": SCHEMA_VERSION,
        "profile": doc.profile,
        "source": {
            "name": doc.source.name,
            "sha256": doc.source.sha256,
            "encoding": doc.source.encoding,
            "bytes": doc.source.size,
            "lines": len(doc.normalized.lines),
            "pages": len(doc.layout.pages),
            "first_page": doc.layout.pages[0] if doc.layout.pages else None,
            "last_page": doc.layout.pages[-1] if doc.layout.pages else None,
            "page_map": [
                {"page": pg.number, "start_line": pg.start_line, "printed": pg.printed} for pg in _pages_shown(doc)
            ],
            **({"pdf_pages": [{"pdf_page": n, "printed": printed} for n, printed in doc.source.page_map]} if doc.source.page_map else {}),
        },
        "issue": None
        if issue is None
        else {"title": issue.title, "year": issue.year, "number": issue.number, "span": span_dict(issue.span)},
        "normalization": {
            "punct": doc.normalized.punct,
            "steps": list(doc.normalized.steps),
            "changed": list(doc.normalized.changed),
        },
        "notices": [notice_dict(n, i, t) for i, n in enumerate(doc.notices, start=1)],
        "warnings": list(doc.warnings),
    }


# --- rendering ----------------------------------------------------------------

# Decimals are handed to ``json.dumps`` as marker strings ("\0decimal:18.5"),
# and the markers' JSON form is then replaced by the bare literal.  A string
# of the data may be a marker's double (an addressee "\0decimal:7" in a
# UTF-16 input): then the count of replacements exceeds the count of decimals,
# and the data is dumped again with a marker no string of it contains.
_DECIMAL_MARK = "\u0000decimal{tag}:"
_DECIMAL_TOKEN = r'"\\u0000decimal{tag}:(-?\d+(?:\.\d+)?)"'
_USED_TAGS = lazy(r'"\\u0000decimal(\d*):')


def _mark_decimals(obj: Any, mark: str, count: list[int]) -> Any:
    if isinstance(obj, Decimal):
        if not obj.is_finite():
            raise ValueError(f"{obj} is not a number JSON can hold")
        count[0] += 1
        return mark + format(obj, "f")
    if isinstance(obj, dict):
        return {k: _mark_decimals(v, mark, count) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_mark_decimals(v, mark, count) for v in obj]
    return obj


def _indented(data: Any, step: str) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=len(step))``, the same
    bytes, with each Decimal written as its exact literal: the json module
    writes indented text in Python, through a generator per container (13 ms
    for the sample's output, 4 ms here).  TypeError for anything else than
    str, int, float, bool, None, Decimal, dict with str keys, list and tuple."""
    out: list[str] = []
    put = out.append

    def write(obj: Any, pad: str) -> None:
        if isinstance(obj, str):
            put(_quote(obj))
        elif obj is None:
            put("null")
        elif obj is True:
            put("true")
        elif obj is False:
            put("false")
        elif isinstance(obj, int):
            put(int.__repr__(obj))
        elif isinstance(obj, float):
            put(float.__repr__(obj) if math.isfinite(obj) else json.dumps(obj))
        elif isinstance(obj, Decimal):
            if not obj.is_finite():
                raise ValueError(f"{obj} is not a number JSON can hold")
            put(format(obj, "f"))
        elif isinstance(obj, dict):
            if not obj:
                put("{}")
                return
            inner = pad + step
            lead = "{\n" + inner
            for key, value in obj.items():
                if not isinstance(key, str):
                    raise TypeError(f"key {key!r}")
                put(lead)
                put(_quote(key))
                put(": ")
                write(value, inner)
                lead = ",\n" + inner
            put("\n" + pad + "}")
        elif isinstance(obj, (list, tuple)):
            if not obj:
                put("[]")
                return
            inner = pad + step
            lead = "[\n" + inner
            for value in obj:
                put(lead)
                write(value, inner)
                lead = ",\n" + inner
            put("\n" + pad + "]")
        else:
            raise TypeError(f"{type(obj).__name__}")

    write(data, "")
    return "".join(out)


def _dump_with_decimals(data: Any, indent: int | None, tag: str) -> tuple[str, int, int]:
    """The JSON text, the number of decimals, and the number of replacements."""
    count = [0]
    text = json.dumps(_mark_decimals(data, _DECIMAL_MARK.format(tag=tag), count), ensure_ascii=False, indent=indent)
    text, replaced = lazy(_DECIMAL_TOKEN.format(tag=tag)).subn(r"\1", text)
    return text, count[0], replaced


def to_json(data: dict[str, Any], indent: int | None = 2) -> str:
    """JSON text; decimals are written as exact number literals, strings as strings.

    >>> to_json({"value": Decimal("18.5")}, indent=None)
    '{"value": 18.5}'
    >>> to_json({"value": Decimal("7"), "name": "\\0decimal:7"}, indent=None)
    '{"value": 7, "name": "\\\\u0000decimal:7"}'
    >>> print(to_json({"a": [1, Decimal("2.50")], "b": {}, "c": "“引号”"}))
    {
      "a": [
        1,
        2.50
      ],
      "b": {},
      "c": "“引号”"
    }
    """
    if indent is not None:
        try:
            return _indented(data, " " * indent)
        except TypeError:
            pass  # a value the writer below does not know: the json module's error or text
    text, decimals, replaced = _dump_with_decimals(data, indent, "")
    if replaced == decimals:
        return text
    # Some string looks like a marker: take a tag that no string holds.
    plain = json.dumps(data, ensure_ascii=False, default=str)
    used = {int(t) for t in _USED_TAGS.findall(plain) if t}
    tag = str(min(set(range(1, len(used) + 2)) - used))
    text, decimals, replaced = _dump_with_decimals(data, indent, tag)
    assert replaced == decimals, "a marker tag no string holds"
    return text


# Where libyaml's emitter (``yaml.CSafeDumper``) writes the same bytes as the
# pure-Python one, which is about five times slower and was most of the time of
# a batch conversion.  The two differ only in which characters they print as
# they are: libyaml escapes every character outside the Basic Multilingual
# Plane (𠀀 → "\U00020000") and treats U+0085, U+2028 and U+2029 differently;
# both escape C0/C1 controls and U+FEFF, but not always in the same scalar
# style.  Text made only of the characters below renders identically (checked
# on the sample, the fixtures and a few hundred thousand generated strings with
# YAML's special characters; tests/test_output_yaml.py keeps checking), so the
# C emitter is used only when every string of the data is made of them:
# line feed and printable ASCII; the printable BMP up to the line and paragraph
# separators (U+2028, U+2029), after them up to the surrogates, private use up
# to the byte-order mark (U+FEFF), and the full-width forms and specials.
_LIBYAML_SAFE_TEXT = lazy(r"[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*+")
# Mapping keys: the emitters also differ on which keys they write as ``? key``
# (an empty key; a long one, counted in characters by one and in UTF-8 bytes
# by the other), so keys must be short ASCII names, as all of ours are.
_LIBYAML_SAFE_KEY = lazy(r"[A-Za-z0-9_]{1,64}")
# The line breaks of YAML besides \n and \r (which the emitters escape or keep
# as they are): NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.  libyaml is never
# given them (see above).
_YAML_LINE_BREAKS = lazy(r"[\x85\u2028\u2029]")
# Scalars other than strings: their YAML form is plain ASCII in both emitters.
_ASCII_SCALARS = (bool, int, float, Decimal, type(None))


# Keys already found safe: an output repeats a few dozen keys tens of
# thousands of times.  Bounded, as a batch renders thousands of outputs.
_SAFE_KEYS_SEEN: set[str] = set()


def _libyaml_renders_alike(data: Any) -> bool:
    """Whether every string of ``data`` is made of :data:`_LIBYAML_SAFE_TEXT`
    characters and every key is a :data:`_LIBYAML_SAFE_KEY`."""
    texts: list[str] = []
    stack = [data]
    seen = _SAFE_KEYS_SEEN
    while stack:
        obj = stack.pop()
        if isinstance(obj, str):
            texts.append(obj)
        elif isinstance(obj, dict):
            if not seen.issuperset(obj):
                for k in obj:
                    if not (isinstance(k, str) and _LIBYAML_SAFE_KEY.fullmatch(k)):
                        return False
                if len(seen) < 10_000:
                    seen.update(obj)
            stack.extend(obj.values())
        elif isinstance(obj, (list, tuple)):
            stack.extend(obj)
        elif not isinstance(obj, _ASCII_SCALARS):
            return False  # a type the emitters were not compared on
    # One pass over all of it: the separator is itself a safe character.
    return _LIBYAML_SAFE_TEXT.fullmatch("\n".join(texts)) is not None


@functools.lru_cache(maxsize=2)
def _yaml_dumper(fast: bool):
    """The dumper class, made once per kind (a batch renders thousands of outputs)."""
    import yaml

    base = yaml.CSafeDumper if fast else yaml.SafeDumper

    str_tag, int_tag, bool_tag, null_tag, map_tag = (f"tag:yaml.org,2002:{t}" for t in ("str", "int", "bool", "null", "map"))
    # The tag each scalar text resolves to, per implicit flags (the emitter
    # asks twice per scalar); bounded, as a batch renders thousands of outputs.
    resolved: dict[tuple[bool, bool], dict[str, str]] = {(True, False): {}, (False, True): {}}
    scalar_node = yaml.ScalarNode

    class Dumper(base):  # type: ignore[misc, valid-type]
        # Shortcuts that make the same nodes, so the same bytes (the goldens
        # and tests/test_output_yaml.py check): strings and the other plain
        # scalars become nodes without the general lookup by type (what
        # SafeRepresenter makes of them: no style, no anchor), a dict's items
        # are represented in one loop, and the tag a scalar's text resolves
        # to is remembered (keys and short values repeat thousands of times).
        def represent_data(self, data):
            kind = type(data)
            if kind is str:
                if not fast and _YAML_LINE_BREAKS.search(data):
                    # Written as they are, these would load back as spaces
                    # (folded line breaks); double quotes escape them (\N \L \P).
                    return scalar_node(str_tag, data, style='"')
                return scalar_node(str_tag, data)
            if kind is int:
                return scalar_node(int_tag, str(data))
            if kind is bool:
                return scalar_node(bool_tag, "true" if data else "false")
            if data is None:
                return scalar_node(null_tag, "null")
            return super().represent_data(data)

        def ignore_aliases(self, data):
            # No anchors and aliases: every value is written where it stands
            # (a reader then never meets them, and loaders refuse them).
            return True

        def resolve(self, kind, value, implicit):
            if kind is scalar_node:
                known = resolved.get(implicit)
                if known is not None:
                    tag = known.get(value)
                    if tag is None:
                        if len(known) > 50_000:
                            known.clear()
                        tag = known[value] = super().resolve(kind, value, implicit)
                    return tag
            return super().resolve(kind, value, implicit)

    def mapping(dumper, data: dict):
        # SafeRepresenter.represent_mapping with block style and keys unsorted.
        if dumper.sort_keys or dumper.default_flow_style is None:
            return yaml.SafeDumper.represent_dict(dumper, data)
        items: list = []
        node = yaml.MappingNode(map_tag, items, flow_style=dumper.default_flow_style)
        if dumper.alias_key is not None:
            dumper.represented_objects[dumper.alias_key] = node
        represent = dumper.represent_data
        for key, value in data.items():
            items.append((represent(key), represent(value)))
        return node

    Dumper.add_representer(dict, mapping)

    def decimal(dumper, value: Decimal):
        return dumper.represent_scalar("tag:yaml.org,2002:float", format(value, "f"))

    Dumper.add_representer(Decimal, decimal)
    return Dumper


def to_yaml(data: dict[str, Any]) -> str:
    """YAML text with Chinese kept readable (no ``\\u`` escapes).

    The bytes are those of PyYAML's pure-Python emitter; libyaml writes them
    when it is installed and the text allows (see :data:`_LIBYAML_SAFE_TEXT`).

    >>> print(to_yaml({"title": "济南", "value": Decimal("18.5")}), end="")
    title: 济南
    value: 18.5
    """
    import yaml

    fast = getattr(yaml, "__with_libyaml__", False) and _libyaml_renders_alike(data)
    return yaml.dump(data, Dumper=_yaml_dumper(fast), allow_unicode=True, sort_keys=False, width=1_000_000)
