"""References (cited documents) and validity: every form, positive and
negative, and the sample's citations checked against its text."""

from __future__ import annotations

import pytest
import regex

import gazette_cli
from gazette_cli.extract import references
from gazette_cli.extract import validity
from gazette_cli.text.normalize import normalize_line

from conftest import notice_by_number, parse_clause, source_text




def refs_of(clause: str):
    return references.extract(parse_clause(clause).notices[0])




REFERENCES = [
    # a number the bracket names as 文, 文件 or 令 (厦门 2016 清理结果: （厦府〔2016〕278号文）; 黑河 2008 廉租住房:
    # （国发〔2007〕24号文件）, （建设部〔2007〕第162号令）)
    pytest.param(
        "（一）根据《厦门市人民政府关于废止和宣布失效一批市政府文件的通知》（厦府〔2016〕278号文），清理有关文件。",
        ("厦门市人民政府关于废止和宣布失效一批市政府文件的通知", "厦府〔2016〕278号", None, "basis"),
        id="xiamen-hao-wen",
    ),
    pytest.param(
        "（一）按照国务院《关于解决城市低收入家庭住房困难的若干意见》（国发〔2007〕24号文件）要求，制定本办法。",
        ("关于解决城市低收入家庭住房困难的若干意见", "国发〔2007〕24号", None, "basis"),
        id="heihe-hao-wenjian",
    ),
    # the issuer between 依据/根据/按照 and the title (15 重庆 细则; 16 浙价费; 03 国办发〔2019〕4号)
    pytest.param(
        "（一）依据国家粮食和物资储备局《政策性粮食购销违法违规行为举报奖励办法（试行）》（国粮执法规〔2023〕144号），结合我市实际，制定本细则。",
        ("政策性粮食购销违法违规行为举报奖励办法（试行）", "国粮执法规〔2023〕144号", None, "basis"),
        id="15-issuer-between",
    ),
    pytest.param(
        "（一）根据建设部、财政部、原国家物价局《关于印发〈城市道路占用挖掘收费管理办法〉的通知》（建城〔1993〕410号）第四条的规定执行。",
        ("关于印发〈城市道路占用挖掘收费管理办法〉的通知", "建城〔1993〕410号", None, "basis"),
        id="16-issuers-between",
    ),
    pytest.param(
        "（一）用于检查的大型医用设备按照国家卫生健康委《大型医用设备配置许可管理目录》进行统计。",
        ("大型医用设备配置许可管理目录", None, None, "basis"),
        id="03-issuer-between",
    ),
    # an emergency plan (预案) is a document cited (14 安顺 办法; 10 国家粮食应急预案)
    pytest.param(
        "（一）市发展改革委要加强粮食市场动态监测，按照《安顺市粮食应急预案》要求，提出市级储备粮动用方案。",
        ("安顺市粮食应急预案", None, None, "basis"),
        id="14-yuan",
    ),
    # the document a decision amends (广州市人民政府令第5号, 2005; 四川省人大常委会, 2000)
    pytest.param(
        "（一）广州市人民政府决定对《广州市行政规范性文件管理规定》作如下修改：",
        ("广州市行政规范性文件管理规定", None, None, "amends"),
        id="guangzhou-zuo-ruxia-xiugai",
    ),
    pytest.param(
        "（一）四川省第九届人民代表大会常务委员会第十六次会议决定对《四川省防震减灾条例》作如下修改：",
        ("四川省防震减灾条例", None, None, "amends"),
        id="sichuan-zuo-ruxia-xiugai",
    ),
    # the version meant between 根据 and the title: still a basis (鲁政发〔2014〕20号; the preface
    # of the 证券业从业资格考试统编教材: 根据新修订的《…》修订…, 根据新发布的《…》)
    pytest.param(
        "（一）根据新修订的《中华人民共和国预算法》有关要求，现就深化我省预算管理制度改革提出以下实施意见。",
        ("中华人民共和国预算法", None, None, "basis"),
        id="shandong-xin-xiuding-de",
    ),
    pytest.param(
        "（一）根据新修订的《证券发行上市保荐业务管理办法》修订有关发行保荐制度的内容。",
        ("证券发行上市保荐业务管理办法", None, None, "basis"),
        id="textbook-xin-xiuding-de",
    ),
    pytest.param(
        "（一）根据新发布的《首次公开发行股票并在创业板上市管理暂行办法》，增加有关内容。",
        ("首次公开发行股票并在创业板上市管理暂行办法", None, None, "basis"),
        id="textbook-xin-fabu-de",
    ),
    pytest.param(
        "（一）经党中央、国务院批准，根据2024年11月修订的《全国年节及纪念日放假办法》，自2025年1月1日起，全体公民放假的假日增加2天。",
        ("全国年节及纪念日放假办法", None, None, "basis"),
        id="guobanfa-2024-dated-revision",
    ),
    # must not: the revision is the document's own (constructed from the rows above)
    pytest.param("（一）根据本次修订的《应急管理办法》组织实施。", ("应急管理办法", None, None, "cites"), id="own-revision-not-basis"),
    # an article of it changed, added to or cut, in a decision that amends several (国务院令第645号,
    # 2013; 国务院令第666号, 2016; 甘肃省人大常委会关于修改部分地方性法规的决定, 2010)
    pytest.param(
        "一、将《中华人民共和国城镇土地使用税暂行条例》第七条中的“由省、自治区、直辖市税务机关审核后，报国家税务局批准”修改为“由县以上地方税务机关批准”。",
        ("中华人民共和国城镇土地使用税暂行条例", None, None, "amends"),
        id="645-jiang-article-xiugaiwei",
    ),
    pytest.param("二、删去《外国商会管理暂行规定》第七条。", ("外国商会管理暂行规定", None, None, "amends"), id="645-shanqu-article"),
    pytest.param(
        "一、删去《中华人民共和国计量法实施细则》第十六条中的“后方可申请办理营业执照”。",
        ("中华人民共和国计量法实施细则", None, None, "amends"),
        id="666-shanqu-words-of-an-article",
    ),
    pytest.param(
        "1.在《甘肃省农村能源建设管理条例》第七条中增加一项作为第六项，即：“负责农村节能减排工作；”",
        ("甘肃省农村能源建设管理条例", None, None, "amends"),
        id="gansu-zai-article-zhong-zengjia",
    ),
    # must not: an article cited for a rule, also with a change in the sentence after it
    pytest.param("（一）依照《中华人民共和国计量法实施细则》第十六条规定办理。", ("中华人民共和国计量法实施细则", None, None, "basis"), id="article-cited-is-no-amendment"),
    pytest.param("（一）按照《外国商会管理暂行规定》第七条的规定，增加年度报告内容。", ("外国商会管理暂行规定", None, None, "basis"), id="article-cited-then-a-change"),
    # must not: amended already, or to be amended some day
    pytest.param("（一）认真执行修改后的《广州市行政规范性文件管理规定》。", ("广州市行政规范性文件管理规定", None, None, "cites"), id="amended-already"),
    pytest.param("（一）适时对《四川省防震减灾条例》进行修改。", ("四川省防震减灾条例", None, None, "cites"), id="to-be-amended"),
    # what stands between says the title is being made, or is a purpose: no basis
    pytest.param("（一）根据实际情况制定《乡村振兴实施细则》。", ("乡村振兴实施细则", None, None, "cites"), id="made-not-basis"),
    pytest.param("（一）按照要求编制《国土空间总体规划》。", ("国土空间总体规划", None, None, "cites"), id="purpose-not-basis"),
    pytest.param("（一）根据工作需要，修订《应急管理办法》。", ("应急管理办法", None, None, "cites"), id="comma-not-basis"),
    pytest.param(
        "（一）依据《全民科学素质行动规划纲要（2021-2035年）》（国发〔2021〕9号，以下简称《科学素质纲要》），制定本方案。",
        ("全民科学素质行动规划纲要（2021-2035年）", "国发〔2021〕9号", "科学素质纲要", "basis"),
        id="title-number-short-name-basis",
    ),
    pytest.param(
        "（一）依据«全民科学素质行动规划纲要 (２０２１－２０３５年)» (国发 〔２０２１〕９号,以下简称«科学素质纲要»),制定本方案.",
        ("全民科学素质行动规划纲要（2021-2035年）", "国发〔2021〕9号", "科学素质纲要", "basis"),
        id="pdf-guillemets-full-width-digits",
    ),
    pytest.param(
        "（一）根据《政府参事工作条例》（国务院令第565号）规定，经研究确定。",
        ("政府参事工作条例", "国务院令第565号", None, "basis"),
        id="国务院令-basis",
    ),
    pytest.param(
        "（一）《济南市人民政府关于印发济南市促进生物医药和大健康产业发展若干政策的通知》（济政字〔2019〕81号）同时废止。",
        ("济南市人民政府关于印发济南市促进生物医药和大健康产业发展若干政策的通知", "济政字〔2019〕81号", None, "repeals"),
        id="同时废止-repeals",
    ),
    pytest.param(
        "（一）认真贯彻落实《干部教育培训工作条例》，做好培训。",
        ("干部教育培训工作条例", None, None, "cites"),
        id="title-alone-cites",
    ),
    pytest.param(
        "（一）用足用好《济南市人才服务支持政策（30条）》等相关政策。",
        ("济南市人才服务支持政策（30条）", None, None, "cites"),
        id="title-with-count-tail",
    ),
    pytest.param(
        "（一）充分利用《区域全面经济伙伴关系协定》（RCEP）规则。",
        ("区域全面经济伙伴关系协定", None, "RCEP", "cites"),
        id="abbreviation",
    ),
    pytest.param(
        "（一）按照济政字〔2019〕81号文件要求执行。",
        (None, "济政字〔2019〕81号", None, "basis"),
        id="bare-number-after-按照",
    ),
    # prose glued before a bare number (国家药品监督管理局 2001: 我局已以国药监械[2001]288号文发布了…; 达州 2000's
    # repeal table: 关于城市规划建设管理规定的通知 达市府发〔2000〕65号)
    pytest.param(
        "（一）我局已以国药监械[2001]288号文发布了有关规定。",
        (None, "国药监械〔2001〕288号", None, "cites"),
        id="guoyaojian-yi-before-a-number",
    ),
    pytest.param(
        "（一）关于城市规划建设管理规定的通知达市府发〔2000〕65号。",
        (None, "达市府发〔2000〕65号", None, "cites"),
        id="dazhou-tongzhi-before-a-number",
    ),
    # a date right before a bare number is no part of its code (财政部's 财会〔2002〕1009号 on a law database)
    pytest.param("（一）2002年1月28日 财会〔2002〕1009号", (None, "财会〔2002〕1009号", None, "cites"), id="date-before-a-bare-number"),
    pytest.param(
        "（一）国办发〔2020〕12号明确了相关要求。",
        (None, "国办发〔2020〕12号", None, "cites"),
        id="bare-number-cites",
    ),
    pytest.param(
        "（一）根据《疫苗管理法》等法律法规规定，实施全覆盖检查。",
        ("疫苗管理法", None, None, "basis"),
        id="法-basis",
    ),
    pytest.param(
        "（一）贯彻落实《山东省氢能产业中长期发展规划（2020—\n2030年）》，发挥计量作用。",
        ("山东省氢能产业中长期发展规划（2020—2030年）", None, None, "cites"),
        id="title-broken-over-lines",
    ),
    # a standard: its number before the title (GB/T 9704 as DOMAIN.md and the 公文 rules cite it) or in brackets after it
    pytest.param(
        "（一）公文格式依照GB/T 9704—2012《党政机关公文格式》执行。",
        ("党政机关公文格式", "GB/T 9704—2012", None, "basis"),
        id="standard-number-before",
    ),
    # a year in round brackets, as older copies type it (莆田 2003 住宿费批复: （闽价（2002）费182号）,
    # a series 费 before the serial; 内蒙古 内计价字[2001]251号: （计办厅（2000）188号）)
    pytest.param(
        "（一）根据《关于规范我省农村义务教育阶段学校收费管理的通知》（闽价（2002）费182号）的精神，经研究，现批复如下。",
        ("关于规范我省农村义务教育阶段学校收费管理的通知", "闽价〔2002〕费182号", None, "basis"),
        id="putian-round-year-series",
    ),
    pytest.param(
        "（一）按照国家计委办公厅“关于2000-2001年度物价公报工作安排的通知”（计办厅（2000）188号）有关要求，公布全区各盟市价格文件。",
        ("关于2000-2001年度物价公报工作安排的通知", "计办厅〔2000〕188号", None, "basis"),
        id="neimenggu-round-year",
    ),
    # a part in brackets after the issuer's code (广东 2021 廉江 用地批复: 《…的请示》（湛自然资(管制)〔2021〕45号）)
    pytest.param(
        "（一）《湛江市自然资源局关于审批廉江市2020年度第一批次城镇建设用地的请示》（湛自然资（管制）〔2021〕45号）及相关材料已通过审核。",
        ("湛江市自然资源局关于审批廉江市2020年度第一批次城镇建设用地的请示", "湛自然资（管制）〔2021〕45号", None, "cites"),
        id="guangdong-bracketed-section",
    ),
    # a ministry's 公告 numbered in its year (重庆 2023 粮食 举报奖励 细则: 《12325…举报处理规定》（国家粮食和物资储备局公告2021年第5号）;
    # 财政部 税务总局公告2023年第1号, its two issuers a space apart, and 国家税务总局公告2018年第31号 cited bare)
    pytest.param(
        "（一）依据《12325全国粮食和物资储备监管热线举报处理规定》（国家粮食和物资储备局公告2021年第5号），制定本细则。",
        ("12325全国粮食和物资储备监管热线举报处理规定", "国家粮食和物资储备局公告2021年第5号", None, "basis"),
        id="chongqing-gonggao-in-its-year",
    ),
    pytest.param(
        "（一）按照财政部 税务总局公告2023年第1号执行。",
        (None, "财政部税务总局公告2023年第1号", None, "basis"),
        id="caizhengbu-gonggao-bare",
    ),
    # a quoted slogan before a number names no document
    pytest.param(
        "（一）持续深化“放管服”改革（国办发〔2019〕4号）各项要求。",
        (None, "国办发〔2019〕4号", None, "cites"),
        id="quoted-slogan-is-no-title",
    ),
    pytest.param(
        "（一）出厂水水质应符合《生活饮用水卫生标准》（GB 5749—2022）要求。",
        ("生活饮用水卫生标准", "GB 5749—2022", None, "cites"),
        id="standard-number-after",
    ),
]


