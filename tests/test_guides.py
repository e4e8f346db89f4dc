"""One minute guides: numbers, file names, word counts, the word budget and the facts line."""

from __future__ import annotations

from datetime import date

import pytest
from guide_factory import catalogue, context, guide_text, page

from yorkhub.features.guides import facts_line as guide_facts
from yorkhub.features.guides import model as guides
from yorkhub.features.guides import word_budget
from yorkhub.problems import Problem


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Why do core groups matter?", "why-do-core-groups-matter"),
        ("  Child's voice: what did they say?  ", "childs-voice-what-did-they-say"),
        ("Café & IRO — challenge 2019", "cafe-iro-challenge-2019"),
        ("???", ""),
        ("A" * 80, "a" * 60),
    ],
)
def test_slugify(title, slug):
    assert guides.slugify(title) == slug


@pytest.mark.parametrize("used, expected", [([], 1), ([1, 2, 3], 4), ([1, 7, 3], 8), ([5, 5], 6)])
def test_the_next_number_is_one_above_the_highest_ever_used(used, expected):
    assert guides.next_number(used) == expected


@pytest.mark.parametrize(
    "name, parts",
    [
        ("0013-core-groups.md", (13, "core-groups")),
        ("13-core-groups.md", (13, "core-groups")),
        ("core-groups.md", None),
        ("0013-core-groups.txt", None),
    ],
)
def test_split_file_name(name, parts):
    assert guides.split_file_name(name) == parts
    if parts:
        assert guides.split_file_name(guides.file_name(*parts)) == parts


@pytest.mark.parametrize(
    "day, expected",
    [
        (date(2020, 3, 2), date(2021, 3, 2)),
        (date(2020, 2, 29), date(2021, 2, 28)),
    ],
)
def test_one_year_on(day, expected):
    assert guides.one_year_on(day) == expected


@pytest.mark.parametrize(
    "body, words",
    [
        ("Plain words here.", 3),
        ("# What is it?\n\n## Why does it matter?", 7),
        ("<!-- an author's prompt\nover two lines -->\nOne two.", 2),
        ("Before\n\n```yaml\ntitle: not counted at all\n```\n\nafter", 2),
        ("Run `make check` now.", 2),
        ("- **Bold** item\n- _emphasis_ item\n1. numbered item", 6),
        ("See [the timescales page](../timescales/index.md) today.", 5),
        ("Visit [[timescale:cp-visits]].", 1),
        ("A link <https://example.org/a/b> here.", 3),
        ("| a | b |\n|---|---|\n| one | two |", 4),
        ("Working Together 2018, s47 and the child's plan.", 8),
        ("Text\n{ .hub-guide-facts }", 1),
        ('!!! note "Remember this"\n\n    Indented words.', 4),
        ("*[CSC]: Children's Social Care\n\nCSC decides.", 2),
    ],
)
def test_word_count_counts_prose_only(body, words):
    assert guides.word_count(body) == words


@pytest.mark.parametrize("words, minutes", [(0, 1), (1, 1), (200, 1), (201, 2), (500, 3)])
def test_reading_minutes(words, minutes):
    assert guides.reading_minutes(words) == minutes


def _words(n: int) -> str:
    return "## What is it?\n\n" + " ".join(["word"] * (n - 3)) + "\n"


def test_a_guide_over_the_word_budget_is_a_problem_naming_its_count_and_the_budget(registries):
    within = page(registries, "guides/0001-within.md", guide_text(1, "Within", body=_words(499)))
    over = page(registries, "guides/0002-over.md", guide_text(2, "Over", body=_words(612)))
    not_a_guide = page(
        registries,
        "docs/long.md",
        "---\ntype: reference\ntitle: Long\nsummary: Long.\nowner: ap-team\n"
        "status: draft\napprover: principal-social-worker\n---\n" + _words(900),
    )
    found = word_budget.check(catalogue(registries, within, over, not_a_guide), context())
    # The title line counts too: "# Within" makes exactly 500, within budget; "# Over" makes 613.
    assert found == [
        Problem(
            "guides/0002-over.md",
            None,
            "the guide has 613 words; the budget is 500: cut it to one side of A4",
        )
    ]


def test_the_word_budget_comes_from_the_settings(registries):
    guide = page(registries, "guides/0001-x.md", guide_text(1, "X", body=_words(120)))
    assert word_budget.check(catalogue(registries, guide), context(word_budget=200)) == []
    assert [
        p.message for p in word_budget.check(catalogue(registries, guide), context(word_budget=100))
    ] == ["the guide has 121 words; the budget is 100: cut it to one side of A4"]


def test_each_guide_shows_its_number_date_and_reading_time_under_its_title(registries):
    guide = page(registries, "guides/0003-x.md", guide_text(3, "Core groups", body=_words(450)))
    markdown = guide.body
    out = guide_facts.transform(guide, markdown, catalogue(registries, guide), context())
    assert out == markdown.replace(
        "# Core groups\n",
        "# Core groups\n\nOne minute guide **No. 3** · Published 2 March 2020 · 3 minute read\n{ .hub-guide-facts }\n",
        1,
    )


def test_other_pages_get_no_guide_facts(registries):
    other = page(
        registries,
        "docs/x.md",
        "---\ntype: reference\ntitle: X\nsummary: X.\nowner: ap-team\nstatus: draft\n"
        "approver: principal-social-worker\n---\n# X\n",
    )
    assert guide_facts.transform(other, "# X\n", catalogue(registries, other), context()) == "# X\n"
