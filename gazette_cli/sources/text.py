"""Stage 1 — read: bytes in, text out, decoded strictly with the encoding stated.

Guarantees: decoding is always strict (no error handler that drops or replaces bytes); refuses binary
files (PDF, images, archives, NUL bytes) with an :class:`InputError` that says
what to do; line ends are kept as they are (the layout stage splits them).
"""

from __future__ import annotations

import codecs
import hashlib
import os
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Source
from ..text.lazy import lazy

if TYPE_CHECKING:  # the PDF reader loads only when the bytes are a PDF
    from .pdf import PdfOptions

#: Inputs larger than this are refused unless the caller raises the limit.
MAX_BYTES = 256 * 1024 * 1024

# Magic numbers of files that users hand us by mistake, with what to say.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"PK\x03\x04", "a ZIP archive that holds no Word document (.docx) or workbook (.xlsx): unpack it first"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls): save it as .docx or .xlsx first"),
    (b"\x1f\x8b", "a gzip archive: decompress it first"),
    (b"{\\rtf", "an RTF document: convert it to text first"),
    (b"\x7fELF", "an executable, not text"),
)

# (byte-order mark, codec that decodes the rest, name reported in the output);
# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Control characters that never occur in extracted gazette text (tab, line ends
# and form feed excepted); a decoding that produces many of them is wrong.
_CONTROL = lazy(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])  # the same, as UTF-8 bytes


