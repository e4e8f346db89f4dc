"""The induction checklist to print: the same pathway as a table with empty boxes."""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.induction.checklist import URI as CHECKLIST_URI
from yorkhub.features.induction.model import by_week, items
from yorkhub.generated import Output
from yorkhub.markdown import link, table

URI = "induction/print.md"
BOX = "☐"


def generate(catalogue, context) -> Output:
    return Output(pages={URI: print_page(items(catalogue.pages))})


def print_page(pathway) -> generated.Generated:
    """The printable checklist: one table per week, a box to tick by hand in each row."""
    parts = [
        "# Induction checklist to print\n",
        f"Print this page and tick each box by hand. The {link(URI, CHECKLIST_URI, 'checklist on screen')}",
        "keeps your ticks in your browser instead.\n",
    ]
    for week, week_items in by_week(pathway):
        rows = [[BOX, link(URI, i.uri, i.title), i.why] for i in week_items]
        parts += [
            f"## Week {week} {{#week-{week}}}\n",
            table(["Done", "Page", "Why it matters"], rows),
        ]
    if not pathway:
        parts.append("_No pages are on the pathway yet._\n")
    return generated.page(
        "Induction checklist to print",
        "\n".join(parts),
        summary="The induction pathway for new starters as a checklist to print and tick by hand.",
        search={"exclude": True},
    )
