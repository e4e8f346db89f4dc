"""What changed in the hub, and when, from front-matter dates alone.

A page is *new* on its ``published`` date and *updated* (or *retired*, if its
status says so) on its ``last_reviewed`` date. Dates come from the pages themselves, never from file times or git, so
every checkout of the hub lists the same changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from yorkhub.page import Page
from yorkhub.schema import GUIDE

NEW = "New"
UPDATED = "Updated"
RETIRED = "Retired"
FEED_URI = "feed.xml"


@dataclass(frozen=True)
class Change:
    """A page's latest change: ``kind`` is NEW or UPDATED, on ``day``."""

    page: Page
    kind: str
    day: date


def latest(page: Page, today: date) -> Change | None:
    """The page's latest change on or before today, or None if it has no dates."""
    published, reviewed = _day(page, "published", today), _day(page, "last_reviewed", today)
    if reviewed and (published is None or reviewed > published):
        return Change(page, RETIRED if page.status == "retired" else UPDATED, reviewed)
    return Change(page, NEW, published) if published else None


def all_changes(pages: list[Page], today: date) -> list[Change]:
    """Every page's latest change, newest first (then by title, for a stable order)."""
    found = [change for page in pages if (change := latest(page, today)) is not None]
    return sorted(found, key=lambda c: (-c.day.toordinal(), c.page.title.lower(), c.page.uri))


def split_recent(
    changes: list[Change], today: date, days: int
) -> tuple[list[Change], list[Change]]:
    """Changes within the last ``days`` days, and the earlier ones."""
    since = today - timedelta(days=days)
    return [c for c in changes if c.day > since], [c for c in changes if c.day <= since]


def label(page: Page) -> str:
    """The page's name in a log of changes; a guide is named with its number."""
    if page.type == GUIDE and "number" in page.meta:
        return f"One minute guide No. {page.meta['number']}: {page.title}"
    return page.title


def page_url(uri: str) -> str:
    """The page's address in the site, relative to its root (directory URLs)."""
    if not uri.endswith(".md"):
        return uri
    stem = uri[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def _day(page: Page, key: str, today: date) -> date | None:
    # A date still to come is a plan, not a change: it shows once it arrives.
    value = page.meta.get(key)
    return value if isinstance(value, date) and value <= today else None
