"""Rules across pages: unique ids and guide numbers, references that resolve."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from yorkhub.problems import NOTE, Problem

if TYPE_CHECKING:
    from yorkhub.catalogue import Catalogue


def check(catalogue: Catalogue) -> list[Problem]:
    return (
        _unique(catalogue, "id")
        + _unique(catalogue, "number")
        + _audit_refs(catalogue)
        + _unused_themes(catalogue)
    )


def _unique(catalogue: Catalogue, key: str) -> list[Problem]:
    holders = defaultdict(list)
    for page in catalogue.pages:
        if key in page.meta:
            holders[page.meta[key]].append(page)
    problems = []
    for value, pages in holders.items():
        for page in pages[1:]:
            problems.append(
                Problem(
                    page.src,
                    page.line(key),
                    f"{key}: {value} is already used by {pages[0].src}: choose another",
                )
            )
    return problems


def _audit_refs(catalogue: Catalogue) -> list[Problem]:
    audits = {p.meta["id"] for p in catalogue.by_type("audit") if "id" in p.meta}
    problems = []
    for page in catalogue.pages:
        for ref in page.meta.get("audits", []):
            if ref not in audits:
                problems.append(
                    Problem(
                        page.src,
                        page.line("audits"),
                        f"audits: no audit has id '{ref}': use the id in an audit page's front matter",
                    )
                )
    return problems


def _unused_themes(catalogue: Catalogue) -> list[Problem]:
    used = set()
    for page in catalogue.pages:
        used.update(page.themes)
        used.add(page.meta.get("theme"))
        for finding in page.meta.get("findings", []):
            used.update(finding["themes"])
    themes = catalogue.registries["themes"]
    return [
        Problem(
            themes.file,
            None,
            f"theme '{key}' is not used by any page or audit finding yet",
            severity=NOTE,
        )
        for key in themes.ids()
        if key not in used
    ]
