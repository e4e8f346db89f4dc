"""The preview (``make serve``): the hub's problems shown on every page, never a failed build.

Under ``mkdocs serve`` a failed rebuild leaves every page request waiting until the
build succeeds again: to an author the browser just hangs. So in the preview a
content mistake never fails the build. Its problems (the lines ``hub check``
prints, each with the file, line and what to do) are listed in a banner at the
top of every page, and the rebuild goes on. Fixed, the banner goes. When the
hub cannot read its data at all (a broken data file or setting), the last good
plan is kept, so the last good pages stay viewable under a banner that says why.

The production build (``make build``, ``hub build``) never calls this: it stays
strict, and the same problems fail it.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from html import escape
from pathlib import Path

from yorkhub import site
from yorkhub.problems import Problem, SetupError, errors
from yorkhub.settings import Settings

BANNER_CLASS = "hub-problems"


def prepare(
    root: Path, settings: Settings | SetupError, today: date, last: site.Plan | None
) -> site.Plan:
    """The build's plan, with its problems in ``banner``. When the project cannot be read
    (``settings`` may be the error mkdocs.yml's settings gave), ``last`` (the previous plan
    of this preview) with a banner saying why; with no previous plan, the error is raised
    (``SetupError``), as in the strict build."""
    try:
        if isinstance(settings, SetupError):
            raise settings
        plan = site.prepare(root, settings, today)
    except SetupError as err:
        if last is None:
            raise
        return kept(last, setup_problem(str(err)))
    except Exception as err:  # a bug in the hub's own code must not hang the preview either
        if last is None:
            raise
        return kept(last, bug_problem(err))
    plan.banner = banner(errors(plan.problems))
    return plan


def kept(last: site.Plan, problem: Problem) -> site.Plan:
    """The last good plan, shown with one problem: why this rebuild could not use new content."""
    return dataclasses.replace(last, problems=[problem], banner=banner([problem], stale=True))


def setup_problem(message: str) -> Problem:
    """A ``SetupError`` ("data/x.yml:3: what to do") as a problem naming its file."""
    where, _, what = message.partition(": ")
    file, _, line = where.partition(":")
    if not what:
        return Problem("mkdocs.yml", None, message)
    return Problem(file, int(line) if line.isdigit() else None, what)


def bug_problem(err: Exception) -> Problem:
    return Problem(
        "src/yorkhub",
        None,
        f"the hub's code stopped with an unexpected error ({type(err).__name__}: {err}): this is "
        "a bug in the hub, not in your text; run 'make check', and tell whoever maintains the hub",
    )


def banner(problems: list[Problem], stale: bool = False) -> str:
    """The banner above every page of the preview: each problem as ``hub check`` prints it.
    Empty when there is nothing to fix."""
    if not problems:
        return ""
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    lead = (
        "The preview shows the pages as they were before this change, because the hub "
        "could not read its content. "
        if stale
        else ""
    )
    items = "".join(f"<li><code>{escape(str(p), quote=False)}</code></li>" for p in problems)
    return (
        f'<div class="admonition failure {BANNER_CLASS}" data-search-exclude>'
        f'<p class="admonition-title">{count} to fix before this can be published</p>'
        f"<p>{lead}Each line names the file and line, and what to do. Fix them and save: "
        "this box goes when all are fixed. <code>make check</code> lists the same problems, "
        "and <code>make build</code> refuses to publish until they are fixed.</p>"
        f"<ul>{items}</ul></div>\n\n"
    )
