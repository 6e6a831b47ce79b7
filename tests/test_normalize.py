"""Normalization: each named step on real gazette lines, and lines that must not change."""

import pytest

from gazette_cli.text.normalize import (
    STEP_NAMES,
    STEPS,
    ascii_punctuation,
    cjk_punctuation,
    cjk_punctuation_text,
    closing_bars,
    format_characters,
    fullwidth_ascii,
    justification_spaces,
    latin_o_numerals,
    markup_prefixes,
    normalize_line,
    normalize_lines,
    pinyin_annotations,
    private_use_glyphs,
    traditional_characters,
    unicode_spaces,
)


@pytest.mark.parametrize(
    "step, given, expected",
    [
        pytest.param(fullwidth_ascii, "２０２５", "2025", id="fullwidth-digits"),
        pytest.param(fullwidth_ascii, "１８．５％", "18.5%", id="fullwidth-decimal-percent"),
        pytest.param(fullwidth_ascii, "ＧＣＰ资格认证", "GCP资格认证", id="fullwidth-latin"),
        pytest.param(fullwidth_ascii, "“互联网＋科普”", "“互联网+科普”", id="fullwidth-plus"),
        pytest.param(fullwidth_ascii, "（２０２１－２０３５年）", "（2021-2035年）", id="keeps-fullwidth-brackets"),
        pytest.param(fullwidth_ascii, "请认真组织实施，", "请认真组织实施，", id="keeps-fullwidth-comma"),
        # small forms a site typed for the marks (安徽 2022 重点工作: 1﹒全省生产总值…; 省﹑市; ﹝2020﹞)
        pytest.param(fullwidth_ascii, "1﹒全省生产总值增长7%以上", "1.全省生产总值增长7%以上", id="small-full-stop"),
        pytest.param(fullwidth_ascii, "省﹑市﹑县三级财政", "省、市、县三级财政", id="small-enumeration-comma"),
        pytest.param(fullwidth_ascii, "皖政﹝2022﹞5号", "皖政〔2022〕5号", id="small-tortoise-brackets"),
        pytest.param(fullwidth_ascii, "﹏﹏﹏", "﹏﹏﹏", id="wavy-low-line-is-no-small-mark"),
        pytest.param(private_use_glyphs, "５份/千人\U00100170年", "５份/千人·年", id="private-use-middle-dot"),
        pytest.param(latin_o_numerals, "二 O 三五年远景目标", "二〇三五年远景目标", id="latin-O-in-year"),
        pytest.param(latin_o_numerals, "二O二二年", "二〇二二年", id="latin-O-unspaced"),
        # 吉府发〔2003〕37号 signed 二OO三年十二月四日: two Os in a row
        pytest.param(latin_o_numerals, "二OO三年十二月四日", "二〇〇三年十二月四日", id="latin-O-run"),
        pytest.param(latin_o_numerals, "OO七、2O23年", "OO七、2O23年", id="latin-O-not-between-numerals"),
        # 沈阳市人民政府令第48号: 自二000年七月一日起施行, signed 二000年三月三十日 (a date reader's
        # test has 二000年一月一日 too): the year 2000 with digit zeros; not 二00 before anything else
        pytest.param(latin_o_numerals, "自二000年七月一日起施行", "自二〇〇〇年七月一日起施行", id="year-2000-digit-zeros"),
        pytest.param(latin_o_numerals, "二000年三月三十日", "二〇〇〇年三月三十日", id="year-2000-signed"),
        pytest.param(latin_o_numerals, "奖励二000元，二00年", "奖励二000元，二00年", id="digit-zeros-not-a-year"),
        pytest.param(cjk_punctuation, "请认真组织实施.", "请认真组织实施。", id="sentence-stop"),
        pytest.param(cjk_punctuation, "科普工作水平.配合", "科普工作水平。配合", id="stop-mid-line"),
        pytest.param(cjk_punctuation, "各区县人民政府,市政府各部门 (单位):", "各区县人民政府，市政府各部门 （单位）：", id="addressee-line"),
        pytest.param(cjk_punctuation, "«科学素质纲要»", "《科学素质纲要》", id="guillemets-to-book-title"),
        pytest.param(cjk_punctuation, "比例达到18.5%,城", "比例达到18.5%，城", id="decimal-kept-comma-converted"),
        pytest.param(cjk_punctuation, "1.坚持科学精神引领.践行", "1.坚持科学精神引领。践行", id="list-marker-kept"),
        pytest.param(cjk_punctuation, "按1:1比例分担", "按1:1比例分担", id="ratio-kept"),
        pytest.param(cjk_punctuation, "登记1,000件", "登记1,000件", id="thousands-separator-kept"),
        pytest.param(cjk_punctuation, "满意度达100%.", "满意度达100%。", id="stop-after-percent"),
        # the dot of a file's name stays (冰豆网's 武汉市物业管理条例.docx; 松阳 2025: 附件2:…计划安排表.xls); a stop before
        # other Latin letters is a stop
        pytest.param(cjk_punctuation, "《武汉市物业管理条例.docx》由会员分享", "《武汉市物业管理条例.docx》由会员分享", id="file-name-docx"),
        pytest.param(cjk_punctuation_text, "附件2:松阳县2025年重点及重大前期项目计划安排表.xls", "附件2：松阳县2025年重点及重大前期项目计划安排表.xls", id="file-name-xls-text"),
        pytest.param(cjk_punctuation_text, "全面完成任务.PM2.5浓度下降", "全面完成任务。PM2.5浓度下降", id="stop-before-latin"),
        pytest.param(cjk_punctuation, "步改善;“科学", "步改善；“科学", id="semicolon"),
        # a semicolon after a percent sign or a bracket ends a clause, as a comma does (a city's 2011 education
        # plan: …和13.5年;2020年分别达到98%…; 镇江 十二五: 2012年达到50%;); between digits and in Latin it stays
        pytest.param(cjk_punctuation, "分别达到99%和92%;2020年分别达到", "分别达到99%和92%；2020年分别达到", id="semicolon-after-percent"),
        pytest.param(cjk_punctuation, "2012年达到50%;", "2012年达到50%；", id="semicolon-closing-a-line"),
        pytest.param(cjk_punctuation, "ratio 1;2; see B", "ratio 1;2; see B", id="semicolon-in-latin-kept"),
        pytest.param(cjk_punctuation, "U.S. FDA", "U.S. FDA", id="latin-context-untouched"),
        pytest.param(justification_spaces, "３．推 进 智 慧 科 普 建 设 工 程", "３．推进智慧科普建设工程", id="letter-spaced"),
        # a date letter-spaced, its zero a circle typed for 〇 (京财文〔2011〕2704号: 二 ○ 一 一 年 十 二 月 十 二 日; the
        # spaced 二 O 三五年 above); must not: a circle before a Latin word or a figure keeps its space
        pytest.param(justification_spaces, "二 ○ 一 一 年 十 二 月 十 二 日", "二○一一年十二月十二日", id="letter-spaced-date-circle-zero"),
        pytest.param(justification_spaces, "○ A级", "○ A级", id="circle-before-latin"),
        pytest.param(justification_spaces, "二○ 2项", "二○ 2项", id="circle-before-figure"),
        pytest.param(justification_spaces, "济南市 “十四五” 全民科学素质", "济南市“十四五”全民科学素质", id="spaces-around-quotes"),
        pytest.param(justification_spaces, "持续推进 ODR （消费纠纷", "持续推进 ODR（消费纠纷", id="latin-before-bracket"),
        pytest.param(justification_spaces, "抽查比例（%） 7% 8% 约束性", "抽查比例（%） 7% 8% 约束性", id="table-columns-kept"),
        pytest.param(justification_spaces, " 物学、通用技术", " 物学、通用技术", id="page-start-space-kept"),
        # a joint signature's names a space apart keep their spaces (长三角 2020 攻坚方案: 交通运输部 商务部 /
        # 上海市人民政府 江苏省人民政府; 财企〔2014〕38号: 财政部 工业和信息化部 科技部 商务部); must not: a line
        # that goes on after an organ (鹤岗 2025: 鹤岗市人民政府 鹤岗市中级人民法院印发) or letter-spaced words
        pytest.param(justification_spaces, "交通运输部 商务部", "交通运输部 商务部", id="joint-signature-ministries"),
        pytest.param(justification_spaces, "上海市人民政府 江苏省人民政府", "上海市人民政府 江苏省人民政府", id="joint-signature-provinces"),
        pytest.param(justification_spaces, "财政部 工业和信息化部 科技部 商务部", "财政部 工业和信息化部 科技部 商务部", id="joint-signature-four"),
        pytest.param(justification_spaces, "鹤岗市人民政府 鹤岗市中级人民法院印发", "鹤岗市人民政府鹤岗市中级人民法院印发", id="organs-then-a-verb"),
        pytest.param(justification_spaces, "各 部 委 局", "各部委局", id="letter-spaced-organ-words"),
        # copies of mainland documents in traditional characters (鄂政发〔2018〕26号,
        # 穗府办〔2006〕19号 on mirrors): converted character for character
        pytest.param(traditional_characters, "鄂政發〔2018〕26號", "鄂政发〔2018〕26号", id="traditional-number"),
        pytest.param(traditional_characters, "(牽頭單位:市經貿委;配合單位:市發改委、國土房管局)", "(牵头单位:市经贸委;配合单位:市发改委、国土房管局)", id="traditional-units"),
        pytest.param(traditional_characters, "各區、縣級市人民政府,市政府各部門、各直屬機構:", "各区、县级市人民政府,市政府各部门、各直属机构:", id="traditional-addressees"),
        # simplified text naming a traditional form or one that simplified text uses too stays
        pytest.param(traditional_characters, "乾隆年间修建的古建筑群，于是列入保护名录", "乾隆年间修建的古建筑群，于是列入保护名录", id="simplified-with-shared-forms"),
        pytest.param(traditional_characters, "全面实施市场准入负面清单制度", "全面实施市场准入负面清单制度", id="simplified"),
        # mirrors that print pinyin after converted characters (湘西 2020, 上海 2017)
        pytest.param(pinyin_annotations, "州政發(fā)〔2020〕5號", "州政發〔2020〕5號", id="pinyin-after-character"),
        pytest.param(pinyin_annotations, "湘西經(jīng)開區(qū)管委會", "湘西經開區管委會", id="pinyin-two"),
        pytest.param(pinyin_annotations, "上海市人民政府印發（fā）《關（guān）於", "上海市人民政府印發《關於", id="pinyin-fullwidth-brackets"),
        pytest.param(pinyin_annotations, "技术(TISC)、PCT (专利合作条约)", "技术(TISC)、PCT (专利合作条约)", id="latin-bracket-kept"),
        pytest.param(pinyin_annotations, "大栅栏(dà shí lànr)地区", "大栅栏(dà shí lànr)地区", id="pronunciation-of-a-name-kept"),
        # a table a site saved one cell per line, each closed by a bar (霍山经开区 2025 责任清单; 天津 收费目录清单)
        pytest.param(closing_bars, "招商工作部、安商工作部 |", "招商工作部、安商工作部", id="bar-after-a-cell"),
        pytest.param(closing_bars, "生活垃圾处理费 |", "生活垃圾处理费", id="bar-after-a-fee-cell"),
        pytest.param(closing_bars, "文 号： | 六盘水府办发〔2022〕10号 | 是否有效： | |", "文 号： | 六盘水府办发〔2022〕10号 | 是否有效： | |", id="catalogue-bars-kept"),
        pytest.param(closing_bars, "热门站点| 世界资料网", "热门站点| 世界资料网", id="inner-bar-kept"),
        # a line of bars alone, where a table saved one cell per line ends a row (洋县 2024 民生实事清单)
        pytest.param(closing_bars, "|", "", id="a-bar-alone"),
        pytest.param(closing_bars, "||||||", "", id="bars-alone"),
        pytest.param(closing_bars, "甲 | 乙", "甲 | 乙", id="bar-between-cells-kept"),
        pytest.param(ascii_punctuation, "到2025年，比例达到18.5%。", "到2025年,比例达到18.5%.", id="ascii-punct"),
        # 14_anshun: a flattened 办法 separates its heads with en spaces.
        pytest.param(unicode_spaces, "第一章\u2002 总\u2002 \u2002 则第一条\u2002\u2002为加强", "第一章  总    则第一条  为加强", id="en-spaces"),
        pytest.param(unicode_spaces, "第一条\u3000为了规范", "第一条\u3000为了规范", id="ideographic-space-kept"),
        # Text copied from web pages carries invisible format characters.
        pytest.param(format_characters, "济政字〔20\u200b22〕61号", "济政字〔2022〕61号", id="zero-width-space-in-doc-number"),
        pytest.param(format_characters, "国\u200d办\u2060发〔2024〕8号", "国办发〔2024〕8号", id="joiners"),
        pytest.param(format_characters, "\ufeff一、总体要求", "一、总体要求", id="bom-at-a-heading"),
        pytest.param(format_characters, "第十\u00ad九条", "第十九条", id="soft-hyphen"),
        pytest.param(format_characters, "　　第一条\u3000为了规范\u00a0管理", "　　第一条\u3000为了规范\u00a0管理", id="spaces-are-not-format-characters"),
        pytest.param(format_characters, "（牵头单位：市发展改革委）", "（牵头单位：市发展改革委）", id="plain-text-untouched"),
        # 16_zhejiang: a legal database's paragraph mark; the versions folder: Markdown.
        pytest.param(markup_prefixes, "@@  一、关于城市道路的含义。", "一、关于城市道路的含义。", id="database-mark"),
        pytest.param(markup_prefixes, "## 第一条　为了", "第一条　为了", id="markdown-heading"),
        pytest.param(markup_prefixes, "　　@@ （一）施工", "　　（一）施工", id="mark-after-indent"),
        pytest.param(markup_prefixes, "电子邮箱：gazette@@example", "电子邮箱：gazette@@example", id="mark-inside-a-line"),
        pytest.param(markup_prefixes, "#1号楼", "#1号楼", id="hash-without-space"),
    ],
)
def test_step(step, given, expected):
    assert step(given) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        pytest.param("济政发 〔２０２２〕１７号", "济政发〔2022〕17号", id="doc-number"),
        pytest.param("(三)工作目标.到２０２５年,全市公", "（三）工作目标。到2025年，全市公", id="heading-line"),
        pytest.param("研发 投 入 (加 计 扣 除 口 径) 的 １０％、", "研发投入（加计扣除口径）的 10%、", id="letter-spaced-with-brackets"),
        pytest.param("药物 (含医疗器械)", "药物（含医疗器械）", id="space-before-bracket"),
        pytest.param("«全民科学素质行动规划纲要 (２０２１－", "《全民科学素质行动规划纲要（2021-", id="title-broken-open-bracket"),
        pytest.param("２０３５年)» (国发 〔２０２１〕９号,以下简", "2035年）》（国发〔2021〕9号，以下简", id="unmatched-close-bracket"),
        pytest.param("５份/千人\U00100170年.实行抽检分离", "5份/千人·年。实行抽检分离", id="private-use-and-stop"),
        pytest.param("１０１．８２％.推进企业", "101.82%。推进企业", id="decimal-then-stop"),
    ],
)
def test_normalize_line(raw, expected):
    assert normalize_line(raw) == expected


