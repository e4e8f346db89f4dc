"""Real builds: draft guides stay out of production everywhere; preview shows them with a banner."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, timedelta

import pytest
from guide_factory import guide_text

pytestmark = pytest.mark.slow

RECENT = (date.today() - timedelta(days=3)).isoformat()
BODY = "## What is it?\n\nA guide about {what}.\n\n## What do I need to do?\n\n- Act on {what}.\n"


@pytest.fixture
def hub_with_guides(hub_copy):
    """The hub with exactly two guides: No. 1 approved, No. 2 a draft."""
    shutil.rmtree(hub_copy.root / "guides")
    hub_copy.write(
        "guides/0001-published-guide.md",
        guide_text(
            1,
            "A published guide",
            published=RECENT,
            status="approved",
            body=BODY.format(what="core groups"),
        )
        .replace("last_reviewed: 2020-03-02", f"last_reviewed: {RECENT}")
        .replace("2021-03-01", "2099-01-01"),
    )
    hub_copy.write(
        "guides/0002-draft-guide.md",
        guide_text(
            2, "Zebra crossings guide", published=RECENT, body=BODY.format(what="zebracrossings")
        ).replace("2021-03-01", "2099-01-01"),
    )
    return hub_copy


def _site_text(site) -> dict[str, str]:
    return {
        name: (site / name).read_text(encoding="utf-8")
        for name in (
            "guides/index.html",
            "whats-new/index.html",
            "sitemap.xml",
            "feed.xml",
            "search/search_index.json",
        )
    }


def test_the_production_build_leaves_draft_guides_out_of_pages_search_listings_sitemap_and_feed(
    hub_with_guides,
):
    built = hub_with_guides.build()
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
    search = json.loads(texts["search/search_index.json"])
    assert not any("zebracrossings" in doc["text"] for doc in search["docs"])
    assert any("core groups" in doc["text"] for doc in search["docs"])


def test_a_preview_build_shows_draft_guides_with_a_draft_banner(hub_with_guides):
    built = hub_with_guides.build(env={"HUB_DRAFTS": "preview"})
    assert built.returncode == 0, built.log
    html = (built.site / "guides/0002-draft-guide/index.html").read_text()
    assert re.search(
        r'<div class="admonition warning hub-draft"[^>]*>\s*<p class="admonition-title">Draft</p>',
        html,
    )
    assert "awaiting approval by the Principal Social Worker" in html
    for name, text in _site_text(built.site).items():
        assert "0002-draft-guide" in text, name
    assert (
        "Zebra crossings guide</a></strong> <strong>(draft)</strong>"
        in (built.site / "guides/index.html").read_text()
    )


def test_a_guide_shows_its_number_reading_time_and_the_feed_is_discoverable(hub_with_guides):
    built = hub_with_guides.build()
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


def test_a_guide_over_the_word_budget_fails_the_build_and_hub_check_with_the_same_message(
    hub_with_guides,
):
    hub_with_guides.write(
        "guides/0003-long.md", guide_text(3, "Long", body="## What is it?\n\n" + "word " * 600)
    )
    message = (
        "guides/0003-long.md: the guide has 604 words; the budget is 500: cut it to one side of A4"
    )
    built = hub_with_guides.build()
    assert built.returncode == 1
    assert f"WARNING -  hub: {message}" in built.warnings()
    checked = hub_with_guides.hub("check")
    assert checked.returncode == 1
    assert message in checked.stderr.splitlines()
