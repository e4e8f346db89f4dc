"""The hub's features, one folder each, and the order a build runs them in.

Each feature's ``__init__.py`` lists what it adds to a build, in order:

- ``CHECKS``: ``check(catalogue, context) -> list[Problem]``. Each receives the
  catalogue of *every* readable page (drafts and internal pages included), so a
  mistake is found before the page is published. Checks return problems; they
  never log.
- ``GENERATORS``: ``generate(catalogue, context) -> Output``. Each receives the
  catalogue of *published* pages, so a listing never shows a page the build
  leaves out, and returns the files it adds (see ``yorkhub.generated``).
- ``PUBLISHED_CHECKS`` (optional): ``check(plan, asset_uris) -> list[Problem]``, run
  once the build knows everything it publishes, generated pages included (links).
- ``TRANSFORMS``: ``transform(page, markdown, catalogue, context) -> str``,
  applied to each page as it is rendered. Anything a transform could trip on is
  also found by a check, so ``hub check`` reports it too.

Nothing is discovered by scanning modules: what runs is what is listed here, so
a reader can follow one build from ``site.plan`` to every function it calls.
"""

from __future__ import annotations

from yorkhub.features import (
    changes,
    delegation,
    guides,
    induction,
    law,
    learning,
    reference,
    safety,
    timescales,
)

# Timescales come last: their markers are filled in after every other transform,
# so text that an earlier transform adds may use them too.
FEATURES = (
    reference,
    guides,
    learning,
    delegation,
    changes,
    induction,
    law,
    safety,
    timescales,
)


def checks() -> list:
    return [check for feature in FEATURES for check in feature.CHECKS]


def generators() -> list:
    return [generate for feature in FEATURES for generate in feature.GENERATORS]


def published_checks() -> list:
    return [check for feature in FEATURES for check in getattr(feature, "PUBLISHED_CHECKS", ())]


def transforms() -> list:
    return [transform for feature in FEATURES for transform in feature.TRANSFORMS]
