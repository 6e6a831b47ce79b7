"""Outline: every numbered heading of the sample, and the traps that must not become headings."""

import csv
from pathlib import Path

import pytest

import gazette_cli
from gazette_cli.structure.markers import cn_to_int, match_marker

HEADINGS = Path(__file__).parent / "fixtures" / "jinan-gazette-2022-20.headings.tsv"


def _expected_headings():
    with HEADINGS.open(encoding="utf-8") as f:
        return [(int(r["notice"]), r["path"], r["title"], int(r["line"]), int(r["page"])) for r in csv.DictReader(f, delimiter="\t")]


def test_every_heading_of_the_sample(sample_doc):
    got = [
        (i, c.path, c.title, c.span.start_line, c.span.page)
        for i, n in enumerate(sample_doc.notices, start=1)
        for c in n.walk()
    ]
    assert got == _expected_headings()


def test_a_clause_walks_its_own_subtree_in_order(sample_doc):
    first = sample_doc.notices[0].clauses[0]
    expected = [path for n, path, *_ in _expected_headings() if n == 1 and (path == first.path or path.startswith(first.path + "/"))]
    assert (first.path, [c.path for c in first.walk()]) == ("一", expected)


@pytest.mark.parametrize(
    "notice, level, count",
    [
        pytest.param(1, 1, 4, id="kexue-level1"),
        pytest.param(1, 2, 15, id="kexue-level2"),
        pytest.param(1, 3, 34, id="kexue-level3"),
        pytest.param(2, 1, 5, id="shengwu-level1"),
        pytest.param(2, 2, 17, id="shengwu-level2-continued-numbering"),
        pytest.param(3, 1, 0, id="appointment-no-clauses"),
        pytest.param(5, 4, 16, id="shichang-level4"),
    ],
)
def test_clause_counts_per_level(sample_doc, notice, level, count):
    assert sum(1 for c in sample_doc.notices[notice - 1].walk() if c.level == level) == count


def test_clause_text_and_span(sample_doc):
    clause = next(c for c in sample_doc.notices[0].walk() if c.path == "一/(三)")
    assert (clause.title, clause.text.startswith("工作目标。到2025年，全市公民具备科学素质的比例达到18.5%"), clause.span) == (
        "工作目标",
        True,
        gazette_cli.Span(125, 143, 2, 2),
    )


@pytest.mark.parametrize(
    "body, titles",
    [
        # 成府发〔2014〕7号's measures: the caption before the article's text
        pytest.param(
            "第一条（目的依据）为加强市级财政专项资金管理，结合实际，制定本办法。\n第二条（适用范围）本办法所称市级财政专项资金是指由市级财政性资金安排的资金。\n",
            ["目的依据", "适用范围"],
            id="caption-in-brackets-chengdu",
        ),
        # a Shanghai government order: the caption alone on the article's first line
        pytest.param(
            "第一条（目的和依据）\n为了规范本市政府信息公开工作，制定本办法。\n第二条　（适用范围）\n本市各级行政机关的政府信息公开工作，适用本办法。\n",
            ["目的和依据", "适用范围"],
            id="caption-on-its-own-line-shanghai",
        ),
        pytest.param(
            "第一条【目的】为了规范保险销售行为，制定本指引。\n第二条【销售人员定义】本文所称销售人员是指保险公司中从事保险销售的员工。\n",
            ["目的", "销售人员定义"],
            id="caption-in-lenticular-brackets",
        ),
        # …in white lenticular brackets, a space after them (遵义 2024's draft of its 立法条例)
        pytest.param(
            "第一条〖目的依据〗 为了规范地方立法活动，制定本条例。\n第二条〖适用范围〗 市人民代表大会及其常务委员会制定地方性法规，适用本条例。\n",
            ["目的依据", "适用范围"],
            id="caption-in-white-lenticular-brackets-zunyi",
        ),
        # must not: no caption — an item, a year, a sentence in brackets
        pytest.param(
            "第一条　为了规范管理，制定本办法。\n第二条（2019年修订）本办法适用于本市。\n第三条（本条已删除。）\n",
            ["为了规范管理，制定本办法", "（2019年修订）本办法适用于本市", "（本条已删除"],
            id="no-caption",
        ),
    ],
)
def test_article_captions_are_titles(body, titles):
    doc = gazette_cli.parse_text(PLAN + body)
    assert [c.title for n in doc.notices for c in n.walk()] == titles


@pytest.mark.parametrize(
    "body, titles",
    [
        # a heading that opens with a label and a colon, its text after it on the line (揭阳 2022 榕江 禁渔 通告;
        # 宁海 2011 森林禁火令; 国办发〔2024〕's holidays: 元旦：1月1日…放假1天): the label is the title
        pytest.param("一、禁渔范围:我市管辖的榕江干流。\n二、禁渔时间:2022年3月1日0时至6月30日24时。\n",
                     ["禁渔范围", "禁渔时间"], id="jieyang-2022-labels"),
        pytest.param("一、禁火期:2011年4月2日至2011年4月10日。\n二、禁火区域:在全县林地及距林地边缘300米范围内。\n",
                     ["禁火期", "禁火区域"], id="ninghai-2011-labels"),
        # must not: a sentence that announces what follows its colon, and an article's first sentence
        pytest.param("一、主要目标是：到2025年，全县森林覆盖率稳定。\n二、工作要求如下：各单位加强领导。\n",
                     ["主要目标是：到2025年，全县森林覆盖率稳定", "工作要求如下：各单位加强领导"], id="sentences-before-a-colon"),
        pytest.param("第一条 组织机构：县政府设办公室。\n", ["组织机构：县政府设办公室"], id="an-articles-sentence"),
    ],
)
def test_a_labels_colon_ends_a_headings_title(body, titles):
    doc = gazette_cli.parse_text(PLAN + body)
    assert [c.title for n in doc.notices for c in n.walk()] == titles


