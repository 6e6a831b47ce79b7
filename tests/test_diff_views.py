"""The 修订前后对照表 views of ``gazette diff``: HTML (self-contained, A4, phone)
and Markdown, and the HTML opened in headless Chromium when it is installed
(Debian package ``chromium``)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

PAIR = ROOT / "tests" / "corpus" / "versions" / "05-quanguo-nianjie-fangjia-banfa"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def gazette(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "gazette_cli", *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = gazette("diff", str(PAIR / "old.txt"), str(PAIR / "new.txt"), "--format", "html")
    assert out.returncode == 1
    path = tmp_path_factory.mktemp("html") / "duibiao.html"
    path.write_text(out.stdout, encoding="utf-8")
    return path


def test_html_has_no_external_asset(page):
    text = page.read_text(encoding="utf-8")
    assert re.findall(r"""(?:src|href)\s*=|@import|url\(|<script""", text) == []


def test_html_prints_on_a4_and_stacks_on_a_phone(page):
    text = page.read_text(encoding="utf-8")
    assert ("@page{size:A4" in text, "@media (max-width:40rem)" in text, 'name="viewport"' in text) == (True, True, True)


def test_html_marks_deletions_and_insertions_of_a_changed_article(page):
    text = page.read_text(encoding="utf-8")
    row = next(r for r in text.split("<tr>") if r.startswith('<td class="label">第二条/(二)'))
    assert (re.findall(r"<del>(.*?)</del>", row), re.findall(r"<ins>(.*?)</ins>", row)) == (["3天", "、初二、"], ["4天", "除夕、", "至"])


def test_markdown_has_the_same_table():
    out = gazette("diff", str(PAIR / "old.txt"), str(PAIR / "new.txt"), "--format", "md").stdout
    row = next(line for line in out.splitlines() if line.startswith("| 第二条/(一)"))
    assert row == "| 第二条/(一) | ~~新年~~，放假1天（1月1日）； | <ins>元旦</ins>，放假1天（1月1日）； |"


def test_markdown_and_html_of_identical_inputs_say_so():
    out = gazette("diff", str(PAIR / "new.txt"), str(PAIR / "new.txt"), "--format", "md")
    assert (out.returncode, "No clause changed." in out.stdout) == (0, True)


def _chromium(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
                          capture_output=True, text=True, timeout=120, cwd=cwd)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package chromium)")
def test_chromium_renders_the_table(page):
    dom = _chromium("--dump-dom", page.as_uri(), cwd=page.parent).stdout
    rows = re.findall(r'<td class="label">([^<]+)', dom)
    assert rows == ["preamble", "第二条/(一)", "第二条/(二)", "第二条/(四)", "第二条/(七)", "第七条"]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package chromium)")
def test_chromium_takes_a_phone_screenshot(page):
    shot = page.parent / "phone.png"
    _chromium("--window-size=390,844", f"--screenshot={shot}", page.as_uri(), cwd=page.parent)
    head = shot.read_bytes()[:24]
    width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    assert (head[:8], width, height) == (b"\x89PNG\r\n\x1a\n", 390, 844)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package chromium)")
def test_chromium_prints_it_on_a4(page):
    pdf = page.parent / "print.pdf"
    _chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri(), cwd=page.parent)
    boxes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", pdf.read_bytes()))
    assert {(round(float(w)), round(float(h))) for w, h in boxes} == {(595, 842)}