@pytest.mark.parametrize("clause, expected", REFERENCES)
def test_reference_fields(clause, expected):
    (ref,) = refs_of(clause)
    assert (ref.title, ref.doc_number, ref.short_name, ref.relation) == expected


@pytest.mark.parametrize("clause, expected", REFERENCES)
def test_reference_text_is_in_the_source_at_its_span(clause, expected):
    doc = parse_clause(clause)
    (ref,) = references.extract(doc.notices[0])
    assert regex.sub(r"\s+", "", ref.text) in source_text(doc, ref.span)


@pytest.mark.parametrize(
    "clause, relations",
    [
        pytest.param(
            "（一）依据《A规划纲要》（国发〔2021〕9号）、《B实施方案》（鲁政发〔2021〕25号）和《C规划》，制定本方案。",
            ("basis", "basis", "basis"),
            id="basis-governs-a-list",
        ),
        pytest.param(
            # 10: the 预案 closes the list the 根据 governs
            "（一）根据《中华人民共和国价格法》、《粮食流通管理条例》、《中央储备粮管理条例》和《国家突发公共事件总体应急预案》等，制定本预案。",
            ("basis", "basis", "basis", "basis"),
            id="10-yuan-in-a-basis-list",
        ),
        pytest.param(
            "（一）《甲办法》《乙规定》同时废止。",
            ("repeals", "repeals"),
            id="repeals-governs-a-list",
        ),
        pytest.param(
            "（一）依据《A规划纲要》，结合《B实施方案》，制定本方案。",
            ("basis", "cites"),
            id="comma-ends-the-list",
        ),
        # the list goes on through a title's issuer (山东省政府, 1985; 内江市人民政府令第40号)
        pytest.param(
            "第一条 为了尽快解决全省农村人畜缺水问题，根据《中华人民共和国水法》、国务院办公厅转发水利电力部《关于农村人畜饮水工作的暂行规定》，制定本办法。",
            ("basis", "basis"),
            id="shandong-issuer-in-a-basis-list",
        ),
        pytest.param(
            "第一条 为加强对甜城湖的保护与管理，根据《中华人民共和国水法》、国务院《城市道路管理条例》、国务院《城市绿化条例》、"
            "GB5749-2006《生活饮用水卫生标准》、《四川省水上交通安全管理条例》等有关法律法规规章，结合实际，制定本办法。",
            ("basis",) * 5,
            id="neijiang-issuers-in-a-basis-list",
        ),
        # a comma between the titles of a list (杭政办函〔2008〕358号's 办法: 根据《A》（中发〔2006〕22号），
        # 《B》（市委〔2007〕43号）和《C》（杭政函〔2006〕30号）精神)
        pytest.param(
            "第一条 根据《中共中央国务院关于全面加强人口和计划生育工作统筹解决人口问题的决定》（中发〔2006〕22号），"
            "《中共杭州市委 杭州市人民政府关于印发〈杭州市基本养老保障办法〉的通知》（市委〔2007〕43号）和"
            "《杭州市人民政府关于农村部分计划生育家庭奖励扶助制度的实施意见》（杭政函〔2006〕30号）精神，结合我市实际，特制定本办法。",
            ("basis", "basis", "basis"),
            id="hangzhou-comma-in-a-basis-list",
        ),
        # what the text says of the title before, between two of a list: 及其实施细则 (国税发〔2006〕156号: 根据
        # 《…增值税暂行条例》及其实施细则和《…税收征收管理法》), 的规定 and a note (湖州 2025 资金预算: 按照《…办法》
        # （湖政办发〔2024〕18号）的规定和《…的通知》（…）; 《…实施细则》（待制定）、《…若干政策意见》)
        pytest.param(
            "（一）根据《中华人民共和国增值税暂行条例》及其实施细则和《中华人民共和国税收征收管理法》，对规定进行了修订。",
            ("basis", "basis"),
            id="sat-jiqi-shishi-xize",
        ),
        pytest.param(
            "（一）按照《湖州市市直政府性专项资金管理办法》（湖政办发〔2024〕18号）的规定和《湖州市财政局关于编制2025年市直预算的通知》"
            "（湖财预〔2024〕135号）等文件要求，编制本方案。",
            ("basis", "basis"),
            id="huzhou-de-guiding-he",
        ),
        pytest.param(
            "（一）依据《2025年湖州市工业发展专项资金政策实施细则》（待制定）、《关于深化绿色金融改革的若干政策意见》（湖政办发〔2023〕52号）执行。",
            ("basis", "basis"),
            id="huzhou-a-note-between",
        ),
        # must not: what stands between is no issuer (a verb, the document's own making)
        pytest.param("（一）依据《A规划纲要》、加快推进《B实施方案》落实。", ("basis", "cites"), id="verb-ends-the-list"),
        pytest.param("（一）根据《A条例》和本单位制定的《B细则》执行。", ("basis", "cites"), id="own-making-ends-the-list"),
        pytest.param("（一）认真落实《A条例》、国务院《B条例》。", ("cites", "cites"), id="issuer-list-without-basis"),
    ],
)
def test_relation_of_lists(clause, relations):
    assert tuple(r.relation for r in refs_of(clause)) == relations


