"""The ``hub`` command's subcommands, one module each.

Each module has ``add(subparsers)``, which registers the subcommand and sets
``run(root, args) -> exit code`` as its default.
"""

from __future__ import annotations

from yorkhub.commands import build, check, csp, importer, new

ALL = [check, build, new, importer, csp]
