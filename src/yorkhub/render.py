"""A page's Markdown as readers see it: notices, transforms, page facts."""

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
    after = notices.after(page, roles, plan.context.settings, today)
    return notices.before(page, roles, today) + markdown + after


def generated_markdown(page: Page, markdown: str, plan: Plan) -> str:
    """A generated page's Markdown with its facts at the foot: whose it is, its status and
    next review, as on every written page. Its own text says what is draft, so no notice
    goes above it."""
    roles, context = plan.catalogue.registries["roles"], plan.context
    return markdown + notices.after(page, roles, context.settings, context.today)
