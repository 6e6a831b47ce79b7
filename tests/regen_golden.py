"""Regenerate the golden outputs: python3 tests/regen_golden.py

Golden files are never edited by hand: review `git diff tests/golden` after
running this, and commit the change with the code that caused it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
# (input relative to the repository root, golden file, format)
CASES = [
    ("samples/jinan-gazette-2022-20.txt", "jinan-gazette-2022-20.yaml", "yaml"),
    ("tests/fixtures/clean-opinion.txt", "clean-opinion.yaml", "yaml"),
    ("tests/fixtures/clean-regulation.txt", "clean-regulation.yaml", "yaml"),
]


def render(source: str, fmt: str) -> str:
    import gazette_cli

    cwd = os.getcwd()
    os.chdir(ROOT)  # the source name in the output is the path as given, relative to the root
    try:
        data = gazette_cli.to_dict(gazette_cli.parse_path(source))
    finally:
        os.chdir(cwd)
    return gazette_cli.to_yaml(data) if fmt == "yaml" else gazette_cli.to_json(data) + "\n"


def main() -> None:
    sys.path.insert(0, str(ROOT))
    GOLDEN.mkdir(exist_ok=True)
    for source, golden, fmt in CASES:
        (GOLDEN / golden).write_text(render(source, fmt), encoding="utf-8")
        print(f"wrote tests/golden/{golden}")


if __name__ == "__main__":
    main()