@pytest.mark.parametrize(
    "letter, relations",
    [
        # the 请示 a 批复 answers: 08 (国函〔2018〕159号), 法释〔2013〕23号 (最高人民法院), with its
        # number and its attachments
        ("你们《关于呈报〈河北雄安新区总体规划（2018—2035年）〉的请示》收悉。经党中央、国务院同意，现批复如下：", ("replies_to",)),
        ("你院《关于某问题的请示》收悉。经研究，批复如下：依据《中华人民共和国劳动争议调解仲裁法》第二十七条的规定…", ("replies_to", "basis")),
        ("你委《关于设立管理委员会的请示》（济发改字〔2023〕5号）及附件收悉。现批复如下：", ("replies_to",)),
        # a 请示 cited otherwise is cited
        ("结合《关于设立管理委员会的请示》提出的意见，做好工作。", ("cites",)),
        ("《关于设立管理委员会的请示》已经市政府研究，现批复如下：", ("cites",)),
    ],
)
def test_a_reply_names_what_it_replies_to(letter, relations):
    text = "某市人民政府关于同意设立管理委员会的批复\n某政字〔2023〕12号\n市发展改革委：\n" + letter + "\n某市人民政府\n2023年2月10日\n"
    (notice,) = gazette_cli.parse_text(text).notices
    assert tuple(r.relation for r in notice.references) == relations


