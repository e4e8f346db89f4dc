"""The scheme of delegation's data: parsing and every message a mistake gives."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from factories import context_and_problems

from yorkhub import datafiles
from yorkhub.features.delegation.model import Decision, decider, line_of_delegation, parse
from yorkhub.registry import Registry

ROOT = Path(__file__).resolve().parents[1]

ROLES = Registry(
    "roles",
    "data/roles.yml",
    {
        "social-worker": {"id": "social-worker", "title": "Social Worker", "rank": 1},
        "team-manager": {"id": "team-manager", "title": "Team Manager", "rank": 2},
        "service-manager": {"id": "service-manager", "title": "Service Manager", "rank": 3},
        "principal-social-worker": {
            "id": "principal-social-worker",
            "title": "Principal Social Worker",
        },
        "nominated-officer": {"id": "nominated-officer", "title": "Nominated officer"},
    },
)

GOOD = {
    "areas": [
        {"id": "front-door", "title": "Front door"},
        {"id": "placements", "title": "Placements"},
    ],
    "decisions": [
        {
            "id": "accept-referral",
            "decision": "Accept a referral",
            "question": "Who can accept a referral?",
            "area": "front-door",
            "lowest_role": "team-manager",
            "consult": [],
            "recorded_in": "the case record",
            "status": "draft",
            "note": "York has not yet confirmed this decision.",
            "keywords": ["accept", "decide"],
        },
        {
            "id": "placement-with-parents",
            "decision": "Approve a placement with parents",
            "question": "Who can approve a placement with parents?",
            "area": "placements",
            "lowest_role": "service-manager",
            "acting_as": "nominated-officer",
            "consult": ["team-manager"],
            "recorded_in": "the case record",
            "legal_basis": "Care Planning, Placement and Case Review (England) Regulations 2010, Part 4",
            "status": "approved",
            "keywords": ["approve"],
        },
    ],
}


def with_change(index: int, **changes) -> dict:
    """GOOD with decision ``index`` changed; a value of None removes the field."""
    raw = copy.deepcopy(GOOD)
    for key, value in changes.items():
        if value is None:
            raw["decisions"][index].pop(key)
        else:
            raw["decisions"][index][key] = value
    return raw


def messages(raw, roles=ROLES) -> list[str]:
    return [str(p) for p in parse(raw, roles)[1]]


def test_good_data_parses_into_checked_decisions_in_file_order():
    scheme, problems = parse(GOOD, ROLES)
    assert problems == []
    assert [d.id for d in scheme.decisions] == ["accept-referral", "placement-with-parents"]
    assert scheme.line == ("social-worker", "team-manager", "service-manager")
    assert scheme.decisions[1].consult == ("team-manager",)
    assert [d.id for d in scheme.below("service-manager")] == ["accept-referral"]
    assert scheme.below("team-manager") == []
    assert [d.id for d in scheme.lowest_is("service-manager")] == ["placement-with-parents"]


@pytest.mark.parametrize(
    "index, changes, expected",
    [
        (
            0,
            {"lowest_role": "team-manger"},
            "data/delegation.yml: accept-referral: lowest_role: unknown role 'team-manger' (did you mean 'team-manager'?): use an id from data/roles.yml",
        ),
        (
            0,
            {"lowest_role": "principal-social-worker"},
            "data/delegation.yml: accept-referral: lowest_role: 'principal-social-worker' has no rank in data/roles.yml, "
            "so it is not in the line of delegation: use one of social-worker, team-manager, service-manager",
        ),
        (
            0,
            {"area": "frontdoor"},
            "data/delegation.yml: accept-referral: area: unknown area 'frontdoor' (did you mean 'front-door'?): "
            "use an id from the areas at the top of data/delegation.yml",
        ),
        (
            1,
            {"consult": ["team-manager", "iro"]},
            "data/delegation.yml: placement-with-parents: consult: unknown role 'iro': use an id from data/roles.yml",
        ),
        (
            1,
            {"consult": "team-manager"},
            "data/delegation.yml: placement-with-parents: consult: expected a list of role ids ([] if York has set none), got 'team-manager'",
        ),
        (
            1,
            {"acting_as": "nominated-oficer"},
            "data/delegation.yml: placement-with-parents: acting_as: unknown role 'nominated-oficer' (did you mean 'nominated-officer'?): use an id from data/roles.yml",
        ),
        (
            0,
            {"question": None},
            "data/delegation.yml: accept-referral: question: missing: add 'question: ...'",
        ),
        (0, {"id": None}, "data/delegation.yml: decision 1 (no id): id: missing: add 'id: ...'"),
        (
            0,
            {"note": None},
            "data/delegation.yml: accept-referral: note: a draft decision needs a note saying what York has not yet confirmed",
        ),
        (
            0,
            {"status": "agreed"},
            "data/delegation.yml: accept-referral: status: expected one of draft, approved, got 'agreed'",
        ),
        (
            0,
            {"question": "Accept a referral"},
            "data/delegation.yml: accept-referral: question: expected a question people ask, such as "
            "'Who can approve a care plan?', got 'Accept a referral'",
        ),
        (
            0,
            {"id": "Accept Referral"},
            "data/delegation.yml: Accept Referral: id: expected lower-case words joined by hyphens, such as 'close-case', got 'Accept Referral'",
        ),
        (
            0,
            {"recorded": "the file"},
            "data/delegation.yml: accept-referral: recorded: unknown field (did you mean 'recorded_in'?): fix the spelling or remove it",
        ),
        (
            0,
            {"keywords": []},
            "data/delegation.yml: accept-referral: keywords: expected a list with at least one entry",
        ),
    ],
)
def test_each_mistake_gives_one_exact_message(index, changes, expected):
    assert messages(with_change(index, **changes)) == [expected]


def test_a_decision_with_a_mistake_is_left_out_and_every_mistake_is_reported():
    raw = with_change(0, lowest_role="nobody", area="nowhere")
    scheme, problems = parse(raw, ROLES)
    assert [d.id for d in scheme.decisions] == ["placement-with-parents"]
    assert [p.message for p in problems] == [
        "accept-referral: area: unknown area 'nowhere': use an id from the areas at the top of data/delegation.yml",
        "accept-referral: lowest_role: unknown role 'nobody': use an id from data/roles.yml",
    ]


def test_a_repeated_decision_id_is_reported_once_and_the_first_kept():
    raw = copy.deepcopy(GOOD)
    raw["decisions"].append(copy.deepcopy(raw["decisions"][0]))
    scheme, problems = parse(raw, ROLES)
    assert [str(p) for p in problems] == [
        "data/delegation.yml: accept-referral: id is used twice: ids must be unique"
    ]
    assert [d.id for d in scheme.decisions] == ["accept-referral", "placement-with-parents"]


@pytest.mark.parametrize(
    "raw, expected",
    [
        (
            None,
            "data/delegation.yml: not found: restore it from git (the scheme of delegation pages are built from it)",
        ),
        (
            [],
            "data/delegation.yml: expected 'areas:' and 'decisions:', each a list of entries starting '- id: ...'",
        ),
        (
            {"areas": [{"id": "legal"}], "decisions": []},
            "data/delegation.yml: area 1: expected 'id:' and 'title:'",
        ),
        (
            {"areas": [{"id": "legal", "title": "Legal"}] * 2, "decisions": []},
            "data/delegation.yml: area 'legal': id is used twice: ids must be unique",
        ),
        (
            {"areas": [], "decisions": ["close-case"]},
            "data/delegation.yml: decision 1: expected fields such as 'id: ...'",
        ),
    ],
)
def test_a_broken_file_says_what_to_fix(raw, expected):
    assert messages(raw) == [expected]


def test_ranks_must_be_whole_numbers_and_each_used_once():
    roles = Registry(
        "roles",
        "data/roles.yml",
        {
            "a": {"title": "A", "rank": 1},
            "b": {"title": "B", "rank": 1},
            "c": {"title": "C", "rank": "high"},
        },
    )
    line, problems = line_of_delegation(roles)
    assert line == ("a",)
    assert [str(p) for p in problems] == [
        "data/roles.yml: b: rank 1 is already used by 'a': give each role in the line of delegation its own rank",
        "data/roles.yml: c: rank: expected a whole number above 0, got 'high'",
    ]


def test_decider_names_the_designation_the_law_gives():
    scheme, _ = parse(GOOD, ROLES)
    assert decider(scheme.decisions[0], ROLES) == "Team Manager"
    assert decider(scheme.decisions[1], ROLES) == "Service Manager (as nominated officer)"


def scheme_problems(data, registries) -> list:
    """What a build reports about ``data/delegation.yml`` when it holds ``data``."""
    found = context_and_problems(data={"delegation": data}, registries=registries)[1]
    return [p for p in found if p.file == "data/delegation.yml"]


def test_the_check_reports_the_real_data_clean_and_a_broken_copy_clearly(registries):
    text = (ROOT / "data/delegation.yml").read_text(encoding="utf-8")
    data = datafiles.parse("data/delegation.yml", text)
    assert scheme_problems(data, registries) == []
    data["decisions"][0]["lowest_role"] = "team-manger"
    line = data["decisions"][0].line_of("lowest_role")
    problems = scheme_problems(data, registries)
    assert text.splitlines()[line - 1].strip().startswith("lowest_role:")
    assert [str(p) for p in problems] == [
        f"data/delegation.yml:{line}: accept-referral: lowest_role: unknown role 'team-manger' "
        "(did you mean 'team-manager'?): use an id from data/roles.yml"
    ]


def test_the_real_scheme_covers_every_area_and_the_decisions_people_ask_about(registries):
    data = yaml.safe_load((ROOT / "data/delegation.yml").read_text(encoding="utf-8"))
    scheme, problems = parse(data, registries["roles"])
    assert problems == []
    assert [a.id for a in scheme.areas] == [
        "front-door",
        "child-in-need",
        "child-protection",
        "children-in-care",
        "legal",
        "placements",
        "leaving-care",
        "closure-and-transfer",
    ]
    assert all(scheme.in_area(a.id) for a in scheme.areas)
    assert all(
        d.status == "draft" and "the hub's sources do not" in d.note.lower()
        for d in scheme.decisions
    )
    lowest = {d.id: d.lowest_role for d in scheme.decisions}
    assert lowest["child-becomes-looked-after"] == "assistant-director"
    assert lowest["placement-at-a-distance"] == "director"
    assert {d.lowest_role for d in scheme.decisions} >= {
        "team-manager",
        "service-manager",
        "head-of-service",
        "assistant-director",
        "director",
    }
    assert isinstance(scheme.decisions[0], Decision)
