"""The induction pathway: which pages are on it, in what order, and its two generated pages (golden)."""

from __future__ import annotations

import golden
from factories import context as make_context

from yorkhub.catalogue import Catalogue
from yorkhub.features.induction import checklist as induction_checklist
from yorkhub.features.induction import printable as induction_print
from yorkhub.features.induction.model import by_week, item_key, items
from yorkhub.page import Page


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

CHECKLIST = golden.load("induction/checklist.md")

PRINT = golden.load("induction/print.md")


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
    assert induction_print.print_page(items(PAGES), "Principal Social Worker").text() == PRINT


def test_generate_uses_the_published_catalogue_and_names_the_owner(registries):
    context = make_context()
    catalogue = Catalogue(PAGES, registries)
    checklist = induction_checklist.generate(catalogue, context).texts()["induction/index.md"]
    assert "approval by the Principal Social Worker" in checklist
    assert list(induction_print.generate(catalogue, context).pages) == ["induction/print.md"]


def test_the_pathway_includes_the_glossary_and_the_timescales_in_week_one(registries):
    catalogue = Catalogue(PAGES, registries)
    for made in (
        induction_checklist.generate(catalogue, make_context()).texts()["induction/index.md"],
        induction_print.generate(catalogue, make_context()).texts()["induction/print.md"],
    ):
        week_one = made.split("## Week 1", 1)[1].split("## Week 2", 1)[0]
        assert "[Glossary: what do the abbreviations mean?](../about/glossary.md)" in week_one
        assert "[Timescales at a glance](../timescales/index.md)" in week_one


def test_the_printed_checklist_has_spaces_for_the_starter_and_the_sign_off_and_says_it_is_a_draft():
    text = induction_print.print_page(items(PAGES), "Principal Social Worker").text()
    assert "**This pathway is a draft awaiting approval by the Principal Social Worker.**" in text
    for label in ("Your name", "Your start date", "Manager's name", "Manager's signature"):
        assert f'<th scope="row">{label}</th><td class="hub-write-in"></td>' in text.replace(
            "&#x27;", "'"
        )


def test_an_empty_pathway_says_so():
    assert (
        "_No pages are on the pathway yet._"
        in induction_checklist.checklist_page([], "Principal Social Worker").text()
    )
    assert (
        "_No pages are on the pathway yet._"
        in induction_print.print_page([], "Principal Social Worker").text()
    )
