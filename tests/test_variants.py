"""The same issue in other shapes gives the same notices, clauses and items.

Gazettes reach users as PDF text with or without blank lines between lines,
with Windows line ends, or already cleaned to one paragraph per line (for
example by `gazette normalize`); the structure read from them must not change.
"""

import pytest

import gazette_cli
from conftest import SAMPLE
from gazette_cli.pipeline import clean_text

RAW = SAMPLE.read_text(encoding="utf-8")


def _signature(doc):
    return [
        (n.doc_number, n.title, [c.path for c in n.walk()], len(n.targets), len(n.responsibilities), len(n.amounts), len(n.references))
        for n in doc.notices
    ]


@pytest.fixture(scope="module")
def expected(sample_doc):
    return _signature(sample_doc)


def _clean():
    return clean_text(gazette_cli.parse_text(RAW))


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: "\n".join(line for line in RAW.split("\n") if line.strip()), id="no-blank-lines"),
        pytest.param(lambda: RAW.replace("\n", "\r\n"), id="crlf"),
        pytest.param(_clean, id="normalized-one-paragraph-per-line"),
        pytest.param(lambda: _clean().replace("\n", "\n\n"), id="normalized-with-blank-lines"),
    ],
)
def test_same_structure(expected, make):
    assert _signature(gazette_cli.parse_text(make())) == expected
