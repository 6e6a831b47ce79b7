"""Notice frames: each rule of the frame reader on the heads of real documents
(two or more for each rule), and what must not start a document."""

from pathlib import Path

import pytest

import gazette_cli
from gazette_cli.structure.attachments import HISTORY_NOTE, LABEL, listed_titles
from gazette_cli.structure.docparts import canonical_doc_number, printed_date, stands_alone
from gazette_cli.structure.organs import is_organ, split_organs

LETTER = "现将《某某办法》印发给你们，请认真贯彻执行。\n"


def _notice(text):
    (notice,) = gazette_cli.parse_text(text).notices
    return notice


# --- where a document starts ----------------------------------------------------------


ORDER_TAIL = "现将修订后的条例公布，自2019年3月1日起施行。\n　　总理　　李克强\n2018年11月6日\n"
NOTICE_TAIL = "为做好工作，现通知如下。\n国务院\n2018年12月23日\n"


@pytest.mark.parametrize(
    "text, doc_number, issuers, title",
    [
        # order: a 令 or 公告 title with its number under it
        ("中华人民共和国国务院令\n第706号\n" + ORDER_TAIL, "国务院令第706号", ("国务院",), "中华人民共和国国务院令"),  # 01
        ("济南市人民政府令\n第２８８号\n现予公布。\n市长　于海田\n２０２２年１０月２０日\n", "济南市人民政府令第288号", ("济南市人民政府",), "济南市人民政府令"),  # fixture
        ("新疆维吾尔自治区第十四届人民代表大会常务委员会公告\n（第38号）\n现予公布，自2025年1月1日起施行。\n特此公告。\n新疆维吾尔自治区人民代表大会常务委员会\n2024年10月6日\n",
         "新疆维吾尔自治区第十四届人民代表大会常务委员会公告第38号", ("新疆维吾尔自治区人民代表大会常务委员会",),
         "新疆维吾尔自治区第十四届人民代表大会常务委员会公告"),  # 18: signed by the organ, without its term
        # order: the number in Chinese numerals (主席令第三十七号 of 2000, 国家通用语言文字法; 委员长令第十二号 of 1981)
        ("中华人民共和国主席令\n第三十七号\n《中华人民共和国国家通用语言文字法》已由中华人民共和国第九届全国人民代表大会常务委员会第十八次会议于2000年10月31日通过，现予公布，自2001年1月1日起施行。\n中华人民共和国主席　江泽民\n2000年10月31日\n",
         "主席令第37号", ("主席",), "中华人民共和国主席令"),
        ("中华人民共和国全国人民代表大会常务委员会委员长令\n第十二号\n中华人民共和国第五届全国人民代表大会第四次会议于1981年12月13日通过了《中华人民共和国经济合同法》，现予公布，自1982年7月1日起施行。\n中华人民共和国全国人民代表大会常务委员会委员长　叶剑英\n1981年12月13日\n",
         "全国人民代表大会常务委员会委员长令第12号", ("全国人民代表大会常务委员会委员长",), "中华人民共和国全国人民代表大会常务委员会委员长令"),
        # order: the term a law database puts before the number (中华人民共和国主席令(九届第37号) on
        # 法律资料网; （十届第51号） on its own line)
        ("中华人民共和国主席令(九届第37号)\n《中华人民共和国国家通用语言文字法》已由中华人民共和国第九届全国人民代表大会常务委员会第十八次会议于2000年10月31日通过，现予公布，自2001年1月1日起施行。\n中华人民共和国主席　江泽民\n2000年10月31日\n",
         "主席令第37号", ("主席",), "中华人民共和国主席令"),
        ("中华人民共和国主席令\n（十届第51号）\n《中华人民共和国道路交通安全法修正案》已由第十届全国人民代表大会常务委员会通过，现予公布，自2008年5月1日起施行。\n中华人民共和国主席　胡锦涛\n2007年12月29日\n",
         "主席令第51号", ("主席",), "中华人民共和国主席令"),
        # …or in 〔〕 on the number's line (重庆市人民代表大会常务委员会公告 / 〔五届〕第210号, 2022)
        ("重庆市人民代表大会常务委员会公告\n〔五届〕第210号\n重庆市第五届人民代表大会常务委员会\n关于召开重庆市第六届人民代表大会\n第一次会议的决定\n"
         "(2022年12月14日重庆市第五届人民代表大会常务委员会第三十八次会议通过)\n重庆市第五届人民代表大会常务委员会第三十八次会议决定:"
         "重庆市第六届人民代表大会第一次会议于2023年1月中旬召开。\n重庆市人民代表大会常务委员会\n2022年12月14日\n",
         "重庆市人民代表大会常务委员会公告第210号", ("重庆市人民代表大会常务委员会",), "重庆市人民代表大会常务委员会公告"),
        # order: numbered by year (河北省人民政府令〔2010〕第15号, on two lines or one; 重庆 prints its
        # orders 第121号 with no year)
        ("河北省人民政府令\n〔2010〕第15号\n《河北省人工影响天气管理规定》已经2010年12月14日省政府第76次常务会议通过，现予公布。\n省长\n二○一○年十二月二十五日\n",
         "河北省人民政府令〔2010〕15号", ("河北省人民政府",), "河北省人民政府令"),
        ("河北省人民政府令〔2010〕第15号\n《河北省人工影响天气管理规定》已经2010年12月14日省政府第76次常务会议通过，现予公布。\n省长\n二○一○年十二月二十五日\n",
         "河北省人民政府令〔2010〕15号", ("河北省人民政府",), "河北省人民政府令"),
        # order: title and number on one line, as a site reprints a 规章 (湖北省人民政府令（第52号）, 1994;
        # 深圳市人民政府令（第232号）)
        ("湖北省人民政府\n湖北省人民政府令（第52号）\n《湖北省行政事业性收费管理办法》已经省人民政府常务会议审议通过，现发布施行。\n省长 贾志杰\n一九九四年一月三日\n",
         "湖北省人民政府令第52号", ("湖北省人民政府",), "湖北省人民政府令"),
        ("深圳市人民政府令（第232号）\n" + ORDER_TAIL, "深圳市人民政府令第232号", ("深圳市人民政府",), "深圳市人民政府令"),
        # titled: an organ line above a title that names its document whole is its issuer, not part of
        # its title (a site's reprint of 河北省人工影响天气管理规定, 政府令〔2010〕第15号); above a title
        # that opens with 关于 it is (金政办发〔2010〕15号)
        ("河北省人民政府\n河北省人工影响天气管理规定\n政府令〔2010〕第15号\n《河北省人工影响天气管理规定》已经省政府常务会议通过，现予公布。\n省长\n二○一○年十二月二十五日\n",
         "政府令〔2010〕15号", ("河北省人民政府",), "河北省人工影响天气管理规定"),
        # an order's title over a number with a code of its own (河北 2010 order as a law site prints it;
        # a province's 冀政令): the organ that orders issues it
        ("河北省人民政府令\n政府令〔2010〕第15号\n《河北省人工影响天气管理规定》已经2010年12月14日省政府第76次常务会议通过，现予公布，自2011年2月1日起施行。\n省长\n二○一○年十二月二十五日\n",
         "政府令〔2010〕15号", ("河北省人民政府",), "河北省人民政府令"),
        # an order's number under its organ, its code standing for it (重庆 2001, a law site's copy: 重庆市人民政府 /
        # 渝府令第 121 号); an order line that names its organ keeps its title
        ("重庆市人民政府关于控制主城区采（碎）石场和小水泥厂尘污染的通告\n重庆市人民政府\n渝府令第 121 号\n"
         "《重庆市人民政府关于控制主城区采（碎）石场和小水泥厂尘污染的通告》已经2001年12月13日市人民政府第97次常务会议审议通过，现予发布。\n市 长\n二○○一年十二月三十日\n",
         "渝府令第121号", ("重庆市人民政府",), "重庆市人民政府令"),
        ("济南市人民政府\n济南市人民政府令第288号\n《济南市禁止燃放烟花爆竹的规定》已经市政府常务会议通过，现予公布。\n市长　于海田\n2022年10月20日\n",
         "济南市人民政府令第288号", ("济南市人民政府",), "济南市人民政府令"),
        ("河北省人民政府令\n冀政令〔2010〕第15号\n《河北省人工影响天气管理规定》已经省政府常务会议通过，现予公布。\n省长\n二○一○年十二月二十五日\n",
         "冀政令〔2010〕15号", ("河北省人民政府",), "河北省人民政府令"),
        ("浙江省金华市人民政府办公室\n关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知\n金政办发〔2010〕15号\n各县（市、区）人民政府，市政府各部门：\n" + NOTICE_TAIL,
         "金政办发〔2010〕15号", ("浙江省金华市人民政府办公室",), "浙江省金华市人民政府办公室关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知"),
        # titled: a title over lines, its issuer inside, the number on a line of its own
        ("国务院办公厅关于推广第二批\n支持创新相关改革举措的通知\n国办发〔2018〕126号\n各省、自治区、直辖市人民政府：\n" + NOTICE_TAIL,
         "国办发〔2018〕126号", ("国务院办公厅",), "国务院办公厅关于推广第二批支持创新相关改革举措的通知"),  # 02
        ("国务院关于授权香港特别行政区实施管辖的\n深圳湾口岸港方口岸区范围和\n土 地 使 用 期 限 的 批 复\n国函〔2006〕132号\n广东省人民政府、香港特别行政区政府：\n" + NOTICE_TAIL,
         "国函〔2006〕132号", ("国务院",), "国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复"),  # 13
        # titled: the number in brackets under the title
        ("浙江省物价局、省财政厅关于城市道路占道、挖掘收费有关问题的通知\n    （浙价费〔2007〕136号）\n省建设厅，各市、县（市、区）物价局、财政局：\n" + NOTICE_TAIL,
         "浙价费〔2007〕136号", ("浙江省物价局", "省财政厅"), "浙江省物价局、省财政厅关于城市道路占道、挖掘收费有关问题的通知"),  # 16
        ("宁波市人民政府办公厅关于印发2007宁波市商贸流通服务业评价与奖励办法的通知\n（甬政办发〔2007〕153号）\n各县（市）、区人民政府：\n" + NOTICE_TAIL,
         "甬政办发〔2007〕153号", ("宁波市人民政府办公厅",), "宁波市人民政府办公厅关于印发2007宁波市商贸流通服务业评价与奖励办法的通知"),  # 17
        # titled: joint issuers above the title
        ("国务院办公厅、中央军委办公厅\n关于加强对侵华日军遗弃化学武器\n调查和管理工作的通知\n国办发〔1996〕25号\n北京市、天津市人民政府，沈阳、北京军区：\n" + NOTICE_TAIL,
         "国办发〔1996〕25号", ("国务院办公厅", "中央军委办公厅"), "国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知"),  # 09
        ("重庆市粮食局 重庆市财政局\n关于印发《重庆市政策性粮食购销违法违规\n行为举报奖励实施细则（试行）》的通知\n渝粮规范〔2023〕2号\n各区县（自治县）发展改革委、财政局：\n" + NOTICE_TAIL,
         "渝粮规范〔2023〕2号", ("重庆市粮食局", "重庆市财政局"), "重庆市粮食局重庆市财政局关于印发《重庆市政策性粮食购销违法违规行为举报奖励实施细则（试行）》的通知"),  # 15
        # titled: joint issuers a line each above the title, the number above them (平政办发〔2010〕72号: a county's office
        # and its 政协's; 雄安 2021: the party's committee and the government's)
        ("平政办发〔2010〕72号\n平利县人民政府办公室\n政协平利县委员会办公室\n关于对蔬菜基地建设情况进行视察的通知\n城关镇、长安镇人民政府,各有关工作部门:\n" + NOTICE_TAIL,
         "平政办发〔2010〕72号", ("平利县人民政府办公室", "政协平利县委员会办公室"), "平利县人民政府办公室政协平利县委员会办公室关于对蔬菜基地建设情况进行视察的通知"),
        ("中共河北雄安新区工作委员会\n河北雄安新区管理委员会\n关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知\n各县委、县政府，雄安新区党工委管委会各部门：\n" + NOTICE_TAIL,
         None, ("中共河北雄安新区工作委员会", "河北雄安新区管理委员会"), "中共河北雄安新区工作委员会河北雄安新区管理委员会关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知"),
        # titled: a title a site prints whole in book-title marks, the number under it (twice on one
        # site): 京政办发〔2016〕26号, 成府发〔2014〕7号
        ("《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n京政办发〔2016〕26号\n京政办发〔2016〕26号\n各区人民政府，市政府各委、办、局，各市属机构：\n" + NOTICE_TAIL,
         "京政办发〔2016〕26号", ("北京市人民政府办公厅",), "北京市人民政府办公厅关于印发《北京市2016年政务公开工作要点》的通知"),
        ("《成都市人民政府关于印发〈成都市市级财政专项资金管理暂行办法〉的通知》\n成府发〔2014〕7号\n各区（市）县政府，市政府各部门：\n" + NOTICE_TAIL,
         "成府发〔2014〕7号", ("成都市人民政府",), "成都市人民政府关于印发《成都市市级财政专项资金管理暂行办法》的通知"),
        # titled: the number in brackets after the title on its line, as a site heads its page
        # (岳办发〔2017〕2号) and as gov.cn links a document (国办发〔2017〕47号)
        ("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知（岳办发〔2017〕2号）\n"
         "各县市区委、人民政府，市直各单位，中央、省驻岳单位：\n" + NOTICE_TAIL,
         "岳办发〔2017〕2号", ("中共岳阳市委办公室", "岳阳市人民政府办公室"), "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知"),
        ("国务院办公厅关于印发政府网站发展指引的通知（国办发〔2017〕47号）\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n" + NOTICE_TAIL,
         "国办发〔2017〕47号", ("国务院办公厅",), "国务院办公厅关于印发政府网站发展指引的通知"),
        # titled: party and government organs named in the title, the region after 中共 (成都 2024, four
        # issuers; 岳办发〔2017〕2号, two)
        ("成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知\n"
         "各区（市）县政府（管委会），市级有关部门，有关单位：\n经市领导同意，现将《方案》印发给你们，请结合实际认真贯彻落实。\n",
         None, ("成都市发展和改革委员会", "中共成都市委社会工作部", "成都市规划和自然资源局", "成都市住房和城乡建设局"),
         "成都市发展和改革委员会中共成都市委社会工作部成都市规划和自然资源局成都市住房和城乡建设局关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知"),
        ("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知\n岳办发〔2017〕2号\n各县市区委、人民政府，市直各单位：\n" + NOTICE_TAIL,
         "岳办发〔2017〕2号", ("中共岳阳市委办公室", "岳阳市人民政府办公室"), "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知"),
        # titled: a document printed on its own (GB/T 9704): its 版头 and number above the title
        # (鞍立政发〔2023〕2号; a 请示's number with its 签发人), the issuer in the title or above it
        ("鞍山市立山区人民政府文件\n鞍立政发〔2023〕2号\n立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知\n"
         "立山经济开发区，各街道办事处，各区直部门：\n" + NOTICE_TAIL,
         "鞍立政发〔2023〕2号", ("立山区人民政府",), "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知"),
        ("某市人民政府文件\n某政发〔2023〕8号\n某市人民政府\n关于加快发展数字经济的实施意见\n各区县人民政府，市政府各部门：\n" + NOTICE_TAIL,
         "某政发〔2023〕8号", ("某市人民政府",), "某市人民政府关于加快发展数字经济的实施意见"),
        ("某县人民政府文件\n某政〔2023〕15号　　签发人：张三\n某县人民政府关于申请防汛救灾资金的请示\n市人民政府：\n" + NOTICE_TAIL,
         "某政〔2023〕15号", ("某县人民政府",), "某县人民政府关于申请防汛救灾资金的请示"),
        # …a 版头 a PDF copy broke over two lines, over a title that names no organ (新政发〔2020〕16号), and
        # one on its line over such a title: the 版头's organ issues it
        ("新疆维吾尔自治区人民政府\n文件\n新政发〔2020〕16号\n关于印发《新疆维吾尔自治区关于进一步\n做好稳就业工作的实施意见》的通知\n"
         "伊犁哈萨克自治州，各州、市、县（市）人民政府，各行政公署，自治区人民政府各部门、各直属机构：\n" + NOTICE_TAIL,
         "新政发〔2020〕16号", ("新疆维吾尔自治区人民政府",), "关于印发《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》的通知"),
        ("鞍山市立山区人民政府文件\n鞍立政发〔2023〕3号\n关于印发立山区2023年政务公开工作要点的通知\n立山经济开发区，各街道办事处：\n" + NOTICE_TAIL,
         "鞍立政发〔2023〕3号", ("鞍山市立山区人民政府",), "关于印发立山区2023年政务公开工作要点的通知"),
        # …the red line drawn between the number and the title (五政办通〔2018〕38号 on 昆明五华区's site: ━━━), or above the
        # number (贵阳 2020's 筑府办函〔2020〕78号: ——): a line of its own; must not: a line with no number above it gives none
        ("昆明市五华区人民政府办公室文件\n五政办通〔2018〕38号\n━━━━━━━━━━━━━━━━\n昆明市五华区人民政府办公室\n关于印发五华区防汛抗旱应急预案的通知\n"
         "各街道办事处、区属各局办、各直属机构、企业(公司):\n" + NOTICE_TAIL,
         "五政办通〔2018〕38号", ("昆明市五华区人民政府办公室",), "昆明市五华区人民政府办公室关于印发五华区防汛抗旱应急预案的通知"),
        ("贵阳市人民政府办公厅\n\n——————————\n\n筑府办函〔2020〕78号\n\n市人民政府办公厅关于印发\n\n贵阳市气象灾害应急预案的通知\n\n\n"
         "各区、市、县人民政府,市政府有关工作部门:\n\n" + NOTICE_TAIL,
         "筑府办函〔2020〕78号", ("市人民政府办公厅",), "市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知"),
        ("某市人民政府文件\n——————————\n某市人民政府\n关于做好防汛工作的通知\n各区县人民政府，市政府各部门：\n" + NOTICE_TAIL,
         None, ("某市人民政府",), "某市人民政府关于做好防汛工作的通知"),
        # titled: a document issued on trial, （试行） after its type (沙政〔2012〕478号 on 沙县's site, the number's 〕 and 号 lost)
        ("沙县人民政府\n关于加快第三产业发展的实施意见(试行)\n沙政〔2012478\n各乡(镇)人民政府、街道办事处,县政府各部门、各直属机构:\n" + NOTICE_TAIL,
         "沙政〔2012〕478号", ("沙县人民政府",), "沙县人民政府关于加快第三产业发展的实施意见（试行）"),
        # titled: no number at all, addressees only
        ("某市人民政府\n关于做好防汛工作的通知\n各区县人民政府，市政府各部门：\n" + NOTICE_TAIL, None, ("某市人民政府",), "某市人民政府关于做好防汛工作的通知"),
        # titled: the title's first line ends with the organ whose document it forwards (国办发〔1996〕2号: 国务院办公厅转发国家地震局 /
        # 关于…的确定和 / …报告的通知) or approves (批转): no organ line, the sender alone issues it
        ("国务院办公厅转发国家地震局\n关于我国地震重点监视防御区的确定和\n加强防震减灾工作意见报告的通知\n国办发〔1996〕2号\n"
         "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n" + NOTICE_TAIL,
         "国办发〔1996〕2号", ("国务院办公厅",), "国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知"),
        ("武汉市人民政府批转市教育局\n关于武汉市高级中等学校招生统一考试管理规定的通知\n武政〔2005〕32号\n各区人民政府，市人民政府各部门：\n" + NOTICE_TAIL,
         "武政〔2005〕32号", ("武汉市人民政府",), "武汉市人民政府批转市教育局关于武汉市高级中等学校招生统一考试管理规定的通知"),
    ],
)
def test_start(text, doc_number, issuers, title):
    n = _notice(text)
    assert (n.doc_number, n.issuers, n.title) == (doc_number, issuers, title)


def test_a_list_of_titles_with_their_numbers_opens_no_notice():
    # documents a letter lists, each with its number after it, and no addressees under them
    text = (
        "某市人民政府关于做好政务公开工作的通知\n某政发〔2023〕1号\n各区县人民政府：\n请对照以下文件抓好落实：\n"
        "国务院办公厅关于印发政府网站发展指引的通知（国办发〔2017〕47号）\n"
        "国务院办公厅关于印发2016年政务公开工作要点的通知（国办发〔2016〕19号）\n某市人民政府\n2023年1月5日\n"
    )
    assert [n.doc_number for n in gazette_cli.parse_text(text).notices] == ["某政发〔2023〕1号"]


@pytest.mark.parametrize(
    "text, doc_number, title, signed, first_line",
    [
        # the number, then the title, under the title as printed (鞍立政发〔2023〕2号, a district's site)
        ("鞍山市立山区人民政府文件\n鞍立政发〔2023〕2号\n立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知\n\n"
         "鞍立政发〔2023〕2号立山区人民政府关于印发立山区政府2023年重点工作任务分解和责任分工方案的通知\n\n"
         "立山经济开发区,各街道办事处,各区直部门,各有关单位:\n\n经区政府同意,现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们,请结合实际,认真贯彻落实。\n\n"
         "立山区人民政府\n\n2023年3月28日\n",
         "鞍立政发〔2023〕2号", "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知", "2023-03-28", 1),
        # the title, then the number, the organ and the date, and a bar the site's table left (国函〔1996〕38号, a wiki's copy)
        ("国务院关于同意福建省设立漳州市龙文区的批复\n外观\n"
         "国务院关于同意福建省设立漳州市龙文区的批复 国函〔1996〕38号 中华人民共和国国务院 1996年5月31日 |\n|\n"
         "福建省人民政府:\n你省《关于增设漳州市龙文区的请示》(闽政〔1996〕文39号)以及有关补充报告收悉。现批复如下:\n一、同意设立漳州市龙文区(县级)。\n",
         "国函〔1996〕38号", "国务院关于同意福建省设立漳州市龙文区的批复", "1996-05-31", 3),
        # the number and the title on the site's line, the number again under it (盘县政办发〔2017〕88号, a county's page)
        ("盘县政办发〔2017〕88号 盘山县人民政府办公室关于印发《盘山县 设施农业小区建设奖励办法》的通知\n盘县政办发〔2017〕88号\n"
         "各镇人民政府,县政府各有关部门:\n经县政府同意,现将《盘山县设施农业小区建设奖励办法》印发给你们,请认真贯彻执行。\n"
         "盘山县人民政府办公室\n2017年5月18日\n",
         "盘县政办发〔2017〕88号", "盘山县人民政府办公室关于印发《盘山县设施农业小区建设奖励办法》的通知", "2017-05-18", 1),
    ],
)
def test_a_sites_line_of_title_and_number(text, doc_number, title, signed, first_line):
    n = _notice(text)
    assert (n.doc_number, n.title, n.signed_date, n.span.start_line) == (doc_number, title, signed, first_line)


@pytest.mark.parametrize(
    "text, doc_number, title, first_line, warning",
    [
        # a site's headline over the document's own title, broken over two lines, and its number (湘政发〔2019〕1号)
        ("湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n\n湖南省人民政府门户网站 www.hunan.gov.cn 发布时间: 2019-02-20 11:02 【字体:\n\n"
         "湖南省人民政府关于\n\n落实《政府工作报告》重点工作部门分工的意见\n\n湘政发〔2019〕1号\n\n省直和中央在湘有关单位:\n\n"
         "  为认真做好2019年政府工作,现就重点工作提出部门分工意见如下:\n\n  一、落实2019年经济社会发展总体要求和主要预期目标\n",
         "湘政发〔2019〕1号", "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见", 5, "the page's headline over its document skipped"),
        # …with page data and buttons between them: the headline is text before the document (粤府〔2021〕22号, a bureau's site)
        ("广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知\n\n时间 : 2021-05-14 22:01:43 来源 : 本网原创稿\n【打印】 【字体:\n\n"
         "广东省人民政府关于印发2021年\n\n省《政府工作报告》重点任务\n\n分工方案的通知\n\n粤府〔2021〕22号\n\n\n"
         "各地级以上市人民政府,省政府各部门、各直属机构:\n\n  《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,请认真贯彻执行。\n\n\n广东省人民政府\n\n2021年3月21日\n",
         "粤府〔2021〕22号", "广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知", 6, "text before the first document skipped"),
    ],
)
def test_a_sites_headline_over_the_documents_own_title(text, doc_number, title, first_line, warning):
    doc = gazette_cli.parse_text(text)
    (n,) = doc.notices
    assert (n.doc_number, n.title, n.span.start_line, any(warning in w for w in doc.warnings)) == (doc_number, title, first_line, True)


@pytest.mark.parametrize(
    "text, number",
    [
        # the title, page data, the number, the title again, then the addressees (阿市政发〔2016〕83号 on its city's
        # site; 湘政发〔2019〕1号's page prints the title over the number as well)
        ("关于印发《阿拉山口市人民政府工作规则》的通知\n\n来源:市政府办公室 发布时间:2016年10月14日 18:46 浏览次数:\n\n阿市政发〔2016〕83号\n\n"
         "关于印发《阿拉山口市人民政府工作规则》的通知\n\n艾比湖镇人民政府,市人民政府各部门:\n\n现将《阿拉山口市人民政府工作规则》印发给你们,请认真遵照执行。\n\n"
         "阿拉山口市人民政府\n\n2016年10月14日\n", "阿市政发〔2016〕83号"),
        ("湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n湘政发〔2019〕1号\n湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n"
         "省直和中央在湘有关单位:\n为认真做好2019年政府工作,现就重点工作提出部门分工意见如下:\n一、落实2019年经济社会发展总体要求\n", "湘政发〔2019〕1号"),
        # …broken after its organ under the number (城发改委发〔2025〕4号 on its county's site)
        ("城口县发展和改革委员会关于印发《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知\n城发改委发〔2025〕4号\n"
         "城口县发展和改革委员会\n关于印发《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知\n"
         "各乡镇人民政府、街道办事处,县政府各部门,有关单位:\n现将报告印发给你们,请认真贯彻落实。\n城口县发展和改革委员会\n2025年2月17日\n",
         "城发改委发〔2025〕4号"),
        # …or over its organ's line, which the headline above it does not name (赣市府办字〔2015〕118号 on 赣州's site,
        # its number's 〕 and 号 lost)
        ("关于印发2015年全市深化医药卫生体制改革下步工作要点的通知\n访问量:\n赣市府办字〔2015118\n赣州市人民政府办公厅\n"
         "关于印发2015年全市深化医药卫生\n体制改革下步工作要点的通知\n各县(市、区)人民政府,市政府有关部门:\n"
         "《2015年全市深化医药卫生体制改革下步工作要点》已经市政府同意,现印发给你们,请认真贯彻执行。\n",
         "赣市府办字〔2015〕118号"),
    ],
    ids=["alashankou", "hunan", "chengkou-broken-after-its-organ", "ganzhou-over-its-organ"],
)
def test_a_title_printed_again_under_its_number(text, number):
    (n,) = gazette_cli.parse_text(text).notices
    assert n.doc_number == number


@pytest.mark.parametrize(
    "text, title",
    [
        # a page's title, then the document's own, a little changed (寿县 2023 补贴政策清单), or without the
        # date the page put after it (上海 2026 计划草案的报告): one title, the first
        ("2023年寿县县级惠民惠农补贴政策清单\n\n发布时间:2023-08-24 15:18信息来源:寿县堰口镇政府\n\n2023年寿县县级惠农补贴政策清单\n\n"
         "主管部门 补贴项目 政策依据 补贴对象 补贴标准\n县财政局 耕地地力保护补贴 省财政厅文件 种粮农民 每亩100元\n",
         "2023年寿县县级惠民惠农补贴政策清单"),
        ("关于上海市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告（ 2026年02月12日）\n"
         "关于上海市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n"
         "一、2025年计划执行情况\n2025年，全市经济运行总体平稳。\n",
         "关于上海市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告"),
        # …and the page's date after a title that is not printed again (上海市发展和改革委员会 2020 政务公开工作要点); must
        # not: a plan's years in brackets are its title's (洞头 2023 “315”科技创新 实施方案（2023-2027年）)
        (
         "2020年上海市发展和改革委员会政务公开工作要点 ( 2020年06月17日 )\n"
         "2020年,为贯彻落实《中华人民共和国政府信息公开条例》(以下简称《条例》)、《上海市政府信息公开规定》(以下简称《规定》)以及市政府《2020年上海市政务公开工作要点》(沪府办〔2020〕20号)的要求,结合我委2020年重点工作,制定本年度政务公开工作要点。\n"
         "一、进一步落实《条例》《规定》\n"
         "1、完善政府信息公开配套制度。根据新修订的《条例》和《规定》,及时修订我委政府信息公开实施细则。不断完善依申请公开受理和答复程序,规范办理工作全流程,提高依申请公开工作信息化水平,继续推进我委政务公开从“依申请公开”向“主动公开”转变。\n",
         "2020年上海市发展和改革委员会政务公开工作要点"),
        (
         "洞头区大力提升科技创新能力\n"
         "全面落实融入省“315”科技创新体系建设工程实施方案(2023-2027年)\n"
         "为贯彻落实党的二十大、省第十五次党代会和省、市科技创新大会精神,深入实施创新驱动发展战略,全面落实省、市“315”科技创新体系建设工程实施方案,大力提升区域科技创新能级,建设高水平创新型强区,为我区高质量建设共同富裕海上花园提供强劲动能,特制定本实施方案。\n"
         "一、总体要求\n"
         "以习近平新时代中国特色社会主义思想为指导,坚持和加强党对科技工作的统一领导,坚持“四个面向”的战略方向,通过五年行动,以强有力的举措加速集聚创新要素,不断激发科创活力,深耕厚植科创生态,促进全域科技创新能力提升。\n",
         "洞头区大力提升科技创新能力全面落实融入省“315”科技创新体系建设工程实施方案（2023-2027年）"),
    ],
    ids=["shouxian-title-again", "shanghai-title-again-without-its-date", "shanghai-fgw-date-after-title", "dongtou-years-in-title"],
)
def test_an_untitled_pages_title_printed_again_changed(text, title):
    (n,) = gazette_cli.parse_text(text).notices
    assert n.title == title


def test_two_notices_of_one_title_each_with_its_text_stay_two():
    notice = "关于做好春节期间安全生产工作的通知\n各乡镇人民政府：\n春节将至，请做好安全生产工作。\n某县人民政府\n2023年1月{}日\n"
    assert len(gazette_cli.parse_text(notice.format(5) + notice.format(9)).notices) == 2


@pytest.mark.parametrize(
    "text, title",
    [
        # a title that cites another by its act, broken before the cited one's 关于 (国办函〔2014〕31号 on gov.cn's mirror)
        ("国务院办公厅关于落实中共中央国务院\n关于全面深化农村改革加快推进农业现代化\n若干意见有关政策措施分工的通知\n国办函〔2014〕31号\n国务院各部委、各直属机构：\n为贯彻落实有关政策措施，现就有关事项通知如下：\n",
         "国务院办公厅关于落实中共中央国务院关于全面深化农村改革加快推进农业现代化若干意见有关政策措施分工的通知"),
        # 国务院关于落实《政府工作报告》…: the same break after a 国务院 that opens the cited document (国发〔2019〕8号's form)
        ("国务院关于落实《政府工作报告》\n关于2019年重点工作部门分工的意见\n国发〔2019〕8号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现就重点工作提出部门分工意见如下：\n",
         "国务院关于落实《政府工作报告》关于2019年重点工作部门分工的意见"),
        # must not: a whole title above a title of its own is another document's (a list of what the letter cites)
        ("关于印发某市节能方案的通知\n关于做好2023年节能工作的通知\n某政发〔2023〕3号\n各区县人民政府：\n现就有关事项通知如下：\n",
         "关于做好2023年节能工作的通知"),
    ],
)
def test_a_title_broken_before_the_act_of_the_document_it_cites(text, title):
    assert _notice(text).title == title


def test_a_sites_catalogue_under_the_title_gives_number_and_signing_date():
    # 索引号 … 发文日期 / 发布机构 … 文号 / 分类 … under the title, with a line of page data between (蔡政办〔2023〕1号)
    text = (
        "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n\n"
        "2023-01-05 10:00 区人民政府办公室\n索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n"
        "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n分   类 政务公开 有 效 性 有效\n\n"
        "各街道办事处、乡人民政府,区人民政府各部门、各直属机构:\n\n现将方案印发给你们,请认真贯彻落实。\n"
    )
    n = _notice(text)
    assert (n.doc_number, n.signed_date) == ("蔡政办〔2023〕1号", "2023-01-03")


def test_a_list_of_titles_glued_to_their_numbers_opens_no_notice():
    # a letter's list of what it cites, each title with its number and date after it: no addressees under them
    text = (
        "某市人民政府关于做好政务公开工作的通知\n某政发〔2023〕1号\n各区县人民政府：\n请对照以下文件抓好落实：\n"
        "国务院关于同意福建省设立漳州市龙文区的批复 国函〔1996〕38号 中华人民共和国国务院 1996年5月31日\n"
        "国办发〔2017〕47号国务院办公厅关于印发政府网站发展指引的通知\n某市人民政府\n2023年1月5日\n"
    )
    assert [n.doc_number for n in gazette_cli.parse_text(text).notices] == ["某政发〔2023〕1号"]


def test_a_title_in_book_title_marks_needs_a_number_or_addressees_under_it():
    # a regulation named in 《》 on a line of its own inside a text opens no notice
    text = "某市人民政府关于印发某某办法的通知\n某政发〔2023〕1号\n各区县人民政府：\n现将办法印发给你们。\n《某市城市供水条例》\n自公布之日起施行。\n某市人民政府\n2023年1月5日\n"
    assert [n.doc_number for n in gazette_cli.parse_text(text).notices] == ["某政发〔2023〕1号"]


def test_a_notice_without_number_or_addressees_after_another():
    # A 通告 printed with neither, right after the 印发 line of the notice before it.
    text = (
        "某市人民政府\n关于印发某某办法的通知\n某政发〔2023〕1号\n各区县人民政府：\n现将《某某办法》印发给你们。\n某市人民政府\n2023年1月5日\n（2023年1月5日印发）\n"
        "某市人民政府关于禁止燃放烟花爆竹的通告\n为保障公共安全，现就有关事项通告如下。\n一、全市禁止燃放烟花爆竹。\n某市人民政府\n2023年1月10日\n"
    )
    doc = gazette_cli.parse_text(text)
    assert [(n.doc_type, n.doc_number, n.signed_date) for n in doc.notices] == [("通知", "某政发〔2023〕1号", "2023-01-05"), ("通告", None, "2023-01-10")]


def test_a_notice_without_number_or_addressees_after_a_signature():
    # A 通告 after the date (and the note) that sign the 批复 before it; its
    # opening sentence (…通告如下：) is no addressee line, and the law it cites is a reference.
    text = (
        "某省人民政府关于同意设立某某高新技术产业开发区的批复\n某政函〔2022〕88号\n某市人民政府：\n"
        "你市《关于申请设立某某高新技术产业开发区的请示》收悉。现批复如下：\n一、同意设立。\n某省人民政府\n2022年5月6日\n（此件公开发布）\n"
        "某市人民政府关于禁止燃放烟花爆竹的通告\n为保障公共安全，根据《烟花爆竹安全管理条例》等规定，现就有关事项通告如下：\n"
        "一、市区范围内全年禁止燃放烟花爆竹。\n某市人民政府\n2022年12月20日\n"
    )
    doc = gazette_cli.parse_text(text)
    assert [(n.doc_type, n.addressees, n.signed_date) for n in doc.notices] == [
        ("批复", ("某市人民政府",), "2022-05-06"),
        ("通告", (), "2022-12-20"),
    ]
    assert [r.title for r in doc.notices[1].references] == ["烟花爆竹安全管理条例"]


