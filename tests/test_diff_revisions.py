"""``gazette diff`` as a 修订前后对照表: real version pairs and revisions made by
hand, each difference reported once, and style never.

The expected differences of the two real pairs (tests/corpus/versions/, see
its README.md) were written by reading the documents side by side; the built
pairs edit real texts the way revisions do (an article deleted and the rest
renumbered, fines raised, a term replaced throughout, headings re-spaced,
brackets changed in width) and were not used to tune the diff.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import gazette_cli
from conftest import ROOT
from gazette_cli.diff.core import diff
from gazette_cli.output.load import load_result

VERSIONS = ROOT / "tests" / "corpus" / "versions"
HOLIDAYS = VERSIONS / "04-guobanfa-jiejiari-anpai-2024-2025"
FESTIVALS = VERSIONS / "05-quanguo-nianjie-fangjia-banfa"
PATENT = ROOT / "tests" / "corpus" / "01_gwy-ling-706-zhuanli-daili-tiaoli.txt"

CN = "〇一二三四五六七八九"


def cn(n: int) -> str:
    """1..99 as a Chinese numeral (一, 十, 十九, 二十, 三十二)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else CN[tens]) + "十" if tens else "") + (CN[ones] if ones else "")


def pair(folder: Path) -> dict:
    return diff(load_result(str(folder / "old.txt"), None, "default"), load_result(str(folder / "new.txt"), None, "default"))


def of_text(old: str, new: str, **kw) -> dict:
    return diff(gazette_cli.to_dict(gazette_cli.parse_text(old)), gazette_cli.to_dict(gazette_cli.parse_text(new)), **kw)


def runs(result: dict) -> list[str]:
    """Each changed clause as ``old path→new path: op old|new; …``."""
    out = []
    for item in result["clauses"]["changed"]:
        parts = [f"{r['op']} {(r['old'] or {}).get('text', '')}|{(r['new'] or {}).get('text', '')}" for r in item["runs"]]
        out.append(f"{item['old']['path']}→{item['new']['path']}: " + "; ".join(parts))
    return out


def numbers(result: dict) -> list[str]:
    return [f"{n['new']['path']}: {n['old']['text']}→{n['new']['text']} ({n['new']['unit']})" for n in result["numbers"]["changed"]]


def terms(result: dict) -> list[str]:
    return [f"{t['old']['text']}→{t['new']['text']} ×{t['count']}" for t in result["terms"]["replaced"]]


def counts(result: dict) -> dict[str, int]:
    return {f"{k}.{c}": n for k, cats in result["summary"].items() if isinstance(cats, dict) for c, n in cats.items() if n}


# --- pair 05: 全国年节及纪念日放假办法, 2013 text → 2024 text ------------------------


@pytest.fixture(scope="module")
def festivals():
    return pair(FESTIVALS)


def test_festivals_every_change_inside_article_two_once(festivals):
    assert [r for r in runs(festivals) if r.startswith("第二条")] == [
        "第二条/(一)→第二条/(一): replace 新年|元旦",
        "第二条/(二)→第二条/(二): replace 3天|4天; insert |除夕、; replace 、初二、|至",
        "第二条/(四)→第二条/(四): replace 1天|2天; insert |、2日",
        "第二条/(七)→第二条/(七): replace 、2日、|至",
    ]


def test_festivals_weekday_wording_is_one_term_not_four_changes(festivals):
    assert (terms(festivals), [r for r in runs(festivals) if r.startswith("第六条")]) == (["星期→周 ×4"], [])


def test_festivals_new_article_seven_is_added_whole_and_old_seven_renumbered(festivals):
    added = festivals["clauses"]["added"]
    assert [(a["new"]["path"], "连续工作一般不超过6天" in a["text"]) for a in added] == [("第七条", True)]
    assert [(r["old"]["path"], r["new"]["path"]) for r in festivals["clauses"]["renumbered"]] == [("第七条", "第八条")]
    assert [(r["old"]["first"], r["new"]["first"], r["shift"], r["count"]) for r in festivals["clauses"]["renumbered_runs"]] == [
        ("第七条", "第八条", 1, 1)]


