"""Plan one build of the hub: check every page, decide what is in, generate indexes.

``plan`` is a pure function from sources, registries, settings and today's date
to a ``Plan``; ``prepare`` reads those from the project's folder. The MkDocs
hooks and ``hub check`` both call ``prepare``, so they report the same problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from yorkhub import catalogue as cat
from yorkhub import features, frontmatter, navigation, registry
from yorkhub.catalogue import Catalogue, Source
from yorkhub.context import Context
from yorkhub.features.reference import glossary
from yorkhub.features.safety import published_files
from yorkhub.page import Page
from yorkhub.problems import Problem, unique_sorted
from yorkhub.settings import Settings


@dataclass
class Plan:
    """What one build contains and what was wrong with its content."""

    catalogue: Catalogue  # the pages this build publishes
    problems: list[Problem]
    context: Context
    generated: dict[str, str] = field(default_factory=dict)  # site path -> Markdown
    excluded: set[str] = field(default_factory=set)  # site paths of pages left out
    generated_left_out: set[str] = field(
        default_factory=set
    )  # generated pages left out (internal, public build)
    transforms: list = field(default_factory=list)  # found once a build, applied to every page

    def left_out(self) -> set[str]:
        """Every site path this build leaves out, so the nav never points at one."""
        return self.excluded | self.generated_left_out


def load_registries(root: Path) -> tuple[dict[str, registry.Registry], list[Problem]]:
    registries, problems = {}, []
    for name in cat.REGISTRIES:
        registries[name], found = registry.load(root, name)
        problems += found
    return registries, problems


def prepare(root: Path, settings: Settings, today: date) -> Plan:
    """Read the project at ``root`` and plan its build. Raises ``SetupError``."""
    registries, problems = load_registries(root)
    context = Context(settings, today, glossary.load(root), registry.load_data(root))
    sources = cat.read_sources(root)
    result = plan(sources, registries, context)
    result.excluded |= sources.refused_uris()  # MkDocs must not read or copy them
    problems += published_files.check(sources.survey, result.catalogue, result.left_out(), settings)
    result.problems = unique_sorted(problems + result.problems)
    return result


def plan(sources: list[Source], registries: dict, context: Context) -> Plan:
    """Check every source, run the content checks, and generate the indexes."""
    everything, problems = cat.collect(sources, registries)
    for check in features.checks():
        problems += check(everything, context)
    unreadable = {s.uri for s in sources} - {
        p.uri for p in everything.pages
    }  # reported; MkDocs must not read them
    excluded = unreadable | {
        p.uri for p in everything.pages if not is_published(p, context.settings)
    }
    published = Catalogue([p for p in everything.pages if p.uri not in excluded], registries)
    result = Plan(published, problems, context, excluded=excluded, transforms=features.transforms())
    for generate in features.generators():
        output = generate(published, context)
        for uri, text in output.pages.items():
            if generated_is_published(uri, text, context.settings):
                result.generated[uri] = text
            else:
                result.generated_left_out.add(uri)
        result.problems += output.problems
    result.problems = unique_sorted(result.problems)
    return result


def nav_entries(result: Plan) -> list[navigation.Entry]:
    """Every published page and generated Markdown page, with its title and order."""
    entries = [
        navigation.Entry(p.uri, p.title, p.meta.get("order", 1000))
        for p in result.catalogue.pages
        if p.type != "one-minute-guide"
    ]
    for uri, text in result.generated.items():
        if uri.endswith(".md"):
            parsed, _ = frontmatter.split(uri, text)
            meta = parsed.meta if parsed else {}
            entries.append(
                navigation.Entry(uri, str(meta.get("title", uri)), int(meta.get("order", 1000)))
            )
    return entries


def is_published(page: Page, settings: Settings) -> bool:
    """Whether this build includes the page: drafts of guides only in preview; internal pages only on the intranet."""
    if settings.drafts == "exclude" and page.type == "one-minute-guide" and page.status == "draft":
        return False
    visibility = page.meta.get("visibility", settings.default_visibility)
    return not (settings.audience == "public" and visibility == "internal")


def generated_is_published(uri: str, text: str, settings: Settings) -> bool:
    """Generated Markdown follows the pages' rule: its own ``visibility``, else the default."""
    if settings.audience != "public" or not uri.endswith(".md"):
        return True
    parsed, _ = frontmatter.split(uri, text)
    visibility = (parsed.meta if parsed else {}).get("visibility", settings.default_visibility)
    return visibility != "internal"
