"""Pages that lead with the answer: the first heading is the title, standards, procedures
and policies open with "In short", who decides comes from the scheme of delegation, and
the glossary is split by letter so a search lands on the abbreviation."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from yorkhub.features.delegation import markers
from yorkhub.features.delegation.model import Decision, Scheme
from yorkhub.features.reference import glossary_page
from yorkhub.features.reference.lead import check, lead_problems
from yorkhub.registry import Registry

ROLES = Registry(
    "roles",
    "data/roles.yml",
    {
        "team-manager": {"id": "team-manager", "title": "Team Manager", "rank": 2},
        "service-manager": {"id": "service-manager", "title": "Service Manager", "rank": 3},
    },
)
CONVENE = Decision(
    id="convene-icpc",
    decision="Decide to hold an initial child protection conference",
    question="Who can decide to hold an initial child protection conference?",
    area="child-protection",
    lowest_role="team-manager",
    consult=(),
    recorded_in="the child's record",
    status="draft",
    keywords=("convene",),
    note="Not confirmed.",
)
IN_SHORT = '!!! abstract "In short"\n\n    - **When:** soon.\n    - **First:** see the child.\n'


def problems(body: str, title: str = "Title?", kind: str = "procedure") -> list[str]:
    return [str(p) for p in lead_problems("docs/x.md", body, 10, title, kind)]


@pytest.mark.parametrize(
    "body, kind, expected",
    [
        (f"\n# Title?\n\n{IN_SHORT}\n## Scope\n", "procedure", []),
        ("\n# Title?\n\n## Scope\n", "audit", []),  # audits need no In short
        ("No heading at all.\n", "reference", []),
        (
            f"\n# Another title\n\n{IN_SHORT}",
            "practice-standard",
            [
                "docs/x.md:11: first heading 'Another title' differs from the title 'Title?': "
                "make them the same, so the menu, the search result and the page say the same thing"
            ],
        ),
        (
            "\n# Title?\n\nIntro first.\n\n" + IN_SHORT,
            "policy",
            [
                "docs/x.md:11: the page opens without an In short block: put "
                '`!!! abstract "In short"` straight under the title, with the key timescales '
                "([[timescale:ID]]), who decides ([[decision:ID]]) and the first thing to do, "
                "as a short list"
            ],
        ),
        (
            '\n# Title?\n\n!!! abstract "In short"\n\n    Just a paragraph.\n',
            "managers-standard",
            [
                "docs/x.md:13: In short: 0 points; give 1 to 5, each a list item indented under "
                "the block, so it fits the first screen of a phone"
            ],
        ),
        (
            '\n# Title?\n\n!!! abstract "In short"\n\n' + "    - a point\n" * 6,
            "procedure",
            [
                "docs/x.md:13: In short: 6 points; give 1 to 5, each a list item indented under "
                "the block, so it fits the first screen of a phone"
            ],
        ),
        ("```\n# Not a heading\n```\n\n# Title?\n\n" + IN_SHORT, "procedure", []),
    ],
)
def test_how_a_page_opens_is_checked_with_file_and_line(body, kind, expected):
    assert problems(body, kind=kind) == expected


def test_every_real_page_leads_with_its_answer(registries):
    from conftest import ROOT

    from yorkhub.catalogue import collect, read_sources

    catalogue, _ = collect(read_sources(ROOT), registries)
    assert [str(p) for p in check(catalogue, None)] == []
    leading = catalogue.by_type("practice-standard", "managers-standard", "procedure", "policy")
    assert len(leading) >= 19 and all('!!! abstract "In short"' in p.body for p in leading)


def test_who_decides_comes_from_the_scheme_with_a_link_to_the_decision():
    assert markers.render(CONVENE, ROLES, "standards/child-protection.md") == (
        "the **Team Manager** or a role above ([draft scheme of delegation]"
        "(../delegation/decisions/convene-icpc.md))"
    )


def test_a_role_title_from_the_data_is_written_as_text_not_markup():
    roles = Registry("roles", "data/roles.yml", {"team-manager": {"title": "[x](javascript:x())"}})
    shown = markers.render(CONVENE, roles, "standards/child-protection.md")
    assert "[x](javascript" not in shown and "&#91;x&#93;" in shown


def test_a_decision_marker_is_filled_in_outside_code_and_an_unknown_one_is_reported():
    page = SimpleNamespace(
        src="docs/standards/x.md",
        uri="standards/x.md",
        body="Who: [[decision:convene-icpc]].\n`[[decision:convene-icpc]]`\n[[decision:convene]]\n",
        body_line=5,
    )
    context = SimpleNamespace(scheme=Scheme((), (CONVENE,), ()))
    catalogue = SimpleNamespace(pages=[page], registries={"roles": ROLES})
    out = markers.transform(page, page.body, catalogue, context).split("\n")
    assert out[0].startswith("Who: the **Team Manager** or a role above ([draft scheme")
    assert out[1:3] == ["`[[decision:convene-icpc]]`", "[[decision:convene]]"]
    (problem,) = markers.check(catalogue, context)
    assert str(problem) == (
        "docs/standards/x.md:7: [[decision:convene]]: no decision has this id "
        "(did you mean 'convene-icpc'?): use an id from data/delegation.yml "
        "(listed in the scheme of delegation)"
    )


def test_a_decision_the_scheme_refused_is_reported_once_by_the_scheme_not_by_each_page():
    page = SimpleNamespace(
        src="docs/standards/x.md", body="[[decision:convene]] [[decision:gone]]\n", body_line=5
    )
    catalogue = SimpleNamespace(pages=[page])
    refused = Scheme((), (CONVENE,), (), named=frozenset({"convene"}))
    (problem,) = markers.check(catalogue, SimpleNamespace(scheme=refused))
    assert "[[decision:gone]]: no decision has this id" in str(problem)


def test_the_glossary_has_a_heading_per_letter_so_a_search_opens_at_the_abbreviation():
    context = SimpleNamespace(
        glossary={
            "PSW": "Principal Social Worker",
            "CIN": "child in need",
            "CP": "child protection",
        }
    )
    (page,) = glossary_page.generate(None, context).pages.values()
    text = page.content if hasattr(page, "content") else str(page)
    assert text.index("## C") < text.index("**CIN**") < text.index("## P") < text.index("**PSW**")
