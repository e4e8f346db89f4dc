"""A reader who follows a search result reads the first screen, and often nothing more.

- **The first heading is the title.** The menu, the search result and the page's first
  heading say the same thing, so the reader knows they have arrived.
- **A standard, procedure or policy opens with "In short"**, straight under its title:

      !!! abstract "In short"

          - **When:** the conference must take place [[timescale:icpc]].
          - **Who decides:** [[decision:convene-icpc]].
          - **First:** ...

  The key figures come from ``data/timescales.yml`` and who decides from
  ``data/delegation.yml`` through their markers, so the block never types a figure or a
  role. It holds at most ``MOST_POINTS`` points, so it fits a phone's first screen with the
  title and the draft notice above it.
"""

from __future__ import annotations

import re

from yorkhub.markers import prose_lines
from yorkhub.problems import Problem

LEADING_TYPES = ("practice-standard", "managers-standard", "procedure", "policy")
IN_SHORT = '!!! abstract "In short"'
MOST_POINTS = 5
_H1 = re.compile(r"^#\s+(.*?)\s*(?:\{[^}]*\})?\s*#*\s*$")
_POINT = re.compile(r"^\s{4}\s*[-*+]\s")


def check(catalogue, context) -> list[Problem]:
    problems = []
    for page in catalogue.pages:
        problems += lead_problems(page.src, page.body, page.body_line, page.title, page.type)
    return problems


def lead_problems(src: str, body: str, body_line: int, title: str, kind: str) -> list[Problem]:
    """What is wrong with how a page opens: its first heading, and its In short block."""
    lines = prose_lines(body)
    first = next((i for i, line in enumerate(lines) if line and _H1.match(line)), None)
    problems = []
    if first is not None:
        heading = _H1.match(lines[first]).group(1)
        if heading != title:
            problems.append(
                Problem(
                    src,
                    body_line + first,
                    f"first heading {heading!r} differs from the title {title!r}: make them the "
                    "same, so the menu, the search result and the page say the same thing",
                )
            )
    if kind in LEADING_TYPES:
        problems += _in_short(src, lines, body_line, first)
    return problems


def _in_short(src: str, lines: list[str | None], body_line: int, first: int | None) -> list:
    start = 0 if first is None else first + 1
    rest = [
        (i, line) for i, line in enumerate(lines[start:], start) if line is None or line.strip()
    ]
    if not rest or rest[0][1] is None or rest[0][1].strip() != IN_SHORT:
        where = body_line + (first if first is not None else 0)
        return [
            Problem(
                src,
                where,
                f"the page opens without an In short block: put `{IN_SHORT}` straight under the "
                "title, with the key timescales ([[timescale:ID]]), who decides "
                "([[decision:ID]]) and the first thing to do, as a short list",
            )
        ]
    opening = rest[0][0]
    points = 0
    for line in lines[opening + 1 :]:
        if line is not None and line.strip() and not line.startswith("    "):
            break
        points += bool(line and _POINT.match(line))
    if points == 0 or points > MOST_POINTS:
        return [
            Problem(
                src,
                body_line + opening,
                f"In short: {points} points; give 1 to {MOST_POINTS}, each a list item indented "
                "under the block, so it fits the first screen of a phone",
            )
        ]
    return []
