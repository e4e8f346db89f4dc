"""What every check, generator and transform may read besides the catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from yorkhub.features.delegation.model import Scheme
from yorkhub.features.timescales.model import Timescale
from yorkhub.settings import Settings


@dataclass(frozen=True)
class Context:
    """One build's inputs, each read and checked once by ``site.prepare``.

    ``today`` is passed in, never read inside the logic. ``data`` holds every
    ``data/*.yml`` file as read (the personal-data check scans them all);
    ``timescales`` and ``scheme`` are the checked forms of two of them.
    """

    settings: Settings
    today: date
    glossary: dict[str, str] = field(default_factory=dict)
    data: dict[str, object] = field(default_factory=dict)
    timescales: dict[str, Timescale] = field(default_factory=dict)
    scheme: Scheme = field(default_factory=lambda: Scheme((), (), ()))
    templates: frozenset[str] = frozenset()  # the page templates in overrides/ (main.html ...)