def test_a_title_the_letter_cites_stays_its_attachment():
    # 国务院令第777号: the 决定 it promulgates follows the signature, cited in the letter.
    text = (
        "中华人民共和国国务院令\n第777号\n现公布《国务院关于修改和废止部分行政法规的决定》，自公布之日起施行。\n总理　李强\n2024年3月10日\n"
        "国务院关于修改和废止部分行政法规的决定\n为全面贯彻党的二十大精神，国务院对涉及的行政法规进行了清理。现决定如下：\n一、对5部行政法规的部分条款予以修改。\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in n.attachments] == ["国务院关于修改和废止部分行政法规的决定"]


@pytest.mark.parametrize(
    "line",
    [
        "为规范城市道路占道、挖掘费收费管理，经研究，现就有关问题通知如下：",  # 16
        "为保障公共安全，根据《烟花爆竹安全管理条例》等规定，现就有关事项通告如下：",
        "经党中央、国务院同意，现批复如下：",  # 08
        # a clause that announces its list (a regulation printed from its first article, as 01 and 18)
        "第一条　专利代理机构有下列行为之一的，由管理专利工作的部门责令限期改正：",
        "一、有下列情形之一的，可以不启动审查程序：",
    ],
)
def test_an_announcing_sentence_is_no_addressee_line(line):
    (n,) = gazette_cli.parse_text("某市人民政府关于某某事项的通知\n某政发〔2023〕2号\n" + line + "\n一、做好工作。\n某市人民政府\n2023年2月1日\n").notices
    assert n.addressees == ()


@pytest.mark.parametrize(
    "text, number",
    [
        # a copy that opens with the number alone, its title left off (漳政综规〔2022〕6号; 咸政发〔2023〕8号 so copied)
        ("漳政综规〔2022〕6号\n各县（区）人民政府，漳州开发区、常山开发区管委会，市直各单位：\n"
         "现将《漳州市积极应对疫情影响助力市场主体纾困解难的三十条措施》印发给你们，请认真贯彻执行。\n漳州市人民政府\n2022年5月7日\n",
         "漳政综规〔2022〕6号"),
        ("咸政发〔2023〕8号\n县市区人民政府，市人民政府各工作部门、派出机构、直属事业机构：\n"
         "《咸阳市2023年国民经济和社会发展计划》已经市九届人大三次会议审议通过，现印发给你们，请认真组织实施。\n咸阳市人民政府\n2023年2月21日\n",
         "咸政发〔2023〕8号"),
        # a 批复 to one organ, under its number (弋府字〔2015〕23号 / 清湖乡人民政府：; a city's 批复 so copied)
        ("弋府字〔2015〕23号\n清湖乡人民政府：\n你乡呈送的《关于申请批复清湖乡总体规划（2013-2030）的请示》收悉。经研究，批复如下：\n"
         "一、同意批准实施《弋阳县清湖乡总体规划（2013-2030）》。\n二、县规划、国土等部门要认真把关。\n弋阳县人民政府\n2015年3月3日\n",
         "弋府字〔2015〕23号"),
        ("某政复〔2020〕5号\n某区人民政府：\n你区《关于调整行政区划的请示》收悉。经研究，同意调整。\n某市人民政府\n2020年6月1日\n",
         "某政复〔2020〕5号"),
        # …and a copy cut before its signature, read as one document (许政〔2020〕20号's 分解; 菏政办字〔2023〕1号)
        ("许政 [2020] 20号\n各县(市、区)人民政府,市城乡一体化示范区、经济技术开发区、东城区管委会,市人民政府各部门:\n"
         "现将《政府工作报告》提出的2020年重点工作任务予以分解并明确到各责任单位。\n一、统筹推进疫情防控和经济社会发展\n"
         "1.抓好常态化疫情防控。\n2.大力开展爱国卫生运动。\n", "许政〔2020〕20号"),
        ("菏政办字 〔2023〕1号\n各县区人民政府 (管委会),市政府各部门、各直属机构:\n为深入贯彻落实有关部署，制定本方案。\n"
         "一、工作目标\n二、重点任务\n（一）推进绿色低碳发展。\n", "菏政办字〔2023〕1号"),
        # …but a line of other text before the addressees is no number, and stays skipped
        ("本文仅供参考\n各县（区）人民政府，市直各单位：\n现将《措施》印发给你们，请认真贯彻执行。\n漳州市人民政府\n2022年5月7日\n", None),
    ],
    ids=["zhangzhou", "xianyang", "yiyang-pifu", "a-pifu", "xuchang-cut", "heze-cut", "other-text"],
)
def test_a_copy_that_opens_with_its_number(text, number):
    doc = gazette_cli.parse_text(text)
    (notice,) = doc.notices
    assert notice.doc_number == number
    assert bool(doc.warnings) == (number is None)


def test_a_notice_without_its_title_starts_at_its_addressees():
    # 14 (flattened, then split) and issue-b: addressees, a short letter, a signature.
    text = "各县、自治县、区人民政府（管委会），市政府各工作部门：\n现将《安顺市市级储备粮管理办法》印发给你们，请认真抓好贯彻落实。\n安顺市人民政府\n2023年9月5日\n（此件公开发布）\n安顺市市级储备粮管理办法\n第一章　总则\n第一条　为加强市级储备粮管理，制定本办法。\n"
    n = _notice(text)
    assert (n.title, n.issuers, n.signed_date, n.attachments[0].title) == (None, ("安顺市人民政府",), "2023-09-05", "安顺市市级储备粮管理办法")


@pytest.mark.parametrize(
    "text, issuer, signed",
    [
        # a letter of seven blocks with its own headings, an 附件 line before the signature (松阳 2025 下达 投资计划)
        ("各乡镇人民政府、街道办事处,县政府直属各单位:\n为确保高质量完成2025年固定资产投资目标任务,现将计划下达如下:\n"
         "一、固定资产投资计划\n2025年全县固定资产投资目标为125.9亿元以上。\n二、重点及重大前期项目计划\n2025年共安排重点新续建项目57个。\n"
         "请各单位高度重视,全力推进项目建设。\n附件2:松阳县2025年重点及重大前期项目计划安排表.xls\n松阳县人民政府办公室\n2025年4月23日\n",
         "松阳县人民政府办公室", "2025-04-23"),
        # …and the three lines of an 附件 list before it (沁县 2025 任务分解)
        ("县示范区管委会,各乡、镇人民政府,县直各有关单位:\n经县政府同意,现将任务分解印发给你们,请认真贯彻执行。\n"
         "一、责任到人,闭环管理。\n二、节点管控,动态调度。\n三、协同破题,联动增效。\n附件:1.2025年县《政府工作报告》任务清单\n"
         "2.2025年十五件民盼实事任务分解\n3.2025年县政府重点工作备忘录任务分解\n沁县人民政府办公室\n2025年5月18日\n",
         "沁县人民政府办公室", "2025-05-18"),
    ],
    ids=["songyang", "qinxian"],
)
def test_a_notice_without_its_title_signed_after_a_longer_letter(text, issuer, signed):
    n = _notice(text)
    assert (n.issuers, n.signed_date) == ((issuer,), signed)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that ends with a document type is no title
        "各地要按照本通知要求，认真做好工作，确保取得实效的通知。\n各区县人民政府：\n",
        # a title without a number or addressees after it, inside a body
        "一、总体要求\n（一）关于加强管理的意见\n加强管理。\n",
        # an addressee-like line with no signature after it
        "各区县人民政府，市政府各部门：\n一、目标\n二、任务\n三、保障\n四、落实\n五、监督\n六、评估\n七、宣传\n八、附则\n九、其他\n",
    ],
)
def test_no_start(text):
    doc = gazette_cli.parse_text(text)
    assert [n.doc_number for n in doc.notices if n.title and n.addressees] == []


@pytest.mark.parametrize(
    "head, letter, addressees",
    [
        # a site's page flattens the addressee line and the letter into one paragraph
        # (湛江市人民政府 2002 颁布…户外广告设置管理规定的通知; a city's 房地产工作领导小组 notice)
        ("广东省湛江市人民政府\n颁布《湛江市城市规划区内户外广告设置管理规定》的通知\n",
         "各县（市、区）人民政府，湛江经济技术开发区、东海岛经济开发试验区管委会，市府直属各单位：现将《湛江市城市规划区内户外广告设置管理规定》发给你们，请认真贯彻执行。",
         ("各县（市、区）人民政府", "湛江经济技术开发区、东海岛经济开发试验区管委会", "市府直属各单位")),
        ("某市人民政府办公室关于成立市房地产工作领导小组的通知\n",
         "各区人民政府，市政府各部门：现将《关于成立市房地产工作领导小组的通知》印发给你们，请认真贯彻执行。",
         ("各区人民政府", "市政府各部门")),
        # a sentence that opens with a colon names no addressees
        ("某市人民政府关于做好防汛工作的通知\n某政发〔2023〕3号\n", "经研究，现就有关事项通知如下：各地要做好防汛工作。", ()),
    ],
)
def test_addressees_printed_in_the_letters_first_paragraph(head, letter, addressees):
    (n,) = gazette_cli.parse_text(head + letter + "\n某市人民政府\n2002年12月19日\n").notices
    assert (n.addressees, n.signed_date is not None) == (addressees, True)


@pytest.mark.parametrize(
    "text, title",
    [
        # an attachment saved on its own keeps its label above its title (02's 推广清单; 17's 附件2)
        ("附件\n第二批支持创新相关改革举措推广清单\n序号\t改革举措\t指导部门\n一、知识产权保护方面（共5项）\n1\t知识产权民事、刑事、行政案件“三合一”审判\t最高人民法院\n"
         "2\t专利保险机制\t国家知识产权局\n", "第二批支持创新相关改革举措推广清单"),
        ("附件2\n2007宁波市商贸流通服务业评价办法\n一、评价对象\n各县（市）区商务主管部门。\n二、评价内容\n商贸经济发展。\n",
         "2007宁波市商贸流通服务业评价办法"),
        # …or on the title's own line
        ("附件：某市重点任务分工方案\n一、总体要求\n做好工作。\n二、重点任务\n加强管理。\n", "某市重点任务分工方案"),
        # a line that only starts with 附 is no label
        ("附加税费减免实施办法\n一、总体要求\n做好工作。\n二、重点任务\n加强管理。\n", "附加税费减免实施办法"),
    ],
)
def test_an_attachment_saved_on_its_own(text, title):
    (notice,) = gazette_cli.parse_text(text).notices
    assert notice.title == title


QIANZHONG = (  # a news report of the 黔中经济区 plan (2012): no title, no outline
    "17日消息,《贵州省人民政府关于请求审批的请示》,获国务院有关部门批复。\n"
    "到2015年,黔中经济区率先实现跨越发展的主要目标是:\n"
    "——综合经济实力显著增强。地区生产总值力争达到6000亿元以上,地方财政收入达到450亿元以上。创新能力稳步提升,科技研发费用达到地区生产总值的2.0%。\n"
    "——资源节约环境保护取得明显成效。单位地区生产总值能耗显著降低,主要污染物排放总量控制在国家下达的指标范围内。森林覆盖率达到45%以上。\n"
)
ZHENAN = (  # a county paper's report of 镇安县's 2015 work report: captions, then its goals
    "县人大代表观摩磨石沟美丽乡村建设工作、议报告。\n\n镇安花园五千户移民小区\n"
    "商洛日报 - 商洛之窗讯 编者按:教育、就业、医疗、养老、精准扶贫、生态建设等一系列关乎民计民生的大事,都在2015年4月27日的镇安县政府工作报告中做了掷地有声的部署。\n"
    "主要目标\n生产总值增长11.5%左右,全社会固定资产投资增长23%左右,社会消费品零售总额增长13%左右,城镇化率提高2个百分点左右,万元GDP能耗下降3.5%。\n"
)


SANMENXIA = (  # a city news site's bulleted goals (三门峡 2022): no title, no outline, no full stop
    "锚定目标,确保与全国同步、在全省领先全面实现现代化\n\n来源: 发布日期:2022-12-26   打印\n\n  未来五年主要目标任务\n\n"
    "  ●在速度指标上,地区生产总值年均要增长7%以上,2027年全市经济总量要达到2300亿元左右\n\n"
    "  ●在质量指标上,人均地区生产总值要达到10.9万元,全员劳动生产率年均增长1万元、从目前的14.4万元增加到20万元左右、达到全国平均水平\n\n"
    "  ●在关键支撑上,从重点企业数量与经济总量的正相关联系来看,2027年我市“四上企业”需达到2400家左右,其中规上工业企业达到1000家左右\n"
)


@pytest.mark.parametrize("text, targets", [(QIANZHONG, 4), (ZHENAN, 5), (SANMENXIA, 7)], ids=["qianzhong", "zhenan", "sanmenxia-bullets"])
def test_prose_without_title_or_outline_is_read_as_one_untitled_document(text, targets):
    doc = gazette_cli.parse_text(text)
    (notice,) = doc.notices
    assert (notice.title, len(notice.targets), any("untitled" in w for w in doc.warnings)) == (None, targets, True)


def test_a_long_title_whole_on_its_line():
    # 宜府办函〔2006〕174号: a title of 88 characters on its line (two 实施细则 sent together, each a 修订稿), its
    # number in brackets under it
    n = _notice("\n".join(['宜宾市人民政府办公室关于印发《宜宾市人民政府对区县人民政府信访工作目标考评实施细则》(修订稿)和《宜宾市人民政府对市政府部门信访工作目标考评实施细则》(修订稿)的通知', '(宜府办函〔2006〕174号)', '', '', '各区县人民政府,市政府各部门:', '  经市政府领导同意,现将《宜宾市人民政府对区县人民政府信访工作目标考评实施细则》(修订稿)和《宜宾市人民政府对市政府部门信访工作目标考评实施细则》(修订稿)印发给你们,请遵照执行。', '', '  二OO六年七月十八日']) + "\n")
    assert (n.title[:12], n.title[-16:], n.doc_number, n.issuers, n.signed_date) == (
        "宜宾市人民政府办公室关于", "标考评实施细则》（修订稿）的通知", "宜府办函〔2006〕174号", ("宜宾市人民政府办公室",), "2006-07-18"
    )


@pytest.mark.parametrize(
    "text, title, number",
    [
        # a site's title line with the number in brackets, over the text with no addressees (池政〔2017〕101号;
        # 岳办发〔2017〕2号's line on its county's site)
        ("池州市人民政府关于创优“四最”营商环境的实施意见(池政〔2017〕101号)\n来源:池州市政府网 浏览次数: 发布时间:2018-01-26 20:57:53\n"
         "为贯彻落实《安徽省人民政府关于创优“四最”营商环境的意见》，现提出如下实施意见。\n一、持续减少审批事项\n二、持续优化审批流程\n",
         "池州市人民政府关于创优“四最”营商环境的实施意见", "池政〔2017〕101号"),
        ("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知（岳办发〔2017〕2号）\n"
         "为深入贯彻落实中央和省委、省政府有关部署，现就全面推进政务公开工作提出如下实施意见。\n一、把握总体要求\n二、推进决策公开\n",
         "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知", "岳办发〔2017〕2号"),
        # …a title with no document type to end it (华政发〔2021〕2号's page, its catalogue above in bullets)
        ("• 索引号:6735597301/2021-1801120\n  • 发布机构:县人民政府办公室\n  • 公开日期:2021-03-23\n2021年县政府重点工作任务(华政发〔2021〕2号)\n"
         "来源:华容县政府   2021-03-23 10:56\n《2021年县政府重点工作任务分解》已经县人民政府同意，现印发给你们。\n一、稳增长\n二、促改革\n",
         "2021年县政府重点工作任务", "华政发〔2021〕2号"),
        # …in square brackets (浙江省交通运输厅's reply to a deputy, 浙交建〔2018〕101号, its page's buttons a line under it)
        ("关于省十三届人大一次会议温36号建议的答复[浙交建〔2018〕101号]\n2018-07-11 09:01    信息来源:浙江省交通运输厅   字号:[ 大 中 小 ]   访问次数:\n"
         "蓝德云代表:\n您在省十三届人大一次会议上提出的温36号建议收悉。经研究,现答复如下:\n感谢您对我省交通运输工作的关心和支持。\n"
         "浙江省交通运输厅\n2018年7月11日\n【打印本页】 【关闭窗口】\n",
         "关于省十三届人大一次会议温36号建议的答复", "浙交建〔2018〕101号"),
        # must not: a bracket that is part of the title
        ("牟定县突发环境事件应急预案（试行）\n为提高应对突发环境事件的能力，制定本预案。\n一、总则\n二、组织体系\n",
         "牟定县突发环境事件应急预案（试行）", None),
        ("某市公共停车场管理办法[试行]\n为加强公共停车场管理，制定本办法。\n一、总则\n二、设置管理\n", "某市公共停车场管理办法[试行]", None),
    ],
    ids=["chizhou", "yueyang", "huarong-no-type", "zhejiang-square-brackets", "shixing-bracket", "shixing-square-bracket"],
)
def test_a_title_line_with_its_number_in_brackets(text, title, number):
    n = _notice(text)
    assert (n.title, n.doc_number) == (title, number)


def test_a_task_table_alone_is_read_as_one_untitled_document():
    # 吉水县's 10件民生实事任务分解表 saved from its page: a heading and a table of bar rows, nothing else
    text = (
        "一、10件民生实事任务分解表\n序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
        "1 | 推动义务教育基本均衡向优质均衡发展，增加义务教育学位5000个。 | 毛晓青 | 县教体局 | 新增义务教育学位5500个。 |\n"
        "2 | 提升幼教服务水平，扩充公办幼儿园学位至1800个。 | 毛晓青 | 县教体局 | 新增学位1290个。 |\n"
        "3 | 扎实推进城乡供水一体化建设，提升城区及工业园区供水能力。 | 张学伟 | 县住建局 | 金滩水厂建设基本完成。 |\n"
    )
    doc = gazette_cli.parse_text(text)
    (notice,) = doc.notices
    assert (notice.title, [r.units for r in notice.responsibilities], any("untitled" in w for w in doc.warnings)) == (
        None, [("县教体局",), ("县教体局",), ("县住建局",)], True)


def test_goals_listed_above_a_report_are_no_title():
    # 渝中区 2023 分解方案 as a news page prints it: its headline goals first, one a line
    text = (
        "地区生产总值增长5%左右\n"
        "固定资产投资总额增长5%以上\n"
        "社会消费品零售总额增长6%左右\n"
        "城镇居民人均可支配收入增长5%以上\n"
        "……\n"
        "近日,渝中区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》方案(下简称“方案”),共细分出171项目标任务,均明确牵头单位与责任单位。\n"
        "今年是贯彻落实党的二十大精神的开局之年,是谱写新时代新征程新重庆渝中发展新篇章的关键之年,做好各项工作意义重大。按照区委、区政府工作要求,将确保完成区政府工作报告提出的各项目标任务。\n"
        "《方案》指出,区级有关部门、有关单位要对本单位所承担的工作任务逐项认领、落细落实,对照目标、结合实际,倒排工期、打表推进,切实把报告的“设计图”变成工作的“施工图”。要紧盯项目、精准施策,按照政府工作报告明确的重点领域、重点方向,狠抓项目招引,促进项目落地,加快形成以项目落实工作、以项目推动发展的良好局面。\n"
        "《方案》要求,各有关部门、单位要通力合作,着力构建体系化、全贯通、可衡量、闭环式的工作落实机制。区政府办公室将持续跟踪工作任务落实情况,定期督查,并将督查结果纳入年度考核,推动各项目标任务落地落细。\n"
        "目标任务如何分解?\n"
        "小编带你了解\n"
        "2023年区政府工作报告重点工作目标任务分解\n"
        "一、主要预期指标\n"
        "1.地区生产总值增长5%左右,争取实现更好的发展。\n"
        "牵头单位:区发改委\n"
        "责任单位:各产业主管部门\n"
        "2.区级一般公共预算收入增长5%。\n"
        "牵头单位:区财政局\n"
        "责任单位:区税务局、区国资委等\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, [r.lead for r in n.responsibilities]) == (None, [("区发改委",), ("区财政局",)])


@pytest.mark.parametrize("text", ["今天天气很好。\n", "一些没有文件的文字\n", "会议指出,要抓好落实。\n会议强调,要提高认识。\n"])
def test_a_few_words_without_title_are_no_document(text):
    assert gazette_cli.parse_text(text).notices == ()


@pytest.mark.parametrize(
    "text, title",
    [
        # a document saved on its own: the lines under its title are no part of it — a sentence cut at a
        # column's end (嵊州 2022 若干政策), a table's header (定州 2020 自由裁量基准; 谯城 2025 分解表)
        ("加快推进工业经济高质量发展若干政策\n为贯彻落实新发展理念,进一步聚焦高质量、念好“两业经”,\n加快推动制造业高质量发展,\n"
         "特制订如下政策。\n一、支持企业做大做强\n对首次入选的企业给予奖励。\n", "加快推进工业经济高质量发展若干政策"),
        ("定州市砖路镇人民政府行政处罚自由裁量基准\n序号\n事项名称\n设定依据\n自由裁量基准\n一、直接下放的行政处罚事项(70项)\n",
         "定州市砖路镇人民政府行政处罚自由裁量基准"),
        ("谯城区2025年政府工作报告重点工作任务分解表\n序号 重点工作任务 主要责任单位 协同配合单位\n一、2025年经济社会发展的主要预期目标\n"
         "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门\n", "谯城区2025年政府工作报告重点工作任务分解表"),
        # …a cut sentence whose comma stands outside its quotation (a slogan's comma inside one may be a title's)
        ("加快推进工业经济高质量发展若干政策\n为贯彻落实新发展理念,“念好两业经”,\n加快推动制造业高质量发展,\n特制订如下政策。\n一、支持企业做大做强\n对首次入选的企业给予奖励。\n",
         "加快推进工业经济高质量发展若干政策"),
        # …while a title broken over two lines is still one
        ("某市人民政府关于加快推进\n工业经济高质量发展的若干意见\n一、总体要求\n做好工作。\n", "某市人民政府关于加快推进工业经济高质量发展的若干意见"),
    ],
    ids=["shengzhou-a-cut-sentence", "dingzhou-table-header", "qiaocheng-table-header", "a-quotation-before-the-comma", "a-broken-title"],
)
def test_a_documents_title_takes_no_line_under_it(text, title):
    (n,) = gazette_cli.parse_text(text).notices
    assert n.title == title


@pytest.mark.parametrize(
    "text, title, number",
    [
        # a 通告 or an 意见 with its number on its title's line and neither addressees nor signature, at the
        # start of the text (茂名 2017 茂公通〔2017〕155号 as a forum reposted it; 池州 池政〔2017〕101号 on its site)
        ("关于严禁利用人力举牌等形式开展户外流动广告宣传切实维护我市社会秩序的通告 茂公通〔2017〕155号\n"
         "为进一步加强城市管理,维护我市社会秩序,根据《中华人民共和国广告法》等规定,现就有关事项通告如下:\n一、严禁以人力举牌等形式开展户外流动广告宣传。\n",
         "关于严禁利用人力举牌等形式开展户外流动广告宣传切实维护我市社会秩序的通告", "茂公通〔2017〕155号"),
        ("池州市人民政府关于创优“四最”营商环境的实施意见(池政〔2017〕101号)\n\n"
         "为贯彻落实《安徽省人民政府关于创优“四最”营商环境的意见》,深化简政放权放管结合优化服务改革,提出如下实施意见。\n一、持续减少审批事项\n",
         "池州市人民政府关于创优“四最”营商环境的实施意见", "池政〔2017〕101号"),
    ],
    ids=["maoming-tonggao", "chizhou-yijian"],
)
def test_a_title_with_its_number_on_its_line_opens_the_text(text, title, number):
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, n.doc_number) == (title, number)


def test_a_document_under_its_number_with_no_letter():
    # 盐政发〔2017〕40号 on a county's site: the number, the rules' title, then its chapters
    text = "盐政发〔2017〕40号\n盐池县人民政府工作规则\n第一章 总 则\n第一条 根据有关法律，制定本规则。\n第二条 县人民政府是县人民代表大会的执行机关。\n"
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, n.doc_number, [c.marker for c in n.own.clauses]) == ("盐池县人民政府工作规则", "盐政发〔2017〕40号", ["第一章"])


