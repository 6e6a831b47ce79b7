"""Which text of a notice states the plan's own commitments, and by when.

Input: a :class:`~gazette_cli.model.Notice` with its outline.  Output:
:class:`Scope` values — the preamble and every clause's own text, each with its
clause path and the deadline year that an enclosing clause sets for it.
Guaranteed: review sections (``“十三五”回顾``, ``发展现状``, ``面临的形势``…)
and everything under them are left out, so history is never read as a target
or an amount.

Deadlines (the ``year`` of a target):

* ``到2025年``, ``至2025年底``, ``2025年前`` in the sentence;
* ``“十四五”期间`` / ``时期`` / ``末`` → the last year of that five-year plan
  (十三五 → 2020, 十四五 → 2025, 十五五 → 2030): the plan period ends then, so
  that is the deadline the text sets;
* inherited: a clause whose own text has a sentence that *starts* with a
  deadline (``（三）发展目标。到2025年，…``) passes that year to its
  sub-clauses (items 1–4 of the goals), unless they state their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Notice, Outline, Passage, PassageKind, Piece
from ..structure.docparts import unspaced
from ..records import record
from ..text.lazy import VERBOSE, lazy
from .indicators import is_indicator_table
from .quantities import SENTENCE_END
from .tasks import task_rows

if TYPE_CHECKING:
    import regex

#: Clause titles of review sections.  A title with a comma is a task
#: (``营造创新协同发展环境，筑牢高质量发展基础``), never a review.
#: 总体情况 opens a report on a year's work (a 政府信息公开工作年度报告, in the form every one follows;
#: 紫阳 2022 督查通报: 确定事项22件，…已办结6件).
_REVIEW_WORDS = ("回顾", "成就", "现状", "形势", "背景", "成效", "成绩单", "成绩", "进展", "执行情况", "完成情况", "工作总结", "总体情况")
REVIEW_TITLE = lazy(
    rf"""
    ^[^，,]{{0,24}}(?:{"|".join(_REVIEW_WORDS)})$   # “十三五”回顾, 发展现状, “十四五”面临的形势, 规划编制背景; 2021年国民经济和社会发展计划执行情况
    | ^(?:发展|现实|工作)基础$                     # 发展基础 (but not 筑牢…基础, a task)
    """,
    VERBOSE,
)

#: The titles of documents that report the past only: a statistical
#: bulletin (济南市2022年国民经济和社会发展统计公报), a year's summary, how a plan was
#: carried out.  Their figures are results, never targets nor policy amounts;
#: a report that also plans (…执行情况与2023年计划（草案）的报告) ends otherwise.
REVIEW_DOCUMENT = lazy(
    r"""
      (?:统计公报|工作总结|执行情况|完成情况|落实情况|履职情况)(?:的(?:报告|通报))?$   # (平政督字〔2020〕18号: …三季度落实情况的通报;
                                                                             # 乐清 2022: 关于2022年3月份河长履职情况的通报)
    | 年度报告$   # a year's report of work done: 城口县卫健委 2020 and 下各镇 2023 政府信息公开工作年度报告, 北城街街道 2025 法治政府建设年度报告
    # 国家统计局's release on a quarter or a year: 前三季度国民经济运行稳中有进、稳中提质 (2016),
    # 上半年国民经济运行总体平稳、稳中有进 (2016): a period, then how the economy went
    | ^(?:20[0-9]{2}年)?(?:前三季度|上半年|[一二三四]季度|1[-—～至][0-9]{1,2}月份?|全年)?
       国民经济(?:运行)?(?:总体|持续|稳中|稳定|平稳|开局|回升|恢复|保持|顶住)
    """,
    VERBOSE,
)


#: The title of a note on how far the work has gone (萧县9月份民生工程进展情况): its text reports,
#: and only the task cells of its tables state what is to be done (绍兴 2020 重点工作一季度进展情况:
#: 内容与要求 | 进展情况 | 责任单位).  Not …进展情况表, a table of the goals and their progress.
PROGRESS_DOCUMENT = lazy(r"进展情况(?:的(?:报告|通报))?$")


def reports_progress(title: str | None) -> bool:
    """Is this the title of a note on how far the work has gone?

    >>> reports_progress("萧县9月份民生工程进展情况"), reports_progress("市政府2020年重点工作（预下达）一季度进展情况表")
    (True, False)
    """
    return bool(title) and PROGRESS_DOCUMENT.search(title) is not None


#: The first two sections of a statistical bulletin, in the order 国家统计局's form prints them and
#: every city's and county's follows (一、综合 / 二、农业): a bulletin saved without its title line is
#: known by them.
_BULLETIN_SECTIONS = ("综合", "农业")


def is_bulletin(outline: Outline) -> bool:
    """Is this the outline of a statistical bulletin (一、综合, 二、农业, …)?"""
    clauses = outline.clauses
    return len(clauses) >= 2 and tuple(unspaced(c.title or "") for c in clauses[:2]) == _BULLETIN_SECTIONS


def reviews_the_past(title: str | None) -> bool:
    """Is this the title of a document that only reports the past?

    >>> reviews_the_past("中华人民共和国2022年国民经济和社会发展统计公报"), reviews_the_past("关于2022年重点工作完成情况的通报")
    (True, True)
    >>> reviews_the_past("关于2022年计划执行情况与2023年计划草案的报告"), reviews_the_past("2023年统计工作要点")
    (False, False)
    >>> reviews_the_past("前三季度国民经济运行稳中有进、稳中提质"), reviews_the_past("关于做好2023年国民经济运行调度工作的通知")
    (True, False)
    >>> reviews_the_past("北城街街道办事处2025年法治政府建设年度报告"), reviews_the_past("2024年度工作计划")
    (True, False)
    """
    return bool(title) and REVIEW_DOCUMENT.search(title) is not None


#: Five-year plans (“十四五”) and the year each one ends.
FIVE_YEAR_PLANS: dict[str, int] = {
    "十一五": 2010,
    "十二五": 2015,
    "十三五": 2020,
    "十四五": 2025,
    "十五五": 2030,
    "十六五": 2035,
}

#: A five-year plan named in quotation marks or without them: “十四五”, "十三五", 十三五.
PLAN_NAME = r'[“"]?(?P<plan>十[一二三四五六])五[”"]?'

DEADLINE = lazy(
    rf"""
      (?:到|至|在|于)[ ]?(?P<year>20[0-9]{{2}})[ ]?年(?![0-9-]|的?基础上)      # 到2025年, 到 2025 年 (spaces kept by normalization); 在2022年的基础上 is a baseline
    | (?P<year_before>20[0-9]{{2}})[ ]?年(?:[0-9]{{1,2}}[ ]?月)?(?:年?(?:底|末))?前   # 2025年前, 2025年底前, 2025年年底前, 2023年6月底前
    | {PLAN_NAME}(?:期间|时期|末|期末)  # “十四五”期间 → 2025 (also "十四五" and 十四五 unquoted)
    """,
    VERBOSE,
)

#: A sentence that opens with a deadline sets it for the list of goals below.
_OPENING_DEADLINE = lazy(r"[ ]?(?:到|至)[ ]?20[0-9]{2}[ ]?年")


def deadline_year(m: regex.Match) -> int:
    if m.group("plan"):
        return FIVE_YEAR_PLANS[m.group("plan") + "五"]
    return int(m.group("year") or m.group("year_before"))


def deadlines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(offset, year)`` of every deadline in ``text[start:end]``.

    >>> deadlines("到2025年，比例达到18.5%")
    [(0, 2025)]
    >>> deadlines("“十四五”期间，全市食品抽检量不低于5份/千人·年")
    [(0, 2025)]
    >>> deadlines('"十三五"期间中国生态状况明显改善'), deadlines("十三五时期")
    ([(0, 2020)], [(0, 2020)])
    >>> deadlines("《全民科学素质行动规划纲要（2021-2035年）》")
    []
    """
    end = len(text) if end is None else end
    return [(m.start(), deadline_year(m)) for m in DEADLINE.finditer(text, start, end)]


