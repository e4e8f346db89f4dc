"""When is it due? The date a timescale's rule gives from the date of its event.

The day of the event is day 0: 15 working days from Tuesday 3 March 2026 is
Tuesday 24 March. Working days skip Saturdays, Sundays and England's bank
holidays. Months keep the day of the month, or take the last day of a shorter
month (31 January + 1 month = 28 or 29 February). A recurring rule gives the
next three dates, each counted from the one before, as if each visit or review
were held on its due date.

Bank holidays are known only for the years the build covers (five back and five
ahead of the build date), so a date outside them raises ``OutsideYears`` rather
than guessing. docs/assets/javascripts/due-dates.js does the same sums in the
browser from the same data; the browser tests hold the two together.
"""

from __future__ import annotations

import calendar as months_calendar
from dataclasses import dataclass
from datetime import date, timedelta

from yorkhub.features.timescales.model import Rule

YEARS_EACH_WAY = 5
REPEATS = 3  # how many due dates a recurring rule shows


class OutsideYears(ValueError):
    """A date the hub does not know England's bank holidays for."""


@dataclass(frozen=True)
class Calendar:
    """England's bank holidays from ``first`` to ``last`` (whole years)."""

    bank_holidays: frozenset[date]
    first: date
    last: date

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.bank_holidays

    def as_data(self) -> dict:
        """The calendar as JSON data for the page's script."""
        return {
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "bankHolidays": [d.isoformat() for d in sorted(self.bank_holidays)],
        }


def england(today: date, years_each_way: int = YEARS_EACH_WAY) -> Calendar:
    """England's bank holidays, from the ``holidays`` package, around the build date."""
    import holidays  # read at build time only: the page carries the dates it needs

    years = range(today.year - years_each_way, today.year + years_each_way + 1)
    found = holidays.country_holidays("GB", subdiv="ENG", years=years)
    return Calendar(frozenset(found), date(years[0], 1, 1), date(years[-1], 12, 31))


def due_dates(rule: Rule, event: date, calendar: Calendar) -> list[date]:
    """The due date, or the next three for a recurring rule. Raises ``OutsideYears``."""
    if not calendar.covers(event):
        raise OutsideYears(_outside(event, calendar))
    dates, last = [], event
    for _ in range(REPEATS if rule.recurring else 1):
        last = after(rule.unit, rule.count, last, calendar)
        dates.append(last)
    return dates


def after(unit: str, count: int, start: date, calendar: Calendar) -> date:
    """``count`` ``unit`` after ``start`` (day 0)."""
    if unit == "calendar-days":
        return start + timedelta(days=count)
    if unit == "weeks":
        return start + timedelta(weeks=count)
    if unit == "months":
        return add_months(start, count)
    if unit == "working-days":
        return add_working_days(start, count, calendar)
    raise ValueError(f"unknown unit {unit!r}")


def add_months(start: date, count: int) -> date:
    """The same day ``count`` months on, or the last day of a shorter month."""
    index = start.month - 1 + count
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, months_calendar.monthrange(year, month)[1]))


def add_working_days(start: date, count: int, calendar: Calendar) -> date:
    """The ``count``-th working day after ``start``. Raises ``OutsideYears`` past the calendar."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if not calendar.covers(day):
            raise OutsideYears(_outside(day, calendar))
        count -= calendar.is_working_day(day)
    return day


def _outside(day: date, calendar: Calendar) -> str:
    return (
        f"{day.isoformat()} is outside the years the hub knows bank holidays for "
        f"({calendar.first.year} to {calendar.last.year}): count the days by hand"
    )
