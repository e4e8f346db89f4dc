"""Timescales written once: the data's checks, the [[timescale:ID]] marker and its rendering."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import golden
import pytest
import yaml

from yorkhub import datafiles
from yorkhub.features.timescales import due
from yorkhub.features.timescales import model as timescales
from yorkhub.features.timescales import page as timescales_page
from yorkhub.problems import Problem

ROOT = Path(__file__).resolve().parents[1]
BRIEF_IDS = [
    "referral-decision",
    "assessment",
    "strategy-discussion",
    "icpc",
    "first-core-group",
    "rcpc-first",
    "rcpc-subsequent",
    "cp-visits",
    "cin-visits",
    "cin-reviews",
    "return-home-interview",
    "lado-referral",
    "cla-visit-first",
    "cla-visits-first-year",
    "cla-visits-long-term",
    "cla-visits-other",
    # Regulation 28(3), (4), (5) and (3A): the stricter visiting rules and the only lawful reduction.
    "cla-visits-placed-with-parent-before-assessment",
    "cla-visits-connected-person-or-interim-order-at-home",
    "cla-visits-care-order-at-home",
    "cla-visits-long-term-foster-reduced",
    "care-plan",
    "placement-plan",
    "cla-review-first",
    "cla-review-second",
    "cla-review-subsequent",
    "iro-dispute-resolution",
    "recording",
    "supervision-frequency",
    "leaving-care-eligibility",
    "leaving-care-needs-assessment",
    "pathway-plan-review",
    "personal-adviser-age",
    "staying-put-age",
]
ICPC = {
    "id": "icpc",
    "stage": "child-protection",
    "what": "Initial child protection conference",
    "figure": "15 working days",
    "phrase": "within 15 working days of the strategy discussion",
    "basis": "statutory",
    "source": "Working Together to Safeguard Children 2018, chapter 1",
}
VISITS = {
    "id": "cp-visits",
    "stage": "child-protection",
    "what": "Visits to a child on a plan",
    "figure": "10 working days",
    "phrase": "at least every 10 working days",
    "basis": "york-standard",
    "source": "York standard.",
    "status": "draft",
}
RECORDING = {
    "id": "recording",
    "stage": "recording-and-supervision",
    "what": "Recording",
    "figure": None,
    "phrase": "within the timescale your team manager sets",
    "basis": "york-standard",
    "source": "York has not yet set a standard.",
    "status": "not-set",
}
F = "data/timescales.yml"


def test_the_real_data_has_exactly_the_shared_ids_and_no_problems():
    known, problems = timescales.parse(yaml.safe_load((ROOT / F).read_text(encoding="utf-8")))
    assert problems == []
    assert list(known) == BRIEF_IDS


def test_york_standards_in_the_real_data_are_never_statute_and_unset_ones_have_no_figure():
    known, _ = timescales.parse(yaml.safe_load((ROOT / F).read_text(encoding="utf-8")))
    local = {
        "strategy-discussion",
        "cp-visits",
        "cin-visits",
        "cin-reviews",
        "iro-dispute-resolution",
    }  # [local] in facts.md
    assert {k for k, t in known.items() if t.basis == "york-standard" and t.is_set} == local
    assert {k for k, t in known.items() if not t.is_set} == {
        "recording",
        "supervision-frequency",
        "lado-referral",
    }


@pytest.mark.parametrize(
    "entries, messages",
    [
        ([ICPC, VISITS, RECORDING], []),
        (
            [{k: v for k, v in ICPC.items() if k != "phrase"}],
            ["icpc: phrase: missing: add 'phrase: ...'"],
        ),
        (
            [{**ICPC, "stage": "child-protect"}],
            [
                "icpc: stage: unknown stage 'child-protect' (did you mean 'child-protection'?): use one of "
                "front-door, child-protection, child-in-need, children-in-care, leaving-care, iro-and-disputes, recording-and-supervision"
            ],
        ),
        (
            [{**ICPC, "basis": "law"}],
            ["icpc: basis: unknown basis 'law': use statutory or york-standard"],
        ),
        (
            [{k: v for k, v in ICPC.items() if k != "source"}],
            [
                "icpc: source: missing: a statutory timescale must name its regulation or guidance (with the paragraph where known)"
            ],
        ),
        (
            [ICPC, {**VISITS, "id": "icpc"}],
            ["icpc: id is used twice: ids must be unique"],
        ),
        (
            [{**ICPC, "sorce": "x"}],
            ["icpc: sorce: unknown field (did you mean 'source'?): remove it or fix the spelling"],
        ),
        (
            [{**VISITS, "status": None}],
            [
                "cp-visits: status: expected one of draft, approved, not-set for a York standard, got None"
            ],
        ),
        (
            [{**RECORDING, "figure": "5 working days"}],
            [
                "recording: figure: a York standard that is not set has 'figure: null': remove the figure or change the status"
            ],
        ),
        (
            [{**VISITS, "figure": None}],
            [
                "cp-visits: figure: empty: give the figure, or 'status: not-set' if York has not set one yet"
            ],
        ),
        (
            [{**ICPC, "figure": None}],
            ["icpc: figure: a statutory timescale needs its figure"],
        ),
        (["icpc"], ["timescale 1: expected fields starting with 'id: ...'"]),
    ],
)
def test_data_problems_name_the_file_the_line_and_the_field(entries, messages):
    text = yaml.safe_dump(entries, sort_keys=False)
    _, problems = timescales.parse(datafiles.parse(F, text))
    assert [(p.file, p.message) for p in problems] == [(F, m) for m in messages]
    lines = text.splitlines()
    for problem in problems:  # the line is the field's own, or the entry's first
        if problem.line is not None:
            field = problem.message.split(": ")[1].split(":")[0]
            start = lines[problem.line - 1].lstrip("- ")
            assert start.startswith(f"{field}:") or start.startswith("id:"), (problem, start)


@pytest.mark.parametrize(
    "raw, message",
    [
        (
            None,
            "not found or empty: restore it from git (every timescale in the hub comes from it)",
        ),
        ({"icpc": ICPC}, "expected a list of timescales, each starting '- id: ...'"),
    ],
)
def test_a_missing_or_misshapen_file_is_one_problem(raw, message):
    assert timescales.parse(raw) == ({}, [Problem(F, None, message)])


@pytest.mark.parametrize(
    "entry, uri, expected",
    [
        (
            ICPC,
            "standards/child-protection.md",
            "**within 15 working days of the strategy discussion** ([statutory](../timescales/index.md#icpc "
            '"Working Together to Safeguard Children 2018, chapter 1"){: .hub-source })',
        ),
        (
            VISITS,
            "guides/0005-statutory-visits.md",
            '**at least every 10 working days** ([draft standard proposed for York](../timescales/index.md#cp-visits "York standard."){: .hub-source })',
        ),
        (
            RECORDING,
            "index.md",
            "**within the timescale your team manager sets** ([no York standard yet](timescales/index.md#recording "
            '"York has not yet set a standard."){: .hub-source })',
        ),
        (
            {**ICPC, "source": 'The "Working Together" guidance'},
            "standards/deep/page.md",
            "**within 15 working days of the strategy discussion** ([statutory](../../timescales/index.md#icpc "
            "\"The 'Working Together' guidance\"){: .hub-source })",
        ),
    ],
)
def test_render_gives_the_phrase_in_bold_and_links_its_basis_to_its_row(entry, uri, expected):
    known, _ = timescales.parse([entry])
    assert timescales.render(known[entry["id"]], uri) == expected


@pytest.mark.parametrize(
    "markdown, expected",
    [
        ("It must take place [[timescale:icpc]].", "It must take place <icpc>."),
        (
            "Write `[[timescale:icpc]]` here, not [[timescale:icpc]].",
            "Write `[[timescale:icpc]]` here, not <icpc>.",
        ),
        (
            "```\n[[timescale:icpc]]\n```\n[[timescale:icpc]]",
            "```\n[[timescale:icpc]]\n```\n<icpc>",
        ),
        (
            "~~~~md\n[[timescale:icpc]]\n~~~\n[[timescale:icpc]]\n~~~~",
            "~~~~md\n[[timescale:icpc]]\n~~~\n[[timescale:icpc]]\n~~~~",
        ),
        ("[[timescale:nope]] and [[timescale: icpc ]]", "[[timescale:nope]] and <icpc>"),
    ],
)
def test_substitute_replaces_markers_outside_code_and_leaves_unknown_ones(markdown, expected):
    assert (
        timescales.substitute(markdown, lambda key: f"<{key}>" if key == "icpc" else None)
        == expected
    )


def test_an_unknown_id_is_reported_at_its_line_with_the_nearest_id():
    known, _ = timescales.parse([ICPC, VISITS])
    body = "# Title\n\n```\n[[timescale:inside-code]]\n```\nThe conference [[timescale:icp]] and [[timescale:cp-visits]].\n"
    assert [str(p) for p in timescales.unknown("docs/standards/cp.md", body, 12, known)] == [
        "docs/standards/cp.md:17: [[timescale:icp]]: no timescale has this id (did you mean 'icpc'?): "
        "use an id from data/timescales.yml (listed on the Timescales at a glance page)",
    ]


GOLDEN = golden.load("timescales/golden.md")
CALENDAR = due.england(date(2026, 1, 1))


def test_the_generated_page_has_a_table_per_stage_in_journey_order_with_an_anchor_per_row():
    known, _ = timescales.parse([RECORDING, ICPC, VISITS])
    page = timescales_page.page(list(known.values()), "Principal Social Worker", CALENDAR)
    assert page.text() == GOLDEN  # no rule in these entries: no tool, no data


def _with_rule(rule) -> str:
    return yaml.safe_dump([{**ICPC, "rule": rule}], sort_keys=False)


@pytest.mark.parametrize(
    "rule, messages",
    [
        ({"unit": "working-days", "count": 15, "from": "strategy-discussion"}, []),
        (
            "15 working days",
            [
                "icpc: rule: expected a mapping like "
                "{unit: working-days, count: 15, from: strategy-discussion}"
            ],
        ),
        (
            {"unit": "working-day", "count": 15, "from": "strategy-discussion"},
            [
                "icpc: rule: unit: unknown unit 'working-day' (did you mean 'working-days'?): "
                "use one of working-days, calendar-days, weeks, months"
            ],
        ),
        (
            {"unit": "working-days", "count": "15", "from": "strategy-discussion"},
            ["icpc: rule: count: expected a whole number of 1 or more, got '15'"],
        ),
        (
            {"unit": "working-days", "count": 10, "from": "strategy-discussion"},
            ["icpc: rule: count: 10 is not in the figure '15 working days': make them agree"],
        ),
        (
            {"unit": "working-days", "count": 15, "from": "strategy-discusion"},
            [
                "icpc: rule: from: unknown event 'strategy-discusion' (did you mean 'strategy-discussion'?): "
                f"use one of {', '.join(timescales.EVENTS)}"
            ],
        ),
        (
            {"unit": "weeks", "count": 15, "from": "last-visit", "recurring": "yes", "days": 1},
            [
                "icpc: rule: unknown field 'days': use unit, count, from, recurring",
                "icpc: rule: recurring: expected true or false, got 'yes'",
            ],
        ),
        (
            {"unit": "weeks"},
            [
                "icpc: rule: count: missing: add 'count: ...'",
                "icpc: rule: from: missing: add 'from: ...'",
            ],
        ),
    ],
)
def test_a_rule_is_checked_field_by_field_at_its_line(rule, messages):
    text = _with_rule(rule)
    found, problems = timescales.parse(datafiles.parse(F, text))
    assert [p.message for p in problems] == messages
    lines = text.splitlines()
    for problem in problems:
        assert "rule" in lines[problem.line - 1] or lines[problem.line - 1].strip().split(":")[
            0
        ] in (timescales.RULE_FIELDS + ("days",))
    assert (found["icpc"].rule is None) == bool(messages)


def test_the_real_rules_read_as_words():
    data = yaml.safe_load((ROOT / F).read_text(encoding="utf-8"))
    known, problems = timescales.parse(data)
    assert problems == []
    assert known["icpc"].rule.words() == (
        "15 working days after the strategy discussion at which section 47 enquiries were started"
    )
    assert known["cla-visits-first-year"].rule.words() == (
        "every 6 weeks, counting from the last visit to the child"
    )
    assert known["cla-visit-first"].rule.words() == "1 week after the placement started"
    assert known["return-home-interview"].rule is None  # 72 hours: no unit for hours


def test_each_timescale_with_a_rule_has_the_tool_beside_it_and_the_page_carries_its_data_once():
    known, _ = timescales.parse(
        [
            {**ICPC, "rule": {"unit": "working-days", "count": 15, "from": "strategy-discussion"}},
            VISITS,
            RECORDING,
        ]
    )
    body = timescales_page.page(list(known.values()), "Principal Social Worker", CALENDAR).body
    assert body.count("<details") == 1 and body.count(" data-due=") == 1
    assert body.index(" data-due=") < body.index("## Child protection")
    icpc = next(line for line in body.splitlines() if "{#icpc}" in line)
    assert icpc.count("|") == 5  # the tool is in the Timescale cell, on the row's one line
    assert (
        '<details class="hub-due-here" data-search-exclude><summary>Work out the date</summary>'
        in icpc
    )
    assert (
        "15 working days after the strategy discussion at which section 47 enquiries were "
        "started. The day of the event is day 0. "
        "[Every timescale from this event](due.md#from-strategy-discussion)"
    ) in icpc
    assert 'data-due-here="icpc" hidden novalidate' in icpc  # shown by the script only
    assert (
        '<label for="due-icpc">Strategy discussion (section 47 enquiries started) on</label>'
        '<input type="date" id="due-icpc" name="date" aria-describedby="due-icpc-rule due-icpc-message">'
    ) in icpc
    assert 'role="status" aria-live="polite"' in icpc
    assert "Work out the date" not in next(
        line for line in body.splitlines() if "{#cp-visits}" in line
    )
