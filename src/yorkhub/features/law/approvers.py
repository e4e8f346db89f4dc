"""Each page names an approver whose role may approve its type: one rule, in data/roles.yml.

A role's ``approves:`` lists the types of page it may approve. The build and
``hub approve`` read the same list, so the rule is stated once.
"""

from __future__ import annotations

from yorkhub.fields import suggestion
from yorkhub.problems import Problem
from yorkhub.schema import GUIDE, TYPES


def check(catalogue, context) -> list[Problem]:
    roles = catalogue.registries["roles"]
    problems = []
    for page in catalogue.pages:
        approver = page.meta.get("approver")
        if approver is None or approver not in roles or page.type not in TYPES:
            continue  # a missing or unknown role or type is the content model's to report
        allowed = may_approve(roles, page.type)
        if approver not in allowed:
            who = ", ".join(allowed) or f"no role yet: add '{page.type}' to a role's approves"
            problems.append(
                Problem(
                    page.src,
                    page.line("approver"),
                    f"approver: {approver} may not approve a page of type '{page.type}' "
                    f"({roles.file}, approves:): use {who}",
                )
            )
    return problems


def may_approve(roles, page_type: str) -> list[str]:
    """The roles whose ``approves:`` list holds ``page_type``, in file order."""
    return [
        key for key, entry in roles.entries.items() if page_type in (entry.get("approves") or [])
    ]


def refusal(roles, page_type: str, by: str, meta: dict) -> str | None:
    """Why role ``by`` may not approve a page of ``page_type`` with ``meta``, or None. One rule
    for ``hub approve`` and the build: the role's ``approves:`` list holds the type, and no role
    approves a guide it wrote (its owner or contact)."""
    if by not in roles:
        return f"unknown role '{by}'{suggest(by, roles)}: use an id from {roles.file}"
    allowed = may_approve(roles, page_type)
    if by not in allowed:
        who = ", ".join(allowed) or f"no role yet: add '{page_type}' to a role's approves"
        return f"{by} may not approve a page of type '{page_type}' ({roles.file}, approves:): use {who}"
    if page_type == GUIDE and by in (meta.get("owner"), meta.get("contact")):
        return (
            f"{by} wrote this guide (its owner or contact): another role must approve it, "
            f"such as {', '.join(r for r in allowed if r != by) or 'one added to approves:'}"
        )
    return None


def suggest(value: str, roles) -> str:
    return suggestion(value, roles.ids())
