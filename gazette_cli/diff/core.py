"""What changed between two versions of a gazette issue or plan (``gazette diff``).

:func:`diff` takes two parse outputs (the dicts of :func:`gazette_cli.to_dict`,
or saved outputs read by :func:`gazette_cli.output.load.load_result`) and returns the
documented diff dict (``schemas/gazette-diff.schema.json``).  Working on the
output dicts means that text inputs and saved outputs are compared alike.

How items are matched (the keys survive renumbering and small rewording):

* **Notices** — by doc number; then by identical content (index and spans
  aside), so a notice with neither number nor title is still itself; the rest
  by title similarity (the attached document's title when both have one, else
  the notice title), at least :data:`~gazette_cli.diff.match.SIMILAR`; and
  notices with neither number nor title by the similarity of their text.
  Exact keys are hashed and fuzzy stages compare leftovers near their place
  only (:func:`~gazette_cli.diff.match.pair_up`), so matching stays linear.  Only matched notices are compared
  further: the contents of an added or removed notice are not listed again.
* **Clauses** — by title chain, see :mod:`gazette_cli.diff.clauses`.
* **Targets** — key = (clause, metric, unit): the clause as matched by title
  chain, the metric in :func:`~gazette_cli.diff.match.text_key` form
  (punctuation, spaces and function words ignored; table rows carry their
  indicator name as metric), and the unit.  Stages, best first: same clause +
  same metric key + same unit; same clause + same metric key (unit changed)
  or same unit + similar metric (ratio ≥ 0.6); other clause + same metric key
  + same unit + same values → ``moved``.  A pair whose compared fields differ
  is ``changed``; ``metric`` counts as changed only when its key differs.
* **Responsibilities** — the units of each matched clause (all its lists,
  printed order), compared by key: units added or removed, lead changed.
* **Amounts** — per matched clause, by kind and text similarity: values or
  kind changed, added, removed.
* **Validity** — per matched notice: effective dates changed.

Items inside added or removed *clauses* are still reported (a new clause's
targets are new targets); items of added or removed *notices* are not.

Guarantees: the result depends only on the two inputs (same inputs →
byte-identical output); identical inputs give empty lists everywhere;
quantities are exact (floats from a JSON/YAML file become ``Decimal``).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable

from .clauses import ClauseMap, clause_changes, match_clauses
from .revision import text_changes
from .match import SIMILAR, Aligned, Key, Pairing, pair_up, similarity, text_key

DIFF_SCHEMA_VERSION = "1.2"

# The kinds of change, in output order; ``only`` picks among them.
KINDS: tuple[str, ...] = ("notices", "clauses", "targets", "responsibilities", "amounts", "validity", "numbers", "terms")

CATEGORIES: dict[str, tuple[str, ...]] = {
    "notices": ("changed", "added", "removed"),
    "clauses": ("added", "removed", "renamed", "renumbered", "changed", "merged", "split", "renumbered_runs"),
    "targets": ("changed", "added", "removed", "moved"),
    "responsibilities": ("changed",),
    "amounts": ("changed", "added", "removed"),
    "validity": ("changed",),
    "numbers": ("changed",),
    "terms": ("replaced",),
}

# Categories that summarise items already listed elsewhere: not counted again
# in ``summary.differences``.
SUMMARIES: frozenset[tuple[str, str]] = frozenset({("clauses", "renumbered_runs")})

NOTICE_FIELDS = ("doc_number", "title", "issuer", "doc_type", "signed_date", "printed_date", "normative_code", "attachment_title")
TARGET_FIELDS = ("metric", "value", "value_max", "unit", "comparator", "year", "period", "baseline", "baseline_year", "attribute", "kind", "approx", "hedged", "cumulative")
VALIDITY_FIELDS = ("effective_from", "effective_until")
_NUMERIC = ("value", "value_max", "baseline")


# --- exact values --------------------------------------------------------------


def _exact(value: Any) -> Any:
    """A number as ``int`` or normalized ``Decimal``: a JSON/YAML load gives
    floats, a fresh parse gives Decimals, and both must compare (and print) alike."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else value.normalize()
    return value


def _target(t: dict[str, Any]) -> dict[str, Any]:
    return {k: (_exact(v) if k in _NUMERIC else v) for k, v in t.items()}


def _amount(a: dict[str, Any]) -> dict[str, Any]:
    return {**a, "values_yuan": [_exact(v) for v in a.get("values_yuan") or ()]}


def _same(a: Any, b: Any) -> bool:
    """Equal values; NaN equals NaN here (a value read back from a file must
    equal itself, or a diff of identical inputs would report changes)."""
    if a == b:
        return True
    canon = lambda v: json.dumps(v, sort_keys=True, default=str)  # noqa: E731
    return canon(a) == canon(b)