def test_an_attachment_under_a_number_after_the_letter_that_cites_it_is_no_document():
    # must not: the letter above cites the title, so the number and title under its signature are its attachment's
    text = ("某县人民政府关于印发某县人民政府工作规则的通知\n某政发〔2017〕40号\n各乡镇人民政府：\n现将《某县人民政府工作规则》印发给你们，请遵照执行。\n"
            "某县人民政府\n2017年5月2日\n某政发〔2017〕40号\n某县人民政府工作规则\n第一章 总 则\n第一条 根据有关法律，制定本规则。\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, len(n.attachments)) == ("某县人民政府关于印发某县人民政府工作规则的通知", 1)


def test_a_numbered_title_line_in_a_letter_opens_nothing():
    # must not: such a line inside a document's text (a list of documents it cites) starts no notice
    text = ("某市人民政府关于做好有关工作的通知\n某政发〔2023〕3号\n各区县人民政府：\n现将有关文件列明如下：\n"
            "关于严禁占道经营的通告 某公通〔2017〕15号\n请遵照执行。\n某市人民政府\n2023年5月4日\n")
    assert [n.doc_number for n in gazette_cli.parse_text(text).notices] == ["某政发〔2023〕3号"]


def test_a_slogan_in_quotation_marks_may_hold_a_comma():
    # 西政办〔2020〕91号 (海西州): a title with a slogan that holds a comma is still a title; 嵊州's cut sentence
    # (above), whose comma stands outside any quotation, is not
    text = ("海西州人民政府办公室关于印发在全州开展“收好官,开好局”专项行动实施方案的通知\n\n各市、县人民政府,大柴旦行委,州政府各部门:\n"
            "《关于在全州开展“收好官,开好局”专项行动实施方案》已经州政府研究同意,现印发给你们,请认真抓好落实。\n海西州人民政府办公室\n2020年10月30日\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert n.title == "海西州人民政府办公室关于印发在全州开展“收好官，开好局”专项行动实施方案的通知"




@pytest.mark.parametrize(
    "text, title, issuer",
    [
        # a site's name above a title that names its own organ, the page's path under it (mdx.gov.cn, 牟定 2017)
        ("牟定县人民政府\n首页 >> 公开信息内容\n牟定县人民政府办公室关于印发牟定县突发环境事件应急预案（试行）的通知\n"
         "1 总则\n1.1 编制目的\n建立健全突发环境事件应急机制。\n",
         "牟定县人民政府办公室关于印发牟定县突发环境事件应急预案（试行）的通知", "牟定县人民政府办公室"),
        # a copy with no number and no addressees: the issuer its title names (国务院办公厅关于2025年部分节假日安排的通知)
        ("国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日（周三）放假1天，不调休。\n二、春节：1月28日至2月4日放假调休，共8天。\n",
         "国务院办公厅关于2025年部分节假日安排的通知", "国务院办公厅"),
        # …while the organ above a title that does not name it is its byline (洪泽区人民政府 / 2023年…年度报告)
        ("洪泽区人民政府\n2023年政府信息公开工作年度报告\n一、总体情况\n做好公开工作。\n二、主动公开情况\n公开文件。\n",
         "洪泽区人民政府2023年政府信息公开工作年度报告", "洪泽区人民政府"),
        # …or the organ a plan's title names before its year (灵璧县卫健委 2021 任务分解; 谯城区教育局 2025 分解表)
        ("县卫健委2021年政府工作报告任务分解\n1.全面推进健康灵璧建设。\n牵头责任单位：县卫健委\n2.加强基层医疗卫生服务能力建设。\n牵头责任单位：县卫健委\n",
         "县卫健委2021年政府工作报告任务分解", "县卫健委"),
        ("谯城区教育局2025年政府工作报告重点工作任务分解表\n一、持续推进学前教育普及普惠\n二、深化与海亮集团合作\n",
         "谯城区教育局2025年政府工作报告重点工作任务分解表", "谯城区教育局"),
        # must not: a place before the year (济南市2023年国民经济和社会发展计划)
        ("济南市2023年国民经济和社会发展计划\n一、主要目标\n地区生产总值增长5%。\n二、主要任务\n扩大有效投资。\n",
         "济南市2023年国民经济和社会发展计划", None),
    ],
    ids=["mouding-site-name", "gwyb-holidays", "hongze-byline", "lingbi-organ-before-year", "qiaocheng-organ-before-year", "jinan-place-before-year"],
)
def test_a_standalone_documents_issuer(text, title, issuer):
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, n.issuer) == (title, issuer)


@pytest.mark.parametrize(
    "text, title",
    [
        # a catalogue saved as a Markdown table: its rule under the first row holds no word, and the title is the
        # catalogue's (高青县 2022 政策解读, its page in traditional characters; the only copy seen)
        (
         "標題: | 關于《高青縣2021年國民經濟和社會發(fā)展計劃執(zhí)行情況與2022年計劃(草案)》的解讀 | ||\n"
         "---|---|---|---|\n"
         "索引號: | 11370322004222241N/2022-5243819 | 文號: | |\n"
         "發(fā)文日期: | 2022-01-07 | 發(fā)布機構: | 高青縣人民政府辦公室 |\n"
         "一、起草背景和過程\n"
         "為充分總結2021年國民經濟和社會發(fā)展計劃執(zhí)行情況,科學謀劃2022年國民經濟和社會發(fā)展計劃,按照縣人大工作安排和縣政府工作要求,縣發(fā)改局牽頭負責起草該文件。為做好文件編制工作,縣發(fā)改局從2021年11月份起,著手研究2022年經濟社會工作思路,先后到有關部門、單位及重點企業(yè)進行調研,會同有關部門提出了重點工作思路和主要預期目標。在認真學習領會中央、省、市、縣相關會議精神的基礎上,組織起草了文件初稿,并征求了各鎮(zhèn)、街道,經濟開發(fā)區(qū),縣有關部門、單位的意見建議。\n"
         "二、起草依據(jù)及考慮\n"
         "在報告起草過程中,注重體現(xiàn)三個方面:一是注重加強與《政府工作報告》的對接,主要目標、數據(jù)和重要內容與《政府工作報告》保持一致。二是注重與“十四五”規劃、黃河流域發(fā)展規劃的銜接,包括主要預期發(fā)展目標、重點工作任務等。三是注重與市發(fā)改委溝通對接,確保年度經濟發(fā)展指標與全市年度指標相協(xié)調。\n",
         "关于《高青县2021年国民经济和社会发展计划执行情况与2022年计划（草案）》的解读"),
        # must not: a title with figures in it is still a title (国务院办公厅关于2025年部分节假日安排的通知)
        ("国务院办公厅关于2025年部分节假日安排的通知\n一、元旦：1月1日（周三）放假1天，不调休。\n二、春节：1月28日至2月4日放假调休，共8天。\n",
         "国务院办公厅关于2025年部分节假日安排的通知"),
    ],
    ids=["gaoqing-markdown-rule", "gwyb-figures-in-title"],
)
def test_a_line_without_words_is_no_title(text, title):
    (n,) = gazette_cli.parse_text(text).notices
    assert n.title == title


@pytest.mark.parametrize(
    "number_line, number",
    [
        # a site that lost the 〕 and 号 around its digits (赣市府办字〔2015118 on 赣州's site, 2015; 南兴府办函〔202058
        # on 兴宁区's, 2020): the year's four digits, then the serial
        ("赣市府办字〔2015118", "赣市府办字〔2015〕118号"),
        ("南兴府办函〔202058", "南兴府办函〔2020〕58号"),
        # …or its 号 alone (国发〔2021〕27, a text layer of 国务院's 2021 交通 plan)
        ("国发〔2021〕27", "国发〔2021〕27号"),
        # …but a year alone, or five digits after it, is no number
        ("赣市府办字〔2015", None),
        ("赣市府办字〔201512345", None),
    ],
)
def test_a_number_whose_close_a_site_lost(number_line, number):
    text = (number_line + "\n赣州市人民政府办公厅\n关于印发2015年全市深化医药卫生体制改革下步工作要点的通知\n"
            "各县（市、区）人民政府，市政府有关部门：\n现将工作要点印发给你们，请认真贯彻执行。\n赣州市人民政府办公厅\n2015年9月17日\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert n.doc_number == number


@pytest.mark.parametrize(
    "text, number, signed",
    [
        # the number and the date in brackets under the title, over the addressees (哈厅字〔2007〕4号; a compilation's 国发〔2010〕9号)
        ("中共哈尔滨市委办公厅、哈尔滨市人民政府办公厅关于2007年春节期间活动安排的通知\n(哈厅字[2007]4号 2007年2月1日)\n"
         "各区、县(市)党委和人民政府,市委各部办委,市直各党组、党委(工委):\n经市委、市政府领导同意,现就我市2007年春节期间活动安排通知如下:\n一、团拜、座谈活动\n",
         "哈厅字〔2007〕4号", "2007-02-01"),
        ("国务院关于进一步做好利用外资工作的若干意见\n（国发〔2010〕9号　2010年4月6日）\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
         "利用外资是我国对外开放基本国策的重要内容。现就进一步做好利用外资工作提出以下意见：\n一、优化利用外资结构\n",
         "国发〔2010〕9号", "2010-04-06"),
    ],
)
def test_a_bracketed_number_and_date_under_a_title(text, number, signed):
    n = _notice(text)
    assert (n.doc_number, n.signed_date) == (number, signed)


@pytest.mark.parametrize(
    "text, title, number, attachment",
    [
        # a law database's head of a regulation, its note under it, over the 公告 that publishes it
        # (四川省村务公开条例 on 法律资料网): the 公告 is the document, the regulation its attachment
        ("四川省村务公开条例\n\n四川省人大常委会\n\n四川省村务公开条例\n\n(2009年7月22日四川省第十一届人民代表大会常务委员会第十次会议通过)\n\n"
         "四川省第十一届人民代表大会常务委员会公告\n\n  第28号\n\n"
         "  《四川省村务公开条例》(NO:SC112371)已由四川省第十一届人民代表大会常务委员会第十次会议于2009年7月22日通过,现予公布,自2009年11月1日起施行。\n\n"
         "四川省人民代表大会常务委员会\n2009年7月22日\n\n第一章 总 则\n\n  第一条 为了规范村务公开,完善村民自治,制定本条例。\n",
         "四川省第十一届人民代表大会常务委员会公告", "四川省第十一届人民代表大会常务委员会公告第28号", "四川省村务公开条例"),
        # …as without the note, where the 公告 already followed the head (深圳市人大常委会听证条例 on the same site)
        ("深圳市人民代表大会常务委员会听证条例\n\n广东省深圳市人大常委会\n\n深圳市人民代表大会常务委员会听证条例\n\n深圳市人民代表大会常务委员会公告\n\n第三十七号\n\n"
         "  深圳市第三届人民代表大会常务委员会第十一次会议于2001年10月17日审议通过的《深圳市人民代表大会常务委员会听证条例》业经广东省第九届人民代表大会常务委员会第二十九次会议于2001年12月3日批准,现予公布,自2002年1月1日起施行。\n\n"
         "深圳市人民代表大会常务委员会\n\n2001年12月26日\n\n第一章 总 则\n  第一条 为了规范深圳市人民代表大会常务委员会的听证活动,制定本条例。\n",
         "深圳市人民代表大会常务委员会公告", "深圳市人民代表大会常务委员会公告第37号", "深圳市人民代表大会常务委员会听证条例"),
    ],
    ids=["sichuan-note-then-gonggao", "shenzhen-gonggao"],
)
def test_a_law_databases_head_over_the_order_that_publishes_it(text, title, number, attachment):
    n = _notice(text)
    assert (n.title, n.doc_number, [a.title for a in n.attachments]) == (title, number, [attachment])


def test_a_law_databases_head_of_an_order_is_no_second_order():
    # 遵义市人民政府令第55号 on 法律资料网: the order's line, its organ, the order again, then the order itself
    text = (
        "遵义市人民政府令第55号\n\n贵州省遵义市人民政府\n\n\n遵义市人民政府令第55号\n\n\n"
        "《遵义市中心城区部分道路禁止货运车辆通行的管理规定》已经市人民政府常务会议通过，现予公布施行。\n\n"
        "市长：王晓光\n\n二〇一一年一月三十一日\n\n遵义市中心城区部分道路禁止货运车辆通行的管理规定\n\n"
        "第一条 为切实加强中心城区道路交通管理，制定本规定。\n\n第二条 本规定自公布之日起施行。\n"
    )
    assert [(n.doc_number, n.signed_date) for n in gazette_cli.parse_text(text).notices] == [("遵义市人民政府令第55号", "2011-01-31")]
    # …but two orders of an issue, one after the other, stay two
    issue = (
        "济南市人民政府令\n第288号\n《济南市甲办法》已经市政府研究通过，现予公布。\n市长　于海田\n2022年9月1日\n"
        "济南市人民政府令\n第289号\n《济南市乙办法》已经市政府研究通过，现予公布。\n市长　于海田\n2022年9月2日\n"
    )
    assert [n.doc_number for n in gazette_cli.parse_text(issue).notices] == ["济南市人民政府令第288号", "济南市人民政府令第289号"]


@pytest.mark.parametrize(
    "text, number",
    [
        # a rule saved on its own, its order's number in brackets under its title: 专利代理条例 (国务院令第706号), and
        # 交通运输部's 2023 规定, its orders numbered in their year (the mirror's traditional characters and glosses aside)
        ("专利代理条例\n（国务院令第706号）\n第一章　总则\n第一条　为了规范专利代理行为，保障委托人、专利代理机构和专利代理师的合法权益，"
         "维护专利代理活动的正常秩序，促进专利代理行业健康发展，根据《中华人民共和国专利法》，制定本条例。\n", "国务院令第706号"),
        ("道路运输车辆技术管理规定\n（交通运输部令2023年第3号）\n第一章 总则\n第一条为加强道路运输车辆技术管理,保持车辆技术状况良好,"
         "保障运输安全,发挥车辆效能,促进节能减排,根据《中华人民共和国安全生产法》《中华人民共和国节约能源法》《中华人民共和国道路运输条例》"
         "等法律、行政法规,制定本规定。\n"
         "第二条道路运输车辆技术管理适用本规定。\n", "交通运输部令2023年第3号"),
    ],
    ids=["guowuyuan-ling", "jiaotong-ling-in-its-year"],
)
def test_a_rules_order_number_in_brackets_under_its_title(text, number):
    assert gazette_cli.parse_text(text).notices[0].doc_number == number


@pytest.mark.parametrize(
    "text, attached",
    [
        # a 公告 that publishes a 决定, the 决定 printed under it with its note (甘肃省人大常委会公告（第54号）, 2011)
        ("甘肃省人民代表大会常务委员会公告\n(第54号)\n《甘肃省人民代表大会常务委员会关于修改〈甘肃省人民代表大会常务委员会关于政府规章设定罚款"
         "限额的规定〉的决定》已由甘肃省第十一届人民代表大会常务委员会第二十四次会议于2011年11月24日通过,现予公布,自2012年1月1日起施行。\n"
         "甘肃省人民代表大会常务委员会\n2011年11月24日\n"
         "甘肃省人民代表大会常务委员会关于修改《甘肃省人民代表大会常务委员会关于政府规章设定罚款限额的规定》的决定\n"
         "(2011年11月24日省第十一届人大常委会第二十四次会议通过)\n"
         "甘肃省第十一届人民代表大会第二十四次会议决定对《甘肃省人民代表大会常务委员会关于政府规章设定罚款限额的规定》作如下修改:\n",
         ["甘肃省人民代表大会常务委员会关于修改《甘肃省人民代表大会常务委员会关于政府规章设定罚款限额的规定》的决定"]),
        # a 令 that publishes one, its title over two lines (国务院令第513号, 2007)
        ("中华人民共和国国务院令\n第513号\n《国务院关于修改〈全国年节及纪念日放假办法〉的决定》已经2007年12月7日国务院第198次常务会议通过,"
         "现予公布,自2008年1月1日起施行。\n总理 温家宝\n二○○七年十二月十四日\n\n国务院关于修改《全国年节及\n纪念日放假办法》的决定\n\n"
         "国务院决定对《全国年节及纪念日放假办法》作如下修改:将第二条修改为:“全体公民放假的节日:\n",
         ["国务院关于修改《全国年节及纪念日放假办法》的决定"]),
    ],
    ids=["gansu-gonggao-jueding", "guowuyuan-ling-jueding"],
)
def test_the_decision_an_order_publishes_is_its_attachment(text, attached):
    (notice,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in notice.attachments] == attached


def test_a_title_under_an_empty_catalogue_field_is_the_documents():
    # 呼和浩特市水务局 2024: the catalogue's 公文时效 alone on its line, empty, then the notice's title; the title is no
    # value of the field (a title's own label, 标题 or 文件名称, does take it: see the catalogue tests above), and the
    # catalogue's 成文日期 is read before that label run in at its end
    text = (
        "索 引 号 0001152802XG/2024-00094 主题分类 其他\n"
            "发布机构 政府办公室 文  号\n"
            "成文日期 2024-07-01 公文时效\n"
            "索 引 号 0001152802XG/2024-00094\n"
            "主题分类 其他\n"
            "发布机构 政府办公室\n"
            "文  号\n"
            "成文日期 2024-07-01\n"
            "公文时效\n"
            "呼和浩特市水务局关于汛期河道行洪安全的公告\n"
            "发布日期: 2024-07-01 16:30 来源: 政府办公室\n"
            "广大群众及相关单位:\n"
            "当前,呼和浩特市已进入主汛期,降雨频次增多、降雨量级增大,水情更加复杂多变,为确保群众生命安全,确保防汛抢险秩序,现就有关事项通告如下:\n"
            "一、广大群众要切实增强安全意识,远离行洪河道及相关区域,自觉做到不观水、不涉水、不嬉水,在确保自身安全的同时,以实际行动支持抗洪抢险的大局。\n"
    )
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.title, notice.issuers, notice.signed_date) == ("呼和浩特市水务局关于汛期河道行洪安全的公告", ("呼和浩特市水务局",), "2024-07-01")


def test_a_bracketed_order_number_under_a_title_starts_no_document():
    # a regulation reprinted under a letter, its 令 number in brackets under its title (01's shape)
    text = (
        "某市人民政府关于转发专利代理条例的通知\n某政发〔2023〕1号\n各区县人民政府：\n现将《专利代理条例》转发给你们。\n某市人民政府\n2023年1月1日\n"
        "专利代理条例\n（国务院令第706号）\n第一条　为了规范专利代理行为，制定本条例。\n"
    )
    assert [n.doc_number for n in gazette_cli.parse_text(text).notices] == ["某政发〔2023〕1号"]


@pytest.mark.parametrize(
    "announced, attachment",
    [
        # the letter announces the title with its organs (鹤政发〔2025〕4号): the organ line opens the title
        ("《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》", "鹤岗市人民政府鹤岗市中级人民法院关于完善“府院联动”机制的意见"),
        # …and without them: the organ line is the attached document's byline
        ("《关于完善“府院联动”机制的意见》", "关于完善“府院联动”机制的意见"),
    ],
    ids=["hegang-organs-in-the-announced-title", "organs-not-announced"],
)
def test_organs_over_an_attached_title_the_letter_announced(announced, attachment):
    text = (
        "鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n各县（区）人民政府、法院，市政府各部门：\n"
        + announced + "已经市政府常务会议研究同意，现印发给你们，请认真贯彻落实。\n"
        "鹤岗市人民政府 鹤岗市中级人民法院\n2025年4月30日\n"
        "鹤岗市人民政府 鹤岗市中级人民法院\n关于完善“府院联动”机制的意见\n为深入推进全面依法治市和法治政府建设，制定本意见。\n一、指导思想\n坚持依法治市。\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in n.attachments] == [attachment]


@pytest.mark.parametrize(
    "text, attachment",
    [
        # a signature whose date the site lost (牟定 2017: { 2017 6 23), then the title the letter named
        ("牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知\n牟政办发〔2017〕46号\n各乡镇人民政府,县级有关部门:\n"
         "经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行。\n牟定县人民政府办公室\n(此件公开发布)\n{ 2017 6 23\n"
         "牟定县突发环境事件应急预案(试行)\n1 总则\n1.1 编制目的\n建立健全突发环境事件应急机制。\n", "牟定县突发环境事件应急预案（试行）"),
        # no signature at all: a catalogue, the letter, （此件公开发布）, then the title (六盘水府办发〔2022〕10号's page)
        ("索 引 号: | 000014349/2023-91150 | 信息分类: | |\n发布机构: | 生成日期: | 2022-12-02 08:54:33 | |\n文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |\n名 称: | 市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知 |\n"
         "各市、特区、区人民政府,市人民政府各部门、各直属机构:\n经市人民政府同意,现将《六盘水市新型基础设施建设三年行动方案(2022—2024年)》印发给你们,请认真抓好贯彻落实。\n"
         "(此件公开发布)\n六盘水市新型基础设施建设三年行动方案(2022—2024年)\n为贯彻落实有关要求,制定本方案。\n一、主要目标\n2022年,全市新建5G基站2600个以上。\n二、重点任务\n(一)推进大数据基础设施建设。\n",
         "六盘水市新型基础设施建设三年行动方案（2022—2024年）"),
        # …the title over two lines, its years in brackets on the second (静府办发〔2019〕10号's page, no signature)
        ("上海市静安区人民政府办公室关于转发区消防支队《静安区消防救援发展三年行动计划（2019—2021）》的通知\n静府办发〔2019〕10号\n"
         "区政府各委、办、局，各街道办事处、彭浦镇政府：\n区消防支队《静安区消防救援发展三年行动计划（2019—2021）》已经区政府第135次常务会议通过，现转发给你们，请认真按照执行。\n"
         "静安区消防救援发展三年行动计划\n（2019—2021）\n一、指导思想\n为全力维护全区消防安全形势稳定，制定本计划。\n二、工作任务\n（一）提升火灾防控水平。\n",
         "静安区消防救援发展三年行动计划（2019—2021）"),
        # must not: a line that only begins with the named title is no title of its own
        ("某县人民政府办公室关于印发某县应急预案的通知\n某政办发〔2017〕4号\n各乡镇人民政府:\n现将《某县应急预案》印发给你们,请认真贯彻执行。\n"
         "某县应急预案已经县政府常务会议研究通过。\n1 总则\n", None),
    ],
    ids=["mouding-date-lost", "liupanshui-no-signature", "jingan-title-over-two-lines", "a-sentence-that-starts-with-the-title"],
)
def test_the_title_a_letter_named_starts_the_attachment_without_a_signature(text, attachment):
    (n,) = gazette_cli.parse_text(text).notices
    assert n.attachment_title == attachment
    assert [a.title for a in n.attachments] == ([attachment] if attachment else [])


@pytest.mark.parametrize(
    "tail, attachments",
    [
        # 古美路街道 2022: the attached 方案 ends with its own 附件： list of forms that are not printed
        ("附件：\n1.古美路街道独居老人排摸统计表\n2.古美路街道独居老人消防安全宣传实例\n3.古美路街道独居老人消防安全“上门10项便民服务”工作措施\n"
         "4.古美路街道加强独居老人消防安全工作情况季度汇总表\n",
         [(None, "古美路街道加强独居老人消防安全工作实施方案")]),
        ("附件：\n1.古美路街道独居老人排摸统计表\n2.古美路街道独居老人消防安全宣传实例\n",
         [(None, "古美路街道加强独居老人消防安全工作实施方案")]),
        # …or a list over the forms that are printed: each its own attachment
        ("附件：\n1.古美路街道独居老人排摸统计表\n2.古美路街道独居老人消防安全宣传实例\n附件1\n古美路街道独居老人排摸统计表\n序号\t姓名\t住址\n",
         [(None, "古美路街道加强独居老人消防安全工作实施方案"), ("附件1", "古美路街道独居老人排摸统计表")]),
        # must not: an attachment whose text opens with its numbered clauses is no list
        ("附件：\n1.总体要求\n坚持以人为本，落实消防安全责任。\n2.工作措施\n开展上门宣传。\n",
         [(None, "古美路街道加强独居老人消防安全工作实施方案"), ("附件", None)]),
    ],
    ids=["gumeilu-list-at-the-end", "two-items", "list-over-printed-forms", "clauses-after-a-label"],
)
def test_a_list_of_attachments_at_an_attachments_end_is_no_attachment(tail, attachments):
    text = (
        "上海市闵行区人民政府古美路街道办事处关于印发《古美路街道加强独居老人消防安全工作实施方案》的通知\n各居委会，街道各部门：\n"
        "现将《古美路街道加强独居老人消防安全工作实施方案》印发给你们，请认真贯彻执行。\n上海市闵行区人民政府古美路街道办事处\n2022年8月15日\n"
        "古美路街道加强独居老人消防安全工作实施方案\n一、工作目标\n排摸独居老人底数。\n二、工作要求\n请于每季度报送工作情况。\n" + tail
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert [(a.label, a.title) for a in n.attachments] == attachments


@pytest.mark.parametrize(
    "text, titles",
    [
        # a signature whose date a site garbled (沙坪坝 2022: 2022121日), then 附件1 over the title its list names
        ("重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知\n各镇人民政府、街道办事处,区级各部门:\n"
         "区政府办公室对报告明确的目标任务进行了分解,现印发给你们。\n附件:1. 2022年区政府工作报告经济社会发展预期目标任务分解表\n"
         "2. 2022年区政府工作报告重点工作任务分解表\n重庆市沙坪坝区人民政府办公室\n2022121日\n(此件公开发布)\n附件1\n"
         "2022年区政府工作报告经济社会发展预期目标任务分解表\n序号\t2022年预期目标\t责任单位\n1\t地区生产总值增长5.5%左右\t区发展改革委\n附件2\n"
         "2022年区政府工作报告重点工作任务分解表\n序号\t工作任务\t牵头单位\n1\t新引进500强企业8家\t区招商投资局\n",
         ["2022年区政府工作报告经济社会发展预期目标任务分解表", "2022年区政府工作报告重点工作任务分解表"]),
        # no signature at all: the list, a bare 附件, the title in 《》 as listed (赣府厅字〔2009〕15号 on a site)
        ("赣府厅字〔2009〕15号\n各市、县(区)人民政府,省政府各部门:\n现将《江西省人民政府关于促进全省经济平稳较快发展的若干意见》责任分工印发给你们,请狠抓落实。\n"
         "附件:《江西省人民政府关于促进全省经济平稳较快发展的若干意见》责任分工\n附件\n《江西省人民政府关于促进全省经济平稳较快发展的若干意见》责任分工\n"
         "一、加大投资力度和优化投资结构\n(一)进一步加大投资力度。责任单位:省发改委牵头,省交通厅配合。\n",
         ["《江西省人民政府关于促进全省经济平稳较快发展的若干意见》责任分工"]),
        # must not: a label over a line the list does not name, or no list above the label
        ("赣府厅字〔2009〕15号\n各市、县(区)人民政府,省政府各部门:\n现将责任分工印发给你们,请狠抓落实。\n"
         "附件:《江西省人民政府关于促进全省经济平稳较快发展的若干意见》责任分工\n附件\n各单位要按照责任分工狠抓落实\n一、加大投资力度\n二、加快推进重大项目建设\n", []),
        ("赣府厅字〔2009〕15号\n各市、县(区)人民政府,省政府各部门:\n现将责任分工印发给你们,请狠抓落实。\n附件\n"
         "《江西省人民政府关于促进全省经济平稳较快发展的若干意见》责任分工\n一、加大投资力度\n二、加快推进重大项目建设\n", []),
    ],
    ids=["shapingba-date-garbled", "jiangxi-no-signature", "a-title-not-listed", "no-list"],
)
def test_a_label_over_a_listed_title_starts_the_attachment_without_a_signature(text, titles):
    (n,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in n.attachments] == titles


@pytest.mark.parametrize(
    "letter, second, titles",
    [
        # 国办发〔2018〕124号: 《A》和《B》已经国务院同意，现印发给你们; B's title under A's last clause
        ("拟定的《文化体制改革中经营性文化事业单位转制为企业的规定》和《进一步支持文化企业发展的规定》已经国务院同意，现印发给你们，请认真贯彻执行。",
         "进一步支持文化企业发展的规定\n为进一步深化文化体制改革，特制定以下规定：\n一、关于财政税收\n（一）中央财政应通过现有资金渠道支持文化企业。\n",
         ["文化体制改革中经营性文化事业单位转制为企业的规定", "进一步支持文化企业发展的规定"]),
        # …named with 、 (余府办发〔2008〕52号 names two 管理办法 with 和; the same chain)
        ("现将《文化体制改革中经营性文化事业单位转制为企业的规定》、《进一步支持文化企业发展的规定》印发给你们，请认真贯彻执行。",
         "进一步支持文化企业发展的规定\n为促进文化企业发展，特制定以下规定：\n一、关于财政税收\n（一）中央财政应通过现有资金渠道支持文化企业。\n",
         ["文化体制改革中经营性文化事业单位转制为企业的规定", "进一步支持文化企业发展的规定"]),
        # must not: the second title inside a sentence of the first document's text
        ("拟定的《文化体制改革中经营性文化事业单位转制为企业的规定》和《进一步支持文化企业发展的规定》已经国务院同意，现印发给你们，请认真贯彻执行。",
         "转制企业享受进一步支持文化企业发展的规定中的政策。\n",
         ["文化体制改革中经营性文化事业单位转制为企业的规定"]),
        # must not: one title named: a line of other words later, with no outline opening under it, is the document's own
        ("现将《文化体制改革中经营性文化事业单位转制为企业的规定》印发给你们，请认真贯彻执行。",
         "进一步支持文化企业发展的规定\n为促进文化企业发展，特制定以下规定：\n一、关于财政税收\n",
         ["文化体制改革中经营性文化事业单位转制为企业的规定"]),
    ],
    ids=["guobanfa-2018-124-he", "comma-chain", "in-a-sentence", "one-title-named"],
)
def test_each_title_a_letter_named_starts_an_attachment(letter, second, titles):
    text = (
        "国务院办公厅关于印发文化体制改革中\n经营性文化事业单位转制为企业和进一步\n支持文化企业发展两个规定的通知\n国办发〔2018〕124号\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n" + letter + "\n国务院办公厅\n2018年12月18日\n（此件公开发布）\n"
        "文化体制改革中经营性文化事业单位\n转制为企业的规定\n为进一步深化文化体制改革，特制定以下规定：\n一、关于公司制股份制改革\n"
        "（一）经营性文化事业单位转制为企业，要依法登记为有限责任公司或股份有限公司。\n" + second
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in n.attachments] == titles


# Replies to a deputy's 建议 and a member's 提案: 国办函〔2006〕70号 and 69号, printed one after the other, and
# 国办函〔2006〕82号 under a 复函 (its signature's organ garbled by the site: 国务院办公厅   &bsp;)
_REPLIES = (
    "国务院办公厅对十届全国人大\n四次会议第2996号建议的答复\n国办函〔2006〕70号\n石英代表：\n"
    "您提出的关于建设地方政府门户网站外文版的建议收悉，现答复如下：\n感谢您对政府工作的关心和支持。\n国务院办公厅\n二〇〇六年九月七日\n"
    "国务院办公厅对十届全国人大\n四次会议第7264号建议的答复\n国办函〔2006〕69号\n邓明义代表：\n"
    "您提出的关于请总理网上博客听取民意的建议收悉，现答复如下：\n感谢您对政府工作的关心和支持。\n国务院办公厅\n二〇〇六年九月七日\n"
    "国务院办公厅对全国政协十届四次会议\n第4626号提案的答复\n国办函〔2006〕82号\n王超斌委员：\n"
    "您提出的关于加快发展节水产业的提案收悉，现答复如下：\n感谢您对政府工作的关心与支持。\n国务院办公厅   &bsp;\n二〇〇六年十月十八日\n"
)


def test_replies_to_deputies_and_members():
    notices = gazette_cli.parse_text(_REPLIES).notices
    assert [(n.doc_number, n.title, n.doc_type, n.issuers, n.addressees) for n in notices] == [
        ("国办函〔2006〕70号", "国务院办公厅对十届全国人大四次会议第2996号建议的答复", "答复", ("国务院办公厅",), ("石英代表",)),
        ("国办函〔2006〕69号", "国务院办公厅对十届全国人大四次会议第7264号建议的答复", "答复", ("国务院办公厅",), ("邓明义代表",)),
        ("国办函〔2006〕82号", "国务院办公厅对全国政协十届四次会议第4626号提案的答复", "答复", ("国务院办公厅",), ("王超斌委员",)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # must not: a rule's line that ends with 答复 opens nothing (a 信访 rule's article broken at its end)
        "某市信访事项办理规定\n第十条　信访事项应当自受理之日起六十日内办结，并书面\n答复\n第十一条　信访人对处理意见不服的，可以请求复查。\n",
        # must not: 对 after words that are no organ
        "某市信访事项办理规定\n第十条　有关部门对信访人的请求应当及时\n作出书面答复\n第十一条　信访人可以请求复查。\n",
    ],
    ids=["a-broken-article", "dui-after-no-organ"],
)
def test_a_line_ending_with_dafu_in_a_rule_opens_no_reply(text):
    assert [n.title for n in gazette_cli.parse_text(text).notices] == ["某市信访事项办理规定"]


@pytest.mark.parametrize(
    "tail, titles, attached",
    [
        # 国办发〔1996〕2号: the 报告 the notice forwards, printed under its signature with its own addressee
        ("（本文有删减）\n关于我国地震重点监视防御区的确定\n和加强防震减灾工作意见的报告\n国务院：\n自80年代后期以来，我国的地震活动进入了一个新的活跃期。\n"
         "一、关于我国地震重点监视防御区的确定\n自70年代以来，我局每年都进行年度地震趋势会商。\n",
         ["国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知"],
         ["关于我国地震重点监视防御区的确定和加强防震减灾工作意见的报告"]),
        # 国办函〔2004〕80号: a 部's 报告 under the 附件1 label, addressed to 国务院 and signed
        ("附件1\n关于湖北省巴东县官渡口镇马鬃山村\n地质险情调研情况的报告\n国务院：\n为落实有关批示，我部组织专家组进行了调研。\n一、基本情况\n马鬃山村属湖北省巴东县官渡口镇。\n"
         "国土资源部\n二〇〇四年十月十日\n",
         ["国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知"],
         ["关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告"]),
        # must not: a reply the letter does not name, under no label, is a document of its own
        ("关于同意设立某某开发区的批复\n某省人民政府：\n你省关于设立某某开发区的请示收悉。现批复如下：同意设立。\n国务院办公厅\n一九九六年二月六日\n",
         ["国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知", "关于同意设立某某开发区的批复"], []),
    ],
    ids=["forwarded-report", "report-under-its-label", "a-reply-of-its-own"],
)
def test_an_addressed_report_the_notice_sends_out_is_its_attachment(tail, titles, attached):
    head = (
        "国务院办公厅转发国家地震局\n关于我国地震重点监视防御区的确定和\n加强防震减灾工作意见报告的通知\n国办发〔1996〕2号\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        "国家地震局《关于我国地震重点监视防御区的确定和加强防震减灾工作意见的报告》已经国务院批准，现转发给你们，请认真贯彻执行。\n"
        "国务院办公厅\n一九九六年二月五日\n"
    )
    notices = gazette_cli.parse_text(head + tail).notices
    assert [n.title for n in notices] == titles
    assert [a.title for a in notices[0].attachments] == attached


_BOLUO = (
    "博罗县卫生和计划生育局\n博罗县教育局\n博罗县食品药品监督管理局\n博卫〔2015〕37号\n关于印发《博罗县学校卫生综合评价\n工作实施方案》的通知\n"
    "县卫生监督所、县疾病预防控制中心，各学校：\n"
    "现将县卫生计生局、县教育局、县食品药品监督管理局联合制定的《博罗县学校卫生综合评价工作实施方案》印发给你们，请认真贯彻执行。\n"
    "博罗县卫生和计划生育局 博罗县教育局\n博罗县食品药品监督管理局\n2015年7月15日\n（信息公开形式：主动公开）\n"
    "抄报：市卫生和计划生育局、市教育局、市食品药品监督管理局。\n抄送：县委办、县政府办，各镇人民政府。\n"
    "博罗县卫生和计划生育局办公室 2015年7月16日印发\n"
)


@pytest.mark.parametrize(
    "tail, attachments",
    [
        # 博卫〔2015〕37号 on a site's page: the 实施方案 the letter names (…联合制定的《…》印发给你们), printed after the 版记
        ("博罗县学校卫生综合评价工作实施方案\n为进一步加强我县学校卫生监督监测工作，制定本方案。\n一、工作目标\n建立学校卫生监督管理长效机制。\n",
         ["博罗县学校卫生综合评价工作实施方案"]),
        # must not: other words after the 印发 line are no attachment
        ("博罗县人民政府办公室\n联系电话：6630069\n", []),
    ],
    ids=["boluo-plan-after-the-record", "other-text-after-the-record"],
)
def test_what_follows_the_printed_line(tail, attachments):
    (n,) = gazette_cli.parse_text(_BOLUO + tail).notices
    assert [a.title for a in n.attachments] == attachments


def test_a_title_whole_on_its_line_is_not_continued_by_its_addressees():
    # lucheng.gov.cn's page of 温鹿政办〔2016〕81号: a blank line after every line, and a list of short names under
    # the letter, against which the title and the addressees are both lines wider than the column
    path = Path(__file__).parent / "fixtures" / "spaced" / "lucheng-2016-longtou-qiye.txt"
    (notice,) = gazette_cli.parse_path(path).notices
    assert (notice.title, notice.addressees) == ("温州市鹿城区人民政府办公室关于公布2016年度鹿城区农业龙头企业名单的通知", ("各街道办事处、镇人民政府", "区政府直属各单位"))


def test_a_title_over_two_lines_is_still_one_paragraph():
    # must not: a title broken before its type (…名单的 / 通知) is one title, as before
    text = "温州市鹿城区人民政府办公室关于公布2016年度鹿城区农业龙头企业名单的\n通知\n各街道办事处、镇人民政府，区政府直属各单位：\n现将名单公布如下。\n"
    assert gazette_cli.parse_text(text).notices[0].title == "温州市鹿城区人民政府办公室关于公布2016年度鹿城区农业龙头企业名单的通知"


@pytest.mark.parametrize(
    "title, doc_type",
    [
        # an interpretation printed on its own (盘锦 2022, 杭州市民政局 2020, 休宁县 2021): its type is 解读
        ("《盘锦市推进沿海经济带高质量发展三年行动方案的通知》政策解读", "解读"),
        ("关于《杭州市民政局杭州市财政局关于调整社会救济特殊对象补助费标准的通知》的政策解读", "解读"),
        ("《休宁县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》解读", "解读"),
        # must not: a notice about interpretations is a 通知
        ("某市人民政府办公室关于做好政策解读工作的通知", "通知"),
    ],
    ids=["panjin-jiedu", "hangzhou-jiedu", "xiuning-jiedu", "a-notice-on-jiedu"],
)
def test_an_interpretation_is_a_jiedu(title, doc_type):
    text = title + "\n一、起草背景\n为贯彻落实有关精神，制定本方案。\n二、主要内容\n方案分为三部分。\n"
    assert gazette_cli.parse_text(text).notices[0].doc_type == doc_type


@pytest.mark.parametrize(
    "first_line, title",
    [
        # a site's time of publication on the title's line (福建省教育厅办公室 2021; 长宁区 2024 为民办实事)
        ("福建省教育厅办公室关于开展2021年 一流本科课程认定及推荐工作的通知 发布时间:2021-05-01 15:30:00  ",
         "福建省教育厅办公室关于开展2021年一流本科课程认定及推荐工作的通知"),
        ("2024年长宁区政府为民办实事项目公布 发布时间:2024-01-18", "2024年长宁区政府为民办实事项目公布"),
        # must not: a title about a time keeps its words
        ("某县人民政府办公室关于调整夏季作息时间的通知", "某县人民政府办公室关于调整夏季作息时间的通知"),
    ],
    ids=["fujian-fabu-shijian", "changning-fabu-shijian", "zuoxi-shijian"],
)
def test_a_sites_time_after_the_title_is_no_part_of_it(first_line, title):
    text = first_line + "\n各本科高校：\n为贯彻落实有关精神，现将有关事项通知如下。\n一、工作安排\n各单位认真组织。\n"
    assert gazette_cli.parse_text(text).notices[0].title == title


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # a plan's title with the years it is for (盐城 2022 数字经济 行动计划; 新乡 2023 制造强市 行动计划, printed on its own)
        ("盐城市数字经济发展三年行动计划(2022—2024年)\n为深入贯彻落实党中央、国务院和省委、省政府决策部署,抢抓新机遇,培育新动能,"
         "加快推动全市经济社会数字化转型,结合我市实际,制定本行动计划。\n一、总体要求\n(一)发展思路\n", "计划"),
        ("新乡市建设制造强市三年行动计划(2023—2025年)\n一、总体要求\n"
         "(二)发展目标。到2025年,初步建成能级更高、结构更优、创新更强、融合更广、生态更好的先进制造业强市。\n", "计划"),
        # must not: a 责任分解 of a year's report, no type before its year (丽水 2023)
        ("市政府工作报告重点工作责任分解(2023年)\n一、全市经济社会发展主要预期目标\n1.生产总值增长6%以上,高质量前提下能快则快。\n"
         "责任单位:市发改委\n", None),
    ],
    ids=["yancheng-years", "xinxiang-years", "lishui-fenjie-year"],
)
def test_a_plans_years_after_its_type(text, doc_type):
    assert gazette_cli.parse_text(text).notices[0].doc_type == doc_type


@pytest.mark.parametrize(
    "text, doc_type",
    [
        # an 应急预案 printed on its own (浙江省 2011, 天津市 2015 自然灾害救助, 荷香桥镇 2014): its type is 预案
        ("浙江省特种设备事故应急预案\n一、 总则\n1.1 编制目的\n有效预防、及时控制和消除突发性特种设备事故及其危害。\n", "预案"),
        ("天津市自然灾害救助应急预案\n1 总则\n1.1 编制目的\n建立健全应对突发自然灾害救助体系和运行机制。\n", "预案"),
        ("荷香桥镇2014年突发公共事件总体应急预案\n一、总则\n（一）编制目的\n提高镇政府保障公共安全和处置突发公共事件的能力。\n", "预案"),
        # must not: the notice that issues one is a 通知 (建平县 2021)
        ("建平县人民政府关于印发建平县森林草原火灾应急预案的通知\n各乡镇人民政府：\n现将《建平县森林草原火灾应急预案》印发给你们，请认真贯彻执行。\n"
         "建平县人民政府\n2021年3月29日\n", "通知"),
    ],
    ids=["zhejiang-yuan", "tianjin-yuan", "hexiangqiao-yuan", "jianping-tongzhi"],
)
def test_an_emergency_plan_is_a_yuan(text, doc_type):
    assert gazette_cli.parse_text(text).notices[0].doc_type == doc_type


@pytest.mark.parametrize(
    "note, attached",
    [
        # a count of the letter's and the attachment's words under the signature (芜湖 2019 重点工作任务分解)
        ("(正文431字,附件6508字)", ["2019年度市政府重点工作任务分解表"]),
        # …and a line of the letter's own under it still belongs to the letter (the note alone)
        ("(正文431字,附件6508字)\n(此件公开发布)", ["2019年度市政府重点工作任务分解表"]),
        # must not: 正文 with no count of words opens what follows, as any line did
        ("正文431字", ["正文431字", "2019年度市政府重点工作任务分解表"]),
    ],
    ids=["wuhu-word-count", "two-notes", "no-brackets-no-note"],
)
def test_a_count_of_words_under_the_signature_is_a_note(note, attached):
    text = (
        "芜湖市人民政府办公室关于分解下达2019年度市政府重点工作任务的通知\n"
        "各县、区人民政府，省江北产业集中区、经济技术开发区管委会，市政府各部门、各直属单位，驻芜各单位：\n"
        "2019年是新中国成立70周年。现将2019年度市政府重点工作任务分解下达给你们（见附件），请认真组织实施。\n"
        "2019年5月14日\n(此件公开发布)\n" + note + "\n附件\n2019年度市政府重点工作任务分解表\n"
        "序号\n目   标   与   任   务\n牵头责任单位\n责任单位\n1\n增林地、增绿地、增湿地。\n市自然资源和规划局\n各县区政府、开发区管委会\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in n.attachments] == attached


@pytest.mark.parametrize(
    "made_by, attached",
    [
        # what made the document, before its title: 审议通过的 (城发改委发〔2025〕4号), its title printed over two lines
        ("县十八届人民代表大会第五次会议审议通过的", ["城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告"]),
        # must not: with no title named, the attachment's first line alone is its title, as before
        (None, ["城口县2024年国民经济和社会发展计划"]),
    ],
    ids=["chengkou-shenyi-tongguo-de", "no-title-named"],
)
def test_the_title_the_letter_names_after_what_made_it(made_by, attached):
    named = f"现将{made_by}《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》印发给你们，请认真抓好学习贯彻落实。" if made_by else "现将有关报告印发给你们，请认真抓好学习贯彻落实。"
    text = (
        "城口县发展和改革委员会\n关于印发《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知\n"
        "城发改委发〔2025〕4号\n各乡镇人民政府、街道办事处，县政府各部门，有关单位：\n" + named + "\n"
        "城口县发展和改革委员会\n2025年2月17日\n（此件公开发布）\n"
        "城口县2024年国民经济和社会发展计划\n执行情况与2025年计划草案报告\n一、2024年国民经济和社会发展计划执行情况\n"
        "2024年，全县上下深学笃用习近平新时代中国特色社会主义思想。\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in n.attachments] == attached


# --- signatures ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tail, attachments",
    [
        # the departments that issued a forwarded document, above its title (沧政办字〔2009〕120号, a 法律资料网 copy)
        ("沧州市发展改革委\n沧州市邮政局\n沧州市财政局\n沧州市农业局\n支持农村邮政物流发展实施办法\n第一条 为贯彻落实有关文件，制定本办法。\n",
         ["支持农村邮政物流发展实施办法"]),
        # …one department too (a city's 转发 of a bureau's 办法)
        ("市财政局\n某市政府采购管理办法\n第一条 为规范政府采购，制定本办法。\n", ["某市政府采购管理办法"]),
        # must not: an organ line with no title under it starts the attachment as before
        ("某市财政局\n第一条 为规范政府采购，制定本办法。\n", ["某市财政局"]),
    ],
    ids=["cangzhou-eight-departments", "one-department", "no-title-under-the-organ"],
)
def test_an_attached_documents_byline(tail, attachments):
    head = "某市人民政府办公室转发市发改委等部门某办法的通知\n某政办字〔2009〕120号\n各县（市、区）人民政府：\n现转发给你们，请认真贯彻执行。\n某市人民政府办公室\n2009年8月30日\n"
    (n,) = gazette_cli.parse_text(head + tail).notices
    assert [a.title for a in n.attachments] == attachments


@pytest.mark.parametrize(
    "tail, attachments",
    [
        # a law database prints the date twice (运城市人民政府办公厅 2017, 法宝's copy): the second is no attachment
        ("运城市人民政府办公厅\n2017年4月13日\n2017年4月13日\n运城市突发事件应急体系建设“十三五”规划责任分解\n一、总体要求\n做好工作。\n",
         ["运城市突发事件应急体系建设“十三五”规划责任分解"]),
        ("2017年4月13日\n2017年4月13日\n某市应急体系建设规划责任分解\n一、总体要求\n做好工作。\n", ["某市应急体系建设规划责任分解"]),
    ],
    ids=["yuncheng-date-twice", "a-date-alone-twice"],
)
def test_a_signature_date_printed_twice(tail, attachments):
    head = "运城市人民政府办公厅关于印发规划责任分解的通知\n各县（市、区）人民政府：\n现将《规划》责任分解印发给你们，请认真贯彻落实。\n"
    (n,) = gazette_cli.parse_text(head + tail).notices
    assert ([a.title for a in n.attachments], n.signed_date) == (attachments, "2017-04-13")


@pytest.mark.parametrize(
    "tail, issuers, date",
    [
        ("国务院办公厅\u00a0\u00a0\u00a0\n2018年12月23日\u00a0\u00a0\n", ("国务院办公厅",), "2018-12-23"),  # 02: NBSP padding
        ("国务院办公厅　中央军委办公厅\n\u00a0一九九六年六月二十九日\n", ("国务院办公厅", "中央军委办公厅"), "1996-06-29"),  # 09
        ("浙江省物价局\n浙江省财政厅\n二○○七年五月八日\n", ("浙江省物价局", "浙江省财政厅"), "2007-05-08"),  # 16: one line each, ○
        ("　　二○○七年八月七日\n", (), "2007-08-07"),  # 17: a date alone
        ("国务院办公厅       　\n二〇〇五年六月十一日     \n", ("国务院办公厅",), "2005-06-11"),  # 10: 〇
    ],
)
def test_signature(tail, issuers, date):
    text = "某某工作的通知\n某发〔2020〕1号\n各有关单位：\n请认真贯彻执行。\n" + tail
    n = _notice(text)
    assert (n.signed_date, n.issuers or ()) == (date, issuers or ())


@pytest.mark.parametrize(
    "text, signer",
    [("中华人民共和国国务院令\n第706号\n现将修订后的条例公布。\n　　总理　　李克强\n2018年11月6日\n", "国务院"),  # 01
     ("济南市人民政府令\n第288号\n现予公布。\n市长　于海田\n2022年10月20日\n", "济南市人民政府")],  # fixture
)
def test_signed_by_name(text, signer):
    n = _notice(text)
    assert (n.issuer, n.signed_date[:4]) == (signer, n.signed_date[:4])


# --- the parts of a frame -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("国务院办公厅、中央军委办公厅", ("国务院办公厅", "中央军委办公厅")),  # 09
        ("重庆市粮食局重庆市财政局", ("重庆市粮食局", "重庆市财政局")),  # 15, after normalization took the space out
        ("浙江省物价局、省财政厅", ("浙江省物价局", "省财政厅")),  # 16
        ("济南市人民政府", ("济南市人民政府",)),  # jn
        ("国务院办公厅", ("国务院办公厅",)),  # not 国务院 + 办公厅
    ],
)
def test_split_organs(text, expected):
    assert split_organs(text) == expected


@pytest.mark.parametrize("text", ["请认真贯彻执行。", "附件：第二批支持创新相关改革举措推广清单", "2018年12月23日", "高水平开放高质量发展的若干意见"])
def test_not_an_organ(text):
    assert not is_organ(text)


@pytest.mark.parametrize(
    "text, number",
    [("（浙价费〔2007〕136号）", "浙价费〔2007〕136号"), ("（甬政办发〔2007〕153号）", "甬政办发〔2007〕153号"), ("国函〔2006〕132号", "国函〔2006〕132号"),
     ("（第38号）", "第38号"), ("国发〔2019〕第3号", "国发〔2019〕3号")],
)
def test_doc_number_forms(text, number):
    assert canonical_doc_number(text) == number


@pytest.mark.parametrize(
    "text, date",
    [("（2022年10月8日印发）", "2022-10-08"), ("济南市人民政府办公厅　2022年10月11日印发", "2022-10-11"), ("（此件公开发布）", None), ("2022年10月11日", None)],
)
def test_printed_date(text, date):
    assert printed_date(text) == date


@pytest.mark.parametrize(
    "text",
    ["附件", "附件1", "附件1.", "附件2：", "附 件 3", "附件四"],  # 02, 15, 13, 13, spaced, numbered in words
)
def test_attachment_labels(text):
    assert LABEL.match(text) and stands_alone(text)


@pytest.mark.parametrize("text", ["附件：第二批支持创新相关改革举措推广清单", "附件1.深圳湾口岸港方口岸区的查验区界址点坐标", "附件要求"])
def test_not_a_label(text):
    assert not LABEL.match(text)


def test_attachment_lists():
    # 15: 附件：1．… then 2．… ; 13: 附件1.… then 2.… ; 02: one title after the colon
    assert listed_titles(["附件：1．重庆市…审批表", "2．重庆市…通知书", "第十五条"], 0) == (2, ["重庆市…审批表", "重庆市…通知书"])
    assert listed_titles(["附件1.深圳湾口岸港方口岸区的查验区界址点坐标", "2.深圳湾公路大桥部分桥面界址点坐标", "国务院"], 0)[0] == 2
    assert listed_titles(["附件：第二批支持创新相关改革举措推广清单", "国务院办公厅"], 0) == (1, ["第二批支持创新相关改革举措推广清单"])
    assert listed_titles(["附件要求各地按时报送。"], 0) == (0, [])
    # 附件： alone, the list on the lines under it (宣城市卫健委, 2020; 大洼区's 2021 task list has
    # 附件:《政府工作报告》任务分解表 on one line, above)
    assert listed_titles(["附件:", "1.参会单位名单", "2.《健康宣城行动实施方案(代拟稿)》", "2020年10月21日"], 0) == (
        3, ["参会单位名单", "《健康宣城行动实施方案(代拟稿)》"])
    # must not: a label alone over clauses of the letter, or over nothing numbered
    assert listed_titles(["附件:", "1.各单位要高度重视。按时报送材料。", "2.加强督查。"], 0) == (0, [])
    assert listed_titles(["附件", "国务院关于某事项的通知"], 0) == (0, [])


@pytest.mark.parametrize(
    "text, is_note",
    [
        ("（1991年3月4日中华人民共和国国务院令第76号发布　2018年9月6日国务院第23次常务会议修订通过）", True),  # 01
        ("（2010年12月1日新疆维吾尔自治区第十一届人民代表大会常务委员会第二十二次会议通过 根据2017年5月27日…修正）", True),  # 18
        ("（此件公开发布）", False),
        ("（2022-2025年）", False),
    ],
)
def test_history_note(text, is_note):
    assert bool(HISTORY_NOTE.match(text)) == is_note


# --- attachments ---------------------------------------------------------------------------


def test_labelled_attachments_take_their_label_as_prefix():
    # 15 (细则 then 附件1…) and 13 (附件1, 附件2 after a 批复 with clauses of its own)
    n15 = gazette_cli.parse_path("tests/corpus/15_chongqing-yuliang-2023-2-joint-xize.txt").notices[0]
    n13 = gazette_cli.parse_path("tests/corpus/13_gh-2006-132-shenzhenwan-kouan-pifu.txt").notices[0]
    assert [a.prefix for a in n15.attachments] == ["", "附件1/", "附件2/", "附件3/", "附件4/"]
    assert [a.prefix for a in n13.attachments] == ["附件1/", "附件2/"]


def test_a_second_document_printed_after_the_first_is_an_attachment():
    text = (
        "某市人民政府\n关于印发两个规定的通知\n某政发〔2023〕5号\n各区县人民政府：\n现将《甲规定》《乙规定》印发给你们。\n某市人民政府\n2023年5月1日\n"
        "甲规定\n第一条　为了甲，制定本规定。\n第二条　本规定自发布之日起施行。\n"
        "乙规定\n第一条　为了乙，制定本规定。\n第二条　本规定自发布之日起施行。\n"
    )
    n = _notice(text)
    assert [(a.title, a.prefix, [c.path for c in a.clauses]) for a in n.attachments] == [
        ("甲规定", "", ["第一条", "第二条"]),
        ("乙规定", "附件2/", ["附件2/第一条", "附件2/第二条"]),
    ]


def test_web_furniture_before_a_document_is_skipped_with_a_warning():
    text = "【法宝引证码】CLI.12.345678\n原文链接：http://www.gov.cn/zhengce/content.htm\n发布日期：2019-01-08\n" + (
        "国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n为此，提出以下意见：\n一、支持企业稳定发展\n国务院\n2018年11月16日\n"
    )
    doc = gazette_cli.parse_text(text)
    (n,) = doc.notices
    assert (n.title, len([w for w in doc.warnings if "skipped" in w])) == ("国务院关于做好当前促进就业工作的若干意见", 3)


