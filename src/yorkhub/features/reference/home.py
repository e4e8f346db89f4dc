"""The home page's parts, each a marker on a line of its own in ``docs/index.md``:

- ``[[search]]``: a search box, first on the page. home-search.js hands what the
  reader types to Material's search, which shows results as they type; without
  scripts the form reloads the page with ``?q=``, which Material's search opens with.
- ``[[tasks]]``: the top tasks as large cards, each linking the page that does it.
  A task whose page this build leaves out (the public build) is left out too.
- ``[[latest]]``: the latest approved one minute guides and changes, from front
  matter (``published``, ``last_reviewed``, ``status``), never listed by hand. With
  none approved, it says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from yorkhub import markdown as md
from yorkhub.features.changes.model import all_changes, label
from yorkhub.markdown import day, link
from yorkhub.schema import GUIDE


@dataclass(frozen=True)
class Task:
    name: str
    uri: str
    what: str


# What people come to the hub to do, most asked first.
TASKS = (
    Task("Timescales", "timescales/index.md", "How long each step may take, stage by stage."),
    Task("When is it due?", "timescales/due.md", "Enter a date and see when each step is due."),
    Task(
        "Who can decide?",
        "delegation/index.md",
        "The scheme of delegation: who may approve each decision.",
    ),
    Task(
        "Practice standards", "standards/index.md", "What York expects in your work with children."
    ),
    Task("Procedures", "procedures/index.md", "What to do, step by step, and who to involve."),
    Task("One minute guides", "guides/index.md", "Short guides to practice, from audit learning."),
    Task("Induction", "induction/index.md", "New to York? What to read in your first weeks."),
    Task("Learning from audit", "learning/index.md", "What audits found, and what is changing."),
    Task("What's new", "whats-new.md", "New and updated pages, newest first."),
)
LATEST_GUIDES = 3
LATEST_CHANGES = 5
GUIDES_URI = "guides/index.md"
WHATS_NEW_URI = "whats-new.md"

SEARCH_FORM = """\
<form class="hub-home-search" role="search" action="./" method="get" data-search-exclude>
<label for="hub-home-query">What do you need to find?</label>
<div class="hub-home-search__row">
<input id="hub-home-query" type="search" name="q" autocomplete="off" spellcheck="false" aria-describedby="hub-home-hint">
<button type="submit" class="md-button md-button--primary">Search</button>
</div>
<p id="hub-home-hint" class="hub-home-search__hint">For example "core group", "who can approve" or "CIN visits".</p>
</form>
"""


def transform(page, markdown, catalogue, context) -> str:
    if "[[" not in markdown:
        return markdown
    parts = {
        "[[search]]": lambda: SEARCH_FORM,
        "[[tasks]]": lambda: tasks(page.uri, catalogue),
        "[[latest]]": lambda: latest(page.uri, catalogue, context.today),
    }
    return "\n".join(
        parts[line.strip()]() if line.strip() in parts else line for line in markdown.split("\n")
    )


def tasks(from_uri: str, catalogue) -> str:
    """The top tasks as cards: the whole card is the link (home.css), so it is easy to tap."""
    shown = [t for t in TASKS if catalogue.publishes(t.uri)]
    if not shown:
        return ""
    items = [f"- {link(from_uri, t.uri, t.name)}<br>{md.text(t.what)}" for t in shown]
    return '<div class="grid cards hub-tasks" markdown>\n\n' + "\n".join(items) + "\n\n</div>\n"


def latest(from_uri: str, catalogue, today: date) -> str:
    """The newest approved guides and the latest changes to approved pages, or an honest
    sentence saying none is approved yet."""
    approved = [p for p in catalogue.pages if p.status == "approved"]
    guides = sorted(
        (p for p in approved if p.type == GUIDE and isinstance(p.meta.get("published"), date)),
        key=lambda p: (-p.meta["published"].toordinal(), p.title.lower()),
    )[:LATEST_GUIDES]
    changes = all_changes(approved, today)[:LATEST_CHANGES]
    parts = ["## Which one minute guides are new?\n"]
    if guides:
        parts.append(
            _list(
                f"{link(from_uri, p.uri, md.text(label(p)))}<br>Published {day(p.meta['published'])}."
                for p in guides
            )
        )
    else:
        parts.append("No one minute guide has been approved yet.")
    parts.append(_more(from_uri, catalogue, GUIDES_URI, "See every guide"))
    parts.append("## What has changed?\n")
    if changes:
        parts.append(
            _list(
                f"{link(from_uri, c.page.uri, md.text(label(c.page)))}<br>{c.kind} {day(c.day)}."
                for c in changes
            )
        )
    elif approved:
        parts.append("No approved page has a date it was published or reviewed yet.")
    else:
        parts.append("No page has been approved yet: every page is still a draft.")
    parts.append(_more(from_uri, catalogue, WHATS_NEW_URI, "See every new and updated page"))
    return "\n".join(parts)


def _list(items) -> str:
    return (
        '<div class="hub-links" markdown>\n\n' + "\n".join(f"- {i}" for i in items) + "\n\n</div>\n"
    )


def _more(from_uri: str, catalogue, uri: str, text: str) -> str:
    """A link to the full listing, drafts included, if this build publishes it."""
    if not catalogue.publishes(uri):
        return ""
    return f'\n<div class="hub-links" markdown>\n\n- {link(from_uri, uri, text)}\n\n</div>\n'
