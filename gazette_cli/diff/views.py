"""The 修订前后对照表: a diff as people read a revision, in HTML and Markdown.

Input is the dict of :func:`gazette_cli.diff.core.diff`; output is text.

* :func:`to_html` — one self-contained page (no external assets, no script):
  a summary at the top (counts, renumbering, numbers changed, terms replaced),
  then the table 修订前 | 修订后, one row per changed, added, removed, merged
  or split clause, deletions struck through and insertions underlined.  It
  prints on A4 and stacks the two columns on a narrow screen.
* :func:`to_markdown` — the same summary and table in Markdown
  (``~~deleted~~``, ``<ins>inserted</ins>``).
* :func:`summary_lines` and :func:`marked` serve the terminal view too.

Guarantees: every text comes from the diff (nothing is re-read); the same diff
gives byte-identical output.
"""

from __future__ import annotations

import html
from typing import Any, Callable

import regex

_ORDINAL = regex.compile(r"^(?P<pre>.*?)第(?P<n>[^第]+?)(?P<kind>[编篇章节条款项])$")


def marked(text: str, runs: list[dict[str, Any]], side: str, wrap: Callable[[str], str], escape: Callable[[str], str] = lambda t: t) -> str:
    """``text`` with the stretches of ``runs`` on ``side`` ("old" or "new")
    passed through ``wrap``; everything else through ``escape``."""
    out, at = [], 0
    for r in sorted((r[side] for r in runs if r.get(side)), key=lambda s: (s["start"], s["end"])):
        if r["start"] < at:
            continue
        out.append(escape(text[at:r["start"]]))
        out.append(wrap(escape(text[r["start"]:r["end"]])))
        at = r["end"]
    out.append(escape(text[at:]))
    return "".join(out)


def _span_label(first: str, last: str) -> str:
    if first == last:
        return first
    a, b = _ORDINAL.match(first), _ORDINAL.match(last)
    if a and b and a["pre"] == b["pre"] and a["kind"] == b["kind"]:
        return f"{a['pre']}第{a['n']}–{b['n']}{a['kind']}"
    return f"{first}–{last}"


def run_label(item: dict[str, Any]) -> str:
    """``第十九–三十三条 → 第十八–三十二条`` for one renumbering run."""
    old, new = item["old"], item["new"]
    return f"{_span_label(old['first'], old['last'])} → {_span_label(new['first'], new['last'])}"


def _value(n: dict[str, Any]) -> str:
    return n.get("text") or str(n.get("value"))


def _counts(result: dict[str, Any]) -> list[str]:
    out = []
    for kind, cats in result["summary"].items():
        if isinstance(cats, dict):
            parts = [f"{n} {c}" for c, n in cats.items() if n and c != "renumbered_runs"]
            if parts:
                out.append(f"{kind}: {', '.join(parts)}")
    return out


def in_order(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: (r.get("span") or {}).get("start_line") or 0)


def summary_lines(result: dict[str, Any]) -> list[str]:
    """The summary of a diff as plain lines: counts, renumbering runs, merges
    and splits, numbers changed, terms replaced throughout."""
    lines = [f"{result['summary']['differences']} differences"]
    lines += ["  " + c for c in _counts(result)]
    runs = result["clauses"]["renumbered_runs"]
    if runs:
        lines.append("renumbered:")
        lines += [f"  {run_label(r)} ({r['count']} clause{'s' if r['count'] > 1 else ''})" for r in runs]
    for category, verb in (("merged", "merged into"), ("split", "split into")):
        for item in result["clauses"][category]:
            if category == "merged":
                olds = "、".join(r["path"] for r in in_order([item["old"], *item["with"]]))
                lines.append(f"{olds} {verb} {item['new']['path']}")
            else:
                news = "、".join(r["path"] for r in in_order([item["new"], *item["with"]]))
                lines.append(f"{item['old']['path']} {verb} {news}")
    numbers = result["numbers"]["changed"]
    if numbers:
        lines.append("numbers changed:")
        lines += [f"  {_value(n['old'])} → {_value(n['new'])}  ({n['new']['path']})" for n in numbers]
    terms = result["terms"]["replaced"]
    if terms:
        lines.append("terms replaced throughout:")
        lines += [f"  {t['old']['text']} → {t['new']['text']} ×{t['count']}" for t in terms]
    return lines


# --- the rows of the 对照表 -------------------------------------------------------