# Clean text that is already GB/T 15834: normalization must leave it alone.
UNCHANGED = [
    "到2025年，全市公民具备科学素质的比例达到18.5%。",
    "（责任单位：市工业和信息化局、市科技局）",
    "《济南市人民政府关于印发济南市促进生物医药和大健康产业发展若干政策的通知》（济政字〔2019〕81号）同时废止。",
    "第一条　为了加强城市供水管理，制定本办法。",
    "推广应用ISO 9001质量管理体系。",
    "1.坚持科学精神引领。",
    "按1:1比例分担",
    "",
]


@pytest.mark.parametrize("line", [pytest.param(x, id=f"unchanged-{i}") for i, x in enumerate(UNCHANGED)])
def test_clean_text_is_unchanged(line):
    assert normalize_line(line) == line


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("３．推 进 智 慧 科 普 建 设 工 程.加 强", id="letter-spaced"),
        pytest.param("各区县人民政府,市政府各部门 (单位):", id="addressee"),
        pytest.param("二 O 三五年", id="latin-O"),
        pytest.param("(TISC)、高校国家知识产权", id="latin-in-brackets"),
        pytest.param(":)", id="colon-before-bracket"),
        pytest.param(":«", id="colon-before-guillemet"),
        pytest.param("::::)", id="colon-chain"),
        pytest.param("a,(b", id="comma-before-bracket"),
        pytest.param("推 进 智 慧.加 强", id="justified"),
    ],
)
def test_normalization_is_idempotent(raw):
    once = normalize_line(raw)
    assert normalize_line(once) == once


