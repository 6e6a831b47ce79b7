"""Page furniture: what a page prints around its text, found and numbered.

In: the normalized lines (stripped) and the raw lines.  Out: each line's
:class:`~gazette_cli.model.LineKind`, where each page starts, the page number
each page printed, and the warnings for web furniture skipped.

Nothing here names one gazette; every rule is a property of printed pages:

* **page numbers** — ``16``, ``— 16 —``, ``-16-``, ``·16·``, ``第16页``, first or
  last on their page.  A decorated number is a page number on its own; a bare
  one only as a member of a run that climbs with the text (two-digit numbers
  may come out reversed: ``61`` on page 16), so the numbers of a table that
  came out one cell per line are never taken for pages;
* **running headers** — a line that names a gazette issue (…公报（2022年第20期）),
  or a short line that recurs on three or more pages at a page's edge (next to
  a page number or a page break) or with a page number of its own that changes;
* **page breaks** — a form feed (``\\f``, from ``pdftotext``), furniture after
  body text, or a body line that starts with a single space (a text layer's
  jump to a new page or column);
* **contents** — an issue's 目录: entries with dot leaders and page numbers;
* **web furniture** — the lines a web page or a legal database wraps a
  document in: 【法宝引证码】…, 原文链接：…, 发布日期：…, 打印本页.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from array import array
from bisect import bisect_left, bisect_right
from itertools import chain, compress, islice, repeat
from operator import contains, or_
from typing import TYPE_CHECKING

from ..model import K_BLANK, K_BODY, K_CONTENTS, K_PAGE_NUMBER, K_RUNNING_HEADER, K_TABLE, K_WEB, IssueInfo, LineColumns
from ..structure.docparts import stands_alone
from ..structure.organs import is_organ
from ..text.lazy import MULTILINE, VERBOSE, lazy
from ..text.normalize import FILE_EXTENSIONS, IMAGE_EXTENSIONS, fullwidth_ascii

if TYPE_CHECKING:
    import regex

# A page number alone on its line: 16, - 16 -, — 16 —, ·16·, 第16页.
PAGE_NUMBER = lazy(
    r"""^(?:
        (?P<open>[-—–－−·~])?\s*(?P<n>[0-9]{1,4})\s*(?P<close>[-—–－−·~])?   # 16, -16-, — 16 —, −16− (a minus sign)
      | 第\s*(?P<n2>[0-9]{1,4})\s*页(?:\s*[/／共]\s*[0-9]{1,4}\s*页?)?    # 第16页, 第16页/共30页
    )$""",
    VERBOSE,
)
_PAGE_NUMBER_MAX_LEN = 16

# A running header: the gazette's name and its year and issue number, with the
# column name (市政府文件) and sometimes the page number beside them.
RUNNING_HEADER = lazy(
    r"""
    (?:^|(?<=\s))(?P<title>[\p{Han}]{2,30}公报)    # 济南市人民政府公报 (after the column name)
    [\s（(]*
    (?P<year>[0-9]{4})\s*年\s*第\s*(?P<number>[0-9]{1,3})\s*[期号]   # （2022年第20期）
    """,
    VERBOSE,
)
_HEADER_MAX_LEN = 80
# The page number printed beside a running header, at either end of the line.
HEADER_PAGE_FIRST = lazy(r"^([0-9]{1,4})\s")
HEADER_PAGE_LAST = lazy(r"\s([0-9]{1,4})$")

#: A recurring line is a header when it recurs this often …
_HEADER_REPEATS = 3
#: … and is at most this long.
_REPEATED_MAX_LEN = 60
#: Lines between two printed page numbers, at least, per page between them.
_LINES_PER_PAGE = 8
#: Lines between two bare page numbers, at least: a page holds some text.
_MIN_PAGE_LINES = 20
#: A page number follows one of the few bare numbers before it (a window
#: that keeps the search linear in long files).
_CHAIN_WINDOW = 8

# Dot leaders of a 目录 entry: 国务院令（第706号） ……… 1.
_LEADER = lazy(r"(?:…{2,}|\.{4,}|·{4,}|-{4,}|_{4,})\s*[0-9]{1,4}$")
CONTENTS_HEAD = lazy(r"^目[ \u3000]*录$", MULTILINE)  # a 目录 line, letter-spaced or not
_CONTENTS_GAP = 3  # lines without a leader that an entry may run over

#: The labels of the catalogue fields a government site prints above a document.
CATALOGUE_LABELS = (
    "索引号", "组配分类", "信息分类", "主题分类", "体裁分类", "发布机构", "发文机关", "有效性", "是否有效", "时效性",
    "关键词", "主题词", "内容概述", "名称", "文号", "发文字号", "成文日期", "生成日期", "生效日期", "公开方式", "公开范围",
    # jiaxing.gov.cn (发文文号: …  发布机关: …) and a law site (law.esnai.com: 发文标题: …, 发文部门: …)
    "发文标题", "发文文号", "发布机关", "发文部门", "发文时间", "实施时间", "法规类型", "所属行业", "所属区域", "发文内容",
    # bzqc.gov.cn (标　　题: … | 政策咨询机关: …) and yantai.gov.cn (标　　题: …); haiyan.gov.cn (文件编号: …)
    "标题", "政策咨询机关", "政策咨询电话", "文件编号",
    # caidian.gov.cn (索 引 号 MB1534522/2023-05475 发文日期 2023-01-03 / 分   类 政务公开 有 效 性 有效)
    "发文日期", "分类",
    # mingxi.gov.cn (备注/文号: 明政办〔2016〕82号)
    "备注/文号",
    # a news site's reprint names the document's title so (原标题：市人民政府关于支持实体经济高质量发展的意见)
    "原标题",
    # yixing.gov.cn (文件编号 宜政发〔2023〕158号 公开时限 长期公开 / 效力状况 有效 公开程序 … / 内容概况 …)
    "内容概况", "效力状况", "公开时限", "公开程序", "分类词", "文件下载",
    # zjt.gxzf.gov.cn's fields run together (索  引 号:…效力状态: / 发文单位:…成文日期:… / 发文字号:…发布日期:…)
    "发文单位", "效力状态", "发布日期",
    # nanjing.gov.cn's catalogue rows (| 信息名称: | … | / | 废止日期: | 是否修改: | 否 |)
    "信息名称", "失效日期", "废止日期", "是否修改", "内容概览",
    # hanyin.gov.cn and huarong.gov.cn (公开目录: | …, • 公开日期:2021-03-23); wuhan.gov.cn (发文机构武汉市…发文字号…)
    "公开目录", "公开责任部门", "公开形式", "公开日期", "发文机构",
    # hnsn.gov.cn's catalogue over 绥政办函〔2025〕5号 (文件名称: | ||| / … / 生效日期 : | 有效期: |)
    "文件名称", "有效期",
    # baoshan.gov.cn's bulleted catalogue (• 所属类目: 区政府办公室文件 / • 体 裁: 通知 / • 公开类别: 主动公开 /
    # • 机构名称: 区政府办公室)
    "所属类目", "体裁", "公开类别", "机构名称",
    # law databases' fields over a rule (法律效力位阶:地方性法规 / 制定机关:… / 公布日期:2020-04-13 over 哈尔滨's 条例;
    # 制定机关: 惠州市人民政府 效力级别: … 公布日期: 2020.11.26 over 惠州's 政府令第96号)
    "公布日期", "施行日期", "制定机关", "法律效力位阶",
    # (废止时间: 0000-00-00 on 浙江's portal, 废止时间: 2020-01-23 on 太湖's)
    "废止时间",
    # caac.gov.cn's catalogue over a reply to a deputy's 建议 (办文单位:发展计划司 | | / 部号: |); linan.gov.cn's rows of
    # cells over its 2022 实事 list (发布单位 | 区政府 | 发文日期 | 2022-07-14 |)
    "办文单位", "部号", "发布单位",
    # the disclosure field a Sichuan county prints under its signature (信息公开选项:主动公开, 大英 2023 见义勇为 决定)
    "信息公开选项",
    # a Shanghai district's catalogue rows (文 号: | 嘉府发〔2021〕34号 | 公开类型: | 主动公开 | / 公开属性: | 全部公开 |
    # 公开期限: | 长期公开 |, 嘉定 2021 爱国卫生 方案)
    "公开类型", "公开属性", "公开期限",
    # a city's library of 规范性文件 (基本信息 / 统一编号: HP0120210019 / 文  号: 穗埔府规〔2021〕18号 / 实施日期: … /
    # 失效日期: …, 广州 黄埔 2021)
    "统一编号", "实施日期",
    # a law database's fields over a regulation (颁布部门:甘肃省人民代表大会常务委员会 / 法律效力:地方性法规 / 应用分类:
    # 节能与资源管理类, over 甘肃's 2024 燃气 条例 and 太原's 2024 消防 条例)
    "颁布部门", "法律效力", "应用分类",
    # nanan.gov.cn's bulleted catalogue (- 索 引 号:… / - 备注/文号:南政〔2024〕2号 / - 公文生成日期:2024-01-19); a
    # Bayannur district's catalogue rows (成文日期 | 2022-10-19 | 公文时效 | 失效 |, 临政办发〔2022〕68号)
    "公文生成日期", "公文时效",
    # a portal's rows of cells over 国办发〔2021〕45号 (文件号 | 国办发〔2021〕45号 | 制发日期 | 2021-11-10 |); a law site's over
    # 粤府〔2021〕22号 (发布文号 | 粤府〔2021〕22号 |)
    "文件号", "制发日期", "发布文号",
    # a Bayannur town's rows (索引号 | wltzq_shhz/2024-06332 | 效力属性 | |, 石哈河镇 2024)
    "效力属性",
    # 崇明's catalogue, each label over its value (公开主体: / 上海市崇明区人民政府办公室, 沪崇府办发〔2023〕8号's page)
    "公开主体",
)

#: A step of a site's path (首页 > 政务公开 -> …).
_STEP = r"(?:->|>>|[>»›》＞])"  # 首页 >> 公开信息内容 (mdx.gov.cn)

#: What a page's buttons say, in 【】 (【阅读全文】, 【打印】, 国内政策【切换】 国际政策; 【打印本页】 【关闭窗口】 on one
#: line under 浙交建〔2018〕101号's page).
_BUTTON_WORDS = "阅读全文|全文阅读|切换|打印本页|打印|关闭窗口|关闭|返回|收藏|分享|纠错"

#: The names of a site's versions for the old, the blind or another script.
_VERSIONS = ("适老版", "适老化", "关怀版", "长者版", "无障碍", "信息无障碍", "网站无障碍", "简体版", "繁體版", "繁体版")

#: How the title of a notice ends (…的通知, …的决定, 市人民政府令).
_NOTICE_TITLE_END = r"(?:的(?:通知|决定|意见|批复|通报|公告|通告|函|报告)|令)"

#: The fields a law database prints in 【】 over a document (北大法宝's 【发布部门】【发文字号】【发布日期】【实施日期】
#: 【时效性】【效力级别】【法规类别】, a line each or run together: 洛政〔2014〕81号 on a law site; 【时效性】尚未施行 over
#: 运城's 2016 分解 notice; 文章属性•【制定机关】…•【公布日期】…•【字号】… on two other law sites; - 【发布单位】…/ - 【发布文号】…
#: over 洪府厅发〔2009〕140号 on a policy site).
DATABASE_FIELDS = (
    "发布部门", "发文字号", "发布日期", "实施日期", "时效性", "效力级别", "法规类别", "制定机关", "公布日期", "施行日期",
    "效力等级", "主题分类", "文号", "字号", "失效日期", "批准日期", "批准部门", "发布单位", "发布文号", "生效日期",
    "文件来源", "所属类别",
)
_DATABASE_FIELD = rf"[•·]?[ \u3000]*【(?:{'|'.join(DATABASE_FIELDS)})】[^【\n]{{0,80}}"
#: A catalogue label in square brackets, after its opening bracket (see WEB_FURNITURE).
_BRACKETED_LABEL = rf"[ \u3000]*(?:{'|'.join(CATALOGUE_LABELS)})[ \u3000]*[\]］][ \u3000|｜]*"

#: Web and database furniture, whole lines: the name a warning gives them,
#: the words such a line starts with, and what may follow them.
WEB_FURNITURE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("citation code", ("【法宝引证码】",), r".*"),
    ("catalogue data", tuple(f"【{f}】" for f in DATABASE_FIELDS), rf"[^【\n]{{0,80}}(?:[ \u3000]*{_DATABASE_FIELD})*"),
    # a site's catalogue with its labels in square brackets, one field or two a line ([ 索引号 ] 1150…/2025-00019
    # [ 发文字号 ] 江池府发〔2025〕60号 / [ 有效性 ], 丰都 江池镇 2025 and 梁平 曲水镇 2023 on Chongqing's county sites)
    ("catalogue data", ("[", "［"), rf"{_BRACKETED_LABEL}[^\[［\n]{{0,80}}(?:[\[［]{_BRACKETED_LABEL}[^\[［\n]{{0,80}})*"),
    # a forum's note of the post's last edit (本帖最后由 在线小编 于 2017-12-31 19:27 编辑, a 茂名 2017 通告 reposted)
    ("publication data", ("本帖最后由",), r"[ \u3000]*[^\n]{1,30}?[ \u3000]*于[ \u3000]*(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}[ 0-9:]{0,9}[ \u3000]*编辑[ \u3000]*"),
    # a document-sharing site's note over the file it shows, and the file's data (冰豆网: 《武汉市物业管理条例.docx》由会员
    # 分享,可在线阅读,更多相关《….docx(23页珍藏版)》请在冰豆网上搜索。/ - 文档编号:23839631 / - 上传时间:2023-05-21; 第壹文秘)
    ("site note", ("《",), r"[^》\n]{1,120}》由会员分享.{0,200}"),
    ("document data", ("文档编号", "上传时间", "格式", "页数", "大小"), r"[：:][ \u3000]*[0-9A-Za-z.\-/: ]{1,30}"),
    # a repost's disclaimer, and a news site's sections and tip-off line under the text (免责声明：本文为转载… under
    # 国发〔2016〕73号 on a trading site; 图片版权归原作者所有,如有侵权请联系我们… / 新化月报网报料热线:… / 相关文章 /
    # 你可能会喜欢 / 最近更新 / 推荐阅读 under 永登县公安局's 2022 通告)
    ("site note", ("免责声明", "图片版权归原作者", "版权归原作者"), r".{0,120}"),
    ("site note", ("如有侵权",), r".{0,80}"),
    ("site links", ("相关文章", "相关阅读", "相关新闻", "你可能会喜欢", "猜你喜欢", "最近更新", "推荐阅读", "热门文章", "延伸阅读"), r"[ \u3000]*"),
    # a newspaper's edition line over the text it printed, and its word count (《 舟山日报 》( 2024年09月02日 第 03 版 ) /
    # 字数, 舟山's 2024 通告 on the paper's e-edition)
    ("publication data", ("《",), r"[ \u3000]*[^《》\n]{2,12}(?:日报|晚报|报)[ \u3000]*》[ \u3000]*[（(][ \u3000]*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[ \u3000]*第[ \u3000]*[0-9]{1,3}[ \u3000]*版[ \u3000]*[）)][ \u3000]*"),
    ("page controls", ("字数",), r"[ \u3000]*[：:]?[ \u3000]*[0-9]{0,6}[ \u3000]*"),
    # the fields over a reply to a deputy's 建议 or a member's 提案, a line each: its class and who signed it (类别:A类 /
    # 签发人:张坤宏, 西安灞河新区 2023; 类别:B / 签发人:周金辉, 太白县鹦鸽镇 2023; 办复类别:B类, 淮南 2023; 办理结果:(C),
    # 沙河 2023).  (领导签发: under the letter is a line of its 版记: see frame.RECORD_LINE.)
    ("reply data", ("类别", "办复类别", "办理结果"), r"[ \u3000]*[：:][ \u3000]*[（(]?[ABC]类?[）)]?[ \u3000]*"),
    ("reply data", ("签发人",), r"[ \u3000]*[：:][ \u3000]*\p{Han}{2,4}[ \u3000]*"),
    # a comment of the markup a page or a law mirror was kept in, alone on its line (<!-- INFO END --> under the
    # note of every rule on LawRefBook's mirror: 全国年节及纪念日放假办法, 明码标价和禁止价格欺诈规定)
    ("markup", ("<!--",), r".{0,200}?-->[ \u3000]*"),
    # a gazette's section label over the documents of one kind (【国务院办公厅文件】, 【国务院批复】)
    ("section label", ("【",), r"[\p{Han}]{0,12}(?:文件|批复|令|公告|决定|命令)】"),
    # a site's tags on the page (乌鲁木齐 2018's 公告 on a 人大 site: 标签: 地方立法 over its headline; a ministry's call
    # for comments: 标签: alone over its comment box)
    ("page tags", ("标签", "Tags", "TAG"), r"[ \u3000]*[：:][^。；;\n]{0,60}"),
    # a law site's label over a rule's note of when it was made and amended (修订信息 / （该文件于2014年1月15日以粤府令
    # 第197号公布，…）over 广东省碳排放管理试行办法; over 江门市扬尘污染防治条例's note of its adoption)
    ("catalogue data", ("修订信息",), r"[ \u3000]*"),
    # …and its comment box (留言与评论(共有 0 条评论) / 验证码: under a ministry's call for comments)
    ("comment box", ("留言与评论", "网友评论", "发表评论", "我要评论", "验证码"), r"[^。；;\n]{0,40}"),
    # a site's summary of the page under its headline (税务之家's copy of 津政办规〔2023〕4号: 摘要:引导银行业…; a news
    # site's report of 陕西's 2017 work report: 摘要:经济性稳增长压力依然较大…)
    ("site note", ("摘要", "内容摘要"), r"[ \u3000]*[：:].{1,400}"),
    ("link", ("原文链接", "原文地址", "下载地址", "网址", "链接", "政策解读链接", "解读链接", "相关链接"), r"[：:]\s*\S.*"),
    # (发表时间： and 阅读量： over nx.gov.cn's page of its 2026 report, a line each)
    ("publication data", ("发布日期", "发布时间", "发表时间", "更新时间", "发文日期", "归档时间", "来源", "信息来源", "浏览次数", "访问次数", "浏览量", "阅读量", "阅读人次", "评论人次", "访问量", "点击数", "责任编辑", "编辑"), r"[：:].{0,60}"),
    # (the buttons alone on their lines too: 分享: / 打印 over 青政办〔2022〕5号's catalogue; 分享 under 梁山's 2023 headline;
    # 下载 / 打印 / 全屏 / 收藏 over a library's copy of 上海's and 重庆's 2026 reports)
    ("page controls", ("【字体", "[字体", "字体", "【字号", "字号", "【打印本页】", "打印本页", "【关闭窗口】", "关闭窗口", "分享到", "分享", "打印", "收藏", "【返回顶部】", "返回顶部", "视力保护色", "页面功能", "加入收藏", "关闭", "朗读", "【朗读】", "全屏", "下载"), r"[：:]?[\s【】大中小]{0,20}|[：:].{0,30}"),
    # a forum's button under a post's headline ([复制链接] under 武汉's 2023 分解方案 reposted; after the headline of
    # 闽政文〔2014〕9号 reposted on another forum)
    ("page controls", ("[复制链接]", "【复制链接】"), r"[ \u3000]*"),
    # a page's QR code to open it on a phone (扫一扫在手机打开当前页, 扫描二维码分享, 扫描二维码 分享好友和朋友圈)
    ("page controls", ("扫描二维码", "扫一扫", "微信扫一扫", "手机扫一扫"), r"[ \u3000]*[^\n。；;]{0,16}"),
    # the switches to a site's other versions, alone on their line (适老版-新 over 六盘水's 2020 notice; 关怀版
    # 无障碍; 网站无障碍 适老版; 简体版 繁體版 信息无障碍; • 无障碍浏览)
    ("page controls", _VERSIONS, rf"(?:[ \u3000|｜\-]*(?:{'|'.join(_VERSIONS)}|新|系统|阅读|浏览|模式))*[ \u3000]*"),
    # where the page stands in the site (当前位置: 首页 > 政务公开 > …; 您的位置: 首页 » 法律资料网 » …)
    # (…所在的位置 too: 您当前所在位置, 您当前所在的位置, 您现在所在的位置, on six pages of city and county sites)
    ("breadcrumb", ("当前位置", "您的位置", "您现在的位置", "你的位置", "您当前的位置", "您当前位置", "當前位置",
                    "您所在位置", "您所在的位置", "您当前所在位置", "您当前所在的位置", "您现在所在位置", "您现在所在的位置", "当前所在位置"),
     r"[：:].{0,200}"),
    # …and its path on the next line (当前位置:首页 / >> 专题专栏 >> 归档专题 >> …, lishui.gov.cn)
    ("breadcrumb", (">>",), r".{0,200}"),
    # … or the path alone: 首页 > 会计法规 > … (law.esnai.com), 首页 -> 政务公开 -> … (shenyang.gov.cn),
    # 首页 on a line of its own (jiaxing.gov.cn)
    ("breadcrumb", ("首页",), rf"(?:\s*{_STEP}\s*[^>»›》＞\n]{{1,30}}){{0,10}}\s*{_STEP}?\s*"),
    # a site's links, a bar apart (热门站点| 世界资料网 | 专利资料网 … / 收藏本站| 设为首页| 首页:
    # 法律资料网's pages)
    ("site links", ("热门站点", "收藏本站", "设为首页"), r"[ \u3000]*[|｜].{0,100}"),
    # a link to the document's reading, a bar after its label (图解 | 榆林市榆阳区人民政府推进健康榆阳行动的实施意见, 榆阳 2023,
    # between the title and the addressees; 政策解读: | |, 余姚 2021's empty field)
    ("site links", ("图解", "一图读懂", "政策解读"), r"[ \u3000]*[：:]?[ \u3000]*[|｜].{0,100}"),
    # the catalogue fields a government site prints above a document (索引号：… 组配分类：…,
    # 名　　称：…的通知, 文　　号：…): a 名称 line that ends like a title is none
    ("catalogue data", CATALOGUE_LABELS, r"[ \u3000|｜]*[：:].{0,150}"),
    # …or one field a row of a table's cells, a bar after the label (索引号 | 001008003001086/2020-42401 | || and
    # 文号 | 鹿山政〔2020〕72号 | over a town's notice on lucheng.gov.cn; 文件名称 | …的通知 | || on pingli.gov.cn)
    ("catalogue data", CATALOGUE_LABELS, r"[ \u3000]*[|｜][ \u3000]*[^|｜\n。；;]{0,150}?(?:[ \u3000]*[|｜])+[ \u3000]*"),
    # …or without colons, two fields or more to a line (索引号 002482242/2011-37736 发布机构 浙江省住房和
    # 城乡建设厅 / 公开方式 主动公开 公开范围 面向全社会, jst.zj.gov.cn): no sentence punctuation
    ("catalogue data", CATALOGUE_LABELS, r"(?![、，,；;。])[^，,；;。\n]{0,80}?(?:" + "|".join(map(re.escape, CATALOGUE_LABELS)) + r")[^，,；;。\n]{0,80}"),
    # …or an index number's field alone with no colon (索引号 001008003001001/2016-36751 over 温鹿政办〔2016〕81号 on
    # lucheng.gov.cn, 索引号 002969069/2021-79675 over 鄞科〔2021〕34号's 解读 on nbyz.gov.cn): a code with no Han in it
    ("catalogue data", ("索引号", "索 引 号"), r"[ \u3000]+[0-9A-Za-z][0-9A-Za-z/_.\-]{5,60}[ \u3000]*"),
    # …or the page's title field alone with no colon, the title printed again under it (标题 2022年1-7月份全市老旧小区
    # 改造工作进展情况, 临沂市住建局 2022: one page so far; 标题： is a field of bzqc.gov.cn and yantai.gov.cn)
    ("catalogue data", ("标题",), r"[ \u3000]+[^。；;\n]{2,100}"),
    # …or one issuer field alone, its organ after it with no colon (发文机关 太康县人民政府, a county's page)
    ("catalogue data", ("发文机关", "发布机构", "发文单位", "发文机构"), r"[ \u3000]*[\p{Han}、 \u3000]{2,40}?(?:政府|委员会|办公厅|办公室|局|厅|委|办|部|院|党组)"),
    # …or the number, the status or the level run into their labels (a law database's catalogue over 国函〔2008〕2号
    # and 皖交发〔2021〕63号: 发文字号国函〔2008〕2号 / 时效性现行有效 / 效力级别国务院规范性文件)
    ("catalogue data", ("发文字号", "文号"), r"[ \u3000]*[\p{Han}]{1,16}[〔\[［(（][0-9]{4}[〕\]］)）]第?[0-9]{1,5}号"),
    ("catalogue data", ("时效性", "有效性", "效力状态"), r"[ \u3000]*(?:现行有效|全文有效|部分有效|有效|已失效|失效|已废止|废止|尚未生效)"),
    ("catalogue data", ("效力级别",), r"[ \u3000]*[\p{Han}]{2,16}(?:文件|法规|规章|法律|解释)"),
    # …or a title field alone, its value after a space or a bar (文件名称 紫阳县人民政府关于印发…的通知, zyx.gov.cn;
    # 文件名称 | 平利县人民政府办公室、…的通知 | ||, pingli.gov.cn)
    ("catalogue data", ("文件名称",), rf"[ \u3000|｜]*[^：:。\s|｜][^，,；;。\n]{{0,150}}?{_NOTICE_TITLE_END}[ \u3000|｜]*"),
    # …or a summary field alone, its value after a space (内容概况 市政府关于…的决定, yixing.gov.cn; no sentence)
    ("catalogue data", ("内容概况", "内容概览", "内容概述"), r"[ \u3000]*[^：:。\s][^。\n]{0,150}"),
    # …or one date field alone, its value run into its label (成文日期2020年01月17日, wuhan.gov.cn)
    ("catalogue data", ("成文日期", "发文日期", "发布日期", "生成日期", "公开日期", "施行日期", "实施日期"), r"[ \u3000]*(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|[-/.][0-9]{1,2}[-/.][0-9]{1,2})[ \u3000]*"),
)


def spaced(word: str) -> str:
    """A pattern of ``word`` as a site may letter-space it (索 引 号, 名　　称)."""
    return "[ \u3000]*".join(map(re.escape, word))


#: A list mark a saved page may keep before a field (• 索引号：…, • 时效性：有效; - 发文字号：… in a
#: page saved as Markdown: 阿里 2021, 鄯善 2018, 明溪 2016), or the bar of a catalogue saved as a
#: table's rows (| 文 号: | 宁政发〔2026〕16号 | 关 键 词: | …, nanjing.gov.cn).
_BULLETS = "•·●▪◦"
_BULLET_ALT = rf"[{_BULLETS}][ \u3000]*|-[ \u3000]+|[|｜][ \u3000]*"
_BULLET = rf"(?:{_BULLET_ALT})?"
#: What opens a line that holds a list mark (a cheap test of the text first: one scan by the standard engine,
#: which finds the line end fast, where a test of each opener in turn reads the text eight times).
_BULLET_OPENERS = (*_BULLETS, "- ", "|", "｜")
_BULLET_AFTER_LINE_END = lazy("\n(?:" + "|".join(map(re.escape, _BULLET_OPENERS)) + ")", 0, re)
_WEB_PATTERNS = tuple(
    (name, lazy("^" + _BULLET + "(?:" + "|".join(map(spaced, starts)) + ")(?:" + rest + ")$")) for name, starts, rest in WEB_FURNITURE
)
#: Where a web furniture line may start: every start word of the table, found
#: in one pass over the whole text (derived from the table).
_WEB_WORDS = "|".join(spaced(w) for _, starts, _ in WEB_FURNITURE for w in sorted(starts, key=len, reverse=True))
# For Joined.starting.  The look-ahead for a first character of the words
# (from the table too) spares the alternation at the many line starts that
# open with none of them (0.16 -> 0.08 ms on the sample).
_WEB_FIRST_CHARS = "".join(sorted({w[0] for _, starts, _ in WEB_FURNITURE for w in starts}))
_WEB_AT_LINE_START = lazy(r"\n(?=[" + re.escape(_WEB_FIRST_CHARS) + "])(?:" + _WEB_WORDS + ")", 0, re)
# The same after a list mark: asked only of a text that holds one.
_WEB_AFTER_BULLET = lazy(rf"\n(?:{_BULLET_ALT})(?:" + _WEB_WORDS + ")", 0, re)


def page_number_digits(text: str) -> tuple[str, bool] | None:
    """The digits of a page-number line and whether they are decorated (— 16 —).

    >>> page_number_digits("— 16 —"), page_number_digits("61"), page_number_digits("第3页")
    (('16', True), ('61', False), ('3', True))
    >>> page_number_digits("2025年") is None
    True
    """
    if len(text) > _PAGE_NUMBER_MAX_LEN:
        return None
    m = PAGE_NUMBER.match(text)
    if not m:
        return None
    if m.group("n2"):
        return m.group("n2"), True
    return m.group("n"), bool(m.group("open") or m.group("close"))


def reading_candidates(digits: str) -> list[int]:
    """The page numbers some digits can stand for: as printed, and reversed
    (a text layer reverses two-digit numbers: ``61`` on page 16)."""
    n = int(digits)
    out = [n]
    if len(digits) > 1 and digits[-1] != "0":
        r = int(digits[::-1])
        if r != n:
            out.append(r)
    return out


def _climbing(cands: list[tuple[int, str]]) -> set[int]:
    """The bare numbers that climb with the text: the longest run in which
    each number (as printed or reversed) is larger than the one before, by at
    most the pages that fit between them.  Runs of one are no evidence."""
    # States: (candidate, one of its readings); best[j][r] is the longest run
    # that ends in reading r of candidate j, with the state before it.
    readings = [reading_candidates(d) for _, d in cands]
    best: list[list[tuple[int, tuple[int, int] | None]]] = []
    for j, (line_j, _) in enumerate(cands):
        row = []
        for v in readings[j]:
            top: tuple[int, tuple[int, int] | None] = (1, None)
            for i in range(max(0, j - _CHAIN_WINDOW), j):
                distance = line_j - cands[i][0]
                if distance < _MIN_PAGE_LINES:
                    continue
                room = distance // _LINES_PER_PAGE + 1
                for r, u in enumerate(readings[i]):
                    if 0 < v - u <= room and best[i][r][0] + 1 > top[0]:
                        top = (best[i][r][0] + 1, (i, r))
            row.append(top)
        best.append(row)
    if not best:
        return set()
    end = max(((j, r) for j in range(len(best)) for r in range(len(best[j]))), key=lambda s: best[s[0]][s[1]][0])
    length = best[end[0]][end[1]][0]
    if length < 2 or 2 * length < len(cands):
        return set()  # no run, or most bare numbers outside it: figures, not pages
    out = set()
    state: tuple[int, int] | None = end
    while state is not None:
        out.add(cands[state[0]][0])
        state = best[state[0]][state[1]][1]
    return out


def _page_numbers(texts: list[str], joined: Joined) -> dict[int, str]:
    """Line index → printed digits, for every line that is a page number."""
    decorated: dict[int, str] = {}
    bare: list[tuple[int, str]] = []
    for i in joined.figure_ends:
        text = texts[i]
        found = page_number_digits(text)
        if found is None:
            continue
        digits, is_decorated = found
        if is_decorated:
            decorated[i] = digits
        else:
            bare.append((i, digits))
    climbing = _climbing(_without_serials(bare))
    decorated.update((i, d) for i, d in bare if i in climbing)
    return decorated


_SERIAL_RUN = 3  # bare numbers in a row, each one more than the last, that make a list


def _without_serials(bare: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The bare numbers less those of a numbered list: a run of numbers one
    apart, closer than pages can be (a task table printed one cell per line: 1 /
    task / units / 2 / …, blank lines between, sx.gov.cn; its 1 and 4 would
    climb as pages)."""
    if len(bare) < _SERIAL_RUN:
        return bare
    serial = [False] * len(bare)
    run = 0
    for j in range(1, len(bare)):
        (i0, d0), (i1, d1) = bare[j - 1], bare[j]
        run = run + 1 if int(d1) == int(d0) + 1 and i1 - i0 < _MIN_PAGE_LINES else 0
        if run >= _SERIAL_RUN - 1:
            for k in range(j - run, j + 1):
                serial[k] = True
    return [b for b, s in zip(bare, serial) if not s]


_DIGIT_RUN = lazy(r"[0-9]+")
# How a page number, a row of figures or a cell of figures ends (the stdlib
# engine runs a one-class scan faster than the regex module).
_FIGURE_END = lazy(r"[0-9%\-—–－−·~页]$", re.MULTILINE, re)
_GAZETTE_NAME = lazy(r"公报", MULTILINE)
# A number at one end of a line, apart from its text: a header's page number.
# (A scan from each line end finds the first kind fast; the last kind is
# asked of the lines that end with a figure.)
_NUMBER_FIRST = lazy(r"\n[0-9]{1,4}[ \t\u3000]", 0, re)
_NUMBER_LAST = lazy(r"[ \t\u3000][0-9]{1,4}$", 0, re)


def _neighbours(i: int, filled: list[int], reach: int = 2) -> list[int]:
    """The ``reach`` non-blank lines before and after line ``i``; ``filled``
    lists the non-blank lines in order (a bisection, not a walk over blank
    lines: a file of form feeds alone has nothing but blank lines)."""
    at = bisect_left(filled, i)
    after = at + 1 if at < len(filled) and filled[at] == i else at
    return [*reversed(filled[max(0, at - reach) : at]), *filled[after : after + reach]]


def _repeated_headers(texts: list[str], joined: Joined, feeds: list[int], numbers: dict[int, str]) -> set[int]:
    """Short lines that recur at a page's edge — next to a page number or a
    page break — or with a page number of their own, at one end, that changes.
    Never a part of a document (a date, a number, an 印发 line, an organ's
    name), however often the issue repeats it.

    Only the lines that can be either are looked at: the neighbours of the
    page breaks and page numbers, and the lines with a number at one end."""
    at_edge: set[int] = set()
    filled = list(compress(range(len(texts)), texts)) if feeds or numbers else []
    last = None  # the neighbours of the last break asked: the next one between the same lines has them too
    for b in chain(feeds, numbers):
        at = bisect_left(filled, b)
        holds_text = at < len(filled) and filled[at] == b
        if holds_text:
            at_edge.add(b)  # only a line with text can recur
        key = None if holds_text else at  # a blank break: its neighbours depend on ``at`` alone
        if key is None or key != last:
            at_edge.update(_neighbours(b, filled))
        last = key
    numbered = set(joined.starting(_NUMBER_FIRST)) | {i for i in joined.figure_ends if _NUMBER_LAST.search(texts[i])}
    groups: dict[str, list[int]] = defaultdict(list)
    for i in sorted(at_edge | numbered):
        text = texts[i]
        if 0 < len(text) <= _REPEATED_MAX_LEN and i not in numbers:
            groups[_DIGIT_RUN.sub("#", text)].append(i)
    out: set[int] = set()
    for form, lines in groups.items():
        if len(lines) < _HEADER_REPEATS:
            continue
        text = texts[lines[0]]
        if text.endswith(("。", "；", "：", "，")) or stands_alone(text) or is_organ(text):
            continue
        changing = (form.startswith("# ") or form.endswith(" #")) and len({texts[i] for i in lines}) > 1
        edge = [i for i in lines if i in at_edge]
        if changing:
            out.update(lines)
        elif len(edge) >= _HEADER_REPEATS:
            out.update(edge)
    return out


def _contents(texts: list[str], joined: Joined) -> set[int]:
    """The lines of an issue's 目录: its heading and its entries, up to the last
    entry with a dot leader and a page number."""
    out: set[int] = set()
    for i in joined.matching(CONTENTS_HEAD):
        last, k, gap = None, i + 1, 0
        while k < len(texts) and gap <= _CONTENTS_GAP:
            if _LEADER.search(texts[k]):
                last, gap = k, 0
            elif texts[k]:
                gap += 1
            k += 1
        if last is None:
            last = _leaderless_contents(texts, i)
        if last is not None:
            out.update(range(i, last + 1))
    return out


_CONTENTS_WINDOW = 80  # lines after a 目录 where its entries and the first document may stand
#: A section of an issue's 目录, no entry: 【省政府文件】, 市政府办公室文件.
_DOCUMENT_TITLE_END = lazy(_NOTICE_TITLE_END + "$")
_SECTION_LABEL = lazy(r"^(?:【[^】]{1,12}】|[\p{Han}]{2,10}(?:文件|公告|令))$")


def _leaderless_contents(texts: list[str], head: int) -> int | None:
    """The last line of a 目录 printed without dot leaders or page numbers (titles,
    and their numbers, a line each): the entries up to where the first entry's
    title comes again as the first document's, over one to three lines."""
    entries = [k for k in range(head + 1, min(len(texts), head + _CONTENTS_WINDOW)) if texts[k]]
    first = next((k for k in entries if not _SECTION_LABEL.match(texts[k])), None)
    if first is None:
        return None
    wanted = "".join(texts[first].split())
    for n, k in enumerate(entries):
        if k <= first:
            continue
        text = texts[k]
        if text.endswith(("：", ":")) or "。" in text:
            return None  # a letter's addressees or a sentence before the title came again
        run = ""
        for j in entries[n : n + 3]:
            run += "".join(texts[j].split())
            if run == wanted:
                # An issue's 目录 lists documents (their titles, their numbers); a document's own
                # lists its headings (1　总则, 第一章　总则), which the outline reads past.
                listed = range(first, k)
                if k - head > 2 and any(stands_alone(texts[m]) or _DOCUMENT_TITLE_END.search(texts[m]) for m in listed):
                    return k - 1
                return None
            if not wanted.startswith(run):
                break
    return None


def _web(texts: list[str], joined: Joined) -> dict[int, str]:
    out: dict[int, str] = {}
    # The words are found anywhere by a fast literal search; a line that
    # starts with one is asked the whole pattern.
    starts = joined.starting(_WEB_AT_LINE_START)
    text = joined.text
    if text.startswith(_BULLET_OPENERS) or _BULLET_AFTER_LINE_END.search(text):  # a bullet opens a line (· mid-line is a dot)
        starts = sorted({*starts, *joined.starting(_WEB_AFTER_BULLET)})
    pairs: list[tuple[int, int]] = []
    empty: list[int] = []
    for i in starts:
        for name, pattern in _WEB_PATTERNS:
            if pattern.match(texts[i]):
                out[i] = name
                break
        if bare_label(texts[i]):
            if (j := _value_under(texts, i)) is not None:
                pairs.append((i, j))
            else:
                empty.append(i)
    # a catalogue printed each label and its value a line apart (发文字号 / 郧政发〔2023〕5号, a 郧阳 page;
    # • 文号: / 嵊政办发〔2021〕5号, a 嵊泗 page): two such fields near each other at least (one alone is
    # a table's header cell over the next, 名称 / 工作任务)
    for k, (i, j) in enumerate(pairs):
        if (k and i - pairs[k - 1][1] <= _VALUE_GAP + 1) or (k + 1 < len(pairs) and pairs[k + 1][0] - j <= _VALUE_GAP + 1):
            out[i] = out[j] = "catalogue data"
    for i in empty:
        # …and a label left empty, right over the next field of such a catalogue (• 发文字号 / • 索引号 /
        # • rzsrsj-…, 汝州's page of 河南's 2025 办法)
        k = _next_filled(texts, i, _VALUE_GAP + 1)
        if k is not None and out.get(k) == "catalogue data":
            out[i] = "catalogue data"
    if "> " in text or ">>" in text:
        # A site's path that the text's markup step opened (> 政务公开 > 工作报告, sx.gov.cn), or
        # that starts with the site's name (南阳生态文明促进会   >   生态聚焦   >   热门话题; 新法规速递>>纯文字版):
        # steps a " > " or a ">>" apart and nothing else on the line.
        for i in joined.matching(_PATH_LINE):
            out.setdefault(i, "breadcrumb")
    if "】" in text:
        # A line of the page's buttons (【阅读全文】, a law site; 国内政策【切换】 国际政策, a site's tabs)
        for i in joined.matching(_BUTTON_LINE):
            out.setdefault(i, "page controls")
    if "." in text[:_COUNTER_HEAD]:
        # the name of the file a document-sharing site shows (武汉市物业管理条例.docx over its 文档编号…, 冰豆网;
        # 2021年重大民生实事项目目标任务责任分解表.docx, 第壹文秘)
        for i in _edge_lines(texts, joined, _FILE_NAME_LINE, _COUNTER_HEAD)[1]:
            if i < _NAV_REACH:
                out.setdefault(i, "file name")
    if "报料" in text or "投稿" in text:
        # a news site's line for tips and contributions, its name first (新化月报网报料热线:886 2395@qq.com, under 永登县
        # 公安局's 2022 通告)
        for i in joined.matching(_TIP_LINE):
            out.setdefault(i, "site note")
    if _IMAGE_EXTENSION.search(text):
        # the name of a picture the page shows, wherever it stands (微信圖片_20200207154005.png between the items of
        # 沧州's 2020 通告; 通知.jpg under a forum's headline; 640.webp.jpg over a news page's text)
        for i in joined.matching(_IMAGE_LINE):
            out.setdefault(i, "image")
    if "_" in text[:_COUNTER_HEAD]:
        # the saved page's title as a browser shows it: the document's title, then the site's section
        # and the site, parted by _ (…的通知_区政府办公室文件_上海市宝山区人民政府门户网站, 宝山 2022;
        # _政策法规_天津市发展和改革委员会, 天津 2020), its title printed again under it
        for i in _edge_lines(texts, joined, _PAGE_TITLE, _COUNTER_HEAD)[1]:
            if i < _NAV_REACH:
                out.setdefault(i, "page title")
    for i in list(out):
        # A bare count right under a line of the page's data (发布时间：… 字体大小：[大][中][小] /
        # 4874268, xmrd.gov.cn): the page's visits
        if i + 1 < len(texts) and i + 1 not in out and _BARE_COUNT.match(texts[i + 1]):
            out[i + 1] = "publication data"
        # …and the value of a field of its data printed a line under its label (来源： / 宁夏日报客户端, nx.gov.cn)
        if out[i] == "publication data" and texts[i].strip().rstrip("：:") in _NAME_FIELDS and i + 1 < len(texts) and i + 1 not in out:
            value = texts[i + 1].strip()
            if 0 < len(value) <= _FIELD_VALUE_MAX and not _PROSE_MARKS.search(value) and not _DOCUMENT_TITLE_END.search(value):
                out[i + 1] = "publication data"
        # …and the font-size buttons a line each under 【字体： (小 / 中 / 大 / 】, nx.gov.cn's 2026 report; 加大 /
        # 还原 / 减小 / 】 on a library's copy of a 2026 report)
        if out[i] == "page controls" and texts[i].lstrip("【[").startswith(("字体", "字号")):
            k = i + 1
            while k < len(texts) and k - i <= _SIZE_BUTTONS_MAX and (not texts[k].strip() or _SIZE_BUTTON.match(texts[k])):
                if texts[k].strip():
                    out.setdefault(k, "page controls")
                k += 1
    for i in _edge_lines(texts, joined, _FIELD, _COUNTER_HEAD)[1]:
        line = texts[i]
        if i not in out and len(line) <= _COUNTER_LINE_MAX and len(_FIELD.findall(line)) >= 2 and not _PROSE_MARKS.search(line):
            out[i] = "publication data"
    if "-" in text[:_COUNTER_HEAD]:  # a cheap test first
        for i in _edge_lines(texts, joined, _STAMP_LINE, _COUNTER_HEAD)[1]:
            out.setdefault(i, "publication data")
    for i in _site_footer(texts, joined):
        out.setdefault(i, "site footer")
    if "发布机关" in text:
        # a wiki's head of a document: its title, number, date and 发布机关 on one row of the site's table (…的通知
        # 财农〔2020〕10号 2020年3月24日 发布机关:财政部 农业农村部 |; …的通告 慈政发〔2021〕4号 2021年1月20日 发布机关:…)
        for i in joined.matching(_WIKI_HEAD):
            out.setdefault(i, "catalogue data")
    if "http" in text:
        # a line that ends with a bare address (北京专科痤疮医院 http://pf.39.net/…, an ad a copy took in)
        for i in joined.matching(_URL_LINE):
            out.setdefault(i, "link")
    crumbs = [i for i, name in out.items() if name == "breadcrumb" and i < _NAV_REACH]
    if crumbs:
        # the site's menu over its path (搜索 / 导航 / 统计公报 / 当前位置：…, • 政府信息公开 / 您当前的位置：…):
        # short lines alone above the first path, none of them a title or a sentence
        b = min(crumbs)
        above = [i for i in range(b) if texts[i].strip() and i not in out]
        if above and all(_NAV_ITEM.match(texts[i]) and not _DOCUMENT_TITLE_END.search(texts[i]) for i in above):
            for i in above:
                out[i] = "site navigation"
    return dict(sorted(out.items()))


_FILE_NAME_LINE = lazy(rf"^[ \u3000]*[^\n。，；：:]{{2,100}}\.(?:{'|'.join(FILE_EXTENSIONS)})[ \u3000]*$", re.MULTILINE, re)
_WIKI_HEAD = lazy(
    r"^[^\n|｜]{4,150}?[ \u3000]*\p{Han}{1,16}[〔\[][0-9]{4}[〕\]][0-9]{1,5}号[ \u3000]*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日"
    r"[ \u3000]*发布机关[：:][^\n|｜]{2,60}?[ \u3000|｜]*$",
    MULTILINE,
)
_IMAGE_EXTENSION = lazy(rf"\.(?:{'|'.join(IMAGE_EXTENSIONS)})", re.IGNORECASE, re)  # (one scan: the dot is found fast)
_IMAGE_LINE = lazy(rf"^[ \u3000]*[^\n。，；：:\s]{{1,100}}\.(?:{'|'.join(IMAGE_EXTENSIONS)})[ \u3000]*$", re.MULTILINE | re.IGNORECASE, re)
_PAGE_TITLE = lazy(r"^[^\n_]{0,100}_[^\n_。，；]{2,20}_[^\n_。，；]{2,30}$", re.MULTILINE, re)
#: A catalogue's label alone on its line (发文字号; • 文号:), its value on a line of its own under it.
_BARE_LABEL = lazy("^" + _BULLET + "(?:" + "|".join(map(spaced, sorted(CATALOGUE_LABELS, key=len, reverse=True))) + r")[ \u3000]*[：:]?[ \u3000]*$")
#: A catalogue value: short, no sentence in it.
_VALUE_MAX = 60
_VALUE_GAP = 3  # lines from a label to its value (blank lines between)


def bare_label(text: str) -> bool:
    """Is ``text`` a catalogue's label alone on its line (发文字号; • 文号:)?"""
    return len(text) <= 20 and _BARE_LABEL.match(text) is not None


def _next_filled(texts: list[str], i: int, reach: int) -> int | None:
    """The first line after ``i`` that holds something, at most ``reach`` lines on; None if there is none."""
    return next((j for j in range(i + 1, min(len(texts), i + 1 + reach)) if texts[j].strip()), None)


def _value_under(texts: list[str], i: int) -> int | None:
    """The line of the value under the bare label at ``i``: the next line that holds
    something, within a few, short, no sentence and no label itself; None if there is none.
    A notice's title is the value of a title's label only: under an empty field's
    (公文时效 / 呼和浩特市水务局关于汛期河道行洪安全的公告, 呼和浩特 2024) it is the document's."""
    j = _next_filled(texts, i, _VALUE_GAP)
    if j is None:
        return None
    text = texts[j].strip()
    if _DOCUMENT_TITLE_END.search(text) and not _TITLE_LABEL.search(texts[i]):
        return None
    return None if len(text) > _VALUE_MAX or _PROSE_MARKS.search(text) or bare_label(texts[j]) else j


#: The labels whose value is the document's title (名称, 标题, 文件名称, 信息名称, 发文标题).
_TITLE_LABEL = lazy(r"名[ \u3000]*称|标[ \u3000]*题", 0, re)


_URL_LINE = lazy(r"^[^。，；;\n]{0,40}?[ \u3000]*https?://[^\s]+$", MULTILINE)
#: Lines from the top within which a site's path stands over its menu.
_NAV_REACH = 12
#: One item of a site's menu: a bullet, then a few words.
_NAV_ITEM = lazy(r"^[ \u3000]*[•·▪◆●]?[ \u3000]*[\p{Han}A-Za-z|｜ \u3000]{1,12}$")


_PATH_LINE = lazy(r"^(?:[\p{Han}（）()]{1,20}(?:[ \u3000]+>[ \u3000]+|[ \u3000]*>>[ \u3000]*))+[\p{Han}（）()]{1,30}$", MULTILINE)
_BUTTON_LINE = lazy(rf"^[^。，；;\n]{{0,12}}【(?:{_BUTTON_WORDS})】[^。，；;\n]{{0,16}}$", MULTILINE)
_BARE_COUNT = lazy(r"^[ \u3000]*[0-9]{5,12}[ \u3000]*$", 0, re)
_TIP_LINE = lazy(r"^[^。，；\n]{0,16}(?:报料热线|报料邮箱|报料电话|投稿邮箱|投稿热线)[ \u3000]*[：:][^。，；\n]{0,40}$", MULTILINE)

#: What only a site's footer prints: a licence number (京ICP备17047743号, …公网安备 …号),
#: the site's code (网站标识码3701000001), a copyright (Copyright, ©, 版权所有：).
#: (版权所有 with no colon too: 淳安县千岛湖传媒中心版权所有 未经授权禁止复制或镜像, 网站版权所有 |, 版权所有 中国报道杂志社 —
#: three news pages that print their footer over the report; 网络支持: the site's host)
_FOOTER_MARK = lazy(r"ICP[备证][ ]*[0-9]{5,}|公网安备[ ]*[0-9]{8,}|网站标识码[：: ]*[0-9A-Za-z]{6,}|Copyright|©|版权所有(?![者人权])|网络支持[：:]", 0, re)
#: The lines next to it that name the site's owner and contacts (主办：…  承办：…).
_FOOTER_NEIGHBOUR = lazy(r"^(?:主办|主管|承办|主办单位|承办单位|技术支持|联系电话|电话|地址|邮编|邮箱|网站地图|联系我们)(?:[：:]|$)", 0, re)
#: Lines of a footer, at most; and the part of the text (its last characters) looked at.
_FOOTER_LINE_MAX = 150
_FOOTER_TAIL = 4000
_FOOTER_REACH = 2


def _site_footer(texts, joined: Joined) -> list[int]:
    """The lines of a saved page's footer after its document: a short line
    with a mark only a footer prints, and the owner's and contact lines within
    :data:`_FOOTER_REACH` lines of one.  A 主办单位：… line of a notice's own
    (an event's organisers) is kept: it stands by no such mark."""
    n = len(texts)
    first, marked = _edge_lines(texts, joined, _FOOTER_MARK, -_FOOTER_TAIL)
    out: list[int] = []
    for i in marked:
        if len(texts[i]) > _FOOTER_LINE_MAX or "。" in texts[i]:  # (a sentence on copyright is text)
            continue
        out.append(i)
        for j in range(max(first, i - _FOOTER_REACH), min(n, i + _FOOTER_REACH + 1)):
            if j != i and texts[j] and len(texts[j]) <= _FOOTER_LINE_MAX and _FOOTER_NEIGHBOUR.match(texts[j]):
                out.append(j)
    return out


def _edge_lines(texts, joined: Joined, pattern: re.Pattern, chars: int) -> tuple[int, list[int]]:
    """The lines that ``pattern`` matches in the text's first ``chars``
    characters (its last ``-chars`` when negative), and the first line looked
    at: a saved page's counter stands above its document, its footer below."""
    n = len(texts)
    if joined.whole:
        part = joined.text[:chars] if chars > 0 else joined.text[chars:]
        first = 0 if chars > 0 else n - 1 - part.count("\n")
        return first, [first + k for k in _lines_of(pattern, part)]
    # a line holds a line end of its own: the lines (some twenty characters each) are asked one by one
    lines = range(min(n, chars // 20)) if chars > 0 else range(max(0, n + chars // 20), n)
    return lines.start, [i for i in lines if pattern.search(texts[i])]


#: A page's data (its view counter, 浏览量：, 点击次数：28596; its date and source) on a
#: short line of two or more such fields, wherever it starts: 时间：2019年06月17日
#: 点击次数：28596; 作者：… 时间：… 浏览：9347 来源：…; 时间:2022年12月06日来源:辽宁省卫生健康委员会
#: (shenyang.gov.cn); the page's buttons among them (时间:2024-05-30 17:07 分享: 字号:, 南充 嘉陵区 2024).
#: A count alone (网站总访问量：…) is text, and so is a line with a sentence's marks.
_FIELD = lazy(r"(?:发布时间|发布日期|时间|日期|来源|作者|分享|字号|(?:浏览|点击|访问|阅读)(?:量|数|次数)?)[ \u3000]*[：:]", 0, re)
_COUNTER_LINE_MAX = 100
#: A site's date stamp alone on a line above the document, in figures and dashes (2020-10-30,
#: 2022-10-19 14:39): no date of a document is printed so (海西州 2020, 连云港 2017, 武汉 2018 pages).
#: Its source may follow it (2011-06-18 00:00:00 来源: 本站原创, 海口 2011), and a list mark may open it
#: (• 2020-11-13 14:42 over • 来源：…, 广安区 2020), or the organ that published the page (2023-01-05 10:00
#: 区人民政府办公室 over 蔡政办〔2023〕1号's catalogue on caidian.gov.cn).
_STAMP_LINE = lazy(
    r"^[ \u3000]*(?:[•·●▪◦][ \u3000]*)?(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?:[ T]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
    r"(?:[ \u3000]+(?:来源|作者|编辑|发布者|浏览|点击)[：:]?[^。，；\n]{0,60}"
    r"|[ \u3000]+[\u4e00-\u9fff（）]{2,30}(?:政府|办公室|办公厅|委员会|局|厅|委|办|部|院|中心))?[ \u3000]*$",
    re.MULTILINE,
    re,
)
_PROSE_MARKS = lazy(r"[。，；]", 0, re)
#: A font-size button of a page alone on its line, under 【字体： (小, 中, 大, 加大, 还原, 减小, the closing 】).
_SIZE_BUTTON = lazy(r"^[ \u3000]*[【\[]?(?:小|中|大|加大|还原|减小|默认|特大|超大)?[】\]]?[ \u3000]*$")
_SIZE_BUTTONS_MAX = 10
#: The fields of a page's data that name a source or a person, and the longest such name under its label.
_NAME_FIELDS = frozenset(("来源", "信息来源", "作者", "责任编辑"))
_FIELD_VALUE_MAX = 30
#: A page prints its counter above the document: it is looked for in the
#: text's first characters only.
_COUNTER_HEAD = 4000


class Joined:
    """Lines joined once, so that a MULTILINE pattern finds the lines it
    matches in one C-level pass instead of a call per line."""

    __slots__ = ("texts", "text", "whole", "_figure_ends", "_led")

    def __init__(self, texts: list[str] | tuple[str, ...]):
        self.texts = texts
        self.text = _join_lines(texts)
        self.whole = self.text.count("\n") == len(texts) - 1  # no line holds a "\n" of its own
        self._figure_ends: list[int] | None = None
        self._led: str | None = None

    def starting(self, pattern: re.Pattern) -> list[int]:
        """The lines that start with what ``pattern`` matches after a "\\n"
        (``\\nWORD``): the stdlib engine finds a pattern that opens with a
        literal far faster than one anchored with ``^``."""
        if not self.whole:
            return [i for i, t in enumerate(self.texts) if pattern.match("\n" + t)]
        if self._led is None:
            self._led = "\n" + self.text
        return _lines_of(pattern, self._led)

    def done_with_starts(self) -> None:
        """Drop the copy of the text that :meth:`starting` searches (as long
        as the text: twice a file of form feeds' size in UCS-2); it is made
        again if asked for."""
        self._led = None

    @property
    def figure_ends(self) -> list[int]:
        """The lines that end with a figure, a % or a page number's mark
        (a page number, a row of figures, a cell): found once, asked often."""
        if self._figure_ends is None:
            self._figure_ends = self.matching(_FIGURE_END)
        return self._figure_ends

    def matching(self, pattern: regex.Pattern | re.Pattern) -> list[int]:
        """The indexes of the lines ``pattern`` (MULTILINE) matches, each once."""
        if not self.whole:
            return [i for i, t in enumerate(self.texts) if pattern.search(t)]
        return _lines_of(pattern, self.text)


def _join_lines(texts) -> str:
    """``"\n".join(texts)``; lines held lazily (:class:`~gazette_cli.model.StrippedLines`)
    are joined a thousand at a time, as ``str.join`` would first list them all
    (eight bytes a line, eight times a file of form feeds)."""
    if isinstance(texts, (list, tuple)):
        return "\n".join(texts)
    lines = iter(texts)
    return "\n".join(["\n".join(islice(lines, _JOIN_CHUNK)) for _ in range(0, len(texts), _JOIN_CHUNK)])


_JOIN_CHUNK = 1024


def _lines_of(pattern: regex.Pattern | re.Pattern, text: str) -> list[int]:
    """The lines of ``text`` where ``pattern`` matches (each once), counted by
    the line ends before each match."""
    out: list[int] = []
    line = searched = 0
    for m in pattern.finditer(text):
        line += text.count("\n", searched, m.start())
        searched = m.start()
        if not out or out[-1] != line:
            out.append(line)
    return out


def _header_page(text: str) -> str | None:
    n = HEADER_PAGE_FIRST.match(text) or HEADER_PAGE_LAST.search(text)
    return n.group(1) if n else None


def classify(
    texts: list[str] | tuple[str, ...],
    raws: tuple[str, ...],
    headers: regex.Pattern | None = None,
    joined: Joined | None = None,
    raws_joined: Joined | None = None,
) -> tuple[bytearray, dict[int, str], list[str], array]:
    """Each line's kind (a byte a line: see :data:`~gazette_cli.model.LINE_KINDS`),
    the page number printed on lines that carry one, the warnings for the web
    furniture skipped, and the lines that open with a form feed.  ``headers``
    matches the running headers a gazette's profile names beyond the common
    ones; ``joined`` is ``texts`` joined and ``raws_joined`` ``raws``, if at hand."""
    joined = joined or Joined(texts)
    kinds = bytearray(map(bool, texts))  # K_BODY (1) where the line holds text, else K_BLANK (0)
    # A form feed opens its line (split_lines puts it there), or follows a
    # line end inside one: C-level tests, no pattern.
    feeds: array | range = array("i")
    if "\f" in raws_joined.text if raws_joined is not None else any(map(contains, raws, repeat("\f"))):
        feeds = _line_indices(bytes(map(or_, map(str.startswith, raws, repeat("\f")), map(contains, raws, repeat("\n\f")))))
    numbers = _page_numbers(texts, joined)
    printed: dict[int, str] = {}
    for i, digits in numbers.items():
        kinds[i] = K_PAGE_NUMBER
        printed[i] = digits
    for i in joined.matching(_GAZETTE_NAME):
        text = texts[i]
        if len(text) <= _HEADER_MAX_LEN and not text.endswith("。") and RUNNING_HEADER.search(text):
            kinds[i] = K_RUNNING_HEADER
            digits = _header_page(text)
            if digits:
                printed[i] = digits
    if headers is not None:
        for i, text in enumerate(texts):
            if text and kinds[i] == K_BODY and len(text) <= _HEADER_MAX_LEN and headers.search(text):
                kinds[i] = K_RUNNING_HEADER
    for i in _repeated_headers(texts, joined, feeds, numbers):
        if kinds[i] == K_BODY:
            kinds[i] = K_RUNNING_HEADER
            digits = _header_page(texts[i])
            if digits:
                printed[i] = digits
    for i in _contents(texts, joined):
        if kinds[i] != K_BLANK:
            kinds[i] = K_CONTENTS
    warnings = []
    for i, name in _web(texts, joined).items():
        if kinds[i] == K_BODY:
            kinds[i] = K_WEB
            warnings.append(f"line {i + 1}: {name} skipped ({texts[i][:30]})")
    return kinds, printed, warnings, feeds



def page_starts(
    kinds: bytearray, raws: tuple[str, ...], printed: dict[int, str], feeds: array | range | list[int] = (), raws_joined: Joined | None = None
) -> tuple[array | range, dict[int, str]]:
    """The index of the line that opens each page (0 for the first), and the
    digits printed on the pages that show a number, by page index
    (``raws_joined``: ``raws`` joined, if at hand).

    A page opens at a form feed (``feeds``), at furniture after body text, and
    at a body line after body text that starts with a single space (blank
    lines between do not count) where such lines outnumber the furniture.  Only those lines are visited: the rest of
    the text is body, whatever its length.
    """
    body_kinds = (K_BODY, K_TABLE)
    n = len(kinds)
    furniture = list(compress(range(n), map(_IS_FURNITURE.__contains__, kinds)))
    spaced = (raws_joined or Joined(raws)).starting(_SINGLE_SPACE) if any(map(str.startswith, raws, repeat(" "))) else []
    spaced = [i for i in spaced if kinds[i] in body_kinds]
    # A text layer that marks a jump to a new page or column with a leading
    # space marks most pages so, and prints furniture on few of them; where
    # the furniture already marks as many pages, a leading space is text.
    if len(spaced) <= len(furniture) + len(feeds):
        spaced = []
    starts = array("i", [0])
    if not (furniture or spaced or feeds):
        return starts, {}
    # The events in order, each once: the form feeds (sorted already, and
    # as many as a file has bytes) as they are when there is nothing else.
    others = sorted(set(furniture) | set(spaced))
    only_feeds = not others
    feed_set = set(feeds) if feeds and others else ()
    if only_feeds:
        return _feed_starts(feeds if isinstance(feeds, (array, range)) else array("i", feeds), kinds), {}
    events = sorted(feed_set.union(others)) if feed_set else others
    # The previous non-blank line of each event: body text or not.
    nonblank = list(compress(range(n), kinds))  # K_BLANK is 0
    on_page: dict[int, str] = {}
    last_feed = -1
    for i in events:
        if i in feed_set:
            if i > starts[-1]:
                starts.append(i)
            last_feed = i
        kind = kinds[i]
        if kind == K_BLANK:
            continue
        # Body text right before i (its last non-blank line), on this side of a page break?
        p = bisect_left(nonblank, i) - 1
        q = nonblank[p] if p >= 0 else -1
        prev_body = q >= 0 and i != last_feed and q >= last_feed and kinds[q] in body_kinds
        if kind in body_kinds:
            if prev_body:
                starts.append(i)
            continue
        # Page furniture.
        if prev_body and kind != K_WEB:
            starts.append(i)
        k = len(starts) - 1
        digits = printed.get(i)
        if digits and k not in on_page:
            on_page[k] = digits
    # A page break after the last text (pdftotext ends every page with one) opens no page.
    last = nonblank[-1] if nonblank else -1
    keep = bisect_right(starts, last, 1)  # the first page always stays
    del starts[max(keep, 1) :]
    return starts, on_page


def _line_indices(flags: bytes) -> array | range:
    """The indices of the lines flagged 1: a range when they follow each
    other (a file of form feeds alone: a line each, four bytes a line as an
    array), else an array.

    >>> _line_indices(bytes([0, 1, 1, 1])), list(_line_indices(bytes([1, 0, 1])))
    (range(1, 4), [0, 2])
    """
    first, last = flags.find(1), flags.rfind(1)
    if first >= 0 and last - first + 1 == flags.count(1):
        return range(first, last + 1)
    return array("i", compress(range(len(flags)), flags))


def _feed_starts(feeds: array | range, kinds: bytearray) -> array | range:
    """:func:`page_starts` of a text whose only page breaks are its form
    feeds: each opens a page, the first line opens the first, and a feed
    after the last text opens none.  When the first line opens with a feed
    the starts are the feeds themselves, not a copy: a file of form feeds
    alone has a page per byte."""
    starts = feeds if feeds[0] == 0 else array("i", chain((0,), feeds))
    last = len(kinds.rstrip(bytes([K_BLANK]))) - 1  # the last line that is not blank
    keep = max(bisect_right(starts, last, 1), 1)  # the first page always stays
    return starts if keep >= len(starts) else starts[:keep]


_IS_FURNITURE = frozenset({K_PAGE_NUMBER, K_RUNNING_HEADER, K_CONTENTS, K_WEB})
_SINGLE_SPACE = lazy(r"\n [^ ]", 0, re)  # a line that starts with one space (for Joined.starting)


def infer_page_numbers(count: int, printed: dict[int, str]) -> list[int]:
    """Printed page number of each page index 0..count-1.

    >>> pages = infer_page_numbers(17, {3: "4", 4: "5", 15: "61"})
    >>> pages[0], pages[3], pages[15], pages[16]
    (1, 4, 16, 17)
    """
    return list(page_numbers(count, printed))


def page_numbers(count: int, printed: dict[int, str]) -> range | array:
    """:func:`infer_page_numbers` as numbers, not objects: a range when no
    page prints one (a file of form feeds alone has a page per byte), else
    an array."""
    if not printed:
        return range(1, count + 1)
    votes: Counter[int] = Counter()
    for k, digits in printed.items():
        for rank, n in enumerate(reading_candidates(digits)):
            votes[n - k] += 2 if rank == 0 else 1
    offset = max(votes.items(), key=lambda kv: (kv[1], -abs(kv[0] - 1)))[0]
    pages = array("i")
    for k in range(count):
        if k in printed:
            cands = reading_candidates(printed[k])
            expected = k + offset
            if expected not in cands:
                # A jump in the numbering: follow the printed number from here on.
                best = min(cands, key=lambda n: abs(n - expected))
                offset = best - k
        pages.append(max(1, k + offset))
    return pages


#: A cover's masthead: the gazette's name on a line, its issue under it
#: (国务院公报 / 2019年第3期; 某市人民政府公报 / 2023年第5期（总第125期）).
_COVER_TITLE = lazy(r"^[\p{Han}]{2,30}公报$")
_COVER_ISSUE = lazy(r"^(?P<year>[0-9]{4})年第(?P<number>[0-9]{1,3})[期号](?:[（(]总第[0-9]{1,5}[期号][）)])?$")
#: Lines of the text's start a cover may take.
_COVER_LINES = 12


def _cover_issue(cols: LineColumns) -> IssueInfo | None:
    """The issue a cover's masthead names at the text's start, if it has one."""
    texts = cols.texts
    lines = [i for i in range(min(len(texts), _COVER_LINES)) if texts[i].strip()]
    for a, b in zip(lines, lines[1:]):
        title = "".join(texts[a].split())  # 国 务 院 公 报, letter-spaced on a cover
        m = _COVER_ISSUE.match("".join(texts[b].split())) if _COVER_TITLE.match(title) else None
        if m:
            return IssueInfo(title=title, year=int(m.group("year")), number=int(m.group("number")), span=cols.span(a, b))
    return None


def issue_info(cols: LineColumns) -> IssueInfo | None:
    """The gazette issue a running header names (title, year, number), else
    the masthead of a cover at the text's start."""
    kinds, start = cols.kinds, 0
    while True:
        try:
            i = kinds.index(K_RUNNING_HEADER, start)  # C-level: most lines are no header
        except ValueError:
            return _cover_issue(cols)
        # The raw line still has the spaces between column name and title.
        m = RUNNING_HEADER.search(fullwidth_ascii(cols.raws[i]).strip())
        if m:
            return IssueInfo(
                title=m.group("title"),
                year=int(m.group("year")),
                number=int(m.group("number")),
                span=cols.span(i, i),
            )
        start = i + 1
