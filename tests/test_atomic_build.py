"""`hub build` replaces its output only on success, for both builds, and leaves no temporary folders."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

BROKEN = "---\ntype: reference\ntitle: Broken\n---\n# Broken\n"


def _leftovers(root) -> list[str]:
    return sorted(
        p.name for p in root.iterdir() if "-building-" in p.name or p.name.endswith("-old")
    )


def test_a_failed_public_build_leaves_the_previous_public_site_untouched(small_hub):
    assert not (small_hub.root / "site-public").exists()
    first = small_hub.hub("build", "--public", "--out", "site-public")
    assert first.returncode == 0, first.stderr
    assert "hub build: wrote " in first.stdout
    index = small_hub.root / "site-public/index.html"
    before = index.read_bytes()
    small_hub.write(
        "docs/about/broken.md", BROKEN.replace("---\n# Broken", "visibility: public\n---\n# Broken")
    )
    second = small_hub.hub("build", "--public", "--out", "site-public")
    assert second.returncode == 1
    assert (
        f"hub build: the build failed (see the messages above): {small_hub.root / 'site-public'} is unchanged"
        in second.stderr
    )
    assert index.read_bytes() == before
    assert not (small_hub.root / "site-public/about/broken").exists()
    assert _leftovers(small_hub.root) == []


def test_a_failed_first_build_creates_nothing(small_hub):
    small_hub.write("docs/broken.md", BROKEN)
    result = small_hub.hub("build", "--out", "out/site")
    assert result.returncode == 1
    assert f"{small_hub.root / 'out/site'} was not created" in result.stderr
    assert not (small_hub.root / "out/site").exists()
    assert _leftovers(small_hub.root / "out") == []


def test_a_successful_build_replaces_the_old_site_whole(small_hub):
    stale = small_hub.write("site-public/stale.html", "an old page")
    small_hub.write("site-public/.hub-site", "written by hub build")  # an old build's marker
    result = small_hub.hub("build", "--public", "--out", "site-public")
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert (small_hub.root / "site-public/index.html").is_file()
    assert _leftovers(small_hub.root) == []
