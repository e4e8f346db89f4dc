"""Right in law: every "must" names its source, and approvers follow the one rule in data/roles.yml."""

from __future__ import annotations

import pytest
from factories import ROOT, TODAY, context, real_registries
from guide_factory import guide_text, page

from yorkhub import datafiles
from yorkhub.catalogue import Catalogue
from yorkhub.features.law import approvers, duties

FIX = duties.FIX
TIMESCALES = datafiles.load(ROOT)  # the real data files, so markers are the real timescales


def standard(body: str, kind: str = "practice-standard") -> str:
    return (
        f"---\ntype: {kind}\ntitle: A standard\nsummary: What it is for.\n"
        "owner: principal-social-worker\nstatus: draft\napprover: principal-social-worker\n"
        "version: '0.1'\nreview_by: 2027-01-01\naudience: [social-workers]\n"
        f"themes: [drift-and-delay]\n---\n\n# A standard\n\n{body}"
    )


def duty_problems(text: str, src: str = "docs/standards/a.md") -> list[str]:
    registries = real_registries()
    catalogue = Catalogue([page(registries, src, text)], registries)
    built = context(data=TIMESCALES, registries=registries)
    return [str(p) for p in duties.check(catalogue, built)]


# (body, the body lines (1-based from the heading) reported; [] when the duty is sourced)
CASES = [
    ("You must visit the child within a week.\n", [3]),
    ("You must visit the child within a week (regulation 28).\n", []),
    ("You must make enquiries under the Children Act 1989.\n", []),
    ("You must make enquiries\nunder section 47.\n", []),  # the source on the paragraph's next line
    ("You must hold it under s47 of the Act.\n", []),
    ("Follow Working Together to Safeguard Children 2023: you must share it.\n", []),
    ("You must record it the same day. This is York's rule.\n", []),
    ("The conference must take place [[timescale:icpc]].\n", []),  # a statutory timescale
    ("You must visit [[timescale:cp-visits]].\n", [3]),  # York's standard is no law
    ("- You must do this.\n- Regulation 5 says so.\n", [3]),  # each list item stands alone
    ("| What | Rule |\n|---|---|\n| Visits | You must visit weekly |\n", [5]),
    ("## What must I do?\n\nYou should visit.\n", []),  # headings are not checked
    ("```\nyou must not copy this\n```\n", []),
    ("<!-- must: a note for authors -->\nYou should visit.\n", []),
    ("You should visit.\n\nThe manager must agree it.\n", [5]),
]


@pytest.mark.parametrize("body, lines", CASES)
def test_a_must_names_its_source_in_the_same_paragraph(body, lines):
    text = standard(body)
    heading = text.splitlines().index("# A standard") + 1
    expected = [f"docs/standards/a.md:{heading + n - 1}: {FIX}" for n in lines]
    assert duty_problems(text) == expected


def test_guides_are_checked_and_audit_reports_are_not():
    guide = guide_text(1, "A guide", body="## What do I do?\n\nYou must visit weekly.\n")
    assert len(duty_problems(guide, "guides/0001-a-guide.md")) == 1
    registries = real_registries()
    audit = page(
        registries,
        "docs/learning/audits/old.md",
        "---\ntype: audit\nid: old\ntitle: An audit\nsummary: It found things.\n"
        "owner: head-of-quality-assurance\nstatus: draft\napprover: principal-social-worker\n"
        "version: '0.1'\nreview_by: 2027-01-01\naudience: [managers]\nkind: inspection\n"
        "date: 2019-05-01\nscope: Plans.\nfindings:\n  - summary: Plans must improve.\n    themes: [drift-and-delay]\n"
        "    kind: improvement\n---\n\n# An audit\n\nManagers must challenge drift.\n",
    )
    built = context(data=TIMESCALES, registries=registries)
    assert duties.check(Catalogue([audit], registries), built) == []


def test_the_real_hub_states_no_duty_without_its_source():
    from yorkhub import site
    from yorkhub.settings import load

    plan = site.prepare(ROOT, load(ROOT), TODAY)
    assert [str(p) for p in plan.problems if FIX in p.message] == []


def test_an_approver_must_be_a_role_that_approves_the_type():
    registries = real_registries()
    good = page(registries, "docs/standards/a.md", standard("You should visit.\n"))
    bad = page(
        registries,
        "docs/standards/b.md",
        standard("You should visit.\n").replace(
            "approver: principal-social-worker", "approver: head-of-service"
        ),
    )
    problems = approvers.check(Catalogue([good, bad], registries), context(registries=registries))
    assert [str(p) for p in problems] == [
        "docs/standards/b.md:7: approver: head-of-service may not approve a page of type "
        "'practice-standard' (data/roles.yml, approves:): use principal-social-worker"
    ]


def test_every_page_type_the_hub_uses_has_an_approving_role():
    from yorkhub.schema import TYPES

    roles = real_registries()["roles"]
    assert {t for t in TYPES if not approvers.may_approve(roles, t)} == set()
