"""Shared fixtures: the real registries, a copy of the whole hub to break safely, and the
builds every test of one configuration shares (one build per configuration per run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from once_per_run import once, run_folder, serve_for_the_run

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("mkdocs.yml", "docs", "guides", "data", "includes", "overrides", "hooks")


def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/ from what the code now makes (then read git diff)",
    )


def pytest_configure(config):
    import golden

    golden.UPDATE = config.getoption("--update-goldens")


@pytest.fixture(scope="session")
def registries():
    from yorkhub.site import load_registries

    found, problems = load_registries(ROOT)
    assert problems == []
    return found


@dataclass
class Built:
    returncode: int
    log: str
    site: Path
    port: int | None = None  # where site_url points (http://127.0.0.1:port/), if set

    def warnings(self) -> list[str]:
        return [line for line in self.log.splitlines() if line.startswith("WARNING")]


class HubCopy:
    """A copy of the project in a temporary folder, with helpers to edit and build it."""

    def __init__(self, root: Path):
        self.root = root

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return path

    def build(self, *extra: str, env: dict | None = None) -> Built:
        out = self.root / "site"
        command = [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--site-dir",
            str(out),
            *extra,
        ]
        result = subprocess.run(
            command,
            cwd=self.root,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        )
        return Built(result.returncode, result.stdout + result.stderr, out)

    def hub(self, *args: str, writing: bool = False) -> subprocess.CompletedProcess:
        """The ``hub`` command in the copy. ``hub check`` runs without its writing help unless
        ``writing``: the tests of problems need none of it (test_writing.py tests it), and it
        loads a pronouncing dictionary, a second or more per run."""
        if args[:1] == ("check",) and not writing:
            args = (*args, "--no-writing")
        return subprocess.run(
            [sys.executable, "-m", "yorkhub.cli", *args],
            cwd=self.root,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )

    def snapshot(self) -> dict[str, bytes]:
        """Every source file's bytes, to prove a build changed none of them."""
        return {
            str(p.relative_to(self.root)): p.read_bytes()
            for part in ("docs", "guides", "data")
            for p in sorted((self.root / part).rglob("*"))
            if p.is_file()
        }


def copy_project(dest: Path) -> HubCopy:
    """Copy the hub's sources (not .venv, site or tests) into ``dest``."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, dest / part)
        elif source.is_file():
            shutil.copy2(source, dest / part)
    return HubCopy(dest)


@pytest.fixture
def hub_copy(tmp_path) -> HubCopy:
    return copy_project(tmp_path)


# The folders whose pages a small hub keeps, with each section's contents page (index.md)
# and every page the hub generates.
SMALL_HUB_FOLDERS = {"about", "authoring", "delegation"}


@pytest.fixture
def small_hub(tmp_path) -> HubCopy:
    """A copy of the hub with only its contents pages, About, Authoring and the scheme of
    delegation, no guides and no menu (MkDocs makes one from the files). It builds in about
    half the time of the whole hub: for the tests that bring their own pages, and those of
    what ``hub build`` does with its output, which no page changes."""
    hub = copy_project(tmp_path)
    for page in (hub.root / "docs").rglob("*.md"):
        folder = page.relative_to(hub.root / "docs").parent.as_posix()
        if page.name != "index.md" and folder not in SMALL_HUB_FOLDERS:
            page.unlink()
    for guide in (hub.root / "guides").glob("*.md"):
        guide.unlink()
    config = hub.root / "mkdocs.yml"
    config.write_text(_without_nav(config.read_text(encoding="utf-8")), encoding="utf-8")
    return hub


def _without_nav(config: str) -> str:
    """``mkdocs.yml`` without its ``nav:`` block."""
    lines, keep, inside = config.split("\n"), [], False
    for line in lines:
        if line.startswith("nav:"):
            inside = True
        elif inside and line and not line.startswith((" ", "#", "-")):
            inside = False
        if not inside:
            keep.append(line)
    return "\n".join(keep)


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium, started once for the whole run. Playwright's sync API
    allows one instance per thread, so every browser test shares this one."""
    from browser_support import launch, require_chromium

    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def _shared_build(tmp_path_factory, name: str, *, budget_guide: bool = False, **env) -> Built:
    """A strict build of a copy of the hub, with site_url on a free port of 127.0.0.1, made
    once per run: whichever worker asks first builds it, the other reads its record."""

    def make(folder: Path) -> dict:
        from browser_support import free_port

        hub = copy_project(folder)
        if budget_guide:
            from factories import BUDGET_GUIDE, budget_guide_text

            from yorkhub import settings

            hub.write(BUDGET_GUIDE, budget_guide_text(settings.load(hub.root).word_budget))
        port = free_port()
        built = hub.build(env={"SITE_URL": f"http://127.0.0.1:{port}/", **env})
        assert built.returncode == 0, built.log
        return {
            "returncode": built.returncode,
            "log": built.log,
            "site": str(built.site),
            "port": port,
        }

    made = once(run_folder(tmp_path_factory) / f"shared-{name}", make)
    return Built(made["returncode"], made["log"], Path(made["site"]), made["port"])


@pytest.fixture(scope="session")
def production_build(tmp_path_factory) -> Built:
    """The production build of the real hub (draft guides left out), built once per run:
    shared by the build, search, delegation, nginx and browser tests."""
    return _shared_build(tmp_path_factory, "production")


@pytest.fixture(scope="session")
def public_build(tmp_path_factory) -> Built:
    """The public build of the real hub (internal pages left out), as the public server has it."""
    return _shared_build(tmp_path_factory, "public", HUB_AUDIENCE="public")


@pytest.fixture(scope="session")
def preview_build(tmp_path_factory) -> Built:
    """A preview build (draft guides included, so every page is seen) of the real hub with one
    more draft guide exactly at the word budget, built once per run: shared by the learning
    build test, the browser tests of every page and the print tests."""
    return _shared_build(tmp_path_factory, "preview", budget_guide=True, HUB_DRAFTS="preview")


@pytest.fixture(scope="session")
def offline_build(tmp_path_factory) -> Path:
    """The offline copy (`make build-offline`) of the real hub, built once per run: shared by
    the offline tests and the When is it due? tests, which open it from files."""

    def make(folder: Path) -> dict:
        project = copy_project(folder)
        result = project.hub("build", "--offline", "--out", "copy")
        assert result.returncode == 0, result.stdout + result.stderr
        return {"copy": str(project.root / "copy")}

    return Path(once(run_folder(tmp_path_factory) / "shared-offline", make)["copy"])


def _served(built: Built, browser, tmp_path_factory):
    """(base URL, site, browser), the build served on the port it was built for, by one server
    for the whole run."""
    base = serve_for_the_run(built.site, built.port, run_folder(tmp_path_factory))
    return base, built.site, browser


@pytest.fixture(scope="session")
def served_hub(preview_build, browser, tmp_path_factory):
    """The preview build served on 127.0.0.1, with Debian's chromium: (base URL, site, browser)."""
    return _served(preview_build, browser, tmp_path_factory)


@pytest.fixture(scope="session")
def served_public_hub(public_build, browser, tmp_path_factory):
    """The public build served on 127.0.0.1: (base URL, site, browser)."""
    return _served(public_build, browser, tmp_path_factory)


@pytest.fixture(scope="session")
def served_production_hub(production_build, browser, tmp_path_factory):
    """The production build, as staff search it (draft guides left out), served on 127.0.0.1."""
    return _served(production_build, browser, tmp_path_factory)
