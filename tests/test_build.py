"""Real MkDocs builds: the real hub builds strictly; broken content fails it clearly."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

BROKEN = """---
type: practise-standard
title: Broken
summary: A page with mistakes.
owner: principal-social-worker
status: draft
approver: principal-social-worker
review_by: soon
---
# Broken
"""


def test_the_real_hub_builds_strictly_without_warnings(hub_copy):
    built = hub_copy.build()
    assert built.returncode == 0, built.log
    assert built.warnings() == []
    for page in (
        "index.html",
        "about/glossary/index.html",
        "authoring/content-model/index.html",
        "reviews.json",
    ):
        assert (built.site / page).is_file(), page


def test_every_type_of_the_content_model_has_a_page_in_the_real_hub():
    import dataclasses
    from datetime import date

    from conftest import ROOT

    from yorkhub import settings, site
    from yorkhub.schema import TYPES

    preview = dataclasses.replace(
        settings.load(ROOT), drafts="preview"
    )  # the starter guides are drafts
    plan = site.prepare(ROOT, preview, date(2026, 11, 26))
    found = {p.type for p in plan.catalogue.pages}
    for made in plan.generated.values():  # theme pages and the induction pathway are generated
        if made.meta is not None:
            found.add(made.meta.get("type"))
    assert set(TYPES) <= found, set(TYPES) - found
    assert [str(p) for p in plan.problems if p.severity == "error"] == []


def test_broken_pages_fail_the_strict_build_with_every_message_and_no_traceback(hub_copy):
    hub_copy.write("docs/broken.md", BROKEN)
    hub_copy.write("docs/not-closed.md", "---\ntitle: x\n")
    hub_copy.write("docs/empty.md", "")
    hub_copy.write("docs/latin1.md", b"---\ntitle: caf\xe9\n---\n")
    before = hub_copy.snapshot()
    built = hub_copy.build()
    assert built.returncode == 1
    assert built.warnings() == [
        "WARNING -  hub: docs/broken.md:2: type: unknown type 'practise-standard' (did you mean 'practice-standard'?): "
        "use one of practice-standard, managers-standard, procedure, policy, framework, scheme-of-delegation, "
        "one-minute-guide, audit, learning-theme, induction, reference",
        "WARNING -  hub: docs/broken.md:8: review_by: expected a date (YYYY-MM-DD), got 'soon'",
        "WARNING -  hub: docs/empty.md: the file is empty: add front matter and content, or delete the file",
        "WARNING -  hub: docs/latin1.md:2: the file is not UTF-8 text (byte 14): save it with UTF-8 encoding",
        "WARNING -  hub: docs/not-closed.md:1: front matter is not closed: add a line '---' after the last field",
    ]
    assert "Aborted with 5 warnings in strict mode!" in built.log
    assert "Traceback" not in built.log
    assert hub_copy.snapshot() == before


def test_a_missing_registry_stops_the_build_with_what_to_do(hub_copy):
    (hub_copy.root / "data/themes.yml").unlink()
    built = hub_copy.build()
    assert built.returncode == 1
    assert "data/themes.yml: registry not found: restore it from git" in built.log
    assert "Traceback" not in built.log


def test_a_page_past_its_review_date_says_so(hub_copy):
    page = hub_copy.root / "docs/about/index.md"
    page.write_text(
        page.read_text().replace(
            'version: "0.1"\n', 'version: "0.1"\nlast_reviewed: 2020-01-01\nreview_by: 2021-01-01\n'
        )
    )
    built = hub_copy.build()
    assert built.returncode == 0, built.log
    html = (built.site / "about/index.html").read_text()
    assert "Due for review" in html and "due for review on 1 January 2021" in html
    assert "<dt>Next review</dt><dd>1 January 2021</dd>" in html


def test_hub_check_reports_the_same_problems_as_the_build(hub_copy):
    hub_copy.write("docs/broken.md", BROKEN)
    checked = hub_copy.hub("check")
    built = hub_copy.build()
    assert checked.returncode == 1
    check_lines = [line for line in checked.stderr.splitlines() if line.startswith("docs/")]
    build_lines = [line.removeprefix("WARNING -  hub: ") for line in built.warnings()]
    assert check_lines == build_lines
    assert "hub check: 2 problems in" in checked.stderr


def test_a_failed_hub_build_leaves_the_previous_site_untouched(hub_copy):
    first = hub_copy.hub("build", "--out", "site")
    assert first.returncode == 0, first.stderr
    index = hub_copy.root / "site/index.html"
    before = index.read_bytes()
    hub_copy.write("docs/broken.md", BROKEN)
    second = hub_copy.hub("build", "--out", "site")
    assert second.returncode == 1
    assert (
        "the build failed (see the messages above): " in second.stderr
        and "is unchanged" in second.stderr
    )
    assert index.read_bytes() == before
    assert not (hub_copy.root / "site/broken").exists()
    assert [
        p.name for p in hub_copy.root.iterdir() if "building" in p.name or p.name.endswith("-old")
    ] == []


def test_the_readme_and_the_code_layout_page_name_every_feature_folder():
    from conftest import ROOT

    from yorkhub import features

    names = {f.__name__.rsplit(".", 1)[-1] for f in features.FEATURES}
    folders = {
        p.name for p in (ROOT / "src/yorkhub/features").iterdir() if (p / "__init__.py").is_file()
    }
    assert names == folders  # every feature folder is listed, so it runs
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = (ROOT / "docs/authoring/code-layout.md").read_text(encoding="utf-8")
    assert [n for n in sorted(names) if f"`{n}`" not in readme] == []
    assert [n for n in sorted(names) if f"`{n}/`" not in layout] == []


@pytest.mark.slow
def test_a_build_lists_no_page_as_missing_from_the_nav_and_still_builds_them(hub_copy):
    """Theme, decision and guide pages are reached from index pages, not the menu: MkDocs
    is told so, and the hub's own messages are the only thing an author reads."""
    built = hub_copy.build(env={"HUB_DRAFTS": "preview"})
    assert built.returncode == 0, built.log
    assert "not included in the" not in built.log
    assert (built.site / "learning/themes/permanence/index.html").is_file()
    assert (built.site / "guides/0001-front-door-thresholds/index.html").is_file()
