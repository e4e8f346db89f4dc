"""The full scheme of delegation as one table per area, filterable on the page.

Without JavaScript every row reads. delegation-filter.js reveals the form (hidden
in the HTML, so a reader without the script never sees controls that do nothing)
and hides the rows that do not match. Each area is a section of its own, with the
decisions' "Who can ...?" questions in its text, so the site's search finds it.
"""

from __future__ import annotations

from html import escape

from yorkhub import generated
from yorkhub.features.delegation.model import OWNER, Decision, Scheme, decider, draft_notice
from yorkhub.generated import Output
from yorkhub.markdown import text
from yorkhub.registry import Registry

URI = "delegation/scheme.md"
NO_ONE = "No one set: ask your manager"
NO_LAW = "None named: a local decision"
HEADERS = ("Decision", "Lowest role that may decide", "Must consult", "Recorded in", "Legal basis")


def generate(catalogue, context) -> Output:
    roles = catalogue.registries["roles"]
    scheme = context.scheme
    return Output(pages={URI: scheme_page(scheme, roles)})


def scheme_page(scheme: Scheme, roles: Registry) -> generated.Generated:
    """The whole scheme page's Markdown."""
    parts = [
        "# Who can decide what? The full scheme of delegation\n",
        draft_notice(scheme),
        "Each row names the **lowest** role that may take the decision. A more senior role may take it",
        "too; a more junior role never may. If you are not sure who may decide, ask your manager.",
        "Read [the principles of the scheme](index.md#principles), or see",
        "[what each role can decide](roles/index.md).\n",
        filter_form(scheme, roles),
    ]
    for area in scheme.areas:
        decisions = scheme.in_area(area.id)
        if decisions:
            parts += [
                f"## {text(area.title)}: who can decide? {{#area-{area.id}}}\n",
                area_table(area.id, decisions, scheme, roles),
            ]
    return generated.page(
        "Who can decide what? The full scheme of delegation",
        "\n".join(parts),
        order=1,
        type="scheme-of-delegation",
        owner=OWNER,
        status=generated.status_of([d.status for d in scheme.decisions]),
        keywords=[
            "scheme of delegation",
            "who can approve",
            "who decides",
            "sign off",
            "authorise",
        ],
        summary="Every decision in York's scheme of delegation, with the lowest role that may take it: filter by area or role.",
    )


def filter_form(scheme: Scheme, roles: Registry) -> str:
    """The filter controls: real labelled selects, hidden until the script runs."""
    areas = "".join(
        f'<option value="{a.id}">{escape(a.title)}</option>'
        for a in scheme.areas
        if scheme.in_area(a.id)
    )
    ranked = "".join(
        f'<option value="{r}" data-rank="{n}">{escape(roles.title(r))}</option>'
        for n, r in enumerate(scheme.line, 1)
    )
    return (
        '<form class="hub-delegation-filter" data-delegation-filter hidden data-search-exclude aria-label="Filter the scheme of delegation">\n'
        '<div class="hub-delegation-filter__field"><label for="delegation-area">Area of practice</label>\n'
        f'<select id="delegation-area" name="area"><option value="">All areas</option>{areas}</select></div>\n'
        '<div class="hub-delegation-filter__field"><label for="delegation-role">Lowest role that may decide</label>\n'
        f'<select id="delegation-role" name="role"><option value="">Any role</option>{ranked}</select></div>\n'
        '<div class="hub-delegation-filter__field hub-delegation-filter__check"><input type="checkbox" id="delegation-below" name="below">\n'
        '<label for="delegation-below">Include decisions delegated to roles below the one chosen</label></div>\n'
        '<div class="hub-delegation-filter__field"><label for="delegation-words">Words in the decision</label>\n'
        '<input type="search" id="delegation-words" name="words" autocomplete="off"></div>\n'
        '<div class="hub-delegation-filter__field"><button type="reset" class="hub-delegation-filter__reset">Show every decision</button></div>\n'
        '<p class="hub-delegation-filter__count" role="status" aria-live="polite" data-delegation-count></p>\n'
        "</form>\n"
    )


def area_table(area_id: str, decisions: list[Decision], scheme: Scheme, roles: Registry) -> str:
    """One area's decisions as an HTML table whose rows carry what the filter needs."""
    head = " ".join(f'<th scope="col">{h}</th>' for h in HEADERS)
    rows = "\n".join(_row(d, scheme, roles) for d in decisions)
    return f'<table data-delegation-area="{area_id}">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n'


def _row(decision: Decision, scheme: Scheme, roles: Registry) -> str:
    rank = scheme.line.index(decision.lowest_role) + 1
    consult = "; ".join(roles.title(r) for r in decision.consult) or NO_ONE
    cells = [
        _decision_cell(decision),
        escape(decider(decision, roles)),
        escape(consult),
        escape(sentence(decision.recorded_in)),
        escape(decision.legal_basis or NO_LAW),
    ]
    attributes = (
        f'id="decision-{decision.id}" data-decision="{decision.id}" data-area="{decision.area}" '
        f'data-role="{decision.lowest_role}" data-rank="{rank}"'
    )
    # White space between cells and lines keeps words apart in the search index.
    return f"<tr {attributes}>\n" + "\n".join(f"<td>{c}</td>" for c in cells) + "\n</tr>"


def sentence(text: str) -> str:
    """``text`` with a capital first letter, for a cell or list item that starts a sentence."""
    return text[:1].upper() + text[1:]


def _decision_cell(decision: Decision) -> str:
    text = f'<strong>{escape(decision.decision)}</strong> <br> <span class="hub-delegation-question">{escape(decision.question)}</span>'
    if decision.status == "draft":
        text += f' <br> <span class="hub-delegation-draft"><span class="hub-badge">Draft</span> {escape(decision.note or "")}</span>'
    return text
