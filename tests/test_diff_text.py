"""``gazette diff`` end to end on real text: the sample as a PDF extractor left
it, and a plan written in clean full-width punctuation, each edited the way
revisions edit plans.  Every edit must be reported exactly once, and nothing
else — renumbering, shifted lines and pages included.
"""

from __future__ import annotations

import pytest

import gazette_cli
from conftest import SAMPLE
from gazette_cli.diff.core import diff

CLEAN_PLAN = """\
济南市人民政府关于印发济南市全民健身实施计划的通知
济政发〔２０２３〕３号

各区县人民政府，市政府各部门（单位）：

现将《济南市全民健身实施计划》印发给你们，请认真贯彻执行。

济南市人民政府
２０２３年２月１日

济南市全民健身实施计划

一、总体要求

（一）指导思想。坚持以人民为中心，推动全民健身和全民健康深度融合。

（二）发展目标。到２０２５年，经常参加体育锻炼人数比例达到４０％，人均体育场地面积达到２．６平方米。

二、主要任务

（一）完善健身设施。

１．建设体育公园。每年新建体育公园５个，新建改建健身步道１００公里以上。（责任单位：市体育局、市自然资源和规划局、市住房城乡建设局）

２．开放学校场馆。符合条件的学校体育场馆向社会开放比例达到９０％以上。（市教育局、市体育局按职责分工负责）

（二）丰富赛事活动。每年举办全民健身赛事活动２００场以上，培训社会体育指导员１０００人次。（牵头单位：市体育局；配合单位：市总工会、团市委）

三、保障措施

（一）加强组织领导。各区县要将全民健身工作纳入重要议事日程。

（二）强化资金保障。对新建体育公园给予每个５０万元的一次性奖励。（责任单位：市财政局、市体育局）

本计划自２０２３年３月１日起施行，有效期至２０２５年１２月３１日。

（２０２３年２月１日印发）

济南市人民政府关于聘任市政府参事的通知
济政字〔２０２３〕８号

各区县人民政府，市政府各部门（单位）：

经研究，确定聘任王明为济南市人民政府参事。

济南市人民政府
２０２３年２月３日

（２０２３年２月３日印发）
"""


def revise(text: str, edits: list[tuple[str, str]]) -> str:
    """Apply replacements; each must hit exactly one place, or the case is broken."""
    for old, new in edits:
        assert text.count(old) == 1, f"not exactly one {old!r}"
        text = text.replace(old, new)
    return text


def _where(item: dict) -> str:
    old, new = item["old"] or {}, item["new"] or {}
    return f"{old.get('path') or '-'}→{new.get('path') or '-'}"


def _detail(kind: str, item: dict) -> str:
    if kind == "notices":
        return item["notice"]
    if "changes" in item:
        return _where(item) + " " + ";".join(f"{k}:{v['old']}→{v['new']}" for k, v in item["changes"].items())
    if kind == "responsibilities":
        lead = item["lead"] and " lead:" + "、".join(item["lead"]["old"]) + "→" + "、".join(item["lead"]["new"])
        return f"{_where(item)} +{'、'.join(item['units_added'])} -{'、'.join(item['units_removed'])}{lead or ''}"
    return _where(item)


# The items of schema 1.0: each edit below must still be reported by them exactly
# once.  The text view added in 1.1 (clauses.changed, renumbered_runs, numbers,
# terms) is checked on the same edits in test_diff_revisions.py.
TODAY = {"notices": ("changed", "added", "removed"), "clauses": ("added", "removed", "renamed", "renumbered"),
         "targets": ("changed", "added", "removed", "moved"), "responsibilities": ("changed",),
         "amounts": ("changed", "added", "removed"), "validity": ("changed",)}


def reported(result: dict) -> list[str]:
    return [f"{kind}.{category} {_detail(kind, item)}"
            for kind, categories in TODAY.items() for category in categories for item in result[kind][category]]


@pytest.fixture(scope="module")
def sample_text():
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample_old(sample_text):
    return gazette_cli.to_dict(gazette_cli.parse_text(sample_text))


@pytest.fixture(scope="module")
def clean_old():
    return gazette_cli.to_dict(gazette_cli.parse_text(CLEAN_PLAN))


