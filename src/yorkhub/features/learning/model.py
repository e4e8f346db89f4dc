"""Learning from audit as plain data: audit findings, the themes they raise, and
the documents that address each theme.

Pure functions over the catalogue. The learning generators, the audit findings
transform and the hook's theme tags all read the catalogue through these, so
every learning page counts and sorts in the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from yorkhub.markdown import day, title
from yorkhub.page import Page
from yorkhub.schema import TYPES

if TYPE_CHECKING:
    from yorkhub.catalogue import Catalogue
    from yorkhub.registry import Registry

AUDIT = "audit"
# Owns the pages made from the audits, as it owns the audits and the QA framework.
OWNER = "head-of-quality-assurance"
SECTION = "learning/"
THEMES_INDEX = "learning/themes/index.md"
AUDITS_INDEX = "learning/audits/index.md"
# The page.meta key Material's tags plugin reads (tags_name_property in mkdocs.yml). Not
# ``tags``: Material's search already reads that for the keywords (yorkhub.search).
TAGS_KEY = "theme_tags"
KIND_LABELS = {
    "strength": "strength",
    "improvement": "area for improvement",
    "not-known": "findings not known",
}


@dataclass(frozen=True)
class Finding:
    """One finding of one audit, with the audit's date for sorting."""

    audit: Page
    number: int  # its place in the audit's list, from 1: keeps sorting stable
    summary: str
    themes: tuple[str, ...]
    kind: str

    @property
    def date(self) -> date:
        return self.audit.meta["date"]


def theme_uri(theme: str) -> str:
    """Where a theme's generated page sits in the site."""
    return f"learning/themes/{theme}.md"


def audits(catalogue: Catalogue) -> list[Page]:
    """Audit pages, newest first (then by id, so equal dates sort the same every build)."""
    pages = [p for p in catalogue.by_type(AUDIT) if "date" in p.meta]
    return sorted(pages, key=lambda p: (-p.meta["date"].toordinal(), p.meta.get("id", p.uri)))


def findings(catalogue: Catalogue, theme: str | None = None) -> list[Finding]:
    """Every audit finding (or those tagged ``theme``), newest audit first, in each audit's order."""
    found = []
    for page in audits(catalogue):
        for number, item in enumerate(page.meta.get("findings", []), start=1):
            if theme is None or theme in item["themes"]:
                found.append(
                    Finding(page, number, item["summary"], tuple(item["themes"]), item["kind"])
                )
    return found


def documents(catalogue: Catalogue, key: str, value: str) -> list[Page]:
    """Pages whose ``key`` list (``themes`` or ``priorities``) holds ``value``, by type then title."""
    return sorted((p for p in catalogue.pages if value in p.meta.get(key, [])), key=document_order)


def document_order(page: Page) -> tuple:
    """Documents sort by type (in the content model's order), then title."""
    order = list(TYPES)
    return (
        order.index(page.type) if page.type in order else len(order),
        page.title.lower(),
        page.uri,
    )


def kind_label(kind: str) -> str:
    """``Multi-agency audit`` from ``multi-agency-audit``."""
    return kind.replace("-", " ").capitalize().replace("Multi agency", "Multi-agency")


def type_label(page: Page) -> str:
    kind = TYPES.get(page.type)
    return kind.label if kind else page.type


def stamp(today: date) -> str:
    """The line that dates every generated learning page."""
    return f"_Built on {day(today)} from the hub's audit pages and documents._\n"


def months_before(today: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day where it is shorter)."""
    index = today.year * 12 + today.month - 1 - months
    year, month_index = divmod(index, 12)
    for day_number in (today.day, 30, 29, 28):
        try:
            return date(year, month_index + 1, day_number)
        except ValueError:
            continue
    raise ValueError(today)  # unreachable: every month has a 28th


def page_themes(page: Page) -> list[str]:
    """The themes a page is about: its ``themes``, its ``theme``, and its findings' themes, once each."""
    found = list(page.themes) + ([page.meta["theme"]] if "theme" in page.meta else [])
    for item in page.meta.get("findings", []):
        found += item["themes"]
    return list(dict.fromkeys(found))


def tags(page: Page, themes: Registry) -> list[str]:
    """The titles of the themes a page is about, as tags for Material's tags plugin (which
    writes them into the page as they are, so a tag in one is escaped)."""
    return [title(themes.title(t)) for t in page_themes(page) if t in themes]