@pytest.mark.parametrize(
    "text, title",
    [
        # 封政办〔2019〕26号 as its site prints it: the date and the count of views between title and number
        ("封丘县人民政府办公室 关于推进全县政务信息资源共享工作的 通 知\n时间:2019年06月17日 点击次数:28596\n封政办〔2019〕26号\n"
         "各乡(镇)人民政府,县政府各部门:\n", "封丘县人民政府办公室关于推进全县政务信息资源共享工作的通知"),
        # 鲁政发〔2014〕20号 on a law site: the count first, then the time
        ("山东省人民政府关于深化预算管理制度改革的实施意见\n浏览量:          时间:2016-01-17 23:45:19\n鲁政发〔2014〕20号\n"
         "各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:\n", "山东省人民政府关于深化预算管理制度改革的实施意见"),
        # 沈阳市人大常委会办公室公告（第7号） on shenyang.gov.cn: its date and source, no count of views
        ("山东省人民政府关于深化预算管理制度改革的实施意见\n时间:2022年12月06日来源:辽宁省卫生健康委员会\n鲁政发〔2014〕20号\n"
         "各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:\n", "山东省人民政府关于深化预算管理制度改革的实施意见"),
        # 南充 嘉陵区 2024's 防汛 notice: the time, then the page's share and size buttons
        ("南充市嘉陵区防汛抗旱指挥部 关于明确2024年防汛抗旱责任人的通知\n时间:2024-05-30 17:07 分享: 字号:\n"
         "各乡镇人民政府、街道办事处,区防汛抗旱指挥部各成员单位:\n", "南充市嘉陵区防汛抗旱指挥部关于明确2024年防汛抗旱责任人的通知"),
    ],
    ids=["fengqiu-clicks", "shandong-views", "shenyang-date-and-source", "jialing-time-and-buttons"],
)
def test_a_sites_view_counter_line_is_skipped(text, title):
    doc = gazette_cli.parse_text(text + NOTICE_TAIL)
    assert ([n.title for n in doc.notices], [w for w in doc.warnings if "publication data skipped" in w] != []) == ([title], True)


def test_a_line_of_fields_with_a_sentences_marks_is_text():
    # must not: a meeting's time and place in the letter are no page data
    text = "某市人民政府关于召开全市安全生产会议的通知\n某政发〔2023〕3号\n各区县人民政府：\n时间：2023年5月8日上午9时，来源：各区县报送材料。\n某市人民政府\n2023年5月4日\n"
    doc = gazette_cli.parse_text(text)
    assert ("时间" in doc.notices[0].letter.text, [w for w in doc.warnings if "publication data" in w]) == (True, [])


def test_an_announcements_title_and_number_on_one_line():
    # 沈阳市人大常委会办公室公告（第7号）, as 令 print theirs on one line (湖北省人民政府令（第52号）)
    text = ("沈阳市人民代表大会常务委员会办公室公告(第7号)\n"
            "市十七届人大常委会第六次会议于2022年12月1日对市人民政府提报的《沈阳市社会信用条例(草案)》进行了初次审议。现将《条例(草案)》全文公布,广泛征求意见。\n"
            "沈阳市人民代表大会常务委员会办公室\n2022年12月5日\n")
    n = _notice(text)
    assert (n.title, n.doc_number, n.issuers) == ("沈阳市人民代表大会常务委员会办公室公告", "沈阳市人民代表大会常务委员会办公室公告第7号", ("沈阳市人民代表大会常务委员会办公室",))


@pytest.mark.parametrize(
    "head, skipped",
    [
        # 岳办发〔2017〕2号 as pingjiang.gov.cn prints it: its place in the site, then the page's controls
        ("归档时间:2018-11-21\n当前位置: 首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规\n"
         "国务院关于做好当前促进就业工作的若干意见\n来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【\n视力保护色:\n浏览量:\n",
         ["publication data", "breadcrumb", "publication data", "page controls", "publication data"]),
        # a law database's page of a 天津市人民政府 办法
        ("您的位置: 首页 » 法律资料网 » 法律法规 »\n国务院关于做好当前促进就业工作的若干意见\n", ["breadcrumb"]),
        # the path alone: law.esnai.com, shenyang.gov.cn (->), jiaxing.gov.cn (首页 on its own line)
        ("首页 > 会计法规 > 企业内部会计管理 > 会计基础工作规范 >\n国务院关于做好当前促进就业工作的若干意见\n", ["breadcrumb"]),
        ("首页 -> 政务公开 -> 其他政府信息 -> 公 告\n国务院关于做好当前促进就业工作的若干意见\n", ["breadcrumb"]),
        ("首页\n国务院关于做好当前促进就业工作的若干意见\n", ["breadcrumb"]),
        # law.esnai.com's counters and page functions
        ("国务院关于做好当前促进就业工作的若干意见\n阅读人次: 3170\n评论人次: 0\n页面功能:\n  • 加入收藏\n  • 关闭\n",
         ["publication data", "publication data", "page controls", "page controls", "page controls"]),
        # 法律资料网's site links (waihui 1997, 上海市人大常委会's 罚款限额 规定), and xmrd.gov.cn's
        # 您当前的位置 with the page's visits, a bare count, under its date
        ("热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛\n收藏本站| 设为首页| 首页\n国务院关于做好当前促进就业工作的若干意见\n",
         ["site links", "site links"]),
        ("您当前的位置: 首页 > 法规草案征求意见 > 关于《厦门经济特区社会信用条例》公开征求意见的公告\n"
         "国务院关于做好当前促进就业工作的若干意见\n 发布时间:2018-11-12 17:25:15      字体大小:[大][中][小]\n4874268\n",
         ["breadcrumb", "publication data", "publication data"]),
        # lishui.gov.cn: 当前位置:首页, then the path on a line of its own
        ("当前位置:首页\n>> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)\n国务院关于做好当前促进就业工作的若干意见\n", ["breadcrumb", "breadcrumb"]),
        # a site's date stamp with a list mark before it (广安区 2020's page: • 2020-11-13 14:42 over • 来源:…), as without
        # one (陕西's 2026 report page: 2026-02-02 09:20)
        ("国务院关于做好当前促进就业工作的若干意见\n  • 2020-11-13 14:42\n  • 来源:广安区人民政府\n", ["publication data", "publication data"]),
        ("国务院关于做好当前促进就业工作的若干意见\n2026-02-02 09:20\n", ["publication data"]),
        # a page's read-aloud button (浦江 2005 批复's page: 朗读; 【朗读】 on others)
        ("朗读\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls"]),
        ("【朗读】\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls"]),
        # a page's buttons alone on their lines (青政办〔2022〕5号's page: 字号: / 分享: / 打印; 梁山 2023: 分享 under the
        # page's data; 沪府规〔2020〕32号's page: 分享:)
        ("字号:\n分享:\n打印\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls", "page controls", "page controls"]),
        ("国务院关于做好当前促进就业工作的若干意见\n发布日期: 2023-03-10 00:00\n浏览次数:\n分享\n",
         ["publication data", "publication data", "page controls"]),
        # a path after …所在的位置 (赣州's page of its 十四五 纲要: 您当前所在位置：首页 > 发展规划 > 发展规划; 遵义 2022:
        # 您当前所在的位置：首页 > 政务公开 > …; 泾县 2023: 您现在所在的位置：网站首页> 政府信息公开首页 > …)
        ("您当前所在位置：首页 > 发展规划 > 发展规划\n国务院关于做好当前促进就业工作的若干意见\n", ["breadcrumb"]),
        ("您当前所在的位置：首页 > 政务公开 > 政府文件\n国务院关于做好当前促进就业工作的若干意见\n", ["breadcrumb"]),
        ("您现在所在的位置：网站首页> 政府信息公开首页 > 泾县人民政府\n国务院关于做好当前促进就业工作的若干意见\n", ["breadcrumb"]),
        # a page's QR code (宁市监规发〔2022〕2号's page: 扫描二维码 分享好友和朋友圈; 国办发〔2022〕9号 on a policy site:
        # 扫描二维码分享; 吕梁 2025: 扫一扫在手机打开当前页面)
        ("扫描二维码 分享好友和朋友圈\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls"]),
        ("国务院关于做好当前促进就业工作的若干意见\n扫描二维码分享\n扫一扫在手机打开当前页面\n", ["page controls", "page controls"]),
        # the switches to a site's other versions (六盘水 2020: 适老版-新 over the title; 海发改办〔2020〕1085号's page:
        # • 无障碍系统; a 2017 county page: - 无障碍阅读 / - 长者版)
        ("适老版-新\n\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls"]),
        ("• 无障碍系统\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls"]),
        ("- 无障碍阅读\n- 长者版\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls", "page controls"]),
        # a law database's catalogue, each value run into its label (国函〔2008〕2号; 皖交发〔2021〕63号)
        ("发文机关国务院\n发文日期2008年01月11日\n时效性现行有效\n发文字号国函〔2008〕2号\n施行日期2008年01月11日\n效力级别国务院规范性文件\n"
         "国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"] * 6),
        ("发文机关中共安徽省交通运输厅党组\n时效性现行有效\n效力级别地方党内规范性文件\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"] * 3),
        # a title field alone, its value after a space or a bar, no colon (平利 2010: 文件名称 | …的通知 | ||; 紫阳 2025:
        # 文件名称 紫阳县人民政府关于印发…的通知)
        ("文件名称 | 平利县人民政府办公室、政协平利县委员会办公室关于对蔬菜基地建设情况进行视察的通知 | ||\n国务院关于做好当前促进就业工作的若干意见\n",
         ["catalogue data"]),
        ("文件名称 紫阳县人民政府关于印发《紫阳县2025年国民经济和社会发展计划》的通知\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"]),
        # …标题 too, its value any title (临沂市住建局 2022: 标题 2022年1-7月份全市老旧小区改造工作进展情况); must not: a
        # sentence that opens with the word (a writing guide's 标题 要简洁明了，…。)
        ("标题 2022年1-7月份全市老旧小区改造工作进展情况\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"]),
        ("标题 要简洁明了，准确概括文件的主要内容。\n国务院关于做好当前促进就业工作的若干意见\n", ["text before the first document"]),
        # an index number's field alone with no colon (温鹿政办〔2016〕81号 on lucheng.gov.cn; 鄞科〔2021〕34号's 解读);
        # must not: words after the label (a guide's 索引号 由系统自动生成)
        ("索引号 001008003001001/2016-36751\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"]),
        ("索引号 002969069/2021-79675\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"]),
        ("索引号 由系统自动生成\n国务院关于做好当前促进就业工作的若干意见\n", ["text before the first document"]),
        # any field a row of cells, a bar after its label (鹿城区 山福镇 2020 on lucheng.gov.cn); caac.gov.cn's 办文单位 and 部号
        ("索引号 | 001008003001086/2020-42401 | ||\n组配分类 | 部门文件 | 发布机构 | 山福镇 |\n文号 | 鹿山政〔2020〕72号 |\n"
         "国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"] * 3),
        ("办文单位:发展计划司 | |\n部号: |\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"] * 2),
        # a Shanghai district's catalogue rows (嘉定 2021 爱国卫生 方案): 公开类型, 公开属性, 公开期限 among them
        ("公开类型: | 主动公开 | 主题分类: | 区府办文件 |\n公开属性: | 全部公开 | 公开期限: | 长期公开 |\n国务院关于做好当前促进就业工作的若干意见\n",
         ["catalogue data"] * 2),
        # 临安's 2022 实事 page and a Shanghai index's pages: 发布单位 as a catalogue field
        ("公开范围 | 面向社会 | 公开时限 | 长期公开 |\n发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n国务院关于做好当前促进就业工作的若干意见\n",
         ["catalogue data"] * 2),
        # a law database's fields over a rule (哈尔滨's 2020 条例 on 法大大; 沪府〔2018〕8号 on a law site: 制定机关:上海市人民政府)
        ("法律效力位阶:地方性法规\n制定机关:哈尔滨市人民代表大会常务委员会\n时效性:有效\n施行日期:2020-06-01\n公布日期:2020-04-13\n"
         "国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"] * 5),
        ("制定机关:上海市人民政府\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"]),
        # …and a repeal date, empty or set (浙江's portal over 浙政函〔2024〕27号 and 浙政办发〔2014〕89号: 废止时间: 0000-00-00;
        # 太湖 2019: 废止时间: 2020-01-23 名称: …)
        ("发文字号: 浙政函〔2024〕27号\n废止时间: 0000-00-00\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"] * 2),
        ("废止时间: 2020-01-23 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"]),
        # …and its fields in 【】 (【时效性】尚未施行 under 运城's 2016 分解 notice's 【法宝引证码】)
        ("【法宝引证码】CLI.1.304262\n【时效性】尚未施行\n国务院关于做好当前促进就业工作的若干意见\n", ["citation code", "catalogue data"]),
        # a picture's name, and a forum's button (640.webp.jpg over 宁波's 2025 分解清单 on a news site; 通知.jpg and [复制链接]
        # under 武汉's 2023 分解方案 on a forum)
        ("640.webp.jpg\n国务院关于做好当前促进就业工作的若干意见\n", ["image"]),
        ("[复制链接]\n通知.jpg\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls", "image"]),
        # a site's tags and comment box (乌鲁木齐 2018's 公告 on a 人大 site: 标签: 地方立法; a ministry's call for comments:
        # 标签: / 留言与评论(共有 0 条评论) / 验证码:; a news page: 网友评论[点击评论])
        ("标签: 地方立法\n国务院关于做好当前促进就业工作的若干意见\n", ["page tags"]),
        ("标签:\n留言与评论(共有 0 条评论)\n验证码:\n国务院关于做好当前促进就业工作的若干意见\n", ["page tags", "comment box", "comment box"]),
        ("国务院关于做好当前促进就业工作的若干意见\n网友评论[点击评论]\n", ["comment box"]),
        # a catalogue's label left empty over the next field (汝州's page of 河南's 2025 办法: • 发文字号 / • 索引号 / • rzsrsj-…)
        ("  • 发文字号\n  • 索引号\n  • rzsrsj-00000-2025-00003\n  • 发布日期\n  • 2025-12-04\n国务院关于做好当前促进就业工作的若干意见\n",
         ["catalogue data"] * 5),
        # a site's summary under its headline (税务之家's copy of 津政办规〔2023〕4号; a news site's report of 陕西's 2017
        # work report)
        ("摘要:引导银行业金融机构制定制造业领域专项信贷计划,提升制造业贷款规模和比重。\n国务院关于做好当前促进就业工作的若干意见\n", ["site note"]),
        ("国务院关于做好当前促进就业工作的若干意见\n摘要:經濟性穩增長壓力依然較大,轉型升級、培育發展新動能的步伐需要加快\n", ["site note"]),
        # a gazette's section label over the documents of a kind (国务院公报's 【国务院文件】, 【国务院批复】)
        ("【国务院文件】\n国务院关于做好当前促进就业工作的若干意见\n", ["section label"]),
        ("【国务院办公厅文件】\n国务院关于做好当前促进就业工作的若干意见\n", ["section label"]),
        # a page's buttons and tabs in 【】 (【阅读全文】, a law site's copy of 甘肃 2010's decision; 西宁 2017's policy site)
        ("【阅读全文】\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls"]),
        ("国内政策【切换】 国际政策\n\n您现在的位置: 首页 > 政策前沿\n\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls", "breadcrumb"]),
        # a path that opens with the site's name, its steps wide apart (南阳生态文明促进会's page, 2018), or a
        # section's path with >> (新法规速递>>纯文字版, a page of 海南's 1998 条例)
        ("南阳生态文明促进会   >   生态聚焦   >   热门话题\n国务院关于做好当前促进就业工作的若干意见\n", ["breadcrumb"]),
        ("新法规速递>>纯文字版\n国务院关于做好当前促进就业工作的若干意见\n", ["breadcrumb"]),
        # catalogue fields run together, a label new to the list among them (zjt.gxzf.gov.cn, 桂建发〔2024〕6号)
        ("索  引 号:000014349/2024-251181效力状态:\n发文单位:自治区住房城乡建设厅 自治区财政厅成文日期:2024年10月16日\n"
         "国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data", "catalogue data"]),
        # the site's menu over its path (黎平 2019 统计公报's page: 搜索 / 导航 / 统计公报; 灵璧县卫健委: • 政府信息公开;
        # 阿拉山口 2016: 政府信息公开 / 您的位置)
        ("搜索\n导航\n统计公报\n当前位置:首页 > 2020年新版网站 > 政府数据 > 统计公报\n国务院关于做好当前促进就业工作的若干意见\n",
         ["site navigation", "site navigation", "site navigation", "breadcrumb"]),
        ("• 政府信息公开\n您当前的位置:首页 > 信息公开 > 灵璧县卫生健康委员会 > 决策部署落实情况\n国务院关于做好当前促进就业工作的若干意见\n",
         ["site navigation", "breadcrumb"]),
        # a line that ends with a bare address (an ad 清丰 2021's copy took in; gov.cn's address over 国办函〔2014〕31号),
        # and a link's label (松阳 2025: 政策解读链接：点击查看政策解读)
        ("北京专科痤疮医院 http://pf.39.net/bdfyy/bdflx/210312/8740647.html\n国务院关于做好当前促进就业工作的若干意见\n", ["link"]),
        ("原文链接:点击查看源文件\n政策解读链接:点击查看政策解读\n国务院关于做好当前促进就业工作的若干意见\n", ["link", "link"]),
        # a site's date stamp alone under the headline, in figures and dashes (海西州 2020 西政办〔2020〕91号, 连云港
        # 连政办发〔2017〕94号, 武汉 2018 责任分解方案 pages)
        ("国务院关于做好当前促进就业工作的若干意见\n2020-10-30  \n", ["publication data"]),
        ("国务院关于做好当前促进就业工作的若干意见\n\n2022-10-19 14:39\n来源: 武汉市人民政府办公厅\n", ["publication data", "publication data"]),
        # …with the page's source after it (海口 2011 海府〔2011〕33号: 2011-06-18 00:00:00 来源: 本站原创; 广西 2024
        # 农村危房改造's page), and a forum's note of the post's last edit (茂名 2017 茂公通〔2017〕155号 reposted)
        ("国务院关于做好当前促进就业工作的若干意见\n2011-06-18 00:00:00 来源: 本站原创\n", ["publication data"]),
        # the page's data a field a line, each value under its label, and the font-size buttons a line each
        # (nx.gov.cn's 2026 宁夏 report; a library's copy of 上海's and 重庆's 2026 reports)
        ("发表时间：\n2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n阅读量：\n【字体：\n小\n中\n大\n】\n国务院关于做好当前促进就业工作的若干意见\n",
         ["publication data"] * 5 + ["page controls"] * 5),
        ("下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls"] * 9),
        # a newspaper's edition line over the text it printed (人民日报's copy of 国办发明电〔2023〕7号; 舟山日报's e-edition of
        # a 2024 通告, its word count under the title)
        ("《人民日报》（ 2023年10月26日第 06 版）\n国务院关于做好当前促进就业工作的若干意见\n", ["publication data"]),
        ("字数\n\n《 舟山日报 》( 2024年09月02日 第 03 版 )\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls", "publication data"]),
        # a repost's disclaimer, a news site's sections and its tip-off line (under 国发〔2016〕73号 on a trading site;
        # under 永登县公安局's 2022 通告 on a news site)
        ("免责声明：本文为转载，仅为传播消息之用，不代表本站建议！！！\n国务院关于做好当前促进就业工作的若干意见\n", ["site note"]),
        ("图片版权归原作者所有,如有侵权请联系我们,我们立刻删除。\n新化月报网报料热线:886 2395@qq.com\n相关文章\n你可能会喜欢\n"
         "国务院关于做好当前促进就业工作的若干意见\n", ["site note", "site note", "site links", "site links"]),
        # two of the page's buttons on one line (浙江省交通运输厅's page under its reply to a deputy)
        ("【打印本页】 【关闭窗口】\n国务院关于做好当前促进就业工作的若干意见\n", ["page controls"]),
        # a markup comment alone on its line (LawRefBook's mirror under every rule's note)
        ("<!-- INFO END -->\n\n国务院关于做好当前促进就业工作的若干意见\n", ["markup"]),
        # …or the organ that published the page (蔡甸区 2023 蔡政办〔2023〕1号's page, over its catalogue)
        ("国务院关于做好当前促进就业工作的若干意见\n\n2023-01-05 10:00 区人民政府办公室\n", ["publication data"]),
        ("本帖最后由 在线小编 于 2017-12-31 19:27 编辑\n国务院关于做好当前促进就业工作的若干意见\n", ["publication data"]),
        # hnsn.gov.cn's empty catalogue rows over 绥政办函〔2025〕5号 (文件名称: | ||| … 生效日期 : | 有效期: |)
        ("文件名称: | |||\n索引号: | |||\n生效日期 : | 有效期: |\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data", "catalogue data", "catalogue data"]),
        # the saved page's title as a browser shows it, the site's section and name after the document's
        # title (宝山 2022 宝府办〔2022〕1号's page; a 天津 发展改革委 page: _政策法规_天津市发展和改革委员会), and
        # baoshan.gov.cn's font-size control and bulleted catalogue
        ("国务院关于做好当前促进就业工作的若干意见_区政府办公室文件_上海市宝山区人民政府门户网站\n\n国务院关于做好当前促进就业工作的若干意见\n", ["page title"]),
        ("_政策法规_天津市发展和改革委员会\n国务院关于做好当前促进就业工作的若干意见\n", ["page title"]),
        ("国务院关于做好当前促进就业工作的若干意见\n【字号\n• 所属类目: 区政府办公室文件\n• 体 裁: 通知\n• 公开类别: 主动公开\n",
         ["page controls", "catalogue data", "catalogue data", "catalogue data"]),
        # a document-sharing site's file over the document: its name, its data, and the site's note (冰豆网's
        # 武汉市物业管理条例.docx; 第壹文秘's 2021年重大民生实事项目目标任务责任分解表.docx; 大小：0.22 MB, a site's download)
        ("武汉市物业管理条例.docx\n- 文档编号:23839631\n- 上传时间:2023-05-21\n- 格式:DOCX\n- 页数:23\n- 大小:26.77KB\n"
         "《武汉市物业管理条例.docx》由会员分享,可在线阅读,更多相关《武汉市物业管理条例.docx(23页珍藏版)》请在冰豆网上搜索。\n"
         "国务院关于做好当前促进就业工作的若干意见\n",
         ["file name"] + ["document data"] * 5 + ["site note"]),
        ("2021年重大民生实事项目目标任务责任分解表.docx\n《2021年重大民生实事项目目标任务责任分解表.docx》由会员分享,可在线阅读。\n"
         "大小：0.22 MB\n国务院关于做好当前促进就业工作的若干意见\n", ["file name", "site note", "document data"]),
        # the fields over a reply to a deputy's 建议 or a member's 提案: its class and who signed it (西安灞河新区 2023,
        # 太白县鹦鸽镇 2023, 沙河 2023, 淮南 2023), and a page's empty visits field (柯桥 2023)
        ("类别:A类\n签发人:张坤宏\n国务院关于做好当前促进就业工作的若干意见\n", ["reply data", "reply data"]),
        ("类别:B\n签发人:周金辉\n国务院关于做好当前促进就业工作的若干意见\n", ["reply data", "reply data"]),
        ("办理结果:(C)\n办复类别:B类\n国务院关于做好当前促进就业工作的若干意见\n", ["reply data"] * 2),
        ("信息来源:\n访问次数:\n国务院关于做好当前促进就业工作的若干意见\n", ["publication data"] * 2),
        # nanan.gov.cn's bulleted catalogue over 南政〔2024〕2号
        ("- 索 引 号:QZ07101-1200-2024-00020\n- 备注/文号:南政〔2024〕2号\n- 发布机构:南安市人民政府办公室\n- 公文生成日期:2024-01-19\n"
         "国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"] * 4),
        # 临政办发〔2022〕68号's catalogue rows on a mirror (traditional characters there), 公文时效 among them
        ("索 引 号 | 11152801011749789X/2022-0005 | 主题分类 | 农牧业、林业、水利 |\n发布机构 | 临河区人民政府办公室 | 文 号 | 临政办发〔2022〕68号 |\n"
         "成文日期 | 2022-10-19 | 公文时效 | 失效 |\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"] * 3),
        # a portal's rows of cells over 国办发〔2021〕45号 (traditional characters there: 文件號 | … | 制發日期 | …), and a law
        # site's over 粤府〔2021〕22号 (发布文号 | 粤府〔2021〕22号 |)
        ("發布機構 | 國務院辦公廳 | ||\n文件號 | 國辦發〔2021〕45號 | 制發日期 | 2021-11-10 |\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"] * 2),
        ("发布文号 | 粤府〔2021〕22号 |\n发布日期 | 2021-03-29 | 生效日期 | 2021-03-29 |\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"] * 2),
        # the ministry's page data under 财政部 税务总局公告2023年第12号's title (traditional characters there)
        ("編輯:財政部官網 | 發布時間:2023-08-02 | 訪問人數:129518\n国务院关于做好当前促进就业工作的若干意见\n", ["publication data"]),
        # a Bayannur town's rows over its 2024 通告 (效力属性 empty)
        ("索引号 | wltzq_shhz/2024-06332 | 效力属性 | |\n国务院关于做好当前促进就业工作的若干意见\n", ["catalogue data"]),
    ],
    ids=["pingjiang-site", "law-database", "esnai-path", "shenyang-path", "jiaxing-home", "esnai-controls", "infoeach-links", "xmrd-visits", "lishui-path",
         "guang-an-bare-timestamp", "shaanxi-bare-timestamp", "pujiang-read-aloud", "read-aloud-bracketed", "qinghai-buttons-alone", "liangshan-share-alone", "ganzhou-suozai-weizhi", "zunyi-suozai-de-weizhi", "jingxian-xianzai-suozai", "ningxia-qr-code", "policy-site-qr-codes",
         "liupanshui-version-switch", "accessible-bullet", "accessible-and-elders", "catalogue-run-in-guohan", "catalogue-run-in-wanjiao",
         "pingli-title-field-bar", "ziyang-title-field-space", "linyi-biaoti-field-space", "biaoti-opens-a-sentence", "lucheng-suoyinhao-space", "yinzhou-suoyinhao-space", "suoyinhao-then-words", "lucheng-fields-in-cells", "caac-office-and-number", "jiading-disclosure-fields", "linan-publishing-unit", "fadada-law-fields", "shanghai-zhiding-jiguan", "pkulaw-shixiaoxing", "zhejiang-feizhi-shijian", "taihu-feizhi-shijian", "ningbo-picture", "forum-button-and-picture",
         "wulumuqi-tags", "tags-and-comment-box", "news-comments", "ruzhou-empty-label", "shuiwu-summary", "shaanxi-summary", "gwygb-section", "gwygb-office-section", "read-all-button", "xining-tabs", "nanyang-path",
         "hainan-section-path", "gxzf-fields-run-together", "liping-menu", "lingbi-menu-bullet", "an-ad-with-its-address", "songyang-link-labels",
         "haixi-date-stamp", "wuhan-date-stamp-and-source", "haikou-stamp-with-source", "nx-fields-and-size-buttons", "fjlib-toolbar", "renmin-ribao-edition", "zhoushan-ribao-edition", "repost-disclaimer", "news-site-tail", "zhejiang-two-buttons", "lawref-markup-comment", "caidian-stamp-and-publisher", "a-forums-edit-note", "hnsn-empty-catalogue",
         "baoshan-page-title", "tianjin-page-title", "baoshan-bulleted-catalogue", "bingdou-shared-file", "diyiwenmi-shared-file",
         "bahe-reply-class-and-signer", "taibai-reply-class-and-signer", "shahe-huainan-reply-fields", "keqiao-visits", "nanan-bulleted-catalogue", "linhe-gongwen-shixiao",
         "guobanfa-wenjianhao-zhifa-riqi", "guangdong-fabu-wenhao", "mof-editor-line", "shihahe-xiaoli-shuxing"],
)
def test_a_sites_breadcrumb_and_page_controls_are_skipped(head, skipped):
    doc = gazette_cli.parse_text(head + "国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n" + NOTICE_TAIL)
    (notice,) = doc.notices
    assert (notice.title, notice.addressees) == ("国务院关于做好当前促进就业工作的若干意见", ("各省、自治区、直辖市人民政府",))
    assert [w.split(": ", 1)[1].split(" skipped")[0] for w in doc.warnings if "skipped (" in w] == skipped


def test_a_pictures_name_between_items_is_no_heading():
    # 沧州's 2020 通告 as a school's site shows it: pictures between its items, one named 1.jpg (no item 1.); must not:
    # a file named in a sentence stays text
    doc = gazette_cli.parse_text(
        "沧州市人民政府关于实行机动车临时性交通管制的通告\n微信图片_20200207154005.png\n1.jpg\n"
        "根据有关规定，现通告如下：\n一、管制时间：\n2020年2月9日19时30分至21时30分\n微信图片_20200207154441.jpg\n"
        "二、管制区域：中心城区。\n请将照片命名为姓名.jpg后上传。\n沧州市人民政府\n2020年2月7日\n"
    )
    (n,) = doc.notices
    assert [c.path for c in n.own.clauses] == ["一", "二"]
    assert [w.split(": ", 1)[1].split(" skipped")[0] for w in doc.warnings if "skipped (" in w] == ["image"] * 3
    assert "姓名.jpg" in n.own.clauses[1].passage.text


def test_a_wikis_row_dates_the_notice_and_a_sentence_on_its_issuer_is_text():
    doc = gazette_cli.parse_text(
        "慈溪市人民政府关于实行限制供水的通告\n慈溪市人民政府关于实行限制供水的通告 慈政发〔2021〕4号 2021年1月20日 发布机关:慈溪市政府办公室 |\n"
        "本单位文件 |\n现将有关事项通告如下：\n一、本通告由发布机关负责解释，自2021年1月20日起施行。\n"
    )
    (n,) = doc.notices
    assert (n.doc_number, n.signed_date) == ("慈政发〔2021〕4号", "2021-01-20")
    assert "本通告由发布机关负责解释" in n.own.clauses[0].passage.text  # must not: a sentence naming 发布机关 is text


def test_a_disclosure_field_under_the_signature_is_no_attachment():
    # 大英 2023 见义勇为 决定: 信息公开选项:主动公开 under the date, as Sichuan's counties print it; it had been read as the
    # title of an attachment, which made the decision's text a cover letter and lost its reward.  Must not: the field's
    # words inside a sentence stay text.
    doc = gazette_cli.parse_text(
        "大英县人民政府\n关于授予刘小军“大英县见义勇为公民”荣誉称号的决定\n各镇人民政府，县级各部门：\n"
        "县政府决定授予刘小军荣誉称号，给予一次性奖励人民币2万元。各部门要完善信息公开选项：依申请公开的答复。\n"
        "大英县人民政府\n2023年10月9日\n信息公开选项:主动公开\n"
    )
    (n,) = doc.notices
    assert (n.attachments, n.signed_date) == ((), "2023-10-09")
    assert [(a.text, a.values_yuan) for a in n.amounts] == [("给予一次性奖励人民币2万元", (20000,))]
    assert "各部门要完善信息公开选项" in n.own.preamble.text


def test_a_title_fields_word_in_a_sentence_is_text():
    # must not: a sentence of a rule on documents opens with 文件名称 (a 公文处理办法's 第十条)
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "文件名称应当准确简要地概括公文的主要内容\n国务院\n2018年11月16日\n")
    assert not doc.warnings and "文件名称应当准确" in doc.notices[0].own.preamble.text


def test_a_disclosure_fields_word_in_a_sentence_is_text():
    # must not: a rule on disclosure names 公开属性 and 公开期限 in its sentences
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "公开属性和公开期限应当在发布前确定。\n国务院\n2018年11月16日\n")
    assert not doc.warnings and "公开属性和公开期限应当" in doc.notices[0].own.preamble.text


def test_a_version_switchs_word_in_a_sentence_is_text():
    # must not: 无障碍 and 适老化 open lines of text too (a plan's 无障碍环境建设; 适老化改造)
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "无障碍环境建设要纳入城市更新。\n适老化改造2000户\n国务院\n2018年11月16日\n")
    assert ("无障碍环境建设" in doc.notices[0].letter.text, "适老化改造2000户" in doc.notices[0].letter.text) == (True, True)
    assert not any("page controls" in w for w in doc.warnings)


def test_a_date_in_words_or_in_a_sentence_is_no_stamp():
    # must not: a signature's date (年月日), and a date in figures inside a line of text, stay the document's
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "请于2018-12-31前报送。\n国务院\n2018年11月16日\n")
    assert (doc.notices[0].signed_date, "2018-12-31" in doc.notices[0].letter.text) == ("2018-11-16", True)
    assert not any("publication data" in w for w in doc.warnings)


def test_a_title_with_one_underscore_is_no_page_title():
    # must not: one _ in a line (a file's name, 附件_1) makes no browser's title of it
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见_附件\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n" + NOTICE_TAIL)
    assert not any("page title" in w for w in doc.warnings)


def test_a_bulleted_catalogue_names_the_number_and_the_date():
    # baoshan.gov.cn's page of 宝府办〔2022〕1号: its number and date only in the catalogue, under its title
    text = (
        "上海市宝山区人民政府办公室关于印发《2022年区政府要完成的与人民生活密切相关的实事》的通知_区政府办公室文件_上海市宝山区人民政府门户网站\n\n"
        "上海市宝山区人民政府办公室关于印发《2022年区政府要完成的与人民生活密切相关的实事》的通知\n\n信息来源: 区政府办公室 发布时间 2022-01-10\n【字号\n"
        "  • 所属类目: 区政府办公室文件\n  • 主题分类: 政务公开\n  • 体       裁: 通知\n  • 发布日期: 2022-01-10\n"
        "  • 发文字号: 宝府办〔2022〕1号\n  • 发文日期: 2022-01-08\n  • 公开类别: 主动公开\n  • 机构名称: 区政府办公室\n\n"
        "各镇人民政府,各街道办事处,区政府各委、办、局:\n经区政府第167常务会议研究同意,现将《实事》印发给你们,请抓紧组织实施。\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, n.doc_number, n.signed_date) == (
        "上海市宝山区人民政府办公室关于印发《2022年区政府要完成的与人民生活密切相关的实事》的通知", "宝府办〔2022〕1号", "2022-01-08")
    # (its last field, 机构名称, is no part of the addressee line under it)
    assert n.addressees == ("各镇人民政府", "各街道办事处", "区政府各委、办、局")


