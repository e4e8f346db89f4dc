""" "Timescales at a glance": one table per stage of the child's journey, from the data.

Each row carries its timescale's id as an anchor, so ``[[timescale:ID]]`` in
any page links to the row that says where the figure comes from.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.timescales import model as timescales
from yorkhub.generated import Output
from yorkhub.markdown import Markdown, link, strong, table, text

URI = timescales.PAGE_URI
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
    return Output(pages={URI: page(list(known.values()), approver)})


def page(entries: list[timescales.Timescale], approver: str) -> generated.Generated:
    """The page's Markdown for ``entries``, stages in journey order, entries in file order."""
    stages = list(timescales.STAGES)
    entries = sorted(
        entries, key=lambda t: stages.index(t.stage) if t.stage in stages else len(stages)
    )
    parts = [
        "# Timescales at a glance\n",
        INTRO.format(approver=text(approver)),
    ]
    for stage, title in timescales.STAGES.items():
        rows = [_row(t, approver) for t in entries if t.stage == stage]
        if rows:
            parts += [
                f"## {title}\n",
                table(["What", "Timescale", "Must or should?", "Source"], rows),
            ]
    parts += [
        _authors(entries),
        "## Related documents\n",
        f"- {link(URI, 'standards/index.md', 'Practice standards')}",
        f"- {link(URI, 'managers/index.md', 'Managers’ standards')}\n",
    ]
    return generated.page(
        "Timescales at a glance",
        "\n".join(parts),
        summary="Every statutory timescale and York standard, by stage of the child's journey.",
        keywords=["timescales", "deadlines", "working days", "how long", "how often"],
        search={"boost": 2.0},
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
    if t.rule is not None:  # the calculator opens with this timescale's event chosen
        when += f" [Work out the date](due.md#from-{t.rule.start})."
    if t.note:
        when += f" {text(t.note)}"
    return [Markdown(f"{strong(t.what)}{{#{t.id}}}"), Markdown(when), t.duty, source]


def _authors(entries: list[timescales.Timescale]) -> str:
    rows = [[Markdown(f"`{t.id}`"), t.what] for t in entries]
    return (
        "## Which id do I write in a page?\n\n"
        "Authors write `[[timescale:ID]]` where a timescale belongs; the hub fills in the words and the link.\n\n"
        f"<div markdown data-search-exclude>\n\n{table(['id', 'timescale'], rows)}\n</div>\n"
    )
