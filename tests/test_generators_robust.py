"""Every generator copes with a page whose fields failed validation: the author sees the
field's message (from the content model), never a traceback from a listing."""

from __future__ import annotations

import dataclasses

import pytest
from factories import ROOT, TODAY

from yorkhub import datafiles, features, site
from yorkhub.catalogue import Catalogue, read_sources
from yorkhub.features.reference import glossary
from yorkhub.settings import load

PREVIEW = dataclasses.replace(load(ROOT), drafts="preview")


def _real():
    data = datafiles.load(ROOT)
    registries, _ = site.registries_from(data)
    context, _ = site.make_context(PREVIEW, TODAY, glossary.load(ROOT), data, registries)
    plan = site.plan(read_sources(ROOT), registries, context)
    return plan.catalogue, registries, context


CATALOGUE, REGISTRIES, CONTEXT = _real()
# One page of each type, and each of its fields: a field that failed validation is absent.
CASES = [
    (page, key)
    for page in {p.type: p for p in CATALOGUE.pages}.values()
    for key in page.meta
    if key != "type"
]


@pytest.mark.parametrize("page, key", CASES, ids=lambda v: getattr(v, "type", v))
def test_every_generator_copes_with_a_page_missing_any_field(page, key):
    broken = dataclasses.replace(page, meta={k: v for k, v in page.meta.items() if k != key})
    pages = [broken if p.uri == page.uri else p for p in CATALOGUE.pages]
    catalogue = Catalogue(pages, REGISTRIES)
    for generate in features.generators():
        generate(catalogue, CONTEXT)  # raises if a generator trips on the missing field
    for transform in features.transforms():
        transform(broken, broken.body, catalogue, CONTEXT)


def test_there_is_a_case_for_every_field_of_a_guide():
    guide_fields = {key for page, key in CASES if page.type == "one-minute-guide"}
    assert {"number", "published", "summary", "themes", "audience"} <= guide_fields


@pytest.mark.slow
def test_a_uk_date_or_a_worded_number_in_a_draft_guide_is_a_message_not_a_traceback(small_hub):
    guide = "guides/0001-front-door-thresholds.md"
    text = (ROOT / guide).read_text(encoding="utf-8")
    text = text.replace("number: 1\n", "number: fourteen\n", 1)
    text = text.replace(text.split("published: ", 1)[1].split("\n", 1)[0], "01/12/2026", 1)
    small_hub.write(guide, text)
    built = small_hub.build(env={"HUB_DRAFTS": "preview"})
    assert built.returncode == 1
    assert "Traceback" not in built.log and "KeyError" not in built.log
    warnings = "\n".join(built.warnings())
    assert "guides/0001-front-door-thresholds.md:" in warnings
    assert "published: expected a date (YYYY-MM-DD), got '01/12/2026'" in warnings
    assert "number: expected a whole number above 0, got 'fourteen'" in warnings
