"""Right in law: a duty names its source, and each page names the role that may approve it."""

from __future__ import annotations

from yorkhub.features.law import approvers, duties

CHECKS = (duties.check, approvers.check)
GENERATORS = ()
TRANSFORMS = ()
