"""A real browser and a real web server for the tests that look at the hub as a person does.

Debian's chromium, driven by Playwright (never a downloaded browser), kept off
every network but 127.0.0.1. The site is served by Python's own HTTP server.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from serve_folder import QuietHandler

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


def require(program: str, package: str) -> None:
    """Skip (saying which Debian package to install) where ``program`` is missing; on CI, fail instead."""
    if Path(program).exists():
        return
    message = f"Debian's {package} is not installed: run `apt-get install {package}` (or `bash .ci/system-packages`)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def require_chromium() -> None:
    require(CHROMIUM, "chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(folder: Path, port: int):
    """Serve ``folder`` at http://127.0.0.1:port/ until the block ends."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


def build_site(root: Path, out: Path, port: int, **env: str) -> Path:
    """A strict build of the project at ``root`` into ``out``, with site_url on ``port``."""
    shutil.rmtree(out, ignore_errors=True)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "SITE_URL": f"http://127.0.0.1:{port}/",
            **env,
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)


def html_pages(site: Path) -> list[str]:
    """Every page's path in the built site, as a URL path (``about/``), 404 page left out."""
    pages = []
    for path in sorted(site.rglob("index.html")):
        rel = path.parent.relative_to(site).as_posix()
        pages.append("" if rel == "." else rel + "/")
    return pages
