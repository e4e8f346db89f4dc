"""The scheme of delegation's generated pages, golden from a small scheme (tests/test_delegation.py's GOOD).

If a change to the pages is intended, read the new output side by side with
these, then update them; never update them without reading.
"""

from __future__ import annotations

import golden
from factories import context
from test_delegation import GOOD, ROLES

from yorkhub.catalogue import Catalogue
from yorkhub.features.delegation import decision_pages as delegation_decisions
from yorkhub.features.delegation import role_pages as delegation_roles
from yorkhub.features.delegation import scheme_page as delegation_scheme
from yorkhub.features.delegation.model import parse

SCHEME_PAGE = golden.load("delegation/scheme-page.md")

ROLES_INDEX = golden.load("delegation/roles-index.md")

SERVICE_MANAGER_PAGE = golden.load("delegation/service-manager-page.md")

SOCIAL_WORKER_PAGE = golden.load("delegation/social-worker-page.md")

DECISION_PAGE = golden.load("delegation/decision-page.md")

DRAFT_DECISION_PAGE = golden.load("delegation/draft-decision-page.md")


def scheme():
    found, problems = parse(GOOD, ROLES)
    assert problems == []
    return found


def test_the_scheme_page_is_one_filterable_table_per_area():
    assert delegation_scheme.scheme_page(scheme(), ROLES).text() == SCHEME_PAGE


def test_the_roles_index_lists_the_line_highest_first_with_the_designations():
    assert delegation_roles.roles_index(scheme(), ROLES).text() == ROLES_INDEX


def test_a_role_page_has_a_question_section_per_decision_and_what_it_takes_from_below():
    assert (
        delegation_roles.role_page(scheme(), ROLES, "service-manager").text()
        == SERVICE_MANAGER_PAGE
    )


def test_the_lowest_role_page_says_it_has_no_decisions_and_links_those_above():
    assert delegation_roles.role_page(scheme(), ROLES, "social-worker").text() == SOCIAL_WORKER_PAGE


def test_a_decision_page_is_titled_with_the_question_and_answers_it_above_any_section():
    assert (
        delegation_decisions.decision_page(scheme().decisions[1], scheme(), ROLES).text()
        == DECISION_PAGE
    )


def test_a_draft_decision_page_says_what_york_has_not_confirmed():
    assert (
        delegation_decisions.decision_page(scheme().decisions[0], scheme(), ROLES).text()
        == DRAFT_DECISION_PAGE
    )


def test_generate_writes_the_scheme_the_roles_index_and_a_page_per_ranked_role():
    built = context(data={"delegation": GOOD}, registries={"roles": ROLES})
    catalogue = Catalogue([], {"roles": ROLES})
    assert list(delegation_scheme.generate(catalogue, built).pages) == ["delegation/scheme.md"]
    assert list(delegation_roles.generate(catalogue, built).pages) == [
        "delegation/roles/index.md",
        "delegation/roles/social-worker.md",
        "delegation/roles/team-manager.md",
        "delegation/roles/service-manager.md",
    ]
    assert list(delegation_decisions.generate(catalogue, built).pages) == [
        "delegation/decisions/accept-referral.md",
        "delegation/decisions/placement-with-parents.md",
    ]


def test_a_wrong_decision_never_reaches_a_page():
    broken = {
        **GOOD,
        "decisions": [{**GOOD["decisions"][0], "lowest_role": "nobody"}, GOOD["decisions"][1]],
    }
    built = context(data={"delegation": broken}, registries={"roles": ROLES})
    page = delegation_scheme.generate(Catalogue([], {"roles": ROLES}), built).texts()[
        "delegation/scheme.md"
    ]
    assert "accept-referral" not in page and 'id="decision-placement-with-parents"' in page


def test_an_approved_scheme_has_no_draft_notice_or_badge():
    approved = {**GOOD, "decisions": [{**d, "status": "approved"} for d in GOOD["decisions"]]}
    page = delegation_scheme.scheme_page(parse(approved, ROLES)[0], ROLES).text()
    assert "Draft" not in page
