"""When is it due? The page's script in a real browser, held to due.py's answers.

The real hub is built strictly and served on 127.0.0.1; Debian's chromium enters
each date as a reader would. The expected dates come from due.py with the bank
holidays the page itself carries, so the page and the Python agree on the data too.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from test_browser_pages import SCHEMES, violations_in_every_scheme

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


# What the results table shows, by timescale: its dates, or "outside" the years known.
SHOWN = """() => Object.fromEntries(
  [...document.querySelectorAll('[data-due-results] tr[data-timescale]')].map(r => [
    r.dataset.timescale, r.querySelector('[data-due-outside]') ? 'outside'
      : [...r.querySelectorAll('time')].map(t => t.dateTime)]))"""
# What the status line of a tool beside a timescale says: its dates, or "outside".
ANSWER = """status => status.querySelector('[data-due-outside]') ? 'outside'
  : [...status.querySelectorAll('time')].map(t => t.dateTime)"""
# Each date entered in the field as Playwright's fill enters one (the value set, then the
# input and change events), and what READ (SHOWN or ANSWER) then finds: in one call to
# the browser, not two for each date.
EACH_DATE = """(field, days) => {
  const read = READ, status = field.form.querySelector('[data-due-status]');
  return days.map(day => {
    field.value = day;
    for (const type of ['input', 'change']) field.dispatchEvent(new Event(type, {bubbles: true}));
    return read(status);
  });
}"""


def shown(page) -> dict[str, list[str] | str]:
    return page.evaluate(SHOWN)


def enter_each(field, days: list[date], read: str) -> list:
    """What ``read`` finds after each of ``days`` is entered in ``field``: the first typed
    with Playwright's fill, as a reader would, the rest entered by the page's own events."""
    field.fill(days[0].isoformat())
    first = field.evaluate(f"field => ({read})(field.form.querySelector('[data-due-status]'))")
    rest = [day.isoformat() for day in days[1:]]
    return [first, *field.evaluate(EACH_DATE.replace("READ", read), rest)]


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
        answers = enter_each(page.get_by_label("Date it happened"), DATES, SHOWN)
        for day, got in zip(DATES, answers, strict=True):
            want = {
                t["id"]: expected(t, day, calendar)
                for t in data["timescales"]
                if t["event"] == event
            }
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


def test_the_page_has_zero_axe_violations_with_results_and_with_a_message_in_every_scheme(hub):
    base, _, browser = hub
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base + PATH)
    page.get_by_label("What happened").select_option("last-visit")
    page.get_by_label("Date it happened").fill("2025-12-19")
    assert page.locator("[data-due-results] tr[data-timescale]").count() >= 3
    with_results = violations_in_every_scheme(page)
    page.get_by_label("Date it happened").fill("")
    page.get_by_role("button", name="Show due dates").click()
    with_message = violations_in_every_scheme(page)
    context.close()
    assert with_results == with_message == {scheme: [] for scheme in SCHEMES}


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


def test_every_timescale_from_this_event_opens_the_page_with_its_event_chosen(hub):
    base, _, browser = hub
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base + "timescales/")
    tool = beside(page, "icpc")
    tool.locator("summary").click()
    tool.get_by_role("link", name="Every timescale from this event").click()
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


def test_the_offline_copy_works_from_files_with_no_network(offline_build, browser):
    """Both tools, from files: hub.js starts them although Material's document$ stays silent."""
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    outside, errors = [], []
    page.on("request", lambda r: None if r.url.startswith("file://") else outside.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((offline_build / "timescales/index.html").as_uri())
    tool = beside(page, "icpc")
    tool.locator("summary").click()
    tool.get_by_label(LABELS["strategy-discussion"]).fill("2025-12-19")
    assert answer(tool) == ["2026-01-14"]  # over Christmas and New Year
    tool.get_by_role("link", name="Every timescale from this event").click()
    page.wait_for_url("**/timescales/due.html#from-strategy-discussion")
    assert page.get_by_label("What happened").input_value() == "strategy-discussion"
    page.get_by_label("Date it happened").fill("2025-12-19")
    assert shown(page) == {"icpc": ["2026-01-14"]}
    context.close()
    assert outside == [] and errors == []


# What each tool beside a timescale is labelled: the event it runs from, then "on".
LABELS = {
    "referral-received": "Referral received on",
    "concern-raised": "Concern about significant harm raised on",
    "strategy-discussion": "Strategy discussion (section 47 enquiries started) on",
    "initial-conference": "Initial child protection conference held on",
    "first-review-conference": "First review child protection conference held on",
    "became-looked-after": "Child became looked after on",
    "placement-started": "Placement started on",
    "first-review-held": "First looked-after review held on",
    "second-review-held": "Second looked-after review held on",
    "last-visit": "Last visit to the child on",
}
# Christmas and New Year, the days before Easter, the Friday before the late May bank
# holiday, the end of January, and the last month the page knows.
BESIDE_DATES = [
    date(2025, 12, 19),
    date(2025, 12, 24),
    date(2026, 3, 31),
    date(2026, 4, 2),
    date(2026, 5, 22),
    date(2026, 1, 31),
    date(2031, 12, 24),
]


def beside(page, timescale: str):
    """The "Work out the date" tool in ``timescale``'s row on Timescales at a glance."""
    return page.locator("tr", has=page.locator(f"[id='{timescale}']")).locator(
        "details.hub-due-here"
    )


def answer(tool) -> list[str] | str:
    return tool.locator("[data-due-status]").evaluate(ANSWER)


def test_every_tool_beside_a_timescale_gives_the_dates_due_py_gives(hub):
    base, _, browser = hub
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base + "timescales/")
    data = json.loads(page.locator("[data-due]").get_attribute("data-due"))
    calendar = calendar_from(data)
    assert calendar == due.england(date.today())
    tools = page.eval_on_selector_all("[data-due-here]", "fs => fs.map(f => f.dataset.dueHere)")
    assert sorted(tools) == sorted(t["id"] for t in data["timescales"]) and len(tools) >= 15
    assert page.locator("details.hub-due-here[open]").count() == 0  # collapsed until opened
    mismatches, outside = {}, 0
    for timescale in data["timescales"]:
        tool = beside(page, timescale["id"])
        tool.locator("summary").click()
        field = tool.get_by_label(LABELS[timescale["event"]])
        answers = enter_each(field, BESIDE_DATES, ANSWER)
        for day, got in zip(BESIDE_DATES, answers, strict=True):
            want = expected(timescale, day, calendar)
            outside += want == "outside"
            if got != want:
                mismatches[(timescale["id"], day.isoformat())] = (got, want)
    context.close()
    assert mismatches == {}
    assert outside > 0  # working days that run past the years the page knows say so


