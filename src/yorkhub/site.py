"""Plan one build of the hub: check every page, decide what is in, generate indexes.

``prepare`` reads the project's folder: every data file once, every page once.
``plan`` is a pure function from sources and a context to a ``Plan``. The MkDocs
hooks and ``hub check`` both call ``prepare``, so they report the same problems.
What the hooks need from a plan comes from one call per MkDocs event:
``files`` (what to add, remove, and the nav) and ``page_markdown``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from yorkhub import catalogue as cat
from yorkhub import datafiles, features, navigation, registry, render, search
from yorkhub.catalogue import Catalogue, Source
from yorkhub.context import Context
from yorkhub.features.delegation import model as delegation
from yorkhub.features.learning import model as learning
from yorkhub.features.reference import glossary
from yorkhub.features.safety import published_files
from yorkhub.features.timescales import model as timescales
from yorkhub.generated import Generated
from yorkhub.page import Page
from yorkhub.problems import Problem, unique_sorted
from yorkhub.schema import GUIDE
from yorkhub.settings import Settings, report_to_problems


@dataclass
class Plan:
    """What one build contains and what was wrong with its content."""

    catalogue: Catalogue  # the pages this build publishes
    problems: list[Problem]
    context: Context
    generated: dict[str, Generated] = field(default_factory=dict)  # site path -> published file
    excluded: set[str] = field(default_factory=set)  # site paths of written pages left out
    generated_left_out: set[str] = field(default_factory=set)  # generated pages left out

    def left_out(self) -> set[str]:
        """Every site path this build leaves out, so the nav never points at one."""
        return self.excluded | self.generated_left_out


@dataclass(frozen=True)
class Files:
    """What MkDocs' file list needs from one plan."""

    add: list[str]  # pages outside docs/, by path from the project's root (guides/...)
    remove: set[str]  # site paths MkDocs found but must not publish
    generated: dict[str, str]  # site path -> the file's text
    nav: list | None
    off_nav: set[str]  # published pages the menu leaves out on purpose (reached from index pages)


def load_registries(root: Path) -> tuple[dict[str, registry.Registry], list[Problem]]:
    """The registries in ``data/``, read on their own (for commands that need only these)."""
    return registries_from(datafiles.load(root))


def registries_from(data: dict[str, object]) -> tuple[dict[str, registry.Registry], list[Problem]]:
    registries, problems = {}, []
    for name in cat.REGISTRIES:
        registries[name], found = registry.from_data(name, data.get(name))
        problems += found
    return registries, problems


def make_context(
    settings: Settings, today: date, glossary_: dict, data: dict, registries: dict
) -> tuple[Context, list[Problem]]:
    """The build's context, with the timescales and the scheme of delegation checked once."""
    known, problems = timescales.parse(data.get("timescales"))
    scheme, found = delegation.parse(data.get("delegation"), registries["roles"])
    context = Context(settings, today, glossary_, data, timescales=known, scheme=scheme)
    return context, problems + found


def prepare(root: Path, settings: Settings, today: date) -> Plan:
    """Read the project at ``root`` and plan its build. Raises ``SetupError``."""
    data = datafiles.load(root)
    registries, problems = registries_from(data)
    context, found = make_context(settings, today, glossary.load(root), data, registries)
    sources = cat.read_sources(root)
    result = plan(sources, registries, context)
    result.excluded |= sources.refused_uris()  # MkDocs must not read or copy them
    found += published_files.check(sources.survey, result.catalogue, result.left_out(), settings)
    result.problems = unique_sorted(problems + found + result.problems)
    return result


def plan(sources: list[Source], registries: dict, context: Context) -> Plan:
    """Check every source, run the content checks, and generate the indexes."""
    everything, problems = cat.collect(sources, registries)
    for check in features.checks():
        problems += check(everything, context)
    readable = {p.uri for p in everything.pages}
    excluded = {s.uri for s in sources} - readable  # reported; MkDocs must not read them
    excluded |= {p.uri for p in everything.pages if not is_published(p.meta, context.settings)}
    published = Catalogue([p for p in everything.pages if p.uri not in excluded], registries)
    result = Plan(published, problems, context, excluded=excluded)
    for generate in features.generators():
        output = generate(published, context)
        for uri, made in output.pages.items():
            if made.meta is None or is_published(made.meta, context.settings):
                result.generated[uri] = made
            else:
                result.generated_left_out.add(uri)
        result.problems += output.problems
    published.generated = {uri for uri, made in result.generated.items() if made.meta is not None}
    result.problems += [
        Problem("mkdocs.yml", None, message.removeprefix("mkdocs.yml: "))
        for message in report_to_problems(context.settings, registries["roles"])
    ]
    result.problems = unique_sorted(result.problems)
    return result


def is_published(meta: dict, settings: Settings) -> bool:
    """The one rule for written and generated pages alike: draft guides only in preview;
    internal pages (``visibility``, else the default) only on the intranet."""
    draft_guide = meta.get("type") == GUIDE and meta.get("status", "draft") == "draft"
    if settings.drafts == "exclude" and draft_guide:
        return False
    visibility = meta.get("visibility", settings.default_visibility)
    return not (settings.audience == "public" and visibility == "internal")


def files(result: Plan, nav: list | None) -> Files:
    """What to add to and remove from MkDocs' files, and the nav with every section filled."""
    outside_docs = [p.src for p in result.catalogue.pages if not p.src.startswith("docs/")]
    texts = {uri: made.text() for uri, made in result.generated.items()}
    extended = navigation.extend(nav, nav_entries(result), result.left_out())
    pages = {p.uri for p in result.catalogue.pages}
    pages |= {uri for uri, made in result.generated.items() if made.meta is not None}
    off_nav = pages - navigation.pages_in(extended or [])
    return Files(outside_docs, set(result.excluded), texts, extended, off_nav)


def nav_entries(result: Plan) -> list[navigation.Entry]:
    """Every published page and generated page, with its title and order (guides are listed
    on their index instead)."""
    entries = [
        navigation.Entry(p.uri, p.title, p.order) for p in result.catalogue.pages if p.type != GUIDE
    ]
    for uri, made in result.generated.items():
        if made.meta is not None:
            order = made.meta.get("order", navigation.DEFAULT_ORDER)
            entries.append(navigation.Entry(uri, made.title or uri, order))
    return entries


def page_markdown(result: Plan, uri: str, meta: dict, markdown: str) -> tuple[str, dict]:
    """A page's Markdown as readers see it, and the front-matter keys to add for Material
    (search keywords and boosts; the learning themes as tags)."""
    added = search.settings(uri, meta, result.context.glossary)
    record = result.catalogue.get(uri)
    if record is None:
        made = result.generated.get(uri)
        if made is None or made.meta is None:
            return markdown, added
        return render.generated_markdown(
            Page(uri, uri, made.meta, markdown), markdown, result
        ), added
    if themes := learning.tags(record, result.catalogue.registries["themes"]):
        added[learning.TAGS_KEY] = themes  # read by Material's tags plugin, after this hook
    return render.page_markdown(record, markdown, result), added
