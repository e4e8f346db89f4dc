"""Every page of the hub, checked, in one catalogue: the input to every index.

``collect`` is pure (it takes the files' bytes); ``read_sources`` is the only
function here that touches the disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yorkhub.page import Page
from yorkhub.problems import Problem
from yorkhub.registry import Registry
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

    def __post_init__(self) -> None:
        # Looked up once per rendered page: a dict keeps big hubs linear.
        self._by_uri = {p.uri: p for p in self.pages}

    def by_type(self, *types: str) -> list[Page]:
        return [p for p in self.pages if p.type in types]

    def get(self, uri: str) -> Page | None:
        return self._by_uri.get(uri)


def read_sources(root: Path) -> list[Source]:
    """The bytes of every page under ``docs/`` and ``guides/``, in a stable order."""
    found = []
    for folder, prefix in SOURCES:
        base = root / folder
        for path in sorted(base.rglob("*.md")) if base.is_dir() else []:
            rel = path.relative_to(base).as_posix()
            found.append(Source(f"{folder}/{rel}", prefix + rel, path.read_bytes()))
    return found


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
