"""Real builds: draft guides stay out of production everywhere; preview shows them with a banner."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
import search_eval
from conftest import copy_project
from factories import RECENT, with_two_guides

pytestmark = pytest.mark.slow


@pytest.fixture
def hub_with_guides(small_hub):
    return with_two_guides(small_hub)


@pytest.fixture(scope="module")
def production_with_guides(tmp_path_factory):
    """The production build of the hub with the two guides, shared by the tests that read it."""
    return with_two_guides(copy_project(tmp_path_factory.mktemp("guides"))).build()


def _site_text(site) -> dict[str, str]:
    texts = {
        name: (site / name).read_text(encoding="utf-8")
        for name in ("guides/index.html", "whats-new/index.html", "sitemap.xml", "feed.xml")
    }
    texts["search"] = json.dumps(search_eval.indexed(site))  # what readers' search holds
    return texts


def test_the_production_build_leaves_draft_guides_out_of_pages_search_listings_sitemap_and_feed(
    production_with_guides,
):
    built = production_with_guides
    assert built.returncode == 0, built.log
    assert (built.site / "guides/0001-published-guide/index.html").is_file()
    assert not (built.site / "guides/0002-draft-guide").exists()
    texts = _site_text(built.site)
    for name, text in texts.items():
        assert "0001-published-guide" in text, name
        assert "0002-draft-guide" not in text and "Zebra crossings" not in text, name
    linked_from = [
        p for p in built.site.rglob("*.html") if "0002-draft-guide" in p.read_text(encoding="utf-8")
    ]
    assert linked_from == []  # no page, nav or listing links to the draft
    searched = search_eval.indexed(built.site).values()
    assert not any("zebracrossings" in page["text"] for page in searched)
    assert any("core groups" in page["text"] for page in searched)


def test_a_preview_build_shows_draft_guides_with_a_draft_banner(hub_with_guides):
    built = hub_with_guides.build(env={"HUB_DRAFTS": "preview"})
    assert built.returncode == 0, built.log
    html = (built.site / "guides/0002-draft-guide/index.html").read_text()
    assert re.search(
        r'<div class="admonition warning hub-draft"[^>]*>\s*<p class="admonition-title">Draft</p>',
        html,
    )
    assert "Awaiting approval by the Principal Social Worker" in html
    for name, text in _site_text(built.site).items():
        assert "0002-draft-guide" in text, name
    assert (
        "Zebra crossings guide</a></strong> <strong>(draft)</strong>"
        in (built.site / "guides/index.html").read_text()
    )


def test_a_guide_shows_its_number_reading_time_and_the_feed_is_discoverable(
    production_with_guides,
):
    built = production_with_guides
    assert built.returncode == 0, built.log
    html = (built.site / "guides/0001-published-guide/index.html").read_text()
    day = date.fromisoformat(RECENT)
    assert (
        f'<p class="hub-guide-facts">One minute guide <strong>No. 1</strong> · Published {day.day} {day:%B %Y} · '
        "1 minute read</p>"
    ) in html
    assert (
        '<link rel="alternate" type="application/atom+xml" title="York practice hub: new and updated pages" href="http://127.0.0.1:8000/feed.xml">'
        in html
    )
    whats_new = (built.site / "whats-new/index.html").read_text()
    assert '<span class="hub-badge hub-badge--new">New</span>' in whats_new
    assert (
        '<a class="md-button" href="../feed.xml">Subscribe to the hub\'s updates</a>' in whats_new
    )
    assert "Add a New RSS Feed" in whats_new
