"""A catalogue page's Markdown as readers see it: notices, transforms, page facts."""
from __future__ import annotations

from . import notices, plugins, transforms
from .catalogue import Catalogue
from .context import Context
from .page import Page


def page_markdown(page: Page, markdown: str, catalogue: Catalogue, context: Context) -> str:
    for transform in plugins.functions(transforms, "transform"):
        markdown = transform(page, markdown, catalogue, context)
    roles = catalogue.registries["roles"]
    return notices.before(page, roles, context.today) + markdown + notices.after(page, roles)
