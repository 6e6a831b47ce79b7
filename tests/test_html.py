"""A web page's markup: its text is read as the page shows it, and the parse is the text's."""

import html
import time
from pathlib import Path

import pytest

import gazette_cli
from gazette_cli.errors import InputError
from gazette_cli.sources.html import html_text, looks_like_html
from gazette_cli.sources.text import read_bytes

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


def _summary(doc):
    return [
        (n.doc_number, n.title, n.signed_date, n.addressees, [a.title for a in n.attachments], [c.path for c in n.walk()],
         [(r.path, r.units, r.lead) for r in n.responsibilities], [(t.path, t.metric, t.value, t.unit) for t in n.targets])
        for n in doc.notices
    ]


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
    assert _summary(as_page) == _summary(as_text) and as_page.notices


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