def test_a_tool_beside_a_timescale_says_the_date_politely_and_gives_the_same_messages(hub):
    base, _, browser = hub
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base + "timescales/")
    tool = beside(page, "cla-visits-first-year")
    tool.locator("summary").click()
    field = tool.get_by_label(LABELS["last-visit"])
    status = tool.locator("[data-due-status]")
    assert status.get_attribute("role") == "status"
    assert status.get_attribute("aria-live") == "polite"
    field.fill("2026-03-31")
    assert status.text_content() == (
        "From Tuesday 31 March 2026: due Tuesday 12 May 2026, then Tuesday 23 June 2026, "
        "then Tuesday 4 August 2026."
    )
    said = {}
    for enter in ("", "2019-05-01"):
        field.fill(enter)
        tool.get_by_role("button", name="Show the date").click()
        said[enter] = (
            tool.locator("[data-due-message]").text_content(),
            status.text_content(),
            field.get_attribute("aria-invalid"),
            tool.locator("time").count(),
        )
    described = field.get_attribute("aria-describedby").split()
    context.close()
    assert said == {
        "": ("Enter the date it happened, as day, month and year.",) * 2 + ("true", 0),
        "2019-05-01": (
            "Wednesday 1 May 2019 is outside the years the hub knows bank holidays for "
            "(2021 to 2031): count the days by hand.",
        )
        * 2
        + ("true", 0),
    }
    assert described == ["due-cla-visits-first-year-rule", "due-cla-visits-first-year-message"]


def test_timescales_at_a_glance_with_tools_open_has_zero_axe_violations_in_every_scheme(hub):
    base, _, browser = hub
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base + "timescales/")
    with_answer, with_message = beside(page, "icpc"), beside(page, "cp-visits")
    with_answer.locator("summary").click()
    with_answer.get_by_label(LABELS["strategy-discussion"]).fill("2025-12-19")
    with_message.locator("summary").click()
    with_message.get_by_role("button", name="Show the date").click()
    assert answer(with_answer) == ["2026-01-14"]
    assert with_message.locator("[data-due-message]").text_content().startswith("Enter the date")
    violations = violations_in_every_scheme(page)
    context.close()
    assert violations == {scheme: [] for scheme in SCHEMES}


