"""A "must" names its source: practitioners act on the hub, so a duty says where it comes from.

In a standard, procedure, policy or guide, a paragraph that says "must" names its
source in the same paragraph: an Act, a section, a regulation, statutory guidance,
or a ``[[timescale:ID]]`` whose timescale is statutory. Where the duty is York's own,
the paragraph says "York's rule". Otherwise the sentence means "should".

A paragraph is a block between blank lines; each list item and each table row is a
paragraph of its own. Headings, code and comments are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from yorkhub.features.timescales.model import MARKER
from yorkhub.problems import Problem
from yorkhub.schema import GUIDE

CHECKED_TYPES = ("practice-standard", "managers-standard", "procedure", "policy", GUIDE)
MUST = re.compile(r"\bmust\b", re.IGNORECASE)
SOURCE = re.compile(
    r"\bAct\b|\bsection \d+|\bss?\.? ?\d+[A-Z]*\b|\bregulations? \d+|\bRegulations\b"
    r"|Working Together|statutory guidance|\bIRO Handbook\b|\bSchedule \d+",
    re.IGNORECASE,
)
YORKS_RULE = re.compile(r"York['’]s rule", re.IGNORECASE)
FIX = (
    "'must' without its source in the same paragraph: name the Act, regulation or "
    "statutory guidance, write \"York's rule\" if the duty is York's own, or write 'should'"
)
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+|^\s*\|")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_FENCE = re.compile(r"^\s*(```|~~~)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def check(catalogue, context) -> list[Problem]:
    statutory = {key for key, t in context.timescales.items() if t.basis == "statutory"}
    problems = []
    for page in catalogue.by_type(*CHECKED_TYPES):
        for offset, text in paragraphs(page.body):
            if MUST.search(text) and not has_source(text, statutory):
                problems.append(Problem(page.src, page.body_line + offset, FIX))
    return problems


def has_source(text: str, statutory: set[str]) -> bool:
    """Whether a paragraph names where its duty comes from."""
    if SOURCE.search(text) or YORKS_RULE.search(text):
        return True
    return any(match.group(1).strip() in statutory for match in MARKER.finditer(text))


def paragraphs(body: str) -> Iterator[tuple[int, str]]:
    """Each paragraph of prose with the offset of its first line in ``body`` (0-based)."""
    body = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), body)
    start, lines, fence = None, [], False
    for offset, line in enumerate(body.split("\n") + [""]):
        if _FENCE.match(line):
            fence = not fence
            continue
        new_block = not line.strip() or _HEADING.match(line) or _ITEM.match(line)
        if (new_block or fence) and lines:
            yield start, " ".join(lines)
            start, lines = None, []
        if fence or not line.strip() or _HEADING.match(line):
            continue
        if start is None:
            start = offset
        lines.append(line.strip())
