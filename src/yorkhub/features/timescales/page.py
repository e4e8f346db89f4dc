""" "Timescales at a glance": one table per stage of the child's journey, from the data.

Each row carries its timescale's id as an anchor, so ``[[timescale:ID]]`` in
any page links to the row that says where the figure comes from. Each row
with a rule has "Work out the date" beside its timescale: the "When is it
due?" tool for that one timescale, collapsed until opened (due_page.tool).
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.timescales import due, due_page
from yorkhub.features.timescales import model as timescales
from yorkhub.generated import Output
from yorkhub.markdown import Markdown, link, strong, table, text

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

To turn a timescale into a date, open **Work out the date** beside it and enter
the date of the event it runs from. Every timescale that runs a set time from
an event has one. To see every timescale from one event together, use
[When is it due?](due.md). The day of the event is day 0; working days leave
out weekends and England's bank holidays.
"""


def generate(catalogue, context) -> Output:
    known = context.timescales
    roles = catalogue.registries["roles"]
    approver = roles.title(APPROVER) if APPROVER in roles else "service"
    entries, calendar = list(known.values()), due.england(context.today)
    return Output(pages={URI: page(entries, approver, calendar), IDS_URI: ids_page(entries)})


def page(
    entries: list[timescales.Timescale], approver: str, calendar: due.Calendar
) -> generated.Generated:
    """The page's Markdown for ``entries``, stages in journey order, entries in file order."""
    stages = list(timescales.STAGES)
    entries = sorted(
        entries, key=lambda t: stages.index(t.stage) if t.stage in stages else len(stages)
    )
    parts = [
        f"# {TITLE}\n",
        INTRO.format(approver=text(approver)),
    ]
    ruled = [t for t in entries if t.rule is not None]
    if ruled:  # the tools' data, once for the page
        parts.append(due_page.holder(ruled, calendar))
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
    when = text(
        f"{t.phrase[:1].upper()}{t.phrase[1:]}."
        if t.is_set
        else f"York has not yet set a standard. Until it does: {t.phrase}."
    )
    source = t.source
    if t.basis == "york-standard" and t.status == "draft":
        source += f" Draft: awaiting approval by the {approver}."
    if t.note:
        when += f" {text(t.note)}"
    if t.rule is not None:  # the calculator beside it, opened with this timescale's event
        when += f" {due_page.tool(t, URI)}"
    return [Markdown(f"{strong(t.what)}{{#{t.id}}}"), Markdown(when), t.duty, source]


def ids_page(entries: list[timescales.Timescale]) -> generated.Generated:
    """For authors: the id of every timescale, to write as ``[[timescale:ID]]``."""
    rows = [[Markdown(f"`{t.id}`"), t.what] for t in entries]
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
