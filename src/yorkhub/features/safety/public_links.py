"""In the public build, a public page must not link to an internal page.

The internal page is left out of the public site, so the link would break; worse,
its address tells the public the page exists. MkDocs would also fail the build,
but its "link not found" warning does not say why; this check says which page is
internal and what to do.
"""

from __future__ import annotations

import posixpath
import re

from yorkhub.problems import Problem

# Inline links [text](target "title") and reference definitions [id]: target
_LINK = re.compile(
    r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|^[ ]{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)",
    re.MULTILINE,
)
_EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//|^#")


def check(catalogue, context) -> list[Problem]:
    settings = context.settings
    if settings.audience != "public":
        return []
    internal = {p.uri: p for p in catalogue.pages if _visibility(p, settings) == "internal"}
    problems = []
    for page in catalogue.pages:
        if page.uri not in internal:
            problems += _links_to_internal(page, internal)
    return problems


def _visibility(page, settings) -> str:
    return page.meta.get("visibility", settings.default_visibility)


def _links_to_internal(page, internal: dict) -> list[Problem]:
    problems = []
    for match in _LINK.finditer(page.body):
        target = resolve(page.uri, match.group(1) or match.group(2))
        if target in internal:
            line = page.body_line + page.body.count("\n", 0, match.start())
            problems.append(
                Problem(
                    page.src,
                    line,
                    f"links to {internal[target].src}, an internal page the public build leaves out: "
                    "remove the link, or give that page 'visibility: public'",
                )
            )
    return problems


def resolve(from_uri: str, target: str) -> str | None:
    """The site path of the page a relative link points at (``about/index.md``), or None."""
    if _EXTERNAL.match(target):
        return None
    path = target.split("#", 1)[0].split("?", 1)[0]
    if not path:
        return None
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(from_uri), path))
    if path.endswith("/") or joined == ".":
        joined = posixpath.join("" if joined == "." else joined, "index.md")
    elif not posixpath.splitext(joined)[1]:
        joined += ".md"
    return joined.lstrip("/")
