"""Timescales: the data file is complete, and every ``[[timescale:ID]]`` names one.

The transform that fills in timescales never reports anything; this check finds
everything it could trip on, so ``hub check`` and the build say the same.
"""

from __future__ import annotations

from yorkhub.features.timescales import model as timescales
from yorkhub.problems import Problem


def check(catalogue, context) -> list[Problem]:
    known, problems = timescales.parse(context.data.get("timescales"))
    for page in catalogue.pages:
        problems += timescales.unknown(page.src, page.body, page.body_line, known)
    return problems
