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


# --- copies in traditional characters --------------------------------------------------------

TRADITIONAL = Path(__file__).parent / "fixtures" / "traditional"


def _items(doc):
    return [
        (
            n.doc_number, n.title, n.issuers, n.addressees, n.signed_date,
            [(a.label, a.title) for a in n.attachments], [c.path for c in n.walk()],
            [(r.lead, r.support) for r in n.responsibilities], [ref.title for ref in n.references],
        )
        for n in doc.notices
    ]


def test_a_traditional_copy_with_pinyin_gives_what_the_simplified_copy_gives():
    # 州政发〔2020〕5号 (湘西 2020) from a mirror that prints every converted
    # character with its pinyin: 州政發(fā)〔2020〕5號
    trad = gazette_cli.parse_path(TRADITIONAL / "xiangxi-2020-pinyin.txt")
    simp = gazette_cli.parse_path(TRADITIONAL / "xiangxi-2020-simplified.txt")
    assert _items(trad) == _items(simp)
    notice = trad.notices[0]
    assert notice.doc_number == "州政发〔2020〕5号"
    assert notice.addressees[0] == "各县市人民政府、湘西经开区管委会"
    [r] = notice.responsibilities
    assert (r.lead, r.deadline) == (("州行政审批服务局",), "6月底完成")
    assert "traditional_characters" in trad.normalized.changed and "pinyin_annotations" in trad.normalized.changed
    assert "traditional_characters" not in simp.normalized.changed


def test_a_traditional_copy_is_read_as_its_simplified_text():
    # 鄂政发〔2018〕26号 from a mirror in traditional characters: 鄂政發〔2018〕26號
    [notice] = gazette_cli.parse_path(TRADITIONAL / "hubei-2018.txt").notices
    assert notice.doc_number == "鄂政发〔2018〕26号"
    assert notice.title == "省人民政府关于进一步优化营商环境的若干意见"
    assert notice.addressees == ("各市、州、县人民政府", "省政府各部门")
    [r] = notice.responsibilities
    assert r.lead == ("省发展改革委",)
    assert r.support == ("省编办", "省国土资源厅", "省环保厅", "省住建厅")


def test_a_traditional_gazette_reads_its_task_list():
    # 穗府办〔2006〕19号: each task closes with （牵头单位：…；配合单位：…）
    [notice] = gazette_cli.parse_path(TRADITIONAL / "guangzhou-2006.txt").notices
    assert notice.doc_number == "穗府办〔2006〕19号"
    assert notice.signed_date == "2006-04-28"
    leads = [r.lead for r in notice.responsibilities]
    assert leads[:2] == [("市经贸委",), ("市发改委",)]
    assert notice.responsibilities[0].support == ("市发改委", "国土房管局", "外经贸局", "规划局")