def governing_year(text: str) -> int | None:
    """The year of a sentence of ``text`` that opens with a deadline, if any.

    >>> governing_year("发展目标。到2025年，知识产权治理能力显著提高。")
    2025
    >>> governing_year("工作目标。全市公民比例到2025年达到18.5%。") is None
    True
    """
    if "到" not in text and "至" not in text:
        return None  # a cheap test first: an opening deadline starts with one of them
    for s in [0] + [m.end() for m in SENTENCE_END.finditer(text)]:
        m = _OPENING_DEADLINE.match(text, s)
        if m:
            d = DEADLINE.search(text, s, m.end() + 1)
            if d:
                return deadline_year(d)
    return None


#: A heading that names the year its goals are for, perhaps after its clause
#: marker (2025年主要目标, 一、2025年全市经济社会发展主要预期目标, 2035年远景目标): the
#: figures under it that name no deadline of their own are that year's.  A
#: heading that reports (2024年目标任务完成情况) ends otherwise.
YEAR_HEADING = lazy(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、])?[ \u3000]?"
    r"(?P<year>20[0-9]{2})[ ]?年度?[^。，,；;：:！？\n]{0,24}?(?:目标|指标)(?:任务)?[：:]?$"
    # …or the work of the year a report sets out (三、2026年重点工作, 2026年主要任务, 2026年工作安排: the 2026 政府工作报告
    # of five provinces)
    # (…with words between: 二、2025年目标任务和重点工作, 龙游 2025; 二、2023年七个方面主要工作安排, 咸安 2023)
    r"|^(?:[一二三四五六七八九十]{1,3}、)?[ \u3000]?(?P<work>20[0-9]{2})[ ]?年[^。，,；;：:！？\n]{0,10}?(?:重点|主要)?(?:工作|任务)(?:任务|安排|部署)?[：:]?$"
)


