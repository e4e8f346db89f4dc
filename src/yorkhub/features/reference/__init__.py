"""Pages for finding your way: the home page, section contents, the glossary, authoring and
reviews; pages that lead with their answer (``lead.py``); every link leads somewhere."""

from __future__ import annotations

from yorkhub.features.reference import (
    content_model,
    contents,
    glossary_page,
    home,
    lead,
    links,
    pages_list,
    review_schedule,
    templates,
    unique_ids,
)

CHECKS = (unique_ids.check, templates.check, lead.check)
GENERATORS = (
    content_model.generate,
    glossary_page.generate,
    review_schedule.generate,
    pages_list.generate,
)
TRANSFORMS = (contents.transform, home.transform)
PUBLISHED_CHECKS = (links.check,)
