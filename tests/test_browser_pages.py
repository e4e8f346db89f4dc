"""Every page of the built hub in a real browser: no outside requests, no console
errors, zero axe violations (WCAG 2.0/2.1/2.2 A and AA) in every colour scheme,
keyboard use, a remembered palette, and print without the hub's furniture."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

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


@functools.cache
def axe_script() -> str:
    from axe_playwright_python.sync_playwright import Axe

    return Axe().axe_script


def axe_violations(page) -> list[str]:
    """axe-core's WCAG A and AA violations on ``page``, one line per failing element. axe is
    injected unless the page has it already (from ``with_axe``)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_script())
    violations = page.evaluate(
        "options => axe.run(document, options).then(r => r.violations)", WCAG
    )
    return [
        f"{v['id']}: {node['target']} {node.get('failureSummary', '')[:160]}"
        for v in violations
        for node in v["nodes"]
    ]


def with_axe(context):
    """Have axe-core in every page the context opens, without injecting it after each load."""
    context.add_init_script(axe_script())
    return context


PRINT_STATE = """() => ({
    furniture: [...document.querySelectorAll('.md-header, .md-sidebar, .md-search, .md-footer, .md-tabs')]
        .filter(el => getComputedStyle(el).display !== 'none').map(el => el.className),
    footer: [...document.querySelectorAll('.hub-printed')].filter(el => getComputedStyle(el).display !== 'none')
        .map(el => el.textContent.trim()) })"""


@dataclass
class Visits:
    """What one visit to every page in one colour scheme found."""

    pages: list[str]
    outside: list[str] = field(default_factory=list)  # requests to any host but 127.0.0.1
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    forgotten: list[str] = field(default_factory=list)  # pages where the palette choice was lost
    violations: dict[str, list[str]] = field(default_factory=dict)  # axe, by page
    printed: dict[str, dict] = field(default_factory=dict)  # print state, by page (default only)


def visit_every_page(hub, scheme: str, part: int = 0, parts: int = 1) -> Visits:
    """Visit every page (or every ``parts``-th page from ``part``) once in ``scheme``: collect
    requests, console errors and axe results in the same visit, and (in the default scheme) what
    shows on paper and every request the page makes until the network is idle."""
    base, site, browser = hub
    context, page = open_page(browser)
    with_axe(context)
    found = Visits(html_pages(site)[part::parts])
    page.on(
        "request",
        lambda r: (
            None
            if r.url.startswith(base) or r.url.startswith("data:")
            else found.outside.append(r.url)
        ),
    )
    page.on(
        "console",
        lambda m: found.errors.append(f"{page.url}: {m.text}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda e: found.errors.append(f"{page.url}: {e}"))
    choose_scheme(page, base, scheme)
    for path in found.pages:
        page.goto(base + path, wait_until="load")
        if page.evaluate("document.body.dataset.mdColorScheme") != scheme:
            found.forgotten.append(path)
        if violations := axe_violations(page):
            found.violations[path] = violations
        if scheme == "default":
            page.emulate_media(media="print")
            found.printed[path] = page.evaluate(PRINT_STATE)
            page.emulate_media(media="null")  # back to no emulation for the next page's axe run
            # Stay until the network is idle, so that every request the page makes is seen.
            # The wait runs out while axe works, so it costs little.
            page.wait_for_load_state("networkidle")
    context.close()
    return found


def printed_badly(found: Visits) -> dict[str, dict]:
    """Pages that print with the hub's furniture or without the printed-on footer."""
    return {
        path: state
        for path, state in found.printed.items()
        if state["furniture"]
        or not any(
            t.startswith("Printed on ") and t.endswith("Check the hub for the latest version.")
            for t in state["footer"]
        )
    }


# Each scheme's visits are split in two halves, so that the two test workers share them evenly.
PARTS = 2


@pytest.mark.parametrize("part", range(PARTS), ids=["first-half", "second-half"])
@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_loads_only_from_127_0_0_1_with_no_console_errors_and_zero_axe_violations(
    hub, scheme, part
):
    """One visit to every page per scheme. Each check is a key, so a failure shows them all."""
    found = visit_every_page(hub, scheme, part, PARTS)
    assert len(found.pages) > 10
    if scheme == "default":  # every page also prints without menus, with the printed-on footer
        assert sorted(found.printed) == sorted(found.pages)
    checks = {
        "requests that leave 127.0.0.1": found.outside,
        "console errors": found.errors,
        "pages where the palette choice was not remembered": found.forgotten,
        "axe violations": found.violations,
        "pages that print with menus or without the printed-on footer": printed_badly(found),
    }
    assert checks == {name: type(value)() for name, value in checks.items()}


def test_the_halves_visit_every_page_once(hub):
    _, site, _ = hub
    halves = [html_pages(site)[part::PARTS] for part in range(PARTS)]
    assert sorted(sum(halves, [])) == sorted(html_pages(site))


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