def test_clauses_run_together_after_a_tag_are_parted():
    # 黑龙江 2013 分工意见 as its mirror keeps it: (一)…(省发改委负责)(二)… and 1.…(…协办)2.… on one line each; must
    # not: a marker that skips a number (（三） after （一）) stays inside the clause's text
    doc = gazette_cli.parse_text(
        "黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n一、全省经济社会发展主要目标\n"
        "(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)\n"
        "二、重点工作\n1.抓好600个省级重点产业项目。(省发改委主办,省工信委协办)2.推进工业转型升级。(省工信委主办,省发改委协办)\n"
        "三、其他\n(一)做好统筹。(省发改委负责)(三)加强督查。\n"
    )
    (n,) = doc.notices
    assert [c.path for c in n.walk()] == ["一", "一/(一)", "一/(二)", "二", "二/1", "二/2", "三", "三/(一)"]
    assert [(r.path, r.lead) for r in n.responsibilities] == [
        ("一/(一)", ()), ("一/(二)", ("省财政厅",)), ("二/1", ("省发改委",)), ("二/2", ("省工信委",)), ("三/(一)", ())]


def test_clause_span_covers_children(sample_doc):
    clause = next(c for c in sample_doc.notices[0].walk() if c.path == "二")
    assert (clause.span.start_line, clause.span.end_line, clause.span.page, clause.span.end_page) == (145, 609, 2, 6)


def _paths(text):
    doc = gazette_cli.parse_text(text)
    return [c.path for n in doc.notices for c in n.walk()]


PLAN = "济南市某某工作方案\n"


