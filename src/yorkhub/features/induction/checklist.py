"""The induction checklist for new starters, built from the pages' ``induction`` front matter.

Each item links its page and says why it matters. induction-checklist.js adds a
tick box to each item and keeps the ticks in the reader's own browser
(localStorage): nothing is sent anywhere. Without the script the page is a plain
list, and the printable version (induction/print.md) has empty boxes.
"""

from __future__ import annotations

from html import escape

from yorkhub import generated
from yorkhub.features.induction.model import Item, by_week, item_key, pathway
from yorkhub.features.reference import glossary_page
from yorkhub.features.timescales import page as timescales_page
from yorkhub.generated import Output
from yorkhub.markdown import link, text

URI = "induction/index.md"
PRINT_URI = "induction/print.md"
OWNER = "principal-social-worker"
STATUS = "draft"  # the pathway awaits approval by its owner
# Generated pages every new starter needs, which have no front matter to join the pathway with.
GENERATED = (
    Item(
        glossary_page.URI,
        glossary_page.TITLE,
        1,
        1,
        "Explains the abbreviations you will read and hear every day, such as CIN, ICPC and IRO.",
    ),
    Item(
        timescales_page.URI,
        timescales_page.TITLE,
        1,
        6,
        "Lists every timescale in one place: what the law says must happen, what York says "
        "should happen, and by when.",
    ),
)


def owner_title(roles) -> str:
    return roles.title(OWNER) if OWNER in roles else "service"


def status_note(owner: str) -> str:
    """Whether the pathway is a draft, in words, for the screen and for paper alike."""
    if STATUS == "draft":
        return f"This pathway is a draft awaiting approval by the {text(owner)}."
    return "This pathway is approved."


def generate(catalogue, context) -> Output:
    return Output(
        pages={
            URI: checklist_page(
                pathway(catalogue.pages, GENERATED), owner_title(catalogue.registries["roles"])
            )
        }
    )


def checklist_page(steps: list[Item], owner: str) -> generated.Generated:
    """The checklist page's Markdown: a list per week, each item linked with why it matters."""
    parts = ["# Induction for new starters\n"]
    if STATUS == "draft":
        parts += [
            '!!! warning "Draft"\n',
            f"    {status_note(owner)} Your manager will add what is particular to your team.\n",
        ]
    parts += [
        "Welcome to York Children's Social Care. Read these pages in your first weeks, in this order.",
        "Each one says why it matters. Talk about them with your manager in supervision.\n",
        "Tick each page when you have read it. Your ticks are kept in this browser only: nothing is",
        "sent anywhere and no one else can see them. Clearing your browser's data, or using another",
        f"computer, starts the list afresh. Prefer paper? {link(URI, PRINT_URI, 'Print the checklist')}.\n",
        '<p class="hub-induction-progress" data-induction-progress role="status" aria-live="polite" hidden></p>\n',
    ]
    for week, week_items in by_week(steps):
        parts += [f"## Week {week}: what do I read? {{#week-{week}}}\n", _list(week_items)]
    if not steps:
        parts.append("_No pages are on the pathway yet._\n")
    return generated.page(
        "Induction for new starters",
        "\n".join(parts),
        type="induction",
        owner=OWNER,
        status=STATUS,
        summary="What to read when you join York Children's Social Care, week by week, as a checklist you can tick.",
    )


def _list(week_items: list[Item]) -> str:
    lines = ['<ul class="hub-induction" data-induction-list markdown="1">']
    for item in week_items:
        lines.append(
            f'<li data-induction-item="{escape(item_key(item))}" markdown="span">'
            f"{link(URI, item.uri, item.title)}: {text(item.why)}</li>"
        )
    return "\n".join(lines + ["</ul>\n"])
