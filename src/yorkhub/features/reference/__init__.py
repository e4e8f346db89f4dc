"""Pages for finding your way: the home page, section contents, the glossary, authoring and
reviews; every link leads somewhere."""

from __future__ import annotations

from yorkhub.features.reference import (
    content_model,
    contents,
    glossary_page,
    home,
    links,
    pages_list,
    review_schedule,
    templates,
    unique_ids,
)

CHECKS = (unique_ids.check, templates.check)
GENERATORS = (
    content_model.generate,
    glossary_page.generate,
    review_schedule.generate,
    pages_list.generate,
)
TRANSFORMS = (contents.transform, home.transform)
PUBLISHED_CHECKS = (links.check,)
