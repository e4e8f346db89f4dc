"""The scheme of delegation's generated pages, golden from a small scheme (tests/test_delegation.py's GOOD).

If a change to the pages is intended, read the new output side by side with
these, then update them; never update them without reading.
"""

from __future__ import annotations

from factories import context
from test_delegation import GOOD, ROLES

from yorkhub.catalogue import Catalogue
from yorkhub.features.delegation import decision_pages as delegation_decisions
from yorkhub.features.delegation import role_pages as delegation_roles
from yorkhub.features.delegation import scheme_page as delegation_scheme
from yorkhub.features.delegation.model import parse

SCHEME_PAGE = """\
---
title: Who can decide what? The full scheme of delegation
order: 1
type: scheme-of-delegation
keywords:
- scheme of delegation
- who can approve
- who decides
- sign off
- authorise
summary: 'Every decision in York''s scheme of delegation, with the lowest role that
  may take it: filter by area or role.'
---

# Who can decide what? The full scheme of delegation

!!! warning "Draft: York has not approved this scheme"

    1 of the 2 decisions here is a draft. Drafts show what schemes of delegation in other authorities
    commonly hold; York has not yet confirmed them. Check with your manager before you rely on them.


Each row names the **lowest** role that may take the decision. A more senior role may take it
too; a more junior role never may. If you are not sure who may decide, ask your manager.
Read [the principles of the scheme](index.md#principles), or see
[what each role can decide](roles/index.md).

<form class="hub-delegation-filter" data-delegation-filter hidden data-search-exclude aria-label="Filter the scheme of delegation">
<div class="hub-delegation-filter__field"><label for="delegation-area">Area of practice</label>
<select id="delegation-area" name="area"><option value="">All areas</option><option value="front-door">Front door</option><option value="placements">Placements</option></select></div>
<div class="hub-delegation-filter__field"><label for="delegation-role">Lowest role that may decide</label>
<select id="delegation-role" name="role"><option value="">Any role</option><option value="social-worker" data-rank="1">Social Worker</option><option value="team-manager" data-rank="2">Team Manager</option><option value="service-manager" data-rank="3">Service Manager</option></select></div>
<div class="hub-delegation-filter__field hub-delegation-filter__check"><input type="checkbox" id="delegation-below" name="below">
<label for="delegation-below">Include decisions delegated to roles below the one chosen</label></div>
<div class="hub-delegation-filter__field"><label for="delegation-words">Words in the decision</label>
<input type="search" id="delegation-words" name="words" autocomplete="off"></div>
<div class="hub-delegation-filter__field"><button type="reset" class="hub-delegation-filter__reset">Show every decision</button></div>
<p class="hub-delegation-filter__count" role="status" aria-live="polite" data-delegation-count></p>
</form>

## Front door: who can decide? {#area-front-door}

<table data-delegation-area="front-door">
<thead><tr><th scope="col">Decision</th> <th scope="col">Lowest role that may decide</th> <th scope="col">Must consult</th> <th scope="col">Recorded in</th> <th scope="col">Legal basis</th></tr></thead>
<tbody>
<tr id="decision-accept-referral" data-decision="accept-referral" data-area="front-door" data-role="team-manager" data-rank="2">
<td><strong>Accept a referral</strong> <br> <span class="hub-delegation-question">Who can accept a referral?</span> <br> <span class="hub-delegation-draft"><span class="hub-badge">Draft</span> York has not yet confirmed this decision.</span></td>
<td>Team Manager</td>
<td>No one set: ask your manager</td>
<td>The case record</td>
<td>None named: a local decision</td>
</tr>
</tbody>
</table>

## Placements: who can decide? {#area-placements}

<table data-delegation-area="placements">
<thead><tr><th scope="col">Decision</th> <th scope="col">Lowest role that may decide</th> <th scope="col">Must consult</th> <th scope="col">Recorded in</th> <th scope="col">Legal basis</th></tr></thead>
<tbody>
<tr id="decision-placement-with-parents" data-decision="placement-with-parents" data-area="placements" data-role="service-manager" data-rank="3">
<td><strong>Approve a placement with parents</strong> <br> <span class="hub-delegation-question">Who can approve a placement with parents?</span></td>
<td>Service Manager (as nominated officer)</td>
<td>Team Manager</td>
<td>The case record</td>
<td>Care Planning, Placement and Case Review (England) Regulations 2010, Part 4</td>
</tr>
</tbody>
</table>
"""