def test_festivals_numbers_changed_are_the_two_longer_holidays(festivals):
    assert numbers(festivals) == ["第二条/(二): 3天→4天 (天)", "第二条/(四): 1天→2天 (天)"]


def test_festivals_header_gains_the_two_later_revisions(festivals):
    preamble = [r for r in runs(festivals) if r.startswith("preamble")]
    assert len(preamble) == 1 and "insert" in preamble[0] and "第三次修订" in preamble[0] and "第四次修订" in preamble[0]


def test_festivals_header_dates_the_text_by_its_latest_revision(festivals):
    (changed,) = festivals["notices"]["changed"]
    assert changed["changes"] == {"signed_date": {"old": "2007-12-14", "new": "2024-11-10"}}


def test_festivals_nothing_else_is_reported(festivals):
    assert counts(festivals) == {"clauses.added": 1, "clauses.renumbered": 1, "clauses.changed": 5, "notices.changed": 1,
                                 "clauses.renumbered_runs": 1, "targets.added": 1, "numbers.changed": 2, "terms.replaced": 1}


# --- pair 04: 国务院办公厅关于2024年 / 2025年部分节假日安排的通知 ------------------------


@pytest.fixture(scope="module")
def holidays():
    return pair(HOLIDAYS)


def test_holidays_items_six_and_seven_collapse_into_one(holidays):
    merged = holidays["clauses"]["merged"]
    assert [(m["old"]["path"], [w["path"] for w in m["with"]], m["new"]["path"]) for m in merged] == [("七", ["六"], "六")]
    assert (holidays["clauses"]["added"], holidays["clauses"]["removed"], holidays["clauses"]["renumbered"]) == ([], [], [])


def test_holidays_preamble_gains_the_new_principles_and_the_party_centre(holidays):
    preamble = next(i for i in holidays["clauses"]["changed"] if i["old"]["path"] == "preamble")
    inserted = [r["new"]["text"] for r in preamble["runs"] if r["op"] == "insert"]
    assert "党中央、" in inserted
    assert any("全体公民放假的假日增加2天" in t and "合并放假8天" in t for t in inserted)


def test_holidays_the_eve_sentence_is_deleted_once(holidays):
    deleted = [r["old"]["text"] for i in holidays["clauses"]["changed"] for r in i["runs"] if r["op"] == "delete"]
    assert [d for d in deleted if "除夕" in d] == ["鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。"]


def test_holidays_every_changed_date_and_day_count(holidays):
    assert numbers(holidays) == [
        "title: 2024年→2025年 (日期)",
        "preamble: 10月25日→11月12日 (日期)",
        "preamble: 2024年→2025年 (日期)",
        "preamble: 2024年→2025年 (日期)",
        "二: 2月10日→1月28日 (日期)",  # 春节 begins
        "二: 17日→2月4日 (日期)",  # and ends
        "二: 2月4日→1月26日 (日期)",  # the working days
        "二: 2月18日→2月8日 (日期)",
        "四: 4月28日→4月27日 (日期)",  # 劳动节: one working day instead of two
        "五: 6月10日→5月31日 (日期)",  # 端午
        "六: 7日→8日 (日期)",  # 国庆节、中秋节 merged: to 8日, 8 days
        "六: 7天→8天 (天)",
        "六: 9月29日→9月28日 (日期)",
        "六: 10月12日→10月11日 (日期)",
    ]
    # the date of issue is the notice's own, under its signature (no number of 六's text)
    (changed,) = holidays["notices"]["changed"]
    assert changed["changes"]["signed_date"] == {"old": "2023-10-25", "new": "2024-11-12"}


def test_holidays_weekday_notation_is_one_term(holidays):
    assert terms(holidays) == ["星期→周 ×4"]


def test_holidays_changed_clauses_are_exactly_the_edited_items(holidays):
    changed = [f"{i['old']['path']}→{i['new']['path']}" for i in holidays["clauses"]["changed"]]
    assert changed == ["preamble→preamble", "一→一", "二→二", "三→三", "四→四", "五→五", "七→六"]


# --- style is not content ---------------------------------------------------------


