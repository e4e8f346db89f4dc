"""Markers in a page's Markdown, such as ``[[timescale:ID]]`` and ``[[decision:ID]]``: found
and filled in outside code (fenced blocks and code spans), so a page can show a marker as
written by putting it in code."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+).+?\1")


@dataclass(frozen=True)
class Reference:
    """A marker found in a page: the id and the line of the body it is on (0-based)."""

    id: str
    offset: int


def references(body: str, marker: re.Pattern) -> Iterator[Reference]:
    """Every ``marker`` in Markdown outside code, with its line offset."""
    for offset, line in enumerate(prose_lines(body)):
        if line is None:
            continue
        for match in marker.finditer(_CODE_SPAN.sub(lambda m: " " * len(m.group()), line)):
            yield Reference(match.group(1).strip(), offset)


def substitute(markdown: str, render: Callable[[str], str | None], marker: re.Pattern) -> str:
    """``markdown`` with each ``marker`` outside code replaced by ``render(id)``; None leaves it."""
    lines = markdown.split("\n")
    for offset, prose in enumerate(prose_lines(markdown)):
        if prose is not None and marker.search(prose):
            lines[offset] = _replace_outside_code(prose, render, marker)
    return "\n".join(lines)


def _replace_outside_code(line: str, render: Callable[[str], str | None], marker) -> str:
    parts, last = [], 0
    for code in _CODE_SPAN.finditer(line):
        parts += [_replace(line[last : code.start()], render, marker), code.group()]
        last = code.end()
    return "".join(parts + [_replace(line[last:], render, marker)])


def _replace(text: str, render: Callable[[str], str | None], marker) -> str:
    return marker.sub(lambda m: render(m.group(1).strip()) or m.group(), text)


def prose_lines(markdown: str) -> list[str | None]:
    """Each line of ``markdown``, or None for lines inside fenced code blocks."""
    lines, fence = [], None
    for line in markdown.split("\n"):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening.group(1)[0] * len(opening.group(1))
            lines.append(None)
        elif fence is not None:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            lines.append(None)
        else:
            lines.append(line)
    return lines
