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
                f"Awaiting approval by {who}. Check with your manager before you rely on it.",
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
    """The page's facts (owner, status, version, review dates, its last change), how to report
    a problem, and its history of approved versions.

    Every page says whose it is: a missing owner or review date reads "Not set", never
    nothing, so a reader knows it is missing rather than hidden."""
    meta = page.meta
    owner = meta.get("owner")
    changes = recorded(page)
    facts = [  # each value written as HTML, escaped here
        ("Owner", escape(roles.title(owner) if owner in roles else NOT_SET)),
        ("Status", escape(page.status.capitalize())),
        ("Version", escape(str(meta["version"])) if meta.get("version") else None),
        ("Last reviewed", _when(meta.get("last_reviewed"))),
        ("Next review", _when(meta.get("review_by")) or NOT_SET),
        ("Last changed", _last_changed(changes) if changes else _unchanged(meta)),
    ]
    rows = "".join(
        f"<dt{_class(k, changes)}>{k}</dt><dd{_class(k, changes)}>{v}</dd>" for k, v in facts if v
    )
    report = report_problem(page, roles, settings or Settings(), today) if today else ""
    review_by = meta.get("review_by")
    dated = isinstance(review_by, date) and page.status != "retired"
    due = f' data-review-by="{review_by.isoformat()}"' if dated else ""
    aside = (
        f'<aside class="hub-facts" data-search-exclude{due} aria-label="About this page">'
        f"<dl>{rows}</dl>{report}</aside>"
    )
    return f"\n\n{aside}\n" + (_history(changes, roles) if changes else "")


def recorded(page: Page) -> list[dict]:
    """The page's recorded changes (``hub approve`` and ``hub retire``), oldest first."""
    items = [
        c
        for c in page.meta.get("changes") or []
        if isinstance(c, dict) and isinstance(c.get("date"), date)
    ]
    return sorted(items, key=lambda c: c["date"])


def _class(key: str, changes: list) -> str:
    # "No approved version yet" is left off a printed guide: its status already says draft,
    # and the guide must fit one side of A4 (print.css).
    return ' class="hub-facts__unchanged"' if key == "Last changed" and not changes else ""


def _unchanged(meta: dict) -> str | None:
    # A written page (it has a version) says it has none approved; a generated page says nothing.
    return "No approved version yet" if meta.get("version") else None


def _last_changed(changes: list[dict]) -> str:
    last = changes[-1]
    return (
        f"{_when(last['date'])}: {escape(str(last.get('note', '')))} "
        '<a href="#page-history">See the page\'s history</a>'
    )


def _history(changes: list[dict], roles: Registry) -> str:
    rows = "".join(
        f"<tr><td>{escape(str(c.get('version', '')))}</td><td>{_when(c['date'])}</td>"
        f"<td>{escape(str(c.get('action', '')).capitalize())} by "
        f"{escape(roles.title(c['by']) if c.get('by') in roles else str(c.get('by', '')))}</td>"
        f"<td>{escape(str(c.get('note', '')))}</td></tr>"
        for c in reversed(changes)
    )
    return (
        '\n<details class="hub-history" id="page-history" data-search-exclude>'
        "<summary>Page history: every approved version</summary>"
        '<table><caption>Versions of this page, newest first</caption><thead><tr><th scope="col">Version</th>'
        '<th scope="col">Date</th><th scope="col">Decision</th><th scope="col">What changed</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></details>\n"
    )


def address(uri: str, site_url: str) -> str:
    """The page's full address on the hub (directory URLs, as the build writes them)."""
    return site_url.rstrip("/") + "/" + page_url(uri)


def version(meta: dict, today: date) -> str:
    """The page's version; a page without one (a generated page) is as built today."""
    return str(meta["version"]) if meta.get("version") else f"as built on {markdown.day(today)}"


def report_problem(page: Page, roles: Registry, settings: Settings, today: date) -> str:
    """ "Report a problem with this page": a mail to the owner's address from
    ``extra.hub.mailboxes``, with the page's title, address and version filled in. With no
    address for the owner's role, it says whom to tell instead (no address is ever guessed)."""
    owner = page.meta.get("owner")
    who = f"the {roles.title(owner)}" if owner in roles else "your manager"
    to = settings.mailboxes.get(owner) if owner else None
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