def restyle(text: str) -> str:
    """The same regulation as another site prints it: other bracket width,
    full-width digits, re-spaced headings."""
    text = text.replace("(", "（").replace(")", "）").replace("，", ",")
    text = text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return text.replace("第一条 ", "第一条　　")


@pytest.mark.parametrize("folder", [HOLIDAYS, FESTIVALS], ids=["holidays", "festivals"])
@pytest.mark.parametrize("side", ["old.txt", "new.txt"])
def test_style_only_edits_are_no_difference(folder, side):
    text = (folder / side).read_text(encoding="utf-8")
    assert restyle(text) != text
    assert of_text(text, restyle(text))["summary"]["differences"] == 0


def test_strict_shows_what_style_folding_hides():
    # The parse normalizes width and spaces itself; a saved output edited by
    # hand (or by another tool) keeps them, and --strict shows them.
    new = gazette_cli.to_dict(gazette_cli.parse_text((FESTIVALS / "new.txt").read_text(encoding="utf-8")))
    restyled = copy.deepcopy(new)
    article = restyled["notices"][0]["clauses"][1]
    article["text"] = article["text"].replace("全体公民放假的节日：", "全体公民 放假的节日:")
    strict = diff(new, restyled, strict=True)["clauses"]["changed"]
    assert diff(new, restyled)["summary"]["differences"] == 0
    assert [(i["new"]["path"], [(r["op"], r["new"]["text"]) for r in i["runs"]]) for i in strict] == [
        ("第二条", [("insert", " "), ("replace", ":")])]


# --- a revised regulation made by hand from a real one -------------------------------


def renumber_from(text: str, first: int, last: int) -> str:
    """Articles first..last become one lower, the way a revision renumbers."""
    for n in range(first, last + 1):
        text = text.replace(f"\n第{cn(n)}条　", f"\n第{cn(n - 1)}条　", 1)
    return text


@pytest.fixture(scope="module")
def patent():
    old = PATENT.read_text(encoding="utf-8")
    start = old.index("\n第三条　")
    end = old.index("\n第四条　")
    new = old[:start] + old[end:]  # article 3 (two paragraphs) repealed
    new = renumber_from(new, 4, 32)
    new = new.replace("可以处10万元以下的罚款", "可以处20万元以下的罚款").replace("可以处5万元以下的罚款", "可以处10万元以下的罚款")
    new = new.replace("自受理申请之日起20日内", "自受理申请之日起15日内")
    new = new.replace("专利行政部门", "知识产权行政部门")  # a term replaced throughout
    new = new.replace("第一章　总　　则", "第一章　总则")  # a heading re-spaced
    return old, new, of_text(old, new)


def test_repealed_article_is_removed_once_with_its_whole_text(patent):
    old, _, result = patent
    removed = result["clauses"]["removed"]
    assert [(r["old"]["path"], "法律另有规定的除外" in r["text"], "应当按照委托人的委托" in r["text"]) for r in removed] == [
        ("第一章/第三条", True, True)]


def test_renumbering_after_a_repeal_is_one_run(patent):
    _, _, result = patent
    run = result["clauses"]["renumbered_runs"]
    assert [(r["old"]["first"], r["old"]["last"], r["new"]["first"], r["new"]["last"], r["shift"], r["count"]) for r in run] == [
        ("第一章/第四条", "第五章/第三十二条", "第一章/第三条", "第五章/第三十一条", -1, 29)]


def test_raised_fines_and_shorter_time_limit_are_the_numbers_changed(patent):
    _, _, result = patent
    assert [(n["old"]["path"], n["new"]["path"], n["old"]["text"], n["new"]["text"], n["new"]["unit"]) for n in result["numbers"]["changed"]] == [
        ("第二章/第九条", "第二章/第八条", "20日", "15日", "日"),
        ("第四章/第二十五条", "第四章/第二十四条", "10万元", "20万元", "万元"),
        ("第四章/第二十六条", "第四章/第二十五条", "5万元", "10万元", "万元"),
    ]