def _rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per clause that changed, in document order: ``label``,
    ``old`` / ``new`` as lists of ``(text, runs)`` parts, and ``note``."""
    clauses = result["clauses"]
    joined: dict[tuple[str, str], tuple[str, list[dict]]] = {}
    for item in clauses["merged"]:
        joined[(item["notice"], item["new"]["path"])] = ("merged", item["with"])
    rows = []

    def place(rec: dict[str, Any] | None) -> int:
        return ((rec or {}).get("span") or {}).get("start_line") or 0

    for item in clauses["changed"]:
        old, new = item["old"], item["new"]
        old_parts = [(old["text"], item["runs"])]
        note = "" if old["path"] == new["path"] else f"{old['path']} → {new['path']}"
        kind, others = joined.pop((item["notice"], new["path"]), (None, []))
        if kind:
            old_parts += [(o["text"], None) for o in others]
            note = f"{'、'.join(r['path'] for r in in_order([old, *others]))} 合并为 {new['path']}"
        rows.append({"notice": item["notice"], "label": new["path"], "old": old_parts, "new": [(new["text"], item["runs"])],
                     "note": note, "at": (place(new), place(old))})
    for (notice, path), (_, others) in joined.items():  # merged, the text otherwise unchanged
        item = next(i for i in clauses["merged"] if (i["notice"], i["new"]["path"]) == (notice, path))
        rows.append({"notice": notice, "label": path, "old": [(item["old"]["text"], [])] + [(o["text"], None) for o in others],
                     "new": [(item["new"]["text"], [])], "note": "合并", "at": (place(item["new"]), place(item["old"]))})
    for item in clauses["split"]:
        rows.append({"notice": item["notice"], "label": item["old"]["path"], "old": [(item["old"]["text"], [])],
                     "new": [(item["new"]["text"], [])] + [(n["text"], None) for n in item["with"]],
                     "note": "拆分为 " + "、".join([item["new"]["path"], *(n["path"] for n in item["with"])]),
                     "at": (place(item["new"]), place(item["old"]))})
    for item in clauses["added"]:
        rows.append({"notice": item["notice"], "label": item["new"]["path"], "old": [], "new": [(item["text"], "all")],
                     "note": "新增", "at": (place(item["new"]), 0)})
    for item in clauses["removed"]:
        rows.append({"notice": item["notice"], "label": item["old"]["path"], "old": [(item["text"], "all")], "new": [],
                     "note": "删除", "at": (0, place(item["old"]))})
    for item in clauses["renamed"]:
        rows.append({"notice": item["notice"], "label": item["new"]["path"], "old": [(item["old"]["title"], "all")],
                     "new": [(item["new"]["title"], "all")], "note": "标题修改", "at": (place(item["new"]), place(item["old"]))})
    order = {n: k for k, n in enumerate(dict.fromkeys(r["notice"] for r in rows))}
    rows.sort(key=lambda r: (order[r["notice"]], r["at"][0] or r["at"][1], r["at"][1]))
    return rows


def _side(parts: list[tuple[str, Any]], side: str, wrap: Callable[[str], str], escape: Callable[[str], str], plain: Callable[[str], str]) -> list[str]:
    out = []
    for text, runs in parts:
        if runs == "all":
            out.append(wrap(escape(text)))
        elif runs is None:
            out.append(plain(escape(text)))
        else:
            out.append(marked(text, runs, side, wrap, escape))
    return out


def _title(result: dict[str, Any]) -> str:
    names = [result["old"].get("name"), result["new"].get("name")]
    return "修订前后对照表" + (f"：{names[0]} → {names[1]}" if all(names) else "")


# --- HTML ----------------------------------------------------------------------

_CSS = """
*{box-sizing:border-box}
body{font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif;line-height:1.6;margin:0 auto;max-width:60rem;padding:1rem;color:#111;background:#fff}
h1{font-size:1.4rem;margin:.2rem 0 .8rem}h2{font-size:1.15rem;margin:1.2rem 0 .4rem;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #888;padding:.35rem .5rem;vertical-align:top;overflow-wrap:anywhere;white-space:pre-wrap}
th{background:#eee}
.duibiao td.label{width:7.5rem;font-weight:bold}
.duibiao col.label{width:7.5rem}
del{color:#a00;text-decoration:line-through;background:#fde8e8}
ins{color:#060;text-decoration:underline;background:#e6f6e6}
.note{display:block;font-weight:normal;color:#555;font-size:.85em}
.merged{color:#555;display:block;border-top:1px dashed #aaa;margin-top:.3rem;padding-top:.3rem}
ul{margin:.2rem 0;padding-left:1.4rem}
.counts td,.counts th{white-space:normal}
@page{size:A4;margin:15mm}
@media print{body{max-width:none;padding:0;font-size:10.5pt}tr{break-inside:avoid}del{background:none}ins{background:none}}
@media (max-width:40rem){
 .duibiao colgroup,.duibiao thead{display:none}
 .duibiao,.duibiao tbody,.duibiao tr,.duibiao td{display:block;width:100%}
 .duibiao tr{border:1px solid #888;margin-bottom:.8rem}
 .duibiao td{border:none;border-top:1px solid #ddd}
 .duibiao td[data-side]::before{content:attr(data-side);display:block;font-weight:bold;color:#555}
}
"""


def to_html(result: dict[str, Any]) -> str:
    """The 对照表 as one self-contained HTML page."""
    esc = html.escape
    title = _title(result)
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{esc(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>", f"<h1>{esc(title)}</h1>"]
    out.append('<section id="summary"><h2>摘要 Summary</h2>')
    out.append(f"<p>{result['summary']['differences']} differences</p>")
    counts = _counts(result)
    if counts:
        out.append("<ul>" + "".join(f"<li>{esc(c)}</li>" for c in counts) + "</ul>")
    runs = result["clauses"]["renumbered_runs"]
    if runs:
        out.append("<h3>条文序号变化 Renumbered</h3><ul>")
        out += [f"<li>{esc(run_label(r))}（{r['count']}）</li>" for r in runs]
        out.append("</ul>")
    numbers = result["numbers"]["changed"]
    if numbers:
        out.append('<h3>数字变化 Numbers changed</h3><table class="counts"><thead><tr><th>位置</th><th>修订前</th><th>修订后</th><th>原文</th></tr></thead><tbody>')
        for n in numbers:
            out.append(f"<tr><td>{esc(n['new']['path'] or '')}</td><td><del>{esc(_value(n['old']))}</del></td>"
                       f"<td><ins>{esc(_value(n['new']))}</ins></td><td>{esc(n['new']['context'])}</td></tr>")
        out.append("</tbody></table>")
    terms = result["terms"]["replaced"]
    if terms:
        out.append("<h3>统一替换的用语 Terms replaced throughout</h3><ul>")
        out += [f"<li><del>{esc(t['old']['text'])}</del> → <ins>{esc(t['new']['text'])}</ins>（{t['count']}处）</li>" for t in terms]
        out.append("</ul>")
    out.append("</section>")
    out.append('<section id="duibiao"><h2>修订前后对照表</h2>')
    rows = _rows(result)
    if not rows:
        out.append("<p>No clause changed.</p>")
    else:
        out.append('<table class="duibiao"><colgroup><col class="label"><col><col></colgroup>'
                   "<thead><tr><th>条目</th><th>修订前</th><th>修订后</th></tr></thead><tbody>")
        for r in rows:
            note = f'<span class="note">{esc(r["note"])}</span>' if r["note"] else ""
            old = _side(r["old"], "old", lambda t: f"<del>{t}</del>", esc, lambda t: f'<span class="merged">{t}</span>')
            new = _side(r["new"], "new", lambda t: f"<ins>{t}</ins>", esc, lambda t: f'<span class="merged">{t}</span>')
            out.append(f'<tr><td class="label">{esc(r["label"])}{note}</td>'
                       f'<td data-side="修订前">{"".join(old)}</td><td data-side="修订后">{"".join(new)}</td></tr>')
        out.append("</tbody></table>")
    out.append("</section>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# --- Markdown ------------------------------------------------------------------


def _md_escape(text: str) -> str:
    return html.escape(text, quote=False).replace("|", "\\|").replace("*", "\\*").replace("~", "\\~").replace("\n", "<br>")


def to_markdown(result: dict[str, Any]) -> str:
    """The 对照表 in Markdown (GitHub tables)."""
    out = [f"# {_title(result)}", "", "## 摘要 Summary", ""]
    out += [("  - " if line.startswith("  ") else "- ") + line.strip() for line in summary_lines(result)]
    out += ["", "## 修订前后对照表", ""]
    rows = _rows(result)
    if not rows:
        out.append("No clause changed.")
    else:
        out += ["| 条目 | 修订前 | 修订后 |", "| --- | --- | --- |"]
        for r in rows:
            label = _md_escape(r["label"]) + (f"<br>{_md_escape(r['note'])}" if r["note"] else "")
            old = "<br>".join(_side(r["old"], "old", lambda t: f"~~{t}~~", _md_escape, lambda t: f"（并入）{t}"))
            new = "<br>".join(_side(r["new"], "new", lambda t: f"<ins>{t}</ins>", _md_escape, lambda t: t))
            out.append(f"| {label} | {old} | {new} |")
    return "\n".join(out) + "\n"
