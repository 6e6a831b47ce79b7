"""Task-division tables (重点任务分工表, 推广清单): one responsibility per row.

In: a notice's tables.  Out: :class:`~gazette_cli.model.Responsibility` items,
one per row that names its units, after the lists of the text.

A table is a task table when its header names a unit column (牵头单位,
配合单位, 责任单位, 指导部门 …).  Each row gives its units by column — lead,
support, or plain member — its task (任务, 改革举措, 主要内容 …) and its
deadline (完成时限).  A one-cell group row (``一、知识产权保护方面（共5项）``)
gives the rows under it its marker as a path part, and a row's 序号 is its
own: ``附件1/一/1``.
"""

from __future__ import annotations

from ..model import ClauseKind, LeadFrom, Notice, Responsibility, Table, TableRow
from ..records import record
from ..structure.docparts import unspaced
from ..structure.markers import match_marker
from .responsibilities import DEADLINE_LABELS, LABEL_ROLES, _names, _names_an_organ, read_list

#: Unit columns of a task table, and the role each gives its units: the
#: labels a list in the text uses (牵头单位, 配合单位, 责任单位 …).
UNIT_COLUMNS = LABEL_ROLES
#: Columns that hold the task itself, best first: what a row requires (具体要求) before the
#: task it serves (工作任务 | 具体要求 | 责任部门, 江门 土地储备中心 政务公开; 池州 信访局 政务公开).
TASK_COLUMNS = ("具体要求", "重点任务", "主要任务", "工作任务", "具体任务", "任务内容", "改革举措", "工作内容", "主要内容", "实事项目", "任务", "举措", "事项", "预期目标", "内容")
#: Columns that hold the deadline: the labels of a list's deadline (完成时限, 时间节点 …).
DEADLINE_COLUMNS = DEADLINE_LABELS
SERIAL_COLUMNS = ("序号", "编号")
#: A column that names each row's group, its marker printed in the cell (类别 | 民生事项名称 | … over 四、教育文化 |
#: 14.改扩建泉山学校…, 招远 2022 民生实事 进展; 大类 heads such a column too, 大类 | 序号 | … in 肇庆 2020's 台账).
GROUP_COLUMNS = ("类别", "大类")


def _column(header: list[str], names) -> int | None:
    for name in names:
        for i, cell in enumerate(header):
            if cell == name:
                return i
    for name in names:
        for i, cell in enumerate(header):
            if name in cell:
                return i
    return None


