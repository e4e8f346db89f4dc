"""hub snapshot: the site as it stood at a tag or on a date, from a repository the test makes
with two tagged commits."""

from __future__ import annotations

import os
import subprocess
import zipfile

import pytest
from factories import retitle

from yorkhub import cli

PAGE = "docs/about/accessibility.md"
OLD, NEW = ("Accessibility statement", "How accessible is the hub?")


def git(root, *args, when="2026-01-05T10:00:00"):
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "hub tests",
        "GIT_AUTHOR_EMAIL": "tests@example.invalid",
        "GIT_COMMITTER_NAME": "hub tests",
        "GIT_COMMITTER_EMAIL": "tests@example.invalid",
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
    }
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, env=env)


@pytest.fixture
def history(small_hub):
    root = small_hub.root
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first")
    git(root, "tag", "v1")
    page = root / PAGE
    retitle(page, NEW)
    git(root, "commit", "-q", "-am", "second", when="2026-03-10T10:00:00")
    git(root, "tag", "v2", when="2026-03-10T10:00:00")
    return root


def title_in(zip_path) -> str:
    with zipfile.ZipFile(zip_path) as archive:
        html = archive.read("about/accessibility/index.html").decode()
    return html.split("<title>")[1].split(" - ")[0]


@pytest.mark.slow
def test_a_snapshot_at_a_tag_is_the_site_as_it_stood(history, tmp_path_factory, capsys):
    out = tmp_path_factory.mktemp("snapshots")
    assert cli.main(["--root", str(history), "snapshot", "--at", "v1", "--out", str(out)]) == 0
    assert title_in(out / "hub-snapshot-2026-01-05.zip") == OLD
    assert cli.main(["--root", str(history), "snapshot", "--at", "v2", "--out", str(out)]) == 0
    assert title_in(out / "hub-snapshot-2026-03-10.zip") == NEW
    assert sorted(p.name for p in out.iterdir()) == [
        "hub-snapshot-2026-01-05.zip",
        "hub-snapshot-2026-03-10.zip",
    ]
    assert "hub snapshot: " in capsys.readouterr().out
    assert (
        subprocess.run(
            ["git", "status", "--porcelain"], cwd=history, capture_output=True, text=True
        ).stdout
        == ""
    )


@pytest.mark.slow
def test_a_date_takes_the_last_commit_on_or_before_that_day(history):
    from yorkhub.commands.snapshot import resolve

    first, second = (
        subprocess.run(
            ["git", "rev-parse", tag], cwd=history, capture_output=True, text=True
        ).stdout.strip()
        for tag in ("v1", "v2")
    )
    assert resolve(history, "2026-01-05") == (first, "2026-01-05")
    assert resolve(history, "2026-03-09") == (first, "2026-03-09")
    assert resolve(history, "2026-03-10") == (second, "2026-03-10")
    assert resolve(history, "v2") == (second, "2026-03-10")


@pytest.mark.slow
@pytest.mark.parametrize(
    "at, message",
    [
        ("v9", "hub snapshot: --at v9: no such tag: use a date (YYYY-MM-DD) or one of: v1, v2\n"),
        ("2025-12-31", "hub snapshot: --at 2025-12-31: the hub's history starts after that day\n"),
    ],
)
def test_an_unknown_tag_or_a_day_before_the_history_is_a_message(history, capsys, at, message):
    assert cli.main(["--root", str(history), "snapshot", "--at", at]) == 2
    assert capsys.readouterr().err == message


def test_a_folder_that_is_not_a_repository_is_a_message(tmp_path, capsys):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    assert cli.main(["--root", str(tmp_path), "snapshot", "--at", "v1"]) == 2
    assert capsys.readouterr().err == (
        f"hub snapshot: {tmp_path} is not a git repository: snapshots come from the hub's history\n"
    )