def test_short_name_use_resolves_to_the_full_title():
    clause = (
        "（一）依据《全民科学素质行动规划纲要（2021-2035年）》（国发〔2021〕9号，以下简称《科学素质纲要》），制定本方案。"
        "做好《科学素质纲要》实施工作。"
    )
    later = refs_of(clause)[1]
    assert (later.title, later.doc_number, later.short_name) == (
        "全民科学素质行动规划纲要（2021-2035年）",
        "国发〔2021〕9号",
        "科学素质纲要",
    )


NOT_REFERENCES = [
    pytest.param("（一）在《人民日报》《新闻联播》等媒体宣传。", id="newspaper-and-programme"),
    pytest.param("（一）开通“96333”热线和12345热线。", id="quoted-numbers"),
    pytest.param("（一）到2025年10月8日完成，实施5项提升行动。", id="dates-and-counts"),
    pytest.param("（一）打造“食安济南”升级版。", id="slogan-in-quotes"),
    pytest.param("（一）出版《科学家的故事》系列读本。", id="book-title"),
    pytest.param("（一）出版《科学家的故事》（2023年）系列读本。", id="book-title-with-a-year"),
    pytest.param("（一）在CCTV 1《新闻联播》播出。", id="a-channel-is-no-standard"),
    # a year in round brackets is a number's only before its serial and 号
    pytest.param("（一）依照（2021）京0105民初12号判决执行。", id="court-case-number"),
    # a bracketed part alone, with no year after it, is no number
    pytest.param("（一）按照粤府土审（16）号文件执行。", id="bracketed-part-without-year"),
    # a year's quarter or a gazette's issue is no 公告's number
    pytest.param("（一）2023年第1季度完成，详见本报2023年第10期。", id="a-quarter-and-an-issue"),
]


