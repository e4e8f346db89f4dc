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

from yorkhub import addresses, datafiles, features, navigation, registry, render, search, visibility
from yorkhub import catalogue as cat
from yorkhub import markdown as md
from yorkhub.catalogue import Catalogue, Source
from yorkhub.context import Context
from yorkhub.features.delegation import model as delegation
from yorkhub.features.learning import model as learning
from yorkhub.features.reference import glossary
from yorkhub.features.safety import public_links, published_files, snippets
from yorkhub.features.timescales import model as timescales
from yorkhub.generated import Generated
from yorkhub.page import Page
from yorkhub.problems import Problem, unique_sorted
from yorkhub.schema import GUIDE, MATERIAL_FIELDS
from yorkhub.settings import Settings, mailbox_problems


@dataclass
class Plan:
    """What one build contains and what was wrong with its content."""

    catalogue: Catalogue  # the pages this build publishes
    problems: list[Problem]
    context: Context
    generated: dict[str, Generated] = field(default_factory=dict)  # site path -> published file
    excluded: set[str] = field(default_factory=set)  # site paths of written pages left out
    generated_left_out: set[str] = field(default_factory=set)  # generated pages left out
    banner: str = ""  # the preview's list of problems, above every page (see yorkhub.preview)
    everything: Catalogue | None = None  # every readable page, drafts and internal pages too
    images: list[str] = field(default_factory=list)  # guides' images published with them (src)
    images_left_out: list[str] = field(default_factory=list)  # those of guides left out

    def unpublished_guides(self) -> list:
        """The draft guides this build leaves out (checked all the same)."""
        pages = self.everything.pages if self.everything else []
        return [p for p in pages if p.type == GUIDE and p.uri in self.excluded]

    blocked_snippets: dict[str, set[str]] = field(default_factory=dict)  # src -> refused paths

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
    settings: Settings,
    today: date,
    glossary_: dict,
    data: dict,
    registries: dict,
    templates: frozenset[str] = frozenset(),
) -> tuple[Context, list[Problem]]:
    """The build's context, with the timescales and the scheme of delegation checked once."""
    known, problems = timescales.parse(data.get("timescales"))
    scheme, found = delegation.parse(data.get("delegation"), registries["roles"])
    context = Context(
        settings, today, glossary_, data, timescales=known, scheme=scheme, templates=templates
    )
    return context, problems + found


def page_templates(root: Path) -> frozenset[str]:
    """The templates a page may name: regular files in overrides/, no links, no folders."""
    folder = root / "overrides"
    if not folder.is_dir() or folder.is_symlink():
        return frozenset()
    found = set()
    for path in folder.rglob("*.html"):
        inside = path.relative_to(folder)
        steps = [folder / step for step in inside.parents if step.parts] + [path]
        partial = inside.parts[0] == "partials"  # pieces of Material's templates, not pages
        if path.is_file() and not partial and not any(step.is_symlink() for step in steps):
            found.add(inside.as_posix())
    return frozenset(found)


