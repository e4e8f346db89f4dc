"""deploy/nginx.conf serving a fresh strict build: its headers, its 404, and every page in a real
browser with zero Content-Security-Policy violations."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from browser_support import build_site, free_port, html_pages, require
from conftest import ROOT

from yorkhub.features.safety import csp

NGINX = "/usr/sbin/nginx"
CONF = ROOT / "deploy/nginx.conf"
IMMUTABLE = "public, max-age=31536000, immutable"
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
# Collected in the page itself: violations the browser reports to the document.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI} in ${e.sourceFile}:${e.lineNumber}`);
});
"""

pytestmark = pytest.mark.slow


def require_nginx() -> None:
    require(NGINX, "nginx-light")


def render(conf: str, *, port: int, site: Path, logs: Path) -> str:
    """deploy/nginx.conf with the lines marked SET filled in for this test."""
    replacements = {
        "user www-data;": "user root;" if os.geteuid() == 0 else "",
        "listen 80;": f"listen 127.0.0.1:{port};",
        "root /var/www/yorkhub/site;": f"root {site};",
        "/var/log/nginx/yorkhub.error.log": str(logs / "error.log"),
        "/var/log/nginx/yorkhub.access.log": str(logs / "access.log"),
    }
    for old, new in replacements.items():
        assert conf.count(old) == 1, (
            f"deploy/nginx.conf no longer has the line '{old}' that the test fills in"
        )
        conf = conf.replace(old, new)
    return conf


def _wait_for(port: int, server: subprocess.Popen, logs: Path) -> None:
    for _ in range(100):
        if server.poll() is not None:
            pytest.fail(f"nginx stopped: {(logs / 'stderr').read_text()}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    pytest.fail("nginx did not start listening")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    require_nginx()
    work = tmp_path_factory.mktemp("nginx")
    port = free_port()
    site = build_site(ROOT, work / "site", port)
    conf = work / "nginx.conf"
    conf.write_text(render(CONF.read_text(), port=port, site=site, logs=work))
    with open(work / "stderr", "w") as stderr:
        server = subprocess.Popen(
            [
                NGINX,
                "-p",
                str(work),
                "-c",
                str(conf),
                "-g",
                f"daemon off; pid {work / 'nginx.pid'};",
            ],
            stderr=stderr,
        )
    try:
        _wait_for(port, server, work)
        yield f"http://127.0.0.1:{port}/", site
    finally:
        server.terminate()
        server.wait(timeout=10)


def _get(url: str):
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def test_the_configuration_carries_the_inline_script_hashes_of_a_fresh_build(served):
    _, site = served
    configured = re.findall(r"'sha256-[A-Za-z0-9+/=]+'", CONF.read_text())
    assert sorted(configured) == csp.site_hashes(site), (
        "run 'hub csp --site site' and update deploy/nginx.conf"
    )
    assert len(configured) == 3


def test_every_response_carries_the_security_headers(served):
    base, site = served
    bundle = next(site.glob("assets/javascripts/bundle.*.min.js")).relative_to(site).as_posix()
    for path, status, cache in [
        ("", 200, "no-cache"),
        ("about/", 200, "no-cache"),
        ("search/search_index.json", 200, "no-cache"),
        (bundle, 200, IMMUTABLE),
        ("assets/stylesheets/hub.css", 200, "no-cache"),
        ("no-such-page/", 404, "no-cache"),
    ]:
        code, headers, _ = _get(base + path)
        assert code == status, path
        assert {k: headers[k] for k in HEADERS} == HEADERS, path
        assert headers["Content-Security-Policy"] == csp.policy(csp.site_hashes(site)), path
        assert headers["Cache-Control"] == cache, path
        assert "nginx/" not in headers.get("Server", ""), "server_tokens off hides the version"


def test_a_missing_page_gets_the_friendly_404_and_no_listing_or_hidden_files(served):
    base, site = served
    code, headers, body = _get(base + "no-such-page/")
    assert (code, headers["Content-Type"]) == (404, "text/html; charset=utf-8")
    assert b"<h1>Page not found</h1>" in body and b"Use the search box" in body
    (site / ".secret").write_text("x")
    assert _get(base + ".secret")[0] == 404
    code, _, body = _get(base + "assets/")
    assert code == 403 and b"Index of" not in body  # a folder without a page is never listed
    request = urllib.request.Request(base, method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request)
    assert err.value.code == 403


@pytest.mark.browser
def test_every_page_loads_in_the_browser_with_no_csp_violation(served, browser):
    base, site = served
    pages = html_pages(site) + ["no-such-page/"]
    violations, errors = [], []
    page = browser.new_page()
    page.add_init_script(WATCH_CSP)
    page.on(
        "console",
        lambda m: (
            violations.append(f"{page.url}: {m.text}")
            if "Content Security Policy" in m.text
            else None
        ),
    )
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    for path in pages:
        page.goto(base + path, wait_until="load")
        violations += [f"{path}: {v}" for v in page.evaluate("window.__cspViolations")]
    # Search runs in a web worker and instant navigation fetches pages: both must work under the policy.
    page.goto(base)
    page.keyboard.press("/")
    page.keyboard.type("glossary")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    page.click(".md-search-result__item a")
    page.wait_for_url(re.compile(r".*/about/glossary/.*"))
    violations += page.evaluate("window.__cspViolations")
    page.close()
    assert violations == []
    assert errors == []
    assert len(pages) > 5
