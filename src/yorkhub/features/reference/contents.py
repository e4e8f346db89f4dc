"""``[[contents]]`` on a line of its own: a list of the pages in the same folder.

Section index pages use it so that nothing is listed by hand: each entry is the
page's title, linked, with its summary.
"""

from __future__ import annotations

import posixpath

from yorkhub.markdown import link, text
from yorkhub.navigation import Entry, children
from yorkhub.schema import GUIDE

MARKER = "[[contents]]"


def transform(page, markdown, catalogue, context) -> str:
    if MARKER not in markdown:
        return markdown
    return "\n".join(
        _contents(page, catalogue) if line.strip() == MARKER else line
        for line in markdown.split("\n")
    )


def _contents(page, catalogue) -> str:
    folder = posixpath.dirname(page.uri)
    pages = {p.uri: p for p in catalogue.pages if p.type != GUIDE}
    entries = children(folder, [Entry(p.uri, p.title, p.order) for p in pages.values()])
    if not entries:
        return "_No pages here yet._"
    return "\n".join(
        f"- **{link(page.uri, e.uri, e.title)}**: {text(pages[e.uri].meta.get('summary', ''))}"
        for e in entries
    )
