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
    colour_judged: dict[str, int] = field(default_factory=dict)  # new signatures, by scheme


# The colour schemes differ only in colours. So on each page every rule but the colour
# rules runs once, in the scheme the page opened in (which turns with each page, so every
# scheme gets them on a third of the pages), and the colour rules judge, in each of the
# three schemes, every element of the page whose colour signature (below) is new there.
COLOUR_RULES = {
    "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
    "resultTypes": ["violations"],
    "preload": False,  # neither rule reads the style sheets axe would load first
}
# Every rule but the colour ones, which judge each new colour signature instead (below).
WITHOUT_COLOUR_RULES = {
    **WCAG,
    "rules": {rule: {"enabled": False} for rule in COLOUR_RULES["runOnly"]["values"]},
}
# The palette toggle a reader clicks (the visible label of the next scheme). It is clicked
# in the page itself: the browser's own click on it is tested below, with the keyboard too.
NEXT_SCHEME = """() => [...document.querySelectorAll('form[data-md-component=palette] label')]
  .find(label => label.offsetParent !== null).click()"""
# Material eases colours when the scheme changes: finish those transitions, so that axe
# reads the colours the reader ends up with, not ones on the way.
SETTLED = "() => { document.getAnimations().forEach(a => a.finish()); }"


# What decides how axe's colour rules judge an element: its own colours, type and text
# decoration, and the colours, opacity, filters and backgrounds (pseudo-elements too) of
# it and every element it sits in; for a link, whether text outside it shares its block.
# Whether the element shows is part of its signature too (rendered, not transparent or
# clipped away, not off the page), so an element axe passes over as hidden never stands in
# for one a reader sees. Two elements with the same signature in the same scheme get the
# same verdict, so on each page the colour rules need only judge the elements whose
# signature is new in the scheme. The page is at its top, unscrolled, with nothing laid
# over its text.
# Only the elements axe's colour rules judge are signed: those with text of their own,
# links and form fields. The elements whose signature is new are marked while axe judges them.
COLOUR_SIGNATURES = """() => {
  const own = ['color', 'font-size', 'font-weight', 'text-shadow', 'text-decoration-line',
    'text-decoration-color', 'text-decoration-style', 'border-bottom-style',
    'border-bottom-color', '-webkit-text-stroke-width', 'visibility', 'position'];
  const layer = ['background-color', 'background-image', 'opacity', 'filter',
    'mix-blend-mode', 'color', 'clip', 'clip-path'];
  const pseudo = ['background-color', 'background-image', 'content'];
  const styleOf = (el, names, which) => {
    const style = getComputedStyle(el, which);
    return names.map(name => style.getPropertyValue(name)).join('|');
  };
  const layers = new Map();  // each element's own layer and those of all it sits in
  const layerOf = el => {
    if (!el) return '';
    if (!layers.has(el))
      layers.set(el, [styleOf(el, layer), styleOf(el, pseudo, '::before'),
        styleOf(el, pseudo, '::after'), layerOf(el.parentElement)].join('/'));
    return layers.get(el);
  };
  // cyrb53, a 53-bit string hash: a signature goes to Python as a number, not its text.
  const hash = text => {
    let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761); h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  };
  const page = document.documentElement;
  const shows = el => {
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2 || box.right <= 0 || box.bottom <= 0
        || box.left >= page.scrollWidth || box.top >= page.scrollHeight) return false;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = up.getBoundingClientRect();
      if (Math.min(box.right, clip.right) <= Math.max(box.left, clip.left)
          || Math.min(box.bottom, clip.bottom) <= Math.max(box.top, clip.top)) return false;
    }
    return true;
  };
  const signed = [];
  for (const el of document.body.querySelectorAll('*')) {
    const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!text && !el.matches('a, input, select, textarea, button')) continue;
    const parts = [el.tagName, shows(el), styleOf(el, own), layerOf(el)];
    if (el.tagName === 'A') {
      const block = el.parentElement.closest('p, li, td, th, dd, dt, div, blockquote, figcaption');
      parts.push(Boolean(block) && block.textContent.trim() !== el.textContent.trim());
    }
    signed.push([el, hash(parts.join('\\n'))]);
  }
  window.__colourSigned = signed;
  return signed.map(([, signature]) => signature);
}"""
MARK_NEW = """fresh => {
  const wanted = new Set(fresh);
  for (const [el, signature] of window.__colourSigned)
    if (wanted.has(signature)) el.setAttribute('data-colour-check', '');
}"""
UNMARK = """() => document.querySelectorAll('[data-colour-check]')
  .forEach(el => el.removeAttribute('data-colour-check'))"""


