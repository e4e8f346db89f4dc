"""The induction checklist to print: the same pathway as a table with empty boxes, with
spaces for the new starter's name and start date and for the manager's sign-off."""

from __future__ import annotations

from html import escape

from yorkhub import generated
from yorkhub.features.induction.checklist import GENERATED, OWNER, STATUS, owner_title, status_note
from yorkhub.features.induction.checklist import URI as CHECKLIST_URI
from yorkhub.features.induction.model import by_week, pathway
from yorkhub.generated import Output
from yorkhub.markdown import link, table

URI = "induction/print.md"
BOX = "☐"
ABOUT_YOU = ("Your name", "Your start date")
SIGN_OFF = ("Manager's name", "Manager's signature", "Date signed")


def generate(catalogue, context) -> Output:
    owner = owner_title(catalogue.registries["roles"])
    return Output(pages={URI: print_page(pathway(catalogue.pages, GENERATED), owner)})


def print_page(steps, owner: str) -> generated.Generated:
    """The printable checklist: who it is for, one table per week with a box to tick by hand
    in each row, and the manager's sign-off; it says whether the pathway is a draft."""
    parts = [
        "# Induction checklist to print\n",
        f"Print this page and tick each box by hand. The {link(URI, CHECKLIST_URI, 'checklist on screen')}",
        "keeps your ticks in your browser instead.\n",
        f"**{status_note(owner)}**\n" if STATUS == "draft" else f"{status_note(owner)}\n",
        _spaces("Who is this checklist for?", ABOUT_YOU),
    ]
    for week, week_items in by_week(steps):
        rows = [[BOX, link(URI, i.uri, i.title), i.why] for i in week_items]
        parts += [
            f"## Week {week} {{#week-{week}}}\n",
            table(["Done", "Page", "Why it matters"], rows),
        ]
    if not steps:
        parts.append("_No pages are on the pathway yet._\n")
    parts += [
        "## Manager's sign-off {#sign-off}\n",
        "I have talked through these pages with the new starter in supervision.\n",
        _spaces("Manager's sign-off", SIGN_OFF),
    ]
    return generated.page(
        "Induction checklist to print",
        "\n".join(parts),
        summary="The induction pathway for new starters as a checklist to print and tick by hand.",
        search={"exclude": True},
        owner=OWNER,
        status=STATUS,
    )


def _spaces(label: str, fields: tuple[str, ...]) -> str:
    """A table of labelled, empty spaces to write in by hand."""
    rows = "".join(
        f'<tr><th scope="row">{escape(f, quote=False)}</th><td class="hub-write-in"></td></tr>'
        for f in fields
    )
    return (
        f'<table class="hub-signoff" aria-label="{escape(label)}"><tbody>{rows}</tbody></table>\n'
    )
