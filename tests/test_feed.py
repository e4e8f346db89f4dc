"""The Atom feed: exact XML from a small catalogue, valid Atom, absolute links, escaped text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import golden
import pytest
from guide_factory import TODAY, catalogue, context
from test_guides_listings import small_catalogue

from yorkhub.features.changes import feed
from yorkhub.features.changes.model import page_url

NS = {"a": "http://www.w3.org/2005/Atom"}

FEED = golden.load("changes/feed.xml")


def test_the_feed_is_exactly_as_expected(registries):
    assert feed.generate(small_catalogue(registries), context()).texts() == {"feed.xml": FEED}


def test_the_feed_is_valid_atom_with_every_required_element(registries):
    root = ET.fromstring(
        feed.generate(small_catalogue(registries), context()).texts()["feed.xml"].encode()
    )
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    for required in ("a:id", "a:title", "a:updated", "a:author/a:name"):
        assert (root.findtext(required, namespaces=NS) or "").strip(), required
    entries = root.findall("a:entry", NS)
    assert len(entries) == 4  # the page reviewed after today is not news yet
    for entry in entries:
        for required in ("a:id", "a:title", "a:updated"):
            assert (entry.findtext(required, namespaces=NS) or "").strip(), required
        assert entry.find("a:link[@rel='alternate']", NS) is not None
    ids = [e.findtext("a:id", namespaces=NS) for e in entries]
    assert len(set(ids)) == len(ids)


def test_every_link_is_absolute_from_site_url(registries):
    root = ET.fromstring(
        feed.generate(
            small_catalogue(registries), context(site_url="http://intranet.york.example/hub")
        ).texts()["feed.xml"]
    )
    hrefs = [link.get("href") for link in root.iter("{http://www.w3.org/2005/Atom}link")]
    assert len(hrefs) == 6
    assert all(h.startswith("http://intranet.york.example/hub/") for h in hrefs), hrefs


def test_titles_are_escaped_and_read_back_as_written(registries):
    root = ET.fromstring(feed.generate(small_catalogue(registries), context()).texts()["feed.xml"])
    titles = [e.findtext("a:title", namespaces=NS) for e in root.findall("a:entry", NS)]
    assert "New: One minute guide No. 2: Visits & <plans>: what now?" in titles


def test_an_empty_hub_still_gives_a_valid_feed_dated_today(registries):
    root = ET.fromstring(feed.generate(catalogue(registries), context()).texts()["feed.xml"])
    assert root.findtext("a:updated", namespaces=NS) == f"{TODAY.isoformat()}T00:00:00Z"
    assert root.findall("a:entry", NS) == []


@pytest.mark.parametrize(
    "uri, url",
    [
        ("index.md", ""),
        ("about/index.md", "about/"),
        ("guides/0003-x.md", "guides/0003-x/"),
        ("feed.xml", "feed.xml"),
    ],
)
def test_page_url(uri, url):
    assert page_url(uri) == url


def test_feed_dates_never_depend_on_the_day_it_is_built(registries):
    later = context()
    later = type(later)(later.settings, date(2020, 3, 31))  # before the "Later" page's review
    assert feed.generate(small_catalogue(registries), later).texts() == {"feed.xml": FEED}