def test_a_title_over_the_sites_path_is_no_menu():
    # must not: the document's title (or a sentence) above the path stays the document's
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n当前位置:首页 > 政策\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n" + NOTICE_TAIL)
    assert doc.notices[0].title == "国务院关于做好当前促进就业工作的若干意见"
    assert not any("site navigation" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "head, title, number",
    [
        # jiaxing.gov.cn: 发文文号 beside 发布机关 on one line, the title under the catalogue
        ("首页\n索引号: 002546445/2023-448528 公开方式: 主动公开\n发文文号: 嘉政办发〔2023〕7号 发布机关: 市政府办公室\n成文日期: 2023-03-01\n"
         "嘉兴市人民政府办公室关于印发2023年政府工作报告重点工作和市政府民生实事项目责任分解的通知\n"
         "发布日期:2023-03-03 09:37 信息来源:市政府办公室 浏览次数:\n",
         "嘉兴市人民政府办公室关于印发2023年政府工作报告重点工作和市政府民生实事项目责任分解的通知", "嘉政办发〔2023〕7号"),
        # law.esnai.com (less its line 本文仅供参考…): the title and the number only in the catalogue
        ("发文标题: 青海省财政厅关于印发《青海省财政总预算会计基础工作规程》的通知\n发文文号: 青财库字[2011]1673号\n发文部门: 青海省财政厅\n"
         "发文时间: 2011-9-13\n实施时间: 2011-9-13\n法规类型: 会计基础工作规范\n所属行业: 所有行业\n所属区域: 青海\n发文内容:\n",
         "青海省财政厅关于印发《青海省财政总预算会计基础工作规程》的通知", "青财库字〔2011〕1673号"),
        # bzqc.gov.cn: 标　　题 in the catalogue's table, 发文字号 无 (no number), 政策咨询机关 beside
        ("索引号: | 11341602003166647K/202004-00328 | 信息分类: | 规范性文件 |\n发文字号: | 无 | 有 效 性: | 失效 |\n"
         "标 题: | 亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知 | ||\n政策咨询机关: | |||\n",
         "亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知", None),
        # yantai.gov.cn's catalogue: 标　　题 between 成文日期 and an empty 发文字号
        ("发文机关：烟台市教育局 成文日期：2019年06月11日\n标　　题：烟台市教育局关于印发2019年烟台市重点中学学区划分的通知\n发文字号：\n",
         "烟台市教育局关于印发2019年烟台市重点中学学区划分的通知", None),
        # nanjing.gov.cn: the catalogue saved as a table's rows, each opening with a bar (宁政发〔2026〕16号)
        ("| 索 引 号: | 012947031/2026-12388 | 信息分类: | 综合政务 / 宁政发 / 通知 |\n| 发布机构: | 南京市人民政府 | 生成日期: | 2026-02-08 |\n"
         "| 信息名称: | 市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知 | ||\n| 文 号: | 宁政发〔2026〕16号 | 关 键 词: | 2026年;工作目标任务 |\n"
         "市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知\n",
         "市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知", "宁政发〔2026〕16号"),
        # wuhan.gov.cn's mirror: fields and values run together with no colon, a date field alone (武政办〔2020〕1号)
        ("索引号 000014348/2020-00052 主题分类 综合政务\n发文机构武汉市人民政府办公厅发文字号武政办〔2020〕1号\n发布日期2020年01月23日有效性有效\n成文日期2020年01月17日\n"
         "市人民政府办公厅关于印发2020年市《政府工作报告》确定的主要目标任务责任分解方案的通知\n",
         "市人民政府办公厅关于印发2020年市《政府工作报告》确定的主要目标任务责任分解方案的通知", "武政办〔2020〕1号"),
        # hanyin.gov.cn: 公开责任部门 | … | 公开形式： | … between the fields the list knew
        ("索引号 | xzfgzbmzfb/2021-3740 | 公开目录： | 县政府办文件 |\n公开责任部门 | 汉阴县人民政府办公室 | 公开形式： | 主动公开 |\n"
         "文号 | 汉政办发〔2021〕88号 | 成文日期： | 2021年09月28日 |\n汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知\n",
         "汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知", "汉政办发〔2021〕88号"),
        # a county's page: the issuer field alone with no colon, then the number and date fields (太政〔2020〕13号)
        ("发文机关 太康县人民政府\n发文字号 太政〔2020〕13号 发布日期 2020-5-12\n太康县人民政府\n关于印发2020年太康县重点民生实事的\n通 知\n",
         "太康县人民政府关于印发2020年太康县重点民生实事的通知", "太政〔2020〕13号"),
        # zunyi.gov.cn: the number run into the next label, which has no colon (文号 遵府办函〔2022〕56号 是否有效)
        ("索引号 000014349/2022-1497743 主题分类   其他\n发布机构 发文日期  2022年05月10日\n文号 遵府办函〔2022〕56号 是否有效\n"
         "市人民政府办公室关于印发《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案的通知\n",
         "市人民政府办公室关于印发《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案的通知", "遵府办函〔2022〕56号"),
        # caidian.gov.cn: the fields without colons, two to a line (文    号 蔡政办〔2023〕1号)
        ("索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n分   类 政务公开 有 效 性 有效\n"
         "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n",
         "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知", "蔡政办〔2023〕1号"),
        # a law database's copy (浙政办发〔2014〕89号): 发文字号 on the line under the title
        ("浙江省人民政府办公厅关于印发浙江省大气污染防治行动计划重点工作部门分工方案的通知\n发文字号: 浙政办发〔2014〕89号\n",
         "浙江省人民政府办公厅关于印发浙江省大气污染防治行动计划重点工作部门分工方案的通知", "浙政办发〔2014〕89号"),
        # a page saved as Markdown, its fields as a list (阿里 2021; 明溪 2016's 备注/文号)
        ("- 索引号:dqxs/2021-00016\n- 发文字号:阿行发〔2021〕42号\n- 发布日期:2021-12-22\n"
         "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知\n",
         "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知", "阿行发〔2021〕42号"),
        ("- 索引号:SM04100-1100-2016-00100\n- 备注/文号:明政办〔2016〕82号\n"
         "明溪县人民政府办公室关于印发明溪县食品安全事故应急预案的通知\n",
         "明溪县人民政府办公室关于印发明溪县食品安全事故应急预案的通知", "明政办〔2016〕82号"),
        # yixing.gov.cn: the title over fields without colons, 文件编号 among them, and 内容概况 with the title again
        ("市政府关于授予肖颖等同志见义勇为称号和表彰见义勇为工作先进单位先进工作者的决定\n"
         "索引号 014046317/2023-04570 生成日期 2023-11-21 公开日期 2023-11-21\n文件编号 宜政发〔2023〕158号 公开时限 长期公开\n"
         "效力状况 有效 公开程序 部门编制,经办公室审核后公开\n内容概况 市政府关于授予肖颖等同志见义勇为称号和表彰见义勇为工作先进单位先进工作者的决定\n",
         "市政府关于授予肖颖等同志见义勇为称号和表彰见义勇为工作先进单位先进工作者的决定", "宜政发〔2023〕158号"),
        # a summary field that gives the title, the page printing none (闽文旅办〔2019〕7号: - 内容概述: …的通知); the
        # title field without a colon over the headline the page prints too (紫阳 2025: 文件名称 …的通知); must not: a
        # summary that is no title
        ("- 索 引 号: FJ00425-3013-2019-00059\n- 文 号: 闽文旅办〔2019〕7号\n- 发布机构: 福建省文化和旅游厅\n- 生成日期: 2019-02-28\n"
         "- 内容概述: 福建省文化和旅游厅办公室关于印发2019年福建文化和旅游工作主要任务分工方案的通知\n",
         "福建省文化和旅游厅办公室关于印发2019年福建文化和旅游工作主要任务分工方案的通知", "闽文旅办〔2019〕7号"),
        ("紫阳县人民政府关于印发《紫阳县2025年国民经济和社会发展计划》的通知\n\n时间:2025-05-02 08:25来源:紫阳县人民政府\n"
         "文件名称 紫阳县人民政府关于印发《紫阳县2025年国民经济和社会发展计划》的通知\n索引号 zyxzfzyxzfbgs/2025-2193 公开目录: 规划计划\n"
         "文号 紫政发〔2025〕3 号 成文日期: 2025年04月29日\n",
         "紫阳县人民政府关于印发《紫阳县2025年国民经济和社会发展计划》的通知", "紫政发〔2025〕3号"),
        ("- 文 号: 闽文旅办〔2019〕7号\n- 内容概述: 规范全省文化和旅游工作任务分工\n", None, "闽文旅办〔2019〕7号"),
        # a law database's fields in 【】, a line each or run together (洪府厅发〔2009〕140号 on a policy site: - 【发布文号】…;
        # 安徽省人民政府令第317号 on a law site: 【字号】…; 洛政〔2014〕81号 on another: 【发文字号】洛政[2014]81号 【发布部门】…)
        ("- 【发布单位】南昌市政府\n- 【发布文号】洪府厅发〔2009〕140号\n- 【发布日期】2009-11-12\n- 【失效日期】--\n"
         "南昌市人民政府办公厅关于印发“森林城乡、花园南昌”建设工程实施细则的通知\n",
         "南昌市人民政府办公厅关于印发“森林城乡、花园南昌”建设工程实施细则的通知", "洪府厅发〔2009〕140号"),
        ("【制定机关】安徽省人民政府 【公布日期】2023.11.28 【字号】安徽省人民政府令第317号 【施行日期】2024.05.01\n安徽省土地征收及补偿安置办法\n",
         "安徽省土地征收及补偿安置办法", "安徽省人民政府令第317号"),
        ("【法规类别】文化综合规定 【发文字号】洛政[2014]81号 【发布部门】洛阳市政府 【发布日期】2014.12.16 【实施日期】2014.12.16 "
         "【时效性】现行有效 【效力级别】XP10\n洛阳市人民政府关于公布第四批市级非物质文化遗产代表性项目名录的通知\n",
         "洛阳市人民政府关于公布第四批市级非物质文化遗产代表性项目名录的通知", "洛政〔2014〕81号"),
        # a wiki's row of the title, number, date and 发布机关 over the document (财农〔2020〕10号, 慈政发〔2021〕4号)
        ("关于修订印发农业相关转移支付资金管理办法的通知\n关于修订印发农业相关转移支付资金管理办法的通知 财农〔2020〕10号 2020年3月24日 "
         "发布机关:财政部 农业农村部 |\n财政部网站 |\n关于修订印发农业相关转移支付资金管理办法的通知\n",
         "关于修订印发农业相关转移支付资金管理办法的通知", "财农〔2020〕10号"),
        ("慈溪市人民政府关于实行限制供水的通告\n慈溪市人民政府关于实行限制供水的通告 慈政发〔2021〕4号 2021年1月20日 发布机关:慈溪市政府办公室 |\n"
         "本单位文件 |\n",
         "慈溪市人民政府关于实行限制供水的通告", "慈政发〔2021〕4号"),
        # a news site's reprint: the document's title after 原标题 (a 湖北 city's 2021 意见), no number
        ("原标题:市人民政府关于支持实体经济高质量发展的意见\n", "市人民政府关于支持实体经济高质量发展的意见", None),
        # linyi.gov.cn: 标题 and the title with no colon under fields without colons, the title printed again under it
        ("索引号 1438332361/zfw/2022-0000453 发布机构 临沂市住房和城乡建设局\n公开目录 保障性安居工程建设 发布日期 2022/08/01\n"
         "文号 公开方式 主动公开\n标题 2022年1-7月份全市老旧小区改造工作进展情况\n2022年1-7月份全市老旧小区改造工作进展情况\n",
         "2022年1-7月份全市老旧小区改造工作进展情况", None),
        # labels in square brackets, two fields a line (丰都 江池镇 2025, 梁平 曲水镇 2023 on Chongqing's county sites)
        ("[ 索引号 ] 11500230008689586D/2025-00019 [ 发文字号 ] 江池府发〔2025〕60号\n[ 主题分类 ] 应急管理 [ 体裁分类 ] 防灾减灾\n"
         "[ 发布机构 ] 丰都县江池镇人民政府\n[ 成文日期 ] 2025-11-24 [ 发布日期 ] 2025-12-01\n"
         "丰都县江池镇人民政府关于印发《江池镇冬春火灾防控“百日攻坚”行动工作方案》的通知\n",
         "丰都县江池镇人民政府关于印发《江池镇冬春火灾防控“百日攻坚”行动工作方案》的通知", "江池府发〔2025〕60号"),
        ("[ 索引号 ] 1150022873659872X5/2023-00005 [ 发文字号 ] 曲水府发〔2023〕21号\n[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案\n"
         "[ 发布机构 ] 梁平区曲水镇政府\n[ 成文日期 ] 2023-06-03 [ 发布日期 ] 2023-06-03\n"
         "重庆市梁平区曲水镇人民政府关于印发曲水镇自然灾害救助应急预案的通知\n",
         "重庆市梁平区曲水镇人民政府关于印发曲水镇自然灾害救助应急预案的通知", "曲水府发〔2023〕21号"),
    ],
    ids=["jiaxing-fawen-wenhao", "esnai-fawen-biaoti", "bzqc-biaoti", "yantai-biaoti", "nanjing-catalogue-rows", "wuhan-fields-run-together", "hanyin-gongkai-fields", "taikang-issuer-field-alone", "zunyi-number-run-into-a-label", "caidian-no-colons", "fawen-zihao-under-the-title",
         "ali-markdown-list", "mingxi-beizhu-wenhao", "yixing-fields-without-colons", "fujian-summary-field",
         "ziyang-title-field-without-colon", "summary-no-title", "database-fields-a-line-each", "database-zihao", "database-fields-run-together",
         "wiki-row-caizheng", "wiki-row-cixi", "news-yuan-biaoti", "linyi-biaoti-without-colon", "jiangchi-bracketed-labels", "qushui-bracketed-labels"],
)
def test_a_sites_catalogue_gives_the_title_and_number(head, title, number):
    body = "第一章 总则\n第一条 为进一步规范会计基础工作，制定本规程。\n第二条 本规程适用于全省各级财政部门。\n"
    (notice,) = gazette_cli.parse_text(head + body).notices
    assert (notice.title, notice.doc_number) == (title, number)


@pytest.mark.parametrize(
    "head, addressees",
    [
        # gzlps.gov.cn: the catalogue, then the addressees; no title line, no signature
        ("文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |\n"
         "名 称: | 市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知 |\n"
         "各市、特区、区人民政府,六盘水高新区管委会、各经济开发区管委会,市人民政府各部门、各直属机构,中央、省属驻市行政企事业单位:\n"
         "经市人民政府同意,现将《六盘水市新型基础设施建设三年行动方案(2022—2024年)》印发给你们,请认真抓好贯彻落实。\n",
         ("各市、特区、区人民政府", "六盘水高新区管委会、各经济开发区管委会", "市人民政府各部门、各直属机构", "中央、省属驻市行政企事业单位")),
        # bzqc.gov.cn: the same under a catalogue that names the title
        ("标 题: | 亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知 | ||\n"
         "各乡镇人民政府、街道办事处,区政府各部门、各直属机构:\n"
         "现将《谯城区2020年度政府工作报告重点工作任务分解表》印发给你们,请按照要求,结合实际认真抓好落实。\n",
         ("各乡镇人民政府、街道办事处", "区政府各部门、各直属机构")),
        # must not: a plan's first sentence that announces what follows, a clause's list
        ("某市新型基础设施建设三年行动方案\n根据省政府部署，现就有关事项通知如下：\n", ()),
        ("某市新型基础设施建设三年行动方案\n本方案所称新型基础设施包括下列设施：\n", ()),
    ],
    ids=["gzlps-no-title", "bzqc-catalogue-title", "announcing-sentence", "announced-list"],
)
def test_a_sites_copy_without_a_signature_keeps_its_addressees(head, addressees):
    body = "一、主要目标\n到2024年，全市累计建成5G基站1万个。\n二、重点任务\n推进大数据基础设施建设。\n"
    (notice,) = gazette_cli.parse_text(head + body).notices
    assert notice.addressees == addressees


def test_a_bare_number_in_the_text_is_kept():
    # a count is the page's visits only under a line of the page's data
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "一、加强管理\n本年度登记企业数如下：\n1234567\n国务院\n2018年11月16日\n")
    assert not any("skipped" in w for w in doc.warnings)
    assert "1234567" in doc.notices[0].own.clauses[0].text


def test_a_sentence_that_opens_with_a_field_name_is_kept():
    # must not: 发文机关 opening a sentence of the text is no catalogue field
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "一、加强管理\n发文机关应当在印发前征求意见。\n国务院\n2018年11月16日\n")
    assert not any("catalogue" in w for w in doc.warnings)


def test_a_line_that_names_two_fields_in_a_sentence_is_kept():
    # jst.zj.gov.cn's 索引号 … 发布机构 … is catalogue data; a sentence that names fields is not
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "一、加强管理\n名称、文号和发布机构应当在目录中列明。\n国务院\n2018年11月16日\n")
    assert not any("catalogue" in w for w in doc.warnings)


def test_a_bracketed_word_in_a_sentence_is_kept():
    # 【】 in the text (a heading's mark, a quoted button) is no button line
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "一、加强管理\n【打印】按钮应放在页面右上角，便于群众使用。\n国务院\n2018年11月16日\n")
    assert not any("page controls" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "head, issuers",
    [
        # joint issuers named by their level alone, the spaces between them gone (鄂环发〔2022〕33号's title:
        # 省生态环境厅 省发改委 省经信厅 … 关于印发…; a 2015 joint signature: 市发展改革委  市财政局)
        ("省生态环境厅 省发改委 省经信厅 省住建厅关于印发实施方案的通知\n鄂环发〔2022〕33号\n",
         ("省生态环境厅", "省发改委", "省经信厅", "省住建厅")),
        ("市发展改革委 市财政局关于印发资金管理办法的通知\n洛发改〔2015〕12号\n", ("市发展改革委", "市财政局")),
        # must not: one organ whose name holds its level again (市城市管理局) stays one
        ("市城市管理局关于印发实施方案的通知\n洛城管〔2015〕3号\n", ("市城市管理局",)),
    ],
    ids=["hubei-seven-departments", "two-city-departments", "one-city-bureau"],
)
def test_joint_issuers_named_by_their_level(head, issuers):
    body = "各有关单位：\n现将方案印发给你们，请认真贯彻执行。\n2022年12月5日\n"
    (notice,) = gazette_cli.parse_text(head + body).notices
    assert notice.issuers == issuers


def test_a_sentence_that_opens_with_a_buttons_word_is_kept():
    # must not: 分享 and 打印 opening a sentence of the text are no buttons
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "一、加强管理\n分享各地经验做法，打印成册下发。\n打印机等办公设备统一采购。\n扫一扫二维码即可办理。\n国务院\n2018年11月16日\n")
    assert not any("page controls" in w for w in doc.warnings)


def test_a_sites_footer_over_a_news_report_is_skipped():
    # 淳安 2018: the news site prints its licences, its owner (版权所有 with no colon) and its host over the report
    doc = gazette_cli.parse_text(
        "浙新办[2005]20号 浙ICP备05073341号 广告经营许可证:杭工商淳广许2004001号\n"
        "淳安县千岛湖传媒中心版权所有 未经授权禁止复制或镜像 网络广告 0571-64831301\n杭州网・千岛湖网 网络支持:杭州网络传媒有限公司\n"
        + _FOOTED
    )
    assert len([w for w in doc.warnings if "site footer skipped" in w]) == 3


def test_a_sentence_on_copyright_is_kept():
    # must not: a rule's sentence on copyright is no footer
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "一、加强管理\n作品的著作权归作者所有，版权所有者依法享有收益，并承担相应的责任和义务。\n国务院\n2018年11月16日\n")
    assert not any("site footer" in w for w in doc.warnings)


def test_a_comparison_on_a_line_of_its_own_is_kept():
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "一、加强管理\n高温天气停止户外作业的条件：\n温度 > 35℃\n国务院\n2018年11月16日\n")
    assert not any("breadcrumb" in w for w in doc.warnings)


def test_a_position_or_a_colour_in_the_text_is_kept():
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "一、加强管理\n当前位置不明的企业，应当及时登记。\n您的位置信息将依法保护。\n国务院\n2018年11月16日\n")
    assert doc.warnings == () and "当前位置不明的企业" in doc.notices[0].clauses[0].text


@pytest.mark.parametrize(
    "footer",
    [
        # 合肥市人民政府's site: owner and maker, then the site's code and licences
        "主办：合肥市人民政府　　承办：科大讯飞股份有限公司\n网站标识码：3401000001　皖ICP备05000370号　皖公网安备 34010402700602号\n",
        # a 文化部 centre's site: all on one line
        "主管：中华人民共和国文化部　主办：文化部全国公共文化发展中心　Copyright © 2017 京ICP备17047743号\n",
        # news sites' footers, 版权所有 with no colon (a 中原网 page's report of 新郑 2012's 十件实事; 中国报道 on 古交 2024's)
        "版权声明 @ 中原网 网站版权所有 |\n",
        "版权所有 中国报道杂志社 广播电视节目制作经营许可证:(京)字第07311号 电子邮件:chinareport@foxmail.com\n",
    ],
    ids=["hefei", "wenhuabu-centre", "zhongyuan-banquan-suoyou", "zhongguo-baodao-banquan-suoyou"],
)
def test_a_sites_footer_after_the_document_is_skipped(footer):
    doc = gazette_cli.parse_text(_FOOTED + footer)
    (notice,) = doc.notices
    assert (notice.attachments, notice.attachment_title, len([w for w in doc.warnings if "site footer skipped" in w])) == ((), None, footer.count("\n"))


_FOOTED = "国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n" + NOTICE_TAIL


def test_an_events_organisers_are_no_footer():
    # a notice's own 主办单位 / 承办单位 (no licence or copyright beside them, and no reply's 承办人 footer), and an ICP
    # filing named in a sentence
    text = ("某市体育局关于举办2023年全民健身运动会的通知\n某体发〔2023〕3号\n各区县体育局：\n一、组织机构\n主办单位：某市人民政府\n承办单位：某市体育局\n"
            "二、要求\n参赛网站须完成ICP备案。\n某市体育局\n2023年5月1日\n")
    doc = gazette_cli.parse_text(text)
    assert doc.warnings == () and "承办单位：某市体育局" in doc.notices[0].clauses[0].text


def test_a_count_of_visits_in_the_text_is_kept():
    # a 政府网站 report's figure: one field, not a page's counter line
    doc = gazette_cli.parse_text("某市人民政府办公室关于2023年政府网站工作情况的通报\n某政办〔2024〕3号\n各区县人民政府：\n"
                                 "一、总体情况\n网站总访问量：1523万人次\n某市人民政府办公室\n2024年1月5日\n")
    assert doc.warnings == () and "网站总访问量" in doc.notices[0].clauses[0].text


@pytest.mark.parametrize(
    "head",
    [
        # 亳政办〔2025〕1号 as its site prints it: the catalogue fields on lines of their own
        "索引号：1134160073302996XP/202501-00038 组配分类：其他文件\n发布机构：亳州市人民政府办公室 主题分类：综合政务 / 公民 / 通知\n"
        "有效性：有效 关键词：\n名称：亳州市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知 文号：亳政办〔2025〕1号\n",
        # 六盘水府办发〔2022〕10号: letter-spaced labels in a table's cells
        "索 引 号： | 000014349/2023-91150 | 信息分类： | |\n文 号： | 六盘水府办发〔2022〕10号 | 是否有效： | |\n"
        "名 称： | 市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案（2022—2024年）的通知 |\n",
        # 镇政发〔2024〕7号 as its site prints it: a list mark before each field
        "• 主题分类：\n• 有效性：\n• 内容概述：\n",
        # a law database's page of a 1999 decision of 四川省人大常委会, the same way
        "• 时 效 性：有效\n",
    ],
    ids=["bozhou", "liupanshui-spaced", "zhenba-bullets", "sichuan-database-bullets"],
)
def test_a_sites_catalogue_fields_are_no_document(head):
    doc = gazette_cli.parse_text(head + "国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n" + NOTICE_TAIL)
    assert [n.title for n in doc.notices] == ["国务院关于做好当前促进就业工作的若干意见"]
    assert all("catalogue data skipped" in w for w in doc.warnings) and len(doc.warnings) == head.count("\n")


def test_a_name_field_in_a_form_is_kept():
    # a form's 名称 with no colon after it is text, not a site's field
    doc = gazette_cli.parse_text("国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n"
                                 "一、支持企业\n名称变更的企业可以申请。\n国务院\n2018年11月16日\n")
    assert doc.warnings == ()


# --- invisible characters ----------------------------------------------------------------

_SAMPLE_HEAD = "济南市人民政府\n关于聘任市政府参事的通知\n济政字〔2022〕61号\n各区县人民政府：\n确定聘任聂军为参事。\n"  # fixture
_CORPUS_HEAD = "国务院办公厅关于推广第二批\n支持创新相关改革举措的通知\n国办发〔2018〕126号\n各省、自治区、直辖市人民政府：\n" + NOTICE_TAIL  # 02


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e"],
                         ids=["zwsp", "zwnj", "zwj", "word-joiner", "soft-hyphen", "bom", "lrm"])
@pytest.mark.parametrize("text, at, doc_number", [
    (_SAMPLE_HEAD, "〔20", "济政字〔2022〕61号"),
    (_CORPUS_HEAD, "国办", "国办发〔2018〕126号"),
], ids=["sample-61", "corpus-02"])
def test_a_format_character_inside_the_doc_number_loses_nothing(text, at, doc_number, char):
    notice = _notice(text.replace(at, at + char, 1))
    assert (notice.doc_number, notice.title.replace(char, "") == notice.title) == (doc_number, True)


def test_a_masthead_and_number_above_the_title_are_the_notices_own():
    doc = gazette_cli.parse_text("某市人民政府文件\n某政发〔2023〕8号\n某市人民政府关于加快发展数字经济的实施意见\n各区县人民政府：\n" + NOTICE_TAIL)
    (notice,) = doc.notices
    assert (notice.span.start_line, doc.warnings) == (1, ())


def test_a_number_above_a_title_that_has_one_below_stays_where_it_was():
    # the 印发 line of the notice before, then a title with its number under it: nothing moves
    doc = gazette_cli.parse_text("某市人民政府关于做好防汛工作的通知\n某政发〔2023〕7号\n各区县人民政府：\n" + NOTICE_TAIL
                                 + "某市人民政府关于加快发展数字经济的实施意见\n某政发〔2023〕8号\n各区县人民政府：\n" + NOTICE_TAIL)
    assert [n.doc_number for n in doc.notices] == ["某政发〔2023〕7号", "某政发〔2023〕8号"]


@pytest.mark.parametrize(
    "text, title",
    [
        # a 令 saved without the title line of what it promulgates (北京市人民政府令第300号)
        ("北京市人民政府令\n第300号\n《北京市生活垃圾分类管理办法》已经2021年4月20日市人民政府第105次常务会议审议通过，现予公布，自2021年7月1日起施行。\n"
         "市长　陈吉宁\n2021年5月10日\n第一章　总　　则\n第一条　为了加强生活垃圾分类管理，制定本办法。\n第二条　本办法自2021年7月1日起施行。\n",
         "北京市生活垃圾分类管理办法"),
        # a 印发 notice the same way (14: 安顺市市级储备粮管理办法)
        ("安顺市人民政府关于印发安顺市市级储备粮管理办法的通知\n安府发〔2023〕9号\n各县、自治县、区人民政府：\n"
         "现将《安顺市市级储备粮管理办法》印发给你们，请认真抓好贯彻落实。\n安顺市人民政府\n2023年9月5日\n"
         "第一条　为加强市级储备粮管理，制定本办法。\n第二条　本办法自印发之日起施行。\n",
         "安顺市市级储备粮管理办法"),
        # a letter that announces no title: none is made up
        ("安顺市人民政府关于做好防汛工作的通知\n安府发〔2023〕10号\n各县、自治县、区人民政府：\n"
         "请认真抓好贯彻落实。\n安顺市人民政府\n2023年9月5日\n第一条　为做好防汛工作，制定本办法。\n第二条　本办法自印发之日起施行。\n",
         None),
    ],
    ids=["ling-300", "14-yinfa", "nothing-announced"],
)
def test_an_attachment_printed_without_its_title_takes_the_one_announced(text, title):
    (notice,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in notice.attachments] == [title]


def test_a_number_alone_in_the_catalogue_is_the_documents():
    # 盐池 2014 节假日 通知 as a site prints it: its title in 文件名称, two empty fields, then the number alone on its
    # line, which the catalogue took for 实施时间's value; must not: the empty fields give nothing
    text = (
        "文件名称:关于2015年节假日安排的通知\n"
        "文件编号:\n"
        "发布时间:\n"
        "实施时间:\n"
        "盐政办发〔2014〕119号\n"
        "各乡镇人民政府(街道办事处),政府各部门、直属机构:\n"
        "为便于各乡镇、各部门(单位)及早合理安排节假日旅游、交通运输、生产经营等有关工作,根据《自治区人民政府办公厅关于2015年部分节假日安排的通知》(宁政办发〔2014〕233号)精神,现将我县2015年节假日放假调休日期安排通知如下:\n"
        "一、元旦:1月1日至3日放假调休,共3天。1月4日(星期日)上班。\n"
        "八、中秋节:9月27日放假。\n"
        "九、国庆节:10月1日至7日放假调休,共7天。10月10日(星期六)上班。\n"
        "假日期间,各乡镇、各部门(单位)要妥善安排好值班和安全保卫等工作,遇有重大突发事件发生,要按规定及时报告并妥善处理,确保人民群众祥和平安度过节日假期。\n"
        "盐池县人民政府办公室\n"
        "2014年12月26日\n"
    )
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.doc_number, n.title, n.signed_date) == ("盐政办发〔2014〕119号", "关于2015年节假日安排的通知", "2014-12-26")


@pytest.mark.parametrize(
    "text, title, doc_type",
    [
        # a document's own title set in 《》 over it (淮安 2022 实施细则; 长宁 2021 办法 as a Markdown heading)
        (
         "《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》\n"
         "为深入贯彻落实省政府《关于进一步帮助市场主体纾困解难着力稳定经济增长的若干政策措施》(苏政发〔2022〕1号)精神,坚持稳字当头、稳中求进,把稳增长摆在更加突出位置,进一步帮助市场主体纾困解难,提振信心、稳定预期,着力稳定经济增长,结合淮安实际,制定如下实施细则。\n"
         "一、落实财税支持政策\n"
         "1.积极争取省级专项资金,支持生产经营暂时面临困难但产品有市场、项目有前景、技术有竞争力的中小微企业,以及劳动力密集、社会效益高的民生领域服务型中小微企业。整合市工信、科技、市场监管、地方金融监管等部门涉企资金,设立2.43亿元推动工业强市发展专项引导资金,出台管理办法,发布项目申报指南,重点鼓励企业扩大投资和科技创新,对存量企业实施的技改项目、新招引重点产业和先进制造业集群项目,规模以上企业、高新技术企业、上市企业、专精特新“小巨人”企业、绿色制造企业培育等方面给予扶持。(责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)\n",
         "关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则", "实施细则"),
        (
         "# 《长宁区区筹公共租赁住房管理办法》\n"
         "\n"
         "《长宁区区筹公共租赁住房管理办法》已经区房管局第32次党组会讨论通过，并报区政府第183次常务会议审议通过，现予印发。\n"
         "\n"
         "上海市长宁区住房保障和房屋管理局\n"
         "\n"
         "2021年9月29日\n"
         "\n"
         "长宁区区筹公共租赁住房管理办法\n"
         "\n"
         "第一章　总   则\n"
         "\n",
         "长宁区区筹公共租赁住房管理办法", "办法"),
    ],
    ids=["huaian-title-in-marks", "changning-markdown-title-in-marks"],
)
def test_a_title_set_in_book_marks(text, title, doc_type):
    n = gazette_cli.parse_text(text).notices[0]
    assert (n.title, n.doc_type) == (title, doc_type)


@pytest.mark.parametrize(
    "text, number, addressees, signed",
    [
        # a site's date between a title and its number (萍乡 2019 河长制 要点, its page's date over 萍府办字〔2019〕17号)
        (
         "萍乡市人民政府办公室关于印发2019年萍乡市河长制湖长制工作要点及考核方案的通知\n"
         "\n"
         "2019年7月19日\n"
         "萍府办字〔2019〕17号\n"
         "\n"
         "各县(区)人民政府,各河长制湖长制市级责任单位:\n"
         "\n"
         "  《2019年萍乡市河长制湖长制工作要点》、《2019年萍乡市河长制湖长制考核方案》已经2019年市总河(湖)长会议审议通过,现印发给你们,请结合实际贯彻执行。\n"
         "\n"
         "  萍乡市人民政府办公室\n"
         "\n"
         "  2019年5月24日\n",
         "萍府办字〔2019〕17号", ["各县（区）人民政府", "各河长制湖长制市级责任单位"], "2019-05-24"),
        # a law site's number with its 颁布时间, then the date and the number again (国办函〔1995〕59号)
        (
         "国务院办公厅关于大中城市工商行政管理分局执法权限问题的复函\n"
         "国办函[1995]59号颁布时间:1995-12-05\n"
         "1995年12月5日 国办函[1995]59号\n"
         "国家工商行政管理局:\n"
         "你局《关于大中城市工商行政管理体制调整后工商行政管理分局执法权限问题的\n"
         "请示》收悉,经国务院批准,现函复如下:\n"
         "根据 《国务院办公厅关于调整大中城市工商行政管理体制的通知》 (国办发\n",
         "国办函〔1995〕59号", ["国家工商行政管理局"], "1995-12-05"),
    ],
    ids=["pingxiang-date-over-the-number", "guobanhan-1995-number-with-its-date"],
)
def test_a_sites_date_beside_the_number(text, number, addressees, signed):
    n = gazette_cli.parse_text(text).notices[0]
    assert (n.doc_number, list(n.addressees), n.signed_date) == (number, addressees, signed)


_LPS_HEAD = ("索 引 号： | 000014349/2023-91150 | 信息分类： | |\n文 号： | 六盘水府办发〔2022〕10号 | 是否有效： | |\n"
             "名 称： | 市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案（2022—2024年）的通知 |\n")
_BOZHOU_HEAD = ("发布机构：亳州市人民政府办公室 主题分类：综合政务\n"
                "名称：亳州市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知 文号：亳政办〔2025〕1号\n")
_UNTITLED = "各县、区人民政府，市政府各部门：\n现将方案印发给你们，请认真抓好贯彻落实。\n市人民政府办公室\n2022年12月2日\n"


@pytest.mark.parametrize(
    "head, number, title",
    [
        (_LPS_HEAD, "六盘水府办发〔2022〕10号", "市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案（2022—2024年）的通知"),
        (_BOZHOU_HEAD, "亳政办〔2025〕1号", "亳州市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知"),
    ],
    ids=["liupanshui", "bozhou"],
)
def test_a_page_that_prints_its_title_and_number_only_in_the_sites_catalogue(head, number, title):
    (notice,) = gazette_cli.parse_text(head + _UNTITLED).notices
    assert (notice.doc_number, notice.title, notice.doc_type) == (number, title, "通知")


def test_what_the_document_prints_wins_over_the_catalogue():
    text = _BOZHOU_HEAD + "国务院关于做好当前促进就业工作的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n" + NOTICE_TAIL
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.doc_number, notice.title) == ("国发〔2018〕39号", "国务院关于做好当前促进就业工作的若干意见")


# --- a title with its 题注: reports, speeches, resolutions and laws ---------------------


@pytest.mark.parametrize(
    "head, title, date, doc_type",
    [
        # the 政府工作报告 as 国务院公报 prints it (2023, 2022): when and where it was given
        ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n国务院总理　李克强\n", "政府工作报告", "2023-03-05", "报告"),
        ("政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n国务院总理　李克强\n", "政府工作报告", "2022-03-05", "报告"),
        # a speech dated in brackets: the date is no part of the title
        ("在全市优化营商环境大会上的讲话\n（2023年2月1日）\n市长　某某\n", "在全市优化营商环境大会上的讲话", "2023-02-01", "讲话"),
        # adopted (义乌市第十六届人民代表大会第二次会议, 2023), and a law's note listing each
        # revision, the latest last (中华人民共和国公司法, revised 2023-12-29)
        ("关于政府工作报告的决议\n（2023年2月3日义乌市第十六届人民代表大会第二次会议通过）\n", "关于政府工作报告的决议", "2023-02-03", "决议"),
        ("中华人民共和国公司法\n（1993年12月29日第八届全国人民代表大会常务委员会第五次会议通过　"
         "2023年12月29日第十四届全国人民代表大会常务委员会第七次会议第二次修订）\n", "中华人民共和国公司法", "2023-12-29", None),
    ],
)
def test_a_title_note_dates_its_document(head, title, date, doc_type):
    notice = _notice(head + "各位代表：\n一、总体要求\n今年地区生产总值增长5%左右。\n")
    assert (notice.title, notice.signed_date, notice.doc_type) == (title, date, doc_type)
    assert [t.year for t in notice.targets] == [int(date[:4])]  # 今年 is the note's year


def test_a_noted_document_after_a_notice_starts_a_notice_of_its_own():
    text = (
        "济南市人民政府\n关于聘任市政府参事的通知\n济政字〔2022〕61号\n各区县人民政府，市政府各部门：\n"
        "经研究，决定聘任聂军为市政府参事。\n济南市人民政府\n2022年10月8日\n（此件公开发布）\n"
        "政府工作报告\n——2023年1月12日在济南市第十八届人民代表大会第二次会议上\n济南市市长　于海田\n各位代表：\n"
        "一、2023年主要目标\n地区生产总值增长5.5%左右。\n"
    )
    first, second = gazette_cli.parse_text(text).notices
    assert (first.doc_number, first.span.end_line) == ("济政字〔2022〕61号", 8)
    assert (second.title, second.signed_date, second.span.start_line) == ("政府工作报告", "2023-01-12", 9)


@pytest.mark.parametrize(
    "text",
    [
        # the regulation an order publishes, with its note (01), stays the order's attachment
        "中华人民共和国国务院令\n第706号\n现将修订后的《专利代理条例》公布，自2019年3月1日起施行。\n　　总理　　李克强\n2018年11月6日\n"
        "专利代理条例\n（1991年3月4日中华人民共和国国务院令第76号发布　2018年9月6日国务院第23次常务会议修订通过）\n第一章　总则\n第一条　为了规范专利代理行为，制定本条例。\n",
        # …and so does an attachment under its label
        "关于印发某某办法的通知\n某政发〔2023〕1号\n各区县人民政府：\n" + LETTER + "某市人民政府\n2023年1月5日\n"
        "附件\n某某办法\n（2023年1月1日起施行）\n第一条　为了规范管理，制定本办法。\n",
    ],
)
def test_a_noted_title_the_notice_above_publishes_is_its_attachment(text):
    (notice,) = gazette_cli.parse_text(text).notices
    assert len(notice.attachments) == 1


@pytest.mark.parametrize(
    "text",
    [
        "（2022年10月8日印发）",  # an 印发 line closes a notice
        "（此件公开发布）",
        "2023年2月1日",  # a signature's date
        "——在全市大会上",  # no date
    ],
)
def test_not_a_title_note(text):
    from gazette_cli.structure.docparts import title_note_date

    assert title_note_date(text) is None


def test_a_bare_date_under_a_line_that_names_no_document_starts_nothing():
    text = "关于印发某某办法的通知\n某政发〔2023〕1号\n各区县人民政府：\n" + LETTER + "一、工作安排\n（2023年2月1日）\n开展检查。\n某市人民政府\n2023年1月5日\n"
    (notice,) = gazette_cli.parse_text(text).notices
    assert notice.doc_number == "某政发〔2023〕1号"


@pytest.mark.parametrize(
    "head, issuers, date",
    [
        # a byline under a 统计公报's title: 国家统计局's (2023), and 北京's, joint with the survey
        # office of 国家统计局 (调查总队; a city's is a 调查队, as 济南's)
        ("中华人民共和国2022年国民经济和社会发展统计公报\n国家统计局\n2023年2月28日\n", ("国家统计局",), "2023-02-28"),
        ("北京市2022年国民经济和社会发展统计公报\n北京市统计局　国家统计局北京调查总队\n2023年3月21日\n",
         ("北京市统计局", "国家统计局北京调查总队"), "2023-03-21"),
        ("济南市2022年国民经济和社会发展统计公报\n济南市统计局　国家统计局济南调查队\n2023年3月15日\n",
         ("济南市统计局", "国家统计局济南调查队"), "2023-03-15"),
        # the date in brackets first, then the organ: 国家统计局's releases (2016-10-19; 2020-10-19, on a
        # site that printed it in traditional characters)
        ("前三季度国民经济运行稳中有进、稳中提质\n(2016年10月19日)\n中华人民共和国国家统计局\n", ("中华人民共和国国家统计局",), "2016-10-19"),
        ("国家统计局：三季度GDP同比增长4.9%\n（2020年10月19日）\n国家统计局\n", ("国家统计局",), "2020-10-19"),
        # must not: a bracketed date with no organ under it is no byline
        ("前三季度国民经济运行稳中有进、稳中提质\n(2016年10月19日)\n今年以来，国民经济运行总体平稳。\n", (), None),
        # no byline: the first paragraph is text (洪泽 2023 annual report)
        ("洪泽区人民政府\n2023年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室根据《条例》要求编制。\n", ("洪泽区人民政府",), None),
    ],
)
def test_a_byline_under_a_standalone_documents_title(head, issuers, date):
    notice = _notice(head + "一、综合\n全年地区生产总值41610.9亿元，比上年增长0.7%。\n")
    assert (notice.issuers, notice.signed_date) == (issuers, date)
    assert "统计局" not in (notice.own.preamble.text if notice.own.preamble else "")


@pytest.mark.parametrize(
    "text, title, issuers",
    [
        # 甘肃省人大常委会's 2010 decision as ytlst.com prints it: the title, its organ, the title again,
        # then a sentence that announces its list (no addressees)
        ("甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定\n甘肃省人大常委会\n甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定\n"
         "甘肃省第十一届人民代表大会常务委员会第十七次会议决定,修改下列地方性法规:\n一、对下列法规进行修改\n"
         "1.在《甘肃省农村能源建设管理条例》第七条中增加一项作为第六项。\n2.将《甘肃省气象条例》第十条修改为：“…”\n",
         "甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定", ("甘肃省人大常委会",)),
        # a 法律资料网 page of a 天津市人民政府 办法: the title twice, the download link, the organ twice
        ("您的位置: 首页 » 法律资料网 » 法律法规 »\n天津市为民服务网络专线电话工作办法\n作者:法律资料网 时间:2024-07-07 01:45:44  浏览:8442   来源:法律资料网\n"
         "下载地址: 点击此处下载\n天津市为民服务网络专线电话工作办法\n天津市人民政府\n天津市为民服务网络专线电话工作办法\n天津市人民政府\n"
         "第一章 总 则\n第一条 为适应转变政府管理职能和政务公开的需要，制定本办法。\n第二条 专线电话工作应当以为人民服务为宗旨。\n",
         "天津市为民服务网络专线电话工作办法", ("天津市人民政府",)),
    ],
    ids=["gansu-ytlst", "tianjin-law-database"],
)
def test_a_law_databases_title_organ_title(text, title, issuers):
    doc = gazette_cli.parse_text(text)
    (notice,) = doc.notices
    assert (notice.title, notice.issuers, notice.addressees) == (title, issuers, ())
    assert not any(title in (c.title or "") or "人民政府" == (c.title or "") for c in notice.clauses)


def test_a_title_printed_twice_is_one_title():
    # a 法律资料网 page of the 国家通用语言文字法: a law's title ends with no document type, and the
    # page prints it again after the order (the two lines were read as one title)
    text = ("中华人民共和国国家通用语言文字法\n中华人民共和国国家通用语言文字法\n"
            "（2000年10月31日第九届全国人民代表大会常务委员会第十八次会议通过）\n"
            "第一章 总则\n第一条 为推动国家通用语言文字的规范化、标准化及其健康发展，根据宪法，制定本法。\n"
            "第二条 本法所称的国家通用语言文字是普通话和规范汉字。\n")
    (notice,) = gazette_cli.parse_text(text).notices
    assert notice.title == "中华人民共和国国家通用语言文字法"


