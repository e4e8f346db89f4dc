"""The preview never hangs and shows the hub's problems in the browser.

One real ``mkdocs serve`` (started by the test, on a free port, on a copy of the hub) takes a
guide with a UK date, keeps serving every page within 2 s with a banner of the problems, and
drops the banner once the guide is fixed. The rest are unit tests of ``yorkhub.preview``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from browser_support import free_port
from conftest import HubCopy, copy_project

from yorkhub import preview, settings, site
from yorkhub.problems import Problem, SetupError

GUIDE = "guides/0001-front-door-thresholds.md"
REBUILT = "Reloading browsers"  # logged after each rebuild that succeeded, with its time
STUCK = "The server will appear stuck"


@dataclass
class Served:
    hub: HubCopy
    base: str
    process: subprocess.Popen
    log: Path

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, what: str, count: int = 1, timeout: float = 120) -> None:
        """Until the server has logged ``what`` ``count`` times; never stuck, never stopped."""
        deadline = time.monotonic() + timeout
        while self.text().count(what) < count:
            log = self.text()
            assert STUCK not in log and "Traceback" not in log, log
            assert self.process.poll() is None, f"mkdocs serve stopped:\n{log}"
            assert time.monotonic() < deadline, f"no '{what}' in {timeout} s:\n{log}"
            time.sleep(0.1)  # polling a log file: nothing to wait on

    def get(self, path: str) -> str:
        """The page at ``path``, which must arrive within 2 s."""
        start = time.monotonic()
        with urllib.request.urlopen(self.base + path, timeout=2) as response:
            assert response.status == 200
            body = response.read().decode("utf-8")
        assert time.monotonic() - start < 2
        return body

    def save(self, rel: str, text: str) -> None:
        """Save as an editor does: the new text replaces the file in one step."""
        path = self.hub.root / rel
        temporary = path.with_name(path.name + ".saving")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)


@pytest.fixture
def served(tmp_path):
    """``mkdocs serve`` as ``make serve`` runs it (drafts shown), but with mkdocs.yml's
    ``strict: true`` left on: the preview must not hang even then. Always stopped."""
    (tmp_path / "hub").mkdir()
    hub = copy_project(tmp_path / "hub")
    port = free_port()
    log = tmp_path / "serve.log"
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "HUB_DRAFTS": "preview",
        "SITE_URL": f"http://127.0.0.1:{port}/",
    }
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload"]
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [*command, "--dev-addr", f"127.0.0.1:{port}"],
            cwd=hub.root,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        server = Served(hub, f"http://127.0.0.1:{port}/", process, log)
        server.wait_for("Serving on")
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _banner(page: str) -> str | None:
    found = re.search(r'<div class="admonition failure hub-problems".*?</div>', page, re.S)
    return found.group(0) if found else None


@pytest.mark.slow
def test_a_broken_guide_shows_a_banner_on_every_page_and_fixed_the_banner_goes(served):
    good = (served.hub.root / GUIDE).read_text(encoding="utf-8")
    assert _banner(served.get("")) is None
    published = re.search(r"^published: .*$", good, re.M)
    line = good.count("\n", 0, published.start()) + 1

    served.save(GUIDE, good.replace(published.group(0), "published: 01/12/2026", 1))
    served.wait_for(REBUILT, 1)
    expected = (
        f"<code>{GUIDE}:{line}: published: expected a date (YYYY-MM-DD), got '01/12/2026'</code>"
    )
    for path in ("", "guides/0001-front-door-thresholds/", "whats-new/"):
        banner = _banner(served.get(path))
        assert banner is not None, path
        assert expected in banner
        assert "1 problem to fix before this can be published" in banner
    checked = served.hub.hub("check")  # the same line as hub check
    assert f"{GUIDE}:{line}: published: expected a date (YYYY-MM-DD), got '01/12/2026'" in (
        checked.stderr.splitlines()
    )
    assert STUCK not in served.text()

    served.save(GUIDE, good)
    served.wait_for(REBUILT, 2)
    for path in ("", "guides/0001-front-door-thresholds/"):
        assert _banner(served.get(path)) is None
    assert "Traceback" not in served.text()


# Unit tests of yorkhub.preview: no server, no build.

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 1, 1)


def test_the_banner_lists_each_problem_as_hub_check_prints_it_escaped():
    problems = [
        Problem("guides/0001-x.md", 9, "published: expected a date (YYYY-MM-DD), got '01/12/2026'"),
        Problem("docs/a.md", None, "title: expected text, got <b>"),
    ]
    banner = preview.banner(problems)
    assert "2 problems to fix before this can be published" in banner
    assert (
        "<li><code>guides/0001-x.md:9: published: expected a date (YYYY-MM-DD), got "
        "'01/12/2026'</code></li>" in banner
    )
    assert "<li><code>docs/a.md: title: expected text, got &lt;b&gt;</code></li>" in banner
    assert "data-search-exclude" in banner and "\n" not in banner.rstrip("\n")
    assert preview.banner([]) == ""


def test_every_page_starts_with_the_banner_generated_pages_too(tmp_path):
    hub = copy_project(tmp_path)
    text = (hub.root / GUIDE).read_text(encoding="utf-8")
    hub.write(GUIDE, text.replace("number: 1\n", "number: fourteen\n", 1))
    plan = preview.prepare(hub.root, settings.load(hub.root), TODAY, None)
    assert "number: expected a whole number above 0, got &#x27;fourteen&#x27;" not in plan.banner
    assert "number: expected a whole number above 0, got 'fourteen'" in plan.banner
    written, _ = site.page_markdown(plan, "guides/0001-front-door-thresholds.md", {}, "# Title\n")
    made, _ = site.page_markdown(plan, "whats-new.md", {}, "# What's new\n")
    assert written.startswith(plan.banner) and made.startswith(plan.banner)
    strict = site.prepare(hub.root, settings.load(hub.root), TODAY)
    assert strict.banner == ""  # the strict build has no banner: its problems fail it


def test_a_broken_data_file_keeps_the_last_good_plan_with_a_banner_saying_why(tmp_path):
    hub = copy_project(tmp_path)
    good = preview.prepare(hub.root, settings.load(hub.root), TODAY, None)
    assert good.banner == ""
    hub.write("data/themes.yml", "- id: [unclosed\n")
    kept = preview.prepare(hub.root, settings.load(hub.root), TODAY, good)
    assert kept.catalogue is good.catalogue and kept.generated is good.generated
    assert [str(p) for p in kept.problems] == [
        "data/themes.yml:2: cannot be read (while parsing a flow sequence): fix the YAML"
    ]
    assert "the pages as they were before this change" in kept.banner
    with pytest.raises(SetupError):  # no last good plan: the first build fails as before
        preview.prepare(hub.root, settings.load(hub.root), TODAY, None)


def test_a_broken_setting_keeps_the_last_good_plan_too(tmp_path):
    hub = copy_project(tmp_path)
    good = preview.prepare(hub.root, settings.load(hub.root), TODAY, None)
    error = SetupError("mkdocs.yml: extra.hub.word_budget: expected a whole number above 0")
    kept = preview.prepare(hub.root, error, TODAY, good)
    assert [str(p) for p in kept.problems] == [
        "mkdocs.yml: extra.hub.word_budget: expected a whole number above 0"
    ]
