"""A page per role in the line of delegation: "What can a Team Manager decide?".

Each decision the role takes as the lowest role is a section of its own, headed
by the question people ask ("Who can approve a care plan?"). Those sections are
left out of search: each decision's own page (delegation_decisions.py) is what a
search finds. The page also lists what the role may take because it is
delegated to roles below (the scheme's principle), and links the roles above.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.delegation.decision_pages import uri as decision_uri
from yorkhub.features.delegation.model import OWNER, Decision, Scheme, decider, draft_notice
from yorkhub.features.delegation.scheme_page import NO_LAW, NO_ONE, sentence
from yorkhub.features.delegation.scheme_page import URI as SCHEME_URI
from yorkhub.generated import Output
from yorkhub.markdown import link, text
from yorkhub.registry import Registry

INDEX = "delegation/roles/index.md"
TYPE = "scheme-of-delegation"  # the hub's search ranks what-to-do pages (this type) above reports
# Sections that repeat what each decision's own page says are left out of search,
# so a search for a decision finds its page (delegation_decisions.py) once.
EXCLUDED = (
    "data-search-exclude"  # Material leaves a heading with this attribute, and its section, out
)


def generate(catalogue, context) -> Output:
    roles = catalogue.registries["roles"]
    scheme = context.scheme
    pages = {INDEX: roles_index(scheme, roles)}
    for role in scheme.line:
        pages[uri(role)] = role_page(scheme, roles, role)
    return Output(pages=pages)


def uri(role: str) -> str:
    return f"delegation/roles/{role}.md"


def roles_index(scheme: Scheme, roles: Registry) -> generated.Generated:
    """Every role in the line of delegation, highest first, with how many decisions start there."""
    lines = [
        "# What can each role decide?\n",
        "The line of delegation runs from the most senior role to the most junior. A role may take",
        "its own decisions and any decision delegated to a role below it, never one above it.\n",
    ]
    for role in reversed(scheme.line):
        count = len(scheme.lowest_is(role))
        lines.append(
            f"- **{link(INDEX, uri(role), roles.title(role))}**: lowest role for {_decisions(count)}"
        )
    designations = sorted({d.acting_as for d in scheme.decisions if d.acting_as})
    if designations:
        lines.append(
            "\nSome decisions go to a role the law names, held by a post in the line of delegation:\n"
        )
    for held in designations:
        description = (
            roles.entries[held].get("description") or "a role the law names for some decisions."
        )
        lines.append(f"- **{text(roles.title(held))}**: {text(description)}")
    return generated.page(
        "What can each role decide?",
        "\n".join(lines) + "\n",
        order=2,
        owner=OWNER,
        status=generated.status_of([d.status for d in scheme.decisions]),
        summary="The line of delegation, from the most senior role to the most junior, and the decisions each role may take.",
    )


def role_page(scheme: Scheme, roles: Registry, role: str) -> generated.Generated:
    """The page for one role: its own decisions, those it may take from below, and who is above."""
    title = text(roles.title(role))
    page = uri(role)
    parts = [
        f"# What can {_article(title)} {title} decide?\n",
        draft_notice(scheme),
        f"This page lists the decisions for which {_article(title)} {title} is the lowest role that may decide. As the",
        "[principles of the scheme](../index.md#principles) say, they may also take any decision delegated to",
        "a role below them. A decision may be taken higher, never lower. If in doubt, ask your manager.\n",
        f"## Which decisions start with {_article(title)} {title}?\n",
        *(_section(d, scheme, roles, page) for d in scheme.lowest_is(role)),
    ]
    if not scheme.lowest_is(role):
        parts.append(
            f"No decision in the scheme names {_article(title)} {title} as the lowest role. If in doubt, ask your manager.\n"
        )
    parts += _below(scheme, roles, role, page) + _above(scheme, roles, role, page)
    plain = roles.title(role)
    return generated.page(
        f"What can {_article(plain)} {plain} decide?",
        "\n".join(parts),
        type=TYPE,
        owner=OWNER,
        status=generated.status_of([d.status for d in scheme.decisions]),
        summary=f"The decisions York's scheme of delegation gives {_article(plain)} {plain}, and those they may also take.",
    )


def _section(decision: Decision, scheme: Scheme, roles: Registry, page: str) -> str:
    consult = ", ".join(roles.title(r) for r in decision.consult) or NO_ONE
    lines = [
        f"### {text(decision.question)} {{ #{decision.id} {EXCLUDED} }}\n",
        f"{text(decision.decision)}. The lowest role that may decide: **{text(decider(decision, roles))}**.\n",
        f"- **Area**: {text(scheme.area_title(decision.area))}",
        f"- **Must consult**: {text(consult)}",
        f"- **Recorded in**: {text(sentence(decision.recorded_in))}",
        f"- **Legal basis**: {text(decision.legal_basis or NO_LAW)}",
        f"- **Words people use**: {text(', '.join(decision.keywords))}",
    ]
    if decision.status == "draft":
        lines.append(f"- **Draft**: {text(decision.note)}")
    lines.append(
        f"\n{link(page, decision_uri(decision.id), 'This decision on its own page')}; "
        f"{_to(page, SCHEME_URI, f'decision-{decision.id}', 'in the full scheme')}.\n"
    )
    return "\n".join(lines)


def _below(scheme: Scheme, roles: Registry, role: str, page: str) -> list[str]:
    title = text(roles.title(role))
    below = scheme.below(role)
    parts = [f"## What else may {_article(title)} {title} decide? {{ {EXCLUDED} }}\n"]
    if not below:
        return parts + ["No decisions are delegated to a role below this one.\n"]
    parts.append("These decisions are delegated to a role below, so this role may take them too:\n")
    parts += [
        f"- {link(page, decision_uri(d.id), d.decision)} (lowest role: {text(roles.title(d.lowest_role))})"
        for d in below
    ]
    return parts + [""]


def _above(scheme: Scheme, roles: Registry, role: str, page: str) -> list[str]:
    above = scheme.line[scheme.line.index(role) + 1 :]
    if not above:
        return []
    links = ", ".join(link(page, uri(r), roles.title(r)) for r in above)
    return [
        f"## Who decides the rest? {{ {EXCLUDED} }}\n",
        f"Decisions that need a more senior role are on their pages: {links}.\n",
    ]


def _to(page: str, target: str, anchor: str, text: str) -> str:
    """A link to a section of another generated page."""
    return link(page, target, text, anchor=anchor)


def _article(title: str) -> str:
    return "an" if title[:1].lower() in "aeiou" else "a"


def _decisions(count: int) -> str:
    return "1 decision" if count == 1 else f"{count} decisions"
