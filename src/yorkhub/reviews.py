"""Which pages each owner must review soon, and the one digest email each owner role gets.

Pure: pages, dates and settings in; a listing and ``EmailMessage`` objects out. Sending
is the command's (``commands/reviews.py``), through the SMTP server the environment names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage

from yorkhub.markdown import day
from yorkhub.page import Page


@dataclass(frozen=True)
class Due:
    """One page an owner must review: by when, and whether that day has passed."""

    page: Page
    review_by: date
    overdue: bool
    url: str


def due(pages: list[Page], today: date, within: int, site_url: str) -> dict[str, list[Due]]:
    """Pages whose review date is past or within ``within`` days, by owner role id, soonest
    first. Retired pages are never due."""
    horizon = today + timedelta(days=within)
    found: dict[str, list[Due]] = {}
    for page in pages:
        when = page.review_by
        if page.status == "retired" or when is None or when > horizon:
            continue
        url = site_url.rstrip("/") + "/" + _address(page.uri)
        found.setdefault(page.meta.get("owner", ""), []).append(Due(page, when, when < today, url))
    return {
        owner: sorted(items, key=lambda d: (d.review_by, d.page.uri))
        for owner, items in sorted(found.items())
    }


def listing(by_owner: dict[str, list[Due]], roles, today: date, within: int) -> str:
    """What ``hub reviews`` prints: each owner, then their pages."""
    if not by_owner:
        return f"No page is due for review in the next {within} days or overdue.\n"
    lines = []
    for owner, items in by_owner.items():
        lines.append(f"{_title(roles, owner)} ({owner}): {_count(items)}")
        lines += [f"  {_when(d, today)}  {d.page.src}  {d.page.title}" for d in items]
    return "\n".join(lines) + "\n"


def digest(owner: str, items: list[Due], roles, today: date, sender: str, to: str) -> EmailMessage:
    """The one email an owner role gets: its pages, their dates and links."""
    mail = EmailMessage()
    overdue = sum(d.overdue for d in items)
    mail["Subject"] = f"York practice hub: {_count(items)} to review" + (
        f" ({overdue} overdue)" if overdue else ""
    )
    mail["From"], mail["To"] = sender, to
    body = [
        f"To the {_title(roles, owner)},",
        "",
        "These pages of the York practice hub that you own are due for review. Check each one "
        "is still right, then ask the approver to approve it again (hub approve), or tell the "
        "hub's authors what must change.",
        "",
    ]
    for d in items:
        body += [f"- {d.page.title}", f"  {_when(d, today)}", f"  {d.url}", ""]
    body += [f"Sent by the hub's review reminders on {day(today)}."]
    mail.set_content("\n".join(body) + "\n")
    return mail


def _when(d: Due, today: date) -> str:
    return f"overdue since {day(d.review_by)}" if d.overdue else f"review by {day(d.review_by)}"


def _count(items: list) -> str:
    return f"{len(items)} page{'s' if len(items) != 1 else ''}"


def _title(roles, owner: str) -> str:
    return roles.title(owner) if owner in roles else owner or "no owner"


def _address(uri: str) -> str:
    stem = uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"
