"""Shared factories: a build's context made as the build makes it, with the real roles; and
content made for the tests (broken pages, a page of timescales, two guides, a one minute guide
exactly at the word budget)."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

from yorkhub.features.guides.model import word_count
from yorkhub.settings import Settings
from yorkhub.site import load_registries, make_context

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 1, 1)


def real_registries() -> dict:
    found, problems = load_registries(ROOT)
    assert problems == []
    return found


def context_and_problems(
    settings: Settings | None = None,
    today: date = TODAY,
    data: dict | None = None,
    glossary: dict | None = None,
    registries: dict | None = None,
):
    """The context and the data files' problems, as ``site.prepare`` makes them."""
    registries = registries or real_registries()
    return make_context(settings or Settings(), today, glossary or {}, data or {}, registries)


def context(**options):
    """A build's context; the data it is given is checked as the build checks it."""
    return context_and_problems(**options)[0]


BUDGET_GUIDE = "guides/9999-at-the-word-budget.md"

SENTENCE = "Managers should record why they decided and what will change for the child next. "


def budget_guide_text(words: int) -> str:
    """A draft guide of ``words`` words in the usual shape: four questions, prose, bullets and links."""
    head = (
        "---\ntype: one-minute-guide\nnumber: 9999\ntitle: What does a guide at the word budget look like?\n"
        "summary: A guide exactly at the word budget, to prove the budget fits one side of A4.\nowner: ap-team\n"
        "status: draft\napprover: principal-social-worker\npublished: 2020-03-02\nreview_by: 2099-01-01\n"
        "audience: [social-workers]\nthemes: [drift-and-delay]\ncontact: ap-team\n---\n\n"
        "# What does a guide at the word budget look like?\n\n"
    )
    links = "".join(
        f"- [Timescales at a glance, part {n}](../timescales/index.md)\n" for n in range(1, 5)
    )
    sections = [
        "## What is it?\n\n" + SENTENCE * 4,
        "## Why does it matter?\n\n" + SENTENCE * 6,
        "## What do I need to do?\n\n" + "- " + "\n- ".join([SENTENCE.strip()] * 10),
        "## Where can I find out more?\n\n"
        + links
        + "\n**Contact:** the Advanced Practitioner team.\n",
    ]
    body = "\n\n".join(sections)
    filler = words - word_count(head.split("---\n", 2)[2] + body)
    assert filler >= 0, "the usual shape is already over the budget"
    padding = " ".join((SENTENCE.split() * words)[:filler]) + " "
    return head + body.replace(
        "## Why does it matter?\n\n", "## Why does it matter?\n\n" + padding, 1
    )


BROKEN = """---
type: practise-standard
title: Broken
summary: A page with mistakes.
owner: principal-social-worker
status: draft
approver: principal-social-worker
review_by: soon
---
# Broken
"""


PAGE = """---
type: reference
title: Conferences
summary: When conferences happen.
owner: principal-social-worker
status: draft
approver: principal-social-worker
---
# Conferences

The initial child protection conference must take place [[timescale:icpc]].
Write `[[timescale:icpc]]` in a page to show it.
Record it [[timescale:recording]].
"""
UNKNOWN = "The first core group must meet [[timescale:first-core-grop]].\n"


RECENT = (date.today() - timedelta(days=3)).isoformat()
BODY = "## What is it?\n\nA guide about {what}.\n\n## What do I need to do?\n\n- Act on {what}.\n"


def with_two_guides(hub_copy):
    """The hub with exactly two guides: No. 1 approved, No. 2 a draft."""
    from guide_factory import guide_text  # guide_factory makes its contexts here

    shutil.rmtree(hub_copy.root / "guides")
    hub_copy.write(
        "guides/0001-published-guide.md",
        guide_text(
            1,
            "A published guide",
            published=RECENT,
            status="approved",
            body=BODY.format(what="core groups"),
        )
        .replace("last_reviewed: 2020-03-02", f"last_reviewed: {RECENT}")
        .replace("2021-03-01", "2099-01-01"),
    )
    hub_copy.write(
        "guides/0002-draft-guide.md",
        guide_text(
            2, "Zebra crossings guide", published=RECENT, body=BODY.format(what="zebracrossings")
        ).replace("2021-03-01", "2099-01-01"),
    )
    return hub_copy


def retitle(path: Path, title: str) -> None:
    """Give a page a new title, in its front matter and in its first heading (the build
    requires the two to match)."""
    head, fence, body = path.read_text(encoding="utf-8").partition("\n---\n")
    head = re.sub(r"^title:.*$", lambda _: "title: " + json.dumps(title), head, count=1, flags=re.M)
    body = re.sub(r"^# .*$", lambda _: "# " + title, body, count=1, flags=re.M)
    path.write_text(head + fence + body, encoding="utf-8")
