"""The content model: every kind of bad front matter gets one clear message."""

from __future__ import annotations

from datetime import date

import pytest
from factories import context

from yorkhub import site
from yorkhub.catalogue import Source
from yorkhub.validate import check_page

GOOD = """---
type: practice-standard
title: How often should I visit?
summary: Visits to children in need.
owner: principal-social-worker
status: draft
approver: principal-social-worker
last_reviewed: 2026-01-10
review_by: 2027-01-10
themes: [statutory-visits]
priorities: [b]
---
# Body
"""


def check(text: str, registries, src="docs/a.md"):
    page, problems = check_page(src, src.removeprefix("docs/"), text.encode("utf-8"), registries)
    return page, [str(p) for p in problems]


def test_a_good_page_has_no_problems_and_typed_fields(registries):
    page, problems = check(GOOD, registries)
    assert problems == []
    assert page.meta["review_by"] == date(2027, 1, 10)
    assert page.themes == ["statutory-visits"]
    assert page.body == "# Body\n"


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "type: practice-standard\n",
            "",
            "docs/a.md:1: type: missing: add 'type: ...' to the front matter (what kind of page this is (see the table of types))",
        ),
        (
            "summary: Visits to children in need.\n",
            "",
            "docs/a.md:1: summary: missing: add 'summary: ...' to the front matter (one sentence saying what the page is for; shown in listings and search)",
        ),
        (
            "type: practice-standard",
            "type: practise-standard",
            "docs/a.md:2: type: unknown type 'practise-standard' (did you mean 'practice-standard'?): use one of practice-standard, managers-standard, procedure, policy, framework, scheme-of-delegation, one-minute-guide, audit, learning-theme, induction, reference",
        ),
        (
            "themes: [statutory-visits]",
            "themse: [statutory-visits]",
            "docs/a.md:10: themse: unknown field (did you mean 'themes'?): fix the spelling",
        ),
        (
            "themes: [statutory-visits]",
            "colour: blue",
            "docs/a.md:10: colour: unknown field: remove it, or see the Authoring page for the fields of type 'practice-standard'",
        ),
        (
            "themes: [statutory-visits]",
            "number: 3",
            "docs/a.md:10: number: not a field of type 'practice-standard': remove it",
        ),
        (
            "review_by: 2027-01-10",
            "review_by: soon",
            "docs/a.md:9: review_by: expected a date (YYYY-MM-DD), got 'soon'",
        ),
        (
            "review_by: 2027-01-10",
            "review_by: 10/01/2027",
            "docs/a.md:9: review_by: expected a date (YYYY-MM-DD), got '10/01/2027'",
        ),
        (
            "review_by: 2027-01-10",
            "review_by: 2027-02-30",
            "docs/a.md:9: review_by: '2027-02-30' is not a real date: check the month and day",
        ),
        (
            "review_by: 2027-01-10",
            "review_by: 2025-01-10",
            "docs/a.md:9: review_by: 2025-01-10 is before last_reviewed (2026-01-10): the next review comes after the last",
        ),
        (
            "themes: [statutory-visits]",
            "themes: [statutory-visit]",
            "docs/a.md:10: themes: unknown theme 'statutory-visit' (did you mean 'statutory-visits'?): use an id from data/themes.yml",
        ),
        (
            "priorities: [b]",
            "priorities: [g]",
            "docs/a.md:11: priorities: unknown improvement priority 'g': use an id from data/priorities.yml",
        ),
        (
            "owner: principal-social-worker",
            "owner: Jane Smith",
            "docs/a.md:5: owner: unknown role 'Jane Smith': use an id from data/roles.yml",
        ),
        (
            "status: draft",
            "status: final",
            "docs/a.md:6: status: expected one of draft, approved, retired, got 'final'",
        ),
        (
            "approver: principal-social-worker\n",
            "",
            "docs/a.md:6: approver: a draft needs the role that will approve it, for example 'approver: principal-social-worker'",
        ),
        (
            "title: How often should I visit?",
            "title:",
            "docs/a.md:3: title: expected text, got nothing",
        ),
    ],
)
def test_each_mistake_gets_one_message_naming_file_line_and_fix(registries, old, new, expected):
    assert old in GOOD
    _, problems = check(GOOD.replace(old, new), registries)
    assert problems == [expected]


def test_an_approved_page_needs_both_review_dates(registries):
    text = GOOD.replace("status: draft\napprover: principal-social-worker\n", "status: approved\n")
    text = text.replace("last_reviewed: 2026-01-10\n", "").replace("review_by: 2027-01-10\n", "")
    _, problems = check(text, registries)
    assert problems == [
        "docs/a.md:6: last_reviewed: an approved page needs 'last_reviewed: YYYY-MM-DD'",
        "docs/a.md:6: review_by: an approved page needs 'review_by: YYYY-MM-DD'",
    ]


def test_every_problem_of_a_page_is_reported_not_just_the_first(registries):
    text = GOOD.replace("status: draft", "status: final").replace(
        "review_by: 2027-01-10", "review_by: soon"
    )
    _, problems = check(text, registries)
    assert len(problems) == 2


def guide(number: int, ident: str | None = None) -> str:
    extra = f"id: {ident}\n" if ident else ""
    return f"""---
type: one-minute-guide
title: Guide {number}
summary: A guide.
owner: ap-team
status: draft
approver: principal-social-worker
number: {number}
{extra}published: 2026-01-01
audience: [social-workers]
themes: [drift-and-delay]
contact: ap-team
review_by: 2027-01-01
---
Body
"""


def every_problem(sources, registries) -> list:
    """What a build reports for ``sources``: each page's own problems and the rules across pages."""
    return site.plan(sources, registries, context(registries=registries)).problems


def test_two_pages_with_one_guide_number_or_id_are_both_named(registries):
    sources = [
        Source(f"guides/{n}.md", f"guides/{n}.md", guide(number, ident).encode())
        for n, number, ident in [("0001-a", 1, "same"), ("0001-b", 1, "same"), ("0002-c", 2, None)]
    ]
    messages = [str(p) for p in every_problem(sources, registries) if p.severity == "error"]
    assert messages == [
        "guides/0001-b.md:8: number: 1 is already used by guides/0001-a.md: choose another",
        "guides/0001-b.md:9: id: same is already used by guides/0001-a.md: choose another",
    ]


def test_a_guide_must_name_audits_that_exist(registries):
    text = guide(1).replace("contact: ap-team\n", "contact: ap-team\naudits: [no-such-audit]\n")
    problems = every_problem([Source("guides/a.md", "guides/a.md", text.encode())], registries)
    assert (
        "guides/a.md:13: audits: no audit has id 'no-such-audit': use the id in an audit page's front matter"
        in [str(p) for p in problems]
    )


def test_themes_nothing_uses_are_a_gentle_note(registries):
    problems = every_problem([Source("guides/a.md", "guides/a.md", guide(1).encode())], registries)
    notes = [p for p in problems if p.severity == "note"]
    assert "drift-and-delay" not in " ".join(p.message for p in notes)
    assert any("'permanence' is not used by any page" in p.message for p in notes)
