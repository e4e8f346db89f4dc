"""The one minute guides index: newest first, by number, by theme and by audience.

Generated from the published guides, so a draft left out of the production
build never appears here, and nothing is listed by hand.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub import markdown as md
from yorkhub.features.guides.model import TYPE, audience_label
from yorkhub.generated import Output
from yorkhub.markdown import day, link, table
from yorkhub.schema import AUDIENCES

URI = "guides/index.md"
TITLE = "One minute guides"
OWNER = "ap-team"  # the AP team publishes the guides
SUMMARY = "Short guides from the Advanced Practitioner team that share what audits have taught us."
INTRO = """\
One minute guides share what York's audits and inspections have taught us, on
one side of A4. Each has a number that never changes, so you can refer to a
guide by its number. Print a guide for a team meeting or supervision: it fits on
one page.
"""
JUMP = "Jump to: [newest first](#newest-first) · [by number](#by-number) · [by theme](#by-theme) · [by audience](#by-audience)\n"


def generate(catalogue, context) -> Output:
    # A guide whose number or date failed its check is left out until it is fixed: the
    # content model reports the field, and the index never shows a half-checked row.
    listed = [p for p in catalogue.by_type(TYPE) if "number" in p.meta and "published" in p.meta]
    guides = sorted(listed, key=lambda p: p.meta["number"])
    head = [f"# {TITLE}\n", INTRO]
    if not guides:
        return Output(pages={URI: _page(head + ["_No guides have been published yet._\n"])})
    newest = sorted(guides, key=lambda p: (-p.meta["published"].toordinal(), -p.meta["number"]))
    parts = head + [
        JUMP,
        "## Newest first\n",
        _list(newest),
        "## By number { data-search-exclude }\n",
        _table(guides),
        "## By theme { data-search-exclude }\n",
        _grouped(
            guides,
            "themes",
            catalogue.registries["themes"].ids(),
            catalogue.registries["themes"].title,
        ),
        "## By audience { data-search-exclude }\n",
        _grouped(guides, "audience", AUDIENCES, audience_label),
    ]
    return Output(pages={URI: _page(parts)})


def _page(parts: list[str]) -> generated.Generated:
    keywords = ["OMG", "one minute guide", "guides", "learning"]
    return generated.page(
        TITLE, "\n".join(parts), summary=SUMMARY, keywords=keywords, owner=OWNER, status="draft"
    )


def entry(page) -> str:
    """One guide as a list item: number, linked title, date, summary."""
    status = f" **({page.status})**" if page.status in ("draft", "retired") else ""
    return (
        f"- No. {page.meta['number']}: **{link(URI, page.uri, page.title)}**{status}, "
        f"published {day(page.meta['published'])}. {md.text(page.meta.get('summary', ''))}"
    )


def _list(pages) -> str:
    return "\n".join(entry(p) for p in pages) + "\n"


def _table(pages) -> str:
    rows = [
        [
            f"No. {p.meta['number']}",
            link(URI, p.uri, p.title),
            day(p.meta["published"]),
            p.meta.get("summary", ""),
        ]
        for p in pages
    ]
    return table(["number", "guide", "published", "summary"], rows)


def _grouped(pages, key: str, order, label) -> str:
    parts = []
    for group in order:
        members = [p for p in pages if group in p.meta.get(key, [])]
        if members:
            parts += [f"### {md.text(label(group))} {{ data-search-exclude }}\n", _list(members)]
    return "\n".join(parts)
