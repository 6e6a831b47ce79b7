"""Layout: page furniture, page numbers, rejoined paragraphs and indicator tables."""

import gazette_cli
import pytest

from hypothesis import given
from hypothesis import strategies as st

from gazette_cli.layout.blocks import display_cells, layout
from gazette_cli.layout.furniture import infer_page_numbers
from gazette_cli import parse_text
from gazette_cli.model import LineKind, Paragraph, Passage, Piece, Pieces, Span, Table, compact
from gazette_cli.text.normalize import normalize_lines


def _layout(raw_lines):
    n = normalize_lines(raw_lines)
    return layout(n.raw_lines, n.lines)


@pytest.fixture(scope="module")
def sample_layout(sample_doc):
    return sample_doc.layout


@pytest.mark.parametrize(
    "line, kind",
    [
        pytest.param(290, LineKind.PAGE_NUMBER, id="page-4"),
        pytest.param(1565, LineKind.PAGE_NUMBER, id="reversed-16"),
        pytest.param(2378, LineKind.PAGE_NUMBER, id="reversed-24-mid-sentence"),
        pytest.param(4472, LineKind.PAGE_NUMBER, id="reversed-42"),
        pytest.param(1567, LineKind.RUNNING_HEADER, id="header-shizhengfu"),
        pytest.param(4474, LineKind.RUNNING_HEADER, id="header-bangongting-unclosed"),
        pytest.param(2798, LineKind.TABLE, id="table-header"),
        pytest.param(2825, LineKind.TABLE, id="table-header-repeated"),
        pytest.param(2843, LineKind.TABLE, id="table-last-row"),
        pytest.param(291, LineKind.BODY, id="page-start-body"),
        pytest.param(1001, LineKind.BODY, id="normative-code"),
        pytest.param(3, LineKind.BLANK, id="blank"),
    ],
)
def test_line_kinds(sample_layout, line, kind):
    assert sample_layout.lines[line - 1].kind is kind


@pytest.mark.parametrize(
    "line, page",
    [
        pytest.param(1, 1, id="first-line"),
        pytest.param(67, 2, id="unnumbered-page-2"),
        pytest.param(291, 4, id="after-printed-4"),
        pytest.param(404, 5, id="after-printed-5"),
        pytest.param(1018, 11, id="attachment-title-page"),
        pytest.param(1571, 16, id="after-reversed-61"),
        pytest.param(2379, 24, id="after-reversed-42"),
        pytest.param(2500, 25, id="after-reversed-52"),
        pytest.param(4478, 42, id="after-reversed-24-and-header"),
        pytest.param(4697, 43, id="last-line"),
    ],
)
def test_pages(sample_layout, line, page):
    assert sample_layout.lines[line - 1].page == page


def test_issue_from_running_header(sample_layout):
    issue = sample_layout.issue
    assert (issue.title, issue.year, issue.number) == ("济南市人民政府公报", 2022, 20)


# the cover of 国务院公报 2019年第3期 (tests/corpus/pdf/issue-a), without its running headers, and
# a city gazette's cover with its running total; a 公报 line with no issue under it names none
_NOTICE = "某市人民政府关于做好防汛工作的通知\n某政办发〔2023〕12号\n各区县人民政府：\n为做好防汛工作，现通知如下。\n某市人民政府\n2023年3月5日\n"


@pytest.mark.parametrize(
    "cover, issue",
    [
        pytest.param("国务院公报\n2019年第3期\n目 录\n", ("国务院公报", 2019, 3), id="guowuyuan-gongbao-cover"),
        pytest.param("某市人民政府公报\n2023年第5期（总第125期）\n", ("某市人民政府公报", 2023, 5), id="cover-with-total"),
        pytest.param("某市人民政府公报\n", None, id="no-issue-line"),
        pytest.param("2022年国民经济和社会发展统计公报\n某市统计局\n", None, id="a-document-title"),
    ],
)
def test_issue_from_a_cover(cover, issue):
    got = parse_text(cover + _NOTICE).layout.issue
    assert (None if got is None else (got.title, got.year, got.number)) == issue


def _paragraph_containing(layout_, needle):
    return next(b for b in layout_.blocks if isinstance(b, Paragraph) and needle in b.text)


