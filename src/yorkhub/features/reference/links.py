"""Every link in a published page, guide or generated page leads somewhere: ``hub check``
finds what MkDocs' strict build would refuse, with the file, the line and the nearest page.

MkDocs checks a relative link to a file (``../standards/visits.md``) against the files
it publishes, and an anchor (``visits.md#timescales``) against the ids of that page.
Its message names no line and, for a mistyped page, no suggestion. This check follows
MkDocs' rules (``mkdocs.structure.pages``, 1.6): external addresses are not checked;
an address from the site's root (``/about/``) or a folder link (``../about/``) is
refused, because MkDocs leaves it as written and it breaks when the hub is served
under a path. A link to a page the build leaves out (a draft guide, an internal page
in the public build) is reported by the safety checks, with the reason, so not here.

Anchors are the ids the Markdown ``toc`` extension gives headings (``{#id}`` where
written), attribute lists' ``{#id}``, footnotes, and ``id="..."`` in HTML.
"""

from __future__ import annotations

import html
import posixpath
import re
from difflib import get_close_matches
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from markdown.extensions.toc import slugify, unique

from yorkhub.features.safety.raw_html import without_code
from yorkhub.problems import Problem

if TYPE_CHECKING:
    from yorkhub.site import Plan

# Inline links and images [text](target "title"), and reference definitions [id]: target.
_INLINE = re.compile(
    r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(<[^>\n]*>|[^)\s]+)(?:\s+[\"'(][^\n]*?)?\s*\)"
)
_REFERENCE = re.compile(r"^[ ]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)", re.M)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
_SETEXT = re.compile(r"^(?![ \t]*[-=#>*|]|[ \t]*$)([^\n]+)\n[ \t]{0,3}(=+|-+)[ \t]*$", re.M)
_ATTR_ID = re.compile(r"\{:?[^{}\n]*#([\w-]+)[^{}\n]*\}")
_ATTRS = re.compile(r"\s*\{:?[^{}\n]*\}\s*$")
_HTML_ID = re.compile(r"""<[a-z][^<>]*?\s(?:id|name)\s*=\s*["']([^"']+)["']""", re.I)
_FOOTNOTE = re.compile(r"^\[\^([^\]\n]+)\]:", re.M)
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\n]+)\](?!:)")
_LINK_TEXT = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)")
_TAGS = re.compile(r"<[^<>]+>")
_EMPHASIS = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|`+")


def check(plan: Plan, assets: set[str]) -> list[Problem]:
    """Problems for each broken link or anchor in the pages and generated pages ``plan``
    publishes; ``assets`` are the site paths of the files published as they are."""
    pages = pages_of(plan)
    files = set(pages) | set(plan.generated) | assets
    anchors = Anchors(plan, pages)
    left_out = plan.left_out()
    # Draft guides the production build leaves out are checked too, so a guide's links are
    # right before it is approved (links between them are left to the draft check).
    drafts = {p.uri: (p.src, p.body, p.body_line) for p in plan.unpublished_guides()}
    problems = []
    for uri, (src, body, first) in {**pages, **drafts}.items():
        reachable = files
        if uri in drafts:  # a draft's own images are left out with it, but are there
            folder = src.removesuffix(".md") + "/"
            reachable = files | {i for i in plan.images_left_out if i.startswith(folder)}
        for offset, written in links(body):
            message = _problem(uri, written, reachable, anchors, left_out)
            if message:
                problems.append(Problem(src, first + body.count("\n", 0, offset), message))
    return problems


def pages_of(plan: Plan) -> dict[str, tuple[str, str, int]]:
    """Each published page, written or generated: site path -> (file, Markdown, first line)."""
    pages = {p.uri: (p.src, p.body, p.body_line) for p in plan.catalogue.pages}
    for uri, made in plan.generated.items():
        if made.meta is not None:
            pages[uri] = (f"{uri} (a page the hub generates)", made.body, 1)
    return pages


class Anchors:
    """Each page's anchor ids, found once, when a link first names one of them."""

    def __init__(self, plan: Plan, pages: dict):
        self.plan, self.pages, self.found = plan, pages, {}

    def of(self, uri: str) -> set[str]:
        if uri not in self.found:
            from yorkhub import render  # render runs every feature's transforms

            body = self.pages[uri][1]
            self.found[uri] = ids(body)
            if (page := self.plan.catalogue.get(uri)) is not None:  # transforms add headings
                self.found[uri] |= ids(render.page_markdown(page, body, self.plan))
        return self.found[uri]


def links(body: str) -> list[tuple[int, str]]:
    """``(offset, target as written)`` of each Markdown link and image outside code."""
    shown = without_code(body)
    found = [(m.start(), m.group(1)) for m in _INLINE.finditer(shown)]
    found += [(m.start(), m.group(1)) for m in _REFERENCE.finditer(shown)]
    return sorted((offset, target.strip("<>")) for offset, target in found)


def _problem(uri, written, files, anchors, left_out) -> str | None:
    parts = urlsplit(written)
    if parts.scheme or parts.netloc or "@" in written and "/" not in written:
        return None  # another site, or an email address: not checked
    if written.startswith(("/", "\\")):
        return (
            f"links to '{written}', an address from the site's root, which breaks when the hub "
            f"is served under a path: link to the page's file{_relative_hint(uri, written, files)}"
        )
    if not parts.path:
        return _anchor(uri, uri, parts.fragment, written, anchors, this_page=True)
    path = unquote(parts.path)
    target = posixpath.normpath(posixpath.join(posixpath.dirname(uri), path)).lstrip("/")
    if target in left_out:
        return None  # reported with the reason by the draft and public-link checks
    if target not in files:
        return _missing(uri, written, path, target, files)
    if parts.fragment and target in anchors.pages:
        return _anchor(uri, target, parts.fragment, written, anchors)
    return None


def _missing(uri: str, written: str, path: str, target: str, files: set[str]) -> str:
    if not posixpath.splitext(path)[1]:  # a folder or page address, not a file
        for guess in (posixpath.join(target, "index.md"), target + ".md"):
            if guess in files:
                return (
                    f"links to '{written}', which is not a file: link to the page's file, "
                    f"'{_from(uri, guess, written)}'"
                )
        return f"links to '{written}', which is not a file: link to the page's file (NAME.md){_near(uri, target, files, written)}"
    kind = "page" if target.endswith(".md") else "file"
    return f"links to '{written}', but there is no {kind} {target}{_near(uri, target, files, written)}: fix the link"


def _anchor(uri, target, anchor, written, anchors, this_page=False) -> str | None:
    known = anchors.of(target)
    if anchor in known:
        return None
    where = "this page" if this_page else target
    near = get_close_matches(anchor, sorted(known), n=1, cutoff=0.6)
    hint = ""
    if near:
        hint = f" (did you mean '{_from(uri, target, written, near[0]) if not this_page else '#' + near[0]}'?)"
    return (
        f"links to '{written}', but {where} has no section '#{anchor}'{hint}: "
        "link to a heading that exists, or give the heading that id with {#id}"
    )


def ids(body: str) -> set[str]:
    """The anchor ids a page's Markdown gives its HTML, as MkDocs collects them."""
    shown = without_code(body)
    found = {m.group(1) for m in _ATTR_ID.finditer(shown)}
    found |= {html.unescape(m.group(1)) for m in _HTML_ID.finditer(shown)}
    for m in _FOOTNOTE.finditer(shown):
        found.add(f"fn:{m.group(1)}")
    for m in _FOOTNOTE_REF.finditer(shown):
        found.add(f"fnref:{m.group(1)}")
    # Found where code is blanked, read from the text: `code` in a heading is part of its id.
    headings = [(m.start(), body[m.start(2) : m.end(2)]) for m in _HEADING.finditer(shown)]
    headings += [(m.start(), body[m.start(1) : m.end(1)]) for m in _SETEXT.finditer(shown)]
    used = set(found)
    for _, text in sorted(headings):
        if _ATTR_ID.search(text):
            continue  # the heading's own {#id}, already counted
        found.add(unique(slugify(heading_text(text), "-"), used))
    return found


def heading_text(text: str) -> str:
    """A heading's text as the reader sees it: no attributes, emphasis, code or link syntax."""
    text = _ATTRS.sub("", text)
    text = _LINK_TEXT.sub(lambda m: m.group(1) or "", text)
    text = _TAGS.sub("", text)
    return html.unescape(_EMPHASIS.sub("", text)).strip()


def _from(uri: str, target: str, written: str, anchor: str | None = None) -> str:
    """``target`` as a link from the page ``uri``, with the anchor of ``written`` or ``anchor``."""
    link = posixpath.relpath(target, posixpath.dirname(uri) or ".")
    fragment = anchor if anchor is not None else urlsplit(written).fragment
    return link + (f"#{fragment}" if fragment else "")


def _near(uri: str, target: str, files: set[str], written: str) -> str:
    same_kind = sorted(f for f in files if f.endswith(".md") == target.endswith(".md"))
    near = get_close_matches(target, same_kind, n=1, cutoff=0.6) or get_close_matches(
        posixpath.basename(target),
        [posixpath.basename(f) for f in same_kind],
        n=1,
        cutoff=0.75,
    )
    if not near:
        return ""
    found = (
        near[0]
        if near[0] in files
        else next(f for f in same_kind if f.endswith("/" + near[0]) or f == near[0])
    )
    return f" (did you mean '{_from(uri, found, written)}'?)"


def _relative_hint(uri: str, written: str, files: set[str]) -> str:
    path = unquote(urlsplit(written).path).lstrip("/")
    for guess in (path, posixpath.join(path, "index.md"), path.rstrip("/") + ".md"):
        guess = posixpath.normpath(guess) if guess else guess
        if guess in files:
            return f", '{_from(uri, guess, written)}'"
    return ""
