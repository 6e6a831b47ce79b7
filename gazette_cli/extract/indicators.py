"""Indicator tables (``序号 指标名称 2020年实现数 2025年目标数 属性``) as targets.

Input: a :class:`~gazette_cli.model.Notice` whose tables the layout stage has
read (the header repeated after a page break is already dropped).  Output: one
:class:`Target` per row with a readable target value, ``source="table"``:
``value`` from the target column, ``baseline`` from the 实现数/基期 column,
``unit`` from the name's parenthesis (``（%）``) or from the cell itself
(``7%``), ``attribute`` 预期性/约束性, ``year`` from the target column's
header (``2025年目标数``).  A row whose target cell holds no number
(``—``, ``显著提升``) gives no target.

A plan's table (``类别 指标 2020年 2025年 年均增长 属性``) has a base year and
a target year as its columns, the later one the target's, and a 年均 column:
its figure is a yearly growth (``地区生产总值增长 6左右``), a yearly level
(``城镇调查失业率 <5.5``), or in 〔〕 a change over the plan's years
(``单位GDP能源消耗降低 〔13.5〕`` → −13.5%, ``常住人口城镇化率 〔5〕`` → 5个百分点).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from ..model import Notice, Table, TableRow, Target
from ..text.lazy import VERBOSE, lazy

if TYPE_CHECKING:
    import regex

#: Header words of each column, tried in order; the first header cell that matches wins.
COLUMNS: dict[str, regex.Pattern] = {
    # (项目名称 | 目标任务 | 1-8月实际完成情况: a progress table of 民生实事, 岳阳楼区 2019)
    "metric": lazy(r"指标名称|指标内容|^指标$|^名称$|^项目名称$"),
    "value": lazy(r"目标|规划值|预期值|^[0-9]{4}年$"),
    # (…完成情况 and 完成率 report progress: no baseline)
    # (2010年实绩: a plan's table of the year before, 镇江 2011)
    "baseline": lazy(r"实现|实绩|基期|现状|基数|基准|完成(?!情况|率)"),
    "attribute": lazy(r"属性|性质"),
    "unit": lazy(r"^(?:计量)?单位$"),
    # a rate over the plan's years beside its level (类别 指标 2020年 2025年 年均增长 属性)
    # (…年均增长…; 年均/累计, the national plan's)
    # (…年均增长…; 年均/累计, the national 十四五 plan's; 年均增长〔累计〕, the 十三五 plan's)
    "growth": lazy(r"^(?:年均|年平均)(?:增长|增速|增幅)?(?:率)?(?:[/／（(〔［\[]累计[）)〕］\]]?)?(?:[（(].{0,4}[）)])?$"),
}
#: A header that is a year alone (2020年, 2025年（目标）): of two such, the later is the target.
YEAR_ONLY = lazy(r"^(?P<year>20[0-9]{2})[ ]?年(?:[（(][^（）()]{0,6}[）)])?$")

#: A target or baseline cell: an optional comparator, a number or range, an optional unit and suffix.
CELL = lazy(
    r"""
    ^(?P<cmp>≥|≤|>|<|＞|＜|不低于|不少于|不超过|低于|超过)?   # ≥90, 不低于90
    [ ]?(?P<num>[0-9]{1,9}(?:\.[0-9]{1,6})?)
    (?:[ ]?[-—–~～至][ ]?(?P<num2>[0-9]{1,9}(?:\.[0-9]{1,6})?))?  # 8-10
    [ ]?(?P<unit>%|‰|(?:(?!以上|以下|以内|左右)\p{Han}){1,3})?  # 7%, 16件 (6左右: no unit)
    (?P<suffix>以上|以下|以内|左右)?
    [*＊]?$                                                   # 60.6*: a figure with a note
    """,
    VERBOSE,
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
        if i not in skip and COLUMNS[key].search("".join(cell.split())):  # 指 标: a header letter-spaced to its column
            return i
    return None


def _columns(header: tuple[str, ...]) -> dict[str, int | None]:
    cols: dict[str, int | None] = {}
    used: set[int] = set()
    for key in ("metric", "attribute", "unit", "growth", "value", "baseline"):
        i = _column(header, key, used)
        cols[key] = i
        if i is not None:
            used.add(i)
    years = [i for i, cell in enumerate(header) if YEAR_ONLY.match(cell)]
    if len(years) >= 2 and cols["value"] in years:
        # 2020年 | 2025年: the base year and the target year, whatever their order
        by_year = sorted(years, key=lambda i: YEAR_ONLY.match(header[i]).group("year"))
        cols["value"] = by_year[-1]
        if cols["baseline"] is None or cols["baseline"] in years:
            cols["baseline"] = by_year[0]
    return cols


def _target_columns(header: tuple[str, ...], cols: dict[str, int | None]) -> list[int]:
    """The target columns, in year order: the value column, and before it every
    other column of a year alone after the baseline's (2022年 | 2025年 | 2027年:
    a goal for 2025 on the way to 2027's, 绥宁 2025 目标责任清单)."""
    value, base = cols["value"], cols["baseline"]
    if value is None or not YEAR_ONLY.match(header[value]) or base is None or not YEAR_ONLY.match(header[base]):
        return [] if value is None else [value]
    first = YEAR_ONLY.match(header[base]).group("year")
    between = [i for i, cell in enumerate(header) if i not in (value, base) and (m := YEAR_ONLY.match(cell)) and m.group("year") > first]
    return sorted(between, key=lambda i: YEAR_ONLY.match(header[i]).group("year")) + [value]


