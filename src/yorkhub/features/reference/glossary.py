"""The service's abbreviations: one file, used for tooltips on every page and the glossary."""

from __future__ import annotations

import re
from pathlib import Path

from yorkhub.problems import SetupError

FILE = "includes/abbreviations.md"
_LINE = re.compile(r"^\*\[([^\]]+)\]:\s*(.+)$")


def parse(text: str) -> dict[str, str]:
    """``*[CP]: child protection`` lines as {abbreviation: meaning}."""
    return {m.group(1): m.group(2).strip() for m in map(_LINE.match, text.splitlines()) if m}


def load(root: Path) -> dict[str, str]:
    path = root / FILE
    if not path.is_file():
        raise SetupError(
            f"{FILE}: not found: restore the glossary file from git (every page's tooltips come from it)"
        )
    return parse(path.read_text(encoding="utf-8"))
