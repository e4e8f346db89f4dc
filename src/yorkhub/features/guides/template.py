"""An approved guide or page says something of its own: not the template's placeholder text.

``hub new guide`` (and ``hub import guide``) write a guide from ``templates/guide.md``: a
placeholder summary, a note to the author under the title and under each of the four
questions. A draft may keep them; a page that says ``status: approved`` may not, and a
guide may not approve with one of the four questions left unanswered.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from yorkhub.features.guides.model import TYPE
from yorkhub.problems import Problem

TEMPLATE = "templates/guide.md"
SUMMARY = "Write one sentence here saying what this guide is for."
QUESTIONS = (
    "What is it?",
    "Why does it matter?",
    "What do I need to do?",
    "Where can I find out more?",
)
CONTACT = re.compile(r"^\*\*Contact:\*\*", re.M)  # the template's last line, not an answer
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)


def _words(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def prompts() -> tuple[str, ...]:
    """The template's notes to the author, white space folded."""
    text = resources.files("yorkhub").joinpath(TEMPLATE).read_text(encoding="utf-8")
    return tuple(_words(m.group(1)) for m in _COMMENT.finditer(text))


def check(catalogue, context) -> list[Problem]:
    problems = []
    for page in catalogue.pages:
        if page.status == "approved":
            problems += placeholders(page)
    return problems


def placeholders(page) -> list[Problem]:
    """Each piece of the template an approved page still holds, with its line."""
    found = []
    if _words(str(page.meta.get("summary", ""))) == SUMMARY:
        found.append(
            Problem(
                page.src,
                page.line("summary"),
                f"summary: still the template's placeholder ('{SUMMARY}'): write one sentence "
                "saying what the page is for before it is approved, or keep 'status: draft'",
            )
        )
    for match in _COMMENT.finditer(page.body):
        if _words(match.group(1)) in prompts():
            found.append(
                Problem(
                    page.src,
                    page.body_line + page.body.count("\n", 0, match.start()),
                    f"the template's note '<!-- {_short(match.group(1))} -->' is still here: "
                    "answer the question and delete the note before the page is approved, or "
                    "keep 'status: draft'",
                )
            )
    if page.type == TYPE:
        found += [
            Problem(
                page.src,
                line,
                f"the section '{question}' is empty: answer it before the guide is approved, "
                "or keep 'status: draft'",
            )
            for line, question in unanswered(page.body, page.body_line)
        ]
    return found


def unanswered(body: str, first_line: int = 1) -> list[tuple[int, str]]:
    """``(line, question)`` of each of the four questions whose section holds no text (notes
    and the contact line do not count)."""
    headings = list(_HEADING.finditer(body))
    empty = []
    for i, match in enumerate(headings):
        question = _words(match.group(2))
        if question not in QUESTIONS:
            continue
        end = headings[i + 1].start() if i + 1 < len(headings) else len(body)
        text = _COMMENT.sub("", body[match.end() : end])
        text = CONTACT.split(text, maxsplit=1)[0]
        if not text.strip():
            empty.append((first_line + body.count("\n", 0, match.start()), question))
    return empty


def _short(note: str) -> str:
    words = _words(note).split()
    return " ".join(words[:8]) + (" ..." if len(words) > 8 else "")
