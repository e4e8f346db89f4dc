"""When is it due? The pure calculation, as a table of known dates across bank holidays."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest

from yorkhub.features.timescales import due
from yorkhub.features.timescales.model import Rule

CALENDAR = due.england(date(2026, 1, 1))  # the build date: 2021 to 2031 are covered


def rule(unit: str, count: int, recurring: bool = False) -> Rule:
    return Rule(unit, count, "strategy-discussion", recurring)


@pytest.mark.parametrize(
    "unit, count, recurring, event, expected",
    [
        # Tuesday before Easter 2026: Good Friday 3 April and Easter Monday 6 April skipped.
        ("working-days", 15, False, date(2026, 3, 31), [date(2026, 4, 23)]),
        # Across Christmas 2025: 25 and 26 December and 1 January skipped.
        ("working-days", 45, False, date(2025, 12, 1), [date(2026, 2, 5)]),
        # From a Friday, over the late May bank holiday (25 May 2026).
        ("working-days", 20, False, date(2026, 5, 15), [date(2026, 6, 15)]),
        # From a Friday with no bank holiday: four whole weeks.
        ("working-days", 20, False, date(2026, 6, 19), [date(2026, 7, 17)]),
        # The event's day is day 0; a Friday's next working day is Monday.
        ("working-days", 1, False, date(2026, 1, 9), [date(2026, 1, 12)]),
        # Christmas 2026 falls on a Friday: Boxing Day is observed on Monday 28 December.
        ("working-days", 1, False, date(2026, 12, 24), [date(2026, 12, 29)]),
        ("months", 1, False, date(2026, 1, 31), [date(2026, 2, 28)]),
        ("months", 1, False, date(2028, 1, 31), [date(2028, 2, 29)]),
        ("months", 3, False, date(2026, 11, 30), [date(2027, 2, 28)]),
        ("months", 6, False, date(2026, 3, 15), [date(2026, 9, 15)]),
        ("calendar-days", 10, False, date(2025, 12, 20), [date(2025, 12, 30)]),
        ("weeks", 1, False, date(2026, 4, 3), [date(2026, 4, 10)]),
        (
            "weeks",
            6,
            True,
            date(2026, 11, 20),
            [date(2027, 1, 1), date(2027, 2, 12), date(2027, 3, 26)],
        ),
        # Visits every 10 working days over Christmas 2025.
        (
            "working-days",
            10,
            True,
            date(2025, 12, 15),
            [date(2025, 12, 31), date(2026, 1, 15), date(2026, 1, 29)],
        ),
        # Each from the one before: 30 April, then 30 July (not 31 July).
        (
            "months",
            3,
            True,
            date(2026, 1, 31),
            [date(2026, 4, 30), date(2026, 7, 30), date(2026, 10, 30)],
        ),
    ],
)
def test_due_dates_from_known_events(unit, count, recurring, event, expected):
    assert due.due_dates(rule(unit, count, recurring), event, CALENDAR) == expected


@pytest.mark.parametrize(
    "unit, event, message",
    [
        (
            "working-days",
            date(2020, 12, 31),
            "2020-12-31 is outside the years the hub knows bank holidays for (2021 to 2031)",
        ),
        (
            "months",
            date(2032, 1, 1),
            "2032-01-01 is outside the years the hub knows bank holidays for (2021 to 2031)",
        ),
        (
            "working-days",
            date(2031, 12, 30),
            "2032-01-01 is outside the years the hub knows bank holidays for (2021 to 2031)",
        ),
    ],
)
def test_a_date_outside_the_covered_years_says_so(unit, event, message):
    with pytest.raises(due.OutsideYears, match=rf"^{re.escape(message)}: count the days by hand$"):
        due.due_dates(rule(unit, 15), event, CALENDAR)


def test_the_calendar_is_five_years_each_way_and_has_englands_bank_holidays():
    assert (CALENDAR.first, CALENDAR.last) == (date(2021, 1, 1), date(2031, 12, 31))
    assert date(2026, 5, 25) in CALENDAR.bank_holidays  # late May bank holiday
    assert date(2026, 8, 31) in CALENDAR.bank_holidays  # England's, not Scotland's, August one
    assert date(2026, 3, 17) not in CALENDAR.bank_holidays  # St Patrick's Day: Northern Ireland
    data = CALENDAR.as_data()
    assert data["first"] == "2021-01-01" and "2026-04-06" in data["bankHolidays"]


def _page(**rules):
    from yorkhub.features.timescales import due_page
    from yorkhub.features.timescales.model import Timescale

    ruled = [
        Timescale(
            key,
            "child-protection",
            f"What <b>{key}</b>",
            "15 working days",
            "p",
            "statutory",
            "S",
            rule=r,
        )
        for key, r in rules.items()
    ]
    return due_page, due_page.page(ruled, CALENDAR)


def test_the_page_carries_its_data_as_json_in_an_attribute_of_its_form():
    due_page, made = _page(icpc=rule("working-days", 15))
    assert {"title", "summary", "keywords", "owner", "status"} <= set(made.meta)
    assert made.meta["title"] == "When is it due?" and made.meta["status"] == "draft"
    assert "<script" not in made.body
    text = made.body.split(' data-due="', 1)[1].split('"', 1)[0]
    assert "<" not in text  # a timescale's text can never end the attribute or add markup
    found = json.loads(html.unescape(text))
    assert found["timescales"][0]["what"] == "What <b>icpc</b>"
    assert (
        found["calendar"]["first"] == "2021-01-01" and len(found["calendar"]["bankHolidays"]) > 80
    )
    assert "The day of the event is day 0." in made.body
    assert '<label for="due-date">Date it happened</label>' in made.body
    assert '<option value="strategy-discussion">' in made.body
    assert '<option value="last-visit">' not in made.body  # only events some rule runs from
    assert "### Strategy discussion (section 47 enquiries started) {#from-strategy-discussion}" in (
        made.body
    )


def test_the_real_build_lists_the_page_in_the_timescales_section():
    from factories import context as make_context

    from yorkhub import datafiles
    from yorkhub.features import generators
    from yorkhub.features.timescales import due_page

    assert due_page.generate in generators()
    data = datafiles.load(Path(__file__).resolve().parents[1])
    made = due_page.generate(None, make_context(data=data))
    assert list(made.pages) == ["timescales/due.md"]
    assert "First core group meeting" in made.pages["timescales/due.md"].body
    assert "Return home interview" not in made.pages["timescales/due.md"].body  # 72 hours: no rule