# The sample's line breaks are the extractor's: edits keep them where they fall.
SAMPLE_EDITS = [
    pytest.param([("比例达到１８．５％", "比例达到２０％")],
                 ["targets.changed 一/(三)→一/(三) value:18.5→20"], id="value-raised"),
    pytest.param([("健康素养.到２０２５年,\n\n居民健康素养水平", "健康素养.到２０２７年,\n\n居民健康素养水平")],
                 ["targets.changed 二/(四)/3→二/(四)/3 year:2025→2027"], id="deadline-moved"),
    pytest.param([("选培工作,每年开展\n\n好青年培训３场,进一步", "选培工作,进一步")],
                 ["targets.removed 二/(二)/2→-"], id="target-deleted"),
    pytest.param([("提高老年人健康素养.\n", "提高老年人健康素养.每年开展老年健康宣传活动５０场.\n")],
                 ["targets.added -→二/(四)/2"], id="target-added"),
    pytest.param([("(三)工作目标.到２０２５年", "(三)工作要求.各单位要认真落实.\n\n(四)工作目标.到２０２５年")],
                 ["clauses.added -→一/(三)", "clauses.renumbered 一/(三)→一/(四)"], id="clause-inserted"),
    pytest.param([("线下活动３０场.(市委宣传部", "线下培训活动３０场.(市委宣传部")],
                 ["targets.changed 二/(四)/1→二/(四)/1 metric:线下活动→线下培训活动"], id="metric-reworded"),
    pytest.param([("达到３０％.(市卫生健\n\n康委、市科协按职责", "达到３０％.(市卫生健\n\n康委、市科协、市体育局按职责")],
                 ["responsibilities.changed 二/(四)/3→二/(四)/3 +市体育局 -"], id="unit-added"),
    pytest.param([("有效期至２０２５年１１月９日", "有效期至２０２７年１１月９日")],
                 ["validity.changed -→- effective_until:2025-11-09→2027-11-09"], id="validity-extended"),
    pytest.param([("种２００万元的标准给予一次性奖励", "种３００万元的标准给予一次性奖励")],
                 ["amounts.changed 二/(六)→二/(六) values_yuan:[2000000]→[3000000]"], id="amount-raised"),
]

CLEAN_EDITS = [
    pytest.param([("比例达到４０％", "比例达到４５％")],
                 ["targets.changed 一/(二)→一/(二) value:40→45"], id="value-raised"),
    pytest.param([("到２０２５年，经常", "到２０２７年，经常")],
                 ["targets.changed 一/(二)→一/(二) year:2025→2027", "targets.changed 一/(二)→一/(二) year:2025→2027"],
                 id="deadline-moved-governs-both-goals"),
    pytest.param([("，培训社会体育指导员１０００人次", "")], ["targets.removed 二/(二)→-"], id="target-deleted"),
    pytest.param([("开放比例达到９０％以上。", "开放比例达到９０％以上，每年新增开放学校２０所。")],
                 ["targets.added -→二/(一)/2"], id="target-added"),
    pytest.param([("（一）完善健身设施。", "（一）优化健身环境。加强城市健身环境建设。\n\n（二）完善健身设施。"),
                  ("（二）丰富赛事活动", "（三）丰富赛事活动")],
                 ["clauses.added -→二/(一)", "clauses.renumbered 二/(一)→二/(二)", "clauses.renumbered 二/(二)→二/(三)"],
                 id="clause-inserted"),
    pytest.param([("经常参加体育锻炼人数比例", "经常参加体育锻炼的人数比例")], [], id="metric-function-word-only"),
    pytest.param([("新建改建健身步道", "新建改建城市健身步道")],
                 ["targets.changed 二/(一)/1→二/(一)/1 metric:健身步道→城市健身步道"], id="metric-reworded"),
    pytest.param([("（市教育局、市体育局按职责", "（市教育局、市体育局、团市委按职责")],
                 ["responsibilities.changed 二/(一)/2→二/(一)/2 +团市委 -"], id="unit-added"),
    pytest.param([("每个５０万元", "每个１００万元")],
                 ["amounts.changed 三/(二)→三/(二) values_yuan:[500000]→[1000000]"], id="amount-raised"),
    pytest.param([("有效期至２０２５年１２月３１日", "有效期至２０２７年１２月３１日")],
                 ["validity.changed -→- effective_until:2025-12-31→2027-12-31"], id="validity-extended"),
]


@pytest.mark.parametrize("edits, expected", SAMPLE_EDITS)
def test_sample_revision_is_reported_once_and_alone(sample_text, sample_old, edits, expected):
    new = gazette_cli.to_dict(gazette_cli.parse_text(revise(sample_text, edits)))
    assert reported(diff(sample_old, new)) == expected


def test_sample_notice_removed_is_reported_once_and_alone(sample_text, sample_old):
    lines = sample_text.split("\n")
    del lines[1567:1577]  # the 61号 notice (聘任市政府参事), issuer line to 印发 line
    new = gazette_cli.to_dict(gazette_cli.parse_text("\n".join(lines)))
    assert reported(diff(sample_old, new)) == ["notices.removed 济政字〔2022〕61号"]


@pytest.mark.parametrize("edits, expected", CLEAN_EDITS)
def test_clean_revision_is_reported_once_and_alone(clean_old, edits, expected):
    new = gazette_cli.to_dict(gazette_cli.parse_text(revise(CLEAN_PLAN, edits)))
    assert reported(diff(clean_old, new)) == expected


def test_clean_notice_removed_is_reported_once_and_alone(clean_old):
    cut = CLEAN_PLAN.index("济南市人民政府关于聘任市政府参事的通知")
    new = gazette_cli.to_dict(gazette_cli.parse_text(CLEAN_PLAN[:cut]))
    assert reported(diff(clean_old, new)) == ["notices.removed 济政字〔2023〕8号"]


def test_the_extractors_see_what_the_edits_touch(sample_old, clean_old):
    # Without targets and units in both texts the cases above would pass vacuously.
    counts = [(len(n["targets"]), len(n["responsibilities"])) for n in (sample_old["notices"][0], clean_old["notices"][0])]
    assert all(t > 5 and r > 3 for t, r in counts)