def test_a_line_that_announces_a_list_is_no_addressees():
    # 福建省人大常委会's decision: …决定自即日起废止下列地方性法规、决定决议及法规解释：
    text = ("福建省人民代表大会常务委员会关于废止部分地方性法规的决定\n会议决定自即日起废止下列地方性法规、决定决议及法规解释：\n"
            "一、《福建省保障和发展邮电通信条例》\n二、《福建省财产拍卖条例》\n")
    (notice,) = gazette_cli.parse_text(text).notices
    assert notice.addressees == ()


@pytest.mark.parametrize("text", ["组建志愿服务队伍", "建设一支高素质专业化队伍"])
def test_not_an_organ_though_it_ends_like_a_team(text):
    assert not is_organ(text)


@pytest.mark.parametrize(
    "text, letter, date",
    [
        # a law database's copies: the signer with a colon (沈阳市人民政府令第48号), or its title with
        # the name dropped (河北省人民政府令〔2010〕第15号); the signer is no part of the letter
        ("沈阳市人民政府令\n（第48号）\n《沈阳市城市管理综合执法暂行规定》，业经市政府第五次常务会议通过，现予发布，自二000年七月一日起施行。\n"
         "市长:慕绥新\n二000年三月三十日\n沈阳市城市管理综合执法暂行规定\n第一章 总则\n第一条 为加强城市管理，制定本规定。\n",
         "《沈阳市城市管理综合执法暂行规定》，业经市政府第五次常务会议通过，现予发布，自二〇〇〇年七月一日起施行。", "2000-03-30"),
        ("河北省人民政府\n河北省人工影响天气管理规定\n政府令〔2010〕第15号\n《河北省人工影响天气管理规定》已经2010年12月14日省政府第76次常务会议通过，现予公布，自2011年2月1日起施行。\n"
         "省长\n二○一○年十二月二十五日\n第一章总则\n第一条为加强对人工影响天气工作的管理，制定本规定。\n",
         "《河北省人工影响天气管理规定》已经2010年12月14日省政府第76次常务会议通过，现予公布，自2011年2月1日起施行。", "2010-12-25"),
        # must not: a line that only looks like a signer, with no date under it, stays in the letter
        ("某市人民政府令\n第3号\n《某市养犬管理规定》已经市政府常务会议通过，现予公布。\n市长：请认真执行\n第一条 为加强养犬管理，制定本规定。\n",
         None, None),
    ],
    ids=["shenyang-colon", "hebei-title-alone", "no-date-no-signature"],
)
def test_an_orders_signer_as_a_law_database_prints_it(text, letter, date):
    (notice,) = gazette_cli.parse_text(text).notices
    assert notice.signed_date == date
    if letter is not None:
        assert notice.letter.text == letter


@pytest.mark.parametrize(
    "text, addressees",
    [
        # 宿政发〔2008〕65号 as a law database prints it: the addressee line wraps, its second line indented
        ("宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知\n宿政发〔2008〕65号\n各县、区人民政府,宿迁经济开发区、市湖滨新城开发区、苏州\n"
         "  宿迁工业园区,市各委、办、局,市各直属单位:\n  《宿迁市城乡医疗救助暂行办法》已经市政府三届三次常务会议审议通过,现印发给你们,请认真贯彻执行。\n"
         "宿迁市人民政府\n二OO八年六月四日\n",
         ("各县、区人民政府", "宿迁经济开发区、市湖滨新城开发区、苏州宿迁工业园区", "市各委、办、局", "市各直属单位")),
        # 六盘水府办发〔2022〕10号's addressees wrapped at a column's edge
        ("市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案的通知\n六盘水府办发〔2022〕10号\n各市、特区、区人民政府,六盘水高新区管委会、各经济开发区管委会,市人民\n"
         "政府各部门、各直属机构,中央、省属驻市行政企事业单位:\n经市人民政府同意,现将《六盘水市新型基础设施建设三年行动方案》印发给你们,请认真抓好贯彻落实。\n"
         "六盘水市人民政府办公室\n2022年12月2日\n",
         ("各市、特区、区人民政府", "六盘水高新区管委会、各经济开发区管委会", "市人民政府各部门、各直属机构", "中央、省属驻市行政企事业单位")),
        # must not: a sentence that ends the line before addressees of its own
        ("某市人民政府关于做好防汛工作的通知\n某政发〔2023〕5号\n各区县人民政府,市政府各部门:\n现将有关事项通知如下\n一、加强领导。\n某市人民政府\n2023年5月1日\n",
         ("各区县人民政府", "市政府各部门")),
    ],
    ids=["suqian-wrapped", "liupanshui-wrapped", "one-line"],
)
def test_an_addressee_line_that_wraps_is_one(text, addressees):
    (notice,) = gazette_cli.parse_text(text).notices
    assert notice.addressees == addressees


@pytest.mark.parametrize(
    "text, issuer, title",
    [
        # a law database's header prints the organ with its province: the title (杭政办函〔2008〕358号)
        # or the signature (武政〔2005〕32号) prints it without, and that is the issuer
        ("浙江省杭州市人民政府办公厅\n杭州市人民政府办公厅关于印发杭州市农村独生子女父母参加农村居民养老保险补贴办法的通知\n杭政办函〔2008〕358号\n"
         "各区、县（市）人民政府，市政府各部门、各直属单位：\n现将《办法》印发给你们，请认真贯彻执行。\n二○○八年十月二十日\n",
         "杭州市人民政府办公厅", "杭州市人民政府办公厅关于印发杭州市农村独生子女父母参加农村居民养老保险补贴办法的通知"),
        ("湖北省武汉市人民政府\n关于批转武汉市高级中等学校招生统一考试管理规定的通知\n武政〔2005〕32号\n各区人民政府，市人民政府各部门：\n"
         "市人民政府同意市教育局修订的《武汉市高级中等学校招生统一考试管理规定》，现转发给你们，请遵照执行。\n武汉市人民政府\n二00五年六月十七日\n",
         "武汉市人民政府", "武汉市人民政府关于批转武汉市高级中等学校招生统一考试管理规定的通知"),
        # must not: nothing printed without the province, and no prefix that is a province
        ("江西省吉安市人民政府办公室\n关于印发吉安市市本级政务公开工作实施细则的通知\n吉府发〔2003〕37号\n市政府各部门，市直各单位：\n现将《细则》印发给你们。\n二OO三年十二月四日\n",
         "江西省吉安市人民政府办公室", "江西省吉安市人民政府办公室关于印发吉安市市本级政务公开工作实施细则的通知"),
        ("国务院办公厅\n关于印发某方案的通知\n国办发〔2018〕1号\n各省、自治区、直辖市人民政府：\n现将《某方案》印发给你们。\n国务院办公厅\n2018年1月2日\n",
         "国务院办公厅", "国务院办公厅关于印发某方案的通知"),
    ],
    ids=["hangzhou-title", "wuhan-signature", "jian-no-evidence", "same-organ"],
)
def test_the_issuer_as_the_document_prints_it(text, issuer, title):
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.issuer, notice.title) == (issuer, title)


@pytest.mark.parametrize(
    "text, issuers, addressees",
    [
        # a law database's copy of a 1998 joint notice: the organs again under the title, 国资办 and 体改办
        # among them (办 ends an organ's name as 局 does)
        ("深圳市劳动局、深圳市国资办、深圳市社保局、深圳市体改办、深圳市民政局、深圳市总工会关于印发深圳市国有企业下岗员工管理办法的通知\n"
         "深圳市劳动局 深圳市国资办 深圳市社保局 深圳市体改办 深圳市民政局 深圳市总工会\n各有关单位:\n"
         "为做好我市国有企业下岗员工的管理及再就业工作，制定了《深圳市国有企业下岗员工管理办法》，现印发给你们，请认真贯彻执行。\n",
         ("深圳市劳动局", "深圳市国资办", "深圳市社保局", "深圳市体改办", "深圳市民政局", "深圳市总工会"), ("各有关单位",)),
        # the byline alone names the issuer of a title that names none
        ("关于下发某项操作规程的通知\n国家外汇管理局\n国家外汇管理局各分局:\n现将操作规程通知如下，请遵照执行。\n一、外汇局应积极配合。\n",
         ("国家外汇管理局",), ("国家外汇管理局各分局",)),
        # must not: the title printed again under the number starts the notice (东府办〔2005〕42号 on 法律资料网)
        ("关于印发东莞市困难家庭住房保障办法实施细则的通知\n广东省东莞市人民政府\n东府办[2005]42号\n关于印发东莞市困难家庭住房保障办法实施细则的通知\n"
         "各镇人民政府(区办事处),市府直属各单位:\n《东莞市困难家庭住房保障办法实施细则》业经市人民政府同意，现印发给你们。\n东莞市人民政府办公室\n二○○五年六月二十八日\n",
         ("东莞市人民政府办公室",), ("各镇人民政府（区办事处）", "市府直属各单位")),
    ],
    ids=["shenzhen-joint-byline", "waihui-byline", "title-again-under-the-number"],
)
def test_a_byline_under_a_title(text, issuers, addressees):
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.issuers, notice.addressees) == (issuers, addressees)


@pytest.mark.parametrize(
    "text, title, issuers, date",
    [
        # a law database prints the organ between a regulation's title and its note (抚顺市公路路政管理办法,
        # 1996; 上海市人大常委会's 罚款限额 规定, 1996): a byline (the title's own organ wins where it names
        # one); a note's 起施行 date is no adoption date
        ("抚顺市公路路政管理办法\n辽宁省人大常委会\n（1996年8月23日抚顺市第十一届人民代表大会常务委员会第二十六次会议通过 "
         "1996年9月28日辽宁省第八届人民代表大会常务委员会第二十三次会议批准）\n第一条 为加强公路路政管理，制定本办法。\n第二条 本办法适用于本市。\n",
         "抚顺市公路路政管理办法", ("辽宁省人大常委会",), "1996-09-28"),
        ("上海市人民代表大会常务委员会关于市人民政府制定规章设定行政处罚罚款限额的规定\n上海市人大常委会\n"
         "（1996年9月26日上海市第十届人民代表大会常务委员会第三十次会议通过 1996年10月1日起施行）\n一、市人民政府制定规章，可以设定警告和罚款。\n二、本规定自公布之日起施行。\n",
         "上海市人民代表大会常务委员会关于市人民政府制定规章设定行政处罚罚款限额的规定", ("上海市人民代表大会常务委员会",), "1996-09-26"),
    ],
    ids=["fushun-byline-and-note", "shanghai-byline-and-note"],
)
def test_a_byline_between_a_title_and_its_note(text, title, issuers, date):
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.title, notice.issuers, notice.signed_date, notice.preamble.text) == (title, issuers, date, "")


@pytest.mark.parametrize(
    "text, number, date",
    [
        # a law mirror's note under a rule's title, with no brackets: the order that published it gives its number
        # (公民举报危害国家安全行为奖励办法; 专利代理条例, its note with the day it took effect)
        ("# 公民举报危害国家安全行为奖励办法\n\n2022年6月6日 中华人民共和国国家安全部令第2号公布\n\n## 第一章 总 则\n\n"
         "第一条 为了鼓励公民举报危害国家安全行为，制定本办法。\n第二条 国家安全机关负责奖励工作。\n",
         "国家安全部令第2号", "2022-06-06"),
        ("专利代理条例\n2018年11月6日中华人民共和国国务院令第706号公布 自2019年3月1日起施行\n第一章 总则\n"
         "第一条 为了规范专利代理行为，制定本条例。\n第二条 本条例所称专利代理，是指专利代理机构接受委托的行为。\n",
         "国务院令第706号", "2018-11-06"),
        # …or in brackets, amended since (广东省碳排放管理试行办法 under a law site's label 修订信息): the first order's
        ("广东省碳排放管理试行办法\n修订信息\n（该文件于2014年1月15日以粤府令第197号公布，根据2020年5月12日粤府令第275号第一次修改）\n"
         "第一章 总则\n第一条 为实现温室气体排放控制目标，制定本办法。\n第二条 在本省行政区域内的碳排放管理活动，适用本办法。\n",
         "粤府令第197号", "2020-05-12"),
        # must not: a note of adoption names no order (江门市扬尘污染防治条例)
        ("江门市扬尘污染防治条例\n修订信息\n（2021年11月5日江门市第十五届人民代表大会常务委员会第五十一次会议通过2021年12月1日广东省"
         "第十三届人民代表大会常务委员会第三十七次会议批准）\n第一章 总则\n第一条 为了防治扬尘污染，制定本条例。\n第二条 本条例适用于本市。\n",
         None, "2021-12-01"),
    ],
    ids=["lawref-guoanbu-2", "lawref-706-with-its-day", "guangdong-197-amended", "jiangmen-adopted"],
)
def test_a_rules_note_of_the_order_that_published_it(text, number, date):
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.doc_number, notice.signed_date, notice.preamble.text) == (number, date, "")
    # the organ the order names is the rule's issuer; a code (粤府令) names none
    organ = (number or "").partition("令")[0]
    assert notice.issuers == ((organ,) if organ in ("国家安全部", "国务院") else ())


def test_a_reply_addressed_to_a_deputy_or_members():
    # 丹东市公安局's 2024 reply printed without its title: one deputy addressed, the letter, the signature; 银川市交通运输局's
    # 2017 reply to three deputies named in one line
    text = ('张晓花代表:\n'
            '您提出的《关于解决振兴区接梨树上学上下学安全问题的建议》已收悉,现答复如下:\n'
            '丹东市公安交警支队振安一大队与协办单位指挥协调中心、秩序大队负责人到振兴区接梨树小学实地调研,同时与张晓花代表以及振兴区接梨树小学相关负责人进行探讨,认真研究学生上下学存在的交通安全问题,并提出具体解决办法。\n'
            '一是在接梨树小学上下学期间,门前设立临时信号灯。\n'
            '二是在学校两侧100米距离的道路设立“注意前方有学校减速慢行”提示标志,在学校两侧50米距离的道路上设立“注意前方有交通信号灯”的提示标志及其他提示标志。\n'
            '通过以上措施可以解决振兴区接梨树小学上下学期间交通安全问题,张晓花代表及学校负责人表示满意。\n'
            '丹东市公安局\n'
            '2024年4月17日\n')
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.addressees, n.issuers, n.signed_date) == (("张晓花代表",), ("丹东市公安局",), "2024-04-17")
    text = ("关于对市十五届人大一次会议第40号建议办理情况的答复\n刘鲜兰、王金燕、马秀梅代表:\n"
            "您提出的《关于解决福通ABC区居民出行难的建议》收悉。接到建议后,我局组织人员就建议办理工作进行调研论证。\n"
            "再一次感谢您们对银川市交通运输事业的关心和支持!\n银川市交通运输局\n2017年8月21日\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.addressees, n.issuers, n.doc_type) == (("刘鲜兰、王金燕、马秀梅代表",), ("银川市交通运输局",), "答复")


def test_a_titled_text_signed_at_its_end_with_no_frame():
    # 沈家桥拆除(永久废除)通告 on a news page: 据嘉兴公安: is where the page had it from (no addressees), and the 通告
    # is signed at its end by its three organs over the date; must not: a plan's last clause
    text = ("当前位置:要闻 > 滚动 > 正文\n沈家桥拆除(永久废除)通告\n2023-03-01 17:31:22 来源:\n据嘉兴公安:\n"
            "根据浙江省发展和改革委员会文件浙发改项字〔2022〕494号文的有关规定,需对沈家桥进行拆除(永久废除)。\n"
            "一、封闭施工时间:2023年3月6日起对沈家桥实施全封闭拆除(永久废除)施工。\n二、请过往车辆和行人注意绕行。\n特此通告!\n"
            "平湖市交通运输局\n平湖市公安局交通警察大队\n平湖市港通建设有限责任公司\n2023年3月1日\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.issuers, n.signed_date, n.addressees) == (("平湖市交通运输局", "平湖市公安局交通警察大队", "平湖市港通建设有限责任公司"), "2023-03-01", ())
    clauses = list(n.walk())
    assert [c.path for c in clauses] == ["一", "二"] and "平湖市" not in clauses[-1].text
    plan = "某市优化营商环境行动方案\n一、主要目标\n到2025年，营商环境明显改善。\n二、实施步骤\n各部门制定细化方案。\n三、保障措施\n加强组织领导。\n"
    (p,) = gazette_cli.parse_text(plan).notices
    assert (p.issuers, p.signed_date) == ((), None)


def test_an_attachment_label_under_a_pages_headline_is_no_part_of_its_title():
    # 南陵 2024 政府工作报告 分解表 saved from its page: the headline, 附件, the title again, then the table's cells
    # (two rows kept): the title is the headline's, never "…分解表附件"; the table still gives each row's units
    text = ("2024年《政府工作报告》重点工作目标任务分解表\n附件\n2024年《政府工作报告》重点工作目标任务分解表\n"
            "序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
            "80 |\n加大普惠性托育供给，新增托位数400个以上，公办园在园幼儿占比60%以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
            "81 |\n保障芜职院现代物流智造学院秋季开学，支持芜湖科技工程学校发展。 |\n陆 明俞 悦 |\n县教育局 |\n县各有关单位 |\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert n.title == "2024年《政府工作报告》重点工作目标任务分解表"
    assert [(r.lead, r.support) for r in n.responsibilities] == [(("县教育局",), ("县各有关单位",))] * 2


def test_a_reply_with_its_class_after_its_number_and_its_handlers_under_its_date():
    # 华容县教体局's 2017 reply to a 提案: 华教体函〔2017〕35号B类 under the title, a date with no organ over it, then
    # who handled it (承办责任人:何军 / 承办人及联系电话:…), no attachment's title.  Must not: 承办 in a sentence is text
    text = ("对华容县政协八届一次会议第150号提案的答复\n华教体函〔2017〕35号B类\n汪国良委员:\n"
            "你提出的《重视乡村幼教,在东山墟场建一所规模化公办幼儿园的提案》收悉,现答复如下:\n"
            "确定在墟场修建一所高标准公办幼儿园,计划开设12个班。承办人员将跟踪落实。\n"
            "2017年6月8日\n承办责任人:何军\n承办人及联系电话:竺仁杰  13907404982\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, n.doc_number, n.addressees, n.signed_date) == (
        "对华容县政协八届一次会议第150号提案的答复", "华教体函〔2017〕35号", ("汪国良委员",), "2017-06-08")
    assert n.attachments == () and "承办人员将跟踪落实" in n.own.preamble.text


def test_a_letter_to_the_bodies_of_a_kind_at_the_start_of_the_text():
    # 广东省科技厅's 2022 摸查 letter as its page keeps it: 各有关单位: opens the text, no title, no number, a short
    # letter and 省科技厅 over the date.  Must not: the same line inside a text, under a signed notice, opens nothing
    letter = ("各有关单位:\n为全面了解我省科研单位承担国家重大科技类项目情况,现对有关情况进行摸查,请认真填写有关情况调查表(附件),"
              "并于6月17日前提交。\n请予大力支持。\n联系人:钟士岗,电话:020-83163876\n附 件:省内科研单位参与国家重大科技类项目有关情况调查表\n"
              "省科技厅\n2022年6月10日\n")
    (n,) = gazette_cli.parse_text(letter).notices
    assert (n.title, n.addressees, n.issuers, n.signed_date) == (None, ("各有关单位",), ("省科技厅",), "2022-06-10")
    signed = "某县人民政府关于做好防汛工作的通知\n某政发〔2023〕1号\n各乡镇人民政府，县直各部门：\n现将有关事项通知如下。\n"
    assert len(gazette_cli.parse_text(signed + "请各单位认真落实。\n" + letter).notices) == 1


def test_an_education_bureaus_schools_are_its_addressees():
    # 龙陵县教育体育局's 2022 notice as its site keeps it: the catalogue in cells, then the schools it is addressed to,
    # no title (must not: a sentence listing schools before its colon; names_organs' doctest)
    text = ("索引号 | 01526265-2-/2022-0307001 | 发布机构 | 龙陵县教育体育局 |\n公开目录 | 人事信息 | 发布日期 | 2022-03-07 |\n"
            "各乡镇中心学校、各中学、职中、县幼儿园、特殊教育学校:\n为认真贯彻党的教育方针,结合龙陵县教育工作实际,通知如下。\n"
            "一、加强编制管理\n(一)坚持编制指导原则。原则上每2年对中小学教职工编制调整1次。\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert n.addressees == ("各乡镇中心学校、各中学、职中、县幼儿园、特殊教育学校",)
    assert [c.path for c in n.walk()] == ["一", "一/(一)"]


@pytest.mark.parametrize(
    "text, issuers",
    [
        # a government opening a title with no 关于, what it issues after it (延津 2023 土地征收启动公告, signed by its
        # date alone; 宁海 2011 森林禁火令)
        ("延津县人民政府土地征收启动公告\n延政〔2023〕61号\n为保障县域经济发展用地需求,经县政府研究决定,现发布土地征收启动公告:\n"
         "一、拟征收土地用途\n拟作为交通运输项目建设用地。\n特此公告\n2023年6月20日\n", ("延津县人民政府",)),
        ("宁海县人民政府森林禁火令\n当前,森林防火已进入特险期,森林防火形势十分严峻。县政府决定,发布森林禁火令。\n"
         "一、禁火期:2011年4月2日至2011年4月10日。\n二、禁火区域:在全县林地及距林地边缘300米范围内。\n2011年4月1日\n", ("宁海县人民政府",)),
        # must not: a level of government before 人民政府 names no organ
        ("县级人民政府网站管理办法\n第一条 为规范县级人民政府网站管理，制定本办法。\n第二条 本办法自发布之日起施行。\n", ()),
    ],
    ids=["yanjin-2023-gonggao", "ninghai-2011-jinhuoling", "a-level-is-no-organ"],
)
def test_a_government_that_opens_a_title_without_guanyu_issues_it(text, issuers):
    (n,) = gazette_cli.parse_text(text).notices
    assert n.issuers == issuers


def test_a_title_that_names_its_organ_by_level_takes_the_signatures_name():
    # 蔡政办〔2023〕1号: 区人民政府办公室关于印发… signed 蔡甸区人民政府办公室: the organ as the signature names it
    # whole; must not: a joint title's abbreviated second organ stays as printed (浙价费〔2007〕136号, case 16)
    (n,) = gazette_cli.parse_text(
        "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n蔡政办〔2023〕1号\n"
        "各街道办事处、乡人民政府,区人民政府各部门、各直属机构:\n"
        "2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们,并就有关事项通知如下:\n"
        "一、各责任单位要高度重视,切实加强领导。\n蔡甸区人民政府办公室\n2023年1月3日\n"
    ).notices
    assert (n.issuers, n.signed_date) == (("蔡甸区人民政府办公室",), "2023-01-03")
    (j,) = gazette_cli.parse_text(
        "浙江省物价局、省财政厅关于调整收费标准的通知\n浙价费〔2007〕136号\n各市、县（市、区）物价局、财政局：\n现将有关事项通知如下。\n"
        "浙江省物价局　　浙江省财政厅\n二○○七年六月一日\n"
    ).notices
    assert j.issuers == ("浙江省物价局", "省财政厅")


def test_a_congress_papers_label_is_no_part_of_the_title():
    # 叶县 2024 政府工作报告: 叶县十六届人大四次会议文件(五) over the letter-spaced title; must not: a title that
    # names such papers in its words keeps them
    (n,) = gazette_cli.parse_text(
        "叶县十六届人大四次会议文件(五)\n政 府 工 作 报 告\n——2024年1月22日在叶县第十六届人民代表大会第四次会议上\n"
        "叶县人民政府县长 文晓凡\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2023年工作回顾\n过去一年，全县经济稳中向好。\n"
    ).notices
    assert (n.title, n.signed_date) == ("政府工作报告", "2024-01-22")
    (m,) = gazette_cli.parse_text(
        "某县人民政府办公室\n关于印发会议文件管理办法的通知\n某政办发〔2023〕2号\n各乡镇人民政府：\n现将有关事项通知如下。\n某县人民政府办公室\n2023年5月1日\n"
    ).notices
    assert m.title == "某县人民政府办公室关于印发会议文件管理办法的通知"


@pytest.mark.parametrize(
    "head, code, addressees",
    [
        # 湘政发〔2015〕15号: the code printed under the number, in a font's long dashes, over the addressees
        ("湖南省人民政府关于\n依托黄金水道推动长江经济带发展的实施意见\n湘政发〔2015〕15号\nHNPR—2015—00014\n"
         "各市州人民政府,省政府各厅委、各直属机构:\n", "HNPR-2015-00014", ["各市州人民政府", "省政府各厅委、各直属机构"]),
        # 济南 2022: the code above the issuer and title, in full-width figures and dashes
        ("JNCR－２０２２－００１０００６\n\n济南市人民政府\n印发关于加快生物医药与大健康产业高质量\n\n发展的若干政策措施的通知\n"
         "济政发 〔２０２２〕１８号\n\n各区县人民政府,市政府各部门 (单位):\n", "JNCR-2022-0010006", ["各区县人民政府", "市政府各部门（单位）"]),
        # must not: a number with no code under it keeps its addressees (川府发〔2011〕8号)
        ("四川省人民政府\n关于落实《政府工作报告》重点工作\n部门分工的意见\n川府发〔2011〕8号\n省政府各部门、各直属机构:\n",
         None, ["省政府各部门、各直属机构"]),
    ],
    ids=["hunan-under-number", "jinan-above-title", "sichuan-none"],
)
def test_a_normative_code_above_the_title_or_under_the_number(head, code, addressees):
    (n,) = gazette_cli.parse_text(head + "为做好有关工作，现提出如下意见。\n一、总体要求\n坚持稳中求进。\n").notices
    assert (n.normative_code, list(n.addressees)) == (code, addressees)


@pytest.mark.parametrize(
    "text, title, signed",
    [
        # a law's note over two lines, its bracket open on the first (太原市消防条例 2024, a law database's copy,
        # its fields skipped as the site's catalogue)
        ("颁布部门:太原市人民代表大会常务委员会\n\n法律效力:地方性法规\n\n应用分类:消防安全类\n\n颁布日期:2024-01-18生效日期:2024-03-01\n\n\n"
         "太原市消防条例\n\n(2023年12月28日太原市第十五届人民代表大会常务委员会第十四次会议通过\n"
         "2024年1月18日山西省第十四届人民代表大会常务委员会第七次会议批准)\n\n第一章 总 则\n\n"
         "  第一条 为了预防火灾和减少火灾危害,加强应急救援工作,保护人身、财产安全,维护公共安全,根据《中华人民共和国消防法》"
         "《山西省消防条例》等有关法律、法规,结合本市实际,制定本条例。\n",
         "太原市消防条例", "2024-01-18"),
        # …its second line a revision's, with no date first (中华人民共和国招标投标法, as a law's copy prints it)
        ("中华人民共和国招标投标法\n（1999年8月30日第九届全国人民代表大会常务委员会第十一次会议通过\n"
         "根据2017年12月27日第十二届全国人民代表大会常务委员会第三十一次会议《关于修改〈中华人民共和国招标投标法〉、"
         "〈中华人民共和国招标投标法实施条例〉的决定》修正）\n\n第一章 总则\n"
         "第一条 为了规范招标投标活动，保护国家利益、社会公共利益和招标投标活动当事人的合法权益，提高经济效益，保证项目质量，制定本法。\n",
         "中华人民共和国招标投标法", "2017-12-27"),
        # must not: a note on one line stays one (专利代理条例, 国务院令第706号 as the corpus prints it)
        ("专利代理条例\n（1991年3月4日中华人民共和国国务院令第76号发布　2018年9月6日国务院第23次常务会议修订通过）\n"
         "第一章　总　　则\n第一条　为了规范专利代理行为，保障委托人、专利代理机构和专利代理师的合法权益，维护专利代理活动的正常秩序，"
         "促进专利代理行业健康发展，根据《中华人民共和国专利法》，制定本条例。\n",
         "专利代理条例", "2018-09-06"),
    ],
    ids=["taiyuan-note-over-two-lines", "zhaobiao-note-revised-on-its-second-line", "one-line-note"],
)
def test_a_laws_note_over_two_lines(text, title, signed):
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, n.signed_date) == (title, signed)


def test_a_librarys_unified_number_is_the_normative_code():
    # 穗埔府规〔2021〕18号 in 广州's library of 规范性文件: its 基本信息 fields over the document, 统一编号 the code;
    # must not: a field with no code in it (统一编号: 无) gives none, and the words in a sentence stay text
    head = ("基本信息\n统一编号: {}\n文  号: 穗埔府规〔2021〕18号\n实施日期: 2022年01月01日\n失效日期: 2026年12月31日\n"
            "发布机关: 广州市黄埔区人民政府\n文件状态:\n穗埔府规〔2021〕18号\n"
            "广州市黄埔区人民政府关于印发广州市黄埔区农村集体资产交易管理办法的通知\n黄埔区各街道、镇,区府属各单位:\n"
            "《广州市黄埔区农村集体资产交易管理办法》已经广州市黄埔区人民政府同意,现印发给你们,请结合实际认真贯彻执行。统一编号应当在发布时确定。\n"
            "广州市黄埔区人民政府\n2021年12月20日\n")
    (n,) = gazette_cli.parse_text(head.format("HP0120210019")).notices
    assert (n.normative_code, n.doc_number) == ("HP0120210019", "穗埔府规〔2021〕18号")
    (m,) = gazette_cli.parse_text(head.format("无")).notices
    assert m.normative_code is None and "统一编号应当在发布时确定" in m.letter.text


def test_a_letter_that_sends_out_a_title_named_in_nested_marks():
    # 成办发〔2019〕5号: 现将《2019年〈政府工作报告〉确定的主要目标任务责任分解方案》印发你们 (no 给), the plan's title printed
    # with 《》 and broken over two lines, the second starting with a word a title may end with; must not: a letter that
    # names no title sends none out
    letter = ("成都市人民政府办公厅关于印发2019年〈政府工作报告〉确定的主要目标任务责任分解方案的通知\n成办发〔2019〕5号\n"
              "各区(市)县政府,市政府各部门,有关单位:\n{}\n成都市人民政府办公厅\n2019年2月19日\n"
              "2019年《政府工作报告》确定的主要目标任务\n责任分解方案\n一、 经济社会发展主要预期目标\n(一) 地区生产总值增长7.5%左右。\n")
    (n,) = gazette_cli.parse_text(letter.format(
        "经市政府研究同意,现将《2019年〈政府工作报告〉确定的主要目标任务责任分解方案》印发你们,请结合实际,认真组织实施。")).notices
    assert [a.title for a in n.attachments] == ["2019年《政府工作报告》确定的主要目标任务责任分解方案"]
    assert [c.path for c in n.walk()] == ["一", "一/(一)"]
    (m,) = gazette_cli.parse_text(letter.format("经市政府研究同意,请结合实际,认真组织实施。")).notices
    assert [a.title for a in m.attachments] != ["2019年《政府工作报告》确定的主要目标任务责任分解方案"]


def test_a_text_that_lost_its_title_is_signed_at_its_end():
    # 麻阳 2021 征求意见情况说明 as its page keeps it: no title, two paragraphs, 麻阳苗族自治县林业局 over 2021年4月09日;
    # must not: a text that ends with a date alone names no issuer
    body = ("按照《湖南省规范性文件管理办法》的相关规定和要求,我局在制定《湖南麻阳锦江国家湿地公园管理试行办法》中,采取多种形式广泛征询了各方面的意见。\n"
            "我局于2021年3月11日在麻阳苗族自治县人民政府门户网站公布《湖南麻阳锦江国家湿地公园管理办法(征求意见稿)》,公开办公电话和邮箱号码,向社会各界征求意见。\n")
    (n,) = gazette_cli.parse_text(body + "麻阳苗族自治县林业局\n2021年4月09日\n").notices
    assert (n.title, n.issuers, n.signed_date) == (None, ("麻阳苗族自治县林业局",), "2021-04-09")
    assert "麻阳苗族自治县林业局\n" not in n.own.preamble.text
    (m,) = gazette_cli.parse_text(body + "2021年4月09日\n").notices
    assert m.issuers == ()


def test_a_short_titled_text_signed_at_its_end():
    # 烟墩镇 2023 营造林自查和2024年任务提报: a title, two paragraphs, then its office over the date; a text that short
    # had been taken for a signature alone.  Must not: an organ and a date under the title with no text between sign nothing
    text = ("烟墩镇营造林2023年秋季自查和2024年任务提报\n"
            "根据2023年南陵县营造林秋季自查方案及2024年任务提报工作要求,烟墩镇组织技术力量,开展了营造林秋季自查及2024年任务提报摸底工作。\n"
            "2024年,全镇计划完成人工造林面积850亩,封山育林面积1500亩,退化林修复面积2000亩,森林抚育面积2000亩。\n"
            "烟墩镇林长办\n2023年10月11日\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, n.issuers, n.signed_date) == ("烟墩镇营造林2023年秋季自查和2024年任务提报", ("烟墩镇林长办",), "2023-10-11")
    assert "烟墩镇林长办" not in n.own.preamble.text
    assert gazette_cli.parse_text("某镇关于做好防汛工作的通告\n某镇人民政府\n2023年5月1日\n").notices == ()


@pytest.mark.parametrize(
    "text, issuers, date",
    [
        # a report to a congress names the organ it speaks for as it opens (海南 and 青海 2026 政府工作报告; 青海日报's
        # copy with its date stamp and source between)
        ("政府工作报告\n——2026年1月27日在海南省第七届人民代表大会第五次会议上\n海南省省长 刘小明\n各位代表：\n"
         "现在，我代表海南省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。\n一、2025年和“十四五”时期工作回顾\n"
         "刚刚过去的2025年，是“十四五”收官之年。\n", ("海南省人民政府",), "2026-01-27"),
        ("政府工作报告\n――2026年1月27日在青海省第十四届人民代表大会第四次会议上\n省长 罗东川\n2026-01-31 07:00:44\n来源：青海日报\n各位代表：\n"
         "现在，我代表省人民政府向大会报告工作，请予审议，并请各位政协委员和列席会议的同志提出意见。\n一、2025年和“十四五”时期工作回顾\n"
         "过去一年，全省经济稳中向好。\n", ("青海省人民政府",), "2026-01-27"),
        # must not: an organ named later in the report, as the subject of its work
        ("政府工作报告\n——2026年1月27日在海南省第七届人民代表大会第五次会议上\n各位代表：\n一、2025年工作回顾\n过去一年，全省经济稳中向好。\n"
         "二、2026年工作安排\n今年，省人民政府将全力推进各项工作。\n三、加强政府自身建设\n我代表省人民政府表态：坚决完成任务。\n", (), "2026-01-27"),
        # the organ the report speaks for named by its level (我代表县人民政府), the speaker's line naming it whole (进贤
        # 2019; 叶县 2024), or the note the congress's place (长沙县 2023, its speaker's line naming only the post: 县长 陈永高;
        # 青海 2026 above)
        ("政府工作报告\n——2019年2月16日在进贤县第十七届人民代表大会第四次会议上\n进贤县人民政府县长叶修堂\n各位代表:\n"
         "现在,我代表县人民政府向大会报告工作,请予审议,并请各位县政协委员和列席会议的同志提出意见。\n一、奋发有为,2018年迈出铿锵步伐\n"
         "过去一年，全县经济稳中向好。\n", ("进贤县人民政府",), "2019-02-16"),
        ("政 府 工 作 报 告\n——2024年1月22日在叶县第十六届人民代表大会第四次会议上\n叶县人民政府县长 文晓凡\n各位代表:\n"
         "现在,我代表县人民政府,向大会报告工作,请予审议,并请各位政协委员和其他列席人士提出意见。\n一、2023年工作回顾\n"
         "过去一年，全县经济稳中向好。\n", ("叶县人民政府",), "2024-01-22"),
        ("政府工作报告\n——2023年2月2日在长沙县第十八届人民代表大会第二次会议上\n县长 陈永高\n各位代表:\n"
         "现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2022年工作回顾\n过去一年，全县经济稳中向好。\n", ("长沙县人民政府",), "2023-02-02"),
        # …an autonomous region's by its level (我代表自治区人民政府, 自治区主席: 西藏 and 宁夏 2026), the note naming it whole
        ("2026年西藏自治区政府工作报告\n——2026年1月31日在西藏自治区第十二届人民代表大会第四次会议上\n来源：西藏日报\n时间：2026-02-12\n"
         "自治区主席 嘎玛泽登\n各位代表：\n现在，我代表自治区人民政府，向大会报告政府工作，请予审议，并请各位政协委员和列席人员提出意见。\n"
         "一、2025年和“十四五”时期工作回顾\n", ("西藏自治区人民政府",), "2026-01-31"),
        ("政府工作报告\n——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上\n自治区人民政府主席 张雨浦\n"
         "2月3日，宁夏回族自治区第十三届人民代表大会第四次会议在银川开幕。自治区人民政府主席张雨浦作政府工作报告。 宁夏日报记者 王鼎 摄\n"
         "各位代表：\n现在，我代表自治区人民政府，向大会报告工作，请予审议。请各位政协委员和其他列席人员提出意见。\n"
         "一、2025年工作总结和“十四五”发展成就\n", ("宁夏回族自治区人民政府",), "2026-02-03"),
        # …under a newspaper's lines: its source and date, the speaker's line, a photo's caption (河北 2026 on 河北日报)
        ("2026年河北省政府工作报告\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n来源：河北日报\n时间：2026-02-02\n"
         "河北省人民政府省长 王正谱\n王正谱作政府工作报告。本报记者 霍艳恩摄\n各位代表：\n"
         "现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。\n一、2025年和“十四五”工作回顾\n"
         "过去一年，全省经济稳中向好。\n", ("河北省人民政府",), "2026-01-26"),
    ],
    ids=["hainan-2026-reporter", "qinghai-2026-reporter", "organ-named-later", "jinxian-2019-speaker-names-it-whole",
         "yexian-2024-speaker-names-it-whole", "changsha-2023-the-note-names-the-place", "xizang-2026-autonomous-region",
         "ningxia-2026-autonomous-region", "hebei-2026-under-a-newspapers-lines"],
)
def test_a_report_names_the_organ_it_speaks_for(text, issuers, date):
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.issuers, notice.signed_date) == (issuers, date)


@pytest.mark.parametrize(
    "text, attached",
    [
        # 国务院令第227号 as a law database prints it: 现发布《…》, and the regulation's chapters with no
        # title line of their own
        ("中华人民共和国国务院令\n第227号\n现发布《国务院行政机构设置和编制管理条例》，自发布之日起施行。\n总理　李鹏\n1997年8月3日\n"
         "第一章　总则\n第一条　为了规范国务院行政机构的设置，制定本条例。\n第二章　机构设置管理\n第二条　国务院行政机构设置应当适应需要。\n",
         ["国务院行政机构设置和编制管理条例"]),
        # a 1998 joint notice copied without its signature: the 办法 the letter announces starts at 第一章
        ("深圳市劳动局、深圳市总工会关于印发深圳市国有企业下岗员工管理办法的通知\n各有关单位：\n"
         "为做好我市国有企业下岗员工的管理及再就业工作，制定了《深圳市国有企业下岗员工管理办法》，现印发给你们，请认真贯彻执行。\n"
         "第一章　总则\n第一条　为配合国有企业深化改革，制定本办法。\n第二条　本办法所称企业，是指在我市注册的国有企业。\n",
         ["深圳市国有企业下岗员工管理办法"]),
        # must not: a letter that names nothing it attaches keeps its chapters
        ("某市人民政府关于加强安全生产工作的通知\n各区县人民政府：\n为加强安全生产工作，现就有关事项通知如下。\n"
         "第一章　总则\n第一条　各区县要落实责任。\n第二条　各部门要加强检查。\n", []),
    ],
    ids=["guowuyuan-227-xian-fabu", "shenzhen-no-signature", "nothing-announced"],
)
def test_the_document_a_letter_announces(text, attached):
    (notice,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in notice.attachments] == attached


@pytest.mark.parametrize(
    "head, title, issuer, number",
    [
        # a centred title broken before its 《 (阿行发〔2021〕42号), after its 关于, or over three lines
        # under its organ (内政发〔2024〕19号)
        ("阿里地区行政公署关于印发\n《阿里地区行政公署工作规则》的通知\n阿行发〔2021〕42号\n",
         "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知", "阿里地区行政公署", "阿行发〔2021〕42号"),
        ("阿里地区行政公署关于\n印发《阿里地区行政公署工作规则》的通知\n阿行发〔2021〕42号\n",
         "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知", "阿里地区行政公署", "阿行发〔2021〕42号"),
        ("内蒙古自治区人民政府\n关于印发\n《内蒙古自治区公共数据管理暂行办法》的通知\n内政发〔2024〕19号\n",
         "内蒙古自治区人民政府关于印发《内蒙古自治区公共数据管理暂行办法》的通知", "内蒙古自治区人民政府", "内政发〔2024〕19号"),
        # a title line that ends with an organ's name is the title's, not an issuer (济源市人大常委会, 2023)
        ("济源市人民代表大会常务委员会\n关于接受庄建球同志辞去济源市人民政府\n市长职务请求的决定\n",
         "济源市人民代表大会常务委员会关于接受庄建球同志辞去济源市人民政府市长职务请求的决定", "济源市人民代表大会常务委员会", None),
        # …or over four lines under its number (嘉政办发〔2021〕5号)
        ("嘉政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n重点工作及市《政府工作报告》涉及嘉鱼的\n重点事项进行责任分解的通知\n",
         "县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及嘉鱼的重点事项进行责任分解的通知",
         "县人民政府办公室", "嘉政办发〔2021〕5号"),
        # must not: a line that is no piece of a title, above three that hold no title word, starts nothing
        ("2021年5月10日\n对县《政府工作报告》确定的2021年\n重点工作及市《政府工作报告》涉及嘉鱼的\n重点事项进行责任分解的通知\n", "重点事项进行责任分解的通知",
         "阿里地区行政公署", None),
    ],
    ids=["ali-before-bookmark", "ali-after-guanyu", "neimenggu-three-lines", "jiyuan-organ-in-the-title", "jiayu-four-lines", "no-title-word-above"],
)
def test_a_title_broken_over_lines(head, title, issuer, number):
    body = "各县人民政府，行署各局、委、办、处：\n现将有关文件印发给你们，请认真贯彻执行。\n阿里地区行政公署\n2021年11月9日\n"
    notice = gazette_cli.parse_text(head + body).notices[0]
    assert (notice.title, notice.issuer, notice.doc_number) == (title, issuer, number)


def test_a_cited_title_in_marks_on_its_line_starts_nothing():
    # must not: 《…》的通知 on a line of its own under a sentence is no broken title
    text = ("某市人民政府关于做好防汛工作的通知\n某政发〔2023〕5号\n各区县人民政府：\n现将有关事项通知如下，并请参照执行\n"
            "《关于做好汛期安全工作》的通知\n一、加强领导。\n某市人民政府\n2023年5月1日\n")
    assert len(gazette_cli.parse_text(text).notices) == 1


def test_a_letter_without_a_frame_then_its_dated_attachment():
    # 四川省人民政府法制办公室's 2017 call for comments: no title frame, the letter's contacts, its
    # date, then 附件： and the 条例 draft it attaches
    text = ("《四川省农作物种子管理条例（修订草案代拟稿）》征求意见\n为广泛听取意见，现将条例草案公布，征求社会各界意见。\n联系方式：\n"
            "1、信函请寄至：四川省人民政府法制办公室农林处，邮编：610015\n2、传真：028-86605107\n3、电子邮箱：fzbnlc@163.com\n"
            "附件：四川省农作物种子管理条例（修订草案代拟稿）\n2017年2月4日\n附件：\n四川省农作物种子管理条例（修订草案代拟稿）\n"
            "第一章 总则\n第一条 为了保护和合理利用我省农作物种质资源，制定本条例。\n第二条 在本省行政区域内从事种子活动，适用本条例。\n")
    (notice,) = gazette_cli.parse_text(text).notices
    assert notice.signed_date == "2017-02-04"
    assert [a.title for a in notice.attachments] == ["四川省农作物种子管理条例（修订草案代拟稿）"]
    assert [c.path for c in notice.own.clauses] == ["1", "2", "3"]


@pytest.mark.parametrize(
    "text, issuers, signed, attached",
    [
        # 长宁区住房保障和房屋管理局 2021: the 办法's title in marks, the letter that issues it, the bureau over its
        # date, then the 办法 with no 附件 label
        ("# 《长宁区区筹公共租赁住房管理办法》\n"
         "《长宁区区筹公共租赁住房管理办法》已经区房管局第32次党组会讨论通过，并报区政府第183次常务会议审议通过，现予印发。\n"
         "上海市长宁区住房保障和房屋管理局\n2021年9月29日\n长宁区区筹公共租赁住房管理办法\n第一章　总   则\n第一条(目的和依据)\n"
         "为了加强本区区筹公共租赁住房管理，根据《上海市发展公共租赁住房的实施意见》(沪房规范〔2021〕5号)，结合长宁区实际，制定本管理办法。\n",
         ("上海市长宁区住房保障和房屋管理局",), "2021-09-29", ["长宁区区筹公共租赁住房管理办法"]),
        # 湖州市交通运输局 2021: a call for comments, signed, then the draft 办法, its draft mark on a line of its own
        ("关于公开征求《湖州市出租汽车客运管理办法》(修订征求意见稿)意见的通知\n"
         "为进一步规范湖州出租汽车管理,促进行业健康发展,我局研究起草了《湖州市出租汽车客运管理办法》(修订征求意见稿),现向全社会公开征求意见,"
         "请将意见于7月26日前反馈至市公路与运输管理中心。逾期未反馈,视为无意见。\n联系人:沈晓东,联系电话:13757269200,邮箱:luodaping@celg.cn。\n"
         "湖州市交通运输局\n2021年7月15日\n湖州市出租汽车客运管理办法\n(修订征求意见稿)\n第一章 总则\n"
         "第一条 为了加强出租汽车客运管理,制定本办法。\n",
         ("湖州市交通运输局",), "2021-07-15", ["湖州市出租汽车客运管理办法（修订征求意见稿）"]),
        # must not: a bulletin's byline (子洲县统计局 2024: the bureau over its date), then its text, no title under it
        ("子洲县二〇二三年国民经济和社会发展统计公报\n子洲县统计局\n2024年4月15日\n"
         "2023年是全面贯彻党的二十大精神的开局之年,全县上下在县委、县政府的坚强领导下,扎实开展各项工作。\n一、综合\n"
         "根据地区生产总值统一核算初步反馈结果,2023年,全县实现地区生产总值(GDP)98.38亿元。\n二、农业\n"
         "2023年,全县完成农林牧渔业总产值37.42亿元,较上年增长4.5%。\n",
         ("子洲县统计局",), "2024-04-15", []),
    ],
    ids=["changning-banfa", "huzhou-draft", "zizhou-byline-no-document"],
)
def test_a_letter_without_addressees_signed_then_the_document_it_sends(text, issuers, signed, attached):
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.issuers, notice.signed_date, [a.title for a in notice.attachments]) == (issuers, signed, attached)


@pytest.mark.parametrize(
    "text, issuers, signed",
    [
        # a procuratorate's report saved without its title: the note, the speaker's line, the greeting (襄阳 2020,
        # 洪山区 2021, the speaker acting there)
        ("——2020年1月5日在襄阳市第十七届人民代表大会第五次会议上\n襄阳市人民检察院检察长 常本勇\n各位代表:\n"
         "现在,我代表市人民检察院向大会报告工作,请予审议;并请市政协各位委员和其他列席人员提出意见。\n"
         "2019年,全市检察机关在市委和省检察院正确领导、市人大市政府市政协监督支持及社会各界关心帮助下,坚持以习近平新时代中国特色社会主义"
         "思想为指导,全面贯彻落实党的十九大和十九届二中三中四中全会精神,牢牢把握“讲政治、顾大局、谋发展、重自强”总体要求,依法履职尽责,"
         "深化改革创新,全面从严治检,推进检察工作实现了新作为、取得了新成效。\n"
         "一、自觉融入大局,全力服务襄阳高质量发展\n", ("襄阳市人民检察院",), "2020-01-05"),
        ("——2021年12月16日在洪山区第十六届人民代表大会第一次会议上\n洪山区人民检察院代理检察长 匡正\n各位代表:\n"
         "现在,我代表洪山区人民检察院向大会报告工作,请予审议,并请政协委员和列席人员提出意见。\n过去五年工作回顾\n"
         "区十五届人大一次会议以来,我院在区委和上级检察院的领导下,在区人大及其常委会的监督下,坚持以习近平新时代中国特色社会主义思想为指导,"
         "全面贯彻落实党的十九大和十九届二中、三中、四中、五中、六中全会精神,紧紧围绕全区经济社会发展大局,忠实履行法律监督职能,深入推进"
         "司法体制改革、司法规范化和过硬队伍建设,各项检察工作取得长足发展。\n"
         "一、讲政治、敢担当,服务更高质量经济社会发展\n主动适应洪山发展新阶段,聚焦服务洪山重点任务,以优质检察服务为洪山高质量发展保驾护航。\n",
         ("洪山区人民检察院",), "2021-12-16"),
        # a resolution saved without its title: its note of adoption, no speaker (许昌 2022 预算 决议)
        ("(2022年4月27日许昌市第七届人民代表大会第九次会议第二次大会通过)\n"
         "许昌市第七届人民代表大会第九次会议审查了市人民政府提出的《关于许昌市2021年财政预算执行情况和2022年财政预算草案的报告》"
         "及2022年财政预算草案。会议同意许昌市第七届人民代表大会第九次会议计划预算审查委员会的审查结果报告,决定批准《关于许昌市2021年"
         "财政预算执行情况和2022年财政预算草案的报告》,批准2022年市本级财政预算。\n", (), "2022-04-27"),
    ],
    ids=["xiangyang-procuratorate", "hongshan-acting", "xuchang-resolution"],
)
def test_a_report_without_its_title_is_dated_by_its_note_and_named_by_its_speaker(text, issuers, signed):
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.title, notice.issuers, notice.signed_date, notice.addressees) == (None, issuers, signed, ())


def test_a_reports_greeting_of_the_deputies_is_no_addressee_line():
    # 余姚 2021's 人大常委会 report under its title (must not: a reply's deputy by name is its addressee, 清原 2023's 高松代表)
    text = ("2021年余姚市人民代表大会常务委员会工作报告\n各位代表:\n"
            "我受余姚市第十七届人民代表大会常务委员会委托,向大会报告工作,请予审议。\n一、强化政治统领,着力保障党委决策部署落实\n")
    assert gazette_cli.parse_text(text).notices[0].addressees == ()


@pytest.mark.parametrize(
    "text, title, number, addressees",
    [
        # 新乡 2015: the title and the addressees on one line, a space between
        ("新乡市人民政府关于公布第四批新乡市市级非物质文化遗产保护项目名录的通知 各县(市)、区人民政府,市人民政府各部门:\n"
         "经政府研究,批准由市文化广电新闻出版局确定的第四批新乡市市级非物质文化遗产保护项目名录(共计5大类14项)和新乡市非物质文化遗产保护项目"
         "扩展名录(共计1大类1项),现予以公布。\n新乡市人民政府\n2015年12月29日\n",
         "新乡市人民政府关于公布第四批新乡市市级非物质文化遗产保护项目名录的通知", None, ("各县（市）、区人民政府", "市人民政府各部门")),
        # 国办发明电〔2019〕16号 saved as one line: title, number, addressees and the letter run together
        ("国务院办公厅关于2020年部分节假日安排的通知国办发明电〔2019〕16号各省、自治区、直辖市人民政府,国务院各部委、各直属机构:经国务院批准,"
         "现将2020年元旦、春节、清明节、劳动节、端午节、国庆节和中秋节放假调休日期的具体安排通知如下 。一、元旦:2020年1月1日放假,共1天 。"
         "二、春节:1月24日至30日放假调休,共7天 。1月19日(星期日)、2月1日(星期六)上班 。三、清明节:4月4日至6日放假调休,共3天 。\n",
         "国务院办公厅关于2020年部分节假日安排的通知", "国办发明电〔2019〕16号", ("各省、自治区、直辖市人民政府", "国务院各部委、各直属机构")),
        # 汕府办函[2017]136号 saved as one line from its number on, no title above it
        ("汕府办函[2017]136号各县(市、区)人民政府,市政府各部门、各直属机构:根据中共中央办公厅、国务院办公厅《关于全面推进政务公开工作的意见》"
         "及其实施细则和省委、省政府有关文件的要求,为加强对政务公开工作的组织领导,市政府决定成立政务公开领导小组(以下简称领导小组)。"
         "现将有关事项通知如下:一、主要职责贯彻落实党中央、国务院、省委、省政府和市委、市政府关于政务公开工作的方针政策;研究提出全市政务公开"
         "工作的政策措施和年度工作重点;协调各地、各\n",
         None, "汕府办函〔2017〕136号", ("各县（市、区）人民政府", "市政府各部门、各直属机构")),
        # 财综〔2021〕20号 on a wiki: the number run into the addressees under the title, which starts with 有关
        ("关于下达2021年中央专项彩票公益金支持地方社会公益事业发展资金预算的通知\n财综〔2021〕20号有关省、自治区、直辖市财政厅(局):\n"
         "根据国务院批准的“十四五”时期中央专项彩票公益金收支规划和2021年项目安排的意见,现下达2021年中央专项彩票公益金支持地方社会公益事业"
         "发展资金预算292800万元(项目代码:Z185010030001),支持社会公益事业发展,具体资金预算分配见附件。\n",
         "关于下达2021年中央专项彩票公益金支持地方社会公益事业发展资金预算的通知", "财综〔2021〕20号", ("有关省、自治区、直辖市财政厅（局）",)),
    ],
    ids=["xinxiang-title-space-addressees", "guobanting-all-run-together", "shantou-number-run-in", "caizong-number-under-the-title"],
)
def test_a_title_run_into_the_addressee_line(text, title, number, addressees):
    n = gazette_cli.parse_text(text).notices[0]
    assert (n.title, n.doc_number, n.addressees) == (title, number, addressees)


def test_a_draft_mark_on_the_line_under_an_attached_title_is_part_of_it():
    # 遂昌县应村乡 2023: the 附件 the letter names in marks, the 预案's title, then (征求意见稿) on its own line
    # (湖州 2021's 办法 above: the same under a letter that names no 附件)
    text = ("关于《遂昌县应村乡防汛防台抗旱应急预案(征求意见稿)》公开征求意见的公告\n"
            "二、电话联系:联系方式:05788448003。\n附件:《遂昌县应村乡防汛防台抗旱应急预案(征求意见稿)》\n遂昌县应村乡人民政府\n2023年11月14日\n"
            "遂昌县应村乡防汛防台抗旱应急预案\n(征求意见稿)\n目 录\n"
            "做好洪涝台旱灾害的防范和处置工作,保证防汛防台抗旱应急工作依法、科学、高效、有序进行,最大程度减少人员伤亡和财产损失。\n")
    (notice,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in notice.attachments] == ["遂昌县应村乡防汛防台抗旱应急预案（征求意见稿）"]


def test_a_letter_without_a_frame_signed_by_a_ministrys_department_over_its_date():
    # caac.gov.cn's 协办意见 on a deputy's 建议: the page's catalogue in a table's cells (its title in 名 称), the
    # addressee, the letter, the department's signature and date, then an empty 附件: (it attaches nothing)
    text = ("主题分类:建议提案答复 | |\n办文单位:发展计划司 | |\n发文日期:2021-05-20 | |\n名 称:对十三届全国人大四次会议第8147号建议的协办意见 | |\n"
            "文号: | 有效性: |\n部号: |\n交通运输部办公厅:\n经研究,我局对十三届全国人大四次会议第8147号建议提出如下协办意见:\n"
            "中共中央 国务院《粤港澳大湾区发展规划纲要》提出构建现代化的综合交通运输体系,建设世界级机场群,推进大湾区机场错位发展和良性互动。我局积极支持大湾区内民航基础设施建设,汕尾机场已列入国务院批准的《全国民用运输机场布局规划(2025年)》,是展望至2030年的38个机场之一,具备开展前期研究工作的条件。目前,我局正在研究编制民用运输机场建设“十四五”规划,调研过程中广东省并未提出在“十四五”期间建设汕尾机场的需求。下一步,建议地方政府落实主体责任,加强与国家、军队有关部门沟通,加快规划内新建机场项目选址等前期工作,我局将加强行业指导,帮助推动项目进展。\n"
            "以上意见,供贵部答复时参考。\n联系单位及电话:民航局发展计划司010-64092792\n中国民用航空局综合司\n2021年5月20日\n附件:\n")
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.title, notice.issuers, notice.addressees, notice.signed_date, notice.attachments) == (
        "对十三届全国人大四次会议第8147号建议的协办意见", ("中国民用航空局综合司",), ("交通运输部办公厅",), "2021-05-20", ())