def test_steps_are_reported_with_what_changed():
    result = normalize_lines(["２０２５年", "已经干净。"])
    assert (result.steps, result.changed, result.lines) == (STEP_NAMES, ("fullwidth_ascii",), ("2025年", "已经干净。"))


def test_a_simplified_text_naming_a_traditional_name_keeps_it():
    # The share of traditional forms is read over the lines normalized together.
    lines = [
        "一、加强对外交流合作",
        "（一）支持香港中華總商會等团体在本市开展经贸交流合作活动，推动两地企业互利共赢发展。",
        "（二）全面实施市场准入负面清单制度，除法律法规明令禁止的范围外一律开放。",
        "（三）全面规范市场准入程序，不得设置对外地经营者不平等的市场准入条件。",
    ]
    result = normalize_lines(lines)
    assert result.lines[1] == lines[1] and "traditional_characters" not in result.changed


def test_line_count_is_kept():
    raw = ["济南市人民政府", "", " 物学、通用技术", "４"]
    assert len(normalize_lines(raw).lines) == len(raw)


# --- whole-text steps: the same result as line by line ---------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_LINE_ALPHABET = st.sampled_from(
    list("推进智慧科普二三五〇O0oΟ，。（）：；.,:;!?()«» 　\u00a0ＧＣＰ２０％．－AbC1\U00100170\u200b\u00ad\ufeff")
)


