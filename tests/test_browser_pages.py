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


def axe_violations(page, options: dict = WCAG, within: str | None = None) -> list[str]:
    """axe-core's WCAG A and AA violations on ``page`` (or those of the rules ``options``
    names; in the part ``within`` selects, if given), one line per failing element. axe is
    injected unless the page has it already (from ``with_axe``)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_script())
    violations = page.evaluate(
        "([options, within]) => axe.run(within || document, options).then(r => r.violations)",
        [options, within],
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
    """What one visit to every page (each in all three colour schemes) found."""

    pages: list[str]
    outside: list[str] = field(default_factory=list)  # requests to any host but 127.0.0.1
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    forgotten: list[str] = field(default_factory=list)  # pages where the palette choice was lost
    violations: dict[str, list[str]] = field(default_factory=dict)  # axe, by page and scheme
    printed: dict[str, dict] = field(default_factory=dict)  # print state, by page
    schemes: dict[str, set[str]] = field(default_factory=dict)  # the schemes each page was seen in
    in_full: set[str] = field(default_factory=set)  # the schemes every rule ran in, on some page


# The colour schemes differ only in colours. So on each page every rule runs once, in the
# scheme the page opened in, and the rules that depend on colour run again in the other two
# schemes, on the page's own text (the article). The header, menu and footer are the same
# on every page; the scheme a page opens in turns with each page, so they are checked in
# full in every scheme, on a third of the pages each.
COLOUR_RULES = {
    "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
    "resultTypes": ["violations"],
}
# The palette toggle a reader clicks (the visible label of the next scheme). It is clicked
# in the page itself: the browser's own click on it is tested below, with the keyboard too.
NEXT_SCHEME = """() => [...document.querySelectorAll('form[data-md-component=palette] label')]
  .find(label => label.offsetParent !== null).click()"""
# Material eases colours when the scheme changes: finish those transitions, so that axe
# reads the colours the reader ends up with, not ones on the way.
SETTLED = "() => { document.getAnimations().forEach(a => a.finish()); }"


def scheme_of(page) -> str:
    return page.evaluate("document.body.dataset.mdColorScheme")


def violations_in_every_scheme(page) -> dict[str, list[str]]:
    """axe's violations on the page as it stands, by scheme: every rule in the scheme it is in,
    then the colour rules in each of the others, clicking the palette toggle through them
    and back to where it began."""
    found = {scheme_of(page): axe_violations(page)}
    for _ in SCHEMES[1:]:
        page.evaluate(NEXT_SCHEME)
        page.evaluate(SETTLED)
        found[scheme_of(page)] = axe_violations(page, COLOUR_RULES)
    page.evaluate(NEXT_SCHEME)
    page.evaluate(SETTLED)
    assert sorted(found) == sorted(SCHEMES)
    return found


def visit_every_page(hub, part: int = 0, parts: int = 1) -> Visits:
    """Visit every page (or every ``parts``-th page from ``part``) once: collect requests,
    console errors, what shows on paper and every request the page makes until the network is
    idle; run every axe rule in the scheme the page opens in, then click the palette toggle
    through the other two schemes, running axe's colour rules on the page's text in each.

    Each page ends in the scheme after the one it opened in, so the next page must open in
    that one: that checks, on every page, that the choice is remembered."""
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
    choose_scheme(page, base, SCHEMES[0])
    expected = SCHEMES[0]
    for path in found.pages:
        page.goto(base + path, wait_until="load")
        if scheme_of(page) != expected:
            found.forgotten.append(path)
        found.schemes[path] = set()
        for turn in range(len(SCHEMES)):
            if turn:
                page.evaluate(NEXT_SCHEME)
                page.evaluate(SETTLED)
            scheme = scheme_of(page)
            found.schemes[path].add(scheme)
            if turn == 0:
                found.in_full.add(scheme)
                violations = axe_violations(page)
            else:
                violations = axe_violations(page, COLOUR_RULES, within="article")
            if violations:
                found.violations[f"{path} ({scheme})"] = violations
            if turn == 0:
                page.emulate_media(media="print")
                found.printed[path] = page.evaluate(PRINT_STATE)
                page.emulate_media(media="null")  # back to no emulation for axe
        expected = scheme_of(page)
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


# The pages are visited in four parts, so that the two test workers share them evenly.
PARTS = 4


@pytest.mark.parametrize("part", range(PARTS), ids=lambda n: f"part-{n + 1}-of-{PARTS}")
def test_every_page_loads_only_from_127_0_0_1_with_no_console_errors_and_zero_axe_violations(
    hub, part
):
    """One visit to every page, in every scheme. Each check is a key, so a failure shows them
    all."""
    found = visit_every_page(hub, part, PARTS)
    assert len(found.pages) > 10
    assert sorted(found.printed) == sorted(found.pages)
    assert found.in_full == set(SCHEMES)
    checks = {
        "requests that leave 127.0.0.1": found.outside,
        "console errors": found.errors,
        "pages where the palette choice was not remembered": found.forgotten,
        "pages not seen in every scheme": [
            path for path, seen in found.schemes.items() if seen != set(SCHEMES)
        ],
        "axe violations": found.violations,
        "pages that print with menus or without the printed-on footer": printed_badly(found),
    }
    assert checks == {name: type(value)() for name, value in checks.items()}


def test_the_parts_visit_every_page_once(hub):
    _, site, _ = hub
    parts = [html_pages(site)[part::PARTS] for part in range(PARTS)]
    assert sorted(sum(parts, [])) == sorted(html_pages(site))


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