ROLES_INDEX = """\
---
title: What can each role decide?
order: 2
summary: The line of delegation, from the most senior role to the most junior, and
  the decisions each role may take.
---

# What can each role decide?

The line of delegation runs from the most senior role to the most junior. A role may take
its own decisions and any decision delegated to a role below it, never one above it.

- **[Service Manager](service-manager.md)**: lowest role for 1 decision
- **[Team Manager](team-manager.md)**: lowest role for 1 decision
- **[Social Worker](social-worker.md)**: lowest role for 0 decisions

Some decisions go to a role the law names, held by a post in the line of delegation:

- **Nominated officer**: a role the law names for some decisions.
"""

SERVICE_MANAGER_PAGE = """\
---
title: What can a Service Manager decide?
type: scheme-of-delegation
summary: The decisions York's scheme of delegation gives a Service Manager, and those
  they may also take.
---

# What can a Service Manager decide?

!!! warning "Draft: York has not approved this scheme"

    1 of the 2 decisions here is a draft. Drafts show what schemes of delegation in other authorities
    commonly hold; York has not yet confirmed them. Check with your manager before you rely on them.


This page lists the decisions for which a Service Manager is the lowest role that may decide. As the
[principles of the scheme](../index.md#principles) say, they may also take any decision delegated to
a role below them. A decision may be taken higher, never lower. If in doubt, ask your manager.

## Which decisions start with a Service Manager?

### Who can approve a placement with parents? { #placement-with-parents data-search-exclude }

Approve a placement with parents. The lowest role that may decide: **Service Manager (as nominated officer)**.

- **Area**: Placements
- **Must consult**: Team Manager
- **Recorded in**: The case record
- **Legal basis**: Care Planning, Placement and Case Review (England) Regulations 2010, Part 4
- **Words people use**: approve

[This decision on its own page](../decisions/placement-with-parents.md); [in the full scheme](../scheme.md#decision-placement-with-parents).

## What else may a Service Manager decide? { data-search-exclude }

These decisions are delegated to a role below, so this role may take them too:

- [Accept a referral](../decisions/accept-referral.md) (lowest role: Team Manager)
"""

SOCIAL_WORKER_PAGE = """\
---
title: What can a Social Worker decide?
type: scheme-of-delegation
summary: The decisions York's scheme of delegation gives a Social Worker, and those
  they may also take.
---

# What can a Social Worker decide?

!!! warning "Draft: York has not approved this scheme"

    1 of the 2 decisions here is a draft. Drafts show what schemes of delegation in other authorities
    commonly hold; York has not yet confirmed them. Check with your manager before you rely on them.


This page lists the decisions for which a Social Worker is the lowest role that may decide. As the
[principles of the scheme](../index.md#principles) say, they may also take any decision delegated to
a role below them. A decision may be taken higher, never lower. If in doubt, ask your manager.

## Which decisions start with a Social Worker?

No decision in the scheme names a Social Worker as the lowest role. If in doubt, ask your manager.

## What else may a Social Worker decide? { data-search-exclude }

No decisions are delegated to a role below this one.

## Who decides the rest? { data-search-exclude }

Decisions that need a more senior role are on their pages: [Team Manager](team-manager.md), [Service Manager](service-manager.md).
"""

DECISION_PAGE = """\
---
title: Who can approve a placement with parents?
type: scheme-of-delegation
summary: 'Approve a placement with parents: the lowest role that may decide is the
  Service Manager (as nominated officer).'
---

# Who can approve a placement with parents?


**Approve a placement with parents.** The lowest role that may decide is the **Service Manager (as nominated officer)**.
Any role above the Service Manager may also decide; no role below may. If in doubt, ask your manager.

Area of practice
: Placements

Must consult
: Team Manager

Recorded in
: The case record

Legal basis
: Care Planning, Placement and Case Review (England) Regulations 2010, Part 4

Words people use
: approve

See [everything the Service Manager can decide](../roles/service-manager.md), or [find it in the full scheme of delegation](../scheme.md#decision-placement-with-parents).
"""

DRAFT_DECISION_PAGE = """\
---
title: Who can accept a referral?
type: scheme-of-delegation
summary: 'Accept a referral: the lowest role that may decide is the Team Manager.'
---

# Who can accept a referral?

!!! warning "Draft"

    York has not yet confirmed this decision. Check with your manager before you rely on it.

**Accept a referral.** The lowest role that may decide is the **Team Manager**.
Any role above the Team Manager may also decide; no role below may. If in doubt, ask your manager.

Area of practice
: Front door

Must consult
: No one set: ask your manager

Recorded in
: The case record

Legal basis
: None named: a local decision

Words people use
: accept, decide

See [everything the Team Manager can decide](../roles/team-manager.md), or [find it in the full scheme of delegation](../scheme.md#decision-accept-referral).
"""


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