def _line_by_line(lines: list[str]) -> tuple[tuple[str, ...], set[str]]:
    changed: set[str] = set()
    out = []
    for line in lines:
        for name, step in zip(STEP_NAMES, (step.func for step in STEPS)):
            new = step(line)
            if new != line:
                changed.add(name)
                line = new
        out.append(line)
    return tuple(out), changed


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(_LINE_ALPHABET, max_size=30), max_size=8))
def test_whole_text_steps_give_the_lines_and_changes_of_line_by_line(lines):
    expected_lines, expected_changed = _line_by_line(lines)
    got = normalize_lines(lines)
    assert (got.lines, set(got.changed)) == (expected_lines, expected_changed)


def test_lines_with_a_line_feed_inside_are_normalized_apart():
    lines = ["推 进\n智 慧", "科 普"]
    assert normalize_lines(lines).lines == tuple(normalize_line(x) for x in lines)


def test_a_joint_signature_keeps_its_spaces_in_a_whole_text():
    # the whole-text pass keeps the lines of organs a space apart, and joins the others as each line alone would
    raw = ["现印发给你们。", "  交通运输部 商务部", "市场监管总局 能源局", "推 进 智 慧", "2020年10月30日"]
    assert list(normalize_lines(raw).lines) == [normalize_line(line) for line in raw] == [
        "现印发给你们。", "  交通运输部 商务部", "市场监管总局 能源局", "推进智慧", "2020年10月30日"]

