"""The scheme of delegation and the induction checklist in a real browser, and in the search index.

The real hub is built strictly and served on 127.0.0.1; Debian's chromium runs
the page's own scripts. The expected rows come from data/delegation.yml, so the
tests follow the data, but each asserts a filter that leaves some rows out.
"""

from __future__ import annotations

import json

import pytest
import search_eval
import yaml
from conftest import ROOT

from yorkhub.features.delegation.model import parse

AREA, ROLE = "legal", "head-of-service"


@pytest.fixture(scope="module")
def scheme(registries):
    data = yaml.safe_load((ROOT / "data/delegation.yml").read_text(encoding="utf-8"))
    found, problems = parse(data, registries["roles"])
    assert problems == []
    return found


@pytest.fixture(scope="module")
def built(production_build):
    """The real hub, built strictly with site_url on a free port (the session's production build)."""
    return production_build.port, production_build.site


@pytest.fixture(scope="module")
def browser_at(served_production_hub):
    """(base URL, browser) with the built hub served on 127.0.0.1."""
    base, _, browser = served_production_hub
    return base, browser


def shown_rows(page) -> list[str]:
    return page.eval_on_selector_all(
        "tr[data-decision]",
        "rows => rows.filter(r => r.getClientRects().length).map(r => r.dataset.decision)",
    )


def open_scheme(browser, base, **options):
    page = browser.new_context(reduced_motion="reduce", **options).new_page()
    page.goto(base + "delegation/scheme/")
    return page


@pytest.mark.browser
def test_choosing_an_area_and_a_role_shows_only_their_rows_and_says_how_many(browser_at, scheme):
    base, browser = browser_at
    page = open_scheme(browser, base)
    total = len(scheme.decisions)
    expected = [d.id for d in scheme.decisions if d.area == AREA and d.lowest_role == ROLE]
    assert 0 < len(expected) < total
    assert (
        page.locator("[data-delegation-count]").text_content() == f"Showing all {total} decisions."
    )
    page.get_by_label("Area of practice").select_option(AREA)
    page.get_by_label("Lowest role that may decide").select_option(ROLE)
    assert shown_rows(page) == expected
    assert (
        page.locator("[data-delegation-count]").text_content()
        == f"Showing {len(expected)} of {total} decisions."
    )
    assert (
        page.locator("#area-legal").is_visible()
        and not page.locator("#area-front-door").is_visible()
    )


@pytest.mark.browser
def test_including_roles_below_adds_what_the_role_may_also_decide(browser_at, scheme):
    base, browser = browser_at
    page = open_scheme(browser, base)
    rank = scheme.line.index(ROLE)
    expected = [
        d.id
        for d in scheme.decisions
        if d.area == AREA and scheme.line.index(d.lowest_role) <= rank
    ]
    page.get_by_label("Area of practice").select_option(AREA)
    page.get_by_label("Lowest role that may decide").select_option(ROLE)
    page.get_by_label("Include decisions delegated to roles below the one chosen").check()
    assert shown_rows(page) == expected
    assert len(expected) > len(
        [d for d in scheme.decisions if d.area == AREA and d.lowest_role == ROLE]
    )
    page.get_by_role("button", name="Show every decision").click()
    page.wait_for_function(
        "document.querySelectorAll('tr[data-decision]:not([hidden])').length > 3"
    )
    assert len(shown_rows(page)) == len(scheme.decisions)


@pytest.mark.browser
def test_the_filter_works_from_the_keyboard(browser_at, scheme):
    base, browser = browser_at
    page = open_scheme(browser, base)
    page.get_by_label("Area of practice").focus()
    for _ in range(3):  # area, role, the check box, then the words box
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "delegation-words"
    page.keyboard.type("passport")
    assert (
        shown_rows(page)
        == [d.id for d in scheme.decisions if "passport" in d.decision.lower()]
        == ["passport-travel-abroad"]
    )


@pytest.mark.browser
def test_without_javascript_every_row_reads_and_no_dead_controls_show(browser_at, scheme):
    base, browser = browser_at
    page = open_scheme(browser, base, java_script_enabled=False)
    assert shown_rows(page) == [d.id for d in scheme.decisions]
    assert not page.locator("[data-delegation-filter]").is_visible()


@pytest.mark.browser
def test_the_filter_starts_after_instant_navigation(browser_at):
    base, browser = browser_at
    page = browser.new_context(reduced_motion="reduce").new_page()
    page.goto(base + "delegation/")
    page.evaluate(
        "window.notReloaded = true"
    )  # survives only if Material swapped the page in place
    page.get_by_role("link", name="The full scheme", exact=True).click()
    page.wait_for_function("location.pathname.endsWith('/delegation/scheme/')")
    page.get_by_label("Area of practice").wait_for()
    assert page.evaluate("window.notReloaded === true")
    page.get_by_label("Area of practice").select_option("placements")
    assert shown_rows(page) and all(
        r.startswith("placement") or r == "emergency-connected-person" for r in shown_rows(page)
    )