def test_a_date_in_a_plan_without_a_label_under_it_splits_nothing():
    # must not: a dated line inside a plan's text, no 附件 under it
    text = ("某市优化营商环境行动方案\n一、主要目标\n到2025年，营商环境明显改善。\n二、实施步骤\n"
            "2023年6月30日\n各部门制定细化方案。\n三、保障措施\n加强组织领导。\n")
    (notice,) = gazette_cli.parse_text(text).notices
    assert notice.attachments == ()


def test_a_contents_line_under_an_attachments_title_is_no_part_of_it():
    # 阿署办发〔2007〕22号: the attached 细则's title, then 目 录 and its chapters
    text = ("阿拉善盟行政公署办公室关于印发阿拉善盟行政公署办公室公文处理实施细则及文种式样的通知\n（阿署办发〔2007〕22号）\n"
            "各旗人民政府，行署各委、办、局：\n现将修改完善后的《阿拉善盟行政公署办公室公文处理细则及文种式样》印发给你们，望认真贯彻执行。\n"
            "二○○七年六月五日\n阿拉善盟行政公署办公室公文处理实施细则及文种式样\n目 录\n第一章 总则\n第二章 公文种类\n第一章 总则\n"
            "第一条 为使公文处理工作规范化，制定本细则。\n第二章 公文种类\n第二条 公文种类主要有决议、决定。\n")
    (notice,) = gazette_cli.parse_text(text).notices
    assert [a.title for a in notice.attachments] == ["阿拉善盟行政公署办公室公文处理实施细则及文种式样"]


@pytest.mark.parametrize(
    "text, issuers",
    [
        # a joint notice whose title names its first organ only (云南省财政厅 2013, 就业专项资金管理办法)
        ("云南省财政厅关于印发《云南省就业专项资金管理办法》的通知\n各州（市）财政局、人力资源和社会保障局：\n"
         "现将《云南省就业专项资金管理办法》印发给你们，请认真贯彻执行。\n云南省财政厅　云南省人力资源和社会保障厅\n2013年9月4日\n",
         ("云南省财政厅", "云南省人力资源和社会保障厅")),
        # …signed one organ a line (16's 浙江省物价局 / 浙江省财政厅 under a title naming the first)
        ("浙江省物价局关于城市道路占用挖掘收费标准的通知\n各市物价局：\n现将有关事项通知如下，请遵照执行。\n浙江省物价局\n浙江省财政厅\n二○○七年五月八日\n",
         ("浙江省物价局", "浙江省财政厅")),
        # must not: a signature that names another organ does not replace the title's
        ("某市人民政府关于做好防汛工作的通知\n各区县人民政府：\n请认真贯彻执行。\n某市人民政府办公室\n2023年6月1日\n", ("某市人民政府",)),
    ],
    ids=["yunnan-joint", "zhejiang-joint-lines", "another-organ"],
)
def test_a_joint_signature_names_every_issuer(text, issuers):
    (n,) = gazette_cli.parse_text(text).notices
    assert n.issuers == issuers


# --- the 版记: 主题词, 抄送, 分送 lines close the notice ---------------------------------------

_DECISION = (
    "山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定\n"
    "依照《中华人民共和国行政许可法》等有关法律、法规以及行政审批制度改革要求，省政府对现行有效的省政府规章进行了清理。经过清理，省政府决定废止以下规章：\n"
    "一、山东省信访规定（省政府令第114号）。\n"
    "二、山东省安全生产监督管理规定（省政府令第141号）。\n"
    "三、山东省高等教育自学考试若干规定（鲁政发〔1983〕90号）。\n"
    "本决定自公布之日起施行。\n"
)
_LETTER = "某市人民政府关于加强安全生产工作的通知\n某政发〔2021〕5号\n各区县人民政府，市政府各部门：\n现就有关事项通知如下：\n一、提高认识\n各地要高度重视。\n二、落实责任\n"


@pytest.mark.parametrize(
    "text, last_text, printed",
    [
        # 鲁政字〔2016〕 废止决定 on a site, printed without its signature: the 分送 line after the last item
        pytest.param(
            _DECISION + "分送：省委书记、副书记、常委，省长、副省长，省政府特邀咨询。各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构。\n",
            "山东省高等教育自学考试若干规定（鲁政发〔1983〕90号）。\n本决定自公布之日起施行。",
            None,
            id="shandong-2016-fensong",
        ),
        # GB/T 9704's 版记: 抄送 over two lines, then the 印发 line
        pytest.param(
            _LETTER + "各部门要落实责任。\n抄送：市委各部门，市人大常委会办公厅，\n　　　市政协办公厅。\n某市人民政府办公室　　2021年3月2日印发\n",
            "落实责任\n各部门要落实责任。",
            "2021-03-02",
            id="chaosong-then-printed-line",
        ),
        # a sentence that sends a copy is text of the item
        pytest.param(
            _LETTER + "各部门要落实责任，整改结果抄送市应急管理局。\n",
            "落实责任\n各部门要落实责任，整改结果抄送市应急管理局。",
            None,
            id="chaosong-in-a-sentence-stays",
        ),
    ],
)
def test_the_record_lines_close_the_notice(text, last_text, printed):
    (n,) = gazette_cli.parse_text(text).notices
    assert (list(n.walk())[-1].text, n.printed_date) == (last_text, printed)


