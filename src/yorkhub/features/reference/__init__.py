"""Pages for finding your way: section contents, the glossary, authoring and reviews, and
pages that lead with their answer (``lead.py``)."""

from __future__ import annotations

from yorkhub.features.reference import (
    content_model,
    contents,
    glossary_page,
    lead,
    review_schedule,
    unique_ids,
)

CHECKS = (unique_ids.check, lead.check)
GENERATORS = (content_model.generate, glossary_page.generate, review_schedule.generate)
TRANSFORMS = (contents.transform,)
