"""``hub build``: a strict MkDocs build into a temporary folder, swapped in on success.

A failed build leaves the previous site untouched, so a mistake in one page can
never take the published hub down. MkDocs runs as a separate process: this
package never imports it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def add(sub) -> None:
    cmd = sub.add_parser(
        "build", help="build the site strictly; replace the output folder only on success"
    )
    cmd.add_argument("--out", type=Path, default=Path("site"), help="output folder (default: site)")
    cmd.add_argument(
        "--public", action="store_true", help="leave internal pages out (for a public web server)"
    )
    cmd.add_argument(
        "--preview", action="store_true", help="include draft guides, with a Draft banner"
    )
    cmd.add_argument(
        "--offline",
        action="store_true",
        help="a copy that opens from a folder as files, search included",
    )
    cmd.set_defaults(run=run)


def run(root: Path, args) -> int:
    out = args.out if args.out.is_absolute() else root / args.out
    env = dict(
        os.environ,
        HUB_AUDIENCE="public" if args.public else "intranet",
        HUB_DRAFTS="preview" if args.preview else "exclude",
        HUB_OFFLINE="true" if args.offline else "false",
        NO_MKDOCS_2_WARNING="1",
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-building-", dir=out.parent))
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--clean",
        "--site-dir",
        str(staging),
        "--config-file",
        str(root / "mkdocs.yml"),
    ]
    result = subprocess.run(command, env=env, cwd=root)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        kept = f"{out} is unchanged" if out.exists() else f"{out} was not created"
        print(f"hub build: the build failed (see the messages above): {kept}", file=sys.stderr)
        return 1
    swap(staging, out)
    print(f"hub build: wrote {out}")
    return 0


def swap(staging: Path, out: Path) -> None:
    """Put ``staging`` where ``out`` is, keeping the old site until the new one is in place."""
    old = out.with_name(f".{out.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)
