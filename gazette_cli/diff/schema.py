"""The JSON Schema (draft 2020-12) of ``gazette diff --format json|yaml`` output.

``schemas/gazette-diff.schema.json`` is this schema written out by
``python -m gazette_cli.diff.schema > schemas/gazette-diff.schema.json``; a
test keeps the two equal.  The items a diff quotes (targets, amounts,
validity, spans) use the definitions of the parse output schema, so the two
schemas cannot drift apart.
"""

from __future__ import annotations

import json
from typing import Any

from .core import CATEGORIES, DIFF_SCHEMA_VERSION, KINDS
from ..output.schema import DEFS as PARSE_DEFS
from ..output.schema import _obj, _ref

DIFF_SCHEMA_ID = "https://gazette-cli.example/schemas/gazette-diff.schema.json"

_STR_LIST = {"type": "array", "items": {"type": "string"}}
_PATH = {"type": ["string", "null"]}
_OFFSETS = {
    "type": "object",
    "properties": {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}, "text": {"type": "string"}},
    "required": ["start", "end", "text"],
    "additionalProperties": False,
}


def _either(name: str) -> dict[str, Any]:
    """An item's record on one side: absent (null) on the side it is missing from."""
    return {"oneOf": [{"type": "null"}, _ref(name)]}


def _item(old_new: str, extra: dict[str, Any] | None = None, optional: tuple[str, ...] = ()) -> dict[str, Any]:
    props = {"notice": {"type": "string"}, **(extra or {}), "old": _either(old_new), "new": _either(old_new)}
    for name in optional:
        props[name] = _ref("changes")
    required = [k for k in props if k not in optional]
    return _obj(props, required=required, extra=False)


DEFS: dict[str, Any] = {
    "span": PARSE_DEFS["span"],
    "target": PARSE_DEFS["target"],
    "amount": PARSE_DEFS["amount"],
    "validity": PARSE_DEFS["validity"],
    "changes": {
        "type": "object",
        "description": "field → its old and new value; only the fields that differ",
        "minProperties": 1,
        "additionalProperties": _obj({"old": {}, "new": {}}, extra=False),
    },
    "notice_ref": _obj(
        {"index": {"type": ["integer", "null"]}, "doc_number": _PATH, "title": _PATH, "span": {"oneOf": [{"type": "null"}, _ref("span")]}}
    ),
    "clause_ref": _obj(
        {
            "path": {"type": "string", "description": "the clause path; preamble and letter name the notice's preamble and cover letter"},
            "number": {"type": ["integer", "null"]},
            "title": {"type": "string"},
            "span": {"oneOf": [{"type": "null"}, _ref("span")]},
            "text": {"type": "string", "description": "the clause's own text (children apart)"},
        },
        required=["path", "number", "title", "span"],
    ),
    "text_run": _obj(
        {
            "op": {"enum": ["delete", "insert", "replace"]},
            "old": {"oneOf": [{"type": "null"}, _OFFSETS]},
            "new": {"oneOf": [{"type": "null"}, _OFFSETS]},
        },
        extra=False,
    ),
    "quantity": _obj(
        {
            "path": _PATH,
            "value": {"type": ["number", "string"], "description": "exact number, or a date as printed (unit 日期)"},
            "unit": _PATH,
            "text": {"type": "string", "description": "the number as printed"},
            "context": {"type": "string", "description": "the sentence around it"},
            "span": {"oneOf": [{"type": "null"}, _ref("span")]},
        },
        extra=False,
    ),
    "run_end": _obj({"first": {"type": "string"}, "last": {"type": "string"}, "first_marker": {"type": "string"}, "last_marker": {"type": "string"}}, extra=False),
    "units_ref": _obj({"path": _PATH, "title": _PATH, "units": _STR_LIST, "lead": _STR_LIST, "span": _ref("span")}),
    "notice_item": _item("notice_ref", optional=("changes",)),
    "clause_item": _obj(
        {"notice": {"type": "string"}, "old": _either("clause_ref"), "new": _either("clause_ref"),
         "text": {"type": "string", "description": "added or removed: the whole text of the subtree, one clause a line"}},
        required=["notice", "old", "new"],
        extra=False,
    ),
    "clause_changed_item": _obj(
        {"notice": {"type": "string"}, "old": _ref("clause_ref"), "new": _ref("clause_ref"),
         "runs": {"type": "array", "minItems": 1, "items": _ref("text_run")}},
        extra=False,
    ),
    "clause_joined_item": _obj(
        {"notice": {"type": "string"}, "old": _ref("clause_ref"), "new": _ref("clause_ref"),
         "with": {"type": "array", "items": _ref("clause_ref"), "description": "merged: the other old clauses; split: the other new clauses"}},
        extra=False,
    ),
    "renumbered_run_item": _obj(
        {"notice": {"type": "string"}, "old": _ref("run_end"), "new": _ref("run_end"), "shift": {"type": ["integer", "null"]},
         "count": {"type": "integer", "minimum": 1},
         "clauses": {"type": "array", "items": _obj({"old": {"type": "string"}, "new": {"type": "string"}}, extra=False)}},
        extra=False,
    ),
    "number_item": _obj({"notice": {"type": "string"}, "old": _ref("quantity"), "new": _ref("quantity")}, extra=False),
    "term_item": _obj(
        {"notice": {"type": "string"}, "old": _obj({"text": {"type": "string"}}, extra=False), "new": _obj({"text": {"type": "string"}}, extra=False),
         "count": {"type": "integer", "minimum": 1},
         "places": {"type": "array", "items": _obj({"old": {"type": "string"}, "new": {"type": "string"}}, extra=False)}},
        extra=False,
    ),
    "target_item": _item("target", {"metric": {"type": "string"}}, optional=("changes",)),
    "responsibility_item": _item(
        "units_ref",
        {
            "units_added": _STR_LIST,
            "units_removed": _STR_LIST,
            "lead": {"oneOf": [{"type": "null"}, _obj({"old": _STR_LIST, "new": _STR_LIST}, extra=False)]},
        },
    ),
    "amount_item": _item("amount", optional=("changes",)),
    "validity_item": _item("validity", optional=("changes",)),
}

