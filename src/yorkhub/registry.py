"""The hub's registries: the ids that pages may refer to, read from ``data/``.

A registry is a YAML list of entries, each with an ``id``. Pages name entries by
id; titles may change without breaking a link. A missing or unreadable registry
is a setup mistake (``SetupError``), not a content problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from yorkhub import datafiles
from yorkhub.problems import Problem, SetupError

# An id is part of addresses (delegation/roles/team-manager/) and anchors: plain words only.
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Registry:
    """Entries of one registry, in file order, keyed by id."""

    name: str
    file: str
    entries: dict[str, dict]

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def title(self, key: str) -> str:
        return str(self.entries[key].get("title", key))

    def ids(self) -> list[str]:
        return list(self.entries)


REQUIRED = {
    "themes": ("id", "title", "description"),
    "priorities": ("id", "title", "description"),
    "roles": ("id", "title"),
}


def from_data(
    name: str, raw: object, required: tuple[str, ...] | None = None
) -> tuple[Registry, list[Problem]]:
    """The registry ``data/<name>.yml`` from its parsed contents; a problem for each bad entry."""
    label = f"data/{name}.yml"
    if raw is None:
        raise SetupError(
            f"{label}: registry not found or empty: restore it from git (the hub cannot check pages without it)"
        )
    if not isinstance(raw, list):
        raise SetupError(f"{label}: expected a list of entries, each starting '- id: ...'")
    return _entries(label, name, raw, required or REQUIRED.get(name, ("id",)))


def load(
    root: Path, name: str, required: tuple[str, ...] | None = None
) -> tuple[Registry, list[Problem]]:
    """Read ``data/<name>.yml`` on its own (the build reads every data file once instead)."""
    path = root / "data" / f"{name}.yml"
    raw = (
        datafiles.parse(f"data/{name}.yml", path.read_text(encoding="utf-8"))
        if path.is_file()
        else None
    )
    return from_data(name, raw, required)


def _title(entry: dict) -> str | None:
    from yorkhub.fields import short_text  # fields imports this module

    if "title" not in entry:
        return None
    return short_text()(entry["title"], {})[1]


def _entries(
    label: str, name: str, raw: list, required: tuple[str, ...]
) -> tuple[Registry, list[Problem]]:
    entries: dict[str, dict] = {}
    problems = []
    for number, entry in enumerate(raw, start=1):
        line = datafiles.line_of(entry)
        if not isinstance(entry, dict):
            problems.append(
                Problem(label, line, f"entry {number}: expected fields such as 'id: ...'")
            )
            continue
        missing = [key for key in required if not entry.get(key)]
        name_ = entry.get("id", f"entry {number}")
        if missing:
            problems.append(
                Problem(label, line, f"{name_}: missing {', '.join(missing)}: add them")
            )
            continue
        key = str(entry["id"])
        if title_message := _title(entry):
            problems.append(
                Problem(
                    label,
                    datafiles.line_of(entry, "title") or line,
                    f"{key}: title: {title_message}",
                )
            )
            continue
        if not key.isascii():
            problems.append(
                Problem(
                    label,
                    line,
                    f"{key}: id '{key}' has a character that only looks like a plain "
                    "letter (not ASCII): type the id with letters a-z, digits and hyphens",
                )
            )
            continue
        if not ID.match(key):
            problems.append(
                Problem(
                    label,
                    datafiles.line_of(entry, "id") or line,
                    f"{key}: id {key!r}: expected lower-case letters, digits and hyphens, "
                    "such as 'team-manager' (ids become addresses and anchors)",
                )
            )
            continue
        if key in entries:
            problems.append(
                Problem(label, line, f"{key}: this id is used twice: ids must be unique")
            )
            continue
        entries[key] = entry
    return Registry(name, label, entries), problems
