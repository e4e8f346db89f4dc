"""Every page of the hub, checked, in one catalogue: the input to every index.

``collect`` is pure (it takes the files' bytes); ``read_sources`` is the only
function here that touches the disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from yorkhub import survey
from yorkhub.page import Page
from yorkhub.problems import Problem
from yorkhub.registry import Registry
from yorkhub.settings import read_config
from yorkhub.validate import check_page

# Folders whose Markdown files are pages: (folder, where its pages sit in the site).
SOURCES = (("docs", ""), ("guides", "guides/"))
REGISTRIES = ("themes", "priorities", "roles")


@dataclass(frozen=True)
class Source:
    src: str  # path from the project's root, as messages name it
    uri: str  # path inside the site
    raw: bytes


@dataclass
class Catalogue:
    pages: list[Page]
    registries: dict[str, Registry]
    # Site paths of the pages generators added to this build: set once they have all run,
    # so transforms (which run as each page renders) may link to them.
    generated: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        # Looked up once per rendered page: a dict keeps big hubs linear.
        self._by_uri = {p.uri: p for p in self.pages}

    def by_type(self, *types: str) -> list[Page]:
        return [p for p in self.pages if p.type in types]

    def get(self, uri: str) -> Page | None:
        return self._by_uri.get(uri)

    def publishes(self, uri: str) -> bool:
        """Whether this build publishes the page at ``uri``, written or generated."""
        return uri in self._by_uri or uri in self.generated


class Sources(list):
    """The pages (a list of ``Source``), and in ``survey`` everything else MkDocs would
    publish or include: assets, files it must not publish, snippets."""

    def __init__(self, pages, found: survey.Survey | None = None):
        super().__init__(pages)
        self.survey = found or survey.Survey()

    def refused_uris(self) -> set[str]:
        """Site paths MkDocs must not read or copy (each refused file has a problem)."""
        refused = {r.uri for r in self.survey.refused if r.uri is not None}
        return refused | self.survey.hidden_uris


def read_sources(root: Path) -> Sources:
    """Every page MkDocs renders from ``docs/`` and the hooks add from ``guides/`` (every
    Markdown extension, folder links followed inside the project), in a stable order."""
    config = read_config(root)
    found = survey.survey(root, SOURCES, own_assets(config))
    found.config = config
    pages = sorted(found.pages)
    return Sources([Source(src, uri, raw) for src, uri, raw in pages], found)


def own_assets(config: dict) -> set[str]:
    """The scripts and style sheets mkdocs.yml lists (and its search worker): the only
    ones docs/ may hold."""
    listed = [*(config.get("extra_css") or []), *(config.get("extra_javascript") or [])]
    extra = config.get("extra") or {}
    listed += extra.get("polyfills") or []
    listed += [extra["search_worker"]] if extra.get("search_worker") else []
    return {item.get("path", "") if isinstance(item, dict) else str(item) for item in listed}


def collect(
    sources: list[Source], registries: dict[str, Registry]
) -> tuple[Catalogue, list[Problem]]:
    """Check every source's front matter (rules across pages are the features' checks)."""
    pages, problems = [], []
    for source in sources:
        page, found = check_page(source.src, source.uri, source.raw, registries)
        problems += found
        if page is not None:
            pages.append(page)
    catalogue = Catalogue(sorted(pages, key=lambda p: p.uri), registries)
    return catalogue, problems
