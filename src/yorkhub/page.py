"""A page of the hub as plain data: where it lives, its checked fields and its body."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from yorkhub.navigation import DEFAULT_ORDER


@dataclass
class Page:
    """One Markdown page after its front matter has been checked.

    ``src`` is the path from the project's root (what messages name); ``uri`` is
    the page's path inside the site (``standards/visits.md``).
    """

    src: str
    uri: str
    meta: dict
    body: str
    body_line: int = 1
    lines: dict[str, int] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return self.meta.get("type", "")

    @property
    def title(self) -> str:
        return self.meta.get("title", self.uri)

    @property
    def order(self) -> int:
        """Its place among its section's pages (``order`` field; else after those that set one)."""
        return self.meta.get("order", DEFAULT_ORDER)

    @property
    def status(self) -> str:
        return self.meta.get("status", "draft")

    @property
    def themes(self) -> list[str]:
        return self.meta.get("themes", [])

    @property
    def review_by(self) -> date | None:
        return self.meta.get("review_by")

    def line(self, key: str) -> int:
        """The line a field starts on, or the front matter's first line."""
        return self.lines.get(key, 1)

    def is_due_for_review(self, today: date) -> bool:
        return self.review_by is not None and self.review_by < today and self.status != "retired"
