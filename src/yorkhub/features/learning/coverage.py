"""Coverage for the Advanced Practitioner team: recent audit themes no approved guide addresses.

A theme is in the backlog when an audit in the last ``coverage_months`` months
(counted back from the build date) raised it and no APPROVED one minute guide
addresses it. Draft guides do not count: until approved, a guide has not shared
the learning. Every theme is also listed with its latest audit, so the page is
useful whatever the window.
"""

from __future__ import annotations

from yorkhub import generated
from yorkhub.features.learning.model import findings, months_before, stamp, theme_uri
from yorkhub.generated import Output
from yorkhub.markdown import day, link, month, table
from yorkhub.schema import GUIDE

URI = "learning/coverage.md"
TITLE = "Coverage: audit themes without an approved guide"


def generate(catalogue, context) -> Output:
    months = context.settings.coverage_months
    since = months_before(context.today, months)
    rows = [theme_row(catalogue, key, since) for key in catalogue.registries["themes"].ids()]
    backlog = [r for r in rows if r["backlog"]]
    parts = [
        f"# {TITLE}\n",
        stamp(context.today),
        "## Which window does this page use?\n",
        f"This page looks at audits from the last {months} months, counted back from the",
        f"date the hub was built: audits dated on or after {day(since)}. The window is set",
        "by `coverage_months` under `extra.hub` in `mkdocs.yml`. Only approved one minute",
        "guides count as addressing a theme; drafts do not. Any finding tagged with a theme",
        "counts as raising it: a strength, an area for improvement, or an audit whose",
        "findings the hub does not yet hold.\n",
        "## What is the backlog?\n",
        backlog_section(backlog, len(rows), months),
        "## When did audits last raise each theme?\n",
        table(
            ["theme", "latest audit", "audits in the window", "approved guides", "in the backlog"],
            [
                [r["link"], r["latest"], r["recent"], r["guides"], "yes" if r["backlog"] else "no"]
                for r in rows
            ],
        ),
    ]
    return Output(
        pages={
            URI: generated.page(
                TITLE,
                "\n".join(parts),
                summary="The Advanced Practitioner team's publishing backlog: themes recent audits raised that no approved one minute guide addresses yet.",
                owner="ap-team",
                status="draft",
                order=40,
                keywords=["coverage", "backlog", "AP team", "one minute guides", "OMG", "gaps"],
            )
        }
    )


def theme_row(catalogue, key: str, since) -> dict:
    """One theme's coverage: its latest audit, audits in the window and approved guides."""
    found = findings(catalogue, key)
    recent = {f.audit.uri for f in found if f.date >= since}
    guides = [p for p in catalogue.by_type(GUIDE) if key in p.themes and p.status == "approved"]
    title = catalogue.registries["themes"].title(key)
    return {
        "key": key,
        "link": link(URI, theme_uri(key), title),
        "title": title,
        "latest": month(found[0].date) if found else "not yet raised",
        "recent": len(recent),
        "guides": len(guides),
        "backlog": bool(recent) and not guides,
    }


def backlog_section(backlog: list[dict], themes: int, months: int) -> str:
    if not backlog:
        return (
            f"_No theme is in the backlog: no audit in the last {months} months raised a theme "
            "that lacks an approved guide. See the table below for when each theme was last raised._\n"
        )
    lines = [
        f"{len(backlog)} of {themes} themes were raised by audits in the window and have no approved one minute guide:\n"
    ]
    lines += [
        f"- **{r['link']}**: last raised {r['latest']}, by {r['recent']} audit{'s' * (r['recent'] != 1)} in the window."
        for r in backlog
    ]
    return "\n".join(lines) + "\n"
