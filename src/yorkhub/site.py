"""Plan one build of the hub: check every page, decide what is in, generate indexes.

``plan`` is a pure function from sources, registries, settings and today's date
to a ``Plan``; ``prepare`` reads those from the project's folder. The MkDocs
hooks and ``hub check`` both call ``prepare``, so they report the same problems.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import catalogue as cat
from . import glossary, registry
from .catalogue import Catalogue, Source
from .generators import GENERATORS, Context
from .page import Page
from .problems import Problem, unique_sorted
from .settings import Settings


@dataclass
class Plan:
    """What one build contains and what was wrong with its content."""

    catalogue: Catalogue  # the pages this build publishes
    problems: list[Problem]
    generated: dict[str, str] = field(default_factory=dict)  # site path -> Markdown
    excluded: set[str] = field(default_factory=set)  # site paths of pages left out
    nav: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # section index -> children


def load_registries(root: Path) -> tuple[dict[str, registry.Registry], list[Problem]]:
    registries, problems = {}, []
    for name in cat.REGISTRIES:
        registries[name], found = registry.load(root, name)
        problems += found
    return registries, problems


def prepare(root: Path, settings: Settings, today: date) -> Plan:
    """Read the project at ``root`` and plan its build. Raises ``SetupError``."""
    registries, problems = load_registries(root)
    result = plan(cat.read_sources(root), registries, settings, today, glossary.load(root))
    result.problems = unique_sorted(problems + result.problems)
    return result


def plan(sources: list[Source], registries: dict, settings: Settings, today: date,
         abbreviations: dict[str, str] | None = None) -> Plan:
    catalogue, problems = cat.collect(sources, registries)
    unreadable = {s.uri for s in sources} - {p.uri for p in catalogue.pages}  # reported; MkDocs must not read them
    excluded = unreadable | {p.uri for p in catalogue.pages if not is_published(p, settings)}
    visible = Catalogue([p for p in catalogue.pages if p.uri not in excluded], registries)
    result = Plan(visible, problems, excluded=excluded)
    context = Context(settings, today, abbreviations or {})
    for generate in GENERATORS:
        output = generate(visible, context)
        result.generated.update(output.pages)
        result.nav.update(output.nav)
        result.problems += output.problems
    result.problems = unique_sorted(result.problems)
    return result


def is_published(page: Page, settings: Settings) -> bool:
    """Whether this build includes the page: drafts of guides only in preview; internal pages only on the intranet."""
    if settings.drafts == "exclude" and page.type == "one-minute-guide" and page.status == "draft":
        return False
    visibility = page.meta.get("visibility", settings.default_visibility)
    return not (settings.audience == "public" and visibility == "internal")
