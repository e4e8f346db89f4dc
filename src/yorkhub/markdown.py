"""The hub's one set of helpers for writing Markdown: links, tables, dates and safe text.

Every generated page and transform writes through these, so a date reads the
same everywhere and a value from front matter or a data file never turns into
markup. ``text`` writes each character that Markdown, its extensions (attribute
lists, tables, footnotes, abbreviations) or HTML could read as markup as a numeric
character reference, which reads as the same character in Markdown and in raw
HTML alike. What the hub's code writes on purpose is ``Markdown``: ``link`` and
``table`` keep it as it is and escape any other value they are given.
"""

from __future__ import annotations

import posixpath
import re
from datetime import date

# Inline markup anywhere in a line: HTML, code, emphasis, links, attribute lists, table cells.
_ANYWHERE = {char: f"&#{ord(char)};" for char in "\\`*_[]{}|"}
_ANYWHERE.update({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
# Markup that counts only at the start of a line: headings, lists, quotes, setext underlines,
# definitions, admonitions and details, fences.
_LINE_START = re.compile(r"^(?:[#+\-=:!?~]|\d+(?=[.)]))")


class Markdown(str):
    """Markdown the hub's code wrote on purpose (or text already escaped): kept as it is."""


def text(value: object) -> Markdown:
    """``value`` as text that Markdown and HTML show exactly as written, on one line."""
    folded = " ".join(str(value).split())
    escaped = "".join(_ANYWHERE.get(char, char) for char in folded)
    start = _LINE_START.match(escaped)
    if start:  # the value may begin a line: "1. x" or "# x" must not become a list or heading
        end = start.end()
        if escaped[:end].isdigit():
            mark = escaped[end]
            escaped = escaped[:end] + f"&#{ord(mark)};" + escaped[end + 1 :]
        else:
            escaped = f"&#{ord(escaped[0])};" + escaped[1:]
    return Markdown(escaped)


def inline(value: object) -> Markdown:
    """Text for a line of inline Markdown or HTML (the same as ``text``)."""
    return text(value)


def strong(value: object) -> Markdown:
    """``value`` as escaped text in bold."""
    return Markdown(f"**{text(value)}**")


def title(value: object) -> str:
    """A page or menu title for Material, which writes titles into the HTML (menu, header,
    ``<title>``, search results) as they are: a tag in a title is shown, never run. An
    ampersand is left alone (Material escapes some titles again, in labels)."""
    return str(value).replace("<", "&lt;")


def cell(value: object) -> Markdown:
    """A table cell: Markdown kept (pipes escaped, new lines folded), anything else escaped."""
    if value is None or value == "":
        return Markdown("–")
    if isinstance(value, date):
        return Markdown(value.isoformat())
    if isinstance(value, Markdown):
        return Markdown(" ".join(value.split()).replace("|", "\\|"))
    return text(value)


def table(headers: list[str], rows: list[list[object]]) -> Markdown:
    """A Markdown table; an empty table says so instead."""
    if not rows:
        return Markdown("_None._\n")
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return Markdown("\n".join(lines) + "\n")


def link(from_uri: str, to_uri: str, label: object, anchor: str | None = None) -> Markdown:
    """A Markdown link from one page to another (and to a section of it), relative as MkDocs
    expects; a label that is not ``Markdown`` is escaped."""
    target = posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")
    shown = label if isinstance(label, Markdown) else text(label)
    return Markdown(f"[{shown}]({target}{'#' + anchor if anchor else ''})")


def day(value: date) -> str:
    """``3 March 2020``: how the hub writes dates for readers."""
    return f"{value.day} {value:%B %Y}"


def month(value: date) -> str:
    """``May 2019``: for dates known only to the month, such as many audits."""
    return f"{value:%B %Y}"
