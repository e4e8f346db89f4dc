"""What every generator, check and transform may read besides the catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from yorkhub.settings import Settings


@dataclass(frozen=True)
class Context:
    """One build's inputs: settings, today's date (passed in, never read inside
    the logic), the glossary, and every ``data/*.yml`` file as plain data by name
    (``context.data["timescales"]``)."""

    settings: Settings
    today: date
    glossary: dict[str, str] = field(default_factory=dict)
    data: dict[str, object] = field(default_factory=dict)
