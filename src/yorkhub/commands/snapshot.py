"""``hub snapshot --at TAG|DATE [--out FOLDER]``: the site as it stood, in a zip named by its date.

Complaints, court work and learning reviews ask which version of a page was in force on
a given day. The hub's history is its git history: this takes the commit a tag names,
or the last commit on or before a date, builds that commit's own sources with that
commit's own ``yorkhub`` (so an old page is checked and rendered as it was then), and
writes ``hub-snapshot-YYYY-MM-DD.zip``. Nothing in the working tree is touched.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path


def add(sub) -> None:
    cmd = sub.add_parser(
        "snapshot",
        help="build the site as it stood at a git tag or on a date, into a dated zip",
        description=__doc__.split("\n\n", 1)[1],
    )
    cmd.add_argument("--at", required=True, metavar="TAG|DATE", help="a git tag, or YYYY-MM-DD")
    cmd.add_argument(
        "--out", type=Path, default=Path("."), help="the folder for the zip (default: here)"
    )
    cmd.set_defaults(run=run)


class Stop(Exception):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def run(root: Path, args) -> int:
    try:
        commit, day = resolve(root, args.at)
        out = args.out if args.out.is_absolute() else Path.cwd() / args.out
        if not out.is_dir():
            raise Stop(f"--out {args.out}: not a folder: create it, or give another")
        target = out / f"hub-snapshot-{day}.zip"
        with tempfile.TemporaryDirectory(prefix="hub-snapshot-") as work:
            tree = Path(work) / "tree"
            extract(root, commit, tree)
            site = build(tree, Path(work) / "site", args.at)
            write_zip(site, target)
    except Stop as err:
        print(f"hub snapshot: {err}", file=sys.stderr)
        return err.code
    print(f"hub snapshot: {target}: the hub as it stood at {args.at} (commit {commit[:10]}, {day})")
    return 0


def git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    if result.returncode != 0:
        raise Stop(
            result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "git failed"
        )
    return result.stdout.strip()


def resolve(root: Path, at: str) -> tuple[str, str]:
    """The commit for ``at`` and the date the zip is named by, or ``Stop``."""
    try:
        git(root, "rev-parse", "--git-dir")
    except Stop:
        raise Stop(
            f"{root} is not a git repository: snapshots come from the hub's history"
        ) from None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", at):
        commit = git(root, "rev-list", "-1", f"--before={at} 23:59:59", "HEAD")
        if not commit:
            raise Stop(f"--at {at}: the hub's history starts after that day")
        return commit, at
    try:
        commit = git(root, "rev-parse", "--verify", "--quiet", f"refs/tags/{at}^{{commit}}")
    except Stop:
        tags = git(root, "tag", "--list").split()
        raise Stop(
            f"--at {at}: no such tag: use a date (YYYY-MM-DD) or one of: {', '.join(tags) or 'no tags yet'}"
        ) from None
    return commit, git(root, "show", "-s", "--format=%cs", commit)


def extract(root: Path, commit: str, tree: Path) -> None:
    """The commit's files into ``tree`` (git archive; only plain files and folders)."""
    archive = subprocess.run(["git", "archive", commit], cwd=root, capture_output=True)
    if archive.returncode != 0:
        raise Stop(f"git archive {commit[:10]} failed: {archive.stderr.decode(errors='replace')}")
    tree.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(tree, filter="data")


def build(tree: Path, site: Path, at: str) -> Path:
    """Build the tree with its own hub code (its ``src`` first on the path)."""
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(tree / "src"), os.environ.get("PYTHONPATH")])
        ),
    }
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=tree,
        capture_output=True,
        text=True,
        env=env,
    )
    if result.returncode != 0:
        warnings = [
            line for line in result.stderr.splitlines() if "WARNING" in line or "ERROR" in line
        ]
        listed = "\n".join(f"  {line}" for line in warnings[:20])
        raise Stop(
            f"the hub as it stood at {at} does not build (with the packages installed now):\n{listed}",
            1,
        )
    return site


def write_zip(site: Path, target: Path) -> None:
    """Write the zip beside its final name, then rename: never half a zip."""
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(site.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(site).as_posix())
    partial.replace(target)
