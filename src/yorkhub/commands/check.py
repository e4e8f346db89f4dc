"""``hub check``: validate every page without building HTML, with the build's messages."""

from __future__ import annotations

import dataclasses
import sys
from datetime import date
from pathlib import Path

from yorkhub import settings as hub_settings
from yorkhub import site, writing
from yorkhub.problems import ERROR, SetupError


def add(sub) -> None:
    cmd = sub.add_parser(
        "check", help="check every page's front matter and content, without building the site"
    )
    cmd.add_argument(
        "--public", action="store_true", help="check as the public build (internal pages left out)"
    )
    cmd.add_argument(
        "--no-writing",
        action="store_true",
        help="leave out the writing help (long sentences, plain words, glossary, reading ease)",
    )
    cmd.set_defaults(run=run)


def run(root: Path, args) -> int:
    try:
        settings = hub_settings.load(root)
        if args.public:
            settings = dataclasses.replace(settings, audience="public")
        plan = site.prepare(root, settings, date.today())
    except SetupError as err:
        print(f"hub check: {err}", file=sys.stderr)
        return 2
    errors = [p for p in plan.problems if p.severity == ERROR]
    for problem in plan.problems:
        print(
            ("" if problem.severity == ERROR else "note: ") + str(problem),
            file=sys.stderr if problem.severity == ERROR else sys.stdout,
        )
    if not args.no_writing:  # advice only: printed as notes, never a problem
        advice, summary = writing.advise(plan.everything.pages, plan.context)
        for note in advice:
            print(f"note: {note}")
        print(summary.line())
    pages = len(plan.catalogue.pages) + len(plan.excluded)
    if errors:
        print(
            f"hub check: {len(errors)} problem{'s' if len(errors) != 1 else ''} in {pages} pages: fix them and run 'make check' again",
            file=sys.stderr,
        )
        return 1
    print(f"hub check: {pages} pages, no problems")
    return 0
