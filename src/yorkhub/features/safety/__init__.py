"""Safe to publish: no personal data, and no public page that links to an internal one."""

from __future__ import annotations

from yorkhub.features.safety import personal_data_check, public_links

CHECKS = (personal_data_check.check, public_links.check)
GENERATORS = ()
TRANSFORMS = ()
