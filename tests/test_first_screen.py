"""What a reader sees: each shared question typed into the search box of the production hub,
the first result clicked, and only the article text on the first screen read, at laptop and
phone size. Scored exactly as ../shared/eval/README.md ("On the first screen") says.

    nice -n 10 .venv/bin/python -m pytest -n 0 -q -s tests/test_first_screen.py
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import pytest
import search_eval
from playwright.sync_api import TimeoutError

pytestmark = pytest.mark.browser

VIEWPORTS = {"laptop": (1366, 768), "phone": (390, 844)}
TARGET = 0.9
RESULT = "li.md-search-result__item a.md-search-result__link"

# Ready when Material has swapped the search box's "Initializing search" for its placeholder.
SEARCH_READY = """() => {
  const meta = document.querySelector('.md-search-result__meta');
  return meta && !meta.textContent.includes('Initializing');
}"""

SEARCH_OPEN = "() => document.getElementById('__search').checked"
# Opens the search as Material's own code does: a click on its toggle only if it is shut,
# so a click that comes late never shuts it again.
OPEN_SEARCH = """() => {
  const toggle = document.getElementById('__search');
  if (!toggle.checked) toggle.click();
}"""
# Material shuts the search 125 ms after the address changes (a page arriving, a section
# named): the search counts as open once it has stayed open past that.
STAYS_OPEN_MS = 200

# One query, as a reader's last key press sends it: the question in the box, then one keyup.
# The meta line and the list are emptied first: Material rewrites both for every answer, so
# once the meta line has text again the answer to this question is on screen.
CLEAR_RESULTS = """() => {
  document.querySelector('.md-search-result__meta').textContent = '';
  document.querySelector('.md-search-result__list').innerHTML = '';
}"""
RESULTS_SHOWN = "() => document.querySelector('.md-search-result__meta').textContent.trim() !== ''"

# Each page Material shows (the first, and each instant navigation) comes through its
# document$; the test counts them, so it knows when a click has finished loading a page.
COUNT_PAGES = """() => {
  if (window.__shown === undefined) { window.__shown = 0; document$.subscribe(() => window.__shown++); }
  return window.__shown;
}"""

# The page has settled when Material has shown the page navigated to (a full load, when
# instant navigation was not ready yet, starts the count again), the section in the address
# is where Material scrolls it (its heading at the top, or the page scrolled to its end),
# and the scroll position has not moved for three animation frames. The last waits at most
# 600 frames (about 10 seconds), then says so.
ARRIVED = """([path, before]) => {
  if (location.pathname !== path) return false;
  if (window.__shown === undefined ? document.readyState !== 'complete' : window.__shown <= before)
    return false;
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return true;
  const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
  const bottom = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
  return Math.abs(target.getBoundingClientRect().top - margin) <= 2 || bottom;
}"""
WHERE = """() => {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  return {href: location.href, scrollY, height: document.documentElement.scrollHeight,
    top: target && target.getBoundingClientRect().top,
    margin: target && getComputedStyle(target).scrollMarginTop, shown: window.__shown};
}"""
STILL = """async () => {
  const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
  let last = -1, still = 0;
  for (let n = 0; n < 600 && still < 3; n++) {
    await frame();
    still = scrollY === last ? still + 1 : 0;
    last = scrollY;
  }
  return still >= 3;
}"""

# The text of the article that lies inside the window: text nodes with a client rectangle
# wholly inside it, joined as they are (a word split by a highlight stays one word),
# whitespace collapsed.
VISIBLE_TEXT = """() => {
  const article = document.querySelector('article.md-content__inner');
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const inside = r => r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 &&
    r.bottom <= innerHeight && r.right <= innerWidth;
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    if ([...range.getClientRects()].some(inside)) parts.push(node.textContent);
  }
  return parts.join('').replace(/\\s+/g, ' ').trim();
}"""


def go(page, click, path: str) -> None:
    """Click (a callable), then wait until ``path`` is shown and has stopped scrolling."""
    same = page.evaluate("() => location.pathname") == path
    before = page.evaluate(COUNT_PAGES)
    click()
    if same:  # Material scrolls within the page; no page is loaded
        before -= 1
    try:
        page.wait_for_function(ARRIVED, arg=[path, before], polling="raf", timeout=15000)
    except TimeoutError:
        seen = page.evaluate(WHERE)
        raise AssertionError(f"{path} never settled: {seen}") from None
    assert page.evaluate(STILL), f"{path} kept scrolling"
    if page.evaluate("() => window.__shown === undefined"):  # a full page load
        page.wait_for_function(SEARCH_READY)
        page.evaluate(COUNT_PAGES)


def first_screen(page, question: str) -> tuple[str, str]:
    """Ask the search box ``question`` from the home page and follow the first result:
    (where it led, the article text on the first screen)."""
    box = page.locator(".md-search__input")
    # The magnifier opens the search: in the header on a phone; on a laptop it sits under
    # the box, which opens the search when it gains focus, but only if Material saw it lose
    # focus first (it looks a moment late, and a busy machine can miss it), so there the
    # test opens the search as that magnifier's label would, but never shuts it.
    for _ in range(4):  # a busy machine can lose a click, as it can a reader's: click again
        if not page.evaluate(SEARCH_OPEN):
            magnifier = page.locator("label.md-header__button[for='__search']")
            if magnifier.is_visible():
                magnifier.click()
            else:
                page.evaluate(OPEN_SEARCH)
            try:
                page.wait_for_function(SEARCH_OPEN, timeout=5000)
            except TimeoutError:
                continue
        page.wait_for_timeout(STAYS_OPEN_MS)
        if page.evaluate(SEARCH_OPEN):
            break
    assert page.evaluate(SEARCH_OPEN), f"the search box did not open for {question!r}"
    box.click()
    page.evaluate(CLEAR_RESULTS)
    box.fill(question)
    box.press("End")  # the keyup Material listens for
    page.wait_for_function(RESULTS_SHOWN)
    first = page.locator(RESULT).first
    if first.count() == 0:
        return "(no result)", ""
    href = first.get_attribute("href")
    path = "/" + href.split("://", 1)[-1].split("/", 1)[-1].split("?")[0].split("#")[0]
    go(page, first.click, path)
    return href, page.evaluate(VISIBLE_TEXT)


def home(page, base: str) -> None:
    """Back to the home page the way a reader would: the logo, through instant navigation."""
    go(page, lambda: page.evaluate("() => document.querySelector('a.md-logo').click()"), "/")


def open_home(browser, base: str, size: tuple[int, int]):
    """A window of ``size`` (width, height) on the home page, with search ready and the
    pages Material shows counted: (context, page)."""
    width, height = size
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(base, wait_until="load")
    page.wait_for_function(SEARCH_READY)
    page.evaluate(COUNT_PAGES)
    return context, page


def score(browser, base: str, size: tuple[int, int], queries=None) -> list[tuple]:
    """Every shared question asked at one window size: (question, where it led, the text on
    the first screen, answered)."""
    context, page = open_home(browser, base, size)
    outcomes = []
    try:
        for query in queries if queries is not None else search_eval.load_queries():
            href, text = first_screen(page, query.q)
            outcomes.append((query, href, text, query.answered_by(text)))
            home(page, base)
    finally:
        context.close()
    return outcomes


def report(name: str, outcomes) -> str:
    hits = sum(answered for *_, answered in outcomes)
    lines = [f"first screen, first result, {name}: {hits}/{len(outcomes)}"]
    lines += [
        f"  MISS {q.q!r} (must {list(q.must)}) -> {href}\n    saw: {text[:300]!r}"
        for q, href, text, answered in outcomes
        if not answered
    ]
    return "\n".join(lines)


@pytest.mark.parametrize("name", list(VIEWPORTS))
def test_the_first_result_answers_the_question_on_the_first_screen(served_production_hub, name):
    base, _, browser = served_production_hub
    if not search_eval.QUERIES.is_file() and os.environ.get("CI") != "true":
        pytest.skip(
            f"{search_eval.QUERIES} is not here: the shared questions sit beside the project"
        )
    outcomes = score(browser, base, VIEWPORTS[name])
    text = report(name, outcomes)
    print(text)
    assert sum(answered for *_, answered in outcomes) / len(outcomes) >= TARGET, text


# What Material's section tracking (navigation.tracking) does half a second after the page
# last moved, when the page was at its top: it takes the section out of the address, and
# leaves a saved state that tells instant navigation not to scroll.
TRACKING_EMPTIES_THE_ADDRESS = """() => {
  const address = new URL(location.href);
  address.hash = '';
  history.replaceState({}, '', address);
}"""


def test_a_result_opens_at_its_section_though_section_tracking_empties_the_address(
    served_production_hub,
):
    """On a busy machine the tracking's rewrite can land while the result's page is on its
    way (seen in a whole run of the suite: 3 of 20 questions opened at the top of their
    page). Here it has landed every time the page is fetched: the page still opens at the
    section, and the address names it again."""
    base, _, browser = served_production_hub
    context, page = open_home(browser, base, VIEWPORTS["laptop"])
    fetched = []

    def on_its_way(route):  # instant navigation fetching the result's page
        page.evaluate(TRACKING_EMPTIES_THE_ADDRESS)
        fetched.append(page.evaluate("() => location.href"))
        route.continue_()

    page.route(
        lambda url: urlsplit(url).path.endswith("/") and urlsplit(url).path != "/", on_its_way
    )
    href, text = first_screen(page, "what is a PSW")
    section = page.evaluate("() => location.hash")
    context.close()
    assert [urlsplit(url).fragment for url in fetched] == [""], fetched
    assert urlsplit(href).fragment and section == "#" + urlsplit(href).fragment, (href, section)
    assert "Principal Social Worker" in text, text[:300]


def test_a_result_shows_the_passage_that_answers_and_no_keywords(served_production_hub):
    """ "CIN" is found through page keywords, which are never shown; "core group" opens the
    standard's section, with its passage under the page's title in the list."""
    base, _, browser = served_production_hub
    context, page = open_home(browser, base, VIEWPORTS["laptop"])
    shown = {}
    for question in ("CIN", "core group"):
        page.evaluate(OPEN_SEARCH)
        page.wait_for_function(SEARCH_OPEN)
        page.locator(".md-search__input").click()
        page.evaluate(CLEAR_RESULTS)
        page.locator(".md-search__input").fill(question)
        page.locator(".md-search__input").press("End")
        page.wait_for_function(RESULTS_SHOWN)
        shown[question] = page.evaluate(
            """() => ({
              chips: document.querySelectorAll('.md-search-result .md-tag').length,
              missing: document.querySelectorAll('.md-search-result__terms').length,
              first: document.querySelector('li.md-search-result__item a.md-search-result__link').href,
              text: document.querySelector('li.md-search-result__item').innerText,
            })"""
        )
    context.close()
    assert [(s["chips"], s["missing"]) for s in shown.values()] == [(0, 0), (0, 0)]
    assert "#when-must-the-core-group-meet" in shown["core group"]["first"]
    assert "10 working days" in shown["core group"]["text"]