@pytest.mark.parametrize(
    "body, paths",
    [
        pytest.param(
            "一、总体要求\n（一）指导思想。坚持。\n（二）基本原则。\n1.坚持引领。\n2.坚持协同。\n二、重点任务\n（一）建设。\n",
            ["一", "一/(一)", "一/(二)", "一/(二)/1", "一/(二)/2", "二", "二/(一)"],
            id="four-levels",
        ),
        pytest.param(
            "一、研发\n（一）支持研发。\n（二）支持中药。\n二、产业化\n（三）支持转化。\n（四）支持评价。\n",
            ["一", "一/(一)", "一/(二)", "二", "二/(三)", "二/(四)"],
            id="numbering-continues-across-sections",
        ),
        pytest.param(
            "一、任务\n（十）第十项。\n（十一）第十一项。\n（十二）第十二项。\n",
            ["一"],
            id="starting-at-ten-is-not-a-list",
        ),
        pytest.param(
            "一、任务\n1.加强监管。\n（1）加强网络市场监管。\n（2）加强广告市场监管。\n2.强化审查。\n",
            ["一", "一/1", "一/1/(1)", "一/1/(2)", "一/2"],
            id="num-paren-level",
        ),
        pytest.param(
            "第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n第二章　附则\n第三条　本办法自发布之日起施行。\n",
            ["第一章", "第一章/第一条", "第一章/第二条", "第二章", "第二章/第三条"],
            id="chapters-and-articles",
        ),
        pytest.param(
            "第一条　为了规范管理，制定本办法。\n第二条　本办法所称单位包括：\n（一）机关；\n（二）企业。\n第三条　施行。\n",
            ["第一条", "第二条", "第二条/(一)", "第二条/(二)", "第三条"],
            id="articles-with-items",
        ),
        # an article inserted by an amendment follows on from its number (刑法 第一百二十条之一;
        # a regulation's 第三条之一), and the next article from it
        pytest.param(
            "第一条　为了规范物业管理活动，制定本条例。\n第二条　组织恐怖活动组织的，处十年以上有期徒刑。\n第二条之一　资助恐怖活动组织的，处五年以下有期徒刑。\n"
            "第二条之二　准备实施恐怖活动的，处五年以下有期徒刑。\n第三条　以暴力劫持航空器的，处十年以上有期徒刑。\n",
            ["第一条", "第二条", "第二条之一", "第二条之二", "第三条"],
            id="inserted-articles",
        ),
        # a table of contents printed without its 目录 line (a regulation copied from a site): its
        # entries are no headings, and the chapters that follow hold the articles
        pytest.param(
            "第一章 总则\n第二章 公开的内容和范围\n第三章 公开的形式和程序\n第四章 法律责任\n第五章 附则\n第一章 总则\n"
            "第一条 为了保障公民、法人和其他组织的知情权，制定本规定。\n第二章 公开的内容和范围\n第二条 本市行政区域内的政府信息公开工作适用本规定。\n"
            "第三章 公开的形式和程序\n第三条 公开政府信息应当遵循公平、公正、便民的原则。\n第四章 法律责任\n第四条 违反本规定的，依法处理。\n第五章 附则\n第五条 本规定自2004年12月1日起施行。\n",
            ["第一章", "第一章/第一条", "第二章", "第二章/第二条", "第三章", "第三章/第三条", "第四章", "第四章/第四条", "第五章", "第五章/第五条"],
            id="contents-without-its-label-ningbo",
        ),
        pytest.param(
            "第一章 总则\n第二章 地震监测预报\n第三章 地震灾害预防\n第四章 地震应急\n第五章 震后救灾与重建\n第六章 奖励与处罚\n第七章 附则\n"
            "四川省第九届人民代表大会常务委员会第十二次会议决定对《四川省防震减灾条例》作如下修改：\n"
            "一、第三条第二款修改为：“本省行政区域内的机关、企事业单位、社会团体及个人都有依法参加防震减灾活动的义务。”\n"
            "二、第四条第一款修改为：“防震减灾工作，实行预防为主、防御与救助相结合的方针。”\n",
            ["一", "二"],
            id="contents-without-its-label-before-amendments-sichuan",
        ),
        # must not: a code's own headings, one of each kind before the first article
        pytest.param(
            "第一编 总则\n第一章 基本规定\n第一条 为了保护民事主体的合法权益，制定本法。\n第二章 自然人\n第一节 民事权利能力和民事行为能力\n"
            "第二条 自然人从出生时起到死亡时止，具有民事权利能力。\n第二节 监护\n第三条 父母对未成年子女负有抚养、教育和保护的义务。\n",
            ["第一编", "第一编/第一章", "第一编/第一章/第一条", "第一编/第二章", "第一编/第二章/第一节", "第一编/第二章/第一节/第二条", "第一编/第二章/第二节", "第一编/第二章/第二节/第三条"],
            id="part-chapter-section-are-headings",
        ),
        # a 纲要's parts (篇) above chapters that count on across them (国民经济和社会发展第十四个五年规划和2035年远景目标纲要)
        pytest.param(
            "第一篇　开启全面建设社会主义现代化国家新征程\n第一章　发展环境\n“十三五”时期，我国经济实力、科技实力、综合国力跃上新的大台阶。\n"
            "第二章　指导方针\n第一节　指导思想\n高举中国特色社会主义伟大旗帜。\n第三章　主要目标\n经济发展取得新成效。\n"
            "第二篇　坚持创新驱动发展　全面塑造发展新优势\n第四章　强化国家战略科技力量\n第一节　整合优化科技资源配置\n以国家战略性需求为导向推进创新体系优化组合。\n",
            ["第一篇", "第一篇/第一章", "第一篇/第二章", "第一篇/第二章/第一节", "第一篇/第三章", "第二篇", "第二篇/第四章", "第二篇/第四章/第一节"],
            id="gangyao-pian",
        ),
        # decimal numbers inside a chapter numbered 1. or 一、 (霍邱县 预案: 1. 总则 / 1.1 编制目的; 浙江省特种设备
        # 事故应急预案, 2011: 一、 总则 / 1.1 编制目的); a 2.1 under 1. belongs to no chapter (must not)
        pytest.param(
            "1. 总则\n1.1 编制目的\n为了提高政府处置突发公共事件的能力，特制定本预案。\n1.2 编制依据\n宪法及有关法律。\n1.3 突发公共事件及其类别\n"
            "（1）自然灾害。\n（2）事故灾难。\n2. 组织体系\n2.1 领导机构\n县政府是最高行政领导机构。\n",
            ["1", "1/1.1", "1/1.2", "1/1.3", "1/1.3/(1)", "1/1.3/(2)", "2", "2/2.1"],
            id="huoqiu-decimals-under-num",
        ),
        pytest.param(
            "一、 总则\n1.1 编制目的\n为了做好特种设备事故应急工作，制定本预案。\n1.2 编制依据\n特种设备安全监察条例。\n二、 组织体系\n2.1 应急指挥部\n省建设厅成立应急指挥部。\n",
            ["一", "一/1.1", "一/1.2", "二", "二/2.1"],
            id="zhejiang-decimals-under-cn",
        ),
        pytest.param(
            "1. 总则\n2.1 领导机构\n县政府是最高行政领导机构。\n",
            ["1"],
            id="decimal-of-another-chapter",
        ),
        # an interpretation's sentences on the parts of the document it explains are no headings (盘锦 2022 政策解读:
        # 第一部分是总体要求…; 鄞州 2021 解读: 第一部分为总则。…); must not: a part's heading, its title after a space
        pytest.param(
            "二、主要内容\n《方案》主要分为三部分，共十一项：\n第一部分是总体要求，包括指导思想和总体目标。\n第二部分是主要任务，一是打造对外开放新前沿。\n",
            ["二"],
            id="panjin-diyi-bufen-shi",
        ),
        pytest.param(
            "三、主要内容\n第一部分为总则。介绍政策出台的背景。\n第二部分为管理机构与职责。明确了各单位的职责。\n",
            ["三"],
            id="yinzhou-diyi-bufen-wei",
        ),
        pytest.param(
            "第一部分 总体要求\n坚持稳中求进。\n第二部分 主要任务\n打造对外开放新前沿。\n",
            ["第一部分", "第二部分"],
            id="parts-with-titles",
        ),
        # …and inside a chapter numbered 第一章, printed with no space (融水县 安全生产事故灾难应急预案); a 2.1 under
        # 第一章 belongs to no chapter (must not)
        pytest.param(
            "第一章总则\n1.1编制目的\n建立规范有序、科学高效的安全生产应急救援体系。\n1.2编制依据\n依据《中华人民共和国安全生产法》。\n"
            "1.4事故分级\n1.4.1特别重大(Ⅰ级):\n一次死亡30人以上。\n第二章组织体系\n2.1领导机构\n县人民政府成立应急救援指挥部。\n",
            ["第一章", "第一章/1.1", "第一章/1.2", "第一章/1.4", "第一章/1.4/1.4.1", "第二章", "第二章/2.1"],
            id="rongshui-decimals-under-chapter",
        ),
        pytest.param(
            "第一章 总则\n2.1 领导机构\n县政府是最高行政领导机构。\n",
            ["第一章"],
            id="decimal-of-another-chapter-under-dizhang",
        ),
        # decimal headings listed before the document without a 目录 line (兴城市突发水污染事件应急预案, 2017):
        # no headings of their own; must not: a document whose first headings have text under them
        pytest.param(
            "1 总则\n1.1 编制目的\n1.2 编制依据\n2 组织体系\n2.1 领导机构\n1 总则\n1.1 编制目的\n为及时处置突发水污染事件，制定本预案。\n"
            "1.2 编制依据\n依据有关法律法规。\n2 组织体系\n2.1 领导机构\n市政府成立应急指挥部。\n",
            ["1", "1/1.1", "1/1.2", "2", "2/2.1"],
            id="xingcheng-decimal-contents",
        ),
        pytest.param(
            "1 总则\n1.1 编制目的\n为及时处置突发水污染事件，制定本预案。\n1.2 编制依据\n依据有关法律法规。\n2 组织体系\n2.1 领导机构\n市政府成立应急指挥部。\n",
            ["1", "1/1.1", "1/1.2", "2", "2/2.1"],
            id="decimal-headings-with-text",
        ),
        # …printed with no space after the numbers (龙驹镇 2023 突发事件总体应急预案: 1总则 / 1.1制定目的 /
        # 1.3.1为有效处置…)
        pytest.param(
            "1总则\n1.1制定目的\n规范应对突发事件行为。\n1.3分级分类\n1.3.1为有效处置各类突发事件，划分为四个级别。\n2组织体系\n2.1领导机构\n镇政府成立应急指挥部。\n",
            ["1", "1/1.1", "1/1.3", "1/1.3/1.3.1", "2", "2/2.1"],
            id="longju-no-space-after-the-numbers",
        ),
        # must not: a short line that opens with a number, no 1.1 under it (a cell of a table, a count)
        pytest.param(
            "一、安排\n3天\n2号楼\n二、要求\n各单位认真组织。\n",
            ["一", "二"],
            id="a-number-and-a-word-alone",
        ),
        # a regulation read from a page on (a site's third page of 治安管理处罚法): its first article and
        # chapter carry any number, and the next ones follow on
        pytest.param(
            "第二十二条违反治安管理行为在六个月内没有被公安机关发现的，不再处罚。\n第三章违反治安管理的行为和处罚\n第一节扰乱公共秩序的行为和处罚\n"
            "第二十三条有下列行为之一的，处警告或者二百元以下罚款：\n（一）扰乱机关、团体、企业、事业单位秩序的；\n（二）扰乱车站、港口、码头秩序的。\n"
            "第二十四条有下列行为之一的，处警告：\n（一）强行进入场内的；\n（二）在场内燃放烟花爆竹的。\n",
            ["第二十二条", "第三章", "第三章/第一节", "第三章/第一节/第二十三条", "第三章/第一节/第二十三条/(一)", "第三章/第一节/第二十三条/(二)",
             "第三章/第一节/第二十四条", "第三章/第一节/第二十四条/(一)", "第三章/第一节/第二十四条/(二)"],
            id="zhian-from-a-page-on",
        ),
        # must not: an article cited at a line's start (洪泽区 2023 年度报告's grounds: 第二十条第（一）项)
        pytest.param(
            "一、总体情况\n本年度不予公开的理由如下。\n第二十条第（一）项\n第二十条第（五）项\n二、主动公开情况\n第三条规定的事项已全部公开。\n",
            ["一", "二"],
            id="articles-cited-at-a-line-start",
        ),
        # an amending 决定 names at a line's head the articles it changes (甘肃省人大常委会 2010: 第九条修改为…,
        # 第十三条后增加一条…, 第十条第四项修改为…): no articles of its own
        pytest.param(
            "一、对下列明显不适应经济社会发展要求和我省实际的法规进行修改\n"
            "1.在《甘肃省农村能源建设管理条例》第七条中增加一项作为第六项,即:“负责农村节能减排工作;”\n"
            "第九条修改为:“各级人民政府应当发挥本地优势,因地制宜地开发农村能源,提高新能源和可再生能源在能源消费中的比重,调整用能结构,发展循环农业、生态农业,改善生态环境。”\n"
            "第十三条增加一款作为该条第二款,即:“秸秆资源丰富的地区,当地人民政府有关部门应当加强对秸秆综合利用的指导,有计划地示范推广秸秆气化、固化、炭化等技术。”\n"
            "第十三条后增加一条作为第十四条,即:“鼓励畜禽养殖场采用沼气环保能源技术进行粪污处理。鼓励采用沼气厌氧发酵技术处理生产生活污水。”\n"
            "2.将《甘肃省气象条例》第七条 项修改为:“为地方经济建设和防灾减灾服务设置的气象机构、气象探测和通信设施、气象预报警报发布系统、电视天气预报制作系统、防雷防静电系统以及气象科技服务网络等;”\n"
            "第十条第四项修改为:“制(储、用)氢室与民用建筑的距离必须大于25m以上,与重要建筑的距离大于50m以上;”\n",
            ["一", "一/1", "一/2"],
            id="gansu-articles-an-amendment-changes",
        ),
        # must not: an article whose text opens with 中 (中国药品生物制品检定所…, 进口药品管理办法)
        pytest.param(
            "第二十条 口岸药品检验所由国家食品药品监督管理局根据进口药品口岸检验工作的需要确定。\n"
            "第二十一条 中国药品生物制品检定所负责进口药品口岸检验工作的指导和协调。\n"
            "第二十二条 口岸药品检验所应当按照《进口药品注册证》（或者《医药产品注册证》）载明的注册标准对进口药品进行检验。\n",
            ["第二十条", "第二十一条", "第二十二条"],
            id="an-article-opening-with-zhong",
        ),
        # the paragraphs of a new article an amending 决定 quotes after a colon, up to the closing mark (国务院令第513号,
        # 2007), or to the text's end where a page cuts the quotation (南平 2024): the amended rule's items
        pytest.param(
            "国务院决定对《全国年节及纪念日放假办法》作如下修改:将第二条修改为:“全体公民放假的节日:\n"
            "(一)新年,放假1天(1月1日);\n(二)春节,放假3天(农历除夕、正月初一、初二);\n(三)清明节,放假1天(农历清明当日);\n"
            "(四)劳动节,放假1天(5月1日);\n(五)端午节,放假1天(农历端午当日);\n(六)中秋节,放假1天(农历中秋当日);\n"
            "(七)国庆节,放假3天(10月1日、2日、3日)。”\n此外,对个别条文的文字作了修改。本决定自2008年1月1日起施行。\n",
            [],
            id="holidays-quoted-items",
        ),
        pytest.param(
            "三、增加一条,作为第五条:“地方立法应当倡导和弘扬社会主义核心价值观,坚持依法治国和以德治国相结合,铸牢中华民族共同体意识,推动社会主义精神文明建设。”\n\n"
            "四、将第五条改为第七条,修改为:“市人民代表大会及其常务委员会可以在城乡建设与管理、生态文明建设、历史文化保护、基层治理等方面,对下列事项制定地方性法规:\n\n"
            "(一)为执行法律、行政法规和本省地方性法规,需要根据本行政区域的实际情况作具体规定的事项;\n\n"
            "(二)属于本行政区域地方性事务需要制定地方性法规的事项;\n\n(三)\n",
            ["三", "四"],
            id="nanping-quoted-items-cut-by-the-page",
        ),
        # must not: quotations closed on their lines (内蒙古 2021: (一)将第一条修改为:“…。” / (二)… / (三)…)
        pytest.param(
            "一、《内蒙古自治区人民代表大会常务委员会工作条例》\n"
            "(一)将第一条修改为:“为了加强内蒙古自治区人民代表大会常务委员会的工作和建设,依法行使职权,根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》《中华人民共和国民族区域自治法》《中华人民共和国立法法》《中华人民共和国各级人民代表大会常务委员会监督法》等法律的有关规定,结合常务委员会的工作实际,制定本条例。”\n"
            "(二)将第三条修改为:“常务委员会坚持以马克思列宁主义、毛泽东思想、邓小平理论、‘三个代表’重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导,坚持中国共产党领导、人民当家作主、依法治国有机统一,发展社会主义民主,健全社会主义法治,保障和促进自治区的社会主义物质文明、政治文明、精神文明、社会文明、生态文明协调发展。”\n"
            "(三)将第五条修改为:“常务委员会践\n",
            ["一", "一/(一)", "一/(二)", "一/(三)"],
            id="neimenggu-quotation-closed-on-its-line",
        ),
        # a second list of an article, after a paragraph of its own that announces it, numbered again from one
        # (上海市养犬管理条例 第十四条; 上海's 建设工程设计方案规划公示规定 第六条, as 杨浦区 forwarded it)
        pytest.param(
            "第十四条 养犬人应当到居住地的区、县公安部门指定机构申请办理养犬登记和年检。\n个人饲养犬只的，应当提供下列材料：\n"
            "（一）个人身份证明；\n（二）房产证明或者房屋租赁证明；\n（三）犬只的狂犬病免疫证明。\n单位饲养犬只的，应当提供下列材料：\n"
            "（一）单位的组织机构代码证；\n（二）犬只养殖管理制度；\n（三）犬只的狂犬病免疫证明。\n第十五条 公安部门应当自受理申请之日起七日内作出决定。\n",
            ["第十四条", "第十四条/(一)", "第十四条/(二)", "第十四条/(三)", "第十四条/(一)#2", "第十四条/(二)#2", "第十四条/(三)#2", "第十五条"],
            id="dogs-second-list-of-an-article",
        ),
        pytest.param(
            "第六条（公示的内容）\n方案规划公示内容应包括公告和总平面图两部分。\n公告应包括以下内容：\n"
            "（一）建设项目的地址、建设用地范围、规划用地性质、建筑工程性质;\n（二）组织公示的单位、公示期限、收集意见的截止期和途径等。\n"
            "公示前已供地的，还应公告建设单位和建设工程的名称。总平面图应总体稳定，并标注以下内容：\n"
            "（一）用地面积、建筑面积、容积率等规划设计指标;\n（二）各单体建筑的主要高度、层数;\n（三）公共建筑、市政配套设施;\n"
            "（四）如建筑设计外立面采用玻璃幕墙的，应明确标注。\n第七条（公示时限）\n方案规划公示时间不少于7日。\n",
            ["第六条", "第六条/(一)", "第六条/(二)", "第六条/(一)#2", "第六条/(二)#2", "第六条/(三)", "第六条/(四)", "第七条"],
            id="publicity-second-list-of-an-article",
        ),
        # must not: a list numbered again with no paragraph announcing it between
        pytest.param(
            "第十四条 养犬人应当提供下列材料：\n（一）个人身份证明；\n（二）房产证明。\n（一）单位的组织机构代码证；\n（二）犬只养殖管理制度。\n第十五条 公安部门应当作出决定。\n",
            ["第十四条", "第十四条/(一)", "第十四条/(二)", "第十五条"],
            id="a-list-numbered-again-unannounced",
        ),
        # articles numbered through the parts of a county's 实施意见, each part a title alone (柳河 2023 支持重点产业
        # 加快发展的实施意见: 一、政策支持 / 第 1 条 … / 二 、支持范围 / (一)固定资产投资奖励 / 第 2 条 …, its numbers
        # letter-spaced where a line was spread out)
        pytest.param(
            "一、政策支持\n第 1 条 设立总规模不低于1亿元的重点产业发展引导资金，列入县财政预算。\n二、支持范围\n"
            "(一)固定资产投资奖励\n第 2 条 对重点产业新上的工业类项目给予奖励。\n第 3 条 固定资产投资在1亿元及以上的给予奖励。\n"
            "(二)绩效奖励\n第 4 条 对重点产业新建项目给予奖励。\n第 5 条 鼓励企业标准创制和品牌建设。\n三、组织保障\n第 6 条 成立领导小组。\n",
            ["一", "一/第1条", "二", "二/(一)", "二/(一)/第2条", "二/(一)/第3条", "二/(二)", "二/(二)/第4条", "二/(二)/第5条", "三", "三/第6条"],
            id="liuhe-articles-through-parts",
        ),
        # must not: items of an article (专利代理条例's （一）… under 第八条; 一、… as an old rule numbers them), and an
        # item with text of its own before the articles
        pytest.param(
            "第八条 合伙企业形式的专利代理机构应当具备下列条件：\n（一）有符合规定的名称；\n（二）有书面合伙协议。\n"
            "第九条 有限责任公司形式的专利代理机构应当具备下列条件：\n一、有符合规定的名称；\n二、有书面公司章程。\n第十条 申请。\n",
            ["第八条", "第八条/(一)", "第八条/(二)", "第九条", "第九条/一", "第九条/二", "第十条"],
            id="items-of-articles",
        ),
        pytest.param(
            "一、总体要求\n坚持统筹推进，分类实施。\n第一条 设立引导资金。\n第二条 给予奖励。\n",
            ["一", "第一条", "第二条"],
            id="articles-after-an-item-with-text",
        ),
        # must not: 第一篇 opening a sentence
        pytest.param(
            "一、活动安排\n第一篇获奖作品将在市政府网站刊登。第二篇获奖作品在报纸刊登。\n二、工作要求\n各单位认真组织。\n",
            ["一", "二"],
            id="pian-in-a-sentence",
        ),
    ],
)
def test_outline_shapes(body, paths):
    assert _paths(PLAN + body) == paths


