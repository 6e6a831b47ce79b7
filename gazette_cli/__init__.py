"""gazette-cli: Chinese government gazettes (政府公报) as structured data.

The library is the product; the ``gazette`` command is a thin layer over it::

    import gazette_cli
    doc = gazette_cli.parse_path("samples/jinan-gazette-2022-20.txt")
    for notice in doc.notices:
        print(notice.doc_number, notice.title)
    data = gazette_cli.to_dict(doc)        # the documented output, as plain data

Importing the package loads neither rich nor YAML.
"""

from .errors import GazetteError, InputError, OutputError, SavedOutputError

__version__ = "0.1.0"

# The pipeline (regex, dataclasses, output) loads on first use, so that
# ``gazette --version`` and ``gazette --help`` start at once.
_LAZY = {
    "Clause": "model",
    "Document": "model",
    "Notice": "model",
    "Span": "model",
    "SCHEMA_VERSION": "output.serialize",
    "to_dict": "output.serialize",
    "to_json": "output.serialize",
    "to_yaml": "output.serialize",
    "parse_bytes": "pipeline",
    "parse_path": "pipeline",
    "parse_source": "pipeline",
    "parse_text": "pipeline",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'gazette_cli' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "GazetteError",
    "InputError",
    "OutputError",
    "SavedOutputError",
    "Clause",
    "Document",
    "Notice",
    "Span",
    "SCHEMA_VERSION",
    "to_dict",
    "to_json",
    "to_yaml",
    "parse_bytes",
    "parse_path",
    "parse_source",
    "parse_text",
    "__version__",
]
