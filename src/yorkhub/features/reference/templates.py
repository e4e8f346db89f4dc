"""``template:`` names a page template the hub has: a file in overrides/.

A missing template, a folder, a link or a path out of the project would stop
Material with a traceback while it renders the page; this check says which page
and what to write, and the build gives Material its default template meanwhile.
"""

from __future__ import annotations

from yorkhub.problems import Problem


def check(catalogue, context) -> list[Problem]:
    problems = []
    for page in catalogue.pages:
        name = page.meta.get("template")
        if name is not None and name not in context.templates:
            have = ", ".join(sorted(context.templates)) or "none"
            problems.append(
                Problem(
                    page.src,
                    page.line("template"),
                    f"template: no template '{name}' in overrides/ (a regular file, not a link "
                    f"or folder): use one of {have}, or remove the field",
                )
            )
    return problems
