"""Every data and front-matter value a generated page prints is shown as text, never run as
markup (issue 15, class 5).

The checks refuse scripts and handlers in data and front matter; this build is not strict, so
the values get past them and the escaping itself is what is tested: a script, a closing table
cell, a pipe, a javascript: link, an attribute list and emphasis, in every field a generator
prints, must come out as the same text on every page that shows it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
import yaml

from yorkhub import markdown as md


def hostile(field: str) -> str:
    """A value that is markup in every way the hub's pages could read it, named by field."""
    return f'<script>x()</script></td>|[x](javascript:x()){{: onclick="x()"}}*{field}*_u_'


class Page(HTMLParser):
    """What a reader sees of a page, and anything in it that would run."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.text, self.scripts, self.live, self._in = [], [], [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self._in.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.live.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        (self.scripts if self._in[-1:] == ["script"] else self.text).append(data)

    def shown(self) -> str:
        return " ".join("".join(self.text).split())


def _edit_yaml(hub, rel: str, change) -> None:
    data = yaml.safe_load((hub.root / rel).read_text(encoding="utf-8"))
    change(data)
    hub.write(rel, yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def _edit_front_matter(hub, rel: str, **fields) -> None:
    _, head, body = (hub.root / rel).read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(head)
    for key, value in fields.items():
        if isinstance(value, dict):
            meta[key] = {**meta.get(key, {}), **value}
        else:
            meta[key] = value
    hub.write(
        rel, "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n" + body
    )


def _hostile_hub(hub):
    def delegation(data):
        data["areas"][0]["title"] = hostile("area")
        decision = data["decisions"][0]
        decision.update(
            decision=hostile("decision"),
            question=f"Who can {hostile('question')}?",
            recorded_in=hostile("recorded"),
            legal_basis=hostile("legal"),
            note=hostile("note"),
            keywords=[hostile("keyword")],
        )

    def roles(data):
        for role in data:
            if role["id"] == "team-manager":
                role["title"] = hostile("role")
            if role["id"] == "principal-social-worker":
                role["title"] = hostile("psw")

    def timescales(data):
        entry = next(t for t in data if t["id"] == "referral-decision")
        entry.update(
            what=hostile("what"),
            phrase=hostile("phrase"),
            note=hostile("tnote"),
            source=hostile("source"),
        )

    def themes(data):
        data[0].update(title=hostile("theme"), description=hostile("tdesc"))

    _edit_yaml(hub, "data/delegation.yml", delegation)
    _edit_yaml(hub, "data/roles.yml", roles)
    _edit_yaml(hub, "data/timescales.yml", timescales)
    _edit_yaml(hub, "data/themes.yml", themes)
    _edit_front_matter(
        hub,
        "docs/about/index.md",
        title=hostile("ptitle"),
        summary=hostile("psummary"),
        version=hostile("version"),
        last_reviewed="2020-03-10",
        induction={"why": hostile("why")},
    )
    guide = sorted((hub.root / "guides").glob("0001-*.md"))[0]
    _edit_front_matter(
        hub, f"guides/{guide.name}", title=hostile("gtitle"), summary=hostile("gsummary")
    )
    audit = "docs/learning/audits/adcs-peer-challenge-2019.md"
    meta = yaml.safe_load((hub.root / audit).read_text(encoding="utf-8").split("---\n", 2)[1])
    findings = meta["findings"]
    findings[0] = {**findings[0], "summary": hostile("finding"), "themes": ["front-door"]}
    _edit_front_matter(
        hub, audit, title=hostile("atitle"), scope=hostile("scope"), findings=findings
    )


# Each generated page (and a written page the hub fills in) and the fields it prints.
SHOWN = {
    "delegation/decisions/accept-referral/index.html": (
        "question",
        "decision",
        "note",
        "recorded",
        "legal",
        "keyword",
        "area",
        "role",
    ),
    "delegation/scheme/index.html": (
        "question",
        "decision",
        "note",
        "recorded",
        "legal",
        "area",
        "role",
    ),
    "delegation/roles/team-manager/index.html": (
        "question",
        "decision",
        "note",
        "recorded",
        "legal",
        "keyword",
        "area",
        "role",
    ),
    "delegation/roles/index.html": ("role",),
    "timescales/index.html": ("what", "phrase", "tnote", "source", "psw"),
    "timescales/due/index.html": ("what", "source"),
    "standards/front-door-and-assessment/index.html": ("phrase",),
    "induction/index.html": ("psw", "ptitle", "why"),
    "induction/print/index.html": ("ptitle", "why"),
    "whats-new/index.html": ("ptitle", "psummary", "gtitle", "gsummary"),
    "authoring/review-schedule/index.html": ("ptitle", "psw"),
    "about/index.html": ("ptitle", "version", "psw"),
    "guides/index.html": ("gtitle", "gsummary", "theme"),
    "learning/themes/front-door/index.html": ("theme", "tdesc", "finding", "atitle", "gtitle"),
    "learning/themes/index.html": ("theme",),
    "learning/audits/index.html": ("atitle", "scope"),
    "learning/audits/adcs-peer-challenge-2019/index.html": ("atitle", "finding", "theme"),
    "learning/matrix/index.html": ("theme", "gtitle"),
    "learning/coverage/index.html": ("theme",),
    "authoring/content-model/index.html": ("role", "theme"),
}


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    from conftest import copy_project

    hub = copy_project(tmp_path_factory.mktemp("hostile"))
    _hostile_hub(hub)
    built = hub.build("--no-strict", env={"HUB_DRAFTS": "preview"})
    assert built.returncode == 0, built.log
    return built


def test_hostile_values_show_as_text_on_every_page_that_prints_them(hostile_build):
    site = hostile_build.site
    for path, fields in SHOWN.items():
        page = Page((site / path).read_text(encoding="utf-8"))
        shown = page.shown()
        missing = [f for f in fields if " ".join(hostile(f).split()) not in shown]
        assert missing == [], f"{path}: not shown as written: {missing}"


def test_nothing_a_hostile_value_says_runs_anywhere_in_the_site(hostile_build):
    pages = sorted(hostile_build.site.rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        page = Page(path.read_text(encoding="utf-8"))
        assert page.live == [], f"{path}: {page.live}"
        assert not any("x()" in script for script in page.scripts), path
    # The checks still name the values: the escaping is a second line, not the only one.
    assert "a <script> element" in hostile_build.log


def test_the_feed_carries_hostile_titles_as_text(hostile_build):
    feed = ET.parse(hostile_build.site / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
    summaries = [e.findtext("a:summary", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert f"Updated: {hostile('ptitle')}" in titles
    assert hostile("psummary") in summaries


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("1. not a list", "1&#46; not a list"),
        ("# not a heading", "&#35; not a heading"),
        ("- not an item", "&#45; not an item"),
        ("!!! note", "&#33;!! note"),
        ("a\n\n# b", "a # b"),  # folded onto one line, where # is plain
        ("*[HTML]: x", "&#42;&#91;HTML&#93;: x"),
        ("[[timescale:icpc]]", "&#91;&#91;timescale:icpc&#93;&#93;"),
        ('--8<-- "includes/x.md"', "&#45;-8&lt;-- &quot;includes/x.md&quot;"),
    ],
)
def test_text_never_starts_a_block_or_a_marker(value, shown):
    assert md.text(value) == shown


def test_titles_are_written_for_material_with_their_tags_shown():
    assert md.title("Visits & <plans>") == "Visits & &lt;plans>"
    assert md.link("a/b.md", "c.md", "[x](y)") == "[&#91;x&#93;(y)](../c.md)"
    assert md.cell(md.Markdown("**a** | b")) == "**a** \\| b"
    assert md.cell("**a**") == "&#42;&#42;a&#42;&#42;"
