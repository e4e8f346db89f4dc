"""Pages for finding your way: the home page, section contents, the glossary, authoring and
reviews."""

from __future__ import annotations

from yorkhub.features.reference import (
    content_model,
    contents,
    glossary_page,
    home,
    review_schedule,
    unique_ids,
)

CHECKS = (unique_ids.check,)
GENERATORS = (content_model.generate, glossary_page.generate, review_schedule.generate)
TRANSFORMS = (contents.transform, home.transform)
