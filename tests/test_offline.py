"""Which mode each build uses: the intranet build is served by a web server; the
offline copy opens from a folder as files, search included, with no network."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def offline_copy(offline_build):
    return offline_build


def test_the_intranet_build_uses_directory_urls_and_no_inlined_search(production_build):
    site = production_build.site
    assert (site / "about/index.html").is_file()
    assert not (site / "search/search_index.js").exists()
    # A served build searches with Pagefind's chunks; Material's file keeps its settings only.
    assert (site / "pagefind/pagefind.js").is_file()
    assert json.loads((site / "search/search_index.json").read_text())["docs"] == []


def test_the_offline_copy_links_to_files_and_inlines_the_search_index(offline_copy):
    assert (offline_copy / "about/index.html").is_file() or (offline_copy / "about.html").is_file()
    assert (offline_copy / "search/search_index.js").read_text().startswith("var __index = ")
    # From files Pagefind cannot fetch its chunks: the copy keeps Material's whole index.
    assert not (offline_copy / "pagefind").exists()
    assert json.loads((offline_copy / "search/search_index.json").read_text())["docs"]
    home = (offline_copy / "index.html").read_text()
    assert 'href="about/index.html"' in home or 'href="about.html"' in home
    assert "unpkg.com" not in home and "assets/javascripts/vendor/iframe-worker-shim.js" in home


@pytest.mark.browser
def test_the_offline_copy_works_from_files_with_no_network(offline_copy, browser):
    page = browser.new_page()
    outside, errors = [], []
    page.on("request", lambda r: None if r.url.startswith("file://") else outside.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((offline_copy / "index.html").as_uri())
    page.locator(".md-content a[href$='about/index.html']").first.click()
    page.wait_for_url("**/about/index.html")
    assert page.locator("h1").first.inner_text().startswith("About this hub")
    page.keyboard.press("/")
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initializing')"
    )
    page.keyboard.type("glossary")
    page.wait_for_selector(".md-search-result__item")
    titles = page.locator(".md-search-result__item h1").all_inner_texts()
    page.close()
    assert any("Glossary" in t for t in titles)
    assert outside == [] and errors == []


@pytest.mark.browser
def test_an_induction_tick_is_kept_after_a_reload_from_files(offline_copy, browser):
    """Material's document$ never emits from files: hub.js starts the page's set-ups itself."""
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((offline_copy / "induction/index.html").as_uri())
    assert page.evaluate("typeof document$") == "object"  # Material's, which stays silent here
    boxes = page.locator(".hub-induction__box")
    total = boxes.count()
    assert total >= 3
    boxes.nth(0).check()
    page.reload()
    assert page.locator(".hub-induction__box").count() == total  # set up once, not twice
    assert page.locator(".hub-induction__box").nth(0).is_checked()
    assert not page.locator(".hub-induction__box").nth(1).is_checked()
    assert (
        page.locator("[data-induction-progress]").text_content()
        == f"You have ticked 1 of {total} pages."
    )
    assert json.loads(page.evaluate("localStorage.getItem('yorkhub.induction.ticks')")) == {
        "about/index": True
    }
    context.close()
    assert errors == []
