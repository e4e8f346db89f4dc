"""Amendments: every recorded change to every page, by month, newest first.

The log procedures manuals keep, made from what ``hub approve`` and ``hub retire``
wrote in each page's ``changes``; What's new and the feed read the same history.
"""

from __future__ import annotations

from itertools import groupby

from yorkhub import generated
from yorkhub import markdown as md
from yorkhub.features.changes.model import every_change, label
from yorkhub.generated import Output
from yorkhub.markdown import day, link, table

URI = "about/amendments.md"
WHATS_NEW = "whats-new.md"
OWNER = "principal-social-worker"  # owns the hub as a whole, as What's new
TITLE = "What has changed, month by month?"


def generate(catalogue, context) -> Output:
    roles = catalogue.registries["roles"]
    changes = [c for c in every_change(catalogue.pages, context.today) if c.by]
    parts = [
        f"# {TITLE}\n",
        "Every approved change to the hub's pages, newest first: the date, the page, its",
        "new version, what changed and the role that approved it. Each page lists its own",
        "history at its foot.",
    ]
    if context.settings.audience != "public":  # What's new is for staff only
        whats_new = link(URI, WHATS_NEW, "What's new")
        parts.append(f"{whats_new} shows the latest change of each page.")
    parts[-1] += "\n"
    if not changes:
        parts.append(
            "_No change has been approved yet: every page is still a draft awaiting approval._\n"
        )
    for _, items in groupby(changes, key=lambda c: (c.day.year, c.day.month)):
        items = list(items)
        parts.append(f"## {md.month(items[0].day)}\n")
        rows = [
            [
                day(c.day),
                link(URI, c.page.uri, label(c.page)),
                c.version,
                f"{c.kind}: {c.note}" if c.kind != "Updated" else c.note,
                roles.title(c.by) if c.by in roles else c.by,
            ]
            for c in items
        ]
        parts.append(table(["date", "page", "version", "what changed", "approved by"], rows))
    return Output(
        pages={
            URI: generated.page(
                TITLE,
                "\n".join(parts),
                summary="Every approved change to the hub's pages, by month, newest first.",
                keywords=["amendments", "changes", "history", "version", "approved"],
                # Public: in the public build it lists only the public pages' changes.
                visibility="public",
                owner=OWNER,
                status="draft",
            )
        }
    )