def heading_year(title: str | None) -> int | None:
    """The year a goals heading names (:data:`YEAR_HEADING`), else None.

    >>> heading_year("2025年全市经济社会发展主要预期目标"), heading_year("2035年远景目标")
    (2025, 2035)
    >>> heading_year("2024年目标任务完成情况"), heading_year("2025年工作回顾"), heading_year(None)
    (None, None, None)
    >>> heading_year("三、2026年重点工作"), heading_year("2026年工作安排"), heading_year("2026年主要任务")
    (2026, 2026, 2026)
    >>> heading_year("二、2025年目标任务和重点工作"), heading_year("二、2023年七个方面主要工作安排"), heading_year("一、2023年工作总结")
    (2025, 2023, None)
    """
    if not title or "年" not in title:
        return None
    m = YEAR_HEADING.match(title.strip())
    return int(m.group("year") or m.group("work")) if m else None


#: The last words of every title :data:`REVIEW_TITLE` matches (it is anchored at the end).
_REVIEW_ENDINGS = (*_REVIEW_WORDS, "基础")


def is_review(title: str | None) -> bool:
    """Whether a clause title names a review of the past.

    >>> is_review("“十三五”回顾"), is_review("营造创新协同发展环境，筑牢高质量发展基础"), is_review(None)
    (True, False, False)
    >>> is_review("2024年成绩单"), is_review("2025年经济社会发展的主要预期目标")
    (True, False)
    >>> is_review("2021年国民经济和社会发展计划执行情况"), is_review("加强规划实施情况评估")
    (True, False)
    >>> is_review("总体情况"), is_review("总体目标")
    (True, False)
    """
    if not title:
        return False
    title = title.strip()
    # A cheap test first: most titles end with none of the words.
    return title.endswith(_REVIEW_ENDINGS) and REVIEW_TITLE.search(title) is not None


@record
class Scope:
    """A stretch of the notice's own text, with where it stands."""

    path: str | None
    passage: Passage
    inherited_year: int | None
    case: bool = False  # an item of a list of cases (有下列行为之一的): a condition, not a commitment
    table: bool = False  # the text of a table, one row per line
    task: bool = False  # the task cell of a task table's row: it states what is to be done


#: A clause that introduces a list of cases: its items describe situations.
#: …or of the conditions a grant or a licence asks (须符合下列条件; 同时符合以下两个或两个以上条件).
LIST_OF_CASES = lazy(r"(?:下列|以下)[\p{Han}]{0,8}(?:行为|情形|情况|条件)")

#: The title of a clause that sorts events into grades or sets the levels of a response (an 应急预案's
#: 事故的分级, 灾害分级, 特别重大（Ⅰ级）：, 中型地质灾害险情和灾情（Ⅲ级）, 分级响应): its figures (造成30人以上死亡,
#: 直接经济损失1000万元以上) are the criteria of a grade, as a list of cases' are.  Not 分级诊疗 or 一般规定:
#: a grade is at the title's end, or names its event, or its level in Roman numerals.
GRADE_TITLE = lazy(
    r"""
      分级(?:标准)?[:：]?$ | 分级响应
    | [ⅠⅡⅢⅣ]级 | (?<![A-Za-z])(?:I|II|III|IV)级
    | ^(?:特别重大|重大|较大|一般)[\p{Han}]{0,10}?(?:事故|事件|灾害|险情|灾情)(?:灾难)?(?:[（(][^（）()]{1,8}[）)])?[:：]?$
    """,
    VERBOSE,
)

#: A title that names goals, not their year (发展目标, 主要目标, 工作目标, 发展目标。).
GOALS_TITLE = r"[^\n。；;，,！？：:0-9]{0,12}目标[。.]?"
_GOALS_HEADING = lazy(rf"^{GOALS_TITLE}$")


def _line_end(text: str) -> int:
    end = text.find("\n")
    return len(text) if end < 0 else end


#: The title of an attachment that is a blank form (审批表, 通知书, 委托书, 回执).
FORM_TITLE = lazy(r"(?:表|书|单|回执)$")
#: Titles ending like a form that are documents: task-division and indicator tables, plans.
_NOT_FORM = lazy(r"任务|分工|清单|指标|目标|计划|项目|标准|规划|方案")