def new_colour_violations(page, seen: set[int]) -> tuple[list[str], int]:
    """axe's colour rules on the elements of the page whose colour signature is not in
    ``seen`` (the signatures already judged in this scheme), which then joins it:
    (violations, how many signatures were new)."""
    fresh = set(page.evaluate(COLOUR_SIGNATURES)) - seen
    if not fresh:
        return [], 0
    page.evaluate(MARK_NEW, sorted(fresh))
    violations = axe_violations(page, COLOUR_RULES, within="[data-colour-check]")
    page.evaluate(UNMARK)
    seen.update(fresh)
    return violations, len(fresh)


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
    idle; run every axe rule but the colour rules in the scheme the page opens in; in that
    scheme and in the other two (clicking the palette toggle), run the colour rules on the
    elements whose colour signature is new in the scheme.

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
    seen: dict[str, set[int]] = {}  # the colour signatures judged, by scheme
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
                violations = axe_violations(page, WITHOUT_COLOUR_RULES)
            else:
                violations = []
            colour, judged = new_colour_violations(page, seen.setdefault(scheme, set()))
            found.colour_judged[scheme] = found.colour_judged.get(scheme, 0) + judged
            violations += colour
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
    assert sorted(found.colour_judged) == sorted(SCHEMES)
    assert min(found.colour_judged.values()) > 20  # the colour rules judged in every scheme
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


def test_the_colour_rules_judge_each_new_colour_and_skip_only_colours_already_judged(hub):
    """The saving the every-page visit makes: a page seen again has nothing new to judge;
    change one paragraph's colour and that paragraph is judged, and a faint one fails, even
    where the same faint paragraph was judged before while it was hidden (axe passes over
    hidden text)."""
    base, _, browser = hub
    context, page = open_page(browser)
    with_axe(context)
    page.goto(base + "about/", wait_until="load")
    seen: set[int] = set()
    first, judged = new_colour_violations(page, seen)
    assert first == [] and judged > 20
    assert new_colour_violations(page, seen) == ([], 0)
    page.evaluate("document.querySelector('article p:not(.admonition-title)').id = 'chosen'")
    faint = "#chosen { color: #c8c8c8 !important }"
    style = page.add_style_tag(content=faint + " #chosen { display: none }")
    hidden, judged_hidden = new_colour_violations(page, seen)
    style.evaluate("(style, faint) => { style.textContent = faint; }", faint)
    shown, judged = new_colour_violations(page, seen)
    context.close()
    assert hidden == [] and judged_hidden > 0
    assert 0 < judged < 5
    assert shown and all(line.startswith("color-contrast: ") for line in shown)


def test_the_parts_visit_every_page_once(hub):
    _, site, _ = hub
    parts = [html_pages(site)[part::PARTS] for part in range(PARTS)]
    assert sorted(sum(parts, [])) == sorted(html_pages(site))


def test_search_results_open_have_zero_axe_violations_in_every_scheme(hub):
    """The search open with its results: every rule in the scheme the page opens in, and the
    colour rules in the other two, as on every page."""
    base, _, browser = hub
    context, page = open_page(browser)
    page.goto(base)
    page.keyboard.press("/")  # Material's shortcut to the search box
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta').textContent.includes('Initializing')"
    )
    page.keyboard.type("visit")
    page.wait_for_selector(".md-search-result__item")
    assert "matching" in meta.inner_text() or "result" in meta.inner_text().lower()
    found = violations_in_every_scheme(page)
    still_open = page.evaluate("document.getElementById('__search').checked")
    shown = page.locator(".md-search-result__item").count()
    context.close()
    assert still_open and shown > 0  # the palette toggles left the results open
    assert found == {scheme: [] for scheme in SCHEMES}


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
