"""A real build: the learning pages exist, sit in the nav's learning section, are
found by search, and audits, themes and tags link to each other."""

from __future__ import annotations

import re

import pytest
import search_eval

pytestmark = pytest.mark.slow

THEMES = (
    "front-door",
    "drift-and-delay",
    "management-oversight",
    "outcome-focused-planning",
    "statutory-visits",
    "voice-of-the-child",
    "iro-challenge",
    "multi-agency-engagement",
    "exploitation-and-missing",
    "recording-and-data",
    "workforce-stability",
    "reflective-supervision",
    "permanence",
)
AUDITS = (
    "ofsted-inspection-2016",
    "jtai-2018",
    "lga-peer-challenge-2019",
    "adcs-peer-challenge-2019",
    "multi-agency-audit-2019-03",
    "multi-agency-audit-2019-05",
    "multi-agency-audit-2019-11",
    "qa-live-audit-2020",
)
SECTION = {  # nav link (relative to learning/) -> title
    "themes/": "Learning themes",
    "audits/": "Audits and reviews",
    "priorities/": "Improvement priorities",
    "tags/": "Pages by learning theme",
}  # the AP team's coverage and matrix are in the menu's For authors section


def primary_nav(html: str) -> dict[str, str]:
    start = html.index("md-nav--primary")
    links = re.findall(
        r'<a href="([^"]*)" class="md-nav__link[^"]*">\s*<span class="md-ellipsis">\s*([^<]*?)\s*</span>',
        html[start : html.index("</nav>\n                  </div>", start)],
    )
    return dict(links)


def every_learning_page_is_built(built):
    pages = ["learning/index.html", "learning/themes/index.html", "learning/audits/index.html"]
    pages += [
        f"learning/{name}/index.html" for name in ("coverage", "matrix", "priorities", "tags")
    ]
    pages += [f"learning/themes/{key}/index.html" for key in THEMES]
    pages += [f"learning/audits/{key}/index.html" for key in AUDITS]
    assert [p for p in pages if not (built.site / p).is_file()] == []


def the_learning_pages_are_in_the_nav_learning_section(built):
    nav = primary_nav((built.site / "learning/index.html").read_text())
    assert {href: nav.get(href) for href in SECTION} == SECTION
    assert nav["./"] == "Learning from audit"


def the_learning_pages_are_found_by_search(built):
    titles = {location: page["title"] for location, page in search_eval.indexed(built.site).items()}
    assert titles["learning/themes/"] == "Learning themes"
    assert titles["learning/themes/drift-and-delay/"] == "Drift and delay"
    assert titles["learning/audits/jtai-2018/"] == "Joint targeted area inspection, September 2018"
    assert titles["learning/priorities/"] == "Improvement priorities"
    # The matrix and the tags page only repeat what the pages above hold, and the coverage
    # and matrix are for the AP team (For authors): left out of readers' search.
    assert "learning/matrix/" not in titles and "learning/tags/" not in titles
    assert "learning/coverage/" not in titles


def audit_pages_and_theme_pages_link_to_each_other(built):
    audit = (built.site / "learning/audits/jtai-2018/index.html").read_text()
    theme = (built.site / "learning/themes/exploitation-and-missing/index.html").read_text()
    assert (
        '<a href="../../themes/exploitation-and-missing/">Exploitation and missing children</a>'
        in audit
    )
    assert (
        '<a href="../../audits/jtai-2018/">Joint targeted area inspection, September 2018</a>'
        in theme
    )


def theme_titles_are_material_tags_listed_on_the_tags_page(built):
    audit = (built.site / "learning/audits/jtai-2018/index.html").read_text()
    tags = (built.site / "learning/tags/index.html").read_text()
    assert (
        '<a href="../../tags/#tag:exploitation-and-missing-children" class="md-tag">Exploitation and missing children</a>'
        in audit
    )
    assert '<h2 id="tag:exploitation-and-missing-children">' in tags
    assert '<a href="../audits/jtai-2018/">' in tags
    # Search keywords stay search tags: they are not shown as Material tags.
    assert 'class="md-tag">JTAI<' not in audit


def the_matrix_is_a_real_table_with_row_and_column_headers(built):
    html = (built.site / "learning/matrix/index.html").read_text()
    assert '<table aria-labelledby="which-themes-does-each-document-address">' in html
    assert (
        '<th scope="col"><a href="../themes/front-door/">Front door thresholds and timely decisions</a></th>'
        in html
    )
    assert '<th scope="row"><a href="../../standards/front-door-and-assessment/">' in html


def test_the_learning_section_builds_linked_searchable_and_tagged(preview_build):
    # Preview: the drafted one minute guides are in, so the tags index holds every kind of page.
    built = preview_build
    assert built.returncode == 0, built.log
    assert built.warnings() == []
    every_learning_page_is_built(built)
    the_learning_pages_are_in_the_nav_learning_section(built)
    the_learning_pages_are_found_by_search(built)
    audit_pages_and_theme_pages_link_to_each_other(built)
    theme_titles_are_material_tags_listed_on_the_tags_page(built)
    the_matrix_is_a_real_table_with_row_and_column_headers(built)
