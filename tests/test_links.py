"""``hub check`` finds the broken links and anchors MkDocs' strict build refuses, in pages,
guides and generated pages, with the file, the line and the nearest page that exists."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from conftest import copy_project
from guide_factory import guide_text

from yorkhub import cli, settings, site
from yorkhub.features.reference import links
from yorkhub.generated import page as generated_page

TODAY = date(2026, 1, 1)

HEAD = (
    "---\ntype: reference\ntitle: Links\nsummary: A page of links.\nowner: principal-social-worker\n"
    "status: draft\napprover: principal-social-worker\n---\n# Links\n\n"
)
# Line 11 onwards, one link a line.
LINKS = """\
See [child protection](../standards/child-protecton.md).
See [visits](../standards/children-in-care.md#visit).
See [the about pages](../about/).
See [accessibility](/about/accessibility/).
See [this page's end](#the-ned).
See [a picture](missing.png).
See [the guides](../guides/index.md) and [the BBC](https://www.bbc.co.uk/) and [mail](mailto:a@york.gov.uk).
Write `[x](nowhere.md)` to link, and [the end](#the-end).
[ref]: ../standards/voice-of-teh-child.md

```
[in code](nowhere.md)
```

## The end
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    hub = copy_project(tmp_path_factory.mktemp("links"))
    hub.write("docs/about/links.md", HEAD + LINKS)
    hub.write(
        "guides/0014-linked.md",
        guide_text(
            14,
            "Linked",
            body="## What is it?\n\nSee [supervision](../docs/managers/reflective-supervision.md).\n",
        ),
    )
    plan = site.prepare(hub.root, settings.load(hub.root), TODAY)
    return hub, plan


def test_each_broken_link_is_a_problem_with_its_line_and_what_to_write(checked):
    _, plan = checked
    found = [str(p) for p in plan.problems if p.file == "docs/about/links.md"]
    assert found == [
        "docs/about/links.md:11: links to '../standards/child-protecton.md', but there is no page "
        "standards/child-protecton.md (did you mean '../standards/child-protection.md'?): fix the link",
        "docs/about/links.md:12: links to '../standards/children-in-care.md#visit', but "
        "standards/children-in-care.md has no section '#visit' (did you mean "
        "'../standards/children-in-care.md#visits'?): link to a heading that exists, or give the "
        "heading that id with {#id}",
        "docs/about/links.md:13: links to '../about/', which is not a file: link to the page's "
        "file, 'index.md'",
        "docs/about/links.md:14: links to '/about/accessibility/', an address from the site's "
        "root, which breaks when the hub is served under a path: link to the page's file, "
        "'accessibility.md'",
        "docs/about/links.md:15: links to '#the-ned', but this page has no section '#the-ned' "
        "(did you mean '#the-end'?): link to a heading that exists, or give the heading that id "
        "with {#id}",
        "docs/about/links.md:16: links to 'missing.png', but there is no file about/missing.png: "
        "fix the link",
        "docs/about/links.md:19: links to '../standards/voice-of-teh-child.md', but there is no "
        "page standards/voice-of-teh-child.md (did you mean "
        "'../standards/voice-of-the-child.md'?): fix the link",
    ]


def test_a_draft_guide_s_links_are_checked_before_it_is_approved(checked):
    _, plan = checked
    found = [str(p) for p in plan.problems if p.file == "guides/0014-linked.md"]
    assert len(found) == 1
    assert found[0].startswith(
        "guides/0014-linked.md:20: links to '../docs/managers/reflective-supervision.md', but "
        "there is no page docs/managers/reflective-supervision.md (did you mean "
        "'../managers/reflective-supervision.md'?)"
    )


def test_hub_check_prints_them_and_fails(checked, capsys):
    hub, _ = checked
    code = cli.main(["--root", str(hub.root), "check", "--no-writing"])
    err = capsys.readouterr().err
    assert code == 1
    assert "docs/about/links.md:11: links to '../standards/child-protecton.md'" in err
    assert "hub check: 8 problems in" in err


def test_a_link_in_a_generated_page_is_checked_and_names_that_page(checked):
    _, plan = checked
    plan.generated["about/made.md"] = generated_page(
        "Made", "# Made\n\n[Gone](../standards/gone.md)\n[Fine](../standards/index.md)\n"
    )
    found = [str(p) for p in links.check(plan, set())]
    assert "about/made.md (a page the hub generates):3: links to '../standards/gone.md', but " in (
        "\n".join(found)
    )
    del plan.generated["about/made.md"]


def test_links_to_draft_guides_in_production_are_left_to_the_draft_check(tmp_path):
    hub = copy_project(tmp_path)
    hub.write("docs/about/links.md", HEAD + "See [the draft](../guides/0014-draft.md).\n")
    hub.write("guides/0014-draft.md", guide_text(14, "Draft"))
    plan = site.prepare(hub.root, settings.load(hub.root), TODAY)
    found = [str(p) for p in plan.problems if p.file == "docs/about/links.md"]
    assert len(found) == 1 and "a draft guide the build leaves out" in found[0]


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("## When must the core group meet?", "when-must-the-core-group-meet"),
        ("## Visits {#visits}", "visits"),
        ("## **Bold** and `code` and [a link](x.md)", "bold-and-code-and-a-link"),
        ("## Children&#39;s plans", "childrens-plans"),
        ("Setext heading\n---", "setext-heading"),
    ],
)
def test_heading_ids_are_the_ones_markdown_gives(heading, expected):
    assert expected in links.ids(heading + "\n")


def test_a_repeated_heading_gets_the_next_id_as_markdown_gives_it():
    assert {"scope", "scope_1"} <= links.ids("## Scope\n\ntext\n\n## Scope\n")


@pytest.mark.slow
def test_the_ids_the_hub_expects_are_the_ids_the_built_pages_have(preview_build):
    """Every heading id in every built page is one the hub's link check knows."""
    plan_root = preview_build.site.parent
    preview = dataclasses.replace(settings.load(plan_root), drafts="preview")
    plan = site.prepare(plan_root, preview, TODAY)
    anchors = links.Anchors(plan, links.pages_of(plan))
    checked = 0
    for page in plan.catalogue.pages:
        folder = page.uri.removesuffix(".md").removesuffix("index").rstrip("/")
        built = preview_build.site / folder / "index.html"
        text = built.read_text(encoding="utf-8")
        article = text[text.index("<article") : text.index("</article>")]
        built_ids = set(re.findall(r"<h[1-6][^>]* id=\"([^\"]+)\"", article))
        assert built_ids <= anchors.of(page.uri), page.src
        checked += 1
    assert checked > 40
