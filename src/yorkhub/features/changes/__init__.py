"""What's new and its Atom feed: what changed, newest first, from front-matter dates."""

from __future__ import annotations

from yorkhub.features.changes import feed, whats_new

CHECKS = ()
GENERATORS = (whats_new.generate, feed.generate)
TRANSFORMS = ()
