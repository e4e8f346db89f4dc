"""The induction pathway: the pages a new starter reads, week by week.

A page joins the pathway with ``induction: {order, week, why}`` in its front
matter (checked by the content model). The pathway is a pure function of the
catalogue, so it can never list a page that is not published.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from yorkhub.page import Page


@dataclass(frozen=True)
class Item:
    """One page on the pathway and why a new starter reads it."""

    uri: str
    title: str
    week: int
    order: int
    why: str


def items(pages: list[Page]) -> list[Item]:
    """Every page with ``induction`` front matter, by week, then order, then title."""
    found = [
        Item(
            p.uri,
            p.title,
            p.meta["induction"]["week"],
            p.meta["induction"]["order"],
            p.meta["induction"]["why"],
        )
        for p in pages
        if isinstance(p.meta.get("induction"), dict)
    ]
    return sorted(found, key=lambda i: (i.week, i.order, i.title.lower(), i.uri))


def pathway(pages: list[Page], also: tuple[Item, ...] = ()) -> list[Item]:
    """The whole pathway: the pages that ask to be on it, and ``also`` (generated pages,
    which have no front matter to ask with), in the same order as ``items``."""
    return sorted([*items(pages), *also], key=lambda i: (i.week, i.order, i.title.lower(), i.uri))


def by_week(pathway: list[Item]) -> list[tuple[int, list[Item]]]:
    """The pathway grouped into weeks, first week first (weeks with no pages are left out)."""
    return [(week, list(group)) for week, group in groupby(pathway, key=lambda i: i.week)]


def item_key(item: Item) -> str:
    """The key a reader's tick is stored under: the page's path, stable while the page keeps it."""
    return item.uri.removesuffix(".md")