def test_term_replaced_throughout_is_summarised_once(patent):
    old, _, result = patent
    # every place but the repealed article, which never named it
    assert terms(result) == [f"专利→知识产权 ×{old.count('专利行政部门')}"]
    assert [i["new"]["path"] for i in result["clauses"]["changed"]] == ["第二章/第八条", "第四章/第二十四条", "第四章/第二十五条"]


def test_nothing_else_is_reported_for_the_regulation(patent):
    _, _, result = patent
    assert counts(result) == {"clauses.removed": 1, "clauses.renumbered": 29, "clauses.renumbered_runs": 1,
                              "clauses.changed": 3, "numbers.changed": 3, "terms.replaced": 1,
                              "amounts.changed": 2, "targets.changed": 1}  # 20日内 → 15日内 is a time limit too


# --- the Jinan edits of test_diff_text.py, as text ---------------------------------


@pytest.fixture(scope="module")
def sample():
    from conftest import SAMPLE

    text = SAMPLE.read_text(encoding="utf-8")
    return text, gazette_cli.to_dict(gazette_cli.parse_text(text))


def _edited(sample, edits):
    from test_diff_text import revise

    text, old = sample
    return diff(old, gazette_cli.to_dict(gazette_cli.parse_text(revise(text, edits))))


@pytest.mark.parametrize(
    "edits, expected_runs, expected_numbers",
    [
        pytest.param([("比例达到１８．５％", "比例达到２０％")], ["一/(三)→一/(三): replace 18.5%|20%"],
                     ["一/(三): 18.5%→20% (%)"], id="value-raised"),
        pytest.param([("种２００万元的标准给予一次性奖励", "种３００万元的标准给予一次性奖励")],
                     ["二/(六)→二/(六): replace 200万元|300万元"], ["二/(六): 200万元→300万元 (万元)"], id="amount-raised"),
        pytest.param([("线下活动３０场.(市委宣传部", "线下培训活动３０场.(市委宣传部")],
                     ["二/(四)/1→二/(四)/1: insert |培训"], [], id="metric-reworded"),
        pytest.param([("(三)工作目标.到２０２５年", "(三)工作要求.各单位要认真落实.\n\n(四)工作目标.到２０２５年")], [], [],
                     id="clause-inserted"),
    ],
)
def test_sample_edits_as_text(sample, edits, expected_runs, expected_numbers):
    result = _edited(sample, edits)
    # The runs quote the parse output's text, which is normalized (half-width digits).
    assert (runs(result), numbers(result)) == (expected_runs, expected_numbers)


def test_sample_clause_inserted_renumbers_as_one_run(sample):
    result = _edited(sample, [("(三)工作目标.到２０２５年", "(三)工作要求.各单位要认真落实.\n\n(四)工作目标.到２０２５年")])
    assert [(r["old"]["first"], r["new"]["first"], r["shift"], r["count"]) for r in result["clauses"]["renumbered_runs"]] == [
        ("一/(三)", "一/(四)", 1, 1)]


# --- a letter that holds the notice's own clauses -----------------------------------------

def _parsed(text):
    return gazette_cli.to_dict(gazette_cli.parse_text(text, "x.txt"))


@pytest.mark.parametrize("text, old, new", [
    # a city notice whose 一、 clauses are its letter (no attachment)
    ("济南市人民政府\n关于印发济南市科普规划的通知\n济政发〔2022〕17号\n各区县人民政府：\n"
     "一、发展目标\n到2025年，公民具备科学素质的比例达到18.5%。\n", "18.5%", "19.5%"),
    # 08: a 批复 whose 一、…十四、 are the letter
    ((ROOT / "tests/corpus/08_gh-2018-159-xiongan-guihua-pifu.txt").read_text(encoding="utf-8"), "占比稳定在70%", "占比稳定在75%"),
], ids=["city-notice", "corpus-08"])
def test_a_change_in_a_letter_that_holds_its_clauses_is_reported_once(text, old, new):
    result = diff(_parsed(text), _parsed(text.replace(old, new, 1)))
    changed = [c["old"]["path"] for c in result["clauses"]["changed"]]
    numbers = [n["old"]["path"] for n in result["numbers"]["changed"]]
    assert "letter" not in changed + numbers and len(changed) == len(set(changed)) >= 1
