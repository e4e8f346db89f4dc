"""The Learning from audit section's index page.

Generated rather than written, because most of the section is generated: the
``[[contents]]`` marker lists only pages written in docs/, not these.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub import markdown as md
from yorkhub.features.learning.coverage import URI as COVERAGE
from yorkhub.features.learning.matrix import URI as MATRIX
from yorkhub.features.learning.model import (
    AUDITS_INDEX,
    OWNER,
    SECTION,
    THEMES_INDEX,
    audits,
    stamp,
)
from yorkhub.features.learning.priorities import URI as PRIORITIES
from yorkhub.features.learning.tags_page import URI as TAGS
from yorkhub.generated import Output
from yorkhub.markdown import link
from yorkhub.navigation import Entry, children

URI = "learning/index.md"
TITLE = "Learning from audit"
SUMMARY = "What York's audits and inspections found, the learning themes, and what the service does about them."
INTRO = """\
York learns from case audits, multi-agency audits, inspections and peer
challenges. Each finding is tagged with a learning theme, so you can see what
audits found and which standards, procedures and one minute guides respond.
"""
GENERATED = (
    (
        THEMES_INDEX,
        "Learning themes",
        "each theme, how many audits raised it, when it was last seen, and the documents that address it",
    ),
    (
        AUDITS_INDEX,
        "Audits and reviews",
        "every audit, inspection and peer challenge, newest first",
    ),
    (
        PRIORITIES,
        "Improvement priorities",
        "priorities a) to f), each traced to the documents that serve it",
    ),
    (
        COVERAGE,
        "Coverage",
        "the AP team's backlog: themes recent audits raised that no approved guide addresses",
    ),
    (MATRIX, "Theme-by-document matrix", "which documents address which themes"),
    (TAGS, "Pages by learning theme", "every page about each theme, listed by theme"),
)


def generate(catalogue, context) -> Output:
    held = len(audits(catalogue))
    themes = len(catalogue.registries["themes"].ids())
    parts = [
        f"# {TITLE}\n",
        stamp(context.today),
        INTRO,
        f"The hub holds {held} audit{'s' * (held != 1)} and reviews, tagged with {themes} learning themes.\n",
        "## Where do I start?\n",
        "\n".join(f"- **{link(URI, uri, title)}**: {about}." for uri, title, about in GENERATED)
        + "\n",
        written_pages(catalogue),
    ]
    return Output(
        pages={
            URI: generated.page(
                TITLE,
                "\n".join(parts),
                summary=SUMMARY,
                owner=OWNER,
                status="draft",
                keywords=["audit", "learning", "themes", "inspection", "quality assurance"],
            )
        }
    )


def written_pages(catalogue) -> str:
    """Pages authors wrote directly in the section's folder, such as the quality assurance framework."""
    pages = {p.uri: p for p in catalogue.pages if p.uri.startswith(SECTION) and p.uri != URI}
    entries = children(
        SECTION.rstrip("/"),
        [Entry(p.uri, p.title, p.order) for p in pages.values()],
    )
    if not entries:
        return ""
    lines = ["## What else is in this section?\n"]
    lines += [
        f"- **{link(URI, e.uri, e.title)}**: {md.text(pages[e.uri].meta.get('summary', ''))}"
        for e in entries
    ]
    return "\n".join(lines) + "\n"
