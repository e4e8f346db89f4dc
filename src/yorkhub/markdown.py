"""The hub's one set of helpers for writing Markdown: links, tables, dates and safe text.

Every generated page and transform writes through these, so a date reads the
same everywhere and a value from front matter never turns into markup.
"""

from __future__ import annotations

import posixpath
from datetime import date
from html import escape


def text(value: str) -> str:
    """Text that Markdown shows as written: no HTML tags, no stray link brackets."""
    return value.replace("<", "&lt;").replace(">", "&gt;").replace("[", "\\[").replace("]", "\\]")


def inline(value: str) -> str:
    """Text safe on one line of inline Markdown inside HTML: white space folded, markup escaped."""
    return escape(" ".join(value.split()), quote=False).replace("[", "\\[").replace("]", "\\]")


def cell(value: object) -> str:
    """Text for a table cell: pipes escaped, new lines folded."""
    if value is None or value == "":
        return "–"
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split()).replace("|", "\\|")


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A Markdown table; an empty table says so instead."""
    if not rows:
        return "_None._\n"
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def link(from_uri: str, to_uri: str, label: str, anchor: str | None = None) -> str:
    """A Markdown link from one page to another (and to a section of it), relative as MkDocs expects."""
    target = posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")
    return f"[{label}]({target}{'#' + anchor if anchor else ''})"


def day(value: date) -> str:
    """``3 March 2020``: how the hub writes dates for readers."""
    return f"{value.day} {value:%B %Y}"


def month(value: date) -> str:
    """``May 2019``: for dates known only to the month, such as many audits."""
    return f"{value:%B %Y}"
