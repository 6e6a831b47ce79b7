"""Page furniture, tables and flattened text: each rule on two real documents
or more, and the lines it must leave alone."""

from array import array
from pathlib import Path

import pytest

import gazette_cli
from gazette_cli.layout.furniture import page_number_digits, page_starts
from gazette_cli.model import K_BLANK, K_BODY, LineKind, Table, _walk

CORPUS = Path(__file__).parent / "corpus"


def _doc(name):
    return gazette_cli.parse_path(CORPUS / name)


def _kinds(doc, kind):
    return [line.text for line in doc.layout.lines if line.kind is kind]


# --- page numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, digits, decorated",
    [
        ("— 9 —", "9", True),  # issue-a
        ("- 3 -", "3", True),  # hongze
        ("·12·", "12", True),
        ("第16页", "16", True),
        ("61", "61", False),  # jn, reversed
        ("−11−", "11", True),  # a text layer's minus signs (U+2212) for the dashes
    ],
)
def test_page_number_forms(text, digits, decorated):
    assert page_number_digits(text) == (digits, decorated)


@pytest.mark.parametrize("text", ["2025年", "12325", "— 第一章 —", "0.80-1.50", "第十六条", "−11−5", "3−5"])
def test_not_page_numbers(text):
    assert page_number_digits(text) is None or text in ("12325",)


def test_decorated_page_numbers_of_two_extractions():
    # issue-a: — N — as the second line of each page, in both text layers.
    for name in ("pdf/issue-a.pdftotext-raw.txt", "pdf/issue-a.pdfium.txt"):
        doc = _doc(name)
        assert _kinds(doc, LineKind.PAGE_NUMBER) == [f"— {n} —" for n in range(1, 11)]
        assert [p.printed for p in doc.layout.page_map if p.printed] == [str(n) for n in range(1, 11)]


def test_figures_of_a_table_are_not_page_numbers():
    # 16 and 17: a table printed one cell per line has lines of figures that
    # do not climb with the text (50, 25, 25, 20 …; 0.80-1.50 …).
    for name in ("16_zhejiang-zhejiafei-2007-136-joint.txt", "17_ningbo-yongzhengban-2007-153-banfa.txt"):
        assert _kinds(_doc(name), LineKind.PAGE_NUMBER) == []


# --- running headers -----------------------------------------------------------------------


def test_running_header_with_its_own_page_number():
    # issue-b: 政府文件 某市人民政府公报（2023年第12期） ２１ / ２２ 某市…公报（…） 政府文件
    for name in ("pdf/issue-b.pdftotext-raw.txt", "pdf/issue-b.pdfium.txt"):
        doc = _doc(name)
        assert len(_kinds(doc, LineKind.RUNNING_HEADER)) == 10
        assert [p.number for p in doc.layout.page_map] == list(range(21, 31))


def test_a_header_that_recurs_at_page_edges_without_a_gazette_name():
    pages = []
    for n in range(1, 5):
        pages.append(f"某某市政策文件汇编\n— {n} —\n" + "正文内容，持续推进各项工作落实到位。\n" * 20)
    doc = gazette_cli.parse_text("".join(pages))
    assert len(_kinds(doc, LineKind.RUNNING_HEADER)) == 4


def test_a_line_that_recurs_in_the_body_is_no_header():
    # The signature of several notices of one issuer, and a recurring note.
    text = ("国务院办公厅关于某事的通知\n国办发〔2018〕{n}号\n各省人民政府：\n请认真贯彻执行。\n国务院办公厅\n2018年12月{n}日\n（此件公开发布）\n") * 1
    doc = gazette_cli.parse_text("".join(text.replace("{n}", str(n)) for n in range(1, 5)))
    assert (_kinds(doc, LineKind.RUNNING_HEADER), len(doc.notices)) == ([], 4)


# --- contents ---------------------------------------------------------------------------------


def test_an_issues_contents_are_furniture():
    for name in ("pdf/issue-a.pdftotext-raw.txt", "pdf/issue-a.pdfium.txt"):
        contents = _kinds(_doc(name), LineKind.CONTENTS)
        assert "".join(contents[0].split()) == "目录" and contents[-1].endswith("9") and len(contents) == 5


_LETTER = "现将《{t}》印发给你们，请认真贯彻执行。\n{o}\n2024年6月4日\n"


def test_an_issues_contents_without_page_numbers_are_furniture():
    # a site's copy of an issue: the 目录 lists each document's title and number, no leaders, no pages;
    # it ends where the first title comes again (over two lines here)
    text = (
        "某市人民政府公报\n2024年第5期\n目录\n"
        "内蒙古自治区人民政府关于印发《内蒙古自治区公共数据管理暂行办法》的通知\n内政发〔2024〕19号\n"
        "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知\n阿行发〔2021〕42号\n"
        "内蒙古自治区人民政府\n关于印发《内蒙古自治区公共数据管理暂行办法》的通知\n内政发〔2024〕19号\n各盟行政公署、市人民政府：\n"
        + _LETTER.format(t="内蒙古自治区公共数据管理暂行办法", o="内蒙古自治区人民政府")
        + "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知\n阿行发〔2021〕42号\n各县人民政府：\n"
        + _LETTER.format(t="阿里地区行政公署工作规则", o="阿里地区行政公署")
    )
    doc = gazette_cli.parse_text(text)
    assert [n.doc_number for n in doc.notices] == ["内政发〔2024〕19号", "阿行发〔2021〕42号"]
    assert doc.notices[0].issuer == "内蒙古自治区人民政府"
    assert len(_kinds(doc, LineKind.CONTENTS)) == 5