@pytest.mark.parametrize(
    "needle",
    [
        pytest.param("市卫生健康委、市应急局、团市委按职责分工负责", id="unit-name-broken-over-lines"),
        pytest.param("数学、物理、化学、生物学、通用技术", id="across-page-number"),
        pytest.param("制定统一、高效、流畅的监管和执法程序", id="across-page-number-and-header"),
        pytest.param("推进智慧科普建设工程。加强“互联网+科普”建设", id="letter-spaced-heading"),
        pytest.param("激发市场活力和创造力的重要保障", id="reversed-page-number-mid-sentence"),
    ],
)
def test_broken_lines_are_rejoined(sample_layout, needle):
    assert _paragraph_containing(sample_layout, needle)


def test_joined_paragraph_maps_back_to_lines(sample_layout):
    p = _paragraph_containing(sample_layout, "数学、物理、化学、生物学")
    offset = p.text.index("物学、通用技术")
    assert (p.passage.piece_at(offset).line, p.passage.piece_at(offset).page) == (291, 4)


def test_page_furniture_is_not_in_any_paragraph(sample_layout):
    texts = [b.text for b in sample_layout.blocks if isinstance(b, Paragraph)]
    assert not [t for t in texts if "济南市人民政府公报" in t or t in ("4", "61", "42")]


def test_indicator_table(sample_layout):
    (table,) = [b for b in sample_layout.blocks if isinstance(b, Table)]
    assert (table.header, len(table.rows), table.title) == (
        ("序号", "指标名称", "2020年实现数", "2025年目标数", "属性"),
        18,
        "济南市市场监管“十四五”规划重要指标",
    )


def test_table_row_cells(sample_layout):
    (table,) = [b for b in sample_layout.blocks if isinstance(b, Table)]
    assert table.rows[3].cells == ("4", "一般事项“双随机、一公开”抽查比例（%）", "7%", "8%", "约束性")


def test_clean_text_keeps_one_paragraph_per_line():
    lay = _layout(
        [
            "为深入实施工业强市战略，制定若干政策措施如下。",
            "一、加大研发创新支持力度",
            "（一）支持产品研发创新。鼓励新药研发。",
            "（二）支持中药传承与创新。",
        ]
    )
    assert [b.text for b in lay.blocks] == [
        "为深入实施工业强市战略，制定若干政策措施如下。",
        "一、加大研发创新支持力度",
        "（一）支持产品研发创新。鼓励新药研发。",
        "（二）支持中药传承与创新。",
    ]


def test_paragraphs_of_one_line_are_made_when_asked_for():
    # Held as line numbers (Blocks), the paragraphs read as the ones made
    # at once: text, piece, page, indent; a slice reads as the tuple.
    lay = _layout(["一、总则", "\u3000\u3000第一行。", "", "第二行"])
    assert lay.blocks == (
        Paragraph(Passage("一、总则", (Piece(0, 1, 1),)), False),
        Paragraph(Passage("第一行。", (Piece(0, 2, 1),)), True),
        Paragraph(Passage("第二行", (Piece(0, 4, 1),)), False),
    )
    assert lay.blocks[1:] == lay.blocks[-2:] and len(lay.blocks[1:]) == 2
    assert lay.blocks.take([2, 0]) == (lay.blocks[2], lay.blocks[0])
    first, second, third = lay.blocks
    cut = [Paragraph(first.passage.slice(0, 2)), Paragraph(first.passage.slice(2))]
    assert lay.blocks.replace(0, cut) == (*cut, second, third)
    assert lay.blocks[1:].replace(1, cut) == (second, *cut)


def test_a_long_preamble_keeps_each_line_s_place():
    # A preamble of a paragraph per line is joined into arrays past 64 of
    # them: each line's span is still its own.
    lines = [f"第{i}行文字。" for i in range(1, 201)]
    doc = parse_text("济南市人民政府\n关于做好某项工作的通知\n" + "".join(line + "\n" for line in lines))
    preamble = doc.notices[0].own.preamble
    assert preamble.text == "\n".join(lines)
    for i in (0, 63, 64, 65, 199):
        at = preamble.text.index(lines[i])
        assert preamble.span_of(at, at + len(lines[i])).start_line == i + 3


