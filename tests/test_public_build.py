"""The public build: internal pages are left out of everything, and links to them fail clearly."""

from __future__ import annotations

import dataclasses
import gzip
import json
import xml.etree.ElementTree as ET
from datetime import date

import pytest
import search_eval
from conftest import ROOT
from factories import context as make_context
from factories import retitle

from yorkhub import navigation, site
from yorkhub.catalogue import Catalogue
from yorkhub.features.safety import public_links
from yorkhub.navigation import Entry
from yorkhub.page import Page
from yorkhub.settings import Settings, load

PUBLIC = Settings(audience="public")


@pytest.mark.parametrize(
    "nav,excluded,expected",
    [
        (["index.md", {"Secret": "secret.md"}], {"secret.md"}, ["index.md"]),
        (
            [{"Standards": ["standards/index.md"]}, {"About": ["about/index.md"]}],
            {"standards/index.md"},
            [{"About": ["about/index.md", {"Visits": "about/visits.md"}]}],
        ),
        ([{"About": ["about/index.md"]}], {"about/visits.md"}, [{"About": ["about/index.md"]}]),
    ],
)
def test_the_nav_drops_left_out_pages_and_sections_whose_index_is_left_out(nav, excluded, expected):
    entries = [Entry("about/visits.md", "Visits")] if "about/visits.md" not in excluded else []
    assert navigation.extend(nav, entries, excluded) == expected


@pytest.mark.parametrize(
    "from_uri,target,resolved",
    [
        ("index.md", "about/index.md", "about/index.md"),
        ("about/index.md", "improvement-journey.md#why", "about/improvement-journey.md"),
        ("about/index.md", "../standards/", "standards/index.md"),
        ("about/index.md", "../standards/visits", "standards/visits.md"),
        ("about/index.md", "..", "index.md"),
        ("index.md", "https://www.gov.uk/", None),
        ("index.md", "mailto:x@york.gov.uk", None),
        ("index.md", "#top", None),
    ],
)
def test_links_resolve_to_site_paths(from_uri, target, resolved):
    assert public_links.resolve(from_uri, target) == resolved


def _page(uri: str, body: str = "", **meta) -> Page:
    return Page(f"docs/{uri}", uri, {"title": uri, **meta}, body, body_line=8)


def test_a_public_page_linking_to_an_internal_page_names_the_file_line_and_page():
    pages = [
        _page(
            "index.md",
            "# Home\n\nSee [standards](standards/index.md).\n\n[ref]: standards/visits.md\n",
            visibility="public",
        ),
        _page("standards/index.md", "[home](../index.md)"),
        _page("standards/visits.md"),
    ]
    found = public_links.check(Catalogue(pages, {}), make_context(settings=PUBLIC))
    assert [str(p) for p in found] == [
        "docs/index.md:10: links to docs/standards/index.md, an internal page the public build leaves out: "
        "remove the link, or give that page 'visibility: public'",
        "docs/index.md:12: links to docs/standards/visits.md, an internal page the public build leaves out: "
        "remove the link, or give that page 'visibility: public'",
    ]
    assert public_links.check(Catalogue(pages, {}), make_context()) == []


@pytest.mark.parametrize(
    "meta,audience,published",
    [
        ({"title": "x"}, "public", False),
        ({"title": "x", "visibility": "public"}, "public", True),
        ({"title": "x"}, "intranet", True),
    ],
)
def test_generated_pages_follow_the_same_visibility_rule(meta, audience, published):
    assert site.is_published(meta, Settings(audience=audience)) is published


def test_the_public_plan_keeps_public_generated_pages_and_leaves_out_internal_ones():
    settings = dataclasses.replace(load(ROOT), audience="public")
    plan = site.prepare(ROOT, settings, date(2026, 1, 1))
    assert "about/glossary.md" in plan.generated  # the glossary says visibility: public
    assert "delegation/scheme.md" in plan.generated_left_out
    assert "delegation/scheme.md" not in plan.generated


ATOM = "http://www.w3.org/2005/Atom"


def _internal_pages() -> list[Page]:
    plan = site.prepare(ROOT, load(ROOT), date(2026, 1, 1))
    return [p for p in plan.catalogue.pages if p.meta.get("visibility", "internal") == "internal"]


