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


# --- the corpus: real documents of other shapes ------------------------------------------

from pathlib import Path  # noqa: E402

from gazette_text import as_column_lines  # noqa: E402

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.txt"))
# What re-breaking takes away, with the reason.
RE_BROKEN_FAILS = {
    "17_ningbo-yongzhengban-2007-153-banfa": "its scoring table is one cell per line, told apart only by a deep indent "
    "that column lines do not keep: re-broken, its rows read as an outline",
}


def _structure(doc):
    return [
        (n.doc_number, n.title, n.issuers, n.signed_date, [(a.label, a.title) for a in n.attachments], [c.path for c in n.walk()])
        for n in doc.notices
    ]


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, id=p.stem[:2], marks=[pytest.mark.xfail(reason=RE_BROKEN_FAILS[p.stem], strict=True)] if p.stem in RE_BROKEN_FAILS else [])
        for p in CORPUS
    ],
)
def test_corpus_document_re_broken_into_column_lines(path):
    text = path.read_text(encoding="utf-8")
    assert _structure(gazette_cli.parse_text(as_column_lines(text))) == _structure(gazette_cli.parse_text(text))
