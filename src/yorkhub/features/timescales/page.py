""" "Timescales at a glance": one table per stage of the child's journey, from the data.

Each row carries its timescale's id as an anchor, so ``[[timescale:ID]]`` in
any page links to the row that says where the figure comes from.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.timescales import model as timescales
from yorkhub.generated import Output
from yorkhub.markdown import cell, link, table

URI = timescales.PAGE_URI
TITLE = "Timescales at a glance"
IDS_URI = "authoring/timescale-ids.md"  # for authors: kept out of readers' menu and search
IDS_TITLE = "Which timescale id do I write in a page?"
APPROVER = "principal-social-worker"  # York's standards are drafts until this role approves them

INTRO = """\
Every timescale in the hub, by stage of the child's journey. The practice
standards and guides take their timescales from this same list, so a figure is
written once and is the same everywhere.

- **Must** marks a timescale set in law or statutory guidance. The source column
  names the regulation or guidance.
- **Should** marks York's own standard. York's standards are drafts awaiting
  approval by the {approver}.
- Where York has not yet set a standard, the table says so. Ask your manager.

To turn a timescale into a date, use [When is it due?](due.md): choose what
happened, enter its date and see when each timescale from it is due.
"""


def generate(catalogue, context) -> Output:
    known = context.timescales
    roles = catalogue.registries["roles"]
    approver = roles.title(APPROVER) if APPROVER in roles else "service"
    entries = list(known.values())
    return Output(pages={URI: page(entries, approver), IDS_URI: ids_page(entries)})


def page(entries: list[timescales.Timescale], approver: str) -> generated.Generated:
    """The page's Markdown for ``entries``, stages in journey order, entries in file order."""
    stages = list(timescales.STAGES)
    entries = sorted(
        entries, key=lambda t: stages.index(t.stage) if t.stage in stages else len(stages)
    )
    parts = [
        f"# {TITLE}\n",
        INTRO.format(approver=approver),
    ]
    for stage, title in timescales.STAGES.items():
        rows = [_row(t, approver) for t in entries if t.stage == stage]
        if rows:
            parts += [
                f"## {title}\n",
                table(["What", "Timescale", "Must or should?", "Source"], rows),
            ]
    parts += [
        "## Related documents\n",
        f"- {link(URI, 'standards/index.md', 'Practice standards')}",
        f"- {link(URI, 'managers/index.md', 'Managers’ standards')}\n",
    ]
    return generated.page(
        TITLE,
        "\n".join(parts),
        summary="Every statutory timescale and York standard, by stage of the child's journey.",
        keywords=["timescales", "deadlines", "working days", "how long", "how often"],
        search={"boost": 2.0},
        owner=APPROVER,
        status=generated.status_of([t.status for t in entries if t.basis == "york-standard"]),
    )


def _row(t: timescales.Timescale, approver: str) -> list[str]:
    when = (
        f"{t.phrase[:1].upper()}{t.phrase[1:]}."
        if t.is_set
        else f"York has not yet set a standard. Until it does: {t.phrase}."
    )
    source = t.source
    if t.basis == "york-standard" and t.status == "draft":
        source += f" Draft: awaiting approval by the {approver}."
    if t.rule is not None:  # the calculator opens with this timescale's event chosen
        when += f" [Work out the date](due.md#from-{t.rule.start})."
    return [f"**{cell(t.what)}**{{#{t.id}}}", f"{when} {t.note}".strip(), t.duty, source]


def ids_page(entries: list[timescales.Timescale]) -> generated.Generated:
    """For authors: the id of every timescale, to write as ``[[timescale:ID]]``."""
    rows = [[f"`{t.id}`", t.what] for t in entries]
    body = (
        f"# {IDS_TITLE}\n\n"
        "Authors write `[[timescale:ID]]` where a timescale belongs; the hub fills in the words and the link.\n\n"
        f"{table(['id', 'timescale'], rows)}\n"
        f"Each timescale's words, figure and source are on {link(IDS_URI, URI, TITLE)}.\n"
    )
    return generated.page(
        IDS_TITLE,
        body,
        summary="For authors: the id of every timescale, to write in a page so the hub fills in its words.",
        owner=APPROVER,
        status="draft",
        order=50,
    )
