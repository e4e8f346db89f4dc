""" "When is it due?": choose an event, enter its date, see when each timescale from it is due.

The page carries everything its script needs as JSON in the form's
``data-due`` attribute (no script in the page, so the site's CSP allows it, and
not a ``<script type="application/json">``: Material's instant navigation would
run that as JavaScript): the timescales that have a rule, and England's bank
holidays for the years the build covers. It works from
files and offline, and nothing the reader enters leaves the page. due-dates.js
does the sums; without it, the page lists each event's timescales in words.

Timescales at a glance embeds the same tool beside each timescale with a rule
(``tool``), with the same data once in the page (``holder``): due-dates.js runs
one code path for both pages.
"""

from __future__ import annotations

import json
from html import escape

from yorkhub import generated
from yorkhub.features.timescales import due
from yorkhub.features.timescales import model as timescales
from yorkhub.generated import Output
from yorkhub.markdown import link, table

URI = "timescales/due.md"
OWNER = "principal-social-worker"

CONVENTION = """\
!!! info "How the hub counts"

    The day of the event is day 0. So 15 working days from Tuesday 3 March 2026
    is Tuesday 24 March 2026. Working days leave out Saturdays, Sundays and
    England's bank holidays. A month ends on the same day of the month, or on the
    last day of a shorter month: 1 month from 31 January is 28 February (29 in a
    leap year). For visits and reviews that repeat, each date counts from the one
    before, as if each was held on its due date.

    The guidance these timescales come from does not say whether the day of the
    event counts. Day 0 is the hub's reading, not the guidance's. If a date is
    close, act sooner and ask your manager.
"""


def generate(catalogue, context) -> Output:
    ruled = [t for t in context.timescales.values() if t.rule is not None]
    calendar = due.england(context.today)
    return Output(pages={URI: page(ruled, calendar)})


def page(ruled: list[timescales.Timescale], calendar: due.Calendar) -> generated.Generated:
    """The page's Markdown: the form, the data for its script, and the rules in words."""
    years = f"{calendar.first.year} to {calendar.last.year}"
    parts = [
        "# When is it due?\n",
        "Choose what happened and enter the date it happened. The page shows when each",
        "timescale that runs from it is due, with the rule and where it comes from.\n",
        CONVENTION,
        f"The page knows England's bank holidays from {years}. Nothing you enter is stored",
        "or sent anywhere: the dates are worked out in your browser.\n",
        form(ruled, calendar),
        "## Which timescales run from each event?\n",
    ]
    for event, (label, _) in timescales.EVENTS.items():
        rows = [_row(t) for t in ruled if t.rule.start == event]
        if rows:
            parts += [f"### {label} {{#from-{event}}}\n", table(HEADERS, rows)]
    parts += [
        "Timescales with no rule here (ranges, hours, ages, or several steps) are on",
        f"{link(URI, timescales.PAGE_URI, 'Timescales at a glance')}. There, each timescale",
        "with a rule has **Work out the date** beside it: the same sums, for that timescale alone.\n",
    ]
    return generated.page(
        "When is it due?",
        "\n".join(parts),
        summary="Enter the date of a referral, conference, review or visit and see when each timescale from it is due.",
        keywords=["when is it due", "due date", "working days", "calculator", "deadline"],
        owner=OWNER,
        status="draft",
        order=1,
    )


HEADERS = ["What", "Rule", "Must or should?", "Source"]


def _row(t: timescales.Timescale) -> list[str]:
    what = link(URI, timescales.PAGE_URI, t.what, t.id)
    return [what, _sentence(t.rule.words()), t.duty, t.source]


def _sentence(text: str) -> str:
    return f"{text[:1].upper()}{text[1:]}."


def form(ruled: list[timescales.Timescale], calendar: due.Calendar) -> str:
    """The labelled event and date fields with the script's data, hidden until it runs."""
    used = {t.rule.start for t in ruled}
    options = "".join(
        f'<option value="{event}">{escape(label)}</option>'
        for event, (label, _) in timescales.EVENTS.items()
        if event in used
    )
    return (
        '<form class="hub-due" data-due-form hidden data-search-exclude aria-label="Work out due dates"'
        # novalidate: the page's own message beside the field, not the browser's bubble.
        f' novalidate data-due="{data_attribute(ruled, calendar)}">\n'
        '<div class="hub-due__field"><label for="due-event">What happened</label>\n'
        f'<select id="due-event" name="event">{options}</select></div>\n'
        '<div class="hub-due__field"><label for="due-date">Date it happened</label>\n'
        '<input type="date" id="due-date" name="date" aria-describedby="due-date-message">\n'
        '<p class="hub-due__message" id="due-date-message" data-due-message></p></div>\n'
        '<div class="hub-due__field"><button type="submit" class="hub-due__button">Show due dates</button></div>\n'
        '<p class="hub-due__status" role="status" aria-live="polite" data-due-status></p>\n'
        '<div class="hub-due__results" data-due-results></div>\n'
        "</form>\n"
    )


def holder(ruled: list[timescales.Timescale], calendar: due.Calendar) -> str:
    """The script's data for a page that has only tools beside its timescales."""
    return f'<div hidden data-search-exclude data-due="{data_attribute(ruled, calendar)}"></div>\n'


def tool(t: timescales.Timescale, from_uri: str) -> str:
    """ "Work out the date" for one timescale, collapsed, on one line (it sits in a table cell).

    Without the script, opening it gives the rule in words and a link to the full
    page; the script shows the date field, and the due date(s) as it is filled in.
    """
    key = escape(t.id, quote=True)
    label = escape(timescales.EVENTS[t.rule.start][0], quote=False)
    every = link(from_uri, URI, "Every timescale from this event", f"from-{t.rule.start}")
    return (
        '<details class="hub-due-here" data-search-exclude><summary>Work out the date</summary>'
        f'<p class="hub-due-here__rule" id="due-{key}-rule">{escape(_sentence(t.rule.words()))}'
        f" The day of the event is day 0. {every}</p>"
        f'<form class="hub-due hub-due--here" data-due-here="{key}" hidden novalidate>'
        f'<div class="hub-due__field"><label for="due-{key}">{label} on</label>'
        f'<input type="date" id="due-{key}" name="date"'
        f' aria-describedby="due-{key}-rule due-{key}-message">'
        f'<span class="hub-due__message" id="due-{key}-message" data-due-message></span></div>'
        '<div class="hub-due__field"><button type="submit" class="hub-due__button">Show the date</button></div>'
        '<p class="hub-due__answer" role="status" aria-live="polite" data-due-status></p>'
        "</form></details>"
    )


def data(ruled: list[timescales.Timescale], calendar: due.Calendar) -> dict:
    """What due-dates.js reads: the events, each ruled timescale and the bank holidays."""
    return {
        "events": {event: label for event, (label, _) in timescales.EVENTS.items()},
        "timescales": [
            {
                "id": t.id,
                "what": t.what,
                "event": t.rule.start,
                "unit": t.rule.unit,
                "count": t.rule.count,
                "recurring": t.rule.recurring,
                "rule": _sentence(t.rule.words()),
                "duty": t.duty,
                "source": t.source,
            }
            for t in ruled
        ],
        "calendar": calendar.as_data(),
    }


def data_attribute(ruled: list[timescales.Timescale], calendar: due.Calendar) -> str:
    """The data as JSON, escaped for an HTML attribute (so no quote or ``<`` ends it early)."""
    text = json.dumps(data(ruled, calendar), ensure_ascii=False, separators=(",", ":"))
    return escape(text, quote=True)
