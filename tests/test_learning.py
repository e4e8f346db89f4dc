"""Learning from audit: golden cases for every generated learning page, from a small catalogue."""

from __future__ import annotations

import random
from datetime import date

import golden
import pytest
from factories import context as make_context

from yorkhub.catalogue import Source, collect
from yorkhub.context import Context
from yorkhub.features.learning import audit_files as learning_audits
from yorkhub.features.learning import audits_index, references
from yorkhub.features.learning import coverage as learning_coverage
from yorkhub.features.learning import findings as learning_audit_findings
from yorkhub.features.learning import index_page as learning_index
from yorkhub.features.learning import matrix as learning_matrix
from yorkhub.features.learning import model as learning
from yorkhub.features.learning import priorities as learning_priorities
from yorkhub.features.learning import tags_page as learning_tags
from yorkhub.features.learning import themes as learning_themes
from yorkhub.problems import NOTE
from yorkhub.registry import Registry
from yorkhub.settings import Settings

TODAY = date(2020, 6, 1)


def small_registries() -> dict[str, Registry]:
    return {
        "themes": Registry(
            "themes",
            "data/themes.yml",
            {
                "front-door": {
                    "id": "front-door",
                    "title": "Front door",
                    "description": "Deciding quickly.",
                },
                "drift-and-delay": {
                    "id": "drift-and-delay",
                    "title": "Drift and delay",
                    "description": "Plans that stall.",
                },
                "permanence": {
                    "id": "permanence",
                    "title": "Permanence",
                    "description": "A stable home.",
                },
            },
        ),
        "priorities": Registry(
            "priorities",
            "data/priorities.yml",
            {
                "a": {
                    "id": "a",
                    "title": "Strengthen the front door",
                    "description": "Thresholds and timely assessment.",
                },
                "b": {"id": "b", "title": "Plans and visits", "description": "Up-to-date plans."},
            },
        ),
        "roles": Registry(
            "roles",
            "data/roles.yml",
            {
                "head-of-quality-assurance": {
                    "id": "head-of-quality-assurance",
                    "title": "Head of Quality Assurance",
                },
                "ap-team": {"id": "ap-team", "title": "Advanced Practitioner team"},
            },
        ),
    }


OLD_AUDIT = """---
type: audit
id: old-audit
title: Old inspection
summary: An inspection.
owner: head-of-quality-assurance
status: draft
approver: head-of-quality-assurance
kind: inspection
date: 2018-09-01
scope: Everything.
findings:
  - summary: Decisions were slow.
    themes: [front-door, drift-and-delay]
    kind: improvement
---
# Old inspection
"""
NEW_AUDIT = """---
type: audit
id: new-audit
title: New audit
summary: A multi-agency audit.
owner: head-of-quality-assurance
status: draft
approver: head-of-quality-assurance
kind: multi-agency-audit
date: 2019-11-01
scope: Conferences.
cases: 12
findings:
  - summary: Plans moved on.
    themes: [drift-and-delay]
    kind: strength
  - summary: Not recorded.
    themes: [front-door]
    kind: not-known
---
# New audit

Our own text.
"""
GUIDE = """---
type: one-minute-guide
number: 1
title: Front door guide
summary: Deciding at the front door.
owner: ap-team
status: approved
last_reviewed: 2020-01-01
review_by: 2021-01-01
published: 2020-01-01
audience: [social-workers]
themes: [front-door]
priorities: [a]
contact: ap-team
---
# Front door guide
"""
STANDARD = """---
type: practice-standard
title: Plans standard
summary: Writing plans.
owner: head-of-quality-assurance
status: draft
approver: head-of-quality-assurance
themes: [drift-and-delay]
priorities: [a, b]
---
# Plans standard
"""
SOURCES = [
    Source("docs/learning/audits/old-audit.md", "learning/audits/old-audit.md", OLD_AUDIT.encode()),
    Source("docs/learning/audits/new-audit.md", "learning/audits/new-audit.md", NEW_AUDIT.encode()),
    Source("guides/0001-front-door.md", "guides/0001-front-door.md", GUIDE.encode()),
    Source("docs/standards/plans.md", "standards/plans.md", STANDARD.encode()),
]


def small(sources=SOURCES):
    catalogue, problems = collect(sources, small_registries())
    assert [p for p in problems if p.severity != NOTE] == []
    return catalogue


def context(months: int = 12, today: date = TODAY) -> Context:
    return make_context(settings=Settings(coverage_months=months), today=today)


def pages(generator, months: int = 12, today: date = TODAY) -> dict[str, str]:
    return generator.generate(small(), context(months, today)).texts()


THEME_PAGE = golden.load("learning/theme-page.md")


def test_a_theme_page_lists_findings_newest_first_and_the_documents_that_address_it():
    assert pages(learning_themes)["learning/themes/drift-and-delay.md"] == THEME_PAGE