@pytest.mark.parametrize(
    "text, paths",
    [
        # a text read from a page on opens with an item numbered past the first: it is a heading, and an
        # outer list's first item after it may carry any number too (宕昌 2022 政府工作报告, its fourth page;
        # 广州 2006 政府工作报告 from 二、; 咸宁 2023 责任分解方案's seventh page, under the site's title)
        pytest.param(
            "（五）持续筑牢绿色发展屏障。坚持“生态优先、绿色发展导向”，实施生物多样性保护工程。\n"
            "（六）不断提升民生保障水平。始终坚持把保障和改善民生作为大事要事来抓。\n",
            ["(五)", "(六)"],
            id="dangchang-from-its-fourth-page",
        ),
        pytest.param(
            "二、“十一五”时期的奋斗目标和主要任务\n（一）经济中心。综合经济实力在国内城市中名列前茅。\n（二）国际都会。陆海空重大交通基础设施接近世界先进水平。\n"
            "三、2006年的工作意见\n（一）努力构建现代产业体系，促进经济又快又好发展。\n继续壮大支柱产业和装备制造业。\n",
            ["二", "二/(一)", "二/(二)", "三", "三/(一)"],
            id="guangzhou-2006-from-er",
        ),
        pytest.param(
            "2023年咸宁市《政府工作报告》确定的主要目标任务责任分解方案\n"
            "123.完善一刻钟公共文体服务圈。推进“数字三馆”建设。（牵头单位：市文旅局；责任单位：市体育事业发展中心）\n"
            "124.持续开展“香城大舞台”“南鄂群星奖”等文化惠民活动。（牵头单位：市文旅局；责任单位：各县市区人民政府）\n"
            "（七）突出“国之大者”，千方百计增进民生福祉。\n125.坚持人民至上、生命至上，加强统筹衔接。\n",
            ["123", "124", "(七)", "(七)/125"],
            id="xianning-from-its-seventh-page",
        ),
        # …and the first item under its first heading too (武汉 2023 责任分解方案's second part on a forum: its tasks are
        # numbered on from the first part's)
        pytest.param(
            "（六）着力推动绿色转型，加快建设世界滨水生态名城\n——坚持推进长江大保护\n"
            "116.全面开展“武汉长江高水平保护十大攻坚提升行动”。（牵头单位：市生态环境局；责任单位：市经信局、市自然资源规划局）\n"
            "117.全面开展“武汉长江经济带降碳减污扩绿增长十大行动”。（责任单位：市发改委）\n",
            ["(六)", "(六)/116", "(六)/117"],
            id="wuhan-second-part-on-a-forum",
        ),
        # must not: a first paragraph whose number opens a figure (（2）30万元以上的项目) is no heading, and
        # an item numbered past the first anywhere else stays text
        pytest.param(
            "（2）30万元以上的项目，由市财政局审核。\n一、总体要求\n（一）指导思想。坚持。\n",
            ["一", "一/(一)"],
            id="a-figure-after-the-first-number",
        ),
        pytest.param(
            "某县工作方案\n为做好工作，制定本方案。\n（三）加强领导。各单位认真组织。\n四、工作要求\n各单位认真组织。\n",
            [],
            id="an-item-past-the-first-after-a-paragraph",
        ),
    ],
)
def test_a_text_read_from_a_page_on(text, paths):
    assert _paths(text) == paths


