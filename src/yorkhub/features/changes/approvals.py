"""An approved page says who approved it and when, by the rule ``hub approve`` follows.

``status: approved`` alone records nothing: the build asks for ``approved_by`` and
``approved``, which ``hub approve`` writes, and holds them (and every approval in
``changes``) to the same rule in data/roles.yml that the command applies.
"""

from __future__ import annotations

from yorkhub.features.law.approvers import refusal
from yorkhub.problems import Problem

HOW = "approve it with 'hub approve {src} --by ROLE' (see Authoring > How is a page approved?)"


def check(catalogue, context) -> list[Problem]:
    roles = catalogue.registries["roles"]
    problems = []
    for page in catalogue.pages:
        meta = page.meta
        if page.status == "approved":
            missing = [key for key in ("approved_by", "approved") if key not in meta]
            if missing:
                problems.append(
                    Problem(
                        page.src,
                        page.line("status"),
                        f"status: approved, but no approval is recorded ({', '.join(missing)} "
                        f"missing): set status: draft and {HOW.format(src=page.src)}",
                    )
                )
        if meta.get("approved_by") in roles and (
            why := refusal(roles, page.type, meta["approved_by"], meta)
        ):
            problems.append(Problem(page.src, page.line("approved_by"), f"approved_by: {why}"))
        approved = meta.get("approved")
        if approved and approved > context.today:
            problems.append(
                Problem(
                    page.src,
                    page.line("approved"),
                    f"approved: {approved.isoformat()} is after today: an approval is recorded "
                    "on the day it is given",
                )
            )
        for n, change in enumerate(meta.get("changes") or [], start=1):
            when = change.get("date")
            if when and when > context.today:
                problems.append(
                    Problem(
                        page.src,
                        page.line("changes"),
                        f"changes: item {n} is dated {when.isoformat()}, after today: "
                        "record a change on the day it is made",
                    )
                )
    return problems
