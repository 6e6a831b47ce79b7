"""Extractor — responsible units (责任单位): who carries out each clause.

In: a :class:`~gazette_cli.model.Notice`.  Out: one
:class:`~gazette_cli.model.Responsibility` per unit list, in document order,
for the preamble (``path`` None) and every clause's own text.

The forms read (issue 3, DOMAIN.md):

* a keyword after the names: ``（A、B、C按职责分工负责）``, ``（A、B按职责分工落实）``;
* a label before them: ``（责任单位：A、B）``, also 负责单位 / 主责单位 / 牵头单位 /
  配合单位 / 参与单位 and the 部门 variants, with ``：`` or ``:``; several labels in
  one list (``（牵头单位：X  责任单位：Y）``, ``牵头单位：X；配合单位：Y``), in a
  parenthesis or as a run of text of its own;
* the verbs ``（X牵头，Y配合）``.

Guarantees: ``units`` are in printed order, each name once, with line breaks
and spaces removed (``市卫生健\\n康委`` → ``市卫生健康委``) and never with the
keyword (``市科协按职责分工负责`` → ``市科协``).  ``lead`` is what the text calls
牵头 (``lead_from == "text"``); when the text does not say, the first listed
unit (``lead_from == "first_listed"``: the 18号 text states the convention,
责任单位中列第一位的为牵头组织落实单位).  A parenthesis without a keyword
(``（含医疗器械）``, ``（2021-2035年）``) or with anything but unit names in it
gives nothing.

Aliases: ``…，各区县政府及代管镇、街道的功能区管理机构，以下将…统称各区县政府``
defines ``各区县政府``.  The defining item lists the full name as a unit (not
split at its inner ``、``) and records ``aliases`` = ((alias, full name),);
every later item of the same notice that names the alias records
``resolved`` = ((alias, full name),).  Uses before the definition are left
alone: the text says 以下, "from here on".
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..model import Notice, Passage, PassageKind, Responsibility

# --- vocabularies (longest first) -------------------------------------------

#: Labels before a list, and the role they give its units.
LABEL_ROLES: dict[str, str] = {
    "牵头单位": "lead",
    "牵头部门": "lead",
    "主责单位": "lead",
    "主办单位": "lead",
    "责任单位": "member",
    "责任部门": "member",
    "负责单位": "member",
    "实施单位": "member",
    "配合单位": "support",
    "配合部门": "support",
    "参与单位": "support",
    "协办单位": "support",
    "协同单位": "support",
}
LABELS = tuple(sorted(LABEL_ROLES, key=len, reverse=True))

#: Keywords after a list of names: every name carries the clause.
MEMBER_SUFFIXES = tuple(
    sorted(
        (
            "按职责分工负责",
            "按职责分工落实",
            "按职能分工负责",
            "按职责分工抓好落实",
            "按职责负责",
            "分别负责",
            "共同负责",
            "负责落实",
            "负责",
        ),
        key=len,
        reverse=True,
    )
)
#: Verbs after the names of supporting units in ``X牵头，Y配合``.
SUPPORT_SUFFIXES = tuple(sorted(("配合", "参与", "协同", "协助", "协同配合", "等配合"), key=len, reverse=True))
#: Verbs after the name of the leader.
LEAD_SUFFIXES = tuple(sorted(("牵头", "牵头负责", "牵头落实", "牵头组织"), key=len, reverse=True))

_LABELS_ALT = "|".join(map(regex.escape, LABELS))
_MEMBER_ALT = "|".join(map(regex.escape, MEMBER_SUFFIXES))
_SUPPORT_ALT = "|".join(map(regex.escape, SUPPORT_SUFFIXES))
_LEAD_ALT = "|".join(map(regex.escape, LEAD_SUFFIXES))

# --- patterns -----------------------------------------------------------------

# A parenthesis, with one level of nesting inside (中国（济南）知识产权保护中心).
# Deeper nesting does not occur in unit lists; allowing it made a run of
# unclosed brackets cost quadratic time.
PAREN = regex.compile(
    r"""
    (?P<paren>
      [（(]
      (?:
          [^（）()]++                  # plain text, line breaks included (a list can be cut over lines)
        | [（(] [^（）()]*+ [）)]      # a parenthesis inside a unit name
      )*+
      [）)]
    )
    """,
    regex.VERBOSE,
)

# One label and its colon: 责任单位： / 牵头单位:
LABEL = regex.compile(
    rf"""
    (?P<label>{_LABELS_ALT})   # the label, from LABEL_ROLES
    \s*[:：]\s*                 # full-width or half-width colon
    """,
    regex.VERBOSE,
)

# A labeled list standing in running text rather than in a parenthesis:
# 牵头单位：市科技局；配合单位：市财政局 — runs to the sentence end or line end.
LABELED_RUN = regex.compile(
    rf"""
    (?:{_LABELS_ALT})\s*[:：]   # it starts with a label
    [^。\n（）()]+               # and runs to the sentence or line end
    """,
    regex.VERBOSE,
)

# The keyword closing a list: 市科协按职责分工负责.
MEMBER_TAIL = regex.compile(
    rf"""
    (?:{_MEMBER_ALT})   # 按职责分工负责, 按职责分工落实, …, 负责
    [。]?$              # at the very end of the list
    """,
    regex.VERBOSE,
)

# The last two characters of the keywords of MEMBER_SUFFIXES (负责, 落实): MEMBER_TAIL is anchored at the end.
_MEMBER_ENDINGS = tuple(sorted({s[-2:] for s in MEMBER_SUFFIXES}))

# X牵头，Y配合 (the supporting units are optional: X牵头).
LEAD_SUPPORT = regex.compile(
    rf"""
    ^(?:由)?(?P<lead>[^，,；;]+?)      # the leader(s), up to the verb
    (?:{_LEAD_ALT})                    # 牵头 / 牵头负责 / …
    (?:
        [，,；;、]\s*
        (?P<rest>.+?)                  # the others, up to their verb
        (?P<verb>{_SUPPORT_ALT}|{_MEMBER_ALT})
    )?
    [。]?$
    """,
    regex.VERBOSE,
)

# 以下将X统称Y / 以下简称Y / 以下统称为Y: an alias definition inside a list.
ALIAS = regex.compile(
    r"""
    [，,]\s*以下
    (?:将|把)?(?P<full>[^，,；;]*?)     # what is named (may be left out: 以下简称Y)
    (?:统称|简称)(?:为)?
    (?P<alias>[\p{Han}A-Za-z]{2,20})   # the short name
    $""",
    regex.VERBOSE,
)

# Separators between names: 、 and commas (the alias list uses ，).
NAME_SEPARATOR = regex.compile(r"[、，,；;]")

# A plausible unit name: Han, Latin letters, digits, bracketed parts; no sentence punctuation.
UNIT_NAME = regex.compile(
    r"""
    ^(?:
        [\p{Han}A-Za-z0-9·]                            # ordinary characters of a name
      | [（(][\p{Han}A-Za-z0-9、·]{1,12}[）)]          # 中国（济南）…, 新时代文明实践中心（所、站）
    ){2,60}$
    """,
    regex.VERBOSE,
)

# Words that start a clause of text, not a name: a list never holds them.
NOT_A_NAME = regex.compile(r"(?:^(?:含|包括|不含|其中|对|按|由于|如|即|指|具体|主要)|年$|^[0-9])")


@dataclass(frozen=True, slots=True)
class _List:
    """A unit list as read from one parenthesis or labeled run."""

    units: tuple[str, ...]
    lead: tuple[str, ...]
    support: tuple[str, ...]
    form: str
    lead_from: str
    aliases: tuple[tuple[str, str], ...] = ()


# What _clean takes out of a name (compiled here: it runs for every part of every list).
_WHITESPACE = regex.compile(r"\s+")  # line breaks and spaces inside a name (市卫生健\n康委)


def _clean(name: str) -> str:
    """A name without spaces, line breaks and the 由 / 等 around it (由市科协牵头, 市教育局等)."""
    return _trim(_WHITESPACE.sub("", name))


def _trim(name: str) -> str:
    """A name without white space, without the 由 / 等 around it."""
    # String tests, not patterns: with the white space gone, no line break is left for ``$`` to stop at.
    if name.startswith("由"):
        name = name[1:]
    if name.endswith("等"):
        name = name[:-1]
    return name


def _names(text: str, protected: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """Split a list of names; None when something in it is not a name.

    ``protected`` names (alias definitions) are kept whole even when they
    contain a separator.

    >>> _names("市委宣传部、市教育局、团市委")
    ('市委宣传部', '市教育局', '团市委')
    >>> _names("各区县政府及代管镇、街道的功能区管理机构", ("各区县政府及代管镇、街道的功能区管理机构",))
    ('各区县政府及代管镇、街道的功能区管理机构',)
    >>> _names("含医疗器械") is None
    True
    """
    compact = _clean(text)
    placeholders = {}
    for i, p in enumerate(protected):
        key = f"\u0000{i}\u0000"
        placeholders[key] = p
        compact = compact.replace(_clean(p), key)
    out: list[str] = []
    for part in NAME_SEPARATOR.split(compact):
        # The parts of ``compact`` hold no white space: only 由 and 等 are left to take off.
        part = placeholders[part] if part in placeholders else _trim(part)
        if not part:
            continue
        if part not in placeholders.values() and (not UNIT_NAME.match(part) or NOT_A_NAME.search(part)):
            return None
        if part not in out:
            out.append(part)
    return tuple(out) or None


def _alias(body: str) -> tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Cut an alias definition off the end of a list: (rest, aliases, protected names)."""
    if "以下" not in body:
        return body, (), ()  # a cheap test first: every definition says 以下
    m = ALIAS.search(body)
    if not m:
        return body, (), ()
    rest = body[: m.start()]
    full = _clean(m.group("full"))
    if not full:
        # 以下简称Y with nothing named: Y stands for the last name of the list.
        full = _clean(NAME_SEPARATOR.split(rest)[-1])
    if not full or _clean(rest).find(full) < 0:
        return body, (), ()
    return rest, ((m.group("alias"), full),), (full,)