# Lines in the sample's raw form that look like markers but are not headings.
TRAPS = [
    pytest.param(
        "一、任务\n（一）执法。总结原各\n\n２４\n\n市政府办公厅文件　　　　济南市人民政府公报 (２０２２年第２０期\n\n\n\n部门监管执法办案程序和经验,制定统\n\n一、高效、流畅的监管和执法程序,形成\n\n一系列监管执法机制.\n",
        "一、高效",
        id="tongyi-broken-over-page",
    ),
    pytest.param(
        "一、回顾\n（一）质量。万人有效发明专利拥有量增至２９３２５件、\n\n３３．２ 件, 同 比 分 别 增 长 １５４．９３％、\n\n１０１．８２％.推进企业质量管理认证.\n",
        "101.82%",
        id="decimal-at-line-start",
    ),
    pytest.param(
        "一、任务\n（一）食品。强 化 街 道\n\n(镇)食安办规范化建设,到２０２５年,全\n",
        "（镇）",
        id="town-in-brackets",
    ),
    pytest.param(
        "一、任务\n（一）服务。推动技术与创新支持中心\n\n(TISC)、高校国家知识产权信息服务中\n",
        "（TISC）",
        id="latin-abbreviation-in-brackets",
    ),
    pytest.param(
        "一、目标\n（一）指标。\n\n序号 指标名称 ２０２０年\n\n实现数\n\n２０２５年\n\n目标数 属性\n\n１ 市级社会公用计量标准实现数 (项) １８６ ２７０ 预期性\n\n２ 地方标准制定数量 (项) ５１ ２００ 预期性\n",
        "地方标准制定数量",
        id="indicator-table-rows",
    ),
    pytest.param(
        "一、任务\n（一）加强。\n（九）跳过七项。\n",
        "跳过七项",
        id="number-far-out-of-sequence",
    ),
    pytest.param(
        "一、任务\n二、任务\n一、重新开始\n",
        "重新开始",
        id="restart-of-top-level",
    ),
]


