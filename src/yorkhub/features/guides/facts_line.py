"""A line under a guide's title: its number, publication date and reading time.

Everything shown comes from checked front matter and the body's own words, so
there is nothing here a check must also find.
"""

from __future__ import annotations

import re

from yorkhub.features.guides.model import TYPE, reading_minutes, word_count
from yorkhub.markdown import day

_TITLE = re.compile(r"^# .*$", re.M)


def transform(page, markdown, catalogue, context) -> str:
    if page.type != TYPE:
        return markdown
    line = facts(page, word_count(page.body))
    match = _TITLE.search(markdown)
    if match is None:  # no title line: the facts lead the page
        return line + markdown
    return markdown[: match.end()] + "\n\n" + line.rstrip("\n") + markdown[match.end() :]


def facts(page, words: int) -> str:
    """``One minute guide No. 3 · Published 3 March 2020 · 2 minute read``, styled for screen and paper."""
    number = page.meta.get("number")
    parts = [f"One minute guide **No. {number}**" if number else "One minute guide"]
    if page.meta.get("published"):
        parts.append(f"Published {day(page.meta['published'])}")
    parts.append(f"{reading_minutes(words)} minute read")
    return " · ".join(parts) + "\n{ .hub-guide-facts }\n\n"