def _units(cell: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """(units, lead, support) a cell names: a list of names, or one with roles (X牵头，Y配合)."""
    # A unit cell may close with a stop, as a sentence does (谯城区 2025: 区政府有关部门，各乡镇人民政府、街道办事处。)
    cell = cell.strip().rstrip("。；;")
    if not cell:
        return None
    lst = read_list(cell)
    if lst is not None:
        return lst.units, lst.lead, lst.support
    names = _names(cell)
    return (names, (), ()) if names else None


@record
class TaskRow:
    """One row of a task table: its path, its cells, the task and the deadline as printed."""

    path: str | None
    cells: tuple[str, ...]
    task: str
    deadline: str | None
    row: TableRow
    in_column: bool = True  # the task is a task column's cell (not the row's text, for want of one)


def _marked_groups(table: Table) -> int | None:
    """The first column, when it names each row's group by its marker alone, its header silent
    (工作任务 | 具体要求 | 责任部门 over 一、做好财政信息公开。 | 1.积极推进…, 江门 土地储备中心's 政务公开 清单; its
    header names it 类别 in 招远 2022): every row's first cell opens with 一、, 二、 … and one cell after it with 1., 2. …"""
    rows = [r.cells for r in table.rows if len(r.cells) > 2]
    if len(rows) < 2:
        return None
    for cells in rows:
        group = match_marker(cells[0])
        if group is None or group.kind is not ClauseKind.CN or not any((m := match_marker(c)) is not None and m.kind is ClauseKind.NUM for c in cells[1:]):
            return None
    return 0


def task_rows(table: Table) -> tuple[list[str], dict[int, str], list[TaskRow]]:
    """The squeezed header, the unit columns with their roles, and the rows
    (no group row) of a task table; no rows when the header names no unit column."""
    header = [unspaced(c) for c in table.header]
    roles = {i: UNIT_COLUMNS[c] for i, c in enumerate(header) if c in UNIT_COLUMNS}
    if not roles:
        return header, roles, []
    task = _column(header, TASK_COLUMNS)
    deadline = _column(header, DEADLINE_COLUMNS)
    serial = _column(header, SERIAL_COLUMNS)
    grouped = next((i for i, c in enumerate(header) if c in GROUP_COLUMNS), None)
    if grouped is None and serial is None:
        grouped = _marked_groups(table)
    group: str | None = None
    out: list[TaskRow] = []
    for row in table.rows:
        cells = tuple(row.cells)
        if len(cells) == 1:  # a group row: its marker names the rows under it
            marker = match_marker(cells[0])
            group = marker.path_part if marker else None
            continue
        if grouped is not None and grouped < len(cells) and (marker := match_marker(cells[grouped])) is not None:
            group = marker.path_part  # …or a group column's cell
        own = cells[serial].strip() if serial is not None and serial < len(cells) else None
        if serial is None:
            # no 序号: the task cell's own number (1.主动对接…, 沈河区 2024 分解表), or the first cell's after the group
            # column that opens with one (14.改扩建泉山学校…, 招远 2022)
            marked = (task, *range(len(cells))) if task is not None and task < len(cells) else range(len(cells))
            own = next((m.path_part for i in marked if i != grouped and (m := match_marker(cells[i])) is not None), None)
        parts = [p for p in (table.path, group, own) if p]
        out.append(
            TaskRow(
                path="/".join(parts) or None,
                cells=cells,
                task=cells[task] if task is not None and task < len(cells) else row.text,
                deadline=(cells[deadline].strip() or None) if deadline is not None and deadline < len(cells) else None,
                row=row,
                in_column=task is not None and task < len(cells),
            )
        )
    return header, roles, out


#: The last characters of an organ's own section, named alone in its table (办公室, 财务处, 法规科).
_SECTION_ENDS = ("处", "科", "室", "办", "站", "所", "队", "中心")


def _organ_cell(cells: tuple[str, ...], i: int) -> bool:
    """Does cell ``i`` name units, each an organ or a section of one (not 长期推进, a deadline's words)?"""
    found = _units(cells[i]) if i < len(cells) else None
    return found is not None and all(_names_an_organ(n) or n.endswith(_SECTION_ENDS) for n in found[0])


def _shifted(header: list[str], roles: dict[int, str], task: int | None, cells: tuple[str, ...]) -> dict[int, str]:
    """The unit column of a row that lost cells (a page saved its table with the empty
    and merged cells dropped: 2 | 扎实做好疫苗接种… | 疾控处 | 长期推进 | under 序号 | 工作任务 | 细化分工 |
    责任处室 | 完成时限 | 备注, 广东省卫生健康委 2021): the first cell after the task that names
    organs, where the column's own names none (``task``: the task column).  A table with one unit column only."""
    if len(cells) >= len(header) or len(roles) != 1:
        return roles
    ((i, role),) = roles.items()
    if _organ_cell(cells, i):
        return roles
    k = next((k for k in range((task or 0) + 1, len(cells)) if _organ_cell(cells, k)), None)
    return {k: role} if k is not None else roles


def _table_rows(notice: Notice, table: Table) -> list[Responsibility]:
    header, roles, rows = task_rows(table)
    task = _column(header, TASK_COLUMNS) if rows else None
    out: list[Responsibility] = []
    for task_row in rows:
        cells = task_row.cells
        units: list[str] = []
        lead: list[str] = []
        support: list[str] = []
        for i, role in _shifted(header, roles, task, cells).items():
            if i >= len(cells):
                continue
            found = _units(cells[i])
            if found is None:
                continue
            names, stated_lead, stated_support = found
            units.extend(n for n in names if n not in units)
            if role == "lead":
                lead.extend(names)
            elif role == "support":
                support.extend(names)
            else:
                lead.extend(stated_lead)
                support.extend(stated_support)
        if not units:
            continue
        if lead:  # as in a list of the text (see responsibilities._stated): the others support the named lead
            support = [u for u in units if u not in lead]
        out.append(
            Responsibility(
                path=task_row.path,
                units=tuple(units),
                lead=tuple(dict.fromkeys(lead)),
                support=tuple(dict.fromkeys(support)),
                form="/".join(header[i] for i in roles),
                text=task_row.task,
                span=task_row.row.span,
                lead_from=LeadFrom.TEXT if lead else LeadFrom.NONE,
                deadline=task_row.deadline,
            )
        )
    return out


def table_responsibilities(notice: Notice) -> list[Responsibility]:
    """The rows of the notice's task tables that name their units, in table order."""
    out: list[Responsibility] = []
    for table in notice.tables:
        out.extend(_table_rows(notice, table))
    return out
