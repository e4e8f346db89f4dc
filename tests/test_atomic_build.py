"""`hub build` replaces its output only on success, for both builds, and leaves no temporary folders."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

BROKEN = "---\ntype: reference\ntitle: Broken\n---\n# Broken\n"


def _leftovers(root) -> list[str]:
    return sorted(
        p.name for p in root.iterdir() if "-building-" in p.name or p.name.endswith("-old")
    )


def test_a_failed_public_build_leaves_the_previous_public_site_untouched(hub_copy):
    assert not (hub_copy.root / "site-public").exists()
    first = hub_copy.hub("build", "--public", "--out", "site-public")
    assert first.returncode == 0, first.stderr
    assert "hub build: wrote " in first.stdout
    index = hub_copy.root / "site-public/index.html"
    before = index.read_bytes()
    hub_copy.write(
        "docs/about/broken.md", BROKEN.replace("---\n# Broken", "visibility: public\n---\n# Broken")
    )
    second = hub_copy.hub("build", "--public", "--out", "site-public")
    assert second.returncode == 1
    assert (
        f"hub build: the build failed (see the messages above): {hub_copy.root / 'site-public'} is unchanged"
        in second.stderr
    )
    assert index.read_bytes() == before
    assert not (hub_copy.root / "site-public/about/broken").exists()
    assert _leftovers(hub_copy.root) == []


def test_a_failed_first_build_creates_nothing(hub_copy):
    hub_copy.write("docs/broken.md", BROKEN)
    result = hub_copy.hub("build", "--out", "out/site")
    assert result.returncode == 1
    assert f"{hub_copy.root / 'out/site'} was not created" in result.stderr
    assert not (hub_copy.root / "out/site").exists()
    assert _leftovers(hub_copy.root / "out") == []


def test_a_successful_build_replaces_the_old_site_whole(hub_copy):
    stale = hub_copy.write("site-public/stale.html", "an old page")
    hub_copy.write("site-public/.hub-site", "written by hub build")  # an old build's marker
    result = hub_copy.hub("build", "--public", "--out", "site-public")
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert (hub_copy.root / "site-public/index.html").is_file()
    assert _leftovers(hub_copy.root) == []
