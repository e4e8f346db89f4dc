"""Real builds: a scheme of delegation naming an unknown role or area fails the strict build clearly."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_an_unknown_role_and_area_fail_the_strict_build_with_what_to_fix(hub_copy):
    path = hub_copy.root / "data/delegation.yml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace(
        "lowest_role: assistant-director\n    consult: [team-manager, service-manager]",
        "lowest_role: assistant-directer\n    consult: [team-manager, service-manager]",
        1,
    )
    broken = broken.replace("area: leaving-care", "area: leavingcare", 1)
    assert broken.count("assistant-directer") == 1 and "leavingcare" in broken
    hub_copy.write("data/delegation.yml", broken)
    built = hub_copy.build()
    assert built.returncode == 1
    role_line = line_number(broken, "assistant-directer")
    area_line = line_number(broken, "area: leavingcare")
    assert (
        f"WARNING -  hub: data/delegation.yml:{role_line}: child-becomes-looked-after: lowest_role: unknown role "
        "'assistant-directer' (did you mean 'assistant-director'?): use an id from data/roles.yml"
        in built.warnings()
    )
    assert (
        f"WARNING -  hub: data/delegation.yml:{area_line}: approve-pathway-plan: area: unknown area 'leavingcare' "
        "(did you mean 'leaving-care'?): use an id from the areas at the top of data/delegation.yml"
        in built.warnings()
    )
    assert "Traceback" not in built.log


def line_number(text: str, needle: str) -> int:
    """The 1-based line of ``text`` that holds ``needle`` (exactly one does)."""
    found = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(found) == 1, found
    return found[0]


def test_hub_check_reports_a_missing_scheme_without_a_traceback(hub_copy):
    (hub_copy.root / "data/delegation.yml").unlink()
    checked = hub_copy.hub("check")
    assert checked.returncode == 1
    assert (
        "data/delegation.yml: not found: restore it from git (the scheme of delegation pages are built from it)"
        in checked.stderr
    )
    assert "Traceback" not in checked.stderr


def test_the_real_hub_publishes_the_scheme_a_page_per_role_and_decision_and_the_induction_pages(
    hub_copy,
):
    built = hub_copy.build()
    assert built.returncode == 0, built.log
    for page in (
        "delegation/scheme",
        "delegation/roles",
        "delegation/roles/team-manager",
        "delegation/roles/director",
        "delegation/decisions/child-becomes-looked-after",
        "induction",
        "induction/print",
    ):
        assert (built.site / page / "index.html").is_file(), page
    html = (built.site / "delegation/roles/team-manager/index.html").read_text(encoding="utf-8")
    assert (
        "What can a Team Manager decide?" in html
        and "may also take any decision delegated to" in html
    )