@pytest.mark.parametrize("body, not_a_title", TRAPS)
def test_traps_are_not_headings(body, not_a_title):
    doc = gazette_cli.parse_text(PLAN + body)
    titles = [c.title for n in doc.notices for c in n.walk()]
    assert [t for t in titles if not_a_title in t] == []


@pytest.mark.parametrize(
    "text, family, number",
    [
        pytest.param("一、总体要求", "cn", 1, id="cn"),
        pytest.param("十一、", "cn", 11, id="cn-eleven"),
        pytest.param("（十七）统筹资金支持", "cn_paren", 17, id="cn-paren-seventeen"),
        pytest.param("(二十三)", "cn_paren", 23, id="cn-paren-twenty-three"),
        pytest.param("1.坚持", "num", 1, id="num"),
        pytest.param("12、积极", "num", 12, id="num-dunhao"),
        pytest.param("（4）打击传销", "num_paren", 4, id="num-paren"),
        pytest.param("第十二条　", "article", 12, id="article"),
        pytest.param("第 1 0 条 鼓励企业标准创制", "article", 10, id="article-letter-spaced-digits"),  # 柳河 2023 实施意见
        pytest.param("第三章 附则", "chapter", 3, id="chapter"),
        pytest.param("②开展", "circled", 2, id="circled"),
    ],
)
def test_markers(text, family, number):
    m = match_marker(text)
    assert (m.family, m.number) == (family, number)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("101.82%", id="decimal"),
        pytest.param("2025年", id="year"),
        pytest.param("12345市民服务热线", id="hotline"),
        pytest.param("（镇）", id="town"),
        pytest.param("（TISC）", id="latin"),
        pytest.param("（2022年10月8日印发）", id="printed-date"),
        pytest.param("第三类医疗器械", id="di-san-lei"),
        pytest.param("十九大", id="shijiuda"),
    ],
)
def test_not_markers(text):
    assert match_marker(text) is None


