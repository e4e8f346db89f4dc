"""``hub csp``: the Content-Security-Policy for a built site, to paste into the web server's configuration."""

from __future__ import annotations

import sys
from pathlib import Path

from yorkhub.features.safety import csp


def add(sub) -> None:
    cmd = sub.add_parser(
        "csp",
        help="print the Content-Security-Policy header for a built site (see deploy/nginx.conf)",
    )
    cmd.add_argument(
        "--site", type=Path, default=Path("site"), help="the built site (default: site)"
    )
    cmd.set_defaults(run=run)


def run(root: Path, args) -> int:
    site = args.site if args.site.is_absolute() else root / args.site
    if not (site / "index.html").is_file():
        print(f"hub csp: {site} holds no built site: run 'make build' first", file=sys.stderr)
        return 2
    print(csp.policy(csp.site_hashes(site)))
    return 0