def is_form(title: str | None) -> bool:
    """Whether an attachment title names a blank form (its figures are fill-in fields and copies).

    >>> [is_form(t) for t in ("举报奖励审批表", "举报奖励通知书", "重点任务分工表", "收费标准", None)]
    [True, True, False, False, False]
    """
    return bool(title) and FORM_TITLE.search(title) is not None and _NOT_FORM.search(title) is None


def _form_prefixes(notice: Notice) -> tuple[str, ...]:
    """Path prefixes of the notice's form attachments (``""``: every path)."""
    return tuple(a.prefix for a in notice.attachments if is_form(a.title))


def scopes(notice: Notice) -> Iterator[Scope]:
    """Every preamble and every clause's own text, in document order (a cover
    letter, review sections and blank forms left out), each with the deadline
    a clause above it sets for it."""
    out: list[Scope] = []
    forms = _form_prefixes(notice)
    cases: set[str] = set()  # paths of clauses that introduce a list of cases
    passes_on: dict[str, int | None] = {}  # clause path → the year it passes to its sub-clauses
    skipped: tuple[str, ...] = ()  # paths of review sections: everything under them is left out
    goals: set[str] = set()  # paths of goals headings that name no year
    grades: set[str] = set()  # paths of clauses that sort events into grades (see GRADE_TITLE)
    letter = _LETTER
    if not notice.attachments and (reviews_the_past(notice.title) or is_bulletin(notice.own)):
        return iter(())
    if reports_progress(notice.title) and not notice.attachments:
        return iter([scope for scope in table_scopes(notice, forms) if scope.task])
    # An attached bulletin or summary is left out whole, as a blank form is ("": the only attachment, every path).
    forms += tuple(a.prefix for a in notice.attachments if reviews_the_past(a.title) or is_bulletin(a.outline))
    for section in notice.passages():
        if section.kind is letter:
            continue
        if forms:
            where = (section.path or "") + "/"
            if any(where.startswith(prefix) for prefix in forms):
                continue
        clause = section.clause
        if clause is None:
            out.append(Scope(section.path, section.passage, None))
            continue
        path = clause.path
        if skipped and path.startswith(skipped):
            continue
        if is_review(clause.title):
            skipped += (path + "/",)
            continue
        parent = path.rpartition("/")[0]
        inherited = passes_on.get(parent) if passes_on else None
        named = heading_year(clause.title)  # 一、2025年主要目标: its own text's year, and its sub-clauses'
        if not (named or inherited) and parent in goals:
            # an item under a goals heading that names no year (一、发展目标 / 1.…到2015年将广州建设成为
            # 国家创新型城市。/ 创新平台建设取得新突破。…): the deadline of its first paragraph is its goals'
            named = next((year for _, year in deadlines(clause.text, 0, _line_end(clause.text))), None)
        graded = parent in grades or GRADE_TITLE.search(clause.title or "") is not None
        out.append(Scope(path, clause.passage, named or inherited, parent in cases or graded))
        if clause.children:
            passes_on[path] = governing_year(clause.text) or named or inherited
            if not named and _GOALS_HEADING.match(clause.title or ""):
                goals.add(path)
            if LIST_OF_CASES.search(clause.text):
                cases.add(path)
            if graded:
                grades.add(path)
    out.extend(table_scopes(notice, forms))
    return iter(out)


def table_scopes(notice: Notice, forms: tuple[str, ...] = ()) -> Iterator[Scope]:
    """The text of every table that is no indicator table, one line per row,
    as a scope of the clause the table stands in.

    Tables printed one cell per line (an evaluation table, a task list) hold
    sentences; an indicator table is read column by column instead
    (:mod:`gazette_cli.extract.indicators`)."""
    for table in notice.tables:
        if is_indicator_table(table) or not table.rows:
            continue
        if forms and any(((table.path or "") + "/").startswith(prefix) for prefix in forms):
            continue
        _, _, tasks = task_rows(table)
        if tasks:
            # A task table: each row's task, under the row's path, its deadline the row's 完成时限.
            for task in tasks:
                year = _CELL_YEAR.search(task.deadline or "")
                passage = Passage(task.task, (Piece(0, task.row.span.start_line, task.row.span.page),))
                yield Scope(task.path, passage, int(year.group(1)) if year else None, table=True, task=task.in_column)
            continue
        rows = [Passage(row.text, (Piece(0, row.span.start_line, row.span.page),)) for row in table.rows]
        yield Scope(table.path, Passage.join(rows), None, table=True)


#: The year of a task table's deadline cell (2023年6月底前).
_CELL_YEAR = lazy(r"((?:19|20)[0-9]{2})[ ]?年")


_LETTER = PassageKind.LETTER
