"""Every ``[[timescale:ID]]`` in a page names a timescale (the data file itself is checked
once a build, as the context is made).

The transform that fills in timescales never reports anything; this check finds
everything it could trip on, so ``hub check`` and the build say the same.
"""

from __future__ import annotations

from yorkhub.features.timescales import model as timescales
from yorkhub.problems import Problem


def check(catalogue, context) -> list[Problem]:
    problems = []
    for page in catalogue.pages:
        problems += timescales.unknown(page.src, page.body, page.body_line, context.timescales)
    return problems
