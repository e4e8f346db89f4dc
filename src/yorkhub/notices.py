"""What a reader sees around a page's own text: status notices and the page's facts.

Built into the page's HTML at build time (no script), so a printed or saved page
carries them too.
"""

from __future__ import annotations

from datetime import date
from html import escape
from urllib.parse import quote

from yorkhub import markdown
from yorkhub.features.changes.model import page_url
from yorkhub.page import Page
from yorkhub.registry import Registry
from yorkhub.settings import Settings

NOT_SET = "Not set"
HOME = "index.md"


def before(page: Page, roles: Registry, today: date) -> str:
    """Admonitions shown above the page's text: draft, retired, due for review."""
    notes = []
    # The home page holds no guidance of its own, only the ways to it: its facts say it is a
    # draft, and a notice above its search box would push the box off a phone's first screen.
    if page.status == "draft" and page.uri != HOME:
        approver = page.meta.get("approver")
        who = f"the {roles.title(approver)}" if approver in roles else "the service"
        notes.append(
            _admonition(
                "warning hub-draft",
                "Draft",
                f"This is a draft awaiting approval by {who}. Check with your manager before you rely on it.",
            )
        )
    if page.status == "retired":
        notes.append(
            _admonition(
                "danger hub-retired",
                "Retired",
                "This page is no longer in use. Do not follow it; see the related documents for what replaced it.",
            )
        )
    if page.is_due_for_review(today):
        notes.append(
            _admonition(
                "warning hub-due",
                "Due for review",
                f"This page was due for review on {_when(page.review_by)}. It may be out of date: check with its owner.",
            )
        )
    return "".join(notes)


def after(
    page: Page, roles: Registry, settings: Settings | None = None, today: date | None = None
) -> str:
    """The page's facts (owner, status, version, review dates) and how to report a problem.

    Every page says whose it is: a missing owner or review date reads "Not set", never
    nothing, so a reader knows it is missing rather than hidden."""
    meta = page.meta
    owner = meta.get("owner")
    facts = [
        ("Owner", roles.title(owner) if owner in roles else NOT_SET),
        ("Status", page.status.capitalize()),
        ("Version", meta.get("version")),
        ("Last reviewed", _when(meta.get("last_reviewed"))),
        ("Next review", _when(meta.get("review_by")) or NOT_SET),
    ]
    rows = "".join(f"<dt>{k}</dt><dd>{escape(str(v))}</dd>" for k, v in facts if v)
    report = report_problem(page, roles, settings or Settings(), today) if today else ""
    return (
        '\n\n<aside class="hub-facts" data-search-exclude aria-label="About this page">'
        f"<dl>{rows}</dl>{report}</aside>\n"
    )


def address(uri: str, site_url: str) -> str:
    """The page's full address on the hub (directory URLs, as the build writes them)."""
    return site_url.rstrip("/") + "/" + page_url(uri)


def version(meta: dict, today: date) -> str:
    """The page's version; a page without one (a generated page) is as built today."""
    return str(meta["version"]) if meta.get("version") else f"as built on {markdown.day(today)}"


def report_problem(page: Page, roles: Registry, settings: Settings, today: date) -> str:
    """ "Report a problem with this page": a mail to the owner's address from
    ``extra.hub.report_to``, with the page's title, address and version filled in. With no
    address for the owner's role, it says whom to tell instead (no address is ever guessed)."""
    owner = page.meta.get("owner")
    who = f"the {roles.title(owner)}" if owner in roles else "your manager"
    to = settings.report_to.get(owner) if owner else None
    if not to:
        return (
            f'<p class="hub-report">Report a problem with this page: tell {escape(who)}, '
            "who looks after it.</p>"
        )
    lines = [
        f"Page: {page.title}",
        f"Address: {address(page.uri, settings.site_url)}",
        f"Version: {version(page.meta, today)}",
        "",
        "What is wrong, and what should it say?",
        "",
    ]
    subject = quote(f"Problem with a hub page: {page.title}", safe="")
    body = quote("\r\n".join(lines), safe="")
    href = f"mailto:{quote(to, safe='@')}?subject={subject}&body={body}"
    return (
        f'<p class="hub-report"><a href="{escape(href)}">Report a problem with this page</a> '
        f"to {escape(who)}, who looks after it.</p>"
    )


def _admonition(kind: str, title: str, text: str) -> str:
    # Material's admonition markup, written as HTML so it can carry data-search-exclude:
    # the same notice on every page must not be what search finds.
    return (
        f'<div class="admonition {kind}" data-search-exclude><p class="admonition-title">{escape(title)}</p>'
        f"<p>{escape(text)}</p></div>\n\n"
    )


def _when(value: date | None) -> str | None:
    return markdown.day(value) if value else None
