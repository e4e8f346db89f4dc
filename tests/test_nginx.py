"""deploy/nginx.conf serving a fresh ``hub build``, as deployed: workers running as an
unprivileged user (nobody, as www-data would), so a site others cannot read fails; its headers,
its 404, and the pages in a real browser with zero Content-Security-Policy violations."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from browser_support import free_port, html_pages, require
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
        # As deployed: workers never run as root. (Run as another user, nginx keeps its own.)
        "user www-data;": "user nobody nogroup;" if os.geteuid() == 0 else "",
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


def hub_build(out: Path, port: int) -> Path:
    """The site as it is deployed: ``hub build`` (which sets the files' modes), not mkdocs."""
    result = subprocess.run(
        [sys.executable, "-m", "yorkhub.cli", "build", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}/"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@dataclass
class Served:
    base: str
    site: Path
    pid: int


@pytest.fixture(scope="module")
def served():
    require_nginx()
    # Not under pytest's temporary folder, whose 0700 parents no unprivileged worker may enter.
    work = Path(tempfile.mkdtemp(prefix="hub-nginx-"))
    work.chmod(0o755)
    port = free_port()
    site = hub_build(work / "site", port)
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
        yield Served(f"http://127.0.0.1:{port}/", site, server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


def _get(url: str):
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def _workers(master: int) -> list[int]:
    """The user id of each nginx worker (the master's children), from /proc."""
    uids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            status = (stat.parent / "status").read_text()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == master:
            uids.append(int(re.search(r"^Uid:\s+(\d+)", status, re.M).group(1)))
    return uids


def test_workers_run_unprivileged_and_serve_only_what_others_may_read(served):
    base, site = served.base, served.site
    if os.geteuid() == 0:
        workers = _workers(served.pid)
        assert workers and set(workers) == {65534}, f"workers must run as nobody, not {workers}"
    for path in [site, *site.rglob("*")]:
        mode = path.stat().st_mode
        needed = 0o005 if path.is_dir() else 0o004
        assert mode & needed == needed, f"{path}: mode {oct(mode)}: others cannot read it"
    # What a 0700 site (issue 15, class 9) would do: a file only its owner may read is a 403.
    page = site / "about/index.html"
    page.chmod(0o600)
    try:
        assert _get(base + "about/")[0] == (403 if os.geteuid() == 0 else 200)
    finally:
        page.chmod(0o644)
    assert _get(base + "about/")[0] == 200


def test_the_configuration_carries_the_inline_script_hashes_of_a_fresh_build(served):
    site = served.site
    configured = re.findall(r"'sha256-[A-Za-z0-9+/=]+'", CONF.read_text())
    assert sorted(configured) == csp.site_hashes(site), (
        "run 'hub csp --site site' and update deploy/nginx.conf"
    )
    assert len(configured) == 3


def test_every_response_carries_the_security_headers(served):
    base, site = served.base, served.site
    bundle = next(site.glob("assets/javascripts/bundle.*.min.js")).relative_to(site).as_posix()
    chunk = next(site.glob("pagefind/fragment/*.pf_fragment")).relative_to(site).as_posix()
    for path, status, cache in [
        (chunk, 200, IMMUTABLE),  # named by its content, as Material's bundle
        ("pagefind/pagefind.js", 200, "no-cache"),
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
    base, site = served.base, served.site
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


_SCRIPT_SRC = re.compile(r"<script[^>]*\bsrc=\"([^\"]+)\"")
_HOOK = re.compile(r"\bdata-(?:delegation|due|induction)[-a-z]*")
_INLINE_STYLE = re.compile(r"<style\b|\sstyle=\"", re.I)
# Elements Material's and the hub's scripts act on (tooltips, tables, details, forms, diagrams).
_ACTED_ON = re.compile(r"<(svg|table|details|abbr|form|img|pre|select|input|dialog)\b")


def kinds(site: Path, pages: list[str]) -> dict[tuple, str]:
    """One page of each kind: pages with the same scripts, inline scripts and elements those
    scripts act on behave the same under the policy, so the browser visits one of each."""
    found: dict[tuple, str] = {}
    for path in pages:
        file = site / path / "index.html" if not path.endswith(".html") else site / path
        html = file.read_text(encoding="utf-8")
        scripts = tuple(sorted({re.sub(r"^(\.\./)+", "", s) for s in _SCRIPT_SRC.findall(html)}))
        hooks = tuple(sorted(set(_HOOK.findall(html)) | set(_ACTED_ON.findall(html))))
        kind = (scripts, tuple(csp.script_hashes(html)), hooks)
        found.setdefault(kind, path)
    return found


@pytest.mark.browser
def test_every_kind_of_page_loads_in_the_browser_with_no_csp_violation(served, browser):
    base, site = served.base, served.site
    pages = html_pages(site)
    allowed = set(csp.site_hashes(site))
    for path in pages:  # what the policy forbids, in every page, without a browser
        html = (site / path / "index.html").read_text(encoding="utf-8")
        assert set(csp.script_hashes(html)) <= allowed, path
        assert not _INLINE_STYLE.search(html), f"{path}: an inline style (style-src 'self')"
    sample = list(kinds(site, pages).values()) + ["no-such-page/"]
    violations, errors = [], []
    context = browser.new_context()
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    page.on(
        "console",
        lambda m: (
            violations.append(f"{page.url}: {m.text}")
            if "Content Security Policy" in m.text
            else None
        ),
    )
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    for path in sample:
        page.goto(base + path, wait_until="load")
        violations += [f"{path}: {v}" for v in page.evaluate("window.__cspViolations")]
    # Search runs in a web worker and instant navigation fetches pages: both must work under the policy.
    page.goto(base, wait_until="load")
    page.keyboard.press("/")
    page.keyboard.type("glossary")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    page.click(".md-search-result__item a")
    page.wait_for_url(re.compile(r".*/about/glossary/.*"))
    violations += page.evaluate("window.__cspViolations")
    context.close()
    assert violations == []
    assert errors == []
    assert 5 < len(sample) < len(pages) / 2, sample  # several kinds, far fewer visits than pages
