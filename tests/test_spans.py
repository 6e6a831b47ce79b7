"""Everything points back to the source: the text an item quotes is in the lines its span names."""

import pytest

from gazette_cli.text.normalize import normalize_line


def _source_text(lines, span):
    """The normalized source lines of a span, joined the way the layout joins them."""
    return "".join(normalize_line(line).strip() for line in lines[span.start_line - 1 : span.end_line])


def test_every_clause_title_is_in_its_first_lines(sample_doc, sample_lines):
    missing = [
        c.path
        for n in sample_doc.notices
        for c in n.walk()
        if c.title.replace(" ", "") not in _source_text(sample_lines, c.span).replace(" ", "")
    ]
    assert missing == []


def test_every_clause_starts_at_its_marker(sample_doc, sample_lines):
    wrong = [
        c.path
        for n in sample_doc.notices
        for c in n.walk()
        if not normalize_line(sample_lines[c.span.start_line - 1]).strip().startswith(c.marker)
    ]
    assert wrong == []


@pytest.mark.parametrize("field", ["title", "doc_number"])
def test_notice_fields_are_in_its_first_lines(sample_doc, sample_lines, field):
    missing = []
    for n in sample_doc.notices:
        head = _source_text(sample_lines, type(n.span)(n.span.start_line, n.span.start_line + 10))
        if getattr(n, field) not in head:
            missing.append(n.doc_number)
    assert missing == []