def test_a_documents_own_contents_are_not_headings():
    # 10 (decimal numbering) and 18 (chapters): the 目录 lists the headings
    # before the document repeats them.
    for name, first in (("10_gbh-2005-57-liangshi-yingji-yuan.txt", "1"), ("18_xinjiang-npcsc-gonggao-38-beian-tiaoli.txt", "第一章")):
        paths = [c.path for c in _doc(name).notices[0].walk()]
        assert paths.count(first) == 1


# --- tables --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, attachment, header_start, rows",
    [
        ("02_gbf-2018-126-chuangxin-tuiguang-qingdan.txt", 0, ("序号", "改革举措"), 22),  # group rows included
        ("03_gbf-2019-4-gongli-yiyuan-jixiao-kaohe.txt", 0, ("一级指标", "二级指标"), 55),
        ("13_gh-2006-132-shenzhenwan-kouan-pifu.txt", 0, ("坐标编号", "X坐标"), 23),
    ],
)
def test_tab_tables(name, attachment, header_start, rows):
    (table, *_) = _doc(name).notices[0].attachments[attachment].tables
    assert (table.header[: len(header_start)], len(table.rows)) == (header_start, rows)


def test_group_rows_stay_in_their_table():
    (table,) = _doc("02_gbf-2018-126-chuangxin-tuiguang-qingdan.txt").notices[0].attachments[0].tables
    groups = [r.cells[0] for r in table.rows if len(r.cells) == 1]
    assert groups == ["一、知识产权保护方面（共5项）", "二、科技成果转化激励方面（共4项）", "三、科技金融创新方面（共5项）",
                      "四、军民深度融合方面（共6项）", "五、管理体制创新方面（共3项）"]


def test_tables_printed_one_cell_per_line():
    # 16 (short cells) and 17 (cells indented deeper than any paragraph).
    t16 = [len(a.tables) for a in _doc("16_zhejiang-zhejiafei-2007-136-joint.txt").notices[0].attachments]
    t17 = [len(a.tables) for a in _doc("17_ningbo-yongzhengban-2007-153-banfa.txt").notices[0].attachments]
    assert (t16, t17) == ([1, 1], [0, 1])


def test_rows_of_figures_from_a_text_layer():
    # hongze, both extractions: 一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21 is a row, not a heading.
    for ext in ("pdftotext-raw", "pdfium"):
        n = _doc(f"pdf/hongze_2023_zfxxgk_annual_report.{ext}.txt").notices[0]
        rows = [r.text for t in n.tables for r in t.rows]
        assert "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21" in rows and "1.属于国家秘密 1 0 0 0 0 0 1" in rows
        assert [c.path for c in n.walk()].count("一") == 1


@pytest.mark.parametrize(
    "name",
    ["04_gf-2019-4-zhiye-jiaoyu-gaige-fangan.txt", "06_gf-2018-39-cujin-jiuye-yijian.txt", "18_xinjiang-npcsc-gonggao-38-beian-tiaoli.txt"],
)
def test_prose_with_figures_holds_no_table(name):
    assert [b for b in _doc(name).layout.blocks if isinstance(b, Table)] == []


def test_the_samples_only_table_is_its_indicator_table(sample_doc):
    assert [len(b.rows) for b in sample_doc.layout.blocks if isinstance(b, Table)] == [18]


# --- flattened text ------------------------------------------------------------------------------


def test_a_flattened_regulation_is_split_back():
    # 14 as stored (one line), and as the issue-b text layers give it (one
    # paragraph over four pages, cut at each column line).
    for name, index in (("14_anshun-2023-chubeiliang-banfa-flat.txt", 0), ("pdf/issue-b.pdftotext-raw.txt", 2)):
        n = _doc(name).notices[index]
        kinds = [c.kind.value for c in n.walk()]
        assert (kinds.count("chapter"), kinds.count("article"), n.signed_date) == (8, 46, "2023-09-05")