def test_marker_after_spaces_and_in_fullwidth_digits():
    # The first-character test lets spaces and any digit through to the
    # pattern; a marker read before is read again with its own end.
    got = [(m.family, m.number, m.text, m.end) for m in map(match_marker, ("（一）", "　（一）", "１．", "(２)", "（一）"))]
    assert got == [
        ("cn_paren", 1, "（一）", 3),
        ("cn_paren", 1, "（一）", 4),
        ("num", 1, "１．", 2),
        ("num_paren", 2, "(２)", 3),
        ("cn_paren", 1, "（一）", 3),
    ]


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("十", 10, id="ten"),
        pytest.param("十七", 17, id="seventeen"),
        pytest.param("二十三", 23, id="twenty-three"),
        pytest.param("一百零五", 105, id="hundred-five"),
        pytest.param("二〇三五", 2035, id="year-digits"),
    ],
)
def test_cn_to_int(text, value):
    assert cn_to_int(text) == value


def _owner(text, start):
    """The path of the clause whose own text holds the paragraph that starts with ``start``."""
    doc = gazette_cli.parse_text(text)
    owners = [c.path for n in doc.notices for c in n.walk() if any(line.startswith(start) for line in c.text.split("\n"))]
    return owners[-1] if owners else None


# A list announced by a colon and closed by its last item (；… 。) is one
# sentence: the paragraph after it is the next 款 of the clause that holds
# the list, not more of the last item.  Anything else keeps the paragraph
# with the last item.
@pytest.mark.parametrize(
    "body, start, owner",
    [
        pytest.param(  # 18 (新疆 备案审查条例 第二十六条)
            "第一条　经研究，审查建议有下列情形之一的，可以不启动审查程序：\n（一）建议审查的理由不明确或者明显不成立；\n"
            "（二）建议审查的规范性文件已经修改或者废止；\n（三）其他不需启动审查程序的情形。\n"
            "备案审查工作机构应当自作出不启动审查程序决定之日起十日内告知审查建议提起人。\n第二条　审查建议提起人对审查结论有异议的，可以再次提出。\n",
            "备案审查工作机构",
            "第一条",
            id="article-list-then-second-paragraph",
        ),
        pytest.param(  # 01 (专利代理条例 第二十五条)
            "第一条　专利代理机构有下列行为之一的，由管理专利工作的部门责令限期改正，予以警告：\n（一）合伙人、股东或者法定代表人等事项发生变化未办理变更手续；\n"
            "（二）就同一专利申请或者专利案件接受有利益冲突的其他当事人的委托；\n（三）疏于管理，造成严重后果。\n"
            "专利代理机构在执业过程中泄露委托人的发明创造内容的，依照有关法律、行政法规的规定承担法律责任。\n",
            "专利代理机构在执业过程中",
            "第一条",
            id="penalty-list-then-second-paragraph",
        ),
        pytest.param(  # 15 (重庆 举报奖励细则 第七条: a tiered list under a numbered item)
            "一、奖励标准\n1.按照以下标准给予奖励：\n（1）罚款金额在15万元以下的，按1500元奖励；\n（2）罚款金额在500万元以上的，按150000元奖励。\n"
            "对于同一举报涉及两个粮食行政管理部门的，分别进行奖励。\n2.奖励资金纳入预算。\n",
            "对于同一举报",
            "一/1",
            id="tiers-under-an-item",
        ),
        pytest.param(  # no colon: the items are sections with text of their own (04, 06)
            "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导；\n（二）基本原则。坚持统筹推进。\n"
            "各地要结合实际制定具体措施。\n二、重点任务\n",
            "各地要结合实际",
            "一/(二)",
            id="no-colon-stays-with-the-item",
        ),
        pytest.param(  # the items are sentences of their own (。): the list is not one sentence
            "第一条　申请人应当提交下列材料：\n（一）申请书。申请书应当载明申请人的名称。\n（二）营业执照复印件。\n"
            "营业执照复印件应当加盖公章。\n第二条　受理。\n",
            "营业执照复印件应当",
            "第一条/(二)",
            id="items-ending-with-full-stops",
        ),
        pytest.param(  # the last item not closed: the sentence goes on in the next paragraph
            "第一条　有下列情形之一的，不予登记：\n（一）名称不符合规定；\n（二）住所不明确；\n"
            "其他不符合法律规定的情形。\n第二条　受理。\n",
            "其他不符合法律规定",
            "第一条/(二)",
            id="list-not-closed",
        ),
    ],
)
def test_paragraph_after_a_list(body, start, owner):
    assert _owner(PLAN + body, start) == owner


