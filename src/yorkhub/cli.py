"""The ``hub`` command: check the hub, build it safely, and start new guides.

Every command runs from the project's folder (the one with mkdocs.yml) or
from anywhere below it, and exits 0 on success, 1 when content has problems and
2 when the command itself was used wrongly or the set-up is broken.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from yorkhub import commands


def project_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds mkdocs.yml."""
    for folder in (start, *start.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    return None


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="hub", description="York practice hub: check, build and publish."
    )
    top.add_argument(
        "--root", type=Path, help="the hub's folder (default: found from the current folder)"
    )
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in commands.ALL:
        command.add(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    root = args.root or project_root(Path.cwd())
    if root is None or not (root / "mkdocs.yml").is_file():
        print(
            "hub: no mkdocs.yml here or above: run the command inside the hub's folder, or pass --root",
            file=sys.stderr,
        )
        return 2
    return args.run(root.resolve(), args)


if __name__ == "__main__":
    sys.exit(main())
