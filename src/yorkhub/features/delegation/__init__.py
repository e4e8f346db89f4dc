"""The scheme of delegation: who may take each decision, from ``data/delegation.yml``."""

from __future__ import annotations

from yorkhub.features.delegation import check, decision_pages, role_pages, scheme_page

CHECKS = (check.check,)
GENERATORS = (scheme_page.generate, role_pages.generate, decision_pages.generate)
TRANSFORMS = ()
