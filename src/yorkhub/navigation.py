"""Fill the nav sections named in mkdocs.yml from the pages that exist.

mkdocs.yml lists each section with its index page first (``standards/index.md``).
Each section gains the pages directly inside its folder, and the index pages of
its sub-folders, ordered by their ``order`` field and then title. Pages deeper
down, and one minute guides, are reached from index pages instead, so the nav
stays short however many guides and audits the hub holds (Material renders the
active section's nav into every page).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

# Where a page without an ``order`` field sits among its section's pages: after those with one.
DEFAULT_ORDER = 1000


@dataclass(frozen=True)
class Entry:
    uri: str
    title: str
    order: int = DEFAULT_ORDER


def extend(
    nav: list | None, entries: list[Entry], excluded: set[str] | frozenset[str] = frozenset()
) -> list | None:
    """A copy of ``nav`` with each section's pages added after its index page.

    Pages left out of this build (``excluded``) leave the nav too, and so does a
    section whose index page is left out: the public build's nav never points
    at an internal page.
    """
    if nav is None:
        return None
    listed = pages_in(nav)
    return [
        kept for item in nav if (kept := _extend_item(item, entries, listed, excluded)) is not None
    ]


def _extend_item(item, entries: list[Entry], listed: set[str], excluded=frozenset()):
    if (target := _target(item)) is not None:
        return None if target in excluded else item
    if not isinstance(item, dict) or len(item) != 1:
        return item
    ((title, value),) = item.items()
    if not isinstance(value, list):
        return item
    if value and isinstance(value[0], str) and value[0] in excluded:
        return None
    inner = [
        kept
        for child in value
        if (kept := _extend_item(child, entries, listed, excluded)) is not None
    ]
    first = inner[0] if inner and isinstance(inner[0], str) else None
    if first and first.endswith("/index.md"):
        inner += [
            {e.title: e.uri}
            for e in children(posixpath.dirname(first), entries)
            if e.uri not in listed
        ]
    return {title: inner}


def _target(item) -> str | None:
    """The page a nav entry points at (``'x.md'`` or ``{title: 'x.md'}``); None for a section."""
    if isinstance(item, str):
        return item
    if (
        isinstance(item, dict)
        and len(item) == 1
        and isinstance(value := next(iter(item.values())), str)
    ):
        return value
    return None


def children(folder: str, entries: list[Entry]) -> list[Entry]:
    """Pages directly in ``folder`` and index pages one folder down, in nav order."""
    found = []
    for entry in entries:
        parent, name = posixpath.split(entry.uri)
        if parent == folder and name != "index.md":
            found.append(entry)
        elif name == "index.md" and posixpath.dirname(parent) == folder and parent != folder:
            found.append(entry)
    return sorted(found, key=lambda e: (e.order, e.title.lower(), e.uri))


def pages_in(nav) -> set[str]:
    """Every page a nav names."""
    found = set()
    for item in nav:
        if isinstance(item, str):
            found.add(item)
        elif isinstance(item, dict):
            for value in item.values():
                found |= pages_in(value) if isinstance(value, list) else {value}
    return found
