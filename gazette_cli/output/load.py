"""Inputs for the commands that work on parse results (targets, units, diff).

An input is either gazette text (parsed on the spot) or a saved ``gazette
parse`` output in JSON, JSON Lines or YAML.  A saved output is read with a
safe loader and validated against the schema before use; a foreign, corrupt
or hostile file is refused with a :class:`~gazette_cli.errors.SavedOutputError`.

Guarantees on a saved output, checked before anything walks it:

* at most ``max_bytes`` are read (the limit of every input, see
  :func:`gazette_cli.sources.text.read_limited`);
* YAML anchors and aliases are refused, so a small file cannot stand for an
  exponentially large tree: what is walked is what is written;
* nesting deeper than :data:`MAX_DEPTH` is refused;
* NaN and infinite numbers (``NaN``, ``.inf``, ``1e400``) are refused, and so are
  integers longer than Python converts (4,300 digits);

each with one line naming the file, never an internal error.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import Any

from ..errors import SavedOutputError
from ..sources.text import MAX_BYTES, read_limited

SAVED_SUFFIXES = (".json", ".yaml", ".yml", ".jsonl")

#: Containers inside containers allowed in a saved output.  A parse output
#: needs 4 levels to reach a notice's clauses and 2 per clause level below.
MAX_DEPTH = 64


def _validate(data: Any, name: str) -> dict[str, Any]:
    import jsonschema

    from .schema import SCHEMA

    if not isinstance(data, dict) or "schema_version" not in data or "notices" not in data:
        raise SavedOutputError(f"{name}: not a gazette parse output (no schema_version/notices)")
    if data["schema_version"] != SCHEMA["properties"]["schema_version"]["const"]:
        raise SavedOutputError(
            f"{name}: written with schema version {data['schema_version']!r}; re-run `gazette parse` on the text"
        )
    validator = jsonschema.Draft202012Validator(SCHEMA)
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise SavedOutputError(f"{name}: does not match the output schema at {where}: {error.message[:200]}")
    return data


def _check_tree(data: Any, name: str) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` and numbers that are not finite."""
    stack = [(data, 0)]
    while stack:
        obj, depth = stack.pop()
        if isinstance(obj, (dict, list)):
            if depth >= MAX_DEPTH:
                raise SavedOutputError(f"{name}: nested more than {MAX_DEPTH} levels deep, so not a gazette parse output")
            items = [*obj.keys(), *obj.values()] if isinstance(obj, dict) else obj
            stack.extend((item, depth + 1) for item in items if isinstance(item, (dict, list, float)))
        elif isinstance(obj, float) and not math.isfinite(obj):
            raise SavedOutputError(f"{name}: holds {obj} where a saved output holds finite numbers only")


def _too_long_number(e: ValueError) -> bool:
    # int() refuses strings of more than sys.get_int_max_str_digits() digits.
    return "digits" in str(e) and "int" in str(e)


def _refuse_constant(constant: str) -> Any:
    raise SavedOutputError(f"holds {constant} where a saved output holds finite numbers only")


def _json_document(text: str, name: str) -> Any:
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except SavedOutputError as e:
        raise SavedOutputError(f"{name}: {e}") from None
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise SavedOutputError(f"{name}: nested more than {MAX_DEPTH} levels deep, so not a gazette parse output") from None
    except ValueError as e:
        if _too_long_number(e):
            raise SavedOutputError(f"{name}: holds an integer of thousands of digits, so not a gazette parse output") from None
        raise SavedOutputError(f"{name}: corrupt JSON: {str(e).splitlines()[0]}") from None


