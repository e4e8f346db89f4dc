"""Which mode each build uses: the intranet build is served by a web server; the
offline copy opens from a folder as files, search included, with no network."""

from __future__ import annotations

import pytest
from conftest import copy_project


@pytest.fixture(scope="module")
def offline_copy(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("offline"))
    result = project.hub("build", "--offline", "--out", "copy")
    assert result.returncode == 0, result.stdout + result.stderr
    return project.root / "copy"


def test_the_intranet_build_uses_directory_urls_and_no_inlined_search(hub_copy):
    result = hub_copy.hub("build", "--out", "site")
    assert result.returncode == 0, result.stderr
    site = hub_copy.root / "site"
    assert (site / "about/index.html").is_file()
    assert not (site / "search/search_index.js").exists()


def test_the_offline_copy_links_to_files_and_inlines_the_search_index(offline_copy):
    assert (offline_copy / "about/index.html").is_file() or (offline_copy / "about.html").is_file()
    assert (offline_copy / "search/search_index.js").read_text().startswith("var __index = ")
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