def _first_listed(units: tuple[str, ...]) -> tuple[str, ...]:
    return units[:1]


def _labeled(body: str) -> _List | None:
    """``责任单位：A、B`` / ``牵头单位：X；配合单位：Y`` / ``牵头单位：X  责任单位：Y``."""
    if "：" not in body and ":" not in body:
        return None  # a cheap test first: every label has its colon, and most bodies have none
    labels = list(LABEL.finditer(body))
    if not labels or body[: labels[0].start()].strip(" \n；;，,"):
        return None
    units: list[str] = []
    lead: list[str] = []
    support: list[str] = []
    aliases: tuple[tuple[str, str], ...] = ()
    forms: list[str] = []
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(body)
        value = body[m.end() : end].strip(" \n；;，,。")
        if value.endswith(_MEMBER_ENDINGS):  # a cheap test first (the value's 。 and line breaks are stripped)
            value = MEMBER_TAIL.sub("", value)
        value, defined, protected = _alias(value)
        aliases += defined
        names = _names(value, protected)
        if names is None:
            return None
        role = LABEL_ROLES[m.group("label")]
        forms.append(m.group("label"))
        units.extend(n for n in names if n not in units)
        if role == "lead":
            lead.extend(names)
        elif role == "support":
            support.extend(names)
    stated = bool(lead)
    return _List(
        units=tuple(units),
        lead=tuple(lead) if stated else _first_listed(tuple(units)),
        support=tuple(support),
        form="/".join(dict.fromkeys(forms)),
        lead_from="text" if stated else "first_listed",
        aliases=aliases,
    )


