"""``gazette_cli.diff.core``: matching and reporting on parse outputs.

Versions are built from a small outline (clause titles, bodies and the items
they carry, quoted from the sample's notices) so that an edit — insert a
clause, raise a value — renumbers paths and moves spans the way a real
revision does.  Each edit must be reported exactly once, and nothing else.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest

import gazette_cli
from gazette_cli.diff.core import KINDS, diff
from gazette_cli.diff.match import pair_up, similarity, text_key

# --- building versions -----------------------------------------------------------

CN = "一二三四五六七八九十"


def C(title, body="", *children, targets=(), units=(), lead=None, amounts=()):
    """A clause of the outline: title, body text, children, and the items it carries."""
    return {"title": title, "body": body, "children": list(children), "targets": list(targets),
            "units": list(units), "lead": lead, "amounts": list(amounts)}


def T(metric, value, unit, comparator="=", year=None, period=None):
    return {"metric": metric, "value": Decimal(value), "value_max": None, "unit": unit, "comparator": comparator,
            "year": year, "period": period, "baseline": None, "attribute": None, "source": "text"}


def N(doc_number, title, *clauses, validity=None, attachment_title=None):
    return {"doc_number": doc_number, "title": title, "clauses": list(clauses), "validity": validity,
            "attachment_title": attachment_title}


def _marker(level, number):
    if level == 1:
        return f"{CN[number - 1]}、", CN[number - 1]
    if level == 2:
        return f"（{CN[number - 1]}）", f"({CN[number - 1]})"
    return f"{number}.", str(number)


def build(*notices):
    """The parse output (schema shape) of an outline; lines and pages follow document order."""
    line = [1]

    def span(first, last):
        return {"start_line": first, "end_line": last, "page": 1 + first // 50, "end_page": 1 + last // 50}

    def clauses(specs, level, prefix, out):
        result = []
        for number, spec in enumerate(specs, start=1):
            marker, part = _marker(level, number)
            path = f"{prefix}/{part}" if prefix else part
            first = line[0]
            line[0] += 2
            items_line = first + 1
            kids = clauses(spec["children"], level + 1, path, out)
            own = span(items_line, items_line)
            for t in spec["targets"]:
                out["targets"].append({"path": path, "text": f"{t['metric']}{t['value']}{t['unit']}", **t, "span": own})
            if spec["units"]:
                lead = spec["lead"] or spec["units"][:1]
                out["responsibilities"].append({"path": path, "units": spec["units"], "lead": lead, "support": [],
                                                "form": "按职责分工负责", "text": "（" + "、".join(spec["units"]) + "按职责分工负责）", "span": own})
            for text, values in spec["amounts"]:
                out["amounts"].append({"path": path, "text": text, "values_yuan": values, "kind": "reward", "span": own})
            result.append({"path": path, "marker": marker, "level": level, "kind": "cn", "number": number,
                           "title": spec["title"], "text": spec["title"] + "。" + spec["body"] if spec["body"] else spec["title"],
                           "span": span(first, line[0]), "children": kids})
        return result

    out_notices = []
    for index, n in enumerate(notices, start=1):
        first = line[0]
        line[0] += 3
        items = {"targets": [], "responsibilities": [], "amounts": []}
        tree = clauses(n["clauses"], 1, "", items)
        validity = None
        if n["validity"]:
            validity = {"effective_from": n["validity"][0], "effective_until": n["validity"][1],
                        "text": "自{}起施行，有效期至{}".format(*n["validity"]), "span": span(line[0], line[0])}
        out_notices.append({"index": index, "doc_number": n["doc_number"], "issuer": "济南市人民政府", "title": n["title"],
                            "doc_type": "通知", "addressees": [], "signed_date": None, "printed_date": None,
                            "normative_code": None, "attachment_title": n["attachment_title"], "span": span(first, line[0]),
                            "letter": None, "preamble": None, "clauses": tree, "tables": [], "references": [],
                            "validity": validity, **items})
    return {"schema_version": "1.0", "source": {"name": "outline", "sha256": "0" * 64}, "notices": out_notices}


def base():
    """Three notices of the sample, shortened to the parts that carry items."""
    plan = N(
        "济政发〔2022〕17号",
        "济南市人民政府关于印发济南市“十四五”全民科学素质行动规划纲要实施方案的通知",
        C("总体要求", "",
          C("指导思想", "以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。"),
          C("基本原则", "",
            C("坚持科学精神引领", "践行社会主义核心价值观，弘扬科学精神和科学家精神。"),
            C("坚持协同推进", "各级政府强化组织领导、政策支持、投入保障。")),
          C("工作目标", "到2025年，全市公民具备科学素质的比例达到18.5%，城乡、区域、人群科学素质发展不均衡进一步改善。",
            targets=[T("全市公民具备科学素质的比例", "18.5", "%", year=2025)])),
        C("提升行动", "",
          C("青少年科学素质提升行动", "",
            C("推动校内外科学教育资源有效贯通", "发挥各级健康科普专家库作用，每年开展相关健康科普专家健康教育活动40场。",
              targets=[T("健康科普专家健康教育活动", "40", "场", period="annual")],
              units=["市教育局", "市科技局", "市文化和旅游局", "市卫生健康委", "市应急局", "团市委", "市科协"])),
          C("农民科学素质提升行动", "",
            C("培育高素质农民队伍", "鼓励各级专家深入田间地头每年开展志愿服务活动200次以上。每年开展好青年培训3场。",
              targets=[T("志愿服务活动", "200", "次", ">=", period="annual"), T("好青年培训", "3", "场", period="annual")],
              units=["市人力资源社会保障局", "市农业农村局", "团市委", "市科协"])),
          C("老年人科学素质提升行动", "",
            C("实施智慧助老行动", "充分利用线上、线下渠道教授老年人应用智能手机，每年开展线下活动30场。",
              targets=[T("线下活动", "30", "场", period="annual")], units=["市委宣传部", "市卫生健康委", "市科协"]),
            C("实施银龄科普行动", "深入开展健康知识普及行动。到2025年，居民健康素养水平达到30%。",
              targets=[T("居民健康素养水平", "30", "%", year=2025)], units=["市卫生健康委", "市科协"]))),
        attachment_title="济南市“十四五”全民科学素质行动规划纲要实施方案",
    )
    measures = N(
        "济政发〔2022〕18号",
        "济南市人民政府印发关于加快生物医药与大健康产业高质量发展的若干政策措施的通知",
        C("支持创新成果加快产业化", "",
          C("支持开展仿制药一致性评价", "对品种通过仿制药质量和疗效一致性评价的企业，按每个品种200万元的标准给予一次性奖励。",
            units=["市市场监管局", "市农业农村局"], amounts=[("按每个品种200万元的标准给予一次性奖励", [2000000])])),
        validity=("2022-11-10", "2025-11-09"),
        attachment_title="关于加快生物医药与大健康产业高质量发展的若干政策措施",
    )
    appointment = N("济政字〔2022〕61号", "济南市人民政府关于聘任市政府参事的通知")
    return [plan, measures, appointment]


def find(notices, doc_number, *titles):
    """The outline clause reached by following ``titles`` from the top of a notice."""
    node = next(n for n in notices if n["doc_number"] == doc_number)
    for title in titles:
        node = next(c for c in node["clauses" if "clauses" in node else "children"] if c["title"] == title)
    return node


PLAN = "济政发〔2022〕17号"


def edited(edit):
    notices = copy.deepcopy(base())
    edit(notices)
    return notices


# --- the edits (each one change a reviser makes) ---------------------------------


def raise_value(v):
    goal = find(v, PLAN, "总体要求", "工作目标")
    goal["targets"][0]["value"] = Decimal("20")


def move_deadline(v):
    find(v, PLAN, "提升行动", "老年人科学素质提升行动", "实施银龄科普行动")["targets"][0]["year"] = 2027


def delete_target(v):
    find(v, PLAN, "提升行动", "农民科学素质提升行动", "培育高素质农民队伍")["targets"].pop()


def add_target(v):
    find(v, PLAN, "提升行动", "老年人科学素质提升行动", "实施智慧助老行动")["targets"].append(
        T("老年人智能技术培训", "1000", "人次", period="annual"))


def insert_clause(v):
    find(v, PLAN, "提升行动")["children"].insert(1, C("产业工人科学素质提升行动", "开展职工技能培训，提高职业青年的参与度。"))


def reword_metric(v):
    find(v, PLAN, "提升行动", "老年人科学素质提升行动", "实施智慧助老行动")["targets"][0]["metric"] = "线下培训活动"


def reword_metric_punctuation_only(v):
    find(v, PLAN, "总体要求", "工作目标")["targets"][0]["metric"] = "全市公民具备科学素质比例"


def add_unit(v):
    find(v, PLAN, "提升行动", "老年人科学素质提升行动", "实施银龄科普行动")["units"].append("市体育局")


def remove_unit(v):
    find(v, PLAN, "提升行动", "青少年科学素质提升行动", "推动校内外科学教育资源有效贯通")["units"].remove("市应急局")


def change_lead(v):
    clause = find(v, PLAN, "提升行动", "老年人科学素质提升行动", "实施银龄科普行动")
    clause["units"] = ["市科协", "市卫生健康委"]


def remove_notice(v):
    v.pop(2)


def add_notice(v):
    v.append(N("济政字〔2022〕62号", "济南市人民政府关于调整市政府参事的通知"))


def rename_clause(v):
    find(v, PLAN, "提升行动", "老年人科学素质提升行动")["title"] = "老年人科学素质提升工程"


def move_clause(v):
    source = find(v, PLAN, "提升行动", "老年人科学素质提升行动")["children"]
    find(v, PLAN, "提升行动", "农民科学素质提升行动")["children"].append(source.pop())


def move_target(v):
    source = find(v, PLAN, "提升行动", "老年人科学素质提升行动", "实施智慧助老行动")
    find(v, PLAN, "提升行动", "老年人科学素质提升行动", "实施银龄科普行动")["targets"].append(source["targets"].pop())


def raise_amount(v):
    clause = find(v, "济政发〔2022〕18号", "支持创新成果加快产业化", "支持开展仿制药一致性评价")
    clause["amounts"] = [("按每个品种300万元的标准给予一次性奖励", [3000000])]


def extend_validity(v):
    next(n for n in v if n["doc_number"] == "济政发〔2022〕18号")["validity"] = ("2022-11-10", "2027-11-09")


def drop_doc_number(v):
    # A draft (征求意见稿) has no number yet: the notice is found by its title.
    next(n for n in v if n["doc_number"] == "济政字〔2022〕61号")["doc_number"] = None


# --- what a report says, in one comparable line per item ---------------------------


def _detail(kind, item):
    old, new = item["old"], item["new"]
    where = f"{(old or {}).get('path') or '-'}→{(new or {}).get('path') or '-'}" if kind != "notices" else item["notice"]
    if "changes" in item:
        return where + " " + ";".join(f"{k}:{v['old']}→{v['new']}" for k, v in item["changes"].items())
    if kind == "responsibilities":
        lead = item["lead"] and "lead:" + "、".join(item["lead"]["old"]) + "→" + "、".join(item["lead"]["new"])
        return f"{where} +{'、'.join(item['units_added'])} -{'、'.join(item['units_removed'])} {lead or ''}".rstrip()
    return where


# The items of schema 1.0: each edit below must still be reported by them exactly
# once.  The text view added in 1.1 (clauses.changed, renumbered_runs, numbers,
# terms) is checked on the same edits in test_diff_revisions.py.
TODAY = {"notices": ("changed", "added", "removed"), "clauses": ("added", "removed", "renamed", "renumbered"),
         "targets": ("changed", "added", "removed", "moved"), "responsibilities": ("changed",),
         "amounts": ("changed", "added", "removed"), "validity": ("changed",)}


def reported(result):
    return [f"{kind}.{category} {_detail(kind, item)}"
            for kind, categories in TODAY.items() for category in categories for item in result[kind][category]]


@pytest.mark.parametrize(
    "edit, expected",
    [
        pytest.param(raise_value, ["targets.changed 一/(三)→一/(三) value:18.5→20"], id="target-value-raised"),
        pytest.param(move_deadline, ["targets.changed 二/(三)/2→二/(三)/2 year:2025→2027"], id="deadline-moved"),
        pytest.param(delete_target, ["targets.removed 二/(二)/1→-"], id="target-deleted"),
        pytest.param(add_target, ["targets.added -→二/(三)/1"], id="target-added"),
        pytest.param(insert_clause, ["clauses.added -→二/(二)", "clauses.renumbered 二/(二)→二/(三)",
                                     "clauses.renumbered 二/(三)→二/(四)"], id="clause-inserted-renumbers-followers"),
        pytest.param(reword_metric, ["targets.changed 二/(三)/1→二/(三)/1 metric:线下活动→线下培训活动"], id="metric-reworded"),
        pytest.param(reword_metric_punctuation_only, [], id="metric-function-words-only"),
        pytest.param(add_unit, ["responsibilities.changed 二/(三)/2→二/(三)/2 +市体育局 -"], id="unit-added"),
        pytest.param(remove_unit, ["responsibilities.changed 二/(一)/1→二/(一)/1 + -市应急局"], id="unit-removed"),
        pytest.param(change_lead, ["responsibilities.changed 二/(三)/2→二/(三)/2 + - lead:市卫生健康委→市科协"], id="lead-changed"),
        pytest.param(remove_notice, ["notices.removed 济政字〔2022〕61号"], id="notice-removed"),
        pytest.param(add_notice, ["notices.added 济政字〔2022〕62号"], id="notice-added"),
        pytest.param(rename_clause, ["clauses.renamed 二/(三)→二/(三)"], id="clause-renamed"),
        pytest.param(move_clause, ["clauses.renumbered 二/(三)/2→二/(二)/2"], id="clause-moved-items-follow"),
        pytest.param(move_target, ["targets.moved 二/(三)/1→二/(三)/2"], id="target-moved-same-value"),
        pytest.param(raise_amount, ["amounts.changed 一/(一)→一/(一) values_yuan:[2000000]→[3000000]"], id="amount-raised"),
        pytest.param(extend_validity, ["validity.changed -→- effective_until:2025-11-09→2027-11-09"], id="validity-extended"),
        pytest.param(drop_doc_number, ["notices.changed 济南市人民政府关于聘任市政府参事的通知 doc_number:济政字〔2022〕61号→None"],
                     id="notice-matched-by-title"),
    ],
)
def test_each_edit_is_reported_once_and_alone(edit, expected):
    assert reported(diff(build(*base()), build(*edited(edit)))) == expected


def test_identical_versions_give_an_empty_diff():
    result = diff(build(*base()), build(*base()))
    assert (result["summary"]["differences"], reported(result)) == (0, [])


def test_sample_against_itself_is_empty(sample_dict):
    assert diff(sample_dict, sample_dict)["summary"]["differences"] == 0


def test_saved_output_floats_compare_equal_to_fresh_decimals():
    # A JSON file read back gives 18.5 as a float; the parse gives Decimal("18.5").
    fresh = build(*base())
    saved = json.loads(gazette_cli.to_json(fresh))
    assert reported(diff(fresh, saved)) == []


def test_values_stay_exact_after_a_json_round_trip():
    old = json.loads(gazette_cli.to_json(build(*base())))
    changed = diff(old, build(*edited(raise_value)))["targets"]["changed"][0]["changes"]["value"]
    assert (changed["old"], type(changed["old"])) == (Decimal("18.5"), Decimal)


@pytest.mark.parametrize(
    "only, expected",
    [
        pytest.param(["targets"], ["targets.changed 一/(三)→一/(三) value:18.5→20"], id="only-targets"),
        pytest.param(["clauses"], ["clauses.added -→二/(二)", "clauses.renumbered 二/(二)→二/(三)",
                                   "clauses.renumbered 二/(三)→二/(四)"], id="only-clauses"),
        pytest.param(["responsibilities"], [], id="only-responsibilities"),
    ],
)
def test_only_limits_the_kinds_compared(only, expected):
    def both(v):
        raise_value(v)
        insert_clause(v)

    assert reported(diff(build(*base()), build(*edited(both)), only=only)) == expected


def test_only_rejects_an_unknown_kind():
    with pytest.raises(ValueError, match="tables"):
        diff(build(*base()), build(*base()), only=["tables"])


def test_result_keeps_its_shape_under_only():
    result = diff(build(*base()), build(*edited(raise_value)), only=["clauses"])
    assert [k for k in result if k in KINDS] == list(KINDS)


def test_same_inputs_give_byte_identical_output():
    old, new = build(*base()), build(*edited(insert_clause))
    assert gazette_cli.to_json(diff(old, new)) == gazette_cli.to_json(diff(copy.deepcopy(old), copy.deepcopy(new)))


def test_items_carry_path_and_span_on_both_sides():
    item = diff(build(*base()), build(*edited(insert_clause)))["clauses"]["renumbered"][1]
    assert (item["old"]["span"]["start_line"], item["new"]["span"]["start_line"]) != (None, None)
    assert item["old"]["span"] != item["new"]["span"]


# --- the keys --------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        pytest.param("全市公民具备科学素质的比例", "公民具备科学素质比例", id="framing-and-的"),
        pytest.param("一般事项“双随机、一公开”抽查比例（%）", '一般事项"双随机,一公开"抽查比例(%)', id="full-and-half-width"),
        pytest.param("知识产权 质押融资登记金额", "知识产权质押融资登记金额", id="stray-space"),
        pytest.param("万人有效发明专利拥有量", "万人有效发明专利拥有量", id="full-width-digits-none"),
    ],
)
def test_text_key_ignores_wording_noise(a, b):
    assert text_key(a) == text_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        pytest.param("食品安全满意率", "食品安全评价性抽检合格率", id="two-indicators"),
        pytest.param("消费投诉按期办结率", "举报按期核查率", id="two-rates"),
        pytest.param("线下活动", "健康科普专家健康教育活动", id="two-activities"),
    ],
)
def test_different_metrics_are_not_similar(a, b):
    assert similarity(text_key(a), text_key(b)) < 0.6


@pytest.mark.parametrize(
    "a, b",
    [
        pytest.param("科普教育基地数量", "市级以上科普教育基地数量", id="qualifier-added"),
        pytest.param("线下活动", "线下培训活动", id="word-inserted"),
        pytest.param("有效注册商标量预期值", "有效注册商标量", id="qualifier-dropped"),
    ],
)
def test_reworded_metrics_are_similar(a, b):
    assert similarity(text_key(a), text_key(b)) >= 0.6


def test_pair_up_keeps_document_order_for_equal_keys():
    same = lambda o, n: 1.0 if o == n else None  # noqa: E731
    assert pair_up(["场", "场", "%"], ["%", "场", "场"], [same]).pairs == ((0, 1, 0), (1, 2, 0), (2, 0, 0))
