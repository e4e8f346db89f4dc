"""The search questions answered in the real browser, through Material's own
search box, scored as ../shared/eval/search-queries.yml says."""

from __future__ import annotations

import json
import os
from urllib.parse import urlsplit

import pytest
import search_eval

pytestmark = pytest.mark.browser


# Material searches on every keyup, so results for a half-typed query can arrive
# late. Clear the box first, then enter the question with one keyup and wait for
# the list to stop changing.
ASK = """async q => {
  const input = document.querySelector('.md-search__input');
  const list = document.querySelector('.md-search-result__list');
  const settle = (ready) => new Promise(resolve => {
    let timer = null;
    const check = () => { clearTimeout(timer); if (ready()) timer = setTimeout(resolve, 250); };
    new MutationObserver(check).observe(list, {childList: true, subtree: true});
    check();
  });
  input.value = ''; input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
  await settle(() => list.children.length === 0);
  input.value = q; input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: q.slice(-1)}));
  await settle(() => list.children.length > 0);
  return [...list.children].map(item => item.querySelector('a').href);
}"""


def ask(page, question: str) -> list[str]:
    """Ask the search box ``question``; where each result links, best first, as
    ``path/#anchor`` inside the site (Material's ``?h=`` highlight left off)."""
    links = []
    for href in page.evaluate(ASK, question):
        parts = urlsplit(href)
        links.append(parts.path.lstrip("/") + (f"#{parts.fragment}" if parts.fragment else ""))
    return links


def open_search(page, base: str) -> None:
    page.goto(base)
    page.keyboard.press("/")
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initializing')"
    )


def test_the_shared_questions_are_answered_in_the_top_three_results(served_production_hub):
    base, site, browser = served_production_hub
    if not search_eval.QUERIES.is_file() and os.environ.get("CI") != "true":
        pytest.skip(
            f"{search_eval.QUERIES} is not here: the shared questions sit beside the project"
        )
    queries = search_eval.load_queries()
    context = browser.new_context()
    page = context.new_page()
    open_search(page, base)
    outcomes = []
    for query in queries:
        links = tuple(ask(page, query.q)[: search_eval.TOP])
        answered = any(query.answered_by(search_eval.linked_text(site, link)) for link in links)
        outcomes.append(search_eval.Outcome(query, links, answered))
    context.close()
    print(search_eval.report(outcomes))
    assert search_eval.hit_rate(outcomes) == 1.0, search_eval.report(outcomes)


def test_a_result_opens_the_section_it_names(served_production_hub):
    base, _, browser = served_production_hub
    context = browser.new_context()
    page = context.new_page()
    open_search(page, base)
    first = ask(page, "core group")[0]
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_url(f"**/{first.split('#')[0]}**")
    # Material changes the address as it starts to show the page: wait for the page itself.
    target = "() => location.hash ? document.getElementById(location.hash.slice(1)) : document.querySelector('h1')"
    page.wait_for_function(target)
    heading = page.evaluate(f"() => ({target})().textContent")
    context.close()
    assert "core group" in heading.lower()


def _asked(page, base: str, question: str) -> tuple[list[str], list[str]]:
    """Ask from a fresh page: (where the results link, every address the page fetched)."""
    fetched = []
    page.on("request", lambda r: fetched.append(r.url))
    open_search(page, base)
    return ask(page, question), fetched


def test_the_intranet_search_fetches_pagefinds_chunks_not_the_whole_index(served_production_hub):
    base, site, browser = served_production_hub
    context = browser.new_context()
    links, fetched = _asked(context.new_page(), base, "core group")
    context.close()
    assert links[0].startswith("standards/child-protection/#"), links
    assert [url for url in fetched if not url.startswith(base)] == []  # no other host
    assert any(url.startswith(base + "pagefind/fragment/") for url in fetched)
    assert json.loads((site / "search/search_index.json").read_text())["docs"] == []


def test_the_public_search_finds_public_pages_and_no_internal_one(served_public_hub):
    base, site, browser = served_public_hub
    context = browser.new_context()
    page = context.new_page()
    links, fetched = _asked(page, base, "accessibility statement")
    internal = ask(page, "child protection")  # the glossary answers too: never empty
    context.close()
    assert links[0].startswith("about/accessibility/"), links
    assert any("/pagefind/" in url for url in fetched)
    # Every result of a question internal pages answer best is a page the public build has.
    assert all((site / link.split("#")[0] / "index.html").is_file() for link in internal)
    assert not [link for link in internal if link.startswith(("standards/", "procedures/"))]


def test_a_typo_and_keywords_still_find_their_pages_in_the_browser(served_production_hub):
    base, _, browser = served_production_hub
    context = browser.new_context()
    page = context.new_page()
    open_search(page, base)
    typo, exact, keyword = ask(page, "asessment"), ask(page, "assessment"), ask(page, "CIN")
    chips = page.evaluate("document.querySelectorAll('.md-search-result .md-tag').length")
    context.close()
    assert typo[:1] == exact[:1] and exact
    assert keyword[0].startswith("standards/child-in-need/")
    assert chips == 0  # keywords find pages but are never shown