def test_a_join_of_thousands_of_passages():
    # Past 64 passages a join takes each apart as it comes, and joins their
    # texts a thousand at a time: the text and the map are the same.
    passages = [Passage(f"第{k}行", (Piece(0, k + 1, k // 50 + 1),)) for k in range(2100)]
    joined = Passage.join(passages)
    assert joined.text == "\n".join(p.text for p in passages)
    for k in (0, 1023, 1024, 2047, 2048, 2099):
        at = joined.text.index(f"第{k}行\n" if k < 2099 else f"第{k}行")
        assert joined.span_of(at, at + 1) == Span(k + 1, k + 1, k // 50 + 1, k // 50 + 1)


def test_pieces_read_as_the_tuple_of_them():
    pieces = [Piece(k * 3, k + 1, None if k == 70 else 2) for k in range(100)]
    packed = compact(pieces)
    assert isinstance(packed, Pieces) and packed == tuple(pieces) and list(packed) == pieces
    assert packed[70].page is None and packed[5:7] == tuple(pieces[5:7])
    passage = Passage.join([Passage(f"行{k}", (p._replace(offset=0),)) for k, p in enumerate(pieces)])
    assert passage.span_of(passage.text.index("行70"), passage.text.index("行70") + 3) == Span(71, 71, None, None)


@pytest.mark.parametrize(
    "count, printed, expected",
    [
        pytest.param(3, {}, [1, 2, 3], id="no-printed-numbers"),
        pytest.param(5, {2: "13"}, [11, 12, 13, 14, 15], id="count-back-from-anchor"),
        pytest.param(17, {3: "4", 15: "61"}, list(range(1, 18)), id="reversed-two-digit"),
        pytest.param(4, {0: "7", 3: "20"}, [7, 8, 9, 20], id="jump-in-numbering"),
    ],
)
def test_page_number_inference(count, printed, expected):
    assert infer_page_numbers(count, printed) == expected


def test_page_map_keeps_what_the_page_numbers_printed(sample_layout):
    printed = [(p.number, p.start_line, p.printed) for p in sample_layout.page_map if p.printed]
    assert printed == [(4, 290, "4"), (5, 403, "5"), (6, 516, "6"), (16, 1565, "61"), (24, 2378, "42"), (25, 2499, "52"), (42, 4472, "24")]


def test_page_map_counts_every_page(sample_layout):
    pages = [p.number for p in sample_layout.page_map]
    assert (pages, sample_layout.page_map[1].start_line) == (list(range(1, 44)), 67)


# --- display width --------------------------------------------------------------------------


def _cells_by_character(raw: str) -> float:
    """The definition, one character at a time."""
    return sum(0 if ch == "\t" else 0.5 if ch in " \u00a0" or (ch.isascii() and ch.isalnum()) else 1 for ch in raw)


@pytest.mark.parametrize(
    "raw, cells",
    [
        pytest.param("推进智慧科普建设工程", 10, id="han"),
        pytest.param("比例达到18.5%", 7.5, id="digits-half-marks-whole"),
        pytest.param("２０２５年", 5, id="fullwidth-digits-whole"),
        pytest.param("　　一、总体要求", 8, id="ideographic-indent"),
        pytest.param("推 进\u00a0智\t慧", 5, id="spaces-of-every-kind"),
        pytest.param("GCP 认证", 4, id="latin"),
        pytest.param("𠀀𠀁", 2, id="astral-han"),
        pytest.param("a\ud800b", 2, id="lone-surrogate"),
        pytest.param("上\n下", 3, id="line-feed-inside"),
        pytest.param("", 0, id="empty"),
    ],
)
def test_display_cells(raw, cells):
    assert display_cells([raw, "推进"]) == [cells, 2]


def test_display_cells_of_no_lines():
    assert display_cells([]) == []


@given(st.lists(st.text(st.sampled_from(list("推进 　\u00a0\t\naZ09.%（）２𠀀\ud800é")), max_size=12), max_size=6))
def test_display_cells_follows_the_definition(raws):
    assert display_cells(raws) == [_cells_by_character(r) for r in raws]


def test_pages_of_a_file_of_form_feeds_are_looked_up_and_read_as_numbers():
    import pickle

    import gazette_cli

    from gazette_cli.model import PageColumn

    doc = gazette_cli.parse_text("\f" * 40 + "济南市人民政府\n关于聘任市政府参事的通知\n")
    pages = doc.layout.columns.pages
    assert isinstance(pages, PageColumn)
    # the last form feed opens the line of the title: 40 pages, the last of two lines
    assert list(pages) == [pages[i] for i in range(len(pages))] == list(range(1, 40)) + [40, 40]
    assert pickle.loads(pickle.dumps(doc)) == doc


# Two documents of an issue set in a narrow column (a text layer's lines of about 20
# characters): the first ends with a full line that ends a sentence, the next opens
# with a short line of no punctuation — 宁夏回族自治区人民政府令第103号's 实施办法, then
# 重庆市人民政府令第121号 (渝府令 2001), and a 内蒙古 notice under its organ's line.
_NARROW = (
    "宁夏回族自治区人民政府令\n第103号\n《宁夏回族自治区〈地方志工作条例〉实施办法》已经\n自治区人民政府第102次常务会议讨论通过，现\n"
    "予以公布，自2008年1月1日起施行。\n自治区代主席　王正伟\n二○○七年十一月九日\n宁夏回族自治区《地方志工作条例》实施办法\n"
    "第一条　为了规范和加强地方志编纂工作，根据\n国务院公布的《地方志工作条例》，制定本办法。\n"
    "第二条　各级人民政府应当将地方志工作纳入本\n地区国民经济和社会发展规划，加强基础设施建\n设，所需经费列入本级财政预算予以保障。\n"
    "社会发展总体规划，所需经费列入财政预算。\n"
)


@pytest.mark.parametrize(
    "after, notices",
    [
        ("重庆市人民政府令\n第121号\n《重庆市人民政府关于控制主城区采（碎）石\n场和小水泥厂尘污染的通告》已经2001年\n"
         "12月13日市人民政府第97次常务会议审\n议通过，现予发布，自2002年1月1日起施行。\n市长　包叙定\n二○○一年十二月三十日\n",
         ["宁夏回族自治区人民政府令第103号", "重庆市人民政府令第121号"]),
        ("内蒙古自治区人民政府\n关于印发《内蒙古自治区公共数据管理暂行办\n法》的通知\n内政发〔2024〕19号\n各盟行政公署、市人民政府，自治区各委、办、\n"
         "厅、局：\n现将《内蒙古自治区公共数据管理暂行办法》\n印发给你们，请结合实际认真贯彻落实。\n内蒙古自治区人民政府\n2024年6月5日\n",
         ["宁夏回族自治区人民政府令第103号", "内政发〔2024〕19号"]),
        # a title set full width, its organ before 关于 (阿行发〔2021〕42号 after a 吉安 notice's last line)
        ("阿里地区行政公署关于印发《阿里地区行政公署工作\n规则》的通知\n阿行发〔2021〕42号\n各县人民政府，行署各局、委、办、处：\n"
         "《阿里地区行政公署工作规则》已经地委、行署研\n究通过，现印发给你们，请认真贯彻执行。\n阿里地区行政公署\n2021年11月9日\n",
         ["宁夏回族自治区人民政府令第103号", "阿行发〔2021〕42号"]),
    ],
    ids=["an-order-after-a-full-line", "an-organ-line-after-a-full-line", "a-title-after-a-full-line"],
)
def test_a_document_after_a_full_line_that_ends_a_sentence(after, notices):
    doc = gazette_cli.parse_text(_NARROW + after)
    assert [n.doc_number for n in doc.notices] == notices
    assert doc.notices[-1].issuer is not None


def test_a_sentence_that_opens_with_an_organ_and_关于_after_a_full_line_is_no_title():
    # must not: a sentence that opens with an organ and 关于 starts no document (no title ends it)
    text = _NARROW + "第三条　各级人民政府应当加强地方志工作。\n市人民政府关于地方志工作的部署，由市地方志办\n公室负责落实。\n"
    assert len(gazette_cli.parse_text(text).notices) == 1


def test_a_short_last_line_that_ends_a_sentence_stays_in_its_paragraph():
    # must not: the paragraph's own last line (short, with its stop) is no new paragraph
    text = _NARROW + "第三条　本办法自2008年1月1日起施行。各级人民\n政府应当加强领导，保障地方志工作顺利开展\n所需经费。\n"
    (notice,) = gazette_cli.parse_text(text).notices
    (article,) = [c for c in notice.walk() if c.path.endswith("第三条")]
    assert article.text.endswith("保障地方志工作顺利开展所需经费。")
