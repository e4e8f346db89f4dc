"""One real build of one copy of the hub holding every independent mistake the build must report:
a strict build collects every problem, prints each once with its file and line, then aborts. The
full, exact warning list is asserted, and ``hub check`` reports the same problems.

Each mistake comes from the test that once had a build of its own: broken front matter
(test_build), an unknown role and area in the scheme of delegation (test_delegation_build), a guide
over the word budget (test_guides_build), an unknown timescale and broken timescale data
(test_timescales_build), and personal data in a page (test_personal_data).
"""

from __future__ import annotations

import pytest
from conftest import copy_project
from factories import BROKEN, PAGE, UNKNOWN, with_two_guides
from guide_factory import guide_text

pytestmark = pytest.mark.slow

LEAK = (
    "---\ntype: reference\ntitle: Leak\nsummary: A slip.\nowner: principal-social-worker\n"
    "status: draft\napprover: principal-social-worker\n---\n# Leak\n\nBorn 3 March 2015, ID 1234567.\n"
)


def _break_the_scheme_of_delegation(hub) -> None:
    path = hub.root / "data/delegation.yml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace(
        "lowest_role: assistant-director\n    consult: [team-manager, service-manager]",
        "lowest_role: assistant-directer\n    consult: [team-manager, service-manager]",
        1,
    )
    broken = broken.replace("area: leaving-care", "area: leavingcare", 1)
    assert broken.count("assistant-directer") == 1 and "leavingcare" in broken
    hub.write("data/delegation.yml", broken)


def _break_the_timescale_data(hub) -> None:
    data = hub.root / "data/timescales.yml"
    text = data.read_text(encoding="utf-8")
    start = text.index("- id: icpc\n")
    source = text.index("  source: ", start)
    data.write_text(text[:source] + text[text.index("\n", source) + 1 :], encoding="utf-8")


def line_number(hub, path: str, needle: str) -> int:
    """The 1-based line of the hub's file ``path`` that holds ``needle`` (exactly one does)."""
    lines = (hub.root / path).read_text(encoding="utf-8").splitlines()
    found = [n for n, line in enumerate(lines, start=1) if needle in line]
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def broken_hub(tmp_path_factory):
    """(copy, build, hub check, source snapshot before the build) of the hub with every mistake."""
    hub = copy_project(tmp_path_factory.mktemp("broken"))
    with_two_guides(hub)
    hub.write(
        "guides/0003-long.md", guide_text(3, "Long", body="## What is it?\n\n" + "word " * 600)
    )
    hub.write("docs/broken.md", BROKEN)
    hub.write("docs/not-closed.md", "---\ntitle: x\n")
    hub.write("docs/empty.md", "")
    hub.write("docs/latin1.md", b"---\ntitle: caf\xe9\n---\n")
    _break_the_scheme_of_delegation(hub)
    hub.write("docs/about/conferences.md", PAGE + "\n" + UNKNOWN)
    _break_the_timescale_data(hub)
    hub.write("docs/about/leak.md", LEAK)
    before = hub.snapshot()
    built = hub.build()
    checked = hub.hub("check")
    return hub, built, checked, before


@pytest.fixture(scope="module")
def expected(broken_hub):
    """Every line the separate tests asserted, in the order the build prints them; data-file
    messages name the line of the broken entry or field, found in the broken copy."""
    hub = broken_hub[0]
    area = line_number(hub, "data/delegation.yml", "area: leavingcare")
    role = line_number(hub, "data/delegation.yml", "assistant-directer")
    icpc = line_number(hub, "data/timescales.yml", "- id: icpc")
    return [
        line.format(area=area, role=role, icpc=icpc) if line.startswith("data/") else line
        for line in EXPECTED
    ]


# Every line the separate tests asserted, in the order the build prints them.
EXPECTED = [
    # test_delegation_build: an unknown role and area, with what to fix
    "data/delegation.yml:{role}: child-becomes-looked-after: lowest_role: unknown role "
    "'assistant-directer' (did you mean 'assistant-director'?): use an id from data/roles.yml",
    "data/delegation.yml:{area}: approve-pathway-plan: area: unknown area 'leavingcare' "
    "(did you mean 'leaving-care'?): use an id from the areas at the top of data/delegation.yml",
    # test_timescales_build: broken timescale data names the entry and field
    "data/timescales.yml:{icpc}: icpc: source: missing: a statutory timescale "
    "must name its regulation or guidance (with the paragraph where known)",
    # test_timescales_build: an unknown timescale, with its line and a suggestion
    "docs/about/conferences.md:15: [[timescale:first-core-grop]]: no timescale has this id "
    "(did you mean 'first-core-group'?): use an id from data/timescales.yml (listed on the "
    "Timescales at a glance page)",
    # test_personal_data: personal data, masked
    "docs/about/leak.md:11: personal data: case-system identifier 12*****: remove it; if the page "
    "must publish it, allow it with a reason in the front matter: "
    'personal_data_allow: [{value: "...", reason: "..."}]',
    "docs/about/leak.md:11: personal data: date of birth 3 M*********: remove it; if the page "
    "must publish it, allow it with a reason in the front matter: "
    'personal_data_allow: [{value: "...", reason: "..."}]',
    # test_build: broken front matter, an empty file, a file not in UTF-8, front matter not closed
    "docs/broken.md:2: type: unknown type 'practise-standard' (did you mean 'practice-standard'?): "
    "use one of practice-standard, managers-standard, procedure, policy, framework, "
    "scheme-of-delegation, one-minute-guide, audit, learning-theme, induction, reference",
    "docs/broken.md:8: review_by: expected a date (YYYY-MM-DD), got 'soon'",
    "docs/empty.md: the file is empty: add front matter and content, or delete the file",
    "docs/latin1.md:2: the file is not UTF-8 text (byte 14): save it with UTF-8 encoding",
    "docs/not-closed.md:1: front matter is not closed: add a line '---' after the last field",
    # test_guides_build: a guide over the word budget
    "guides/0003-long.md: the guide has 604 words; the budget is 500: cut it to one side of A4",
]


def test_every_mistake_fails_the_strict_build_with_every_message_and_no_traceback(
    broken_hub, expected
):
    hub, built, _, before = broken_hub
    assert built.returncode == 1
    assert built.warnings() == [f"WARNING -  hub: {line}" for line in expected]
    assert "Aborted with 12 warnings in strict mode!" in built.log
    assert "Traceback" not in built.log
    assert "3 March 2015" not in built.log and "1234567" not in built.log  # personal data masked
    assert hub.snapshot() == before  # the build changed no source file


def test_hub_check_reports_the_same_problems_as_the_build(broken_hub, expected):
    _, built, checked, _ = broken_hub
    assert checked.returncode == 1
    check_lines = [
        line
        for line in checked.stderr.splitlines()
        if line.startswith(("docs/", "data/", "guides/"))
    ]
    build_lines = [line.removeprefix("WARNING -  hub: ") for line in built.warnings()]
    assert check_lines == build_lines == expected
    assert "hub check: 12 problems in" in checked.stderr
    assert "Traceback" not in checked.stderr
    assert (
        "note: mkdocs.yml: personal data allow-list (extra.hub.allow): 0 phone numbers; "
        "email domains: york.gov.uk" in checked.stdout
    )
