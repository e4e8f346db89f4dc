"""What changed in the hub, and when, from front matter alone.

A page's history is its ``changes`` (what ``hub approve`` and ``hub retire`` record):
its first approval makes it *new*, later ones *updated*, a retirement *retired*,
each with the version, the role and the change note. A page with no recorded
change falls back to its dates: *new* on ``published``, *updated* (or *retired*) on
``last_reviewed``. Dates come from the pages themselves, never from the build date,
file times or git, so every checkout of the hub lists the same changes.
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
    """One change to a page: ``kind`` is NEW, UPDATED or RETIRED, on ``day``; a recorded
    change also has its version, the role that decided and what changed."""

    page: Page
    kind: str
    day: date
    version: str = ""
    by: str = ""
    note: str = ""


def history(page: Page, today: date) -> list[Change]:
    """The page's changes on or before today, oldest first."""
    recorded = [item for item in page.meta.get("changes") or [] if _when(item, today)]
    if recorded:
        found, approved = [], False
        for item in sorted(recorded, key=lambda item: item["date"]):
            if item.get("action") == RETIRED.lower():
                kind = RETIRED
            else:
                kind, approved = (UPDATED if approved else NEW), True
            note = str(item.get("note", ""))
            found.append(Change(page, kind, item["date"], str(item["version"]), item["by"], note))
        return found
    published, reviewed = _day(page, "published", today), _day(page, "last_reviewed", today)
    found = [Change(page, NEW, published)] if published else []
    if reviewed and (published is None or reviewed > published):
        found.append(Change(page, RETIRED if page.status == "retired" else UPDATED, reviewed))
    return found


def latest(page: Page, today: date) -> Change | None:
    """The page's latest change on or before today, or None if it has none."""
    found = history(page, today)
    return found[-1] if found else None


def newest_first(changes: list[Change]) -> list[Change]:
    """Newest first, then by title, for a stable order."""
    return sorted(changes, key=lambda c: (-c.day.toordinal(), c.page.title.lower(), c.page.uri))


def all_changes(pages: list[Page], today: date) -> list[Change]:
    """Every page's latest change, newest first."""
    return newest_first([change for page in pages if (change := latest(page, today))])


def every_change(pages: list[Page], today: date) -> list[Change]:
    """Every recorded change of every page, newest first: the amendments log."""
    return newest_first([change for page in pages for change in history(page, today)])


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


def _when(item: object, today: date) -> bool:
    day = item.get("date") if isinstance(item, dict) else None
    return isinstance(day, date) and day <= today and "version" in item and "by" in item


def _day(page: Page, key: str, today: date) -> date | None:
    # A date still to come is a plan, not a change: it shows once it arrives.
    value = page.meta.get(key)
    return value if isinstance(value, date) and value <= today else None