def _cell(row: TableRow, i: int | None) -> str:
    return row.cells[i].strip() if i is not None and i < len(row.cells) else ""


def read_cell(cell: str) -> regex.Match | None:
    """A numeric cell, or None.

    >>> read_cell("7%").group("num", "unit")
    ('7', '%')
    >>> read_cell("—") is None
    True
    >>> read_cell("6左右").group("num", "unit", "suffix"), read_cell("16件以上").group("unit", "suffix")
    (('6', None, '左右'), ('件', '以上'))
    """
    return CELL.match(cell)


#: A cell in tortoise-shell brackets holds a total over the plan's years (〔5〕: five years' change).
CUMULATIVE_CELL = lazy(r"^[〔［\[](?P<inner>[^〔〕［］\[\]]+)[〕］\]]$")
#: An indicator named as a fall (单位GDP能源消耗降低): its change is a minus.
_FALL = lazy(r"(?:降低|下降|减少)$")
#: An indicator named as a growth (地区生产总值增长, 研发经费投入增长).
_GROWS = lazy(r"增长|增速|增幅")
#: An indicator that is a share or a rate: its change in % is in percentage points.
_RATE = lazy(r"(?:率|比重|比例|占比)$")


def _row_target(table: Table, row: TableRow, cols: dict[str, int | None], year: int | None) -> Target | None:
    value = read_cell(_cell(row, cols["value"]))
    if value is None:
        return None
    metric, unit = _name(row, cols)
    base = read_cell(_cell(row, cols["baseline"]))
    value_max, comparator, approx = _bound(value)
    return Target(
        path=table.path,
        text=row.text,
        metric=metric,
        value=Decimal(value.group("num")),
        value_max=value_max,
        unit=value.group("unit") or unit,
        comparator=comparator,
        year=year,
        period=None,
        baseline=Decimal(base.group("num")) if base else None,
        attribute=_attribute(row, cols),
        source="table",
        span=row.span,
        approx=approx,
    )


def _bound(value: regex.Match) -> tuple[Decimal | None, str, bool]:
    """What a :data:`CELL` says besides its number: the range's end, the
    comparator (its word, its suffix, or ``range``) and whether it is approximate."""
    word = value.group("cmp") or value.group("suffix")
    value_max = Decimal(value.group("num2")) if value.group("num2") else None
    return value_max, "range" if value_max is not None else CELL_COMPARATORS.get(word or "", "="), word == "左右"


