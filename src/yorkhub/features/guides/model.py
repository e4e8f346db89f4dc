"""One minute guides: numbers, file names, word counts and reading times.

Pure functions over text and dates; ``commands/new.py`` and the guide checks,
transforms and listings build on them.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from math import ceil

from yorkhub.schema import GUIDE

TYPE = GUIDE
WORDS_PER_MINUTE = 200  # a steady reading pace for practice guidance
_FILE = re.compile(r"^(\d+)-(.+)\.md$")

AUDIENCE_LABELS = {
    "social-workers": "Social workers",
    "managers": "Managers",
    "new-starters": "New starters",
    "advanced-practitioners": "Advanced practitioners",
    "iros": "Independent Reviewing Officers",
    "all-staff": "All staff",
    "partners": "Partner agencies",
}


def slugify(title: str) -> str:
    """The file-name form of a title: lower case ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", ""))
    return "-".join(words)[:60].strip("-")


def file_name(number: int, slug: str) -> str:
    """``0013-core-groups.md``: the number first, so guides sort in number order."""
    return f"{number:04d}-{slug}.md"


def split_file_name(name: str) -> tuple[int, str] | None:
    """``(13, 'core-groups')`` from ``0013-core-groups.md``; None for other names."""
    match = _FILE.match(name)
    return (int(match.group(1)), match.group(2)) if match else None


def next_number(used: list[int]) -> int:
    """The next free guide number: one above the highest ever used, so none is reused."""
    return max(used, default=0) + 1


def one_year_on(day: date) -> date:
    """The same day next year (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


_DROP = [
    re.compile(r"<!--.*?-->", re.S),  # author prompts and comments
    re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M),  # fenced code
    re.compile(r"`[^`\n]*`"),  # inline code
    re.compile(r"^\*\[[^\]]+\]:.*$", re.M),  # abbreviation definitions
    re.compile(r"!\[[^\]]*\]\([^)]*\)"),  # images
    re.compile(r"<https?://[^>]+>"),  # bare links
    re.compile(r"<[^>]+>"),  # HTML tags (their text stays)
    re.compile(r"\[\[[^\]]+\]\]"),  # [[timescale:id]] and [[contents]] markers
    re.compile(r"\{[:\s]*[.#][^}]*\}"),  # attribute lists
    re.compile(r"^\s*(!!!|\?\?\?\+?)\s*\S+", re.M),  # admonition markers (their title stays)
    re.compile(r"^\s*\d+[.)]\s", re.M),  # numbered list markers
]
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['’.-][A-Za-z0-9\u00C0-\u024F]+)*")


def prose(body: str) -> str:
    """The words a reader reads in a Markdown body: no comments, code or syntax."""
    for pattern in _DROP:
        body = pattern.sub(" ", body)
    return _LINK.sub(r"\1", body)


def word_count(body: str) -> int:
    """How many words of prose a Markdown body holds."""
    return len(_WORD.findall(prose(body)))


def reading_minutes(words: int) -> int:
    """Minutes to read ``words`` at a steady pace, at least one."""
    return max(1, ceil(words / WORDS_PER_MINUTE))


def audience_label(key: str) -> str:
    return AUDIENCE_LABELS.get(key, key.replace("-", " ").capitalize())
