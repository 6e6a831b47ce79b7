"""The JSON Schema (draft 2020-12) of ``gazette parse`` output.

``schemas/gazette-issue.schema.json`` is this schema written out by
``python -m gazette_cli.output.schema > schemas/gazette-issue.schema.json``; a test
keeps the two equal.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import AmountKind, ClauseKind, Comparator, LeadFrom, Period, Relation, TargetKind, TargetSource
from .serialize import SCHEMA_VERSION

SCHEMA_ID = "https://gazette-cli.example/schemas/gazette-issue.schema.json"

_NULLABLE_STR = {"type": ["string", "null"]}
_NULLABLE_INT = {"type": ["integer", "null"]}
_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_DECIMAL = {"type": "number"}
_NULLABLE_DECIMAL = {"type": ["number", "null"]}
_STR_LIST = {"type": "array", "items": {"type": "string"}}
_PATH = {"type": ["string", "null"], "description": "clause path, e.g. 二/(一)/1 or 附件2/第三条; null for the notice's text outside any clause"}


def _enum(values, nullable: bool = False) -> dict[str, Any]:
    """An enum read from one of the model's closed sets."""
    out: dict[str, Any] = {"enum": [v.value for v in values] + ([None] if nullable else [])}
    if nullable:
        out = {"type": ["string", "null"], **out}
    return out


def _obj(props: dict[str, Any], required: list[str] | None = None, extra: bool = True) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": props,
        "required": list(props) if required is None else required,
        "additionalProperties": extra,
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{name}"}


