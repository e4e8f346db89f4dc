"""Safe to publish: no personal data, no active content, and no public page that links to
an internal one. Files besides pages are checked by ``published_files`` (see ``site.prepare``)."""

from __future__ import annotations

from yorkhub.features.safety import personal_data_check, public_links, raw_html

CHECKS = (
    personal_data_check.check,
    public_links.check,
    public_links.draft_links,
    raw_html.check,
)
GENERATORS = ()
TRANSFORMS = ()