@pytest.mark.parametrize("clause", NOT_REFERENCES)
def test_not_a_reference(clause):
    assert refs_of(clause) == ()


LETTER = (
    "济南市人民政府\n关于印发测试规划的通知\n济政办字〔2022〕51号\n各区县人民政府，市政府各部门（单位）：\n"
    "经市政府同意，现将《济南市“十四五”市场监管规划》印发给你们，请认真组织实施。\n"
)


def test_attached_document_is_not_a_reference():
    assert references.extract(gazette_cli.parse_text(LETTER).notices[0]) == ()


def test_own_doc_number_is_not_a_reference():
    doc = gazette_cli.parse_text(LETTER + "本通知（济政办字〔2022〕51号）自印发之日起施行。\n")
    assert references.extract(doc.notices[0]) == ()


# --- validity -----------------------------------------------------------------

VALIDITY = [
    pytest.param(
        "本政策措施自2022年11月10日起施行，有效期至2025年11月9日。",
        ("2022-11-10", "2025-11-09", None),
        id="sample-from-until",
    ),
    pytest.param(
        "本政策措施自２０２２年１１月１０日起施行,有效期至２０２５年\n１１月９日.",
        ("2022-11-10", "2025-11-09", None),
        id="pdf-full-width-broken",
    ),
    pytest.param("本办法自印发之日起施行。", (None, None, None), id="自印发之日起施行"),
    pytest.param("本方案自2023年1月1日起实施，有效期5年。", ("2023-01-01", None, 5), id="有效期X年"),
    pytest.param("本规定自二〇二三年一月一日起施行，有效期为三年。", ("2023-01-01", None, 3), id="chinese-numerals"),
    pytest.param("本办法有效期5年，自发布之日起施行。", (None, None, 5), id="term-before-start"),
    pytest.param("本方案有效期至2025年12月31日。", (None, "2025-12-31", None), id="until-only"),
]


