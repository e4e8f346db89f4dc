"""The induction pathway: which pages are on it, in what order, and its two generated pages (golden)."""

from __future__ import annotations

from datetime import date

from yorkhub.catalogue import Catalogue
from yorkhub.context import Context
from yorkhub.features.induction import checklist as induction_checklist
from yorkhub.features.induction import printable as induction_print
from yorkhub.features.induction.model import by_week, item_key, items
from yorkhub.page import Page
from yorkhub.settings import Settings


def page(uri: str, title: str, week: int | None = None, order: int = 1, why: str = "") -> Page:
    meta = {"title": title}
    if week is not None:
        meta["induction"] = {"week": week, "order": order, "why": why}
    return Page("docs/" + uri, uri, meta, "")


PAGES = [
    page(
        "standards/visits.md", "How often do I visit?", 2, 1, "Visits are where you see the child."
    ),
    page("about/index.md", "About this hub", 1, 1, "Says what *must* and [should] mean."),
    page("delegation/index.md", "Scheme of delegation", 1, 2, "Who may decide what."),
    page("x.md", "Not on it"),
]

CHECKLIST = r"""---
title: Induction for new starters
type: induction
summary: What to read when you join York Children's Social Care, week by week, as
  a checklist you can tick.
---

# Induction for new starters

!!! warning "Draft"

    This pathway is a draft awaiting approval by the Principal Social Worker. Your manager will add what is
    particular to your team.

Welcome to York Children's Social Care. Read these pages in your first weeks, in this order.
Each one says why it matters. Talk about them with your manager in supervision.

Tick each page when you have read it. Your ticks are kept in this browser only: nothing is
sent anywhere and no one else can see them. Clearing your browser's data, or using another
computer, starts the list afresh. Prefer paper? [Print the checklist](print.md).

<p class="hub-induction-progress" data-induction-progress role="status" aria-live="polite" hidden></p>

## Week 1: what do I read? {#week-1}

<ul class="hub-induction" data-induction-list markdown="1">
<li data-induction-item="about/index" markdown="span">[About this hub](../about/index.md): Says what *must* and \[should\] mean.</li>
<li data-induction-item="delegation/index" markdown="span">[Scheme of delegation](../delegation/index.md): Who may decide what.</li>
</ul>

## Week 2: what do I read? {#week-2}

<ul class="hub-induction" data-induction-list markdown="1">
<li data-induction-item="standards/visits" markdown="span">[How often do I visit?](../standards/visits.md): Visits are where you see the child.</li>
</ul>
"""

PRINT = r"""---
title: Induction checklist to print
summary: The induction pathway for new starters as a checklist to print and tick by
  hand.
search:
  exclude: true
---

# Induction checklist to print

Print this page and tick each box by hand. The [checklist on screen](index.md)
keeps your ticks in your browser instead.

## Week 1 {#week-1}

| Done | Page | Why it matters |
|---|---|---|
| ☐ | [About this hub](../about/index.md) | Says what *must* and [should] mean. |
| ☐ | [Scheme of delegation](../delegation/index.md) | Who may decide what. |

## Week 2 {#week-2}

| Done | Page | Why it matters |
|---|---|---|
| ☐ | [How often do I visit?](../standards/visits.md) | Visits are where you see the child. |
"""


def test_only_pages_with_induction_are_on_the_pathway_by_week_then_order():
    pathway = items(PAGES)
    assert [(i.week, i.order, i.uri) for i in pathway] == [
        (1, 1, "about/index.md"),
        (1, 2, "delegation/index.md"),
        (2, 1, "standards/visits.md"),
    ]
    assert [(week, [i.uri for i in group]) for week, group in by_week(pathway)] == [
        (1, ["about/index.md", "delegation/index.md"]),
        (2, ["standards/visits.md"]),
    ]


def test_the_same_order_in_a_week_falls_back_to_title_then_path():
    pathway = items(
        [page("b.md", "Beta", 1, 1), page("a2.md", "Alpha", 1, 1), page("a1.md", "alpha", 1, 1)]
    )
    assert [i.uri for i in pathway] == ["a1.md", "a2.md", "b.md"]


def test_a_tick_is_stored_under_the_page_path_without_md():
    assert item_key(items(PAGES)[0]) == "about/index"


def test_the_checklist_page_is_a_linked_list_per_week_with_why_it_matters():
    assert (
        induction_checklist.checklist_page(items(PAGES), "Principal Social Worker").text()
        == CHECKLIST
    )


def test_the_print_page_is_a_table_per_week_with_empty_boxes():
    assert induction_print.print_page(items(PAGES)).text() == PRINT


def test_generate_uses_the_published_catalogue_and_names_the_owner(registries):
    context = Context(Settings(), date(2026, 1, 1))
    catalogue = Catalogue(PAGES, registries)
    checklist = induction_checklist.generate(catalogue, context).texts()["induction/index.md"]
    assert "approval by the Principal Social Worker" in checklist
    assert list(induction_print.generate(catalogue, context).pages) == ["induction/print.md"]


def test_an_empty_pathway_says_so():
    assert (
        "_No pages are on the pathway yet._"
        in induction_checklist.checklist_page([], "Principal Social Worker").text()
    )
    assert "_No pages are on the pathway yet._" in induction_print.print_page([]).text()
