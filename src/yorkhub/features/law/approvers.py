"""Each page names an approver whose role may approve its type: one rule, in data/roles.yml.

A role's ``approves:`` lists the types of page it may approve. The build and
``hub approve`` read the same list, so the rule is stated once.
"""

from __future__ import annotations

from yorkhub.problems import Problem
from yorkhub.schema import TYPES


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
