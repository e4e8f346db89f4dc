"""``hub build``: a strict MkDocs build into a temporary folder, swapped in on success.

A failed build leaves the previous site untouched, so a mistake in one page can
never take the published hub down. MkDocs runs as a separate process: this
package never imports it. The output folder is guarded by ``yorkhub.commands.output``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from yorkhub.commands import output


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
    out = Path(os.path.abspath(args.out if args.out.is_absolute() else root / args.out))
    if (why := output.refusal(root, out)) is not None:
        print(f"hub build: refused: {why}", file=sys.stderr)
        return 2
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with output.lock(out, lambda: _say(f"another build of {out} is running: waiting for it")):
            return _build(root, out, args)
    except (OSError, output.OutputError) as err:
        why = output.explain(err, out) if isinstance(err, OSError) else str(err)
        kept = f"{out} is unchanged" if out.exists() else f"{out} was not created"
        print(f"hub build: {why}: {kept}", file=sys.stderr)
        return 2


def _build(root: Path, out: Path, args) -> int:
    for done in output.recover(out):
        _say(done)
    if (why := output.refusal(root, out)) is not None:  # again: the lock may have waited
        print(f"hub build: refused: {why}", file=sys.stderr)
        return 2
    env = dict(
        os.environ,
        HUB_AUDIENCE="public" if args.public else "intranet",
        HUB_DRAFTS="preview" if args.preview else "exclude",
        HUB_OFFLINE="true" if args.offline else "false",
        NO_MKDOCS_2_WARNING="1",
    )
    staging = output.staging(out)
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
    try:
        result = subprocess.run(command, env=env, cwd=root)
        if result.returncode != 0:
            kept = f"{out} is unchanged" if out.exists() else f"{out} was not created"
            full = output.low_on_space(out.parent)
            why = (
                f"the disk holding {out.parent} is full: free some space and build again"
                if full
                else "the build failed (see the messages above)"
            )
            print(f"hub build: {why}: {kept}", file=sys.stderr)
            return 1
        output.make_readable(staging)
        output.swap(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    print(f"hub build: wrote {out}")
    return 0


def _say(message: str) -> None:
    print(f"hub build: {message}", file=sys.stderr)
