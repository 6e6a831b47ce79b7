"""The corpus case files: what a careful reader sees in each real document.

Each file of ``tests/cases/`` (format: ``tests/cases/README.md``) was written by
reading its document.  One test per checked key, so that one miss does not
hide the others; a key listed under ``known_failures`` is expected to fail,
and says so when it passes.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import pytest
import yaml

import gazette_cli
from gazette_cli.model import _walk

HERE = Path(__file__).parent
CASES = sorted((HERE / "cases").glob("*.yaml"))


@functools.cache
def _case(path: Path) -> dict:
    """A case file; one that names ``notices_from`` (a gazette issue made of
    corpus documents) takes the notices of those case files, in order."""
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "notices_from" in case:
        case["notices"] = [n for name in case["notices_from"] for n in _case(path.parent / f"{name}.yaml")["notices"]]
    return case


@functools.cache
def _parsed(source: str):
    return gazette_cli.parse_path(HERE / source)


def _iso(value):
    return value.isoformat() if isinstance(value, date) else value


def _frame(notice) -> dict:
    return {
        "doc_number": notice.doc_number,
        "issuers": list(notice.issuers),
        "title": notice.title,
        "doc_type": notice.doc_type,
        "addressees": list(notice.addressees),
        "signed_date": notice.signed_date,
    }


def _expected_frame(n: dict) -> dict:
    return {k: _iso(n.get(k)) if k != "addressees" and k != "issuers" else list(n.get(k) or []) for k in _frame_keys()}


def _frame_keys():
    return ("doc_number", "issuers", "title", "doc_type", "addressees", "signed_date")


def _titles(n: dict) -> dict:
    titles = dict(n.get("titles") or {})
    for a in n.get("attachments") or []:
        titles.update(a.get("titles") or {})
    return titles


def _checks():
    """(case file, key, function(doc) -> (got, expected))."""
    for path in CASES:
        case = _case(path)
        notices = case["notices"]

        def count(doc, notices=notices):
            return len(doc.notices), len(notices)

        yield path, "notices", count
        for i, n in enumerate(notices):
            def frame(doc, i=i, n=n):
                return _frame(doc.notices[i]), _expected_frame(n)

            def own(doc, i=i, n=n):
                return [c.path for c in _walk(doc.notices[i].own.clauses)], list(n.get("headings") or [])

            def attachments(doc, i=i, n=n):
                got = [(a.label, a.title, a.prefix) for a in doc.notices[i].attachments]
                return got, [(a.get("label"), a.get("title"), a.get("prefix")) for a in n.get("attachments") or []]

            def titles(doc, i=i, n=n):
                by_path = {c.path: c.title for c in doc.notices[i].walk()}
                expected = _titles(n)
                return {p: by_path.get(p) for p in expected}, expected

            if "pages" in case:
                def pages(doc, i=i, case=case):
                    span = doc.notices[i].span
                    return [span.page, span.end_page], case["pages"][i]

                yield path, f"notices[{i}].pages", pages
            yield path, f"notices[{i}].frame", frame
            yield path, f"notices[{i}].headings", own
            yield path, f"notices[{i}].attachments", attachments
            if _titles(n):
                yield path, f"notices[{i}].titles", titles
            for j, a in enumerate(n.get("attachments") or []):
                def headings(doc, i=i, j=j, a=a):
                    atts = doc.notices[i].attachments
                    got = [c.path for c in _walk(atts[j].clauses)] if j < len(atts) else None
                    return got, list(a.get("headings") or [])

                def tables(doc, i=i, j=j, a=a):
                    atts = doc.notices[i].attachments
                    return (len(atts[j].tables) if j < len(atts) else None), a.get("tables", 0)

                yield path, f"notices[{i}].attachments[{j}].headings", headings
                yield path, f"notices[{i}].attachments[{j}].tables", tables


def _params():
    for path, key, check in _checks():
        known = {k["where"]: k["why"] for k in _case(path).get("known_failures") or []}
        marks = [pytest.mark.xfail(reason=known[key], strict=True)] if key in known else []
        yield pytest.param(path, check, id=f"{path.stem.split('_')[0]}:{key}", marks=marks)


@pytest.mark.parametrize("path, check", list(_params()))
def test_case(path, check):
    doc = _parsed(_case(path)["source"])
    try:
        got, expected = check(doc)
    except IndexError:
        got, expected = "missing", "present"
    assert got == expected


def test_every_corpus_text_has_a_case_file():
    texts = sorted(str(p.relative_to(HERE)) for p in (HERE / "corpus").glob("**/*.txt") if "versions" not in p.parts)
    assert texts == sorted(_case(p)["source"] for p in CASES)


def test_known_failures_name_checked_keys():
    keys = {(path, key) for path, key, _ in _checks()}
    unknown = [(p.name, k["where"]) for p in CASES for k in _case(p).get("known_failures") or [] if (p, k["where"]) not in keys]
    assert unknown == []
