"""Read every ``data/*.yml`` file once a build, keeping the line each entry starts on.

Messages about data files name the line, as messages about front matter do
(``data/timescales.yml:54: icpc: stage: ...``). Mappings are read as ``Entry``,
a dict that also knows its own line and the line of each of its keys.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from yorkhub import files, yaml_safe
from yorkhub.problems import SetupError


class Entry(dict):
    """A YAML mapping with ``line`` (where it starts) and ``key_lines`` (where each key is)."""

    line: int | None = None
    key_lines: dict

    def line_of(self, key: str) -> int | None:
        """The line ``key`` is on, else the entry's own line."""
        return getattr(self, "key_lines", {}).get(key, self.line)


class _Loader(yaml_safe.StrictLoader):
    """A safe loader whose mappings are ``Entry`` objects; no aliases, no key given twice."""


def _mapping(loader: _Loader, node: yaml.MappingNode) -> Entry:
    entry = Entry()
    entry.line = node.start_mark.line + 1
    entry.key_lines = {}
    yield entry
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        entry[key] = loader.construct_object(value_node, deep=True)
        entry.key_lines[str(key)] = key_node.start_mark.line + 1


_Loader.add_constructor("tag:yaml.org,2002:map", _mapping)


def line_of(value: object, key: str | None = None) -> int | None:
    """Where ``value`` (an entry read by this module) or its field ``key`` starts; None if unknown."""
    if not isinstance(value, Entry):
        return None
    return value.line_of(key) if key else value.line


def parse(label: str, text: str) -> object:
    """One data file's contents. Raises ``SetupError`` for YAML the hub cannot read."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{label}:{mark.line + 1}" if mark else label
        raise SetupError(
            f"{where}: cannot be read ({str(err).splitlines()[0]}): fix the YAML"
        ) from None


def load(root: Path) -> dict[str, object]:
    """Every ``data/*.yml`` file as plain data, by file name without ``.yml``."""
    data = {}
    for path in sorted((root / "data").glob("*.yml")):
        label = f"data/{path.name}"
        try:
            text = files.read(path).decode("utf-8-sig")
        except files.NotReadable as err:
            raise SetupError(f"{label}: {err}") from None
        except UnicodeDecodeError:
            raise SetupError(f"{label}: not UTF-8 text: save it with UTF-8 encoding") from None
        data[path.stem] = parse(label, text)
    return data
