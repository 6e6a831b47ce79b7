"""Reading: encodings decoded strictly and named; unusable bytes refused with one line."""

import codecs

import pytest

from gazette_cli.errors import InputError
from gazette_cli.sources.text import read_bytes, split_lines

TEXT = "济南市人民政府\n关于聘任市政府参事的通知\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        pytest.param(TEXT.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(TEXT.encode("utf-16"), "utf-16", id="utf-16-bom-le"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", id="utf-16-bom-be"),
        pytest.param(TEXT.encode("gb18030"), "gb18030", id="gb18030"),
        pytest.param(TEXT.encode("gbk"), "gb18030", id="gbk-read-as-gb18030"),
    ],
)
def test_decodes_and_names_the_encoding(data, encoding):
    source = read_bytes(data, "issue.txt")
    assert (source.text, source.encoding) == (TEXT, encoding)


@pytest.mark.parametrize(
    "data, message",
    [
        pytest.param(b"", "is empty", id="empty"),
        pytest.param(b" \n\r\n\t ", "only white space", id="whitespace"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG", id="png"),
        pytest.param(b"PK\x03\x04\x14\x00", "ZIP", id="zip"),
        pytest.param(b"abc\x00def", "NUL", id="nul-bytes"),
        pytest.param(b"\xe6\xb5\x8e\x80\xff\x81", "neither UTF-8", id="undecodable"),
        pytest.param(b"\xff\xfe\x00\xd8", "not valid utf-16", id="broken-utf-16"),
    ],
)
def test_refuses_unusable_input(data, message):
    with pytest.raises(InputError, match=message):
        read_bytes(data, "issue.txt")


def test_explicit_encoding_is_strict():
    with pytest.raises(InputError, match="not valid utf-8"):
        read_bytes("济南".encode("gb18030"), "issue.txt", encoding="utf-8")


def test_unknown_encoding_is_an_input_error():
    with pytest.raises(InputError, match="unknown encoding"):
        read_bytes(b"abc", "issue.txt", encoding="klingon")


def test_oversize_is_refused():
    with pytest.raises(InputError, match="limit"):
        read_bytes(b"x" * 101, "issue.txt", max_bytes=100)


@pytest.mark.parametrize(
    "text, lines",
    [
        pytest.param("a\nb\n", ["a", "b"], id="lf"),
        pytest.param("a\r\nb\r\n", ["a", "b"], id="crlf"),
        pytest.param("a\rb\r\nc\nd", ["a", "b", "c", "d"], id="mixed"),
        pytest.param("a\u2028b\x85c", ["a\u2028b\x85c"], id="other-breaks-are-not-lines"),
        # A form feed is a page break (pdftotext ends every page with one).
        pytest.param("a\n\x0cb\n", ["a", "\x0cb"], id="form-feed-opens-its-line"),
        pytest.param("a\x0cb", ["a", "\x0cb"], id="form-feed-mid-line-ends-it"),
    ],
)
def test_split_lines(text, lines):
    assert split_lines(text) == lines
