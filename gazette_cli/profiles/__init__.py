"""The named gazette profiles (see :mod:`gazette_cli.profile`)."""

from .default import DEFAULT
from .jinan import JINAN

PROFILES = {p.name: p for p in (DEFAULT, JINAN)}

__all__ = ["PROFILES", "DEFAULT", "JINAN"]
