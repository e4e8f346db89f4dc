"""A short page per decision, titled with the question people ask: "Who can approve a care plan?".

Material's search ranks a page whose title matches the question above sections
of longer pages, so a search for "who can approve ..." lands here. The keywords
("approve", "sign off", "agree") are in the page's text, not its search tags:
most decisions share them, and as tags they would lift every decision for every
question. The whole answer sits above any second-level heading, so the search
result holds all of it.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.delegation.model import OWNER, Decision, Scheme, decider
from yorkhub.features.delegation.scheme_page import NO_LAW, NO_ONE, sentence
from yorkhub.features.delegation.scheme_page import URI as SCHEME_URI
from yorkhub.generated import Output
from yorkhub.markdown import link, text
from yorkhub.registry import Registry


def generate(catalogue, context) -> Output:
    roles = catalogue.registries["roles"]
    scheme = context.scheme
    return Output(pages={uri(d.id): decision_page(d, scheme, roles) for d in scheme.decisions})


def uri(decision_id: str) -> str:
    return f"delegation/decisions/{decision_id}.md"


def role_uri(role: str) -> str:
    return f"delegation/roles/{role}.md"


def decision_page(decision: Decision, scheme: Scheme, roles: Registry) -> generated.Generated:
    """One decision's page: who may decide, who to consult, where it is recorded, and the law."""
    page, role = uri(decision.id), roles.title(decision.lowest_role)
    consult = ", ".join(roles.title(r) for r in decision.consult) or NO_ONE
    parts = [
        f"# {text(decision.question)}\n",
        _draft(decision),
        f"**{text(decision.decision)}.** The lowest role that may decide is the "
        f"**{text(decider(decision, roles))}**.",
        f"Any role above the {text(role)} may also decide; no role below may. If in doubt, ask your manager.\n",
        f"Area of practice\n: {text(scheme.area_title(decision.area))}\n",
        f"Must consult\n: {text(consult)}\n",
        f"Recorded in\n: {text(sentence(decision.recorded_in))}\n",
        f"Legal basis\n: {text(decision.legal_basis or NO_LAW)}\n",
        f"Words people use\n: {text(', '.join(decision.keywords))}\n",
    ]
    parts += [
        f"See {link(page, role_uri(decision.lowest_role), f'everything the {role} can decide')}, or "
        f"{link(page, SCHEME_URI, 'find it in the full scheme of delegation', anchor=f'decision-{decision.id}')}.\n",
    ]
    return generated.page(
        decision.question,
        "\n".join(parts),
        type="scheme-of-delegation",
        owner=OWNER,
        status=decision.status,
        summary=f"{decision.decision}: the lowest role that may decide is the {decider(decision, roles)}.",
    )


def _draft(decision: Decision) -> str:
    if decision.status != "draft":
        return ""
    return f'!!! warning "Draft"\n\n    {text(decision.note)} Check with your manager before you rely on it.\n'
