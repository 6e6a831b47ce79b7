"""What makes a run start fast must not change what it computes: the regex
pattern cache kept between runs, and records defined without dataclass's
generated methods."""

from __future__ import annotations

import copy
import dataclasses
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE

from gazette_cli.model import Span
from gazette_cli.records import record
from gazette_cli.text import lazy


def gazette(*args: str, cache: Path | str | None, home: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "GAZETTE_CACHE"} | {"PYTHONPATH": str(ROOT)}
    if cache is not None:
        env["GAZETTE_CACHE"] = str(cache)
    if home is not None:
        env["XDG_CACHE_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "gazette_cli", *args], capture_output=True, env=env, timeout=120)


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("patterns-*.marshal")) if folder.is_dir() else []


@pytest.fixture(scope="module")
def plain() -> bytes:
    """The sample's JSON with no cache at all."""
    return gazette("parse", str(SAMPLE), "-f", "json", cache="off").stdout


def test_a_run_leaves_the_cache_and_the_next_one_gives_the_same_output(tmp_path, plain):
    first = gazette("parse", str(SAMPLE), "-f", "json", cache=tmp_path / "c")
    files = cache_files(tmp_path / "c")
    second = gazette("parse", str(SAMPLE), "-f", "json", cache=tmp_path / "c")
    assert (len(files), files[0].stat().st_mode & 0o077, first.stdout == plain, second.stdout == plain) == (1, 0, True, True)


def test_the_cache_lives_in_the_users_cache_folder_unless_off(tmp_path, plain):
    on = gazette("parse", str(SAMPLE), "-f", "json", cache=None, home=tmp_path / "on")
    off = gazette("parse", str(SAMPLE), "-f", "json", cache="off", home=tmp_path / "off")
    assert (len(cache_files(tmp_path / "on/gazette-cli")), (tmp_path / "off").exists(), on.stdout == plain, off.stdout == plain) == (1, False, True, True)


def _spoil_stdlib_entries(f: Path, code) -> None:
    """Give every entry of the standard library's engine another code."""
    import marshal

    entries = marshal.loads(f.read_bytes())
    spoiled = {k: (v[:2] + (code(v[2]),) + v[3:] if len(k) == 3 else v) for k, v in entries.items()}
    assert sum(len(k) == 3 for k in spoiled) > 10  # a parse uses many stdlib patterns
    f.write_bytes(marshal.dumps(spoiled))


def test_the_cache_holds_the_patterns_of_both_engines(tmp_path):
    import marshal
    import re

    gazette("parse", str(SAMPLE), "-f", "json", cache=tmp_path / "c")
    entries = marshal.loads(cache_files(tmp_path / "c")[0].read_bytes())
    stdlib = {k: v for k, v in entries.items() if len(k) == 3}
    assert (len(entries) > len(stdlib) > 10, all(k[2] == "re" for k in stdlib)) == (True, True)
    # Each stdlib entry rebuilds the pattern compiled from its source: the same matches on the sample.
    text = SAMPLE.read_text("utf-8")
    differ = [k[0] for k, v in stdlib.items() if lazy._sre_compile(*v).findall(text) != re.compile(k[0], k[1]).findall(text)]
    assert differ == []


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda f: f.write_bytes(b"\x00garbage" * 100), id="garbage"),
        pytest.param(lambda f: f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 2]), id="truncated"),
        pytest.param(lambda f: f.chmod(0o666), id="writable-by-others"),
        pytest.param(lambda f: f.write_bytes(__import__("marshal").dumps({("x", 0): (1, 2, 3)})), id="foreign-entries"),
        pytest.param(lambda f: _spoil_stdlib_entries(f, lambda code: [1, 2, 3]), id="stdlib-code-invalid"),
        pytest.param(lambda f: _spoil_stdlib_entries(f, lambda code: "code"), id="stdlib-code-not-a-list"),
    ],
)
def test_a_spoiled_cache_is_ignored(tmp_path, plain, spoil):
    folder = tmp_path / "c"
    gazette("parse", str(SAMPLE), "-f", "json", cache=folder)
    spoil(cache_files(folder)[0])
    r = gazette("parse", str(SAMPLE), "-f", "json", cache=folder)
    assert (r.returncode, r.stdout == plain, r.stderr) == (0, True, b"")


