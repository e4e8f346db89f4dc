"""The hub's registries: the ids that pages may refer to, read from ``data/``.

A registry is a YAML list of entries, each with an ``id``. Pages name entries by
id; titles may change without breaking a link. A missing or unreadable registry
is a setup mistake (``SetupError``), not a content problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yorkhub import files, yaml_safe
from yorkhub.problems import Problem


class SetupError(Exception):
    """The hub cannot be built at all: a registry or setting is missing or broken."""


@dataclass(frozen=True)
class Registry:
    """Entries of one registry, in file order, keyed by id."""

    name: str
    file: str
    entries: dict[str, dict]

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def title(self, key: str) -> str:
        return self.entries[key].get("title", key)

    def ids(self) -> list[str]:
        return list(self.entries)


REQUIRED = {
    "themes": ("id", "title", "description"),
    "priorities": ("id", "title", "description"),
    "roles": ("id", "title"),
}


def load(
    root: Path, name: str, required: tuple[str, ...] | None = None
) -> tuple[Registry, list[Problem]]:
    """Read ``data/<name>.yml``; problems for entries without the fields they need."""
    label = f"data/{name}.yml"
    path = root / label
    if not path.is_file():
        raise SetupError(
            f"{label}: registry not found: restore it from git (the hub cannot check pages without it)"
        )
    raw = read_yaml(path, label)
    if not isinstance(raw, list):
        raise SetupError(f"{label}: expected a list of entries, each starting '- id: ...'")
    return _entries(label, name, raw, required or REQUIRED.get(name, ("id",)))


def _entries(
    label: str, name: str, raw: list, required: tuple[str, ...]
) -> tuple[Registry, list[Problem]]:
    entries: dict[str, dict] = {}
    problems = []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            problems.append(
                Problem(label, None, f"entry {number}: expected fields such as 'id: ...'")
            )
            continue
        missing = [key for key in required if not entry.get(key)]
        if missing:
            problems.append(
                Problem(
                    label,
                    None,
                    f"entry {number} ({entry.get('id', 'no id')}): missing {', '.join(missing)}",
                )
            )
            continue
        key = str(entry["id"])
        if not key.isascii():
            problems.append(
                Problem(
                    label,
                    None,
                    f"entry {number}: id '{key}' has a character that only looks like a plain "
                    "letter (not ASCII): type the id with letters a-z, digits and hyphens",
                )
            )
            continue
        if key in entries:
            problems.append(
                Problem(
                    label, None, f"entry {number}: id '{key}' is used twice: ids must be unique"
                )
            )
            continue
        entries[key] = entry
    return Registry(name, label, entries), problems


def load_data(root: Path) -> dict[str, object]:
    """Every ``data/*.yml`` file as plain data, by file name without ``.yml``."""
    data = {}
    for path in sorted((root / "data").glob("*.yml")):
        data[path.stem] = read_yaml(path, f"data/{path.name}")
    return data


def read_yaml(path: Path, label: str) -> object:
    """The YAML file at ``path`` as data; ``SetupError`` naming ``label`` if it cannot be read."""
    try:
        text = files.read(path).decode("utf-8-sig")
    except files.NotReadable as err:
        raise SetupError(f"{label}: {err}") from None
    except UnicodeDecodeError as err:
        raise SetupError(f"{label}: cannot be read ({err}): save it as UTF-8") from None
    data, message = yaml_safe.load(text, yaml_safe.StrictLoader)
    if message is not None:
        raise SetupError(f"{label}: cannot be read ({message}): fix the YAML")
    return data
