"""What pages include with ``--8<--`` (pymdownx.snippets), as plain data.

MkDocs pastes the included text into the page before anything renders it, so an
included file is part of the page: it must exist, sit inside the project without
passing through a symbolic link, hold no personal data, and never bring a page
the build leaves out (an internal page, a draft) into a page it publishes.
``references`` finds the paths as pymdownx.snippets does; ``yorkhub.survey``
resolves them on disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# pymdownx.snippets' notation: an inline `--8<-- "path"` line, or a block of paths
# between two `--8<--` lines; a leading `;` escapes it.
_MARKER = re.compile(
    r"""^[ \t]*(?P<escape>;*)(?:-+8<-+[ \t]+(?P<quoted>"(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?')"""
    r"""|(?P<block>-+8<-+))[ \t]*\r?$"""
)
# A path may end in line ranges (:3, :3:5, :3:5,9:12) or a section name (:intro).
_SUFFIX = re.compile(r"(?i)(?::-?\d*){1,2}(?:,-?\d*(?::-?\d*)?)*$|:[a-z][-_0-9a-z]*$")


@dataclass(frozen=True)
class Include:
    """One ``--8<--`` reference: who includes what, and what is wrong with it (if anything)."""

    src: str  # the including file, from the project's root
    line: int
    path: str  # as written
    target: str | None = None  # the included file from the project's root, once resolved
    problem: str | None = None


def _included(lines: list[str]):
    """``(index, path)`` for each line of ``lines`` that names a file to include: a quoted
    ``--8<--`` marker, or a line inside a ``--8<--`` block (escaped markers left out)."""
    block = False
    for index, line in enumerate(lines):
        match = _MARKER.match(line)
        if match and match.group("escape"):
            continue
        if match and match.group("block"):
            block = not block
            continue
        if match:
            yield index, match.group("quoted")[1:-1].strip()
        elif block:
            yield index, line.strip()


def references(text: str) -> list[tuple[int, str]]:
    """``(line, path)`` for every file ``text`` includes, in order (URLs left out)."""
    return [
        (index + 1, file_part(path))
        for index, path in _included(text.splitlines())
        if path and not path.startswith(";") and not path.lower().startswith(("http:", "https:"))
    ]


def neutralise(text: str, paths: set[str]) -> str:
    """``text`` with each reference to one of ``paths`` escaped (a leading ``;``), so
    pymdownx shows it instead of reading a file that would crash or hang it (the
    problem is reported already, and fails the strict build)."""
    lines = text.split("\n")
    for index, path in list(_included(lines)):
        if file_part(path) in paths:
            line = lines[index]
            indent = len(line) - len(line.lstrip(" \t"))
            lines[index] = line[:indent] + ";" + line[indent:]
    return "\n".join(lines)


def file_part(path: str) -> str:
    """The file of a snippet path, without its line range or section."""
    return _SUFFIX.sub("", path, count=1) if len(path) < 1000 else path
