"""Golden cases: the guides index and What's new, exactly, from a small catalogue."""

from __future__ import annotations

import golden
from guide_factory import catalogue, context, guide_text, page

from yorkhub.features.changes import whats_new
from yorkhub.features.guides import index_page as guides_index

ABOUT = """---
type: reference
title: About this hub
summary: What the hub is | for.
owner: principal-social-worker
status: approved
last_reviewed: 2020-03-10
review_by: 2021-03-10
---
# About
"""
LATER = ABOUT.replace("About this hub", "Later").replace("2020-03-10", "2020-04-01")


def small_catalogue(registries):
    """Three guides (approved, draft, retired), a reviewed page, and a page reviewed after today."""
    return catalogue(
        registries,
        page(
            registries,
            "guides/0001-core-groups.md",
            guide_text(
                1,
                "Why do core groups matter?",
                published="2020-03-02",
                status="approved",
                themes="[multi-agency-engagement, drift-and-delay]",
                audience="[social-workers, managers]",
            ),
        ),
        page(
            registries,
            "guides/0002-visits.md",
            guide_text(2, "Visits & <plans>: what now?", published="2020-01-10"),
        ),
        page(
            registries,
            "guides/0003-old.md",
            guide_text(
                3,
                "An old guide",
                published="2019-06-01",
                status="retired",
                themes="[statutory-visits]",
            ),
        ),
        page(registries, "docs/about/index.md", ABOUT),
        page(registries, "docs/later.md", LATER),
    )


GUIDES_INDEX = golden.load("guides/guides-index.md")

WHATS_NEW = golden.load("guides/whats-new.md")


def test_the_guides_index_lists_guides_newest_first_by_number_by_theme_and_by_audience(registries):
    assert guides_index.generate(small_catalogue(registries), context()).texts() == {
        "guides/index.md": GUIDES_INDEX
    }


def test_the_guides_index_says_when_there_are_no_guides(registries):
    text = guides_index.generate(catalogue(registries), context()).texts()["guides/index.md"]
    assert text.endswith("_No guides have been published yet._\n")
    assert "## By number" not in text


def test_whats_new_lists_recent_then_earlier_changes_with_badges_and_how_to_subscribe(registries):
    assert whats_new.generate(small_catalogue(registries), context()).texts() == {
        "whats-new.md": WHATS_NEW
    }


def test_whats_new_window_comes_from_the_settings(registries):
    text = whats_new.generate(small_catalogue(registries), context(new_days=5)).texts()[
        "whats-new.md"
    ]
    assert (
        "## What changed in the last 5 days?\n\n_Nothing is new or updated in the last 5 days._\n"
        in text
    )
    assert text.count("hub-badge--") == 4


def test_badges_carry_their_meaning_in_words(registries):
    assert whats_new.badge("New") == '<span class="hub-badge hub-badge--new">New</span>'
    assert whats_new.badge("Updated") == '<span class="hub-badge hub-badge--updated">Updated</span>'
