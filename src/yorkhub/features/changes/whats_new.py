"""What's new: the hub's amendments log, from front-matter dates.

New pages (their ``published`` date) and updated pages (their ``last_reviewed``
date), newest first, each with a New or Updated badge written as text, so it
does not rely on colour. Pages from the last ``new_days`` days come first.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub import markdown as md
from yorkhub.features.changes.amendments import URI as AMENDMENTS_URI
from yorkhub.features.changes.model import FEED_URI, all_changes, label, split_recent
from yorkhub.generated import Output
from yorkhub.markdown import day, link, table

URI = "whats-new.md"
TITLE = "What's new"
OWNER = "principal-social-worker"  # owns the hub as a whole
EARLIER_LIMIT = 50  # the log stays short enough to scan; the feed and review schedule hold the rest


def generate(catalogue, context) -> Output:
    recent, earlier = split_recent(
        all_changes(catalogue.pages, context.today), context.today, context.settings.new_days
    )
    days = context.settings.new_days
    parts = [
        f"# {TITLE}\n",
        "Pages that are new or have been updated, newest first. A page is **New** on the",
        "date it was published and **Updated** on the date its owner last reviewed it;",
        "a page no longer in use is marked **Retired**.\n",
        f"## What changed in the last {days} days?\n",
        _log(recent) if recent else f"_Nothing is new or updated in the last {days} days._\n",
    ]
    if earlier:
        parts += ["## What changed before that?\n", _log(earlier[:EARLIER_LIMIT])]
    parts.append(
        f"Every approved change, month by month: {link(URI, AMENDMENTS_URI, 'the amendments log')}.\n"
    )
    parts.append(subscribe(context.settings.site_url))
    return Output(pages={URI: generated.page(TITLE, "\n".join(parts), **META)})


# The page's front matter besides its title: the feed links the page only where it is published.
META = {
    "summary": "New and updated pages across the hub, newest first.",
    "keywords": ["new", "updated", "changes", "amendments", "subscribe", "RSS", "feed"],
    "owner": OWNER,
    "status": "draft",
}


def badge(kind: str) -> md.Markdown:
    """The change as a word in a badge: the word carries the meaning, the colour only helps."""
    return md.Markdown(f'<span class="hub-badge hub-badge--{kind.lower()}">{kind}</span>')


def _log(changes) -> str:
    rows = [
        [
            day(c.day),
            badge(c.kind),
            link(URI, c.page.uri, label(c.page)),
            c.note or c.page.meta.get("summary", ""),
        ]
        for c in changes
    ]
    return table(["date", "change", "page", "what changed, or what it is about"], rows)


def subscribe(site_url: str) -> str:
    """How to get these changes in Outlook or any feed reader."""
    address = site_url.rstrip("/") + "/" + FEED_URI
    return "\n".join(
        [
            "## How do I get told about changes?\n",
            f"[Subscribe to the hub's updates]({FEED_URI}){{ .md-button }}\n",
            "The hub publishes a feed of new and updated pages (an Atom feed).",
            "To get new and updated pages in Outlook:\n",
            "1. In the folder pane, right-click **RSS Feeds** (or **RSS Subscriptions**).",
            "2. Choose **Add a New RSS Feed**.",
            f"3. Paste this address: `{address}`, then choose **Add** and **Yes**.\n",
            "Any other feed reader works too: give it the same address.\n",
        ]
    )
