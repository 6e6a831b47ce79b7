"""Stage 6 — extract: run every extractor over a notice.

Each extractor is a module of its own (responsibilities, targets, amounts,
references); this module only calls them in order.
"""

from __future__ import annotations

import dataclasses

from . import amounts, references, responsibilities, targets, validity
from ..model import Notice
from ..profile import GazetteProfile


def extract_all(notice: Notice, profile: GazetteProfile | None = None) -> Notice:
    """The notice with its extracted items filled in (``profile``: the gazette's conventions)."""
    # No extractor reads what another one found, so the notice is copied once,
    # not once per extractor.
    read = amounts.read_scopes(notice)  # the scopes and amounts the target extractor reads too
    return dataclasses.replace(
        notice,
        responsibilities=responsibilities.extract(notice, profile),
        references=references.extract(notice),
        validity=validity.extract(notice),
        targets=targets.extract(notice, read),
        amounts=amounts.extract(notice, read),
    )