def _json_documents(text: str, name: str) -> list[tuple[str, Any]]:
    """One JSON document, or JSON Lines (one document per line, what
    ``gazette parse --format jsonl`` writes): ``(name, data)`` for each."""
    try:
        return [(name, _json_document(text, name))]
    except json.JSONDecodeError as e:
        if e.msg != "Extra data":
            raise SavedOutputError(f"{name}: corrupt JSON: {e}") from None
    docs: list[tuple[str, Any]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            where = f"{name} (line {number})"
            try:
                docs.append((where, _json_document(line, where)))
            except json.JSONDecodeError as e:
                raise SavedOutputError(f"{where}: corrupt JSON: {e}") from None
    return docs


@functools.cache
def _yaml_loader():
    import yaml

    class Loader(yaml.SafeLoader):
        """The safe loader without anchors and aliases, and with a depth limit."""

        depth = 0

        def compose_node(self, parent, index):
            event = self.peek_event()
            if isinstance(event, yaml.AliasEvent) or event.anchor is not None:
                raise yaml.composer.ComposerError(
                    None, None, "anchors and aliases are not accepted in a saved output", event.start_mark
                )
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return Loader


def _yaml_document(text: str, name: str) -> Any:
    import yaml

    try:
        return yaml.load(text, Loader=_yaml_loader())
    except yaml.YAMLError as e:
        first = str(e).splitlines()[0] if str(e) else "cannot be read"
        mark = getattr(e, "problem_mark", None)
        if getattr(e, "problem", None) and mark is not None:
            first = f"{e.problem} (line {mark.line + 1})"
        raise SavedOutputError(f"{name}: corrupt YAML: {first}") from None
    except ValueError as e:
        if _too_long_number(e):
            raise SavedOutputError(f"{name}: holds an integer of thousands of digits, so not a gazette parse output") from None
        raise SavedOutputError(f"{name}: corrupt YAML: {str(e).splitlines()[0]}") from None


def load_saved_all(path: str | Path, max_bytes: int = MAX_BYTES) -> list[dict[str, Any]]:
    """Every document of a saved parse output, validated: one for a JSON or
    YAML file, one per line for JSON Lines."""
    p = Path(path)
    return load_saved_bytes(read_limited(p, max_bytes), str(p), json_form=p.suffix.lower() in (".json", ".jsonl"))


#: How a saved output starts (JSON, JSON Lines or YAML, as ``gazette parse`` writes them).
_SAVED_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*(?:(?P<json>\{)\s*"schema_version"|schema_version:)')


def saved_form(raw: bytes) -> str | None:
    """``json`` or ``yaml`` when ``raw`` starts as a saved parse output does, else None.

    >>> saved_form(b'{"schema_version": "1.2"}'), saved_form(b"schema_version: '1.2'"), saved_form("一、总则".encode())
    ('json', 'yaml', None)
    """
    m = _SAVED_START.match(raw)
    return None if m is None else ("json" if m.group("json") else "yaml")


def load_saved_bytes(raw: bytes, name: str, json_form: bool) -> list[dict[str, Any]]:
    """The documents of a saved output held in ``raw`` (see :func:`load_saved_all`)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SavedOutputError(f"{name}: not UTF-8, so not a saved parse output") from None
    if json_form:
        docs = _json_documents(text, name)
    else:
        docs = [(name, _yaml_document(text, name))]
    for name, data in docs:
        _check_tree(data, name)
    return [_validate(data, name) for name, data in docs]


def load_saved(path: str | Path, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """Read a saved parse output of one document (JSON or YAML) and validate it."""
    docs = load_saved_all(path, max_bytes)
    if len(docs) != 1:
        raise SavedOutputError(f"{path}: holds {len(docs)} documents where one was expected")
    return docs[0]


def is_saved(path: str | Path) -> bool:
    """Whether ``path`` names a saved parse output (by its suffix)."""
    return str(path) != "-" and Path(path).suffix.lower() in SAVED_SUFFIXES


def load_results(
    path: str | Path, encoding: str | None = None, profile: str | None = None, max_bytes: int = MAX_BYTES
) -> list[dict[str, Any]]:
    """The parse outputs of ``path``: the documents of a saved output, loaded
    and validated, or the parse of gazette text (with ``profile``).  Standard
    input (``-``) is either, told apart by how it starts, so that ``gazette
    parse … -f jsonl | gazette targets -`` works."""
    if is_saved(path):
        return load_saved_all(path, max_bytes)
    from .serialize import to_dict
    from ..pipeline import parse_bytes, parse_path

    if str(path) == "-":
        from ..sources.text import read_stdin

        raw = read_stdin(max_bytes)
        form = saved_form(raw)
        if form is not None:
            return load_saved_bytes(raw, "<stdin>", json_form=form == "json")
        return [to_dict(parse_bytes(raw, "<stdin>", encoding, max_bytes=max_bytes, profile=profile))]
    return [to_dict(parse_path(path, encoding=encoding, profile=profile, max_bytes=max_bytes))]


def load_result(
    path: str | Path, encoding: str | None = None, profile: str | None = None, max_bytes: int = MAX_BYTES
) -> dict[str, Any]:
    """The parse output of ``path`` when it holds one document (see :func:`load_results`)."""
    docs = load_results(path, encoding, profile, max_bytes)
    if len(docs) != 1:
        raise SavedOutputError(f"{path}: holds {len(docs)} documents where one was expected")
    return docs[0]