def validity_of(sentence: str):
    return validity.extract(gazette_cli.parse_text("若干措施\n" + sentence + "\n").notices[0])


@pytest.mark.parametrize("sentence, expected", VALIDITY)
def test_validity_dates(sentence, expected):
    v = validity_of(sentence)
    assert (v.effective_from, v.effective_until, v.term_years) == expected


@pytest.mark.parametrize("sentence, expected", VALIDITY)
def test_validity_text_is_in_the_source_at_its_span(sentence, expected):
    doc = gazette_cli.parse_text("若干措施\n" + sentence + "\n")
    v = validity.extract(doc.notices[0])
    assert regex.sub(r"\s+", "", v.text) in source_text(doc, v.span)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("自2021年起实施知识产权提升行动以来，成效明显。", id="起实施-as-history"),
        pytest.param("本政策有效期内，如遇法律调整变化的，从其规定。", id="有效期内"),
        pytest.param("自产品开始生产3年内给予奖励。", id="自-without-起"),
    ],
)
def test_not_a_validity(sentence):
    assert validity_of(sentence) is None


# --- the sample ---------------------------------------------------------------

def test_sample_18号_repeals_the_2019_policy(sample_doc):
    notice = notice_by_number(sample_doc, "济政发〔2022〕18号")
    assert [r.doc_number for r in notice.references if r.relation == "repeals"] == ["济政字〔2019〕81号"]


