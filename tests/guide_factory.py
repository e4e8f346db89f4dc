"""Small, checked catalogues of guides and pages for the guide tests."""

from __future__ import annotations

from datetime import date

from factories import context as make_context

from yorkhub.catalogue import Catalogue
from yorkhub.context import Context
from yorkhub.settings import Settings
from yorkhub.validate import check_page

TODAY = date(2020, 3, 20)


def guide_text(
    number: int,
    title: str,
    *,
    published: str = "2020-03-02",
    status: str = "draft",
    themes: str = "[drift-and-delay]",
    audience: str = "[social-workers]",
    body: str = "## What is it?\n\nA short guide.\n",
    extra: str = "",
) -> str:
    """The text of a valid one minute guide."""
    approval = (
        "approver: principal-social-worker\n"
        if status == "draft"
        else f"approved_by: principal-social-worker\napproved: {published}\nlast_reviewed: 2020-03-02\n"
    )
    return (
        f'---\ntype: one-minute-guide\nnumber: {number}\ntitle: "{title}"\nsummary: What No. {number} is for.\n'
        f"owner: ap-team\nstatus: {status}\n{approval}published: {published}\nreview_by: 2021-03-01\n"
        f"audience: {audience}\nthemes: {themes}\ncontact: ap-team\n{extra}---\n\n# {title}\n\n{body}"
    )


def page(registries, src: str, text: str):
    """A checked page from ``text``; the test fails if the page has problems."""
    uri = src.removeprefix("docs/")
    found, problems = check_page(src, uri, text.encode(), registries)
    assert problems == [], problems
    return found


def catalogue(registries, *pages) -> Catalogue:
    return Catalogue(sorted(pages, key=lambda p: p.uri), registries)


def context(**settings) -> Context:
    site = {"site_url": "https://hub.example.org/practice/", **settings}
    return make_context(settings=Settings(**site), today=TODAY)