def _growth_target(table: Table, row: TableRow, cols: dict[str, int | None], year: int | None, base_year: int | None) -> Target | None:
    """The row's figure in the 年均增长 column: a yearly growth (地区生产总值增长 6左右),
    or, in 〔〕, the change over the plan's years (常住人口城镇化率 〔5〕: five
    percentage points; 单位GDP能源消耗降低 〔13.5〕: −13.5%)."""
    cell = _cell(row, cols["growth"])
    total = CUMULATIVE_CELL.match(cell)
    value = read_cell(total.group("inner").strip() if total else cell)
    if value is None:
        return None
    metric, unit = _name(row, cols)
    unit = value.group("unit") or unit
    fall = _FALL.search(metric) is not None
    number = Decimal(value.group("num"))
    value_max, comparator, approx = _bound(value)
    # a change over the years, a fall, a growth; else a level to hold each year (城镇调查失业率 <5.5)
    kind = "change" if total or fall else "growth" if _GROWS.search(metric) else "level"
    if kind == "change" and unit == "%" and _RATE.search(metric):
        unit = "个百分点"
    return Target(
        path=table.path,
        text=row.text,
        metric=metric,
        value=-number if fall else number,
        value_max=value_max,
        unit=unit,
        comparator=comparator,
        year=year,
        period=None if total else "annual",
        baseline=None,
        attribute=_attribute(row, cols),
        source="table",
        span=row.span,
        kind=kind,
        approx=approx,
        cumulative=total is not None,
        baseline_year=None if kind == "level" else base_year,
    )


#: The number a plan's table prints before an indicator's name (1.国内生产总值（GDP）增长（%）,
#: the national 十四五 plan's; （1）国内生产总值, the 十三五 plan's): no part of the name.
_ITEM_NUMBER = lazy(r"^(?:[0-9]{1,2}[.．、]|[（(][0-9]{1,2}[）)])[ \u3000]*(?=\p{Han})")


def _name(row: TableRow, cols: dict[str, int | None]) -> tuple[str, str | None]:
    """The indicator's name and its unit (from the unit column, or printed after the name: 抽查比例（%）)."""
    name = _ITEM_NUMBER.sub("", _cell(row, cols["metric"]))
    name_unit = NAME_UNIT.search(name)
    metric = name[: name_unit.start()].strip() if name_unit else name
    return metric, _cell(row, cols["unit"]) or (name_unit.group("unit") if name_unit else None)


def _attribute(row: TableRow, cols: dict[str, int | None]) -> str | None:
    attribute = _cell(row, cols["attribute"])
    return attribute if attribute in ATTRIBUTES else None


#: A first column that groups the rows (its cell merged over the rows of a group).
_GROUP_COLUMN = lazy(r"类别|类型|分类|领域|方面|一级指标")


def is_indicator_table(table: Table) -> bool:
    """Whether the table's header names an indicator column and a target column."""
    cols = _columns(table.header)
    return cols["value"] is not None and cols["metric"] is not None


def table_targets(table: Table) -> tuple[Target, ...]:
    """One target per row of an indicator table (none when it has no target column)."""
    cols = _columns(table.header)
    if cols["value"] is None or cols["metric"] is None:
        return ()
    b = _YEAR.search(table.header[cols["baseline"]]) if cols["baseline"] is not None else None
    base_year = int(b.group("year")) if b else None
    out: list[Target] = []
    columns = _target_columns(table.header, cols)
    years = {i: int(y.group("year")) if (y := _YEAR.search(table.header[i])) else None for i in columns}
    grouped = _GROUP_COLUMN.fullmatch("".join(table.header[0].split())) is not None if table.header else False
    for row in table.rows:
        if grouped and len(row.cells) == len(table.header) - 1:
            # 类别 | 序号 | 指标名称 …: a row under a merged 类别 cell, printed without it (达州 林业“十四五”规划)
            row = replace(row, cells=("", *row.cells))
        for i in columns:
            out += [t for t in (_row_target(table, row, {**cols, "value": i}, years[i]),) if t is not None]
        growth = _growth_target(table, row, cols, years[cols["value"]], base_year) if cols["growth"] is not None else None
        out += [growth] if growth is not None else []
    return tuple(out)


def targets(notice: Notice) -> tuple[Target, ...]:
    """The targets of every indicator table of the notice, in table and row order."""
    return tuple(t for table in notice.tables for t in table_targets(table))
