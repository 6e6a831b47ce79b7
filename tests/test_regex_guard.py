"""Every module-level pattern runs in bounded time on adversarial text.

Each compiled pattern of the package is run over long runs of the characters
gazette text is made of (brackets, 、, digits, Han, units); the regex module's
timeout turns catastrophic backtracking into a failure instead of a hang.
"""

import importlib
import pkgutil

import pytest
import regex

import gazette_cli
from gazette_cli.text.lazy import LazyPattern

ADVERSARIAL = {
    "han": "科" * 5000,
    "dunhao-list": "市科协、" * 1250,
    "open-brackets": "（" * 5000,
    "close-brackets": "）" * 5000,
    "ascii-brackets": "(" * 5000,
    "digits": "1" * 5000,
    "letter-spaced": "科 " * 2500,
    "dotted-numbers": "1.1." * 1250,
    "book-titles": "《" * 2500 + "》" * 2500,
    "targets": "到2025年，达到18.5%以上" * 300,
    "unit-lists": "市教育局、市科协按职责分工" * 400,
    "nested-parens": "（市教育局（科协）" * 600,
    "money": "200万元、" * 1000,
    "markers": "（一）1.（1）一、" * 500,
}


def _patterns():
    for info in pkgutil.walk_packages(gazette_cli.__path__, "gazette_cli."):
        short = info.name.removeprefix("gazette_cli.")
        if info.ispkg or short.split(".")[0] in ("cli", "bench", "__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, LazyPattern):  # compiled on first use: compile it here
                value = value.compiled()
            if isinstance(value, regex.Pattern):
                yield pytest.param(value, id=f"{short}.{name}")


@pytest.mark.parametrize("pattern", list(_patterns()))
def test_pattern_is_not_catastrophic(pattern):
    slow = []
    for name, text in ADVERSARIAL.items():
        try:
            for _ in pattern.finditer(text, timeout=2.0):
                pass
        except TimeoutError:
            slow.append(name)
    assert slow == []
