"""Pages cite audits that exist, and every learning theme is used by some page or finding."""

from __future__ import annotations

from yorkhub.datafiles import line_of
from yorkhub.problems import NOTE, Problem


def check(catalogue, context) -> list[Problem]:
    return audit_references(catalogue) + unused_themes(catalogue)


def audit_references(catalogue) -> list[Problem]:
    audits = {p.meta["id"] for p in catalogue.by_type("audit") if "id" in p.meta}
    return [
        Problem(
            page.src,
            page.line("audits"),
            f"audits: no audit has id '{ref}': use the id in an audit page's front matter",
        )
        for page in catalogue.pages
        for ref in page.meta.get("audits", [])
        if ref not in audits
    ]


def unused_themes(catalogue) -> list[Problem]:
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
            line_of(themes.entries[key]),
            f"theme '{key}' is not used by any page or audit finding yet",
            severity=NOTE,
        )
        for key in themes.ids()
        if key not in used
    ]
