"""Golden cases: the guides index and What's new, exactly, from a small catalogue."""

from __future__ import annotations

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


GUIDES_INDEX = r"""---
title: One minute guides
summary: Short guides from the Advanced Practitioner team that share what audits have
  taught us.
keywords:
- OMG
- one minute guide
- guides
- learning
---

# One minute guides

One minute guides share what York's audits and inspections have taught us, on
one side of A4. Each has a number that never changes, so you can refer to a
guide by its number. Print a guide for a team meeting or supervision: it fits on
one page.

Jump to: [newest first](#newest-first) · [by number](#by-number) · [by theme](#by-theme) · [by audience](#by-audience)

## Newest first

- No. 1: **[Why do core groups matter?](0001-core-groups.md)**, published 2 March 2020. What No. 1 is for.
- No. 2: **[Visits & &lt;plans&gt;: what now?](0002-visits.md)** **(draft)**, published 10 January 2020. What No. 2 is for.
- No. 3: **[An old guide](0003-old.md)** **(retired)**, published 1 June 2019. What No. 3 is for.

## By number { data-search-exclude }

| number | guide | published | summary |
|---|---|---|---|
| No. 1 | [Why do core groups matter?](0001-core-groups.md) | 2 March 2020 | What No. 1 is for. |
| No. 2 | [Visits & &lt;plans&gt;: what now?](0002-visits.md) | 10 January 2020 | What No. 2 is for. |
| No. 3 | [An old guide](0003-old.md) | 1 June 2019 | What No. 3 is for. |

## By theme { data-search-exclude }

### Drift and delay { data-search-exclude }

- No. 1: **[Why do core groups matter?](0001-core-groups.md)**, published 2 March 2020. What No. 1 is for.
- No. 2: **[Visits & &lt;plans&gt;: what now?](0002-visits.md)** **(draft)**, published 10 January 2020. What No. 2 is for.

### Visiting children { data-search-exclude }

- No. 3: **[An old guide](0003-old.md)** **(retired)**, published 1 June 2019. What No. 3 is for.

### Multi-agency work in conferences and core groups { data-search-exclude }

- No. 1: **[Why do core groups matter?](0001-core-groups.md)**, published 2 March 2020. What No. 1 is for.

## By audience { data-search-exclude }

### Social workers { data-search-exclude }

- No. 1: **[Why do core groups matter?](0001-core-groups.md)**, published 2 March 2020. What No. 1 is for.
- No. 2: **[Visits & &lt;plans&gt;: what now?](0002-visits.md)** **(draft)**, published 10 January 2020. What No. 2 is for.
- No. 3: **[An old guide](0003-old.md)** **(retired)**, published 1 June 2019. What No. 3 is for.

### Managers { data-search-exclude }

- No. 1: **[Why do core groups matter?](0001-core-groups.md)**, published 2 March 2020. What No. 1 is for.
"""

WHATS_NEW = r"""---
title: What's new
summary: New and updated pages across the hub, newest first.
keywords:
- new
- updated
- changes
- amendments
- subscribe
- RSS
- feed
---

# What's new

Pages that are new or have been updated, newest first. A page is **New** on the
date it was published and **Updated** on the date its owner last reviewed it;
a page no longer in use is marked **Retired**.

## What changed in the last 60 days?

| date | change | page | what it is about |
|---|---|---|---|
| 10 March 2020 | <span class="hub-badge hub-badge--updated">Updated</span> | [About this hub](about/index.md) | What the hub is \| for. |
| 2 March 2020 | <span class="hub-badge hub-badge--retired">Retired</span> | [One minute guide No. 3: An old guide](guides/0003-old.md) | What No. 3 is for. |
| 2 March 2020 | <span class="hub-badge hub-badge--new">New</span> | [One minute guide No. 1: Why do core groups matter?](guides/0001-core-groups.md) | What No. 1 is for. |

## What changed before that?

| date | change | page | what it is about |
|---|---|---|---|
| 10 January 2020 | <span class="hub-badge hub-badge--new">New</span> | [One minute guide No. 2: Visits & &lt;plans&gt;: what now?](guides/0002-visits.md) | What No. 2 is for. |

## How do I get told about changes?

[Subscribe to the hub's updates](feed.xml){ .md-button }

The hub publishes a feed of new and updated pages (an Atom feed).
To get new and updated pages in Outlook:

1. In the folder pane, right-click **RSS Feeds** (or **RSS Subscriptions**).
2. Choose **Add a New RSS Feed**.
3. Paste this address: `https://hub.example.org/practice/feed.xml`, then choose **Add** and **Yes**.

Any other feed reader works too: give it the same address.
"""


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