DEFS: dict[str, Any] = {
    "span": _obj(
        {
            "start_line": {"type": "integer", "minimum": 0},
            "end_line": {"type": "integer", "minimum": 0},
            "page": _NULLABLE_INT,
            "end_page": _NULLABLE_INT,
            "bbox": {
                "oneOf": [
                    {"type": "null"},
                    _obj(
                        {
                            "pdf_page": {"type": "integer", "minimum": 1},
                            "x0": {"type": "number"},
                            "top": {"type": "number"},
                            "x1": {"type": "number"},
                            "bottom": {"type": "number"},
                        }
                    ),
                ],
                "description": "PDF input only: the box of the span's lines on the page of its first line, in points from the page's top left",
            },
        },
        required=["start_line", "end_line", "page"],
    ),
    "passage": _obj({"text": {"type": "string"}, "span": _ref("span")}),
    "clause": _obj(
        {
            "path": {"type": "string", "minLength": 1},
            "marker": {"type": "string"},
            "level": {"type": "integer", "minimum": 1},
            "kind": _enum(ClauseKind),
            "number": {"type": "integer", "minimum": 1},
            "title": {**_NULLABLE_STR, "description": "the printed title, or an article's first sentence"},
            "text": {"type": "string"},
            "units": {**_STR_LIST, "description": "the units of the lists that close this clause (see responsibilities)"},
            "span": _ref("span"),
            "children": {"type": "array", "items": _ref("clause")},
            "paragraphs": {
                "type": "array",
                "items": _ref("passage"),
                "description": "an article's paragraphs (款), each with its span; only articles have them",
            },
        },
        required=["path", "marker", "level", "kind", "number", "title", "text", "span", "children"],
    ),
    "table": _obj(
        {
            "path": _PATH,
            "title": _NULLABLE_STR,
            "header": _STR_LIST,
            "rows": {
                "type": "array",
                "items": _obj({"cells": _STR_LIST, "span": _ref("span")}),
            },
            "span": _ref("span"),
        }
    ),
    "responsibility": _obj(
        {
            "path": _PATH,
            "units": _STR_LIST,
            "lead": _STR_LIST,
            "support": _STR_LIST,
            "lead_from": {
                **_enum(LeadFrom),
                "description": "text: the text names the lead (牵头); first_listed: the first unit, as the document says or by convention; none: no lead is named",
            },
            "lead_rule": {**_NULLABLE_STR, "description": "the sentence that makes the first listed unit lead (列第一位者为牵头单位), or the profile that does"},
            "form": {"type": "string"},
            "text": {"type": "string"},
            "span": _ref("span"),
            "deadline": {"type": "string", "description": "a task table row's 完成时限, as printed"},
            "aliases": {
                "type": "array",
                "description": "aliases this list defines (以下…统称…)",
                "items": _obj({"alias": {"type": "string"}, "stands_for": {"type": "string"}}),
            },
            "resolved": {
                "type": "array",
                "description": "units of this list that are aliases defined earlier in the notice",
                "items": _obj({"alias": {"type": "string"}, "stands_for": {"type": "string"}}),
            },
            "standing": {**_STR_LIST, "description": "units that a sentence before names for every list from there on (以下均需…落实，不再列出), beside ``units``"},
            "standing_rule": {"type": "string", "description": "that sentence"},
        },
        required=["path", "units", "lead", "support", "lead_from", "lead_rule", "form", "text", "span"],
    ),
    "target": _obj(
        {
            "path": _PATH,
            "text": {"type": "string"},
            "metric": {"type": "string"},
            "value": _DECIMAL,
            "value_max": _NULLABLE_DECIMAL,
            "unit": _NULLABLE_STR,
            "comparator": _enum(Comparator),
            "year": _NULLABLE_INT,
            "period": _enum(Period, nullable=True),
            "baseline": _NULLABLE_DECIMAL,
            "baseline_year": {**_NULLABLE_INT, "description": "the year a change or multiple is counted from (比2020年下降13.5%, 较2020年提高5个百分点)"},
            "attribute": {"type": ["string", "null"], "enum": ["预期性", "约束性", None]},
            "source": _enum(TargetSource),
            "kind": {**_enum(TargetKind), "description": "level (达到18.5%), growth (年均增长7%), change (提高2个百分点; a decrease is negative), multiple (翻一番 = 2)"},
            "approx": {"type": "boolean", "description": "stated as approximate (左右, 约)"},
            "hedged": {"type": "boolean", "description": "only striven for (力争, 争取)"},
            "cumulative": {"type": "boolean", "description": "a running total (累计)"},
            "span": _ref("span"),
        }
    ),
    "amount": _obj(
        {
            "path": _PATH,
            "text": {"type": "string"},
            "values_yuan": {"type": "array", "items": {"type": "number"}, "minItems": 1, "description": "yuan; whole yuan as integers, fees such as 0.80 as exact decimals"},
            "kind": _enum(AmountKind),
            "per": {**_NULLABLE_STR, "description": "the unit the money is paid per (500元/亩 → 亩)"},
            "span": _ref("span"),
        }
    ),
    "reference": _obj(
        {
            "path": _PATH,
            "title": _NULLABLE_STR,
            "doc_number": _NULLABLE_STR,
            "short_name": _NULLABLE_STR,
            "relation": _enum(Relation),
            "text": {"type": "string"},
            "span": _ref("span"),
        }
    ),
    "validity": _obj(
        {
            "effective_from": _DATE,
            "effective_until": _DATE,
            "term_years": {**_NULLABLE_INT, "description": "有效期X年, when the text gives a term"},
            "text": {"type": "string"},
            "span": _ref("span"),
        }
    ),
    "attachment": _obj(
        {
            "label": {**_NULLABLE_STR, "description": "附件, 附件2 … as printed; null when unlabelled"},
            "title": _NULLABLE_STR,
            "prefix": {"type": "string", "description": "what the paths of its clauses and items start with: '' or 附件N/"},
            "note": {**_NULLABLE_STR, "description": "the history note under a regulation's title"},
            "span": _ref("span"),
            "preamble": {"oneOf": [{"type": "null"}, _ref("passage")]},
            "clauses": {**_STR_LIST, "description": "the paths of its top-level clauses (the clauses are in the notice's clauses)"},
            "tables": {
                "type": "array",
                "items": {"type": "integer", "minimum": 0},
                "description": "the indexes of its tables in the notice's tables",
            },
        }
    ),
    "notice": _obj(
        {
            "index": {"type": "integer", "minimum": 1},
            "doc_number": _NULLABLE_STR,
            "issuer": {**_NULLABLE_STR, "description": "the issuing organ(s), joined with 、"},
            "issuers": {**_STR_LIST, "description": "every issuing organ, in order"},
            "title": _NULLABLE_STR,
            "doc_type": _NULLABLE_STR,
            "addressees": _STR_LIST,
            "signed_date": _DATE,
            "printed_date": _DATE,
            "normative_code": _NULLABLE_STR,
            "attachment_title": _NULLABLE_STR,
            "span": _ref("span"),
            "letter": {"oneOf": [{"type": "null"}, _ref("passage")]},
            "preamble": {"oneOf": [{"type": "null"}, _ref("passage")]},
            "clauses": {
                "type": "array",
                "items": _ref("clause"),
                "description": "every clause: the notice's own, then each attachment's (paths prefixed)",
            },
            "tables": {"type": "array", "items": _ref("table")},
            "attachments": {"type": "array", "items": _ref("attachment")},
            "responsibilities": {"type": "array", "items": _ref("responsibility")},
            "targets": {"type": "array", "items": _ref("target")},
            "amounts": {"type": "array", "items": _ref("amount")},
            "references": {"type": "array", "items": _ref("reference")},
            "validity": {"oneOf": [{"type": "null"}, _ref("validity")]},
        }
    ),
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": SCHEMA_ID,
    "title": "gazette-cli parse output",
    "description": "One Chinese government gazette issue as structured data: its notices, their clause outlines, responsibilities, targets, amounts and references, each with its source span.",
    **_obj(
        {
            "schema_version": {"const": SCHEMA_VERSION},
            "profile": {"type": "string", "description": "the gazette profile the issue was parsed with (--profile)"},
            "source": _obj(
                {
                    "name": {"type": "string"},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    "encoding": {"type": "string"},
                    "bytes": {"type": "integer", "minimum": 0},
                    "lines": {"type": "integer", "minimum": 0},
                    "pages": {"type": "integer", "minimum": 0},
                    "first_page": _NULLABLE_INT,
                    "last_page": _NULLABLE_INT,
                    "page_map": {
                        "type": "array",
                        "description": "each page: its number, its first source line, and the digits it printed (null: counted from its neighbours)",
                        "items": _obj(
                            {
                                "page": {"type": "integer", "minimum": 1},
                                "start_line": {"type": "integer", "minimum": 1},
                                "printed": _NULLABLE_STR,
                            }
                        ),
                    },
                    "pdf_pages": {
                        "type": "array",
                        "description": "a PDF input's pages read, in order: the page of the file (from 1) and the number printed on it (null: none, as on a cover or 目录)",
                        "items": _obj({"pdf_page": {"type": "integer", "minimum": 1}, "printed": _NULLABLE_INT}),
                    },
                },
                required=["name", "sha256", "encoding", "bytes", "lines", "pages", "first_page", "last_page"],
            ),
            "issue": {
                "oneOf": [
                    {"type": "null"},
                    _obj(
                        {
                            "title": {"type": "string"},
                            "year": _NULLABLE_INT,
                            "number": _NULLABLE_INT,
                            "span": _ref("span"),
                        }
                    ),
                ]
            },
            "normalization": _obj(
                {
                    "punct": {"enum": ["cjk", "ascii"]},
                    "steps": _STR_LIST,
                    "changed": _STR_LIST,
                }
            ),
            "notices": {"type": "array", "items": _ref("notice")},
            "warnings": _STR_LIST,
        }
    ),
    "$defs": DEFS,
}


def schema_json() -> str:
    return json.dumps(SCHEMA, ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # python -m gazette_cli.output.schema > schemas/gazette-issue.schema.json
    import sys

    sys.stdout.write(schema_json())