def test_an_attachments_printed_title_may_run_past_the_one_the_letter_named():
    # 洋县 2024 洋政发〔2024〕8号: the letter names 《…十大民生实事项目》, the attachment prints …项目清单 (its 附件 list too);
    # must not: a title run on into its text by a wrapped line is still cut where the named title ends (tests/test_variants.py)
    text = ("洋县人民政府关于印发洋县2024年十大民生实事项目的通知\n洋政发〔2024〕8号\n各镇人民政府、街道办事处：\n"
            "现将《洋县2024年十大民生实事项目》印发给你们，请认真抓好落实。\n附件：洋县2024年十大民生实事项目清单\n洋县人民政府\n2024年4月2日\n"
            "附件：\n洋县2024年十大民生实事项目清单\n一、新建改建农村公路31.656公里。\n二、新建高标准农田3万亩。\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert [(a.label, a.title) for a in n.attachments] == [("附件", "洋县2024年十大民生实事项目清单")]


def test_a_replys_footer_attaches_nothing():
    # 沙河市交通局's 2023 reply: the date alone under the letter, then who signed it off, the contact and the 抄送
    text = ("对沙河市第九届人民代表大会第三次会议第31号建议的答复\n纪占斌等3名代表:\n您们提出的关于修建邢峰线白塔段道路的建议收悉,现答复如下:\n"
            "经结合白塔镇共同研究,现邢峰线(群英路)白塔段道路,已列入交通厅动态管理系统,待省厅终审后实施。\n"
            "感谢您对我局工作的关心、理解和支持!\n2023年7月18日\n领导签发:刘民华\n联系人及电话:李伟    8788586\n"
            "抄送:市人大常委会选举任免代表工作委员会,市政府办公室。\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.signed_date, n.addressees, n.attachments) == ("2023-07-18", ("纪占斌等3名代表",), ())


def test_a_title_its_number_without_号_and_a_date_without_its_characters():
    # 国务院's 2021 交通 plan as a text layer gives it: 国发〔2021〕27 under the title, 2021 12 9 under the signature
    text = ("国务院关于印发“十四五”现代综合交通\n运输体系发展规划的通知\n国发〔2021〕27\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "现将《“十四五”现代综合交通运输体系发展规划》印发给你们，请认真贯彻执行。\n国务院\n2021 12 9\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, n.doc_number, n.signed_date) == ("国务院关于印发“十四五”现代综合交通运输体系发展规划的通知", "国发〔2021〕27号", "2021-12-09")
    # …but figures spaced so in a line of a table are no date, nor a 13th month
    from gazette_cli.structure.frame import _spaced_date

    assert _spaced_date("2021 13 9") is None and _spaced_date("2021 12 9 8") is None


def test_a_signatures_date_whose_characters_a_site_lost():
    # 闽政文〔2017〕316号 on zfgb.fujian.gov.cn: 福建省人民政府 / 2017919, no 年月日; 银川市交通运输局's 2017 reply: 2017821
    text = ("福建省人民政府关于大田县\n吴山乡和华兴乡撤乡设镇的批复\n闽政文〔2017〕316号\n三明市人民政府:\n"
            "你市《关于大田县吴山乡撤乡设镇的请示》收悉。经研究,同意大田县撤销吴山乡、华兴乡,设立吴山镇、华兴镇。\n福建省人民政府\n2017919\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.doc_number, n.signed_date) == ("闽政文〔2017〕316号", "2017-09-19")
    # must not: figures with two readings (2017111: 1月11日 or 11月1日) give no date
    (m,) = gazette_cli.parse_text(text.replace("2017919", "2017111")).notices
    assert m.signed_date is None
    # …nor figures that hold a digit no number is written with (a superscript ²)
    (m,) = gazette_cli.parse_text(text.replace("2017919", "201791²")).notices
    assert m.signed_date is None


def test_a_letter_with_neither_number_nor_addressees_under_the_pages_headline():
    # 湘西 2023 征求意见的通知 on its site: the headline, the organ's line, the title again over two lines, the
    # letter, its signature: one notice, its issuer and date
    text = ("关于《湘西土家族苗族自治州自治条例》(修正草案·二审稿)公开征求意见的通知\n湘西自治州人大常委会法工委\n"
            "关于《湘西土家族苗族自治州自治条例》(修正草案·二审稿)\n公开征求意见的通知\n"
            "为了广泛征求社会各方面意见,提高立法质量,现将《湘西土家族苗族自治州自治条例》(修正草案·二审稿)予以公布。\n"
            "州人大常委会法工委\n2023年11月20日\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.issuers, n.signed_date) == (("湘西自治州人大常委会法工委",), "2023-11-20")
    # …but a title with neither inside a text, no headline above it, starts no notice
    inside = ("某县人民政府关于做好防汛工作的通知\n某政发〔2023〕1号\n各乡镇人民政府：\n现将有关事项通知如下。\n"
              "某县水利局\n关于做好汛期值守的通知\n请各单位做好值守。\n某县人民政府\n2023年5月1日\n")
    assert len(gazette_cli.parse_text(inside).notices) == 1


def test_organs_and_date_on_one_line_sign_a_notice_or_a_bulletins_byline():
    # 乐沙府通〔2018〕2号 on its site: the number over the title, no addressees, the signature's organ and date on one
    # line; 开州 2023 统计公报: its byline under the title, the city's bureau and the national bureau's survey team,
    # the date run into them
    (n,) = gazette_cli.parse_text(
        "乐沙府通〔2018〕2号\n乐山市沙湾区人民政府 关于部分道路和桥梁命名的通告\n"
        "根据国务院《地名管理条例》有关规定，现予以通告如下。\n一、道路名称\n1.创业路——东起苏沙路十字路口。\n"
        "二、桥梁名称\n1.彩虹大桥——位于沙湾镇政府正东方向500米处。\n特此通告\n乐山市沙湾区人民政府 2018年5月9日\n"
    ).notices
    assert (n.doc_number, n.issuers, n.signed_date) == ("乐沙府通〔2018〕2号", ("乐山市沙湾区人民政府",), "2018-05-09")
    assert [c.path for c in n.walk()] == ["一", "一/1", "二", "二/1"]
    (b,) = gazette_cli.parse_text(
        "2023年开州区国民经济和社会发展统计公报\n重庆市开州区统计局 国家统计局开州调查队2024年4月29日\n"
        "2023年，全区上下坚持稳中求进工作总基调。\n一、综合\n初步核算，全年实现地区生产总值686.91亿元。\n"
    ).notices
    assert (b.issuers, b.signed_date) == (("重庆市开州区统计局", "国家统计局开州调查队"), "2024-04-29")
    # must not: a line of text that ends with a date is no signature
    (m,) = gazette_cli.parse_text(
        "某县人民政府\n关于做好防汛工作的通知\n某政发〔2023〕1号\n各乡镇人民政府：\n本通知经县人民政府审议通过于2023年5月1日\n"
    ).notices
    assert m.signed_date is None and "审议通过于2023年5月1日" in m.letter.text


def test_a_joint_notice_with_neither_number_nor_addressees_under_its_issuers_lines():
    # 冕宁 2021 交通管制 通告: two organs a line each over 关于…的通告, at the start of the text, no number, no
    # addressees, signed by both: one notice of the two
    text = ("冕宁县交通运输局\n冕宁县公安局交通管理大队\n关于对国道108线泸沽镇至西昌月华段道路缺陷修复施工实施临时交通管制的通告\n"
            "交通公路部门将对国道108线冕宁县泸沽镇至西昌月华段部分路段进行道路缺陷修复施工。现将有关事项通告如下:\n"
            "一、施工时间\n2021年10月22日至11月30日止。\n二、管制时间\n上午9:00至下午17:00\n"
            "冕宁县交通运输局\n冕宁县公安局交通管理大队\n2021年10月19日\n")
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.issuers, n.signed_date, n.doc_type) == (("冕宁县交通运输局", "冕宁县公安局交通管理大队"), "2021-10-19", "通告")
    assert n.title.startswith("冕宁县交通运输局冕宁县公安局交通管理大队关于对国道108线")
    # must not: the same lines under a line of text are inside it, no start of a document
    assert [m.title for m in gazette_cli.parse_text("现将有关情况报告如下。\n" + text).notices] == [None]


@pytest.mark.parametrize(
    "text, title",
    [
        # a news page's or a site's label before the title on its line (北京 2023 乡村振兴责任制实施细则's copy:
        # 北京:关于印发…的通知; a 青岛高新区 page: 青岛市高新区高新技术企业奖励政策:青岛高新区关于…的试行意见)
        ("北京:关于印发《北京市乡村振兴责任制实施细则》的通知\n各区委、区政府:\n经市委、市政府同意,现将《北京市乡村振兴责任制实施细则》印发给你们,请认真遵照执行。\n"
         "中共北京市委办公厅\n2023年7月20日\n", "关于印发《北京市乡村振兴责任制实施细则》的通知"),
        ("青岛市高新区高新技术企业奖励政策:青岛高新区关于聚焦创新引领加快企业雁阵培育推动高质量发展的试行意见\n为深入贯彻落实,制定本意见。\n"
         "第一章 实施雏雁孵化赋能工程\n构建科技型企业全生命周期雁阵培育体系。\n", "青岛高新区关于聚焦创新引领加快企业雁阵培育推动高质量发展的试行意见"),
        # must not: a colon inside the title's 《》 is the cited title's
        ("关于印发《乡村振兴：2023年行动方案》的通知\n各区县人民政府:\n现将《乡村振兴：2023年行动方案》印发给你们,请认真遵照执行。\n某市人民政府办公室\n2023年7月20日\n",
         "关于印发《乡村振兴：2023年行动方案》的通知"),
        # a site's section in 【】 before the title (泾县 2024 泾政办秘〔2024〕8号's page: 【保市场主体】关于印发…的通知;
        # 滁州 2020: 【市政府重点工作及责任分解】滁州市人民政府关于…的通知)
        ("【保市场主体】关于印发《泾县县域商业体系建设工作方案》的通知\n泾政办秘〔2024〕8号\n各乡镇人民政府，县政府各部门：\n"
         "现将《泾县县域商业体系建设工作方案》印发给你们，请认真贯彻执行。\n泾县人民政府办公室\n2024年2月4日\n",
         "关于印发《泾县县域商业体系建设工作方案》的通知"),
        ("【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n各县、市、区人民政府，市政府各部门：\n"
         "现将2020年市政府重点工作及责任分解印发给你们。\n滁州市人民政府\n2020年3月1日\n", "滁州市人民政府关于2020年市政府重点工作及责任分解的通知"),
    ],
    ids=["beijing-news-label", "qingdao-site-label", "colon-inside-the-cited-title", "jingxian-section-label", "chuzhou-section-label"],
)
def test_a_label_before_the_title_on_its_line(text, title):
    assert [n.title for n in gazette_cli.parse_text(text).notices] == [title]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a site's catalogue printing each label and its value a line apart, under the page's headline, the
        # letter under it with no title of its own (郧阳 2023 郧政发〔2023〕5号's page)
        ("郧阳区人民政府\n\n政府信息公开\n\n郧阳区人民政府关于分解落实2023年区政府工作目标任务的通知\n\n索引号\n011437144/2023-06550\n"
         "文件类型\n政府文件\n发文单位\n区人民政府办公室\n发文字号\n郧政发〔2023〕5号\n发布日期\n2023年02月13日 10:53:20\n效力状态\n有效\n\n\n"
         "各乡镇人民政府,区政府各部门:\n现将2023年区政府工作目标任务分解下达给你们,请认真组织落实。\n2023年1月30日\n",
         ("郧阳区人民政府关于分解落实2023年区政府工作目标任务的通知", "郧政发〔2023〕5号", "2023-01-30")),
        # …with bullets and colons, blank lines between (嵊泗 2021 嵊政办发〔2021〕5号's page)
        ("  • 主题分类:\n\n    政府工作\n\n  • 发布机构:\n\n    县政府办公室\n\n  • 成文日期:\n\n    2021-02-22\n\n  • 文号:\n\n"
         "    嵊政办发〔2021〕5号\n\n  • 公开方式:\n\n    主动公开\n\n嵊泗县人民政府办公室关于印发《2021年度政府工作要点责任清单》的通知\n\n"
         "各乡镇人民政府,县政府直属各单位:\n经县政府同意,现将《2021年度政府工作要点责任清单》印发给你们。\n",
         ("嵊泗县人民政府办公室关于印发《2021年度政府工作要点责任清单》的通知", "嵊政办发〔2021〕5号", "2021-02-22")),
        # …the headline between the catalogue's lines (宁波 江北 2020 北区政办发〔2020〕11号's page), its number the one
        # alone on a line over the letter (文件编号 北区政办发〔2020〕11号, its label taken off)
        ("索引号 2950798/2020-38134\n组配分类 区府办文件 发布机构 江北区政府办\n生成日期 2020-05-08 公开方式 主动公开\n"
         "宁波市江北区人民政府办公室关于印发《江北区城镇老旧小区改造三年行动方案（2020-2022年）》的通知\n文件有效性 有效\n"
         "文件编号 北区政办发〔2020〕11号\n文章正文\n\n各街道办事处、慈城镇人民政府,区政府各部门、直属单位:\n"
         "《江北区城镇老旧小区改造三年行动方案(2020-2022年)》已经区政府常务会议研究同意,现印发给你们,请认真贯彻执行。\n\n"
         "宁波市江北区人民政府办公室\n\n2020年5月8日\n",
         ("宁波市江北区人民政府办公室关于印发《江北区城镇老旧小区改造三年行动方案（2020-2022年）》的通知", "北区政办发〔2020〕11号", "2020-05-08")),
        # …a label 公开主体 among them (崇明 2023 沪崇府办发〔2023〕8号's page): no addressee line
        ("\n".join(['上海市崇明区人民政府办公室关于印发2022年度上海市崇明区政务公开考核评估结果的通知', '索引号:', 'SY0024781711202300032', '主题分类:', '综合政务-政务公开', '公开主体:', '上海市崇明区人民政府办公室', '发文字号:', '沪崇府办发〔2023〕8号', '成文日期:', '2023-03-24', '发布日期:', '2023-03-27', '各乡、镇人民政府,区政府各部门:', '经区政府同意,现将《2022年度上海市崇明区政务公开考核评估结果》印发给你们。', '希望各乡镇、各部门认真落实党中央、国务院和市委市政府关于推进新时代政务公开工作的决策部署,加快转变政务公开职能,坚持以公开促落实、助监督、强监管,不断提升政府公信力和执行力,推动全区政务公开工作再上一个新台阶。希望被评为优秀和良好的单位扬长补短,再接再厉,争取更大成绩。希望其他单位要向优秀学习,取长补短,奋勇争先,努力提升政务公开工作水平。', '2023年3月24日', '2022年度上海市崇明区政务公开考核评估结果']) + "\n",
         ("上海市崇明区人民政府办公室关于印发2022年度上海市崇明区政务公开考核评估结果的通知", "沪崇府办发〔2023〕8号", "2023-03-24")),
    ],
    ids=["yunyang-fields-a-line-apart", "shengsi-bulleted-fields", "jiangbei-headline-among-the-fields", "chongming-gongkai-zhuti"],
)
def test_a_catalogue_a_line_apart_and_the_headline_over_it(text, expected):
    (n,) = gazette_cli.parse_text(text).notices
    assert (n.title, n.doc_number, n.signed_date) == expected


def test_a_tables_header_cells_are_no_catalogue():
    # must not: 名称 over 工作任务, one cell a line in a task table's header (苏州 2011 政府工作任务分解表), is a
    # table's, not a catalogue field and its value
    text = ("苏州市人民政府关于印发苏州市2011年政府工作任务分解表的通知\n苏府〔2011〕57号\n各市、区人民政府：\n现将任务分解表印发给你们。\n"
            "苏州市人民政府\n二○一一年三月十七日\n苏州市2011年政府工作任务分解表\n序号\n名称\n工作任务\n主要责任单位\n")
    doc = gazette_cli.parse_text(text)
    assert not any("catalogue data" in w for w in doc.warnings)


_RUOQIANG = (
    "若政办发〔2022〕31号\n关于印发《若羌县关于加快发展保障性租赁住房的实施方案》的通知\n各乡镇人民政府,县人民政府各部门、各直属机构:\n"
    "《若羌县关于加快发展保障性租赁住房的实施方案》已经县人民政府研究同意,现印发你们,请认真贯彻执行。\n若羌县人民政府办公室\n2022年7月6日\n"
    "若羌县关于加快发展保障性租赁住房的实施方案\n一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n"
)


def test_a_headline_naming_the_document_sent_out_over_the_number():
    # 若羌 2022 若政办发〔2022〕31号's page: the headline names in its marks the plan that the notice under the
    # number sends out (关于 left out): the notice's title is the line under the number, and it is one notice
    (n,) = gazette_cli.parse_text("《若羌县加快发展保障性租赁住房的实施方案》\n" + _RUOQIANG).notices
    assert (n.title, n.doc_number, n.signed_date, [a.title for a in n.attachments]) == (
        "关于印发《若羌县关于加快发展保障性租赁住房的实施方案》的通知", "若政办发〔2022〕31号", "2022-07-06",
        ["若羌县关于加快发展保障性租赁住房的实施方案"])


def test_a_headline_without_marks_naming_the_document_sent_out():
    # 永德 2015 办发〔2015〕6号's page: the headline names the 办法 without marks, over its page data and the number
    (n,) = gazette_cli.parse_text(
        "永德县以商招商、民间招商奖励办法\n来源: 作者:系统管理员 时间:2018年07月30日 17:59 点击率:打印 】【 关闭\n  办发〔2015〕6号\n"
        "  中共永德县委办公室  永德县人民政府办公室关于印发《永德县以商招商、民间招商奖励办法》的通知\n"
        "各乡(镇)党委、政府,县委各部门,县级国家机关、各人民团体、各企事业单位:\n"
        "  《永德县以商招商、民间招商奖励办法》已经县委、县政府同意,现印发给你们,请认真抓好贯彻落实。\n"
        "  中共永德县委办公室\n  永德县人民政府办公室\n  2015年1月21日\n  永德县以商招商、民间招商奖励办法\n"
        "  第一条   为充分调动投资商以商招商和民间群众对外招商的积极性,扩大利用外来资金规模,促进我县经济又好又快发展,特制定本办法。\n"
    ).notices
    assert (n.title, n.doc_number, n.signed_date, [a.title for a in n.attachments]) == (
        "中共永德县委办公室永德县人民政府办公室关于印发《永德县以商招商、民间招商奖励办法》的通知", "办发〔2015〕6号", "2015-01-21",
        ["永德县以商招商、民间招商奖励办法"])


def test_a_headline_naming_another_document_is_no_such_title():
    # must not: a headline in marks that names another document takes no title from the line under the number
    doc = gazette_cli.parse_text("《若羌县城市更新行动方案》\n" + _RUOQIANG)
    assert "关于印发《若羌县关于加快发展保障性租赁住房的实施方案》的通知" not in [n.title for n in doc.notices]


@pytest.mark.parametrize(
    "text, title",
    [
        # a site's dateline above the title of a page with no frame (深圳 2019: 历史 2019年11月30日)
        ("历史 2019年11月30日\n\n深圳市人民政府印发关于加强基础科学研究实施办法的通知\n"
         "  为落实《国务院关于全面加强基础科学研究的若干意见》(国发〔2018〕4号),加强我市基础科学研究,制定本实施办法。\n"
         "一、总体要求\n以习近平新时代中国特色社会主义思想为指导。\n二、主要目标\n到2022年,基础研究投入占全社会研发投入比例达到4%。\n",
         "深圳市人民政府印发关于加强基础科学研究实施办法的通知"),
        # must not: a date alone above text is no part of a title, and opens none
        ("2019年11月30日\n为落实《国务院关于全面加强基础科学研究的若干意见》,制定本实施办法。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导。\n二、主要目标\n做好工作。\n",
         None),
    ],
    ids=["shenzhen-lishi-dateline", "date-over-prose"],
)
def test_a_dateline_above_a_pages_title_is_no_part_of_it(text, title):
    (notice,) = gazette_cli.parse_text(text).notices
    assert notice.title == title


@pytest.mark.parametrize(
    "signature, issuers",
    [
        # a joint signature two names to a line, a space apart (长三角 2020 攻坚方案: fourteen on seven lines)
        ("生态环境部 发展改革委\n\n工业和信息化部 公安部\n\n财政部 住房城乡建设部\n\n交通运输部 商务部\n\n市场监管总局 能源局\n\n"
         "上海市人民政府 江苏省人民政府\n\n浙江省人民政府 安徽省人民政府\n\n2020年10月30日\n",
         ("生态环境部", "发展改革委", "工业和信息化部", "公安部", "财政部", "住房城乡建设部", "交通运输部", "商务部", "市场监管总局",
          "能源局", "上海市人民政府", "江苏省人民政府", "浙江省人民政府", "安徽省人民政府")),
        # …or all on one line (财企〔2014〕38号)
        ("财政部 工业和信息化部 科技部 商务部\n2014年4月11日\n", ("财政部", "工业和信息化部", "科技部", "商务部")),
        # must not: organs a space apart with no date under them sign nothing
        ("交通运输部 商务部\n市场监管总局 能源局\n", ()),
    ],
    ids=["changsanjiao-fourteen", "caiqi-four-on-a-line", "no-date-no-signature"],
)
def test_a_joint_signature_with_its_names_a_space_apart(signature, issuers):
    (n,) = gazette_cli.parse_text("关于印发《长三角地区2020-2021年秋冬季大气污染综合治理攻坚行动方案》的通知\n"
                                  "上海市、江苏省、浙江省、安徽省生态环境厅：\n现将《方案》印发给你们，请遵照执行。\n" + signature).notices
    assert n.issuers == issuers


@pytest.mark.parametrize(
    "head, issuers",
    [
        # central departments that sign together, the space between their names lost in the title (民函〔2019〕88号:
        # 民政部 财政部关于…; 农业农村部 财政部 2019)
        ("民政部 财政部关于确定第四批中央财政支持开展居家和社区养老服务改革试点地区的通知\n民函〔2019〕88号\n", ("民政部", "财政部")),
        ("农业农村部 财政部关于做好2019年农业生产发展等项目实施工作的通知\n", ("农业农村部", "财政部")),
    ],
    ids=["minzheng-caizheng", "nongye-caizheng"],
)
def test_central_departments_run_together_in_a_title(head, issuers):
    (n,) = gazette_cli.parse_text(head + "各省、自治区、直辖市民政厅（局）、财政厅（局）：\n现将有关事项通知如下。\n").notices
    assert n.issuers == issuers


def test_a_departments_own_bureau_is_one_organ():
    # must not: 公安部消防局 and 教育部基础教育司 are no two departments run together (教育部基础教育司、公安部消防局关于
    # 开展消防安全教育暑期专项行动的通知, cited by a contest notice)
    from gazette_cli.structure.organs import split_organs

    assert split_organs("教育部基础教育司、公安部消防局") == ("教育部基础教育司", "公安部消防局")


@pytest.mark.parametrize(
    "number_line, number",
    [
        # a site's row of the number and the day it was published (税务之家's copy of 津政办规〔2023〕4号)
        ("津政办规〔2023〕4号           2023-04-11", "津政办规〔2023〕4号"),
        ("津政办规〔2023〕4号　2023年4月11日", "津政办规〔2023〕4号"),
        # …in Chinese numerals, as a provincial gazette prints it (川府发〔2011〕8号 二○一一年三月十七日, 四川政报)
        ("津政办规〔2023〕4号 二〇二三年四月十一日", "津政办规〔2023〕4号"),
        # must not: words after the number make no number line, nor does a year without its day
        ("津政办规〔2023〕4号文件精神", None),
        ("津政办规〔2023〕4号 二〇二三年四月", None),
    ],
    ids=["number-then-iso-date", "number-then-date", "number-then-chinese-date", "number-then-words", "number-then-month"],
)
def test_a_number_line_with_its_date_after_it(number_line, number):
    doc = gazette_cli.parse_text("天津市人民政府办公厅关于印发天津市推动制造业高质量发展若干政策措施的通知\n\n" + number_line + "\n\n"
                                 "各区人民政府,市政府有关委、办、局:\n经市人民政府同意,现将《措施》印发给你们,请照此执行。\n天津市人民政府办公厅\n2023年4月11日\n")
    assert [n.doc_number for n in doc.notices][:1] == [number]


@pytest.mark.parametrize(
    "head, signed",
    [
        # a copy without a signature: the date after the number is the notice's (川府发〔2017〕15号 on a law site, and
        # 津政办规〔2023〕4号 on 税务之家 with its date in figures)
        ("四川省人民政府\n关于印发四川省残疾人事业“十三五”\n发展规划的通知\n川府发〔2017〕15号 2017年2月28日\n", "2017-02-28"),
        ("天津市人民政府办公厅关于印发天津市推动制造业高质量发展若干政策措施的通知\n\n津政办规〔2023〕4号           2023-04-11\n\n", "2023-04-11"),
        # …and in Chinese numerals (四川省人民政府's 2011 部门分工的意见, as 四川政报 prints its number and date)
        ("四川省人民政府\n关于落实《政府工作报告》重点工作\n部门分工的意见\n川府发〔2011〕8号 二○一一年三月十七日\n", "2011-03-17"),
        # must not: a number line alone gives no date
        ("四川省人民政府\n关于印发四川省残疾人事业“十三五”\n发展规划的通知\n川府发〔2017〕15号\n", None),
    ],
    ids=["sichuan-date-after-number", "tianjin-iso-date-after-number", "sichuan-chinese-date-after-number", "number-alone"],
)
def test_the_date_after_a_number_dates_a_notice_without_signature(head, signed):
    (n,) = gazette_cli.parse_text(head + "各市(州)、县(市、区)人民政府,省政府各部门:\n现将规划印发给你们,请认真贯彻执行。\n一、总体要求\n").notices
    assert n.signed_date == signed


#: 广东省人民政府's 2010 notice that forwards 国函〔2010〕50号, printed whole under it (a mirror in traditional
#: characters, its stray marks kept).
GUANGDONG_FORWARDS = (
    '轉(zhuǎn)發(fā)國務院關于同意設立\n'
    '“廣東扶貧濟困日”批復的通知\n'
    '各地級以上市人民政府,各縣(市、區(qū))人民政府,省政府各部門、各直屬機構:\n'
    '現(xiàn)將《國務院關于同意設立“廣東扶貧濟困日”的批復》(國函〔2010〕50號)轉(zhuǎn)發(fā)給你們,請遵照執(zhí)行。\n'
    '開展“廣東扶貧濟困日”活動,對于廣泛動員全社會參與扶貧濟困,推動先富幫后富,實現(xiàn)共同富裕目標具有重要意義。省人民政府要求,各地、各有關部門要高度重視,按照省的統(tǒng)一部署要求,加強領導,落實責任,認真做好“廣東扶貧濟困日”各項活動的組織實施工作,確保取得實效。\n'
    '廣東省人民政府\n'
    '二○一○年六月十三日\n'
    '國務院關于同意設立\n'
    '“廣東扶貧濟困日”的批復\n'
    '國函〔2010〕50號\n'
    '廣東省人民政府:\n'
    '你省《關于設立“廣東扶貧濟困日”的請示》(粵府〔2010〕49號)?收悉。同意自2010年起,每年6月30日為“廣東扶貧濟困日”。具體工作由你省組織實施。\n'
    '?\n'
    '中華人民共和國國務院\n'
    '二○一○年六月四日\n'
    '?\n'
    '?\n'
)


def test_a_forwarded_document_printed_whole_is_a_notice_of_its_own():
    # the 批复 the letter cites, with its own number, addressee and signature, is the second notice; the
    # title that opens with its act (转发…) names no issuer; marks alone after a signature are no attachment
    doc = gazette_cli.parse_text(GUANGDONG_FORWARDS)
    assert [(n.title, n.issuers, n.doc_number, n.signed_date, len(n.attachments)) for n in doc.notices] == [
        ("转发国务院关于同意设立“广东扶贫济困日”批复的通知", ("广东省人民政府",), None, "2010-06-13", 0),
        ("国务院关于同意设立“广东扶贫济困日”的批复", ("国务院",), "国函〔2010〕50号", "2010-06-04", 0),
    ]


def test_a_forwarding_title_names_no_issuer():
    # 南宁市教育局's 2018 page: the headline opens with 转发, the signature names the issuer
    doc = gazette_cli.parse_text(
        "《转发南宁市人民政府办公厅关于印发南宁市第三期学前教育行动计划(2017-2020年)的通知》\n各县区、开发区教育局:\n"
        "    现将《南宁市人民政府办公厅关于印发南宁市第三期学前教育行动计划(2017—2020年)的通知》(南府办〔2017〕88号)转发给你们,请结合实际,认真组织实施。\n"
        "南宁市教育局\n2018年1月17日\n")
    assert doc.notices[0].issuers == ("南宁市教育局",)


@pytest.mark.parametrize(
    "text, title",
    [
        # a site's list mark before a headline is no part of the title (乌鲁木齐 2018: • 乌鲁木齐市寄递物流安全管理条例)
        ("标签: 地方立法\n\n  • 乌鲁木齐市寄递物流安全管理条例\n\n    乌鲁木齐市人大常委会公告\n"
         "      《乌鲁木齐市寄递物流安全管理条例》经2017年12月5日乌鲁木齐市第十六届人民代表大会常务委员会第六次会议通过;"
         "2018年3月30日新疆维吾尔自治区第十三届人民代表大会常务委员会第二次会议批准。现予公布,自2018年6月1日起施行。\n",
         "乌鲁木齐市寄递物流安全管理条例"),
        # a section label and the title in marks over the page data, then the title as printed (汝州 2025)
        ("【促进就业相关政策文件】《河南省就业补助资金管理办法》\n\n发布机构:汝州市人民政府->汝州市人力资源和社会保障局 发布时间: 2025-12-04 浏览次数:\n\n"
         "河南省就业补助资金管理办法\n第一章 总则\n第一条 为规范就业补助资金管理，制定本办法。\n", "河南省就业补助资金管理办法"),
    ],
    ids=["wulumuqi-bullet", "ruzhou-section-label"],
)
def test_a_headlines_marks_are_no_part_of_a_title(text, title):
    assert gazette_cli.parse_text(text).notices[0].title == title



@pytest.mark.parametrize(
    "text, addressees, issuers",
    [
        # a department's own offices, units and the team stationed in it, signed by its party group (皖交发〔2021〕63号)
        ("厅直各单位,驻厅纪检监察组,厅机关各处室:\n经厅党组会议审议同意,现将《关于贯彻落实“一规划两纲要”进一步深化交通运输法治政府部门建设的实施意见》印发给你们,请结合工作实际,认真抓好落实。贯彻执行中如遇重大问题,请及时报厅。\n"
         "中共安徽省交通运输厅党组\n2021年12月21日\n",
         ("厅直各单位", "驻厅纪检监察组", "厅机关各处室"), ("中共安徽省交通运输厅党组",)),
        # a town's offices, stations and villages, the letter run on after them (山福镇 2020 鹿山政〔2020〕72号, its
        # catalogue in bars above)
        ("索引号 | 001008003001086/2020-42401 | ||\n组配分类 | 部门文件 | 发布机构 | 山福镇 |\n生成日期 | 2020-10-22 | 公开方式 | 主动公开 |\n"
         "文号 | 鹿山政〔2020〕72号 |\n各科室,各站所,各村: 为提高政府保障公共安全和处置突发公共事件的能力,最大程度地预防和减少突发公共事件及其造成的损害,"
         "保障公众的生命财产安全,维护社会稳定。经研究,制定《山福镇突发公共事件总体应急预案(修订)》,现印发给你们,请根据本预案的要求制定切实可行的专项应急预案。\n",
         ("各科室", "各站所", "各村"), None),
    ],
    ids=["wanjiao-party-group", "shanfu-offices-and-stations"],
)
def test_a_departments_own_offices_addressed(text, addressees, issuers):
    (n,) = gazette_cli.parse_text(text).notices
    assert n.addressees == addressees and (issuers is None or n.issuers == issuers)


#: 嵊州市通源乡's 2009 notice as printed: its 版头, number, a 转发 title that lost its 的通知, the 版记.
TONGYUAN_2009 = (
    '嵊州市通源乡人民政府文件\n'
    '通政〔2009〕3号\n'
    '关于转发《国家森林防火指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》\n'
    '各行政村:\n'
    '2009年春节即将到来,国家森林防火指挥部专门发出《关于做好2009年元旦春节期间森林防火工作的紧急通知》(国森防发明电[2008]98号),对切实做好“两节”期间森林防火工作做了安排部署。现将《紧急通知》转发给你们,请按照《紧急通知》要求,全力以赴抓好各项预防扑救措施的落实,确保春节期间森林消防工作不出大的问题,过一个欢乐、祥和、平安的节日。\n'
    '附件:《国家森林防火指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》\n'
    '通源乡人民政府\n'
    '二OO九年一月九日\n'
    '主题词:森林消防 转发 通知\n'
    '抄送:市府办、市森林消防指挥办\n'
)


def test_a_masthead_over_a_title_the_frame_does_not_know():
    # the 版头 is no title: its organ issues, the number under it is the notice's, 各行政村 its addressees
    (n,) = gazette_cli.parse_text(TONGYUAN_2009).notices
    assert (n.title, n.doc_number, n.issuers, n.addressees) == (
        "关于转发《国家森林防火指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》", "通政〔2009〕3号", ("嵊州市通源乡人民政府",), ("各行政村",))



def test_a_letter_spaced_date_signs_the_notice():
    # 京财文〔2011〕2704号 as a law site prints it: the date letter-spaced, its zero a circle (○), under the letter
    text = (
        "北京市财政局、北京市教育委员会关于印发《北京市扶持学前教育事业发展项目经费管理办法》的通知\n\n京财文〔2011〕2704号\n\n"
        "各区县财政局、教委:\n\n为贯彻落实…，制定《北京市扶持学前教育事业发展项目经费管理办法》，现将本办法印发给你们，请遵照执行。\n\n\n"
        "二 ○ 一 一 年 十 二 月 十 二 日\n\n\n北京市扶持学前教育事业发展项目经费管理办法\n\n第一章 总则\n\n第一条 为…，制定本办法。\n"
    )
    n = _notice(text)
    assert (n.doc_number, n.signed_date, n.attachments[0].title) == ("京财文〔2011〕2704号", "2011-12-12", "北京市扶持学前教育事业发展项目经费管理办法")


@pytest.mark.parametrize(
    "lead, opens",
    [
        # a news page's report, then the 公告 it reprints under 全文如下： (大听网 2022, 黄荆镇's 公告; a 2015 report's
        # 原文如下:): the line opens a document, a title with its text under it
        ("全文如下：", True),
        ("原文如下:", True),
        # must not: a 公告's title quoted under a sentence of the report opens none
        ("指挥部随后发布了以下公告。", False),
    ],
    ids=["quanwen-ruxia", "yuanwen-ruxia", "a-sentence-above"],
)
def test_a_reprints_lead_opens_the_document(lead, opens):
    title = "关于延长黄荆自然保护区全域“只出不进”管控措施实施时间的公告"
    text = (
        "古蔺黄荆自然保护区全域“只出不进”管控时间延长至本周日24时\n"
        "今（24）日，黄荆镇森林防灭火指挥部发布公告，将管控时间延长至2022年8月28日24时。\n" + lead + "\n" + title + "\n"
        "当前，黄荆省级自然保护区正经历罕见的连晴高温天气。经研究决定延长管控措施的实施时间，现将有关事项公告如下。\n"
        "一、管控区域不变\n"
    )
    assert (title in [n.title for n in gazette_cli.parse_text(text).notices]) == opens



@pytest.mark.parametrize(
    "text, doc_type",
    [
        # a document issued on trial or for a time has its type before （试行） or （暂行） (济南高新区 2018's 实施细则（试行）;
        # 沙县 2012's 实施意见（试行）); must not: a draft for comments (（征求意见稿）) is no document of a type yet
        ("济南高新区加快创新创业发展助力新旧动能转换若干政策实施细则（试行）\n第一条 为加快创新创业发展，制定本细则。\n第二条 本细则适用于高新区。\n", "实施细则"),
        ("关于加快第三产业发展的实施意见（暂行）\n第一条 为加快创新创业发展，制定本意见。\n第二条 本意见适用于全县。\n", "意见"),
        ("关于加快第三产业发展的实施意见（征求意见稿）\n第一条 为加快创新创业发展，制定本意见。\n第二条 本意见适用于全县。\n", None),
    ],
    ids=["jinan-shishi-xize-shixing", "zanxing", "draft-for-comments"],
)
def test_the_type_of_a_document_issued_on_trial(text, doc_type):
    assert [n.doc_type for n in gazette_cli.parse_text(text).notices] == [doc_type]


@pytest.mark.parametrize(
    "text, title, number",
    [
        # a 公告 numbered in its year, under its heading (北京市公安局公安交通管理局通告 2023年第10号, for a marathon) or after
        # its title (财政部 税务总局公告2023年第1号 on 小规模纳税人's 增值税)
        ("北京市公安局公安交通管理局通告\n2023年第10号\n关于2023北京永定河马拉松比赛期间\n对部分道路采取临时交通管制的通告\n"
         "为保障比赛活动顺利进行，现就有关事项通告如下：\n一、4月22日7时30分开始至比赛结束，对相关道路采取临时交通管控措施。\n",
         "北京市公安局公安交通管理局通告", "北京市公安局公安交通管理局通告2023年第10号"),
        ("财政部 税务总局关于明确增值税小规模纳税人减免增值税等政策的公告\n财政部 税务总局公告2023年第1号\n"
         "为支持小微企业和个体工商户发展，现将有关增值税政策公告如下：\n一、自2023年1月1日至2023年12月31日，对月销售额10万元以下的增值税小规模纳税人，免征增值税。\n"
         "财政部 税务总局\n2023年1月9日\n",
         "财政部税务总局关于明确增值税小规模纳税人减免增值税等政策的公告", "财政部税务总局公告2023年第1号"),
        # must not: a gazette's issue (2023年第10期) is no number
        ("北京市公安局公安交通管理局通告\n2023年第10期\n为保障比赛活动顺利进行，现就有关事项通告如下：\n一、对相关道路采取临时交通管控措施。\n",
         "北京市公安局公安交通管理局通告", None),
    ],
    ids=["beijing-jiaoguan-tonggao", "caizhengbu-shuiwu-gonggao", "an-issue-no-number"],
)
def test_a_gonggao_numbered_in_its_year(text, title, number):
    n = gazette_cli.parse_text(text).notices[0]
    assert (n.title, n.doc_number) == (title, number)


def test_a_catalogues_number_and_date_in_cells_frame_a_notice_without_its_own():
    # 国办发〔2021〕45号 on a portal (traditional characters there): no title, number or signature of its own, only the
    # catalogue's rows of cells (文件號 | 國辦發〔2021〕45號 | 制發日期 | 2021-11-10 |) over its addressee line
    text = "\n".join(['發布機構 | 國務院辦公廳 | ||', '文件號 | 國辦發〔2021〕45號 | 制發日期 | 2021-11-10 |', '各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:', '中小企業是國民經濟和社會發展的主力軍,在促進增長、保障就業、活躍市場、改善民生等方面發揮著重要作用。近期,受原材料價格上漲、訂單不足、用工難用工貴、應收賬款回款慢、物流成本高以及新冠肺炎疫情散發、部分地區停電限電等影響,中小企業成本壓力加大、經營困難加劇。為貫徹落實黨中央、國務院決策部署,進一步加大助企紓困力度,減輕企業負擔,幫助渡過難關,經國務院同意,現就有關事項通知如下:']) + "\n"
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.doc_number, notice.signed_date, notice.title) == ("国办发〔2021〕45号", "2021-11-10", None)
    # must not: a 发布日期 is the page's, not the date the document was signed (粤府〔2021〕22号's rows on a law site, over
    # its letter signed 2021年3月21日)
    text = "\n".join(['发布文号 | 粤府〔2021〕22号 |', '发布日期 | 2021-03-29 | 生效日期 | 2021-03-29 |', '有效性状态 | 阶段性文件 | 废止日期 | 暂无 |']) + "\n" + "\n".join(['各地级以上市人民政府,省政府各部门、各直属机构:', '《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,请认真贯彻执行。执行过程中遇到的问题,请径向省政府办公厅反映。', '广东省人民政府', '2021年3月21日']) + "\n"
    (notice,) = gazette_cli.parse_text(text).notices
    assert (notice.doc_number, notice.signed_date) == ("粤府〔2021〕22号", "2021-03-21")


def test_an_organ_named_with_the_zones_it_serves_in_brackets():
    # 龙湾 2025: 温州湾新区（高新区、经开区）党政办公室 is one organ, its 、 inside the brackets; it signs with
    # 温州市龙湾区人民政府办公室, and both open the title
    (n,) = gazette_cli.parse_text("\n".join(['温州市龙湾区人民政府办公室 温州湾新区(高新区、经开区)党政办公室 关于印发温州湾新区、龙湾区推动经济高质量发展若干政策(2025年版)的通知', '发布日期:2025-07-15 16:38:09浏览次数: 来源:区发改局 字体:[ ]', '', '各街道办事处,区各有关单位:', '', '《温州湾新区、龙湾区推动经济高质量发展若干政策(2025年版)》已经温州湾新区管委会、龙湾区人民政府第26次常务联席会议研究同意,现印发给你们,请结合实际,认真组织实施。', '', '温州市龙湾区人民政府办公室  温州湾新区(高新区、经开区)党政办公室', '', '2025年3月4日', '', '(此件公开发布)']) + "\n").notices
    assert (n.issuers, n.signed_date, n.addressees) == (
        ("温州市龙湾区人民政府办公室", "温州湾新区（高新区、经开区）党政办公室"), "2025-03-04", ("各街道办事处", "区各有关单位")
    )


def test_a_reports_dateline_over_two_lines_without_dashes():
    # 潼关县人大常委会 2023 工作报告: its note with neither dashes nor brackets, broken over two lines (2023年2月1日在潼关县
    # 第十九届 / 人民代表大会第二次会议上), dates the report
    (n,) = gazette_cli.parse_text("\n".join(['潼关县人民代表大会常务委员会', '', '工 作 报 告', '', '2023年2月1日在潼关县第十九届', '', '人民代表大会第二次会议上', '', '潼关县人大常委会主任 李勤侠', '', '', '各位代表:', '', '我受县人大常委会委托,向大会报告工作,请予审议,并请列席人员提出意见。']) + "\n").notices
    assert (n.issuers, n.signed_date, n.doc_type) == (("潼关县人民代表大会常务委员会",), "2023-02-01", "报告")


def test_a_page_that_prints_the_title_and_its_number_twice():
    # 揭府函〔2020〕2号's page: the title and the number, the page's data, then the title and the number again over
    # the addressees; one notice, signed 2020年1月11日 (the numbers printed twice alone: 国办函〔1995〕59号's page, above)
    (n,) = gazette_cli.parse_text("\n".join(['揭阳市人民政府关于印发揭阳市突发环境事件应急预案的通知', '揭府函〔2020〕2号', '来源:揭阳市人民政府办公室 作者: 发布时间:2020-02-20 17:15:02 浏览次数:- 【打印】 【字体: 分享到:', '', '揭阳市人民政府关于印发揭阳市突发环境事件应急预案的通知', '', '', '揭府函〔2020〕2号', '', '  ', '', '各县(市、区)人民政府(管委会),市政府各部门:', '', '  现将修订后的《揭阳市突发环境事件应急预案》印发给你们,请认真组织实施。', '', '', '', '  ', '', '揭阳市人民政府', '', '2020年1月11日']) + "\n").notices
    assert (n.doc_number, n.addressees, n.signed_date) == ("揭府函〔2020〕2号", ("各县（市、区）人民政府（管委会）", "市政府各部门"), "2020-01-11")


@pytest.mark.parametrize(
    "lines, number",
    [
        # the page's lines between the title and the number (甘肃 2026: • 时间 / • 来源; 咸阳 2023: 文章正文 / 发布时间):
        # the notice opens at the addressees, and the one number printed alone over it is its own
        (['甘肃省人民政府关于印发深入实施“人工智能+”行动方案的通知', '  • 时间:2026-01-08', '  • 来源:省政府办公厅', '', '甘政发〔2026〕1号', '', '各市、自治州人民政府,甘肃矿区办事处,兰州新区管委会,省政府各部门,中央在甘各单位:', '', '现将《深入实施“人工智能+”行动方案》印发给你们,请认真贯彻执行。', '', '', '甘肃省人民政府        ', '', '2026年1月6日         '], "甘政发〔2026〕1号"),
        (['咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知', '', '文章正文', '发布时间:2023-12-10 06:53', '', '咸政发〔2023〕8号', '', '', '', '县市区人民政府,市人民政府各工作部门、派出机构、直属事业机构:', '', '《咸阳市2023年国民经济和社会发展计划》已经市九届人大三次会议审议通过,现印发给你们,请认真组织实施。', '', '', '', '咸阳市人民政府         ', '', '2023年2月21日        '], "咸政发〔2023〕8号"),
    ],
    ids=["gansu-2026", "xianyang-2023"],
)
def test_the_number_alone_among_a_pages_lines_over_the_notice(lines, number):
    (n,) = gazette_cli.parse_text("\n".join(lines) + "\n").notices
    assert n.doc_number == number and n.title.endswith("的通知")


@pytest.mark.parametrize(
    "lines, title",
    [
        # a table's header row of cells under its title is no part of the title (湘西 2020 造林 统计表), and a row alone
        # makes none (肇庆 2020 民生实事 台账: 大类 | 序号 | …)
        (['湘西州2020年度造林和抚育完成情况统计表', '指标名称 | 计量单位 | 代码 | 全部完成面积 | 其中:中央预算内基本建设资金投资完成面积 | 其中:中央财政资金投资完成面积 |', '甲 | 乙 | 丙 | 1 | 2 | 3 |', '一、人工造林 | 公顷 | 01 | 7,123 | 2,113 | 925 |', '二、飞播造林 | 公顷 | 02 | 0 | 0 | 0 |'], "湘西州2020年度造林和抚育完成情况统计表"),
        (['大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |', '一、继续提高底线民生保障水平 | 1 | 将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 从2020年1月1日起,已将我市城乡低保标准提高到835元/人月;中心区补差水平提高到城镇616元/人月、农村459元/人月,山区县补差水平提高到城镇609元/人月、农村300元/人月。 |', '2 | 特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍,且不低于当地现行特困人员基本生活标准。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 从2020年1月1日起,已提高我市城乡特困人员供养最低标准,其中,端州区提高到20100元/人年,鼎湖区提高到17340元/人年,高要区、四会市、广宁县、德庆县、封开县、怀集县提高到16032元/人年,肇庆高新区提高到30000元/人年。 |', '3 | 将全市集中供养孤儿养育标准提高到每人每月2200元,将端州区、鼎湖区、高要区、四会市、肇庆高新区分散供养孤儿养育标准提高到每人每月1400元,广宁县、德庆县、封开县、怀集县分散供养孤儿养育标准提高到每人每月1180元。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 从2020年1月1日起,已将端州区、鼎湖区、高要区、四会市、肇庆高新区集中供养孤儿养育标准提高到2200元/人月,分散供养孤儿养育标准提高到1400元/人月;广宁县、德庆县、封开县、怀集县集中供养孤儿养育标准提高到2200元/人月,分散供养孤儿养育标准提高到1180元/人月。 |'], None),
    ],
    ids=["xiangxi-header-row", "zhaoqing-row-alone"],
)
def test_a_row_of_cells_is_no_title_piece(lines, title):
    assert gazette_cli.parse_text("\n".join(lines) + "\n").notices[0].title == title


def test_a_link_to_the_documents_reading_between_title_and_addressees():
    # 榆阳 2023: 图解 | 榆林市榆阳区人民政府推进健康榆阳行动的实施意见 (the site's link to its graphic reading) under the title
    (n,) = gazette_cli.parse_text("\n".join(['榆林市榆阳区人民政府', '关于推进健康榆阳行动的实施意见', '', '图解 | 榆林市榆阳区人民政府推进健康榆阳行动的实施意见', '', '各乡镇人民政府,各街道办事处,区政府各有关工作部门、直属机构:', '', '为深入实施健康中国战略,促进健康事业和产业高质量发展,提高全民整体健康水平,根据《国务院关于实施健康中国行动的意见》(国发〔2019〕13号)、《陕西省人民政府关于推进健康陕西行动的实施意见》(陕政发〔2020〕7号)、《榆林市人民政府关于推进健康榆林行动的实施意见》(榆政发〔2021〕1号)等文件精神,现就推进健康榆阳行动提出如下实施意见。']) + "\n").notices
    assert (n.title, n.addressees) == ("榆林市榆阳区人民政府关于推进健康榆阳行动的实施意见", ("各乡镇人民政府", "各街道办事处", "区政府各有关工作部门、直属机构"))


def test_a_disclosure_note_right_over_an_attached_title_is_no_part_of_it():
    # 惠安 2025: (此件主动公开) under the date, the title of the measures under it with no blank line between
    # (its two lines: “聚惠享新年”助企拓岗稳工促发展 / 十五条措施)
    (n,) = gazette_cli.parse_text("\n".join(['- 索 引 号:QZ08101-0200-2024-00062', '- 备注/文号:惠政办规〔2025〕1号', '- 发布机构:惠安县人民政府办公室', '- 公文生成日期:2025-01-08', '《“聚惠享新年”助企拓岗稳工促发展十五条措施》已经县政府第62次常务会议研究同意,现印发给你们,请认真贯彻执行。', '惠安县人民政府办公室', '2025年1月8日', '(此件主动公开)', '“聚惠享新年”助企拓岗稳工促发展', '十五条措施', '为进一步支持2025年元旦、春节(以下简称“两节”)期间企业拓岗稳工促生产,抢抓招工“黄金期”,夯实经济回升向好基础,助力我县一季度“开工稳、开门红”,制定助企拓岗稳工促发展十五条措施。具体政策措施如下:', '一、支持企业稳岗留工。对经我县政府有关部门认定积极采取措施稳定职工队伍,春节期间连续稳定生产的企业,给予一次性稳就业奖补,所需经费由就业专项资金列支。对积极采取措施稳定职工队伍(减员率不高于2023年末全国城镇调查失业率)及2025年1月份缴纳失业保险员工人数超过50人的工业企业,其非福建户籍员工在2025年2月10日(正月十三)之前返岗的(须连续参加2025年1月、2月失业保险),按500元/人的标准为员工发放返岗补贴,所需经费由县级就业专项资金列支。(牵头单位:县人社局、县工信商务局,责任单位:县财政局,各镇,各工业园区管委会)']) + "\n").notices
    assert [a.title for a in n.attachments] == ["“聚惠享新年”助企拓岗稳工促发展十五条措施"]


def test_a_last_line_naming_an_attachment_not_printed_attaches_nothing():
    # 国卫药政发〔2018〕31号 on a site: the letter, its two signatures and date, then 附件:国家基 本药 物目 录-2018年版 closing
    # the page (the list itself is a file of its own)
    (n,) = gazette_cli.parse_text("\n".join(['《国家卫生健康委员会国家中医药管理局关于印发〈国家基本药物目录(2018年版)〉的通知》', '', '', '', '', '国卫药政发〔2018〕31号', '', '', '', '', '', '', '各省、自治区、直辖市及新疆生产建设兵团卫生计生委(卫生健康委)、中医药管理局:', '', '为贯彻落实党中央、国务院部署和深化医药卫生体制改革重点任务要求,根据《国家基本药物目录管理办法》(国卫药政发〔2015〕52号)等相关规定,有关部门对《国家基本药物目录(2012年版)》进行了调整完善,形成了《国家基本药物目录(2018年版)》。经国务院医改领导小组审核,报请国务院常务会议审议通过,现正式印发,自2018年11月1日起施行。', '', '请地方各级卫生健康行政部门(含中医药主管部门)严格按照《国务院办公厅关于完善国家基本药物制度的意见》(国办发〔2018〕88号)的相关要求,牵头做好《国家基本药物目录(2018年版)》实施工作,实施过程中遇到的问题及时汇总报告国家基本药物工作委员会办公室(国家卫生健康委药政司)。', '', '', '', ' ', '', '国家卫生健康委员会', '', '国家中医药管理局', '', '2018年9月30日', '', '', '', '', '附件:国家基 本药 物目 录-2018年版']) + "\n").notices
    assert (n.attachments, n.issuers) == ((), ("国家卫生健康委员会", "国家中医药管理局"))


def test_an_attachment_under_its_label_after_the_printing_line():
    # 融安 2023: the letter's 附件：融安县2023年金桔生产任务分解表, its signature, the 印发 line, then 附件 / the table's
    # title / the table: the attachment, as the document a letter names printed after its 印发 line already was
    (n,) = gazette_cli.parse_text("\n".join(['各乡(镇)人民政府,各有关单位:', '根据柳州市人民政府办公室印发《柳州市关于大力推进融安金桔产业高质量发展的实施方案(2023-2025年)》(柳政办〔2022〕99号)的总体要求,经研究,现将《融安县2023年金桔生产任务分解表》下达给你们。金桔生产任务实行奖惩机制,对完成2023年度目标任务80%(含)以上的乡镇给予奖励,对未完成目标任务的乡镇给予绩效扣分;请各乡(镇)、各部门明确目标任务,层层抓落实,责任到人;立即宣传发动,加强技术培训指导,确保目标任务全面完成。', '附件:融安县2023年金桔生产任务分解表', '融安县金桔产业发展领导小组办公室', '2023年2月6日', '公开方式:主动公开', '融安县金桔产业发展领导小组办公室 2023年2月6日印发', '附件', '融安县2023年金桔生产任务分解表', '乡镇 | 新种任务(亩) | 备注 |', '全县合计 | 7000 | |', '长安镇 | 2150 | 其中县农业投资有限公司新种任务1500亩,不计入长安镇绩效考核。 |', '板榄镇 | 600 | |', '雅瑶乡 | 500 | |', '大将镇 | 650 | |', '大坡乡 | 400 | |']) + "\n").notices
    assert ([a.title for a in n.attachments], n.printed_date) == (["融安县2023年金桔生产任务分解表"], "2023-02-06")