def test_an_article_run_into_the_one_before_where_the_numbering_needs_it():
    # 赤水 2007 食品安全工作考核办法 as a wiki copies it: 第二条 follows 第一条's last sentence on its line, between
    # 第一条 and 第三条 opening theirs; one heading inside a paragraph makes no flattened text, the gap in the
    # numbering places it
    text = (
        "赤水市2007年度食品安全工作考核办法\n\n"
    "第一条根据《市人民政府办公室关于印发赤水市2007年食品安全工作要点的通知》(赤府办发[2007]51号)、《市人民政府办公室关于印发赤水市2007年食品安全专项整治方案的通知》(赤府办发[2007]52号)《市人民政府办公室关于加强农村食品安全工作的通知》(赤府办发[2007]53号)、市食安委《关于印发赤水市实施食品放心工程工作方案的通知》(赤食安委发[2007]1号)等有关文件的安排和要求,为促进各乡(镇)人民政府、街道办事处和市食品安全协调委员会(以下简称市食安委)各成员单位认真履行职责,加强食品安全监管工作,制定本考核办法。第二条考核对象分两个序列进行,一个序列为各乡(镇)、街道办事处;另一个序列为市食安委各成员单位。\n"
    "\n"
    "第三条对市食安委成员单位考核分为A、B两类。A类为具有明确监督管理职能的部门,包括食品药品监管局、质监局、工商局、卫生局、农业局、畜牧局、经贸局等。B类单位为食品安全工作配合的部门,包括粮食局、环保局、教育局、发改局、人劳社保局、公安局、财政局、法制办。A类单位以综合类考核占40%、业务类考核占60%计入年度考核总分。B类单位只进行综合类考核。\n"
    "\n"
    "第四条对乡(镇)、街道办事处的考核和对市食安委成员单位的综合类考核,由被考核单位自查自评,并将自查自评结果并附落实有关工作的原始资料及工作记录、图片等报送市食安委办。市食安委组织考评组以平时工作情况、年终自评报送资料和市食安委办的有关工作记录相结合考核评分。\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    clauses = list(n.walk())
    assert [c.path for c in clauses] == ["第一条", "第二条", "第三条", "第四条"]
    assert clauses[0].text.endswith("制定本考核办法。")


SPACED = Path(__file__).parent / "fixtures" / "spaced"


@pytest.mark.parametrize(
    "name, title, number, paths",
    [
        # one paragraph of a law site's copy: head, 一、, items 1、…10、, 二、 (一) 11、
        ("jingzhou-2009-fenjie-luoshi.txt", "湖北省荆州市人民政府办公室关于分解落实《政府工作报告》的通知", None,
         ["一", *(f"一/{k}" for k in range(1, 11)), "二", "二/(一)", "二/(一)/11"]),
        # one line: the title's three lines, the number, 一、 (一) 1.–5.
        ("henan-2023-zhongdian-gongzuo.txt", "河南省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知", "豫政〔2023〕5号",
         ["一", "一/(一)", *(f"一/(一)/{k}" for k in range(1, 6))]),
        # the same with no full stop before a marker: items closed by their 责任单位, and the letter's last
        # sentence before the plan's title (海盐 2022: …县农业农村局 2.落实…; 济宁 就业创业意见: …以下意见: 一、…)
        ("haiyan-2022-zhongdian-gongzuo-fenjie.txt", "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知", "盐政办发〔2022〕16号",
         ["一", "一/1", "一/2", "二", "二/1", "二/2"]),
        ("jining-2015-jiuye-chuangye.txt", "济宁市人民政府关于进一步做好新形势下就业创业工作的意见", None, ["一", "一/1", "一/2"]),
    ],
)
def test_a_page_saved_with_spaces_for_line_ends_is_split_back(name, title, number, paths):
    (n,) = gazette_cli.parse_path(SPACED / name).notices
    assert (n.title, n.doc_number, [c.path for c in n.walk()]) == (title, number, paths)


def test_items_numbered_in_brackets_on_a_page_saved_with_spaces_for_line_ends():
    # 甘谷 2020: a news page's lead, then 分别是: and the fifteen items (1)…(15), each after a space, on one line
    text = (
        "5月10日上午,甘谷县第十七届人民代表大会第五次会议隆重开幕,县长吴健向大会作《政府工作报告》。 《报告》指出,县政府将继续优先保障民生投入,重点抓好15件大事和民生实事。分别是: (1)加快建设总投资7.58亿元的县医院迁建项目。 (2)开工新建西环路,改造提升新城路、像山路、渭川路、康庄东路。 (3)完成新安大道一期工程。 (4)加快建成土桥子脊兽产业园。 (5)完成柳湖片区黑臭水体治理。 (6)开工建设西城区九年制学校。 (7)确保六中新校区、三中初中部、新兴小学、第五幼儿园、第六幼儿园秋季投入使用。 (8)新建行政村公共厕所120座、旅游厕所8座,农村户用厕所14500座。 (9)建成农村生活垃圾处理站5个,农村生活污水处理站5个。 (10)城区新建便民市场5处。 (11)“一事一议”硬化村内巷道37.5万平方米。 (12)建成“一村一场”体育惠民工程15个、乡镇健身中心2处。 (13)积极引导1000名以上高校毕业生到基层、到企业就业,开发公益性岗位不少于740个。 (14)城区新建生态停车场2处,新增停车位400个以上。 (15)为62户贫困残疾人家庭实施家居无障碍改造工程,为5000名适龄农村妇女免费进行“两癌”检查,为全县60岁以上老年人免费体检。 |\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert [c.path for c in n.walk()] == [f"({k})" for k in range(1, 16)]


def test_a_plans_decimal_headings_show_a_page_saved_with_spaces_for_line_ends():
    # 山福镇 2020 鹿山政〔2020〕72号 on lucheng.gov.cn, the letter, its signature and the 预案 on one line: the
    # plan's decimal headings (1.总则 1.1目的依据 1.2现状特点) open its lines as 一、 and （一） do
    line = (
        "各科室,各站所,各村: 为提高政府保障公共安全和处置突发公共事件的能力,最大程度地预防和减少突发公共事件及其造成的损害,保障公众的生命财产安全,维护社会稳定。经研究,制定《山福镇突发公共事件总体应急预案(修订)》,现印发给你们,请根据本预案的要求制定切实可行的专项应急预案。 附件:山福镇突发公共事件总体应急预案(修订) 温州市鹿城区山福镇人民政府 2020年10月22日 山福镇突发公共事件总体应急预案(修订) 1.总则 1.1目的依据 提高政府保障公共安全和处置突发公共事件的能力,最大程度地预防和减少突发公共事件及其造成的损害,保障公众的生命财产安全,维护社会稳定,促进我镇经济社会全面、协调、"
        "可持续发展,促进“平安山福、生态山福、美丽山福、文化山福、活力山福”建设。根据有关法律、法规、规章以及《温州市突发公共事件总体应急预案》,结合山福实际,制定本预案。 1.2现状特点 山福镇地处鹿城西北部,属中亚热带季风气候镇,地形地貌以山地丘陵为主,呈“七山二地一水”的地表形态,台风、暴雨、干旱、高温、雷击、地质灾害等自然灾害时有发生。"
    )
    (n,) = gazette_cli.parse_text(line + "\n").notices
    assert (n.issuers, n.signed_date, n.addressees) == (("温州市鹿城区山福镇人民政府",), "2020-10-22", ("各科室", "各站所", "各村"))
    (a,) = n.attachments
    assert (a.title, [c.path for c in _walk(a.clauses)]) == ("山福镇突发公共事件总体应急预案（修订）", ["1", "1/1.1", "1/1.2"])
    # the space after a heading's short title ends its line (1.1目的依据 提高政府…)
    assert [c.title for c in _walk(a.clauses)] == ["总则", "目的依据", "现状特点"]


def test_the_space_after_a_headings_short_title_ends_its_line():
    # 宁德 2025's G15 通告 saved on one line: 四、绕行方案 沈海高速… (and 山福镇 2020 above); must not: a space
    # after more words than a title's stays inside its clause
    line = (
        "关于沈海高速分水关至福鼎北路段 实施封闭施工交通管制的通告 因G15沈海高速分水关至福鼎北路段施工需要,根据《中华人民共和国道路交通安全法》"
        "第三十九条等规定,现对施工路段实施交通管制。具体事项通告如下: 一、管制时间 (一)2025年6月10日21时至6月11日12时; (二)2025年6月11日21时至6月12日12时。"
        " 二、管制路段 沈海高速分水关至福鼎北路段。 三、管制点位 沈海高速苍南往福鼎方向主线分水关收费站;分水关收费站往福鼎方向匝道。"
        " 四、绕行方案 沈海高速苍南往福鼎方向车辆从分水关收费站出口,沿G104国道行驶至福鼎北战坪洋收费站上高速。"
        " 五、施工期间上述路段受交通管制影响通行能力有限 请广大驾驶人尽量避开上述易拥堵路段。 特此通告。"
    )
    (n,) = gazette_cli.parse_text(line + "\n").notices
    titles = {c.path: c.title for c in _walk(n.own.clauses)}
    assert (titles["二"], titles["三"], titles["四"]) == ("管制路段", "管制点位", "绕行方案")
    assert titles["五"] != "施工期间上述路段受交通管制影响通行能力有限"


@pytest.mark.parametrize(
    "line, kept",
    [
        # every space of the head, then those after a sentence's end or before a marker; not 3. 3%
        ("某市人民政府 关于分解工作的通知 各区政府： 现将任务分解如下，请认真落实。 一、主要目标 1、增长11%（市发改委）。 2、增长25%（市财政局）。"
         " 3、万元生产总值能耗下降4.8%、3. 3%和1.4%。" + "请抓好落实，确保完成。" * 15, 7),
        # two markers a space opens are no such page, nor a short line: justification joins 。 一、
        ("请认真落实。 一、主要目标 1、增长11%（市发改委）。" + "请抓好落实，确保完成。" * 20, 0),
        ("请认真落实。 一、主要目标 1、增长。 2、增长。 3、增长。", 0),
    ],
)
def test_the_spaces_that_stand_for_line_ends(line, kept):
    from gazette_cli.text.normalize import justification_spaces, line_end_spaces

    assert len(line_end_spaces(line)) == kept
    assert ("落实。 一、" in justification_spaces(line)) == (kept > 0)


def test_a_list_no_full_stop_opens_keeps_its_line_ends():
    # the first item of a list after a space shows a page saved with spaces for its line ends, where no
    # full stop comes before a marker (海盐 2022: 重点工作责任分解 一、… 1.… 责任单位：… 2.…)
    from gazette_cli.text.normalize import justification_spaces

    line = (
        "某县人民政府办公室 关于印发重点工作责任分解的通知 各镇人民政府，县政府各部门、直属各单位： 《重点工作责任分解》已经县政府讨论确定，"
        "现印发给你们，请认真贯彻执行。 各级各部门要高度重视，加强组织领导，明确具体任务，确保按时完成既定的目标任务 重点工作责任分解 一、县长牵头重点工作"
        " 1.全县生产总值增长7.5%左右 责任单位：县发改局、县财政局 2.落实过紧日子的要求，严控三公经费 责任单位：县财政局"
        + "请抓好落实，确保完成。" * 10
    )
    kept = justification_spaces(line)
    assert " 一、县长" in kept and " 2.落实" in kept and "县财政局 2." in kept
    # must not: a short line's spaces are justification, whatever follows them
    assert justification_spaces("重点工作 一、县长牵头 1.增长 2.落实") == "重点工作一、县长牵头 1.增长 2.落实"


def test_articles_quoted_in_sentences_do_not_split_a_paragraph():
    text = "某某办法\n第一条　为了规范管理，根据本办法第六条、第七条的规定，制定本办法。\n第二条　依照本条例第六条第二款处理。第三条规定的情形除外。\n"
    n = gazette_cli.parse_text(text).notices[0]
    assert [c.path for c in n.walk()] == ["第一条", "第二条"]


@pytest.mark.parametrize(
    "raws, kinds, starts",
    [
        pytest.param(["a", "\fb", "\fc", "\f"], [K_BODY, K_BODY, K_BODY, K_BLANK], [0, 1, 2], id="feed-after-the-last-text"),
        pytest.param(["\fa", "\f", "\fb"], [K_BODY, K_BLANK, K_BODY], [0, 1, 2], id="first-line-a-feed"),
        pytest.param(["\f", "\f", "a", "\f", "\f"], [K_BLANK, K_BLANK, K_BODY, K_BLANK, K_BLANK], [0, 1], id="blank-pages-around"),
        pytest.param(["\f", "\f"], [K_BLANK, K_BLANK], [0], id="no-text"),
    ],
)
def test_pages_of_form_feeds_alone(raws, kinds, starts):
    # Each feed opens a page, but one after the last text; when the first
    # line opens with a feed, the page starts are the feeds themselves.
    feeds = array("i", [i for i, raw in enumerate(raws) if raw.startswith("\f")])
    found, printed = page_starts(bytearray(kinds), tuple(raws), {}, feeds)
    assert list(found) == starts and printed == {}
    if feeds[0] == 0 and len(found) == len(feeds):
        assert found is feeds


# --- tables whose cells are parted by bars -------------------------------------------------------

_SHANGCHENG_HEAD = (
    "杭州市上城区人民政府办公室关于印发2019年目标任务分解表的通知\n上政办发〔2019〕5号\n区政府各部门、各直属单位，各街道办事处：\n"
    "现将2019年《政府工作报告》目标任务分解表印发给你们，请认真贯彻落实。\n杭州市上城区人民政府办公室\n2019年2月15日\n"
    "附件1\n2019年《政府工作报告》目标任务分解表\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        # 上城区 2019 目标任务分解表 as its page saves it: the header letter-spaced, each row closed by a bar
        ("序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |\n"
         "1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局、区统计局、各街道办事处 | A类 |\n"
         "2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局、区住房和城建局 | A类 |\n"),
        # …and as a page saved as Markdown gives it, its header ruled off
        ("| 序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门 | 目标类型 |\n| --- | --- | --- | --- | --- | --- |\n"
         "| 1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局、区统计局、各街道办事处 | A类 |\n"
         "| 2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局、区住房和城建局 | A类 |\n"),
    ],
    ids=["shangcheng-bars", "markdown"],
)
def test_a_table_parted_by_bars_gives_its_rows_units(rows):
    (n,) = gazette_cli.parse_text(_SHANGCHENG_HEAD + rows).notices
    (table,) = n.attachments[0].tables
    assert table.header == ("序号", "任务名称", "指标要求", "牵头部门", "配合部门", "目标类型")
    assert [(r.path, r.lead, r.support) for r in n.responsibilities] == [
        ("附件1/1", ("区发改经信局",), ("区财政局", "区统计局", "各街道办事处")),
        ("附件1/2", ("区发改经信局",), ("区财政局", "区住房和城建局")),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a header of short cells that names a column of units opens a table with no 序号; a row that lost its
        # first cells to one merged over several rows takes them from the row above (江门市土地储备中心 政务公开
        # 工作要点: 工作任务 | 具体要求 | 责任部门 |, its 具体要求 the row's task)
        ("工作任务 | 具体要求 | 责任部门 |\n"
         "一、做好财政信息公开。 | 1.积极推进本中心预算、决算及相关报表公开。 | 财务科 |\n"
         "二、做好政府网站专栏信息公开。 | 2.及时更新网站频道的各类型概况信息。 | 办公室 |\n"
         "3.及时反馈网民对调查征集信息的意见。 | 各科室 | |\n"
         "4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n",
         [("1.积极推进本中心预算、决算及相关报表公开。", ("财务科",), ()),
          ("2.及时更新网站频道的各类型概况信息。", ("办公室",), ()),
          ("3.及时反馈网民对调查征集信息的意见。", ("各科室",), ()),
          ("4.及时更新微信公众号信息。", ("办公室", "各科室"), ("办公室",))]),
        # a county bureau's 政务公开工作要点, its 重点工作任务分解 with a 负责科室 column (a traditional copy)
        ("二、重点工作任务分解\n重點任務 | 工作內容 | 負責科室 |\n"
         "政務服務 | 注重政務服務辦理流程、辦理結果等信息發佈 | 綜合科 |\n"
         "迴應關切 | 對羣衆普遍關注的社會熱點問題及時、主動迴應。 | 各業務科室 |\n",
         [("政务服务", ("综合科",), ()), ("回应关切", ("各业务科室",), ())]),
        # must not: a site's catalogue of bar cells (发布单位 | 区政府 |) opens no table above the one under it
        # (临安 2022 民生实事: 序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |)
        ("公开范围 | 面向社会 | 公开时限 | 长期公开 |\n发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n"
         "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
         "1 | 新建成公办中小学、幼儿园7所。 | 1.4月底前主体完工。 | 教育局 | 发改局、住建局 |\n",
         [("新建成公办中小学、幼儿园7所。", ("教育局", "发改局", "住建局"), ())]),
        # a provincial department's 处室 as the unit column; rows saved with their empty and merged cells dropped take
        # their units from the cell that names them, not from the column's place (广东省卫生健康委 2021 政务公开 任务台账:
        # row 2's 长期推进 stands where 责任处室 is)
        ("序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
         "1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息 | 应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实 | 长期推进 |\n|\n"
         "2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |\n|\n"
         "5 | 常规政务公开事项 | 强化行政执法信息公开,加强反垄断与反不正当竞争执法信息公开 | 政法处 | 长期推进 |\n|\n"
         "8 | 修订完善本部门主动公开目录,指导下级卫生健康行政部门有序推进基层政务公开标准化规范化建设 | 办公室 | 长期推进 |\n",
         [("做好常态化疫情防控信息发布", ("应急处", "监督处", "医政医管处", "疾控处", "基层处"), ()),
          ("扎实做好疫苗接种信息公开和舆论引导工作", ("疾控处",), ()),
          ("常规政务公开事项", ("政法处",), ()),
          ("修订完善本部门主动公开目录，指导下级卫生健康行政部门有序推进基层政务公开标准化规范化建设", ("办公室",), ())]),
    ],
    ids=["jiangmen-merged-cells", "county-bureau-fuze-keshi", "linan-catalogue-above", "guangdong-chushi-cells-dropped"],
)
def test_a_bar_table_under_a_header_that_names_units(text, expected):
    (n,) = gazette_cli.parse_text("某单位2023年政务公开工作要点\n" + text).notices
    assert [(r.text, r.units, r.lead) for r in n.responsibilities] == expected


