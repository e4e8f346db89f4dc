"""A catalogue page's Markdown as readers see it: notices, transforms, page facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from yorkhub import features, notices
from yorkhub.page import Page

if TYPE_CHECKING:
    from yorkhub.site import Plan


def page_markdown(page: Page, markdown: str, plan: Plan) -> str:
    """``markdown`` (the page's body) with every feature's transforms applied, in the
    features' order, and its notices around it."""
    for transform in features.transforms():
        markdown = transform(page, markdown, plan.catalogue, plan.context)
    roles, today = plan.catalogue.registries["roles"], plan.context.today
    return notices.before(page, roles, today) + markdown + notices.after(page, roles)