def test_after_instant_navigation_a_tool_beside_a_timescale_works_from_the_keyboard(hub):
    base, _, browser = hub
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base + PATH)
    page.evaluate("window.notReloaded = true")  # survives only if Material swapped the page
    page.locator(".md-content").get_by_role("link", name="Timescales at a glance").click()
    page.wait_for_function("location.pathname.endsWith('/timescales/')")
    tool = beside(page, "icpc")
    tool.wait_for()
    assert page.evaluate("window.notReloaded === true")
    page.locator("h2", has_text="Child protection").click()  # where Tab starts from
    for _ in range(40):
        page.keyboard.press("Tab")
        if tool.locator("summary").evaluate("s => s === document.activeElement"):
            break
    assert tool.locator("summary").evaluate("s => s === document.activeElement")
    page.keyboard.press("Enter")
    assert tool.evaluate("d => d.open")
    page.keyboard.press("Tab")  # the link to every timescale from this event
    page.keyboard.press("Tab")
    field = tool.get_by_label(LABELS["strategy-discussion"])
    assert field.evaluate("f => f === document.activeElement")
    # Day and month the same, so the digits mean one date whichever order the browser's
    # language puts the field's parts in.
    page.keyboard.type("12122026")
    page.keyboard.press("Enter")
    assert tool.locator("[data-due-status]").text_content() == (
        "From Saturday 12 December 2026: due Wednesday 6 January 2027."  # over Christmas
    )
    assert field.evaluate("f => f === document.activeElement")  # focus stays where it was
    context.close()


VISIBLE = """selectors => Object.fromEntries(selectors.map(s => [s,
    [...document.querySelectorAll(s)].some(e => e.getClientRects().length > 0)]))"""


def printing(page) -> None:
    """As the browser does when a reader prints: beforeprint (Material opens every details
    element; hub.js writes today's date), then print styles."""
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")


def test_printing_when_is_it_due_shows_the_date_the_due_dates_and_the_rules_not_the_controls(
    hub,
):
    base, _, browser = hub
    context, page = open_due(browser, base)
    page.get_by_label("What happened").select_option("strategy-discussion")
    page.get_by_label("Date it happened").fill("2026-03-31")
    printing(page)
    seen = page.evaluate(
        VISIBLE,
        [
            ".hub-printed",
            "[data-due-results] caption",
            "[data-due-results] time[datetime='2026-04-23']",
            "#from-strategy-discussion",
            ".admonition",
            "#due-event",
            "#due-date",
            ".hub-due__button",
            "[data-due-status]",
            ".md-header",
            ".md-sidebar--primary",
        ],
    )
    printed_on = page.locator(".hub-printed").inner_text()
    caption = page.locator("[data-due-results] caption").inner_text()
    rule = page.locator("[data-due-results] tr[data-timescale=icpc] td").nth(1).inner_text()
    words = page.locator(".md-content").inner_text()
    context.close()
    assert seen == {
        ".hub-printed": True,
        "[data-due-results] caption": True,  # the event and the date entered
        "[data-due-results] time[datetime='2026-04-23']": True,
        "#from-strategy-discussion": True,  # the rules in words, event by event
        ".admonition": True,  # how the hub counts
        "#due-event": False,
        "#due-date": False,
        ".hub-due__button": False,
        "[data-due-status]": False,
        ".md-header": False,
        ".md-sidebar--primary": False,
    }
    today = date.today()
    assert printed_on.startswith(f"Printed on {today.day} {today:%B %Y} from http://127.0.0.1:")
    assert printed_on.endswith(
        "/timescales/due/, version as built on "
        f"{today.day} {today:%B %Y}. Check the hub for the latest version."
    )
    assert caption.endswith(
        "Strategy discussion (section 47 enquiries started), Tuesday 31 March 2026"
    )
    assert rule.startswith("15 working days after the strategy discussion")
    assert "Show due dates" not in words and "The day of the event is day 0." in words


def test_printing_timescales_at_a_glance_prints_only_the_tool_left_open_with_its_answer(hub):
    base, _, browser = hub
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base + "timescales/")
    worked_out, left_empty = beside(page, "icpc"), beside(page, "cp-visits")
    worked_out.locator("summary").click()
    worked_out.get_by_label(LABELS["strategy-discussion"]).fill("2026-03-31")
    left_empty.locator("summary").click()
    printing(page)
    opened_by_material = page.locator("details.hub-due-here[open]").count()
    printed = page.eval_on_selector_all(
        "details.hub-due-here",
        "ds => ds.filter(d => d.getClientRects().length > 0).map(d => d.innerText.trim())",
    )
    controls = page.evaluate(
        VISIBLE, ["details.hub-due-here summary", "details.hub-due-here input", ".hub-due__button"]
    )
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="null")
    still_open = page.eval_on_selector_all(
        "details.hub-due-here[open] [data-due-here]", "fs => fs.map(f => f.dataset.dueHere)"
    )
    context.close()
    assert opened_by_material >= 15  # Material opens every details element to print it
    assert printed == [
        "15 working days after the strategy discussion at which section 47 enquiries were "
        "started. The day of the event is day 0.\n\nFrom Tuesday 31 March 2026: due Thursday "
        "23 April 2026."
    ]
    assert controls == dict.fromkeys(controls, False)
    assert sorted(still_open) == ["cp-visits", "icpc"]  # the reader's choice, after printing
