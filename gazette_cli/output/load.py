"""Inputs for the commands that work on parse results (targets, units, diff).

An input is either gazette text (parsed on the spot) or a saved ``gazette
parse`` output in JSON or YAML.  A saved output is read with a safe loader and
validated against the schema before use; a foreign or corrupt file is refused
with a :class:`~gazette_cli.errors.SavedOutputError`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError, SavedOutputError

SAVED_SUFFIXES = (".json", ".yaml", ".yml", ".jsonl")


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


def load_saved(path: str | Path) -> dict[str, Any]:
    """Read a saved parse output (JSON or YAML) and validate it."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except OSError as e:
        raise InputError(f"{p}: cannot be read ({e.strerror or e})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SavedOutputError(f"{p}: not UTF-8, so not a saved parse output") from None
    kind = "JSON" if p.suffix.lower() in (".json", ".jsonl") else "YAML"
    if kind == "JSON":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise SavedOutputError(f"{p}: corrupt JSON: {e}") from None
    else:
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as e:
            first = str(e).splitlines()[0] if str(e) else "cannot be read"
            raise SavedOutputError(f"{p}: corrupt YAML: {first}") from None
    return _validate(data, str(p))


def load_result(path: str | Path, encoding: str | None = None, profile: str | None = None) -> dict[str, Any]:
    """The parse output of ``path``: a saved output is loaded and validated,
    anything else is read as gazette text and parsed (with ``profile``)."""
    if str(path) != "-" and Path(path).suffix.lower() in SAVED_SUFFIXES:
        return load_saved(path)
    from .serialize import to_dict
    from ..pipeline import parse_path

    return to_dict(parse_path(path, encoding=encoding, profile=profile))
