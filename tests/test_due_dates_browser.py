"""When is it due? The page's script in a real browser, held to due.py's answers.

The real hub is built strictly and served on 127.0.0.1; Debian's chromium enters
each date as a reader would. The expected dates come from due.py with the bank
holidays the page itself carries, so the page and the Python agree on the data too.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from test_browser_pages import SCHEMES, axe_violations, choose_scheme

from yorkhub.features.timescales import due
from yorkhub.features.timescales.model import Rule

pytestmark = pytest.mark.browser

PATH = "timescales/due/"


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


# Christmas and New Year, Easter and the late May bank holiday, the ends of months,
# a leap day, and the last days the page knows (where working days run out of years).
DATES = (
    _days(date(2025, 12, 19), date(2026, 1, 2))
    + _days(date(2026, 3, 27), date(2026, 4, 7))
    + _days(date(2026, 5, 20), date(2026, 5, 26))
    + [date(2026, 1, 31), date(2026, 8, 31), date(2027, 11, 30), date(2028, 2, 29)]
    + [date(2031, 12, 1), date(2031, 12, 24), date(2031, 12, 31)]
)


@pytest.fixture(scope="module")
def hub(served_hub):
    return served_hub


def open_due(browser, base):
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base + PATH)
    return context, page


def page_data(page) -> dict:
    return json.loads(page.locator("[data-due-form]").get_attribute("data-due"))


def calendar_from(data: dict) -> due.Calendar:
    found = data["calendar"]
    return due.Calendar(
        frozenset(date.fromisoformat(d) for d in found["bankHolidays"]),
        date.fromisoformat(found["first"]),
        date.fromisoformat(found["last"]),
    )


def expected(timescale: dict, event: date, calendar: due.Calendar) -> list[str] | str:
    rule = Rule(timescale["unit"], timescale["count"], timescale["event"], timescale["recurring"])
    try:
        return [d.isoformat() for d in due.due_dates(rule, event, calendar)]
    except due.OutsideYears:
        return "outside"


def shown(page) -> dict[str, list[str] | str]:
    return page.eval_on_selector_all(
        "[data-due-results] tr[data-timescale]",
        """rows => Object.fromEntries(rows.map(r => [r.dataset.timescale,
            r.querySelector('[data-due-outside]') ? 'outside'
                : [...r.querySelectorAll('time')].map(t => t.dateTime)]))""",
    )


def test_every_due_date_on_the_page_is_the_one_due_py_gives(hub):
    base, _, browser = hub
    context, page = open_due(browser, base)
    data = page_data(page)
    calendar = calendar_from(data)
    assert calendar == due.england(date.today())  # the page carries the build's bank holidays
    events = sorted({t["event"] for t in data["timescales"]})
    assert len(data["timescales"]) >= 15 and len(events) >= 8
    mismatches, outside = {}, 0
    for event in events:
        page.get_by_label("What happened").select_option(event)
        for day in DATES:
            page.get_by_label("Date it happened").fill(day.isoformat())
            want = {
                t["id"]: expected(t, day, calendar)
                for t in data["timescales"]
                if t["event"] == event
            }
            got = shown(page)
            outside += list(want.values()).count("outside")
            if got != want:
                mismatches[(event, day.isoformat())] = (got, want)
    context.close()
    assert mismatches == {}
    assert outside > 0  # the last days of the covered years were reached


def test_the_results_say_how_many_and_read_as_dates_with_the_rule(hub):
    base, _, browser = hub
    context, page = open_due(browser, base)
    page.get_by_label("What happened").select_option("strategy-discussion")
    page.get_by_label("Date it happened").fill("2026-03-31")
    status = page.locator("[data-due-status]")
    assert status.get_attribute("aria-live") == "polite"
    assert status.text_content() == (
        "1 timescale runs from strategy discussion (section 47 enquiries started) "
        "on Tuesday 31 March 2026. The dates are in the table below."
    )
    table = page.locator("[data-due-results] table")
    assert table.locator("caption").text_content() == (
        "When each timescale is due: Strategy discussion (section 47 enquiries started), "
        "Tuesday 31 March 2026"
    )
    row = table.locator("tr[data-timescale=icpc] td")
    assert row.nth(0).text_content() == "Thursday 23 April 2026"  # after Easter
    assert row.nth(1).text_content().startswith("15 working days after the strategy discussion")
    assert row.nth(2).text_content() == "Must (statutory)"
    assert (
        table.locator("tr[data-timescale=icpc] th a")
        .get_attribute("href")
        .endswith("timescales/#icpc")
    )
    context.close()


@pytest.mark.parametrize(
    "enter, message",
    [
        ("nothing", "Enter the date it happened, as day, month and year."),
        ("half a date", "This is not a whole, real date. Check the day, month and year."),
        ("31/02/2026", "This is not a whole, real date. Check the day, month and year."),
        (
            "2019-05-01",
            "Wednesday 1 May 2019 is outside the years the hub knows bank holidays for "
            "(2021 to 2031): count the days by hand.",
        ),
    ],
)
def test_bad_input_gets_a_clear_message_beside_the_field(hub, enter, message):
    base, _, browser = hub
    context, page = open_due(browser, base)
    field = page.get_by_label("Date it happened")
    field.fill("2026-03-03")
    assert page.locator("[data-due-results] tr[data-timescale]").count() > 0
    if enter == "nothing":
        field.fill("")
    elif enter == "half a date":
        field.fill("")
        field.focus()
        page.keyboard.press("3")  # one part of the date only: the browser has no value
    elif "/" in enter:
        # A browser with no date picker shows a plain text box: an impossible date typed in it.
        page.evaluate("document.getElementById('due-date').type = 'text'")
        field.fill(enter)
    else:
        field.fill(enter)
    page.get_by_role("button", name="Show due dates").click()
    beside = page.locator("#due-date-message")
    assert beside.text_content() == message
    assert field.get_attribute("aria-describedby") == "due-date-message"
    assert field.get_attribute("aria-invalid") == "true"
    assert page.locator("[data-due-status]").text_content() == message
    assert page.locator("[data-due-results] tr").count() == 0
    assert "NaN" not in page.locator("[data-due-form]").inner_text()
    context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_page_has_zero_axe_violations_with_results_and_with_a_message(hub, scheme):
    base, _, browser = hub
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    choose_scheme(page, base, scheme)
    page.goto(base + PATH)
    page.get_by_label("What happened").select_option("last-visit")
    page.get_by_label("Date it happened").fill("2025-12-19")
    assert page.locator("[data-due-results] tr[data-timescale]").count() >= 3
    with_results = axe_violations(page)
    page.get_by_label("Date it happened").fill("")
    page.get_by_role("button", name="Show due dates").click()
    with_message = axe_violations(page)
    context.close()
    assert with_results == [] and with_message == []


def test_the_tool_starts_after_instant_navigation_and_nothing_leaves_the_page(hub):
    base, _, browser = hub
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    requests = []
    page.goto(base + "timescales/")
    page.evaluate("window.notReloaded = true")  # survives only if Material swapped the page
    page.on("request", lambda r: requests.append((r.method, r.url)))
    page.get_by_role("link", name="When is it due?").first.click()
    page.wait_for_function("location.pathname.endsWith('/timescales/due/')")
    page.get_by_label("Date it happened").wait_for()
    assert page.evaluate("window.notReloaded === true")
    page.get_by_label("What happened").select_option("became-looked-after")
    page.get_by_label("Date it happened").fill("2026-05-11")
    assert shown(page) == {"cla-review-first": ["2026-06-09"]}  # over the late May bank holiday
    assert all(method == "GET" and url.startswith(base) for method, url in requests)
    stored = "[...Object.keys(localStorage), ...Object.keys(sessionStorage), document.cookie]"
    assert not [key for key in page.evaluate(stored) if "due" in key.lower()]
    context.close()


def test_work_out_the_date_beside_a_timescale_opens_the_tool_with_its_event_chosen(hub):
    base, _, browser = hub
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base + "timescales/")
    row = page.locator("tr", has=page.locator("#icpc"))
    row.get_by_role("link", name="Work out the date").click()
    page.wait_for_function("location.pathname.endsWith('/timescales/due/')")
    page.get_by_label("Date it happened").wait_for()
    assert page.get_by_label("What happened").input_value() == "strategy-discussion"
    page.get_by_label("Date it happened").fill("2026-05-20")
    assert shown(page) == {"icpc": ["2026-06-11"]}  # over the late May bank holiday
    context.close()


def test_without_javascript_each_event_lists_its_rules_in_words(hub):
    base, _, browser = hub
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + PATH)
    assert not page.locator("[data-due-form]").is_visible()
    assert page.locator("#from-strategy-discussion").is_visible()
    assert "The day of the event is day 0." in page.locator(".md-content").inner_text()
    context.close()


@pytest.fixture(scope="module")
def offline_copy(tmp_path_factory):
    from conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("due-offline"))
    result = project.hub("build", "--offline", "--out", "copy")
    assert result.returncode == 0, result.stdout + result.stderr
    return project.root / "copy"


def test_the_offline_copy_works_from_files_with_no_network(offline_copy, browser):
    page = browser.new_page()
    outside, errors = [], []
    page.on("request", lambda r: None if r.url.startswith("file://") else outside.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    found = [
        p
        for p in ("timescales/due/index.html", "timescales/due.html")
        if (offline_copy / p).is_file()
    ]
    page.goto((offline_copy / found[0]).as_uri())
    page.get_by_label("What happened").select_option("strategy-discussion")
    page.get_by_label("Date it happened").fill("2025-12-19")
    assert shown(page) == {"icpc": ["2026-01-14"]}  # over Christmas and New Year
    page.close()
    assert outside == [] and errors == []
