"""What a reader sees around a page's own text: status notices and the page's facts.

Built into the page's HTML at build time (no script), so a printed or saved page
carries them too.
"""

from __future__ import annotations

from datetime import date
from html import escape

from yorkhub import markdown
from yorkhub.page import Page
from yorkhub.registry import Registry


def before(page: Page, roles: Registry, today: date) -> str:
    """Admonitions shown above the page's text: draft, retired, due for review."""
    notes = []
    if page.status == "draft":
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


def after(page: Page, roles: Registry) -> str:
    """The page's facts: owner, status, version and review dates."""
    meta = page.meta
    facts = [
        ("Owner", roles.title(meta["owner"]) if meta.get("owner") in roles else None),
        ("Status", page.status.capitalize()),
        ("Version", meta.get("version")),
        ("Last reviewed", _when(meta.get("last_reviewed"))),
        ("Next review", _when(meta.get("review_by"))),
    ]
    rows = "".join(f"<dt>{k}</dt><dd>{escape(str(v))}</dd>" for k, v in facts if v)
    return f'\n\n<aside class="hub-facts" data-search-exclude aria-label="About this page"><dl>{rows}</dl></aside>\n'


def _admonition(kind: str, title: str, text: str) -> str:
    # Material's admonition markup, written as HTML so it can carry data-search-exclude:
    # the same notice on every page must not be what search finds.
    return (
        f'<div class="admonition {kind}" data-search-exclude><p class="admonition-title">{escape(title)}</p>'
        f"<p>{escape(text)}</p></div>\n\n"
    )


def _when(value: date | None) -> str | None:
    return markdown.day(value) if value else None