def _mark_internal_pages(hub_copy) -> dict[str, str]:
    """Put a distinctive marker in the title and body of every internal page."""
    markers = {}
    for number, page in enumerate(_internal_pages()):
        marker = f"ZQXINTERNAL{number:04d}"
        path = hub_copy.root / page.src
        retitle(path, f"{marker}T {page.title}"[:90])
        with path.open("a", encoding="utf-8") as file:
            file.write(f"\n\nDistinctive text {marker}B.\n")
        markers[page.src] = marker
    return markers


# Gzipped files of the site: .gz, and Pagefind's index, fragments and metadata.
GZIPPED = (".gz", ".pf_fragment", ".pf_index", ".pf_meta", ".pf_filter")


def _output_text(folder) -> str:
    parts = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        parts.append(
            (gzip.decompress(raw) if path.suffix in GZIPPED else raw).decode(
                "utf-8", errors="replace"
            )
        )
    return "\n".join(parts)


def _searched_pages(out) -> list[str]:
    """The pages the served build's search finds: every record of its Pagefind index."""
    assert (out / "pagefind/fragment").is_dir()
    return sorted(search_eval.indexed(out))


def _feed_targets(out) -> list[str]:
    """The site paths the feed links to, each checked to be a file of the built site."""
    feed = ET.parse(out / "feed.xml").getroot()
    base = feed.findtext(f"{{{ATOM}}}id").removesuffix("feed.xml")
    targets = set()
    for link in feed.iter(f"{{{ATOM}}}link"):
        path = link.get("href").removeprefix(base)
        assert (out / path / "index.html").is_file() or (out / path).is_file(), path
        targets.add(path)
    return sorted(targets - {"feed.xml"})


@pytest.mark.slow
def test_the_public_build_leaves_every_internal_page_out_of_everything(hub_copy):
    markers = _mark_internal_pages(hub_copy)
    assert len(markers) > 5
    accessibility = hub_copy.root / "docs/about/accessibility.md"
    accessibility.write_text(
        accessibility.read_text().replace("\nstatus:", "\nlast_reviewed: 2020-03-10\nstatus:", 1)
    )
    public = hub_copy.hub("build", "--public", "--out", "site-public")
    assert public.returncode == 0, public.stdout + public.stderr
    out = hub_copy.root / "site-public"
    text = _output_text(out)
    leaked = sorted(src for src, marker in markers.items() if marker in text)
    assert leaked == []
    assert "ZQXINTERNAL" not in text
    # The reader's search is Pagefind's index; Material's file keeps its settings only.
    assert json.loads((out / "search/search_index.json").read_text())["docs"] == []
    assert _searched_pages(out) == [
        "",
        "about/",
        "about/accessibility/",
        "about/amendments/",
        "about/glossary/",
        "about/improvement-journey/",
    ]
    assert sorted(p.parent.relative_to(out).as_posix() for p in out.rglob("index.html")) == [
        ".",
        "about",
        "about/accessibility",
        "about/amendments",
        "about/glossary",
        "about/improvement-journey",
    ]
    # Every address in the feed is a page the public build has (class 6): not What's new,
    # which is internal, nor any internal page.
    assert _feed_targets(out) == ["", "about/accessibility/"]
    # The intranet build of the same copy has them all, so the scan above could fail.
    intranet = hub_copy.hub("build", "--out", "site")
    assert intranet.returncode == 0, intranet.stdout + intranet.stderr
    inside = _output_text(hub_copy.root / "site")
    assert sorted(src for src, marker in markers.items() if f"{marker}B" not in inside) == []
    assert len(_searched_pages(hub_copy.root / "site")) > len(_searched_pages(out)) + 5


@pytest.mark.slow
def test_a_public_page_linking_to_an_internal_page_fails_the_public_build_only(hub_copy):
    page = hub_copy.root / "docs/about/accessibility.md"
    page.write_text(page.read_text() + "\nSee the [practice standards](../standards/index.md).\n")
    line = page.read_text().count("\n")
    public = hub_copy.hub("build", "--public", "--out", "site-public")
    assert public.returncode == 1
    assert (
        f"WARNING -  hub: docs/about/accessibility.md:{line}: links to docs/standards/index.md, an internal page "
        "the public build leaves out: remove the link, or give that page 'visibility: public'"
    ) in public.stderr
    assert not (hub_copy.root / "site-public").exists()
    assert hub_copy.hub("build", "--out", "site").returncode == 0
