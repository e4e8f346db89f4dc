"""Real MkDocs builds: the real hub builds strictly; broken content fails it clearly."""

from __future__ import annotations

import pytest
from factories import BROKEN

pytestmark = pytest.mark.slow


def test_the_real_hub_builds_strictly_without_warnings(production_build):
    built = production_build
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


def test_a_missing_registry_stops_the_build_with_what_to_do(hub_copy):
    (hub_copy.root / "data/themes.yml").unlink()
    built = hub_copy.build()
    assert built.returncode == 1
    assert "data/themes.yml: registry not found or empty: restore it from git" in built.log
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


def test_a_failed_hub_build_leaves_the_previous_site_untouched(small_hub):
    first = small_hub.hub("build", "--out", "site")
    assert first.returncode == 0, first.stderr
    index = small_hub.root / "site/index.html"
    before = index.read_bytes()
    small_hub.write("docs/broken.md", BROKEN)
    second = small_hub.hub("build", "--out", "site")
    assert second.returncode == 1
    assert (
        "the build failed (see the messages above): " in second.stderr
        and "is unchanged" in second.stderr
    )
    assert index.read_bytes() == before
    assert not (small_hub.root / "site/broken").exists()
    assert [
        p.name for p in small_hub.root.iterdir() if "building" in p.name or p.name.endswith("-old")
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
def test_a_build_lists_no_page_as_missing_from_the_nav_and_still_builds_them(preview_build):
    """Theme, decision and guide pages are reached from index pages, not the menu: MkDocs
    is told so, and the hub's own messages are the only thing an author reads."""
    built = preview_build
    assert built.returncode == 0, built.log
    assert "INFO" in built.log  # the build's whole log, where MkDocs would list them
    assert "not included in the" not in built.log
    assert (built.site / "learning/themes/permanence/index.html").is_file()
    assert (built.site / "guides/0001-front-door-thresholds/index.html").is_file()