def test_a_theme_nothing_refers_to_says_so():
    text = pages(learning_themes)["learning/themes/permanence.md"]
    assert "_No audit finding in the hub is tagged with this theme yet._\n" in text
    assert "_No standard, procedure or guide in the hub addresses this theme yet._\n" in text


def test_the_themes_index_counts_audits_last_seen_and_documents():
    text = pages(learning_themes)["learning/themes/index.md"]
    assert text.splitlines()[-5:] == [
        "| theme | audits that raised it | last seen | documents that address it |",
        "|---|---|---|---|",
        "| [Front door](front-door.md) | 2 | November 2019 | 1 |",
        "| [Drift and delay](drift-and-delay.md) | 2 | November 2019 | 1 |",
        "| [Permanence](permanence.md) | 0 | not yet raised | 0 |",
    ]
    assert (
        "order: 10\n" in text
        and "_Built on 1 June 2020 from the hub's audit pages and documents._\n" in text
    )


def test_the_audits_index_lists_every_audit_newest_first():
    text = pages(audits_index)["learning/audits/index.md"]
    assert text.splitlines()[-4:] == [
        "| audit | kind | date | scope | cases | findings |",
        "|---|---|---|---|---|---|",
        "| [New audit](new-audit.md) | Multi-agency audit | November 2019 | Conferences. | 12 | 2 |",
        "| [Old inspection](old-audit.md) | Inspection | September 2018 | Everything. | not known | 1 |",
    ]


COVERAGE_TAIL = golden.load("learning/coverage-tail.md")


def test_coverage_lists_recent_themes_without_an_approved_guide_and_every_theme():
    text = pages(learning_coverage)["learning/coverage.md"]
    assert text.endswith(COVERAGE_TAIL)


def test_coverage_with_a_short_window_has_no_backlog_but_still_shows_every_theme():
    text = pages(learning_coverage, months=6)["learning/coverage.md"]
    assert "audits dated on or after 1 December 2019." in text
    assert (
        "_No theme is in the backlog: no audit in the last 6 months raised a theme that lacks an approved guide."
        in text
    )
    assert "| [Drift and delay](themes/drift-and-delay.md) | November 2019 | 0 | 0 | no |" in text


def test_a_draft_guide_does_not_take_a_theme_out_of_the_backlog():
    draft = GUIDE.replace(
        "status: approved", "status: draft\napprover: head-of-quality-assurance"
    ).replace("front-door]", "drift-and-delay]")
    sources = SOURCES + [
        Source(
            "guides/0002-drift.md",
            "guides/0002-drift.md",
            draft.replace("number: 1", "number: 2").encode(),
        )
    ]
    text = learning_coverage.generate(small(sources), context()).texts()["learning/coverage.md"]
    assert "| [Drift and delay](themes/drift-and-delay.md) | November 2019 | 1 | 0 | yes |" in text


MATRIX_TABLE = golden.load("learning/matrix-table.md")
MATRIX_LISTS = golden.load("learning/matrix-lists.md")


def test_the_matrix_is_an_accessible_table_and_the_same_facts_as_lists():
    text = pages(learning_matrix)["learning/matrix.md"]
    assert MATRIX_TABLE in text
    assert (
        "## Which themes does each document address?\n\n2 documents, 3 learning themes.\n" in text
    )
    assert text.endswith(MATRIX_LISTS)


PRIORITIES_BODY = golden.load("learning/priorities-body.md")


def test_each_priority_is_traced_to_the_documents_that_serve_it():
    text = pages(learning_priorities)["learning/priorities.md"]
    assert text.endswith(PRIORITIES_BODY)


def test_the_section_index_links_every_learning_page():
    text = pages(learning_index)["learning/index.md"]
    assert "The hub holds 2 audits and reviews, tagged with 3 learning themes.\n" in text
    for line in (
        "- **[Learning themes](themes/index.md)**:",
        "- **[Audits and reviews](audits/index.md)**:",
        "- **[Improvement priorities](priorities.md)**:",
        "- **[Coverage](coverage.md)**:",
        "- **[Theme-by-document matrix](matrix.md)**:",
        "- **[Pages by learning theme](tags.md)**:",
    ):
        assert line in text


def test_the_tags_page_is_materials_listing():
    text = pages(learning_tags)["learning/tags.md"]
    assert text.endswith("<!-- material/tags -->\n")


AUDIT_SECTION = golden.load("learning/audit-section.md")


def test_an_audit_page_lists_its_findings_under_its_own_text_linked_to_themes():
    catalogue = small()
    page = catalogue.get("learning/audits/new-audit.md")
    assert learning_audit_findings.transform(page, page.body, catalogue, context()) == AUDIT_SECTION


def test_other_pages_are_not_changed_by_the_audit_transform():
    catalogue = small()
    page = catalogue.get("standards/plans.md")
    assert learning_audit_findings.transform(page, page.body, catalogue, context()) == page.body


