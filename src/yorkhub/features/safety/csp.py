"""The Content-Security-Policy the built hub is served with.

Material puts a few small scripts inline in every page (its storage helpers,
the colour palette and tab restore). The policy allows exactly those, by hash,
rather than allowing any inline script. One of them names the site's scope,
which the hooks set to the path of ``site_url`` so that it is the same on every
page: one set of hashes per deployment. ``hub csp`` prints the policy for a
built site; a test checks that ``deploy/nginx.conf`` carries the same hashes.

``'wasm-unsafe-eval'`` lets the search worker compile Pagefind's WebAssembly, shipped in the
site (pagefind/wasm.en.pagefind, see yorkhub.search_pages): it allows WebAssembly only, not
``eval`` of JavaScript nor any inline script.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

_INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.DOTALL
)

POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; frame-src 'none'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


def scope(site_url: str) -> str:
    """Material's storage scope: the path the site is served under (``/`` or ``/hub/``)."""
    path = urlsplit(site_url or "").path or "/"
    return path if path.endswith("/") else path + "/"


def script_hashes(html: str) -> list[str]:
    """``'sha256-...'`` for each inline script in a page, in order of first use."""
    found = []
    for body in _INLINE_SCRIPT.findall(html):
        digest = (
            "'sha256-"
            + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
            + "'"
        )
        if digest not in found:
            found.append(digest)
    return found


def site_hashes(site: Path) -> list[str]:
    """Every distinct inline-script hash across the built site's pages, sorted."""
    found = set()
    for page in sorted(site.rglob("*.html")):
        found.update(script_hashes(page.read_text(encoding="utf-8")))
    return sorted(found)


def policy(hashes: list[str]) -> str:
    """The whole Content-Security-Policy header value."""
    return POLICY.format(hashes=" ".join(hashes))
