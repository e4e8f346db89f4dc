"""The ``hub`` command's subcommands, one module each.

Each module has ``add(subparsers)``, which registers the subcommand and sets
``run(root, args) -> exit code`` as its default.
"""

from __future__ import annotations

from yorkhub.commands import approve, build, check, csp, importer, new, reviews, snapshot

ALL = [check, build, new, importer, approve, reviews, snapshot, csp]