def test_tags_are_the_titles_of_every_theme_a_page_is_about():
    catalogue = small()
    themes = catalogue.registries["themes"]
    assert learning.tags(catalogue.get("learning/audits/old-audit.md"), themes) == [
        "Front door",
        "Drift and delay",
    ]
    assert learning.tags(catalogue.get("standards/plans.md"), themes) == ["Drift and delay"]


GENERATORS = (
    learning_themes,
    audits_index,
    learning_coverage,
    learning_matrix,
    learning_priorities,
    learning_index,
    learning_tags,
)


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__.rsplit(".", 1)[-1])
def test_output_does_not_depend_on_the_order_pages_are_read(generator):
    shuffled = SOURCES[:]
    random.Random(4).shuffle(shuffled)
    assert shuffled != SOURCES
    assert (
        generator.generate(small(shuffled), context()).texts()
        == generator.generate(small(), context()).texts()
    )


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__.rsplit(".", 1)[-1])
def test_every_page_is_stamped_with_the_build_date_passed_in(generator):
    for text in generator.generate(small(), context(today=date(2021, 2, 3))).texts().values():
        assert "_Built on 3 February 2021 from the hub's audit pages and documents._" in text


@pytest.mark.parametrize(
    "today, months, expected",
    [
        (date(2026, 11, 26), 108, date(2017, 11, 26)),
        (date(2026, 11, 26), 24, date(2024, 11, 26)),
        (date(2020, 3, 31), 1, date(2020, 2, 29)),
        (date(2021, 3, 31), 1, date(2021, 2, 28)),
        (date(2020, 1, 15), 1, date(2019, 12, 15)),
        (date(2020, 5, 31), 1, date(2020, 4, 30)),
    ],
)
def test_months_before_counts_back_whole_months(today, months, expected):
    assert learning.months_before(today, months) == expected


def messages(text: str, src="docs/learning/audits/old-audit.md", registries=None):
    uri = src.removeprefix("docs/")
    _, problems = collect([Source(src, uri, text.encode())], registries or small_registries())
    return [(str(p), p.severity) for p in problems]


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            ("date: 2018-09-01\n", ""),
            "docs/learning/audits/old-audit.md:1: date: missing: add 'date: ...' to the front matter "
            "(when the audit or review took place (YYYY-MM-DD; use the 1st if only the month is known))",
        ),
        (
            ("    themes: [front-door, drift-and-delay]\n", ""),
            "docs/learning/audits/old-audit.md:12: findings: missing themes",
        ),
        (
            ("themes: [front-door, drift-and-delay]", "themes: [front-door, drift]"),
            "docs/learning/audits/old-audit.md:12: findings: themes: unknown theme 'drift': use an id from data/themes.yml",
        ),
        (
            ("kind: improvement", "kind: weakness"),
            "docs/learning/audits/old-audit.md:12: findings: kind: expected one of strength, improvement, not-known, got 'weakness'",
        ),
    ],
)
def test_the_content_model_catches_broken_audits(change, expected):
    found = messages(OLD_AUDIT.replace(*change))
    assert (expected, "error") in found, found


def test_an_unknown_theme_on_a_standard_is_an_error():
    found = messages(
        STANDARD.replace("[drift-and-delay]", "[drift-and-dleay]"), "docs/standards/plans.md"
    )
    assert (
        "docs/standards/plans.md:8: themes: unknown theme 'drift-and-dleay' (did you mean 'drift-and-delay'?): "
        "use an id from data/themes.yml",
        "error",
    ) in found


def test_a_theme_nothing_refers_to_is_a_gentle_note():
    catalogue, _ = collect(
        [
            Source(
                "docs/learning/audits/old-audit.md",
                "learning/audits/old-audit.md",
                OLD_AUDIT.encode(),
            )
        ],
        small_registries(),
    )
    assert [(str(p), p.severity) for p in references.unused_themes(catalogue)] == [
        ("data/themes.yml: theme 'permanence' is not used by any page or audit finding yet", NOTE)
    ]


def check_audit(src: str, text: str = OLD_AUDIT) -> list[str]:
    catalogue, _ = collect(
        [Source(src, src.removeprefix("docs/"), text.encode())], small_registries()
    )
    return [str(p) for p in learning_audits.check(catalogue, context())]


def test_an_audit_in_its_folder_named_by_its_id_is_fine():
    assert check_audit("docs/learning/audits/old-audit.md") == []


def test_an_audit_whose_file_name_is_not_its_id_is_reported():
    assert check_audit("docs/learning/audits/2018.md") == [
        "docs/learning/audits/2018.md:3: id: 'old-audit' does not match the file name: rename the file to old-audit.md or change the id"
    ]


def test_an_audit_outside_the_audits_folder_is_reported():
    assert check_audit("docs/standards/old-audit.md") == [
        "docs/standards/old-audit.md:2: type: an audit page belongs in docs/learning/audits/: move it there"
    ]