def _mostly_controls(text: str, utf8: bytes | None = None) -> bool:
    """More control characters than any extracted text has (a few stray ones are tolerated).

    ``utf8`` is the text's UTF-8 encoding when the caller has it: the control
    characters are single bytes there that no other character's encoding
    holds, and counting deleted bytes is a fraction of a pattern's pass.
    """
    if utf8 is not None:
        count = len(utf8) - len(utf8.translate(None, _CONTROL_BYTES))
    else:
        count = len(_CONTROL.findall(text)) if _CONTROL.search(text) else 0
    return count > max(8, len(text) // 1000)


def _sniff_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _bom(data: bytes) -> tuple[str, str, int] | None:
    for bom, codec, reported in _BOMS:
        if data.startswith(bom):
            return codec, reported, len(bom)
    return None


def decode(data: bytes, encoding: str | None = None, name: str = "<input>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding_used)``.

    Order: an explicit ``encoding``; a byte-order mark (UTF-8/16/32); strict
    UTF-8; strict GB18030 (which covers GBK and GB2312).

    >>> decode("济南".encode("gb18030"))
    ('济南', 'gb18030')
    >>> decode(b"\\xef\\xbb\\xbf2022")
    ('2022', 'utf-8-sig')
    """
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise InputError(
                f"{name}: not valid {encoding} (byte {e.start}); try another --encoding"
            ) from None
        return text.lstrip("\ufeff"), encoding.lower()
    bom = _bom(data)
    if bom:
        codec, reported, skip = bom
        try:
            text = data[skip:].decode(codec)
        except UnicodeDecodeError as e:
            raise InputError(
                f"{name}: starts with a {reported} byte-order mark but is not valid {reported} (byte {e.start + skip})"
            ) from None
        return text, reported
    if b"\x00" in data:
        raise InputError(f"{name}: holds NUL bytes, so it is binary or UTF-16 without a byte-order mark; give --encoding utf-16-le if it is text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: neither UTF-8 (byte {utf8_error.start}) nor GB18030; give its encoding with --encoding"
            ) from None
    if _mostly_controls(text):
        raise InputError(f"{name}: does not look like text in any known encoding; give its encoding with --encoding")
    if _outside_gb2312(text) > _MOJIBAKE_SHARE:
        likely = _likely_encoding(data)
        if likely is not None:
            raise InputError(
                f"{name}: is not GB18030 text (it decodes to unlikely characters); it looks like {likely}: "
                f"give --encoding {likely} if it is"
            )
    return text, "gb18030"


# A share of the non-ASCII characters outside GB2312 that simplified Chinese
# text does not reach: the corpus documents stay under 0.07, a few lines of
# them under 0.15, while Big5 bytes read as GB18030 give kana, bopomofo, box
# drawing and private-use characters (0.4 to 0.6 of a traditional text).
_MOJIBAKE_SHARE = 0.15
# Fewer non-ASCII characters than this say too little to judge by.
_MOJIBAKE_MIN_CHARS = 16

_GB_FAMILY = frozenset({"gb18030", "gbk", "gb2312", "hz"})


def _outside_gb2312(text: str) -> float:
    """The share of non-ASCII characters of ``text`` that GB2312 lacks (0.0
    when there are too few of them to judge), counted at C speed."""
    # Each character an encoding lacks becomes one "?" (measuring only: the text itself is decoded strictly).
    marks = text.count("?")
    non_ascii = text.encode("ascii", errors="replace").count(b"?") - marks
    if non_ascii < _MOJIBAKE_MIN_CHARS:
        return 0.0
    missing = text.encode("gb2312", errors="replace").count(b"?") - marks
    return missing / non_ascii


def _likely_encoding(data: bytes) -> str | None:
    """The encoding charset-normalizer finds most plausible for ``data``, or
    None when it finds GB18030 (or a subset of it) plausible after all."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    if not matches or any(m.encoding in _GB_FAMILY for m in matches):
        return None
    return matches.best().encoding


def read_bytes(
    data: bytes, name: str = "<stdin>", encoding: str | None = None, max_bytes: int = MAX_BYTES, pdf: PdfOptions | None = None
) -> Source:
    """Check and decode raw input; raise :class:`InputError` for unusable input.
    A PDF (``%PDF-``, whatever the name) is read page by page (:mod:`gazette_cli.sources.pdf`);
    a .docx or .xlsx gives its text (:mod:`gazette_cli.sources.office`); a web page's markup
    gives its text (:mod:`gazette_cli.sources.html`)."""
    if len(data) > max_bytes:
        raise too_large(name, max_bytes)
    if not data:
        raise InputError(f"{name}: is empty")
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:  # the standard allows bytes before the header
        from .pdf import read_pdf

        return read_pdf(data, name, pdf)
    text, used = _office_text(data, name, max_bytes) if data.startswith(b"PK\x03\x04") else (None, None)
    if text is None:
        what = _sniff_binary(data)
        if what:
            raise InputError(f"{name}: is {what}")
        text, used = decode(data, encoding, name)
        if _mostly_controls(text, data if used in ("utf-8", "utf-8-sig") else None):
            raise InputError(f"{name}: holds binary control bytes, not text")
        if not text.strip():
            raise InputError(f"{name}: holds only white space")
        if text.find("<", 0, HTML_SNIFF) >= 0:
            from .html import html_text, looks_like_html  # loaded only for a text that holds a "<"

            if looks_like_html(text):
                text = html_text(text)
                if not text.strip():
                    raise InputError(f"{name}: an HTML page with no text (only markup and scripts)")
    return Source(name=name, sha256=hashlib.sha256(data).hexdigest(), encoding=used, text=text, size=len(data))


def _office_text(data: bytes, name: str, max_bytes: int) -> tuple[str | None, str | None]:
    """The text of a ZIP that is a Word document or a workbook, and its kind
    as the source's encoding; (None, None) for another archive (refused as one)."""
    from .office import office_kind, office_text

    kind = office_kind(data)
    if kind is None:
        return None, None
    text = office_text(data, kind, name, max_bytes)
    if not text.strip():
        raise InputError(f"{name}: a {kind} file with no text")
    return text, kind


#: A page shows its markup in its first characters (see :func:`.html.looks_like_html`).
HTML_SNIFF = 1 << 16


def text_of_lines(lines: list[str]) -> str:
    """Lines made into a source's text (a page's, a Word file's, a workbook's):
    the empty lines at the end dropped, a line end after each line.

    >>> text_of_lines(["甲", "", "乙", "", ""]), text_of_lines([""])
    ('甲\\n\\n乙\\n', '')
    """
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def too_large(name: str, max_bytes: int) -> InputError:
    """The error of an input over the byte limit (one wording for every reader)."""
    return InputError(f"{name}: more than {max_bytes} bytes, the limit; split the file or raise --max-bytes")



#: Bytes asked for per read from a stream (FIFO, device, pipe) of unknown size.
_CHUNK = 1 << 20


def read_limited(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file, a FIFO or a device, at most ``max_bytes`` of them.

    The size the file system reports is only a hint (it is 0 for devices and
    FIFOs, and a file may grow while it is read): the read stops as soon as
    it has more than ``max_bytes``, so ``/dev/zero`` is refused after
    ``max_bytes + 1`` bytes instead of filling the memory.  Raises
    :class:`InputError` for a missing, unreadable or too large input.
    """
    p = Path(path)
    name = shown_name(p)
    try:
        with open(p, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                raise too_large(name, max_bytes)
            chunks: list[bytes] = []
            total = 0
            want = size + 1 if size else _CHUNK  # a regular file: one read, then the EOF
            while True:
                chunk = f.read(min(want, max_bytes + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if total > max_bytes:
                    raise too_large(name, max_bytes)
                want = _CHUNK
    except FileNotFoundError:
        if p.is_symlink():
            raise InputError(f"{name}: is a symlink that leads nowhere (to a missing file, or in a loop)") from None
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as e:
        if p.is_symlink() and not p.exists():  # ELOOP
            raise InputError(f"{name}: is a symlink that leads nowhere (to a missing file, or in a loop)") from None
        raise InputError(f"{name}: cannot be read ({e.strerror or e})") from None
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_stdin(max_bytes: int = MAX_BYTES) -> bytes:
    """Standard input, at most ``max_bytes`` bytes (:class:`InputError` past them)."""
    import sys

    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large("<stdin>", max_bytes)
    return data


def read_path(path: str | Path, encoding: str | None = None, max_bytes: int = MAX_BYTES, pdf: PdfOptions | None = None) -> Source:
    """Read a file, a FIFO or a device (or ``-`` for standard input) into a
    :class:`Source`; at most ``max_bytes`` are read (see :func:`read_limited`)."""
    if str(path) == "-":
        return read_bytes(read_stdin(max_bytes), "<stdin>", encoding, max_bytes, pdf)
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{shown_name(p)}: is a directory; give the files in it")
    return read_bytes(read_limited(p, max_bytes), shown_name(p), encoding, max_bytes, pdf)


# A name's bytes that are not shown as they are: control characters (a line
# end in a name would break the one-line messages).
_UNSHOWN = lazy(r"\p{Cc}")


def shown_name(path: str | Path) -> str:
    r"""How a path is shown in messages and in ``source.name``: valid UTF-8 that
    reads as the name, with each byte that is not part of a printable UTF-8
    character written ``\xNN``.

    A POSIX file name is bytes; Python carries the bytes that are not UTF-8 as
    lone surrogates (``surrogateescape``), which cannot be written as UTF-8.
    The path itself is kept as it is for opening the file and naming outputs.

    >>> shown_name(os.fsdecode(b"bad\xff\xfe.txt"))
    'bad\\xff\\xfe.txt'
    >>> shown_name("公报\n2022.txt")
    '公报\\x0a2022.txt'
    """
    text = str(path)
    try:
        raw = os.fsencode(text)
    except UnicodeEncodeError:  # lone surrogates that no file system gave
        raw = text.encode("utf-8", "backslashreplace")
    shown = raw.decode("utf-8", "backslashreplace")
    return _UNSHOWN.sub(lambda m: "".join(f"\\x{b:02x}" for b in m.group().encode("utf-8")), shown)


def split_lines(text: str) -> list[str]:
    r"""Split on ``\r\n``, ``\r`` or ``\n`` only (not on the other Unicode breaks),
    so that line numbers agree with editors and ``sed -n``.

    A form feed (a page break) stays at the start of the line it opens; one
    in the middle of a line (pages joined without a line end) ends that line.

    >>> split_lines("a\r\nb\rc\n")
    ['a', 'b', 'c']
    >>> split_lines("a\n\fb\fc")
    ['a', '\x0cb', '\x0cc']
    """
    return list(source_lines(text))


#: Characters split at a time: the lines of one piece are made, shared where
#: they repeat, and added to the result before the next piece is split.
_SPLIT_CHARS = 1 << 16
#: Lines shorter than this on average (in a piece) cost more as objects than
#: as text: a piece of them shares one string among the lines that repeat.
_SHORT_LINE = 8


def source_lines(text: str) -> tuple[str, ...]:
    r"""The lines of :func:`split_lines`, as a tuple, made piece by piece so
    that a text of very many short lines never holds its lines twice (as a
    list and as the tuple).  In a piece of short lines (a character a line:
    vertical text; blank lines) equal lines are one string: a one-character
    line costs a pointer instead of an object of 60 to 80 bytes.

    >>> source_lines("字\n字\n\n")
    ('字', '字', '')
    """
    # Two C-level replaces and a split: the same lines as splitting on
    # \r\n|\r|\n, several times faster on big files.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]  # a last line end opens no line
    elif not text:
        return ()
    feeds = "\f" in text  # a form feed opens a line: see _feeds_open_lines, applied piece by piece
    if len(text) <= _SPLIT_CHARS:
        return tuple(_shared((_feeds_open_lines(text) if feeds else text).split("\n"), len(text)))
    return tuple(chain.from_iterable(_pieces(text, feeds)))


def _pieces(text: str, feeds: bool):
    """The lines of ``text``, a list per piece of about :data:`_SPLIT_CHARS`
    characters.  A piece ends at a line end, or (``feeds``) before a form
    feed, which opens a line wherever it stands: a text of form feeds alone
    has no line end to cut at."""
    start, n = 0, len(text)
    while True:
        end = text.find("\n", start + _SPLIT_CHARS)
        end, skip = (n, 0) if end < 0 else (end, 1)
        if feeds:
            ff = text.find("\f", start + _SPLIT_CHARS, end)
            if ff >= 0:
                end, skip = (ff - 1, 1) if text[ff - 1] == "\n" else (ff, 0)
        piece = text[start:end]
        if feeds and "\f" in piece:
            piece = _feeds_open_lines(piece)
        yield _shared(piece.split("\n"), len(piece))
        if end >= n:
            return
        start = end + skip


def _shared(lines: list[str], chars: int) -> list[str]:
    """``lines``, equal ones made one string where they are short (see :func:`source_lines`)."""
    if len(lines) * _SHORT_LINE <= chars:
        return lines
    seen: dict[str, str] = {}
    return list(map(seen.setdefault, lines, lines))


def _feeds_open_lines(text: str) -> str:
    r"""``text`` with a line break before every form feed that does not open a
    line already.  Two C-level replaces (one line break before each feed,
    then none where one was there already), not a substitution per feed: a
    file of form feeds alone has one per byte, and a pattern's substitution
    made an object for each, some twenty times the file at its peak.  A
    text that starts with a feed gets no line break before it.

    >>> _feeds_open_lines("\f一\f二\n\f三\n\n\f\f")
    '\x0c一\n\x0c二\n\x0c三\n\n\x0c\n\x0c'
    >>> _feeds_open_lines("\n\f一")
    '\n\x0c一'
    """
    opens = text.startswith("\f")
    text = text.replace("\f", "\n\f").replace("\n\n\f", "\n\f")
    return text[1:] if opens else text
