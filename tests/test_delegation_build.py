"""Real builds: a scheme of delegation naming an unknown role or area fails the strict build clearly."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_hub_check_reports_a_missing_scheme_without_a_traceback(small_hub):
    (small_hub.root / "data/delegation.yml").unlink()
    checked = small_hub.hub("check")
    assert checked.returncode == 1
    assert (
        "data/delegation.yml: not found: restore it from git (the scheme of delegation pages are built from it)"
        in checked.stderr
    )
    assert "Traceback" not in checked.stderr


def test_the_real_hub_publishes_the_scheme_a_page_per_role_and_decision_and_the_induction_pages(
    production_build,
):
    built = production_build
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
