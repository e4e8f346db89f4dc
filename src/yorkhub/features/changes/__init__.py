"""What's new and its Atom feed: what changed, newest first, from front-matter dates."""

from __future__ import annotations

from yorkhub.features.changes import amendments, approvals, feed, whats_new

CHECKS = (approvals.check,)
GENERATORS = (whats_new.generate, amendments.generate, feed.generate)
TRANSFORMS = ()
