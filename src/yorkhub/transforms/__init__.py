"""Changes to a page's Markdown as it is rendered, such as filling in timescales.

Every module in this package with a ``transform(page, markdown, catalogue,
context) -> str`` function is applied, in module-name order, to each page of the
catalogue as MkDocs renders it. Anything a transform could find wrong must also
be found by a check (``yorkhub.checks``), so ``hub check`` reports it too.
"""
