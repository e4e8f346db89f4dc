"""Every one minute guide prints on one side of A4, measured in a real browser.

The session's preview build (drafts included) of a copy of the hub, with one
more guide exactly at the word budget (conftest's ``preview_build``), is served
by Python's own HTTP server on 127.0.0.1. Debian's chromium, driven by Playwright and kept off every other
network, prints each guide to PDF, and the PDF's pages are counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from factories import budget_guide_text

from yorkhub.features.guides.model import word_count

pytestmark = [pytest.mark.browser, pytest.mark.slow]

_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")  # a page object, not the /Pages tree


def pdf_pages(pdf: bytes) -> int:
    """How many pages a PDF holds, counted from its page objects."""
    return len(_PAGE.findall(pdf))


@pytest.mark.parametrize(
    "pdf, pages",
    [
        (b"<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page /Parent 1 0 R >>", 2),
        (b"<< /Type /Pages >>", 0),
    ],
)
def test_pdf_pages_counts_page_objects_only(pdf, pages):
    assert pdf_pages(pdf) == pages


@dataclass
class Printed:
    pdf: bytes
    visible: dict[str, bool]  # which parts of the page show on paper
    footer: str


@pytest.fixture(scope="module")
def printed_guides(served_hub) -> dict[str, Printed]:
    """Every guide of the preview build of the real hub, printed, by its folder name."""
    base, site, browser = served_hub
    page = browser.new_page()
    folders = sorted(p.parent.name for p in site.glob("guides/[0-9]*/index.html"))
    printed = {folder: _print(page, f"{base}guides/{folder}/") for folder in folders}
    page.close()
    return printed


PARTS = [
    ".md-header",
    ".md-sidebar--primary",
    ".md-search",
    ".md-footer",
    ".hub-printed",
    "article h1",
]


def _print(page, url: str) -> Printed:
    page.goto(url)
    pdf = page.pdf(format="A4")
    page.emulate_media(media="print")
    visible = page.evaluate(
        "parts => Object.fromEntries(parts.map(s => [s, [...document.querySelectorAll(s)]"
        ".some(e => e.getClientRects().length > 0)]))",
        PARTS,
    )
    footer = page.inner_text(".hub-printed")
    page.emulate_media(
        media="null"
    )  # back to no emulation: page.pdf() of a "screen" page would print screen styles
    return Printed(pdf, visible, footer)


def test_the_guide_at_the_budget_has_exactly_the_budget():
    assert word_count(budget_guide_text(500).split("---\n", 2)[2]) == 500


def test_every_guide_prints_on_one_a4_page(printed_guides):
    assert len(printed_guides) > 1, "no guides of the starter library were built: is guides/ empty?"
    assert "9999-at-the-word-budget" in printed_guides
    pages = {folder: pdf_pages(p.pdf) for folder, p in printed_guides.items()}
    assert pages == {folder: 1 for folder in printed_guides}


def test_printing_hides_the_header_nav_and_search_and_shows_the_printed_on_footer(printed_guides):
    expected = {
        ".md-header": False,
        ".md-sidebar--primary": False,
        ".md-search": False,
        ".md-footer": False,
        ".hub-printed": True,
        "article h1": True,
    }
    for folder, printed in printed_guides.items():
        assert printed.visible == expected, folder


def test_the_printed_footer_says_when_it_was_printed_from_which_address_and_version(printed_guides):
    for folder, printed in printed_guides.items():
        assert re.fullmatch(
            r"Printed on \d{1,2} [A-Z][a-z]+ \d{4} from http://127\.0\.0\.1:\d+/guides/"
            + re.escape(folder)
            + r"/, version ([0-9.]+|as built on \d{1,2} [A-Z][a-z]+ \d{4})\. "
            r"Check the hub for the latest version\.",
            printed.footer.strip(),
        ), (folder, printed.footer)
