"""The pipeline: read → normalize → layout → frame → outline → extract.

Each stage is a module of its own; this one only wires them together.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .collector import paused_collector
from .layout.blocks import layout
from .model import K_WEB, Attachment, Document, Layout, Normalized, Notice, Source
from .profile import GazetteProfile, get_profile
from .sources.text import MAX_BYTES, read_bytes, read_path, source_lines
from .structure import attachments
from .structure.frame import Frame, has_documents, segment, site_catalogue, with_catalogue
from .structure.outline import outline
from .text.normalize import normalize_lines

if TYPE_CHECKING:  # the PDF reader loads only for a PDF input
    from .sources.pdf import PdfOptions


def _notice(frame: Frame, warnings: list[str], profile: GazetteProfile, extract: bool) -> Notice:
    """The notice of a frame with the outlines of its own text and of its
    attachments, and its items (when ``extract``)."""
    own, found = outline(frame.own)
    warnings += found
    parts = []
    for draft, prefix in zip(frame.attachments, attachments.prefixes(list(frame.attachments), bool(own.clauses))):
        body, found = outline(draft.body, prefix)
        warnings += found
        parts.append(Attachment(draft.label, draft.title, prefix, body, draft.span, draft.note))
    warnings += frame.warnings
    notice = replace(frame.notice, own=own, attachments=tuple(parts))
    if not extract:
        return notice
    from .extract import extract_all  # here: a run that does not extract does not import the extractors

    return extract_all(notice, profile)


def parse_source(source: Source, punct: str = "cjk", profile: str | GazetteProfile | None = None, extract: bool = True) -> Document:
    """Parse decoded text with a gazette profile (see :mod:`gazette_cli.profile`;
    ``None``: the default one).  Never raises on any text: text without a
    notice gives a document with no notices and a warning.  ``extract=False``
    leaves the notices' extracted items (responsibilities, targets, amounts,
    references, validity) empty: the text, the layout, the outline and the
    warnings are the same, for what needs only those (:func:`clean_text`)."""
    prof = get_profile(profile)
    with paused_collector():
        return _parse_source(source, punct, prof, extract)


def _laid_out(source: Source, punct: str, profile: GazetteProfile) -> tuple[Normalized, Layout]:
    """The first stages: the source's lines normalized, then laid out."""
    normalized = normalize_lines(source_lines(source.text), punct=punct, glyphs=profile.glyphs)
    return normalized, layout(normalized.raw_lines, normalized.lines, profile, source.line_looks)


#: Lines under a page's first title where its catalogue fields may still stand.
_CATALOGUE_BELOW = 4


def _no_notice(source: Source) -> str:
    return f"{source.name}: no notice or document found"


def _parse_source(source: Source, punct: str, profile: GazetteProfile, extract: bool) -> Document:
    normalized, lay = _laid_out(source, punct, profile)
    frames, warnings = segment(lay.blocks, profile)
    if frames and K_WEB in lay.columns.kinds:  # a page saved from a site: its catalogue may name the first document
        # Above its title, or among the few lines under it (发文字号：… printed under the title, 浙政办发〔2014〕89号's page).
        catalogue = site_catalogue(lay.columns.kinds, lay.columns.texts, frames[0].notice.span.start_line + _CATALOGUE_BELOW)
        frames[0] = with_catalogue(frames[0], catalogue) if catalogue else frames[0]
    warnings = list(source.warnings) + list(lay.warnings) + warnings
    notices = tuple(_notice(frame, warnings, profile, extract) for frame in frames)
    if not notices:
        warnings.append(_no_notice(source))
    return Document(source=source, normalized=normalized, layout=lay, notices=notices, warnings=tuple(warnings), profile=profile.name)


def parse_text(text: str, name: str = "<text>", punct: str = "cjk", profile: str | GazetteProfile | None = None) -> Document:
    """Parse a gazette issue given as a string.

    >>> doc = parse_text("济南市人民政府\\n关于聘任市政府参事的通知\\n济政字〔2022〕61号\\n各区县人民政府：\\n确定聘任聂军为参事。\\n")
    >>> doc.notices[0].doc_number, doc.notices[0].title
    ('济政字〔2022〕61号', '济南市人民政府关于聘任市政府参事的通知')
    """
    import hashlib

    # A str can hold lone surrogates that no decoded file has; they are text
    # to the parser, and the hash must not fail on them.
    data = text.encode("utf-8", "surrogatepass")
    source = Source(name=name, sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8", text=text, size=len(data))
    return parse_source(source, punct, profile)


def parse_bytes(
    data: bytes,
    name: str = "<bytes>",
    encoding: str | None = None,
    punct: str = "cjk",
    max_bytes: int = MAX_BYTES,
    profile: str | GazetteProfile | None = None,
    pdf: PdfOptions | None = None,
) -> Document:
    """Decode (or, for a PDF, read) and parse raw bytes; raises :class:`~gazette_cli.errors.InputError` for unusable input."""
    return parse_source(read_bytes(data, name, encoding, max_bytes, pdf), punct, profile)


def parse_path(
    path: str | Path,
    encoding: str | None = None,
    punct: str = "cjk",
    max_bytes: int = MAX_BYTES,
    profile: str | GazetteProfile | None = None,
    pdf: PdfOptions | None = None,
    extract: bool = True,
) -> Document:
    """Read and parse a file (``-`` for standard input): gazette text, or a PDF
    (``extract``: as :func:`parse_source`'s)."""
    return parse_source(read_path(path, encoding, max_bytes, pdf), punct, profile, extract)


__all__ = ["parse_source", "parse_text", "parse_bytes", "parse_path", "clean_source"]


def clean_text(doc: Document, keep_lines: bool = False) -> str:
    """The issue's text after normalization and layout: one paragraph per line
    (a table's header and rows one per line, page furniture dropped), or with ``keep_lines``
    every source line normalized in place (same line count as the source)."""
    return _clean(doc.normalized, doc.layout.blocks, keep_lines)


def clean_source(source: Source, punct: str = "cjk", profile: str | GazetteProfile | None = None, keep_lines: bool = False) -> tuple[str, tuple[str, ...]]:
    """:func:`clean_text` of a source, and the warnings of its reading and
    layout: what ``gazette normalize`` writes.  The notices are found but
    not read (the clean text does not depend on them), so the only warning
    about them is that there is none; a break in a document's numbering is
    :func:`parse_source`'s to tell."""
    prof = get_profile(profile)
    with paused_collector():
        normalized, lay = _laid_out(source, punct, prof)
        warnings = source.warnings + lay.warnings
        if not has_documents(lay.blocks, prof):
            warnings += (_no_notice(source),)
        return _clean(normalized, lay.blocks, keep_lines), warnings


def _clean(normalized: Normalized, blocks, keep_lines: bool) -> str:
    from .model import Table
    from .text.normalize import ascii_punctuation

    convert = ascii_punctuation if normalized.punct == "ascii" else (lambda s: s)
    if keep_lines:
        return "".join(convert(line) + "\n" for line in normalized.lines)
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            out.append(" ".join(block.header))
            out.extend(row.text for row in block.rows)
        else:
            out.append(block.text)
    return "".join(convert(t) + "\n" for t in out)
