"""The one rule for what a build publishes, for written and generated pages alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from yorkhub.schema import GUIDE

if TYPE_CHECKING:
    from yorkhub.settings import Settings


def is_published(meta: dict, settings: Settings) -> bool:
    """Draft guides only in preview; internal pages (``visibility``, else the default) only
    on the intranet."""
    draft_guide = meta.get("type") == GUIDE and meta.get("status", "draft") == "draft"
    if settings.drafts == "exclude" and draft_guide:
        return False
    visibility = meta.get("visibility", settings.default_visibility)
    return not (settings.audience == "public" and visibility == "internal")
