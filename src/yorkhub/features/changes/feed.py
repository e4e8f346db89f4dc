"""An Atom feed of new and updated pages, so staff can follow the hub in Outlook.

Built with ElementTree, so every title and summary is escaped properly. Every
link is absolute, from ``site_url``, and names a page this build publishes: the
entries come from the published pages, and the feed's own page link is What's new
only where What's new is published (else the home page). The feed's ``updated`` time is its newest
change, so the same content always gives the same file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from yorkhub import generated, visibility
from yorkhub.features.changes import whats_new
from yorkhub.features.changes.model import FEED_URI, Change, all_changes, label, page_url
from yorkhub.generated import Output

URI = FEED_URI
ATOM = "http://www.w3.org/2005/Atom"
TITLE = "York practice hub: new and updated pages"
AUTHOR = "York Children's Social Care"
LIMIT = 30  # feed readers only show the latest entries


def generate(catalogue, context) -> Output:
    base = context.settings.site_url.rstrip("/") + "/"
    changes = all_changes(catalogue.pages, context.today)[:LIMIT]
    roles = catalogue.registries["roles"]
    shown = visibility.is_published({"title": whats_new.TITLE, **whats_new.META}, context.settings)
    home = base + page_url(whats_new.URI) if shown else base
    return Output(
        pages={URI: generated.data_file(render(changes, base, context.today, roles, home))}
    )


def render(changes: list[Change], base: str, today: date, roles, home: str = "") -> str:
    """The Atom document for ``changes`` (newest first), with links under ``base``."""
    feed = ET.Element("feed", xmlns=ATOM)
    ET.SubElement(feed, "id").text = base + URI
    ET.SubElement(feed, "title").text = TITLE
    ET.SubElement(
        feed, "subtitle"
    ).text = "Practice standards, procedures and one minute guides for York Children's Social Care."
    ET.SubElement(feed, "updated").text = _stamp(changes[0].day if changes else today)
    ET.SubElement(feed, "link", rel="self", type="application/atom+xml", href=base + URI)
    alternate = home or base + page_url(whats_new.URI)
    ET.SubElement(feed, "link", rel="alternate", type="text/html", href=alternate)
    ET.SubElement(ET.SubElement(feed, "author"), "name").text = AUTHOR
    for change in changes:
        feed.append(_entry(change, base, roles))
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _entry(change: Change, base: str, roles) -> ET.Element:
    page, url = change.page, base + page_url(change.page.uri)
    entry = ET.Element("entry")
    # One id per change, so a feed reader shows an update as a new item.
    ET.SubElement(entry, "id").text = f"{url}#{change.kind.lower()}-{change.day.isoformat()}"
    ET.SubElement(entry, "title").text = f"{change.kind}: {label(page)}"
    ET.SubElement(entry, "updated").text = _stamp(change.day)
    ET.SubElement(entry, "link", rel="alternate", type="text/html", href=url)
    owner = page.meta.get("owner")
    if owner in roles:
        ET.SubElement(ET.SubElement(entry, "author"), "name").text = roles.title(owner)
    if change.note or page.meta.get("summary"):
        ET.SubElement(entry, "summary").text = change.note or page.meta["summary"]
    return entry


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"
