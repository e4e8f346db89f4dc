"""`hub build --out` never destroys what the hub did not write, and its sites can be served.

Issue 15, classes 1 (source folders refused, marker file), 8 (the build's own
failures: messages and exit codes, a lock) and 9 (world-readable files,
interrupted builds recovered).
"""

from __future__ import annotations

import errno
import fcntl
import stat
import subprocess
import sys
import time
from argparse import Namespace

import pytest

from yorkhub.commands import build, output

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("out", "says"),
    [
        (".", "is the project's folder or holds it"),
        ("..", "is the project's folder or holds it"),
        ("docs", "is inside the source folder docs/"),
        ("docs/site", "is inside the source folder docs/"),
        ("guides", "is inside the source folder guides/"),
        ("data", "is inside the source folder data/"),
        ("includes", "is inside the source folder includes/"),
        ("overrides/site", "is inside the source folder overrides/"),
        (".git", "is inside the source folder .git/"),
    ],
)
def test_an_output_folder_that_is_holds_or_sits_in_a_source_folder_is_refused(hub_copy, out, says):
    (hub_copy.root / ".git").mkdir()
    (hub_copy.root / ".git/HEAD").write_text("ref: refs/heads/main\n")
    before = hub_copy.snapshot()
    result = hub_copy.hub("build", "--out", out)
    assert result.returncode == 2
    assert "hub build: refused: " in result.stderr and says in result.stderr
    assert "Traceback" not in result.stderr
    assert hub_copy.snapshot() == before
    assert (hub_copy.root / ".git/HEAD").is_file()
    assert (hub_copy.root / "mkdocs.yml").is_file()


def test_a_symlink_to_a_source_folder_is_refused(hub_copy):
    (hub_copy.root / "pages").symlink_to(hub_copy.root / "docs")
    result = hub_copy.hub("build", "--out", "pages")
    assert result.returncode == 2
    assert "is inside the source folder docs/" in result.stderr
    assert (hub_copy.root / "docs/index.md").is_file()


def test_a_folder_the_hub_did_not_write_is_never_replaced(hub_copy):
    keep = hub_copy.write("mine/notes.txt", "my own notes")
    result = hub_copy.hub("build", "--out", "mine")
    assert result.returncode == 2
    assert "was not written by hub build (it has no .hub-site file)" in result.stderr
    assert keep.read_text() == "my own notes"
    assert [p.name for p in hub_copy.root.iterdir() if "-building-" in p.name] == []


def test_a_built_site_is_marked_world_readable_and_replaceable(small_hub):
    first = small_hub.hub("build", "--out", "site")
    assert first.returncode == 0, first.stderr
    site = small_hub.root / "site"
    assert (site / output.MARKER).is_file()
    for path in [site, *site.rglob("*")]:
        mode = path.stat().st_mode
        assert mode & stat.S_IROTH, f"{path} is not readable by others"
        if path.is_dir():
            assert mode & stat.S_IXOTH, f"{path} cannot be entered by others"
    second = small_hub.hub("build", "--out", "site")
    assert second.returncode == 0, second.stderr


def test_a_build_killed_between_the_renames_is_restored_and_its_leftovers_removed(small_hub):
    assert small_hub.hub("build", "--out", "site").returncode == 0
    site = small_hub.root / "site"
    before = (site / "index.html").read_bytes()
    # What a kill between "site -> .site-old" and "staging -> site" leaves behind.
    site.rename(small_hub.root / ".site-old")
    staging = output.staging(site)
    (staging / "half.html").write_text("half a site")
    stranger = small_hub.write(".site-building-mine/keep.txt", "not the hub's")
    small_hub.write("docs/broken.md", "---\ntype: reference\ntitle: Broken\n---\n")
    result = small_hub.hub("build", "--out", "site")
    assert result.returncode == 1  # the broken page fails the build...
    assert "restored the previous site to" in result.stderr
    assert (site / "index.html").read_bytes() == before  # ...but the previous site is back
    assert not staging.exists()
    assert stranger.is_file()  # no marker: not the hub's to delete


def test_two_builds_at_once_are_serialised_by_a_lock(small_hub):
    lock = small_hub.root / ".site.lock"
    with open(lock, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        second = subprocess.Popen(
            [sys.executable, "-m", "yorkhub.cli", "build", "--out", "site"],
            cwd=small_hub.root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.5)
        assert second.poll() is None, "the second build did not wait for the lock"
        assert not (small_hub.root / "site").exists()
        fcntl.flock(held, fcntl.LOCK_UN)
    stdout, stderr = second.communicate(timeout=120)
    assert second.returncode == 0, stderr
    assert "another build of" in stderr and "is running: waiting for it" in stderr


def test_a_mount_point_as_output_is_refused(monkeypatch, tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    (tmp_path / "site").mkdir()
    monkeypatch.setattr(output.os.path, "ismount", lambda path: str(path).endswith("site"))
    assert "is a mount point" in output.refusal(tmp_path, tmp_path / "site")


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (errno.ENOSPC, "is full: free some space and build again"),
        (errno.EROFS, "is on a read-only file system: choose another --out"),
        (errno.EPERM, "(or it is immutable): check its permissions"),
        (errno.EBUSY, "is in use or a mount point"),
    ],
)
def test_a_disk_full_or_read_only_output_is_a_message_not_a_traceback(
    monkeypatch, tmp_path, capsys, code, says
):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")

    def fail(out):
        raise OSError(code, "simulated", str(out))

    monkeypatch.setattr(output, "staging", fail)
    args = Namespace(out=tmp_path / "site", public=False, preview=False, offline=False)
    assert build.run(tmp_path, args) == 2
    err = capsys.readouterr().err
    assert says in err
    assert f"{tmp_path / 'site'} was not created" in err
