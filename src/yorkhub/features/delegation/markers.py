"""``[[decision:ID]]``: who may take a decision, from the scheme of delegation, with a link
to the decision's page.

"Who decides: [[decision:convene-icpc]]." reads "Who decides: the **Team Manager** or a
role above ([draft scheme of delegation](...))". Like timescales, a page never types who
decides: the scheme in ``data/delegation.yml`` says it once, so a change to the scheme
changes every page that names the decision. An unknown id is left as typed; ``check``
reports it with the file and line.
"""

from __future__ import annotations

import re

from yorkhub import markers
from yorkhub.features.delegation.decision_pages import uri
from yorkhub.features.delegation.model import FILE, Decision, decider
from yorkhub.fields import suggestion
from yorkhub.markdown import link, strong
from yorkhub.problems import Problem
from yorkhub.registry import Registry

MARKER = re.compile(r"\[\[decision:([^\]]*)\]\]")


def transform(page, markdown, catalogue, context) -> str:
    if "[[decision:" not in markdown:
        return markdown
    known = {d.id: d for d in context.scheme.decisions}
    roles = catalogue.registries["roles"]

    def one(key: str) -> str | None:
        return render(known[key], roles, page.uri) if key in known else None

    return markers.substitute(markdown, one, MARKER)


def render(decision: Decision, roles: Registry, from_uri: str) -> str:
    """The lowest role that may decide, in bold, and a link to the decision's page. The role's
    title comes from a data file, so it is written as text, never as markup."""
    label = "draft scheme of delegation" if decision.status == "draft" else "scheme of delegation"
    scheme = link(from_uri, uri(decision.id), label)
    return f"the {strong(decider(decision, roles))} or a role above ({scheme})"


def check(catalogue, context) -> list[Problem]:
    """A problem for each ``[[decision:ID]]`` that names no decision, with a near id.

    An id the scheme gives a decision it refused is not reported again here: the scheme's
    own problem says what to fix."""
    known = sorted(d.id for d in context.scheme.decisions)
    named = context.scheme.named | set(known)
    problems = []
    for page in catalogue.pages:
        for ref in markers.references(page.body, MARKER):
            if ref.id not in named:
                problems.append(
                    Problem(
                        page.src,
                        page.body_line + ref.offset,
                        f"[[decision:{ref.id}]]: no decision has this id{suggestion(ref.id, known)}: "
                        f"use an id from {FILE} (listed in the scheme of delegation)",
                    )
                )
    return problems
