"""How ``gazette diff`` pairs notices: identical inputs always match, notices
without a doc number or a title included, and the pairing never compares every
old notice with every new one (speed is measured by ``python -m gazette_cli.bench``;
here the number of comparisons is counted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest

from conftest import ROOT
from gazette_cli.diff.core import NOTICE_STAGES, diff, pair_notices
from gazette_cli.diff.match import BLOCK, Key

KEYLESS_PLAN = """\
一、总体要求

（一）指导思想。坚持以人民为中心，推动全民健身和全民健康深度融合。

（二）发展目标。到２０２５年，经常参加体育锻炼人数比例达到４０％。

二、主要任务

（一）完善健身设施。每年新建体育公园５个。
"""

HANZI = "健身设施体育公园赛事活动场馆开放资金保障组织领导科普教育基地人才队伍"


def gazette(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "gazette_cli", *args], capture_output=True, text=True, env=env, timeout=120)


def keyless(i: int, edit: str = "") -> dict:
    """A notice with neither doc number nor title; its text tells it from the others."""
    words = "".join(HANZI[(i * 7 + k * 3) % len(HANZI)] for k in range(12))
    text = f"第{i}项任务：{words}。每年开展活动{i + 5}场{edit}。"
    return {"index": i + 1, "doc_number": None, "title": None, "attachment_title": None,
            "clauses": [{"path": "一", "number": 1, "title": "", "text": text, "span": {"start_line": i}, "children": []}]}


def test_a_plan_without_number_or_title_equals_itself(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(KEYLESS_PLAN, encoding="utf-8")
    result = gazette("diff", str(plan), str(plan))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "No differences.\n")


def test_a_plan_without_number_or_title_equals_its_saved_output(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(KEYLESS_PLAN, encoding="utf-8")
    (tmp_path / "plan.json").write_text(gazette("parse", str(plan), "-f", "json").stdout, encoding="utf-8")
    assert gazette("diff", str(tmp_path / "plan.json"), str(plan)).returncode == 0


def test_a_saved_nan_never_makes_a_notice_differ_from_itself():
    notice = keyless(1)
    notice["targets"] = [{"path": "一", "metric": "活动", "value": Decimal("NaN"), "unit": "场", "span": {"start_line": 1}}]
    notice["amounts"] = [{"path": "一", "text": "奖励", "values_yuan": [float("nan")], "kind": "reward", "span": {}}]
    data = {"notices": [notice]}
    assert diff(data, json.loads(json.dumps(data, default=str)))["summary"]["differences"] == 0


def test_keyless_notices_pair_with_themselves_after_a_reorder():
    old = [keyless(i) for i in range(30)]
    new = list(reversed(old))
    p = pair_notices(old, new)
    assert ([(i, j) for i, j, _ in p.pairs], p.old_only, p.new_only) == ([(i, 29 - i) for i in range(30)], (), ())


@pytest.mark.parametrize("count", [200, 400, 800])
def test_identical_keyless_notices_pair_by_hash_without_comparisons(count):
    notices = [keyless(i) for i in range(count)]
    p = pair_notices(notices, [dict(n) for n in notices])
    assert (len(p.pairs), p.comparisons) == (count, 0)


@pytest.mark.parametrize("count", [200, 400, 800])
def test_edited_keyless_notices_in_place_take_one_comparison_each(count):
    old = [keyless(i) for i in range(count)]
    new = [keyless(i, edit="，加强宣传") for i in range(count)]
    p = pair_notices(old, new)
    assert ([(i, j) for i, j, _ in p.pairs] == [(i, i) for i in range(count)], p.comparisons) == (True, count)


@pytest.mark.parametrize("count", [200, 400])
def test_edited_and_reordered_keyless_notices_are_compared_in_blocks(count):
    old = [keyless(i) for i in range(count)]
    new = [keyless(i, edit="，加强宣传") for i in range(count)]
    for k in range(0, count - 1, 2):  # neighbours swap places: no notice stays where it was
        new[k], new[k + 1] = new[k + 1], new[k]
    p = pair_notices(old, new)
    scoring = sum(1 for s in NOTICE_STAGES if not isinstance(s, Key))
    bound = count * (2 * BLOCK + 1) * scoring
    assert (sorted((i, j ^ 1) for i, j, _ in p.pairs) == [(i, i) for i in range(count)], p.comparisons <= bound) == (True, True)
    assert bound < count * count * scoring  # below all pairs for these sizes
