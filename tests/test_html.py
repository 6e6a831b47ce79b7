"""A web page's markup: its text is read as the page shows it, and the parse is the text's."""

import html
import time
from pathlib import Path

import pytest

import gazette_cli
from gazette_cli.errors import InputError
from gazette_cli.sources.html import html_text, looks_like_html
from gazette_cli.sources.text import read_bytes
from gazette_text import what_a_reader_sees

CORPUS = Path(__file__).parent / "corpus"


def _page(text: str) -> str:
    """A corpus text as a site prints it: a head with a script and a style, a
    nav bar, a paragraph a line (an ideographic indent as its entity), the
    TAB rows as a table, pretty-printed as a site's template is."""
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '  <meta charset="utf-8">', '  <title>政府文件_某市人民政府网</title>',
           '  <script>var tpl = "<p>不是正文</p><div>也不是</div>";</script>', '  <style>p { text-indent: 2em; }</style>', '</head>', '<body>',
           '  <div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>', '  <div class="article">']
    rows: list[list[str]] = []

    def flush():
        if rows:
            out.append('    <table border="1">')
            for row in rows:
                out.append("      <tr>" + "".join(f"\n        <td>{html.escape(c)}</td>" for c in row) + "\n      </tr>")
            out.append("    </table>")
            rows.clear()

    for line in text.split("\n"):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        flush()
        out.append(f"    <p>{html.escape(line).replace(chr(0x3000), '&#12288;')}</p>" if line.strip() else "    <p><br/></p>")
    flush()
    out += ["  </div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    "name",
    [
        "01_gwy-ling-706-zhuanli-daili-tiaoli.txt",  # a 令 and its regulation
        "02_gbf-2018-126-chuangxin-tuiguang-qingdan.txt",  # a task table
        "05_gbf-2018-128-wufei-chengshi-shidian.txt",  # a plan with its targets
        "10_gbh-2005-57-liangshi-yingji-yuan.txt",  # decimal numbering, a 目录
        "14_anshun-2023-chubeiliang-banfa-flat.txt",  # a document on one line
        "16_zhejiang-zhejiafei-2007-136-joint.txt",  # joint issuers
        "18_xinjiang-npcsc-gonggao-38-beian-tiaoli.txt",  # a legislature's 公告
    ],
)
def test_a_corpus_document_as_a_page_parses_as_its_text(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    as_text = gazette_cli.parse_source(read_bytes(text.encode(), name))
    as_page = gazette_cli.parse_source(read_bytes(_page(text).encode(), name))
    assert what_a_reader_sees(as_page) == what_a_reader_sees(as_text) and as_page.notices


def test_a_records_markup_after_its_plain_fields():
    # 晋政发〔2018〕13号 as a law database keeps it: the fields as lines, then the document's HTML
    record = (
        "发文机关:山西省人民政府\n发布日期:2018年03月27\n时效性 :现行有效\n文号 :晋政发〔2018〕13号\n"
        "<p>各市、县人民政府,省人民政府各委、办、厅、局:</p><p> 现将《山西省激发重点群体活力带动城乡居民增收的实施方案》印发给你们,请认真组织实施。</p>"
        '<p style="text-align: right;"> 山西省人民政府</p><p style="text-align: right;"> 2018年3月27日</p><p style="text-align: right;"> (此件公开发布)</p>'
        '<p><br/></p><p style="text-align: center;"><strong>山西省激发重点群体活力带动城乡居民增收的实施方案</strong></p><p><br/></p>'
        "<p> 根据《国务院关于激发重点群体活力带动城乡居民增收的实施意见》(国发〔2016〕56号)精神,结合我省实际,制定本实施方案。</p>"
        "<p><strong> 一、指导思想</strong></p><p> 以习近平新时代中国特色社会主义思想为指导,带动城乡居民增收。</p>"
        "<p><strong> 二、总体目标</strong></p><p> 到2020年,城镇就业规模逐步扩大。</p>"
    )
    (notice,) = gazette_cli.parse_source(read_bytes(record.encode(), "record")).notices
    assert (notice.doc_number, notice.issuer, notice.addressees, notice.signed_date, [(a.title, [c.path for c in a.clauses]) for a in notice.attachments]) == (
        "晋政发〔2018〕13号", "山西省人民政府", ("各市、县人民政府", "省人民政府各委、办、厅、局"), "2018-03-27",
        [("山西省激发重点群体活力带动城乡居民增收的实施方案", ["一", "二"])],
    )


@pytest.mark.parametrize(
    "text",
    [
        "一、工作目标\n到2025年，全市PM2.5平均浓度<35微克/立方米，优良天数比率>85%。\n",  # comparison signs
        "一、工作目标\n在<p>标签中填写正文。\n",  # one tag named in a sentence
    ],
    ids=["comparisons", "a-tag-named-in-text"],
)
def test_a_text_with_angle_brackets_is_no_page(text):
    assert not looks_like_html(text)
    assert read_bytes(text.encode(), "t").text == text


def test_a_table_row_is_a_line_and_a_cell_keeps_its_text_on_it():
    markup = "<table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr><tr><td>1</td><td>推进<br/>落实</td><td>\n  市发展改革委\n</td></tr></table>"
    assert html_text(markup).split("\n") == ["序号\t任务\t牵头单位", "1\t推进 落实\t市发展改革委", ""]


def test_a_page_of_markup_and_scripts_only_is_refused():
    with pytest.raises(InputError, match="an HTML page with no text"):
        read_bytes(b"<!DOCTYPE html><html><head><script>var a = 1;</script></head><body><div></div></body></html>", "empty.html")


@pytest.mark.parametrize(
    "tail",
    [
        "<p" * 200_000,  # tags never closed
        "<!--x>" * 200_000,  # comments never closed
        "<![CDATA[x>" * 200_000,  # marked sections never closed
        "<div>" * 100_000 + "文本" + "</div>" * 100_000,  # deep nesting
        '<p title="' + "a" * 2_000_000,  # an attribute never closed
    ],
    ids=["open-tags", "open-comments", "open-sections", "nesting", "open-attribute"],
)
def test_hostile_markup_is_read_in_linear_time(tail):
    start = time.process_time()
    text = html_text("<p>甲</p><p>乙</p><p>丙</p>" + tail)
    assert text.startswith("甲\n\n乙\n\n丙") and time.process_time() - start < 5


# 鞍立政发〔2023〕2号's first three targets, as a site sets such a division of work in a table:
# the group's cell set over its rows, a note set over every column.
_LISHAN_TABLE = """<p>立山区政府2023年重点工作任务分解和责任分工方案</p>
<table>
  <tr><th>序号</th><th>类别</th><th>工作任务</th><th>牵头单位</th><th>责任单位</th></tr>
  <tr><td>1</td><td rowspan="3">经济社会发展的主要预期目标</td><td>努力实现地区生产总值增长6.2%左右。</td><td>区发改局</td><td>立山经济开发区，全区经济运行各专班</td></tr>
  <tr><td>2</td><td>规模上工业增加值增长5%左右。</td><td>区工信局</td><td>立山经济开发区</td></tr>
  <tr><td>3</td><td>固定资产投资增长15%左右。</td><td>区发改局</td><td>立山经济开发区，各街道、区直各部门</td></tr>
  <tr><td colspan="5">注：各项任务于2023年12月底前完成。</td></tr>
</table>"""


def test_a_cell_set_over_rows_or_columns_keeps_the_rows_aligned():
    assert html_text(_LISHAN_TABLE).split("\n")[2:7] == [
        "序号\t类别\t工作任务\t牵头单位\t责任单位",
        "1\t经济社会发展的主要预期目标\t努力实现地区生产总值增长6.2%左右。\t区发改局\t立山经济开发区，全区经济运行各专班",
        "2\t经济社会发展的主要预期目标\t规模上工业增加值增长5%左右。\t区工信局\t立山经济开发区",
        "3\t经济社会发展的主要预期目标\t固定资产投资增长15%左右。\t区发改局\t立山经济开发区，各街道、区直各部门",
        "注：各项任务于2023年12月底前完成。",
    ]


@pytest.mark.parametrize(
    "markup",
    [
        "<table>" + "<tr><td rowspan=1000 colspan=1000>x</td></tr>" * 2000 + "</table>",  # spans over spans
        "<table><tr><td rowspan=1000>" + "长" * 1_000_000 + "</td></tr>" + "<tr><td>a</td></tr>" * 1000 + "</table>",  # a long cell over many rows
    ],
    ids=["span-over-span", "long-cell-over-rows"],
)
def test_cells_set_over_rows_and_columns_cannot_blow_up_the_text(markup):
    start = time.process_time()
    assert len(html_text(markup)) <= 4 * len(markup) and time.process_time() - start < 5


def test_a_task_table_of_a_page_gives_its_units_and_targets():
    (notice,) = gazette_cli.parse_source(read_bytes(_LISHAN_TABLE.encode(), "lishan.html")).notices
    assert [(r.path, r.lead, r.support) for r in notice.responsibilities] == [
        ("1", ("区发改局",), ("立山经济开发区", "全区经济运行各专班")),
        ("2", ("区工信局",), ("立山经济开发区",)),
        ("3", ("区发改局",), ("立山经济开发区", "各街道", "区直各部门")),
    ]
    assert [(t.path, str(t.value), t.unit) for t in notice.targets] == [("1", "6.2", "%"), ("2", "5", "%"), ("3", "15", "%")]
