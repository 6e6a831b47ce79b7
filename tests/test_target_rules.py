"""The target rules, one table row per rule and document: sentences of the corpus
(``tests/corpus``, the number in each id) and of the sample, each with the target
it states or with nothing.

Each rule of :mod:`gazette_cli.extract.targets` (its vocabularies and its
:data:`~gazette_cli.extract.targets.EXCLUSIONS`) has rows from at least two
documents, and rows that must yield nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import gazette_cli
from gazette_cli.extract import targets
from gazette_text import notice_of, pdf_notice_of

D = Decimal


def text_targets(body: str, year: int = 2022):
    return [t for t in targets.extract(notice_of(body, year)) if t.source == "text"]


def view(t, keys):
    return tuple(str(getattr(t, k)) if k in ("comparator", "kind") else getattr(t, k) for k in keys)


# --- what a target is read as: (body, value, unit, comparator, extra fields) -----------------------

READS = [
    # spelled numerals
    pytest.param("第十二条 规范性文件应当自公布之日起三十日内报送备案。", D(30), "日", "<=", {}, id="18-spelled-days"),
    pytest.param("5.1.2 省级人民政府必须按照“产区保持三个月销量，销区保持六个月销量”的要求，加强地方粮食储备。", D(3), "个月", "=", {"count": 2}, id="10-spelled-months-in-a-quoted-rule"),
    pytest.param("七、保障\n国务院职业教育工作部际联席会议每年召开两次会议。", D(2), "次", "=", {"period": "annual"}, id="04-spelled-count"),
    pytest.param("一、目标\n职业院校实践性教学课时原则上占总课时一半以上。", D(50), "%", ">=", {}, id="04-half"),
    # time limits and spans
    pytest.param("第九条 国务院专利行政部门应当自受理申请之日起20日内作出是否颁发专利代理师资格证的决定。", D(20), "日", "<=", {}, id="01-days-from-an-act"),
    pytest.param("第九条 粮食和物资储备部门应当在作出处理决定后30个工作日内，作出奖励决定。", D(30), "个工作日", "<=", {}, id="15-working-days"),
    pytest.param("第十一条 在专利代理机构实习满1年。", D(1), "年", ">=", {}, id="01-man-a-full-year"),
    pytest.param("三、教师\n具有3年以上企业工作经历并具有高职以上学历。", D(3), "年", ">=", {}, id="04-years-or-more"),
    # a comparator some words before its number, and prohibitions
    pytest.param("第十一条 西秀区人民政府建立不低于城镇常住人口10天市场供应量的成品粮油储备。", D(10), "天", ">=", {}, id="14-comparator-at-a-distance"),
    pytest.param("第二十五条 市级储备粮轮换架空期不得超过4个月。", D(4), "个月", "<=", {}, id="14-budechaoguo"),
    pytest.param("第二十四条 延长期限不得超过三十日。", D(30), "日", "<=", {}, id="18-budechaoguo-spelled"),
    pytest.param("二、任务\n禁止生产和使用厚度低于0.01毫米的地膜。", D("0.01"), "毫米", ">=", {}, id="05-prohibition-inverts"),
    # 二 before a unit other than 次 is a count as 两 is (公安部's 道路交通安全违法行为记分管理办法; 二次开发 stays a term, below)
    pytest.param("第二十条 满分学习的，现场学习的天数不得少于二天。", D(2), "天", ">=", {}, id="gonganbu-er-tian"),
    # …its comparator word whole where the search for it starts inside the word (不少于, not 少于: 国办发〔2018〕118号)
    pytest.param("（十一）配强工作力量，原则上各级行政执法机关的法制审核人员不少于本单位执法人员总数的5%。", D(5), "%", ">=", {}, id="gbf-2018-118-bushaoyu-whole"),
    # a share of a base named between the comparator and the figure (奉贤区 2021 农村公路管理养护 方案; 广东省碳排放
    # 管理试行办法 第十八条)
    pytest.param("（三）区级公共财政资金用于乡道、村道养护应不低于区和镇政府投入资金总额的50%。", D(50), "%", ">=", {}, id="fengxian-share-of-a-base"),
    pytest.param("第十八条 但用于清缴的中国核证自愿减排量，不得超过本企业上年度实际碳排放量的10%，且其中70%以上应当是本省温室气体自愿减排项目产生。", D(10), "%", "<=", {"count": 2}, id="guangdong-share-of-emissions"),
    # the base of a ratio, the figure allotted to it being the target (奉贤 2021 农村公路 方案; 宝山 2019 任务清单)
    pytest.param("（2）充分发挥镇级农村公路管理站作用，每25-30公里乡村道配备不少于一名农村公路监管员，做到监管无盲区、全覆盖。", D(1), "名", ">=", {}, id="fengxian-per-kilometres"),
    pytest.param("（一）建立健全保洁员、分拣员、志愿者队伍（原则上按500户配1名），做好分类投放的指导工作。", D(1), "名", "=", {}, id="baoshan-per-households"),
    # …and what should not be (上海市建设工程设计方案规划公示规定, as 杨浦区 forwarded it in 2024)
    pytest.param("第六条 方案现场公示的内容应表达准确，字迹清晰，便于读解;图纸（板）规格不宜小于110厘米×80厘米。", D(110), "厘米", ">=", {}, id="yangpu-buyi-xiaoyu"),
    pytest.param("第二十五条 经联合批准，最多可延长2个月。", D(2), "个月", "<=", {}, id="14-zuiduo"),
    pytest.param("四、目标\n远景开发强度控制在30%。", D(30), "%", "<=", {}, id="08-kongzhizai"),
    # kinds and flags
    pytest.param("二、内容\n1.社会消费品零售总额比上年实绩增长13%；（50分）", D(13), "%", "=", {"kind": "growth"}, id="17-growth-over-last-year"),
    pytest.param("一、目标\n地区生产总值年均增长7%左右。", D(7), "%", "=", {"kind": "growth", "period": "annual", "approx": True}, id="growth-annual-approx"),
    pytest.param("一、目标\n选择10个左右有条件、有基础、规模适当的城市。", D(10), "个", "=", {"approx": True}, id="05-zuoyou-count"),
    pytest.param("第二十八条 储存12个月以上的，累计不超过0.2%（不得按年叠加）。", D("0.2"), "%", "<=", {"cumulative": True}, id="14-cumulative"),
    pytest.param("一、目标\n力争到2025年，全市科普场馆达到50个。", D(50), "个", "=", {"hedged": True, "year": 2025}, id="hedged"),
    pytest.param("一、目标\n到2025年，单位生产总值能耗下降13.5%。", D("-13.5"), "%", "=", {"kind": "change"}, id="decrease-is-negative"),
    pytest.param("一、目标\n到2035年，城乡居民人均收入比2020年翻一番。", D(2), "倍", "=", {"kind": "multiple"}, id="doubling"),
    pytest.param("二、内容\n5、实施社区商业示范建设（海曙区、江东区各3个，其它县（市）、区各2个）。", D(3), "个", "=", {"count": 2}, id="17-ge-each"),
    # the forms users reported missing: spelled counts, percentages and tenths
    pytest.param("一、目标\n培训农村实用人才两千名。", D(2000), "名", "=", {}, id="spelled-thousands"),
    # measures as a law spells them (江门 扬尘污染防治条例; 上海市养犬管理条例), and a spelled range
    pytest.param("第十三条 城市主要干道、景观地区、繁华区域，其边界应当设置高度二百五十厘米以上的围挡。", D(250), "厘米", ">=", {}, id="jiangmen-spelled-centimetres"),
    # …but a count beyond the items named before 等 is the figure (must not beside fuliang-ten-departments-listed)
    pytest.param("一、目标\n建设产业园、物流园等5个园区。", D(5), "个", "=", {}, id="more-than-the-items-named"),
    pytest.param("一、目标\n建设产业园、物流园5个园区。", D(5), "个", "=", {}, id="more-than-the-items-named-without-deng"),
    # must not: a score to reach (beside fengyang-scores-given), and three of something a year (beside anhui-sanci-chanye)
    pytest.param("一、目标\n到2025年，营商环境评价得分达到85分以上。", D(85), "分", ">=", {"year": 2025}, id="a-score-to-reach"),
    pytest.param("一、目标\n每年开展三次培训。", D(3), "次", "=", {"period": "annual"}, id="sanci-peixun"),
    pytest.param("一、目标\n每年至少开展一次培训。", D(1), "次", ">=", {"period": "annual"}, id="zhishao-yici"),
    # …and a decision's word in a goal with its year (a constructed must-not beside zhenjiang-rending-deng)
    pytest.param("一、目标\n到2025年，认定省级专精特新企业等500家。", D(500), "家", "=", {"year": 2025}, id="rending-deng-with-a-year"),
    # an item of a list of cases that obliges with a time limit (南京 and 上海 养犬管理条例, 第十七条): its figures
    # after 应当 are requirements, its conditions before none
    pytest.param("第十七条 重点管理区养犬人有下列情形之一的，应当持养犬登记证到居住地公安部门办理变更、注销、备案和补办手续：\n"
                 "(一)地址变更的，应当自变更之日起三十日内办理变更登记;\n(五)犬只失踪的，应当自失踪之日起五日内向居住地公安部门备案;",
                 D(30), "日", "<=", {"count": 2}, id="nanjing-dogs-case-item-obliges"),
    pytest.param("第十七条 有下列情形之一的，养犬人应当持《养犬登记证》到原办证机构办理注销手续：\n"
                 "（一）饲养的犬只死亡或者失踪的，应当自犬只死亡或者失踪之日起十五日内办理；", D(15), "日", "<=", {}, id="shanghai-dogs-case-item-obliges"),
    pytest.param("第二十二条 养犬人携带犬只外出应当遵守下列规定：\n（二）为犬只束牵引带，牵引带长度不得超过两米，在拥挤场合自觉收紧牵引带；", D(2), "米", "<=", {}, id="shanghai-dogs-spelled-metres"),
    pytest.param("第二十一条 绿化种植土回填时，边沿泥土高度应当低于侧石或者硬质铺装三至五厘米，防止泥土溢泄。", D(3), "厘米", "range", {"value_max": D(5)}, id="jiangmen-spelled-range"),
    # a decimal spelled with 点, as 百分之三点五 is (公安机关适用继续盘问规定 第二十七条, 公安部 2004; its area's clause left out)
    pytest.param("第二十七条 候问室应当符合下列要求：\n（一）房屋牢固、安全、通风、透光，层高不低于二点五五米；", D("2.55"), "米", ">=", {}, id="gonganbu-spelled-decimal"),
    # must report: 凡 inside a word opens no scope, and an age before the metric stays in it (constructed)
    pytest.param("一、目标\n到2025年，培育非凡品质的示范企业50家。", D(50), "家", "=", {}, id="feifan-is-no-scope"),
    pytest.param("一、目标\n到2025年，全市60周岁以上老年人健康管理率达到70%以上。", D(70), "%", ">=", {"metric": "全市60周岁以上老年人健康管理率"}, id="zhousui-in-a-metric"),
    pytest.param("一、目标\n培育科技型中小企业一万余家。", D(10000), "家", ">", {}, id="spelled-wan-yu"),
    # a hope in the figure's own clause commits to it (桐乡 2020: 力争为企业减负60亿元; 湖州 2020: 力争减轻企业各类负担200亿元)
    pytest.param("一、目标\n全面落实各级“五减”系列政策，力争为企业减负60亿元。", D(60), "亿元", "=", {"hedged": True, "doc_year": 2020}, id="tongxiang-lizheng-jianfu"),
    pytest.param("一、目标\n大力实施减税、减费、减租、减息措施，力争减轻企业各类负担200亿元，全力支持企业复产达产。", D(200), "亿元", "=", {"hedged": True, "doc_year": 2020}, id="huzhou-lizheng-jianqing"),
    # 增加 and what it raises before the count (吉水 2023 民生实事: 增加义务教育学位5000个)
    pytest.param("一、目标\n推动义务教育基本均衡向优质均衡发展，增加义务教育学位5000个，启动城西教育网点规划布局。", D(5000), "个", "=", {"metric": "增加义务教育学位"}, id="zengjia-xuewei"),
    # a sum spelled whole, its magnitude the unit's as with figures (开封 2020: 总量超过五千亿; a county's 突破一千亿元)
    pytest.param("一、目标\n到2025年，全市经济总量突破五千亿元。", D(5000), "亿元", ">", {"year": 2025}, id="spelled-qian-yi-yuan"),
    pytest.param("一、目标\n到2025年，地区生产总值突破一千亿元，年均增长7%。", D(1000), "亿元", ">", {"count": 2}, id="spelled-yi-qian-yi-yuan"),
    # …and a spelled sum that bounds the projects counted is part of their name, as 1亿元以上项目10个 is
    pytest.param("一、目标\n引进一亿元以上项目十个。", D(10), "个", "=", {"metric": "一亿元以上项目"}, id="spelled-bound-in-a-name"),
    pytest.param("一、目标\n到2025年，绿色建筑占比达到百分之七十。", D(70), "%", "=", {"year": 2025}, id="baifenzhi"),
    pytest.param("一、目标\n骨干企业研发投入占比提高三成以上。", D(30), "%", ">=", {"kind": "change"}, id="sancheng"),
    # one school or institution built (峨山 2022 教育方案: 改扩建一所县城公办幼儿园; 新干 2022 重点民生项目: 建设一所托幼机构)
    pytest.param("一、目标\n加大公办幼儿园学位供给力度，改扩建一所县城公办幼儿园。", D(1), "所", "=", {}, id="eshan-yi-suo"),
    pytest.param("一、项目\n在秀峰苑小区内建设一所托幼机构，年内项目完工。", D(1), "所", "=", {}, id="xingan-yi-suo"),
    # 平方千米, the standard's name for km² (国函〔2023〕148号 内蒙古 国土空间规划 批复: 生态保护红线面积不低于59.69万平方千米);
    # a division's area in one is a fact (湘西 2015: see NOTHING)
    pytest.param("一、目标\n到2035年，内蒙古自治区生态保护红线面积不低于59.69万平方千米。", D("59.69"), "万平方千米", ">=", {"year": 2035}, id="neimenggu-pingfang-qianmi"),
    # a fraction is a share (江西 十四五 制造业规划 as a news site summed it up: 占全省GDP比重超过三分之一, 其中南昌占全省四分之一以上)
    pytest.param("一、目标\n到2025年，制造业增加值占全省GDP比重超过三分之一。", D("33.33"), "%", ">", {"year": 2025}, id="jiangxi-sanfenzhiyi"),
    pytest.param("一、目标\n到2025年，南昌都市圈营业收入占全省53%以上，其中南昌占全省四分之一以上。", D(53), "%", ">=", {"count": 2}, id="jiangxi-sifenzhiyi"),
    # a share that a test is passed by is still a target (通过 a vote is not: see NOTHING)
    pytest.param("一、目标\n到2025年，全市90%以上的项目通过竣工验收。", D(90), "%", ">=", {"year": 2025}, id="a-share-that-passes-a-test"),
    pytest.param("一、目标\n2023年，全市新增就业岗位3000个左右。", D(3000), "个", "=", {"approx": True, "year": 2023}, id="leading-year-and-zuoyou"),
    pytest.param("一、目标\n每年开展科普活动，培训科技辅导员300人次。", D(300), "人次", "=", {"period": "annual"}, id="meinian-reaches-the-sentence"),
    # deadlines
    pytest.param("一、目标\n力争5年内，全市科普场馆达到50个。", D(50), "个", "=", {"year": 2027, "hedged": True}, id="relative-deadline-from-the-document-year"),
    # 经过N年努力 and 用N年时间 count from the document's year (山东省数字经济若干措施; a city's 三年行动方案)
    pytest.param("一、目标\n力争经过5年努力，新开通5G基站15万个以上。", D(15), "万个", ">=", {"year": 2027, "hedged": True}, id="jingguo-5-nian-nuli"),
    pytest.param("一、目标\n用三年左右时间，全市新建社区养老服务站200个。", D(200), "个", "=", {"year": 2025}, id="yong-san-nian-shijian"),
    # 万亿元: an economy's size (山东省数字经济若干措施; a city's 十四五 纲要)
    pytest.param("一、目标\n到2025年，全省数字经济增加值达到5.5万亿元。", D("5.5"), "万亿元", "=", {"year": 2025}, id="wanyi-yuan"),
    pytest.param("一、目标\n到2025年，全市地区生产总值突破1万亿元。", D(1), "万亿元", ">", {"metric": "全市地区生产总值"}, id="wanyi-yuan-tupo"),
    # 已完成…的 names what is counted; it is no history
    pytest.param("一、目标\n到2025年，全市已完成改造的老旧小区达到500个。", D(500), "个", "=", {"year": 2025}, id="yiwancheng-de-is-a-name"),
    # the document's own year: 全年 and 今年 in a year's work plan (武政办〔2020〕1号 and 鞍立政发〔2023〕2号 forms)
    pytest.param("一、目标\n全年城镇新增就业3万人以上。", D(3), "万人", ">=", {"year": 2022, "metric": "城镇新增就业"}, id="quannian-the-documents-year"),
    pytest.param("一、目标\n今年全区地区生产总值增长6.2%左右。", D("6.2"), "%", "=", {"year": 2022, "kind": "growth"}, id="jinnian-the-documents-year"),
    pytest.param("一、目标\n年内新建社区养老服务站20个。", D(20), "个", "=", {"year": 2022}, id="niannei-the-documents-year"),
    pytest.param("一、目标\n三年内新建社区养老服务站20个。", D(20), "个", "=", {"year": 2025}, id="sannian-nei-is-three-years"),
    pytest.param("一、目标\n培育企业100家。", D(100), "家", "=", {"metric": "企业", "year": None}, id="no-subject-before-the-verb"),
    pytest.param("四、任务\n2020年初步建成300个示范性职业教育集团（联盟）。", D(300), "个", "=", {"doc_year": 2019, "year": 2020}, id="04-sentence-opens-with-a-year"),
    pytest.param("一、目标\n具体指标：到2022年，职业院校教学条件基本达标。推动建设300个实训基地。", D(300), "个", "=", {"year": 2022}, id="04-paragraph-opens-with-a-deadline"),
    # environment and energy units (大气污染防治行动计划, 国发〔2013〕37号; 北京市2013—2017年清洁空气行动计划;
    # “十三五”节能减排综合工作方案, 国发〔2016〕74号; “十二五”节能减排综合性工作方案, 国发〔2011〕26号)
    pytest.param("一、目标\n到2017年，其中北京市细颗粒物年均浓度控制在60微克/立方米左右。", D(60), "微克/立方米", "=", {"doc_year": 2013, "approx": True, "year": 2017, "metric": "北京市细颗粒物年均浓度"}, id="dqsc-micrograms"),
    pytest.param("一、目标\n到2017年，全市空气中的细颗粒物（PM2.5）年均浓度比2012年下降25%以上，控制在60微克/立方米左右。", D(-25), "%", "<=", {"doc_year": 2013, "count": 2, "kind": "change", "baseline_year": 2012}, id="beijing-micrograms-and-a-change"),
    # the unit spelled out (潮州市打赢蓝天保卫战实施方案（2019-2020年）) or in symbols, μ or µ
    pytest.param("一、目标\n到2020年，全市空气质量优良天数比例（AQI达标率）达到94%，细颗粒物（PM2.5）年均浓度控制在29微克每立方米以下。",
                 D(94), "%", "=", {"doc_year": 2019, "count": 2, "year": 2020}, id="chaozhou-micrograms-spelled-out"),
    pytest.param("一、目标\n到2020年，细颗粒物（PM2.5）年均浓度控制在29微克每立方米以下。", D(29), "微克每立方米", "<=", {"doc_year": 2019, "year": 2020, "metric": "细颗粒物（PM2.5）年均浓度"}, id="chaozhou-micrograms-alone"),
    pytest.param("一、目标\n到2025年，PM2.5年均浓度控制在35μg/m³以下。", D(35), "μg/m³", "<=", {"year": 2025, "metric": "PM2.5年均浓度"}, id="micrograms-in-symbols"),
    pytest.param("一、目标\n到2025年，PM2.5年均浓度控制在35\u00b5g/m3以下。", D(35), "\u00b5g/m3", "<=", {"year": 2025}, id="micrograms-micro-sign"),
    # livestock, energy, trade, ports and teams (东辽县2023年政府工作报告: 黄牛养殖量增加1.5万头以上,
    # 蛋鸡饲养规模超过1000万只; plans' 亿千瓦时, 亿美元, 万标准箱, 支)
    pytest.param("一、目标\n力争黄牛养殖量增加1.5万头以上。", D("1.5"), "万头", ">=", {"kind": "change", "metric": "黄牛养殖量增加"}, id="dongliao-head-of-cattle"),
    pytest.param("一、目标\n带动全县蛋鸡饲养规模超过1000万只。", D(1000), "万只", ">", {"metric": "全县蛋鸡饲养规模"}, id="dongliao-laying-hens"),
    pytest.param("一、目标\n到2025年，年发电量达到50亿千瓦时。", D(50), "亿千瓦时", "=", {"metric": "年发电量"}, id="kilowatt-hours"),
    pytest.param("一、目标\n到2025年，实际使用外资达到10亿美元。", D(10), "亿美元", "=", {"metric": "实际使用外资"}, id="us-dollars"),
    pytest.param("一、目标\n到2025年，集装箱吞吐量达到100万标准箱。", D(100), "万标准箱", "=", {"metric": "集装箱吞吐量"}, id="teu"),
    pytest.param("一、目标\n到2025年，组建应急救援队伍10支。", D(10), "支", "=", {"metric": "应急救援队伍"}, id="teams"),
    # a growth rate held (十三五 纲要 2016: 经济年均增长保持在6.5%以上; a 政府工作报告's 增长稳定在…)
    pytest.param("一、目标\n“十三五”时期经济年均增长保持在6.5%以上。", D("6.5"), "%", ">=", {"doc_year": 2016, "kind": "growth", "year": 2020}, id="shisanwu-growth-held"),
    pytest.param("一、目标\n全年地区生产总值增长稳定在6%左右。", D(6), "%", "=", {"kind": "growth", "approx": True}, id="growth-steady-at"),
    # the jobs a plan creates (宁夏 2026 政府工作报告; a county's 2023 report, an endnote's mark glued to its noun)
    pytest.param("三、2026年工作安排\n加大以工代赈政策实施力度，开发城镇公益性岗位5000个。", D(5000), "个", "=", {}, id="ningxia-kaifa-gangwei"),
    pytest.param("三、2023年工作安排\n规范提升就业工厂，新开发“双协员”[21]305个，积极推广以工代赈。", D(305), "个", "=", {}, id="county-xin-kaifa-shuangxieyuan"),
    # …and capped (丽水 2023 责任分解: 8.居民消费价格涨幅控制在3%以内; 荆州 2009 分解落实: 7、居民消费价格涨幅控制在4.5%以内;
    # a county's 2023 report: 居民消费价格指数涨幅控制在3%左右); a level held under a cap stays a level
    pytest.param("一、目标\n8.居民消费价格涨幅控制在3%以内。", D(3), "%", "<=", {"kind": "growth"}, id="lishui-zhangfu-kongzhi-zai"),
    pytest.param("一、目标\n7、居民消费价格涨幅控制在4.5%以内（市发改委）。", D("4.5"), "%", "<=", {"kind": "growth"}, id="jingzhou-zhangfu-kongzhi-zai"),
    pytest.param("一、目标\n居民消费价格指数涨幅控制在3%左右。", D(3), "%", "=", {"kind": "growth", "approx": True}, id="county-zhangfu-kongzhi-zai-zuoyou"),
    pytest.param("一、目标\n城镇调查失业率控制在5.5%以内。", D("5.5"), "%", "<=", {"kind": "level"}, id="shiyelv-kongzhi-zai-level"),
    # 左右 after a series after 分别 holds for each figure (咸政发〔2023〕8号: 分别增长7%、8%左右); without it, none
    pytest.param("一、目标\n城乡居民人均可支配收入分别增长7%、8%左右。", D(7), "%", "=", {"approx": True, "count": 2}, id="xianyang-series-zuoyou"),
    pytest.param("一、目标\n城乡居民人均可支配收入分别增长7%、8%。", D(7), "%", "=", {"approx": False, "count": 2}, id="series-without-zuoyou"),
    # 其中 before a sentence's year (贵州 林业 2016: 其中2016年，贵州将争取林业投资46亿元以上)
    pytest.param("一、目标\n其中2016年，贵州将争取林业投资46亿元以上。", D(46), "亿元", ">=", {"doc_year": 2016, "year": 2016}, id="guizhou-qizhong-year"),
    # a span that says who is counted, the figure after it (健康儿童行动提升计划: 6个月内婴儿纯母乳喂养率达到50%以上);
    # a time limit alone stays (政务服务事项30日内办结)
    pytest.param("一、目标\n到2025年，6个月内婴儿纯母乳喂养率达到50%以上。", D(50), "%", ">=", {"count": 1}, id="ertong-span-of-the-subject"),
    pytest.param("一、目标\n政务服务事项30日内办结。", D(30), "日", "<=", {"count": 1}, id="a-time-limit-stays"),
    # a ratio per head a plan reaches (全民健身计划: 到2025年，每千人拥有社会体育指导员2.16名; a 卫生健康 plan's
    # 每万人口拥有全科医生3名); without a deadline or a hedge it reports (see NOTHING)
    pytest.param("一、目标\n到2025年，每千人拥有社会体育指导员2.16名。", D("2.16"), "名", "=", {"year": 2025}, id="jianshen-per-thousand"),
    pytest.param("一、目标\n力争每万人口拥有全科医生3名。", D(3), "名", "=", {"hedged": True}, id="per-ten-thousand-hedged"),
    # 同比 with a bound plans a change (资阳 2025 预期目标: 地区生产总值同比增长6.5%以上，固定资产投资同比增长6.5%以上),
    # and a clause without 同比 after it keeps its own target
    pytest.param("一、目标\n地区生产总值同比增长6.5%以上，固定资产投资增长6%。", D("6.5"), "%", ">=", {"kind": "growth", "count": 2}, id="ziyang-tongbi-with-a-bound"),
    pytest.param("一、目标\n力争全年地区生产总值同比增长7%。", D(7), "%", "=", {"kind": "growth", "hedged": True}, id="tongbi-hedged"),
    # a hedge holds up to a ；(三明 2023: 完成投资力争超过145亿元；开展农村人居环境整治，完成投资25亿元)
    pytest.param("一、目标\n完成投资力争超过145亿元；开展农村人居环境整治，完成投资25亿元。", D(145), "亿元", ">", {"hedged": True, "count": 2}, id="sanming-hedge-before-a-semicolon"),
    # 在2022年的基础上 is a baseline, no deadline (重庆 2023 双倍增: 到2027年，…在2022年的基础上实现“双倍增”，分别超过90家和870家)
    pytest.param("一、目标\n到2027年，专精特新企业数量在2022年的基础上实现倍增，超过870家。", D(870), "家", ">", {"year": 2027}, id="cq-on-the-basis-of-a-year"),
    # 根 for charging posts (婺城区 2025 政策举措); 开通 commits to a count (杭州 2025 物流 plan; 山东 数字经济's 新开通5G基站)
    # …but a count of such projects, or a sum a verb commits to, stays
    pytest.param("一、目标\n新建5亿元以上项目10个。", D(10), "个", "=", {}, id="a-count-of-bounded-projects"),
    pytest.param("一、目标\n全年完成投资5亿元以上。", D(5), "亿元", ">=", {"metric": "投资"}, id="a-sum-a-verb-commits-to"),
    pytest.param("一、目标\n新增公共充电设施260根以上。", D(260), "根", ">=", {"metric": "新增公共充电设施"}, id="wucheng-charging-posts"),
    pytest.param("一、目标\n开通城乡客货邮融合线路26条。", D(26), "条", "=", {"metric": "城乡客货邮融合线路"}, id="hangzhou-kaitong"),
    # what a 民生实事 list provides and equips, and the places it adds (桐庐 2020 民生实事: 在公共场所配置自动体外除颤仪(AED)15台;
    # 昆明 2023 惠民实事: 确保全年提供有效就业岗位14万个; 吉水 民生实事: 扩充公办幼儿园学位至1800个, the 至 no part of the name)
    pytest.param("一、民生实事\n5.在公共场所配置自动体外除颤仪(AED)15台，重点管理人员AED应用培训全覆盖。", D(15), "台", "=", {"doc_year": 2020, "metric": "自动体外除颤仪（AED）"}, id="tonglu-peizhi"),
    pytest.param("一、民生实事\n四、促进城乡就业。确保全年提供有效就业岗位14万个。", D(14), "万个", "=", {"doc_year": 2023, "metric": "有效就业岗位"}, id="kunming-tigong"),
    pytest.param("一、民生实事\n3.提升幼教服务水平，扩充公办幼儿园学位至1800个，全县公办幼儿园在园人数占比达到50%。", D(1800), "个", "=", {"doc_year": 2023, "count": 2, "metric": "公办幼儿园学位"}, id="jishui-kuochong-zhi"),
    # a modal before the verb is no part of the name (a city's 2022 goals: 2027年全市经济总量要达到2300亿元左右; 新华社 on
    # 吉林 2023: 意见提出吉林省粮食播种面积要达到9000万亩); 主要 stays
    pytest.param("一、目标\n●在速度指标上，地区生产总值年均要增长7%以上，2027年全市经济总量要达到2300亿元左右。", D(7), "%", ">=", {"count": 2, "metric": "地区生产总值年均增长"}, id="a-modal-in-the-first-clause"),
    pytest.param("一、目标\n2027年全市经济总量要达到2300亿元左右。", D(2300), "亿元", "=", {"metric": "全市经济总量", "year": 2027}, id="ismx-yao-dadao"),
    pytest.param("一、目标\n意见提出吉林省粮食播种面积要达到9000万亩。", D(9000), "万亩", "=", {"doc_year": 2023, "metric": "意见提出吉林省粮食播种面积"}, id="jilin-yao-dadao"),
    # the 到 of a deadline between the name and its year is no part of the name (镇江 2011 现代农业“十二五”规划)
    pytest.param("一、目标\n促进农民收入稳步增长。农民人均纯收入到2015年达2万元以上，力争达2.2万元。", D(2), "万元", ">=", {"doc_year": 2011, "count": 2, "metric": "农民人均纯收入", "year": 2015}, id="zhenjiang-dao-year"),
    # a 实事's works and who they serve (山西 2006 十二件实事: 解决6万户困难居民的住房, 移民搬迁5万人, 修建水泥(油)路1万公里;
    # 安顺 2019 十件实事: 二、解决6万人农村饮水安全问题; 杞县 2022: 修建“最美农村路”13公里)
    pytest.param("一、实事\n建设安康居住工程住房500万平方米，解决6万户困难居民的住房。", D(500), "万平方米", "=", {"doc_year": 2006, "count": 2}, id="shanxi-jiejue"),
    pytest.param("一、实事\n帮助山区农村20万贫困人口实现脱贫，移民搬迁5万人。", D(5), "万人", "=", {"doc_year": 2006, "metric": "移民"}, id="shanxi-banqian"),
    pytest.param("一、实事\n修建水泥（油）路1万公里。", D(1), "万公里", "=", {"doc_year": 2006, "metric": "水泥（油）路"}, id="shanxi-xiujian"),
    pytest.param("一、实事\n二、解决6万人农村饮水安全问题", D(6), "万人", "=", {"doc_year": 2019}, id="anshun-jiejue"),
    # what a 实事 list puts in (崇明 2025 实事项目; a county's 2023 实事 table)
    pytest.param("一、实事项目\n4.*为义务教育学校普通教室安装200台空调", D(200), "台", "=", {"doc_year": 2025, "metric": "空调"}, id="chongming-anzhuang"),
    pytest.param("一、实事\n完成27所学校教育基础设施改造提升,新安装空调970台、新风系统485套。", D(27), "所", "=", {"doc_year": 2023, "count": 3}, id="county-xin-anzhuang"),
    # the roads a year opens and the spots it clears, and what it pushes on (2026 政府工作报告 of 重庆, 北京, 上海;
    # 沁县 2025 任务分解: 推动潞讯精密电子30条生产线投产)
    pytest.param("三、重点工作\n新增1000处信号灯联网，打通50条断头路。", D(1000), "处", "=", {"doc_year": 2026, "count": 2}, id="beijing-datong"),
    pytest.param("三、重点工作\n治理中心城区交通堵乱点60处。", D(60), "处", "=", {"doc_year": 2026, "metric": "中心城区交通堵乱点"}, id="chongqing-zhili"),
    pytest.param("三、重点工作\n推动20个机关、企事业单位附属空间对社会开放共享。", D(20), "个", "=", {"doc_year": 2026}, id="shanghai-tuidong"),
    pytest.param("一、重点任务\n3.推动潞讯精密电子30条生产线投产。", D(30), "条", "=", {"doc_year": 2025}, id="qinxian-tuidong"),
    # what a plan sets up (宝山 2019 生活垃圾 实施方案: 并设置干湿垃圾储存点1处)
    pytest.param("三、主要任务\n2.每个小区配置四分类垃圾桶，并设置干湿垃圾储存点1处（可利用现有垃圾箱房改建）。", D(1), "处", "=", {"doc_year": 2019}, id="baoshan-shezhi"),
    # a clause that opens with 对 in a sentence with no policy's words names what a rule is for (嘉定 2023 文物 规定
    # 第十五条; 安顺 2023 储备粮 办法 第二十一条: …每年对市级储备粮至少开展1次全面抽检)
    pytest.param("第三章　巡查\n第十五条　各街镇对辖区内的各级文物保护单位每月巡查至少1次，对嘉定区文物保护点每月巡查至少2次，并做好巡查记录。",
                 D(1), "次", ">=", {"count": 2}, id="jiading-dui-clause"),
    pytest.param("第三章　质量\n第二十一条　市粮油质量检验中心每年对市级储备粮至少开展1次全面抽检。", D(1), "次", ">=", {}, id="anshun-dui-inside"),
    # the next item of a series after 、, with no verb of its own (河南 2026 政府工作报告: 国家高新技术企业达到1.5万家、
    # 科技型中小企业3.2万家); the bound of the item before does not stop it
    pytest.param("三、2026年重点工作\n（三）健全优质企业梯度培育体系，国家高新技术企业达到1.5万家、科技型中小企业3.2万家。",
                 D("1.5"), "万家", "=", {"doc_year": 2026, "count": 2}, id="henan-series-after-dun"),
    pytest.param("三、2026年重点工作\n（三）全市高新技术企业达到500家以上、科技型中小企业2000家。", D(500), "家", ">=", {"doc_year": 2026, "count": 2}, id="series-after-a-bound"),
    # an item of a list after an item of another unit still follows the verb of an item of its own unit
    # (福州 2018 促进就业: …城镇登记失业率控制在3.5%以内，农业富余劳动力转移就业3.8万人; a district's 2021 实事:
    # …控制在3%以内；支持成功自主创业2000人，支持大学生创业240人)
    pytest.param("一、目标\n全市实现城镇新增就业12.2万人，城镇登记失业率控制在3.5%以内，农业富余劳动力转移就业3.8万人。", D("12.2"), "万人", "=", {"doc_year": 2018, "count": 3}, id="fuzhou-list-after-another-unit"),
    # a ratio to one (长三角一体化发展规划纲要 2019: 中心区城乡居民收入差距控制在2.2:1以内, 差距缩小到1.2:1;
    # 镇江 2011 现代农业规划: 城市居民可支配收入与农民人均纯收入的比例下降至2.09:1)
    pytest.param("一、目标\n到2025年，中心区城乡居民收入差距控制在2.2:1以内。", D("2.2"), ":1", "<=", {"doc_year": 2019, "metric": "中心区城乡居民收入差距", "year": 2025}, id="csj-ratio-within"),
    pytest.param("一、目标\n到2025年，中心区人均GDP与全域人均GDP差距缩小到1.2:1。", D("1.2"), ":1", "=", {"doc_year": 2019, "metric": "中心区人均GDP与全域人均GDP差距"}, id="csj-ratio-narrowed"),
    pytest.param("一、目标\n城市居民可支配收入与农民人均纯收入的比例下降至2.09:1。", D("2.09"), ":1", "=", {"doc_year": 2011}, id="zhenjiang-ratio"),
    # the figure of 的目标 is the goal itself (云南 2017 稳增长: 确保实现财政收入增长4%的目标; a city's 2007 经济适用住房
    # plan: 须完成开工100万平方米、竣工80万平方米的目标任务)
    pytest.param("一、目标\n全省各级财政、税务等部门要加大财源培育力度，确保实现财政收入增长4%的目标。", D(4), "%", "=", {"doc_year": 2017, "kind": "growth", "metric": "财政收入增长"}, id="yunnan-de-mubiao"),
    pytest.param("一、目标\n2007年，全市经济适用住房建设须完成开工100万平方米、竣工80万平方米的目标任务。", D(100), "万平方米", "=", {"doc_year": 2007, "count": 2}, id="a-list-of-de-mubiao-renwu"),
    # …but a forecast to a year commits as a deadline does (预计到2025年, 预计2025年)
    pytest.param("一、目标\n预计到2025年，全市新能源汽车保有量达到10万辆。", D(10), "万辆", "=", {"year": 2025}, id="yuji-dao-a-year"),
    pytest.param("一、目标\n预计2025年全市新能源汽车保有量达到10万辆。", D(10), "万辆", "=", {"count": 1}, id="yuji-a-year"),
    # how many a 实事 serves, the clause opening with whom it is for (黔东南's 十件民生实事: 为全州7万名35-64岁妇女免费做
    # 宫颈癌筛查、为全州6.1万名…乳腺癌筛查; 平阳 2021: 为全县200名以上残疾儿童实施基本康复服务和救助)
    pytest.param("一、民生实事\n为全州7万名35-64岁妇女免费做宫颈癌筛查、为全州6.1万名35-64岁妇女免费做乳腺癌筛查。", D(7), "万名", "=", {"count": 2, "metric": "妇女"}, id="qiandongnan-wei-quanzhou"),
    # what a 实事's works are done on, the clause opening with 对 and the count (浦江 2021 实事进展, zjpy.gov.cn:
    # 对350户生活困难老年人家庭进行适老化改造; 钟楼 2021 重大民生实事 分解表; 黔东南 2022 报告's 十件民生实事)
    pytest.param("一、民生实事\n对350户生活困难老年人家庭进行适老化改造。", D(350), "户", "=", {"metric": "生活困难老年人家庭"}, id="pujiang-dui-350-hu"),
    pytest.param("一、民生实事\n对300户困难老人家庭进行居家适老化改造。", D(300), "户", "=", {"metric": "困难老人家庭"}, id="zhonglou-dui-300-hu"),
    pytest.param("一、民生实事\n完善养老服务体系和儿童福利机构，对2000户特殊困难老年人家庭适老化改造，打造16个示范性社区老年助餐点。", D(2000), "户", "=", {"count": 2}, id="qiandongnan-dui-2000-hu"),
    pytest.param("一、民生实事\n为全县200名以上残疾儿童实施基本康复服务和救助。", D(200), "名", ">=", {"metric": "残疾儿童"}, id="pingyang-wei-quanxian"),
    # 超 after 完成 is a comparator (only 作为, 成为… keep 为 from being one), and a bound right after the count
    # says which items are counted (黔东南's 十件民生实事: 完成超230个50户以上木质房屋连片村寨常高压给水管网建设)
    pytest.param("一、民生实事\n完善农村消防基础设施，完成超230个50户以上木质房屋连片村寨常高压给水管网建设。", D(230), "个", ">", {"count": 1}, id="qiandongnan-chao-and-a-bound"),
    pytest.param("第五条 一般事项须在一天内办结。", D(1), "天", "<=", {}, id="yi-tian-nei-a-time-limit"),
    # 辖区 is no 辖 of a division (a county's 2023 实事: 辖区内新建学校5所)
    pytest.param("一、民生实事\n辖区内新建学校5所。", D(5), "所", "=", {"count": 1}, id="xiaqu-is-no-jurisdiction"),
    # ≥ and ≤ as a list prints them (上海市 2022 老龄化 plan: 人均健康期望寿命≥71岁, 家庭病床…比例≥3‰)
    pytest.param("一、目标\n至2025年上海人均健康期望寿命≥71岁。", D(71), "岁", ">=", {"year": 2025, "metric": "上海人均健康期望寿命"}, id="shanghai-geq"),
    pytest.param("一、目标\n家庭病床总建床数占常住人口比例≥3‰。", D(3), "‰", ">=", {}, id="shanghai-geq-per-mille"),
    pytest.param("一、目标\n到2025年，PM2.5年均浓度≤35微克/立方米。", D(35), "微克/立方米", "<=", {"year": 2025}, id="leq"),
    pytest.param("一、目标\n到2020年，能源消费总量控制在50亿吨标准煤以内。", D(50), "亿吨标准煤", "<=", {"doc_year": 2016, "metric": "能源消费总量"}, id="jnjp13-coal-equivalent"),
    # a later clause that opens with a year of its own (国家林业局's 2020 goals; a 十四五 summary of
    # the national plan, 比率2020年要达到87%，2025年要达到87.5%)
    pytest.param("一、目标\n到2010年全国森林覆盖率达到20%以上，2020年达到23%以上。", D(20), "%", ">=", {"doc_year": 2009, "year": 2010, "metric": "全国森林覆盖率", "count": 2}, id="linye-first-milestone"),
    pytest.param("一、目标\n“十四五”时期，地级及以上城市空气质量优良天数比率2020年要达到87%，2025年要达到87.5%。", D(87), "%", "=", {"metric": "地级及以上城市空气质量优良天数比率", "count": 2}, id="shisiwu-year-in-the-metric"),
    # a bound after an act, or a share, stays a target beside the qualifier rule above
    pytest.param("一、目标\n新增残疾人公益性岗位70个以上，劳动年龄段持证残疾人就业率达60%以上。", D(70), "个", ">=", {"count": 2}, id="dongyang-70-ge-yishang"),
    # …4个结构性指标均实现10%以上增长: the count of indicators is none, the growth each reaches is one;
    # 年均 and 人均 are no 均 of a count
    pytest.param("一、目标\n持续推进重大项目攻坚，确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长。", D(10), "%", ">=", {}, id="shaoxing-4-ge-zhibiao-jun"),
    pytest.param("一、目标\n全市3个重点园区人均产值达到50万元。", D(50), "万元", "=", {}, id="renjun-is-no-jun-of-a-count"),
    # must not be taken for a rate per person (see NOTHING): an income per head to reach (腰堡镇 十四五 规划)
    pytest.param("二、目标\n农村常住居民人均可支配收入达到29969元，年均增长9%。", D(29969), "元", "=", {"count": 2}, id="yaobao-income-per-head"),
    # 分解 in another clause of the sentence leaves a target alone
    pytest.param("一、目标\n将全年减排任务分解到各区县，确保完成减排10万吨。", D(10), "万吨", "=", {"metric": "减排"}, id="fenjie-in-another-clause"),
    # a capacity per day ("十四五"城镇生活垃圾分类和处理设施发展规划; 固原市城乡生活垃圾分类及无害化处理中长期专项规划)
    pytest.param("一、目标\n到2025年底，全国城镇生活垃圾焚烧处理能力达到80万吨/日左右，城市生活垃圾焚烧处理能力占比65%左右。", D(80), "万吨/日", "=", {"approx": True, "year": 2025, "metric": "全国城镇生活垃圾焚烧处理能力", "count": 2}, id="wandun-per-day"),
    pytest.param("一、目标\n到2025年底，全区城市生活垃圾收运能力达9056吨/日，可以满足城市生活垃圾分类收集、分类转运需求。", D(9056), "吨/日", "=", {"year": 2025, "metric": "全区城市生活垃圾收运能力"}, id="dun-per-day"),
    pytest.param("一、目标\n生活垃圾焚烧和生化处置能力达到3.1万吨/天以上。", D("3.1"), "万吨/天", ">=", {"metric": "生活垃圾焚烧和生化处置能力"}, id="wandun-per-day-yishang"),
    # 斤 for grain (a province's 十四五 农业农村规划; a county's 政府工作报告)
    pytest.param("一、目标\n到2025年，粮食综合生产能力稳定在700亿斤以上。", D(700), "亿斤", ">=", {"metric": "粮食综合生产能力"}, id="jin-grain-capacity"),
    pytest.param("一、目标\n全年粮食总产量保持在120亿斤以上。", D(120), "亿斤", ">=", {"year": 2022}, id="jin-grain-output"),
    # a regulation's limits in compound units (a city's 道路交通安全条例; a 环境噪声 regulation;
    # a 水污染防治 plan)
    pytest.param("第五条 机动车在城区道路行驶速度不得超过60公里/小时。", D(60), "公里/小时", "<=", {}, id="speed-limit"),
    pytest.param("第一条 夜间噪声不得超过45分贝。", D(45), "分贝", "<=", {"metric": "夜间噪声"}, id="decibels-not-points"),
    pytest.param("一、目标\n到2025年，出水化学需氧量浓度不高于30毫克/升。", D(30), "毫克/升", "<=", {"year": 2025}, id="milligrams-per-litre"),
    # a rate per 100 000 (“健康中国2030”规划纲要's form; a province's 十四五 卫生健康规划)
    pytest.param("一、目标\n到2025年，孕产妇死亡率控制在12/10万以下。", D(12), "/10万", "<=", {"metric": "孕产妇死亡率"}, id="per-100000-below"),
    pytest.param("一、目标\n到2025年，孕产妇死亡率下降到14.5/10万，婴儿死亡率下降到6‰。", D("14.5"), "/10万", "=", {"count": 2}, id="per-100000-and-per-mille"),
    pytest.param("一、目标\n到2015年，全国万元国内生产总值能耗下降到0.869吨标准煤（按2005年价格计算）。", D("0.869"), "吨标准煤", "=", {"doc_year": 2011, "metric": "全国万元国内生产总值能耗", "baseline_year": None}, id="jnjp12-coal-equivalent-and-a-note"),
    # the year a change is counted from (the same plans; “十四五”节能减排综合工作方案, 国发〔2021〕33号)
    pytest.param("一、目标\n到2020年，全国万元国内生产总值能耗比2015年下降15%。", D(-15), "%", "=", {"doc_year": 2016, "baseline_year": 2015, "metric": "全国万元国内生产总值能耗下降"}, id="jnjp13-bi-year"),
    pytest.param("一、目标\n到2017年，全国地级及以上城市可吸入颗粒物浓度比2012年下降10%以上。", D(-10), "%", "<=", {"doc_year": 2013, "baseline_year": 2012, "year": 2017}, id="dqsc-bi-year"),
    pytest.param("一、目标\n与2020年相比，单位地区生产总值能耗下降14.5%。", D("-14.5"), "%", "=", {"baseline_year": 2020}, id="yu-year-xiangbi"),
    pytest.param("一、目标\n城镇居民人均可支配收入比上年增长8%。", D(8), "%", "=", {"kind": "growth", "baseline_year": None}, id="bi-shangnian-no-year"),
    pytest.param("一、目标\n到2025年，能源消费总量比2020年减少，能耗控制在50亿吨标准煤以内。", D(50), "亿吨标准煤", "<=", {"kind": "level", "baseline_year": None}, id="a-level-has-no-baseline-year"),
    # names before 均 share the figure: one target each (临海 2023: 财政总收入和地方财政收入均增长6.5%以上;
    # 湖州 2017: 财政总收入、地方财政收入均增长7%), but 人均 is no 均 of names
    pytest.param("一、目标\n2023年，财政总收入和地方财政收入均增长6.5%以上。", D("6.5"), "%", ">=", {"doc_year": 2023, "count": 2, "metric": "财政总收入增长"}, id="linhai-jun-two-names"),
    pytest.param("一、目标\n财政总收入、地方财政收入均增长7%；城镇居民人均可支配收入增长8%。", D(7), "%", "=", {"doc_year": 2017, "count": 3, "metric": "财政总收入增长"}, id="huzhou-jun-and-renjun"),
    # renewal and repair verbs commit (江苏 2024 设备更新: 累计更新…老旧住宅电梯4.5万台, a note after the verb naming
    # nothing; 农村公路提升行动方案: 改造危旧桥梁…9000座; 三明 2023: 续建城市地下综合管廊1.8公里)
    pytest.param("一、目标\n推进建筑和市政基础设施领域设备更新方面，到2027年累计更新（含整机和零部件更新）老旧住宅电梯4.5万台。", D("4.5"), "万台", "=", {"doc_year": 2024, "year": 2027, "metric": "老旧住宅电梯"}, id="jiangsu-gengxin"),
    pytest.param("一、目标\n到2027年，实施安全生命防护工程15万公里，改造危旧桥梁9000座。", D(15), "万公里", "=", {"doc_year": 2023, "count": 2}, id="gonglu-gaizao"),
    pytest.param("一、目标\n新增城乡公共停车泊位4226个，续建城市地下综合管廊1.8公里。", D(4226), "个", "=", {"doc_year": 2023, "count": 2}, id="sanming-xujian"),
    # the works of a 民生实事 list commit (涉县 2025: 硬化道路10万平方米, 铺设雨水管网345米;
    # 甘谷 2020: 硬化村内巷道37.5万平方米; 泉州 2021: 新改扩建20所公办幼儿园)
    pytest.param("一、2025年村内基础设施提升工程\n在17个乡镇（街道办）硬化道路10万平方米并安装太阳能路灯1000盏，惠及17个乡镇（街道办）。", D(10), "万平方米", "=", {"doc_year": 2025, "count": 2}, id="shexian-yinghua-anzhuang"),
    pytest.param("一、2025年城区雨污分流工程\n铺设雨水管网345米，铺设污水管网348米。", D(345), "米", "=", {"doc_year": 2025, "count": 2}, id="shexian-pushe"),
    pytest.param("一、民生实事\n（13）硬化村内巷道37.5万平方米。", D("37.5"), "万平方米", "=", {"doc_year": 2020}, id="gangu-yinghua"),
    pytest.param("一、民生实事\n1. 新改扩建20所公办幼儿园；", D(20), "所", "=", {"doc_year": 2021}, id="quanzhou-xingaikuojian"),
    # the items of a list after one verb each name their own thing (江苏 2024: 更新提升78个断面监测水站、4500个大气站点、…)
    pytest.param("一、目标\n到2027年，淘汰落后煤电产能200万千瓦以上，更新提升4500个大气站点、14个省级监测机构的仪器设备。", D(200), "万千瓦", ">=", {"doc_year": 2024, "count": 3}, id="jiangsu-list-after-a-verb"),
    # a bound that is part of the goal named after it (人社部 2013年工作要点: …城镇登记失业率控制在4.6%以内的目标任务)
    pytest.param("一、目标\n今年要努力完成城镇新增就业900万人以上、城镇登记失业率控制在4.6%以内的目标任务。", D(900), "万人", ">=", {"doc_year": 2013, "count": 2}, id="renshebu-goal-task"),
    # …but what a 实事 builds is counted (a 民生实事 item: 新建民生实事项目展示中心3个)
    pytest.param("一、目标\n2024年，新建民生实事项目展示中心3个。", D(3), "个", "=", {"doc_year": 2024}, id="a-shishi-item-counts"),
    # magnitudes as reports say them: 亿度 for energy (谯城 2025 进度: 新能源发电量23.5亿度以上), a
    # magnitude alone (“十四五”国家信息化规划: 网民规模从2020年的9.89亿提高到12亿)
    pytest.param("一、目标\n2025年，新能源发电量23.5亿度以上，非化石能源消费比重提高。", D("23.5"), "亿度", ">=", {"metric": "新能源发电量"}, id="qiaocheng-yi-du"),
    pytest.param("一、目标\n到2025年，网民规模从2020年的9.89亿提高到12亿。", D(12), "亿", "=", {"doc_year": 2021, "metric": "网民规模", "baseline": D("9.89")}, id="xinxihua-bare-yi"),
    # 余 between the magnitude and the unit (潍坊 2021 低保: 惠及城乡低保和特困人员11万余人)
    pytest.param("一、目标\n到2025年，惠及城乡低保和特困人员11万余人。", D(11), "万人", ">", {"metric": "惠及城乡低保和特困人员"}, id="weifang-wan-yu-ren"),
    # a series after 分别: each value its own name, all under the word before the first
    pytest.param("一、目标\n到2025年，化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量比2020年分别下降8%、8%、10%以上、10%以上。", D(-8), "%", "=", {"count": 4, "metric": "化学需氧量下降", "baseline_year": 2020}, id="jnjp14-series"),
    pytest.param("一、目标\n到2017年，京津冀、长三角、珠三角等区域细颗粒物浓度分别下降25%、20%、15%左右。", D(-25), "%", "=", {"doc_year": 2013, "count": 3, "metric": "京津冀下降", "kind": "change"}, id="dqsc-series"),
]


@pytest.mark.parametrize(
    "body, year, expected",
    [
        # 2025年年底前 is 2025年底前 (新乡 2020 政务公开 方案: 2020年年底前,我市初步建成26个…目录体系; 郑州 2021 乡村建设:
        # …2025年年底前农村无害化卫生厕所普及率达到95%), and a figure under 今年 is the document's year's, not the
        # year of the deadline after it (郑州: 今年年底前,…通达率达80%以上,…;2025年年底前,…通达率达100%)
        ("一、目标\n2020年年底前,我市初步建成26个试点领域基层政务公开事项目录体系。", 2020,
         [("试点领域基层政务公开事项目录体系", D(26), 2020)]),
        ("一、目标\n今年年底前,郑州市行政村快递物流服务通达率达80%以上;2025年年底前,行政村快递物流服务通达率达100%。", 2021,
         [("郑州市行政村快递物流服务通达率", D(80), 2021), ("行政村快递物流服务通达率", D(100), 2025)]),
        # …and with no year of its own, the document's, not the one after (a report with no date)
        ("一、目标\n今年年底前,新改造农村无害化卫生厕所3万户,2025年年底前农村无害化卫生厕所普及率达到95%。", None,
         [("农村无害化卫生厕所", D(3), None), ("农村无害化卫生厕所普及率", D(95), 2025)]),
        # a sentence that opens with its year, then a clause with a later one (a city's 2011 education plan:
        # 2015年…分别达到90%…;2020年分别达到98%…): each series its own year
        ("一、目标\n2015年义务教育巩固率和高中阶段教育毛入学率分别达到99%和92%;2020年分别达到99%和95%。", 2011,
         [("义务教育巩固率", D(99), 2015), ("高中阶段教育毛入学率", D(92), 2015), ("义务教育巩固率", D(99), 2020), ("高中阶段教育毛入学率", D(95), 2020)]),
    ],
    ids=["xinxiang-nian-niandi-qian", "zhengzhou-jinnian-then-2025", "zhengzhou-no-year-of-its-own", "a-second-series-year"],
)
def test_a_double_year_deadline_and_todays_year(body, year, expected):
    assert [(t.metric, t.value, t.year) for t in text_targets(body, year)] == expected


def test_a_clause_that_opens_with_a_year_has_that_deadline():
    found = text_targets("一、目标\n到2010年全国森林覆盖率达到20%以上，2020年达到23%以上。", 2009)  # 国家林业局, 2009
    assert [(t.value, t.year, t.metric) for t in found] == [(D(20), 2010, "全国森林覆盖率"), (D(23), 2020, "全国森林覆盖率")]
    found = text_targets("一、目标\n“十四五”时期，地级及以上城市空气质量优良天数比率2020年要达到87%，2025年要达到87.5%。")
    assert found[1].year == 2025
    # years that open the items of a list with no deadline before them (扬府发〔2024〕178号: 2025年突破…、
    # 2028年冲刺…), the size after a pace named before it being the thing the pace is of
    found = text_targets("一、目标\n服务业增加值年均增速高于GDP年均增速0.5个百分点左右，2025年突破4000亿元、2028年冲刺5000亿元，为全市提供更强支撑。")
    assert [(t.value, t.year, t.metric) for t in found[1:]] == [(D(4000), 2025, "服务业增加值"), (D(5000), 2028, "服务业增加值")]
    # 比2020年 names a baseline, and 已达到 a past figure: neither opens a clause's deadline
    found = text_targets("一、目标\n到2025年，单位地区生产总值能耗比2020年下降14%，2022年已达到85%。")
    assert [(t.value, t.year) for t in found] == [(D(-14), 2025)]


# --- the year a paragraph's opening sentence gives the sentences after it -----------------------

PARAGRAPH_YEARS = [
    # a deadline that opens a sentence inside a paragraph holds the sentences after it (扬府发〔2024〕178号;
    # 眉山 林业“十四五”规划, quoted after 《规划》提出), up to a sentence that opens with another year
    pytest.param(
        "一、目标\n努力将扬州建设成为现代服务业高地。到2025年，力争全市服务业增加值达4050亿元。"
        "生产性服务业加快发展，占服务业增加值比重达60%。到2028年，全市服务业规模以上企业达到3000家。",
        2024,
        [(D(4050), 2025), (D(60), 2025), (D(3000), 2028)],
        id="yangzhou-deadline-inside-a-paragraph",
    ),
    pytest.param(
        "一、目标\n《规划》提出，到2025年，眉山市完成营造林45万亩。建成林业产业基地300万亩。",
        2022,
        [(D(45), 2025), (D(300), 2025)],
        id="meishan-what-the-plan-says",
    ),
    # 省政府工作报告指出，2025年…主要预期目标是 (福建 2025): the year after what says it
    pytest.param(
        "一、目标\n省政府工作报告指出，2025年经济社会发展的主要预期目标是，全省地区生产总值增长5.5%左右。",
        2025,
        [(D("5.5"), 2025)],
        id="fujian-what-the-report-says",
    ),
    # a year with a commitment right after it, no comma (腰堡镇 十四五 规划: 2025年确保…。其中，…, the one copy
    # seen); one before the document's year still reports (hunan-a-past-years-paragraph)
    pytest.param(
        "二、发展目标\n2025年确保全镇生产总值实现9.3亿元，年均增长6.5%。其中，第一产业增加值实现2亿元，年均增长3.3%。"
        "公共财政预算收入实现8087万元，年均增长9.3%。",
        2021,
        [(D("9.3"), 2025), (D("6.5"), 2025), (D(2), 2025), (D("3.3"), 2025), (D(8087), 2025), (D("9.3"), 2025)],
        id="yaobao-year-then-queba",
    ),
    # before the deadline's sentence, the paragraph has none
    # a sentence that opens with what it acts on (福建 2021 农村人居环境: 根据《…实施方案》，到2025年，…)
    pytest.param(
        "一、目标\n根据《福建省农村人居环境整治提升五年行动实施方案》，到2025年，农村人居环境显著提升。农村生活污水治理率达到65%以上。",
        2021,
        [(D(65), 2025)],
        id="fujian-genju-then-a-deadline",
    ),
    pytest.param(
        "一、目标\n新建社区养老服务站20个。到2025年，全市养老床位达到5000张。",
        2022,
        [(D(20), None), (D(5000), 2025)],
        id="a-deadline-holds-nothing-before-it",
    ),
    # a paragraph that opens with a year before the document's own reports it (湘政发〔2017〕10号's
    # 2016年，…; 泽州 2023 政府工作报告's 2022年，…): none of its sentences states a target
    pytest.param(
        "一、计划\n2016年，我省主动适应新常态，实现了“十三五”良好开局。全省实现地区生产总值3.12万亿，增长7.9%；"
        "粮食总产量稳定在600亿斤左右。",
        2017,
        [],
        id="hunan-a-past-years-paragraph",
    ),
    pytest.param(
        "一、工作回顾与安排\n2022年，是泽州发展历程中极不平凡的一年。地区生产总值达到556.4亿元，规模以上工业增加值增长14.5%。",
        2023,
        [],
        id="zezhou-a-past-years-paragraph",
    ),
    # a past plan's period opening the paragraph (林草“十四五”规划纲要: "十三五"期间,林草产业稳步壮大。…
    # 带动2000多万贫困人口脱贫增收; a province's 十四五 plan), but not the plan's own period
    pytest.param(
        '一、发展基础\n"十三五"期间，林草产业稳步壮大。林草产业总产值超过8万亿元。生态扶贫成效显著，带动2000多万贫困人口脱贫增收。',
        2021,
        [],
        id="linye-a-past-plans-paragraph",
    ),
    pytest.param(
        "一、发展基础\n“十三五”时期，全省经济实力跃上新台阶。全省地区生产总值年均增长7.1%，森林覆盖率达到62%。",
        2021,
        [],
        id="a-past-plans-period-unquoted-shiqi",
    ),
    pytest.param(
        "一、目标\n“十四五”期间，全市新增城镇就业5万人以上。高校毕业生就业率保持在90%以上。",
        2021,
        [(D(5), 2025), (D(90), 2025)],
        id="the-plans-own-period",
    ),
    # a review heading over the paragraphs (固镇 2025 政府工作报告: 2024年工作回顾; 长江日报's 湖北 2025 报告摘要:
    # ■ 2024年成绩单), up to the heading of the year's goals
    pytest.param(
        "2024年工作回顾\n坚持工业强县，实体经济稳中向好\n工业经济稳中有进。获批制造强省建设项目15个、奖补资金1452.3万元，均实现翻番。完成工业投资57亿元、技改投资41亿元。",
        2025,
        [],
        id="guzhen-work-review-heading",
    ),
    pytest.param(
        "■ 2024年成绩单\n●粮食总产达到557亿斤\n■ 2025年经济社会发展的主要预期目标\n●经济增长6%左右\n●粮食产量继续保持500亿斤以上",
        2025,
        [(D(6), 2025), (D(500), 2025)],
        id="hubei-results-then-goals",
    ),
    # …and a later sentence that opens with a deadline or the document's year states one again
    pytest.param(
        "一、计划\n2016年，全省实现地区生产总值3.12万亿，增长7.9%。2017年，全省地区生产总值增长7.5%左右。",
        2017,
        [(D("7.5"), 2017)],
        id="the-documents-year-after-a-past-one",
    ),
]


def test_a_headings_year_with_words_before_its_work():
    # 龙游 2025 政府工作报告: 二、2025年目标任务和重点工作, the goals under it naming no year of their own
    body = "二、2025年目标任务和重点工作\n建议2025年全县经济社会发展的努力目标为:全县生产总值增长7%;固定资产投资增长10%以上;社会消费品零售总额增长7%。"
    assert [(t.value, t.year) for t in text_targets(body, 2022)] == [(D(7), 2025), (D(10), 2025), (D(7), 2025)]


def test_a_division_of_a_work_reports_tasks_takes_the_reports_year_from_its_letter():
    # 黑龙江 2013: …关于落实《政府工作报告》重点工作责任分工的意见, its title naming no year, its letter 现就2013年《政府
    # 工作报告》确定的重点工作任务提出责任分工意见如下; must not: a letter that names the report of no year gives none
    import gazette_cli

    head = "黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n各市(地)人民政府(行署),省政府各有关直属单位:\n"
    body = "一、全省经济社会发展主要目标\n(一)地区生产总值增长11%左右。(省发改委负责)\n"
    letter = "按照省委经济工作会议的部署,现就2013年《政府工作报告》确定的重点工作任务提出责任分工意见如下:\n"
    (n,) = gazette_cli.parse_text(head + letter + body).notices
    assert [(t.value, t.year) for t in n.targets] == [(D(11), 2013)]
    (m,) = gazette_cli.parse_text(head + "现就《政府工作报告》确定的重点工作任务提出责任分工意见如下:\n" + body).notices
    assert [(t.value, t.year) for t in m.targets] == [(D(11), None)]


def test_an_item_under_a_goals_heading_takes_its_first_paragraphs_deadline():
    # 广州 2012 科技创新工程实施意见: 一、发展目标 names no year; its item 1 sets 到2015年 in its first paragraph, and
    # the goals under it are that year's.  Must not: an item under another heading passes its deadline on to nothing
    body = ("一、发展目标\n1.实施创新驱动战略，把创新作为城市发展的核心动力。打造具有国际影响力的华南科技创新中心，"
            "到2015年将广州建设成为国家创新型城市。\n创新型企业集群发展壮大。大中型工业企业设立研发机构的比例达35%。\n"
            "二、主要任务\n2.建设重大创新平台，到2015年建成一批科技园区。\n园区企业研发机构比例达到40%。\n")
    assert [(t.value, t.year) for t in text_targets(body, 2012)] == [(D(35), 2015), (D(40), None)]


@pytest.mark.parametrize(
    "body, expected",
    [
        # 新乡 2023 制造强市三年行动计划: a clause titled 发展目标。, its deadline after the title, its goals in
        # the paragraphs under it
        ("一、总体要求\n（一）指导思想。坚持把制造业高质量发展作为主攻方向。\n（二）发展目标。到2025年，初步建成能级更高、结构更优的先进制造业强市。\n"
         "产业能级更高。制造业增加值占全市生产总值的比重稳定在30%以上，规模以上工业企业力争突破2200家。\n",
         [(D(30), 2025), (D(2200), 2025)]),
        # 创业安徽行动方案: the deadline inside the first paragraph's sentence, the yearly goals under it
        ("二、主要目标\n树立国际视野，拉高标杆，奋勇争先，到2025年底，形成创业环境一流的新格局。\n"
         "——每年新增市场主体100万户以上，其中新增企业30万户以上。\n",
         [(D(100), 2025), (D(30), 2025)]),
        # must not: a sentence that ends with 目标。 inside a clause is no title; a first paragraph without a deadline gives none
        ("二、重点任务\n（一）稳定增长。确保实现全年目标。到2025年，工业投资稳步增长。\n规模以上工业企业突破2200家。\n",
         [(D(2200), None)]),
        ("二、主要目标\n树立国际视野，拉高标杆，形成创业环境一流的新格局。\n——每年新增市场主体100万户以上。\n",
         [(D(100), None)]),
    ],
    ids=["xinxiang-title-runs-on", "anhui-deadline-inside-the-sentence", "a-sentence-ending-in-mubiao", "no-deadline-under-the-title"],
)
def test_goals_under_a_goals_title_take_its_first_paragraphs_deadline(body, expected):
    assert [(t.value, t.year) for t in text_targets(body, 2023)] == expected


@pytest.mark.parametrize("body, year, expected", PARAGRAPH_YEARS)
def test_a_paragraphs_opening_year(body, year, expected):
    assert [(t.value, t.year) for t in text_targets(body, year)] == expected


@pytest.mark.parametrize("body,value,unit,comparator,extra", READS)
def test_read(body, value, unit, comparator, extra):
    extra = dict(extra)
    found = text_targets(body, extra.pop("doc_year", 2022))  # the year of the document the sentence is from
    assert len(found) == extra.pop("count", 1), [t.text for t in found]
    keys = ("value", "unit", "comparator", *extra)
    assert view(found[0], keys) == (value, unit, comparator, *extra.values())


# --- numbers that are not targets, each with the rule that leaves it out -----------------------------

NOTHING = [
    # the land a project takes, stated as a fact (南漳镇 2023 工作计划)
    pytest.param('(一)中药材种植产业园项目:该项目位于我镇东王内村,总投资120万元,占地500余亩,目前正在进行土地流转,预计2022年12月开工建设,2023年5月竣工。', id="nanzhang-zhandi-mu"),
    # what a place has, with its parts after 其中 (潞城 2015 火灾 应急预案's state of things)
    pytest.param("1.4 现状分析\n" + '我市共有消防安全重点单位80家,其中易燃易爆场所28家,主要分布在我市山化、店上镇等;人员密集场所24家,主要分布在我市城区内;文物古建筑28家,主要分布在我市成家川办事处、黄牛蹄乡等。', id="lucheng-gongyou-qizhong"),
    # in brackets after a title, how many items it lists (国办发〔2022〕35号: （三）持续提升投资和建设便利度（7项）。“…”、“…”)
    pytest.param('一、复制推广的改革举措' + "\n" + '（三）持续提升投资和建设便利度（7项）。“推进社会投资项目‘用地清单制’改革”、“分阶段整合相关测绘测量事项”、“推行水电气暖等市政接入工程涉及的行政审批在线并联办理”、“开展联合验收‘一口受理’”、“进一步优化工程建设项目联合验收方式”、“简化实行联合验收的工程建设项目竣工验收备案手续”、“对已满足使用功能的单位工程开展单独竣工验收”等。', id="guobanfa-items-a-title-lists"),
    # the share of a base a grant in the sentence pays (津政办规〔2023〕4号; 安徽 2025 通用人工智能 政策 2.0, traditional
    # characters there)
    pytest.param('对总投资5000万元以上、补足重点产业关键环节短板的重大工业项目,以及总投资1000万元以上的促进智能化、高端化、绿色化、数字化、低碳化、增产扩能等新一轮工业技术改造投资项目,竣工投产后按照设备、软硬件工具等投资额的10%,给予最高5000万元支持。', id="tianjin-share-of-investment"),
    pytest.param('(牽頭單位:省科技廳;配合單位:省有關部門,各市人民政府)支持建設科學研究領域人工智能應用基地,按不超過項目主體當年研發投入的30%,給予最高1000萬元支持。', id="anhui-share-of-research"),
    # how many of an item's projects are of each class (梧州 2024 为民办实事“十大”工程, its page in traditional characters;
    # the one copy seen)
    pytest.param("一、科教惠民工程(項目6個,其中基建工程類5個、“小而美”事項類1個)。", id="wuzhou-parts-by-class"),
    pytest.param("四、文化體育惠民工程(項目4個,其中基建工程類3個、“小而美”事項類1個)。", id="wuzhou-parts-by-class-2"),
    # the one item a policy's grant is counted by (福州高新区 2023 高企 六条措施; 温州 龙湾 服务业 意见)
    pytest.param("四、支持孵化载体\n对经认定的科技企业孵化器、众创空间，每培育或引进1家规模以上（限额以上）国家高新技术企业，给予运营机构3万元奖励。", id="fuzhou-each-firm-rewarded"),
    pytest.param("一、措施\n每新引进或培育新增1家符合集聚示范区产业定位的限上商贸业企业或规上服务业企业，给予集聚区管理单位5万元奖励。", id="longwan-each-firm-rewarded"),
    # a sanction's scale of multiples, with or without a fine named in its sentence (赤城 2024 禁牧 通告; 专利代理条例 第二十七条)
    pytest.param("四、禁牧期限：全年\n致使林木受到毁坏的，依法赔偿损失；补种毁坏株数一倍以上三倍以下的树木。", id="chicheng-buzhong-beishu"),
    pytest.param("第二十七条　违反本条例规定擅自开展专利代理业务的，由省、自治区、直辖市人民政府管理专利工作的部门责令停止违法行为，"
                 "没收违法所得，并处违法所得1倍以上5倍以下的罚款。", id="01-fine-beishu"),
    # a benefit's rate per person and month, a sum paid (金湖 2019 低保 标准, 人社部发〔2015〕5号 基础养老金, 绍兴 2025 特困)
    pytest.param("一、调整标准\n其中城市居民最低生活保障标准由每人每月580元提高到610元，农村居民最低生活保障标准由每人每月520元提高到610元。", id="jinhu-dibao-per-person"),
    pytest.param("全国城乡居民基本养老保险基础养老金最低标准提高至每人每月70元，即在原每人每月55元的基础上增加15元。", id="mohrss-pension-per-person"),
    pytest.param("一、标准\n从2025年1月1日起，特困人员基本生活标准统一调整为每人每月2137元。", id="shaoxing-tekun-per-person"),
    # 最后一次, 最后一个: the last of them, no count (明码标价和禁止价格欺诈规定 第十六条; 古美路街道 2022 独居老人消防 方案)
    pytest.param("第十六条 前七日内没有交易的，应当不高于本次价格比较前最后一次交易价格。", id="samr-zuihou-yici"),
    pytest.param("五、工作要求\n此后，请于每季度最后一个周五前（9月30日、12月30日），更新报送独居老人排摸统计表。", id="gumeilu-zuihou-yige"),
    # a score given and a grade's band (凤阳 2015 议案建议提案办理考核细则; 朔州 民政局 信息公开考核制度 第五条, its bands)
    pytest.param("二、考核内容\n3.人大代表议案、建议和政协委员提案办理各为1分，计2分。", id="fengyang-scores-given"),
    pytest.param("第五条 90分以上为优秀，70分-89分为合格，70分以下为不合格。", id="shuozhou-grade-bands"),
    # the projects a fund's plan holds, counted by class after their total (泽库 2023 衔接资金 分配计划); must not: see
    # jiangxi-sifenzhiyi, a goal's share after 其中 with no total of projects before it
    pytest.param("一、计划\n按照资金下达规模,共安排了6个项目,项目总投资为1259万元,其中:基础设施建设项目3项,总资金938万元;产业发展项目2项,"
                 "总资金307万元;项目管理1项,投资14万元。资金分配计划具体如下:", id="zeku-projects-by-class"),
    # a report's 总体情况 (高淳区 2022 政府信息公开工作年度报告; 紫阳 2022 督查通报 on the tasks of a meeting)
    pytest.param("一、总体情况\n全区各板块、各部门通过“高淳区人民政府门户网站”发布信息4583条，其中主动公开各类政府信息2107条。", id="gaochun-zongti-qingkuang"),
    pytest.param("一、总体情况\n2022年第八次县政府常务会议确定事项22件,截至9月14日,已办结6件,占比27%;正在办理16件,占比73%(详见附件)。", id="ziyang-zongti-qingkuang"),
    # a statistical bulletin saved without its title, known by its first sections (松原 2024, 东宝区 2020)
    pytest.param("一、综合\n初步核算,全年全市实现地区生产总值1002.18亿元,按可比价格计算,比上年增长3.8%。\n二、农业\n"
                 "全年全市实现农林牧渔业增加值249.83亿元,比上年增长3.8%。", id="songyuan-bulletin"),
    pytest.param("一、综合\n初步核算,2020年全区完成生产总值356.56亿元,下降4.2%。\n二、农 业\n"
                 "全年全区农林牧渔业总产值31.7亿元,按可比价格计算,比上年增长0.9%。", id="dongbao-bulletin-spaced-title"),
    # 三次产业, the three sectors of an economy (创业安徽行动方案)
    pytest.param("二、主要目标\n是推进三次产业高质量协同发展、持续优化经济结构的重要支撑。", id="anhui-sanci-chanye"),
    # how many a decision names, the first before 等 (镇人社办发〔2022〕16号 认定 技能大师工作室; 花垣 2024 规范性文件清理 决定)
    pytest.param("一、认定\n认定谈际生等5个技能大师工作室入选2022年镇江市技能大师工作室、董光平等3人为镇江市技能大师工作室新领衔人。", id="zhenjiang-rending-deng"),
    pytest.param("三、废止\n《花垣县人民政府办公室关于印发〈花垣县农村土地经营权流转管理办法实施细则（试行）〉的通知》等2件规范性文件废止。", id="huayuan-feizhi-deng"),
    # the document's own indicators counted (北京 2026 政府工作报告: 《纲要草案》…设置了29项主要指标; 广西 2026: 细化提出25项主要指标)
    pytest.param("二、目标\n围绕上述目标，《纲要草案》从创新、协调、绿色、开放、共享、安全6个维度设置了29项主要指标。", id="own-indicators-set"),
    pytest.param("二、目标\n对照国家规划纲要，细化提出25项主要指标。", id="own-indicators-listed"),
    # must not: the same series reporting a year past, and an item after 、 that follows no target
    pytest.param("一、回顾\n2025年，国家高新技术企业达到1.4万家、科技型中小企业3万家。", id="series-history"),
    pytest.param("三、重点工作\n我省国家高新技术企业1.4万家、科技型中小企业3万家，居中部前列。", id="series-after-no-target"),
    # round the clock: how a service is kept (上海 2026 政府工作报告; 国办函〔2005〕57号's 应急预案), and 治理 done before
    pytest.param("三、重点工作\n有序推动公园24小时开放。", id="round-the-clock-open"),
    pytest.param("四、应急保障\n工作指挥部办公室必须24小时值班。", id="round-the-clock-on-duty"),
    pytest.param("一、回顾\n过去一年，我们治理违法建设2049万平方米，打通53条断头路。", id="zhili-datong-done"),
    # 安装 with what was put in already, or a fee for it (崇明 2025's 实事 as a county's table reports it: 已经安装公办中小学
    # 970台空调; a 实事's price cap)
    pytest.param("一、进展\n已经安装公办中小学970台空调。", id="anzhuang-already"),
    pytest.param("二、要求\n安装费用每台不超过200元。", id="anzhuang-a-fee"),
    # 一个 after a verb is an article (建立一个…机制), and 一所 not built is no count (每一所学校, 同一所学校)
    pytest.param("一、措施\n建立一个统一高效的协调机制，每一所学校都要落实责任。", id="yige-an-article"),
    # the share of a body that a motion or a vote needs (村民委员会组织法 第二十一条; 民法典 第二百七十八条)
    pytest.param("第二十一条 村民会议由村民委员会召集。有十分之一以上的村民或者三分之一以上的村民代表提议，应当召集村民会议。", id="cunweihui-a-motions-threshold"),
    pytest.param("第二百七十八条 决定前款第六项至第八项规定的事项，应当经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。", id="minfadian-a-votes-threshold"),
    pytest.param("第二条 应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。", id="minfadian-a-quorum"),
    pytest.param("第六十四条 宪法的修改，由全国人民代表大会以全体代表的三分之二以上的多数通过。", id="xianfa-a-majority"),
    # 对 and a count with no works on them: a check (浦江 2021 进展: 对6家预建设托育机构进行半年度督导), a bound of
    # whom a policy is for
    pytest.param("一、进展\n牵头联合教育、财政等部门对6家预建设托育机构进行半年度督导并上报督导情况总结。", id="pujiang-dui-a-check"),
    pytest.param("一、政策\n对3家以上企业联合实施的技术改造项目，按投资额的10%给予补助。", id="dui-a-bound-of-a-policy"),
    # a time, a map's scale and shares of a cost are no ratio to one (9:10开始; 1:10000比例尺; 按4:3:3的比例分担)
    pytest.param("一、安排\n会议于9:10开始，使用1:10000比例尺地形图。", id="a-time-and-a-scale"),
    pytest.param("一、经费\n所需经费由省、市、县三级财政按照4:3:3的比例分担。", id="hunan-4-3-3-shares"),
    # an estimate of a period under way or just closed (沙坪坝 2021 一季度 督查: 增长率均预计在20%左右; a 2019 report on
    # 镇江's neighbours: 南京预计实现地区生产总值1.27万亿; 陕西 2017: 陕西2016年预计实现生产总值1.9万亿元)
    pytest.param("一、进展\n地区生产总值、固定资产投资总额2项指标增长率均预计在20%左右。", id="shapingba-yuji-zai"),
    pytest.param("一、概况\n其中，南京预计实现地区生产总值1.27万亿，可比价增长8%。", id="nanjing-yuji-shixian"),
    pytest.param("一、概况\n数据显示，陕西2016年预计实现生产总值1.9万亿元、增长7.6%左右。", id="shaanxi-yuji"),
    # …but whom a grant is for, and a bound on who qualifies, commit to nothing (为…提供补贴; 对…给予奖励)
    pytest.param("一、政策\n为10名以上的企业提供补贴。", id="wei-a-bound-on-who-qualifies"),
    pytest.param("一、政策\n对新招用30名以上员工的企业给予奖励。", id="dui-a-grant"),
    # must not: the same 对 clause in a sentence that grants money (嘉定's form with a 奖励 after it)
    pytest.param("一、政策\n对每月巡查至少2次的街镇，给予1万元奖励。", id="dui-a-grant-after-a-comma"),
    # 同一 is the same, no count (a 2019 report on 镇江's neighbours: 在同一天内，…也召开了人代会); 须在一天内办结 still is one
    pytest.param("一、概况\n在同一天内，镇江的近邻南京、扬州也召开了人代会。", id="zhenjiang-tongyi-tian"),
    # which session of a term a meeting is (山西 2006: 在今日召开的省十届人大四次会议上; 镇江 2019: 镇江市八届人大三次会议)
    pytest.param("一、概况\n在今日召开的省十届人大四次会议上，省政府郑重承诺今年再为百姓办12件实事。", id="shanxi-session"),
    pytest.param("一、概况\n在镇江市八届人大三次会议上，市长作政府工作报告。", id="zhenjiang-session"),
    # …and of a government's standing meeting, the body named after the count (斗门区 2024 常务会议纪要)
    pytest.param("一、会议\n区委常委、区政府党组副书记、副区长谢义维同志在区机关大院2号楼二楼会议室主持召开五届104次区政府常务会议。",
                 id="doumen-changwu-session"),
    # what a division governs, and its figures after an approved change of divisions (湘西 2015 区划调整批复;
    # 苏政复〔2009〕4号)
    pytest.param("2、同意团结镇，道二乡，花垣镇成建制合并设立花垣镇。新设立的花垣镇辖71个建制村、9个社区，总面积201.2平方千米。", id="xiangxi-xin-sheli-xia"),
    pytest.param("一、批复\n本轮乡镇区划调整后，花垣县共减少6个乡镇建制。", id="xiangxi-quhua-tiaozheng-hou"),
    pytest.param("一、批复\n行政区划调整后，高良涧镇行政区域面积155.5平方公里，人口15万人，辖18个居委会、15个村委会。", id="su-zhengfu-2009-4-xia"),
    # what a decision's adjustment of bodies leaves (深府办〔2010〕78号 调整议事协调机构)
    pytest.param("一、调整\n调整后，共保留议事协调机构44个，暂时保留、待专项工作完成后自行撤销的临时机构12个，撤销的议事协调机构和临时机构36个。", id="shenzhen-tiaozheng-hou"),
    # papers a rule asks for, and a standard a figure states after 按, are no commitment of 提供 or 配置
    pytest.param("第八条　申请人应当提供营业执照复印件2份。", id="papers-handed-in"),
    pytest.param("一、要求\n按每千人口配置2张床位的标准设置病房。", id="a-standard-followed"),
    # 维修 commits to nothing, and nor does 安装 that opens a noun (安装单位, 维修资金)
    pytest.param("一、概况\n维修期间，安装单位须在现场放置警示标志3处。", id="anzhuang-danwei"),
    # the count of the document's own 实事 (宣城 2024: 2024年我市实施47项民生实事，具体安排如下; 青海 2019:
    # 研究确定了…精神文明建设10件实事项目)
    "一、安排\n经市政府同意，2024年我市实施47项民生实事，具体安排如下。",
    "一、安排\n4月2日，省文明委召开全体会议，研究确定了省文明委成员单位2019年精神文明建设10件实事项目。",
    # …and counted after their name (万州 2021 重点民生实事工作计划, a forum's copy; 荆州区 2023 人大公告)
    pytest.param("一、安排\n安排投资5.1亿元，实施重点民生实事18件。承接市级重点民生实事11件，实施区级重点民生实事7件。", id="wanzhou-shishi-18-jian"),
    pytest.param("一、公告\n会议投票表决，确定区政府2023年民生实事项目为10项，分别是：", id="jingzhou-shishi-xiangmu-wei-10-xiang"),
    # the count of the items just listed before 等 (浮梁 2018 人大评议: 对县卫计委、…、县农业局等十个部门工作进行评议; 常州 2015
    # 互联网+: 分别由市经信委、…、市政府办等十个牵头单位负责落实)
    pytest.param("一、安排\n自2018年7月至2019年3月对县卫计委、县环保局、县民政局、县公安局（含县交警大队）、县林业局（含县森林公安局）、"
                 "县市场监管局、县建设局、县城管局、县教体局、县农业局等十个部门工作进行评议。", id="fuliang-ten-departments-listed"),
    # …and with no 等 (湘西 2009 招商引资考核奖励办法 第二条: the four awards it names, then 四个奖项)
    pytest.param("第二条 湘西自治州招商引资奖设目标管理先进单位奖、引进单个重大招商项目奖、履约项目包装奖、引进单个重大招商项目第一引资人奖四个奖项。",
                 id="xiangxi-four-awards-listed"),
    # (湘西 2020 优化营商环境, the two pilots it names)
    pytest.param("二、任务\n大力推进吉首市、湘西经开区两个相对集中行政许可权改革试点，实现“一枚印章管审批”。", id="xiangxi-two-pilots-listed"),
    pytest.param("一、安排\n《意见》涉及的十大重点领域分别由市经信委、市农委、市商务局、市金融办、市委宣传部、市旅游局、市交通局、市教育局、"
                 "市卫计委、市政府办等十个牵头单位负责落实。", id="changzhou-ten-leads-listed"),
    # the conditions a grant asks, in the clauses under 符合下列条件 (荣成 引荐人奖励办法: (一)…最长不得超过180日;
    # (二)…不少于3家) or run on in its paragraph (a county's 招商引资 办法: 同时符合以下两个或两个以上条件: (一)新增
    # 固定资产投资1000万元(人民币,下同)以上; (二)投产后年新增纳税100万元以上), the count in those words too
    pytest.param("第五条 申请奖励的项目，须符合下列条件：\n（一）新引进的内资项目，确因特殊原因不能按期完工的，最长不得超过180日。\n"
                 "（二）新引进的总部经济项目，其持有的全资或绝对控股公司、分公司不少于3家。", id="rongcheng-conditions-under"),
    # …and a case's own figures before what it obliges (must not beside nanjing-dogs-case-item-obliges)
    pytest.param("第十条 有下列情形之一的，应当办理变更登记：\n（一）饲养犬只超过两只的，应当申请。\n（二）犬龄满三个月的。", id="case-item-condition-before-yingdang"),
    pytest.param("一、条件\n第三条 项目须同时符合以下两个或两个以上条件：（一）新增固定资产投资1000万元（人民币，下同）以上；"
                 "（二）投产后年新增纳税100万元以上；（三）新安置劳动力就业500人以上。", id="county-conditions-run-on"),
    # 度 counts energy only after a magnitude: a slope's degrees are no quantity (水土保持法's 二十五度以上陡坡地, in digits)
    "一、目标\n禁止在25度以上陡坡地开垦种植农作物。",
    # whom or what the text is for (东阳 2023 残疾人就业行动: 以全市就业年龄段的7600多名持证残疾人为主要对象;
    # a 乡村 plan's 以…个重点村为重点)
    pytest.param("一、目标\n以全市就业年龄段的7600多名持证残疾人为主要对象，实施就业促进行动。", id="dongyang-whom-it-is-for"),
    pytest.param("一、目标\n以全县50个重点村为重点，全面开展人居环境整治。", id="a-count-it-is-for"),
    pytest.param("一、目标\n全市每千人口拥有执业医师2.8人。", id="per-thousand-reported"),
    # a deadline before the document's year (a 2022 document here) reports: the 林草 “十四五” plan's
    # “十三五”期间…达到23.04%, 湖州 2017's 从2011年的1520亿元增加到2016年的2243.1亿元
    pytest.param("一、主要目标\n“十三五”期间，全国森林覆盖率达到23.04%，森林蓄积量达到175.6亿立方米。", id="linye-past-plan-period"),
    pytest.param("一、赶超发展的五年\n地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元。", id="huzhou-past-deadline"),
    # 同比 with a bare figure reports a change (古镇 2024 政府工作报告's review; a county's 1-9月 progress line)
    pytest.param("一、回顾\n全市地区生产总值同比增长8.2%，固定资产投资同比增长5.1%。", id="tongbi-reported"),
    # a sum that says which projects, no verb committing to it (建德 2024 政府投资: 紧盯2亿元以上政府投资项目、
    # 3亿元以上重大产业项目; a county's 推进10亿元以上重大项目建设)
    pytest.param("一、目标\n紧盯2亿元以上政府投资项目、3亿元以上重大产业项目，确保项目早开工。", id="jiande-bound-before-projects"),
    pytest.param("一、目标\n推进10亿元以上重大项目建设。", id="a-bound-before-projects"),
    # the count of the document's items after the count of its parts (新型工业化行动方案 2023: 共四个部分19项内容)
    pytest.param("一、说明\n本方案共四个部分19项内容。", id="xingongyehua-parts-and-items"),
    pytest.param("一、说明\n《措施》共5个方面30条。", id="parts-and-articles"),
    # 根据 after a number is a word, no count of 根
    pytest.param("一、目标\n各区县按附件3根据实际情况新增公共充电设施。", id="genju-is-no-unit"),
    # a count of the items the figure after it holds for (绍兴 2020 重点工作; an air-quality goal)
    pytest.param("一、目标\n到2025年，城市空气质量六项基本指标均达到国家二级标准。", id="liu-xiang-zhibiao-jun"),
    # a clause that divides the document's own tasks counts them (运城 责任分解, 2017; 二连浩特 分工方案, 2024)
    pytest.param("一、背景\n现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行责任分解。", id="yuncheng-zeren-fenjie"),
    pytest.param("一、内容\n《分工方案》将《政府工作报告》分解为五个方面79项重点工作任务，每项工作均列出牵头单位、配合单位及完成时限。", id="erlian-fenjie-wei"),
    # a bound that says which items a rule is for (东府〔2021〕54号; 财政部公告2023年第8号)
    pytest.param("一、政策\n2.继续按不高于2017年征收标准征收残疾人就业保障金。在职职工总数30人（含）以下的企业暂免征收残疾人保障金。", id="dongguan-30-ren-yixia-de-qiye"),
    pytest.param("一、政策\n二、在职职工人数在30人（含）以下的企业，继续免征残疾人就业保障金。", id="czb-30-ren-yixia-de-qiye"),
    # …with a note in brackets between the bound and its 的 (昆明官渡区 2016: 6亩以下（不含6亩）的; a fund's 100万元以上（含100万元）的项目)
    pytest.param("一、措施\n由区政府审批辖区范围内6亩以下（不含6亩）的土地使用转让手续。", id="guandu-6-mu-yixia-buhan-de"),
    pytest.param("一、措施\n对投资100万元以上（含100万元）的项目优先安排用地。", id="100-wan-yishang-han-de"),
    # a capacity already reached, and a fee per ton: no target (the per-day unit reads neither as one)
    pytest.param("一、背景\n截至2022年底，全市生活垃圾焚烧处理能力已达5000吨/日。", id="capacity-per-day-history"),
    pytest.param("一、收费\n生活垃圾处理费收费标准为每吨100元/吨。", id="fee-per-ton"),
    # 已建成, 已累计: what has been done (a plan's background; a bulletin)
    pytest.param("一、背景\n经过5年时间的建设，全市已建成5G基站1万个。", id="yijiancheng-history"),
    # a verb and 了: what was done (西平县 2020 督查 report: …进行了改建,建成西平县中心敬老院,…,增加了护理型床位50 张)
    pytest.param("二、进展\n3.我县对第一托养中心进行了改建,建成西平县中心敬老院,以入住失能、半失能的特困供养人员为主,增加了护理型床位50 张,护理型床位共159张,达到100%。", id="xiping-zengjia-le"),
    # …and what a speaker says a province built (宁夏 2024 press conference: 打造了…，创建…5个)
    pytest.param("一、产业发展\n宁夏打造了葡萄酒、枸杞、牛奶、肉牛、滩羊、冷凉蔬菜“六大产业集群”,创建国家级现代农业产业园5个、产业强镇16个,同时宁夏大力实施质量兴农、品牌强农战略,累计培育区域公用品牌20个、创建中国特色农产品优势区7个。", id="ningxia-dazao-le"),
    # 增加值 is a noun (value added): its figure is no count raised
    pytest.param("一、背景\n全市规上工业增加值1000亿元，占地区生产总值的35%。", id="zengjiazhi-is-a-noun"),
    # a hope in another clause commits nothing in this one
    pytest.param("一、目标\n力争早日建成投用，项目总投资5亿元。", id="lizheng-in-another-clause"),
    # 千万 and 亿万 as words
    pytest.param("一、目标\n千万不能放松疫情防控。亿万农民受益。", id="qianwan-yiwan-words"),
    pytest.param("一、背景\n全市已累计建成充电桩3000个。", id="yileiji-history"),
    # 比上年同期 and 已开工: what a progress report says was done (咸宁 2021 上半年通报; a city's
    # 重点项目 report)
    pytest.param("一、完成情况\n地方一般公共预算收入比上年同期增长39.3%。", id="xianning-shangnian-tongqi"),
    pytest.param("一、完成情况\n本年度计划新开工项目的进度，目前实际已开工206项。", id="yikaigong-history"),
    # a sentence that opens as one about the past, under no heading of review: 过去五年 and 目前 (绍兴's
    # 2026 report), 预计 (湖北's 2025 report: the year it closes), 据…数据 (农业农村部, 2026), a year
    # before the document's own (数字经济规划, 2022: 2020年，…)
    pytest.param("一、总体要求\n过去五年，绍兴市研发投入强度从2.87%提高到3.35%。", id="shaoxing-guoqu-wunian"),
    pytest.param("一、总体要求\n目前，集成电路、先进高分子新材料产业产值分别达到900亿元和1100亿元。", id="shaoxing-muqian"),
    # …初步统计 and 去年 (东南网's report of 福建's 2022 政府工作报告, its lead quoting the report: 《政府工作报告》显示，…)
    pytest.param("一、经济发展\n初步统计,去年全省地区生产总值48810亿元、增长8.0%,一般公共预算总收入5743亿元、增长11.3%,城镇登记失业率3.3%。", id="fujian-chubu-tongji-qunian"),
    # …and 现有, the present's count (普陀 2021 居委会 情况报告: 现有居民区工作人员共7人,其中书记1人,一般工作人员6人)
    pytest.param("一、基本情况\n现有居民区工作人员共7人，其中书记1人，一般工作人员6人。", id="putuo-xianyou"),
    pytest.param("一、总体要求\n预计全省地区生产总值增长6%左右，粮食总产达到557亿斤。", id="hubei-yuji"),
    pytest.param("一、总体要求\n据国家统计局数据，农村居民人均可支配收入达到24456元、比上年实际增长6%。", id="moa-ju-shuju"),
    pytest.param("一、总体要求\n2020年，我国数字经济核心产业增加值占GDP比重达到7.8%。", id="digital-economy-a-past-year"),
    # a share with a verb after its noun, but neither a deadline nor a hedge: a statement
    pytest.param("一、总体要求\n全市80%的村建成文化活动中心，群众文化生活日益丰富。", id="share-without-a-deadline"),
    # a fee's tiers, each a bound in a name, one with a note on its bound (运城 2018 三湾 停车场 收费)
    pytest.param("二、停车场收费标准为：8座以下小型车（含8座）10元，9座-18座中型车15元，19座以上大型车20元。", id="yuncheng-fee-tiers"),
    # money before 的 and a verb is a bound in a name, even under a hedge (衡阳 2021: 产值过1000亿元的企业实现“破零”)
    pytest.param("一、目标\n到2025年，力争产值过1000亿元的企业实现“破零”。", id="hengyang-a-bound-in-a-name"),
    # 其中 and a number with no name before it counts the document's own items (03)
    pytest.param("一、说明\n2.标记“▲”的26个指标为国家监测指标，其中15个指标自动生成，9个指标由财务年报表获取。", id="03-qizhong-counts-items"),
    # 开发 that opens a noun commits nothing: a development zone (宁夏 2026's review: 开发区管理制度等163项改革任务落地见效,
    # here with no review heading) and its firms
    pytest.param("一、改革\n区属国企战略性重组、开发区管理制度等163项改革任务落地见效。", id="ningxia-kaifaqu-is-a-noun"),
    pytest.param("一、情况\n全市房地产开发商共有120家。", id="kaifashang-is-a-noun"),
    # a grant's rate after 给予 and a cap that opens its clause in a policy's sentence (余政办发〔2021〕79号;
    # 深圳 园区 支持计划; 余杭 高质量发展68条)
    pytest.param("一、政策\n对列入余姚当年新基建项目计划且实际投入500万元以上的项目，经审核认定后按照其实际投入一次性给予10%，最高60万元补助。", id="yuyao-geiyu-10-percent"),
    pytest.param("一、政策\n按最高不超过项目总投资的50%给予支持，支持金额一般项目不超过2000万元。", id="shenzhen-50-percent-geiyu-zhichi"),
    pytest.param("一、政策\n列入国家级单项冠军企业、国家级专精特新“小巨人”企业、省级制造业隐形冠军企业、省级专精特新企业实施工业投资项目的，"
                 "在原补助基础上，追加补助5个百分点，最高不超过20%。", id="yuhang-zuigao-bu-chaoguo-20-percent"),
    # whom a grant is for, in a clause that ends naming them (三门峡 2022 政策解答; a district's 工业 rewards)
    pytest.param("一、政策\n3.奖励涉及战略性新兴产品的企业。对年主营业务收入首次突破5亿元、10亿元，且战略性新兴产品产值占该企业总产值50%以上的企业，"
                 "分别给予一次性奖励50万元、100万元。", id="sanmenxia-50-percent-yishang-de-qiye"),
    pytest.param("一、政策\n对年度实现规模以上工业总产值超过亿元，且增幅达到20%以上的企业，按照产值排名全区前五名的，分别奖励10万元。", id="zengfu-20-percent-yishang-de-qiye"),
    # dates and years
    pytest.param("第一条 2018年9月6日国务院第23次常务会议修订通过。", id="01-date"),
    pytest.param("第五十条 本条例自2025年1月1日起施行。", id="18-date"),
    pytest.param("一、任务\n从2019年开始，在职业院校启动试点。", id="04-start-year"),
    # one, unstated; 二 is no count
    pytest.param("四、要求\n将淀水林田草作为一个生命共同体。", id="08-zuowei-yige"),
    pytest.param("（1）一次动用中央储备粮数量由国务院决定。", id="10-yici"),
    pytest.param("一、任务\n支持开展中成药大品种药品增加适应症二次开发研究。", id="sample-erci-is-a-term"),
    # a count of the document's own items
    pytest.param("一、推广的改革举措（共23项）", id="02-gong-xiang"),
    pytest.param("附件：地方典型经验做法（共130项）", id="11-gong-xiang"),
    # a condition (…的) and a description (N的…)
    pytest.param("第二十八条 原粮：储存6个月以内的，按定额核销。", id="14-condition"),
    pytest.param("（三）小微企业当年新招用人员数量达到企业现有在职职工人数25%并与其签订1年以上劳动合同的，可申请贷款。", id="06-condition"),
    pytest.param("（五）组织失业青年参加3—12个月的就业见习。", id="06-description"),
    # a prohibited range
    pytest.param("第十六条 专利代理师不得同时在两个以上专利代理机构从事专利代理业务。", id="01-prohibited-range"),
    # a situation
    pytest.param("1.2.1 国家级（Ⅰ级）：两个以上省、自治区、直辖市出现粮食应急状态。", id="10-situation"),
    # scores and scoring rules
    pytest.param("（二）商贸设施建设奖（内资、外资各15分）", id="17-score-weight"),
    pytest.param("二、内容\n当年新开工商务楼宇15万平方米以上得5分。", id="17-scoring-rule"),
    pytest.param("二、内容\n超过基数，每增加1个百分点，加0.1分。", id="17-step-of-a-scale"),
    pytest.param("二、内容\n分别以前二年和前三年内、外资投资额实绩平均数为基数。", id="17-reference-period"),
    # the size of a site, a definition
    pytest.param("一、批复\n港方查验区总用地面积为41.565公顷。", id="13-area-of-a-site"),
    pytest.param("（三）规划用地240亩，总建筑面积约23万平方米。", id="sample-floor-area"),
    pytest.param("（三）拟建设生物制品和药物安全性评价中心等8个专业技术中心。", id="sample-proposed-project"),
    pytest.param("注：日间手术是指患者在1日（24小时）内入、出院完成的手术；住院时间不超过48小时。", id="03-definition"),
    # 凡 opening what a rule applies to (山东省关于解决农村人畜缺水问题试行办法, 1985; the PLA's
    # 选举办法): its numbers say which villages or people
    pytest.param("第二条 凡至取水点垂直高度一百米以上的，或在正常年份村民连续三个月以上到距村边一公里以外的地方取水的村，为缺水村。", id="shandong-fan-scope"),
    pytest.param("第七条 本办法第五条所列人员，凡年满十八周岁，不分民族、种族、性别、职业、家庭出身、宗教信仰、教育程度、财产状况、居住期限，都具有选民资格。", id="xuanju-fan-nianman-zhousui"),
    # a project's name with a number in it (静安 2023 城市更新行动方案: 加快推进安远路899项目)
    pytest.param("（二）重塑美丽新居行动。加快推进安远路899项目。", id="jingan-899-xiangmu"),
    # a span reached that says which items a rule is for (上海市养犬管理条例; 柳河 2019 旅游 意见)
    pytest.param("第十一条 本市实行养犬登记制度。未经登记，任何单位和个人不得饲养犬龄满三个月的犬只。", id="shanghai-dogs-man-san-ge-yue-de"),
    pytest.param("一、政策\n对引进全国百年老店、连锁店的，经营满一年的一次性奖励1万元。", id="liuhe-jingying-man-yi-nian-de"),
    # an age in full years that says who is counted (全国年节及纪念日放假办法, both versions)
    pytest.param("第二条 （三）儿童节（6月1日），不满14周岁的少年儿童放假1天；", id="v05-buman-14-zhousui"),
    pytest.param("第二条 （二）青年节（5月4日），14周岁以上的青年放假半天；", id="v05-14-zhousui-yishang"),
    # policy measures: a span of support, eligibility
    pytest.param("（七）自产品开始生产3年内，按照合同执行额的5%给予受托生产企业奖励。", id="sample-span-of-a-policy"),
    pytest.param("（八）将技术技能提升补贴申领条件由参加失业保险3年以上放宽至参保1年以上。", id="06-policy-eligibility"),
    # a relative deadline is no target of its own; a time limit from an act is one (see READS)
    pytest.param("一、目标\n力争用5年内时间，建立健全职业教育体系。", id="relative-deadline-alone"),
    # the time span of a qualitative goal
    pytest.param("一、总体要求\n经过5—10年左右时间，职业教育基本完成转变。", id="04-span-of-a-goal"),
    # an age that says who is counted (“十四五”公共服务规划; 06)
    pytest.param("（三）将就业见习补贴范围由离校未就业高校毕业生扩展至16—24岁失业青年。", id="06-age-range-of-people"),
    # a baseline figure of the past is no target (“十二五”节能减排综合性工作方案)
    pytest.param("一、目标\n比2010年的1.034吨标准煤有所下降。", id="jnjp12-a-baseline-value"),
    # an index or a coefficient with no unit: 为 states a figure (水利部 灌溉用水有效利用系数测算分析,
    # as reported in 2008), a title, a code and a definition name one (牡丹江市大气重污染天气应急预案,
    # 2024; 北京市 交通指数, as reported in 2011), and numbers that are no values
    pytest.param("一、情况\n根据测算分析，2007年全国灌溉用水有效利用系数为0.475。", id="index-wei-is-a-past-figure"),
    pytest.param("一、情况\n2022年居民消费价格指数为102.1，上年为101.5。", id="index-wei-last-year"),
    pytest.param("1.3 适用范围\n是指根据《环境空气质量指数（AQI）技术规定（试行）》（HJ633-2012），环境空气质量指数（AQI）大于200。", id="index-in-a-standard-and-a-definition"),
    pytest.param("一、说明\n交通指数取值范围为0~10，分为五级。", id="index-range-of-a-scale"),
    pytest.param("一、要求\n按照《关于制造业质量竞争力指数达到86的实施意见》执行。", id="index-inside-a-title"),
    pytest.param("第十条 价格指数达到本办法第3条规定标准的，予以公布。", id="index-article-number"),
    pytest.param("一、要求\n质量竞争力指数达到1号标准，全年发布价格指数12期。", id="index-a-number-named-or-counted"),
    pytest.param("一、要求\n居民消费价格指数保持在2015年水平。", id="index-a-year"),
    pytest.param("一、要求\n空气质量综合指数高于100的城市，启动预警。", id="index-a-bare-comparison"),
]


SERIES = [
    # 城乡 before a series of two: the towns' figure, then the villages' (咸政发〔2023〕8号; 平利 2025 政府工作报告)
    pytest.param(
        "一、目标\n城乡居民人均可支配收入分别增长7%、8%左右。",
        [("城镇居民人均可支配收入增长", D(7), "="), ("农村居民人均可支配收入增长", D(8), "=")],
        id="xianyang-chengxiang",
    ),
    pytest.param(
        "一、目标\n城乡居民收入分别增长5%和6%。",
        [("城镇居民收入增长", D(5), "="), ("农村居民收入增长", D(6), "=")],
        id="pingli-chengxiang-he",
    ),
    # the last name after 和 opening with a digit (健康儿童行动提升计划: 新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率
    # 分别控制在3.1‰、5.2‰和6.6‰以下)
    pytest.param(
        "一、目标\n到2025年，新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在3.1‰、5.2‰和6.6‰以下。",
        [("新生儿死亡率", D("3.1"), "<="), ("婴儿死亡率", D("5.2"), "<="), ("5岁以下儿童死亡率", D("6.6"), "<=")],
        id="ertong-he-before-a-digit",
    ),
    pytest.param(
        "一、目标\n到2025年，化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量比2020年分别下降8%、8%、10%以上、10%以上。",
        [("化学需氧量下降", D(-8), "="), ("氨氮下降", D(-8), "="), ("氮氧化物下降", D(-10), "<="), ("挥发性有机物排放总量下降", D(-10), "<=")],
        id="jnjp14",
    ),
    pytest.param(
        ("一、目标\n到2017年，京津冀、长三角、珠三角等区域细颗粒物浓度分别下降25%、20%、15%左右。", 2013),
        [("京津冀下降", D(-25), "="), ("长三角下降", D(-20), "="), ("珠三角等区域细颗粒物浓度下降", D(-15), "=")],
        id="dqsc",
    ),
    # the last value (and the last name) after 和: 潮州市打赢蓝天保卫战实施方案（2019-2020年）, and a
    # province's reduction targets for 2015 as a report quoted them
    pytest.param(
        ("一、目标\n到2020年，全市二氧化硫（SO2）、氮氧化物（NOX）和挥发性有机物（VOCs）等主要污染物排放总量比2015年分别下降15%、10%和26%。", 2019),
        [("全市二氧化硫（SO2）下降", D(-15), "="), ("氮氧化物（NOX）下降", D(-10), "="), ("挥发性有机物（VOCs）等主要污染物排放总量下降", D(-26), "=")],
        id="chaozhou-he-before-the-last",
    ),
    pytest.param(
        "一、目标\n今年化学需氧量、二氧化硫、氨氮、氮氧化物排放量年度削减目标分别为1%、1%、2.5%和5.1%。",
        [("化学需氧量", D(1), "="), ("二氧化硫", D(1), "="), ("氨氮", D("2.5"), "="), ("氮氧化物排放量年度削减目标", D("5.1"), "=")],
        id="reduction-targets-he-before-the-last-value",
    ),
    # bare modifiers before the last name share its head (嘉兴 2023 重点工作责任分解; a county's
    # 2023 1-7月份 figures)
    pytest.param(
        "一、目标\n城镇和农村居民人均可支配收入分别增长6%和7%左右。",
        [("城镇居民人均可支配收入增长", D(6), "="), ("农村居民人均可支配收入增长", D(7), "=")],
        id="jiaxing-chengzhen-he-nongcun",
    ),
    pytest.param(
        "一、目标\n全县地区生产总值增长4.4%；城镇和农村居民人均可支配收入分别增长6%和8%。",
        [("全县地区生产总值增长", D("4.4"), "="), ("城镇居民人均可支配收入增长", D(6), "="), ("农村居民人均可支配收入增长", D(8), "=")],
        id="county-chengzhen-he-nongcun",
    ),
    # a space the text layer left after 和 or after the word (紫阳 2025 计划: 分别增长5.2%和 6.5%; a 2023 statistical
    # report: 分别增长 7.9%和 8.3%)
    pytest.param(
        "一、目标\n城乡居民人均可支配收入分别增长5.2%和 6.5%。",
        [("城镇居民人均可支配收入增长", D("5.2"), "="), ("农村居民人均可支配收入增长", D("6.5"), "=")],
        id="ziyang-space-after-he",
    ),
    pytest.param(
        "一、目标\n城镇和农村居民人均可支配收入分别增长 7.9%和 8.3%左右。",
        [("城镇居民人均可支配收入增长", D("7.9"), "="), ("农村居民人均可支配收入增长", D("8.3"), "=")],
        id="spaces-before-each-value",
    ),
    # bare values before the one that has the unit they share (a 湖北 city's 2021 意见 on the real economy:
    # …等6类工程项目的审批时间分别压缩至70、40、30、30、40、35个工作日)
    pytest.param(
        "一、目标\n深化工程建设项目审批制度改革，将政府投资工程建设项目、社会投资工程建设项目、社会投资带方案出让类工程建设项目、"
        "一般工业类投资建设项目、政府投资市政类（非独立占地）线性项目、改造类（规划条件不变）工程建设项目等6类工程项目的审批时间"
        "分别压缩至70、40、30、30、40、35个工作日。",
        [("政府投资工程建设项目", D(70), "="), ("社会投资工程建设项目", D(40), "="), ("社会投资带方案出让类工程建设项目", D(30), "="),
         ("一般工业类投资建设项目", D(30), "="), ("政府投资市政类（非独立占地）线性项目", D(40), "="),
         ("改造类（规划条件不变）工程建设项目等6类工程项目的审批时间", D(35), "=")],
        id="bare-values-share-the-last-unit",
    ),
    # …but not numbers that name things (楼号, months)
    pytest.param("一、目标\n分别在1、2号楼新建充电桩30个，3、4月份完成。", [("充电桩", D(30), "=")], id="bare-numbers-that-name"),
    # a second series that names nothing takes the names of the one before it in the sentence (a city's 2011
    # education plan, fsou.com: …新增劳动力人均受教育年限分别达到90%、…和13.5年;2020年分别达到98%、…和15年以上),
    # when they are as many
    pytest.param(
        ("一、目标\n2015年学前三年幼儿教育毛入园率、义务教育巩固率和新增劳动力人均受教育年限分别达到90%、99%和13.5年;"
         "2020年分别达到98%、99%和15年以上。", 2011),
        [("学前三年幼儿教育毛入园率", D(90), "="), ("义务教育巩固率", D(99), "="), ("新增劳动力人均受教育年限", D("13.5"), "="),
         ("学前三年幼儿教育毛入园率", D(98), "="), ("义务教育巩固率", D(99), "="), ("新增劳动力人均受教育年限", D(15), ">=")],
        id="a-second-series-takes-the-names",
    ),
    pytest.param(
        ("一、目标\n2015年义务教育巩固率和高中阶段教育毛入学率分别达到99%和92%;2020年分别达到98%、99%和95%。", 2011),
        [("义务教育巩固率", D(99), "="), ("高中阶段教育毛入学率", D(92), "="), ("", D(98), "="), ("", D(99), "="), ("", D(95), "=")],
        id="a-second-series-of-another-length-takes-none",
    ),
    # as many names as values, or the subject stays whole (城乡 alone reads as two: see above)
    pytest.param(
        "一、目标\n到2025年，居民收入和消费分别增长7%、8%、9%。",
        [("居民收入和消费增长", D(7), "="), ("居民收入和消费增长", D(8), "="), ("居民收入和消费增长", D(9), "=")],
        id="names-and-values-differ",
    ),
]


@pytest.mark.parametrize(
    "body, expected",
    [
        # two deadlines paired with the two values of a 分别 series: 国发〔2019〕13号 (实施健康中国行动的意见), which the
        # provinces' and the cities' 健康行动 follow, and 鲅鱼圈 2023's (到2023年底和2030年)
        pytest.param("1.实施健康知识普及行动。维护健康需要掌握健康知识。到2022年和2030年,全国居民健康素养水平分别不低于22%和30%。",
                     [(D(22), 2022), (D(30), 2030)], id="guofa-2019-13-literacy"),
        pytest.param("2.实施合理膳食行动。合理膳食是健康的基础。到2022年和2030年,成人肥胖增长率持续减缓,5岁以下儿童生长迟缓率分别低于7%和5%。",
                     [(D(7), 2022), (D(5), 2030)], id="guofa-2019-13-stunting"),
        pytest.param('到2023年底和2030年,全区居民健康素养水平分别不低于24%和30%。', [(D(24), 2023), (D(30), 2030)], id="bayuquan-2023-year-end"),
        # must not: one deadline, a series of two: both values are its (咸政发〔2023〕8号's form, above)
        pytest.param("到2025年，新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在3.1‰、5.2‰和6.6‰以下。",
                     [(D("3.1"), 2025), (D("5.2"), 2025), (D("6.6"), 2025)], id="one-deadline"),
    ],
)
def test_two_deadlines_paired_with_a_series(body, expected):
    assert [(t.value, t.year) for t in text_targets(body, 2019)] == expected


@pytest.mark.parametrize("body, expected", SERIES)
def test_a_series_after_fenbie(body, expected):
    body, year = body if isinstance(body, tuple) else (body, 2022)  # a document of that year
    assert [(t.metric, t.value, str(t.comparator)) for t in text_targets(body, year)] == expected


# What each target measures, and the figure a change starts from: (metric, value, baseline, year)
# of every target, in order.  国办发〔2018〕32号 (企业开办时间), 国办发〔2019〕11号 (工程建设项目审批),
# 北京市2013—2017年清洁空气行动计划, and 08.
METRICS = [
    # a hedged second value of the same subject names nothing of its own (都匀 2022 报告: 地区生产总值超330亿元、力争达350亿元;
    # 镇江 十二五 现代农业规划: 农民人均纯收入到2015年达2万元以上,力争达2.2万元)
    pytest.param(("一、目标\n今后五年,都匀市的主要预期目标是:到2026年,地区生产总值超330亿元、力争达350亿元;固定资产投资年均增长7%。", 2022),
                 [("地区生产总值", D(330), None, 2026), ("地区生产总值", D(350), None, 2026), ("固定资产投资年均增长", D(7), None, 2026)], id="duyun-lizheng-da"),
    pytest.param(("一、目标\n农民人均纯收入到2015年达2万元以上,力争达2.2万元。", 2011),
                 [("农民人均纯收入", D(2), None, 2015), ("农民人均纯收入", D("2.2"), None, 2015)], id="zhenjiang-lizheng-da"),
    # list items after one verb, each its own thing; a bound part of the goal named after it; a completion
    # verb closing a subject that holds a verb (江苏 2024; 人社部 2013年工作要点; 咸宁 十三五 分工 2016)
    pytest.param(("一、目标\n到2027年，更新提升78个断面监测水站、4500个大气站点、14个省级监测机构的仪器设备。", 2024),
                 [("断面监测水站", D(78), None, 2027), ("大气站点", D(4500), None, 2027), ("省级监测机构的仪器设备", D(14), None, 2027)], id="jiangsu-list-items"),
    pytest.param(("一、目标\n今年要努力完成城镇新增就业900万人以上、城镇登记失业率控制在4.6%以内的目标任务。", 2013),
                 [("城镇新增就业", D(900), None, 2013), ("城镇登记失业率", D("4.6"), None, 2013)], id="renshebu-bound-in-a-goal"),
    pytest.param(("一、目标\n城镇棚户区住房改造累计完成1.83万套。", 2016), [("城镇棚户区住房改造", D("1.83"), None, None)], id="xianning-subject-with-a-verb"),
    # …but a bound before what it bounds keeps it (国办发〔2018〕128号: 禁止生产和使用厚度低于0.01毫米的地膜)
    pytest.param("二、任务\n禁止生产和使用厚度低于0.01毫米的地膜。", [("禁止生产和使用厚度的地膜", D("0.01"), None, None)], id="05-bound-before-its-noun"),
    # a share or a count reached by a verb after its noun, under a deadline or a hedge (江西省生态园林城市
    # 建设 2021: 力争全省70%的城市（县城）达到…标准、40%的镇达到…; 成都 嵌入式服务设施 2024)
    pytest.param("一、目标\n到2025年，力争全省70%的城市（县城）达到江西省生态园林城市建设标准、40%的镇达到江西省生态园林镇建设标准。",
                 [("全省城市（县城）达到江西省生态园林城市建设标准", D(70), None, 2025), ("镇达到江西省生态园林镇建设标准", D(40), None, 2025)], id="jiangxi-shares-reached"),
    pytest.param("一、目标\n到2027年底前，确保成华区50%的城市社区建成完备的社区嵌入式服务综合体。",
                 [("成华区城市社区建成完备的社区嵌入式服务综合体", D(50), None, 2027)], id="chengdu-share-reached"),
    pytest.param("一、目标\n到2025年底前，全市首批100个嵌入式服务设施建设示范社区全面建成。", [("嵌入式服务设施建设示范社区", D(100), None, 2025)], id="chengdu-count-reached"),
    # a clause that names only the next item of the list the clause before committed to (东辽县2023年政府
    # 工作报告); a clause of another unit, or one that says more, is no such item
    pytest.param("一、目标\n力争新增龙头企业3户，“两品一标”企业5户，省级以上家庭农场、农民合作社10户。",
                 [("新增龙头企业", D(3), None, None), ("“两品一标”企业", D(5), None, None), ("省级以上家庭农场、农民合作社", D(10), None, None)], id="dongliao-list-after-commas"),
    pytest.param("一、目标\n力争新增龙头企业3户，全县现有家庭农场120个。", [("新增龙头企业", D(3), None, None)], id="another-unit-is-no-item"),
    # 接近 is no 近 of a past span (近3年): 常住人口城镇化率提升至接近70% (a 2024 State Council plan)
    pytest.param("一、目标\n到2029年，常住人口城镇化率提升至接近70%。", [("常住人口城镇化率", D(70), None, 2029)], id="jiejin-approx"),
    # a bullet, a leading verb, 继续, 比上年实际: no part of the metric (湖北's 2025 report; 东辽县2023年
    # 政府工作报告); 从2020年的2.87% is the baseline and its year (绍兴 2026, a 十四五 plan)
    pytest.param("一、目标\n●经济增长6%左右。●粮食产量继续保持500亿斤以上。", [("经济增长", D(6), None, None), ("粮食产量", D(500), None, None)], id="hubei-bullets-and-jixu"),
    # …or a dash (湖北 2019 计划报告: ——规模以上工业增加值增长7.5%左右; ——城镇新增就业70万人)
    pytest.param("一、目标\n——规模以上工业增加值增长7.5%左右；\n——城镇新增就业70万人；", [("规模以上工业增加值增长", D("7.5"), None, None), ("城镇新增就业", D(70), None, None)], id="hubei-2019-dashes"),
    pytest.param("一、目标\n推动主要农作物耕种收综合机械化率达94%以上。", [("主要农作物耕种收综合机械化率", D(94), None, None)], id="dongliao-tuidong"),
    pytest.param("一、目标\n城乡居民人均可支配收入达到5万元、比上年实际增长6%。", [("城乡居民人均可支配收入", D(5), None, None), ("城乡居民人均可支配收入增长", D(6), None, None)], id="bishangnian-shiji"),
    pytest.param("一、目标\n到2025年，全市研发投入强度从2020年的2.87%提高到3.5%。", [("全市研发投入强度", D("3.5"), D("2.87"), 2025)], id="cong-a-baseline"),
    # 等… after the last figure closes the list, and names nothing (林草“十四五”规划: …草原综合植被盖度达到57%等一系列
    # 保护发展目标; a city's …合格率达到98%等指标)
    pytest.param("一、目标\n到2025年，森林蓄积量达到190亿立方米，草原综合植被盖度达到57%等一系列保护发展目标。",
                 [("森林蓄积量", D(190), None, 2025), ("草原综合植被盖度", D(57), None, 2025)], id="linye-deng-closes-the-list"),
    pytest.param("一、目标\n到2025年，食品抽检合格率达到98%等指标。", [("食品抽检合格率", D(98), None, 2025)], id="deng-zhibiao"),
    # a row's serial before its task, a space between (谯城区2025年…任务分解表 as its page prints it)
    pytest.param("一、目标\n1 地区生产总值增长6.5%左右。 区发改委 区政府各部门", [("地区生产总值增长", D("6.5"), None, None)], id="qiaocheng-a-rows-serial"),
    pytest.param(
        ("一、目标\n2018年底前，各直辖市、计划单列市、副省级城市和省会城市将企业开办时间压缩一半以上，由目前平均20个工作日减至8.5个工作日以内。", 2018),
        [("企业开办时间压缩", D(-50), None, 2018), ("企业开办时间", D("8.5"), D(20), 2018)],
        id="gbf-2018-32-jiang-and-you-jianzhi",
    ),
    pytest.param(
        ("一、目标\n2019年上半年，全国工程建设项目审批时间压缩至120个工作日以内。", 2019),
        [("全国工程建设项目审批时间", D(120), None, 2019)],
        id="gbf-2019-11-yasuozhi-and-first-half",
    ),
    pytest.param(
        ("一、目标\n到2017年，全市空气中的细颗粒物（PM2.5）年均浓度比2012年下降25%以上，控制在60微克/立方米左右。", 2013),
        [("全市空气中的细颗粒物（PM2.5）年均浓度下降", D(-25), None, 2017), ("全市空气中的细颗粒物（PM2.5）年均浓度", D(60), None, 2017)],
        id="beijing-the-clause-before-names-the-figure",
    ),
    # 一般 and 原则上 before the comparator hedge the figure; they name nothing (04; 全国年节及纪念日放假办法, 2024)
    pytest.param(
        "三、要求\n顶岗实习时间一般为6个月。",
        [("顶岗实习时间", D(6), None, None)],
        id="04-yiban",
    ),
    pytest.param(
        "二、要求\n法定节假日假期前后连续工作一般不超过6天。",
        [("法定节假日假期前后连续工作", D(6), None, None)],
        id="fangjia-yiban",
    ),
    pytest.param(
        "四、目标\n将雄安新区蓝绿空间占比稳定在70%。",
        [("雄安新区蓝绿空间占比", D(70), None, None)],
        id="08-jiang",
    ),
    pytest.param(
        "一、目标\n2023年6月底前实现工程建设项目审批时间压缩至60个工作日。",
        [("工程建设项目审批时间", D(60), None, 2023)],
        id="month-deadline-opens-the-clause",
    ),
    # an age that says who is counted is no target; an age that is the goal is one
    pytest.param(
        "一、目标\n到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个，人均预期寿命达到80岁。",
        [("每千人口拥有3岁以下婴幼儿托位数", D("4.5"), None, 2025), ("人均预期寿命", D(80), None, 2025)],
        id="age-group-and-age-goal",
    ),
    # 突破 states a comparator; a clause whose verb counts nothing after it is named by its subject,
    # not by the clause before
    pytest.param(
        "一、目标\n到2025年，高新技术企业数量突破3000家，万人高价值发明专利拥有量达到12件，市级以上创新平台新增100个以上。",
        [("高新技术企业数量", D(3000), None, 2025), ("万人高价值发明专利拥有量", D(12), None, 2025), ("市级以上创新平台", D(100), None, 2025)],
        id="tupo-and-a-subject-before-the-verb",
    ),
    # what is counted ends at the next figure or comparator (04; 开封市推动制造业高质量发展实施方案;
    # 山东省数字经济若干措施); a filler alone (总数) still names its figure
    pytest.param(
        "一、目标\n到2022年，建设50所高水平高等职业学校和150个骨干专业（群）。",
        [("高水平高等职业学校", D(50), None, 2022), ("骨干专业（群）", D(150), None, 2022)],
        id="04-he-and-the-next-figure",
    ),
    pytest.param(
        "一、目标\n到2025年，培育形成2个千亿级产业集群和6个五百亿级产业集群。",
        [("千亿级产业集群", D(2), None, 2025), ("五百亿级产业集群", D(6), None, 2025)],
        id="kaifeng-he-and-the-next-figure",
    ),
    pytest.param(
        "一、目标\n力争经过5年努力，全省数字经济增加值增长55%以上、达到5.5万亿元。新开通5G基站15万个以上，总数达到30万个以上。",
        [("全省数字经济增加值增长", D(55), None, 2027), ("全省数字经济增加值", D("5.5"), None, 2027),
         ("新开通5G基站", D(15), None, None), ("总数", D(30), None, None)],
        id="shandong-a-comparator-after-the-figure",
    ),
    # a figure with a long unit before 、 is no part of the next one's name either (官渡区 稳增长
    # 政策措施, 2016; a bank's 理财产品 disclosure terms)
    pytest.param(
        "3. 提高环评审批效率。环评报告书14个工作日内、环评报告表7个工作日内、环评登记表3个工作日内完成审批。",
        [("环评报告书", D(14), None, None), ("环评报告表", D(7), None, None), ("环评登记表完成审批", D(3), None, None)],
        id="guandu-gongzuori-nei-dun",
    ),
    pytest.param(
        "（一）信息披露\n2．定期报告：在每个季度结束之日起15个工作日内、上半年结束之日起60个工作日内，披露理财产品的季度和半年报告。",
        [("在每个季度结束之日起", D(15), None, None), ("上半年结束之日起", D(60), None, None)],
        id="licai-gongzuori-nei-dun",
    ),
    # 其中 with a name breaks the figure before it down (a city's 2027 industry plan; a county's
    # 2023 工作要点): the part is a target under the same deadline
    pytest.param(
        "一、目标\n力争到2027年，规模以上工业企业达到2000户，其中高新技术企业800家。",
        [("规模以上工业企业", D(2000), None, 2027), ("高新技术企业", D(800), None, 2027)],
        id="qizhong-a-part-of-the-figure",
    ),
    pytest.param(
        "一、目标\n到2025年，全市A级旅游景区达到60家，其中5A级景区3家，全年接待游客5000万人次。",
        [("全市A级旅游景区", D(60), None, 2025), ("5A级景区", D(3), None, 2025), ("游客", D(5000), None, 2025)],
        id="qizhong-and-jiedai",
    ),
    # verbs after the first one are no part of what is counted (a county's 交通 plan; a city's 教育 plan)
    pytest.param(
        "一、目标\n到2025年，新建改建农村公路500公里，新建和改扩建中小学校30所。",
        [("农村公路", D(500), None, 2025), ("中小学校", D(30), None, 2025)],
        id="jiaotong-jiaoyu-two-verbs",
    ),
    # 新增 makes a figure an increment and stays in its name; 一般公共预算收入 and 一般工业固体废物
    # are names, not hedges; 涨幅 is a growth (a city's 政府工作报告 targets; a county's)
    pytest.param(
        "一、目标\n新增城镇就业2.5万人，一般公共预算收入增长5%，居民消费价格涨幅3%左右。",
        [("新增城镇就业", D("2.5"), None, None), ("一般公共预算收入增长", D(5), None, None), ("居民消费价格涨幅", D(3), None, None)],
        id="xinzeng-yiban-zhangfu",
    ),
    pytest.param(
        "一、目标\n全年新增市场主体1万户，一般工业固体废物综合利用率达到90%。",
        [("新增市场主体", D(1), None, 2022), ("一般工业固体废物综合利用率", D(90), None, 2022)],
        id="xinzeng-and-yiban-gongye",
    ),
    # a hedge or 将 between the name and its verb is no part of the name (a city's 新能源汽车 plan;
    # a province's 林业 plan)
    pytest.param(
        "一、目标\n到2025年底，新能源汽车保有量力争达到10万辆左右，全省森林覆盖率将达到45%。",
        [("新能源汽车保有量", D(10), None, 2025), ("全省森林覆盖率", D(45), None, 2025)],
        id="lizheng-and-jiang-after-the-name",
    ),
    # a bound before a name says which items are counted, and the count is the target
    # (咸宁 2021 通报 of the 政府工作报告's targets; a county's 工业 plan); 开工 and 竣工 commit
    # to a count (咸宁; a city's 2024 重点项目 plan)
    pytest.param(
        ("一、目标\n2021年，引进投资10亿元以上项目10个、亿元以上项目100个；新开工亿元以上产业项目100个。", 2021),
        [("投资10亿元以上项目", D(10), None, 2021), ("亿元以上项目", D(100), None, 2021), ("亿元以上产业项目", D(100), None, 2021)],
        id="xianning-a-bound-in-a-name",
    ),
    pytest.param(
        "一、目标\n到2025年，培育年营业收入10亿元以上企业20家，规模以上工业增加值增长9%以上、达到1000亿元。",
        [("年营业收入10亿元以上企业", D(20), None, 2025), ("规模以上工业增加值增长", D(9), None, 2025), ("规模以上工业增加值", D(1000), None, 2025)],
        id="county-a-bound-in-a-name-and-a-bound-of-a-target",
    ),
    pytest.param(
        "一、目标\n2024年安排市重点项目476个，其中计划开工项目207个，计划竣工项目111个。",
        [("计划开工项目", D(207), None, 2024), ("计划竣工项目", D(111), None, 2024)],
        id="kaigong-jungong",
    ),
    # a change with no name of its own after a figure of the same sentence is that figure's
    # change (荆政办发〔2021〕28号, 荆门市“十四五”规划纲要任务分工方案; a Harbin 建筑节能 plan);
    # a change with a name keeps it
    pytest.param(
        "一、目标\n到2025年，地区生产总值（GDP）总量力争突破3000亿元，年均增长7%以上。",
        [("地区生产总值（GDP）总量", D(3000), None, 2025), ("地区生产总值（GDP）总量增长", D(7), None, 2025)],
        id="jingmen-nianjun-zengzhang",
    ),
    pytest.param(
        ("一、目标\n计划到2012年，建筑节能产业实现主营业务收入200亿元，年均增长30%以上。", 2010),
        [("主营业务收入", D(200), None, 2012), ("主营业务收入增长", D(30), None, 2012)],
        id="harbin-nianjun-zengzhang",
    ),
    pytest.param(
        "一、目标\n到2025年，规模以上工业增加值达到1000亿元，城乡居民收入年均增长7%。",
        [("规模以上工业增加值", D(1000), None, 2025), ("城乡居民收入年均增长", D(7), None, 2025)],
        id="a-change-with-its-own-name",
    ),
    # a list of figures after one verb: each figure is named by the words before it
    # (a province's 专精特新 plan; a city's 科技创新 plan)
    pytest.param(
        "一、目标\n力争培育国家级专精特新“小巨人”企业20家、省级专精特新中小企业200家。",
        [("国家级专精特新“小巨人”企业", D(20), None, None), ("省级专精特新中小企业", D(200), None, None)],
        id="zhuanjingtexin-list",
    ),
    pytest.param(
        "一、目标\n到2025年，建设省级以上重点实验室10个、工程技术研究中心20个。",
        [("省级以上重点实验室", D(10), None, 2025), ("工程技术研究中心", D(20), None, 2025)],
        id="keji-list",
    ),
    # a figure in another sentence names nothing; 由 with no figure is no baseline
    pytest.param(
        "一、目标\n到2025年，全市公共充电桩达到5000个。由市发展改革委统筹，建成换电站100座。",
        [("全市公共充电桩", D(5000), None, 2025), ("换电站", D(100), None, 2025)],
        id="another-sentence",
    ),
]


# An index or a coefficient committed to a number printed with no unit: the target has no unit
# (metric, value, unit, comparator, year of every target, in order).  Beside it, figures with a unit
# read as before.
INDICES = [
    # 达 alone commits an index as 达到 does (浙卫发〔2023〕10号 2023年工作要点: 健康浙江发展指数达85; a province's
    # 营商环境便利度指数达90以上)
    pytest.param(
        "一、目标\n到2025年，健康浙江发展指数达85，人均预期寿命达82.4岁。",
        [("健康浙江发展指数", D(85), None, "=", 2025), ("人均预期寿命", D("82.4"), "岁", "=", 2025)],
        id="zhejiang-zhishu-da",
    ),
    pytest.param(
        "一、目标\n到2025年，全省营商环境便利度指数达90以上。",
        [("全省营商环境便利度指数", D(90), None, ">=", 2025)],
        id="bianlidu-zhishu-da-yishang",
    ),
    # …but an index 达 a value that says which days or cities counts nothing
    pytest.param("一、目标\n空气质量指数达100的天数减少。", [], id="zhishu-da-in-a-qualifier"),
    # 潜江市人民政府办公室关于分解落实《政府工作报告》的通知 (2017): the price index among the year's targets
    pytest.param(
        ("一、目标\n2017年全市经济社会发展主要预期目标是：社会消费品零售总额增长11%左右；城乡居民收入增长与经济增长同步；"
         "居民消费价格指数控制在103.5以内；城镇登记失业率控制在4.5%以内；全面完成省下达节能减排任务。", 2017),
        [("社会消费品零售总额增长", D(11), "%", "=", 2017), ("居民消费价格指数", D("103.5"), None, "<=", 2017),
         ("城镇登记失业率", D("4.5"), "%", "<=", 2017)],
        id="qianjiang-cpi",
    ),
    # 质量强国建设纲要 (中共中央、国务院, 2023)
    pytest.param(
        "一、目标\n到2025年，农业标准化生产普及率稳步提升，制造业质量竞争力指数达到86，服务业供给有效满足产业转型升级和居民消费升级需要。",
        [("制造业质量竞争力指数", D(86), None, "=", 2025)],
        id="zhiliang-qiangguo-zhishu",
    ),
    # 梅州市质量强市建设实施方案 (2023)
    pytest.param(
        "一、目标\n到2025年，制造业质量竞争力指数达到83，一批产业集群质量提档升级，农产品质量安全例行监测合格率达到98%以上，"
        "食品抽检合格率达到98.5%以上，制造业产品质量合格率力争达到94%以上。",
        [("制造业质量竞争力指数", D(83), None, "=", 2025), ("农产品质量安全例行监测合格率", D(98), "%", ">=", 2025),
         ("食品抽检合格率", D("98.5"), "%", ">=", 2025), ("制造业产品质量合格率", D(94), "%", ">=", 2025)],
        id="meizhou-zhishu-beside-percentages",
    ),
    # 国家节水行动方案 (发改环资规〔2019〕695号)
    pytest.param(
        ("一、目标\n到2020年，规模以上工业用水重复利用率达到91%以上，农田灌溉水有效利用系数提高到0.55以上，全国公共供水管网漏损率控制在10%以内。", 2019),
        [("规模以上工业用水重复利用率", D(91), "%", ">=", 2020), ("农田灌溉水有效利用系数", D("0.55"), None, ">=", 2020),
         ("全国公共供水管网漏损率", D(10), "%", "<=", 2020)],
        id="jieshui-xishu-tigaodao-yishang",
    ),
    # “十三五”新增1亿亩高效节水灌溉面积实施方案 (水利部等, 2017)
    pytest.param(
        ("一、目标\n到2020年，全国高效节水灌溉面积达到3.6亿亩左右，占灌溉面积的比例提高到32%以上，农田灌溉水有效利用系数达到0.55以上。", 2017),
        [("全国高效节水灌溉面积", D("3.6"), "亿亩", "=", 2020), ("占灌溉面积的比例", D(32), "%", ">=", 2020),
         ("农田灌溉水有效利用系数", D("0.55"), None, ">=", 2020)],
        id="yiyimu-xishu-dadao-yishang",
    ),
    # 农业绿色发展技术导则（2018—2030年） (农科教发〔2018〕3号)
    pytest.param(
        "一、目标\n到2030年，农田灌溉用水有效利用系数提高到0.6以上。",
        [("农田灌溉用水有效利用系数", D("0.6"), None, ">=", 2030)],
        id="lvse-daoze-xishu",
    ),
    # the other comparators and bounds of the rule, and a hedge between the name and its verb
    pytest.param(
        "一、目标\n居民消费价格指数控制在103.5以内，恩格尔系数降至30以下，基尼系数力争保持在0.4左右。",
        [("居民消费价格指数", D("103.5"), None, "<=", None), ("恩格尔系数", D(30), None, "<=", None), ("基尼系数", D("0.4"), None, "=", None)],
        id="kongzhizai-jiangzhi-lizheng",
    ),
    # a number with a unit after an index is the unit's, as before
    pytest.param(
        "一、目标\n到2025年，生态环境状况指数达到60分以上。",
        [("生态环境状况指数", D(60), "分", ">=", 2025)],
        id="index-with-a-unit-keeps-it",
    ),
]


@pytest.mark.parametrize("body, expected", INDICES)
def test_an_index_with_no_unit(body, expected):
    body, year = body if isinstance(body, tuple) else (body, 2022)  # a document of that year
    assert [(t.metric, t.value, t.unit, str(t.comparator), t.year) for t in text_targets(body, year)] == expected


def test_an_index_cut_over_column_lines():
    # the 质量强国建设纲要 and 国家节水行动方案 clauses in a plan laid out as a PDF text layer
    # (full-width digits, ASCII commas, 17-character column lines; enough of them for the
    # layout stage to find the column width)
    body = (
        "一、发展目标\n"
        "（一）主要目标。到2025年，全市公民具备科学素质的比例达到18.5%，农业标准化生产普及率稳步提升，"
        "制造业质量竞争力指数达到86，农田灌溉水有效利用系数提高到0.55以上，培育形成30个以上高价值专利培育中心。"
        "（市委宣传部、市教育局、市科技局、团市委、市卫生健康委、市科协按职责分工负责）\n"
        "（二）组织实施。依据《全民科学素质行动规划纲要（2021-2035年）》（国发〔2021〕9号）组织实施。"
    )
    found = [(t.metric, t.value, t.unit, t.year) for t in pdf_notice_of(body).targets if t.unit is None]
    assert found == [("制造业质量竞争力指数", D(86), None, 2025), ("农田灌溉水有效利用系数", D("0.55"), None, 2025)]


@pytest.mark.parametrize("body, expected", METRICS)
def test_metric_and_baseline(body, expected):
    body, year = body if isinstance(body, tuple) else (body, 2022)  # a document of that year
    assert [(t.metric, t.value, t.baseline, t.year) for t in text_targets(body, year)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # where a change starts is its baseline, not a target of its own (三门峡 2022: 从107家增加到500家以上;
        # 从目前的14.4万元增加到20万元左右; 从目前的2%以上达到2.8%以上)
        ("一、目标\n高新企业数量从107家增加到500家以上。", [(D(500), D(107))]),
        ("一、目标\n全员劳动生产率年均增长1万元、从目前的14.4万元增加到20万元左右、达到全国平均水平。", [(D(1), None), (D(20), D("14.4"))]),
        ("一、目标\n研发投入强度每年要提高0.16个百分点、从目前的2%以上达到2.8%以上。", [(D("0.16"), None), (D("2.8"), D(2))]),
        # (信息化规划 2021: 从2020年的9.89亿提高到12亿)
        ("一、目标\n到2025年，网民规模从2020年的9.89亿提高到12亿。", [(D(12), D("9.89"))]),
        # must not: 从 inside a word, and a figure after 从 that no 到 follows
        ("一、目标\n到2025年，从业人员达到5000人。", [(D(5000), None)]),
        ("一、目标\n从2个方面发力，新增就业岗位3000个。", [(D(3000), None)]),
    ],
)
def test_a_changes_starting_figure_is_its_baseline(body, expected):
    assert [(t.value, t.baseline) for t in text_targets(body)] == expected


# 年均 and 每年: the number's own clause, or the whole sentence when they open it (04, 14, the sample)
PERIODS = [
    pytest.param(
        "一、目标\n到2025年，技术合同成交额年均增长15%以上，全社会研发投入占地区生产总值比重提高0.5个百分点，万人高价值发明专利拥有量达到12件。",
        [("技术合同成交额年均增长", "annual"), ("全社会研发投入占地区生产总值比重提高", None), ("万人高价值发明专利拥有量", None)],
        id="nianjun-in-its-own-clause",
    ),
    pytest.param(
        "一、目标\n每年开展科普活动，培训科技辅导员300人次。",
        [("科技辅导员", "annual")],
        id="meinian-opens-the-sentence",
    ),
    pytest.param(
        "一、目标\n到2025年，年均新增科普场馆5个，建成科普基地20个。",
        [("新增科普场馆", "annual"), ("科普基地", "annual")],
        id="nianjun-after-the-deadline",
    ),
]


@pytest.mark.parametrize("body, expected", PERIODS)
def test_period(body, expected):
    assert [(t.metric, None if t.period is None else str(t.period)) for t in text_targets(body)] == expected


# A paragraph that opens with a span of review reports in every sentence, up to one that looks ahead:
# 国家林业局's 2012 briefing as a newspaper reported it (据印红介绍,过去20年,…。全国森林面积由…增加到…) and
# 嘉兴 2025 政府工作报告 (——过去一年，…。全市实现地区生产总值7569.5亿元、增长5.6%), under no heading of review.
REVIEW_PARAGRAPHS = [
    pytest.param(
        "一、情况\n据印红介绍,过去20年,在全球森林资源持续减少的大背景下,实现了森林面积和蓄积量的双增长。"
        "全国森林面积由1992年的1.34亿公顷增加到目前的1.95亿公顷,净增接近6200万公顷;森林覆盖率由13.92%增加到20.36%,净增6.44个百分点。",
        [],
        id="linye-2012-guoqu-20-nian",
    ),
    pytest.param(
        "一、情况\n——过去一年，坚决扛起经济大市责任担当，经济回升向好态势持续巩固。全市实现地区生产总值7569.5亿元、增长5.6%，"
        "财政总收入、一般公共预算收入分别达到1073.6亿元和638.7亿元，均保持全省第三，规上工业增加值增长7.1%，进出口总额增长9.3%。",
        [],
        id="jiaxing-2025-guoqu-yi-nian",
    ),
    # …or whose first sentence opens a clause with it (21世纪经济报道 on 安徽 2023's report: 更从长的时间来看,报告指出,过去五年,…)
    pytest.param(
        "一、情况\n更从长的时间来看,报告指出,过去五年,安徽省经济实力实现重大跨越。全省生产总值连跨2个万亿元台阶、达到4.5万亿元左右,"
        "人均地区生产总值突破1万美元;粮食产量稳定在800亿斤以上。",
        [],
        id="anhui-2023-baogao-zhichu-guoqu-wunian",
    ),
    # …up to a sentence that looks ahead; and the next paragraph is its own
    pytest.param(
        "一、情况\n过去五年，全市新建学校30所。今后五年，力争新建学校40所。\n全市新建公园20个。",
        [("学校", D(40)), ("全市新建公园", D(20))],
        id="a-sentence-looking-ahead-and-the-next-paragraph",
    ),
    # a span of review later in a paragraph reaches only its own sentence
    pytest.param("一、目标\n全市新建学校40所。近年来，全市教育投入持续加大。全市新建公园20个。", [("全市新建学校", D(40)), ("全市新建公园", D(20))], id="a-review-span-mid-paragraph"),
    # …and one inside a clause of the first sentence, not after a comma, opens nothing (与过去五年相比)
    pytest.param("一、目标\n与过去五年相比，全市新建学校40所。全市新建公园20个。", [("全市新建学校", D(40)), ("全市新建公园", D(20))], id="yu-guoqu-wunian-xiangbi"),
]


@pytest.mark.parametrize("body, expected", REVIEW_PARAGRAPHS)
def test_a_paragraph_that_opens_with_a_review_reports(body, expected):
    assert [(t.metric, t.value) for t in text_targets(body)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the past opening reaches no number after a deadline, 预计到 is a forecast, and a year not
        # before the document's own (2022) is a deadline
        ("一、目标\n目前，全市正加快5G网络建设，到2025年累计建成5G基站1.2万个。", [("5G基站", D("1.2"), 2025)]),
        ("一、目标\n现有规模以上工业企业120家，到2025年全市规模以上工业企业达到200家。", [("全市规模以上工业企业", D(200), 2025)]),
        ("一、目标\n预计到2025年，全市常住人口城镇化率达到65%。", [("全市常住人口城镇化率", D(65), 2025)]),
        ("一、目标\n2022年，全市地区生产总值增长6%左右。", [("全市地区生产总值增长", D(6), 2022)]),
        ("一、目标\n2023年，全市新建5G基站2600个以上。", [("5G基站", D(2600), 2023)]),
        # …nor a number after the year it turns to (福建 2022: …去年全省地区生产总值48810亿元、增长8.0%,今年…预期增长6.5%)
        ("一、经济发展\n《政府工作报告》显示,初步统计,去年全省地区生产总值48810亿元、增长8.0%,今年全省地区生产总值预期增长6.5%。",
         [("全省地区生产总值预期增长", D("6.5"), 2022)]),
    ],
    ids=["muqian-then-a-deadline", "xianyou-then-a-deadline", "yuji-dao-a-forecast", "the-documents-year", "a-later-year", "fujian-qunian-then-jinnian"],
)
def test_a_past_opening_leaves_these(body, expected):
    assert [(t.metric, t.value, t.year) for t in text_targets(body)] == expected


def test_a_first_section_named_zonghe_alone_makes_no_bulletin():
    # must not: 一、综合 (松原 2024's first section) over a goal, with no 二、农业 after it
    body = "一、综合\n到2025年，全市90%以上的项目通过竣工验收。"
    assert [t.value for t in text_targets(body)] == [D(90)]


def test_a_years_report_of_work_done_states_no_target():
    # 北城街街道 2025 法治政府建设年度报告, saved on its own: its title says it reports the year (城口县卫健委 2020's and
    # 下各镇 2023's 政府信息公开工作年度报告 too); must not: a year's plan (2024年度工作计划, in reviews_the_past's examples)
    body = "北城街街道办事处2025年法治政府建设年度报告\n一、2024年法治政府建设基本情况\n(一)强化政治引领,压实法治建设责任\n1.健全领导机制。成立由党政主要负责人任双组长的法治建设领导小组,建立“党委领导、政府负责、部门协同、群众参与”的工作体系,将法治建设纳入街道发展总体规划和年度重点工作,与经济社会发展同部署、同推进、同考核。全年召开党工委专题会议4次,专题研究法治宣传、执法规范、矛盾化解等重点任务,及时解决工作推进中的难点问题。"
    assert [t.text for t in gazette_cli.parse_text(body).notices[0].targets] == []


@pytest.mark.parametrize("body", NOTHING)
def test_not_a_target(body):
    assert [t.text for t in text_targets(body)] == []


@pytest.mark.parametrize(
    "title, grades",
    [
        # 应急预案 that sort events into grades: 龙里县 2015 (1.3事件分级 / 1.3.2 中型地质灾害险情和灾情(Ⅲ级)), 浙江省
        # 2011 (1.5 事故的分级), 融水县 (1.4事故分级 / 1.4.1特别重大(Ⅰ级): / 1.4.2重大(II级):), a plan's 1.4分类分级
        ("事件分级", True), ("中型地质灾害险情和灾情（Ⅲ级）", True), ("事故的分级", True), ("特别重大（Ⅰ级）：", True),
        ("重大（II级）：", True), ("分类分级", True), ("特别重大事故", True),
        # must not: a plan's projects and works (云南 稳增长 意见: 一、推进重大项目建设; a plan's 四、重大工程), a reform,
        # a regulation's general chapter, a scenic spot's grade
        ("推进重大项目建设", False), ("重大工程", False), ("推进分级诊疗", False), ("一般规定", False),
        ("重大事故隐患排查治理", False), ("创建4A级景区", False),
    ],
)
def test_a_title_that_sorts_events_into_grades(title, grades):
    from gazette_cli.extract.scopes import GRADE_TITLE

    assert (GRADE_TITLE.search(title) is not None) == grades


@pytest.mark.parametrize(
    "text",
    [
        # 龙里县突发性地质灾害应急预案 (2015): the criteria of each grade under its clause
        "龙里县突发性地质灾害应急预案\n1 总则\n1.1 编制目的\n为高效有序地做好突发地质灾害应急处置工作，制定本预案。\n1.2 编制依据\n《地质灾害防治条例》。\n"
        "1.3事件分级\n根据地质灾害按危险程度和规模大小分为特大型(Ⅰ级)、大型(Ⅱ级)、中型(Ⅲ级)、小型(Ⅳ级)地质灾害险情和地质灾害灾情四级。\n"
        "1.3.1小型地质灾害险情和灾情(Ⅳ级)\n受灾害威胁，需搬迁转移人数在100人以下或潜在经济损失在500万元以下的地质灾害险情为小型地质灾害险情。\n"
        "1.3.2 中型地质灾害险情和灾情(Ⅲ级)\n受灾害威胁，需搬迁转移人数在100人以上、500人以下或潜在经济损失500万元以上、5000万元以下的地质灾害险情为中型地质灾害险情。\n",
        # 浙江省特种设备事故应急预案 (2011): the items under 事故的分级
        "浙江省特种设备事故应急预案\n一、 总则\n1.1 编制目的\n有效预防、及时控制和消除突发性特种设备事故及其危害。\n1.2 编制依据\n依据《特种设备安全监察条例》。\n"
        "1.3 适用范围\n本预案适用于本省行政区域内发生的特种设备事故。\n1.4 工作原则\n坚持以人为本。\n1.5 事故的分级\n"
        "（1） 特别重大事故，造成30人以上死亡（含失踪），或危及30人以上生命安全，或1亿元以上直接经济损失。\n",
    ],
    ids=["longli-grades", "zhejiang-grades"],
)
def test_the_criteria_of_a_grade_are_no_targets(text):
    (notice,) = gazette_cli.parse_text(text).notices
    assert [t.text for t in notice.targets] == []


@pytest.mark.parametrize(
    "body, expected",
    [
        # a cap outside a policy's sentence, and a share that names the firms a goal counts, stay
        ("一、目标\n到2025年，全市单位工业增加值能耗最高不超过0.5吨标准煤。", [(D("0.5"), "吨标准煤")]),
        ("一、目标\n到2025年，研发投入占营业收入3%以上的企业达到100家。", [(D("100"), "家")]),
        ("一、目标\n到2025年，培育营业收入增长20%以上的企业50家，给予一次性奖励。", [(D("50"), "家")]),
    ],
)
def test_a_goal_beside_a_policys_words_stays(body, expected):
    assert [(t.value, t.unit) for t in text_targets(body)] == expected


def test_every_exclusion_has_a_name():
    names = [name for name, _ in targets.EXCLUSIONS]
    assert len(names) == len(set(names)) and all(names)


# --- the year a one-year plan is for, from its title -------------------------------------------

PLAN_YEARS = [
    # a text with no title whose first sentence names the year's 实事 (鹿邑 2024, a newspaper's copy in traditional
    # characters with readings glued on): its figures are that year's
    pytest.param("\n".join(['鹿邑縣政府工作報(bào)告提出,2024年鹿邑將著力辦好十件實(shí)事。', '1.開展職業(yè)技能培訓(xùn)和評(píng)價(jià)取證。全年開展職業(yè)技能培訓(xùn)2.55萬(wàn)人次,新增技能人才1.59萬(wàn)人,新增高技能人才5310人。', '2.改善辦學(xué)條件。新建和改擴(kuò)建25所學(xué)校,其中城區(qū)學(xué)校10所(含幼兒園4所)、鄉(xiāng)鎮(zhèn)學(xué)校15所(含幼兒園5所),新增學(xué)位6120個(gè),提升學(xué)校辦學(xué)水平,促進(jìn)義務(wù)教育優(yōu)質(zhì)均衡發(fā)展。']) + "\n", [2024] * 9, id="luyi-opening-sentence"),
    # a 政府工作报告 task table (武政办〔2023〕1号) and a 重点工作 list (鞍立政发〔2023〕2号)
    pytest.param(
        "市人民政府办公厅关于印发2023年市《政府工作报告》目标任务责任分解方案的通知\n武政办〔2023〕1号\n"
        "各区人民政府，市人民政府各部门：\n现将方案印发给你们，请一并贯彻执行。\n武汉市人民政府办公厅\n2023年1月18日\n"
        "2023年市《政府工作报告》目标任务责任分解方案\n序号\t目标任务\t牵头单位\t责任单位\n"
        "1\t地区生产总值增长6.5%左右\t市发展改革委\t各区人民政府\n2\t城镇新增就业22万人\t市人力资源局\t各区人民政府\n",
        [2023, 2023],
        id="wuhan-task-table",
    ),
    pytest.param(
        "立山区人民政府关于印发立山区政府2023年重点工作任务分解和责任分工方案的通知\n鞍立政发〔2023〕2号\n"
        "各街道办事处，各区直部门：\n现将方案印发给你们，请认真贯彻落实。\n立山区人民政府\n2023年3月28日\n"
        "立山区政府2023年重点工作任务分解和责任分工方案\n一、主要预期目标\n1.努力实现地区生产总值增长6.2%左右。\n"
        "牵头单位：区发改局\n2.固定资产投资增长15%左右。\n牵头单位：区发改局\n",
        [2023, 2023],
        id="lishan-key-tasks",
    ),
    # a year's 实事 (洋县 2024 十大民生实事项目; 杞县 2022 要办的民生实事, a news copy)
    pytest.param(
        "洋县人民政府关于印发洋县2024年十大民生实事项目的通知\n洋政发〔2024〕8号\n各镇人民政府：\n现印发给你们。\n洋县人民政府\n2024年4月2日\n"
        "洋县2024年十大民生实事项目清单\n一、民生实事\n新建田间道路38公里。\n",
        [2024],
        id="yangxian-shishi",
    ),
    pytest.param("2022年要办的民生实事\n1、加强公共就业服务。新增城镇就业6700人。\n", [2022], id="qixian-shishi"),
    # …but a report on how they went sets none
    pytest.param("2023年民生实事完成情况\n1、加强公共就业服务。新增城镇就业6700人。\n", [], id="shishi-report"),
    # a plan over several years, or a plan whose title names a far year, gives its figures no year
    pytest.param(
        "市人民政府关于印发某市新型基础设施建设三年行动方案（2022—2024年）的通知\n某府发〔2022〕10号\n"
        "各区人民政府：\n现将方案印发给你们，请认真贯彻落实。\n某市人民政府\n2022年12月2日\n"
        "某市新型基础设施建设三年行动方案（2022—2024年）\n一、主要目标\n新建市级创新平台15个以上。\n",
        [None],
        id="a-range-of-years",
    ),
    pytest.param(
        "某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n第一章　发展目标\n第一节　主要目标\n地区生产总值年均增长6%左右。\n",
        [None],
        id="a-far-year-of-a-vision",
    ),
    # a year's 国民经济和社会发展计划 (咸政发〔2023〕8号; 浙江省 2025年 计划, 下达 by the province)
    pytest.param(
        "咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知\n咸政发〔2023〕8号\n"
        "县市区人民政府，市人民政府各工作部门、派出机构、直属事业机构：\n"
        "《咸阳市2023年国民经济和社会发展计划》已经市九届人大三次会议审议通过，现印发给你们，请认真组织实施。\n"
        "咸阳市人民政府\n2023年2月21日\n咸阳市2023年国民经济和社会发展计划\n"
        "主要预期目标是：生产总值增长6%左右，规模以上工业增加值增长7%左右。\n",
        [2023, 2023],
        id="xianyang-development-plan",
    ),
    pytest.param(
        "浙江省人民政府关于下达2025年浙江省国民经济和社会发展计划的通知\n"
        "各市、县（市、区）人民政府，省政府直属各单位：\n现将计划下达给你们，请认真组织实施。\n浙江省人民政府\n2025年2月28日\n"
        "一、主要目标\n新增100个以上项目纳入国家用地保障范围。\n",
        [2025],
        id="zhejiang-development-plan",
    ),
    # the report on how last year's plan went names two years: no one year
    pytest.param(
        "关于咸阳市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
        "一、主要目标\n生产总值增长6%左右。\n",
        [None],
        id="a-report-on-two-plans",
    ),
]

# --- the year a heading names for the goals under it --------------------------------------------

HEADING_YEARS = [
    # a clause's title (蔡甸区 2023 目标任务责任分解方案: 一、2023年全区经济社会发展的主要预期目标; 国务院 2018
    # 政府工作报告: 二、2018年发展主要预期目标), the titles of the documents naming no year
    pytest.param(
        "区《政府工作报告》确定的主要目标任务责任分解方案\n一、2023年全区经济社会发展的主要预期目标\n"
        "（一）地区生产总值增长7%以上\n责任单位：区发展和改革局\n（二）规上工业增加值增长12%以上\n责任单位：区科技和经信局\n"
        "二、重点工作任务\n（一）新建5G基站500个。\n",
        [2023, 2023, None],
        id="caidian-clause-title",
    ),
    pytest.param(
        "政府工作报告\n一、过去五年工作成绩\n国内生产总值从54万亿元增加到82.7万亿元。\n二、2018年发展主要预期目标\n"
        "国内生产总值增长6.5%左右；居民消费价格涨幅3%左右；城镇新增就业1100万人以上。\n",
        [2018, 2018, 2018],
        id="gwy-2018-clause-title",
    ),
    # a heading paragraph with no marker, the goals under it; a heading of another kind ends its reach
    pytest.param(
        "政府工作报告重点工作分工方案\n2025年全市经济社会发展主要预期目标\n地区生产总值增长5.5%左右。\n"
        "城镇新增就业5万人以上。\n重点任务\n新建5G基站500个。\n",
        [2025, 2025, None],
        id="unnumbered-goals-heading",
    ),
    # a heading that reports on a year's goals (完成情况) is a review: the figures under it are results
    pytest.param(
        "政府工作报告\n一、2022年目标任务完成情况\n地区生产总值增长4.5%左右。\n",
        [],
        id="a-report-heading-names-no-year",
    ),
    # the work a report sets out for its year (青海 2026 政府工作报告: 三、2026年重点工作任务; 宁夏 2026: 三、2026年重点工作;
    # 海南 2026: 三、2026年主要工作), its figures that year's; must not: the review before it
    pytest.param(
        "政府工作报告\n一、2025年工作回顾\n过去一年，全省新增公路通车里程1200公里。\n三、2026年重点工作任务\n（二）聚焦基础设施，夯实发展支撑\n"
        "加快西宁至成都铁路建设，建成尖扎至贵德、小柴旦湖至老茫崖等公路，新增公路通车里程1500公里。\n"
        "（三）聚焦扩大内需\n实施县域商业“双百”助企便民精品提升行动、青企网销培优计划，新增限上商贸企业60家以上。\n",
        [2026, 2026],
        id="qinghai-2026-work-of-the-year",
    ),
    pytest.param(
        "政府工作报告\n三、2026年重点工作\n（一）着力扩大有效需求\n力争游客人次、旅游花费均增长10%以上。\n",
        [2026, 2026],  # (游客人次 and 旅游花费, each)
        id="ningxia-2026-work-of-the-year",
    ),
    # a goals title naming no year takes the deadline its first paragraph opens with, for the paragraphs
    # after it (国发〔2016〕73号 “十三五”国家信息化规划: （三）发展目标。/ 到2020年，… / 信息经济全面发展。…), as
    # the numbered items of 济南's （三）发展目标.到2025年,… / 1．… take it from their clause
    pytest.param(
        "国务院关于印发“十三五”国家信息化规划的通知\n二、指导思想和目标\n（三）发展目标。\n"
        "到2020年，“数字中国”建设取得显著成效，信息化发展水平大幅跃升，信息化能力跻身国际前列。\n"
        "信息经济全面发展。信息经济新产业、新业态不断成长，信息消费规模达到6万亿元，电子商务交易规模超过38万亿元。"
        "电信普遍服务补偿机制进一步完善，网络扶贫成效明显，宽带网络覆盖90%以上的贫困村。\n",
        [2020, 2020, 2020],
        id="gf-2016-73-goals-title-over-paragraphs",
    ),
    # must not: the title of goals over a paragraph that opens with no deadline (国办发〔2019〕4号's （三）工作目标。
    # / 通过绩效考核，…。…到2020年，…), and a title of tasks over one that does
    pytest.param(
        "某市实施方案\n一、总体要求\n（三）工作目标。\n通过绩效考核，推动三级公立医院在发展方式上由规模扩张型转向质量效益型。到2020年，基本建立较为完善的绩效考核体系。\n"
        "全市新建社区医院10所。\n",
        [None],
        id="a-goals-title-over-no-deadline",
    ),
    pytest.param(
        "某市实施方案\n一、重点任务\n（一）建设网络。\n到2025年，全市信息化发展水平大幅提升。\n信息基础设施达到领先水平。全市建成5G基站2万个。\n",
        [None],
        id="a-tasks-title-passes-nothing",
    ),
]


@pytest.mark.parametrize("text, years", HEADING_YEARS)
def test_a_goals_heading_gives_its_year(text, years):
    import gazette_cli

    (notice,) = gazette_cli.parse_text(text).notices
    assert [t.year for t in targets.extract(notice)] == years


@pytest.mark.parametrize("text, years", PLAN_YEARS)
def test_a_one_year_plan_gives_its_year(text, years):
    import gazette_cli

    (notice,) = gazette_cli.parse_text(text).notices
    assert [t.year for t in targets.extract(notice)] == years


def test_a_hedge_stops_at_a_semicolon():
    # 三明 2023: 完成投资力争超过145亿元；开展农村人居环境整治，完成投资25亿元 — the second is no hope
    found = text_targets("一、目标\n完成投资力争超过145亿元；开展农村人居环境整治，完成投资25亿元。")
    assert [(t.value, t.hedged) for t in found] == [(D(145), True), (D(25), False)]


# --- reports of results: what a report says was done is no target ---------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a report on a year's plan and a draft of the next (梧州 2022; 上海 2026): its section on how the
        # year went (执行情况) holds results, the draft's section holds the targets
        ("关于梧州市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n各位代表：\n"
         "一、2021年国民经济和社会发展计划执行情况\n（一）经济运行稳健有力。全年地区生产总值同比增长10%，两年平均增长9.1%，规模以上工业增加值增长15%。\n"
         "二、2022年国民经济和社会发展计划草案\n（一）主要预期目标。地区生产总值增长7.5%左右，规模以上工业增加值增长10%左右。\n",
         [(D("7.5"), "%"), (D(10), "%")]),
        ("关于上海市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n各位代表：\n"
         "一、2025年国民经济和社会发展计划执行情况\n2025年，全市生产总值增长5.4%，居民消费价格上涨1.5%。\n"
         "二、2026年国民经济和社会发展计划草案\n全市生产总值增长5%左右，城镇调查失业率控制在5%以内。\n",
         [(D(5), "%"), (D(5), "%")]),
    ],
    ids=["wuzhou-zhixing-qingkuang", "shanghai-zhixing-qingkuang"],
)
def test_a_reports_section_on_how_the_year_went_holds_no_target(text, expected):
    (notice,) = gazette_cli.parse_text(text).notices
    assert [(t.value, t.unit) for t in notice.targets] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a news report of a work report, with no date of its own: the figures of a year before the one it sets
        # goals for report that year (海南 2024: 2023年海南全省地区生产总值增长9.2% under 2024年将GDP目标定为8%;
        # 福建 2023: 初步预计，2022年…, then 2023年…的主要预期目标是)
        ("报告亮出了海南2023年成绩单,2023年海南全省地区生产总值增长9.2%,规模以上工业增加值增长18.5%,服务业增加值增长10.3%,社会消费品零售总额增长10.7%,多项指标增速在全国名列前茅。\n"
         "海南两会召开:2023年多项指标增速名列全国前茅,2024年将GDP目标定为8%\n"
         "报告提出,2024年海南全省地区生产总值增长8%左右,地方一般公共预算收入增长6%,城镇新增就业12万人以上。\n",
         [(D(8), "%"), (D(8), "%"), (D(6), "%"), (D(12), "万人")]),
        ("人民网福州1月11日电 1月11日上午,福建省第十四届人民代表大会第一次会议开幕,福建省人民政府省长赵龙向大会作政府工作报告。\n"
         "根据工作报告,初步预计,2022年福建省地区生产总值突破5万亿元,固定资产投资增长7.5%,社会消费品零售总额增长3.2%,出口增长11%以上。\n"
         "2023年经济社会发展的主要预期目标是:全省地区生产总值增长6%左右,一般公共预算总收入增长6%左右,固定资产投资增长6%。\n",
         [(D(6), "%"), (D(6), "%"), (D(6), "%")]),
        # …and the paragraph that opens with such a year reports it to its end, its goals year given as
        # 2024年GDP增长目标5.5%左右 or 2024发展主要预期目标 (陕西 2024, 21世纪经济报道)
        ("陕西2024年GDP增长目标5.5%左右,城镇新增就业40万人以上\n1月26日上午9时,陕西省第十四届人民代表大会第二次会议开幕会于西安举行。陕西省省长赵刚作政府工作报告。\n"
         "报告中提到,2023年陕西省全年生产总值达到33786亿元、增长4.3%。城镇调查失业率平均为5.2%,一般公共预算收入超过3400亿元,居民人均可支配收入增长6.7%。\n"
         "对于2024发展主要预期目标,陕西省政府工作报告中提到,生产总值增长5.5%左右,城镇新增就业40万人以上,城镇调查失业率5.5%左右。\n",
         [(D("5.5"), "%"), (D(40), "万人"), (D("5.5"), "%"), (D(40), "万人"), (D("5.5"), "%")]),
        # must not: a year of the plan itself, a baseline year and a range's end stay targets (a plan dated 2023)
        ("某市人民政府关于印发2023年重点工作的通知\n某政发〔2023〕1号\n各区县人民政府：\n"
         "一、目标\n2023年，全市地区生产总值增长6%左右。单位地区生产总值能耗比2020年下降13.5%。2021—2025年，年均新增就业1万人。\n",
         [(D(6), "%"), (D("-13.5"), "%"), (D(1), "万人")]),
        # …with 说 or 表示 as the report's verb (香港商报 on 涪城 2019: 邓辉在报告中说,2018年…取得显著成效。区属地区生产总值
        # 达到379.95亿元…; 国家林业局 2012: 印红…表示,…到2020年…增加4000万公顷, a deadline that still commits)
        ("【香港商报网讯】2月19日,绵阳市涪城区第六届人民代表大会第四次会议隆重开幕。代区长邓辉作政府工作报告。\n"
         "邓辉在报告中说,2018年涪城全区经济社会发展取得显著成效。区属地区生产总值达到379.95亿元、增长9.3%;全社会固定资产投资207.11亿元、增长13.1%。\n"
         "邓辉在报告中提出了2019年经济社会发展主要预期目标:区属地区生产总值增长9%,全社会固定资产投资增长18%,城镇登记失业率控制在4%以内。\n",
         [(D(9), "%"), (D(18), "%"), (D(4), "%")]),
        ("2020年林业发展目标发布\n国家林业局副局长印红在今天举行的发布会上表示,政府已对外承诺,到2020年森林面积要比2005年增加4000万公顷,森林蓄积量比2005年增加13亿立方米。\n",
         [(D(4000), "万公顷"), (D(13), "亿立方米")]),
        # a year in a note in brackets says what the figure leaves out, not when (漾濞 2023 政府工作报告: 一般公共预算支出
        # （扣除2022年灾后恢复重建专项资金支出外）增长3%以上; the goals after it are the year's too)
        ("2023年政府工作总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，扎实推进中国式现代化。\n"
         "2023年经济社会发展的主要预期目标建议为：地区生产总值增长8%以上；一般公共预算收入增长20%以上；一般公共预算支出（扣除2022年灾后恢复重建专项资金支出外）"
         "增长3%以上；规模以上固定资产投资增长6%以上。\n",
         [(D(8), "%"), (D(20), "%"), (D(3), "%"), (D(6), "%")]),
    ],
    ids=["hainan-news", "fujian-news", "shaanxi-news", "a-plans-own-years", "fucheng-shuo", "linye-biaoshi-a-deadline", "yangbi-a-year-in-brackets"],
)
def test_a_year_before_the_one_a_text_sets_goals_for_reports_it(text, expected):
    (notice,) = gazette_cli.parse_text(text).notices
    assert [(t.value, t.unit) for t in notice.targets] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a breakdown of the figure the sentence before commits to, each item a name and its share (广西 2024
        # 农村危房改造实施方案: 计划实施农村危房改造任务4894户。其中，南宁市274户，柳州市369户…)
        ("一、主要任务\n2024年度全区计划实施农村危房改造任务4894户。其中，南宁市274户，柳州市369户，桂林市979户。",
         [(D(4894), "户"), (D(274), "户"), (D(369), "户"), (D(979), "户")]),
        # must not: 其中 after a sentence that commits to no figure of the unit (14: 保管费每年100元／吨 is a fee)
        ("一、费用\n市级储备粮保管费、轮换费实行定额包干。其中，食用植物油300吨，原粮1000吨。", []),
    ],
    ids=["guangxi-qizhong-breakdown", "qizhong-without-a-target-before"],
)
def test_a_breakdown_of_the_sentence_befores_figure(body, expected):
    assert [(t.value, t.unit) for t in text_targets(body, 2024)] == expected


def test_a_bare_list_item_follows_only_a_target_of_its_unit():
    # …a bare figure in another unit than every target before it in its sentence names nothing committed
    found = text_targets("一、概况\n全市登记失业率控制在3.5%以内，常住人口800万人。")
    assert [(t.value, t.unit) for t in found] == [(D("3.5"), "%")]


@pytest.mark.parametrize(
    "body, expected",
    [
        # the bare items of a goals list, one a line under the line that opens it (鄂政发〔2019〕1号,
        # 湖北省2019年国民经济和社会发展计划的报告: 2019年我省经济社会发展主要预期目标为：/ ——…比重48%；)
        ("一、目标\n2019年是新中国成立70周年，做好2019年工作意义重大。2019年我省经济社会发展主要预期目标为：\n"
         "——地区生产总值增长7.5%—8%；\n——服务业增加值占地区生产总值比重48%；\n——高新技术产业增加值占地区生产总值比重18%；\n"
         "——农村贫困人口脱贫90万人；\n——全面完成国家下达的节能减排任务。",
         [(D("7.5"), "%"), (D(48), "%"), (D(18), "%"), (D(90), "万人")]),
        # …and in the rest of the line that opens the list (承县政办字〔2017〕8号 承德县 种植结构调整: 具体调减目标如下：…)
        ("二、压减主要品种\n经县政府研究确定，具体调减目标如下：发展果树种植面积0.8万亩，食用菌种植面积0.9 万亩，蔬菜种植面积1.1万亩。",
         [(D("0.8"), "万亩"), (D("0.9"), "万亩"), (D("1.1"), "万亩")]),
        # must not: the same lines under a line that reports (…主要指标完成情况如下：), or under no goals at all;
        # the same figures after a colon that opens no goals
        ("一、回顾\n2018年主要指标完成情况如下：\n——服务业增加值占地区生产总值比重46%；\n——农村贫困人口脱贫80万人。", []),
        ("一、概况\n全省基本情况：\n——服务业增加值占地区生产总值比重46%；\n——常住人口5900万人。", []),
        ("一、概况\n经县政府研究确定，现有种植情况如下：果树种植面积0.8万亩，食用菌种植面积0.9 万亩。", []),
    ],
    ids=["hubei-2019-goals-lines", "chengde-2017-goals-in-the-line", "a-review-list", "a-list-of-facts", "a-colon-of-facts"],
)
def test_the_bare_items_of_a_goals_list(body, expected):
    assert [(t.value, t.unit) for t in text_targets(body, 2019)] == expected


def test_a_past_plan_period_after_who_says_it_reports():
    # 吉林 2026 政府工作报告 (a news report): 胡玉亭说,“十四五”期间,… opens a paragraph of the past plan's results,
    # as “十四五”期间,… alone does; the goals of the report's own year after it stay
    body = (
        "一、报告\n胡玉亭说,“十四五”期间,吉林省地区生产总值跨越3个千亿元台阶,达到1.5万亿元、增长19.8%。人均地区生产总值增长25%左右。"
        "财政收入达到1350亿元,3年增长58.6%。\n报告显示,吉林省2026年经济社会发展主要预期目标是:地区生产总值增长5%左右。"
    )
    assert [(t.metric, t.value) for t in text_targets(body, 2026)] == [("地区生产总值增长", D(5))]


def test_a_list_of_conditions_ends_at_its_full_stop():
    # must not: a goal after the full stop that closes a list of conditions is a goal
    body = "一、目标\n奖励须符合下列条件：年纳税100万元以上。到2025年，全县新增规模以上工业企业50家。"
    assert [(t.value, t.unit) for t in text_targets(body, 2023)] == [(D(50), "家")]


@pytest.mark.parametrize(
    "body, metric",
    [
        # a year after a hedge or a bullet is no part of the metric (云南 2022 稳增长: …，确保2022年全省粮食播种面积稳定在
        # 6287万亩以上; 台州 十三五: ●2020年义务教育标准化学校覆盖率超过95%)
        ("一、目标\n严格落实粮食安全责任制，确保2022年全省粮食播种面积稳定在6287万亩以上。", "全省粮食播种面积"),
        ("一、目标\n●2020年义务教育标准化学校覆盖率超过95%", "义务教育标准化学校覆盖率"),
        # …and a 到 before the year (福州 2018 数字福州: 力争到2020年 数字经济规模超4000亿元; 广州 十四五 纲要 in a
        # news report: …（下列简称《纲要》），提出到2025年地区生产总值将达到3.5万亿元)
        ("一、目标\n力争到2020年 数字经济规模超4000亿元", "数字经济规模"),
        ("一、目标\n广州市发布《纲要》（下列简称《纲要》），提出到2025年地区生产总值将达到3.5万亿元。", "地区生产总值"),
        # must not: a figure after the hedge that is no year stays in the name
        ("一、目标\n确保2000亩高标准农田建设任务完成率达到100%。", "2000亩高标准农田建设任务完成率"),
    ],
    ids=["yunnan-year-after-hedge", "taizhou-year-after-bullet", "fuzhou-dao-year-after-hedge", "guangzhou-dao-year-after-verb", "a-figure-after-the-hedge"],
)
def test_a_year_after_a_hedge_or_a_bullet_names_nothing(body, metric):
    assert [t.metric for t in text_targets(body, 2016)] == [metric]


@pytest.mark.parametrize(
    "body",
    [
        # a project's total floor area names its size, no goal (龙岩 2013 为民办实事: 继续实施中小学扩容建设项目6个,总建设面积
        # 14000平方米,新增学位2100个; 投资35个项目,建设总面积53000平方米)
        "一、项目\n继续实施中小学扩容建设项目6个，总建设面积14000平方米，新增学位2100个。",
        "一、项目\n在农村义务教育薄弱学校改造方面，投资35个项目，建设总面积53000平方米。",
    ],
    ids=["longyan-zong-jianshe-mianji", "longyan-jianshe-zong-mianji"],
)
def test_a_projects_floor_area_is_no_goal(body):
    assert [t.value for t in text_targets(body, 2013) if t.unit == "平方米"] == []


def test_a_green_area_to_add_is_a_goal():
    # must not: an area that is what is built or kept (绿地面积, 湿地面积) stays a target
    assert [(t.value, t.unit) for t in text_targets("一、目标\n到2025年，新增城市绿地面积50万平方米，湿地面积稳定在3万亩以上。")] == [
        (D(50), "万平方米"), (D(3), "万亩")]


@pytest.mark.parametrize(
    "body, expected",
    [
        # 补贴性 names a kind of training, no grant (安化 2023 重点民生实事; 国办发〔2019〕24号 职业技能提升行动方案)
        ("一、目标\n城镇新增就业5000人；开展补贴性职业培训2975人次，其中职业技能培训2300人次。",
         [(D(5000), "人"), (D(2975), "人次"), (D(2300), "人次")]),
        ("一、目标\n三年共开展各类补贴性职业技能培训5000万人次以上。", [(D(5000), "万人次")]),
        # must not: a grant of 补贴 in its clause is a policy's
        ("一、政策\n对参加培训的人员给予职业培训补贴500元。", []),
    ],
    ids=["anhua-butiexing-peixun", "gbf-2019-24-butiexing", "a-training-grant"],
)
def test_butiexing_training_is_no_grant(body, expected):
    assert [(t.value, t.unit) for t in text_targets(body, 2023)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # 场次 counts shows and sessions, whole (古交 2023 惠民实事: 组织太原市级以上专家坐诊1000场次以上; a county's 2023
        # 文旅 目标: 全年举办大型文旅活动3场次)
        ("一、目标\n十是组织太原市级以上专家坐诊1000场次以上。", [("组织太原市级以上专家坐诊", D(1000), "场次")]),
        ("一、目标\n全年举办大型文旅活动3场次。", [("大型文旅活动", D(3), "场次")]),
        # …and 场 alone stays 场
        ("一、目标\n全年组织开展文化下乡等惠民演出不少于100场。", [("组织开展文化下乡等惠民演出", D(100), "场")]),
    ],
    ids=["gujiao-changci", "wenlv-changci", "chang-alone"],
)
def test_changci_is_one_unit(body, expected):
    assert [(t.metric, t.value, t.unit) for t in text_targets(body, 2023)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # 批次 counts batches inspected, whole, and per thousand people (桐庐 2020 民生实事: 年度抽检不少于50批次, 不少于
        # 5.5批次/千人; a city's 2023 惠民实事: 食品安全抽检量不少于4批次/千人, …开展药品抽检800批次)
        ("一、目标\n加强一次性消毒餐具监管，年度抽检不少于50批次。", [("年度抽检", D(50), "批次")]),
        ("一、目标\n加大食品安全检测覆盖率，年度抽检不少于5.5批次/千人。", [("年度抽检", D("5.5"), "批次/千人")]),
        ("一、目标\n食品安全抽检量不少于4批次/千人，开展药品抽检800批次。", [("食品安全抽检量", D(4), "批次/千人"), ("药品抽检", D(800), "批次")]),
        # must not: a batch's ordinal (平山县2025年度第2批次建设用地) is no count
        ("一、目标\n现将平山县2025年度第2批次建设用地土地征收有关事项公告如下。", []),
    ],
    ids=["tonglu-pici", "tonglu-pici-per-thousand", "city-pici-per-thousand-and-pici", "an-ordinal-batch"],
)
def test_pici_is_one_unit(body, expected):
    assert [(t.metric, t.value, t.unit) for t in text_targets(body, 2023)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # people a task moves are its figure, not a count of the plan's parts (福建 2017 为民办实事:
        # 一、实施造福工程易地扶贫搬迁工程，全省全年完成10万人搬迁任务)
        ("一、实施造福工程易地扶贫搬迁工程，全省全年完成10万人搬迁任务\n（一）做好安置。", [(D(10), "万人")]),
        # …and so are the area it clears and the works it builds (海曙 2024: 完成60万平方米征拆任务; a county's 民生实事:
        # 新建…大型示范健身工程和30处农民体育健身工程)
        ("一、目标\n推进航空物流中心等项目建设，完成60万平方米征拆任务。", [(D(60), "万平方米")]),
        ("一、目标\n3.建成县文化中心，新建寿阳山体育公园大型示范健身工程和30处农民体育健身工程", [(D(30), "处")]),
        # …and the places whose tasks or works it counts, named before 的 (萧山 2017: 完成6个镇街的整治任务; a city's
        # 十件实事 (古交, 2023): 实施14个村的农村饮水安全工程)
        ("一、目标\n加强规划设计引领,大力整治环境卫生、城镇秩序、街容镇貌,完成6个镇街的整治任务。", [(D(6), "个")]),
        ("一、目标\n七是实施14个村的农村饮水安全工程,提高农村饮水安全保障能力。", [(D(14), "个")]),
        # must not: the plan's own tasks and works stay counts of its parts
        ("一、目标\n全面完成10项重点任务。", []),
        ("一、目标\n实施5大行动、20项工程。", []),
    ],
    ids=["fujian-banqian-renwu", "haishu-zhengchai-renwu", "shouyang-jianshen-gongcheng", "xiaoshan-zhenjie-de-renwu", "cun-de-gongcheng",
         "ten-tasks", "actions-and-works"],
)
def test_what_a_task_moves_is_its_figure(body, expected):
    assert [(t.value, t.unit) for t in text_targets(body, 2017)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # 开设 and 改建 commit a 实事 list's count as 新建 does (宝山 2022 实事: 开设40个小学生爱心暑托班办班点; 海州 2025:
        # 开设35个“爱心暑托班”; 万州 2021 实事: 改建中小学厕所15所; 崇明 2025: 改建认知障碍照护床位220张)
        ("一、目标\n3.开设40个小学生爱心暑托班办班点。", [("小学生爱心暑托班办班点", D(40), "个")]),
        ("一、目标\n实施关爱计划，开设35个“爱心暑托班”。", [("“爱心暑托班”", D(35), "个")]),
        ("一、目标\n改建中小学厕所15所，全区中小学厕所全部达标。", [("中小学厕所", D(15), "所")]),
        ("一、目标\n1.改建认知障碍照护床位220张", [("认知障碍照护床位", D(220), "张")]),
        # 间 counts rooms (海州 2025: 建设15间“梦想小屋”; 崇明 2025: 建设改善30间生产一线职工工间休息室)
        ("一、目标\n实施“梦想改造+”关爱计划，建设15间“梦想小屋”。", [("“梦想小屋”", D(15), "间")]),
        ("一、目标\n9.建设改善30间生产一线职工工间休息室", [("生产一线职工工间休息室", D(30), "间")]),
        # must not: a span of years is no count of rooms, and an account opened is no figure
        ("一、目标\n两年间完成全部改造任务。", []),
        ("一、目标\n开设专门账户，专款专用。", []),
    ],
    ids=["baoshan-kaishe", "haizhou-kaishe", "wanzhou-gaijian", "chongming-gaijian", "haizhou-jian", "chongming-jian", "years-between", "an-account"],
)
def test_kaishe_gaijian_and_jian(body, expected):
    assert [(t.metric, t.value, t.unit) for t in text_targets(body, 2023)] == expected


@pytest.mark.parametrize(
    "body, metric",
    [
        # 投用 after 建成 is no part of the name (a 2024 plan: 西安市建成投用变电站20座; 苍南 2022 民生实事: 建成投用中小学3所)
        ("一、目标\n2024年，西安市建成投用变电站20座。", "变电站"),
        ("一、目标\n建成投用中小学3所。", "中小学"),
        # must not: 投用 as the thing counted stays (投用率 is a rate of its own)
        ("一、目标\n新建充电桩投用率达到90%。", "新建充电桩投用率"),
    ],
    ids=["xian-jiancheng-touyong", "cangnan-jiancheng-touyong", "touyong-rate"],
)
def test_touyong_after_jiancheng_names_nothing(body, metric):
    assert [t.metric for t in text_targets(body, 2023)] == [metric]


@pytest.mark.parametrize(
    "body, expected",
    [
        # 创成 commits what a plan gets recognised (庆元 2018: 其中创成3个3A级景区村; 海州 2025: 创成省、市优质园2所), and
        # digits run into Latin letters after the figure are its name's (3A级, 5G), no next figure
        ("一、目标\n同时，提升10个A级景区村庄，其中创成3个3A级景区村。", [("A级景区村庄", D(10), "个"), ("3A级景区村", D(3), "个")]),
        ("一、目标\n新增普惠学位270个，创成省、市优质园2所。", [("新增普惠学位", D(270), "个"), ("省、市优质园", D(2), "所")]),
        ("一、目标\n到2025年，建成10个5G基站。", [("5G基站", D(10), "个")]),
        # must not: a next figure after 、 still ends the name
        ("一、目标\n培育龙头企业20家、省级50家。", [("龙头企业", D(20), "家"), ("省级", D(50), "家")]),
    ],
    ids=["qingyuan-chuangcheng-3a", "haizhou-chuangcheng", "5g-after-the-figure", "next-figure"],
)
def test_chuangcheng_and_a_name_after_the_figure(body, expected):
    assert [(t.metric, t.value, t.unit) for t in text_targets(body, 2023)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # 推进 and 抓好 commit the projects a plan counts (a province's 意见: 抓好600个省级重点产业项目; 辽宁 2025 分工方案:
        # 加快推进300个省级重大项目; a district's 2023 plan: 计划推进全区183个新建、续建项目)
        ("一、目标\n1.抓好600个省级重点产业项目,确保年度投资达到2000亿元,带动工业固定资产投资5200亿元以上。",
         [("省级重点产业项目", D(600), "个"), ("年度投资", D(2000), "亿元"), ("工业固定资产投资", D(5200), "亿元")]),
        ("一、目标\n加快推进300个省级重大项目、6000个亿元以上项目建设。", [("省级重大项目", D(300), "个"), ("亿元以上项目建设", D(6000), "个")]),
        ("一、目标\n2023年,计划推进全区183个新建、续建项目,统筹谋划121个储备项目。", [("新建、续建项目", D(183), "个")]),
        # must not: the aspects a report's work covers (西藏 2018: 抓好八个方面的工作; 广西 2021: 抓好11个方面任务的落实),
        # the parts a plan names (吉林 2023: 等10个方面提出42条实施意见), the tasks a 分工方案 set out (盘锦 2021's letter)
        ("一、目标\n他指出,今年要重点抓好八个方面的工作:打造一流营商环境。", []),
        ("一、目标\n蓝天立表示,“十四五”时期是奋力建设壮美广西、共圆复兴梦想的关键时期,要重点抓好11个方面任务的落实:奋力打造面向东盟更好服务“一带一路”的开放合作高地,奋力打造国内国际双循环重要节点枢纽。", []),
        ("一、目标\n意见从推进粮食生产、保护黑土地、巩固拓展脱贫攻坚成果等10个方面提出42条实施意见,加快建设农业强省,提升粮食产能,全面推进乡村振兴。", []),
        ("一、目标\n现将《方案》印发给你们,并就抓好《方案》确定的146项工作任务落实通知如下:", []),
        # …nor a plant's capacity in a project's name (平顶山 2013; 广州 2006: 抓好80万吨乙烯改扩建项目)
        ("一、目标\n2.利用市场倒逼机制,加快产业产品结构调整,重点抓好平煤神马25万吨己二酸和20万吨己内酰胺、海星化工10万吨针状焦、厚普盐化120万吨真空制盐、中加矿业300万吨铁精粉等项目建设,不断向下游精深加工延伸,巩固扩大传统产业优势。", []),
        ("一、目标\n推进东部石化基地、南沙临港石化基地建设,抓好80万吨乙烯改扩建项目。", []),
    ],
    ids=["heilongjiang-zhuahao", "liaoning-tuijin", "district-tuijin", "jiading-aspects", "guangxi-aspects", "jilin-aspects-and-opinions",
         "tasks-the-plan-set", "pingdingshan-capacities", "guangzhou-ethylene"],
)
def test_tuijin_and_zhuahao_count_projects(body, expected):
    assert [(t.metric, t.value, t.unit) for t in text_targets(body, 2023)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # 新辟 and 优化调整 commit the bus routes a 实事 list counts, and 新设 the places it sets up (杭州 2011 办实事; 宁波 2014
        # 实事 progress; 武清 2019 惠民工程; 沪府办发〔2014〕14号)
        ("一、目标\n一是全面实施主城区交通拥堵综合治理工程。完成地铁1号线隧道、轨道贯通,新辟公交线路10条,新增公交车辆300辆,快速公交4号线全线建成并运营;",
         [(D(10), "条"), (D(300), "辆")]),
        ("一、目标\n六是提高公共交通水平,新建大修“四好农村路”100公里,推进农村“村村通”公交工程,优化调整公交线路3条。",
         [(D(100), "公里"), (D(3), "条")]),
        ("一、目标\n四、新增5000张养老床位;为29万名老年人提供社区居家养老服务;新设40个社区老年人助餐点;新建20家老年人日间服务中心。",
         [(D(5000), "张"), (D(29), "万名"), (D(40), "个"), (D(20), "家")]),
        # must not: a new town's villages (湘西 2015 区划调整批复: 新设立的花垣镇辖71个建制村), a grant's share of new
        # equipment (长丰 2022 若干政策: 按购置新设备投资额的15%给予…补贴)
        ("一、批复\n新设立的花垣镇辖71个建制村、9个社区,总面积201.2平方千米,总人口10.3万人。", []),
        ("一、政策\n对存量工业企业升级改造投资500万元以上(含)的,按购置新设备投资额的15%给予最高2000万元补贴。", []),
    ],
    ids=["hangzhou-xinpi", "wuqing-youhua-tiaozheng", "shanghai-xinshe", "huayuan-xinsheli", "xin-shebei-grant"],
)
def test_xinpi_youhua_tiaozheng_and_xinshe(body, expected):
    assert [(t.value, t.unit) for t in text_targets(body, 2019)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a semicolon parts what was done from what the next part plans (福州 2012 办实事 progress: 已超额完成 after
        # the year's count, then the next count the plan set)
        ("一、进度\n另外,我市计划新建或改造80个社区便利店,现已超额完成93个;计划新建或改造50个农家店,已超额完成58个农家店;计划升级改造20个城乡农贸市场,现已建成12个,另有8个正在改造。",
         [(D(80), "个"), (D(50), "个"), (D(20), "个")]),
        # must not: 截至 dates its whole sentence, past its semicolons (河南 2023 民生实事 half-year progress)
        ("一、进度\n关于提高妇女儿童健康保障水平。截至6月底,累计完成宫颈癌筛查79.5万人、乳腺癌筛查81.6万人,分别完成年度目标任务的99.4%、102%;免费产前筛查覆盖率84.65%,新生儿“两病”筛查率99.87%,新生儿听力筛查率98.8%,分别高于年度目标任务的19.65个、4.87个、3.8个百分点。",
         []),
    ],
    ids=["fuzhou-semicolon-parts", "henan-jiezhi-dates-the-sentence"],
)
def test_a_done_word_reaches_to_its_semicolon(body, expected):
    assert [(t.value, t.unit) for t in text_targets(body, 2012)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # the people or homes an act serves, what they get after 的, are its figure (新郑 2012 十件实事: 解决2.5万人的农村安全
        # 饮水问题; 上海 2014 实事: 新增覆盖40万户的生活垃圾分类减量区域)
        ("一、目标\n实施安全饮水工程,解决2.5万人的农村安全饮水问题;改善城乡生态环境和农业生产条件,新增造林2万亩。",
         [("农村安全饮水问题", D("2.5"), "万人"), ("新增造林", D(2), "万亩")]),
        ("一、目标\n推进“百万家庭低碳行,垃圾分类要先行”生活垃圾分类减量项目,新增覆盖40万户的生活垃圾分类减量区域,完成2000个电子废弃物回收网点建设。",
         [("生活垃圾分类减量区域", D(40), "万户"), ("电子废弃物回收网点建设", D(2000), "个")]),
        # must not: what a year's review says was done (a city's 2019 实事 report: 截至2019年12月底,…解决6.007万人的…问题)
        ("一、进展\n截至2019年12月底,全市争取省下达农村饮水安全问题项目建设补助资金5129.97万元,解决6.007万人的农村饮水安全问题。", []),
    ],
    ids=["xinzheng-jiejue-de", "shanghai-fugai-de", "a-years-review"],
)
def test_those_an_act_serves_before_de(body, expected):
    assert [(t.metric, t.value, t.unit) for t in text_targets(body, 2014)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # 帮扶 and 盘活 commit a count (长清区 2014 实事; a 海南 county's 2024 report; 台州 十三五 补短板 goals)
        ("一、目标\n二、提高贫困农民人均收入和生活水平。实施产业扶贫,帮扶7200名农村贫困人口人均增收1100元。(区农办负责)",
         [(D(7200), "名"), (D(1100), "元")]),
        ("一、目标\n持续开展防止返贫动态监测,精准帮扶544户监测对象。", [(D(544), "户")]),
        ("一、目标\n●“十三五”盘活土地3万亩", [(D(3), "万亩")]),
        # must not: 已 before any action verb marks what was done (a city's progress report: 已帮扶困难退役军人和军属烈属
        # 431人; 吉首 2022 稳经济 方案: 在已实施制造业等6个行业留抵退税政策的基础上)
        ("一、目标\n已帮扶困难退役军人和军属烈属431人,完成率147.6%。", []),
        ("一、目标\n1.严格执行国家增值税留抵退税政策。在已实施制造业等6个行业留抵退税政策的基础上,按要求在新扩围的批发和零售业,农林牧渔业,住宿和餐饮业,", []),
    ],
    ids=["changqing-bangfu", "hainan-bangfu", "taizhou-panhuo", "already-helped", "jishou-already-done"],
)
def test_bangfu_and_panhuo(body, expected):
    assert [(t.value, t.unit) for t in text_targets(body, 2014)] == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # 例, 口 and 起 count cases, wells and crimes (临安 2022 实事; 重庆's 2023 energy plan; 福建 2017 为民办实事)
        ("一、目标\n2.新建成婴幼儿照护服务成长驿站7家,新增婴幼儿照护服务托位500个,开展胃肠癌联合筛查1万例以上。",
         [(D(7), "家"), (D(500), "个"), (D(1), "万例")]),
        ("一、目标\n加大勘探开发利用力度。到2027年,勘探开发井超过100口,全区天然气(页岩气)产量力争达到100亿立方米。",
         [(D(100), "口"), (D(100), "亿立方米")]),
        ("一、目标\n持续深化“打四黑除四害”工作,全省破获不少于400起食品犯罪案件。", [(D(400), "起")]),
        # must not: the day a rule takes effect (专利代理条例)
        ("一、附则\n第三十二条　本条例自2019年3月1日起施行。", []),
    ],
    ids=["linan-li", "chongqing-kou", "fujian-qi", "effective-date"],
)
def test_li_kou_and_qi_are_units(body, expected):
    assert [(t.value, t.unit) for t in text_targets(body, 2023)] == expected


def test_renkou_after_a_count_of_people_is_no_unit():
    # must not: 人口 after 万人 (a city's 十三五 plan: 户籍人口控制在810万人以内,常住人口1090万人)
    from gazette_cli.extract.quantities import quantities

    text = "到2020年,全市户籍人口控制在810万人以内,常住人口1090万人。"
    assert [(q.value, q.unit) for q in quantities(text)] == [(D(810), "万人"), (D(1090), "万人")]


def test_a_shanghai_shishi_list_is_for_its_titles_year():
    # 宝府办〔2022〕1号: 《2022年区政府要完成的与人民生活密切相关的实事》, a plan of what is 要完成 (no report of what was
    # 完成); must not: a title that reports what was done gives no year
    import gazette_cli

    def years(title):
        text = (f"上海市宝山区人民政府办公室关于印发《{title}》的通知\n宝府办〔2022〕1号\n各镇人民政府，各街道办事处：\n"
                f"现将《{title}》印发给你们，请抓紧组织实施。\n上海市宝山区人民政府办公室\n2022年1月8日\n"
                f"{title}\n1.既有多层住宅加装电梯新增400台、完工200台。\n2.新增5个普惠性托育点。\n")
        return [t.year for t in gazette_cli.parse_text(text).notices[0].targets]

    assert years("2022年区政府要完成的与人民生活密切相关的实事") == [2022, 2022, 2022]
    assert years("2022年区政府已完成的与人民生活密切相关的实事") == [None, None, None]


def test_fan_inside_a_name_opens_no_rules_scope():
    # 泰州 2021's report as the news gives it: 朱立凡指出，今年…预期目标是：… (凡 in the speaker's name); the 凡 that opens
    # a rule's scope is tested above (第二条 凡至取水点…)
    body = '朱立凡指出,今年经济社会发展主要预期目标是:地区生产总值增长 7%左右,一般公共预算收入增长 5%左右,社会消费品零售总额增长 7%左右,城乡居民收入稳步增长,城'
    assert [(t.value, t.kind) for t in text_targets(body)][:3] == [(D(7), "growth"), (D(5), "growth"), (D(7), "growth")]
