"""The induction pathway for new starters, from the ``induction:`` field of pages."""

from __future__ import annotations

from yorkhub.features.induction import checklist, printable

CHECKS = ()
GENERATORS = (checklist.generate, printable.generate)
TRANSFORMS = ()