def test_a_bar_row_cut_short_under_its_own_number_takes_no_cells_from_above():
    # 岳阳楼区2019年1-8月省市重点民生实事项目完成情况 as its page saves it, cut inside row 14
    text = (
        "岳阳楼区2019年1-8月省市重点民生实事项目完成情况\n序号 | 项目名称 | 责任单位 | 目标任务 | 1- 8月 实际完成情况 |\n"
        "12 | 建成“城市快警”平台 | 岳阳楼公安分局 | 4个 | 目前平台人员配置已完成。 |\n"
        "13 | 标准化建设改造农贸市场 | 区商务粮食局 | 2家 | 100% |\n14 | 完成新生儿48种遗\n"
    )
    (table,) = gazette_cli.parse_text(text).notices[0].tables
    assert [r.cells for r in table.rows][-1] == ("14", "完成新生儿48种遗")


def test_bars_in_a_sentence_make_no_table():
    text = "某市人民政府关于做好工作的通知\n某政发〔2023〕1号\n各区县人民政府：\n一、工作要求\n序号为准，按“A|B|C”三档填报。\n"
    (n,) = gazette_cli.parse_text(text).notices
    assert n.tables == () and [c.path for c in n.walk()] == ["一"]


def test_a_task_table_saved_one_cell_per_line_with_bars():
    # 霍山经济开发区 2025年重点工作及责任清单, as its page saves it: each cell on its line, closed by a bar
    text = (
        "2025年开发区重点工作及责任清单\n序号 |\n重点工作 |\n责任领导 |\n责任单位 |\n完成时限 |\n"
        "1 |\n坚持服务跟着项目走，优化“重点项目直通车”“无忧办”工作机制，全力服务重大项目落地见效。 |\n叶林 |\n招商工作部、安商工作部 |\n全年 |\n"
        "2 |\n全力推进开发区“空间再造”，力争全年盘活僵尸企业10家，盘活存量土地400亩。 |\n马振明 |\n改革办 |\n全年 |\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert [(r.units, r.deadline) for r in n.responsibilities] == [(("招商工作部", "安商工作部"), "全年"), (("改革办",), "全年")]


def test_a_task_table_saved_one_cell_per_line_with_a_bar_line_between_rows():
    # 洋县 2024 十大民生实事项目清单 as its page saves it: each cell on its line with a bar, a line of a bar
    # alone between the rows, and a line of bars under the title
    text = (
        "洋县2024年十大民生实事项目清单 |\n||||||\n|\n序号 |\n项目名称 |\n建设地点 |\n2024年建设内容 |\n年度投资金额 (万元) |\n责任单位 |\n|\n"
        "1 |\n洋县中小学幼儿园基础设施提升改造项目 |\n相关镇 (街道) |\n对马畅中小、湑水中小、茅坪学校等学校运动场地进行改造。 |\n300 |\n教体局 |\n|\n"
        "2 |\n城北小学门前道路建设项目 |\n纸坊街道 |\n建成唐塔北路延伸段(城北小学门前)道路。 |\n300 |\n住建局 |\n|\n"
        "3 |\n高标准农田建设项目 |\n谢村镇 |\n实施田块整治500亩,建设机电井7座。 |\n4930 |\n农业农村局 |\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert [r.units for r in n.responsibilities] == [("教体局",), ("住建局",), ("农业农村局",)]


BOX_TABLE = (  # a city's 2005 分工表 as a law database's text copy draws it (fymate.net)
    "┌─────────────────────┬───┬────────┬────┐\n"
    "│ 工 作 任 务 │分管领│牵头组织实施单位│完成时限│\n"
    "│ │ 导 │ │ │\n"
    "├─────────────────────┼───┼────────┼────┤\n"
    "│抓好财税金融工作,增强发展保障能力 │梁志强│各县(市、区)政│年内见成│\n"
    "├─────────────────────┤ │府,市财政局、国│ 效 │\n"
    "│△进一步调整财政支出结构,加大财政在“三农│ │家税务局、地方税│ │\n"
    "│”、教育、卫生、科技、文化、就业再就业、社│ │务局、金融办、人│ │\n"
    "│会保障、生态环境、公共基础设施、社会治安等│ │民银行、银监局 │ │\n"
    "│方面的投入 │ ├────────┤ │\n"
    "│△加强财政监督,提高财政资金使用效益 │ │各县(市、区)政│ │\n"
    "│△加强税源监控,完善护税协税网络 │ │府,市财政局、教│ │\n"
    "│金融生态 │ │育局 │ │\n"
    "├─────────────────────┤ │ │ │\n"
    "│坚持优先发展教育,提高全民素质 │ │ │ │\n"
    "└─────────────────────┴───┴────────┴────┘\n"
)


def test_two_tables_drawn_one_under_the_other_are_two():
    # the same page's next table starts right under the first one's bottom border (fymate.net's page 2 of the
    # 2005 分工表: its first line runs into the third): each top border opens a table of its own
    head = "某市人民政府关于印发2005年重点工作任务分解的通知\n某政发〔2005〕3号\n各县（市、区）人民政府，市政府各部门：\n现将分解表印发给你们。\n某市人民政府\n2005年2月1日\n"
    second = "┌──────────────────────┬────┬────────┬──────┐\n│ 工 作 任 务 │分管领导│牵头组织实施单位│完┌───┐\n"
    (n,) = gazette_cli.parse_text(head + BOX_TABLE + second).notices
    tables = [t for a in n.attachments for t in a.tables] or list(n.own.tables)
    assert [t.header for t in tables][:1] == [("工作任务", "分管领导", "牵头组织实施单位", "完成时限")]
    assert [r.lead for r in n.responsibilities][-1] == ("各县（市、区）政府", "市财政局", "教育局")


def test_a_table_drawn_with_box_lines():
    # cells over several lines, a rule across one column only, and cells that span rows (分管领导, 完成时限)
    head = "某市人民政府关于印发2005年重点工作任务分解的通知\n某政发〔2005〕3号\n各县（市、区）人民政府，市政府各部门：\n现将分解表印发给你们。\n某市人民政府\n2005年2月1日\n"
    (n,) = gazette_cli.parse_text(head + BOX_TABLE).notices
    (table,) = [t for a in n.attachments for t in a.tables] or list(n.own.tables)
    assert table.header == ("工作任务", "分管领导", "牵头组织实施单位", "完成时限")
    assert [(r.cells[0][:8], r.cells[1], r.cells[2][-4:], r.cells[3]) for r in table.rows] == [
        ("抓好财税金融工作", "梁志强", "、银监局", "年内见成效"),
        ("△进一步调整财政", "梁志强", "、银监局", "年内见成效"),
        ("坚持优先发展教育", "梁志强", "、教育局", "年内见成效"),
    ]
    assert [r.lead for r in n.responsibilities][-1] == ("各县（市、区）政府", "市财政局", "教育局")


def test_a_table_alone_is_a_document():
    # the 分工表 saved on its own, with no line of text around it
    doc = gazette_cli.parse_text(BOX_TABLE)
    (n,) = doc.notices
    assert (n.title, len(n.responsibilities), any("untitled" in w for w in doc.warnings)) == (None, 3, True)


def test_a_line_of_box_characters_alone_is_no_table():
    text = "某市人民政府关于做好工作的通知\n某政发〔2005〕3号\n各县人民政府：\n一、加强领导\n│重要│\n二、抓好落实\n某市人民政府\n2005年2月1日\n"
    (n,) = gazette_cli.parse_text(text).notices
    assert not n.own.tables


def test_a_bar_table_whose_header_the_page_lost():
    # 平阳 2021 民生实事 progress as its page saves it: rows 1, 2, 3 … of task | unit | progress | status, no
    # header; the column after the number is the task, the column of organs the units, the progress no task
    text = (
        "1 | 完成27所学校教育基础设施改造提升，新安装空调970台。 | 县教育局 | 已经安装公办中小学970台空调。 | 按时序推进 |\n|\n"
        "2 | 完成10家示范型居家养老服务照料中心建设。 | 县民政局 | 确定改造提升示范型居家养老服务照料中心10个，5家完成建设。 | 按时序推进 |\n|\n"
        "3 | 为全县200名以上残疾儿童实施基本康复服务和救助。 | 县残联 | 目前已确定221名残疾儿童已经在机构开始服务。 | 按时序推进 |\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert [r.units for r in n.responsibilities] == [("县教育局",), ("县民政局",), ("县残联",)]
    # (安装 commits nothing in text, as it opens nouns too; a task cell's figure that closes its clause commits)
    assert [t.value for t in n.targets] == [27, 970, 10, 200]


def test_numbered_bar_rows_without_units_are_no_task_table():
    # must not: rows of figures numbered 1, 2, 3 with no column of organs give no unit list
    text = "某县2023年主要指标\n1 | 地区生产总值 | 增长5.5% |\n2 | 一般公共预算收入 | 增长6% |\n3 | 城镇新增就业 | 3000人 |\n"
    doc = gazette_cli.parse_text(text)
    assert [r for n in doc.notices for r in n.responsibilities] == []


def test_a_task_table_with_columns_parted_by_one_space():
    # 国办函〔2016〕38号 量化指标任务分工: a letter-spaced header, the task and its department parted by one
    # space, which normalization would take for justification
    text = (
        "国务院办公厅关于印发2016年《政府工作报告》量化指标任务分工的通知\n国办函〔2016〕38号\n国务院有关部门：\n"
        "现将《2016年量化指标任务分工》印发给你们，请认真贯彻落实。\n国务院办公厅\n2016年4月6日\n"
        "2016年《政府工作报告》量化指标任务分工\n序号 工 作 任 务 牵头负责部门\n"
        "1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n"
        "3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    (table,) = n.attachments[0].tables
    assert table.header == ("序号", "工作任务", "牵头负责部门")
    assert [(r.lead, r.text) for r in n.responsibilities] == [
        (("发展改革委",), "居民消费价格涨幅3%左右"),
        (("人力资源社会保障部",), "城镇新增就业1000万人以上"),
        (("财政部",), "安排财政赤字2.18万亿元，赤字率提高到3%"),
    ]


@pytest.mark.parametrize(
    "line, cells",
    [
        ("序号 工 作 任 务 牵头负责部门", ("序号", "工作任务", "牵头负责部门")),  # 国办函〔2016〕38号
        ("序号 指标名称 2020年 实现数 2025年 目标数 属性", ("序号", "指标名称", "2020年实现数", "2025年目标数", "属性")),  # the sample's form
        ("序号 指 标 单位 属性", ("序号", "指标", "单位", "属性")),  # a spaced word ends at a cell of two letters
    ],
)
def test_header_cells(line, cells):
    from gazette_cli.layout.tables import _header_cells

    assert _header_cells([line]) == cells


# --- a table printed one cell per line, and the outline around it ----------------------------------

# 嘉定 2024 海绵城市 plan (嘉府办发〔2024〕23号), its paragraphs cut short: 表2 printed one cell per line
_JIADING_TABLE = (
    "二、重点任务\n"
    "（一）完善海绵城市规划技术体系\n"
    "\n"
    "1.强化规划管控。坚持规划引领，适时启动《嘉定区海绵城市建设规划（2018-2035）》修。（责任单位：区建设管理委）\n"
    "\n"
    "2.加强规划指标衔接。编制各层级国土空间总体规划以及新编详细规划、行业专项规划时，应衔接落。（责任单位：区建设管理委）\n"
    "\n"
    "3.编制系统方案。聚焦重点区域、重大项目、计划达标区域，根据新城示范样板区和重点地区城市设。（责任单位：区建设管理委）\n"
    "\n"
    "表2 嘉定区海绵城市系统方案编制计划表\n"
    "\n"
    "年份\n"
    "\n"
    "系统方案编制区域\n"
    "\n"
    "系统方案编制区域面积（平方公里）\n"
    "\n"
    "达标评估计划\n"
    "\n"
    "2024年\n"
    "\n"
    "马陆社区\n"
    "\n"
    "4.42\n"
    "\n"
    "2028年\n"
    "\n"
    "2025年\n"
    "\n"
    "嘉定工业区1\n"
    "\n"
    "14.00\n"
    "\n"
    "2029年\n"
    "\n"
    "2026年\n"
    "\n"
    "嘉定工业区2\n"
    "\n"
    "12.37\n"
    "\n"
    "2030年\n"
    "\n"
    "2027年\n"
    "\n"
    "北部科技驿站（朱桥片区）\n"
    "\n"
    "4.62\n"
    "\n"
    "/\n"
    "\n"
    "2028年\n"
    "\n"
    "马东产城融合发展示范区\n"
    "\n"
    "12.00\n"
    "\n"
    "/\n"
    "\n"
    "2029年\n"
    "\n"
    "北部科技驿站（徐行片区）\n"
    "\n"
    "1.38\n"
    "\n"
    "/\n"
    "\n"
    "2030年\n"
    "\n"
    "菊园东社区\n"
    "\n"
    "2.00\n"
    "\n"
    "/\n"
    "\n"
)
_JIADING_NEXT = "（二）全域推进海绵城市项目建设\n\n1.推进海绵型地块建设。住宅小区、商业、文化、体育、教育科研、广场、工业等新改扩建项目应全。（责任单位：区建设管理委）\n\n2.推进海绵型市政设施建设。结合重点区域、重点道路、重点设施的品质提升和智慧化升级改造，落。（责任单位：区建设管理委）\n\n"


@pytest.mark.parametrize(
    "tail, headings",
    [
        # 嘉定 2024 海绵城市 plan: （二） right after 表2's last cell is the outline's next section, no cell
        (_JIADING_NEXT, ["二", "二/(一)", "二/(一)/1", "二/(一)/2", "二/(一)/3", "二/(二)", "二/(二)/1", "二/(二)/2"]),
        # …and 三、 after a table under 二、 (the same plan's shape one level up)
        ("三、保障措施\n\n（一）加强组织领导。成立区海绵城市建设工作领导小组。\n",
         ["二", "二/(一)", "二/(一)/1", "二/(一)/2", "二/(一)/3", "三", "三/(一)"]),
        # must not: a table's own group rows (一、…, 二、…) stay its cells
        ("一、近期\n\n2031年\n\n南翔镇\n\n3.10\n\n/\n\n二、远期\n\n2035年\n\n安亭镇\n\n5.20\n\n/\n\n",
         ["二", "二/(一)", "二/(一)/1", "二/(一)/2", "二/(一)/3"]),
    ],
    ids=["jiading-next-section", "next-chapter", "group-rows-of-the-table"],
)
def test_the_next_heading_after_a_table_of_cells_is_no_cell(tail, headings):
    (n,) = gazette_cli.parse_text(_JIADING_TABLE + tail).notices
    assert [c.path for c in n.walk()] == headings


def test_a_serial_tables_header_cell_with_latin_letters_and_its_unit():
    # 延州政函〔2021〕69号: 序 号 / 县(市) / 单位GDP能耗降低率目标任务(%), one cell per line, each county a row
    text = "\n".join(['延边州人民政府关于', '', '下达全州2021年能耗强度目标任务的通知', '', ' ', '', '延州政函〔2021〕69号', '', ' ', '', '各县(市)人民政府:', '', '  为深入贯彻落实国家、省关于碳达峰、碳中和的重大战略决策部署,坚决控制能耗强度,合理控制能源消费总量。根据《吉林省人民政府关于下达全省2021年能耗强度目标任务的通知》(吉政函〔2021〕47号)要求,确定2021年全州各县(市)能耗强度目标任务如下:', '', ' ', '', '序 号', '', '县(市)', '', '单位GDP能耗降低率目标任务(%)', '', '1', '', '延吉市', '', '3.4', '', '2', '', '珲春市', '', '3.4', '', '3', '', '图们市', '', '3.4', '', '4', '', '敦化市', '', '3.4', '', '5', '', '龙井市', '', '3.4', '', '6', '', '和龙市', '', '3.4', '', '7', '', '汪清县', '', '3.4', '', '8', '', '安图县', '', '3.4', '', ' ', '']) + "\n"
    (table,) = gazette_cli.parse_text(text).notices[0].tables
    assert (table.header, table.rows[0].cells, len(table.rows)) == (("序号", "县（市）", "单位GDP能耗降低率目标任务（%）"), ("1", "延吉市", "3.4"), 8)