def _changes(old: dict[str, Any], new: dict[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    out = {}
    for f in fields:
        a, b = old.get(f), new.get(f)
        same = text_key(a) == text_key(b) if f == "metric" else _same(a, b)
        if not same:
            out[f] = {"old": a, "new": b}
    return out


def _line(item: dict[str, Any]) -> tuple[int, str]:
    side = item.get("new") or item.get("old") or {}
    return (side.get("span") or {}).get("start_line") or 0, side.get("path") or ""


# --- notices -------------------------------------------------------------------


def _label(n: dict[str, Any]) -> str:
    return n.get("doc_number") or n.get("title") or n.get("attachment_title") or f"#{n.get('index')}"


def _notice_ref(n: dict[str, Any]) -> dict[str, Any]:
    return {"index": n.get("index"), "doc_number": n.get("doc_number"), "title": n.get("title"), "span": n.get("span")}


@dataclass(frozen=True, slots=True)
class _NoticeKeys:
    """What notice matching compares, computed once per notice."""

    number: str | None
    digest: str
    title: str
    sample: str
    keyless: bool


def _strip_places(value: Any) -> Any:
    """A notice's content without where it stands (index, spans)."""
    if isinstance(value, dict):
        return {k: _strip_places(v) for k, v in value.items() if k not in ("index", "span")}
    if isinstance(value, list):
        return [_strip_places(v) for v in value]
    return value


def _notice_keys(n: dict[str, Any]) -> _NoticeKeys:
    content = json.dumps(_strip_places(n), ensure_ascii=False, sort_keys=True, default=str)
    if n.get("attachment_title"):
        title = text_key(n["attachment_title"])
    else:
        title = text_key(n.get("title"))
    texts = [(n.get("preamble") or {}).get("text") or "", (n.get("letter") or {}).get("text") or ""]
    texts += [c.get("text") or "" for c in n.get("clauses") or ()]
    return _NoticeKeys(
        number=n.get("doc_number") or None,
        digest=hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest(),
        title=title,
        sample=text_key("".join(texts))[:_SAMPLE],
        keyless=not (n.get("doc_number") or n.get("title") or n.get("attachment_title")),
    )


# Keyless notices are compared on the start of their text: enough to tell
# two plans apart, short enough that a comparison stays cheap.
_SAMPLE = 300


def _similar_title(o: _NoticeKeys, n: _NoticeKeys) -> float | None:
    if not (o.title or n.title):
        return None
    score = similarity(o.title, n.title)
    return score if score >= SIMILAR else None


def _similar_content(o: _NoticeKeys, n: _NoticeKeys) -> float | None:
    if not (o.keyless and n.keyless):
        return None
    score = similarity(o.sample, n.sample)
    return score if score >= SIMILAR else None


# Notices pair up by doc number, then by identical content (a notice with
# neither number nor title is still itself), then keyless notices in the same
# place with similar text, then by similar titles, then keyless notices by
# similar text anywhere near; exact keys are hashed, so only the leftovers are
# ever compared.
NOTICE_STAGES = (
    Key(lambda k: k.number),
    Key(lambda k: k.digest),
    Aligned(_similar_content),
    _similar_title,
    _similar_content,
)


def pair_notices(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> Pairing:
    """Which old notice is which new notice (see :data:`NOTICE_STAGES`)."""
    return pair_up([_notice_keys(n) for n in old], [_notice_keys(n) for n in new], NOTICE_STAGES)


# --- per notice pair -----------------------------------------------------------


def _diff_targets(label: str, old: list[dict], new: list[dict], cmap: ClauseMap, out: dict[str, list]) -> None:
    old = [_target(t) for t in old]
    new = [_target(t) for t in new]
    keys_o = [text_key(t.get("metric")) for t in old]
    keys_n = [text_key(t.get("metric")) for t in new]
    values = [f for f in TARGET_FIELDS if f != "metric"]

    def same(i: int, j: int) -> float | None:
        if not (cmap.same_place(old[i].get("path"), new[j].get("path")) and keys_o[i] == keys_n[j]):
            return None
        if old[i].get("unit") != new[j].get("unit"):
            return None
        return 1.5 if not _changes(old[i], new[j], values) else 1.0

    def reworded(i: int, j: int) -> float | None:
        if not cmap.same_place(old[i].get("path"), new[j].get("path")):
            return None
        if keys_o[i] == keys_n[j]:
            return 1.0
        if old[i].get("unit") != new[j].get("unit"):
            return None
        score = similarity(keys_o[i], keys_n[j])
        return score if score >= SIMILAR else None

    def moved(i: int, j: int) -> float | None:
        if keys_o[i] != keys_n[j] or _changes(old[i], new[j], values):
            return None
        return 1.0

    idx_o, idx_n = list(range(len(old))), list(range(len(new)))
    p = pair_up(idx_o, idx_n, [same, reworded, moved])
    for i, j, stage in p.pairs:
        metric = new[j].get("metric") or old[i].get("metric")
        if stage == 2:
            out["moved"].append({"notice": label, "metric": metric, "old": old[i], "new": new[j]})
            continue
        changes = _changes(old[i], new[j], TARGET_FIELDS)
        if changes:
            out["changed"].append({"notice": label, "metric": metric, "old": old[i], "new": new[j], "changes": changes})
    out["removed"].extend({"notice": label, "metric": old[i].get("metric"), "old": old[i], "new": None} for i in p.old_only)
    out["added"].extend({"notice": label, "metric": new[j].get("metric"), "old": None, "new": new[j]} for j in p.new_only)


def _by_clause(items: list[dict]) -> dict[str | None, list[dict]]:
    groups: dict[str | None, list[dict]] = defaultdict(list)
    for item in items:
        groups[item.get("path")].append(item)
    return groups


def _units_of(items: list[dict], titles: dict[str, str]) -> dict[str, Any] | None:
    if not items:
        return None
    units: list[str] = []
    lead: list[str] = []
    for r in items:
        units.extend(u for u in r.get("units") or () if u not in units)
        lead.extend(u for u in r.get("lead") or () if u not in lead)
    first, last = items[0].get("span") or {}, items[-1].get("span") or {}
    path = items[0].get("path")
    span = {**first, "end_line": last.get("end_line", first.get("end_line")), "end_page": last.get("end_page", first.get("end_page"))}
    return {"path": path, "title": titles.get(path) if path else None, "units": units, "lead": lead, "span": span}


def _diff_responsibilities(label: str, old: list[dict], new: list[dict], cmap: ClauseMap, out: dict[str, list]) -> None:
    groups_o, groups_n = _by_clause(old), _by_clause(new)
    pairs: list[tuple[list[dict], list[dict]]] = []
    seen: set[str | None] = set()
    for path, items in groups_o.items():
        found, image = cmap.counterpart(path)
        if found and image in groups_n:
            pairs.append((items, groups_n[image]))
            seen.add(image)
        else:
            pairs.append((items, []))
    pairs += [([], items) for path, items in groups_n.items() if path not in seen]
    for items_o, items_n in pairs:
        a = _units_of(items_o, cmap.old_titles)
        b = _units_of(items_n, cmap.new_titles)
        units_a = a["units"] if a else []
        units_b = b["units"] if b else []
        keys_a = {text_key(u) for u in units_a}
        keys_b = {text_key(u) for u in units_b}
        added = [u for u in units_b if text_key(u) not in keys_a]
        removed = [u for u in units_a if text_key(u) not in keys_b]
        lead_a = [text_key(u) for u in (a["lead"] if a else [])]
        lead_b = [text_key(u) for u in (b["lead"] if b else [])]
        lead = {"old": a["lead"], "new": b["lead"]} if a and b and lead_a != lead_b else None
        if added or removed or lead:
            out["changed"].append(
                {"notice": label, "old": a, "new": b, "units_added": added, "units_removed": removed, "lead": lead}
            )


def _diff_amounts(label: str, old: list[dict], new: list[dict], cmap: ClauseMap, out: dict[str, list]) -> None:
    old = [_amount(a) for a in old]
    new = [_amount(a) for a in new]

    def unchanged(a: dict, b: dict) -> float | None:
        if not _same(a.get("values_yuan"), b.get("values_yuan")) or a.get("kind") != b.get("kind"):
            return None
        # Equal amounts recur in a clause (caps of 600万元 …): the closest wording wins.
        text = similarity(text_key(a.get("text")), text_key(b.get("text")))
        return text + (2.0 if cmap.same_place(a.get("path"), b.get("path")) else 0.0)

    def unchanged_here(a: dict, b: dict) -> float | None:
        return unchanged(a, b) if cmap.same_place(a.get("path"), b.get("path")) else None

    def edited(a: dict, b: dict) -> float | None:
        if not cmap.same_place(a.get("path"), b.get("path")):
            return None
        score = similarity(text_key(a.get("text")), text_key(b.get("text")))
        return score + (1.0 if a.get("kind") == b.get("kind") else 0.0)

    # An amount edited in its clause before an equal amount elsewhere: when two
    # fines are raised (5万元 → 10万元, 10万元 → 20万元) the new 10万元 is the
    # first clause's, not the second's moved.
    p = pair_up(old, new, [unchanged_here, edited, unchanged])
    for i, j, stage in p.pairs:
        if stage == 1:
            changes = _changes(old[i], new[j], ("values_yuan", "kind"))
            out["changed"].append({"notice": label, "old": old[i], "new": new[j], "changes": changes})
    out["removed"].extend({"notice": label, "old": old[i], "new": None} for i in p.old_only)
    out["added"].extend({"notice": label, "old": None, "new": new[j]} for j in p.new_only)


def _diff_validity(label: str, old: dict | None, new: dict | None, out: dict[str, list]) -> None:
    changes = _changes(old or {}, new or {}, VALIDITY_FIELDS)
    if changes:
        out["changed"].append({"notice": label, "old": old, "new": new, "changes": changes})


# --- the whole diff ------------------------------------------------------------


def _source(data: dict[str, Any]) -> dict[str, Any]:
    source = data.get("source") or {}
    return {"name": source.get("name"), "sha256": source.get("sha256")}


def diff(old: dict[str, Any], new: dict[str, Any], only: Iterable[str] | None = None, strict: bool = False) -> dict[str, Any]:
    """Compare two parse outputs; ``only`` limits the kinds compared (a subset
    of :data:`KINDS`; the others come back empty, so the shape never changes).

    Returns ``{"schema_version", "old", "new", "notices", "clauses",
    "targets", "responsibilities", "amounts", "validity", "summary"}``: each
    kind a dict of category → list of items, each item with the ``notice`` it
    belongs to (doc number, else title) and ``old`` / ``new`` records carrying
    ``path`` and ``span`` (``None`` on the side where the item is absent).
    ``strict`` reports style (width, spaces) in texts as changes too.
    Raises :class:`ValueError` for an unknown kind in ``only``.

    >>> empty = {"notices": []}
    >>> diff(empty, empty)["summary"]["differences"]
    0
    """
    kinds = KINDS if only is None else tuple(k for k in KINDS if k in set(only))
    unknown = set(only or ()) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kind(s) of change: {', '.join(sorted(unknown))}")
    result: dict[str, dict[str, list]] = {k: {c: [] for c in CATEGORIES[k]} for k in KINDS}

    old_notices, new_notices = old.get("notices") or [], new.get("notices") or []
    p = pair_notices(old_notices, new_notices)
    ranked = sorted(p.pairs, key=lambda x: (x[1], x[0]))
    for rank, (i, j, _) in enumerate(ranked):
        a, b = old_notices[i], new_notices[j]
        label = _label(b)
        section: dict[str, dict[str, list]] = {k: {c: [] for c in CATEGORIES[k]} for k in KINDS}
        changes = _changes(a, b, NOTICE_FIELDS)
        if changes:
            section["notices"]["changed"].append({"notice": label, "old": _notice_ref(a), "new": _notice_ref(b), "changes": changes})
        cmap = match_clauses(a.get("clauses") or [], b.get("clauses") or [])
        for category, items in clause_changes(cmap).items():
            section["clauses"][category] = [{"notice": label, **item} for item in items]
        text = text_changes(cmap, a, b, strict)
        section["clauses"]["changed"] = [{"notice": label, **item} for item in text["changed"]]
        section["terms"]["replaced"] = [{"notice": label, **item} for item in text["terms"]]
        section["numbers"]["changed"] = [{"notice": label, **item} for item in text["numbers"]]
        _diff_targets(label, a.get("targets") or [], b.get("targets") or [], cmap, section["targets"])
        _diff_responsibilities(label, a.get("responsibilities") or [], b.get("responsibilities") or [], cmap, section["responsibilities"])
        _diff_amounts(label, a.get("amounts") or [], b.get("amounts") or [], cmap, section["amounts"])
        _diff_validity(label, a.get("validity"), b.get("validity"), section["validity"])
        for kind in KINDS:
            for category, items in section[kind].items():
                keep_order = (kind, category) in (("terms", "replaced"), ("numbers", "changed"))
                result[kind][category].extend(items if keep_order else sorted(items, key=_line))
    result["notices"]["removed"] = [{"notice": _label(old_notices[i]), "old": _notice_ref(old_notices[i]), "new": None} for i in p.old_only]
    result["notices"]["added"] = [{"notice": _label(new_notices[j]), "old": None, "new": _notice_ref(new_notices[j])} for j in p.new_only]

    for kind in KINDS:
        if kind not in kinds:
            result[kind] = {c: [] for c in CATEGORIES[kind]}
    counts = {k: {c: len(v) for c, v in result[k].items()} for k in KINDS}
    return {
        "schema_version": DIFF_SCHEMA_VERSION,
        "old": _source(old),
        "new": _source(new),
        **result,
        "summary": {
            **counts,
            "only": list(kinds),
            "differences": sum(n for k, c in counts.items() for cat, n in c.items() if (k, cat) not in SUMMARIES),
        },
    }