def test_an_unwritable_cache_folder_is_no_error(tmp_path, plain):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    r = gazette("parse", str(SAMPLE), "-f", "json", cache=blocker / "c")
    assert (r.returncode, r.stdout == plain, r.stderr) == (0, True, b"")


# --- records ------------------------------------------------------------------------


@record
class Item:
    name: str
    tags: list[str] = dataclasses.field(default_factory=list)
    weight: int = 1
    note: str | None = dataclasses.field(default=None, compare=False)


def test_record_behaves_as_a_frozen_dataclass():
    a = Item("甲")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.name = "乙"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.weight  # type: ignore[misc]
    assert (
        a, a == Item("甲", [], 1, note="x"), Item("甲").tags is not Item("甲").tags,
        dataclasses.replace(a, weight=2).weight, [f.name for f in dataclasses.fields(Item)],
    ) == (Item(name="甲", tags=[], weight=1, note=None), True, True, 2, ["name", "tags", "weight", "note"])


def test_record_copies_and_pickles():
    s = Span(3, 5, 1, 2)
    assert (pickle.loads(pickle.dumps(s)), copy.deepcopy(s), hash(copy.copy(s)) == hash(s)) == (s, s, True)


def test_record_refuses_a_field_without_default_after_one_with():
    with pytest.raises(TypeError):
        @record
        class Bad:
            a: int = 1
            b: int


# --- what a cached run loads ----------------------------------------------------------


def test_every_module_pattern_reads_the_same_in_every_run():
    """A pattern built from a set must not take the set's order, which changes
    from run to run: its text is its key in the cache, and a changed text is
    compiled again in every run."""
    show = (
        "import importlib, pkgutil, gazette_cli\n"
        "from gazette_cli.text.lazy import LazyPattern\n"
        "for info in pkgutil.walk_packages(gazette_cli.__path__, 'gazette_cli.'):\n"
        "    if info.name.split('.')[1] in ('bench', '__main__'): continue\n"
        "    m = importlib.import_module(info.name)\n"
        "    for name, value in sorted(vars(m).items()):\n"
        "        if isinstance(value, LazyPattern): print(info.name, name, value.pattern)\n"
    )
    env = {k: v for k, v in os.environ.items()} | {"PYTHONPATH": str(ROOT)}
    runs = [subprocess.run([sys.executable, "-c", show], capture_output=True, text=True, env=env | {"PYTHONHASHSEED": seed}, timeout=120) for seed in ("1", "2")]
    first, second = (r.stdout.splitlines() for r in runs)
    assert (len(first) > 300, [a for a, b in zip(first, second) if a != b]) == (True, [])


def test_a_cached_run_does_not_load_the_pattern_compiler(tmp_path, plain):
    """With every pattern in the cache, a run loads regex's compiled core
    alone, not the module's pattern compiler (a tenth of a run's time)."""
    env = {k: v for k, v in os.environ.items()} | {"PYTHONPATH": str(ROOT), "GAZETTE_CACHE": str(tmp_path / "c")}
    command = [sys.executable, "-X", "importtime", "-m", "gazette_cli", "parse", str(SAMPLE), "-f", "json"]
    first, second = (subprocess.run(command, capture_output=True, env=env, timeout=120) for _ in range(2))
    assert (b"regex._regex_core" in first.stderr, b"regex._regex_core" in second.stderr, second.stdout == plain) == (True, False, True)


def test_the_flags_named_without_regex_have_its_values():
    import regex

    assert (lazy.MULTILINE, lazy.DOTALL, lazy.VERBOSE, lazy.REVERSE) == (regex.MULTILINE, regex.DOTALL, regex.VERBOSE, regex.REVERSE)
