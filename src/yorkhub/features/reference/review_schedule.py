"""The review schedule: every page's owner and review-by date, overdue first.

Also written as ``reviews.json`` so owners can be reminded by a script, as the
GOV.UK tech docs do with their page review dates.
"""

from __future__ import annotations

import json

from yorkhub import generated
from yorkhub.generated import Output
from yorkhub.markdown import Markdown, link, table

URI = "authoring/review-schedule.md"
OWNER = "principal-social-worker"
JSON_URI = "reviews.json"


def generate(catalogue, context) -> Output:
    roles = catalogue.registries["roles"]
    pages = sorted(
        catalogue.pages, key=lambda p: (p.review_by is None, p.review_by or context.today, p.uri)
    )
    overdue = [p for p in pages if p.is_due_for_review(context.today)]
    rows = [
        [
            link(URI, p.uri, p.title),
            roles.title(p.meta["owner"]) if "owner" in p.meta else None,
            p.status,
            p.meta.get("last_reviewed"),
            p.review_by,
            Markdown("**overdue**") if p in overdue else "",
        ]
        for p in pages
    ]
    body = [
        "# Review schedule\n",
        f"Built on {context.today.isoformat()}. {len(overdue)} of {len(pages)} pages are past their review date.\n",
        table(["page", "owner", "status", "last reviewed", "review by", ""], rows),
        f"\nThe same list as data, for reminders: {link(URI, JSON_URI, 'reviews.json')}.\n",
    ]
    data = [
        {
            "page": p.uri,
            "title": p.title,
            "owner": p.meta.get("owner"),
            "status": p.status,
            "last_reviewed": _iso(p.meta.get("last_reviewed")),
            "review_by": _iso(p.review_by),
            "overdue": p in overdue,
        }
        for p in pages
    ]
    return Output(
        pages={
            URI: generated.page(
                "Review schedule",
                "\n".join(body),
                summary="Every page's owner and review date, overdue first.",
                owner=OWNER,
                status="draft",
            ),
            JSON_URI: generated.data_file(json.dumps(data, indent=1) + "\n"),
        }
    )


def _iso(value):
    return value.isoformat() if value else None
