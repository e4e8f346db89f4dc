"""Each published address comes from one file: a written page, a text file or a generated page.

MkDocs gives ``about/x.md``, ``about/x.markdown``, ``about/x/index.md`` and
``about/x/README.md`` the same address (``about/x/``) and keeps one of them; a page
the hub generates (``whats-new.md``, ``feed.xml``) silently replaces a written
file of the same name. Either way a file an author wrote would vanish from the
site without a word, so each clash is a problem naming both files.
"""

from __future__ import annotations

import posixpath

from yorkhub.problems import Problem
from yorkhub.survey import MARKDOWN


def address(uri: str) -> str:
    """Where a file is served: ``about/x/`` for a page (directory URLs), else its own path."""
    stem, ext = posixpath.splitext(uri)
    if ext not in MARKDOWN:
        return uri
    folder, name = posixpath.split(stem)
    if name in ("index", "README"):
        return folder + "/" if folder else ""
    return stem + "/"


def clashes(written: list[tuple[str, str]], generated: set[str]) -> list[Problem]:
    """A problem for each written file (``(src, uri)``) whose address another file has."""
    made = {address(uri): uri for uri in generated}
    first: dict[str, str] = {}
    problems = []
    for src, uri in sorted(written, key=lambda pair: (pair[1].count("/"), pair[0])):
        where = address(uri)
        if where in made:
            problems.append(
                Problem(
                    src,
                    None,
                    f"the hub makes {made[where]} itself, from the pages and data files, so this "
                    "file would be dropped without a word: give it another name",
                )
            )
        elif where in first:
            problems.append(
                Problem(
                    src,
                    None,
                    f"has the same address (/{where}) as {first[where]}, so MkDocs would publish "
                    "only one of them: rename or move one",
                )
            )
        else:
            first[where] = src
    return problems
