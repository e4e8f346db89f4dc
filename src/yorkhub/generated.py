"""What a generator returns: the files it adds to the build, as structure, and any problems.

A generated page is its front matter (``meta``: title, summary, keywords ...)
and its Markdown body; a generated data file (``feed.xml``, ``reviews.json``)
has no front matter. The build decides from ``meta`` whether a generated page is
published, with the same rule as for written pages, and writes the front matter
out only where MkDocs reads the file. Generated files are never written into docs/.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from yorkhub.problems import Problem


@dataclass(frozen=True)
class Generated:
    """One generated file: ``meta`` is None for a file that is not a page."""

    body: str
    meta: dict | None = None

    @property
    def title(self) -> str:
        return str((self.meta or {}).get("title", ""))

    def text(self) -> str:
        """The file as MkDocs reads it: front matter first, for a page."""
        if self.meta is None:
            return self.body
        data = yaml.safe_dump(self.meta, sort_keys=False, allow_unicode=True)
        return f"---\n{data}---\n\n{self.body}"


def page(title: str, body: str, **meta: object) -> Generated:
    """A generated page: its title and other front matter, and its Markdown body."""
    return Generated(body, {"title": title, **meta})


def status_of(statuses: list[str]) -> str:
    """The status of a page made from several entries: approved only once every entry is."""
    return "approved" if statuses and all(s == "approved" for s in statuses) else "draft"


def data_file(text: str) -> Generated:
    """A generated file that is not a page (XML, JSON)."""
    return Generated(text)


@dataclass
class Output:
    pages: dict[str, Generated] = field(default_factory=dict)  # site path -> generated file
    problems: list[Problem] = field(default_factory=list)

    def texts(self) -> dict[str, str]:
        """Each file's text by site path, as MkDocs will read it."""
        return {uri: generated.text() for uri, generated in self.pages.items()}
