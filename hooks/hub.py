"""MkDocs hooks: thin adapters from MkDocs' events to the ``yorkhub`` package.

Each hook turns MkDocs objects into plain data, makes one call into yorkhub and
hands the result back. All logic, and all its tests, live in the package.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, InclusionLevel

from yorkhub import preview, search_pages, site
from yorkhub.features.safety import csp
from yorkhub.problems import ERROR, SetupError
from yorkhub.settings import Settings

log = get_plugin_logger("hub")

# The plan of the build under way. Replaced at the start of every build (even
# under `mkdocs serve`, which never reloads this module), never read across builds.
_build: dict = {}
# Whether this process is the preview (`mkdocs serve`), and the preview's last plan: kept
# across its rebuilds, so a broken data file shows the last good pages (see yorkhub.preview).
_session: dict = {"preview": False, "last": None}


def on_startup(command, dirty):
    _session.update(preview=command == "serve", last=None)


def on_config(config):
    _build.clear()
    try:
        settings = Settings.from_mapping(config.extra.get("hub") or {}, config.site_url)
    except SetupError as err:
        if not (_session["preview"] and _session["last"]):
            raise PluginError(str(err)) from None
        settings = err  # the preview keeps its last plan and shows why
    root = Path(config.config_file_path).parent
    _build.update(root=root, settings=settings, today=date.today())  # time enters here, once
    if _session["preview"] and config.strict:
        # The hub reports broken links itself, with file:line, in the preview's banner: in a
        # strict preview MkDocs' own warnings would fail the rebuild and hang the browser.
        for checks in (config.validation.links, config.validation.nav):
            for name in ("not_found", "anchors", "absolute_links", "unrecognized_links"):
                if hasattr(checks, name) and getattr(checks, name) > logging.INFO:
                    setattr(checks, name, logging.INFO)
    # The same inline script on every page, so the server's CSP can allow it by hash.
    config.extra.setdefault("scope", csp.scope(config.site_url))
    return config


def on_files(files, config):
    root, settings, today = _build["root"], _build["settings"], _build["today"]
    try:
        if _session["preview"]:
            plan = _session["last"] = preview.prepare(root, settings, today, _session["last"])
        else:
            plan = site.prepare(root, settings, today)
    except SetupError as err:
        raise PluginError(str(err)) from None
    _build["plan"] = plan
    quiet = _session["preview"] and config.strict  # shown on every page instead of failing
    for problem in plan.problems:
        (log.warning if problem.severity == ERROR and not quiet else log.info)(str(problem))
    changes = site.files(plan, config.nav)
    for src in changes.add:  # the AP team's guides/ folder sits beside docs/
        files.append(File(src, str(root), config.site_dir, config.use_directory_urls))
    for uri in changes.remove:
        if (file := files.get_file_from_path(uri)) is not None:
            files.remove(file)
    for uri, content in changes.generated.items():
        files.append(File.generated(config, uri, content=content))
    for uri in changes.off_nav:  # reached from index pages: MkDocs need not list them
        if (file := files.get_file_from_path(uri)) is not None and file.inclusion.is_included():
            file.inclusion = InclusionLevel.NOT_IN_NAV
    config.nav = changes.nav
    return files


def on_page_markdown(markdown, page, config, files):
    if (plan := _build.get("plan")) is None:
        return markdown
    markdown, meta = site.page_markdown(plan, page.file.src_uri, page.meta, markdown)
    page.meta.update(meta)
    return markdown


@event_priority(-100)  # after Material's search plugin has written its index
def on_post_build(config):
    """A served build searches with Pagefind's index; the offline copy, the preview and a
    build with HUB_SEARCH=material keep Material's (see yorkhub.search_pages)."""
    offline = config.plugins.get("material/offline")
    if _session["preview"] or (offline is not None and offline.config.enabled):
        return
    if os.environ.get("HUB_SEARCH") == "material":  # bench/search.py compares the engines
        return
    try:
        count = search_pages.write(Path(config.site_dir))
    except (OSError, RuntimeError) as err:
        raise PluginError(str(err)) from None
    log.info(f"search: Pagefind indexed {count} pages")


def on_serve(server, config, builder):
    root = _build.get("root") or Path(config.config_file_path).parent
    for folder in ("guides", "data", "includes", "src/yorkhub"):
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    return server