def test_sample_18号_validity(sample_doc):
    v = notice_by_number(sample_doc, "济政发〔2022〕18号").validity
    assert (v.effective_from, v.effective_until) == ("2022-11-10", "2025-11-09")


def test_sample_61号_cites_the_order_as_basis(sample_doc):
    notice = notice_by_number(sample_doc, "济政字〔2022〕61号")
    assert ("国务院令第565号", "basis") in [(r.doc_number, r.relation) for r in notice.references]


def test_sample_letter_that_is_its_own_preamble_counts_once(sample_doc):
    notice = notice_by_number(sample_doc, "济政字〔2022〕61号")
    texts = [r.text for r in notice.references]
    assert len(texts) == len(set(texts))


def test_sample_references_are_in_the_source_at_their_span(sample_doc):
    misplaced = [
        r.text
        for n in sample_doc.notices
        for r in n.references
        if regex.sub(r"\s+", "", r.text) not in source_text(sample_doc, r.span)
    ]
    assert misplaced == []


def test_sample_every_title_but_the_attached_is_a_reference(sample_doc):
    """Each 《》 of the clean text is one reference, except each letter's attached
    document and the short names defined inside a citation (以下简称《…》)."""
    clean = gazette_cli.pipeline.clean_text(sample_doc)
    titles = len(regex.findall(r"(?<!以下简称)《[^《》]+》", clean))
    attached = sum(1 for n in sample_doc.notices if n.attachment_title)
    assert sum(len(n.references) for n in sample_doc.notices) == titles - attached


