"""Problems found in the hub's content, as plain data the hooks and CLI report."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
NOTE = "note"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, with what to do about it.

    ``file`` is the path from the project's root (``docs/x.md``, ``guides/y.md``,
    ``data/themes.yml``); ``line`` is 1-based where known. A ``note`` is shown
    but never fails a build.
    """

    file: str
    line: int | None
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    """The problems that fail a strict build."""
    return [p for p in problems if p.severity == ERROR]


def unique_sorted(problems: list[Problem]) -> list[Problem]:
    """Each problem once, in file and line order."""
    return sorted(set(problems), key=lambda p: (p.file, p.line or 0, p.message))


class SetupError(Exception):
    """The hub cannot be built at all: a registry, data file or setting is missing or broken."""