def _lead_support(body: str) -> _List | None:
    """``X牵头，Y配合`` and ``X牵头``."""
    if "牵" not in body:
        return None  # a cheap test first: every lead verb has 牵头 (which a line break may cut)
    m = LEAD_SUPPORT.match(_clean(body))
    if not m:
        return None
    lead = _names(m.group("lead"))
    if lead is None:
        return None
    others: tuple[str, ...] = ()
    if m.group("rest"):
        others = _names(m.group("rest")) or ()
        if not others:
            return None
    is_support = m.group("verb") in SUPPORT_SUFFIXES
    units = lead + tuple(u for u in others if u not in lead)
    return _List(
        units=units,
        lead=lead,
        support=others if is_support else (),
        form="牵头/配合" if others and is_support else "牵头",
        lead_from="text",
    )


def _member_suffix(body: str) -> _List | None:
    """``A、B、C按职责分工负责``."""
    if "责" not in body and "落" not in body:
        return None  # a cheap test first: every keyword ends in 负责 or 落实 (which a line break may cut)
    compact = _clean(body)
    m = MEMBER_TAIL.search(compact)
    if not m or m.start() == 0:
        return None
    head, aliases, protected = _alias(compact[: m.start()])
    names = _names(head, protected)
    if names is None:
        return None
    keyword = compact[m.start() :].rstrip("。")
    return _List(names, _first_listed(names), (), keyword, "first_listed", aliases)


