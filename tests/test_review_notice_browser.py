"""The browser works out "Due for review" from the page's review date, so an old build or the
offline copy never shows a page as current once its date has passed."""

from __future__ import annotations

from datetime import datetime

import pytest

pytestmark = pytest.mark.browser

PAGE = "standards/child-protection/"  # review_by: 2027-11-30
NOTICE = (
    "This page was due for review on 30 November 2027. It may be out of date: check with its owner."
)


def notices(page) -> list[str]:
    return page.eval_on_selector_all(
        ".hub-due p:not(.admonition-title)", "els => els.map(e => e.textContent)"
    )


def test_a_page_past_its_review_date_says_so_in_the_browser_though_it_was_built_before(served_hub):
    base, site, browser = served_hub
    built = (site / PAGE / "index.html").read_text()
    assert 'data-review-by="2027-11-30"' in built and "hub-due" not in built
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + PAGE)
    assert notices(page) == []  # today (before the date): current
    context.close()

    context = browser.new_context()
    context.clock.set_fixed_time(datetime(2027, 12, 1, 9, 0))
    page = context.new_page()
    page.goto(base + PAGE)
    assert notices(page) == [NOTICE]
    # after instant navigation to another page and back, once each time
    page.click("a[href$='standards/']")
    page.wait_for_url("**/standards/")
    page.wait_for_function("() => !location.pathname.endsWith('child-protection/')")
    page.go_back()
    page.wait_for_selector(".hub-due", timeout=5000)
    assert page.url == base + PAGE
    assert notices(page) == [NOTICE]
    context.close()
