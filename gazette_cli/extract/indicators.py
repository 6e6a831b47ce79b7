"""Indicator tables (``序号 指标名称 2020年实现数 2025年目标数 属性``) as targets.

Input: a :class:`~gazette_cli.model.Notice` whose tables the layout stage has
read (the header repeated after a page break is already dropped).  Output: one
:class:`Target` per row with a readable target value, ``source="table"``:
``value`` from the target column, ``baseline`` from the 实现数/基期 column,
``unit`` from the name's parenthesis (``（%）``) or from the cell itself
(``7%``), ``attribute`` 预期性/约束性, ``year`` from the target column's
header (``2025年目标数``).  A row whose target cell holds no number
(``—``, ``显著提升``) gives no target.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from ..model import Notice, Table, TableRow, Target
from ..text.lazy import lazy

#: Header words of each column, tried in order; the first header cell that matches wins.
COLUMNS: dict[str, regex.Pattern] = {
    "metric": lazy(r"指标名称|指标内容|^指标$|^名称$"),
    "value": lazy(r"目标|规划值|预期值|^[0-9]{4}年$"),
    "baseline": lazy(r"实现|基期|现状|基数|基准|完成"),
    "attribute": lazy(r"属性|性质"),
    "unit": lazy(r"^(?:计量)?单位$"),
}

#: A target or baseline cell: an optional comparator, a number or range, an optional unit and suffix.
CELL = lazy(
    r"""
    ^(?P<cmp>≥|≤|>|<|＞|＜|不低于|不少于|不超过|低于|超过)?   # ≥90, 不低于90
    [ ]?(?P<num>[0-9]{1,9}(?:\.[0-9]{1,6})?)
    (?:[ ]?[-—–~～至][ ]?(?P<num2>[0-9]{1,9}(?:\.[0-9]{1,6})?))?  # 8-10
    [ ]?(?P<unit>%|‰|[\p{Han}]{1,3})?                        # 7%, 16件
    (?P<suffix>以上|以下|以内|左右)?$
    """,
    regex.VERBOSE,
)

#: The unit printed after an indicator's name: 抽查比例（%）, 拥有量（件）.
NAME_UNIT = lazy(r"[（(](?P<unit>%|‰|[\p{Han}/·]{1,6})[）)]$")

CELL_COMPARATORS: dict[str, str] = {
    "≥": ">=", "不低于": ">=", "不少于": ">=", "以上": ">=",
    "≤": "<=", "不超过": "<=", "以下": "<=", "以内": "<=",
    ">": ">", "＞": ">", "超过": ">",
    "<": "<", "＜": "<", "低于": "<",
    "左右": "=",
}

ATTRIBUTES = ("预期性", "约束性")

_YEAR = lazy(r"(?P<year>[0-9]{4})[ ]?年")


def _column(header: tuple[str, ...], key: str, skip: set[int]) -> int | None:
    for i, cell in enumerate(header):
        if i not in skip and COLUMNS[key].search(cell):
            return i
    return None


def _columns(header: tuple[str, ...]) -> dict[str, int | None]:
    cols: dict[str, int | None] = {}
    used: set[int] = set()
    for key in ("metric", "attribute", "unit", "value", "baseline"):
        i = _column(header, key, used)
        cols[key] = i
        if i is not None:
            used.add(i)
    return cols


def _cell(row: TableRow, i: int | None) -> str:
    return row.cells[i].strip() if i is not None and i < len(row.cells) else ""


def read_cell(cell: str) -> regex.Match | None:
    """A numeric cell, or None.

    >>> read_cell("7%").group("num", "unit")
    ('7', '%')
    >>> read_cell("—") is None
    True
    """
    return CELL.match(cell)


def _row_target(table: Table, row: TableRow, cols: dict[str, int | None], year: int | None) -> Target | None:
    value = read_cell(_cell(row, cols["value"]))
    if value is None:
        return None
    name = _cell(row, cols["metric"])
    name_unit = NAME_UNIT.search(name)
    metric = name[: name_unit.start()].strip() if name_unit else name
    unit = value.group("unit") or _cell(row, cols["unit"]) or (name_unit.group("unit") if name_unit else None)
    base = read_cell(_cell(row, cols["baseline"]))
    attribute = _cell(row, cols["attribute"])
    word = value.group("cmp") or value.group("suffix")
    return Target(
        path=table.path,
        text=row.text,
        metric=metric,
        value=Decimal(value.group("num")),
        value_max=Decimal(value.group("num2")) if value.group("num2") else None,
        unit=unit or None,
        comparator="range" if value.group("num2") else CELL_COMPARATORS.get(word or "", "="),
        year=year,
        period=None,
        baseline=Decimal(base.group("num")) if base else None,
        attribute=attribute if attribute in ATTRIBUTES else None,
        source="table",
        span=row.span,
        approx=word == "左右",
    )


def is_indicator_table(table: Table) -> bool:
    """Whether the table's header names an indicator column and a target column."""
    cols = _columns(table.header)
    return cols["value"] is not None and cols["metric"] is not None


def table_targets(table: Table) -> tuple[Target, ...]:
    """One target per row of an indicator table (none when it has no target column)."""
    cols = _columns(table.header)
    if cols["value"] is None or cols["metric"] is None:
        return ()
    y = _YEAR.search(table.header[cols["value"]])
    year = int(y.group("year")) if y else None
    found = (_row_target(table, row, cols, year) for row in table.rows)
    return tuple(t for t in found if t is not None)


def targets(notice: Notice) -> tuple[Target, ...]:
    """The targets of every indicator table of the notice, in table and row order."""
    return tuple(t for table in notice.tables for t in table_targets(table))