@pytest.mark.browser
def test_an_induction_tick_stays_after_a_reload_and_nothing_leaves_the_browser(browser_at):
    base, browser = browser_at
    page = browser.new_context(reduced_motion="reduce").new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.method))
    page.goto(base + "induction/")
    boxes = page.locator(".hub-induction__box")
    total = boxes.count()
    assert total >= 3 and boxes.nth(0).get_attribute("aria-label") == "Read: About this hub"
    boxes.nth(0).check()
    assert (
        page.locator("[data-induction-progress]").text_content()
        == f"You have ticked 1 of {total} pages."
    )
    page.reload()
    assert page.locator(".hub-induction__box").nth(0).is_checked()
    assert not page.locator(".hub-induction__box").nth(1).is_checked()
    assert (
        page.locator("[data-induction-progress]").text_content()
        == f"You have ticked 1 of {total} pages."
    )
    assert json.loads(page.evaluate("localStorage.getItem('yorkhub.induction.ticks')")) == {
        "about/index": True
    }
    assert set(requests) == {"GET"}


@pytest.mark.browser
def test_without_javascript_the_checklist_is_a_list_of_links(browser_at):
    base, browser = browser_at
    page = browser.new_context(java_script_enabled=False).new_page()
    page.goto(base + "induction/")
    assert page.locator(".hub-induction__box").count() == 0
    assert page.locator("[data-induction-item] a").count() >= 3


@pytest.mark.browser
def test_material_search_finds_who_can_approve_a_child_coming_into_care(browser_at):
    base, browser = browser_at
    page = browser.new_context(reduced_motion="reduce").new_page()
    page.goto(base)
    search = page.locator("input.md-search__input")
    search.click()
    # Typed before Material's search is ready, the question would be lost: it is ready when
    # "Initializing search" gives way to its prompt.
    page.wait_for_function(
        "!document.querySelector('.md-search-result__meta').textContent.includes('Initializing')"
    )
    # The whole question at once, then the keyup Material listens for: typed key by key, the
    # answer to a half-typed question could arrive first and be read as the answer.
    search.fill("who can approve a child coming into care")
    search.press("End")
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.includes('matching')"
    )
    top = page.locator(".md-search-result__item a").evaluate_all(
        "links => links.slice(0, 3).map(a => a.href)"
    )
    assert any("/delegation/decisions/child-becomes-looked-after/" in href for href in top), top


@pytest.mark.slow
def test_the_search_index_holds_the_question_with_its_answer_and_its_row(built):
    _, site = built
    searched = search_eval.indexed(site)  # what readers' search holds (Pagefind's records)
    page = searched["delegation/decisions/child-becomes-looked-after/"]
    assert page["title"] == "Who can approve a child coming into care?"
    assert "looked after" in page["text"] and "Assistant Director" in page["text"]
    # The role page's copy of the decision stays out of the results, so the search finds it once.
    assert (
        "child-becomes-looked-after"
        not in searched["delegation/roles/assistant-director/"]["anchors"]
    )
    scheme = searched["delegation/scheme/"]
    assert "area-children-in-care" in scheme["anchors"]
    words = scheme["text"].lower()
    assert all(
        word in words
        for word in (
            "who can approve",
            "child",
            "coming into care",
            "assistant director",
            "section 20",
        )
    )
    assert "20Who" not in scheme["text"]  # cells stay separate words for the search


@pytest.mark.browser
def test_printing_the_checklist_shows_empty_boxes_not_the_screen_controls(browser_at):
    base, browser = browser_at
    page = browser.new_context(reduced_motion="reduce").new_page()
    page.goto(base + "induction/")
    page.locator(".hub-induction__box").first.check()
    page.emulate_media(media="print")
    assert not page.locator(".hub-induction__box").first.is_visible()
    assert not page.locator("[data-induction-progress]").is_visible()
    box = page.locator("[data-induction-item]").first.evaluate(
        "li => { const s = getComputedStyle(li, '::before'); return [s.content, s.borderTopStyle, s.width]; }"
    )
    assert box[0] == '""' and box[1] == "solid" and box[2] != "auto"
    page.goto(base + "induction/print/")
    assert (
        page.locator("table td", has_text="☐").count()
        == page.locator("table:not(.hub-signoff) tbody tr").count()  # not the spaces to sign
        > 0
    )
