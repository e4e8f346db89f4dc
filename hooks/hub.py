"""MkDocs hooks: thin adapters from MkDocs' events to the ``yorkhub`` package.

Each hook turns MkDocs objects into plain data, makes one call into yorkhub and
hands the result back. All logic, and all its tests, live in the package.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File

from yorkhub import navigation, render, search, site
from yorkhub.features.learning import model as learning
from yorkhub.features.safety import csp
from yorkhub.problems import ERROR
from yorkhub.registry import SetupError
from yorkhub.settings import Settings

log = get_plugin_logger("hub")

# The plan of the build under way. Replaced at the start of every build (even
# under `mkdocs serve`, which never reloads this module), never read across builds.
_build: dict = {}


def on_config(config):
    _build.clear()
    root = Path(config.config_file_path).parent
    try:
        settings = Settings.from_mapping(config.extra.get("hub") or {}, config.site_url)
    except SetupError as err:
        raise PluginError(str(err)) from None
    _build.update(root=root, settings=settings, today=date.today())  # time enters here, once
    # The same inline script on every page, so the server's CSP can allow it by hash.
    config.extra.setdefault("scope", csp.scope(config.site_url))
    return config


def on_files(files, config):
    root, settings, today = _build["root"], _build["settings"], _build["today"]
    try:
        plan = site.prepare(root, settings, today)
    except SetupError as err:
        raise PluginError(str(err)) from None
    for problem in plan.problems:
        (log.warning if problem.severity == ERROR else log.info)(str(problem))
    _build["plan"] = plan
    for page in plan.catalogue.pages:
        if page.src.startswith("guides/"):  # the AP team's folder sits beside docs/
            files.append(File(page.src, str(root), config.site_dir, config.use_directory_urls))
    for uri in plan.excluded:
        if (file := files.get_file_from_path(uri)) is not None:
            files.remove(file)
    for uri, content in plan.generated.items():
        files.append(File.generated(config, uri, content=content))
    config.nav = navigation.extend(config.nav, site.nav_entries(plan), plan.left_out())
    return files


def on_page_markdown(markdown, page, config, files):
    plan = _build.get("plan")
    if plan:  # keywords as search tags, before Material's search indexes the page
        page.meta.update(search.settings(page.file.src_uri, page.meta, plan.context.glossary))
    record = plan.catalogue.get(page.file.src_uri) if plan else None
    if record is None:
        return markdown
    if themes := learning.tags(record, plan.catalogue.registries["themes"]):
        page.meta[learning.TAGS_KEY] = (
            themes  # read by Material's tags plugin, which runs after this hook
        )
    return render.page_markdown(record, markdown, plan)


def on_serve(server, config, builder):
    root = _build.get("root") or Path(config.config_file_path).parent
    for folder in ("guides", "data", "includes", "src/yorkhub"):
        if (root / folder).is_dir():
            server.watch(str(root / folder))
    return server