def prepare(root: Path, settings: Settings, today: date, changed: dict | None = None) -> Plan:
    """Read the project at ``root`` and plan its build. Raises ``SetupError``. ``changed``
    (source path -> text) plans it as if those pages read so: ``hub approve`` checks a page
    as it will be before writing it."""
    data = datafiles.load(root)
    registries, problems = registries_from(data)
    context, found = make_context(
        settings, today, glossary.load(root), data, registries, page_templates(root)
    )
    sources = cat.read_sources(root)
    for n, source in enumerate(sources):
        if changed and source.src in changed:
            sources[n] = Source(source.src, source.uri, changed[source.src].encode("utf-8"))
    result = plan(sources, registries, context)
    result.excluded |= sources.refused_uris()  # MkDocs must not read or copy them
    found += published_files.check(sources.survey, result.catalogue, result.left_out(), settings)
    result.images = guide_images(sources.survey.guide_images, result.catalogue)
    result.images_left_out = sorted(
        {s for s, _ in sources.survey.guide_images} - set(result.images)
    )
    assets = sources.survey.asset_uris | set(result.images)  # in guides/, src is the site path
    for check in features.published_checks():  # links, once every published file is known
        found += check(result, assets)
    result.blocked_snippets = published_files.blocked(sources.survey)
    written = [(s.src, s.uri) for s in sources] + [(a[0], a[1]) for a in sources.survey.assets]
    found += addresses.clashes(written, set(result.generated) | result.generated_left_out)
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
    result = Plan(published, problems, context, excluded=excluded, everything=everything)
    for generate in features.generators():
        output = generate(published, context)
        for uri, made in output.pages.items():
            if made.meta is None or is_published(made.meta, context.settings):
                result.generated[uri] = made
            else:
                result.generated_left_out.add(uri)
        result.problems += output.problems
    result.problems += public_links.generated_left_out(
        published, result.generated_left_out, context
    )
    published.generated = {uri for uri, made in result.generated.items() if made.meta is not None}
    result.problems += [
        Problem("mkdocs.yml", None, message.removeprefix("mkdocs.yml: "))
        for message in mailbox_problems(context.settings, registries["roles"])
    ]
    result.problems = unique_sorted(result.problems)
    return result


def guide_images(images: list[tuple[str, str]], published: Catalogue) -> list[str]:
    """The images in ``guides/NAME/`` whose guide, ``guides/NAME.md``, is published."""
    guides = {p.src.removesuffix(".md") for p in published.pages if p.src.startswith("guides/")}
    return sorted(src for src, _ in images if src.rpartition("/")[0] in guides)


is_published = visibility.is_published


def files(result: Plan, nav: list | None) -> Files:
    """What to add to and remove from MkDocs' files, and the nav with every section filled."""
    outside_docs = [p.src for p in result.catalogue.pages if not p.src.startswith("docs/")]
    outside_docs += result.images
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
        navigation.Entry(p.uri, md.title(p.title), p.order)
        for p in result.catalogue.pages
        if p.type != GUIDE
    ]
    for uri, made in result.generated.items():
        if made.meta is not None:
            order = made.meta.get("order", navigation.DEFAULT_ORDER)
            entries.append(navigation.Entry(uri, md.title(made.title or uri), order))
    return entries


# What Material gets instead of a page setting it cannot use (reported as a problem already):
# its own defaults, so the build reaches its strict stop with every message, never a traceback.
FALLBACKS = {"hide": [], "search": {}, "tags": [], "template": "main.html"}


def material_fallbacks(record, meta: dict, context: Context) -> dict:
    """Material's page settings that failed their check, each replaced by its default."""
    bad = {key for key in MATERIAL_FIELDS if key in meta and key not in record.meta}
    if "template" in record.meta and record.meta["template"] not in context.templates:
        bad.add("template")
    return {key: FALLBACKS[key] for key in bad}


def page_markdown(result: Plan, uri: str, meta: dict, markdown: str) -> tuple[str, dict]:
    """A page's Markdown as readers see it, and the front-matter keys to add for Material
    (search keywords and boosts; the learning themes as tags). In the preview, every page
    (generated ones too) starts with the banner of problems to fix."""
    added = search.settings(uri, meta, result.context.glossary)
    if isinstance(meta.get("title"), str) and md.title(meta["title"]) != meta["title"]:
        added["title"] = md.title(meta["title"])  # Material writes titles in unescaped
    record = result.catalogue.get(uri)
    if record is None:
        made = result.generated.get(uri)
        if made is None or made.meta is None:
            return result.banner + markdown, added
        page = Page(uri, uri, made.meta, markdown)
        return result.banner + render.generated_markdown(page, markdown, result), added
    added |= material_fallbacks(record, meta, result.context)
    if record.src in result.blocked_snippets:
        markdown = snippets.neutralise(markdown, result.blocked_snippets[record.src])
    if themes := learning.tags(record, result.catalogue.registries["themes"]):
        added[learning.TAGS_KEY] = themes  # read by Material's tags plugin, after this hook
    return result.banner + render.page_markdown(record, markdown, result), added
