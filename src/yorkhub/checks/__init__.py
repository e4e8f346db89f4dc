"""Content checks beyond one page's front matter, such as word budgets.

Every module in this package with a ``check(catalogue, context) -> list[Problem]``
function runs on every build and in ``hub check``. It receives the catalogue of
*every* readable page, drafts and internal pages included, so a mistake is found
before the page is published. Checks return problems; they never log.
"""