@pytest.mark.parametrize(
    "body, paths, warned",
    [
        pytest.param("一、任务\n（一）加强。\n（三）跳过第二项。\n", ["一", "一/(一)", "一/(三)"], "（三）", id="gap"),
        pytest.param("一、任务\n（一）加强。\n（一）重复。\n", ["一", "一/(一)", "一/(一)#2"], "（一）", id="repeat"),
        # must not: a number repeated once more is no heading (a run of 一、 is no outline)
        pytest.param("一、任务\n（一）加强。\n（一）重复。\n（一）再重复。\n", ["一", "一/(一)", "一/(一)#2"], "（一）", id="a-third-in-a-row"),
        pytest.param("第一条　甲。\n第二条　乙。\n第四条　丙。\n", ["第一条", "第二条", "第四条"], "第四条", id="article-gap"),
        pytest.param("第一条　甲。\n第二条　乙。\n第二条之二　丙。\n", ["第一条", "第二条", "第二条之二"], "第二条之二", id="inserted-article-gap"),
    ],
)
def test_broken_numbering_splits_with_a_warning(body, paths, warned):
    doc = gazette_cli.parse_text(PLAN + body)
    (notice,) = doc.notices
    assert [c.path for c in notice.walk()] == paths
    assert [w for w in doc.warnings if warned in w and "line" in w]


def test_a_marker_alone_on_its_line_keeps_its_line():
    # a page cut after its last marker (国家海洋局 1999 规定's copy ends with （七）), and issue-b's
    # PDFium text, which prints 第四十五条 on a line of its own above its text
    doc = gazette_cli.parse_text("某办法\n第一条 为了规范管理，制定本办法。\n第二条 下列行为禁止：\n（一）甲；\n（二）乙；\n（三）\n")
    last = list(doc.notices[0].walk())[-1]
    assert (last.path, last.span.start_line, last.span.end_line, last.span.page) == ("第二条/(三)", 6, 6, 1)
    assert doc.notices[0].own.clauses[1].span.end_line == 6


def test_a_pages_remark_field_before_the_first_clause_opens_no_notes():
    # 河北省地方立法条例 on 民主法治网: the page's fields (实施日期 / 状态 / 备注：) over the regulation; 备注： there
    # is a field, and the articles after it are the regulation's, not notes
    text = ("河北省地方立法条例\n发布单位:河北省人民代表大会常务委员会\n实施日期: 2018-09-01\n状       态: 现行\n备       注:\n"
            "（2001年1月14日河北省第九届人民代表大会第四次会议通过）\n第一章 总 则\n第一条 为了规范本省地方立法活动，制定本条例。\n"
            "第二条 本条例适用于本省。\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert [c.path for c in n.walk()] == ["第一章", "第一章/第一条", "第一章/第二条"]
    # …but after the clauses, 注： opens a list of notes (the numbers after it are no clauses of the document)
    notes = "某办法\n一、总则\n二、附则\n注：\n1.本办法由市财政局负责解释。\n2.本办法自发布之日起施行。\n"
    (n,) = gazette_cli.parse_text(notes).notices
    assert [c.path for c in n.walk()] == ["一", "二"]
