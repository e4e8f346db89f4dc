"""Timescales written once in ``data/timescales.yml``, named in pages by id."""

from __future__ import annotations

from yorkhub.features.timescales import check, due_page, markers, page

CHECKS = (check.check,)
GENERATORS = (page.generate, due_page.generate)
TRANSFORMS = (markers.transform,)