_ITEM_OF = {
    "notices": "notice_item",
    "clauses": "clause_item",
    "clauses.changed": "clause_changed_item",
    "clauses.merged": "clause_joined_item",
    "clauses.split": "clause_joined_item",
    "clauses.renumbered_runs": "renumbered_run_item",
    "numbers": "number_item",
    "terms": "term_item",
    "targets": "target_item",
    "responsibilities": "responsibility_item",
    "amounts": "amount_item",
    "validity": "validity_item",
}


def _kind(kind: str) -> dict[str, Any]:
    return _obj({c: {"type": "array", "items": _ref(_ITEM_OF.get(f"{kind}.{c}", _ITEM_OF[kind]))} for c in CATEGORIES[kind]}, extra=False)


def _counts(kind: str) -> dict[str, Any]:
    return _obj({c: {"type": "integer", "minimum": 0} for c in CATEGORIES[kind]}, extra=False)


_SOURCE = _obj({"name": _PATH, "sha256": _PATH}, extra=False)

DIFF_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": DIFF_SCHEMA_ID,
    "title": "gazette-cli diff output",
    "description": "What changed between two versions of a gazette issue or plan: notices, clauses (added, removed, renamed, renumbered and its runs, changed word by word, merged, split), targets, responsibilities, amounts, validity, numbers changed and terms replaced throughout, each item with its clause path and source span in both versions.",
    **_obj(
        {
            "schema_version": {"const": DIFF_SCHEMA_VERSION},
            "old": _SOURCE,
            "new": _SOURCE,
            **{k: _kind(k) for k in KINDS},
            "summary": _obj(
                {
                    **{k: _counts(k) for k in KINDS},
                    "only": {"type": "array", "items": {"enum": list(KINDS)}},
                    "differences": {"type": "integer", "minimum": 0},
                },
                extra=False,
            ),
        },
        extra=False,
    ),
    "$defs": DEFS,
}


def diff_schema_json() -> str:
    return json.dumps(DIFF_SCHEMA, ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # python -m gazette_cli.diff.schema > schemas/gazette-diff.schema.json
    import sys

    sys.stdout.write(diff_schema_json())
