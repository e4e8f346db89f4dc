"""In the public build, a public page must not link to an internal page.

The internal page is left out of the public site, so the link would break; worse,
its address tells the public the page exists. MkDocs would also fail the build,
but its "link not found" warning does not say why; this check says which page is
internal and what to do.
"""

from __future__ import annotations

import html
import posixpath
import re
from urllib.parse import urlsplit

from yorkhub.features.safety.raw_html import without_code
from yorkhub.features.timescales import model as timescales
from yorkhub.problems import Problem

# Inline links [text](target "title") and reference definitions [id]: target
_LINK = re.compile(
    r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|^[ ]{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)",
    re.MULTILINE,
)
# HTML links, which Markdown passes through as they are.
_HTML_LINK = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)""", re.I)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//|^#")


def check(catalogue, context) -> list[Problem]:
    settings = context.settings
    if settings.audience != "public":
        return []
    internal = {p.uri: p for p in catalogue.pages if _visibility(p, settings) == "internal"}
    problems = []
    for page in catalogue.pages:
        if page.uri not in internal:
            problems += _links_to_internal(page, internal, settings.site_url)
            problems += _comments(page)
    return problems


def draft_links(catalogue, context) -> list[Problem]:
    """A published page must not link to a draft guide the production build leaves out
    (MkDocs' own warning would not say why the link broke)."""
    settings = context.settings
    if settings.drafts != "exclude":
        return []
    drafts = {
        p.uri: p for p in catalogue.pages if p.type == "one-minute-guide" and p.status == "draft"
    }
    problems = []
    for page in catalogue.pages:
        if page.uri in drafts or (
            settings.audience == "public" and _visibility(page, settings) == "internal"
        ):
            continue
        for line, target in _targets(page, drafts, settings.site_url):
            problems.append(
                Problem(
                    page.src,
                    line,
                    f"links to {drafts[target].src}, a draft guide the build leaves out until it "
                    "is approved: remove the link until then (make serve shows drafts)",
                )
            )
    return problems


def generated_left_out(catalogue, left_out: set[str], context) -> list[Problem]:
    """Links from published pages to pages the hub generates but this build leaves out
    (internal in the public build), and ``[[timescale:ID]]`` where the Timescales page is
    one of them. Run once the generators have run, since only then is it known which
    generated pages are published (``site.plan``)."""
    problems = []
    for page in catalogue.pages:
        if timescales.PAGE_URI in left_out:
            problems += [
                Problem(
                    page.src,
                    page.body_line + ref.offset,
                    f"[[timescale:{ref.id}]] links to Timescales at a glance, which this build "
                    "leaves out (it is internal): write the timescale in words on a public page",
                )
                for ref in timescales.references(page.body)
            ]
        for line, target in _targets(page, dict.fromkeys(left_out), context.settings.site_url):
            problems.append(
                Problem(
                    page.src,
                    line,
                    f"links to {target}, a page the hub makes that this build leaves out (it is "
                    "internal): remove the link from this page",
                )
            )
    return problems


def _targets(page, pages: dict, site_url: str) -> list[tuple[int, str]]:
    shown = without_code(page.body)
    found = []
    for match in sorted(
        [*_LINK.finditer(shown), *_HTML_LINK.finditer(shown)], key=lambda m: m.start()
    ):
        written = html.unescape(next(g for g in match.groups() if g))
        target = next((t for t in candidates(page.uri, written, site_url) if t in pages), None)
        if target is not None:
            found.append((page.body_line + page.body.count("\n", 0, match.start()), target))
    return found


def _comments(page) -> list[Problem]:
    # Markdown copies HTML comments into the page's HTML, where View Source shows them.
    shown = without_code(page.body)
    return [
        Problem(
            page.src,
            page.body_line + page.body.count("\n", 0, match.start()),
            "an HTML comment (<!-- ... -->) is published in the page's HTML source, where anyone "
            "can read it: remove it, or keep the note out of the page",
        )
        for match in _COMMENT.finditer(shown)
    ]


def _visibility(page, settings) -> str:
    return page.meta.get("visibility", settings.default_visibility)


def _links_to_internal(page, internal: dict, site_url: str = "") -> list[Problem]:
    problems = []
    shown = without_code(page.body)
    matches = [*_LINK.finditer(shown), *_HTML_LINK.finditer(shown)]
    for match in sorted(matches, key=lambda m: m.start()):
        written = html.unescape(next(g for g in match.groups() if g))
        target = next((t for t in candidates(page.uri, written, site_url) if t in internal), None)
        if target is not None:
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


def candidates(from_uri: str, written: str, site_url: str = "") -> list[str]:
    """The pages a link may point at: relative, site-absolute (``/about/x/``) or a full
    address on the hub's own site; a directory-style link names ``x.md`` or ``x/index.md``."""
    base = urlsplit(site_url or "")
    parts = urlsplit(written)
    if parts.scheme in ("http", "https") and base.netloc and parts.netloc == base.netloc:
        root = base.path or "/"
        written = "/" + parts.path[len(root) :] if parts.path.startswith(root) else parts.path
    elif parts.scheme or written.startswith("//"):
        return []
    target = resolve(from_uri, written)
    if target is None:
        return []
    found = [target]
    if target.endswith("/index.md") and written.split("#")[0].split("?")[0].endswith("/"):
        found.append(target[: -len("/index.md")] + ".md")
    if target.endswith(".html"):
        found.append(target[: -len(".html")] + ".md")
    return found


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