def test_sample_no_reference_is_an_attached_document(sample_doc):
    attached = {n.attachment_title for n in sample_doc.notices if n.attachment_title}
    assert [r.title for n in sample_doc.notices for r in n.references if r.title in attached] == []


ORDER = (
    "济南市人民政府令\n第２８８号\n\n"
    "《济南市城市供水条例实施办法》已经２０２２年９月２６日市政府第１６次常务会议通过，现予公布，自２０２２年１２月１日起施行。\n\n"
    "市长　于海田\n２０２２年１０月２０日\n\n济南市城市供水条例实施办法\n\n第一章　总则\n\n"
    "第一条　为了加强城市供水管理，根据《济南市城市供水条例》，结合本市实际，制定本办法。\n"
)


def test_order_promulgating_its_own_document_is_not_a_reference():
    refs = references.extract(gazette_cli.parse_text(ORDER).notices[0])
    assert [(r.title, r.relation) for r in refs] == [("济南市城市供水条例", "basis")]


@pytest.mark.parametrize(
    "text",
    [
        "根据济政字〔2019〕81号和国务院令第565号执行",
        "济政字 〔2019〕 81号、鲁政办发[2020]第3号",
        "科" * 30 + "〔2019〕5号",
        "令令令第5号",
        "命令" * 10 + "国务院令第1号",
        "某某 \n 〔2021〕7号【2022】8号",
        "〔〔〔2019〕〕1号",
        "",
    ],
)
def test_bare_numbers_are_those_of_the_scan(text):
    # The numbers found by trying only the places before a mark are those the full scan finds.
    assert [m.span() for m in references._bare_numbers(text)] == [m.span() for m in references.BARE_NUMBER.finditer(text)]


# --- each citation once ---------------------------------------------------------------------

_CORPUS = sorted((__import__("pathlib").Path(__file__).parent / "corpus").glob("*.txt"))


@pytest.mark.parametrize("path", [*_CORPUS, "samples/jinan-gazette-2022-20.txt"], ids=lambda p: str(p).rsplit("/", 1)[-1][:24])
def test_each_citation_is_listed_once(path):
    # A mention is listed at most as often as its text occurs in its lines: a
    # letter that holds the notice's 一、 clauses must not list each citation
    # again for the letter (path null) and for its clause.
    from collections import Counter

    doc = gazette_cli.parse_path(str(path))
    lines = doc.source.text.splitlines()
    for notice in doc.notices:
        seen = Counter((r.span.start_line, r.span.end_line, r.text) for r in references.extract(notice))
        for (start, end, text), n in seen.items():
            stretch = "".join(line.strip() for line in lines[start - 1 : end])
            stretch = normalize_line(stretch)
            assert n <= max(1, stretch.count(text)), (start, text, n)


@pytest.mark.parametrize("name", ["08_gh-2018-159-xiongan-guihua-pifu.txt", "16_zhejiang-zhejiafei-2007-136-joint.txt"])
def test_clauses_inside_the_letter_cite_once(name):
    # 08: a 批复 whose 一、…十四、 are the letter itself; 16: a joint notice
    # with 一、二、 in its letter and two attachments.  A citation in a clause
    # is listed for the clause only, never again for the letter (path null).
    doc = gazette_cli.parse_path(f"tests/corpus/{name}")
    refs = references.extract(doc.notices[0])
    by_place = {}
    for r in refs:
        by_place.setdefault((r.span.start_line, r.text), set()).add(r.path)
    assert refs and all(len(paths) == 1 for paths in by_place.values())
    assert {p for paths in by_place.values() for p in paths} - {None}
