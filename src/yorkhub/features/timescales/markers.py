"""``[[timescale:ID]]``: the timescale's phrase in bold, with a link to where it comes from.

"The initial child protection conference must take place [[timescale:icpc]]."
reads "... must take place **within 15 working days of the strategy discussion
(or of the last one, if there were several)** ([statutory](...#icpc))."
An unknown id is left as typed; ``check.py`` beside this reports it.
"""

from __future__ import annotations

from yorkhub.features.timescales import model as timescales


def transform(page, markdown, catalogue, context) -> str:
    if "[[timescale:" not in markdown:
        return markdown
    known = context.timescales
    return timescales.substitute(markdown, lambda key: _render(known.get(key), page.uri))


def _render(timescale, uri: str) -> str | None:
    return timescales.render(timescale, uri) if timescale else None