#: The readers of a list body, tried in order ("check only": None = not this form).
READERS = (_labeled, _lead_support, _member_suffix)


def read_list(body: str) -> _List | None:
    """The unit list in ``body`` (a parenthesis' inside, or a labeled run), if any.

    >>> read_list("市教育局、市科协按职责分工负责").units
    ('市教育局', '市科协')
    >>> r = read_list("牵头单位：市科技局；配合单位：市财政局、市教育局")
    >>> r.lead, r.support
    (('市科技局',), ('市财政局', '市教育局'))
    >>> read_list("含医疗器械") is None
    True
    """
    for reader in READERS:
        found = reader(body)
        if found is not None:
            return found
    return None


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, body) of every parenthesis and then every labeled run outside one."""
    out: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    # Cheap substring tests first: most clause texts have no parenthesis and
    # no colon, and a scan with a pattern costs far more than one for a character.
    if "（" in text or "(" in text:
        for m in PAREN.finditer(text):
            # Only the outermost parenthesis: nested ones are parts of names.
            taken.append((m.start(), m.end()))
            out.append((m.start(), m.end(), m.group()[1:-1]))
    if "：" in text or ":" in text:
        for m in LABELED_RUN.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            out.append((m.start(), m.end(), m.group()))
    return out


def _passages(notice: Notice):
    """The document text of the notice: a cover letter names no units of its own."""
    for section in notice.passages():
        if section.kind is not PassageKind.LETTER:
            yield section.path, section.passage


def _in_passage(path: str | None, passage: Passage, known: dict[str, str]) -> list[Responsibility]:
    """The unit lists of one passage, in text order.

    ``known`` (alias → what it stands for) holds the aliases defined earlier
    in the notice, and is extended with those defined here."""
    found: list[tuple[int, int, _List]] = []
    for start, end, body in _candidates(passage.text):
        lst = read_list(body)
        if lst is not None:
            found.append((start, end, lst))
    found.sort(key=lambda x: x[0])
    out = []
    for start, end, lst in found:
        # The uses of an alias after its definition (see the module docstring),
        # marked here and not by copying the item afterwards.
        resolved = tuple((u, known[u]) for u in lst.units if u in known) if known else ()
        out.append(
            Responsibility(
                path=path,
                units=lst.units,
                lead=lst.lead,
                support=lst.support,
                form=lst.form,
                text=passage.text[start:end],
                span=passage.span_of(start, end),
                aliases=lst.aliases,
                resolved=resolved,
                lead_from=lst.lead_from,
            )
        )
        known.update(lst.aliases)
    return out


def extract(notice: Notice) -> tuple[Responsibility, ...]:
    """Every unit list of the notice, in document order.

    >>> from gazette_cli import parse_text
    >>> doc = parse_text("实施方案\\n一、重点任务\\n（一）加强科普。开展活动。（市委宣传部、市科协按职责分工负责）\\n")
    >>> [(r.path, r.units, r.lead) for r in extract(doc.notices[0])]
    [('一/(一)', ('市委宣传部', '市科协'), ('市委宣传部',))]
    """
    items: list[Responsibility] = []
    known: dict[str, str] = {}
    for path, passage in _passages(notice):
        items.extend(_in_passage(path, passage, known))
    return tuple(items)
