"""Every page of the built hub in a real browser: no outside requests, no console
errors, zero axe violations (WCAG 2.0/2.1/2.2 A and AA) in every colour scheme,
keyboard use, a remembered palette, and print without the hub's furniture."""

from __future__ import annotations

import pytest
from browser_support import html_pages

pytestmark = pytest.mark.browser

WCAG = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
SCHEMES = ["default", "slate", "high-contrast"]


@pytest.fixture(scope="module")
def hub(served_hub):
    return served_hub


def open_page(browser, **options):
    context = browser.new_context(reduced_motion="reduce", **options)
    return context, context.new_page()


def choose_scheme(page, base: str, scheme: str) -> None:
    """Click the palette toggle, as a reader would, until ``scheme`` is on."""
    page.goto(base)
    for _ in range(len(SCHEMES)):
        if page.evaluate("document.body.dataset.mdColorScheme") == scheme:
            return
        page.locator("form[data-md-component=palette] label:visible").first.click()
    assert page.evaluate("document.body.dataset.mdColorScheme") == scheme


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options=WCAG)
    return [
        f"{v['id']}: {node['target']} {node.get('failureSummary', '')[:160]}"
        for v in result.response["violations"]
        for node in v["nodes"]
    ]


def test_no_request_leaves_127_0_0_1_and_no_console_errors(hub):
    base, site, browser = hub
    context, page = open_page(browser)
    outside, errors = [], []
    page.on(
        "request",
        lambda r: (
            None if r.url.startswith(base) or r.url.startswith("data:") else outside.append(r.url)
        ),
    )
    page.on(
        "console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    pages = html_pages(site)
    assert len(pages) > 10
    for path in pages:
        page.goto(base + path, wait_until="networkidle")
    context.close()
    assert outside == []
    assert errors == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_has_zero_axe_violations(hub, scheme):
    base, site, browser = hub
    context, page = open_page(browser)
    choose_scheme(page, base, scheme)
    found = {}
    for path in html_pages(site):
        page.goto(base + path)
        assert page.evaluate("document.body.dataset.mdColorScheme") == scheme, (
            "the palette choice was not remembered"
        )
        if violations := axe_violations(page):
            found[path] = violations
    context.close()
    assert found == {}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_search_results_open_have_zero_axe_violations(hub, scheme):
    base, _, browser = hub
    context, page = open_page(browser)
    choose_scheme(page, base, scheme)
    page.keyboard.press("/")  # Material's shortcut to the search box
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initializing')"
    )
    page.keyboard.type("visit")
    page.wait_for_selector(".md-search-result__item")
    assert "matching" in meta.inner_text() or "result" in meta.inner_text().lower()
    assert axe_violations(page) == []
    context.close()


def test_a_skip_link_comes_first_and_focus_is_visible(hub):
    base, _, browser = hub
    context, page = open_page(browser)
    page.goto(base + "about/")
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => { const el = document.activeElement; const style = getComputedStyle(el);
        return {text: el.textContent.trim(), href: el.getAttribute('href'), outline: style.outlineStyle,
                width: parseFloat(style.outlineWidth), visible: el.getBoundingClientRect().height > 0}; }""")
    context.close()
    assert focused["text"] == "Skip to content"
    assert focused["visible"] and focused["outline"] != "none" and focused["width"] >= 2


def test_the_keyboard_reaches_search_palette_and_every_menu_section(hub):
    base, _, browser = hub
    context, page = open_page(browser)
    page.goto(base + "about/")
    reached = set()
    for _ in range(80):
        page.keyboard.press("Tab")
        reached.add(
            page.evaluate("""() => { const el = document.activeElement;
            return el.getAttribute('href') || el.getAttribute('for') || el.getAttribute('name') || el.id || el.tagName; }""")
        )
    sections = page.eval_on_selector_all(
        ".md-nav--primary > .md-nav__list > .md-nav__item > a, "
        ".md-nav--primary > .md-nav__list > .md-nav__item > .md-nav__container > a",
        "els => els.map(e => e.getAttribute('href'))",
    )
    context.close()
    assert "query" in reached  # the search box
    assert any(str(r).startswith("__palette") for r in reached)
    assert set(sections) <= reached


def test_the_high_contrast_choice_is_remembered_across_pages_and_reloads(hub):
    base, _, browser = hub
    context, page = open_page(browser)
    choose_scheme(page, base, "high-contrast")
    page.goto(base + "about/")
    page.reload()
    scheme = page.evaluate("document.body.dataset.mdColorScheme")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    context.close()
    assert scheme == "high-contrast"
    assert background == "rgb(255, 255, 255)"


def test_every_page_prints_without_menus_and_with_the_printed_on_footer(hub):
    base, site, browser = hub
    context, page = open_page(browser)
    page.emulate_media(media="print")
    shown = {}
    for path in html_pages(site):
        page.goto(base + path)
        state = page.evaluate("""() => ({
            furniture: [...document.querySelectorAll('.md-header, .md-sidebar, .md-search, .md-footer, .md-tabs')]
                .filter(el => getComputedStyle(el).display !== 'none').map(el => el.className),
            footer: [...document.querySelectorAll('.hub-printed')].filter(el => getComputedStyle(el).display !== 'none')
                .map(el => el.textContent.trim()) })""")
        if state["furniture"] or not any(
            t.startswith("Printed on ") and t.endswith("Check the hub for the latest version.")
            for t in state["footer"]
        ):
            shown[path] = state
    context.close()
    assert shown == {}
