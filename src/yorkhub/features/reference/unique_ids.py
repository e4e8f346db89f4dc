"""Every page's ``id`` is its own: guides cite audits by id, and readers find pages by it."""

from __future__ import annotations

from collections import defaultdict

from yorkhub.problems import Problem


def check(catalogue, context) -> list[Problem]:
    return repeated(catalogue, "id")


def repeated(catalogue, key: str) -> list[Problem]:
    """A problem on each page after the first that uses the same value of ``key``."""
    holders = defaultdict(list)
    for page in catalogue.pages:
        if key in page.meta:
            holders[page.meta[key]].append(page)
    return [
        Problem(
            page.src,
            page.line(key),
            f"{key}: {value} is already used by {pages[0].src}: choose another",
        )
        for value, pages in holders.items()
        for page in pages[1:]
    ]
