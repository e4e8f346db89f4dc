"""A one minute guide fits on one side of A4: its body must stay within the word budget.

The budget is ``word_budget`` in mkdocs.yml (extra.hub). Only prose counts:
front matter, comments, code and Markdown syntax do not.
"""

from __future__ import annotations

from yorkhub.features.guides.model import TYPE, word_count
from yorkhub.problems import Problem


def check(catalogue, context) -> list[Problem]:
    budget = context.settings.word_budget
    problems = []
    for page in catalogue.by_type(TYPE):
        words = word_count(page.body)
        if words > budget:
            problems.append(
                Problem(
                    page.src,
                    None,
                    f"the guide has {words} words; the budget is {budget}: cut it to one side of A4",
                )
            )
    return problems
