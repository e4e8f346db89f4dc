"""``pages.json``: every page's facts as data (as GOV.UK's technical documentation publishes),
for scripts, audits of the hub and anyone checking what was in force.

Built from the published catalogue, so the public build's list holds no internal page.
"""

from __future__ import annotations

import json

from yorkhub import generated
from yorkhub.features.changes.model import page_url
from yorkhub.generated import Output

URI = "pages.json"


def generate(catalogue, context) -> Output:
    entries = [entry(page) for page in sorted(catalogue.pages, key=lambda p: p.uri)]
    text = json.dumps(entries, indent=1, ensure_ascii=False) + "\n"
    return Output(pages={URI: generated.data_file(text)})


def entry(page) -> dict:
    meta = page.meta
    changes = [c for c in meta.get("changes") or [] if isinstance(c, dict)]
    last = changes[-1] if changes else {}
    return {
        "path": page_url(page.uri),
        "title": page.title,
        "type": page.type,
        "owner": meta.get("owner"),
        "status": page.status,
        "version": _text(meta.get("version")),
        "last_reviewed": _iso(meta.get("last_reviewed")),
        "review_by": _iso(page.review_by),
        "approved_by": meta.get("approved_by"),
        "approved": _iso(meta.get("approved")),
        "change_note": last.get("note"),
    }


def _iso(value):
    return value.isoformat() if hasattr(value, "isoformat") else None


def _text(value):
    return None if value is None else str(value)
