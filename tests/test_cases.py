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
            yield from _item_checks(path, i, n)
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


# --- extracted items ----------------------------------------------------------------------

from decimal import Decimal  # noqa: E402

from gazette_cli.text.normalize import fullwidth_ascii  # noqa: E402

#: Target fields a case may state, and how to read them off a parser target.
_TARGET_FIELDS = {
    "value": lambda t: t.value,
    "value_max": lambda t: t.value_max,
    "unit": lambda t: t.unit,
    "comparator": lambda t: str(t.comparator),
    "year": lambda t: t.year,
    "period": lambda t: None if t.period is None else str(t.period),
    "baseline": lambda t: t.baseline,
    "approx": lambda t: getattr(t, "approx", False),
    "kind": lambda t: str(getattr(t, "kind", "level")),
    "hedged": lambda t: getattr(t, "hedged", False),
    "cumulative": lambda t: getattr(t, "cumulative", False),
}


def _path(value):
    return value or None  # "" names the root of an unprefixed attachment


def _num(value):
    return None if value is None else Decimal(str(value))


def _overlaps(snippet: str, text: str) -> bool:
    snippet = fullwidth_ascii(snippet)  # the words as the document prints them; the text as normalized
    squeezed = "".join(text.split())
    return snippet in squeezed or (len(squeezed) >= 4 and squeezed in snippet)


def _find_target(notice, expected, taken=()):
    value = _num(expected["value"])
    candidates = [t for t in notice.targets if t.value == value and _overlaps(expected["contains"], t.text) and not any(t is x for x in taken)]
    same_path = [t for t in candidates if t.path == _path(expected.get("path"))]
    return (same_path or candidates or [None])[0]


def _assigned(notice, expected_list):
    """The parser target each expected target stands for, in order: two
    expected targets whose words and value both fit one parser target
    (``不超过0.1%`` twice in one article) get two different ones."""
    found: list = []
    for expected in expected_list:
        found.append(_find_target(notice, expected, [t for t in found if t is not None]))
    return found


def _target_view(t, expected):
    if t is None:
        return None
    view = {"path": t.path if "path" in expected else None}
    for key in expected:
        if key in _TARGET_FIELDS:
            view[key] = _TARGET_FIELDS[key](t)
    return view


def _expected_target(expected):
    view = {"path": _path(expected.get("path")) if "path" in expected else None}
    for key, value in expected.items():
        if key in _TARGET_FIELDS:
            view[key] = _num(value) if key in ("value", "value_max", "baseline") else value
    return view


#: The extracted items the case files are checked for.
ITEMS = ("responsibilities", "targets")


def _item_checks(path, i, n):
    """The checks of one notice's responsibilities, targets and amounts."""
    expected_resp = n.get("responsibilities") or []
    for k, r in enumerate(expected_resp):
        # The k-th list of a clause is matched with the k-th the parser found there.
        nth = sum(1 for x in expected_resp[:k] if _path(x.get("path")) == _path(r.get("path")))

        def resp(doc, i=i, r=r, nth=nth):
            # ``standing`` (units a sentence before names for every list) is checked where the case gives it.
            want = (_path(r.get("path")), list(r["units"]), list(r.get("lead") or []), list(r.get("support") or []))
            if "standing" in r:
                want += (list(r["standing"]),)
            same = [x for x in doc.notices[i].responsibilities if x.path == want[0]]
            got = same[nth] if nth < len(same) else None
            got_view = None if got is None else (got.path, list(got.units), list(got.lead), list(got.support))
            if got_view is not None and "standing" in r:
                got_view += (list(got.standing),)
            return got_view, want

        yield path, f"notices[{i}].responsibilities[{k}]", resp

    def extra_resp(doc, i=i, n=n):
        from collections import Counter

        per_path = Counter(_path(r.get("path")) for r in n.get("responsibilities") or [])
        seen: Counter = Counter()
        extra = []
        for x in doc.notices[i].responsibilities:
            seen[x.path] += 1
            if seen[x.path] > per_path[x.path]:
                extra.append((x.path, list(x.units)))
        return extra, []

    yield path, f"notices[{i}].responsibilities.extra", extra_resp
    if "targets" not in ITEMS:
        return

    for k, t in enumerate(n.get("targets") or []):
        def target(doc, i=i, t=t, k=k):
            return _target_view(_assigned(doc.notices[i], n["targets"])[k], t), _expected_target(t)

        yield path, f"notices[{i}].targets[{k}]", target

    def not_targets(doc, i=i, n=n):
        snippets = [x["contains"] for x in n.get("not_targets") or []]
        return [s for s in snippets if any(_overlaps(s, t.text) for t in doc.notices[i].targets if t.source == "text")], []

    yield path, f"notices[{i}].not_targets", not_targets

    def extra_targets(doc, i=i, n=n):
        wanted = _assigned(doc.notices[i], n.get("targets") or [])
        return [(t.path, t.text, str(t.value)) for t in doc.notices[i].targets if t.source == "text" and not any(t is w for w in wanted)], []

    yield path, f"notices[{i}].targets.extra", extra_targets

    for k, a in enumerate(n.get("amounts") or []):
        def amount(doc, i=i, a=a):
            values = [_num(v) for v in a["values_yuan"]]
            found = [x for x in doc.notices[i].amounts if [_num(v) for v in x.values_yuan] == values and _overlaps(a["contains"], x.text)]
            # the same words and sums in several articles (处二百元以上二千元以下罚款): the one of the case's clause
            same_path = [x for x in found if x.path == _path(a.get("path"))]
            got = (same_path or found or [None])[0]
            return (None if got is None else (got.path, str(got.kind))), (_path(a.get("path")), a["kind"])

        yield path, f"notices[{i}].amounts[{k}]", amount

    def not_amounts(doc, i=i, n=n):
        snippets = [x["contains"] for x in n.get("not_amounts") or []]
        return [s for s in snippets if any(_overlaps(s, a.text) for a in doc.notices[i].amounts)], []

    yield path, f"notices[{i}].not_amounts", not_amounts


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


def test_every_corpus_text_and_pdf_has_a_case_file():
    inputs = [p for suffix in ("txt", "pdf") for p in (HERE / "corpus").glob(f"**/*.{suffix}") if "versions" not in p.parts]
    assert sorted(str(p.relative_to(HERE)) for p in inputs) == sorted(_case(p)["source"] for p in CASES)


def test_known_failures_name_checked_keys():
    keys = {(path, key) for path, key, _ in _checks()}
    unknown = [(p.name, k["where"]) for p in CASES for k in _case(p).get("known_failures") or [] if (p, k["where"]) not in keys]
    assert unknown == []
