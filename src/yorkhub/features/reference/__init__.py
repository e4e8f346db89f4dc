"""Pages for finding your way: section contents, the glossary, authoring and reviews."""

from __future__ import annotations

from yorkhub.features.reference import (
    content_model,
    contents,
    glossary_page,
    review_schedule,
    templates,
    unique_ids,
)

CHECKS = (unique_ids.check, templates.check)
GENERATORS = (content_model.generate, glossary_page.generate, review_schedule.generate)
TRANSFORMS = (contents.transform,)
