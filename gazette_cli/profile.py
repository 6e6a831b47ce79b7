"""Per-gazette conventions: one frozen :class:`GazetteProfile` passed to every stage.

What differs from one gazette to the next — a font's private-use glyphs, the
furniture its pages print, the form of its 规范性文件 codes, whether its lists
of units name the lead unit first — is data here, not code in the stages.
The ``default`` profile must do well on every gazette; a named profile
(``--profile jinan``) may only add to it: :func:`extend` refuses to take
anything away.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from .errors import InputError
from .text.lazy import LazyPattern, lazy


@dataclass(frozen=True)
class GazetteProfile:
    name: str
    description: str
    #: Private-use glyphs a PDF's fonts use, and the characters they stand for.
    glyphs: tuple[tuple[str, str], ...] = ()
    #: Patterns of running-header lines beyond the ones every gazette shares.
    running_headers: tuple[str, ...] = ()
    #: Patterns of 规范性文件 registration codes (JNCR-2022-0010006).
    normative_codes: tuple[str, ...] = ()
    #: Whether a list of units (X、Y负责) names its lead unit first even where
    #: the document does not say so.
    first_listed_leads: bool = False

    @cached_property
    def glyph_map(self) -> dict[str, str]:
        return dict(self.glyphs)

    @cached_property
    def header_pattern(self) -> LazyPattern | None:
        return lazy("|".join(f"(?:{p})" for p in self.running_headers)) if self.running_headers else None

    @cached_property
    def code_pattern(self) -> LazyPattern:
        return lazy("^(?:" + "|".join(f"(?:{p})" for p in self.normative_codes) + ")$")


def extend(base: GazetteProfile, name: str, description: str, **more) -> GazetteProfile:
    """A named profile: ``base`` with more glyphs, header or code patterns, or
    with the lead-first convention turned on.  Nothing can be taken away."""
    out = replace(base, name=name, description=description)
    for key, value in more.items():
        current = getattr(base, key)
        if isinstance(current, tuple):
            out = replace(out, **{key: current + tuple(v for v in value if v not in current)})
        elif key == "first_listed_leads":
            out = replace(out, first_listed_leads=current or bool(value))
        else:
            raise TypeError(f"a profile cannot set {key}")
    return out


def get_profile(name: str | GazetteProfile | None) -> GazetteProfile:
    """The profile of this name (``default`` when None)."""
    if isinstance(name, GazetteProfile):
        return name
    from .profiles import PROFILES

    try:
        return PROFILES[name or "default"]
    except KeyError:
        raise InputError(f"unknown profile {name!r}; the profiles are: {', '.join(sorted(PROFILES))}") from None
