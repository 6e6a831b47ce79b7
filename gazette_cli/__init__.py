"""gazette-cli: Chinese government gazettes (政府公报) as structured data.

The library is the product; the ``gazette`` command is a thin layer over it::

    import gazette_cli
    doc = gazette_cli.parse_path("samples/jinan-gazette-2022-20.txt")
    for notice in doc.notices:
        print(notice.doc_number, notice.title)
    data = gazette_cli.to_dict(doc)        # the documented output, as plain data

Importing the package loads neither typer nor rich.
"""

from .errors import GazetteError, InputError, OutputError, SavedOutputError
from .model import Clause, Document, Notice, Span
from .output import SCHEMA_VERSION, to_dict, to_json, to_yaml
from .pipeline import parse_bytes, parse_path, parse_source, parse_text

__version__ = "0.1.0"

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
