"""The scheme of delegation: who may take each decision, from ``data/delegation.yml``.

The data file is checked once a build, as the context is made (``site.make_context``);
its pages are built from the checked scheme in ``context.scheme``, and a page names who
may take a decision with ``[[decision:ID]]`` (``markers.py``).
"""

from __future__ import annotations

from yorkhub.features.delegation import decision_pages, markers, role_pages, scheme_page

CHECKS = (markers.check,)
GENERATORS = (scheme_page.generate, role_pages.generate, decision_pages.generate)
TRANSFORMS = (markers.transform,)
